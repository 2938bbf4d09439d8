"""What a share counts when a verb of winning votes takes it as its object and no "of" names its
whole: "the Labour candidate won 42.3% in the first round", "the Greens polled 8.1%" are shares
of the votes cast (``[counted] vote_share_verbs`` in ``store/data/context.toml``), and so is one
that is the subject of a verb of voting ("38% voted for the plan"; ``voting_verbs``). "won 42% of
the vote" names its whole already, "won a 5% pay rise" counts the rise, and "won a larger part of
the trade: 41%" names what was won in its own object: none is touched."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted_change import clause_node
from store.extract.figures.parse import governing_verb
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

VOTES = "votes"
OPTION_BEFORE = 3  # tokens before a share its side may stand at ("had No ahead with 51.1%")
OPTION_AFTER = 2  # tokens after it ("48.9% for Yes")


def name_the_vote_share(fig: FoundFigure, span: Span) -> None:
    """Name a share a verb of winning votes takes as its object "votes"."""
    if fig.base_unit != "percent" or fig.counted is not None or fig.rate:
        return
    ctx = context_words()
    verb = governing_verb(span)
    node = clause_node(span)
    if verb.lemma_.lower() in ctx.voting_verbs and node.head.i == verb.i and (
            node.dep_ == "nsubj") and not _of_named(node):
        fig.counted, fig.counted_head = VOTES, "vote"  # "38% voted for the plan"
        return
    if verb.lemma_.lower() not in ctx.vote_share_verbs:
        if _said_of_a_side(span, ctx.ballot_options):
            fig.counted, fig.counted_head = VOTES, "vote"  # "put Yes on 52.4%"
        return
    if node.head.i != verb.i or node.dep_ not in ("dobj", "npadvmod"):
        return  # "won by 4%": a margin (the parse gives a bare share "npadvmod" as often)
    if _of_named(node):
        return  # "won 42% of the vote": its whole is named
    if any(c.dep_ == "dobj" and c.i != node.i for c in verb.children):
        return  # "won a larger part of the trade: 41%": the share restates what was won
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() in ctx.share_nouns | ctx.price_nouns:
        return  # no one won it, or a price did: "shares in the bakery won 3%" is a rise
    fig.counted, fig.counted_head = VOTES, "vote"


def _of_named(node: Token) -> bool:
    """Whether the share names its whole by "of" ("42% of the vote", "54% of members")."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in node.children)


def _said_of_a_side(span: Span, options: frozenset[str]) -> bool:
    """Whether a side of a referendum, written as its name ("Yes", "No"), stands a few words
    before or after the share with no other number between: "put Yes on 52.4%", "gave Yes
    61.1%", "51% for Yes". A side's word before a noun names that noun's kind, not the side's
    votes ("the Yes campaign", "the final No share"), and "No." before a number is a number's
    label."""
    doc = span.doc
    sent = span.sent
    before = doc[max(sent.start, span.start - OPTION_BEFORE):span.start]
    after = doc[span.end:min(sent.end, span.end + OPTION_AFTER)]
    for toks in (list(reversed(before)), list(after)):
        for tok in toks:
            if tok.like_num:
                break
            if tok.text in options and _names_the_side(tok):
                return True
    return False


def _names_the_side(tok: Token) -> bool:
    """A side's word standing for the side itself: not a modifier of the noun after it, not
    "No." of a number, not a reply opening a sentence ("Yes, ...")."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None:
        return True
    if nxt.pos_ in ("NOUN", "PROPN") and not nxt.like_num and nxt.text != "%":
        return False  # "the Yes campaign", "Yes voters"
    # "No. 14", "Yes, ..."
    return not (nxt.text == "." or (nxt.text == "," and tok.i == tok.sent.start))
