"""The head words of bodies' names in other languages and their English words (the
``foreign_heads`` table of ``store/data/names.toml``): "Banco de México" is keyed as "Bank of
Mexico" is. Folded, loaded once."""

from __future__ import annotations

from functools import lru_cache

from store.knowledge.folding import fold
from store.knowledge.loader import load_data


@lru_cache(maxsize=1)
def foreign_heads() -> dict[str, str]:
    """Folded foreign head word -> its folded English word ("banco" -> "bank")."""
    table = load_data("names.toml").get("foreign_heads", {})
    return {fold(word): fold(english) for word, english in table.items()}
