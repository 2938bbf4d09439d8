"""Store records in a few words: an article's date and origin, counts, spreads, a stretch of text
with the words around it, and a claim as plain text for the clipboard."""

from __future__ import annotations

from rich.text import Text

from store.corpus import Corpus
from store.model import Article, Figure, Mention
from store.sanitize import one_line, visible
from tui.present.marks import verdict_glyph

CONTEXT = 60  # characters either side of a stretch shown in context


def short(text: str | None, limit: int = 200) -> str:
    """Untrusted text as one safe line of at most ``limit`` characters, runs of whitespace (a
    source that spans a line break, say) folded to one space."""
    return one_line(" ".join((text or "").split()), limit)


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def spread_text(spread: float) -> str:
    """"1.3×", "12×", "770×": two significant figures, never an exponent."""
    return f"{spread:.2g}×" if spread < 10 else f"{spread:,.0f}×"


def article_date(article: Article) -> str:
    """The article's date, "~" before one reasoned from the text: "2019-03-24", "~2016-02",
    "undated"."""
    if not article.date:
        return "undated"
    return f"~{article.date}" if article.date_inferred else article.date


def where_from(article: Article, limit: int = 28) -> str:
    """An article in a few words: its outlet, else its title cut short, then its date."""
    return f"{short(article.outlet or article.title, limit)}, {article_date(article)}"


def dated(article: Article, figure: Figure | None = None) -> str:
    """Outlet (when known) and date: "RNZ, 2019-03-24", "~2016-02". With a figure, the period
    the figure is about when it has its own ("RNZ, 2018-07"), else the article's date."""
    date = article_date(article)
    if figure is not None and figure.when and figure.when_basis != "article":
        date = short(figure.when, 20)
    return f"{short(article.outlet, 20)}, {date}" if article.outlet else date


def around(text: str, start: int, end: int, width: int) -> Text:
    """A stretch of text with the words around it on one line, the stretch in bold reverse, cut
    at word boundaries; spacing at its edges kept as it is in the text."""
    name = short(text[start:end], 80)
    room = max((width - len(name)) // 2 - 1, 8)
    before = " ".join(text[max(0, start - CONTEXT):start].split())
    after = " ".join(text[end:end + CONTEXT].split())
    if len(before) > room:
        before = "…" + before[len(before) - room + 1:].partition(" ")[2]
    if len(after) > room:
        after = after[:room - 1].rpartition(" ")[0] + "…"
    gap_before = " " if before and text[start - 1:start].isspace() else ""
    gap_after = " " if after and text[end:end + 1].isspace() else ""
    line = Text(short(before, width) + gap_before, end="")
    line.append(name, style="bold reverse")
    line.append(gap_after + short(after, width))
    return line


def in_context(corpus: Corpus, mention: Mention, width: int) -> Text:
    """A mention with the words around it, on one line."""
    return around(corpus.text(mention.article), mention.start, mention.end, width)


def corpus_summary(corpus: Corpus) -> str:
    """The corpus in one line short enough for an 80-column header."""
    counts = corpus.counts()
    contradictions = len(corpus.conflicts("contradiction"))
    parts = [f"{counts['articles']:,} articles", f"{counts['figures']:,} figures",
             f"{counts['actors']:,} actors", f"{counts['conflicts']:,} conflicts"]
    if contradictions:
        parts[-1] += f", {contradictions:,} {verdict_glyph('contradiction')}"
    return " · ".join(parts)


def claim_text(corpus: Corpus, figure: Figure) -> str:
    """A claim as plain text: value, what, where, when, source, and sentence."""
    article = corpus.article(figure.article)
    sentence = short(corpus.sentence(figure).strip(), 2000)
    lines = [
        f"{figure.value}" + (f" {figure.counted}" if figure.counted else ""),
        f"source: {figure.source} · {where_from(article)} · {article.title}",
        f"\u201c{sentence}\u201d",
    ]
    group = corpus.group_of(figure.id)
    if group is not None:
        lines.append(f"{group.verdict.replace('_', ' ')} in a group of "
                     f"{len(group.figures)} figures (spread {group.spread:.2g}×)")
    return visible("\n".join(lines))



def review_words(figure: Figure) -> str:
    """The reader's judgements of a figure, as one safe line (``Figure.judgement``)."""
    return short(figure.judgement, 120)
