"""Person-name analysis: which spellings name the same person, surnames, spelling variants."""

import re
from difflib import SequenceMatcher

from .text import PARTICLES, compact, fold, tokens, words

TITLE_WORDS = frozenset(
    "king queen sheikh shaikh emir amir prince princess sultan president pm dr judge ayatollah general gen sir"
    " pope lord dame jr sr".split())

# Countries whose people put the family name first; the surname is then the first word.
FAMILY_NAME_FIRST = frozenset({"China", "Taiwan", "Hong Kong", "North Korea", "South Korea", "Cambodia"})
# Countries whose canonical names swap order in English news ("Shinzo Abe" / "Abe Shinzo").
ORDER_VARIANTS = FAMILY_NAME_FIRST | {"Japan"}
# Spanish-speaking countries: a three-word name usually ends in two family names.
HISPANIC = frozenset({
    "Spain", "Mexico", "Guatemala", "Honduras", "El Salvador", "Nicaragua", "Costa Rica", "Panama", "Cuba",
    "Dominican Republic", "Colombia", "Venezuela", "Ecuador", "Peru", "Bolivia", "Chile", "Argentina",
    "Paraguay", "Uruguay", "Equatorial Guinea",
})
LINEAGE_WORDS = frozenset({"bin", "ibn", "bint", "binti", "ould", "wad"})
ARTICLES = frozenset({"al", "el", "as", "at", "ad", "ash", "an"})
SURNAME_LIKENESS = 0.8  # difflib ratio above which two surnames count as one name spelled two ways
GIVEN_NAME_LIKENESS = 0.7
WHOLE_NAME_LIKENESS = 0.9  # whole names that start alike and differ in a letter or two  # the same for given names, when the surnames are the same
# A father's name inside a formal name: Russian and Ukrainian endings ("Nigmatovich", "Fedorovych",
# "Volodymyrivna"), Turkic ones glued on ("Husseynogly", "Kemeluly").
_PATRONYMIC = re.compile(r"(ovich|evich|avich|ovych|evych|yich|ovna|evna|ivna|auna|ogly|oglu|ogli|qizi|kyzy|uly|uulu)$", re.I)
# The same ending as a word of its own after the father's name ("Heydar oglu", "Aliyevna qizi").
_PATRONYMIC_WORDS = frozenset({"oglu", "ogly", "ogli", "oğlu", "qizi", "kyzy", "gyzy", "uly", "ulı", "uulu"})
# Countries whose formal names put the father's name in the genitive before the surname ("Serzh
# Azati Sargsyan", "Tigran Sureni Sargsyan"): a middle word ending in -i there is a patronymic.
GENITIVE_PATRONYMIC = frozenset({"Armenia"})
# Common transliterations of one name, compared as one ("Mohammad" / "Muhammad", "Abdallah" / "Abdullah").
_SPELLINGS = {}
for _canon, _variants in {
    "muhammad": "mohammad mohammed muhammed mohamed mohamad muhamad mohammod muhammet",
    "ahmad": "ahmed",
    "abdullah": "abdallah abdulla abdalla",
    "hussein": "husain hussain husein",
    "hasan": "hassan",
    "omar": "umar omer",
}.items():
    for _variant in _variants.split():
        _SPELLINGS[_variant] = _canon


def core_tokens(name):
    """The tokens that identify a person: no titles, joining particles or initials."""
    return [t for t in tokens(name) if t not in TITLE_WORDS and t not in PARTICLES and len(t) > 1]


def surname_keys(name):
    """Comparable forms of the last word: "el-Sisi" -> {"elsisi", "sisi"}, "ELSISI" -> {"elsisi", "sisi"}."""
    parts = words(name)
    if not parts:
        return set()
    last = compact(parts[-1])
    found = {last}
    for prefix in ("al", "el", "ul"):
        if last.startswith(prefix) and len(last) - len(prefix) >= 4:
            found.add(last[len(prefix):])
    return found


def is_multi(name):
    return len(core_tokens(name)) >= 2


def spelling_key(token):
    """A name token with the usual transliterations of very common names made one ("mohammed" -> "muhammad")."""
    return _SPELLINGS.get(token, token)


