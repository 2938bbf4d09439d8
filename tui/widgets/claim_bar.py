"""The claim bar under the panes: what the focused figure says and how its sources disagree."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from store.corpus import Corpus
from store.model import Article, Figure, Mention
from tui.widgets.marks import NO_COUNTERPART, label
from tui.widgets.short_text import short

SEPARATOR = " │ "
TYPE_WORDS = {"PERSON": "person", "ORG": "organisation", "NORP": "group", "GPE": "place",
              "LOC": "place", "FAC": "place"}


def where_from(article: Article, limit: int = 28) -> str:
    """An article in a few words: its outlet, else its title cut short, then its date."""
    name = short(article.outlet or article.title, limit)
    date = article.date or "undated"
    if article.date and article.date_inferred:
        date = f"~{date}"
    return f"{name}, {date}"


def dated(article: Article) -> str:
    """Outlet (when known) and date: "RNZ, 2019-03-24", "~2016-02"."""
    date = article.date or "undated"
    if article.date and article.date_inferred:
        date = f"~{date}"
    return f"{short(article.outlet, 20)}, {date}" if article.outlet else date


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def spread_text(spread: float) -> str:
    """"1.3×", "12×", "770×": two significant figures, never an exponent."""
    return f"{spread:.2g}×" if spread < 10 else f"{spread:,.0f}×"


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
        text.append(f" ({short(figure.counted, 60)})")
    details = [f"source: {short(figure.source, 60)}"]
    if figure.when:
        wide = width >= 100  # at 80 columns every word of the bar counts
        basis = " (article date)" if figure.when_basis == "article" and wide else ""
        details.append(f"when: {short(figure.when, 20)}{basis}")
    if figure.where and width >= 100:
        details.append(f"where: {short(', '.join(figure.where), 80)}")
    text.append(" · " + " · ".join(details))
    sentence = Text("\n“" + short(corpus.sentence(figure), max(width - 4, 20)) + "”",
                    style="italic", end="")
    group = corpus.group_of(figure.id)
    text.append("\n")
    if group is None:
        text.append(label(NO_COUNTERPART), style="italic")
        text.append(": no other figure in the corpus counts this")
        return text + sentence
    text.append(label(group.verdict), style="bold")
    quantity = f" · {short(group.quantity, 60)}" if group.quantity else ""
    text.append(f"{quantity} · spread {spread_text(group.spread)} · {len(group.figures)} figures")
    if position is not None:
        text.append(f" · counterpart {position[0]} of {position[1]}", style="bold")
    if group.reason and width >= 100:
        text.append(f" · {short(group.reason, 80)}", style="italic")
    text.append("\nothers: ", style="dim")
    others = corpus.counterparts(figure.id)
    start = len(text.plain)
    for i, member in enumerate(others):
        if len(text.plain) - start > 3 * width // 2 - 30:
            text.append(f"{SEPARATOR}… {len(others) - i} more (v: conflicts)", style="dim")
            break
        if i:
            text.append(SEPARATOR, style="dim")
        text.append(short(member.value, 40), style="bold")
        text.append(f" {short(member.source, 30)} ({dated(corpus.article(member.article))})")
    return text + sentence


def describe_actor(corpus: Corpus, mention: Mention, position: tuple[int, int] | None) -> Text:
    """The actor under focus: name, type, reach, and which of its mentions this is."""
    text = Text(end="")
    if mention.actor is None:
        return text
    actor = corpus.actor(mention.actor)
    text.append("actor: ", style="dim")
    text.append(short(actor.name, 60), style="bold")
    kind = TYPE_WORDS.get(actor.type, actor.type.lower())
    if actor.kind:
        kind = f"{kind}, {short(actor.kind.replace('_', ' '), 30)}"
    text.append(f" ({kind}) · {plural(actor.n_mentions, 'mention')} in "
                f"{plural(len(actor.articles), 'article')}")
    if position is not None:
        text.append(f" · mention {position[0]} of {position[1]}")
    return text


def legend() -> Text:
    """What the bar shows before anything is focused: the keys to start with and the marks."""
    text = Text("n", style="bold", end="")
    text.append(" next figure · ")
    text.append("c", style="bold")
    text.append(" most disagreeing counterpart · ")
    text.append("m", style="bold")
    text.append(" next name · ")
    text.append("a", style="bold")
    text.append(" its next mention anywhere · ")
    text.append("?", style="bold")
    text.append(" all keys\nfigures: ")
    text.append("14,000✗", style="bold underline")
    text.append(" contradiction  ")
    text.append("14,000↻", style="italic underline")
    text.append(" change over time  ")
    text.append("14,000✓", style="underline")
    text.append(" consistent  ")
    text.append("14,000", style="underline")
    text.append(" no counterpart\nnames: ")
    text.append("person", style="italic")
    text.append("  ")
    text.append("organisation or group", style="bold")
    text.append("  ")
    text.append("place", style="bold italic")
    return text


class ClaimBar(Static):
    """What the focused pane is pointing at, in words."""

    def show_claim(self, parts: list[Text]) -> None:
        shown = [p for p in parts if p.plain]
        # the bar has a fixed height, so a new claim never moves the panes or re-lays the screen
        if not shown:
            self.update(legend(), layout=False)
            return
        self.update(Text("\n", end="").join(shown), layout=False)

    @property
    def plain(self) -> str:
        """The bar's text, for tests and for copying."""
        content = self.content
        return content.plain if isinstance(content, Text) else str(content)
