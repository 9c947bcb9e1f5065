"""Readers for the four leader sources. Each yields Records: one person in one office over some years."""

import csv
import re
import urllib.parse
from dataclasses import dataclass, field

from collections import Counter

from . import names, roles
from .text import PARTICLES, is_latin, normalize_unicode, proper_case, repair_mojibake

FIRST_YEAR = 1990  # leaders whose time in office reaches this year or later are kept
# An open Wikidata term that began this long before the file's horizon lacks its end date (an
# eleventh-century emir): nobody holds such an office for so long.
LONGEST_OPEN_TERM = 60

# The last year each source knows about: a term still open then has no known end.
WIKIDATA_HORIZON, REIGN_HORIZON, GLI_HORIZON, CIA_HORIZON = 2022, 2021, 2020, 2019

# REIGN codes (Correlates of War numbers) of small states that the GLI file, which names the other
# codes, does not cover.
COW_EXTRA = {
    "54": "Dominica", "55": "Grenada", "56": "Saint Lucia", "57": "Saint Vincent and the Grenadines",
    "58": "Antigua and Barbuda", "60": "Saint Kitts and Nevis", "221": "Monaco", "223": "Liechtenstein",
    "232": "Andorra", "331": "San Marino", "946": "Kiribati", "947": "Tuvalu", "955": "Tonga",
    "970": "Nauru", "983": "Marshall Islands", "986": "Palau", "987": "Micronesia", "990": "Samoa",
}


@dataclass
class Record:
    source: str
    country: str
    name: str
    role: str | None
    start: int
    last: int  # the last year the source shows the person in office
    ended: bool  # False: still in office when the source was made (or the source cannot tell)
    qid: str = ""
    nicknames: list = field(default_factory=list)
    title: str = ""  # the person's Wikipedia article title, where the source links it (REIGN)
    family: str = ""  # the family name the source marks (the CIA's capitals: "Carlos Holmes TRUJILLO García")


def _year(text):
    text = (text or "").strip()
    return int(text) if re.fullmatch(r"\d{4}", text) else None


def _name_order(name):
    """ "Wangchuck, Jigme Singye" -> "Jigme Singye Wangchuck" (a family name put first for sorting)."""
    match = re.fullmatch(r"([^,]+), ([^,]+)", name)
    if not match or re.fullmatch(r"(?i)(jr|sr|junior|[ivx]+)\.?", match.group(2).strip()):
        return name
    return f"{match.group(2)} {match.group(1)}"


def _split_nickname(name):
    """ 'Joko "Jokowi" WIDODO' -> ("Joko WIDODO", ["Jokowi"])."""
    nicknames = re.findall(r"[\"“”]([^\"“”]+)[\"“”]", name)
    bare = re.sub(r"\s*[\"“”][^\"“”]+[\"“”]\s*", " ", name)
    bare = re.sub(r"\s*\(.*?\)", "", bare)
    bare = re.sub(r"(?<=[a-z]{3})\.$", "", bare.strip())  # "Maia Sandu." (not "Jr.")
    return normalize_unicode(bare), [normalize_unicode(n) for n in nicknames]


# -- Wikidata -------------------------------------------------------------------------------------

def read_wikidata(path, countries):
    """The file unites several versions of one query: a term that a later version closes is
    open in the earlier ones, so an open row gives way to a closed row of the same term."""
    records = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.reader(f):
            record = _wikidata_record(row, countries)
            if record is not None:
                records.append((row[2], record))
    closed = {(position, r.qid, r.start) for position, r in records if r.ended}
    kept = [r for position, r in records if r.ended or (position, r.qid, r.start) not in closed]
    return _drop_stray_labels(kept)


def _drop_stray_labels(records):
    """Keeps the labels of an item that match its most frequent label: a version of the file may
    hold a vandalised label ("Maia Ex" for Maia Sandu)."""
    labels = {}
    for r in records:
        labels.setdefault(r.qid, Counter())[r.name] += 1
    usual = {qid: max(sorted(c), key=lambda n: c[n]) for qid, c in labels.items()}
    return [r for r in records if r.name == usual[r.qid] or names.names_match(r.name, usual[r.qid])]