def same_full_name(a, b):
    """The same spelling up to accents, case, punctuation, word order ("Abe Shinzo") and the usual
    transliterations of a common name ("Muhammad Nawaz Sharif" / "Mohammad Nawaz Sharif")."""
    ta, tb = core_tokens(a), core_tokens(b)
    if len(ta) < 2:
        return False
    if compact(a) == compact(b):
        return True
    ka, kb = list(map(spelling_key, ta)), list(map(spelling_key, tb))
    if has_lineage(a) or has_lineage(b):  # "Hamad bin Khalifa" is the son of "Khalifa bin Hamad"
        return ka == kb
    return sorted(ka) == sorted(kb)


def nearly_same_full_name(a, b):
    """Full names of three words or more, in one order, whose words are the same or spelled two
    ways: one word ("Omar Hassan Ahmad al-Bashir" / "Umar Hassan Ahmad al-Bashir"), or any but the
    first ("Khalifa bin Zayed Al Nahyan" / "Khalifa bin Zayid Al Nuhayyan")."""
    ka = [spelling_key(t) for t in core_tokens(a)]
    kb = [spelling_key(t) for t in core_tokens(b)]
    if len(ka) < 3 or len(ka) != len(kb):
        return False
    differ = [(x, y) for x, y in zip(ka, kb) if x != y]
    if not differ or not all(_similar(x, y, GIVEN_NAME_LIKENESS) for x, y in differ):
        return False
    return len(differ) == 1 or ka[0] == kb[0]


def has_lineage(name):
    """Names built from a father's and a family's name ("Hamad bin Isa Al Khalifa", "Sabah al-Ahmad
    al-Jabir al-Sabah") share most of their words with relatives' names."""
    parts = tokens(name)
    return any(t in LINEAGE_WORDS for t in parts) or sum(t in ARTICLES for t in parts) >= 2


def _monarch_pair(a, b):
    """A monarch's "Name of Country" beside a spelling with a father's name or a regnal number."""
    for x, y in ((a, b), (b, a)):
        if without_country_suffix(x) and (has_lineage(y) or re.search(r"\b[IVX]+\b", y)):
            return True
    return False


def _family_article(name):
    """True if the last name is a family name with an article ("Al Sabah", "As-Sabah", "al-Sisi")."""
    parts = tokens(name)
    return len(parts) >= 2 and parts[-2] in ARTICLES


def names_match(a, b):
    """True if two spellings of two or more words plausibly name the same person. Names with a
    father's name in them must also start alike, and the family name alone proves nothing."""
    if compact(a) == compact(b):
        return True
    ta, tb = [spelling_key(t) for t in core_tokens(a)], [spelling_key(t) for t in core_tokens(b)]
    small, large = sorted((set(ta), set(tb)), key=len)
    lineage = has_lineage(a) or has_lineage(b)
    if lineage and (not ta or not tb or ta[0] != tb[0]):
        return False
    if not ta or not tb:
        return False
    if _monarch_pair(a, b) and ta[0] == tb[0]:
        return True  # a monarch's "Salman of Saudi Arabia" and "Salman bin Abdulaziz"
    if ta[0] == tb[0] and _similar(compact(a), compact(b), WHOLE_NAME_LIKENESS):
        return True  # "Salman bin Abd al-Aziz Al Saud" / "Salman bin Abdulaziz Al Saud"
    if small and small <= large and len(small) >= 2:
        return True
    if lineage or _family_article(a) or _family_article(b):
        return False  # "Jabir As-Sabah" and "Jaber Al-Sabah" may be two emirs
    if not ta or not tb:
        return False
    if surname_keys(a) & surname_keys(b) and _similar(ta[0], tb[0], GIVEN_NAME_LIKENESS):
        return True  # "Vladmir Putin", "Binyamin Netanyahu"
    return ta[0] == tb[0] and _similar(compact(words(a)[-1]), compact(words(b)[-1]))


def _similar(x, y, threshold=None):
    """Two spellings of one name ("Sisoulit" / "Sisoulith", "Japarov" / "Zhaparov", "Vladmir"), or
    a short form of it ("Navin" / "Navinchandra")."""
    if min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x)):
        return True
    return SequenceMatcher(None, x, y).ratio() >= (threshold or SURNAME_LIKENESS)


