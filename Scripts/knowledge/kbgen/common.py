"""The common name news and Wikipedia use, from the formal names some sources give.

REIGN and Global Leader Ideologies often hold a leader's full formal name ("Thabo Mvuyelwa Mbeki",
"Hugo Rafael Chavez Frias") and, in REIGN, the surname alone ("Mbeki", "Chavez"). A reader expects
the name the press uses: the first given name and that surname ("Thabo Mbeki", "Hugo Chavez").
Two leaders of one country who would share it keep their middle initials ("George W. Bush",
"George H. W. Bush"). Honorifics that are not part of the name are dropped ("Sheikh", "Datuk Seri").
"""

from collections import defaultdict

from . import names
from .text import PARTICLES, compact, key, words

# Honorifics that open a name in some sources but are not part of it.
LEADING_HONORIFICS = ("sheikh", "shaikh", "sheik", "datuk", "dato", "dato'seri", "seri", "tan sri", "tun", "dr", "haji")
# Honorifics inside Malaysian formal names ("Najib Tun Razak").
INNER_HONORIFICS = {"Malaysia": {"tun"}, "Brunei": {"haji"}}


def without_honorifics(name, country):
    """ "Sheikh Tamim bin Hamad Al Thani" -> "Tamim bin Hamad Al Thani"; at least two words stay."""
    parts = words(name)
    changed = True
    while changed:
        changed = False
        for honorific in LEADING_HONORIFICS:
            size = len(honorific.split())
            if len(parts) - size >= 2 and " ".join(p.lower().rstrip("'") for p in parts[:size]) == honorific:
                parts = parts[size:]
                changed = True
    inner = INNER_HONORIFICS.get(country, set())
    if len(parts) >= 3:
        parts = [parts[0]] + [p for p in parts[1:-1] if p.lower() not in inner] + [parts[-1]]
    return " ".join(parts)


def short_form(name, records, country):
    """First given name and surname for a formal name of three words or more, or None to keep it.
    Only where a source gives the surname alone and the name has no particles, lineage words or
    family-name-first order, so "Cristina Fernández de Kirchner" and "Hamad bin Isa Al Khalifa" stay."""
    parts = words(name)
    if len(parts) < 3 or country in names.FAMILY_NAME_FIRST or country == "Japan":
        return None
    if any(p.lower() in PARTICLES or p.lower() in names.LINEAGE_WORDS for p in parts):
        return None
    for record in records:  # a source's own two-word spelling: "Hugo Chavez" beside "Hugo Rafael Chavez Frias"
        pair = words(record.name)
        if len(pair) == 2 and key(pair[0]) == key(parts[0]) and key(pair[1]) in {key(p) for p in parts[1:]}:
            return record.name
    surnames = {compact(r.name) for r in records if not names.is_multi(r.name)}
    for k in range(1, len(parts)):
        if compact(parts[k]) in surnames:
            return f"{parts[0]} {parts[k]}"
    return None


def with_initials(name, short):
    """ "George Walker Bush" shortened to "George Bush" -> "George W. Bush"."""
    parts, kept = words(name), words(short)
    middles = [p for p in parts[1:] if p not in kept]
    if not middles:
        return name
    return " ".join([kept[0]] + [m[0] + "." for m in middles] + kept[1:])


def common_names(people, formal_names):
    """The name to show for each group of records, given the formal names chosen for them."""
    chosen = []
    for person, formal in zip(people, formal_names):
        country = person[0].country
        name = without_honorifics(formal, country)
        from_formal_source = not any(r.source in ("wikidata", "cia") for r in person)
        short = short_form(name, person, country) if from_formal_source else None
        chosen.append((name, short, country))
    counts = defaultdict(int)
    for _, short, country in chosen:
        if short:
            counts[(country, key(short))] += 1
    result = []
    for name, short, country in chosen:
        if not short:
            result.append(name)
        elif counts[(country, key(short))] > 1:
            result.append(with_initials(name, short))
        else:
            result.append(short)
    return result
