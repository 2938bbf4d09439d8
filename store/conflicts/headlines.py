"""A headline's rounded number and the value its own body gives in full: "toll nears 2,500"
above "2,497 people have died"; "city count falls to 3.29 million" above "3,291,000 residents".
A headline rounds what its body states, so the two restate one figure although their numbers
differ; ``store.conflicts.grouping`` makes them a group of agreement only (``_headline_restated``),
as it does a headline's number the body repeats to the digit.

Only where the body gives one value, and one only, inside the headline's rounding (and its
"about"): between two body values the headline could round either, and a guess must not make a
group. What each counts must not differ where both say it (the headline's "2,500 dead" does not
restate the body's "2,476 injured"). Bounded: a headline's first few figures, each compared
once with every figure of its article's body.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from store.conflicts.keys import PART, Claim
from store.conflicts.ranges import Interval

HEADLINE_FIGURES = 4  # a headline gives one or two numbers; more is a table, not a headline


def rounded_in_body(claims: list[Claim], first: dict[str, int],
                    family: Callable[[Claim], str]) -> list[list[Claim]]:
    """Each headline figure with the body figures of its article that give, in full, the one
    value its rounding stands for (``first``: each article's first sentence with figures;
    ``family``: the unit as a headline and its body are compared). One pass per article."""
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_article[claim.article].append(claim)
    found = []
    for article, own in sorted(by_article.items()):
        heads = [c for c in own if c.sentence[1] == first.get(article)][:HEADLINE_FIGURES]
        body = [c for c in own if c.sentence[1] != first.get(article)]
        for head in heads:
            kind = family(head)
            matches = [c for c in body if family(c) == kind and _finer(c.core, head.core)
                       and _within(c.core, head.claim) and _same_thing(head, c)]
            if len({c.core for c in matches}) == 1:
                found.append([head, *matches])
    return found


def _within(inner: Interval, outer: Interval) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _finer(body: Interval, head: Interval) -> bool:
    """The body's value is given more precisely than the headline's (the headline rounds it)."""
    return body[1] - body[0] < head[1] - head[0]


def _same_thing(head: Claim, body: Claim) -> bool:
    """What the two count does not differ, where both say it; and a part of a whole the body
    sets out ("Of those, 2,260,000 were sold abroad") is no rounding of the headline's whole."""
    if (PART in head.key.qualifiers) != (PART in body.key.qualifiers):
        return False
    return head.key.thing is None or body.key.thing is None or head.key.thing == body.key.thing
