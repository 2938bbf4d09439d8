"""Quantity keys: what a figure is a figure *of*, in a form that different wordings share.

A key has five parts: the measure (a count of some unit, money, a percentage, an area...), the
class of what is counted, the words that make it a part of the whole ("foreign"), the group it
belongs to ("IS fighters" vs "SDF fighters") and the set of places. The last three may be unknown
(None): a sentence that says "the organisation still has $50-300 million" names neither what nor
where; ``store.conflicts.attach`` decides what such figures join.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from store.conflicts import measures, parts_said
from store.conflicts.differences import is_difference
from store.conflicts.earlier import earlier_value
from store.conflicts.moved_to import moved_to
from store.conflicts.moves import MOVE_UNITS, move_of, point_of, share_of
from store.conflicts.periods import clean_when, year_of
from store.conflicts.quantities import (
    fate_of,
    product_of,
    product_on,
    qualifiers_of,
    singular,
    thing_of,
)
from store.conflicts.ranges import (
    Interval,
    claim_interval,
    core_interval,
    scale,
    widen,
    written_step,
)
from store.conflicts.rates import COMMON_CURRENCY, CURRENCY_CODE, convertible, rate, spread
from store.conflicts.scope import (
    Resolve,
    capital_by_position,
    display_name,
    fold_name,
    place_keys,
    scope_key,
)
from store.conflicts.stated_rates import SOURCE as STATED
from store.conflicts.still_to_come import tells_change
from store.knowledge.aliases import armed_group_names
from store.knowledge.context import context_words
from store.knowledge.countries import countries
from store.knowledge.descriptions import descriptions
from store.knowledge.estimates import estimate_words
from store.knowledge.folding import fold
from store.knowledge.fx_rates import Rate
from store.knowledge.number_words import number_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units
from store.model import describe_value

BY_ARTICLE = ("article", "running")  # when-bases of a figure dated only by its article's date
FLOW = "flow"  # the class a rate of a substance counts (store/data/quantities.toml)


# positions of the group and of the places in QuantityKey.as_tuple()
GROUP, PLACES = 3, 4


@dataclass(frozen=True)
class QuantityKey:
    measure: str
    thing: str | None
    qualifiers: tuple[str, ...]
    group: str | None
    places: frozenset[str] | None

    def as_tuple(self) -> tuple[Any, ...]:
        return (self.measure, self.thing, self.qualifiers, self.group, self.places)

    @classmethod
    def from_tuple(cls, parts: tuple[Any, ...]) -> QuantityKey:
        return cls(*parts)

    @classmethod
    def from_text(cls, text: str) -> QuantityKey:
        """The key a ``text()`` was made from (a group's ``key``, without its ``@period`` or
        ``#origin`` suffix)."""
        measure, thing, qualifiers, group, places = (text.split("|") + [""] * 5)[:5]
        return cls(measure, thing or None, tuple(q for q in qualifiers.split(",") if q),
                   group or None, frozenset(p for p in places.split("+") if p) or None)

    def text(self) -> str:
        """A stable string for the store's ``key`` field."""
        places = "+".join(sorted(self.places)) if self.places else ""
        return "|".join((self.measure, self.thing or "", ",".join(self.qualifiers),
                         self.group or "", places))


@dataclass
class Claim:
    """One figure as the grouping sees it: its key, and its values in the common unit."""

    id: str
    article: str
    sentence: tuple[str, int]  # (article, sentence start): figures of one sentence never conflict
    order: tuple[int, int]  # (article position in corpus order, start)
    when: str | None
    source: str
    label: str  # the value as a reader scans it ("about 100 fighters", "£39 million-231 million")
    key: QuantityKey
    factor: float  # multiplies the figure's numbers into the common unit
    unit: str  # as written ("GBP", "gallons"): two units in one sentence are a conversion
    currency_note: str | None  # "£1 = $1.2768 (2019)" when converted
    values: Interval  # low, high in the common unit
    claim: Interval  # every value it allows (tolerances, open sides)
    core: Interval  # the value as stated (tolerances, no open side)
    names: dict[str, str] = field(default_factory=dict)  # key part -> display name
    reported: str | None = None  # the article's date
    event: bool = False  # counts what a bounded event caused: its period is the event
    cost: bool = False  # of the event by being a sum it cost, nothing dating it ("the repair bill")
    origin: str | None = None  # whose estimate, as a key ("official" for the authorities' count)
    origin_label: str = "the article"  # the same, as the text names it
    revises: str | None = None  # id of the figure of its own origin this one replaces
    soft_places: frozenset[str] | None = None  # the article's place, when the sentence names none
    soft_said: bool = False  # the soft places are named in the figure's sentence, not the article's
    nearby_places: frozenset[str] | None = None  # every place its paragraph names (story evidence)
    event_name: str | None = None  # the event its sentence names ("the Tarn fire", "the crash")
    reported_basis: bool = False  # dated only by its article (nothing in the text dates it)

    counted_on: str | None = None  # the day a count of an event was given ("as of 27 March")
    compared: bool = False  # set against another figure of its sentence ("up from 2.35 percent")
    earlier: bool = False  # the value before the change its sentence states ("to 95 from 70")
    # an earlier value the value it changed to follows ("from 70 to 95"), not goes before
    later_after: bool = False
    # set against another figure of its sentence by a comparison word alone, no word of time
    # after it ("63%, against 18% in the other ward"): side by side, not at two times
    contrasted: bool = False
    projected: bool = False  # a projection's value: its period is the outcome it projects
    # its sentence sets one value against another ("from 568 to 628", "against 84 in 2031"):
    # read for projections and figures of a period to come only (``still_to_come``)
    change_told: bool = False
    # the value a verb of change took the quantity to ("lifted its stake to 7.6%"): its
    # sentence tells a move (``moved_to``)
    moved_to: bool = False
    # a cell of a table's row (its "sentence" is the row): the row's columns may date its cells
    # apart, which the key keeps no period for (``tables``)
    table_row: bool = False
    fate: str | None = None  # what befell the counted things, said after them ("destroyed")
    product: str | None = None  # the product or line a flow is of ("wheat" of "wheat exports")
    drift: float = 0.0  # how far the conversion's rate may drift (``claim`` and ``core`` hold it)
    # the predicate of a part of a whole ("closed": "45 of its 180 branches will close"); empty
    # for a part whose predicate is not read, None for no part
    part_said: str | None = None
    part_whole: str | None = None  # the whole a part is counted out of, in digits ("180")
    predicates: frozenset[str] = frozenset()  # the predicates its own words say (``parts_said``)
    told_as_part: bool = False  # its words make it a part of a whole before it ("five of whom")
    after_whole: bool = False  # a part told after its whole (``parts_after``): no rival of it
    # how far it moved over a span, with the words of the point it moved from ("since 9 May"),
    # empty when none is named; None for a level (``moves``)
    move: frozenset[str] | None = None
    share_of: bool = False  # a part of a whole its "of" names ("41% of the market"): a level

    @property
    def middle(self) -> float:
        """The middle of its value in the common unit (a point's value itself)."""
        return (self.values[0] + self.values[1]) / 2

    @property
    def time_order(self) -> tuple[str, str, tuple[int, int]]:
        dated = self.counted_on or self.reported or "9999"
        return (self.when or dated, dated, self.order)

    @property
    def when_label(self) -> str | None:
        return "the event" if self.event else ("the projection" if self.projected else self.when)

    @property
    def reported_label(self) -> str:
        return self.reported or "undated"


PERCENT, FRACTION = "percent", "fraction"
PERSONS = "count:persons"  # ``measures.person_count``: people, deaths and bodies
# "48 percent higher than expected", "a third more than in 2021": a share that says how much one
# value exceeds another, not what part of a whole it is
_RELATIVE = re.compile(r"\s*(?:higher|lower|more|fewer|less|greater|smaller|above|below|"
                       r"up|down|over|under)\b", re.I)


# a count followed by these is a difference, not a level: "31 seats, ten short of a majority",
# "450 more than a year before"
_DIFFERENCE = re.compile(r"\s*(?:(?:short|shy)\s+of|(?:more|fewer|less|higher|lower|greater)"
                         r"\s+than)\b", re.I)


def _relative(unit: str, sentence_text: str, row: dict[str, Any]) -> tuple[str, ...]:
    """ "relative" for a difference ("62 percent higher", "nine short of", "grew by 38"), "norm"
    for what should be ("the minimum of 15 litres"), "sample" for how many a study asked ("a
    poll of 900 voters"), "capacity" for how many a thing or a sum has room for ("space for
    600", "enough for 900 repairs"): none is a level of the quantity."""
    sentence = row.get("sentence") or (0, 0)
    at = int(row.get("end", 0)) - int(sentence[0])
    if not 0 <= at <= len(sentence_text):
        return ()
    pattern = _RELATIVE if unit in (PERCENT, FRACTION) else _DIFFERENCE
    found = ("relative",) if pattern.match(sentence_text, at) else ()
    begin = int(row.get("start", 0)) - int(sentence[0])
    if not found and is_difference(unit, sentence_text, begin):
        found = ("relative",)  # "grew by 38", "a drop of 90": the size of a change
    if 0 <= begin <= len(sentence_text):
        words = estimate_words()
        if words.norm.search(sentence_text, max(0, begin - BEFORE_REACH), begin):
            found += ("norm",)
        if words.sample.search(sentence_text, max(0, begin - BEFORE_REACH), begin):
            found += ("sample",)  # "a survey of 1,830 households": how many were asked
        counted = str(row.get("counted") or "")
        if "capacity" not in counted.lower() and words.capacity.search(
                sentence_text, max(0, begin - BEFORE_REACH), begin):
            found += ("capacity",)  # "enough for 900 beds": how many it has room for
        if len(counted.split()) <= 1 and _whole_before(sentence_text, begin):
            # "14 of the hamlet's 52 houses": all there are, not the 14; a whole its own words
            # describe ("18 of the 22 blocked road sections") is the quantity they name, which
            # the key reads from them
            found += ("whole",)
        if _event_before_since(sentence_text, begin):
            found += (PAST_EVENT,)
    if unit not in (PERCENT, FRACTION) and _introduced_as_part(sentence_text, begin):
        found += (PART,)
    if "norm" not in found and _norm_after().match(sentence_text, at):
        found += ("norm",)  # "the 10.5 per cent minimum required by regulators"
    if "whole" not in found and _sized_whole(sentence_text, begin, at, unit):
        found += ("whole",)
    return found


# what a norm noun after a figure must be followed by to be the figure's noun ("the 10.5 per
# cent minimum required by regulators", "a 2% cap on rises", "the 50,000 target."), not a word
# of a longer noun phrase ("two standard deviations")
_NORM_FOLLOWERS = (r"(?=\s*(?:[,.;:)]|$)|\s+(?:set|required|imposed|laid|demanded|needed|agreed|"
                   r"fixed|of|for|by|under|on|in|that|which|is|was|and|or)\b)")


@lru_cache(maxsize=1)
def _norm_after() -> re.Pattern[str]:
    """A norm noun right after a figure: the figure is the level it sets, no reading."""
    nouns = "|".join(sorted((re.escape(n) for n in estimate_words().norm_nouns), key=len,
                            reverse=True)) or "(?!)"
    return re.compile(rf"\s+(?:{nouns}){_NORM_FOLLOWERS}", re.I)


_GLUED_NOUN = re.compile(r"[-\u2010\u2011]([a-z]+)\s+[\w(]", re.I)


def _move(unit: str, sentence_text: str, begin: int, end: int,
          key: QuantityKey) -> frozenset[str] | None:
    """How far a figure moved, and from what point (``moves``): a percentage move, or a
    count or sum said as a difference ("grew by 38", "40 more than"), which is no level
    either; two differences from unnamed or different points show no change between them."""
    if unit in MOVE_UNITS or "relative" not in key.qualifiers:
        return move_of(unit, sentence_text, begin, end)
    return point_of(sentence_text, begin, end) if 0 <= begin <= end <= len(sentence_text) \
        else None


def _sized_whole(sentence_text: str, begin: int, at: int, unit: str) -> bool:
    """ "14 seats in the 169-seat parliament", "40 beds of the 300-bed hospital": a count glued
    by a hyphen to its own noun, in the singular, sizes the thing it qualifies; beside a count
    of that noun in the same sentence it is the whole the count is out of, not a rival level.
    A sized thing with no such count beside it ("the 300-bed hospital", then "it has 300
    beds") is left alone."""
    glued = _GLUED_NOUN.match(sentence_text, at)
    if glued is None or not unit or " " in unit or singular(unit) != glued.group(1).lower() \
            or singular(unit) == unit.lower():
        return False
    near = re.compile(rf"\b{re.escape(unit)}\b", re.I)
    return near.search(sentence_text, max(0, begin - BEFORE_REACH), begin) is not None or (
        near.search(sentence_text, glued.end(), glued.end() + BEFORE_REACH) is not None)


PAST_EVENT = "past event"  # the qualifier of a figure of an earlier event a record is set against
SINCE_REACH = 200  # characters before a figure the words "the largest fire since 2017, when" take


@lru_cache(maxsize=1)
def _since_when() -> re.Pattern[str]:
    """ "the largest fire in the country since 2017, when more than ": an event noun, then
    "since" a year and "when", before the figure: the figure is of the earlier event the record
    is measured against, not of the event the sentence is about."""
    nouns = "|".join(sorted((re.escape(n) for n in estimate_words().event_nouns), key=len,
                            reverse=True))
    return re.compile(rf"\b(?:{nouns})\b[^.;:]{{0,80}}?\bsince\s+(?:(?:18|19|20)\d\d)\s*,?\s+"
                      r"when\b[^.;:]{0,80}$", re.I)


def _event_before_since(sentence_text: str, begin: int) -> bool:
    return _since_when().search(sentence_text, max(0, begin - SINCE_REACH), begin) is not None


PART = "part"  # the qualifier of a figure set out as a part of a whole

# what sets a figure out as a part of a whole said before it: an opening "Of those,", "Of them,",
# "Of which,", "Of the dead,", "Of the total," a few words before it (a share is a part by its
# measure already, and keeps its own key). "including", "of whom" and "N of the M" are left
# alone: their parts are often counted by a noun of their own, and then meet the same part
# stated plainly elsewhere.
_PART_OPENING = re.compile(r"(?:^|[;:(]\s*|\b(?:and|but)\s+)of\s+(?:them|which|whom|"
                           r"(?:the|those|these)(?:\s+[\w-]+){0,2})\s*,\s*(?:[\w-]+\s+){0,3}$",
                           re.I)


def _introduced_as_part(sentence_text: str, begin: int) -> bool:
    """The figure is a part of another quantity the text names ("Of those, 2,260,000 bottles
    were sold abroad", "Of the dead, 28 were found upstream"): a part never meets its whole,
    though parts written alike still meet each other."""
    if not 0 <= begin <= len(sentence_text):
        return False
    return _PART_OPENING.search(sentence_text, max(0, begin - BEFORE_REACH), begin) is not None


# a part in digits, then "of" and the whole it is taken from: "14 of the hamlet's 52 houses",
# "480 of the 650 people evacuated", "30% of its 1,200 staff" (the whole is a count of its own)
_WHOLE = re.compile(r"(?<![\w.,])\d[\d,.]*%?\s+(?:[a-z]+\s+)?of\s+"
                    r"(?:(?:the|its|their|our|his|her)\s+)?(?:[\w-]+(?:['’]s?)?\s+)?$", re.I)

# the same with a part in words, only where an owner's possessive stands before the whole: "three
# of the city's 14 pools", "two of its nine ferries" count out of all the owner has; a part in
# words out of a bare whole ("Seventeen of the 21 crew") often shares it with a plain telling of
# the same whole ("the 21 crew"), which it must keep meeting
_OWNER = r"(?:(?:its|their|our|his|her)\s+(?:[\w-]+\s+)?|(?:the\s+)?[\w-]+(?:['’]s|s['’])\s+)"


@lru_cache(maxsize=1)
def _owned_whole() -> re.Pattern[str]:
    """The words before a whole an owner's possessive gives, its part in number words ("one"
    excepted: "one of the city's 14 pools" picks a member and counts no part)."""
    known = number_words()
    spelled = "|".join(sorted({*known.cardinals, *known.tens} - {"one"}, key=len, reverse=True))
    return re.compile(rf"\b(?:{spelled})(?:[-\u2010\u2011](?:{spelled}))?\s+(?:[a-z]+\s+)?of\s+"
                      rf"{_OWNER}$", re.I)


def _whole_before(sentence_text: str, begin: int) -> bool:
    """A part and "of" stand before the figure: it is the whole the part is counted out of."""
    start = max(0, begin - BEFORE_REACH)
    return any(pattern.search(sentence_text, start, begin) is not None
               for pattern in (_WHOLE, _owned_whole()))


# characters before a figure that the words anchored at it ("down six points from", "the
# minimum of") can take: searching the whole sentence before each figure made a sentence of
# 10,000 figures quadratic
BEFORE_REACH = 80


def _compared_before(sentence_text: str, begin: int) -> bool:
    begin = max(0, begin)
    words = estimate_words()
    return any(pattern.search(sentence_text, max(0, begin - BEFORE_REACH), begin) is not None
               for pattern in (words.compared, words.moved_from))


# characters after a comparison word that may say the time of the value it compares ("against
# 130 at the end of May, before the drought"), up to the end of its clause
AFTER_REACH = 60
_CLAUSE_END = re.compile(r"[,;:!?()]|\.(?:\s|$)")


@lru_cache(maxsize=256)
def compares_times(sentence_text: str) -> bool:
    """Whether a comparison word of the sentence is followed, within its clause, by words of
    time ("against 56 in the decade before", "compared with 880 in March"): the
    sentence compares two times, and a later comparison of it that leaves its time unsaid
    ("and 90 shut, compared with 40") compares the same two. Once per sentence, each
    comparison word reading a bounded stretch after it."""
    words = estimate_words()
    for found in words.comparison_word.finditer(sentence_text):
        after = sentence_text[found.end():found.end() + AFTER_REACH]
        stop = _CLAUSE_END.search(after)
        if words.time_after.search(after[:stop.start()] if stop else after):
            return True
    return False


def open_above(claim: Claim) -> bool:
    """Whether a figure is a lower bound ("at least 21", "more than 300")."""
    return claim.claim[1] == math.inf


def open_below(claim: Claim) -> bool:
    """Whether a figure is an upper bound ("up to 40")."""
    return claim.claim[0] == -math.inf


MONEY_RATE = "rate:money per "  # the measure of an amount per something, in any currency


def measure_of(unit: str) -> str:
    unit = measures.persons_base(unit or "")
    if CURRENCY_CODE.match(unit):
        return "money" if convertible(unit) else f"money:{unit}"
    head, _, per = unit.partition(" per ")
    if per and CURRENCY_CODE.match(head) and convertible(head):
        # "500,000 rupiah ($31) a month": an amount per something is one rate in every
        # currency, compared in dollars as a sum is
        return f"{MONEY_RATE}{per}"
    converted = measures.converted(unit)
    if converted is not None:
        return converted[0]  # gallons and litres are one volume
    persons = measures.person_count(unit)
    if persons is not None:
        return persons  # people, deaths and bodies all count persons
    if " per " in unit:
        return f"rate:{unit}"
    if unit == FRACTION:
        return PERCENT  # "one in five" and "19.6%" are one share, compared in percent
    if unit == PERCENT or unit in units().measure_codes:
        return unit
    unit = units().alike_count_units.get(unit, unit)  # "vessels" and "ships": one count
    return f"count:{_vague_head(unit) or unit or 'count'}"


def _vague_head(unit: str) -> str | None:
    """ "filling stations" in one article and "its stations" in the next: a vague head counts
    one measure whether its kind is said or not (the other keys tell kinds apart)."""
    kind, _, plural = (unit or "").rpartition(" ")
    head = singular(plural)
    return plural if kind and head != plural.lower() and head in units().vague_heads else None


_PART_OF = re.compile(r"\s*of\s+(?:them|whom|those|these|which)\b", re.I)


def strong_places(where: list[str], sentence_text: str) -> list[str]:
    """The places the figure's own sentence names. ``where`` falls back to the paragraph when the
    sentence names none, and a paragraph's places are often about something else ("the nearly
    300 patrols carried out in 2019" picks up "Baltic"); those count as unknown."""
    lowered = sentence_text.lower()
    return [name for name in where if name and name.lower() in lowered]


# "from 70 to 95", "from 70 tonnes to 95", "from 70 in 2029 to 95": the value changed to follows
_TO_AFTER = re.compile(r"(?:\s+(?:[^\W\d][\w-]*|\d{4})){0,3}?,?\s+to\s+[^\s\d]{0,4}\d", re.I)


def claim_of(row: dict[str, Any], sentence_text: str, order: int, resolve: Resolve,
             armed_keys: frozenset[str], stated: Mapping[str, Rate] | None = None,
             lower_words: Callable[[], frozenset[str]] | None = None) -> Claim | None:
    """The grouping's view of one figure row; None for a row that cannot be compared.
    ``stated`` holds the rates the corpus's own conversions give for currencies the sourced
    table lacks (``stated_rates``); ``lower_words`` gives the words its article writes in lower
    case (``scope.capital_by_position``), none when the article is not at hand."""
    try:
        low, high = float(row["low"]), float(row["high"])
    except (KeyError, TypeError, ValueError):
        return None
    if low != low or high != high:
        return None
    if high < low:
        low, high = high, low
    written_unit = str(row.get("unit") or "count")
    # (a rate per a measured unit is compared per its base: per square foot as per km2)
    unit, per_factor = measures.per_base(written_unit)
    approx = str(row.get("approx") or "exact")
    if unit == FRACTION and approx == "exact":
        approx = "about"  # "a third of the seats", "one in five": a share rounded to a fraction
    event = row.get("period_basis") == "event"
    # the value of a projection ("will cost 58 billion") describes the outcome it projects
    projected = row.get("period_basis") == "projected"
    when = None if event or projected else clean_when(row.get("when"))
    if when and row.get("when_basis") == "article":
        # the article's date bounds the figure, it does not date it to the day: a toll printed
        # on the 21st may describe the 17th (a running total, basis "running", is counted up to
        # the day it is printed and keeps the day)
        when = when[:7]
    group_name = row.get("group") or None
    if group_name and lower_words is not None \
            and capital_by_position(group_name, sentence_text, resolve, lower_words()):
        group_name = None  # "Frost sends 300 to clinics": a word, not a name
    holder = None
    if group_name and measure_of(unit) == PERSONS and countries().country(group_name) is not None:
        # "expected Norland to have 9 million people": the people a country has are its
        # people, the country is where they are, not a group that owns them (its population
        # is one quantity whether the sentence says "in", "of" or "has")
        holder, group_name = group_name, None
    group = scope_key(group_name, resolve) if group_name else None
    armed = unit == "fighters" or (group is not None and group in armed_keys)
    where = [str(w) for w in row.get("where") or () if w]
    # Only the places the figure's own phrase is about ("15,000 in Iraq") make its quantity. The
    # places elsewhere in its sentence ("the Houston-based company said it had spent $46
    # million") and the article's own place only lean it towards a quantity of those places when
    # it joins one (``attach``): a sentence names places for many reasons, and an article about
    # Libya also speaks of Iraq and Syria.
    named = strong_places(where, sentence_text)
    soft = where if row.get("where_basis") == "article" else []
    places_named = [] if soft else named
    if row.get("where_basis") == "sentence":
        soft, places_named = named, []
    elif row.get("where_basis") == "reviewed":
        # places set by hand (``store.review``) count whether or not the sentence names them
        soft, places_named = [], where
    if holder is not None and not places_named:
        places_named, soft = [holder], []
    places = place_keys(places_named, resolve) or None
    thing = thing_of(row.get("counted"), row.get("counted_head"), armed=armed)
    start = int((row.get("sentence") or (0,))[0])
    if thing is None and _PART_OF.match(sentence_text, max(0, int(row.get("end", 0)) - start)):
        # "58 people were detained, ... 37 of them were kept overnight": a part of a whole
        # said before, whose own predicate the grammar did not read; it is not the whole's
        # quantity, and which part it is, nothing here says
        return None
    if thing is not None and " per " in unit and thing in quantity_classes().substances:
        thing = FLOW  # "oil escaping at 1,100 cubic metres a day" is the leak's flow
    per = unit.partition(" per ")[2]
    if thing is None and per and per.split()[0] not in context_words().rate_period_words:
        thing = f"per {per}"  # "6 beds per ward": what it is given per says what it is
    stated_rate = (stated or {}).get(unit)
    measure = "money" if stated_rate is not None else measure_of(unit)
    head = unit.partition(" per ")[0]
    if per and stated_rate is None and CURRENCY_CODE.match(head) and head in (stated or {}):
        # "870 naira ($0.56) a litre": an amount per something in a currency only the
        # articles convert is one rate with its dollar figure, as a sum in it is one sum
        stated_rate, measure = (stated or {})[head], f"{MONEY_RATE}{per}"
    key = QuantityKey(
        measure=measure,
        thing=thing,
        # (a word that is itself the class, "injured" of "people injured" counted as the
        # injured, makes no part of it: "the injured" and "people injured" are one count)
        qualifiers=tuple(q for q in qualifiers_of(row.get("counted"), row.get("counted_head"))
                         if q != thing) + _relative(unit, sentence_text, row),
        group=group,
        places=places,
    )
    factor, note, drift = 1.0, None, 0.0
    # ("4.0 persons" is given to the tenth, though its value reads as a whole number)
    written = written_step(str(row.get("text") or ""), low) if low == high else None
    money_unit = unit.partition(" per ")[0] if key.measure.startswith(MONEY_RATE) else unit
    if (key.measure == "money" or key.measure.startswith(MONEY_RATE)) \
            and money_unit != COMMON_CURRENCY:
        dated = when or clean_when(row.get("when")) or clean_when(row.get("reported"))
        found = rate(money_unit, year_of(dated)) or stated_rate
        if found is None:  # convertible() said yes, so this only guards a damaged table
            return None
        factor = found.usd_per_unit
        drift = spread(found, year_of(dated))
        when_or_how = found.source if found.source == STATED else found.year
        note = f"1 {money_unit} = {found.usd_per_unit:.4g} {COMMON_CURRENCY} ({when_or_how})" + (
            f", give or take {drift:.0%}" if drift else "")
    elif unit == FRACTION:
        factor = 100.0
    elif (size := measures.converted(unit)) is not None:
        factor = size[1]  # gallons and litres compared in cubic metres, as money in dollars
    factor *= per_factor
    names: dict[str, str] = {}
    if group_name and group:
        names[group] = display_name(group, group_name)
    for name in places_named:
        place = scope_key(name, resolve)
        names.setdefault(place, display_name(place, name))
    sentence = row.get("sentence") or (row.get("start", 0), row.get("end", 0))
    origin, origin_label = origin_key(row, event, resolve, sentence_text)
    begin = int(row.get("start", 0)) - int(sentence[0])  # the figure's place in its sentence
    end = begin + int(row.get("end", 0)) - int(row.get("start", 0))
    earlier = earlier_value(sentence_text, begin)
    compared = _compared_before(sentence_text, begin) or earlier
    return Claim(
        id=str(row["id"]),
        article=str(row.get("article", "")),
        sentence=(str(row.get("article", "")), int(sentence[0])),
        order=(order, int(row.get("start", 0))),
        when=when,
        source=str(row.get("source") or "the article"),
        label=describe_value(low, high, approx, written_unit),
        key=key,
        factor=factor,
        unit=written_unit,
        currency_note=note,
        values=(low * factor, high * factor),
        claim=widen(scale(claim_interval(low, high, approx, written), factor), drift),
        core=widen(scale(core_interval(low, high, approx, written), factor), drift),
        names=names,
        reported=clean_when(row.get("reported")),
        event=event,
        # a sum of the event's (nothing dated it, ``figures.period``) that no count of what
        # befell people or things is: the grouping may date it by its article after all
        cost=event and (measure == "money" or measure.startswith("money:"))
        and thing in estimate_words().event_bound_money,
        origin=origin,
        origin_label=origin_label,
        revises=str(row["revises"]) if row.get("revises") else None,
        soft_places=place_keys(soft, resolve) or None,
        soft_said=row.get("where_basis") == "sentence",
        nearby_places=place_keys(where, resolve) or None,
        event_name=str(row.get("event") or "") or None,
        reported_basis=row.get("when_basis") in BY_ARTICLE and not (event or projected),
        projected=projected,
        change_told=(projected or bool(when and not event)) and tells_change(sentence_text),
        counted_on=clean_when(row.get("when")) if event and row.get("when_basis") == "sentence"
        else None,
        compared=compared,
        moved_to=moved_to(sentence_text, begin),
        table_row=sentence_text.lstrip().startswith("|"),
        earlier=earlier,
        later_after=earlier and _TO_AFTER.match(sentence_text, end) is not None,
        contrasted=compared and not earlier and not compares_times(sentence_text),
        move=_move(written_unit, sentence_text, begin, end, key),
        share_of=share_of(written_unit, sentence_text, end),
        fate=fate_of(row.get("counted"), row.get("counted_head"))
        if thing is not None and not key.measure.startswith(("money", "rate:")) else None,
        drift=drift,
        product=_product(row, sentence_text, begin) if thing is not None else None,
        told_as_part=parts_said.told_as_part(sentence_text, begin, end),
        **_parts_said(row, sentence_text, begin, key),
    )


def _parts_said(row: dict[str, Any], sentence_text: str, begin: int,
                key: QuantityKey) -> dict[str, Any]:
    """What ``parts_said`` reads of a count: the predicate of a part of a whole, and the
    predicates its own words say (a share, a sum or a measure is none of these)."""
    if key.thing is None or (not key.measure.startswith("count:") and key.measure != PERSONS):
        return {}
    at = int(row.get("end", 0)) - int(row.get("start", 0)) + begin
    opened = PART in key.qualifiers  # "Of the 40 stages, 9 were cancelled"
    part = parts_said.part_predicate(sentence_text, begin, at, opened=opened)
    if part is not None or opened or parts_said.is_part(sentence_text, begin, at):
        return {"part_said": part or "", "part_whole": parts_said.whole_number(sentence_text, at)}
    words = str(row.get("counted") or "").split()
    return {"predicates": parts_said.said_predicates(sentence_text, begin, at, words)}


# "spending on adult social care rising to": a flow noun, "on" and the first word of its line
_ON_LINE = r"\b{head}\s+on\s+(?:the\s+|its\s+|their\s+)?([\w'’-]+)"


def _product(row: dict[str, Any], sentence_text: str, begin: int) -> str | None:
    """The product or line of a flow figure: the word before its noun ("corn exports"), or for
    a noun that names its line with "on" the first word after "on" in the few words before the
    figure ("Spending on children's services will rise to £103m")."""
    counted, head = row.get("counted"), row.get("counted_head")
    found = product_of(counted, head)
    if found is not None or not 0 <= begin <= len(sentence_text):
        return found
    words = str(counted or "").split()
    noun = str(head or (words[-1] if words else ""))
    if not product_on(noun) or len(words) > 1:
        return None
    pattern = re.compile(_ON_LINE.format(head=re.escape(noun)), re.I)
    lines = list(pattern.finditer(sentence_text, max(0, begin - BEFORE_REACH), begin))
    return re.sub(r"['’]s?$", "", lines[-1].group(1).lower()) if lines else None


def _apart_by(claims: list[Claim], said_of: Any) -> None:
    """Where the corpus gives one counted class more than one kind (``said_of`` a claim: its
    fate, its product), the claims of every kind but the one most claims say (strictly) take
    it as a qualifier: they are counts of their own; the claims that say no kind keep meeting
    the commonest."""
    kinds: dict[tuple[str, str | None], Counter[str]] = {}
    for claim in claims:
        if said_of(claim) is not None:
            kinds.setdefault((claim.key.measure, claim.key.thing), Counter())[said_of(claim)] += 1
    for claim in claims:
        said = kinds.get((claim.key.measure, claim.key.thing))
        kind = said_of(claim)
        if kind is None or said is None or len(said) < 2:
            continue
        (first, most), (_, next_most) = said.most_common(2)
        if kind != first or most == next_most:
            claim.key = replace(claim.key, qualifiers=tuple(sorted(
                {*claim.key.qualifiers, kind})))


def with_fates(claims: list[Claim]) -> list[Claim]:
    """The claims, the key of each that says what befell its things made to say it too, where
    the corpus gives one counted class more than one fate ("houses destroyed" and "houses
    damaged" are two counts); where it gives one fate only, a figure that names it and one that
    leaves it unsaid ("tankers seized", then "the tankers") are one count, and stay so. Of two
    or more fates, the one most figures say (strictly) is the count the story is about: its
    figures keep meeting those that leave the fate unsaid ("customers who lost power", then
    "610,000 customers"), and only the others are set apart ("customers reconnected"). An
    increment ("600 buses added") is set apart always: a flow into a stock is never its level (a
    share of it, "24% of the water bought", is a share as any other); so is a state that is a
    part of the people counted ("runners in hospital", "miners trapped", ``part_states``).
    A few passes over the claims, never over pairs of them."""
    increments = quantity_classes().increments | quantity_classes().part_states
    for claim in claims:
        if claim.fate in increments and claim.key.measure != PERCENT:
            # (a share of what was bought, "24% of the water it buys", is no purchase)
            claim.key = replace(claim.key, qualifiers=tuple(sorted(
                {*claim.key.qualifiers, claim.fate})))
    # (an increment's fate is counted among the fates too, and already set apart)
    _apart_by(claims, lambda claim: claim.fate)
    # "wheat exports" and "corn exports": two products of one flow noun are two quantities
    _apart_by(claims, lambda claim: claim.product)
    # "45 of its 180 branches will close": the part, and its own tellings, by their predicate
    return parts_said.with_parts(claims)


def origin_key(row: dict[str, Any], event: bool, resolve: Resolve,
               sentence_text: str = "") -> tuple[str | None, str]:
    """Whose estimate a figure is, as a key and as a label. For what an event caused, any body
    of the state is one origin, "the official count": newsrooms report one official toll,
    whichever ministry, agency or governor announces it. None when nobody is named."""
    source = str(row.get("source") or "the article")
    name = str(row.get("origin") or source)
    basis = row.get("origin_basis") or ("source" if source != "the article" else "article")
    if basis == "article" or name == "the article" or _a_number(name):
        return None, "the article"
    if basis == "official":
        return OFFICIAL, "the authorities"
    words = estimate_words()
    if name.lower().split()[:1] and name.lower().split()[0] in words.first_person:
        # "we", "our estimate": the writer's own body, whoever that is in this article; the
        # "we" of another article is another body
        return writer_key(str(row.get("article", ""))), name
    bare = _bare_name(name)
    if not bare:
        # "the report", "the statement": the one the article speaks of, no body every
        # article's report would share
        return f"{fold_name(name)}@{row.get('article', '')}", name
    name = bare
    words_of_name = fold(name).split()
    role = " ".join(words_of_name[1:] if words_of_name[:1] == ["the"] else words_of_name)
    if role in words.role_bodies and not resolve(name):
        # "organizers": the body they form, the "organizing committee" another sentence names
        name = words.role_bodies[role]
    key = _named_key(name, resolve)
    if event and (words.is_official(name) or words.is_official(key.replace("-", " "))
                  or words.is_official(_title_before(name, sentence_text))):
        return OFFICIAL, f"the authorities ({name})"
    kind = row.get("origin_kind")
    return key, (f"{name} {kind}" if kind and basis != "source" else name)


def _product_word(word: str) -> bool:
    """Whether a word names a product with an author or a number itself ("report", "figures",
    "statement"): the curated origin nouns and the nouns that carry a source."""
    word = word.lower().strip("'’,.")
    nouns = estimate_words().origin_nouns | context_words().carriers
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)


