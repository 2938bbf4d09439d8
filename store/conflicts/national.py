"""A national count printed by outlets that name the country and by outlets that do not.

``store.conflicts.attach`` gives a figure that names no place its article's country, when every
quantity that could complete it is about a part of that country ("the quake killed 2,946",
beside a table of each province's dead, in an article about Morocco): it is the national count.
The same count printed by an outlet of that country, whose headline and lead need not name it
("the ministry revised the toll to 2,946"), has no country to take and stays placeless: the
one quantity falls in two. When the corpus gives that quantity one such country only, and
the two share a value a coincidence would hardly repeat (an outlet restating the other's
figure), the placeless figures are that country's too. Between two countries, or with no
value in common, they stay apart: a guess must not make a conflict.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from store.conflicts.keys import PLACES, Claim


def with_national(placed: dict[tuple[Any, ...], list[Claim]],
                  homed: set[tuple[Any, ...]]) -> dict[tuple[Any, ...], list[Claim]]:
    """``placed`` with each placeless quantity moved into the one country quantity that
    ``attach`` made for its figures (``homed``), where the two share a distinctive value."""
    countries: dict[tuple[Any, ...], list[tuple[Any, ...]]] = defaultdict(list)
    for parts in homed:
        countries[(*parts[:PLACES], None, *parts[PLACES + 1:])].append(parts)
    merged = dict(placed)
    for bare, homes in sorted(countries.items(), key=lambda item: repr(item[0])):
        if len(homes) != 1 or bare not in merged or homes[0] not in merged:
            continue
        home = homes[0]
        if _share_a_value(merged[bare], merged[home]):
            merged[home] = [*merged[home], *merged.pop(bare)]
    return merged


def _share_a_value(first: list[Claim], second: list[Claim]) -> bool:
    """Whether one figure of each gives the same distinctive number ("2,946"; not "3,000")."""
    values = {c.core for c in first if _distinctive(c.core)}
    return any(c.core in values for c in second)


def _distinctive(core: tuple[float, float]) -> bool:
    """A single value of a hundred or more that is not a round hundred."""
    low, high = core
    middle = (low + high) / 2
    return middle >= 100 and round(middle) % 100 != 0
