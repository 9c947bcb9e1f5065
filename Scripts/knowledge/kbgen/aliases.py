"""Leader aliases: every spelling the sources give, plus the bare surname, with the ~ rules.

- Spellings of two words or more (accented and ASCII forms, name-order variants, the CIA's and
  GLI's spellings) are plain aliases.
- A one-word alias (a surname "Erdoğan", a nickname "Jokowi") is plain only if no other leader has
  it, it has at least MIN_PLAIN_LETTERS letters, and it is not a common English word, a common given
  name or surname, or the name of a place; otherwise it is a context alias "~Surname".
- No alias equals another leader's canonical name; an alias two leaders share becomes a context alias.
- The hand-kept aliases are kept as written (with their ~ marks) unless they break those two rules.
"""

from collections import defaultdict

from . import common, names
from .text import PARTICLES, key, letter_count

MIN_PLAIN_LETTERS = 5


def _spellings(leader):
    """Multi-word spellings from the records and their variants, in a stable order."""
    found = []
    for record in leader.records:
        if names.is_multi(record.name) and names.shares_a_word(record.name, leader.name):
            found.append(record.name)
    found += [d for d in leader.derived if names.shares_a_word(d, leader.name)] + [leader.name]
    out = []
    for spelling in found:
        for variant in (spelling, common.clean(spelling, leader.country), names.strip_patronymic(spelling),
                        names.without_country_suffix(spelling)):
            if variant and names.is_multi(variant):
                out += [variant, names.ascii_variant(variant), names.order_variant(variant, leader.country)]
    return [s for s in dict.fromkeys(out) if s]


def _bare_names(leader, lexicon):
    """One-word (or surname-only) aliases: the family name of the canonical name, of the sources'
    fullest spelling ("Morales Ayma" for "Juan Evo Morales Ayma") and of the hand-kept spellings
    ("Chaves" for "Rodrigo Chaves"); one-word source spellings; nicknames."""
    own = names.surname(leader.name, leader.country, lexicon.is_given_name)
    found = [own]
    # the fullest spelling's family names when they go on from the name's ("Morales" -> "Morales Ayma"):
    # the fullest spelling was the name before Wikipedia's titles were followed, unless Wikidata gave one
    if leader.formal and own and not any(r.source == "wikidata" for r in leader.records):
        longer = names.surname(leader.formal, leader.country, lexicon.is_given_name)
        if longer and (leader.cut_by_rule or key(longer).startswith(key(own) + " ")):
            found.append(longer)
    found += [names.surname(a, leader.country, lexicon.is_given_name) for a in leader.hand_aliases
              if not a.startswith("~") and names.is_multi(a)]
    for record in leader.records:
        if not names.is_multi(record.name):
            found.append(record.name)
        found += record.nicknames
    out = []
    for bare in found:
        if bare and letter_count(bare) >= 2:
            out += [bare, names.ascii_variant(bare)]
    return [b for b in dict.fromkeys(out) if b and not b.startswith("~")]


def _core_words(bare):
    """The words of a surname without joining particles: "el-Sisi" -> ["Sisi"], "da Silva" -> ["Silva"]."""
    words = []
    for word in bare.replace("-", " ").split():
        if word.lower() not in PARTICLES:
            words.append(word)
    return words or [bare]


def _is_ambiguous_word(bare, lexicon, place_keys):
    if key(bare) in place_keys:
        return True
    cores = _core_words(bare)
    return all(lexicon.is_common_word(w) or lexicon.is_person_name(w) or key(w) in place_keys for w in cores)


class AliasBuilder:
    def __init__(self, leaders, lexicon, place_keys):
        self.leaders = leaders
        self.lexicon = lexicon
        self.place_keys = place_keys
        self.canonical = defaultdict(set)
        for i, leader in enumerate(leaders):
            self.canonical[key(leader.name)].add(i)

    def build(self):
        proposed = [self._propose(leader) for leader in self.leaders]
        bare_owners = defaultdict(set)
        for i, (_, bares) in enumerate(proposed):
            for bare in bares:
                bare_owners[key(bare)].add(i)
        for i, leader in enumerate(self.leaders):
            for alias in leader.hand_aliases:
                bare_owners[key(alias.lstrip("~"))].add(i)
            # a family name that ends another leader's name ("Al Thani") names no one alone
            parts = leader.name.split()
            for size in (1, 2):
                if len(parts) > size:
                    bare_owners[key(" ".join(parts[-size:]))].add(i)
        lists = [self._combine(i, spellings, bares, bare_owners) for i, (spellings, bares) in enumerate(proposed)]
        return self._resolve_collisions(lists)

    def _propose(self, leader):
        hand = {key(a.lstrip("~")) for a in leader.hand_aliases}
        spellings = [s for s in _spellings(leader) if s != leader.name and s not in leader.hand_aliases]
        bares = [b for b in _bare_names(leader, self.lexicon) if key(b) not in hand and key(b) != key(leader.name)]
        return spellings, bares

    def _combine(self, i, spellings, bares, bare_owners):
        leader = self.leaders[i]
        out = list(leader.hand_aliases)
        have = set(out) | {leader.name}
        for spelling in spellings:
            if spelling not in have:
                out.append(spelling)
                have.add(spelling)
        for bare in bares:
            unique = len(bare_owners[key(bare)]) == 1
            if len(_core_words(bare)) >= 2:  # two family names ("López Obrador"): specific enough
                plain = unique and key(bare) not in self.place_keys
            else:
                plain = (unique and letter_count(bare) >= MIN_PLAIN_LETTERS
                         and not _is_ambiguous_word(bare, self.lexicon, self.place_keys))
            alias = bare if plain else "~" + bare
            if alias not in have:
                out.append(alias)
                have.add(alias)
        # a monarch's name without its number, as news writes it after the title ("King Abdullah"):
        # a given name many people have, so only with a title or a country beside it
        regnal = names.regnal_name(leader.name)
        if regnal and not have & {regnal, "~" + regnal}:
            out.append("~" + regnal)
        return out

    def _resolve_collisions(self, lists):
        plain_owners = defaultdict(set)
        for i, aliases in enumerate(lists):
            for alias in aliases:
                if not alias.startswith("~"):
                    plain_owners[key(alias)].add(i)
        result = []
        for i, aliases in enumerate(lists):
            kept = []
            for alias in aliases:
                bare = alias.lstrip("~")
                if self.canonical.get(key(bare), {i}) - {i}:
                    continue  # another leader's canonical name
                if not alias.startswith("~") and len(plain_owners[key(alias)]) > 1:
                    alias = "~" + alias
                if alias not in kept and not (alias.startswith("~") and bare in kept):
                    kept.append(alias)
            result.append(kept)
        return result
