"""What a share of a poll counts: "a poll showed 47% favouring the toll", "39% oppose the
fare", "two in five (40%) say they reject it". A share that a verb of a view follows at once
(``opinion_verbs`` of ``store/data/context.toml``) is a share of the people asked who hold that
view, whatever the words after the verb say ("the toll" is what they favour, not what is
counted); it is named by the view ("respondents favouring"), which is also its head, so that two
shares of one view meet and those for never meet those against. A verb of saying whose "they"
clause says the view gives that view ("say they reject": rejecting); one whose clause says
anything else ("say the fare is too dear") names no view. A share with an "of" phrase
("44% of riders favour it") names its whole already and is left alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted_share import SHARES
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

ASKED = "respondents"  # the people a poll asks (Merriam-Webster "respondent" (noun) 2)
VERB_TAGS = ("VB", "JJ", "NN")  # the tagger may call "opposed" an adjective, "approve" a noun
THEY = frozenset({"they", "we"})
BRACKET_REACH = 6  # tokens a restatement in brackets may take ("two in five (40%) say")


def name_the_view(fig: FoundFigure, span: Span) -> None:
    """Make a share a verb of a view follows at once count those asked who hold it (see the
    module's docstring)."""
    if fig.unit not in SHARES:
        return
    verb = _verb_after(span)
    if verb is None:
        return
    ctx = context_words()
    view = _view_of(verb)
    if view in ctx.saying_verbs:  # "say they reject it" gives a view; "say the fare is too
        view = _view_said(verb)  # dear" says something of its own, no view two shares share
    gerund = ctx.opinion_verbs.get(view or "")
    if gerund is None:
        return
    fig.counted, fig.counted_head = f"{ASKED} {gerund}", gerund


def _verb_after(span: Span) -> Token | None:
    """The word right after the share, past a restatement of it in brackets ("(40%)")."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text == ")":
        i += 1  # the restatement itself, inside the brackets
    elif i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i:i + BRACKET_REACH] if t.text == ")"), None)
        if close is None:
            return None
        i = close + 1
    return doc[i] if i < len(doc) and doc[i].tag_.startswith(VERB_TAGS) else None


def _view_of(tok: Token) -> str | None:
    """The verb of a view ``tok`` is a form of, by its lemma or its written form."""
    verbs = context_words().opinion_verbs
    word = tok.lower_
    for form in (tok.lemma_.lower(), word, word[:-1], word[:-2], word[:-3]):
        if form in verbs:
            return form
    return None


def _view_said(verb: Token) -> str | None:
    """ "say they reject": the view of the "they" clause right after a verb of saying."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ not in THEY:
        return None
    view = _view_of(doc[verb.i + 2])
    return view if view not in context_words().saying_verbs else None
