"""Romanisation traditions that write one name's sounds differently (``store/data/spellings.toml``):
each a list of rewrites applied together to a lowercase word, and the shortest word they apply
to. A tradition of syllables (Chinese: Pinyin and Wade-Giles) instead reads a name only where
every word of it is made of one system's syllables, rewrites each syllable and writes the name
as one word, so a given name hyphenated by syllable and one written whole agree. Loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from store.knowledge.loader import load_data

Rules = tuple[tuple[re.Pattern[str], str], ...]


def _rewritten(word: str, rules: Rules) -> str:
    for pattern, sound in rules:
        word = pattern.sub(sound, word)
    return word


@dataclass(frozen=True)
class SyllableSystem:
    """One romanisation of a language of syllables: its syllables and what each is keyed as."""

    name: str
    syllables: frozenset[str]
    rules: Rules
    longest: int
    word_syllables: int  # the most syllables one word of a name holds ("Xiaoming": two)

    def key(self, word: str) -> str | None:
        """``word`` as the key of its syllables, or None when it is not made wholly of this
        system's syllables, or of more than ``word_syllables``. Of several ways to cut it, the
        one that takes the longest syllable first, and one that opens with a vowel only at the
        word's start: a bounded walk (a syllable is six letters at most), no search."""
        return _syllable_key(self, word)


# a syllable that begins with one of these begins its word: Pinyin writes an apostrophe before
# any other ("Xi'an"), so "chien" is never "chi" and "en"
_OPENING = frozenset("aeo")


@lru_cache(maxsize=1 << 14)
def _syllable_key(system: SyllableSystem, word: str) -> str | None:
    n = len(word)
    if n > system.word_syllables * system.longest:
        return None
    ends = [False] * n + [True]  # ends[i]: word[i:] can be cut into syllables
    for i in range(n - 1, -1, -1):
        ends[i] = (i == 0 or word[i] not in _OPENING) and any(
            word[i:i + k] in system.syllables and ends[i + k]
            for k in range(1, min(system.longest, n - i) + 1))
    if not ends[0]:
        return None
    out, i = [], 0
    while i < n:
        if len(out) == system.word_syllables:
            return None
        k = next(k for k in range(min(system.longest, n - i), 0, -1)
                 if word[i:i + k] in system.syllables and ends[i + k])
        out.append(_rewritten(word[i:i + k], system.rules))
        i += k
    return "".join(out)


@dataclass(frozen=True)
class Tradition:
    name: str
    rules: Rules
    min_length: int = 0
    surname_rules: Rules = ()
    systems: tuple[SyllableSystem, ...] = ()
    # the names it writes join only when they are written the same, not merely alike: a
    # tradition whose rules fold common digraphs ("sh" to "s") makes short names look alike
    exact: bool = False

    def respell(self, word: str, surname: bool = False) -> str:
        """``word`` (lowercase, folded) as this tradition's rules write it; a name's last word
        (``surname``) by its surname rules too."""
        if len(word) < self.min_length:
            return word
        return _rewritten(word, (*self.rules, *(self.surname_rules if surname else ())))

    def respell_name(self, tokens: list[str]) -> str | None:
        """A name's words (lowercase, folded) as this tradition writes the name, or None when
        it does not read it: a tradition of syllables reads a name only where one of its
        systems makes every word of it."""
        if not self.systems:
            last = len(tokens) - 1
            return " ".join(self.respell(w, i == last) for i, w in enumerate(tokens))
        for system in self.systems:
            keys = [system.key(w) for w in tokens]
            if None not in keys:
                return "".join(k for k in keys if k)
        return None


def _rules(pairs: list[list[str]]) -> Rules:
    return tuple((re.compile(p), s) for p, s in pairs)


def _system(data: dict) -> SyllableSystem:
    syllables = frozenset(data["syllables"].split())
    return SyllableSystem(data["name"], syllables, _rules(data.get("rules", [])),
                          max(map(len, syllables)), int(data.get("word_syllables", 2)))


@lru_cache(maxsize=1)
def traditions() -> tuple[Tradition, ...]:
    data = load_data("spellings.toml")
    return tuple(
        Tradition(t["name"], _rules(t.get("rules", [])), int(t.get("min_length", 0)),
                  _rules(t.get("surname_rules", [])),
                  tuple(_system(s) for s in t.get("systems", [])), bool(t.get("exact", False)))
        for t in data.get("traditions", []))
