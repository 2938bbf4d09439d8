"""Store text squeezed onto one line of a list, a bar or a title."""

from __future__ import annotations

from store.sanitize import one_line


def short(text: str | None, limit: int = 200) -> str:
    """Untrusted text as one safe line of at most ``limit`` characters, runs of whitespace (a
    source that spans a line break, say) folded to one space."""
    return one_line(" ".join((text or "").split()), limit)
