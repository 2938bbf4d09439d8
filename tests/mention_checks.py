"""The one check of the mention tables that name which surfaces a text must and must not yield:
each table is a cause of its own, the check is shared."""

from __future__ import annotations


def assert_surfaces(found: set[str], present: list[str], absent: list[str]) -> None:
    """Every surface of ``present`` is a mention found, none of ``absent`` is."""
    for surface in present:
        assert surface in found, f"{surface!r} missing from {found}"
    for surface in absent:
        assert surface not in found, f"{surface!r} should not be a mention: {found}"