def _wikidata_label(label):
    """A label as Wikipedia titles the person ("Albert II, Prince of Monaco" stays whole: the short
    form becomes an alias), without a nickname in quotes or a gloss in brackets ("Philip "Brave"
    Davis" -> "Philip Davis", nickname "Brave"; "Jioji (George) Konrote" -> "Jioji Konrote")."""
    return _split_nickname(label)


def _looks_like_a_label(name):
    """False for a vandalised label ("Dr ingashipola Lukas T"): every word but a particle is
    capitalised, and the name does not end in an initial."""
    small = PARTICLES | names.LINEAGE_WORDS | {"of", "the"}
    parts = [p for p in name.split() if p.lower() not in small]
    return all(p[:1].isupper() or p.lower().startswith(("al-", "el-", "ad-", "as-", "ash-")) for p in parts) \
        and not re.search(r"\b[A-Z]$", name)


def _wikidata_record(row, countries):
    if len(row) != 8 or _year(row[6]) is None:
        return None
    _, country_label, _, position, qid, label, start, end = row
    role = roles.head_role(position)
    country = countries.resolve(country_label) or _country_in_position(position, countries)
    if role is None or country is None:
        return None
    end_year = _year(end)
    if end_year is None and _year(start) < WIKIDATA_HORIZON - LONGEST_OPEN_TERM:
        return None
    last = end_year if end_year is not None else WIKIDATA_HORIZON
    if last < FIRST_YEAR:
        return None
    name, nicknames = _wikidata_label(label)
    if not _looks_like_a_label(name):
        return None
    return Record("wikidata", country.name, name, role, _year(start), last, end_year is not None, qid,
                  nicknames=nicknames)


def _country_in_position(position, countries):
    """ "Prime Minister of Romania" -> Romania, for rows whose country column is odd."""
    match = re.search(r" of (?:the )?(.+)$", position)
    return countries.resolve(match.group(1)) if match else None


# -- CIA World Leaders ----------------------------------------------------------------------------

def read_cia(path, countries):
    records = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            record = _cia_record(row, countries)
            if record is not None:
                records.append(record)
    return records


def _cia_record(row, countries):
    title, label = row["title"], row["country"]
    if not label and re.search(r"pontiff", title, re.I):
        label = "Vatican City"
    country = countries.resolve(label) if label else None
    if country is None:
        return None
    role = roles.cia_role(title, country.name)
    if role is None:
        return None
    name, nicknames = _split_nickname(row["officeholderLabel"])
    return Record("cia", country.name, cia_name(name), role, CIA_HORIZON, CIA_HORIZON, False,
                  nicknames=[cia_name(n) for n in nicknames], family=cia_family(name))


def cia_family(name):
    """The words the CIA writes in capitals, the family name the person goes by, proper-cased
    ("Carlos Holmes TRUJILLO Garcia" -> "Trujillo", "Rodolfo NIN NOVOA" -> "Nin Novoa"); "" if none."""
    parts = re.sub(r"\s*\(.*?\)", "", name).split()
    caps = [i for i, w in enumerate(parts) if i > 0 and sum(c.isupper() for c in w) >= 2 and w.upper() == w
            and not re.fullmatch(r"[IVX]+", w)]
    if not caps or caps != list(range(caps[0], caps[-1] + 1)):
        return ""
    return cia_name(" ".join(parts[caps[0]:caps[-1] + 1]))


def cia_name(name):
    """ "Abdelfattah ELSISI" -> "Abdelfattah Elsisi"; "ELIZABETH II" -> "Elizabeth II"; drops "(Acting)"."""
    name = re.sub(r"\s*\(.*?\)", "", name).replace(", Jr.", " Jr.").replace("’", "'")
    name = re.sub(r"^(Judge|Dr\.|Gen\.)\s+", "", name.strip())
    out = []
    for i, word in enumerate(name.split()):
        if i > 0 and re.fullmatch(r"[IVX]+", word):
            out.append(word)
        else:  # each upper-case part of a word: "ELSISI", "al-BASHIR", "OULD ABDEL"
            out.append("".join(proper_case(p) if sum(c.isupper() for c in p) >= 2 and p.upper() == p else p
                               for p in re.split(r"([\-'])", word)))
    return " ".join(out)


