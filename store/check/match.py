"""The store's quantity a claim's figure is about, found by the grouping's own rules.

Every figure of the store is read as the grouping reads it (``store.conflicts.keys.claim_of``
through ``grouping.claims_of``), the reader's judgements applied as the groups apply them
(``store.review.apply.adjust_for``), and bucketed by ``attach``: so "same thing counted, same
places, any spelling or currency" means here exactly what it means for a conflict group. Only the
figures of the claim's measure are read (``attach`` never joins two measures), once per measure,
so a second check of the same kind of quantity costs a dictionary lookup.

A claim's figure meets a quantity in one of three ways, best first: ``exact`` (the same key),
``completed`` (the store says what the claim leaves unsaid: "30,000 fighters in Iraq and Syria"
finds the fighters of IS there), ``broader`` (the store's figures leave unsaid what the claim
says).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Any

from store.conflicts.attach import OPTIONAL, attach, completions, quantity_index, stable
from store.conflicts.grouping import actor_resolver, claims_of
from store.conflicts.keys import Claim, QuantityKey, armed_group_keys, claim_of, measure_of
from store.corpus import Corpus
from store.review.apply import adjust_for

EXACT, COMPLETED, BROADER, NEARBY = "exact", "completed", "broader", "nearby"
PLACES = 4  # position of the places in QuantityKey.as_tuple()
Parts = tuple[Any, ...]


@dataclass(frozen=True)
class Quantity:
    """One of the store's quantities, as a claim's figure meets it."""

    key: QuantityKey
    members: tuple[Claim, ...]
    how: str  # EXACT, COMPLETED, BROADER or NEARBY

    @property
    def sentences(self) -> int:
        return len({c.sentence for c in self.members})


class Finder:
    """The store's quantities, bucketed per measure on first use."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        actor_rows = [{"id": a.id, "name": a.name, "aliases": list(a.aliases)}
                      for a in corpus.actors()]
        self.resolve = actor_resolver(actor_rows)
        self.armed = armed_group_keys(self.resolve)
        self._rows: dict[str, list[dict[str, Any]]] | None = None
        self._by_id: dict[str, dict[str, Any]] = {}
        self._moved: list[tuple[str, str, dict[str, Any]]] = []  # (to measure, own, row)
        self._placed: dict[str, tuple[dict[Parts, list[Claim]], dict[Parts, set[Parts]]]] = {}
        self._unsure: dict[str, list[Claim]] = {}  # figures that fit several quantities

    def claim(self, row: dict[str, Any], sentence_text: str) -> Claim | None:
        """A claim's figure row as the grouping reads it (it comes after every article)."""
        return claim_of(row, sentence_text, 1 << 30, self.resolve, self.armed)

    def _rows_of(self, measure: str) -> list[dict[str, Any]]:
        """The figure rows of one measure, and those moved by hand into a quantity of it."""
        if self._rows is None:
            by_unit: dict[str, str] = {}
            self._rows = {}
            for row in self.corpus.figure_rows():
                unit = str(row.get("unit") or "count")
                if unit not in by_unit:
                    by_unit[unit] = measure_of(unit)
                self._rows.setdefault(by_unit[unit], []).append(row)
                self._by_id[str(row.get("id"))] = row
                if row.get("moved_to"):
                    self._moved.append((str(row["moved_to"]).split("|", 1)[0], by_unit[unit],
                                        row))
        return self._rows.get(measure, []) + [row for to, own, row in self._moved
                                               if to == measure and own != measure]

    def _quantities(self, measure: str) -> tuple[dict[Parts, list[Claim]], dict[Parts, set[Parts]]]:
        if measure not in self._placed:
            rows = self._rows_of(measure)
            corpus = self.corpus
            articles = [{"id": a.id, "date": a.date, "file": a.file, "text": corpus.text(a.id)}
                        for a in corpus.articles()]
            claims = adjust_for(self._by_id)(claims_of(rows, articles, self.resolve))
            placed, ambiguous = attach([c for c in claims if c.key.measure == measure])
            # a figure that fits several quantities is no evidence about any one of them
            unsure = {c.id for c in ambiguous}
            placed = {parts: kept for parts, members in placed.items()
                      if (kept := [c for c in members if c.id not in unsure])}
            self._unsure[measure] = [c for c in ambiguous if c.key.thing is not None]
            self._placed[measure] = (placed, quantity_index(placed))
        return self._placed[measure]

    def find(self, claim: Claim) -> list[Quantity]:
        """The quantities a claim's figure may be about, the best match first."""
        placed, index = self._quantities(claim.key.measure)
        parts = claim.key.as_tuple()
        found: list[Quantity] = []
        if parts in placed:
            found.append(Quantity(claim.key, tuple(placed[parts]), EXACT))
        # a figure that says neither what it counts nor whose or where ("1,130 people") could
        # be any quantity of its measure: as in ``attach``, the key alone does not place it
        vague = all(parts[i] is None for i in OPTIONAL)
        pools = [] if vague else completions(parts, index)
        filled = sorted(set().union(*pools), key=stable) if pools else []
        found.extend(sorted((Quantity(QuantityKey.from_tuple(p), tuple(placed[p]), COMPLETED)
                             for p in filled if p != parts),
                            key=lambda q: -q.sentences))
        known = [i for i in OPTIONAL if parts[i] is not None]
        broader: list[Quantity] = []
        for size in range(1, len(known) + 1):
            for positions in combinations(known, size):
                general = tuple(None if i in positions else p for i, p in enumerate(parts))
                if general in placed and general[1] is not None:
                    broader.append(Quantity(QuantityKey.from_tuple(general),
                                            tuple(placed[general]), BROADER))
        # then the figures set in the claim's places by their sentence or article; then the
        # quantities that leave the claim's places unsaid, and those the figures set in its
        # places went to: the one most sentences speak to first (a stray figure that names no
        # place is weak evidence)
        gathered, elsewhere = self._nearby(parts, placed, {q.key.as_tuple() for q in found},
                                           self._unsure.get(claim.key.measure, []))
        found.extend(gathered)
        found.extend(sorted(broader + elsewhere, key=lambda q: -q.sentences))
        return found

    @staticmethod
    def _nearby(parts: Parts, placed: dict[Parts, list[Claim]], seen: set[Parts],
                unsure: list[Claim]) -> tuple[list[Quantity], list[Quantity]]:
        """The figures of the same thing whose sentence or article names the claim's places
        without the figure's own phrase saying so ("the toll rose to 468", in a story about
        Mozambique), gathered from wherever they were grouped: a weaker match, tried last."""
        places = parts[PLACES]
        if not places:
            return [], []
        near = [(other, [m for m in members if m.soft_places and places & m.soft_places])
                for other, members in sorted(placed.items(), key=lambda item: stable(item[0]))
                if other not in seen and other[:PLACES] == parts[:PLACES]]
        # the quantities those figures went to, and the figures themselves taken together
        elsewhere = [Quantity(QuantityKey.from_tuple(other), tuple(placed[other]), NEARBY)
                     for other, members in near if members and other[PLACES]]
        gathered = [m for _, members in near for m in members]
        # a figure that fits several quantities still speaks of the places its text names
        gathered += [m for m in unsure if m.key.as_tuple()[:PLACES] == parts[:PLACES]
                     and m.soft_places and places & m.soft_places]
        # with them, the figures of their articles that name no place at all: the article is
        # about the claim's place, so its placeless figures are too
        articles = {m.article for m in gathered}
        ids = {m.id for m in gathered}
        gathered += [m for other, members in sorted(placed.items(), key=lambda i: stable(i[0]))
                     if other[:PLACES] == parts[:PLACES] and not other[PLACES]
                     for m in members if m.article in articles and m.id not in ids]
        gathered = tuple(gathered)
        return ([Quantity(QuantityKey.from_tuple(parts), gathered, NEARBY)] if gathered else [],
                elsewhere)
