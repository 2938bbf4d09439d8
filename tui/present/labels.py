"""Store records in a few words: an article's date and origin, counts, spreads, a stretch of text
with the words around it, and a claim as plain text for the clipboard."""

from __future__ import annotations

from rich.text import Text

from store.corpus import Corpus
from store.model import Article, ConflictGroup, Figure, Mention
from store.sanitize import one_line, visible
from tui.present.marks import verdict_count

CONTEXT = 60  # characters either side of a stretch shown in context


def short(text: str | None, limit: int = 200) -> str:
    """Untrusted text as one safe line of at most ``limit`` characters, runs of whitespace (a
    source that spans a line break, say) folded to one space."""
    return one_line(" ".join((text or "").split()), limit)


def plural(n: int, word: str, many: str | None = None) -> str:
    """"1 article", "2 articles"; ``many`` for a word whose plural is not an added s."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {many or word + 's'}"


def spread_text(spread: float) -> str:
    """"1.3×", "12×", "770×": two significant figures, never an exponent; three below 1.1, so
    a contradiction between close figures ("116,350" against "118,000") never reads "1×"."""
    if spread < 1.1:
        return f"{spread:.3g}×"
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
    the figure states when it states one ("RNZ, 2018-07"), else the article's date."""
    date = figure_date(article, figure)
    return f"{short(article.outlet, 20)}, {date}" if article.outlet else date


def figure_date(article: Article, figure: Figure | None = None) -> str:
    """The date a figure is shown with: the period it states, else its article's date."""
    if figure is not None and figure.period and figure.period_basis == "stated":
        return short(figure.period, 20)
    if (figure is not None and figure.period_basis is None and figure.when
            and figure.when_basis != "article"):  # a store written before periods
        return short(figure.when, 20)
    return article_date(article)


def period_label(figure: Figure) -> str:
    """The time a figure describes and how that is known: "2019 (stated)", "the event (Typhoon
    Orwen)", "2024-03 (article date)"; a store written before periods, its ``when``."""
    basis = figure.period_basis
    if basis == "event":
        return f"the event ({short(figure.event, 40)})" if figure.event else "the event"
    if basis == "projected":  # "will cost 9 billion": the outcome projected, whenever said
        return "the projected outcome"
    if figure.period and basis in ("stated", "reported"):
        words = "stated" if basis == "stated" else "article date"
        return f"{short(figure.period, 24)} ({words})"
    if figure.when:
        return short(figure.when, 24) + (" (article date)" if figure.when_basis == "article"
                                         else "")
    return "undated"


def whose(figure: Figure) -> str:
    """Who a figure is from: its source, and whose estimate it is when that is someone else
    ("origin: a Kestrel Institute study, per Reuters")."""
    origin, source = figure.origin, figure.source
    if origin and origin not in (source, "the article"):
        return f"origin: {short(origin, 50)}, per {short(source, 40)}"
    return f"source: {short(source, 60)}"


def where_label(figure: Figure) -> str:
    """The figure's places, and whether they are the article's own rather than its sentence's."""
    places = short(", ".join(figure.where), 80)
    return f"{places} (the article's place)" if figure.where_basis == "article" else places


def revision_text(corpus: Corpus, group: ConflictGroup) -> str | None:
    """A revision group in a sentence to quote: "revised by the DRW from 27 deaths
    (2023-06-11) to 468 deaths (2023-06-29)"; None for another verdict."""
    if group.verdict != "revision" or not group.pair:
        return None
    if not all(corpus.has_figure(f) for f in group.pair):
        return None
    old, new = (corpus.figure(f) for f in group.pair)

    def when(fig: Figure) -> str:
        return short(fig.reported, 20) if fig.reported else article_date(
            corpus.article(fig.article))

    return (f"revised by {short(new.origin, 50)} from {short(old.value, 40)} ({when(old)}) "
            f"to {short(new.value, 40)} ({when(new)})")


def short_ids(article_ids: list[str], least: int = 3) -> dict[str, str]:
    """Each article id cut to its shortest prefix (``least`` characters or more) that no other id
    starts with, as ``git`` shortens hashes: "001_a097d46d8311fdca" -> "001". An id that begins
    another one stays whole."""
    ordered = sorted(article_ids)
    shown: dict[str, str] = {}
    for i, article_id in enumerate(ordered):
        neighbours = ordered[max(i - 1, 0):i] + ordered[i + 1:i + 2]
        need = least
        for other in neighbours:
            common = 0
            while (common < min(len(other), len(article_id))
                   and other[common] == article_id[common]):
                common += 1
            need = max(need, common + 1)
        shown[article_id] = article_id[:need]
    return shown


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


def corpus_summary(corpus: Corpus, short: bool = False,
                   verdicts: dict[str, int] | None = None) -> str:
    """The corpus in one line: contradictions counted apart from the groups that merely agree
    ("1 ✗ contradiction · 5 groups"; ``short``, for an 80-column header: "1 ✗ · 5 groups").
    ``verdicts``: ``verdict_counts(corpus)``; None leaves the groups out (not counted yet: the
    reader's header before its first paint)."""
    counts = corpus.counts()
    parts = [plural(counts["articles"], "article"), plural(counts["figures"], "figure"),
             plural(counts["actors"], "actor")]
    if verdicts is None:
        return " · ".join(parts)
    if verdicts["contradiction"]:
        parts.append(f"{verdicts['contradiction']:,} ✗" if short
                     else verdict_count("contradiction", verdicts["contradiction"]))
    parts.append(plural(verdicts["groups"], "group"))
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
