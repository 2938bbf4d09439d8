"""Figures that leave part of their quantity unsaid, and which quantity they join.

"Nine raids were carried out in 2021" names no place; "the group still holds around $20-$80
million" names neither what nor where. Such a figure joins a quantity that agrees with everything
it does say:
- when it says what it counts: the one such quantity its own article speaks of (the article
  supplies the context the sentence leaves out: the strikes it has been talking about are strikes
  in Libya);
- else the one such quantity anywhere whose values it matches (after conversion).
When several fit, or one fits only from another article and by nothing but its key, the figure is
ambiguous and joins none of them, because a guess would invent conflicts ("8 million people",
placeless, is not about whatever place some other article counts people in); but a placeless
figure beside its own article's counts of several places, agreeing with none of them, is their
whole's and keeps its own quantity. A figure its named body gives joins the one quantity
that body's other figures make when its value is below all of theirs (above, it may be their
whole): the body's own count, moved. When no quantity
could complete it, or the only one that could is not its article's own and disagrees with it by
value, its unsaid place or group are simply not stated, and it meets the figures that leave the
same parts unsaid ("46 merchant ships escorted" is not in doubt because one article counts 3
ships attacked in the Red Sea; between two places it could be either, or both); an ambiguous
figure that says what it counts does too, but only to agree (``store.conflicts.grouping`` drops
it again from a group it would make disagree). A figure that
does not say what it counts ("$1.2 billion", "312 people") never forms a quantity of its own: the
same place and period are not enough to make two such figures one quantity (only the very same
distinctive number repeated shows them agreeing, ``grouping``). A bare count, whose
unit says nothing ("the guild put the number at 38"), left its counted noun and unit to the
reader as others leave a place: it may complete into any counted quantity whose value it
restates, as a guess (it may show that figures agree, never that they disagree).

Every step is a dictionary lookup (each quantity is indexed under each way of leaving parts out),
so the cost grows with the number of figures, never with the number of pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from typing import Any

from store.conflicts.earlier_placed import with_earlier_values
from store.conflicts.keys import GROUP, OFFICIAL, PLACES, Claim
from store.conflicts.national import with_national
from store.conflicts.ranges import Interval, overlap
from store.knowledge.countries import countries

OPTIONAL = (1, 3, 4)  # positions of thing, group and places in QuantityKey.as_tuple()
WILD = ("*",)  # stands for "any known value" in an index key
MAX_CANDIDATES = 32  # more quantities than this agree: too vague to place by value
MAX_PROBES = 64  # members of a candidate compared by value
OWN = ("own",)  # a figure no candidate agrees with keeps its own quantity
HOME = ("home",)  # ... completed with its article's own place


def stable(parts: tuple[Any, ...]) -> str:
    """A key's parts as text that does not depend on the order a set happens to hash in (the
    places are a frozenset), so every run visits and picks quantities in the same order."""
    return repr(tuple(sorted(p) if isinstance(p, frozenset) else p for p in parts))


def _subsets(positions: list[int]) -> Iterable[tuple[int, ...]]:
    for size in range(1, len(positions) + 1):
        yield from combinations(positions, size)


def _masked(parts: tuple[Any, ...], positions: tuple[int, ...]) -> tuple[Any, ...]:
    return tuple(WILD if i in positions else p for i, p in enumerate(parts))


class _ByValue:
    """Whether a figure's value agrees with a quantity's first ``MAX_PROBES`` figures (one of
    them overlaps it). Each quantity's probes are summed up once (their hull, their distinct
    values) and each answer is kept per value: a quantity restated across many articles meets
    the same values again and again, and comparing each figure with up to 64 others grew the
    cost faster than the corpus while the quantities filled up to that cap."""

    def __init__(self, buckets: dict[tuple[Any, ...], list[Claim]]) -> None:
        self.buckets = buckets
        # a quantity -> its probes' hull, their distinct values, their values by article
        self._probes: dict[tuple[Any, ...], tuple[Interval, list[Interval],
                                                  dict[str, list[Interval]]]] = {}
        self._answers: dict[tuple[tuple[Any, ...], Interval], bool] = {}
        self._written: dict[tuple[Any, ...], set[tuple[str, float, float]]] = {}

    def __call__(self, claim: Claim, parts: tuple[Any, ...]) -> bool:
        asked = (parts, claim.core)
        answer = self._answers.get(asked)
        if answer is None:
            hull, cores, _ = self._probes.get(parts) or self._summed(parts)
            answer = self._answers[asked] = overlap(claim.core, hull) and any(
                overlap(claim.core, core) for core in cores)
        return answer

    def written(self, claim: Claim, parts: tuple[Any, ...]) -> bool:
        """Whether one of a quantity's probes gives the figure's number in the figure's unit,
        as written (before any conversion)."""
        if parts not in self._written:
            self._written[parts] = {as_written(o) for o in self.buckets[parts][:MAX_PROBES]}
        return as_written(claim) in self._written[parts]

    def lowest(self, parts: tuple[Any, ...]) -> float:
        """The lowest value a quantity's probes give."""
        hull, _, _ = self._probes.get(parts) or self._summed(parts)
        return hull[0]

    def own_values(self, claim: Claim, parts: tuple[Any, ...]) -> list[Interval]:
        """The values of the probes of a quantity that stand in the figure's article."""
        _, _, by_article = self._probes.get(parts) or self._summed(parts)
        return by_article.get(claim.article, [])

    def _summed(self, parts: tuple[Any, ...]
                ) -> tuple[Interval, list[Interval], dict[str, list[Interval]]]:
        probes = self.buckets[parts][:MAX_PROBES]
        hull = (min(o.core[0] for o in probes), max(o.core[1] for o in probes))
        by_article: dict[str, list[Interval]] = defaultdict(list)
        for probe in probes:
            by_article[probe.article].append(probe.core)
        summed = self._probes[parts] = (hull, list(dict.fromkeys(o.core for o in probes)),
                                        dict(by_article))
        return summed