def _bare_name(name: str) -> str:
    """An origin's name without the words after it that name its product ("the ministry
    figures" are the ministry's); empty when no body is left ("report", "earlier estimates",
    "the statement", "report figure": a product of nobody named). A year before the product
    is kept ("2016 census"), and so is a capitalised word, part of a name ("Iraq Body
    Count")."""
    words = name.split()
    while words and words[-1].islower() and _product_word(words[-1]):
        words.pop()
    if len(words) == len(name.split()):
        return name
    while words and words[0].lower() in ("the", "a", "an"):
        words.pop(0)
    if words and all(w.strip(",.").isdigit() for w in words):
        return name
    if all(w.lower() in context_words().table_version_headers for w in words):
        return ""  # "Earlier estimates" at a sentence's start: which count, not whose
    if words and not any(w[:1].isupper() for w in words) and not _body_word(words[-1]):
        return ""  # "earlier estimates", "official figures": whose, it does not say
    return " ".join(words)


def _body_word(word: str) -> bool:
    """Whether a word is the head of a body's name ("ministry", "customs", "union"), by the
    curated descriptions of bodies (store/data/descriptions.toml)."""
    return any("ORG" in rule.types for rule in descriptions().rules_for(word.lower()))


_NAME_LINKS = frozenset({"of", "and", "for", "the", "de", "del", "la", "du", "des", "di", "da",
                         "&"})  # small words inside a name: "Federation of Dock Workers"
