"""Words that read tables (``store/data/context.toml`` [tables])."""

from __future__ import annotations

from functools import lru_cache

from store.knowledge.loader import load_data


@lru_cache(maxsize=1)
def place_headers() -> frozenset[str]:
    """Column headers whose cells name places ("City", "Province"), singular, lower case."""
    words = load_data("context.toml").get("tables", {}).get("place_headers", ())
    return frozenset(w.lower() for w in words)
