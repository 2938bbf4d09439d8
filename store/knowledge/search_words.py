"""Words that name a kind of measure in a search (``store/data/search.toml``): "money" finds
every figure in a currency, "share" every percent and fraction. Loaded once."""

from __future__ import annotations

from functools import lru_cache

from store.knowledge.loader import load_data


@lru_cache(maxsize=1)
def measure_words() -> dict[str, str]:
    """search word (lower case) -> measure ("money", "share")."""
    return {str(k).lower(): str(v) for k, v in load_data("search.toml").get("measures",
                                                                          {}).items()}


@lru_cache(maxsize=1)
def outcome_classes() -> tuple[frozenset[str], int]:
    """The classes a verb beside a number may name ("killed 43 fighters": deaths), and how many
    words either side of the number are read for them."""
    outcomes = load_data("search.toml").get("outcomes", {})
    return frozenset(outcomes.get("classes", ())), int(outcomes.get("window", 3))


def measure_of(unit: str) -> str | None:
    """The measure a figure's unit belongs to: a currency code is money; percent and fraction
    are shares; a counted noun is none."""
    if len(unit) == 3 and unit.isupper():
        return "money"
    if unit in ("percent", "fraction"):
        return "share"
    return None
