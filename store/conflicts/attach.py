"""Figures that leave part of their quantity unsaid, and which quantity they join.

"Six strikes were conducted in 2018" names no place; "the organisation still has around $50-$300
million" names neither what nor where. Such a figure joins a quantity that agrees with everything
it does say:
- when it says what it counts: the one such quantity its own article speaks of (the article
  supplies the context the sentence leaves out: the strikes it has been talking about are strikes
  in Libya);
- else the one such quantity anywhere whose values it matches (after conversion).
When several fit, or one fits only from another article and by nothing but its key, the figure is
ambiguous and stays out of every group, because a guess would invent conflicts ("8 million
people", placeless, is not about whatever place some other article counts people in). When no
quantity agrees, its unsaid place or group are simply not stated, and it meets the figures that
leave the same parts unsaid; but a figure that does not say what it counts ("$1.2 billion",
"312 people") never forms a group of its own: the same place and period are not enough to make
two such figures one quantity.

Every step is a dictionary lookup (each quantity is indexed under each way of leaving parts out),
so the cost grows with the number of figures, never with the number of pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from typing import Any

from store.conflicts.keys import Claim
from store.conflicts.ranges import overlap

OPTIONAL = (1, 3, 4)  # positions of thing, group and places in QuantityKey.as_tuple()
WILD = ("*",)  # stands for "any known value" in an index key
MAX_CANDIDATES = 32  # more quantities than this agree: too vague to place by value
MAX_PROBES = 64  # members of a candidate compared by value


def _subsets(positions: list[int]) -> Iterable[tuple[int, ...]]:
    for size in range(1, len(positions) + 1):
        yield from combinations(positions, size)


def _masked(parts: tuple[Any, ...], positions: tuple[int, ...]) -> tuple[Any, ...]:
    return tuple(WILD if i in positions else p for i, p in enumerate(parts))


def _matches_by_value(claim: Claim, members: list[Claim]) -> bool:
    return any(overlap(claim.core, other.core) for other in members[:MAX_PROBES])


def attach(claims: list[Claim]) -> tuple[dict[tuple[Any, ...], list[Claim]], list[Claim]]:
    """Buckets of claims by their (completed) key, and the claims left out as ambiguous."""
    buckets: dict[tuple[Any, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        buckets[claim.key.as_tuple()].append(claim)

    index: dict[tuple[Any, ...], set[tuple[Any, ...]]] = defaultdict(set)
    for parts in buckets:
        known = [i for i in OPTIONAL if parts[i] is not None]
        for positions in _subsets(known):
            index[_masked(parts, positions)].add(parts)

    def unknown(parts: tuple[Any, ...]) -> list[int]:
        return [i for i in OPTIONAL if parts[i] is None]

    destination: dict[tuple[Any, ...], tuple[Any, ...]] = {}  # where a quantity's figures went
    articles = {parts: {c.article for c in members} for parts, members in buckets.items()}
    placed: dict[tuple[Any, ...], list[Claim]] = defaultdict(list)
    ambiguous: list[Claim] = []
    # A candidate always knows more than the quantity looking for it, so visiting quantities
    # from the most to the least specific finds every candidate already placed.
    for parts in sorted(buckets, key=lambda p: (len(unknown(p)), repr(p))):
        members = buckets[parts]
        candidates: set[tuple[Any, ...]] = set()
        for positions in _subsets(unknown(parts)):
            candidates |= index.get(_masked(parts, positions), set())
        if not candidates:
            if parts[1] is None:
                ambiguous.extend(members)
            else:
                placed[parts].extend(members)
            destination[parts] = parts
            continue
        ordered = sorted(candidates, key=repr)
        went: set[tuple[Any, ...]] = set()
        for claim in members:
            target = _choose(claim, ordered, buckets, articles)
            if target is None:
                ambiguous.append(claim)
                continue
            target = destination.get(target, target)
            placed[target].append(claim)
            went.add(target)
        destination[parts] = next(iter(went)) if len(went) == 1 else parts
    return dict(placed), ambiguous


def _choose(claim: Claim, candidates: list[tuple[Any, ...]],
            buckets: dict[tuple[Any, ...], list[Claim]],
            articles: dict[tuple[Any, ...], set[str]]) -> tuple[Any, ...] | None:
    """The one quantity an underspecified figure joins, or None when it is ambiguous."""
    local = ([c for c in candidates if claim.article in articles[c]]
             if claim.key.thing is not None else [])
    if len(local) == 1:
        return local[0]
    if len(candidates) > MAX_CANDIDATES:
        return None
    fits = [c for c in (local or candidates) if _matches_by_value(claim, buckets[c])]
    return fits[0] if len(fits) == 1 else None
