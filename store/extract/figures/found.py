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
    when: str | None
    when_basis: str | None
    source: str
    source_basis: str
    sentence: tuple[int, int]
    inherited: bool = False
    rate: str | None = None
    revises: int | None = None  # start of the figure this one replaces ("raised from X to Y")

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
            "when": self.when,
            "when_basis": self.when_basis,
            "source": self.source,
            "source_basis": self.source_basis,
            "sentence": list(self.sentence),
        }


def _num(value: float) -> float | int:
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value
