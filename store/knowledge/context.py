"""The words around a number that the figure grammar reads (``store/data/context.toml``):
qualifiers before and after it and the verbs that bound it, verbs of saying and the nouns that pass
a source on, verbs of owning, the nouns and verbs that say what is counted. Loaded once, with the
qualifier lists compiled into patterns (longest phrase first)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from store.knowledge.loader import load_data


@dataclass(frozen=True)
class ContextWords:
    before: re.Pattern[str]
    after: re.Pattern[str]
    before_map: dict[str, str]
    after_map: dict[str, str]
    reporting: frozenset[str]
    carriers: frozenset[str]
    number_nouns: frozenset[str]
    human_verbs: frozenset[str]
    not_counted: frozenset[str]
    measure_verbs: frozenset[str]
    owner_verbs: frozenset[str]
    self_counting: dict[str, tuple[str, str]]
    verb_before: re.Pattern[str]
    verb_map: dict[str, str]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def context_words() -> ContextWords:
    data = load_data("context.toml")
    before = {k.lower(): v for k, v in data["qualifiers"].items()}
    after = {k.lower(): v for k, v in data["qualifiers_after"].items()}
    verbs = {k.lower(): v for k, v in data["qualifier_verbs"].items()}
    return ContextWords(
        before=re.compile(rf"(?:^|(?<=[\s(\"“‘']))(?P<q>{_alternation(before)})\s+$", re.I),
        after=re.compile(rf"^\s?(?P<q>{_alternation(after)})(?![A-Za-z])", re.I),
        before_map=before,
        after_map=after,
        reporting=frozenset(data["reporting"]["verbs"]),
        carriers=frozenset(data["reporting"]["carriers"]),
        number_nouns=frozenset(data["counted"]["number_nouns"]),
        human_verbs=frozenset(data["counted"]["human_verbs"]),
        not_counted=frozenset(data["counted"]["not_counted"]),
        measure_verbs=frozenset(data["counted"]["measure_verbs"]),
        owner_verbs=frozenset(data["owners"]["verbs"]),
        self_counting={k: (v[0], v[1]) for k, v in data["self_counting"].items()},
        verb_before=re.compile(rf"\b(?P<v>{_alternation(verbs)})\s+$", re.I),
        verb_map=verbs,
    )
