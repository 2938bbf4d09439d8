"""The scope of a quantity: whose it is (the group) and where (the places), as keys. "ISIS" and
"IS", "Syria and Iraq" and "Iraq and Syria", "Velm province" and "Velm" must give the same
key, or the same quantity splits in two.

Everything goes through one ``resolve(name) -> key | None`` callable, so the curated-alias resolver
here can be swapped for the corpus actor index without touching the grouping.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from store.conflicts.quantities import place_words
from store.knowledge.aliases import alias_entries
from store.knowledge.countries import countries
from store.knowledge.folding import fold

Resolve = Callable[[str], "str | None"]

_EDGE_PUNCT = " \t\n.,;:!?\"'()[]{}-–—"


def fold_name(name: str) -> str:
    """The store's folding (``store.knowledge.folding.fold``: case, accents, one apostrophe and
    one dash), then edge punctuation and a leading "the" off."""
    text = fold(name).strip(_EDGE_PUNCT)
    if text.startswith("the "):
        text = text[4:]
    return text


def _without_place_word(folded: str) -> str:
    """ "sofala province" -> "sofala"; a name that is only the word stays as it is."""
    words = folded.split(" ")
    if len(words) > 1 and words[-1] in place_words():
        return " ".join(words[:-1])
    if len(words) > 1 and words[0] in place_words():
        return " ".join(words[1:])
    return folded


@lru_cache(maxsize=1)
def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for entry in alias_entries():
        canonical = fold_name(entry.name)
        for name in (entry.name, *entry.aliases):
            table.setdefault(fold_name(name), canonical)
    return table


@lru_cache(maxsize=1)
def _canonical_names() -> dict[str, str]:
    return {fold_name(entry.name): entry.name for entry in alias_entries()}


def display_name(key: str, fallback: str) -> str:
    """How a key is shown: the curated canonical name when there is one ("Islamic State" for
    "ISIS"), else the name as the article wrote it."""
    return _canonical_names().get(key, fallback)


def alias_resolver() -> Resolve:
    """A resolver from the curated alias file: every name of an entry gives its canonical name."""
    table = _alias_table()

    def resolve(name: str) -> str | None:
        folded = fold_name(name)
        return table.get(folded) or table.get(_without_place_word(folded))

    return resolve


@lru_cache(maxsize=1 << 16)
def scope_key(name: str, resolve: Resolve) -> str:
    """The key of one name: the resolver's answer, else the folded name. Cached: a corpus names
    the same few hundred places and groups over and over."""
    resolved = resolve(name)
    if resolved:
        return str(resolved)
    return _without_place_word(fold_name(name))


def place_keys(names: Iterable[str], resolve: Resolve) -> frozenset[str]:
    """The set of places a figure is about, order and spelling folded away. A set, not a
    superset test: "Iraq" alone and "Iraq and Syria" are different quantities. A country named
    beside a place that is not a country adds nothing ("in Eastern Visayas, the Philippines" is
    Eastern Visayas), so it is left out."""
    names = [n for n in names if n]
    known = countries()
    if any(known.country(n) is None for n in names):
        names = [n for n in names if known.country(n) is None]
    return frozenset(k for k in (scope_key(n, resolve) for n in names) if k)


_OPENING = " \t\n\"'‘’“”([-–—*#"
_OPENING_WINDOW = 160  # characters of a sentence's opening read (a sentence may be very long)
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")


def lower_case_words(text: str) -> frozenset[str]:
    """The words an article writes in lower case: one pass over its text, made once per article
    and only for an article whose figures need it (``capital_by_position``)."""
    return frozenset(_LOWER_WORD.findall(text))


def capital_by_position(name: str, sentence_text: str, resolve: Resolve,
                        lower_words: frozenset[str]) -> bool:
    """Whether a group name the grammar read from capitals is only a common word written where a
    capital is due: one word opening its sentence ("Frost sends 300 to clinics") or the words of
    a headline set in capitals ("FLOUR PRICES REACH £9 A SACK"), which its article writes in
    lower case elsewhere (``lower_words``: "the frost", "flour"). Such a word made a group of its
    own and kept the figure from the quantity its sentence speaks of. A word its article writes
    only with a capital may be a name or an adjective of one ("Orvel drivers", "Alpine
    timetables", a region's) and stays; so does a name the actors or the alias file
    know, and a word a sentence capitalises in its middle ("a Rapid rating")."""
    if resolve(name):
        return False
    text = sentence_text[:_OPENING_WINDOW].lstrip(_OPENING)
    if not all(word.lower() in lower_words for word in name.split()):
        return False
    if any(ch.isalpha() for ch in text) and text.upper() == text:
        return True
    if " " in name.strip() or not text.startswith(name):
        return False
    after = text[len(name):len(name) + 1]
    return not (after.isalnum() or after in "-'’")
