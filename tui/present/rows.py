"""One record as a row of a list: an article, an actor, a linked actor."""

from __future__ import annotations

from rich.text import Text

from store.corpus import Corpus
from store.model import Actor, Article, Link
from tui.present.labels import article_date, short
from tui.present.marks import actor_words


def article_row(article: Article, width: int, sides: str = "") -> list[Text]:
    """Two lines: the title, then date, outlet and counts; ``sides`` names the panes showing it
    ("L", "R" or "LR"), drawn in the margin."""
    margin = Text(f"{sides:<2} ", style="bold reverse" if sides else "", end="")
    title = margin + Text(short(article.title, max(width - 5, 4)), style="bold", end="")
    facts = (f"{article_date(article)} · {short(article.outlet or 'no outlet', 24)} · "
             f"{article.n_figures} fig")
    return [title, Text("   " + short(facts, max(width - 5, 4)), style="dim", end="")]


def actor_row(actor: Actor, width: int) -> list[Text]:
    """One line: the count, the name, the type."""
    kind = actor_words(actor.type, short=True)
    count = f"{actor.n_mentions:>4} "
    room = max(width - len(count) - len(kind) - 4, 4)
    row = Text(count, style="dim", end="")
    row.append(short(actor.name, room).ljust(room), style="bold")
    row.append(f" {kind}", style="dim italic")
    return [row]


def article_label(article: Article, width: int) -> Text:
    """Date, outlet and title: "~2016-02 · RNZ · Caliphate defeated but…"."""
    label = Text(article_date(article), style="dim", end="")
    if article.outlet:
        label.append(f" · {short(article.outlet, 30)}", style="italic")
    label.append(f" · {short(article.title, max(width - len(label.plain) - 3, 8))}")
    return label


def link_row(corpus: Corpus, actor_id: str, link: Link, width: int) -> Text:
    """"  12× Khalifa Hifter person": how often they share a sentence, who, and what they are."""
    other = corpus.actor(link.other(actor_id))
    row = Text(f"{link.weight:>4}× ", style="dim", end="")
    row.append(short(other.name, max(width - 24, 8)), style="bold")
    row.append(f" {actor_words(other.type)}", style="dim italic")
    return row
