"""The records of a claim store, as the read API hands them out.

Rows in the TinyDB file are plain dicts (see docs/schema.md); these frozen dataclasses are what
the reader and the command line see, so a schema change touches one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 4
# What the extraction reads from a text; raised whenever it changes, so that a re-ingest re-reads
# an unchanged file that an older extraction read (``store.ingest.pipeline``).
EXTRACTOR_VERSION = 79
APP_NAME = "claimscope"
TOOL_VERSION = "0.1.0"  # written into a store's meta row; ``store.__version__``

TABLES = ("meta", "articles", "figures", "mentions", "actors", "links", "conflicts", "user")
VERDICTS = ("contradiction", "revision", "change_over_time", "consistent")
GROUPINGS = ("quantity", "period", "estimate")
# the date basis of an article dated only by its file's modification time, in stores written
# before ingest stopped reading it: when the file was copied, not when anything happened
# (grouping dates no figure by it)
FILE_TIME = "file modification time"


def read_by_older_extraction(article_row: dict) -> bool:
    """Whether an article's figures and mentions come from an older extraction than this
    program's: they may differ from what it reads now, and ``claimscope ingest --refresh`` reads
    the article again (a row without a version was read before versions were kept)."""
    version = article_row.get("extractor")
    return not isinstance(version, int) or version < EXTRACTOR_VERSION


def corpus_order(article_row: dict) -> tuple[str, str, str]:
    """Sort key of an article row in corpus order: by date (undated last), then file name."""
    return (article_row.get("date") or "9999", article_row.get("file", ""), article_row["id"])


def in_corpus_order(table: dict[str, Any]) -> dict[str, Any]:
    """The articles table (doc id -> row) with its rows in corpus order, the doc ids kept: the
    writer sorts once so that an open need not (``store.checked`` notes it). A table with a row
    that has no order (not a dict, an id or a file that is not text) is returned as it is."""
    try:
        return dict(sorted(table.items(), key=lambda item: corpus_order(item[1])))
    except (TypeError, KeyError, AttributeError):
        return table


def is_in_corpus_order(rows: Iterable[Any]) -> bool:
    """Whether article rows come in corpus order, each with the shape that order needs."""
    before: tuple[str, str, str] | None = None
    for row in rows:
        if not isinstance(row, dict):
            return False
        key = corpus_order(row)
        if not all(type(part) is str for part in key) or (before is not None and key < before):
            return False
        before = key
    return True


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    file: str
    path: str
    title: str
    outlet: str | None
    date: str | None
    date_inferred: bool
    date_basis: str | None
    url: str | None
    order: int  # position in corpus order (by date, then file name)
    n_figures: int
    n_mentions: int
    note: str | None = None  # e.g. the encoding it was decoded from

    @classmethod
    def from_row(cls, row: dict, order: int) -> Article:
        return cls(
            id=row["id"],
            file=row["file"],
            path=row.get("path", row["file"]),
            title=row.get("title") or row["file"],
            outlet=row.get("outlet"),
            date=row.get("date"),
            date_inferred=bool(row.get("date_inferred")),
            date_basis=row.get("date_basis"),
            url=row.get("url"),
            order=order,
            n_figures=row.get("n_figures", 0),
            n_mentions=row.get("n_mentions", 0),
            note=row.get("note"),
        )


@dataclass(frozen=True, slots=True)
class Figure:
    id: str
    article: str
    start: int
    end: int
    text: str
    low: float
    high: float
    approx: str
    unit: str
    counted: str | None
    group: str | None
    where: tuple[str, ...]
    when: str | None
    when_basis: str | None
    source: str
    sentence: tuple[int, int]
    reported: str | None = None  # the article's date
    period: str | None = None  # the time it describes
    period_basis: str | None = None  # "stated", "event", "projected" or "reported"
    event: str | None = None  # the bounded event it belongs to
    origin: str = "the article"  # whose estimate it is
    origin_kind: str | None = None  # "study", "toll", "survey"...
    revises: str | None = None  # id of the figure it replaces
    where_basis: str | None = None  # "article": the article's own place, not the sentence's
    judged: tuple[str, ...] = ()  # the reader's judgements of it: "misread", "correct", "move"
    moved_to: str | None = None  # the quantity key it was moved to; "" for out of its groups
    was: str | None = None  # what the grammar read, in words, when it was corrected

    @classmethod
    def from_row(cls, row: dict) -> Figure:
        return cls(
            id=row["id"],
            article=row["article"],
            start=row["start"],
            end=row["end"],
            text=row["text"],
            low=row["low"],
            high=row["high"],
            approx=row["approx"],
            unit=row["unit"],
            counted=row.get("counted"),
            group=row.get("group"),
            where=tuple(row.get("where") or ()),
            when=row.get("when"),
            when_basis=row.get("when_basis"),
            source=row.get("source") or "the article",
            sentence=tuple(row.get("sentence") or (row["start"], row["end"])),
            reported=row.get("reported"),
            period=row.get("period"),
            period_basis=row.get("period_basis"),
            event=row.get("event"),
            origin=row.get("origin") or row.get("source") or "the article",
            origin_kind=row.get("origin_kind"),
            revises=row.get("revises"),
            where_basis=row.get("where_basis"),
            judged=tuple(str(j) for j in row.get("judged") or ()),
            moved_to=row.get("moved_to") if isinstance(row.get("moved_to"), str) else None,
            was=_read_as(row),
        )

    @property
    def misread(self) -> bool:
        """Marked by the reader as wrongly read: it stays, struck through, in no group."""
        return "misread" in self.judged

    @property
    def judgement(self) -> str:
        """The reader's judgements of it in a few words: "wrongly read", "corrected (read as
        33,000 fighters)", "moved"; empty when it was not judged. Untrusted text: sanitise it."""
        parts = []
        if self.misread:
            parts.append("wrongly read")
        if self.was:
            parts.append(f"corrected (read as {self.was})")
        if self.moved_to is not None:
            parts.append("moved out of its groups" if self.moved_to == "" else "moved")
        return "; ".join(parts)

    @property
    def value(self) -> str:
        """The value in words a reader scans quickly: "about 100", "14,000-18,000 USD"."""
        return describe_value(self.low, self.high, self.approx, self.unit)


