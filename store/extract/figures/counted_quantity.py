"""What a count of people measures when its clause names the quantity as a whole: "putting the
average household size at 4.0 persons" measures the household size, "394 persons per square
kilometre" the population density, "the largest city, with 3 million residents" and "the city
counted 1,902,115" the population. The member noun the
number is written with ("persons", "residents") names who is counted, not the quantity, and a
conflict group, like a fact-checker, compares the quantity.

Read last, once every figure has its unit and its inherited noun; a figure of the sentence that
took its noun from a figure renamed here takes the new name with it. The words are
``[quantity_nouns]`` and ``[populated]`` of ``store/data/quantities.toml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import counted_phrase, is_place
from store.extract.figures.counted_distance import distance_from
from store.extract.figures.counted_growth_rate import growth_at
from store.extract.figures.counted_price import SUBJECTS
from store.knowledge.context import context_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

POPULATION = "population"
AREA = "area"
PEOPLE_UNIT = "people"
# "Manila counted 1,902,115 and Davao City 1,871,540": the second place of a clause whose verb
# is left out, as the parser hangs it
GAPPED = frozenset({"npadvmod", "conj", "appos"})


def name_the_quantities(figures: list[FoundFigure], spans: list[Span | None]) -> None:
    """Name the quantity of each count of people whose clause says what it measures, of each
    length "from" a place (``counted_distance``) and of each yearly percentage a verb of growth
    is "at" (``counted_growth_rate``)."""
    for fig, span in zip(figures, spans, strict=True):
        if span is None:
            continue
        named = (_density(fig) or _set_quantity(fig, span) or _place_population(fig, span)
                 or distance_from(fig, span) or growth_at(fig, span))
        if named is None or named == (fig.counted, fig.counted_head):
            continue
        before = (fig.counted, fig.counted_head)
        fig.counted, fig.counted_head = named
        if before[0] is None:
            continue
        for other in figures:  # "with 3,041,286 residents, up from 2,958,412": one quantity
            if other is not fig and other.inherited and other.sentence == fig.sentence and (
                    other.unit == fig.unit and (other.counted, other.counted_head) == before):
                other.counted, other.counted_head = named


def _of_people(fig: FoundFigure) -> bool:
    """A count whose noun names only people ("persons", "residents"), or none at all."""
    if fig.counted is None:
        return fig.unit in ("count", PEOPLE_UNIT)
    head = (fig.counted_head or "").partition(" per ")[0]  # "persons per household": persons
    words = _people_words()
    return ((head in words or head.removesuffix("s") in words)
            and fig.unit.partition(" per ")[0] == PEOPLE_UNIT)


def _people_words() -> frozenset[str]:
    return context_words().generic_people | quantity_classes().inhabitants | {PEOPLE_UNIT}


def _density(fig: FoundFigure) -> tuple[str, str] | None:
    """ "394 persons per square kilometre": people per area are a population density."""
    base, _, per = fig.unit.partition(" per ")
    lex = units()
    found = lex.conversions.get(lex.measures.get(per, per))  # "square mile" as written
    if base != PEOPLE_UNIT or found is None or found[0] != AREA:
        return None
    if fig.counted is not None and fig.counted_head not in _people_words():
        return None  # "12 doctors per square kilometre" says what it counts
    density = quantity_classes().density
    return density, density


def _noun_of(span: Span) -> Token:
    """The noun the number is written with ("4.0 persons": persons), or the number itself."""
    root = span.root
    return root.head if root.dep_ == "nummod" and root.head.pos_ == "NOUN" else root


def _set_quantity(fig: FoundFigure, span: Span) -> tuple[str, str] | None:
    """ "putting the average household size at 4.0 persons", "the population density is 395
    persons": the quantity noun a verb of setting takes as its object, or the subject of the
    verb the figure completes, is what the figure measures."""
    if not _of_people(fig) or fig.counted is None:
        return None
    node = _noun_of(span)
    lex = quantity_classes()
    if node.dep_ == "pobj" and node.head.lower_ in lex.setting_prepositions:
        verb = node.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        deps = {"dobj"} if verb.lemma_.lower() in lex.setting_verbs else SUBJECTS
    elif node.dep_ == "attr" and node.head.lemma_.lower() == "be":
        verb, deps = node.head, SUBJECTS
    else:
        return None
    noun = next((c for c in verb.children if c.dep_ in deps and c.i < span.start), None)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.quantity_nouns:
        return None
    if noun.lemma_.lower() in lex.of_a_whole and not any(
            c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in noun.children):
        return None  # "put the rally's size at 50,000 people": the rally's people, as counted
    phrase = counted_phrase(noun, None)
    return phrase, " ".join(phrase.lower().split()[-2:])


def _sibling_counts_a_noun(verb: Token, span: Span) -> bool:
    """ "Manila counted 1,902 and Cebu 870 cases of dengue": another number of the clause
    counts a noun of its own, which the bare number shares; no population then."""
    return any(t.like_num and t.dep_ == "nummod" and t.head.pos_ == "NOUN"
               and not span.start <= t.i < span.end for t in verb.subtree)


def _place_population(fig: FoundFigure, span: Span) -> tuple[str, str] | None:
    """ "Quezon City remained the largest with 3,041,286 residents", "the City of Manila counted
    1,902,115": the people a place is said to be the largest "with" (a place's own "with" is
    ``counted.of_a_place``'s), or a bare number a place counts, are its population."""
    if not _of_people(fig):
        return None
    node = _noun_of(span)
    counting = quantity_classes().counting_verbs
    if fig.counted is not None and node.dep_ == "pobj" and node.head.lower_ == "with" and (
            fig.counted_head in quantity_classes().inhabitants):
        above = node.head.head
        verb = above if above.pos_ in ("VERB", "AUX") else above.head
        if above.pos_ not in ("VERB", "AUX") and above.dep_ not in ("attr", "acomp", "oprd"):
            return None
    elif node.i == span.root.i and node.dep_ == "dobj" and (
            node.head.lemma_.lower() in counting):
        verb = node.head
        if _sibling_counts_a_noun(verb, span):
            return None  # "Manila counted 1,902 and Cebu 870 cases": cases, not people
    elif node.i == span.root.i and node.dep_ == "nummod" and is_place(node.head) and (
            node.head.dep_ in GAPPED and node.head.head.lemma_.lower() in counting):
        return POPULATION, fig.counted_head or POPULATION  # "... and Davao City 1,871,540"
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or not is_place(subject):
        return None
    return POPULATION, fig.counted_head or POPULATION
