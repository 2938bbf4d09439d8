"""The price of one of the things a passive verb of price says were sold or priced "at" an
amount: "Tickets were sold at R$380 for one day", "the seats are priced at $90", "the new
flats will be sold at £210,000". "At" gives the rate each went for (a total takes "for": "the
assets were sold for $2bn"), so the amount is per one of the plural subject."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract.figures.priced_each import one_priced
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PRICING = frozenset({"price"})  # "are priced at": the verb of setting a price, beside the verbs
# of being sold for one ([rates] price_verbs)


def priced_at(span: Span) -> str | None:
    """The singular of the plural passive subject of a verb of price whose "at" the amount
    follows (the module's docstring); None for anything else."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != "at" or prep.dep_ != "prep":
        return None
    verb = prep.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or (lemma not in context_words().price_verbs and lemma not in PRICING):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < span.start), None)
    if subj is None or of_millions(span.text) or not _bare(subj):
        return None
    return one_priced(subj, plural=True)


def of_millions(text: str) -> bool:
    """A sum of millions or more ("$40m", "€2.5 billion"): what a whole lot, a firm or a stock of
    goods went for or is worth, not the price of one of its things or of one share."""
    return _millions().search(text) is not None


@lru_cache(maxsize=1)
def _millions() -> re.Pattern[str]:
    """The scale words and suffixes of a million or more ([scale] of units.toml), after a digit
    or as a word of their own."""
    lex = units()
    words = sorted((w for table in (lex.scale_words, lex.scale_suffixes)
                    for w, factor in table.items() if factor >= 1e6), key=len, reverse=True)
    alternatives = "|".join(map(re.escape, words))
    return re.compile(rf"(?:\d\s*|\b)(?:{alternatives})\b", re.I)


def _bare(subj: Token) -> bool:
    """ "Tickets", "the new flats": a plural named as a kind, each one priced; "the two hotels",
    "the bank's loans", "these flats" name a lot of them, and "at" gives what the lot went for.
    The definite article is the one determiner let through ("the seats are priced at $90")."""
    return not any(c.dep_ in ("nummod", "poss") or c.tag_ in ("POS", "PRP$", "CD")
                   or (c.dep_ in ("det", "predet") and c.lower_ != "the")
                   for c in subj.children)


MODIFIERS = frozenset({"compound", "nummod", "amod", "nmod"})  # "a 9,000-rand bonus"


def noun_it_modifies(span: Span) -> str | None:
    """The lemma of the noun after a sum that the sum modifies ("bonus" of "a 9,000-rand
    bonus", "deal" of "the £3 meal deal"), if any: the sum is that thing's price or size."""
    head = span.root.head
    if span.root.dep_ not in MODIFIERS or head.i < span.end or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return head.lemma_.lower()
