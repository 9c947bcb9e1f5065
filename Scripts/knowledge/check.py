#!/usr/bin/env python3
"""Checks the invariants of a knowledge directory (countries.tsv, cities.tsv, towns.tsv, leaders.tsv).

Usage: python3 Scripts/knowledge/check.py [DIR]   (default: Sources/ParleyModel/Resources/knowledge)

Plain Python 3, no packages, no network. Prints one "file:line: reason" per problem and exits 1
if there is any.
"""

import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(os.path.dirname(os.path.dirname(HERE)), "Sources", "ParleyModel", "Resources", "knowledge")
sys.path.insert(0, HERE)

from kbgen.text import key  # noqa: E402  (standard library only)

COLUMNS = {"countries.tsv": 4, "cities.tsv": 3, "towns.tsv": 5, "leaders.tsv": 5, "organizations.tsv": 3}
TOWN_MARKS = {"", "word", "phrase", "given", "surname"}
YEARS = re.compile(r"^(\d{4})-(\d{4})?$")


class Checker:
    def __init__(self, directory):
        self.directory = directory
        self.problems = []

    def fail(self, path, line, reason):
        self.problems.append(f"{path}:{line}: {reason}")

    def rows(self, name, directory=None):
        """(path, line number, columns) for each data line, after checking the column count."""
        path = os.path.join(directory or self.directory, name)
        if not os.path.exists(path):
            self.fail(path, 0, "file missing")
            return []
        found = []
        with open(path, encoding="utf-8") as f:
            for number, raw in enumerate(f, start=1):
                line = raw.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                cells = line.split("\t")
                if len(cells) != COLUMNS[name]:
                    self.fail(path, number, f"expected {COLUMNS[name]} tab-separated columns, found {len(cells)}")
                    continue
                if not cells[0].strip():
                    self.fail(path, number, "the first column (a name) is empty")
                    continue
                self.check_lists(path, number, cells)
                found.append((path, number, cells))
        return found

    def check_lists(self, path, number, cells):
        for cell in cells[1:]:
            if ";" in cell and any(not item.strip() or item.strip() == "~" for item in cell.split(";")):
                self.fail(path, number, f"empty item in the list '{cell}'")

    def countries(self):
        names = {}
        self.place_names = set()  # match keys of every country, demonym, capital and city name
        for path, number, cells in self.rows("countries.tsv"):
            if cells[0] in names:
                self.fail(path, number, f"country '{cells[0]}' is listed twice")
            names[cells[0]] = number
            self.place_names.update(key(n) for n in [cells[0], cells[3]] + _aliases(cells[1]) + _aliases(cells[2]) if n)
        return set(names)

    def organizations(self):
        directory = self.directory if os.path.exists(os.path.join(self.directory, "organizations.tsv")) else RESOURCES
        return {cells[0] for _, _, cells in self.rows("organizations.tsv", directory)}

    def cities(self, countries):
        for path, number, cells in self.rows("cities.tsv"):
            if cells[1] not in countries:
                self.fail(path, number, f"unknown country '{cells[1]}'")
            self.place_names.update(key(n) for n in [cells[0]] + _aliases(cells[2]))

    def towns(self, countries):
        """Towns: a known country, a whole population, a known mark, no name that countries.tsv or
        cities.tsv already has, one line per name and country."""
        seen = {}
        for path, number, cells in self.rows("towns.tsv"):
            name, country, alias_cell, population, mark = cells
            if country not in countries:
                self.fail(path, number, f"unknown country '{country}'")
            if not population.isdigit():
                self.fail(path, number, f"population must be a whole number, not '{population}'")
            if mark not in TOWN_MARKS:
                self.fail(path, number, f"ambiguous must be one of {sorted(TOWN_MARKS - {''})} or empty, not '{mark}'")
            for n in [name] + _aliases(alias_cell):
                if key(n) in self.place_names:
                    self.fail(path, number, f"'{n}' is already a country's, capital's or city's name")
            if (key(name), country) in seen:
                self.fail(path, number, f"'{name}' is listed twice for {country} (line {seen[(key(name), country)]})")
            seen[(key(name), country)] = number

    def leaders(self, places):
        rows = self.rows("leaders.tsv")
        canonical = defaultdict(set)
        plain = defaultdict(set)
        for index, (path, number, cells) in enumerate(rows):
            self.check_leader(path, number, cells, places)
            canonical[key(cells[0])].add(index)
            for alias in _aliases(cells[3]):
                if not alias.startswith("~"):
                    plain[key(alias)].add(index)
        self.check_names(rows, canonical, plain)

    def check_leader(self, path, number, cells, places):
        name, country, role, _, years = cells
        if country not in places:
            self.fail(path, number, f"unknown country '{country}' (not in countries.tsv or organizations.tsv)")
        if not role.strip():
            self.fail(path, number, "a leader needs a role")
        match = YEARS.match(years)
        if not match:
            self.fail(path, number, f"years must look like 1994-2022 or 2019-, not '{years}'")
        elif match.group(2) and int(match.group(2)) < int(match.group(1)):
            self.fail(path, number, f"years '{years}' end before they start")
        elif not 1900 <= int(match.group(1)) <= 2100:
            self.fail(path, number, f"years '{years}' are outside 1900-2100 (Parley reads 1900 to 2100)")

    def check_names(self, rows, canonical, plain):
        seen = {}
        for index, (path, number, cells) in enumerate(rows):
            name_key = (key(cells[0]), cells[1])
            if name_key in seen:
                self.fail(path, number, f"'{cells[0]}' is listed twice for {cells[1]} (line {seen[name_key]})")
            seen[name_key] = number
            for alias in _aliases(cells[3]):
                bare = alias.lstrip("~")
                if canonical.get(key(bare), {index}) - {index}:
                    self.fail(path, number, f"alias '{alias}' is another leader's name")
                elif not alias.startswith("~") and len(plain[key(alias)]) > 1:
                    others = sorted(rows[i][2][0] for i in plain[key(alias)] if i != index)
                    self.fail(path, number, f"plain alias '{alias}' also names {', '.join(others)}")

    def run(self):
        countries = self.countries()
        self.cities(countries)
        self.towns(countries)
        self.leaders(countries | self.organizations())
        return self.problems


def _aliases(cell):
    return [a.strip() for a in cell.split(";") if a.strip()]


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else RESOURCES
    problems = Checker(directory).run()
    for problem in problems:
        print(problem)
    if problems:
        print(f"knowledge check: {len(problems)} problem(s) in {directory}", file=sys.stderr)
        sys.exit(1)
    print(f"knowledge check: {directory} is consistent")


if __name__ == "__main__":
    main()
