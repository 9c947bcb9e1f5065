"""Word lists that decide whether a name is also an ordinary word or a person's name.

- A common English word: the lower-case form is a lower-case entry of the web2 word list
  (english-words package) and is frequent in English (wordfreq Zipf frequency >= COMMON_ZIPF).
  The dictionary test keeps proper names out ("paris" is not a lower-case entry), the frequency
  test keeps obscure dictionary words out ("surat", a cloth, does not make Surat a common word).
- A common phrase: two or more words, each a lower-case web2 entry with Zipf >= PHRASE_ZIPF.
- A common given name: in Faker's person-name lists for the main Western locales, or in Parley's
  own given-names.tsv.
- A common surname: in Faker's surname lists for the same locales (US census names and the like).
"""

import importlib

from .text import fold

COMMON_ZIPF = 3.0
PHRASE_ZIPF = 4.0  # every word of a "common phrase" is at least this frequent
NAME_LOCALES = ("en_US", "en_GB", "es_ES", "es_MX", "fr_FR", "de_DE", "it_IT", "pt_BR")
ENGLISH_LOCALES = ("en_US", "en_GB")


def _name_key(name):
    return fold(name).lower()


def _provider(locale):
    return importlib.import_module(f"faker.providers.person.{locale}").Provider


def _names(locale, attributes):
    provider = _provider(locale)
    found = set()
    for attribute in attributes:
        found.update(_name_key(n) for n in getattr(provider, attribute, ()) or ())
    return found


def _given_names(locales):
    found = set()
    for locale in locales:
        found |= _names(locale, ("first_names", "first_names_male", "first_names_female"))
    return found


def _surnames(locales):
    found = set()
    for locale in locales:
        found |= _names(locale, ("last_names",))
    return found


def _read_given_names_file(path):
    found = set()
    if not path:
        return found
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            found.update(_name_key(n.strip()) for n in line.split(";") if n.strip())
    return found


class Lexicon:
    def __init__(self, given_names_file=None):
        from english_words import get_english_words_set
        from wordfreq import zipf_frequency

        self._zipf = zipf_frequency
        self._lower_words = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
        self.given = _given_names(NAME_LOCALES) | _read_given_names_file(given_names_file)
        self.surnames = _surnames(NAME_LOCALES)
        self.english_surnames = _surnames(ENGLISH_LOCALES)

    def zipf(self, text):
        return self._zipf(text, "en")

    def is_common_word(self, name):
        """A one-word name that is also a frequent lower-case English word ("Nice", "Split", "May")."""
        lower = fold(name).lower()
        if " " in lower or lower not in self._lower_words:
            return False
        return self.zipf(lower) >= COMMON_ZIPF

    def is_common_phrase(self, name):
        """A name of two or more words that are all frequent English words ("The Valley", "Port Said"):
        such a name turns up in ordinary sentences ("the port said")."""
        parts = fold(name).lower().split()
        return len(parts) > 1 and all(p in self._lower_words and self.zipf(p) >= PHRASE_ZIPF for p in parts)

    def is_given_name(self, name):
        return _name_key(name) in self.given

    def is_surname(self, name, english_only=False):
        return _name_key(name) in (self.english_surnames if english_only else self.surnames)

    def is_person_name(self, name, english_only=False):
        return self.is_given_name(name) or self.is_surname(name, english_only)
