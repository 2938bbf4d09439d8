"""Comparing names: folding, match keys, transliteration skeletons and initials.

Pure string functions with no data files and no NLP, so the resolver, the lookup index and the
read path can all share them. Three levels of likeness, from strict to loose:

* ``name_key``: case, accents, curly quotes, full stops, hyphens, possessives and "the" do not
  count: "The U.S. Treasury Department's" and "US Treasury Department" share one key.
* ``loose_key``: the name key without Arabic-style particles ("al-", "el-"), so "Muammar
  el-Qaddafi" and "Muammar Qaddafi" agree.
* ``skeleton``: a consonant outline that spellings of one transliterated name share (Gadhafi,
  Gaddafi, Qaddafi, Kadhafi -> ``kdfa``; Moammar, Muammar -> ``mmr``). It is only a blocking
  key: names in one block are then compared with a fuzzy ratio (see ``store.actors.fuzzy``).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

_SPECIAL = str.maketrans({
    "ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae",
    "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d",
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "ʻ": "'", "′": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
})
_PARTICLES = frozenset({"al", "el", "ul"})
_POSSESSIVE = re.compile(r"'s?$")
_PUNCT = re.compile(r"[^\w\s']|_")
_DOTTED = re.compile(r"(?<=\w)\.(?=\w|\s|$)")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lowercase, accents off, one kind of apostrophe and dash, single spaces."""
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def name_tokens(surface: str) -> list[str]:
    """The words of a name as compared: folded, no full stops, hyphens or "the"."""
    text = fold(surface).replace("&", " and ")
    text = _DOTTED.sub("", text)
    words = []
    for word in _PUNCT.sub(" ", text).split():
        word = _POSSESSIVE.sub("", word) if word.endswith(("'s", "'")) else word
        word = word.replace("'", "")
        if word and word != "the":
            words.append(word)
    return words


@lru_cache(maxsize=1 << 16)
def name_key(surface: str) -> str:
    return " ".join(name_tokens(surface))


def loose_tokens(surface: str) -> list[str]:
    return [w for w in name_tokens(surface) if w not in _PARTICLES] or name_tokens(surface)


def loose_key(surface: str) -> str:
    return " ".join(loose_tokens(surface))


_VOWELS = frozenset("aeiouy")
_DIGRAPHS = (("ph", "f"), ("dh", "d"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("ck", "k"),
             ("ou", "u"), ("ee", "i"))
_SOUNDS = str.maketrans({"q": "k", "g": "k", "c": "k", "j": "j", "w": "u", "v": "f"})


def token_skeleton(word: str) -> str:
    """First letter (any vowel as ``a``), then the consonants with repeats collapsed, then ``a``
    if the word ends in a vowel: enough to tell Niger (``nkr``) from Nigeria (``nkra``)."""
    word = "".join(c for c in word if c.isalpha())
    if not word:
        return ""
    for pair, sound in _DIGRAPHS:
        word = word.replace(pair, sound)
    word = word.translate(_SOUNDS)
    if len(word) > 2 and word.endswith("h") and word[-2] in _VOWELS:
        word = word[:-1]
    out = ["a" if word[0] in _VOWELS else word[0]]
    for prev, c in itertools.pairwise(word):
        if c not in _VOWELS and c != prev:
            out.append(c)
    if len(word) > 1 and word[-1] in _VOWELS:
        out.append("a")
    return "".join(out)


_VOWEL_SHIFTS = str.maketrans({"o": "u", "e": "i", "y": "i"})


def token_phonetic(word: str) -> str:
    """A spelling-neutral form of a transliterated word: the skeleton's consonant mapping,
    vowels folded (o/u, e/i) and doubled letters single: Gadhafi, Qaddafi -> ``kadafi``."""
    word = "".join(c for c in word if c.isalpha())
    for pair, sound in _DIGRAPHS:
        word = word.replace(pair, sound)
    word = word.translate(_SOUNDS).translate(_VOWEL_SHIFTS)
    if len(word) > 2 and word.endswith("h") and word[-2] in _VOWELS:
        word = word[:-1]
    return "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])


def phonetic(surface: str) -> str:
    return " ".join(token_phonetic(w) for w in loose_tokens(surface))


def skeleton(surface: str) -> str:
    return " ".join(token_skeleton(w) for w in loose_tokens(surface))


def is_acronym(surface: str) -> bool:
    """"SDF", "U.N.", "AFRICOM": two to seven capitals, full stops allowed."""
    bare = surface.replace(".", "")
    return 2 <= len(bare) <= 7 and bare.isalpha() and bare.isupper()


_WORD = re.compile(r"[\w.'’]+")


def initials(surface: str) -> set[str]:
    """The acronyms a long name can stand for: initials of its capitalised words (an acronym
    inside counts whole: "U.S. Agency for International Development" -> USAID), also without
    a leading acronym or country word ("UN Office for the Coordination of Humanitarian
    Affairs" -> OCHA) and with "and" counted."""
    words = [w.strip("'’") for w in _WORD.findall(surface.replace("-", " "))]
    words = [w.rstrip(".") if not is_acronym(w) else w for w in words if w.strip(".")]
    parts: list[tuple[str, bool]] = []  # (letters, is a lowercase joining word)
    for word in words:
        if is_acronym(word) and len(word.replace(".", "")) > 1:
            parts.append((word.replace(".", "").upper(), False))
        elif word[:1].isupper():
            parts.append((word[0].upper(), False))
        elif word.lower() == "and":
            parts.append(("A", True))
    if len(parts) < 2:
        return set()
    variants: set[str] = set()
    lead_acronym = is_acronym(words[0]) if words else False
    for seq in (parts, parts[1:]) if lead_acronym else (parts,):
        if len(seq) < 2:
            continue
        variants.add("".join(p for p, joiner in seq if not joiner))
        variants.add("".join(p for p, _ in seq))
    return {v for v in variants if len(v) >= 2}
