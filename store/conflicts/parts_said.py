"""A count written as a part of a whole, keyed by what befell the part.

"The bank will close 45 of its 180 branches" counts closing branches, not branches: read by its
noun alone, the part meets the whole's other tellings ("the bank's 180 branches") and is judged
their rival or a change. Set apart under a bare "part" qualifier, it would lose its own other
tellings ("11 branches will shut", "the closed branches"), which say the same predicate and no
whole. So the part is keyed by its predicate (the participle or verb of its clause: "closed",
"cancel"), and every other count of its measure and class whose own words say that predicate
joins it; the figures that say none keep meeting the whole.

Only a predicate that names what happened to the things counted is read: a regular participle
("cancelled", "suspended") or a verb of ``fate_classes`` in ``store/data/quantities.toml``
("shut" is "closed"); verbs of saying and counting ("reported", "estimated") name none. A part
whose predicate is not read ("won 19 of the 55 seats") is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from typing import Any, Protocol, TypeVar

from store.knowledge.context import context_words
from store.knowledge.quantity_classes import quantity_classes


class _Told(Protocol):
    """What ``with_parts`` reads of a claim (``keys.Claim``, which imports this module)."""

    key: Any
    sentence: tuple[str, int]
    part_said: str | None
    part_whole: str | None
    predicates: frozenset[str]
    earlier: bool
    compared: bool


Told = TypeVar("Told", bound=_Told)


class _Whole(Protocol):
    """What ``part_and_whole`` reads of a claim."""

    part_said: str | None
    part_whole: str | None
    values: tuple[float, float]
    claim: tuple[float, float]

PART = "part"  # the qualifier of a part a sentence set out before it (``keys._introduced_as_part``)

# characters either side of a figure its predicate is looked for in (a bounded window: a
# sentence may hold thousands of figures)
REACH = 80

# the part and the whole it is taken from: "45 of its 180", "nine of the round's 40", "three out
# of the 15", "11 of the district's schools"
_OF_A_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:(?:the\s+)?[\w-]+(?:['’]s|s['’])|its|the|"
                         r"their|his|her|our|these|those)\s+", re.I)
# a part a sentence sets out before it, its whole an owner's ("Of the district's 40 schools, 9
# were merged", "Of its 30 stages, 12"); the shorter openings are ``keys._introduced_as_part``'s
_OPENING = re.compile(r"(?:^|[;:(]\s*|\b(?:and|but)\s+)of\s+(?:the|its|their|those|these)\s+"
                      r"(?:[\w'’,.-]+\s+){0,4}?[\w'’-]+\s*,\s*(?:[\w-]+\s+){0,2}$", re.I)
# a part before the figure: it is the whole ("45 of its 180 branches")
_PART_BEFORE = re.compile(r"(?<![\w.,])[\w,.-]+%?\s+(?:out\s+)?of\s+(?:(?:its|the|their|his|"
                          r"her|our|these|those)\s+)?(?:[\w-]+['’]s?\s+)?$", re.I)
# (a comma or a point inside a number, "1,400", ends no clause)
_CLAUSE_END = re.compile(r"[,.](?!\d)|[;:()\u2013\u2014!?\"]")
# an auxiliary and the words it may take before its verb: "will close", "were cancelled",
# "have now been shut", "are to be closed", "is expected to close"
_AUXILIARY = re.compile(r"\b(?:will|would|shall|could|may|might|must|are|were|was|is|be|been|"
                        r"have|has|had|to)\s+(?:(?:not|be|been|being|also|now|still|all|"
                        r"already|since|then|yet|to|set|due|expected|likely|soon|later|"
                        r"eventually|either|have|had|either|permanently|temporarily)\s+){0,4}"
                        r"([a-z]+)\b", re.I)
# the words between a verb and the number it takes: "closed another 11", "cancelled about 40"
_VERB_BEFORE = re.compile(r"\b([a-z]+)\s+(?:(?:a|another|some|about|around|nearly|almost|only|"
                          r"just|roughly|approximately|more|than|over|up|to|further|at|least|"
                          r"the|all|a\s+total\s+of)\s+){0,3}$", re.I)
# words ending in "-ed" that are no participle of a deed ("hundred", "red", "need")
_NOT_PARTICIPLES = frozenset({"hundred", "red", "need", "bed", "shed", "seed", "feed", "speed",
                              "led", "wed", "bred", "fled", "sled", "indeed", "exceed"})


def _lemmas(word: str) -> list[str]:
    """The forms a verb may be looked up by: "closes", "closed", "closing" -> "close";
    "cancelled" -> "cancel"."""
    w = word.lower()
    forms = [w]
    for end in ("ing", "ed", "es", "s", "d"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            stem = w[: -len(end)]
            forms += [stem, stem + "e"]
            if len(stem) > 3 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # "cancelled", "shutting"
    return forms


@lru_cache(maxsize=1)
def _fate_verbs() -> dict[str, str]:
    """Each one-word verb of a fate class to its class ("shut": "closed"), and each class to
    itself ("idle" of "idle boats")."""
    lex = quantity_classes()
    verbs = {phrase: kind for phrase, kind in lex.fate_classes.items() if " " not in phrase}
    verbs.update({kind: kind for kind in lex.fate_classes.values()})
    return verbs


def predicate(word: str) -> str | None:
    """The predicate a word names, in a form its tellings share and a reader can read: the
    class of a fate verb ("shut", "closes" and "closed" are "closed"), else the participle
    itself ("cancelled", "suspended"); None for a word that names no deed (a bare verb counts
    only when a class lists it: "will close", not "will take")."""
    w = word.lower()
    forms = _lemmas(w)
    if any(form in context_words().reporting for form in forms):
        return None  # "reported", "estimated": how it is known, not what befell it
    fates = _fate_verbs()
    for form in forms:
        if form in fates:
            return fates[form]
    if w.endswith("ed") and len(w) > 4 and w.isalpha() and w not in _NOT_PARTICIPLES:
        return w
    return None


def _after(sentence_text: str, at: int) -> str | None:
    """The predicate an auxiliary gives after a point, within the figure's clause."""
    window = sentence_text[at:at + REACH]
    cut = _CLAUSE_END.search(window)
    window = window[:cut.start()] if cut else window
    found = _AUXILIARY.search(window)
    return predicate(found.group(1)) if found else None


