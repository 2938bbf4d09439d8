"""What money set apart for a use counts: "set aside Rp3.5bn for victims' families", "allocated
£4.5m for school meals", "must set aside R$11 million, about €1.8 million, for the victims". The
verb names the money (``money_verbs``: a provision, an allocation, funds) and its "for" phrase
the use, which tells one provision from another: "provision for victims' families". The head
stays the verb's noun, so the key that groups the figure is the one it had.

Only the nouns of ``purposed_money`` (``store/data/context.toml``) are read so; a "for" phrase of
time ("for the year"), of one of a kind ("for each family", a payment per one), of a place or a
name is no use. The "for" stands within a few tokens after the sum (past a conversion).
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


def name_the_purpose(fig: FoundFigure, span: Span) -> None:
    """Make money its verb sets apart count "<its noun> for <the use>"."""
    ctx = context_words()
    if fig.base_unit not in units().currency_codes or fig.rate or (
            fig.counted is None or fig.counted != fig.counted_head
            or fig.counted_head not in ctx.purposed_money):
        return
    use = _use_after(span)
    if use is None:
        return
    fig.counted = f"{fig.counted} for {counted_phrase(use, None)}"


def _use_after(span: Span) -> Token | None:
    """The common noun of the "for" phrase right after the sum, or None."""
    doc = span.doc
    ctx = context_words()
    for tok in doc[span.end:min(len(doc), span.end + REACH)]:
        if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":", "."):
            return None
        if tok.dep_ == "prep" and tok.lower_ not in ("for", *PAST):
            return None  # "in relief for ...", "from the fund for ...": another phrase's "for"
        if tok.lower_ != "for" or tok.dep_ != "prep":
            continue
        use = pobj(tok)
        if use is None or use.pos_ != "NOUN" or use.ent_type_ in NOT_USES or is_place(use) or (
                is_unit_noun(use) or use.lemma_.lower() in ctx.not_counted
                or use.lemma_.lower() in ctx.rate_period_words
                or use.lemma_.lower() in units().time_words) or any(
                c.dep_ == "det" and c.lower_ in ONE_EACH for c in use.children):
            return None
        return use
    return None
