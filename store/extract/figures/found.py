"""A figure as the grammar finds it: its span in the text, its value, and what the other rules
fill in (qualifier, counted noun, group, places, period, source). ``row`` is the stored form."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class FoundFigure:
    """One figure as found; ``row()`` is what the store keeps (docs/schema.md gives every field)."""

    start: int
    end: int
    text: str
    low: float
    high: float
    approx: str
    unit: str
    counted: str | None
    counted_head: str | None
    group: str | None
    where: list[str]
    where_basis: str | None
    when: str | None
    when_basis: str | None
    source: str
    source_basis: str
    sentence: tuple[int, int]
    inherited: bool = False
    rate: str | None = None
    reported: str | None = None  # the article's date: when the figure was printed
    period: str | None = None  # the time it describes (see ``figures.period``)
    period_basis: str | None = None  # "stated", "event", "projected" or "reported"
    event: str | None = None  # the bounded event it belongs to, if any
    origin: str = "the article"  # whose estimate it is (see ``figures.origin``)
    origin_kind: str | None = None  # the authored noun: "study", "toll", "survey"
    origin_basis: str = "article"


    revises: int | None = None  # start of the figure this one replaces ("raised from X to Y")

    @property
    def base_unit(self) -> str:
        """The unit without the rate it is given per ("NGN per litre" is NGN): what the rules
        that ask whether a figure is money, a share or a measure look at."""
        return self.unit.partition(" per ")[0]

    def row(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "low": _num(self.low),
            "high": _num(self.high),
            "approx": self.approx,
            "unit": self.unit,
            "counted": self.counted,
            "counted_head": self.counted_head,
            "group": self.group,
            "where": self.where,
            "where_basis": self.where_basis,
            "when": self.when,
            "when_basis": self.when_basis,
            "source": self.source,
            "source_basis": self.source_basis,
            "sentence": list(self.sentence),
            "reported": self.reported,
            "period": self.period,
            "period_basis": self.period_basis,
            "event": self.event,
            "origin": self.origin,
            "origin_kind": self.origin_kind,
            "origin_basis": self.origin_basis,
        }


def _num(value: float) -> float | int:
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value
