"""Number words (``store/data/number_words.toml``): cardinals, tens, fraction words with their
denominators, vague plural magnitudes with the least they mean, and the words that keep a
hyphenated number a count. Loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from store.knowledge.loader import load_data


@dataclass(frozen=True)
class NumberWords:
    cardinals: dict[str, int]  # "zero" .. "nineteen"
    tens: dict[str, int]  # "twenty" .. "ninety"
    fractions: dict[str, int]  # fraction word -> denominator
    vague: dict[str, float]  # "hundreds" -> 100
    glued: frozenset[str]  # "strong" in "5,000-strong"
    multipliers: list[str]  # words after "N times" that make it a ratio ("higher", "the")
    single_multipliers: dict[str, float]  # "twice" -> 2: a ratio in one word
    range_pairs: list[tuple[str, str]]  # ("as low as", "as high as"): one range, two bounds


@lru_cache(maxsize=1)
def number_words() -> NumberWords:
    data = load_data("number_words.toml")
    return NumberWords(
        cardinals=dict(data["cardinals"]),
        tens=dict(data["tens"]),
        fractions=dict(data["fractions"]),
        vague=dict(data["vague"]),
        glued=frozenset(data["glued"]["words"]),
        multipliers=list(data["multipliers"]["comparatives"]),
        single_multipliers={k.lower(): float(v)
                            for k, v in data["multipliers"].get("single", {}).items()},
        range_pairs=[(a, b) for a, b in data["range_pairs"]["pairs"]],
    )