def as_written(claim: Claim) -> tuple[str, float, float]:
    """A figure's unit and numbers as its text gives them (its values before conversion)."""
    factor = claim.factor or 1.0
    return (claim.unit, round(claim.values[0] / factor, 6), round(claim.values[1] / factor, 6))


def unknown(parts: tuple[Any, ...]) -> list[int]:
    """Positions of the optional parts a key leaves unsaid."""
    return [i for i in OPTIONAL if parts[i] is None]


def quantity_index(keys: Iterable[tuple[Any, ...]]) -> dict[tuple[Any, ...], set[tuple[Any, ...]]]:
    """Each quantity's key under every way of masking its known optional parts (``WILD``): the
    lookup that finds, for a key that leaves parts unsaid, the quantities that say them."""
    index: dict[tuple[Any, ...], set[tuple[Any, ...]]] = defaultdict(set)
    for parts in keys:
        known = [i for i in OPTIONAL if parts[i] is not None]
        bare = (BARE_COUNT, *parts[1:]) if _counts_things(parts) else None
        for positions in _subsets(known):
            index[_masked(parts, positions)].add(parts)
            if bare is not None and THING in positions:
                index[_masked(bare, positions)].add(parts)
    return index


THING = 1
BARE_COUNT = "count:count"  # a count whose unit says nothing: "the guild put the number at 71"


def _counts_things(parts: tuple[Any, ...]) -> bool:
    """Whether a quantity counts something it names, in a unit a bare count may leave unsaid:
    "71", said of the miners a sentence before left the miners (and their unit) to the reader,
    as it leaves a place or a group."""
    measure = str(parts[0])
    return measure.startswith("count:") and measure != BARE_COUNT and parts[THING] is not None


def completions(parts: tuple[Any, ...],
                index: dict[tuple[Any, ...], set[tuple[Any, ...]]]) -> list[set[tuple[Any, ...]]]:
    """The quantities that agree with everything a key says and say what it leaves unsaid, one
    pool per way of filling its unknown parts (empty when it leaves nothing unsaid)."""
    return [pool for positions in _subsets(unknown(parts))
            if (pool := index.get(_masked(parts, positions)))]


