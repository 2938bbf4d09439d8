"""Conflict grouping (first cut: not yet grouped)."""

from __future__ import annotations

from store.db import WriteSession


def rebuild_conflicts(session: WriteSession) -> int:
    session.table("conflicts").truncate()
    return 0
