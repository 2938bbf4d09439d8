"""Figures that restate one another under the same name, whatever else their keys say.

Outlets restating one figure each phrase it their own way: one says what a payment is per ("Rs
2 lakh per victim"), another drops it ("a Rs 2 lakh ex gratia"); one names who set a fund, another
does not; one calls a standard "the national ambient standard", another "the national standard".
The keys keep such figures apart (a rate is not a sum, a holder makes a quantity of its own, a
qualifier makes a part of the whole), and rightly when their numbers differ. But two articles
that give the very same number, in the very same unit, and call it by the very same noun (the
noun naming the quantity, not the unit's) speak of one figure: the grouping shows that they agree
(``store.conflicts.grouping``), and says nothing of any other value. So do two articles that
give the very same number credited to the very same named source (``restated_by_origin``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from store.conflicts.attach import as_written
from store.conflicts.keys import OFFICIAL, Claim, measure_of, open_above, open_below
from store.conflicts.quantities import singular
from store.knowledge.context import context_words

# a key's parts that name a holder or places: two figures naming different ones are two figures
_HOLDER = ("group", "places")


def _family(unit: str) -> str | None:
    """The unit two restatements share: the written unit without whom or what it is paid per
    ("INR per person" as "INR": one report names the recipient, another does not), but with
    the period it is per (a sum a month is no sum, nor a sum a year); none for a count, whose
    noun is its unit (the noun then tells nothing the number does not) and a coincidence of
    small counts is common."""
    head, _, per = unit.partition(" per ")
    if measure_of(head).startswith("count:"):
        return None
    if per and per.split()[0] in context_words().rate_period_words:
        return unit
    return head


def _named(claim: Claim) -> str | None:
    """The noun that names the figure's quantity ("fee", "standard", "fund"), none when the
    key has none or it is only the unit's own word ("hectares" counted as hectares)."""
    thing = claim.key.thing
    if not thing or thing.startswith("per "):
        return None
    if singular(thing) == singular(claim.unit.partition(" per ")[0]):
        return None
    return thing


def _apart(members: list[Claim]) -> bool:
    """Whether the figures name different holders or different places: then they are two
    figures that happen to share a number ("a €5 fine in Lyon", "a €5 fine in Porto")."""
    for part in _HOLDER:
        said = {getattr(c.key, part) for c in members} - {None}
        if len(said) > 1:
            return True
    return False


def restated_by_name(claims: Iterable[Claim]) -> list[list[Claim]]:
    """Sets of figures, from two articles at least, that give the same number in the same unit
    (what it is per aside) and name the same quantity's noun, none naming a holder or places
    the others contradict. The caller keeps only those the keys had kept apart."""
    by_name: dict[tuple[str, str, float, float], list[Claim]] = defaultdict(list)
    for claim in claims:
        thing = _named(claim)
        unit, low, high = as_written(claim)
        family = _family(unit)
        if thing is None or family is None or low == 0:
            continue
        by_name[(family, thing, low, high)].append(claim)
    return [members for _, members in sorted(by_name.items(), key=lambda item: item[0])
            if len({c.article for c in members}) > 1 and not _apart(members)]


def _side(claim: Claim) -> str:
    """Which way a figure is open: "more than 20,000" and "up to 20,000" give one number and
    say two things, "about 95" and "95" say one."""
    return ">" if open_above(claim) else ("<" if open_below(claim) else "=")


def _origin_family(unit: str) -> str:
    """The unit two tellings of one source's number share: any count as one (one outlet calls
    the people counted "demonstrators", another "the crowd": the source is what ties them),
    else the written unit as ``_family`` reads it."""
    head = unit.partition(" per ")[0]
    if measure_of(head).startswith("count:"):
        return "count" if " per " not in unit else f"count per {unit.partition(' per ')[2]}"
    return _family(unit) or unit


def _named_origin(claim: Claim) -> str | None:
    """The source a figure is credited to, when it names one body or person that stands for it
    across articles: not the article's own writer, nor "the authorities" in general (every
    official count is theirs), nor a name bound to one article."""
    origin = claim.origin
    if not origin or origin == OFFICIAL or "@" in origin:
        return None
    return origin


def restated_by_origin(claims: Iterable[Claim]) -> list[list[Claim]]:
    """Sets of figures, from two articles at least, that give the same number in the same unit
    (any count as one), open the same way, and are credited to the same named source, none
    naming a holder or places the others contradict: outlets that retell one source's
    estimate name it their own way ("the union's 500,000 marchers", "a crowd of 500,000, the
    union said"), and the keys, reading the nouns, keep them apart. A source rarely gives one
    number twice for two things, so the number need not be rare; the caller keeps only those
    the keys had kept apart, and only to agree."""
    by_origin: dict[tuple[str, str, str, float, float], list[Claim]] = defaultdict(list)
    for claim in claims:
        origin = _named_origin(claim)
        unit, low, high = as_written(claim)
        if origin is None or low == 0:
            continue
        by_origin[(origin, _origin_family(unit), _side(claim), low, high)].append(claim)
    return [members for _, members in sorted(by_origin.items(), key=lambda item: item[0])
            if len({c.article for c in members}) > 1 and not _apart(members)]


def ungrouped(sets: list[list[Claim]], compared: Iterable[Iterable[str]],
              revised: frozenset[str] | set[str] = frozenset()) -> list[list[Claim]]:
    """The sets no group already made holds two of (``compared``: each kept group's figure ids),
    none of whose figures is in a revision (``revised``): one source's number retold speaks
    where the keys set its tellings apart, not where a group already compares them, and a
    number its source replaced is shown with its replacement, which a group of the old value
    alone would hide."""
    sets = [members for members in sets if not any(c.id in revised for c in members)]
    if not sets:
        return []
    wanted = {c.id for members in sets for c in members}
    held: dict[str, list[int]] = defaultdict(list)
    for n, ids in enumerate(compared):
        for fid in ids:
            if fid in wanted:
                held[fid].append(n)
    return [members for members in sets
            if all(count < 2 for count in Counter(
                n for c in members for n in set(held.get(c.id, ()))).values())]
