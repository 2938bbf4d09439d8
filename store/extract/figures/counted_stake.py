"""A share of a company that its holder owns is the holder's stake: "the trust, which holds
14.2% of the company", "Doha Meridian, which owns 6.3%", "the pension fund holds 12.5% of them"
(its shares). The noun search names such a share by its whole ("company") or by nothing, and a
reader learns from "company" only what the stake is in. The share is the object of a verb of
owning (``[stakes]`` of ``store/data/context.toml``); its "of" phrase, where it has one, names a
company in common words (or a pronoun stands for its shares): never a market, seats or votes
("holds 40% of the market" is a market share), nor shares or capital, which say what is held
already; a share "of" a company's name keeps that name, which says what it is a share of.
"Hold" with no "of" phrase is read only of an organisation, as a verb with a tense ("with a
partner holding 33%" lists shares of a whole named before, which the noun search names), and
never with a phrase of where ("Labour holds 34% in the poll" is a poll standing). Reads the verb
and the share's phrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.context import stake_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

STAKE = "stake"
PERCENT = "percent"
FINITE = frozenset({"VBZ", "VBP", "VBD"})  # "holds", "hold", "held": a verb with a tense
OWN = "own"
_NAMES = frozenset({"ORG", "PERSON", "NORP", "GPE"})  # a holder's or a company's name


def name_the_stake(fig: FoundFigure, span: Span) -> None:
    """Make a percentage of a company that a verb of owning takes as its object count the
    holder's stake."""
    if fig.base_unit != PERCENT or fig.rate:
        return
    root = span.root
    verb = root.head
    verbs, wholes = stake_words()
    if root.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return
    whole = next((p for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"), None)
    if whole is None:
        if any(c.dep_ == "prep" for c in (*verb.children, *root.children)):
            return  # "holds 34% in the latest poll", "owns 20% at most": a standing, a bound
        if verb.lemma_.lower() != OWN and (verb.tag_ not in FINITE or not _an_organisation(verb)):
            return  # ("with Alpenbau holding 33%": partners' shares of a whole named before)
    elif not (whole.pos_ == "PRON" or whole.lemma_.lower() in wholes):
        return  # ("owns 51% of KMW": the share of the company named, as the noun search says)
    fig.counted = fig.counted_head = STAKE


def _an_organisation(verb: Token) -> bool:
    """The verb's subject, or the noun its relative clause is about, names an organisation
    ("Marwick holds 9.8%", "the fund, which holds 6.3%")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and subject.ent_type_ == "ORG"