def _before(sentence_text: str, begin: int) -> str | None:
    """The predicate of the verb right before a figure ("cancelled 388 of its")."""
    window = sentence_text[max(0, begin - REACH):begin]
    found = _VERB_BEFORE.search(window)
    return predicate(found.group(1)) if found else None


_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
# "all 7 of its lifts", "both of", "each of the 12": the number is the whole, not a part of it
_ALL_OF = re.compile(r"\b(?:all|both|each|every\s+one)\s+(?:of\s+)?(?:the\s+)?$", re.I)


def is_part(sentence_text: str, begin: int, at: int) -> bool:
    """Whether the figure ending at ``at`` is followed by the whole it is a part of, a whole
    with a number or an owner ("60 of its branches", "nine of the 40 projects", "11 of the
    district's schools"). Out of a bare whole ("26 of the survivors", "Twenty of the dead") a
    part is often told plainly elsewhere as the whole's own count, and is left to it."""
    if not 0 <= at <= len(sentence_text):
        return False
    joined = _OF_A_WHOLE.match(sentence_text, at)
    if joined is None or _ALL_OF.search(sentence_text, max(0, begin - 20), max(0, begin)):
        return False
    owner = joined.group(0).split()[-1].lower() not in ("the", "these", "those")
    return owner or _NUMBER.match(sentence_text, joined.end()) is not None


def part_and_whole(a: _Whole, b: _Whole) -> bool:
    """Whether one of two counts is told as a part of a whole by its own words ("3 of its 8
    kilns", "60 of the 250 titles") and the other gives that whole's number: the part counts
    some of what the whole counts (the kilns relit, the titles out of print in one region), so
    the two are neither rival estimates, nor a revision, nor a move of one quantity, though the
    key puts them together when no predicate of the part's clause is read."""
    return _holds_whole(a, b) or _holds_whole(b, a)


def _holds_whole(part: _Whole, whole: _Whole) -> bool:
    if part.part_said is None or not part.part_whole:
        return False
    try:
        number = float(part.part_whole)
    except ValueError:
        return False
    low, high = whole.claim
    return low <= number <= high and number > part.values[1]


def is_whole(sentence_text: str, begin: int) -> bool:
    """Whether a part and "of" stand right before the figure: it is the whole."""
    return 0 <= begin <= len(sentence_text) and _PART_BEFORE.search(
        sentence_text, max(0, begin - REACH), begin) is not None


# a part of a whole its sentence gave before it: "41 were hurt, five of whom seriously", "two
# of them", "four of those"; "including 12", "among them nine"; a breakdown after a dash ("12
# aircraft - eight planes and four helicopters"; not a colon, which follows a label: "Deaths: 12")
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|which|those)\b", re.I)
_PART_OPENED = re.compile(r"(?:\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which)"
                          r"(?:\s+(?:some|about|around|nearly|almost|at\s+least))?|\s[-\u2013\u2014]"
                          r"{1,2})\s*$", re.I)

