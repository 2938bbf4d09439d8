"""The word lists actor resolution reads from ``store/data``: countries with their demonyms, and the
words around names (titles, particles, captions, designators). Loaded once, folded for lookup."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from store.actors.names import fold, name_key


def _load(name: str) -> dict:
    with resources.files("store.data").joinpath(name).open("rb") as fh:
        return tomllib.load(fh)


@dataclass(frozen=True)
class NameWords:
    titles: frozenset[str]
    title_complements: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    caption_words: frozenset[str]
    event_words: frozenset[str]
    document_words: frozenset[str]
    place_designators: frozenset[str]
    org_heads: frozenset[str]


@lru_cache(maxsize=1)
def name_words() -> NameWords:
    data = _load("names.toml")
    return NameWords(**{field: frozenset(fold(w) for w in data.get(field, ()))
                        for field in NameWords.__dataclass_fields__})


@dataclass(frozen=True)
class Countries:
    by_key: dict[str, str]  # name key of any country name -> canonical country name
    demonyms: dict[str, str]  # name key of a demonym -> canonical country name

    def country(self, surface: str) -> str | None:
        return self.by_key.get(name_key(surface))

    def of_demonym(self, surface: str) -> str | None:
        return self.demonyms.get(name_key(surface))


@lru_cache(maxsize=1)
def countries() -> Countries:
    by_key: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for name, entry in _load("countries.toml").get("countries", {}).items():
        for other in (name, *entry.get("names", ())):
            by_key[name_key(other)] = name
        for word in entry.get("demonyms", ()):
            demonyms[name_key(word)] = name
    return Countries(by_key, demonyms)
