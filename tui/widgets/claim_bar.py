"""The claim bar under the panes: what the focused figure says and how its sources disagree."""

from __future__ import annotations

import bisect
from functools import partial

from rich.text import Text
from textual.widgets import Static

from store.corpus import Corpus
from store.model import Figure, Mention
from tui.present.labels import (
    dated,
    in_context,
    period_label,
    plural,
    review_words,
    revision_text,
    short,
    spread_text,
    where_label,
    whose,
)
from tui.present.marks import (
    NO_COUNTERPART,
    REVIEWED_GLYPH,
    actor_words,
    verdict_glyph,
    verdict_label,
)

SEPARATOR = " │ "


def describe_figure(corpus: Corpus, figure: Figure,
                    position: tuple[int, int] | None = None, width: int = 120) -> Text:
    """The focused figure, its group's verdict, and every value of the group with its source
    (the most disagreeing first, so what a narrow bar cuts off matters least).

    ``position``: (this counterpart's number, how many) while ``c`` cycles through a group;
    ``width``: the bar's width: about two lines of other values are listed (the rest are
    counted, so a group of hundreds costs no more to show than a group of ten), and the
    sentence gets one line."""
    text = Text(end="")
    text.append("▸ ", style="bold")
    text.append(short(figure.value, 60), style="bold")
    if figure.counted and figure.counted.lower() not in figure.value.lower():
        text.append(f" ({short(figure.counted, 60 if width >= 100 else 24)})")
    period = f"period: {period_label(figure)}"
    if width >= 100:  # one line: the places give way first (their note, then themselves)
        line = " · ".join([whose(figure), period])
        for where in ((f"where: {where_label(figure)}", f"where: {', '.join(figure.where)}")
                      if figure.where else ()):
            if len(text.plain) + len(line) + len(where) + 6 <= width:
                line += f" · {short(where, 80)}"
                break
        text.append(" · " + line)
    else:  # at 80 columns one line: the period whole, who says it gives way, no labels
        period = period_label(figure)
        who = figure.source if figure.origin in (figure.source, "the article") else (
            f"{figure.origin}, per {figure.source}")
        room = width - len(text.plain) - len(period) - 7
        text.append(f" · {short(who, max(room, 10))} · {period}")
    review = review_words(figure)
    if review:
        text.append(f" · {REVIEWED_GLYPH} {review}", style="bold")
    sentence = Text("\n“" + short(corpus.sentence(figure), max(width - 4, 20)) + "”",
                    style="italic", end="")
    group = corpus.group_of(figure.id)
    text.append("\n")
    if group is None:
        text.append(verdict_label(NO_COUNTERPART), style="italic")
        text.append(": no other figure in the corpus counts this")
        return text + sentence
    verdict = verdict_label(group.verdict)
    facts = f" · spread {spread_text(group.spread)} · {len(group.figures)} figures"
    cycle = f" · counterpart {position[0]} of {position[1]}" if position is not None else ""
    room = width - len(verdict) - len(facts) - len(cycle) - 4  # the verdict keeps one line
    text.append(verdict, style="bold")
    if any(g.reviewed for g in corpus.groups_of(figure.id)):
        text.append(f" {REVIEWED_GLYPH} verdict by hand", style="bold")
    if group.quantity and room >= 8:
        text.append(f" · {short(group.quantity, room)}")
    text.append(facts)
    text.append(cycle, style="bold")
    room = width - (len(text.plain) - text.plain.rfind("\n")) - 3
    revised = next((r for r in map(partial(revision_text, corpus), corpus.groups_of(figure.id))
                    if r), None)
    reason = revised if group.verdict == "revision" and revised else group.reason
    if reason and room >= 24:
        text.append(f" · {short(reason, room)}", style="italic")
    text.append("\nothers: ", style="dim")
    if revised and reason != revised:  # a revision inside a sharper group still shows
        text.append(f"{verdict_glyph('revision')} {short(revised, width)}{SEPARATOR}",
                    style="italic")
    others = corpus.counterparts(figure.id)
    start = len(text.plain)
    for i, member in enumerate(others):
        if len(text.plain) - start > 3 * width // 2 - 50:
            text.append(f"{SEPARATOR}… {len(others) - i} more (v: conflicts)", style="dim")
            break
        if i:
            text.append(SEPARATOR, style="dim")
        text.append(short(member.value, 40), style="bold")
        when = dated(corpus.article(member.article), member)
        text.append(f" {short(member.source, 30)} ({when})")
    return text + sentence


