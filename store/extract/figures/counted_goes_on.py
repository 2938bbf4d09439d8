"""A sum that "goes on" or "goes to" a use is the spending on that use: "of which PHP 70 goes on
food", "3 million dollars went to salaries", "€2m will go towards repairs". English says where
money is spent with the verb "go" and the sum as its subject; no word of money names the sum,
so the rules that read a noun of money ("spent", "budget") find none, and the use the "on" or
"to" phrase names is what tells this sum from the others of its story. The phrase is written
"spending on food", its head "spending", as a sum a verb of spending moves is. A "to" phrase of
a person, a body or a place ("went to the family", "goes to Lisbon") is who gets it, not a use;
"to each family" is a payment per one. Reads the sum's own verb and its phrases only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import counted_phrase, is_place, is_unit_noun
from store.extract.figures.counted_quantity import PEOPLE_UNIT
from store.extract.figures.parse import pobj
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

GO = "go"
SPENDING = "spending"
USES = frozenset({"on", "to", "towards", "toward"})
NOT_USES = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "DATE", "TIME", "MONEY",
                      "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL"})
ONE_EACH = frozenset({"each", "every", "per", "a", "an"})  # "to each family": per one


def name_what_it_goes_on(fig: FoundFigure, span: Span) -> None:
    """Name a sum with no noun that is the subject of "go" by the use its "on"/"to" phrase
    names."""
    if fig.counted is not None or fig.base_unit not in units().currency_codes:
        return
    subject = span.root
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.lemma_.lower() != GO:
        return
    use = _use(subject.head)
    if use is not None:
        fig.counted = f"{SPENDING} on {counted_phrase(use, None)}"
        fig.counted_head = SPENDING


def _use(verb: Token) -> Token | None:
    """The common noun of the verb's first "on"/"to"/"towards" phrase, when it names a use."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in USES), None)
    noun = pobj(prep) if prep is not None else None
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ in NOT_USES or is_place(noun):
        return None
    if noun.lemma_.lower() in context_words().not_counted or is_unit_noun(noun):
        return None
    if any(c.dep_ in ("det", "poss") and c.lower_ in ONE_EACH for c in noun.children):
        return None
    lemma, ctx = noun.lemma_.lower(), context_words()
    if lemma in ctx.generic_people or lemma in ctx.bereaved or lemma in ctx.party_nouns or (
            units().count_classes.get(lemma) == PEOPLE_UNIT):
        return None  # "went to the victims", "went to farmers": who gets it
    return noun
