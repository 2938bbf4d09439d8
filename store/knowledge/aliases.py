"""The curated alias file (``store/data/aliases.toml``): names no spelling rule can join."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from store.knowledge.folding import name_key
from store.knowledge.loader import load_data


@dataclass(frozen=True)
class AliasEntry:
    name: str
    type: str
    aliases: tuple[str, ...]
    kind: str | None
    source: str
    part_of: str | None = None  # canonical name of the body it belongs to
    called: tuple[str, ...] = ()  # what news copy calls it in a description ("the alliance")

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@lru_cache(maxsize=1)
def alias_entries() -> tuple[AliasEntry, ...]:
    data = load_data("aliases.toml")
    return tuple(
        AliasEntry(
            name=entry["name"],
            type=entry.get("type", "ORG"),
            aliases=tuple(entry.get("aliases", ())),
            kind=entry.get("kind"),
            source=entry.get("source", ""),
            part_of=entry.get("part_of"),
            called=tuple(entry.get("called", ())),
        )
        for entry in data.get("actor", ())
    )


@lru_cache(maxsize=1)
def alias_index() -> dict[str, int]:
    """Name key of every curated name -> index of its entry. A key listed under two entries
    belongs to the first (the file is read top to bottom)."""
    index: dict[str, int] = {}
    for i, entry in enumerate(alias_entries()):
        for name in entry.names:
            index.setdefault(name_key(name), i)
    return index


def curated_entry(surface: str) -> AliasEntry | None:
    i = alias_index().get(name_key(surface))
    return alias_entries()[i] if i is not None else None


@lru_cache(maxsize=1)
def armed_group_names() -> frozenset[str]:
    """Every name of every armed group in the alias file (members of these count as fighters)."""
    names: set[str] = set()
    for entry in alias_entries():
        if entry.kind == "armed_group":
            names.add(entry.name)
            names.update(entry.aliases)
    return frozenset(names)


@lru_cache(maxsize=1)
def country_spellings() -> dict[str, str]:
    """Name key of each curated other name of a country -> the key of its name ("us", "usa" ->
    "united states"): a body named after its country is one body whichever the name says
    ("US Geological Survey", "United States Geological Survey")."""
    found: dict[str, str] = {}
    for entry in alias_entries():
        if entry.type != "GPE":
            continue
        key = name_key(entry.name)
        for alias in entry.aliases:
            if (alias_key := name_key(alias)) != key:
                found.setdefault(alias_key, key)
    return found
