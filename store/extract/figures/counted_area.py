"""What an area counts. A measure of area is always the area of something, and a sentence says
which in one of three ways:

* a verb that takes the land: "the blaze had burned 900 hectares", "1,200 hectares have burned",
  "about 5,000 acres flooded" count the area burned or flooded (``area_verbs`` of
  ``store/data/context.toml``), whatever the subject;
* the noun "area" the clause hangs the figure on: "the agency put the burned area at 900
  hectares", "revised the burned area down from 900 to 850 hectares";
* the subject of a verb of measure: "the slick grew to 300 square kilometres" is the slick's
  area.

A noun of its own that names a kind of land ("900 hectares of forest") stays what is counted.
Every rule reads the figure's own clause: its verb, that verb's object, or the few tokens after
the unit."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract.figures.parse import branch_under, governing_verb, regular_participle
from store.knowledge.context import context_words
from store.knowledge.units import converted

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

AREA = "area"
AFTER_UNIT = 3  # tokens after the figure a participle that takes the area may stand in
NOT_TAKEN = ""  # what a verb said with "not" or "never" takes of the area
LAND_PREPOSITIONS = frozenset({"on", "over", "across"})  # "lost crops on 3,000 acres"
# the past participles of the irregular ``area_verbs`` (Oxford Dictionary of English, 3rd ed.)
IRREGULAR = {"lose": "lost", "hit": "hit", "sow": "sown", "sweep": "swept"}


def name_the_area(fig: FoundFigure, span: Span, *, late: bool = False) -> None:
    """Say what an area measure counts when its clause says it (see the module's docstring);
    ``late``, once inheritance has run: a verb's "on" phrase names the land only when no noun
    was found for it ("damaged crops on 900 hectares" counts the crops' area, so the crops)."""
    found = converted(fig.unit)
    if found is None or found[0] != AREA:
        return
    ctx = context_words()
    if fig.counted is not None and not fig.inherited and fig.counted_head != AREA:
        return  # "900 hectares of forest", "burned 900 hectares of vineyards": its own noun
    verb = governing_verb(span)
    taken = _taking_verb(span, verb, acted_on=late and fig.counted is None)
    if taken is not None:
        # a verb said not to take the area ("610,000 hectares will not be harvested") leaves the
        # area, not the area it did not take
        fig.counted = AREA if taken == NOT_TAKEN else area_taken(taken)
        fig.counted_head = AREA
        return
    kind = _kind_of_land(span, verb)
    if kind is not None:  # "900 hectares were forest"
        fig.counted, fig.counted_head = kind.text, kind.lemma_.lower()
        return
    noun = _area_noun(span, verb)
    if noun is not None:
        fig.counted, fig.counted_head = _area_phrase(noun), AREA
        return
    if fig.counted is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and (
            verb.lemma_.lower() in ctx.measure_verbs) and verb.head.lemma_.lower() not in (
            ctx.area_nouns):  # "patches of oil covering 85 km2": the patches' area
        fig.counted, fig.counted_head = f"{verb.head.text} {AREA}", AREA
        return
    if fig.inherited and fig.counted and fig.counted_head not in ctx.area_nouns:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (subject is not None and subject.lemma_.lower() == fig.counted_head
                and verb.lemma_ != "be"):  # ("loans are available for 900 hectares")
            # "the slick covered 300 km2": the slick's area
            fig.counted, fig.counted_head = f"{fig.counted} {AREA}", AREA


def area_taken(participle: str) -> str:
    """The area a verb took, named as the deed names it: after the noun ("area burned", "area
    flooded", as "people evacuated"), or, for a verb of harm or of farming, whose near synonyms
    a reader trades freely (``noun_area_verbs``), before it ("affected area", "sown area")."""
    return f"{participle} {AREA}" if participle.lower() in _named_before_noun() else (
        f"{AREA} {participle}")


@lru_cache(maxsize=1)
def _named_before_noun() -> frozenset[str]:
    """The participles of ``noun_area_verbs``, read once: every area figure asks."""
    verbs = context_words().noun_area_verbs
    return frozenset({*(IRREGULAR.get(v, v) for v in verbs), *map(regular_participle, verbs)})


def _taking_verb(span: Span, verb: Token, *, acted_on: bool) -> str | None:
    """The participle of the verb that takes the area: the figure's own verb ("had burned 900
    hectares", "900 hectares have burned", "after burning 900 hectares"), or a participle right
    after the unit ("about 5,000 acres flooded")."""
    ctx = context_words()
    doc = span.doc
    for tok in doc[span.end:min(len(doc), span.end + AFTER_UNIT)]:
        if tok.tag_ in ("VBN", "VBD") and tok.lemma_.lower() in ctx.area_verbs:
            return participle_of(tok)
        if tok.tag_ == "JJ" and tok.lower_ in ctx.area_participles and (
                doc[tok.i - 1].lemma_ == "be"):  # "were sown", which the tagger calls an adjective
            return NOT_TAKEN if _negated(tok) else tok.lower_
        if tok.is_punct or tok.pos_ in ("NOUN", "PROPN", "ADP"):
            break
    for clause in span.root.children:  # "900 hectares that are normally irrigated"
        if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in ctx.area_verbs:
            return participle_of(clause)
    node = branch_under(verb, span.root)
    # "crops were lost on 3,000 acres", "damaged crops over 900 hectares": the land the verb
    # acted on, its "on" (or "over", "across") phrase the figure itself
    acted_on = acted_on and node.dep_ == "prep" and node.lower_ in LAND_PREPOSITIONS and (
        span.root.dep_ == "pobj" and span.root.head.i == node.i)
    if (node.dep_ not in ("dobj", "nsubj", "nsubjpass") and not acted_on) or (
            verb.lemma_.lower() not in ctx.area_verbs):
        return None
    if node.dep_ in ("dobj", "nsubj") and verb.lemma_.lower() in ctx.measure_verbs:
        return None  # "the burned area hit 12,000 hectares": a level reached, not land hit
    if node.i != span.root.i and node.lemma_.lower() in ctx.area_nouns:
        return None  # "Crop land lost: 3,400 hectares": the kind of land the verb took
    return participle_of(verb)


def _area_noun(span: Span, verb: Token) -> Token | None:
    """The noun "area" the clause sets the figure to, at or from: the object of the figure's
    verb ("put the burned area at", "revised the area down from"), the subject of "be" or a
    verb of measure ("the burned area is 900 hectares"), or what that subject estimates ("the
    board's own estimate of the scorched area has reached")."""
    ctx = context_words()
    if verb.dep_ == "acl" and verb.head.lemma_.lower() == AREA:
        return verb.head  # "put the area burned since June at 900 hectares"
    first = span.sent[0]
    if first.lower_ == "of" and first.i < span.start:  # "Of that area, 600 hectares ..."
        whole = next((c for c in first.children if c.dep_ == "pobj"), None)
        if whole is not None and whole.lemma_.lower() == AREA:
            return whole
    candidates = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
                  and c.i < span.start]
    for noun in candidates:
        if noun.lemma_.lower() == AREA:
            return noun
        if noun.lemma_.lower() in ctx.number_nouns:
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if inner is not None and inner.lemma_.lower() == AREA:
                return inner
    return None


def _kind_of_land(span: Span, verb: Token) -> Token | None:
    """The kind of land a figure is said to be: "900 hectares were forest" (the subject of
    "be" whose complement names land)."""
    if verb.lemma_ != "be" or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return next((c for c in verb.children if c.dep_ == "attr" and c.i > span.end
                 and c.lemma_.lower() in context_words().area_nouns), None)


def _area_phrase(noun: Token) -> str:
    """ "burned area", "area burned": the noun with the participle that says what took it."""
    before = [t.text for t in noun.lefts if t.dep_ in ("amod", "compound") and t.tag_ in (
        "VBN", "VBD", "JJ", "NN")]
    after = [t.text for t in noun.rights if t.dep_ == "acl" and t.tag_ in ("VBN", "VBD")]
    return " ".join([*before, noun.text, *after])


def _negated(verb: Token) -> bool:
    """ "will not be harvested", "were never planted": a verb its clause denies."""
    return any(c.dep_ == "neg" for c in verb.children)


def participle_of(verb: Token) -> str:
    """The verb as written when it is a past form ("burned"), else its regular past
    participle ("burning" -> "burned", "flood" -> "flooded"); ``NOT_TAKEN`` for a verb its
    clause denies."""
    if _negated(verb):
        return NOT_TAKEN
    if verb.tag_ in ("VBN", "VBD"):
        return verb.lower_
    lemma = verb.lemma_.lower()
    return IRREGULAR.get(lemma) or regular_participle(lemma)
