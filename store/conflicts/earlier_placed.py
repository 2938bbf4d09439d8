"""The earlier value of a change its sentence states joins the quantity of the value it changed to.

"the mill ground 51,200 tonnes last year, up from 47,900 tonnes", "found 38% in favour,
up 5 points from 33% in spring", "the fair drew 2,400 visitors, up from 1,900": the words of
time (``store.conflicts.earlier``) say that the figure after "from" is the very quantity of its
sentence's other figure, at an earlier time. The figure reader often gives the earlier value
less than the later one (no counted noun, a noun of its own phrase that is not what is counted,
"the plan" of "would back the plan, down from 41%"), so its key alone may place it
nowhere (ambiguous between quantities) or in a quantity of its own, while the sentence has
already said which quantity it is. As a revision's two figures go together (``attach``'s
``_with_revisions``), the earlier value goes where its later value went, and is no longer a
guess there: the sentence, not a value that happened to match, placed it.

The later value is the figure of the same unit and measure nearest to it in its sentence that is
no earlier value itself nor a difference ("rose by 40 from 200": how far it moved), after it
when "to" follows it ("from 70 to 95"), else before it ("to 95 from 70", "95, up from 70"); a
sentence with no such figure, or whose later value is itself
undecided, moves nothing; nor does a later value that says nothing of what it counts and that
no other sentence of its quantity gives in the very same words (number and unit): only a value
that agrees placed it, a guess that may show agreement and must lead nothing else. A
conversion written just after the earlier value ("6.0bn euros ($6.5bn)") goes with it: it is
the same sum. The other way round, a later value its own words place nowhere surely joins the
quantity of an earlier value surely placed ("only 12 are still unaccounted for, down from 40
missing people").
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from store.conflicts.conversions import converted
from store.conflicts.keys import GROUP, PLACES, Claim

REACH = 32  # figures of its sentence looked at on each side of an earlier value (bounded)


class Sentences:
    """Each sentence's figures in reading order, and each figure's place there: the neighbours
    of a figure are found by walking a bounded stretch around it (a sentence may hold thousands
    of figures)."""

    def __init__(self, claims: list[Claim]) -> None:
        by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
        for claim in claims:
            by_sentence[claim.sentence].append(claim)
        self.ordered = {s: sorted(members, key=lambda c: c.order)
                        for s, members in by_sentence.items()}
        self.at = {c.id: n for members in self.ordered.values() for n, c in enumerate(members)}

    def later_value(self, claim: Claim) -> Claim | None:
        """The figure of ``claim``'s sentence that it is the earlier value of: of the figures of
        the same unit and measure that are no earlier values themselves, the nearest after it
        when "to" follows it ("from 70 to 95"), else the nearest before it ("to 95 from 70",
        "95, up from 70"); None when there is none on that side."""
        ordered, at = self.ordered[claim.sentence], self.at[claim.id]
        step = 1 if claim.later_after else -1
        n = at + step
        while 0 <= n < len(ordered) and abs(n - at) <= REACH:
            other = ordered[n]
            if not other.earlier and other.unit == claim.unit \
                    and other.key.measure == claim.key.measure \
                    and ("relative" not in other.key.qualifiers
                         or "relative" in claim.key.qualifiers):
                # ("rose by 40 from 200": the 40 is how far it moved, not the value it became)
                return other
            n += step
        return None

    def conversion_of(self, claim: Claim) -> Claim | None:
        """The figure of the sentence that converts ``claim`` into another unit, written just
        after it ("3.1bn shillings ($23 million)"): it goes where the value it converts goes."""
        ordered, at = self.ordered[claim.sentence], self.at[claim.id]
        for n in range(at + 1, min(len(ordered), at + 1 + REACH)):
            if ordered[n].key.measure == claim.key.measure:
                twin = ordered[n]
                before = ordered[max(0, n - 1 - REACH):n][::-1]
                return twin if converted(twin, before) is claim else None
        return None


def _written(claim: Claim) -> tuple[str, float, float]:
    """A figure's unit and numbers as its text gives them (before any conversion)."""
    factor = claim.factor or 1.0
    return (claim.unit, round(claim.values[0] / factor, 6), round(claim.values[1] / factor, 6))


