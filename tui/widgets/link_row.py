"""One linked actor as a list row, shared by the actor screen and the linked-actors dialog."""

from __future__ import annotations

from rich.text import Text

from store.corpus import Corpus
from store.model import Link
from tui.widgets.claim_bar import TYPE_WORDS
from tui.widgets.short_text import short


def link_row(corpus: Corpus, actor_id: str, link: Link, width: int) -> Text:
    """"  12× Khalifa Hifter person": how often they share a sentence, who, and what they are."""
    other = corpus.actor(link.other(actor_id))
    row = Text(f"{link.weight:>4}× ", style="dim", end="")
    row.append(short(other.name, max(width - 24, 8)), style="bold")
    row.append(f" {TYPE_WORDS.get(other.type, other.type.lower())}", style="dim italic")
    return row
