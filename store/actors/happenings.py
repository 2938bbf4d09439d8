"""Rule 8b of actor resolution (``store.actors.resolve``): one happening named in several ways
across articles.

A happening named by a common noun is written differently by each article: "the 2031 Velm
census", "the Velm census", "the 2031 census" (event nouns in ``store/data/names.toml``). Two
such names are one event when their nouns are of one kind (earthquake and quake: the synonym
classes of ``store/data/descriptions.toml``), their years do not differ and neither do the
months they are named by (the May floods are not the September floods), their lowercase words
are the same (the 2031 census is not the 2031 school census) and the capitalised words of one
are all words of the other. Names with a year are settled first, among themselves; a name
without a year then joins the one event it fits, or of several that fit (the 2031 census and
the 2021 census both fit "the Velm census") the one the corpus names at least twice as often as
each other, the story's own event; else it stays apart. "The Velm fire" and "the Dovren fire"
never join: each has a word the other lacks. A name that puts its noun before a capitalised
complement ("the 2031 Census of Farms and Fisheries") is read as its noun, its year and the
complement's words, which say which happening as a name's words before the noun do but name
nobody an article must name: "the 2031 census" and "the census" are that census.

Mixed into ``Resolver``: it uses its mentions, nodes and union-find.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from store.actors.records import MentionRecord
from store.knowledge.descriptions import descriptions
from store.knowledge.folding import name_tokens
from store.knowledge.name_words import name_words

_YEAR = re.compile(r"(?:19|20)\d\d")
_BESIDE = re.compile(r"[ \t]*,[ \t]+")
_DOMINANT = 2  # times as often as each other that fits
# years before its article's date: a happening named by a year longer ago than this is one the
# article recalls for comparison ("Twelve years ago, the 2014 eruption drove 9,800 from their
# homes"), never what its undated names and descriptions stand for ("the eruption")
_RECALLED = 2


@dataclass(frozen=True)
class _Shape:
    kind: str
    year: str | None
    names: frozenset[str]  # the capitalised words: whose happening, where
    modifiers: frozenset[str]  # the lowercase words: what sort of it ("enrolment census")
    month: str | None = None  # the month it is named by: "the March floods"
    # the capitalised words of a complement after its noun ("Census of Farms and
    # Fisheries"): which happening, like ``names``, but naming no one the article must name
    complement: frozenset[str] = frozenset()


@cache
def _kinds() -> dict[str, str]:
    """Event noun -> its kind: the first noun of its synonym class in descriptions.toml (a
    rule for events whose heads are words of its own), else the noun itself."""
    kinds: dict[str, str] = {}
    for rule in descriptions().rules:
        if rule.types == frozenset({"EVENT"}) and rule.match == "ends" and rule.heads & rule.words:
            first = min(rule.words)
            for word in rule.heads | rule.words:
                kinds.setdefault(word, first)
    return kinds


@cache
def _kinds_described(head: str) -> tuple[str, ...]:
    """The kinds of happening a description's head noun may stand for: its own ("the quake": the
    earthquakes), and for a word of no kind of its own, the kinds of the nouns its rules for
    events list ("the disaster": a capsizing, a crash, a collapse ...)."""
    kinds = _kinds()
    found = [kinds.get(head, head)]
    for rule in descriptions().rules_for(head):
        if rule.types == frozenset({"EVENT"}) and rule.match == "ends" \
                and not rule.heads & rule.words:
            found.extend(sorted({kinds.get(w, w) for w in rule.words} - set(found)))
    return tuple(found)


@cache
def _month_of(abbreviation: str) -> str:
    """The month an abbreviation stands for ("sept" -> "september")."""
    return next((m for m in name_words().months if m.startswith(abbreviation)), abbreviation)


@lru_cache(maxsize=1 << 14)
def _words(surface: str) -> tuple[str, ...]:
    """A description's words as compared (``name_tokens``), worked out once per surface: a
    corpus repeats "the storm" thousands of times."""
    return tuple(name_tokens(surface))


@lru_cache(maxsize=1 << 14)
def shape_of(surface: str) -> _Shape | None:
    """What an event's name says of it: the kind of its noun, its year, its capitalised and
    its lowercase words; None when it does not end in an event noun ("Typhoon Orwen")."""
    tokens = name_tokens(surface)
    words = surface.split()
    words, complement, dated = _before_complement(words)
    if complement:
        tokens = name_tokens(" ".join(words))
    if len(tokens) > 2 and len(words) > 2 and _YEAR.fullmatch(tokens[-1]):
        # "National Heron Census 2031", its title's form: its noun is before the year
        years = {tokens[-1]}
        tokens, words = tokens[:-1], words[:-1]
    else:
        years = set()
    years |= dated
    if len(tokens) < (1 if complement else 2) or tokens[-1] not in name_words().event_nouns:
        return None
    years |= {t for t in tokens if _YEAR.fullmatch(t)}
    if len(years) > 1:
        return None
    kinds = _kinds()
    months = name_words().months
    calendar = months | name_words().weekdays  # a date says when, not whose
    names, modifiers, named_months = set(), set(), set()
    for word in words[:-1]:
        for token in name_tokens(word):
            if token in name_words().month_abbreviations and word.endswith("."):
                token = _month_of(token)  # "the Oct. 11 eruption": October's
            if token in months:
                named_months.add(token)
            if not (_YEAR.fullmatch(token) or token.isdigit() or token in kinds
                    or token in calendar or token == "and"):
                (names if word[:1].isupper() else modifiers).add(token)
    if len(named_months) > 1:
        return None
    return _Shape(kinds.get(tokens[-1], tokens[-1]), next(iter(years), None),
                  frozenset(names), frozenset(modifiers), next(iter(named_months), None),
                  complement)


def _before_complement(words: list[str]) -> tuple[list[str], frozenset[str], frozenset[str]]:
    """A name that puts its event noun, capitalised, before a capitalised complement ("the 2031
    Census of Farms and Fisheries"): its words up to the noun, the complement's words, which
    say which happening as capitalised words before the noun do, and the complement's years
    ("the Census of Farms 2031"). A name ending in its noun, or whose complement is not a
    name's: as written."""
    none: frozenset[str] = frozenset()
    if "of" not in words[1:-1]:
        return words, none, none
    at = words.index("of")
    head = name_tokens(words[at - 1])
    rest = words[at + 1:]
    if not head or head[-1] not in name_words().event_nouns or not words[at - 1][:1].isupper() \
            or not all(w[:1].isupper() or _YEAR.fullmatch(w) or w in ("and", "the") for w in rest):
        return words, none, none
    return words[:at], frozenset(t for w in rest if w[:1].isupper() for t in name_tokens(w)), \
        frozenset(w for w in rest if _YEAR.fullmatch(w))


def fits(a: _Shape, b: _Shape) -> bool:
    """Two names that may be one happening: one kind, no two years and no two months (the
    November blackout is not the March 2031 blackout), the same sort (the 2031 census is not
    the 2031 school census), the capitalised words of one all words of the other."""
    return a.kind == b.kind and (a.year is None or b.year is None or a.year == b.year) \
        and (a.month is None or b.month is None or a.month == b.month) \
        and a.modifiers == b.modifiers and (a.names | a.complement <= b.names | b.complement
                                            or b.names | b.complement <= a.names | a.complement)


class Happenings:
    """Join the names of one happening across articles."""

    def _happenings(self) -> None:
        shapes: dict[int, set[_Shape]] = defaultdict(set)  # root -> the shapes of its names
        counts: dict[int, int] = defaultdict(int)
        written: dict[int, set[int]] = defaultdict(set)  # root -> its articles' years
        seen: dict[str, _Shape | None] = {}
        for m in self.mentions:
            if m.label != "EVENT" or m.acronym:
                continue
            if m.surface not in seen:
                seen[m.surface] = shape_of(m.surface)
            shape = seen[m.surface]
            if shape is None:
                continue
            root = self.uf.find(self.node[m.index])
            shapes[root].add(shape)
            counts[root] += 1
            if (year := self.article_year(m.article)) is not None:
                written[root].add(year)
        self._named_beside(seen)
        by_kind: dict[str, list[int]] = defaultdict(list)
        for root, found in shapes.items():
            if len({s.kind for s in found}) == 1 and len({s.year for s in found} - {None}) <= 1 \
                    and len({s.month for s in found} - {None}) <= 1:
                by_kind[next(iter(found)).kind].append(root)
        for roots in by_kind.values():
            if len(roots) > 1:
                self._join_happenings(roots, shapes, counts, written)
        # what a description in an article that names none may stand for
        self._named_happenings: dict[str, dict[int, tuple[set[_Shape], int]]] = defaultdict(dict)
        # kind -> a word of a happening's name -> the happenings: a description looks up the words
        # its article names, never every happening of its kind in the corpus
        self._happening_words: dict[str, dict[str, set[int]]] = defaultdict(
            lambda: defaultdict(set))
        self._said: dict[str, set[str]] = {}  # article -> the words of the names it gives
        for kind, roots in by_kind.items():
            for root in roots:
                top = self.uf.find(root)
                had, n = self._named_happenings[kind].get(top, (set(), 0))
                self._named_happenings[kind][top] = (had | shapes[root], n + counts[root])
                for shape in shapes[root]:
                    for word in shape.names:
                        self._happening_words[kind][word].add(top)

    def article_year(self, article: str) -> int | None:
        """The year of the article's date, None where it has none."""
        years = getattr(self, "_article_years", None)
        if years is None:
            years = self._article_years = {
                a.id: int(a.date[:4]) for a in self.articles
                if a.date and a.date[:4].isdigit()}
        return years.get(article)

    def recalled(self, article: str, names: Iterable[str]) -> bool:
        """The happening of these names is named by a year more than ``_RECALLED`` years before
        the article's date: one it recalls, not its story's ("the eruption" there is not it)."""
        year = self.article_year(article)
        return year is not None and _recalled(year, {s for n in names if (s := shape_of(n))})

    def happening_named_elsewhere(self, m: MentionRecord, named: list[MentionRecord]) -> int | None:
        """"The breach" in an article that names no breach but names Harlow, where the corpus
        names one breach after Harlow ("the Harlow breach"): that happening. Every capitalised
        word of one of its names must be a word of a name the article gives; of two such
        happenings, the one the corpus names at least twice as often; else none."""
        index = getattr(self, "_named_happenings", None)
        words = _words(m.surface)
        if not index or not words:
            return None
        kinds = _kinds_described(words[-1])
        if not any(index.get(kind) for kind in kinds):
            return None
        said = self._said.get(m.article)
        if said is None:
            said = self._said[m.article] = {
                w for o in named if o.label not in ("DESC", "EVENT") for w in o.loose}
        found = []
        for kind in kinds:
            happenings = index.get(kind, {})
            by_word = self._happening_words[kind]
            roots = {root for w in said for root in by_word.get(w, ())}
            year = self.article_year(m.article)
            for root in roots:
                found_shapes, count = happenings[root]
                if any(s.names and s.names <= said for s in found_shapes) \
                        and _fits_description(m.surface, found_shapes) \
                        and not (year is not None and _recalled(year, found_shapes)):
                    found.append((count, root))
        if not found:
            return None
        found.sort(reverse=True)
        if len(found) > 1 and found[0][0] < _DOMINANT * found[1][0]:
            return None
        return found[0][1]

    def _words_of_names(self) -> frozenset[str]:
        """The words of the corpus's names of anything but a happening ("Harlow" of the town),
        from its distinct surfaces, once."""
        words = getattr(self, "_name_words", None)
        if words is None:
            words = self._name_words = frozenset(
                t for (_, label), f in self._surfaces.items() if label not in ("EVENT", "DESC")
                for t in f.key.split())
        return words

    def happening_of_corpus(self, m: MentionRecord) -> tuple[int, str] | None:
        """"The heatwave" in an article that names no heatwave and no name of one: the one
        happening of that kind the corpus names by a date alone or by a name of its own, no
        word of which names anything else ("the July heatwave", "the 2031 census", "the Clean
        Rivers campaign"), saying not whose, or of several the one it names at least twice as often
        as each other (one named after a place or a body, "the Harlow breach", needs that name
        in the article: ``happening_named_elsewhere``); where the corpus names none of that
        kind, the one happening every such description of the corpus stands for, an actor only
        described (a story's heatwave or drought is often never given a name). Only for the
        event nouns of ``store/data/names.toml``, which name one happening: not "the event"."""
        words = _words(m.surface)
        if not words or words[-1] not in name_words().event_nouns:
            return None
        kind = _kinds().get(words[-1], words[-1])
        happenings = getattr(self, "_named_happenings", {}).get(kind, {})
        year = self.article_year(m.article)
        own = self._words_of_names()
        found = sorted(((count, root) for root, (shapes, count) in happenings.items()
                        if any(not (s.names & own) for s in shapes)
                        and _fits_description(m.surface, shapes)
                        and not (year is not None and _recalled(year, shapes))), reverse=True)
        if found:
            if len(found) > 1 and found[0][0] < _DOMINANT * found[1][0]:
                return None
            return found[0][1], f"the one {words[-1]} the corpus names"
        if happenings:
            return None  # named ones, of another sort ("the rolling strike")
        node = self.global_node(f"happening:{kind}")
        # called by the noun the corpus first describes it by ("the pact": Pact), never by the
        # name of its class of synonyms, a word no article wrote ("Agreement")
        noun = words[-1]
        self.given.setdefault(node, noun[:1].upper() + noun[1:])
        self.given_types.setdefault(node, "EVENT")
        return node, f"the one {words[-1]} the corpus describes and never names"

    def _named_beside(self, seen: dict[str, _Shape | None]) -> None:
        """"The largest fire, Kandor, spread": a name set beside a description of a happening
        by a comma is that happening's name when the article names the happening after it (the
        Kandor fire), so the name joins the happening."""
        kinds = _kinds()
        for art in self.articles:
            named = self.by_article.get(art.id, [])
            events = [m for m in named if m.label == "EVENT" and seen.get(m.surface)]
            if not events:
                continue
            for a, b in itertools.pairwise(named):
                desc, name = (a, b) if a.label == "DESC" else (b, a)
                if desc.label != "DESC" or name.label in ("DESC", "EVENT") \
                        or not _BESIDE.fullmatch(art.text, a.end, b.start):
                    continue
                head = name_tokens(desc.surface)[-1:]
                kind = kinds.get(head[0], head[0]) if head else None
                words = frozenset(name.loose)
                for e in events:
                    shape = seen[e.surface]
                    if shape.kind == kind and shape.names == words and not shape.modifiers:
                        self.uf.union(self.node[e.index], self.node[name.index])
                        break

    def _join_happenings(self, roots: list[int], shapes: dict[int, set[_Shape]],
                         counts: dict[int, int], written: dict[int, set[int]]) -> None:
        dated = [r for r in roots if any(s.year for s in shapes[r])]
        undated = [r for r in roots if r not in dated]
        groups: list[list[int]] = []
        for root in sorted(dated, key=lambda r: -counts[r]):
            group = next((g for g in groups if all(_agree(shapes[root], shapes[o]) for o in g)),
                         None)
            if group is None:
                groups.append([root])
            else:
                group.append(root)
        for root in sorted(undated, key=lambda r: -counts[r]):
            # not one that each article naming it without a year recalls from long before
            since = min(written[root], default=None)
            fitting = [g for g in groups if all(_agree(shapes[root], shapes[o]) for o in g)
                       and not (since is not None and _recalled(
                           since, {s for o in g for s in shapes[o]}))]
            if len(fitting) > 1:
                fitting = _the_story_s(fitting, shapes, counts)
                if not fitting:
                    continue  # two events it may be, neither the story's own: apart
            if fitting:
                fitting[0].append(root)
            else:
                groups.append([root])
        for group in groups:
            for other in group[1:]:
                self.uf.union(group[0], other)


def happening_fits(description: str, names: frozenset[str]) -> bool:
    """Whether a description may stand for a happening of these names: "Tuesday's quake" is
    never one named by its year (a day of the week names one of the past days), and "the
    rolling strike" is not "the 2019 transport strike" (both say what sort, and differently)."""
    return _fits_description(description, {s for n in names if (s := shape_of(n))})


def _the_story_s(groups: list[list[int]], shapes: dict[int, set[_Shape]],
                 counts: dict[int, int]) -> list[list[int]]:
    """Of several events a name without a year may be, the story's own: the one the corpus
    names at least twice as often as each other, else the latest when each has a year (an older
    one of its kind is named for comparison: "up from 41 million at the 2021 census"); none when
    two share the latest year."""
    sizes = sorted(((sum(counts[r] for r in g), i) for i, g in enumerate(groups)), reverse=True)
    if sizes[0][0] >= _DOMINANT * sizes[1][0]:
        return [groups[sizes[0][1]]]
    years = sorted(((max(s.year or "" for r in g for s in shapes[r]), i)
                    for i, g in enumerate(groups)), reverse=True)
    if not years[-1][0] or years[0][0] == years[1][0]:
        return []  # one without a year may be the story's as well
    return [groups[years[0][1]]]


def _fits_description(description: str, shapes: set[_Shape]) -> bool:
    """A description's own sort words and day against a happening's shapes: "Tuesday's quake"
    is none named by its year, "the rolling strike" not the transport strike."""
    words = description.split()
    dated = words[0].lower().removesuffix("'s").removesuffix("’s") in name_words().weekdays
    said = {w for w in name_tokens(" ".join(words[1:-1])) if w.isalpha()}
    for shape in shapes:
        if dated and shape.year:
            return False
        if said and shape.modifiers and not said & shape.modifiers:
            return False
    return True


def _recalled(year: int, shapes: Iterable[_Shape]) -> bool:
    """Named by a year, the latest of its names' years more than ``_RECALLED`` before ``year``."""
    years = [int(s.year) for s in shapes if s.year]
    return bool(years) and max(years) + _RECALLED < year


def _agree(a: set[_Shape], b: set[_Shape]) -> bool:
    return all(fits(x, y) for x in a for y in b)