def _sentences_by_written(members: list[Claim]
                          ) -> dict[tuple[str, float, float], set[tuple[str, int]]]:
    """The sentences of a quantity's figures, by the number and unit each writes."""
    found: dict[tuple[str, float, float], set[tuple[str, int]]] = defaultdict(set)
    for member in members:
        found[_written(member)].add(member.sentence)
    return found


def _fits(earlier: Claim, target: tuple[Any, ...]) -> bool:
    """Whether the earlier value says nothing against the later value's quantity: its group and
    places, where it names them, are the quantity's (what it counts may differ: the sentence
    says it is the same thing)."""
    key = earlier.key
    return (key.group is None or key.group == target[GROUP]) and (
        key.places is None or key.places == target[PLACES]) and (
        not key.qualifiers or tuple(key.qualifiers) == tuple(target[2]))


def with_earlier_values(placed: dict[tuple[Any, ...], list[Claim]], ambiguous: list[Claim],
                        claims: list[Claim]
                        ) -> tuple[dict[tuple[Any, ...], list[Claim]], list[Claim]]:
    """The buckets, each earlier value of a stated change moved to its later value's quantity
    (and out of the ambiguous) when the later value was placed surely, else the later value to
    the earlier value's when that one was. One pass over the figures its words mark as earlier
    values."""
    if not any(c.earlier for c in claims):
        return placed, ambiguous
    sentences = Sentences(claims)
    home: dict[str, tuple[Any, ...]] = {}
    for parts, members in placed.items():
        for claim in members:
            home.setdefault(claim.id, parts)
    unsure = {c.id for c in ambiguous}
    moved: dict[str, tuple[Any, ...]] = {}
    # each quantity's figures by their written number, the sentences that give it (made once)
    written: dict[tuple[Any, ...], dict[tuple[str, float, float], set[tuple[str, int]]]] = {}
    def leads(figure: Claim) -> tuple[Any, ...] | None:
        """The quantity a figure surely placed is in: its own words say what it counts, or
        another sentence of it gives its very number in its unit; None for a guess."""
        target = home.get(figure.id)
        if target is None or figure.id in unsure or figure.id in moved:
            return None
        if figure.key.thing is None:
            if target not in written:
                written[target] = _sentences_by_written(placed[target])
            if not written[target].get(_written(figure), set()) - {figure.sentence}:
                return None  # (only a value that agrees placed it)
        return target

    for claim in claims:
        if not claim.earlier:
            continue
        later = sentences.later_value(claim)
        if later is None or later.id in moved:
            continue
        target = leads(later)
        if target is None:
            # the later value's own words place it nowhere surely: the earlier value, placed
            # surely, says its quantity as well ("31 still missing, down from 94 missing")
            back = leads(claim) if later.id in unsure or later.id not in home else None
            if back is not None and _fits(later, back):
                moved[later.id] = back
            continue
        if not _fits(claim, target):
            continue
        if home.get(claim.id) == target and claim.id not in unsure:
            continue
        moved[claim.id] = target
        aside = sentences.conversion_of(claim)
        if aside is not None and _fits(aside, target) and aside.id not in moved and (
                home.get(aside.id) != target or aside.id in unsure):
            moved[aside.id] = target  # "3.1bn shillings ($23 million)": the same sum again
    if not moved:
        return placed, ambiguous
    out = {parts: [c for c in members if c.id not in moved] for parts, members in placed.items()}
    by_id = {c.id: c for c in claims}
    for cid, target in moved.items():
        out.setdefault(target, []).append(by_id[cid])
    return ({parts: members for parts, members in out.items() if members},
            [c for c in ambiguous if c.id not in moved])


def stated_changes(chunk: list[Claim], unsure: set[str]) -> list[tuple[Claim, Claim]]:
    """The changes the text states among a quantity's figures in doubt ("recalls 9,300
    vehicles, up from 7,800", where which of several quantities the vehicles are is unsaid):
    each earlier value with its later value, both of the quantity, one of them in doubt.
    Which quantity the two belong to may be a guess, but that the one became the other is
    not, whatever quantity it is (as a stated revision, ``grouping._stated_revisions``)."""
    if not any(c.earlier for c in chunk):
        return []
    sentences = Sentences(chunk)
    pairs = []
    for claim in chunk:
        if not claim.earlier:
            continue
        later = sentences.later_value(claim)
        if later is not None and {claim.id, later.id} & unsure:
            pairs.append((claim, later))
    return pairs
