"""What a share of a whole the sentence does not name again counts: "nearly half of them",
"8.8% of the total", "about 40 percent of those" are shares of the quantity just named, and
"37 percent of the area burned" a share of an area, "15 percent of 80 million" a share of the
figure after it. The whole is a pronoun, a number noun, a number or "area", which name no thing
of their own, so the figure counts the share itself; the quantity it is a share of is the one
before it, or the figure it is taken of (its group says which)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import counted_phrase
from store.extract.figures.parse import pobj
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

SHARE = "share"
SHARES = frozenset({"percent", "fraction"})
# a share, or a change of one in points ("up 2.4 percentage points"): units no count is of
SHARES_AND_POINTS = SHARES | {"percentage points"}
# a subject that names a whole, of which a share set after its participle says how much was done
WHOLE = frozenset({"all", "it", "they", "everything"})


def name_the_share(fig: FoundFigure, span: Span, same_sentence: list[FoundFigure]) -> None:
    """Make a share with no noun of its own, taken "of" a whole its sentence names by a
    pronoun or a number noun, count the share; or, when another share of its sentence restates
    it with a noun of its own ("7% of all: roughly one resident in 14"), what that one
    counts."""
    if fig.unit not in SHARES or fig.counted is not None:
        return
    doc = span.doc
    of = doc[span.end] if span.end < len(doc) else None
    if of is None or of.lower_ != "of":
        return
    whole = next((c for c in of.children if c.dep_ == "pobj"), None)
    if whole is None or (pobj(of) is not None and whole.lemma_.lower() != "area"):
        return  # "40 percent of the households": the households (read before)
    if whole.pos_ != "PRON" and whole.lemma_.lower() not in context_words().not_counted and (
            not _a_number(whole)):
        return
    restated = next((f for f in same_sentence if f is not fig and f.unit in SHARES
                     and f.counted and not f.inherited), None)
    if restated is not None:
        fig.counted, fig.counted_head = restated.counted, restated.counted_head
        fig.group = restated.group
    else:
        fig.counted = fig.counted_head = SHARE
    fig.inherited = True


def name_what_the_share_became(fig: FoundFigure, span: Span) -> bool:
    """ "just 12% had been funded", "the plan was 38 percent funded": a share with no noun that
    a participle says what became of counts the share so done ("share funded"); whether it
    did."""
    if fig.unit not in SHARES or fig.counted is not None:
        return False
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ == "of":
        return False  # "41 percent of the area ... was burned": a share of what it is of
    root = span.root
    verb = root.head
    done = None
    if root.dep_ == "nsubjpass" and verb.tag_ == "VBN":
        done = verb  # "12% had been funded"
    elif root.dep_ == "npadvmod" and verb.tag_ == "VBN" and verb.i == span.end and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" for c in verb.head.children):
        done = verb  # "it was 38 percent funded" (but "the plan was ...": the plan's share)
    elif root.dep_ == "npadvmod" and span.start >= 2 and doc[span.start - 1].text == "," and (
            _passive_of_a_whole(doc[span.start - 2])):
        # "all of its systems were restored, 100 percent, by June" (the parser may hang the
        # share on a later word): a share of the systems, those restored
        done = doc[span.start - 2]
        whole = _whole_of(done)
        if whole is not None:
            fig.counted = f"{counted_phrase(whole, None)} {done.lower_}"
            fig.counted_head = whole.lemma_.lower()
            fig.inherited = True
            return True
    if done is None or done.lemma_.lower() in context_words().not_counted:
        return False
    fig.counted = fig.counted_head = f"{SHARE} {done.lower_}"  # its own quantity, no share
    fig.inherited = True
    return True


def _a_number(whole: Token) -> bool:
    """ "Fifteen percent of 80 million", "10% of $2 billion": a whole that is itself a figure
    names no thing; the share is of the quantity that figure is."""
    return whole.pos_ == "NUM" or whole.like_num


def _passive_of_a_whole(verb: Token) -> bool:
    """A passive participle whose subject names a whole ("all of its systems were restored")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "nsubjpass" and c.lower_ in WHOLE
                                      for c in verb.children)


def _whole_of(verb: Token) -> Token | None:
    """The plural noun of the whole a passive's subject names ("all of its systems")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None) if (
        subject is not None) else None
    whole = pobj(of) if of is not None else None
    return whole if whole is not None and whole.tag_ in ("NNS", "NNPS") else None
