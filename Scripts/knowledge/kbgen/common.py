"""The common name news and Wikipedia use, from the spellings the sources give.

A leader's canonical name should read like the title of their Wikipedia article: the person's full
common English name ("Nawaz Sharif", "Atal Bihari Vajpayee", "Evo Morales", "Thabo Mbeki"). In order:

1. Wikidata's label, whose English labels are the Wikipedia titles, less a Russian or Turkic
   patronymic ("Abdulla Nigmatovich Aripov" -> "Abdulla Aripov") and a leading honorific.
2. The title of the Wikipedia article a REIGN row links to, when the link holds the row's surname.
3. Otherwise the sources' fullest spelling is a formal name ("Juan Evo Morales Ayma", "Mohammad Nawaz
   Sharif", "Thabo Mvuyelwa Mbeki") and the common name is found in it:
   - a shorter spelling a source gives whose words all stand in the formal name, in order ("Evo
     Morales", "Nawaz Sharif", "Charles Michel"), unless it is the family name alone ("Atta Mills",
     "Fernández Reyna"); REIGN's spelling first, as it names leaders as the press does;
   - else the first given name (two for a Spanish or Italian compound, "José Luis", "Gian Nicola")
     and the family name that a source gives alone ("Mbeki", "López Obrador", "van Rompuy");
   - else, for the CIA's names of Spanish-speaking countries, the family name the CIA writes in
     capitals after the given names, less a middle one that is a common given name ("Carlos Holmes
     TRUJILLO García" -> "Carlos Holmes Trujillo", "Sandra Erica JOVEL Polanco" -> "Sandra Jovel");
   - else, in Spanish-speaking countries, the given names and the first family name: the mother's
     family name at the end is dropped ("Álvaro Uribe Vélez" -> "Álvaro Uribe", "Marcelo Ebrard
     Casaubón" -> "Marcelo Ebrard"), as most Wikipedia titles do; a very common first family name
     keeps the second, as its bearers do ("Bruno Rodríguez Parrilla"), and so does a name that a
     source gives both family names of alone ("López Obrador", "Pérez Molina").
   South Asian formal names keep their middle names, which are used ("Atal Bihari Vajpayee"), as do
   Japanese and family-name-first names.
Two leaders of one country who would share a shortened name keep their middle initials ("George W.
Bush", "George H. W. Bush"). Honorifics that are not part of the name are dropped ("Sheikh", "Datuk
Seri", "General"). The words keep the best spelling of the formal name (accents: "Iván Duque").
"""

from collections import Counter, defaultdict

from . import names
from .text import PARTICLES, compact, fold, key, words

# Honorifics that open a name in some sources but are not part of it.
LEADING_HONORIFICS = ("sheikh", "shaikh", "sheik", "datuk", "dato", "dato'seri", "seri", "tan sri", "tun", "dr",
                      "haji", "general", "gen.", "gen", "lyonpo", "lyonchen", "prince", "princess")
# Honorifics inside formal names ("Najib Tun Razak"), and ones that open a name in one country only
# ("Mian Muhammad Nawaz Sharif").
INNER_HONORIFICS = {"Malaysia": {"tun"}, "Brunei": {"haji"}}
COUNTRY_HONORIFICS = {"Pakistan": ("mian",)}
# Formal names whose middle words are part of the name the press uses.
KEEP_MIDDLE_NAMES = (frozenset({"India", "Nepal", "Bangladesh", "Sri Lanka", "Pakistan", "Bhutan", "Maldives",
                               "Afghanistan", "Indonesia", "Myanmar", "Thailand", "Japan", "Vietnam"})
                              | names.FAMILY_NAME_FIRST)
# Spanish-speaking, but names are not a Spanish given name and two family names ("Teodoro Obiang
# Nguema Mbasogo").
BANTU_HISPANIC = frozenset({"Equatorial Guinea"})
# Where a shorter spelling is no evidence of the name used: names without a family name
# ("Susilo Bambang Yudhoyono") or with the family name first.
NO_SHORTER_SPELLING = frozenset({"Indonesia", "Myanmar", "Thailand", "Japan", "Vietnam"}) | names.FAMILY_NAME_FIRST
# First given names that make a compound with the next given name ("José Luis", "Juan Manuel", "Gian Nicola").
COMPOUND_FIRST_NAMES = frozenset({"jose", "juan", "maria", "miguel", "luis", "ana", "pedro", "gian", "pier",
                                  "jean", "marie", "joao"})
