"""A currency the units file does not know, shown to be one by the article itself: "fined the
carrier 31 million voltas (4 million euros)", "losses of 2.3bn voltas, about $290m". The word
after the amount is restated at once as a sum in a currency the file knows, so it names a
currency, and a currency is what a sum is counted in, never what it counts
(``counted_named_sum.drop_a_currency_noun`` says the same of the currencies the file knows).

Without this the word is read as the counted noun of every amount written in it, across the
article ("paid a fine of 8 million voltas" counting voltas). Once one conversion in the article
shows the word to be a currency, every amount in it forgets that noun: what the sum is comes from
its verb of money ("fined", "spent", "set aside"), else from the conversion beside it, which the
grammar reads as money and names ("(4 million euros)" after "fined": the fine), else it is left
unsaid. The unit is left as read: no code can be known for a currency the article never codes.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract.figures.counted import counted_phrase, is_unit_noun, money_moved_by
from store.extract.figures.counted_named_sum import named_by_its_of_noun
from store.extract.figures.counted_paid_for import head_of_moved
from store.knowledge.context import context_words, hedges
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import Units, units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

REACH = 30  # characters between the currency's word and the sum that restates it, at most
# what may stand between the word and its conversion: a bracket or a comma, "or", a word of
# approximation ("(about €3.3m)", ", or roughly $1.2bn", " - some $40m")
_LINK = r"\s*[(,\u2013\u2014-]\s*(?:or\s+)?(?:(?:{hedges}|approximately|roughly)\s+)?$"
# words a move against a currency is measured in, which are no currency ("fell 3 points
# against the dollar")
NOT_MONEY = frozenset({"points", "percent", "basis", "cents", "pence", "times"})
# the words of a qualifier between "at" and the sum it sets ("at up to", "at about")
_QUALIFIER_WORDS = frozenset({"up", "to", "about", "around", "some", "nearly", "almost",
                              "roughly", "approximately", "more", "than", "over", "under",
                              "least", "as", "much", "high", "low"})
# the lower-case word right after an amount (one glued by a hyphen, "a 38m-zeka fine", is
# left: its noun may be all that joins a sum's tellings)
_WORD = re.compile(r"\s+([a-z]{3,})\b")


def _link() -> re.Pattern[str]:
    return re.compile(_LINK.format(hedges=hedges()), re.I)


def _word_after(fig: FoundFigure, text: str) -> tuple[str, int] | None:
    """The noun written right after the amount, as its unit word ("31 million voltas"), with
    where it ends; None when the figure's unit is not that word."""
    m = _WORD.match(text, fig.end)
    if m is None:
        return None
    word = m.group(1)
    if not _same_word(fig.unit.partition(" per ")[0].lower(), word):
        return None
    return word, m.end()


def _same_word(unit: str, word: str) -> bool:
    """The unit is the word as written, or the word with the plural "s" the count's unit is
    given ("2.6bn zeka" has the unit "zekas"), or without one."""
    return unit == word or unit == f"{word}s" or f"{unit}s" == word


def currency_words_shown(figures: list[FoundFigure], text: str) -> frozenset[str]:
    """The words the article shows to be currencies: a word the units file does not know, right
    after an amount and restated at once as a sum in a currency it knows."""
    lex = units()
    link = _link()
    found: set[str] = set()
    for fig, after in itertools.pairwise(figures):
        said = _word_after(fig, text)
        if said is None:
            continue
        word, end = said
        if word in found or word in lex.measures or word in lex.currency_words or (
                word in lex.scale_words or word in NOT_MONEY):
            continue
        if after.base_unit not in lex.currency_codes or not 0 <= after.start - end <= REACH:
            continue
        if link.match(text[end:after.start]):
            found.add(word)
    found.update(_priced_against_known(text, lex))
    return frozenset(found | {f"{w}s" for w in found if not w.endswith("s")}
                     | {w[:-1] for w in found if w.endswith("s")})


@lru_cache(maxsize=1)
def _against_known() -> str:
    """ "to the dollar", "per euro", "against the US dollar": priced against a currency the
    units file knows."""
    lex = units()
    known = sorted({w.split()[-1] for w in lex.currency_words} | set(lex.currency_codes),
                   key=len, reverse=True)
    return (r"\s+(?:to|per|against)\s+(?:the\s+|one\s+|a\s+|an\s+|each\s+|1\s+)?"
            r"(?:U\.?S\.?\s+)?(?:" + "|".join(map(re.escape, known)) + r")\b")


@lru_cache(maxsize=1)
def _rate_after() -> re.Pattern[str]:
    return re.compile(_against_known(), re.I)


@lru_cache(maxsize=1)
def _rate_pattern() -> re.Pattern[str]:
    """ "at 250 voltas to the dollar", "11.5 voltas per euro": a word after a number, priced
    against a currency the units file knows."""
    return re.compile(r"\d(?:[\d,]*\d)?(?:\.\d+)?\s+([a-z]{3,})" + _against_known(), re.I)


