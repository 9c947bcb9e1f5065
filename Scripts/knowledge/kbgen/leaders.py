"""Leaders: records from the sources grouped into people, merged with the hand-kept list."""

from collections import defaultdict
from dataclasses import dataclass, field

from . import common, names, roles
from .text import compact, fold, key
from .tsv import OverrideError, parse_years, read_rows, split_list

# Which source's record wins a tie when choosing a role: Wikidata, the CIA, GLI, then REIGN.
SOURCE_RANK = {"wikidata": 3, "cia": 2, "gli": 1, "reign": 0}
FOREIGN_ROLES = {roles.FOREIGN_MINISTER, roles.SECRETARY_OF_STATE}


@dataclass
class Leader:
    name: str
    country: str
    role: str
    years: tuple | None
    hand_aliases: list = field(default_factory=list)  # from the overrides file, kept as written
    records: list = field(default_factory=list)
    hand_kept: bool = False
    origin: str = ""  # "file:line" of the override line, for error messages
    formal: str | None = None  # the sources' fullest spelling, when not the name ("Juan Evo Morales Ayma")
    cut_by_rule: bool = False  # the name was cut from the formal one by a rule, not given by a source
    derived: list = field(default_factory=list)  # spellings made from the sources' ones, kept as aliases


# -- grouping records into people -----------------------------------------------------------------

class _Groups:
    """Union-find over record indexes."""

    def __init__(self, n):
        self.parent = list(range(n))

    def find(self, i):
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a, b):
        self.parent[self.find(a)] = self.find(b)


def _overlap(a, b, slack=1):
    return a.start <= b.last + slack and b.start <= a.last + slack


def _same_person(a, b):
    """Same Wikidata item; or the same full name (any years); or matching names in overlapping years.
    Honorifics do not count ("Mian Muhammad Nawaz Sharif" is "Mohammad Nawaz Sharif")."""
    if a.qid and b.qid:
        return a.qid == b.qid
    name_a, name_b = common.without_honorifics(a.name, a.country), common.without_honorifics(b.name, b.country)
    if names.same_full_name(name_a, name_b) or names.nearly_same_full_name(name_a, name_b):
        return True
    if _shared_years(a, b) >= 2 and a.role == b.role and names.surname_keys(a.name) & names.surname_keys(b.name):
        return True  # one office, one surname, years in common: a nickname ("Frank" for Josaia Voreqe)
    return _overlap(a, b) and names.names_match(name_a, name_b)


def _shared_years(a, b):
    """Years two terms share; a handover year alone (father to son, 2003) is not enough to join."""
    return min(a.last, b.last) - max(a.start, b.start)


def _group_country(records):
    """People of one country: records of two or more words grouped first; one-word records
    ("Erdogan") then join the one group they fit, or are dropped when none or several fit."""
    multi = [r for r in records if names.is_multi(r.name)]
    groups = _Groups(len(multi))
    for i, a in enumerate(multi):
        for j in range(i):
            if _same_person(a, multi[j]):
                groups.union(i, j)
    people = defaultdict(list)
    for i, record in enumerate(multi):
        people[groups.find(i)].append(record)
    people = list(people.values())
    for record in records:
        if not names.is_multi(record.name):
            fits = [p for p in people if any(_overlap(record, r) and names.single_matches(record.name, r.name) for r in p)]
            if len(fits) == 1:
                fits[0].append(record)
    return people


def group_people(records, lexicon=None):
    by_country = defaultdict(list)
    for record in records:
        by_country[record.country].append(record)
    people = []
    for country in sorted(by_country):
        people += _group_country(by_country[country])
    return _drop_second_countries(people, lexicon)


def _drop_second_countries(people, lexicon=None):
    """One person listed for several countries (a monarch of several realms, France's president as
    co-prince of Andorra) stays only where most records put them."""
    by_name = defaultdict(list)
    for person in people:
        by_name[compact(canonical_name(person, lexicon))].append(person)
    kept = []
    for group in by_name.values():
        group.sort(key=lambda p: (-len(p), p[0].country))
        kept.append(group[0])
        for other in group[1:]:
            if other[0].country == group[0][0].country or not any(_overlap(a, b) for a in other for b in group[0]):
                kept.append(other)
    return kept


# -- what a group of records says ------------------------------------------------------------------

def canonical_name(records, lexicon=None):
    """The name Wikipedia titles the person with, as far as the sources tell (see common.py)."""
    return common.choose(records, lexicon)[0]


def choose_role(records):
    heads = [r for r in records if r.role and r.role not in FOREIGN_ROLES]
    if heads:
        latest = max(heads, key=lambda r: (r.last, not r.ended, SOURCE_RANK[r.source], r.start))
        role = latest.role
        if role == "Monarch":
            specific = sorted({r.role for r in heads if r.role in roles.MONARCH_WORDS})
            role = specific[0] if specific else role
        return role
    foreign = sorted({r.role for r in records if r.role in FOREIGN_ROLES})
    return foreign[0] if foreign else "Leader"


