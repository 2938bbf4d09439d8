"""A sum a person earns per a span of time is that person's pay, not earnings: "the goalkeeper
will earn £95,000 a week" is a wage, "nurses, who earn about €41,000 a year" a salary
(``[counted.pay_by_period]`` of ``store/data/context.toml``). A verb of earning otherwise names
its money "earnings", which is what a company's sum earned is ("the chain earned £12m a year")
and which says nothing of whose pay the sum is. Reads the sum's verb and that verb's subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.parse import governing_verb, raised
from store.knowledge.context import ContextWords, context_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

PERSON = "PERSON"
PERSONAL = frozenset({"he", "she", "i", "you"})  # pronouns that only name a person
WORKERS = "workers"  # the class of ``store/data/quantities.toml`` whose nouns are people at work


def name_the_wage(fig: FoundFigure, span: Span) -> None:
    """Name a sum a person earns per a period their wage or salary, when only the verb of
    earning named it (or nothing did)."""
    ctx = context_words()
    base, _, period = fig.unit.partition(" per ")
    pay = ctx.pay_periods.get(period)
    if pay is None or base not in units().currency_codes:
        return
    verb = governing_verb(span)
    lemma = verb.lemma_.lower()
    if lemma not in ctx.earning_verbs or fig.counted not in (None, ctx.money_verbs.get(lemma)):
        return
    earner = _earner(verb)
    if earner is None or not (_said_of_a_person(verb) or _a_person(earner, ctx)):
        return  # "the chain earns £2m a week": a body's earnings, whatever its name
    fig.counted, fig.counted_head = pay, pay


def _earner(verb: Token) -> Token | None:
    """Who earns: the verb's subject, the noun a relative clause of earning hangs on ("nurses,
    who earn ..."), or the subject of the verb it completes ("is expected to earn")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "relcl" and (subject is None or subject.tag_ in ("WP", "WDT")):
        return verb.head
    if subject is None and raised(verb):
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject


def _said_of_a_person(verb: Token) -> bool:
    """ "ferry captains, who earn about €52,000 a year": "who" (not "which" or "that") as the
    subject of a relative clause of earning says its noun is a person, whatever noun it is."""
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who"
                                        for c in verb.children)


def _a_person(tok: Token, ctx: ContextWords) -> bool:
    """A person: a person's name (or a noun a name stands beside, "the goalkeeper Ana Silva"),
    a pronoun only a person is, or a noun for people as such or for employees (``generic_people``,
    the workers class); not one who earns for themselves ("farmers earn $300 a month": their
    earnings, no pay from an employer)."""
    if tok.ent_type_ == PERSON or any(c.dep_ in ("appos", "compound") and c.ent_type_ == PERSON
                                      for c in tok.children):
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in PERSONAL
    lemma = tok.lemma_.lower()
    return lemma in ctx.generic_people or quantity_classes().noun_class.get(lemma) == WORKERS
