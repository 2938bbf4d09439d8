"""A company's share price: "shares in the bank fell 4% to $12.30", "its stock closed at $80",
"the share price rose to 412p". The amount is the level that the shares (or their price) moved
to or stood at, after "to" or "at" on the verb whose subject they are; it is the price of one
share, so it is given per share whatever the currency."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.priced_at import noun_it_modifies, of_millions
from store.extract.figures.priced_each import LEVEL_PREPOSITIONS
from store.knowledge.context import context_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

# the subject, or the object a verb sets at the amount ("put the value of the shares at €2.90");
# never a passive subject ("the shares were sold at $4bn": a sale in all, no price of one)
ARGUMENTS = ("nsubj", "dobj")
WORTH = frozenset({"price", "value"})  # what of a share an amount may be said to be
# "fell from $12.30 to $11.80": the old level is a price of one share as the new one is
LEVELS = LEVEL_PREPOSITIONS | {"from"}
# "since its low of $7.60", "hit a record high of $80": a level the shares reached, named by the
# extreme it was (Oxford Dictionary of English, 3rd ed., low (noun) 1, high (noun) 1: "the
# highest/lowest level or number reached")
EXTREMES = frozenset({"low", "high", "peak", "trough"})


# "a target price of $44", "a price target of $52": an analyst's forecast of the price of one
# share (Oxford Dictionary of English, 3rd ed., target price: "a price that an analyst expects a
# share to reach"), said in a sentence about the shares
TARGET_WORDS = frozenset({"target", "price"})
TARGET_REACH = 14  # tokens before "target price" the shares it is of may be named at


def priced_per_share(span: Span) -> str | None:
    """ "share" when the amount stands after "to" or "at" on a verb whose subject (or object),
    before the amount, is shares or stock, or the price or value of them, or on such a noun
    itself ("the shares, at €2.21, ..."), or is the target price of shares named before it;
    None otherwise (the module's docstring)."""
    if _target_for_shares(span):
        return "share"
    prep = span.root.head
    if span.root.dep_ != "pobj" or (prep.lower_ not in LEVELS and not _extreme_of(prep)):
        return None
    if of_millions(span.text):  # "its stock rose to $40m", "sold shares at $3bn": a sum in all
        return None
    shares = context_words().share_nouns
    verb = prep.head
    if verb.pos_ == "ADP" and verb.lower_ in LEVELS and verb.dep_ == "prep":
        verb = verb.head  # "from $9.20 to $8.10": "to" hangs on "from"
    elif _extreme_of(prep):  # "has risen since its low of $7.60": the verb of the low
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head
    if verb.pos_ == "ADV" and verb.dep_ == "advmod":
        verb = verb.head  # "climbed back to around $11": "to" hangs on "back"
    if verb.pos_ in ("NOUN", "PROPN"):  # "the shares, at €2.21, ...": set off by commas
        doc = span.doc
        return "share" if _stock(verb, shares) and doc[verb.i + 1].text == "," and (
            prep.i == verb.i + 2) else None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for noun in _arguments(verb):
        if noun.i < span.start and (_of_shares(noun, shares) or _for_shares(noun, verb, shares)
                                    or _shares_before(noun, shares)):
            return "share"
    return None


def _shares_before(noun: Token, shares: frozenset[str]) -> bool:
    """ "Shares of the bakery fell to $14. They have since closed at $15.10": "they", the
    subject, stands for the shares that were the subject of the sentence right before."""
    if noun.lower_ != "they" or noun.sent.start == 0:
        return False
    before = noun.doc[noun.sent.start - 1].sent
    return any(_stock(c, shares) for c in before.root.children if c.dep_ == "nsubj")


def _for_shares(noun: Token, verb: Token, shares: frozenset[str]) -> bool:
    """A price or value the verb sets, and a "for" phrase of shares the parse hung on the verb
    ("cut her target price for the shares to $12")."""
    return noun.dep_ == "dobj" and noun.lemma_.lower() in WORTH and any(
        p.dep_ == "prep" and p.lower_ == "for" and any(
            o.dep_ == "pobj" and _stock(o, shares) for o in p.children) for p in verb.children)


def _arguments(verb: Token) -> list[Token]:
    """The verb's subject and object; a verb joined by "and" to one before it, or a participle
    set after it, with no subject of its own, shares that verb's ("shares rose 3% to $9 and
    closed at $8.90", "shares steadied, rising 1.5% to $9.40")."""
    own = [c for c in verb.children if c.dep_ in ARGUMENTS]
    # "shares steadied, rising 1.5% to $9.40": a participle's subject is its verb's
    joined = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
    if joined and not any(c.dep_ in ("nsubj", "nsubjpass") for c in own):
        own += [c for c in verb.head.children if c.dep_ == "nsubj"]
    return own


def _extreme_of(prep: Token) -> bool:
    """ "its low of $7.60": "of" after a noun of the level reached (``EXTREMES``)."""
    return prep.lower_ == "of" and prep.head.lemma_.lower() in EXTREMES


def _of_shares(noun: Token, shares: frozenset[str]) -> bool:
    """Shares or stock, or a price or value of them or for them ("the share price", "the fair
    value of the shares", "a target price for the shares")."""
    if _stock(noun, shares):
        return True
    if noun.lemma_.lower() not in WORTH:
        return False
    if any(c.dep_ == "compound" and c.lemma_.lower() in shares for c in noun.children):
        return True  # "the share price", "its stock price"
    # "the fair value of the shares", "her target price for the shares"
    return any(p.dep_ == "prep" and p.lower_ in ("of", "for") and any(
        o.dep_ == "pobj" and _stock(o, shares) for o in p.children) for p in noun.children)


def _stock(noun: Token, shares: frozenset[str]) -> bool:
    """A company's shares, no number counting them: "shares" in the plural ("its share of the
    claim" is a part), or "stock" a possessive owns and nothing qualifies ("its stock", not
    "rolling stock" or "its stock of grain"); "its 17.5 million shares were valued at €38.7m"
    is their sum."""
    if noun.lemma_.lower() not in shares:
        return False
    if any(c.dep_ == "nummod" or c.like_num for c in noun.children):
        return False
    if noun.tag_ in ("NNS", "NNPS"):
        return True
    kids = {c.dep_ for c in noun.children}
    return "poss" in kids and not kids & {"amod", "compound", "prep"}


def _target_for_shares(span: Span) -> bool:
    """ "rates the bank's shares "hold" with a target price of $44": the amount after "of" on a
    target price ("target price", "price target"), in a sentence that names shares or stock
    a few words before it, is the price of one share; "a target price of $80 a barrel" has its
    own rate, read first."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != "of" or of_millions(span.text):
        return False
    noun = prep.head
    if noun.lemma_.lower() not in TARGET_WORDS or not any(
            c.dep_ == "compound" and c.lemma_.lower() in TARGET_WORDS - {noun.lemma_.lower()}
            for c in noun.children):
        return False
    shares = context_words().share_nouns
    start = max(noun.sent.start, noun.i - TARGET_REACH)
    return any(_stock(t, shares) for t in span.doc[start:noun.i]) or _on_the_stock(noun, span,
                                                                                    shares)


def _on_the_stock(noun: Token, span: Span, shares: frozenset[str]) -> bool:
    """ "who has a target price of $18 on the stock": "on" or "for" the stock or the shares after
    the amount, on the target price or on the verb that has it, names what it is the price of."""
    return any(p.dep_ == "prep" and p.lower_ in ("on", "for") and p.i >= span.end and any(
        o.dep_ == "pobj" and o.lemma_.lower() in shares
        and not any(c.dep_ == "nummod" or c.like_num for c in o.children) for o in p.children)
        for p in (*noun.children, *noun.head.children))


def per_share_as_named(figures: list[FoundFigure]) -> None:
    """ "The stock has risen 6.9% since its low of $7.60", "They stood at 151p on 23 January":
    a sum that the clause names the price of a priced thing (``[priced]`` of
    ``store/data/quantities.toml``: "share price"), with no rate of its own, is the price of one
    of them, given per that thing, whatever the clause's grammar hid from the rule above; a sum
    of millions is what a whole holding is worth."""
    per_thing: dict[str, str] = {}
    for thing, name in quantity_classes().priced.items():  # "share" before "stock"
        per_thing.setdefault(name, thing)
    money = units().currency_codes
    for fig in figures:
        thing = per_thing.get(fig.counted or "")
        if thing is not None and fig.rate is None and fig.unit in money and (
                not of_millions(fig.text)):
            fig.rate = thing


# the most one price of a share may be times another in one story ("offered 184p a share ...
# came back at 197p": the bid raised; "a fair value of 300p"); a sum further off is some other
# sum (a dividend, a fee, a whole holding)
SHARE_PRICE_SPREAD = 2.0


def per_share_in_the_story(figures: list[FoundFigure], spans: list[Span | None]) -> None:
    """ "offered 184p a share for the grocer ... Marwick came back at 197p", "the board rejected
    proposals at 212 pence and 238 pence": once an article gives a sum per share, a sum in the
    same currency with no rate of its own, no scale word and of that size (within
    ``SHARE_PRICE_SPREAD`` of one of them) is another price of one share: market copy names the
    share once and quotes bids, closes and fair values bare after it. A sum set before a noun
    of its own is that thing's price ("the £3 meal deal"), unless the noun is a bid or a price
    ("the 255p offer")."""
    money = units().currency_codes
    priced: dict[str, list[float]] = {}
    for fig in figures:
        if fig.rate == "share" and fig.unit in money and fig.high and fig.high > 0:
            priced.setdefault(fig.unit, []).append(fig.high)
    if not priced:
        return
    for fig, span in zip(figures, spans, strict=True):
        prices = priced.get(fig.unit)
        if prices is None or fig.rate is not None or not fig.low or fig.low <= 0 or (
                of_millions(fig.text)) or (span is not None and _prices_a_thing(span)):
            continue
        if any(p / SHARE_PRICE_SPREAD <= fig.low and fig.high <= p * SHARE_PRICE_SPREAD
               for p in prices):
            fig.rate = "share"


def _prices_a_thing(span: Span) -> bool:
    """The sum modifies a noun after it that is neither a bid nor a price or value ("the £3
    meal deal", not "the 255p offer")."""
    noun = noun_it_modifies(span)
    return noun is not None and noun not in WORTH | context_words().position_nouns