def choose_years(records):
    """First and last year in office. An open record only says the person was in office when its
    source was made, so the end stays open if an open record is later than every recorded end, or
    if Wikidata, the latest source, has an open term as late as that end (a king who gave up the
    premiership in his last year)."""
    start = min(r.start for r in records)
    last = max(r.last for r in records)
    ended = max((r.last for r in records if r.ended), default=0)
    is_open = any(not r.ended and (r.last > ended or (r.source == "wikidata" and r.last == ended)) for r in records)
    return start, (None if is_open else last)


# -- the hand-kept list -------------------------------------------------------------------------------

def read_overrides(path, known_countries):
    leaders = []
    for number, cells in read_rows(path, 5):
        name, country, role, alias_cell, years_cell = cells
        if not country or not role:
            raise OverrideError(path, number, "a leader needs a country and a role")
        if country not in known_countries:
            raise OverrideError(path, number, f"unknown country '{country}' (not in countries.tsv or organizations.tsv)")
        aliases = split_list(alias_cell, path, number)
        for alias in aliases:
            if alias.startswith("~") and len(alias) < 3:
                raise OverrideError(path, number, f"context alias '{alias}' is too short")
        leaders.append(Leader(name, country, role, parse_years(years_cell, path, number), aliases,
                              hand_kept=True, origin=f"{path}:{number}"))
    return leaders


def _hand_names(leader):
    return [leader.name] + [a for a in leader.hand_aliases if not a.startswith("~")]


def _fits(leader, person, country_names):
    """A group fits a hand-kept leader of the same country whose names match it. A leader of an
    organisation (the UN, the EU) also takes groups of the same full name from any country:
    António Guterres was Portugal's prime minister before he led the UN."""
    if leader.country not in country_names:
        return any(names.same_full_name(hand, r.name) for hand in _hand_names(leader) for r in person)
    if leader.country != person[0].country:
        return False
    if any(names.same_full_name(hand, r.name) for hand in _hand_names(leader) for r in person):
        return True
    if leader.years and not any(_overlap(_Span(*leader.years), r, slack=1) for r in person):
        return False
    spellings = [r.name for r in person if names.is_multi(r.name)]
    for hand in _hand_names(leader):
        if names.is_multi(hand):
            if any(names.names_match(hand, s) for s in spellings):
                return True
        elif any(names.single_matches(hand, s) for s in spellings):
            return True
    return False


def _likeness(leader, person):
    """How closely the hand-kept names resemble a group's spellings: best token overlap, plus a
    half for the same first name ("Mahamat Deby" is the son, not "Idriss Déby")."""
    best = 0.0
    for hand in _hand_names(leader):
        a = set(names.core_tokens(hand))
        for record in person:
            b = set(names.core_tokens(record.name))
            if a and b:
                same_first = names.core_tokens(hand)[0] == names.core_tokens(record.name)[0]
                best = max(best, len(a & b) / len(a | b) + (0.5 if same_first else 0))
    return best


@dataclass
class _Span:
    start: int
    end: int | None

    @property
    def last(self):
        return self.end if self.end is not None else 9999


def merge(hand_kept, people, country_names, lexicon=None):
    """Each hand-kept leader takes the one group of records that fits it best; the remaining
    groups become leaders of their own."""
    taken = set()
    leaders = []
    for leader in hand_kept:
        fits = [i for i, p in enumerate(people) if i not in taken and _fits(leader, p, country_names)]
        if fits:
            best = max(fits, key=lambda i: (_likeness(leader, people[i]), len(people[i]), -i))
            taken.add(best)
            leader.records = people[best]
            leader.years = leader.years or choose_years(leader.records)
        if not leader.years:
            raise OverrideError(*leader.origin.rsplit(":", 1),
                                f"no years for '{leader.name}': the sources do not know this leader, add them")
        leaders.append(leader)
    by_name = {(key(l.name), l.country): l for l in leaders}
    untaken = [(i, person) for i, person in enumerate(people) if i not in taken]
    shown = common.common_names([p for _, p in untaken], lexicon)
    for (i, person), (name, formal, how) in zip(untaken, shown):
        leader = Leader(name, person[0].country, choose_role(person), choose_years(person), records=person,
                        formal=formal, cut_by_rule=how == "rule", derived=common.derived_spellings(person))
        same = by_name.get((key(leader.name), leader.country))
        if same is not None:  # one name, two groups (years too far apart to join): one leader
            same.records = same.records + person
            same.derived = same.derived + leader.derived
            if not same.hand_kept and fold(same.name) == same.name != leader.name:
                same.name = leader.name  # the accented spelling: "José Maria Neves"
            if not same.hand_kept:
                same.years = choose_years(same.records)
            continue
        by_name[(key(leader.name), leader.country)] = leader
        leaders.append(leader)
    return leaders
