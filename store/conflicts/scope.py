"""The scope of a quantity: whose it is (the group) and where (the places), as keys. "ISIS" and
"IS", "Syria and Iraq" and "Iraq and Syria", "Velm province" and "Velm" must give the same
key, or the same quantity splits in two.

Everything goes through one ``resolve(name) -> key | None`` callable, so the curated-alias resolver
here can be swapped for the corpus actor index without touching the grouping.
"""

from __future__ import annotations

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
