"""Curated word lists for the figure grammar, loaded once from ``store/data/units.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Lexicon:
    currency_symbols: dict[str, str]  # longest symbol first
    currency_codes: list[str]
    currency_words: dict[str, str]  # lower-case word -> code
    scale_words: dict[str, float]
    scale_suffixes: dict[str, float]
    percent_words: list[str]
    measures: dict[str, str]  # lower-case phrase -> unit code
    time_words: frozenset[str]
    count_classes: dict[str, str]  # noun lemma -> unit class
    armed_count_classes: dict[str, str]


def load_data(name: str) -> dict:
    """Parse a TOML file shipped in ``store/data``."""
    with resources.files("store.data").joinpath(name).open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = load_data("units.toml")
    symbols = data["currency"]["symbols"]

    def classes(table: dict[str, list[str]]) -> dict[str, str]:
        return {noun.lower(): unit for unit, nouns in table.items() for noun in nouns}

    return Lexicon(
        currency_symbols=dict(sorted(symbols.items(), key=lambda kv: -len(kv[0]))),
        currency_codes=list(data["currency"]["codes"]["codes"]),
        currency_words={k.lower(): v for k, v in data["currency"]["words"].items()},
        scale_words={k.lower(): float(v) for k, v in data["scale"]["words"].items()},
        scale_suffixes={k.lower(): float(v) for k, v in data["scale"]["suffixes"].items()},
        percent_words=list(data["percent"]["words"]),
        measures={k.lower(): v[0] for k, v in data["measure"].items()},
        time_words=frozenset(w.lower() for w in data["time"]["words"]),
        count_classes=classes(data["count_classes"]),
        armed_count_classes=classes(data["count_classes_armed"]),
    )