_PARENS = re.compile(r"^(?P<out>[^()]*?)\s*\((?P<in>[^()]*)\)?\s*$")
_CAPITAL = re.compile(r"^[A-Z\u00C0-\u024F]")
# an abbreviation of a body's name: capitals, perhaps a small letter between ("MoH", "SAGyP")
_ACRONYM = re.compile(r"[A-Z](?:[A-Z]|[a-z](?=[A-Z])){1,7}")


def _trailing_abbreviation(words: list[str]) -> bool:
    """A name's words end in an abbreviation set after them ("Tervo Water Board TWB"), with
    words before it to stand for."""
    return len(words) > 1 and _ACRONYM.fullmatch(words[-1]) is not None


def _named_key(name: str, resolve: Resolve) -> str:
    """The key of an origin's name: the actor it resolves to; else the actor its name part
    resolves to, when the parse wrapped the name in an abbreviation in brackets ("Halden Water
    Board (HWB", "HWB (Halden Water Board)") or in a description of the body ("the planning
    agency Tervo", "the Tervo firm"); else the folded name, without the bracket."""
    if resolve(name):
        return scope_key(name, resolve)
    people = getattr(resolve, "people", frozenset())
    for part in _name_parts(name, resolve):
        if resolve(part) and not _place(part, resolve) and resolve(part) not in people:
            return scope_key(part, resolve)
    bracket = _PARENS.match(name)
    if bracket and bracket.group("out").strip():
        return scope_key(bracket.group("out").strip(), resolve)
    words = name.split()
    if _trailing_abbreviation(words):
        return scope_key(" ".join(words[:-1]), resolve)  # as its bracketed form would be
    return scope_key(name, resolve)


