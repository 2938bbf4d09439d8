"""A company's share price: "shares in the bank fell 4% to $12.30", "its stock closed at $80",
"the share price rose to 412p". The amount is the level that the shares (or their price) moved
to or stood at, after "to" or "at" on the verb whose subject they are; it is the price of one
share, so it is given per share whatever the currency."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.priced_at import of_millions
from store.extract.figures.priced_each import LEVEL_PREPOSITIONS
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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