# Particles that join two family names into one ("Collor de Mello", "Salinas de Gortari").
ROMANCE_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "di", "del", "della"})
# REIGN names leaders as the press does; GLI's second column is often a mechanical given name and surname.
SHORT_RANK = {"reign": 3, "cia": 2, "wikidata": 2, "gli": 1}
FORMAL_RANK = {"wikidata": 3, "cia": 2, "gli": 1, "reign": 0}


def without_honorifics(name, country):
    """ "Sheikh Tamim bin Hamad Al Thani" -> "Tamim bin Hamad Al Thani"; at least two words stay."""
    parts = words(name)
    leading = LEADING_HONORIFICS + COUNTRY_HONORIFICS.get(country, ())
    changed = True
    while changed:
        changed = False
        for honorific in leading:
            size = len(honorific.split())
            if len(parts) - size >= 2 and " ".join(p.lower().rstrip("'") for p in parts[:size]) == honorific:
                parts = parts[size:]
                changed = True
    inner = INNER_HONORIFICS.get(country, set())
    if len(parts) >= 3:
        parts = [parts[0]] + [p for p in parts[1:-1] if p.lower() not in inner] + [parts[-1]]
    return " ".join(parts)


def clean(name, country):
    """A source's spelling without honorifics and patronymics."""
    return names.strip_patronymic(without_honorifics(name, country), country)


def _word_key(word):
    return names.spelling_key(compact(word))


def _positions(short, formal_words):
    """Where the words of `short` stand in the formal name, in order, or None."""
    keys = [_word_key(w) for w in formal_words]
    found, start = [], 0
    for word in words(short):
        k = _word_key(word)
        while start < len(keys) and keys[start] != k:
            start += 1
        if start == len(keys):
            return None
        found.append(start)
        start += 1
    return found


def _run(record_name, formal_words):
    """Where a family name a source gives alone ("Mbeki", "van Rompuy", "López Obrador") stands in the
    formal name, as (first, end) word indexes, or None."""
    target = compact(record_name)
    if not target:
        return None
    for i in range(1, len(formal_words)):
        joined = ""
        for j in range(i, len(formal_words)):
            joined += compact(formal_words[j])
            if joined == target:
                return i, j + 1
            if not target.startswith(joined):
                break
    return None


def _given_names(formal_words, end, lexicon):
    """The given names the common name keeps: the first, and the second of a compound ("José Luis")."""
    first = formal_words[0]
    if (end > 1 and fold(first).lower() in COMPOUND_FIRST_NAMES and lexicon is not None
            and lexicon.is_given_name(formal_words[1]) and formal_words[1].lower() not in PARTICLES):
        return formal_words[:2]
    return formal_words[:1]


class _Spellings:
    def __init__(self, records, country):
        self.country = country
        self.by_spelling = defaultdict(set)  # cleaned multi-word spelling -> sources
        self.bare = []  # one-word (family-name) spellings
        self.families = {}  # cleaned spelling -> the family name its source marks ("Trujillo")
        for r in records:
            if r.family:
                self.families[key(clean(r.name, country))] = r.family
            if names.is_multi(r.name):
                self.by_spelling[clean(r.name, country)].add(r.source)
            else:
                self.bare.append(r.name)

    def formal(self, records):
        """The fullest spelling: most words, then one that ends in the surname one-word records give
        ("Yukio Hatoyama" not "Hatoyama Yukio"), then the one most sources give, then accented
        ("Iván Duque Márquez" before "Ivan Duque Marquez"), then by source."""
        surnames = {compact(b) for b in self.bare}
        counts = Counter()
        for spelling, sources in self.by_spelling.items():
            counts[key(spelling)] += len(sources)
        rank = {s: max(FORMAL_RANK[x] for x in src) for s, src in self.by_spelling.items()}
        return sorted(self.by_spelling, key=lambda s: (
            -len(names.core_tokens(s)), -len(s.split()), compact(s.split()[-1]) not in surnames, -counts[key(s)],
            fold(s) == s, -rank[s], s))[0]


def _shorter_spelling(formal, spellings, lexicon):
    """A source's shorter spelling that stands in the formal name ("Evo Morales" in "Juan Evo Morales
    Ayma"), spelled with the formal name's words; not a family name alone ("Atta Mills", "Pérez
    Molina", "Løkke Rasmussen")."""
    formal_words = words(formal)
    lineage = names.has_lineage(formal)
    found = []
    for spelling, sources in spellings.by_spelling.items():
        size = len(spelling.split())
        if size < 2 or size >= len(formal_words):
            continue
        at = _positions(spelling, formal_words)
        if at is None or not _fits(at, formal_words, lineage, lexicon):
            continue
        best = max(SHORT_RANK[s] for s in sources)
        found.append((-best, -len(sources), at[0], " ".join(formal_words[i] for i in at)))
    return sorted(found)[0][3] if found else None


