"""What a sum paid for each one of something counts: "a grant of 500 crowns for each flooded
household", "pays $900 per family", "2 lakh each to 40 families", "$700 to the family of each
miner killed" count a payment per household or per family, not the households. The words after
the sum say per what (a conversion in brackets aside); the sum's own noun, else the noun of the
verb that moves it (``money_verbs`` of ``store/data/context.toml``), says what is paid. A
period ("a day", "per year") is a rate of time, read elsewhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import is_unit_noun
from store.extract.figures.parse import governing_verb, pobj
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

PAYMENT = "payment"  # a sum paid for each one of something, when nothing names it
AMOUNT = "amount"  # a sum a participle describes ("the amount approved")
MONEY = "money"  # a sum that comes from a source ("money from the recovery fund")
RELATIVE_REACH = 4  # tokens after a sum its relative clause's verb may stand at
REACH = 12  # tokens after the sum (a conversion in brackets included) the "per" phrase may take
EACH = frozenset({"each", "every"})


def name_what_is_paid(fig: FoundFigure, span: Span) -> None:
    """Make a sum given per one of something count "<what> per <one>"."""
    if fig.unit.partition(" per ")[0] not in units().currency_codes:
        return
    one = _paid_per(span)
    if one is None:
        return
    head = one.lemma_.lower()
    if head in units().currency_words or one.lower_ in units().currency_words:
        return  # "18.70 pesos per dollar": an exchange rate
    ctx = context_words()
    if head in ctx.rate_period_words or head in ctx.not_counted:
        return
    what, what_head = fig.counted, fig.counted_head
    if what is None or what_head in ctx.not_counted or what_head == head:
        what = ctx.money_verbs.get(governing_verb(span).lemma_.lower()) or PAYMENT
        what_head = what
    if what.lower().endswith(f"per {head}"):
        return
    fig.counted, fig.counted_head = f"{what} per {head}", what_head


def _paid_per(span: Span) -> Token | None:
    """The one a sum is given for: "per family", "a family", "for each (bereaved) family", "to
    the family of each victim", "for each of their families", "each to 40 families"."""
    doc = span.doc
    end = min(len(doc), span.end + REACH, span.sent.end)
    i = span.end
    if i < end and doc[i].text == ")":
        i += 1  # the converted sum inside brackets
    if i < end and doc[i].text == "(":  # "500 crowns ($23) per family"
        close = next((t.i for t in doc[i:end] if t.text == ")"), None)
        i = close + 1 if close is not None else i
    if i >= end:
        return None
    word = doc[i].lower_
    if word == "per" or (word in ("a", "an") and doc[i].dep_ == "det"):
        return _noun_from(doc, i + 1, end)
    if word in EACH and i + 1 < end and doc[i + 1].lower_ == "to":  # "each to 40 families"
        return _noun_from(doc, i + 2, end)
    if word not in ("for", "to"):
        return None
    i += 1
    if i < end and doc[i].lower_ in EACH:
        if i + 2 < end and doc[i + 1].lower_ == "of":  # "for each of their families"
            return _noun_from(doc, i + 2, end)
        return _noun_from(doc, i + 1, end)
    if i + 1 < end and doc[i].lower_ == "the":  # "to the family of each victim"
        noun = _noun_from(doc, i + 1, end)
        if noun is not None and noun.i + 2 < end and doc[noun.i + 1].lower_ == "of" and (
                doc[noun.i + 2].lower_ in EACH):
            return noun
    return None


def _noun_from(doc: Span, start: int, end: int) -> Token | None:
    """The first noun from ``start``, past a determiner, a number and modifiers; none past
    another word."""
    for tok in doc[start:min(end, start + 4)]:
        if tok.pos_ == "NOUN":
            return tok
        if tok.pos_ not in ("DET", "NUM", "ADJ") and tok.tag_ not in ("VBN", "PRP$"):
            return None
    return None


def name_what_was_done(fig: FoundFigure, span: Span) -> None:
    """ "the 22.4 billion euros approved by parliament", "Tk 19 crore lost to bus owners": a sum
    with no noun of its own (or only one it borrowed) that a participle right after it
    describes counts the amount that participle names."""
    if fig.unit.partition(" per ")[0] not in units().currency_codes or not _unnamed(fig):
        return
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text == "(":  # "22.4bn euros ($25bn) approved by ..."
        close = next((t.i for t in doc[i:min(len(doc), i + REACH)] if t.text == ")"), None)
        i = close + 1 if close is not None else i
    if i >= len(doc) or doc[i].tag_ != "VBN" or doc[i].dep_ != "acl":
        return
    if not span.start <= doc[i].head.i < span.end:
        return  # the participle describes another noun
    if doc[i].lemma_.lower() in context_words().reporting:
        return  # "the €38bn published in May": who said it, not what it is
    fig.counted, fig.counted_head = f"{AMOUNT} {doc[i].lower_}", AMOUNT


def name_where_it_came_from(fig: FoundFigure, span: Span) -> None:
    """ "Part of the financing, 9 billion euros, comes from the EU's recovery fund", "the €9bn
    the line received from the recovery fund": a sum with no noun of its own (or only one it
    borrowed) that a verb of receiving brings "from" a source counts that source's money."""
    if fig.unit.partition(" per ")[0] not in units().currency_codes or not _unnamed(fig):
        return
    sources = context_words().source_verbs
    # its own verb, or a relative clause right after it ("the €9bn the line received from"),
    # which the parser may hang elsewhere
    after = [t for t in span.doc[span.end:min(len(span.doc), span.end + RELATIVE_REACH)]
             if t.lemma_.lower() in sources and t.pos_ == "VERB"]
    verbs = [governing_verb(span), *after[:1]]
    for verb in verbs:
        if verb.lemma_.lower() not in sources:
            continue
        origin = next((pobj(c) for c in verb.children if c.dep_ == "prep"
                       and c.lower_ == "from"), None)
        if origin is None or origin.pos_ != "NOUN" or is_unit_noun(origin):
            continue  # "raised it to 1.9 billion rand from 1.5 billion rand": a figure
        words = [t.text for t in origin.lefts if t.dep_ == "compound"]
        fig.counted = " ".join([MONEY, "from", *words, origin.text])
        fig.counted_head = MONEY
        return


def _unnamed(fig: FoundFigure) -> bool:
    """No noun of its own: none, one borrowed from elsewhere, or the amount's own words taken
    for a noun ("7bn euros")."""
    return fig.counted is None or fig.inherited or any(c.isdigit() for c in fig.counted)