# a later item of such a breakdown: "including five children and two nurses", "- two at sea
# and one ashore": the opening words, then the items before it, no stop between, then
# "and" or a comma right before the figure
_PART_LISTED = re.compile(r"(?:\b(?:including|among\s+them|among\s+whom)|\s[-\u2013\u2014]{1,2})"
                          r"\s[^.;:()\u2013\u2014]{1,70}?(?:,\s*|\s+and\s+)$", re.I)
LISTED_REACH = 90  # characters before a figure its breakdown's opening words are looked for in


def told_as_part(sentence_text: str, begin: int, at: int) -> bool:
    """Whether the figure from ``begin`` to ``at`` is told as a part of a whole said before it
    in its sentence ("five of whom", "including 12", "- eight planes"), or as a later item of
    such a breakdown ("including five children and 2 nurses"): its words say so, right after
    it or right before it (bounded windows)."""
    if not 0 <= begin <= at <= len(sentence_text):
        return False
    return (_OF_THEM.match(sentence_text, at) is not None
            or _PART_OPENED.search(sentence_text, max(0, begin - 30), begin) is not None
            or _PART_LISTED.search(sentence_text, max(0, begin - LISTED_REACH), begin)
            is not None)


def whole_number(sentence_text: str, at: int) -> str | None:
    """The whole a part ending at ``at`` is counted out of, as its digits ("180" of "45 of its
    180 branches"); None for a whole without a number ("14 of the fund's projects")."""
    joined = _OF_A_WHOLE.match(sentence_text, at) if 0 <= at <= len(sentence_text) else None
    number = _NUMBER.match(sentence_text, joined.end()) if joined else None
    return number.group(0).replace(",", "") if number else None


def part_predicate(sentence_text: str, begin: int, at: int, *, opened: bool = False) -> str | None:
    """The predicate of a part of a whole ("will close 45 of its 180 branches", "60 of its
    180 branches will close"; ``opened``: the sentence set it out as a part before it, "Of the
    40 stages, 9 were cancelled"): the verb before the part, else the auxiliary's verb after it;
    None when the figure is no part, or its predicate is not read."""
    if opened or _OPENING.search(sentence_text, max(0, begin - REACH), max(0, begin)):
        return _after(sentence_text, at)
    if not is_part(sentence_text, begin, at):
        return None
    return _before(sentence_text, begin) or _after(sentence_text, at)


def said_predicates(sentence_text: str, begin: int, at: int,
                    counted_words: Iterable[str]) -> frozenset[str]:
    """The predicates a figure's own words say: its counted words' participles ("cancelled
    projects", "stations shut"), the verb right before it and an auxiliary's verb after it. A
    whole ("of its 180 branches will close") says its part's predicate, not its own: none."""
    if is_whole(sentence_text, begin):
        return frozenset()
    found = {predicate(word) for word in counted_words}
    if 0 <= begin <= len(sentence_text):
        found |= {_before(sentence_text, begin), _after(sentence_text, at)}
    return frozenset(p for p in found if p)


def with_parts(claims: list[Told]) -> list[Told]:
    """Each part of a whole keyed by its predicate, and every other count of its measure and
    class whose words say that predicate with it; the rest untouched. A part whose predicate
    is not read takes the one another part of the same whole says ("14 of the village's 52
    houses" beside "35 of the village's 52 houses were destroyed"); a value a sentence sets a
    told one against ("95 were still shut, down from about 310") takes the told one's. A few
    passes over the claims, never over pairs."""
    said: dict[tuple[str, str | None], set[str]] = {}
    of_whole: dict[tuple[str, str | None, str], set[str]] = {}
    in_sentence: dict[tuple[tuple[str, int], str, str | None], set[str]] = {}
    for claim in claims:
        kind = (claim.key.measure, claim.key.thing)
        if claim.part_said:
            said.setdefault(kind, set()).add(claim.part_said)
            if claim.part_whole:
                of_whole.setdefault((*kind, claim.part_whole), set()).add(claim.part_said)
        told = {claim.part_said} if claim.part_said else set(claim.predicates)
        if told:
            in_sentence.setdefault((claim.sentence, *kind), set()).update(told)
    if not said:
        return claims
    for claim in claims:
        kind = (claim.key.measure, claim.key.thing)
        kinds = said.get(kind)
        if not kinds:
            continue
        if claim.part_said:
            found = {claim.part_said}
        elif claim.part_said == "":
            found = of_whole.get((*kind, claim.part_whole or ""), set())
        elif claim.predicates:
            found = kinds & claim.predicates
        elif claim.earlier or claim.compared:
            found = kinds & in_sentence.get((claim.sentence, *kind), set())
        else:
            found = set()
        if len(found) == 1:
            # ("Of the 40 stages, 9 were cancelled": its predicate says which part it is, and
            # its other tellings meet it)
            claim.key = replace(claim.key, qualifiers=tuple(sorted(
                {*claim.key.qualifiers, *found} - {PART})))
    return claims
