"""The claim bar under the panes: what the focused figure says and how its sources disagree."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from store.corpus import Corpus
from store.model import Article, Figure, Mention
from store.sanitize import one_line
from tui.widgets.marks import NO_COUNTERPART, label

SEPARATOR = " │ "
TYPE_WORDS = {"PERSON": "person", "ORG": "organisation", "NORP": "group", "GPE": "place",
              "LOC": "place", "FAC": "place"}


def where_from(article: Article) -> str:
    """An article in a few words: its outlet, else its title cut short, then its date."""
    name = one_line(article.outlet or article.title, 28)
    date = article.date or "undated"
    if article.date and article.date_inferred:
        date = f"~{date}"
    return f"{name}, {date}"


def describe_figure(corpus: Corpus, figure: Figure,
                    position: tuple[int, int] | None = None) -> Text:
    """The focused figure, its group's verdict, and every value of the group with its source.

    ``position``: (this counterpart's number, how many) while ``c`` cycles through a group."""
    text = Text(end="")
    text.append("▸ ", style="bold")
    text.append(one_line(figure.value, 60), style="bold")
    if figure.counted:
        text.append(f" {one_line(figure.counted, 60)}")
    details = []
    if figure.where:
        details.append(f"where: {one_line(', '.join(figure.where), 80)}")
    if figure.when:
        basis = " (article date)" if figure.when_basis == "article" else ""
        details.append(f"when: {one_line(figure.when, 20)}{basis}")
    details.append(f"source: {one_line(figure.source, 60)}")
    details.append(f"in: {where_from(corpus.article(figure.article))}")
    text.append("  " + " · ".join(details))
    group = corpus.group_of(figure.id)
    text.append("\n")
    if group is None:
        text.append(label(NO_COUNTERPART), style="italic")
        text.append(": no other figure in the corpus counts this")
        return text
    text.append(label(group.verdict), style="bold")
    quantity = f" · {one_line(group.quantity, 60)}" if group.quantity else ""
    text.append(f"{quantity} · spread {group.spread:.2g}× · {len(group.figures)} figures")
    if position is not None:
        text.append(f" · counterpart {position[0]} of {position[1]}", style="bold")
    if group.reason:
        text.append(f" · {one_line(group.reason, 80)}", style="italic")
    text.append("\n")
    members = [figure, *corpus.counterparts(figure.id)]
    members.sort(key=lambda f: (corpus.article(f.article).order, f.start))
    for i, member in enumerate(members):
        if i:
            text.append(SEPARATOR, style="dim")
        this = member.id == figure.id
        text.append("▸" if this else "", style="bold")
        text.append(one_line(member.value, 40), style="bold" if this else "")
        text.append(f" {one_line(member.source, 30)}, {where_from(corpus.article(member.article))}")
    return text


def describe_actor(corpus: Corpus, mention: Mention, position: tuple[int, int] | None) -> Text:
    """The actor under focus: name, type, reach, and which of its mentions this is."""
    text = Text(end="")
    if mention.actor is None:
        return text
    actor = corpus.actor(mention.actor)
    text.append("actor: ", style="dim")
    text.append(one_line(actor.name, 60), style="bold")
    kind = TYPE_WORDS.get(actor.type, actor.type.lower())
    if actor.kind:
        kind = f"{kind}, {one_line(actor.kind.replace('_', ' '), 30)}"
    text.append(f" ({kind}) · {actor.n_mentions} mentions in {len(actor.articles)} articles")
    if position is not None:
        text.append(f" · mention {position[0]} of {position[1]}")
    return text


class ClaimBar(Static):
    """What the focused pane is pointing at, in words."""

    def show_claim(self, parts: list[Text]) -> None:
        shown = [p for p in parts if p.plain]
        if not shown:
            self.update(Text("n: next figure · c: its counterpart · m: next actor · "
                             "a: that actor's next mention · ?: help", style="dim"))
            return
        self.update(Text("\n", end="").join(shown))

    @property
    def plain(self) -> str:
        """The bar's text, for tests and for copying."""
        content = self.content
        return content.plain if isinstance(content, Text) else str(content)
