"""What money set apart for a use counts: "set aside Rp3.5bn for victims' families", "allocated
£4.5m for school meals", "must set aside R$11 million, about €1.8 million, for the victims". The
verb names the money (``money_verbs``: a provision, an allocation, funds) and its "for" phrase
the use, which tells one provision from another: "provision for victims' families". Money spent
says its use with "on" ("will spend £2m on school meals": spending on school meals; "spends
£120 a day on each rough sleeper": spending per rough sleeper). The head stays the verb's noun,
so the key that groups the figure is the one it had.

Only the nouns of ``purposed_money`` and ``spent_money`` (``store/data/context.toml``) are read
so; a phrase of time ("for the year", "on Monday"), of one of a kind ("for each family", a
payment per one), of a place or a person is no use. The preposition stands within a few tokens
after the sum (past a conversion).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import counted_phrase, is_place, is_unit_noun
from store.extract.figures.parse import pobj
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

REACH = 8  # tokens after the sum its "for" may stand at ("R$11 million, about €1.8 million, for")
NOT_USES = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL"})
PAST = frozenset({"about", "around", "some", "nearly"})  # a conversion's qualifier, passed over
ONE_EACH = frozenset({"each", "every", "per"})  # "for each family": a payment per one
FOR, ON = "for", "on"
NOT_SPENT_ON = frozenset({"PERSON", "GPE", "LOC", "NORP"})  # "spent $4m on Smith": a fee, a place


def name_the_purpose(fig: FoundFigure, span: Span) -> None:
    """Make money its verb sets apart count "<its noun> for <the use>"."""
    ctx = context_words()
    if fig.base_unit not in units().currency_codes or (
            fig.counted is None or fig.counted != fig.counted_head):
        return
    if fig.counted_head in ctx.purposed_money and not fig.rate:
        use = _use_after(span, FOR)
        if use is not None and not _one_each(use):
            fig.counted = f"{fig.counted} for {counted_phrase(use, None)}"
    elif fig.counted_head in ctx.spent_money:
        use = _use_after(span, ON)
        if use is not None:  # "on each inmate": spent per one of them
            joined = "per" if _one_each(use) else ON
            fig.counted = f"{fig.counted} {joined} {counted_phrase(use, None)}"


def _one_each(use: Token) -> bool:
    """ "for each family", "on every pupil": one of a kind, what a sum is given per."""
    return any(c.dep_ == "det" and c.lower_ in ONE_EACH for c in use.children)


def _use_after(span: Span, prep: str) -> Token | None:
    """The noun of the ``prep`` phrase right after the sum, or None; a name only after "on"
    ("spend €3m on the Junior Chess Programme"), and never a person's or a place's."""
    doc = span.doc
    ctx = context_words()
    for tok in doc[span.end:min(len(doc), span.end + REACH)]:
        if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":", "."):
            return None
        if tok.dep_ == "prep" and tok.lower_ not in (prep, *PAST):
            return None  # "in relief for ...", "from the fund for ...": another phrase's "for"
        if tok.lower_ != prep or tok.dep_ != "prep":
            continue
        use = pobj(tok)
        if prep == ON and use is not None and use.head.i != tok.i:
            return None  # "spent €2m on top of its budget": "on top of" says how much more
        named = prep == ON and use is not None and use.pos_ == "PROPN" and (
            use.ent_type_ not in NOT_SPENT_ON)
        if use is None or (use.pos_ != "NOUN" and not named) or use.ent_type_ in NOT_USES or (
                is_place(use) or is_unit_noun(use) or use.lemma_.lower() in ctx.not_counted
                or use.lemma_.lower() in ctx.rate_period_words
                or use.lemma_.lower() in units().time_words):
            return None
        return use
    return None