def shares_a_word(a, b):
    """True if two spellings have a name word in common, "Hasan" and "Hassan" counting as one
    (guards against vandalised labels)."""
    return bool({spelling_key(t) for t in core_tokens(a)} & {spelling_key(t) for t in core_tokens(b)})


def single_matches(token_name, name):
    """True if a one-word name ("Erdogan", "al-Sisi", "G. Rajapakse") fits a longer spelling."""
    core = core_tokens(token_name)
    if not core:
        return False
    word = core[-1]
    keys = surname_keys(token_name) | {word}
    if keys & (surname_keys(name) | set(core_tokens(name))):
        initials = [t for t in tokens(token_name) if len(t) == 1]
        return not initials or any(t.startswith(initials[0]) for t in core_tokens(name)[:-1])
    return False


def strip_patronymic(name, country=None):
    """ "Vladimir Vladimirovich Putin" -> "Vladimir Putin", "Ilham Heydar oglu Aliyev" -> "Ilham Aliyev",
    and for Armenia "Serzh Azati Sargsyan" -> "Serzh Sargsyan" (three words or more only)."""
    parts = words(name)
    if len(parts) < 3:
        return name
    drop = set()
    for i, part in enumerate(parts[1:-1], start=1):
        lowered = fold(part).lower()
        if lowered in _PATRONYMIC_WORDS:
            drop |= {i, i - 1} if i - 1 > 0 else {i}
        elif _PATRONYMIC.search(fold(part)) and len(part) > 5:
            drop.add(i)
        elif country in GENITIVE_PATRONYMIC and lowered.endswith("i") and part[:1].isupper():
            drop.add(i)
    kept = [p for i, p in enumerate(parts) if i not in drop]
    return " ".join(kept) if len(kept) >= 2 else name


def order_variant(name, country):
    """ "Lee Jae-myung" <-> "Jae-myung Lee" for countries where English news uses both orders."""
    parts = words(name)
    if country not in ORDER_VARIANTS or len(parts) != 2:
        return None
    return f"{parts[1]} {parts[0]}"


def surname(name, country, given_names=lambda word: False):
    """The family name that news uses alone ("Erdoğan", "von der Leyen", "López Obrador"), or None.
    Family-name-first countries take the first word, unless it is a Western given name ("Sean Chen")."""
    parts = words(name)
    lowered = [p.lower() for p in parts]
    if len(parts) < 2 or any(p in ("bin", "ibn", "bint", "of") for p in lowered):
        return None
    if any(re.fullmatch(r"[IVX]+|Jr\.?|Sr\.?|Junior|Filho|Neto", p) for p in parts):
        return None
    if country in FAMILY_NAME_FIRST and not _western_order(parts, given_names):
        return parts[0]
    if country in HISPANIC and len(parts) >= 3 and lowered[-2] not in PARTICLES:
        return " ".join(parts[-2:])
    start = len(parts) - 1
    while start > 1 and lowered[start - 1] in PARTICLES:
        start -= 1
    return " ".join(parts[start:])


def _western_order(parts, given_names):
    """ "Sean Chen", "Carrie Lam": an English given name of four letters or more, then a surname
    without the hyphen of a Chinese or Korean given name ("Moon Jae-in", "Kim Jong Un" stay)."""
    return len(parts[0]) >= 4 and given_names(parts[0]) and "-" not in parts[-1]


def without_country_suffix(name):
    """ "Margrethe II of Denmark" -> "Margrethe II", "Albert II, Prince of Monaco" -> "Albert II"."""
    match = re.match(r"^(.+?)(?:, [^,]+)? of (?:the )?[A-Z][\w\s]+$", name)
    return match.group(1) if match else None


def regnal_name(name):
    """ "Abdullah II of Jordan" -> "Abdullah", "Harald V" -> "Harald": the name a monarch's title goes
    with in news ("King Abdullah"), or None for a name without a regnal number."""
    match = re.fullmatch(r"(\S+) [IVX]+", without_country_suffix(name) or name)
    return match.group(1) if match else None


def ascii_variant(name):
    folded = fold(name)
    return folded if folded != name else None