def _read_as(row: dict) -> str | None:
    """What the grammar read of a corrected figure, in words: "30,000; counted: troops"."""
    kept = row.get("read_as")
    if not isinstance(kept, dict) or not kept:
        return None
    parts = []
    if "low" in kept or "high" in kept or "unit" in kept:
        parts.append(describe_value(kept.get("low", row["low"]), kept.get("high", row["high"]),
                                    kept.get("approx", row["approx"]),
                                    kept.get("unit", row["unit"])))
    for name, field_name in (("counted", "counted"), ("where", "where"), ("period", "period"),
                             ("origin", "origin")):
        if field_name in kept:
            value = kept[field_name]
            value = ", ".join(value) if isinstance(value, list) else value
            parts.append(f"{name}: {value or '-'}")
    return "; ".join(str(p) for p in parts) or None


@dataclass(frozen=True, slots=True)
class Mention:
    article: str
    start: int
    end: int
    actor: str | None
    label: str


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    n_mentions: int
    articles: tuple[str, ...]
    kind: str | None = None
    part_of: str | None = None  # id of the actor it is a part of
    # descriptions resolved to it: (article, start, end, why), e.g. "the ministry"
    reasons: tuple[tuple[str, int, int, str], ...] = ()
    edits: tuple[str, ...] = ()  # the reader's merges and splits that shaped it, in words

    @classmethod
    def from_row(cls, row: dict) -> Actor:
        reasons = []
        for r in row.get("reasons") or ():
            if isinstance(r, list | tuple) and len(r) == 4:
                reasons.append((str(r[0]), int(r[1]), int(r[2]), str(r[3])))
        return cls(
            id=row["id"], name=row["name"], type=actor_type(row),
            aliases=tuple(row.get("aliases") or ()), n_mentions=row.get("n_mentions", 0),
            articles=tuple(row.get("articles") or ()), kind=row.get("kind"),
            part_of=row.get("part_of") if isinstance(row.get("part_of"), str) else None,
            reasons=tuple(reasons), edits=tuple(str(e) for e in row.get("edits") or ()),
        )


def actor_type(row: dict) -> str:
    """An actor row's type: the schema lets it be null (OPT_TEXT), which reads as an absent
    type does."""
    return row.get("type") or "ORG"


#: how a typed name found an actor, best first (``store.actors.lookup``)
MATCH_KINDS = ("exact", "alias", "word", "variant", "prefix", "close")


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """An actor a typed name found, how (one of ``MATCH_KINDS``), and the corpus's spelling of
    what matched ("Haftar" finds Khalifa Hifter, written "Khalifa Hifter")."""

    actor: Actor
    how: str
    written: str


@dataclass(frozen=True, slots=True)
class Link:
    a: str
    b: str
    weight: int
    sentences: tuple[tuple[str, int, int], ...] = field(default=())

    def other(self, actor_id: str) -> str:
        return self.b if self.a == actor_id else self.a