def _fits(at, formal_words, lineage, lexicon):
    gaps = [formal_words[i] for i in range(at[0], at[-1] + 1) if i not in at]
    if at[0] == 0:
        if lineage:  # "Saddam Hussein", "Mahathir Mohamad": no father's name dropped from inside
            return all(g.lower() in names.LINEAGE_WORDS for g in gaps)
        return True  # the first given name and more: "Charles Michel", "Carlos Mesa"
    if gaps or lineage or formal_words[at[0] - 1].lower() in PARTICLES:
        return False  # a run inside the name, not after a particle ("de León Carpio")
    first = formal_words[at[0]]
    if lexicon is None or (lexicon.is_surname(first) and not lexicon.is_given_name(first)):
        return False  # a family name: "Durán Ballén", "Fernández Reyna"
    if at[-1] < len(formal_words) - 1:
        return True  # a later given name, a family name dropped after it: "Evo Morales" in "Juan Evo Morales Ayma"
    # The rest of the name: a family name of two words ("Atta Mills", "Løkke Rasmussen", "Paz Zamora"),
    # unless what goes before is a Muhammad the press leaves out ("Nawaz Sharif", "Hosni Mubarak").
    return all(names.spelling_key(compact(w)) == "muhammad" for w in formal_words[:at[0]])


def _family_name_run(formal_words, spellings):
    """The family name a source gives alone, as a run of the formal name's words: one-word
    spellings first, then REIGN's family names of two words ("López Obrador", "Pérez Molina")."""
    candidates = list(spellings.bare)
    for spelling, sources in spellings.by_spelling.items():
        at = _positions(spelling, formal_words)
        if "reign" in sources and at and at[0] > 0 and at == list(range(at[0], at[0] + len(at))):
            candidates.append(spelling)
    runs = [r for r in (_run(c, formal_words) for c in candidates) if r]
    if not runs:
        return None
    start, end = min(runs, key=lambda r: (r[0], -r[1]))
    lowered = [w.lower() for w in formal_words]
    while start >= 2 and lowered[start - 1] in PARTICLES:
        if start >= 3 and lowered[start - 1] in ROMANCE_PARTICLES and lowered[start - 2] not in PARTICLES:
            start -= 2  # "Collor de Mello" for "Mello"
        else:
            start -= 1  # "arap Moi" for "Moi"
            break
    while end + 1 < len(formal_words) and lowered[end] in PARTICLES and lowered[end + 1] not in PARTICLES:
        end += 2  # "Salinas de Gortari" for "Salinas"
    return start, end


def shorten(formal, spellings, lexicon):
    """(common name, how) within a formal name of three words or more, how being "spelling" when
    a source gives the name, "rule" when the rules above cut it; or (None, None) to keep it."""
    country = spellings.country
    formal_words = words(formal)
    if len(formal_words) < 3:
        return None, None
    short = _shorter_spelling(formal, spellings, lexicon) if country not in NO_SHORTER_SPELLING else None
    if short:
        return short, "spelling"
    if country in KEEP_MIDDLE_NAMES or names.has_lineage(formal):
        return None, None
    short = _cut(formal_words, spellings, lexicon)
    return (short, "rule") if short else (None, None)


def _cut(formal_words, spellings, lexicon):
    country = spellings.country
    hispanic = country in names.HISPANIC and country not in BANTU_HISPANIC
    family = spellings.families.get(key(" ".join(formal_words)))
    run = _run(family, formal_words) if family and hispanic else None
    if run:  # the CIA's given names and family name: "Carlos Holmes Trujillo", "Rodolfo Nin Novoa"
        start, end = run
        if end < len(formal_words) and _very_common_family_name(formal_words[end - 1]):
            end += 1  # "Bruno Rodríguez Parrilla"
        compound = _given_names(formal_words, start, lexicon)
        given = compound + [w for w in formal_words[len(compound):start]
                            if lexicon is None or not lexicon.is_given_name(w)]  # "Sandra [Erica] Jovel"
        result = given + formal_words[start:end]
        return " ".join(result) if len(result) < len(formal_words) else None
    run = _family_name_run(formal_words, spellings)
    if run:
        given = _given_names(formal_words, run[0], lexicon)
        if len(given) > run[0]:
            given = given[:run[0]]
        result = given + formal_words[run[0]:run[1]]
        return " ".join(result) if len(result) < len(formal_words) else None
    if hispanic:
        return _hispanic(formal_words, lexicon)
    return None