def _priced_against_known(text: str, lex: Units) -> set[str]:
    """The words a rate of exchange in the text shows to be currencies."""
    if " to the " not in text and " per " not in text and " against " not in text:
        return set()
    return {w for w in (m.group(1).lower() for m in _rate_pattern().finditer(text))
            if w not in lex.measures and w not in lex.currency_words
            and w not in lex.percent_words and w not in lex.scale_words and w not in NOT_MONEY}


def _named_by(word: str, fig: FoundFigure) -> bool:
    """The figure's counted noun ends in the currency's word ("voltas", "carrier voltas")."""
    if not fig.counted:
        return False
    last = fig.counted.split()[-1].lower()
    return last == word or f"{last}s" == word


def forget_currencies_shown(figures: list[FoundFigure], spans: list[Span | None],
                            text: str) -> None:
    """Every amount whose counted noun is a currency the article shows to be one (module
    docstring) takes the noun it is "of" ("a fine of"), else what its verb of money moves, else
    what the conversion beside it counts, else no noun; the conversion beside it, if it had
    none, takes the amount's. An amount priced against another currency ("7.7 voltas to the
    euro") is the price of the currency its word names, and keeps the word."""
    words = currency_words_shown(figures, text)
    if not words:
        return
    ctx = context_words()
    codes = units().currency_codes
    for fig in figures:  # "(about $1.2bn)", given "voltas" by the amount it converts
        if fig.base_unit in codes and fig.inherited and any(_named_by(w, fig) for w in words):
            fig.counted = fig.counted_head = None
            fig.inherited = False
    for i, (fig, span) in enumerate(zip(figures, spans, strict=True)):
        word = fig.unit.partition(" per ")[0].lower()  # the amount's own word, as its unit
        if word not in words or not _named_by(word, fig):
            continue
        said = _word_after(fig, text)
        if said is None or _rate_after().match(text, said[1]) or (
                fig.unit.partition(" per ")[2] in codes):
            # "7.7 voltas to the euro": the currency priced, which its word names; and a bare
            # number that borrowed the word ("traded at 24.3 on Friday") may be such a price
            continue
        moved = money_moved_by(span, ctx) if span is not None else None
        whole = _with_word(span, said[0]) if span is not None else None
        if whole is not None and named_by_its_of_noun(whole):  # "a fine of 8 million voltas"
            owner = whole.root.head.head
            fig.counted, fig.counted_head = owner.lower_, owner.lemma_.lower()
        elif span is not None and (put := _set_at(span)) is not None:
            fig.counted, fig.counted_head = counted_phrase(put, None), put.lemma_.lower()
        elif moved is not None:
            fig.counted, fig.counted_head = moved, head_of_moved(moved)
        else:
            fig.counted = fig.counted_head = None
        twin = figures[i + 1] if i + 1 < len(figures) else None
        if twin is None or said is None or twin.base_unit not in codes or not (
                0 <= twin.start - said[1] <= REACH and _link().match(text[said[1]:twin.start])):
            continue
        if fig.counted is None and twin.counted and not is_unit_word(twin.counted):
            fig.counted, fig.counted_head = twin.counted, twin.counted_head
            fig.inherited = True
        elif twin.counted is None and fig.counted is not None:
            twin.counted, twin.counted_head = fig.counted, fig.counted_head
            twin.inherited = True


def _set_at(span: Span) -> Token | None:
    """ "puts losses at 640 million zeka", "put crop losses at up to 3.1bn zeka": the object of
    a verb of estimate (``setting_verbs`` of ``store/data/quantities.toml``) whose "at" stands
    before the sum, past its qualifier's words, which the sum counts as it would in a currency
    the units file knows; None for a sum no such verb sets."""
    doc = span.doc
    i = span.start - 1
    while i >= max(0, span.start - 4) and doc[i].lower_ in _QUALIFIER_WORDS:
        i -= 1
    if i < 0 or doc[i].lower_ != "at" or doc[i].dep_ != "prep":
        return None
    at = doc[i]
    verb, noun = at.head, None
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":  # "at" hung on the object itself
        verb, noun = verb.head, verb
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in quantity_classes().setting_verbs:
        return None
    noun = noun or next((c for c in verb.children if c.dep_ == "dobj" and c.i < at.i), None)
    if noun is None or noun.pos_ != "NOUN" or is_unit_noun(noun):
        return None
    return noun


def _with_word(span: Span, word: str) -> Span | None:
    """The amount with the currency's word after it ("8 million voltas"), as one span whose root
    is the word; None when the word does not follow the amount."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != word:
        return None
    return doc[span.start:span.end + 1]


def is_unit_word(counted: str) -> bool:
    """A counted phrase that is only a unit's word ("euros"): it names nothing."""
    lex = units()
    last = counted.split()[-1].lower()
    return last in lex.currency_words or last in lex.measures or last in lex.percent_words