# -- REIGN ----------------------------------------------------------------------------------------

def read_reign(path, countries, cow_names):
    records = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            record = _reign_record(row, countries, cow_names)
            if record is not None:
                records.append(record)
    return records


def _reign_record(row, countries, cow_names):
    label = cow_names.get(row["ccode"]) or COW_EXTRA.get(row["ccode"])
    country = countries.resolve(label) if label else None
    start, end = _year(row["syear"]), _year(row["eyear"])
    name, _ = _split_nickname(row["leader"])  # drops "(f)", "(2nd time)"
    name = _name_order(name)
    if country is None or start is None or " and " in name or "&" in name or not name:
        return None
    last = end if end is not None else REIGN_HORIZON
    if last < FIRST_YEAR:
        return None
    return Record("reign", country.name, name, None, start, last, end is not None, title=reign_title(row["notes"], name))


def reign_title(notes, name):
    """The Wikipedia title of the article a REIGN row links in its notes ("…/wiki/Evo_Morales" ->
    "Evo Morales"), when it is about this row's leader: many links are shifted by a row or point to a
    list, so the title must hold the row's surname ("Leterme" -> "Yves Leterme", not "Taavi Rõivas"
    for "Ansip"). Empty otherwise."""
    match = re.search(r"en\.wikipedia\.org/wiki/([^\s#?]+)", notes or "")
    if not match:
        return ""
    title = normalize_unicode(urllib.parse.unquote(match.group(1)).replace("_", " "))
    title = re.sub(r"\s*\(.*?\)\s*$", "", title).rstrip(",. ")
    if (title.lower().startswith("list of") or not names.is_multi(title) or not is_latin(title)
            or "\ufffd" in title or repair_mojibake(title) != title):
        return ""  # a list, or a title whose letters the file mangled beyond repair ("Ã\ufffdlvaro Colom")
    core = [names.spelling_key(t) for t in names.core_tokens(name)]
    in_title = {names.spelling_key(t) for t in names.core_tokens(title)}
    missing = [t for t in core if t not in in_title]
    if not core or core[-1] not in in_title or len(missing) > (1 if len(core) >= 3 else 0):
        return ""  # another leader's page ("Jabir As-Sabah" linking "Saad Al-Salim Al-Sabah")
    return title


# -- Global Leader Ideologies ---------------------------------------------------------------------

def read_gli(path, countries):
    """Country-year rows become one Record per unbroken run of years of one person in one role."""
    years = {}
    cow_names = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            cow_names[row["country_code_cow"]] = row["country_name"]
            country = countries.resolve(row["country_name"])
            year = _year(row["year"])
            if country is None or year is None:
                continue
            for name_col, title_col in (("hog", "hog_title"), ("leader", "leader_position")):
                entry = _gli_entry(row[name_col], row[title_col])
                if entry:
                    years.setdefault((country.name,) + entry, set()).add(year)
    records = [r for k, ys in sorted(years.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or ""))
               for r in _gli_runs(k, ys)]
    return records, cow_names


def _gli_entry(name, title):
    name = name.strip()
    if not name or name.lower() in {"none", "unknown", "n/a"} or roles.is_other_office(title):
        return None
    role = roles.head_role(title) if title.strip() else None
    if role is None and title.strip():
        role = "Leader"
    return name, role


def _gli_runs(entry_key, years):
    country, raw_name, role = entry_key
    name, nicknames = _split_nickname(raw_name)
    name = _name_order(name)
    run = []
    for year in sorted(years) + [None]:
        if run and (year is None or year != run[-1] + 1):
            if run[-1] >= FIRST_YEAR:
                yield Record("gli", country, name, role, run[0], run[-1], run[-1] < GLI_HORIZON, nicknames=nicknames)
            run = []
        if year is not None:
            run.append(year)