def _name_parts(name: str, resolve: Resolve) -> list[str]:
    """The parts of an origin's name that may name its body on their own: each side of a
    bracket, and the run of capitalised words among the lower-case words of a description."""
    parts = []
    bracket = _PARENS.match(name)
    if bracket:
        parts.extend(p.strip() for p in (bracket.group("out"), bracket.group("in")) if p.strip())
    words = name.replace("(", " ").replace(")", " ").split()
    if _trailing_abbreviation(words):
        # "the Tervo Water Board TWB", "the gauge network of the Halden Institute HIM": the
        # abbreviation the writer put after the name, its brackets lost, says which body
        parts.extend([words[-1], " ".join(words[:-1])])
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]  # "A Kervo spokesman": the article is no part of the name
    capital = [i for i, w in enumerate(words) if _CAPITAL.match(w)
               or (0 < i < len(words) - 1 and w.lower() in _NAME_LINKS
                   and _CAPITAL.match(words[i - 1]) and _CAPITAL.match(words[i + 1]))]
    if capital and len(capital) < len(words):
        # each run of capitalised words ("Unión de Trabajadores" one), the last first: "the
        # Marlow branch of the dockers' union DPT" names DPT, a place or a qualifier before it
        runs: list[list[str]] = []
        for i in capital:
            if runs and i - 1 in capital:
                runs[-1].append(words[i])
            else:
                runs.append([words[i]])
        parts.extend(" ".join(run) for run in reversed(runs))
    parts.extend(_without_place(name, resolve))
    return parts


