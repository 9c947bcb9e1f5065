"""Countries: the hand-kept list merged with mledoze's names, spellings, demonyms and capitals."""

import json
import re
from dataclasses import dataclass, field

from .text import is_latin, key, letter_count
from .tsv import read_rows, split_list

# A territory that is neither a UN member nor independent is kept when this many people live there
# (drops Antarctica, Bouvet Island, Pitcairn and the like; keeps the Falklands, Niue, Tokelau).
MIN_TERRITORY_POPULATION = 1000


@dataclass
class Country:
    name: str
    aliases: list = field(default_factory=list)
    demonyms: list = field(default_factory=list)
    capital: str = ""
    codes: set = field(default_factory=set)
    hand_kept: bool = False


class CountryIndex:
    """Looks up a country from any of its names as written in a source ("Korea, North", "Burma/Myanmar")."""

    def __init__(self):
        self._by_key = {}

    def add(self, name, country):
        self._by_key.setdefault(key(name), country)

    def owner(self, name):
        return self._by_key.get(key(name))

    def resolve(self, label):
        for candidate in _label_variants(label):
            found = self._by_key.get(key(candidate))
            if found:
                return found
        return None


def _label_variants(label):
    label = label.strip()
    yield label
    bare = re.sub(r"\s*\(.*?\)", "", label).strip()
    yield bare
    if ", " in bare:
        head, tail = bare.split(", ", 1)
        yield f"{tail} {head}"
    for part in bare.split("/"):
        yield part
    if bare.lower().startswith("the "):
        yield bare[4:]


def read_overrides(path):
    countries = []
    for number, cells in read_rows(path, 4):
        countries.append(Country(
            name=cells[0], aliases=split_list(cells[1], path, number),
            demonyms=split_list(cells[2], path, number), capital=cells[3], hand_kept=True))
    return countries


def _usable_alias(name, lexicon):
    """Latin-script spellings of three or more letters that are not codes ("RU"), inverted forms
    ("Congo, the Democratic Republic of the") or ordinary words and person names."""
    if "," in name or "(" in name or not is_latin(name) or letter_count(name) < 3:
        return False
    if name.isupper() and len(name) <= 2:
        return False
    return not (lexicon.is_common_word(name) or lexicon.is_given_name(name))


def _mledoze_names(entry):
    names = [entry["name"]["common"], entry["name"]["official"]] + list(entry.get("altSpellings", []))
    return list(dict.fromkeys(n.strip() for n in names if n.strip()))


def _mledoze_demonyms(entry):
    eng = entry.get("demonyms", {}).get("eng", {})
    found = [d.strip() for form in (eng.get("m", ""), eng.get("f", "")) for d in form.split(",")]
    return list(dict.fromkeys(d for d in found if d))


def _is_included(entry, population):
    if entry.get("unMember") or entry.get("independent") or entry.get("status") == "user-assigned":
        return True
    return population.get(entry["cca2"], 0) >= MIN_TERRITORY_POPULATION


class CountryBuilder:
    def __init__(self, lexicon, city_names):
        self.lexicon = lexicon
        self.city_names = {key(n) for n in city_names}
        self.countries = []
        self.index = CountryIndex()
        self._demonym_owner = {}
        self._capitals = set()

    def add_hand_kept(self, countries):
        for country in countries:
            self.countries.append(country)
            for name in [country.name] + country.aliases:
                self.index.add(name, country)
            for demonym in country.demonyms:
                self._demonym_owner.setdefault(key(demonym), country)
            if country.capital:
                self._capitals.add(key(country.capital))

    def add_mledoze(self, entries, population):
        ordered = sorted(entries, key=lambda e: (not e.get("unMember"), e["cca3"]))
        for entry in ordered:
            names = _mledoze_names(entry)
            country = self._hand_kept_owner(names)
            if country is None:
                country = self._new_country(entry, names, population)
                if country is None:
                    continue
            country.codes.update({entry["cca2"], entry["cca3"]})
            self._merge(country, entry, names)

    def _hand_kept_owner(self, names):
        """The hand-kept country an entry names, if any (mledoze entries never merge with each other)."""
        for name in names:
            owner = self.index.owner(name)
            if owner is not None and owner.hand_kept:
                return owner
        return None

    def _new_country(self, entry, names, population):
        name = entry["name"]["common"]
        if not _is_included(entry, population) or key(name) in self.city_names:
            return None
        if self.lexicon.is_common_word(name) or self.lexicon.is_given_name(name):
            return None
        country = Country(name=name)
        self.countries.append(country)
        self.index.add(name, country)
        return country

    def _merge(self, country, entry, names):
        for name in names:
            owner = self.index.owner(name)
            if owner is None and _usable_alias(name, self.lexicon) and key(name) not in self.city_names:
                country.aliases.append(name)
                self.index.add(name, country)
            elif owner is None:
                self.index.add(name, country)  # still resolves source labels, never written out
        for demonym in _mledoze_demonyms(entry):
            if key(demonym) not in self._demonym_owner and not any(key(d) == key(demonym) for d in country.demonyms):
                country.demonyms.append(demonym)
                self._demonym_owner[key(demonym)] = country
        if not country.capital:
            country.capital = self._capital(entry)

    def _capital(self, entry):
        for capital in entry.get("capital", [])[:1]:
            name = capital.strip()
            if not is_latin(name) or key(name) in self._capitals or key(name) in self.city_names:
                continue
            if self.lexicon.is_person_name(name, english_only=True) or self.lexicon.is_common_phrase(name):
                continue
            self._capitals.add(key(name))
            return name
        return ""


def build(override_path, mledoze_path, population, lexicon, city_names):
    builder = CountryBuilder(lexicon, city_names)
    builder.add_hand_kept(read_overrides(override_path))
    with open(mledoze_path, encoding="utf-8") as f:
        builder.add_mledoze(json.load(f), population)
    countries = sorted(builder.countries, key=lambda c: key(c.name))
    return countries, builder.index


def rows(countries):
    return [[c.name, ";".join(c.aliases), ";".join(c.demonyms), c.capital] for c in countries]