def attach(claims: list[Claim]) -> tuple[dict[tuple[Any, ...], list[Claim]], list[Claim]]:
    """Buckets of claims by their (completed) key, and the claims that fit several quantities
    (those that say what they count are also in the bucket of their own, incomplete key)."""
    buckets: dict[tuple[Any, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        buckets[claim.key.as_tuple()].append(claim)
    index = quantity_index(buckets)
    by_value = _ByValue(buckets)

    by_article: dict[str, set[tuple[Any, ...]]] = defaultdict(set)
    for parts, members in buckets.items():
        for claim in members:
            by_article[claim.article].add(parts)
    destination: dict[tuple[Any, ...], tuple[Any, ...]] = {}  # where a quantity's figures went
    placed: dict[tuple[Any, ...], list[Claim]] = defaultdict(list)
    ambiguous: list[Claim] = []
    guessed: set[str] = set()  # placed in a quantity its own article gives no figure of
    homed: set[tuple[Any, ...]] = set()  # quantities completed with an article's country
    # A candidate always knows more than the quantity looking for it, so visiting quantities
    # from the most to the least specific finds every candidate already placed.
    for parts in sorted(buckets, key=lambda p: (len(unknown(p)), stable(p))):
        members = buckets[parts]
        pools = completions(parts, index)
        if not pools:
            if parts[1] is None:
                ambiguous.extend(members)
            else:
                placed[parts].extend(members)
            destination[parts] = parts
            continue
        few = (sorted(set().union(*pools), key=stable)
               if sum(len(p) for p in pools) <= MAX_CANDIDATES else None)
        went: set[tuple[Any, ...]] = set()
        for claim in members:
            target = _choose(claim, pools, few, by_value, by_article)
            if target is OWN:
                placed[parts].append(claim)
                continue
            if target is HOME:
                homed.add((*parts[:PLACES], claim.soft_places, *parts[PLACES + 1:]))
                placed[(*parts[:PLACES], claim.soft_places, *parts[PLACES + 1:])].append(claim)
                continue
            if target is None:
                ambiguous.append(claim)
                if parts[1] is not None:  # it says what it counts: it may meet the figures
                    placed[parts].append(claim)  # that leave the same unsaid (see grouping)
                continue
            if target not in by_article[claim.article]:
                guessed.add(claim.id)
            target = destination.get(target, target)
            placed[target].append(claim)
            went.add(target)
            if parts[0] == BARE_COUNT:
                # only its value said which things a bare count counts: a guess, which may show
                # that figures agree, never that they disagree (``grouping``)
                ambiguous.append(claim)
        destination[parts] = next(iter(went)) if len(went) == 1 else parts
    revised, ambiguous = _with_revisions(with_national(placed, homed), ambiguous, claims, guessed)
    return with_earlier_values(revised, ambiguous, claims)


def _a_country(places: frozenset[str] | None) -> bool:
    """Whether a figure's soft places are countries (its article's country, most often)."""
    return bool(places) and all(countries().country(p) for p in places or ())


def _with_revisions(placed: dict[tuple[Any, ...], list[Claim]], ambiguous: list[Claim],
                    claims: list[Claim], guessed: frozenset[str] | set[str] = frozenset()
                    ) -> tuple[dict[tuple[Any, ...], list[Claim]], list[Claim]]:
    """A figure the text says replaces another ("revised the August figure from 5,240 to
    5,612") is of the quantity the other joined, when both say the same about what they count:
    the new value agrees with no other figure, so the value could not place it, but the
    sentence already has; nor does the new value's chance match with a figure of some other
    quantity (``guessed``: placed where its own article gives no figure), for the sentence
    says which quantity it revises. One pass over the figures that revise."""
    revising = [c for c in claims if c.revises]
    if not revising:
        return dict(placed), ambiguous
    home: dict[str, tuple[Any, ...]] = {}
    for parts, members in placed.items():
        for claim in members:
            home.setdefault(claim.id, parts)
    by_id = {c.id: c for c in claims}
    unsure = {c.id for c in ambiguous}
    left: dict[tuple[Any, ...], set[str]] = defaultdict(set)  # figures moved out, by bucket
    moved: set[str] = set()
    for new in revising:
        old = by_id.get(new.revises or "")
        if old is None or old.key != new.key:
            continue
        for stray, anchor in ((new, old), (old, new)):
            target = home.get(anchor.id)
            if target is None or home.get(stray.id) == target or stray.id in moved or (
                    stray.id in home and stray.id not in unsure
                    and not (stray is new and (stray.id in guessed
                                               or _completed_beside(new, old, home)))):
                continue  # placed on its own, surely: its own key said where
            if stray.id in home:
                left[home[stray.id]].add(stray.id)
            moved.add(stray.id)  # once: a chain of revisions does not pass it on and back
            placed[target].append(stray)
            home[stray.id] = target
            if stray.id in unsure and anchor.id not in unsure:
                unsure.discard(stray.id)
    for parts, gone in left.items():
        if gone:
            placed[parts] = [c for c in placed[parts] if c.id not in gone]
    return {parts: members for parts, members in placed.items() if members}, [
        c for c in ambiguous if c.id in unsure]


def _completed_beside(new: Claim, old: Claim, home: dict[str, tuple[Any, ...]]) -> bool:
    """Whether the new figure of a revision its own article states was completed into a
    quantity by its value alone, away from the one the old figure joined: "An article on 4
    May said 7.2 billion was withdrawn. The figure was 2.7 billion." leaves both figures'
    parts unsaid alike, and the notice says the right value mends the printed one, whatever
    figure elsewhere its value happens to meet."""
    return (new.article == old.article and old.id in home
            and home.get(new.id) not in (None, new.key.as_tuple()))


def _gainsaid(claim: Claim, own: list[Interval]) -> bool:
    """The figure is the article's own (nobody is named for it) and its article gives the
    quantity another value (``own``: its article's values among the quantity's probes): a
    writer who reports "25 clinics in the north" and then "the 7 damaged clinics"
    speaks of two things, so the article's context does not make them one. A figure someone is
    named for may well dispute its article's other figure ("the rebels claimed 62 ships")."""
    if claim.origin is not None:
        return False
    return bool(own) and not any(overlap(claim.core, core) for core in own)


def _elsewhere(claim: Claim, candidate: tuple[Any, ...]) -> bool:
    """The candidate is about places other than those the figure's sentence names, or is a part
    of the country its article is about: the article's one placed toll ("deaths in Velm") is
    not the context of "37 people died" in a sentence about Malawi, nor of a toll that names no
    place in an article about Mozambique (a country's article states the country's toll). Two
    places an article merely leans towards ("Gulf of Aden", "Red Sea") do not rule each other
    out."""
    places, soft = candidate[PLACES], claim.soft_places
    if not places or not soft or places & soft:
        return False
    if claim.soft_said:
        return True
    atlas = countries()
    return all(atlas.country(p) for p in soft) and not any(atlas.country(p) for p in places)


def _said_below_country(claim: Claim) -> bool:
    """The figure's own sentence names a place that is no country ("Davao City counted
    1,871,540", "the average two-bedroom in Montréal rented for $1,690"): a figure the writer
    set in a town is no restatement of the national count, whatever it leaves unsaid."""
    return claim.soft_said and bool(claim.soft_places) and not _a_country(claim.soft_places)


def _of_a_part(claim: Claim, candidate: tuple[Any, ...]) -> bool:
    """The candidate is about some of the places the figure's article lists as its own ("its
    figures cover England, Wales and Northern Ireland"): the figure is of all of them, and the
    part's figure is no other value of it."""
    places, soft = candidate[PLACES], claim.soft_places
    return bool(places) and bool(soft) and not claim.soft_said and places < soft


GENERIC_ORIGINS = frozenset({OFFICIAL})  # the authorities in general: no one body's count


def _one_body_counts(claim: Claim, few: list[tuple[Any, ...]] | None,
                     by_value: _ByValue) -> tuple[Any, ...] | None:
    """The one quantity, of those that could complete a figure leaving its place unsaid (its
    owner, if any, said alike), whose figures the figure's own named body gives: a body that
    counted "1,480 kiosks open in the north" and later "265 kiosks open", printed elsewhere,
    reports one count of its own that moved, the place left to the reader. None when the
    figure does not say what it counts, is nobody's (the article's: ``_gainsaid`` keeps a
    writer's two things apart), its article leans towards somewhere the quantity is not about
    (``_leans_to``), the body gives figures of several such quantities (its regions' counts,
    between which the figure's value does not choose), or the figure's value is not below all
    of the quantity's (it may be their whole)."""
    if not few or claim.key.thing is None or claim.origin is None \
            or claim.origin in GENERIC_ORIGINS:
        return None
    same = [c for c in few if c[GROUP] == claim.key.group and _leans_to(claim, c) and any(
        o.origin == claim.origin for o in by_value.buckets[c][:MAX_PROBES])]
    # (below every figure of it: a placeless value above them may be the whole of which the
    # quantity's place is a part, "spent $9 million in one state" beside "$52 million" in all)
    return same[0] if len(same) == 1 and claim.core[1] < by_value.lowest(same[0]) else None


def _leans_to(claim: Claim, candidate: tuple[Any, ...]) -> bool:
    """Whether nothing the figure's article leans towards sets it elsewhere than the candidate's
    places: no soft place, or one of them (a town's count in an article about the town is no
    value of the country's count, though lower)."""
    soft = claim.soft_places
    return not soft or bool(candidate[PLACES] and candidate[PLACES] & soft)


def _choose(claim: Claim, pools: list[set[tuple[Any, ...]]],
            few: list[tuple[Any, ...]] | None, by_value: _ByValue,
            by_article: dict[str, set[tuple[Any, ...]]]) -> tuple[Any, ...] | None:
    """The one quantity an underspecified figure joins, or None when it is ambiguous. ``few``
    lists the candidates when there are few enough to compare values with; the article's own
    quantities are looked up from the article's side, so a popular quantity costs nothing."""
    if claim.soft_places is not None and len(claim.soft_places) > 1:
        pools = [{c for c in p if not _of_a_part(claim, c)} for p in pools]
        few = [c for c in few if not _of_a_part(claim, c)] if few is not None else None
    local: list[tuple[Any, ...]] = []
    if claim.key.thing is not None:
        local = sorted((c for c in by_article[claim.article] if any(c in p for p in pools)
                        and not _elsewhere(claim, c)), key=stable)
    if len(local) == 1 and (claim.key.group is not None or local[0][GROUP] is None
                            or by_value(claim, local[0])) and not _gainsaid(
            claim, by_value.own_values(claim, local[0])):
        # the article's one such quantity is the context of what the figure leaves unsaid; but
        # whose figure it is the context does not say ("the party won 612,340 votes", then
        # "397,105 votes" for another party): an owner it is given only by value
        return local[0]
    if few is None and not local:
        return None
    candidates = local or few or []
    fits = [c for c in candidates if by_value(claim, c)]
    if not fits and local and few:
        # none of its article's own agrees ("23" in a list of the other parties' seats): the one
        # quantity anywhere that does
        fits = [c for c in few if by_value(claim, c)]
    if len(fits) == 1:
        return fits[0]
    if len(fits) > 1 and claim.key.thing is None:
        # a figure that does not say what it is, between quantities its value fits (a currency's
        # give-or-take widens every amount), restates the one that gives its very words: the
        # same number in the same unit ("£2.64bn" after "debts of £2.64bn")
        written = [c for c in fits if by_value.written(claim, c)]
        if len(written) == 1:
            return written[0]
    if claim.soft_places:  # the article's own place decides between (or instead of) fits
        placed = [c for c in (fits or candidates) if c[PLACES] == claim.soft_places]
        if len(placed) == 1:
            return placed[0]
    # a figure that names no place, between a country's count and its towns' counts, restates
    # the country's (a national toll is what unattributed copy repeats); between two countries
    # it stays undecided
    national = [c for c in (fits or candidates) if c[PLACES] and all(
        countries().country(place) for place in c[PLACES])]
    if len(national) == 1 and claim.key.places is None and not _said_below_country(claim):
        return national[0]
    own_body = _one_body_counts(claim, few, by_value) if not fits and not local else None
    if own_body is not None:
        return own_body
    if not fits and not local and few and claim.key.thing and (
            len(few) == 1 or all(_elsewhere(claim, c) for c in few)):
        # no quantity agrees with it, and every one that could complete it is about somewhere
        # else (its article is about a country, they about its districts): a national count
        # that names no place is its article's country's, not a guess between districts
        # (only a country is such a home: a region or a continent the article leans towards
        # is no whole its districts make up)
        return HOME if len(few) > 1 and _a_country(claim.soft_places) else OWN
    if not fits and len(local) > 1 and claim.key.places is None and not claim.soft_places:
        # its own article counts the thing in several places, and gives a count that names no
        # place and agrees with none of them: the writer set the parts beside their whole
        # ("1,012 suspected cases" after a table of each district's), so it is the whole's, not
        # a guess between the parts, and meets the other counts that leave the place unsaid
        return OWN
    return None
