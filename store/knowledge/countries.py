"""Countries, their other names and their demonyms (``store/data/countries.toml``), by name key."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from store.knowledge.folding import name_key
from store.knowledge.loader import load_data


@dataclass(frozen=True)
class Countries:
    by_key: dict[str, str]  # name key of any country name -> canonical country name
    demonyms: dict[str, str]  # name key of a demonym -> canonical country name
    # the words before "of" and a state's name in the names only a sovereign state's own bodies
    # or its formal name carry ("central bank", "republic"), folded
    state_titles: tuple[str, ...] = ()

    def country(self, surface: str) -> str | None:
        return self.by_key.get(name_key(surface))

    def of_demonym(self, surface: str) -> str | None:
        return self.demonyms.get(name_key(surface))


@lru_cache(maxsize=1)
def countries() -> Countries:
    by_key: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for name, entry in load_data("countries.toml").get("countries", {}).items():
        for other in (name, *entry.get("names", ())):
            by_key[name_key(other)] = name
        for word in entry.get("demonyms", ()):
            demonyms[name_key(word)] = name
    data = load_data("countries.toml")
    titles = tuple(" ".join(t.lower().split()) for t in data.get("state_titles", ()))
    return Countries(by_key, demonyms, titles)
