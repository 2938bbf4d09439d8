"""Figures of events that different stories tell: one store holds many stories.

A store is an archive: a bus crash reported in May and a ferry sinking reported in August both
"killed N people", and their figures take one key ("deaths", the event). Two figures of a
bounded event are of one event only when something ties their articles together: a place they
both name, or dates close enough that a story running from one to the other is likely. Articles
of an event's figures whose dates lie far apart, with nothing named in common, tell different
stories, and their figures are different quantities (never a contradiction or a revision).

Kept conservative: only figures of an event are looked at; articles are chained by date (each
gap at most ``APART_DAYS``), so a story running for months keeps its articles, and chains that
share any place (said anywhere in their articles) or an event's own name ("the Tarn fire") are
one story again. An undated figure of an event leaves the quantity whole.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date

from store.conflicts.keys import Claim

# days between two articles' dates beyond which, with no place in common, the events their
# figures belong to are not taken to be one (a running story prints every few days or weeks, and
# looks back "four months after" the event; two events a season apart are two stories)
APART_DAYS = 120


def day_of(reported: str | None) -> date | None:
    """An article's date ("2026-03-14", or "2026-03" when only the month is known)."""
    parts = (reported or "").split("-")
    try:
        numbers = [int(p) for p in parts[:3]]
    except ValueError:
        return None
    if not numbers or len(str(numbers[0])) != 4:
        return None
    numbers += [1] * (3 - len(numbers))
    try:
        return date(*numbers)
    except ValueError:
        return None


def article_places(claims: list[Claim]) -> dict[str, frozenset[str]]:
    """Every place each article's figures name, are placed in or stand near (their paragraphs'
    places), and every event they name by its own name ("the Tarn fire", not "the fire"): the
    evidence two articles are of one story."""
    found: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        found[claim.article].update(claim.key.places or ())
        found[claim.article].update(claim.soft_places or ())
        found[claim.article].update(claim.nearby_places or ())
        if (name := named_event(claim.event_name)) is not None:
            found[claim.article].add(name)
    return {article: frozenset(places) for article, places in found.items()}


def named_event(event: str | None) -> str | None:
    """An event's own name, as a key ("event:tarn fire" of "Tarn fire"); None for an event a
    common noun names ("fire", "the crash"): two fires are not one story by that word."""
    words = (event or "").split()
    if not any(word[:1].isupper() for word in words):
        return None
    return "event:" + " ".join(words).lower()


def by_story(members: list[Claim], places: Mapping[str, frozenset[str]]) -> list[list[Claim]]:
    """A quantity's figures split by the story their articles tell (one list when one story)."""
    events = [c for c in members if c.event]
    if len({c.article for c in events}) < 2:
        return [members]
    days = {c.article: day_of(c.reported) for c in events}
    if any(d is None for d in days.values()):
        return [members]
    chains: list[list[str]] = []
    last: date | None = None
    for article in sorted(days, key=lambda a: (days[a], a)):
        moment = days[article]
        assert moment is not None
        if last is None or (moment - last).days > APART_DAYS:
            chains.append([])
        chains[-1].append(article)
        last = moment
    if len(chains) == 1:
        return [members]
    stories = _joined_by_places(chains, places)
    if len(stories) == 1:
        return [members]
    story_of = {article: n for n, story in enumerate(stories) for article in story}
    spans = [(min(days[a] for a in story), max(days[a] for a in story)) for story in stories]
    split: list[list[Claim]] = [[] for _ in stories]
    for claim in members:
        n = story_of.get(claim.article)
        if n is None:
            n = _nearest(day_of(claim.reported), spans)
        split[n].append(claim)
    return [story for story in split if story]


def _joined_by_places(chains: list[list[str]], places: Mapping[str, frozenset[str]]
                      ) -> list[list[str]]:
    """Chains of articles that share a place are one story."""
    stories: list[tuple[list[str], set[str]]] = []
    for chain in chains:
        named = set().union(*(places.get(a, frozenset()) for a in chain))
        for story, story_places in stories:
            if named & story_places:
                story.extend(chain)
                story_places.update(named)
                break
        else:
            stories.append((list(chain), named))
    return [story for story, _ in stories]


def _nearest(moment: date | None, spans: list[tuple[date, date]]) -> int:
    """The story whose dates are nearest a figure that is not itself of the event (the first
    story for an undated one)."""
    if moment is None:
        return 0
    return min(range(len(spans)), key=lambda n: 0 if spans[n][0] <= moment <= spans[n][1]
               else min(abs((moment - spans[n][0]).days), abs((moment - spans[n][1]).days)))