@dataclass(frozen=True, slots=True)
class ConflictGroup:
    id: str
    quantity: str
    verdict: str
    spread: float
    reason: str
    figures: tuple[str, ...]
    parent: str | None = None  # the enclosing group (a quantity holds periods and estimates)
    kind: str = "quantity"  # "quantity", "period" or "estimate"
    pair: tuple[str, str] | None = None  # the two figures the reason names, the earlier first
    note: str | None = None  # the reader's note, when the verdict was set by hand
    computed: str | None = None  # the verdict the rules gave, when it was set by hand

    @property
    def reviewed(self) -> bool:
        return self.computed is not None

    @classmethod
    def from_row(cls, row: dict, figures: Sequence[str] | None = None) -> ConflictGroup:
        """``figures``: the members when the row does not hold them (a store's part keeps them,
        read when first used)."""
        figures = tuple(row.get("figures", ())) if figures is None else figures
        pair = row.get("pair")
        return cls(
            id=row["id"],
            quantity=row.get("quantity", ""),
            verdict=row["verdict"],
            spread=row.get("spread", 1.0),
            reason=row.get("reason", ""),
            figures=figures,
            parent=row.get("parent") if isinstance(row.get("parent"), str) else None,
            kind=row.get("kind") if isinstance(row.get("kind"), str) else "quantity",
            pair=(pair[0], pair[1]) if pair and len(pair) == 2 else _widest_pair(
                figures, row.get("values") or {}),
            note=row.get("note") if isinstance(row.get("note"), str) else None,
            computed=(row["computed"].get("verdict") if isinstance(row.get("computed"), dict)
                      else None),
        )


def _widest_pair(figures: tuple[str, ...], values: dict) -> tuple[str, str] | None:
    """For a store written before the pair was kept: the figures with the lowest and the highest
    midpoint, in the group's order."""
    valued = [f for f in figures if f in values]
    if len(valued) < 2:
        return None

    def mid(figure_id: str) -> float:
        low, high = values[figure_id][:2]
        return (low + high) / 2

    low, high = min(valued, key=mid), max(valued, key=mid)
    if low == high:
        low, high = valued[0], valued[1]
    first, second = sorted((low, high), key=valued.index)
    return first, second


APPROX_WORDS = {
    "about": "about ",
    "up_to": "up to ",
    "at_least": "at least ",
    "more_than": "more than ",
    "exact": "",
    "range": "",
}
CURRENCY_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "INR": "₹"}


def format_number(value: float) -> str:
    """Compact, exact enough for a claim bar: 4 billion, 1.5 million, 14,000, 0.33."""
    if value != value:  # NaN never comes from the grammar, but a store is untrusted input
        return "?"
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            # as many digits as the figure has, so the bar never rounds what the text says
            # ("1.875 billion", not "1.88"); a count given to the unit stays whole (2,268,117)
            scaled = f"{value / size:,.6g}"
            if len(scaled.partition(".")[2]) > 3 and float(value).is_integer():
                return f"{int(value):,}"
            return f"{scaled} {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4g}"


_ORDINALS = {2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters"),
             5: ("fifth", "fifths"), 6: ("sixth", "sixths"), 8: ("eighth", "eighths"),
             10: ("tenth", "tenths")}
_CARDINALS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def fraction_words(value: float) -> str | None:
    """A share as a reporter writes it: 0.333 -> "one third", 0.75 -> "three quarters",
    0.5 -> "half"; None when it is no simple fraction (it is then shown as a number)."""
    for denominator, (one, many) in _ORDINALS.items():
        numerator = round(value * denominator)
        if 0 < numerator < denominator and abs(value - numerator / denominator) < 0.002:
            if denominator == 2:
                return "half"
            if numerator == 1:
                return f"one {one}"
            if all(numerator % d for d in range(2, numerator + 1) if denominator % d == 0):
                return f"{_CARDINALS[numerator]} {many}"
    if 0 < value < 0.001:  # odds: "one in 45 million" reads better than 2.222e-08
        odds = 1 / value
        whole = float(f"{odds:.3g}")
        if abs(odds - whole) <= 0.001 * whole:
            return f"one in {format_number(whole)}"
    return None


def describe_value(low: float, high: float, approx: str, unit: str) -> str:
    amount = format_number(low) if low == high else f"{format_number(low)}-{format_number(high)}"
    if unit == "fraction":
        words = [fraction_words(v) for v in ((low,) if low == high else (low, high))]
        if all(words):
            amount = "-".join(w for w in words if w)
    prefix = APPROX_WORDS.get(approx, "")
    if unit in CURRENCY_SIGNS:
        return f"{prefix}{CURRENCY_SIGNS[unit]}{amount}"
    if unit == "percent":
        return f"{prefix}{amount}%"
    if unit == "fraction":
        return f"{prefix}{amount} (share)"
    if unit == "count":
        return f"{prefix}{amount}"
    return f"{prefix}{amount} {unit}"
