"""Sums in a gapped coordination: the second conjunct leaves out the verb the first one says
("the auditor put the deficit at £40m and arrears at £12m", "a season ticket cost £450, and a
single match ticket £38"). The parser hangs the second sum on the first clause, so it takes
the first sum's noun or none; the noun of its own conjunct, between the coordinator and the sum,
is what it is, under the first conjunct's verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted_change import PRICE
from store.extract.figures.parse import token_at
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from store.extract.figures.found import FoundFigure

NOUN_REACH = 6  # words the second conjunct's noun phrase may take ("a single match ticket")
LINK_REACH = 4  # words between the first sum and the coordinator ("a month", a closing quote)
# words of a noun phrase: determiners, possessives, adjectives, nouns, the hyphen and number of
# "two-day" (Penn tags)
PHRASE_TAGS = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS",
                         "HYPH", "CD"})
QUALIFIED = 4  # tokens of a sum its qualifiers may hang on ("well over €150 million")
LEADING = frozenset({"DT", "PRP$"})


def name_the_gapped_sums(figures: list[FoundFigure], doc: Doc) -> None:
    """Give each sum of a gapped second conjunct the noun of its own conjunct, where it has
    none or only the first sum's; a conversion in brackets after either sum goes with it ("cost
    £450 (about $560), and a single match ticket £38 ($47)")."""
    for k, fig in enumerate(figures):
        first, end = _first_sum(figures, k, doc)
        if first is None or end is None or first.sentence != fig.sentence or not _money(fig):
            continue
        was = fig.counted
        if was is not None and (first.counted or "").lower() != was.lower():
            continue
        found = _own_noun(doc, first, end, fig)
        if found is None:
            continue
        fig.counted, fig.counted_head = found
        if first.counted_head == PRICE:  # the first conjunct's verb of cost: a price
            fig.counted, fig.counted_head = f"{fig.counted} {PRICE}", PRICE
        fig.inherited = False
        twin = figures[k + 1] if k + 1 < len(figures) else None
        if twin is not None and twin.counted == was and _bracketed(doc, twin, fig):
            twin.counted, twin.counted_head, twin.inherited = fig.counted, fig.counted_head, False


def _first_sum(figures: list[FoundFigure], k: int, doc: Doc
               ) -> tuple[FoundFigure | None, Token | None]:
    """The sum before figure ``k`` that a gapped conjunct would follow, past a conversion in
    brackets after it, and the last token before the coordinator's run."""
    if k == 0:
        return None, None
    first = figures[k - 1]
    end = token_at(doc, first.end - 1)
    if k >= 2 and end is not None and _bracketed(doc, first, figures[k - 2]):
        close = end.i + 1
        if close < len(doc) and doc[close].text == ")":
            return figures[k - 2], doc[close]
        return None, None
    return first, end


def _bracketed(doc: Doc, fig: FoundFigure, before: FoundFigure) -> bool:
    """Whether ``fig`` stands in brackets right after the sum ``before`` ("£450 (about $560)")."""
    start, end = token_at(doc, fig.start), token_at(doc, before.end - 1)
    if start is None or end is None:
        return False
    opening = _before(doc, start.i, end.i)
    return doc[opening].text == "(" and opening == end.i + 1


def _money(fig: FoundFigure) -> bool:
    return fig.base_unit in units().currency_codes


def _own_noun(doc: Doc, first: FoundFigure, end: Token, fig: FoundFigure
              ) -> tuple[str, str] | None:
    """The second conjunct's noun phrase, as written, and its head's lemma; None unless the
    words between the two sums are a coordinator, a noun phrase and, when the first sum has one,
    the same preposition before it."""
    start = token_at(doc, fig.start)
    if start is None or start.i - end.i > LINK_REACH + NOUN_REACH + 3:
        return None
    i = _before(doc, start.i, end.i)
    prep = None
    if doc[i].tag_ == "IN":
        prep, i = doc[i], i - 1
    phrase: list[Token] = []
    while i > end.i and len(phrase) < NOUN_REACH and (
            doc[i].tag_ in PHRASE_TAGS or (prep is not None and not phrase
                                           and doc[i].tag_ == "VBZ")):
        phrase.insert(0, doc[i])  # ("arrears" the tagger calls a verb, right before "at")
        i -= 1
    if not phrase or doc[i].lower_ != "and" or any(t.like_num for t in phrase[-1:]):
        return None
    if not any(t.lower_ == "and" for t in doc[end.i + 1:i + 1]) or i - end.i > LINK_REACH + 1:
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.text == ";" for t in doc[end.i + 1:i]):
        return None  # a clause of its own between the sums
    if not _same_frame(doc, first, prep):
        return None
    while phrase and phrase[0].tag_ in LEADING:
        phrase.pop(0)
    head = phrase[-1] if phrase else None
    if head is None or head.pos_ not in ("NOUN", "VERB") or head.ent_type_:
        return None  # a name is where or whose ("with Nice at 268 euros and Lyon at 174 euros")
    text = doc[phrase[0].i:head.i + 1].text
    return text, head.lemma_.lower() if head.pos_ != "VERB" else head.lower_


def _same_frame(doc: Doc, first: FoundFigure, prep: Token | None) -> bool:
    """The first sum stands in the frame the gap repeats: after the same preposition ("put
    the deficit at £40m and arrears at £12m"), or, with none, right after a verb of measure
    ("cost £450, and a single match ticket £38")."""
    start = token_at(doc, first.start)
    if start is None or start.i == 0:
        return False
    word = doc[_before(doc, start.i, 0)]
    if prep is not None:
        return word.lower_ == prep.lower_
    # a verb whose subject is what the sum measures ("cost", which the tagger may call a noun,
    # "reach", "total"); not one whose subject pays ("the state paid $4m and the city $2m")
    return word.lemma_.lower() in context_words().measure_verbs


def _before(doc: Doc, start: int, stop: int) -> int:
    """The token before a sum's words: past its currency sign, an opening quote and the
    qualifiers the parser hangs on the number ("at \"well over €150m\"")."""
    i = start - 1
    while i > stop and (doc[i].tag_ in ("$", "``", "''") or (
            doc[i].dep_ in ("quantmod", "advmod") and i < doc[i].head.i <= start + QUALIFIED)):
        i -= 1
    return i
