"""Text helpers: accent folding, match keys, name tokens and proper casing."""

import re
import unicodedata

# Letters that Unicode decomposition does not reduce to ASCII.
_EXTRA = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "ı": "i", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H",
    "’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'", "`": "'",
})

# Words that join a surname to the name before it ("von der Leyen", "da Silva").
PARTICLES = frozenset(
    "al el ul bin ibn bint binti bt ould wad arap de del della der di da das do dos du la le van von den ter ten y e".split()
)


def fold(text):
    """ASCII-folds letters (keeps case): "Erdoğan" -> "Erdogan", "Łukasz" -> "Lukasz"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def key(text):
    """Match key: folded, lower case, punctuation runs as one space ("El-Sisi" -> "el sisi", "Путин" -> "путин")."""
    return " ".join(re.findall(r"[^\W_]+", fold(text).lower().replace("'", "")))


def compact(text):
    """Letters and digits only, folded and lower-cased ("Abdel Fattah el-Sisi" -> "abdelfattahelsisi")."""
    return re.sub(r"[^a-z0-9]", "", fold(text).lower())


def is_latin(text):
    """True if every letter is a Latin letter of a written alphabet (phonetic IPA letters are not)."""
    return all(_is_latin_letter(c) for c in text if c.isalpha())


def _is_latin_letter(c):
    code = ord(c)
    in_alphabet = code < 0x250 or 0x1E00 <= code <= 0x1EFF
    return in_alphabet and "LATIN" in unicodedata.name(c, "")


def words(name):
    """The space-separated words of a name, whitespace collapsed."""
    return name.split()


def tokens(name):
    """Folded lower-case tokens of a name, split at spaces, hyphens and apostrophes."""
    return [t for t in re.split(r"[\s\-']+", fold(name).lower().replace(".", " ")) if t]


def proper_case(word):
    """ "ELSISI" -> "Elsisi", "AL-MASRY" -> "Al-Masry", "O'CONNOR" -> "O'Connor"."""
    parts = re.split(r"([\-'’])", word)
    return "".join(p[:1].upper() + p[1:].lower() if p.isalpha() else p for p in parts)


def clean_spaces(text):
    return " ".join(text.split())


def letter_count(text):
    return sum(1 for c in text if c.isalpha())


def normalize_unicode(text):
    """NFC form, whitespace collapsed, UTF-8 read as Latin-1 repaired ("KatrÃ­n" -> "Katrín")."""
    return clean_spaces(unicodedata.normalize("NFC", repair_mojibake(text)))


# UTF-8 read as Latin-1 or Windows-1252: a lead byte's letter, then a continuation byte's character
# ("Ã©" for "é", "Ã“" for "Ó").
_MOJIBAKE = re.compile("[ÃÂÅÄ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                       "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def repair_mojibake(text):
    if not _MOJIBAKE.search(text):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        try:
            return text.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return text
