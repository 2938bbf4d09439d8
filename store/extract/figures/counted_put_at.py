"""What a sum a verb of estimate puts a noun at counts, where that verb has no object of its own:
"for damage it put at €38 million" (a relative clause: the noun it is about), "Storm damage put
at $2bn as insurers count cost" (a headline's passive, which the parser reads as the noun's own
verb in the past), "deaths, which the bureau puts at 412" (the relative pronoun the verb's object:
a bare count no noun of its own names counts them too). The noun is what is put at the sum;
where the clause hangs on the "of" phrase of a noun of money ("the full cost of the re-match,
which he put at Rs 2.4 crore"), the sum is that money noun's ("re-match cost"), not the thing
it is the cost of.
``setting_verbs`` of
``store/data/quantities.toml`` are the verbs read; a participle hung on its noun ("damage
estimated at $2bn") is read by ``inherit``, an object ("put the damage at") by the clause rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import counted_phrase, is_unit_noun
from store.extract.figures.counted_portion import at_before
from store.extract.figures.parse import group_in
from store.knowledge.context import context_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

REACH = 12  # tokens before the sum the noun put at it may stand at
# an object that stands for the noun a relative clause is about: "deaths, which the bureau puts
# at 412"
RELATIVE = frozenset({"which", "that"})
# verbs whose passive subject is the thing a sum is the value or price of ("her farm was
# valued at"), not an amount: the value rules name those sums
VALUING = frozenset({"value", "price", "appraise"})


def name_what_is_put_at(fig: FoundFigure, span: Span) -> None:
    """Make a sum with no noun of its own (or one borrowed) count the noun an objectless verb of
    estimate puts at it."""
    bare_count = fig.unit == "count" and fig.counted is None
    if (fig.base_unit not in units().currency_codes and not bare_count) or fig.rate or (
            fig.counted is not None and not fig.inherited):
        return
    noun = _put_at(span)
    if noun is None:
        return
    fig.counted = counted_phrase(noun, group_in(list(noun.lefts)))
    fig.counted_head = noun.lemma_.lower()
    fig.inherited = False
    money = _money_noun_of(noun) if fig.base_unit in units().currency_codes else None
    if money is not None:  # "the cost of the re-match, which he put at": the re-match's cost
        fig.counted = f"{fig.counted} {money.lower_}"
        fig.counted_head = money.lemma_.lower()


def _money_noun_of(noun: Token) -> Token | None:
    """The noun of money ("cost", "bill", "budget") whose "of" phrase ``noun`` is, or None."""
    of = noun.head
    if noun.dep_ not in ("pobj", "conj") or of.lower_ != "of" or of.dep_ != "prep":
        return None
    money = of.head
    return money if money.pos_ == "NOUN" and money.i < of.i and (
        money.lemma_.lower() in units().money_nouns) else None


def _put_at(span: Span) -> Token | None:
    """The noun the verb of the sum's "at" is about, or None."""
    at = at_before(span)
    if at is None:
        return None
    verb = at.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in quantity_classes().setting_verbs or any(
            c.dep_ in ("dobj", "dative") and c.lower_ not in RELATIVE for c in verb.children):
        return None
    noun = None
    if verb.dep_ == "relcl" and verb.head.i < verb.i:
        noun = verb.head  # "damage it put at €38 million"
    elif verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBN") and lemma not in VALUING:
        noun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    ctx = context_words()
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() in ctx.not_counted or (
            is_unit_noun(noun)) or not span.start - REACH <= noun.i < span.start:
        return None
    return noun
