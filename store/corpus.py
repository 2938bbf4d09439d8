"""The read API: everything the reader and the command line ask of a claim store.

Opening a store reads its JSON (article metadata, actor names, group verdicts); each article's
figures and mentions, each actor's mention map and each group's members are read from the side
file when first asked for (``store.part_index``), so opening costs the same whatever the number of
figures, and each key press in the reader is a dictionary lookup or a bisect, never a scan. What
needs everything (export, ``check``, the conflicts listing) reads every part in turn. No spaCy.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Sequence
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from store.article_list import ArticleList
from store.db import read_tables
from store.group_index import GroupIndex
from store.model import (
    MATCH_KINDS,
    Actor,
    ActorMatch,
    Article,
    ConflictGroup,
    Figure,
    Link,
    Mention,
    actor_type,
    read_by_older_extraction,
)
from store.packing import UNNAMED_LABELS, unpack_items, unpack_spans
from store.part_index import ARTICLES_KEPT, Kept, Lazy, Mapped, PartIndex
from store.part_index import rows_of as _rows
from store.schema import text_length
from store.storage import paused_gc
from store.text_search import find_all
from store.texts import TextPack, has_ref

if TYPE_CHECKING:
    from store.actors.lookup import ActorIndex

Position = tuple[str, int]  # (article id, character offset)
T = TypeVar("T")


class Corpus:
    """A claim store opened for reading."""

    def __init__(self, path: Path, data: dict[str, dict[str, Any]], *,
                 in_order: bool = False) -> None:
        """``in_order``: the article rows are known to come in corpus order (not sorted again)."""
        self.path = Path(path)
        self._data = data
        meta_rows = _rows(data, "meta")
        self.meta: dict[str, Any] = meta_rows[0] if meta_rows else {}
        self._articles = ArticleList(_rows(data, "articles"), in_order=in_order)
        self._article_rows = self._articles.rows()
        self._article_mention_cache: Kept[str, list[Mention]] = Kept(ARTICLES_KEPT)
        Figures = tuple[list[Figure], dict[str, Figure]]  # an article's, in text order and by id
        self._figure_cache: Kept[str, Figures] = Kept(ARTICLES_KEPT)
        self._actor_ref_cache: dict[str, list[tuple[int, int, str, int]]] = {}
        self._texts = TextPack(self.path)  # opened at the first text shown
        self._parts = PartIndex(self.path, data, self._article_rows)

    @classmethod
    def open(cls, path: str | Path) -> Corpus:
        """Open a store read-only (the collector paused: ``paused_gc``); a missing, damaged,
        foreign or newer file raises a ``ClaimscopeError`` with a one-line message."""
        with paused_gc():
            data, in_order = read_tables(Path(path))
            return cls(Path(path), data, in_order=in_order)

    # --- articles -------------------------------------------------------------------------------

    def articles(self) -> Sequence[Article]:
        """All articles in corpus order (by date, undated last, then file name)."""
        return self._articles

    def article(self, article_id: str) -> Article:
        return self._articles.get(article_id)

    def article_order(self, article_id: str) -> int:
        """An article's place in corpus order (-1 for one the store does not hold), unmade."""
        return self._articles.order_of(article_id)

    def read_by_older_extraction(self) -> int:
        """How many articles an older extraction read: their figures may differ from what this
        program reads now (one pass over the rows, asked for once when the reader opens)."""
        return sum(map(read_by_older_extraction, self._article_rows.values()))

    def text(self, article_id: str) -> str:
        """An article's text, read from the side file when first shown (inline before schema 3)."""
        row = self._article_rows[article_id]
        text = row.get("text")
        if isinstance(text, str):
            return text
        return self._texts.read(row["text_at"]) if has_ref(row) else ""

    def text_length(self, article_id: str) -> int:
        """An article's length in characters, without reading its text."""
        return text_length(self._article_rows[article_id])

    def neighbour(self, article_id: str, step: int) -> Article | None:
        """The article ``step`` places away in corpus order, or None past either end."""
        i = self._articles.get(article_id).order + step
        return self._articles[i] if 0 <= i < len(self._articles) else None

    # --- figures --------------------------------------------------------------------------------

    def _figure_index(self, article_id: str) -> tuple[list[Figure], dict[str, Figure]]:
        cached = self._figure_cache.find(article_id)
        if cached is None:
            figures = sorted((Figure.from_row(r) for r in self._parts.figure_rows(article_id)),
                             key=lambda f: f.start)
            cached = self._figure_cache.keep(article_id, (figures, {f.id: f for f in figures}))
        return cached

    def _article_figures(self, article_id: str) -> list[Figure]:
        return self._figure_index(article_id)[0]

    def figures(self, article_id: str | None = None, *, about: str | None = None) -> list[Figure]:
        """Figures of one article (text order) or of the corpus (corpus order), optionally only
        those that answer to every word of ``about`` (``store.figure_search``)."""
        if article_id is None:
            figures = [f for a in self._articles for f in self._article_figures(a.id)]
        else:
            figures = list(self._article_figures(article_id))
        if about:
            # deferred: the curated word lists a search reads, loaded only when one is made
            from store.figure_search import FigureSearch

            search = FigureSearch(about)
            figures = [f for f in figures if search.matches(f, self.text(f.article))]
        return figures

    def figure_rows(self) -> list[dict[str, Any]]:
        """Every figure row as stored (docs/schema.md), for code that reads figures the way the
        grouping does (``store.check``). The rows are the corpus's own: do not change them."""
        return self._parts.all_figure_rows()

    @cached_property
    def _odd_figures(self) -> dict[str, str]:
        return self._parts.odd_figures()

    def _article_of(self, figure_id: str) -> str | None:
        """The article of a figure the store holds (its id starts with it but for a hand-made
        row, which the store lists), or None."""
        article = figure_id.rpartition(":")[0]
        if article not in self._article_rows or figure_id not in self._figure_index(article)[1]:
            article = self._odd_figures.get(figure_id)
        if article in self._article_rows and figure_id in self._figure_index(article)[1]:
            return article
        return None

    def figure(self, figure_id: str) -> Figure:
        """A figure by id (``<article>:<start>``); raises KeyError for an unknown id."""
        article = self._article_of(figure_id)
        if article is None:
            raise KeyError(figure_id)
        return self._figure_index(article)[1][figure_id]

    def has_figure(self, figure_id: str) -> bool:
        return self._article_of(figure_id) is not None

    def sentence(self, figure: Figure) -> str:
        start, end = figure.sentence
        return self.text(figure.article)[start:end]

    # --- actors and mentions --------------------------------------------------------------------

    @cached_property
    def _actors(self) -> dict[str, Actor]:
        actors = [self._actor(row) for row in _rows(self._data, "actors")]
        actors.sort(key=lambda a: (-a.n_mentions, a.name))
        return {a.id: a for a in actors}

    def _actor(self, row: dict[str, Any]) -> Actor:
        """An actor from its row; the articles it is named in, when kept in its part, are read
        when first used (their number is in its row)."""
        actor = Actor.from_row(row)
        size = row.get("n_articles")
        if "articles" in row or type(size) is not int:
            return actor

        def articles() -> tuple[str, ...]:
            found = self._parts.actor_field(row, "articles")
            return tuple(a for a in found if type(a) is str) if isinstance(found, list) else ()

        return replace(actor, articles=Lazy(size, articles))  # type: ignore[arg-type]

    def actors(self) -> list[Actor]:
        """All actors, most mentioned first."""
        return list(self._actors.values())

    def actor(self, actor_id: str) -> Actor:
        return self._actors[actor_id]

    @cached_property
    def _actor_index(self) -> ActorIndex:
        # deferred: the index reads the curated data files; the reader starts without them
        from store.actors.lookup import ActorIndex

        return ActorIndex.from_rows(_rows(self._data, "actors"))

    def find_actor(self, name: str) -> Actor | None:
        """The actor a typed name means best (``lookup``'s first), or None."""
        found = self.lookup(name, limit=1)
        return found[0].actor if found else None

    def lookup(self, query: str, *, limit: int = 50) -> list[ActorMatch]:
        """Every actor a typed name may mean, best first: its own name, another name it goes by
        (a curated alias, a nationality word, an acronym), a word of a name (a surname), a
        transliteration, a name's start; else the closest names. Each match says how it was
        found and how the corpus writes what matched."""
        hits = [ActorMatch(self._actors[h.actor], MATCH_KINDS[h.rank], h.written)
                for h in self._actor_index.search(query, limit) if h.actor in self._actors]
        if hits or len(query.strip()) < 3:
            return hits
        # deferred: rapidfuzz is needed only when no name matches; the reader starts without it
        from rapidfuzz import fuzz, process, utils

        choices = {(a.id, n): n for a in self._actors.values() for n in (a.name, *a.aliases)}
        close = process.extract(query, choices, scorer=fuzz.WRatio, limit=limit,
                                processor=utils.default_process, score_cutoff=85)
        seen: dict[str, ActorMatch] = {}
        for name, _, (actor_id, _) in close:
            seen.setdefault(actor_id, ActorMatch(self._actors[actor_id], "close", name))
        return list(seen.values())

    def parts(self, actor_id: str) -> list[Actor]:
        """The actors that are parts of this one (its schools, commands, ministries)."""
        return [a for a in self._actors.values() if a.part_of == actor_id]

    def article_mentions(self, article_id: str) -> list[Mention]:
        """Actor mentions in one article, in text order (unpacked on first use). A packed string
        that does not read, a mention outside the text and an actor id that names no actor (a
        hand-edited or half-rebuilt store; ``doctor`` reports them) are passed over."""
        cached = self._article_mention_cache.find(article_id)
        if cached is None:
            length = self.text_length(article_id) if article_id in self._article_rows else 0
            try:
                items = unpack_items(self._parts.mention_items(article_id))
            except ValueError:
                items = []
            # a description ("the ministry") that resolved shows as its actor's kind; one that
            # fits no actor names nobody and is left out. The rows, not the actors: the reader
            # opens its first articles before it makes every actor
            actors = self._actor_rows
            cached = [Mention(article_id, s, e, actor, actor_type(actors[actor])
                              if label in UNNAMED_LABELS else label)
                      for s, e, label, actor, _ in items
                      if actor is not None and actor in actors and 0 <= s <= e <= length]
            self._article_mention_cache.keep(article_id, cached)
        return cached

    @cached_property
    def _actor_rows(self) -> dict[str, dict]:
        return {row["id"]: row for row in _rows(self._data, "actors")}

    def _actor_refs(self, actor_id: str) -> list[tuple[int, int, str, int]]:
        """An actor's mentions as sorted (article order, start, article id, end), unpacked on
        first use: the key for bisecting from any position in the corpus."""
        refs = self._actor_ref_cache.get(actor_id)
        if refs is None:
            refs = []
            row = self._actor_rows.get(actor_id, {})
            mentions = self._parts.actor_field(row, "mentions")
            for article, packed in (mentions if isinstance(mentions, dict) else {}).items():
                order = self._articles.order_of(article)
                if order < 0 or type(packed) is not str:
                    continue
                length = self.text_length(article)
                try:
                    spans = unpack_spans(packed)
                except ValueError:  # a hand-edited store; ``doctor`` says so
                    continue
                refs.extend((order, s, article, e) for s, e in spans if 0 <= s <= e <= length)
            refs.sort()
            self._actor_ref_cache[actor_id] = refs
        return refs

    def mentions(self, actor_id: str) -> list[Mention]:
        """Every mention of an actor, in corpus order."""
        label = self._actors[actor_id].type if actor_id in self._actors else ""
        return [Mention(art, start, end, actor_id, label)
                for _, start, art, end in self._actor_refs(actor_id)]

    def next_mention(self, actor_id: str, after: Position, step: int = 1) -> Mention | None:
        """The actor's next (``step`` 1) or previous (-1) mention after a position, wrapping
        around the corpus; None if the actor has no other mention."""
        refs = self._actor_refs(actor_id)
        if not refs:
            return None
        article, offset = after
        order = self._articles.get(article).order
        key = (order, offset)

        def covers(r: tuple[int, int, str, int]) -> bool:
            return r[0] == order and r[1] <= offset < r[3]

        if step > 0:
            i = bisect.bisect_right(refs, key, key=lambda r: (r[0], r[1]))
        else:
            i = bisect.bisect_left(refs, key, key=lambda r: (r[0], r[1])) - 1
            if covers(refs[i % len(refs)]):  # from inside a mention, back means the one before
                i -= 1
        ref = refs[i % len(refs)]
        if covers(ref):
            return None  # wrapped round to where we are: there is no other mention
        return Mention(ref[2], ref[1], ref[3], actor_id, self._actors[actor_id].type)

    def mention_at(self, article_id: str, offset: int) -> Mention | None:
        """The actor mention covering (or nearest after) a character offset."""
        mentions = self.article_mentions(article_id)
        starts = [m.start for m in mentions]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and mentions[i].end > offset:
            return mentions[i]
        return mentions[i + 1] if i + 1 < len(mentions) else None

    @cached_property
    def _links(self) -> dict[str, list[Link]]:
        index: dict[str, list[Link]] = {}
        for row in self._parts.link_rows():
            if row["a"] not in self._actors or row["b"] not in self._actors:
                continue  # left by an interrupted ingest until its corpus stage runs
            # an optional field may be stored as null: read as absent, not iterated
            weight = row.get("weight")
            link = Link(row["a"], row["b"], 1 if weight is None else weight,
                        tuple(tuple(s) for s in row.get("sentences") or ()))
            index.setdefault(link.a, []).append(link)
            index.setdefault(link.b, []).append(link)
        for links in index.values():
            links.sort(key=lambda lk: -lk.weight)
        return index

    def linked(self, actor_id: str) -> list[Link]:
        """Links of an actor, heaviest first."""
        return list(self._links.get(actor_id, ()))

    # --- conflicts ------------------------------------------------------------------------------

    @cached_property
    def _groups(self) -> GroupIndex:
        return GroupIndex(self._data, self._parts, self.has_figure, self._article_of)

    def conflicts(self, verdict: str | None = None) -> list[ConflictGroup]:
        """Conflict groups, widest spread first (their members read when first used)."""
        groups = list(self._groups.ordered)
        return [g for g in groups if g.verdict == verdict] if verdict else groups

    def conflict(self, group_id: str) -> ConflictGroup:
        return self._groups.get(group_id)

    def group_sources(self, group: ConflictGroup) -> list[str]:
        """Who gives the figures of a group, sorted, without reading its members when the
        store keeps the list with the group."""
        return self._groups.sources(group) or sorted(
            {self.figure(f).source for f in group.figures if self.has_figure(f)})

    def group_of(self, figure_id: str) -> ConflictGroup | None:
        """The figure's sharpest group (see ``groups_of``), or None."""
        group_ids = self._groups.ids_of(figure_id)
        return self._groups.get(group_ids[0]) if group_ids else None

    def groups_of(self, figure_id: str) -> list[ConflictGroup]:
        """Every group a figure is in, sharpest disagreement first."""
        return [self._groups.get(g) for g in self._groups.ids_of(figure_id)]

    def comparable(self, group: ConflictGroup, figure_id: str) -> tuple[float, float]:
        """A figure's range in its group's common unit (currencies converted)."""
        value = self._groups.values(group.id).get(figure_id)
        if value is not None:
            return value[0], value[1]
        fig = self.figure(figure_id)
        return fig.low, fig.high

    def ranges(self, group: ConflictGroup) -> list[tuple[float, float]]:
        """``comparable`` of every figure of a group, in its order, its values looked up once."""
        values = self._groups.values(group.id)
        return [(value[0], value[1]) if value is not None else self.comparable(group, fid)
                for fid, value in ((fid, values.get(fid)) for fid in group.figures)]

    def counterparts(self, figure_id: str) -> Sequence[Figure]:
        """The other figures of a figure's group, most disagreeing first; for one of the two
        figures the group's reason names (``ConflictGroup.pair``), the other one first. Each
        is read when it is looked at: a group may hold thousands (``counterpart_ids``)."""
        return Mapped(self.counterpart_ids(figure_id), self.figure)

    def counterpart_ids(self, figure_id: str) -> list[str]:
        """The ids of ``counterparts``, in their order, without reading the figures."""
        group = self.group_of(figure_id)
        if group is None:
            return []
        values = self._groups.values(group.id)  # looked up once: a group may hold thousands

        def middle(fid: str) -> float:
            value = values.get(fid)
            low, high = (value[0], value[1]) if value is not None else self.comparable(group, fid)
            return (low + high) / 2

        mid = middle(figure_id)

        def disagreement(other_id: str) -> float:
            other = middle(other_id)
            return abs(other - mid) / max(abs(mid), abs(other), 1e-9)

        others = [fid for fid in group.figures if fid != figure_id]
        others.sort(key=lambda fid: (-disagreement(fid), fid))
        if group.pair and figure_id in group.pair:  # the pair the group's reason names
            partner = group.pair[1] if group.pair[0] == figure_id else group.pair[0]
            if partner in others:
                others.remove(partner)
                others.insert(0, partner)
        return others

    def derived(self, key: Hashable, make: Callable[[], T]) -> T:
        """What a view works out from this corpus (the conflicts screen's tree), made once and
        kept until the corpus is reloaded: opening the screen again costs no second pass."""
        views = self.__dict__.setdefault("_derived", {})
        if key not in views:
            views[key] = make()
        return views[key]

    def user_rows(self) -> list[dict[str, Any]]:
        """The ``user`` table: the reader's actor edits, judgements and saved checks."""
        return sorted((dict(row) for row in _rows(self._data, "user")),
                      key=lambda row: int(row.get("seq") or 0))

    def reload(self) -> None:
        """Read the file again after this process wrote to it (a judgement): everything that
        holds this corpus sees the new state."""
        fresh = Corpus.open(self.path)
        self.__dict__.clear()
        self.__dict__.update(fresh.__dict__)

    # --- search and counts ----------------------------------------------------------------------

    def search_text(self, query: str, *, limit: int = 200) -> list[tuple[str, int, int]]:
        """Case-insensitive occurrences of ``query`` in article texts: (article, start, end),
        offsets into the stored text (see ``find_all``)."""
        hits: list[tuple[str, int, int]] = []
        for article_id in self._article_rows:  # corpus order, no article made
            if len(hits) >= limit:
                break
            hits.extend((article_id, start, end)
                        for start, end in find_all(self.text(article_id), query, limit - len(hits)))
        return hits

    def search_actors(self, query: str, *, limit: int = 50) -> list[Actor]:
        """Actors a typed name may mean, best first (see ``lookup``)."""
        return [m.actor for m in self.lookup(query, limit=limit)]

    def counts(self) -> dict[str, int]:
        return {"articles": len(self._articles), "figures": self._parts.figure_count(),
                "actors": len(self._data.get("actors") or {}),
                "conflicts": len(self._data.get("conflicts") or {})}
