"""A part its sentence states after its whole: "41 were hurt, five of them seriously"; "12
aircraft were deployed - eight planes and four helicopters"; "30 died, including 12 children".

A writer who gives one source's whole and then, in the same sentence, a smaller value of the
same quantity from the same source that its words tell as a part of it ("of them", "of whom",
"including", a dash or a colon before it: ``parts_said.told_as_part``) is breaking the whole
down: the smaller value counts a part
of it (the seriously hurt, the planes, one district's dead), which the key cannot tell apart
from the whole. Set against another article's figure, such a part reads as a rival estimate
or a revision of the whole, which it is not: a wrong mark that misleads a reader more than
none. So it is never one side of a contradiction or of a revision the text leaves unstated
(``verdicts.judge``, ``verdicts.revision_of``): ``with_parts_marked`` marks it once for the
quantity's groups; it may still agree with others or show a change.

A sentence that states a change or a revision ("to 95 from 70", "raised from 38 to 912") or
dates its two figures apart ("7,300 this year and 6,100 the year before") sets two values of
the quantity against each other, not a whole and its part: those are left as they are. One
pass over the figures, grouped by sentence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from store.conflicts.dated_apart import one_sentence_dates_apart
from store.conflicts.keys import Claim


def parts_after_whole(claims: Iterable[Claim]) -> frozenset[str]:
    """The ids of the figures told as a part that their own sentence states after a larger
    figure of the same origin (the whole they are a part of)."""
    by_sentence: dict[tuple[tuple[str, int], str | None], list[Claim]] = defaultdict(list)
    for claim in claims:
        by_sentence[(claim.sentence, claim.origin)].append(claim)
    parts: set[str] = set()
    for members in by_sentence.values():
        if (len(members) < 2 or any(_sets_values_apart(c) for c in members)
                or one_sentence_dates_apart(members)):
            continue
        # the largest value stated so far (as written, no rounding: "three, two of them"): a
        # figure told as a part and wholly below it follows its whole
        largest = None
        for claim in sorted(members, key=lambda c: c.order):
            if claim.told_as_part and largest is not None and largest > claim.values[1]:
                parts.add(claim.id)
            largest = claim.values[0] if largest is None else max(largest, claim.values[0])
    return frozenset(parts)


def _sets_values_apart(claim: Claim) -> bool:
    """Whether a figure's sentence sets it against another value: a change ("up from"), the
    value before one, or a revision."""
    return claim.compared or claim.earlier or claim.revises is not None


def with_parts_marked(claims: list[Claim]) -> list[Claim]:
    """The figures of one quantity, each part told after its whole marked ``after_whole`` (so
    that every group made of some of them knows it, though its whole be left out)."""
    parts = parts_after_whole(claims)
    if not parts:
        return claims
    return [replace(c, after_whole=True) if c.id in parts else c for c in claims]