def describe_actor(corpus: Corpus, mention: Mention, position: tuple[int, int] | None,
                   width: int = 120) -> Text:
    """The actor under focus: name, type, reach, and which of its mentions this is."""
    text = Text(end="")
    if mention.actor is None:
        return text
    actor = corpus.actor(mention.actor)
    text.append("actor: ", style="dim")
    text.append(short(actor.name, 60), style="bold")
    kind = actor_words(actor.type)
    if actor.kind:
        kind = f"{kind}, {short(actor.kind.replace('_', ' '), 30)}"
    text.append(f" ({kind}) · {plural(actor.n_mentions, 'mention')} in "
                f"{plural(len(actor.articles), 'article')}")
    if position is not None:
        text.append(f" · mention {position[0]} of {position[1]}")
    text.append("\n")
    text.append_text(in_context(corpus, mention, width - 2))
    text.append("\na", style="bold")
    text.append("/")
    text.append("A", style="bold")
    text.append(" next/previous mention anywhere · ")
    text.append("l", style="bold")
    text.append(" actors named with it · ")
    text.append("i", style="bold")
    text.append(" every mention, by article")
    return text


def legend(width: int = 120) -> Text:
    """What the bar shows before anything is focused: the keys to start with and the marks."""
    wide = width >= 100
    text = Text(end="")
    keys = [("n", "next figure"), ("c", "most disagreeing counterpart" if wide else "counterpart"),
            ("m", "next name"), ("a", "its next mention anywhere" if wide else "actor's next"),
            ("?", "all keys")]
    for i, (key, words) in enumerate(keys):
        text.append(" · " if i else "")
        text.append(key, style="bold")
        text.append(f" {words}")
    text.append("\n")
    number = "14,000" if wide else "12"
    marks = ((f"{number}✗", "bold underline", "contradiction"),
             (f"{number}✎", "underline2", "revision"),
             (f"{number}↻", "italic underline", "change over time" if wide else "over time"),
             (f"{number}✓", "underline", "consistent"),
             (number, "underline", "no counterpart" if wide else "alone"))
    for mark, style, words in marks:
        text.append(mark, style=style)
        text.append(f" {words}  ")
    text.append("\nnames: ")
    text.append("person", style="italic")
    text.append("  ")
    text.append("organisation or group", style="bold")
    text.append("  ")
    text.append("place", style="bold italic")
    return text


class ClaimBar(Static):
    """What the focused pane is pointing at, in words. The bar has a fixed height, so a new claim
    never moves the panes or re-lays the screen."""

    def __init__(self, corpus: Corpus, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.showing_legend = False
        self._mention_keys: dict[str, list[tuple[int, int]]] = {}

    @property
    def room(self) -> int:
        return max(self.content_size.width, 40)

    def on_resize(self) -> None:
        if self.showing_legend:
            self.update(legend(self.content_size.width), layout=False)

    def show_figure(self, figure: Figure, position: tuple[int, int] | None = None) -> None:
        """A figure and its group; ``position``: which counterpart of how many ``c`` is on."""
        self._show(describe_figure(self.corpus, figure, position, self.room))

    def show_mention(self, mention: Mention) -> None:
        """The actor under focus, and which of its mentions this is."""
        self._show(describe_actor(self.corpus, mention, self.mention_position(mention),
                                  self.room))

    def show_legend(self) -> None:
        self._show(Text(end=""))

    def _show(self, text: Text) -> None:
        self.showing_legend = not text.plain
        self.update(legend(self.content_size.width) if self.showing_legend else text,
                    layout=False)

    def mention_position(self, mention: Mention) -> tuple[int, int] | None:
        """(n, of how many) among the actor's mentions in corpus order; a bisect once the
        actor's mentions are listed."""
        actor_id = mention.actor
        if actor_id is None:
            return None
        keys = self._mention_keys.get(actor_id)
        if keys is None:
            keys = [(self.corpus.article(m.article).order, m.start)
                    for m in self.corpus.mentions(actor_id)]
            self._mention_keys[actor_id] = keys
        key = (self.corpus.article(mention.article).order, mention.start)
        i = bisect.bisect_left(keys, key)
        return (i + 1, len(keys)) if i < len(keys) and keys[i] == key else None

    @property
    def plain(self) -> str:
        """The bar's text, for tests and for copying."""
        content = self.content
        return content.plain if isinstance(content, Text) else str(content)
