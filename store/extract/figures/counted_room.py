"""A count of what a place has room "for" is the place's capacity: "prisons hold 52,600 inmates
in space for 12,400", "a room built for 60", "a new prison for 10,000", "the stadium was designed
for 60,000 fans". English news states a capacity this way as often as with "holds"
(``counted_capacity``): the "for" phrase after a noun of room ("space", "room", "places"), after
a building or vessel itself (``container_nouns``), or after a verb of building or design said of
one ("a hall built for", "the arena is designed for") says how many it is meant to take, not how
many are in it, and the noun the count has, if any ("for 60,000 fans"), names who it is meant
for. Anything else built, designed or equipped "for" a number of a kind of people ("a scheme
designed for 12,000 families") serves those it names: its count keeps its own noun; a bare
number, or one of "people" or "persons", sizes it ("the first phase is designed for 10,000
persons"). The words are ``[room_for]`` of ``store/data/quantities.toml``. Reads the figure's
own phrase and the word its "for" hangs on only.

A number of more than one before a building or vessel in the singular ("a 45,000 ground", "the
club's 62,000 stadium") cannot count it, as English puts a counted noun in the plural: it sizes
the place, by what it has room for (``name_the_sized_place``)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract.figures.counted_capacity import CAPACITY, container_nouns
from store.extract.figures.counted_share import SHARES_AND_POINTS
from store.knowledge.context import context_words
from store.knowledge.loader import load_data
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

FOR = "for"
SHARES = SHARES_AND_POINTS | {"ratio"}
AS_MODIFIER = frozenset({"amod", "acl", "relcl"})  # "a room built for 60": the participle's noun


def _priced_or_measured(fig: FoundFigure) -> bool:
    """Whether a figure is a rate, a sum of money, a measure or a share: no count of room."""
    base = fig.unit.partition(" per ")[0]
    lex = units()
    return bool(fig.rate) or " per " in fig.unit or base in lex.currency_codes or (
        base in lex.measure_codes) or base in SHARES


def name_the_room(fig: FoundFigure, span: Span) -> None:
    """Name a count in the "for" phrase of a noun of room, a verb of building or a container as
    the capacity of that place."""
    if _priced_or_measured(fig):
        return
    root = span.root
    noun = root.head if root.dep_ in ("nummod", "quantmod") and root.head.i >= span.end else root
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != FOR or prep.i >= span.start:
        return
    # the noun right before "for" ("in space for 12,400"), though the parser hung the phrase on
    # the verb, or the word the phrase hangs on
    before = span.doc[prep.i - 1] if prep.i > 0 else prep.head
    # a count of no kind of its own ("for 10,000", "for 10,000 persons") sizes what is built
    sized = noun.i == root.i or noun.lemma_.lower() in context_words().generic_people
    place = (_place_with_room(before, sized) if before.pos_ == "NOUN" else None) or (
        _place_with_room(prep.head, sized))
    if place is None or _an_act_or_institution(place):
        return
    fig.counted = f"{place.lemma_.lower()} {CAPACITY}" if place.pos_ == "NOUN" and (
        place.lemma_.lower() not in _room()[0]) else CAPACITY
    fig.counted_head = CAPACITY
    fig.inherited = True


def _place_with_room(word: Token, sized: bool) -> Token | None:
    """The place whose room a "for" phrase on ``word`` gives: the word itself when it is a noun
    of room or a container, the noun a verb of building describes or has for its subject when
    it is one of these ("a room built for 60", "the arena is designed for 18,000 fans") or the
    count is ``sized`` ("the first phase is designed for 10,000 persons"), or None."""
    if word.pos_ == "NOUN":
        return word if _has_room(word) else None
    if word.pos_ != "VERB" or word.lemma_.lower() not in _room()[1] or word.tag_ != "VBN":
        return None
    if word.dep_ in AS_MODIFIER and word.head.pos_ == "NOUN":
        place: Token | None = word.head
    else:
        place = next((c for c in word.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    # ("the scheme is designed for 12,000 families": what serves a kind of people is no place
    # with room for them)
    if place is None or place.pos_ != "NOUN":
        return word if sized else None  # "it was built for 500": the room of what was built
    return place if sized or _has_room(place) else None


def _an_act_or_institution(place: Token) -> bool:
    """Whether a container noun is the object of a light verb ("took a stand for", "held a
    launch for": an act) or stands bare after a preposition ("filed a claim in court for": an
    institution), and so names no place with room."""
    if place.pos_ != "NOUN" or place.lemma_.lower() not in container_nouns():
        return False
    if place.dep_ == "dobj":
        return place.head.lemma_.lower() in _light_verbs()
    return place.dep_ == "pobj" and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in place.children)


@lru_cache(maxsize=1)
def _light_verbs() -> frozenset[str]:
    """The ``light_verbs`` of ``[room_for]``: verbs whose object names an act, read once."""
    return frozenset(load_data("quantities.toml").get("room_for", {}).get("light_verbs", []))


def _has_room(word: Token) -> bool:
    """Whether a noun is a noun of room or a building or vessel (``container_nouns``)."""
    lemma = word.lemma_.lower()
    return lemma in _room()[0] or lemma in container_nouns()


@lru_cache(maxsize=1)
def _room() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of room and the verbs of building of ``[room_for]``, read once."""
    data = load_data("quantities.toml").get("room_for", {})
    return frozenset(data.get("nouns", [])), frozenset(data.get("verbs", []))


ONE_OF = frozenset({"a", "an", "its", "their", "his", "her", "our"})  # ("the 300 bus": a route)
# a possessive pronoun before a number and a noun the tagger calls singular also counts a plural
# written as its singular ("its 34 aircraft", "their 12 spacecraft"): the nouns in "-craft" are
# such plurals (Merriam-Webster, "aircraft" (n.), plural aircraft), and a place sized by its
# room ("its 62,000 stadium") is sized in thousands
ONE_BY_NAME = frozenset({"a", "an"})
INVARIANT_ENDING = "craft"
SIZED_FROM = 1000
MODEL_DIGITS = 3


def name_the_sized_place(fig: FoundFigure, span: Span) -> None:
    """Name a count that stands between "a" (or another word for one) and a building or vessel
    in the singular ("a 45,000 ground") as that place's capacity."""
    doc = span.doc
    if fig.rate or fig.high <= 1 or span.end >= len(doc) or span.start == 0:
        return
    # a price or an area before a place ("a $40 million school", "a 2,000 square metre
    # warehouse") says what it costs or covers, not what it holds; digits with no separator
    # before a vessel name its model ("a 737 plane")
    if _priced_or_measured(fig) or (span.text.isdigit() and len(span.text) >= MODEL_DIGITS):
        return
    noun, before = doc[span.end], doc[span.start - 1]
    if noun.tag_ != "NN" or noun.lemma_.lower() not in container_nouns():
        return
    if before.lower_ not in ONE_OF and before.tag_ != "POS":
        return
    if noun.lower_.endswith(INVARIANT_ENDING) or (
            before.lower_ not in ONE_BY_NAME and before.tag_ != "POS" and fig.high < SIZED_FROM):
        return
    if fig.counted_head not in (None, noun.lemma_.lower()):
        return
    fig.counted, fig.counted_head = f"{noun.lemma_.lower()} {CAPACITY}", CAPACITY
    fig.unit = "count" if fig.unit in (noun.lower_, f"{noun.lower_}s") else fig.unit
    fig.inherited = True
