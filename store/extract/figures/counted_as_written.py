"""Persons counted by a noun that says who they are by age or sex ("17 children", "nine men",
"53 women") keep that noun as their unit, as the annotation guide gives a count: "the counted
noun's plural". The rules read such a count as people while they work (a death toll, the
displaced, those aboard are all rules of people), so the noun is put back only once they are
done; the conflict keys count every unit of ``[person_units]`` as persons, so the figure groups
as it did."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

PEOPLE = "people"


def name_persons_as_written(fig: FoundFigure, span: Span | None) -> None:
    """ "17 children", "nine men walked out": a count of people whose own noun, right after the
    number, is a plural of ``[person_units] as_written`` (units.toml) is in that noun; not the
    first of a list ("men, women and children"), which the number counts whole."""
    if span is None or span.end >= len(span.doc):
        return
    base, sep, per = fig.unit.partition(" per ")
    if base != PEOPLE:
        return
    doc = span.doc
    noun = doc[span.end]
    if _listed_with_others(noun):
        return  # "2,000 men, women and children": the number counts them all, people
    if noun.tag_ == "NNS" and noun.lower_ in units().persons_as_written:
        fig.unit = f"{noun.lower_}{sep}{per}"


def _listed_with_others(noun: Token) -> bool:
    """ "men, women and children", "men and women": the noun joined by a comma or "and" to
    another noun the same number counts (not "17 children and 25 women", each with its own)."""
    doc = noun.doc
    i = noun.i + 1
    while i < len(doc) and i <= noun.i + 2 and (doc[i].text == "," or doc[i].pos_ == "CCONJ"):
        i += 1
    return i > noun.i + 1 and i < len(doc) and doc[i].pos_ == "NOUN"