_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?(?P<state>(?:Republic|Kingdom|State|Commonwealth|"
                       r"Federation|Federal Republic|Principality)\s+of\s+)?", re.I)


def _without_place(name: str, resolve: Resolve) -> list[str]:
    """A body's name without the place the state's release writes with it: "Ministry of
    Health of the Republic of Orsk" is the Ministry of Health, "Orsk Civil Aviation Authority"
    the Civil Aviation Authority (the article names the body without its country)."""
    parts = []
    for found in reversed(list(_OF_PLACE.finditer(name))):
        # "the Republic of X" says X is a state, known or not
        if found.group("state") or _a_place(name[found.end():].strip(), resolve):
            parts.append(name[:found.start()].strip())
            break
    first, _, rest = name.partition(" ")
    if rest and _a_place(first, resolve):
        parts.append(rest)
    return [p for p in parts if p]


def _a_place(name: str, resolve: Resolve) -> bool:
    """Whether a name is a country, a people of one, or a place the article's actors know."""
    return countries().of_demonym(name) is not None or _place(name, resolve)


def _place(name: str, resolve: Resolve) -> bool:
    """Whether a name is a place: a country, or an actor the resolver knows as a place."""
    places = getattr(resolve, "places", frozenset())
    return countries().country(name) is not None or resolve(name) in places


OFFICIAL = "official"
# a number of its own in a name: digits with a separator, a decimal or a scale glued on, or of
# three digits or more; a year (1800-2099) is how a study is named ("the 2016 census")
_NUMBER_IN_NAME = re.compile(r"(?<![\w.,])(?!(?:18|19|20)\d\d(?![\d,.]))"
                             r"(?:\d{1,3}(?:,\d{3})+|\d+\.\d+|\d{3,})(?![\d])", re.I)


def _a_number(name: str) -> bool:
    """Whether a name the parse gave as whose estimate a figure is holds a number: "two" (of
    "two found dead"), "1,140 to 862", "the regulator's fine of 2.4bn": a figure read as the
    subject of its verb, or a headline's run of figures, names no body."""
    words = name.lower().split()
    numbers = number_words()
    if words and all(w.strip(",.") in numbers.cardinals or w.strip(",.") in numbers.tens
                     for w in words):
        return True
    return _NUMBER_IN_NAME.search(name) is not None


def writer_key(article: str) -> str:
    """The origin key of what an article's writer says in the first person ("we estimate")."""
    return f"first-person@{article}"
TITLE_WORDS = 3  # words before a person's name that may hold their office


def _title_before(name: str, sentence_text: str) -> str:
    """The few words a sentence writes before a name: the office of "Interior Minister Paul
    Desroches" or "Governor Rita Harlan", which the name alone does not carry."""
    at = sentence_text.find(name)
    if at <= 0:
        return ""
    return " ".join(sentence_text[:at].split()[-TITLE_WORDS:])


def armed_group_keys(resolve: Resolve) -> frozenset[str]:
    """Keys of every armed group in the alias file, as the resolver keys them."""
    return frozenset(scope_key(n, resolve) for n in armed_group_names()) | frozenset(
        fold_name(n) for n in armed_group_names())
