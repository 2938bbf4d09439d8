"""What the words right after an amount say it counts: the "of" phrase ("one-third of the
group's personnel", "hundreds of women", "1.1trn rupees (roughly $13bn) of government bonds"),
money "in cash" or "in damage", and what a sum is taken "off" ("wiping $2bn off the company's
market value")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted_shared_head import shared_head
from store.extract.figures.parse import group_in, pobj
from store.knowledge.context import context_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from store.extract.numbers import NumberExpr

BRACKET_REACH = 8  # tokens a conversion in brackets may take before the "of" it stands before
# tokens a conversion in brackets with a note after it may take ("B/.520 million (US$520m; the
# balboa trades at par with the dollar) in toll revenue")
NOTE_REACH = 16


def after_amount(expr: NumberExpr, doc: Doc, i: int) -> tuple[Token | None, str | None]:
    """The noun the words after an amount (from token ``i``) say it counts, and its group."""
    if i >= len(doc):
        return None, None
    j = i
    if (expr.unit in units().measure_codes and doc[j].text == ","
            and j + 1 < len(doc) and doc[j + 1].lower_ == "of"):
        j += 1  # "11.4 million litres, of diesel" after a conversion in commas
    if doc[j].text == ";" and _inside_brackets(doc, j):
        j = _note_end(doc, j)  # the conversion itself: "(US$520m; the balboa ...) in revenue"
    if doc[j].text == "(":  # "1.1trn rupees (roughly $13bn) of government bonds"
        close = next((t.i for t in doc[j:j + BRACKET_REACH] if t.text == ")"), None)
        if close is None and any(t.text == ";" for t in doc[j:j + BRACKET_REACH]):
            close = _note_end(doc, j + 1) - 1  # a conversion with a note after its semicolon
            close = close if doc[close].text == ")" else None
        if close is not None and close + 1 < len(doc) and doc[close + 1].lower_ in (
                "of", "off", "in"):  # "wiping 5.5bn dinars ($131m) off its market value"
            j = close + 1
    if doc[j].lower_ == "of":
        obj = pobj(doc[j])
        if obj is not None:
            obj = shared_head(obj)  # "of new wind and solar capacity": the capacity
            return obj, group_in([t for t in obj.subtree if t.i < obj.i])
    if not expr.unit:
        return None, None
    if expr.unit in units().currency_codes:
        j = past_its_period(doc, j)  # "$40 million a year in lost fees"
    obj = pobj(doc[j]) if doc[j].lower_ in ("in", "off") else None
    if obj is None:
        return None, None
    if doc[j].lower_ == "off":  # "wiping $2bn off the company's market value"
        return obj, None
    if expr.unit not in units().currency_codes:
        return None, None  # "900 hectares in mid-July": only money is "in" what it is
    if _a_currency(obj):
        return None, None  # "a ransom of US$5m in bitcoin": the money it is paid in
    # money "in cash", "in revenue", "in damage", "in refunds", "in insured losses" (not "in a
    # statement": a noun with a determiner or a possessor is where or how it was said, nor "in
    # respect of": a phrase of its own, nor "in months" or "in towns": when and where, nor "in
    # two instalments": how it was paid)
    if obj.tag_ in ("NN", "NNS") and not any(
            c.dep_ in ("det", "poss", "nummod") or (c.dep_ == "prep" and c.lower_ == "of")
            for c in obj.children) and not _when_or_where(obj):
        return obj, None
    return None, None


def past_its_period(doc: Doc, j: int) -> int:
    """The "in" after a sum's period ("cost the port $40 million a year in lost fees", "€90m a
    day in revenue"): the rate is the sum's, the "in" phrase still says what the money is; else
    ``j``."""
    ctx = context_words()
    if j + 2 < len(doc) and doc[j].lower_ in ctx.rate_openers and doc[j + 2].lower_ == "in" and (
            doc[j + 1].lemma_.lower() in ctx.rate_period_words):
        obj = pobj(doc[j + 2])
        listed = obj is not None and (any(c.dep_ == "conj" for c in obj.children) or (
            obj.i + 1 < len(doc) and doc[obj.i + 1].text == ","))
        return j if listed else j + 2  # ("a day in delayed imports, idle factories and ...":
    return j  # where the sum falls, item by item, not what it is)


def _a_currency(noun: Token) -> bool:
    """A currency word ("bitcoin", "dollars", "euros"): money "in" it names the money it is paid
    or held in, never what the sum is."""
    words = units().currency_words
    return noun.lower_ in words or noun.lemma_.lower() in words


def _inside_brackets(doc: Doc, i: int) -> bool:
    """Whether token ``i`` stands inside brackets opened a few tokens before it."""
    for tok in reversed(doc[max(0, i - BRACKET_REACH):i]):
        if tok.text == ")":
            return False
        if tok.text == "(":
            return True
    return False


def _note_end(doc: Doc, i: int) -> int:
    """The token after the ")" that closes the note a conversion in brackets goes on with
    after a semicolon (token ``i`` itself when no ")" closes it within reach)."""
    close = next((t.i for t in doc[i:min(len(doc), i + NOTE_REACH)] if t.text in ("(", ")")),
                 None)
    if close is None or doc[close].text == "(" or close + 1 >= len(doc):
        return i
    return close + 1


def _when_or_where(noun: Token) -> bool:
    """A plural of time, of a kind of place or of a kind of area ("in towns", "in large sites";
    "in refunds" is none of them): money "in" it is spent or priced then or there, not made of
    it."""
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in ("DATE", "TIME") or lemma in units().time_words or (
        lemma in quantity_classes().place_words or lemma in context_words().area_nouns)


def past_conversion(doc: Doc, span: Span, i: int) -> int:
    """The token after a conversion in brackets that stands between an amount and its noun:
    "the €310m ($340m) fine" reads on at "fine" from either amount."""
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i:i + BRACKET_REACH] if t.text == ")"), None)
        if close is not None and any(t.like_num for t in doc[i:close]):
            return close + 1
    if i < len(doc) and doc[i].text == ")" and any(
            t.text == "(" for t in doc[max(0, span.start - 3):span.start]):
        return i + 1  # the converted amount itself, inside the brackets
    return i
