"""Romanisation traditions that write one name's sounds differently (``store/data/spellings.toml``):
each a list of rewrites applied together to a lowercase word, and the shortest word they apply
to. Loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from store.knowledge.loader import load_data


@dataclass(frozen=True)
class Tradition:
    name: str
    rules: tuple[tuple[re.Pattern[str], str], ...]
    min_length: int = 0
    surname_rules: tuple[tuple[re.Pattern[str], str], ...] = ()

    def respell(self, word: str, surname: bool = False) -> str:
        """``word`` (lowercase, folded) as this tradition's rules write it; a name's last word
        (``surname``) by its surname rules too."""
        if len(word) < self.min_length:
            return word
        for pattern, sound in (*self.rules, *(self.surname_rules if surname else ())):
            word = pattern.sub(sound, word)
        return word


@lru_cache(maxsize=1)
def traditions() -> tuple[Tradition, ...]:
    data = load_data("spellings.toml")
    return tuple(
        Tradition(t["name"], tuple((re.compile(p), s) for p, s in t["rules"]),
                  int(t.get("min_length", 0)),
                  tuple((re.compile(p), s) for p, s in t.get("surname_rules", ())))
        for t in data.get("traditions", []))
