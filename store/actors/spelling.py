"""Looser likeness of names, for actor resolution: particles dropped, transliteration skeletons,
phonetic forms and initials.

* ``loose_tokens``: the name's words without Arabic-style particles ("al-", "el-"; the list is
  ``particles`` in ``store/data/names.toml``), so "Muammar el-Qaddafi" and "Muammar Qaddafi" agree.
* ``skeleton``: a consonant outline that spellings of one transliterated name share (Gadhafi,
  Gaddafi, Qaddafi, Kadhafi -> ``kdfa``; Moammar, Muammar -> ``mmr``). It is only a blocking
  key: names in one block are then compared with a fuzzy ratio (see ``store.actors.fuzzy``).
* ``initials``: the acronyms a long name can stand for.
* ``respellings``: a person's full name as each romanisation tradition of
  ``store/data/spellings.toml`` writes it ("Giannis Vlachos" and "Yiannis Vlahos" both as
  "yiannis vlahos"), to be compared as above; never a name of one word.

Both forms first write one sound one way, whichever language's spelling brought the name into
English (``_TRANSLITERATIONS``), and join a surname's particles to it ("de la Cruz", "Dela
Cruz", "van der Berg", "Vanderberg"): a few string replacements per word, nothing per pair.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from store.knowledge.folding import name_tokens
from store.knowledge.name_words import name_words, surname_particles_word
from store.knowledge.spellings import traditions


def loose_tokens(surface: str) -> list[str]:
    particles = name_words().particles
    return [w for w in name_tokens(surface) if w not in particles] or name_tokens(surface)


def person_tokens(surface: str) -> list[str]:
    """A person's name as compared: loose tokens without titles, initials or suffixes."""
    nw = name_words()
    tokens = [t for t in loose_tokens(surface) if len(t) > 1 and t not in nw.suffixes]
    while len(tokens) > 1 and tokens[0] in nw.titles:
        tokens.pop(0)
    return tokens


_VOWELS = frozenset("aeiouy")

# One sound of a Cyrillic, Georgian, Arabic, Serbian or Indic name, as English, French, German
# and Dutch copy write it, to the English form. Sources: the BGN/PCGN, French and German (Duden)
# romanisations of Russian in https://en.wikipedia.org/wiki/Romanization_of_Russian (щ shch /
# chtch / schtsch, ч ch / tch / tsch, ш sh / ch / sch, дж dzh / dj, х kh / h); Serbian Latin
# đ (folded to d) written dj, https://en.wikipedia.org/wiki/Gaj%27s_Latin_alphabet; Dutch ij
# written y, https://en.wikipedia.org/wiki/IJ_(digraph). French "ch" (ш) is left alone: it is
# English "ch" (ч) too. Applied in this order, longest first.
_TRANSLITERATIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), sound) for pattern, sound in (
        (r"schtsch|shch", "sh"),
        (r"tsch|tch", "ch"),
        (r"sch", "sh"),
        (r"dzh", "j"),
        (r"dj", "d"),
        (r"ij(?![aeiou])", "y"),  # Nistelrooij, Nistelrooy; not the "ij" of "Vijay"
        # Mikhail, Mihail; a final "kh" stays ("Sheikh", "Sheik"), and so does a first one:
        # "Khan" and "Han" are two names
        (r"(?<=.)kh(?=[aeiouy])", "h"),
        # the Indic syllable of "Shri", "Sri", "Shree": "Shrivastava", "Srivastava";
        # "Shrinivas", "Srinivas" (https://en.wikipedia.org/wiki/Shri: its romanisations)
        (r"^shri", "sri"),
    ))

# Georgian ძ (dz) as German copy writes it, "ds": "-dse" for "-dze", the ending of many Georgian
# surnames (Schewardnadse, Shevardnadze), in the German transliteration of
# https://de.wikipedia.org/wiki/Georgische_Schrift#Transkription
_GERMAN_DZE = re.compile(r"dse\b", re.IGNORECASE)


def as_surname(name: str) -> str:
    """A person's name, or a word compared with a person's surname, with a German "-dse" ending
    written "-dze": only where a person is meant, since other words end so too."""
    return _GERMAN_DZE.sub("dze", name)


def _one_spelling(word: str) -> str:
    for pattern, sound in _TRANSLITERATIONS:
        word = pattern.sub(sound, word)
    return word


def glued(tokens: list[str]) -> list[str]:
    """The words of a name with its particles joined to the word after them: "juan de la cruz",
    "juan dela cruz" -> ["juan", "delacruz"]. A last word is never a particle of another."""
    out: list[str] = []
    run = ""
    for i, word in enumerate(tokens):
        if i < len(tokens) - 1 and surname_particles_word(word):
            run += word
            continue
        out.append(run + word)
        run = ""
    return out
_DIGRAPHS = (("ph", "f"), ("dh", "d"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("ck", "k"),
             ("ou", "u"), ("ee", "i"))
_SOUNDS = str.maketrans({"q": "k", "g": "k", "c": "k", "j": "j", "w": "u", "v": "f"})


def token_skeleton(word: str) -> str:
    """First letter (any vowel as ``a``), then the consonants with repeats collapsed, then ``a``
    if the word ends in a vowel: enough to tell Niger (``nkr``) from Nigeria (``nkra``). The
    word's digits follow as written: "2019" and "2029", "Velm-2" and "Velm-3" never sound
    alike."""
    digits = "".join(c for c in word if c.isdigit())
    word = _one_spelling("".join(c for c in word if c.isalpha()))
    if not word:
        return digits
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
    return "".join(out) + digits


_VOWEL_SHIFTS = str.maketrans({"o": "u", "e": "i", "y": "i"})


@lru_cache(maxsize=1 << 16)
def token_phonetic(word: str) -> str:
    """A spelling-neutral form of a transliterated word: the skeleton's consonant mapping,
    vowels folded (o/u, e/i) and doubled letters single: Gadhafi, Qaddafi -> ``kadafi``."""
    word = _one_spelling("".join(c for c in word if c.isalpha()))
    for pair, sound in _DIGRAPHS:
        word = word.replace(pair, sound)
    word = word.translate(_SOUNDS).translate(_VOWEL_SHIFTS)
    if len(word) > 2 and word.endswith("h") and word[-2] in _VOWELS:
        word = word[:-1]
    return "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])


def phonetic(surface: str) -> str:
    return " ".join(token_phonetic(w) for w in glued(loose_tokens(surface)))


def skeleton(surface: str) -> str:
    return " ".join(token_skeleton(w) for w in glued(loose_tokens(surface)))




def respellings(surface: str) -> list[tuple[str, str]]:
    """(tradition, the name as that tradition writes it) for a person's name of two or more
    words, one pair per tradition of ``store/data/spellings.toml`` that reads it, whether or not
    it changed a word (a tradition of syllables reads only names made of its syllables). These
    rules are looser than ``_TRANSLITERATIONS`` (a Greek "ch" is an "h", a French "ch" an
    "sh"), so only a whole name, given name and surname both, is compared under them; one word
    alone ("Vlachos", "Hichem") is too little to go on. A name of one word has none."""
    tokens = person_tokens(surface)
    if len(tokens) < 2:
        return []
    return [(t.name, name) for t in traditions() if (name := t.respell_name(tokens)) is not None]
