"""What a sum or a share counts when its clause names only an estimate of it: "raised its
estimate to 26bn euros", "whose own estimate has stood at 26bn euros", "our central estimate is
84 percent above the budget", "a cost estimate that is now 37 percent above it". An estimate
that is "of" something hands on that something (``inherit``); one with no "of" phrase is a sum
itself, so the figure counts the estimate, with the compound that says of what ("cost
estimate"). Counts of things are left alone: "its estimate rose to 900" says nothing of what
the 900 are. The nouns are ``estimate_nouns`` of ``store/data/context.toml``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.parse import governing_verb
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

SHARES = frozenset({"percent", "fraction", "percentage points"})
SETTING = frozenset({"to", "at", "from", "by", "of", "around"})  # set to, at or by a figure
CLIMB = 6  # tokens between a figure and its verb, at most ("from ... to", "more than")


def name_the_estimate(fig: FoundFigure, span: Span) -> bool:
    """Make a sum or share with no noun count the estimate its clause sets it to, at or by;
    whether it did."""
    base = fig.base_unit
    if base not in units().currency_codes and base not in SHARES:
        return False
    noun = _estimate_noun(span)
    if noun is None:
        return False
    words = [t.text for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"]
    fig.counted = " ".join([*words, noun.text])
    fig.counted_head = noun.lemma_.lower()
    fig.inherited = True
    return True


def _estimate_noun(span: Span) -> Token | None:
    """The estimate noun the figure's clause is about: the subject or object of its verb, the
    noun a relative clause it sits in describes, or the noun it is "of"."""
    nouns = context_words().estimate_nouns
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        found = root.head.head  # "its own estimate of 26bn euros"
        return found if _bare(found, nouns) else None
    verb = governing_verb(span)
    node = root.head
    if root.dep_ == "appos" or (root.dep_ == "npadvmod" and node.pos_ == "ADP"):
        node = node.head  # "26bn euros ($28bn)", "is 84 percent above ..."
    for _ in range(CLIMB):
        if node.head.i == node.i:
            break
        if node.pos_ == "ADP" and node.lower_ not in SETTING:
            return None  # "84 percent above the 14.2 billion euros": what it is compared with
        if node.i == verb.i:
            break
        if node.pos_ not in ("ADP", "ADV", "PART"):
            return None
        node = node.head
    else:
        return None  # too far from its verb to be what the verb sets
    candidates = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                  and c.i < span.start]
    if verb.dep_ == "relcl":  # "a cost estimate that is now 37 percent above"
        candidates.append(verb.head)
    return next((c for c in candidates if _bare(c, nouns)), None)


def _bare(noun: Token, nouns: frozenset[str]) -> bool:
    """An estimate noun with no "of" phrase (which would say what it is of)."""
    return noun.lemma_.lower() in nouns and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