def _hispanic(formal_words, lexicon):
    """ "Álvaro Uribe Vélez" -> "Álvaro Uribe", "Sandra Erica Jovel Polanco" -> "Sandra Jovel":
    the given names, then the first family name; the last word, the mother's family name, goes."""
    lowered = [w.lower() for w in formal_words]
    if any(w in PARTICLES for w in lowered[-2:]) or any(w in PARTICLES for w in lowered[1:]):
        return None
    start = 1  # the first family name: the first word after the given names
    while start < len(formal_words) - 1 and lexicon is not None and lexicon.is_given_name(formal_words[start]):
        start += 1
    if start >= len(formal_words) - 1:
        return None  # "Luis Alberto Castiglioni": one family name, nothing to drop
    if _very_common_family_name(formal_words[start]):
        return None  # "Bruno Rodríguez Parrilla", "Rubén Ramírez Lezcano": both family names are used
    given = _given_names(formal_words, start, lexicon)[:start]
    return " ".join(given + [formal_words[start]])


def _very_common_family_name(word):
    """A family name so common that its bearers go by both ("Rodríguez", "Pérez", "García")."""
    lowered = fold(word).lower()
    return lowered.endswith("ez") or lowered in {"garcia", "diaz", "cruz", "ruiz"}


def choose(records, lexicon=None):
    """(name, formal, how): the common name for a group of records, the sources' fullest spelling
    (None if that is the name), and how the name was cut from it ("spelling", "rule" or None)."""
    country = records[0].country
    spellings = _Spellings(records, country)
    formal = spellings.formal(records) if spellings.by_spelling else None
    wikidata = [r.name for r in records if r.source == "wikidata"]
    titles = Counter(r.title for r in records if r.title)
    if wikidata:
        counts = Counter(wikidata)
        name = clean(max(wikidata, key=lambda n: (counts[n], wikidata[::-1].index(n) * -1)), country)
    elif titles:
        name = max(sorted(titles), key=lambda t: titles[t])
    elif formal is None:
        return clean(records[0].name, country), None, None
    else:
        short, how = shorten(formal, spellings, lexicon)
        if short:
            return short, formal, how
        name = formal
    return name, (formal if formal and key(formal) != key(name) else None), None


def with_initials(name, short):
    """ "George Walker Bush" shortened to "George Bush" -> "George W. Bush"."""
    parts, kept = words(name), words(short)
    middles = [p for p in parts[1:] if p not in kept]
    if not middles:
        return name
    return " ".join([kept[0]] + [m[0] + "." for m in middles] + kept[1:])


def common_names(people, lexicon=None):
    """(name to show, the sources' fullest spelling or None, how the name was cut from it) for each
    group of records (see choose)."""
    chosen = [(choose(person, lexicon), person[0].country) for person in people]
    counts = defaultdict(int)
    for (name, formal, how), country in chosen:
        if how:
            counts[(country, key(name))] += 1
    result = []
    for (name, formal, how), country in chosen:
        if how and counts[(country, key(name))] > 1:
            result.append((with_initials(formal, name), formal, how))
        else:
            result.append((name, formal, how))
    return result


def derived_spellings(records):
    """Spellings made from a formal name that earlier versions of the knowledge used, kept as aliases
    so that text naming the leader so still matches: the first given name and the family name a
    source gives alone ("Atal Vajpayee" for "Atal Bihari Vajpayee", "Chandrika Kumaratunga")."""
    country = records[0].country
    if country in names.FAMILY_NAME_FIRST or country == "Japan":
        return []
    surnames = {compact(r.name) for r in records if not names.is_multi(r.name)}
    found = []
    for record in records:
        for spelling in (record.name, clean(record.name, country)):  # "General Musharraf", "Pervez Musharraf"
            parts = words(spelling)
            if len(parts) < 3 or any(p.lower() in names.LINEAGE_WORDS for p in parts):
                continue
            for k in range(1, len(parts)):
                if compact(parts[k]) in surnames:
                    found.append(f"{parts[0]} {parts[k]}")
                    break
    return list(dict.fromkeys(found))
