"""What an amount of money is, when the words round it say so in a way the parse of its own
phrase does not read: a noun "worth" describes in apposition ("the programme, worth MAD 120bn,
began"); a list of sums each given "for" someone, whose noun is said once, before the first; a
sum that restates a share of a whole in money ("15 percent of the fee, or 12 million euros"); a
sum whose conversion in brackets parts it from its noun ("the €35.7bn ($39bn) budget").
Each rule reads a bounded window round the sum."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from store.extract.figures.parse import CONVERSION_OPENS, text_of, token_at
from store.knowledge.context import ContextWords, hedges
from store.knowledge.descriptions import descriptions
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from store.extract.figures.found import FoundFigure


def described_as_worth(worth: Token) -> Token | None:
    """The noun "worth" describes, set off by a comma ("the reconstruction programme, worth
    MAD 120bn", "signed a contract, worth £9m a year"): the parse hangs "worth" on it as a
    modifier. None when "worth" hangs on anything else, or on the object of a preposition,
    which the parse may have taken for the noun its phrase qualifies ("a deal for new trams,
    worth €350m": the deal)."""
    head = worth.head
    if worth.dep_ != "amod" or head.pos_ != "NOUN" or head.i >= worth.i or head.dep_ == "pobj":
        return None
    if worth.i == 0 or worth.doc[worth.i - 1].text != ",":
        return None  # "hake worth $48.5m": the noun right before is read as the goods
    return head


# a sum's "for" (or "to") phrase, then the comma or "and" that goes on to the next item of a list
_ITEM_TAIL = re.compile(r"\s+(?P<prep>for|to)\s+[^;:.()\"“”]{1,80}?(?:,\s*(?:and\s+)?|\s+and\s+)$",
                        re.I)
# a rate of time after a sum ("2,500 dirhams a month for ..."), then its "for" or "to"
_ITEM_HEAD = re.compile(r"\s+(?:(?:a|an|per|each)\s+[a-z]+\s+)?(?P<prep>for|to)\s", re.I)
LIST_REACH = 120  # characters between one listed sum and the next, at most


def name_sums_by_their_neighbours(figures: list[FoundFigure], doc: Doc) -> None:
    """Name the sums with no noun of their own that a figure beside them says what they are:
    an item of a list of sums, a share restated in money, a sum its conversion parts from its
    noun."""
    name_the_listed_sums(figures, doc)
    name_the_share_restated(figures, doc)
    name_the_original(figures, doc)


def name_the_listed_sums(figures: list[FoundFigure], doc: Doc) -> None:
    """ "an ex gratia of Rs 10 lakh for the dead, Rs 2.5 lakh for the seriously injured and Rs
    50,000 for those with minor injuries", "aid of 140,000 dirhams for each destroyed home and
    80,000 dirhams for each damaged one": sums of one currency listed one after another, each
    with its own "for" phrase, are the same kind of money for different ones; an item whose own
    phrase names nothing takes the noun of the item before it (the list's noun, said once)."""
    text = text_of(doc)
    currencies = units().currency_codes
    before: FoundFigure | None = None
    for fig in figures:
        prev, before = before, fig
        if prev is None or fig.counted is not None or fig.base_unit not in currencies:
            continue
        # (the parser may end a sentence inside a list: the window and the text bound it)
        if prev.counted is None or prev.base_unit != fig.base_unit or (
                fig.start - prev.end > LIST_REACH):
            continue
        tail = _ITEM_TAIL.match(text, prev.end, fig.start)
        head = _ITEM_HEAD.match(text, fig.end)
        if tail is None or head is None or tail.group("prep").lower() != (
                head.group("prep").lower()):
            continue
        last, first = token_at(doc, prev.end - 1), token_at(doc, fig.start)
        if last is None or first is None or any(
                t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in doc[last.i + 1:first.i]):
            continue  # "... for the dead, and the state pays 50,000 for ...": a clause of its own
        fig.counted, fig.counted_head, fig.group = prev.counted, prev.counted_head, prev.group
        fig.inherited = True


def glued_to_number(tok: Token) -> bool:
    """A word written glued to the digits before it ("€95m.", "3bn", "12kg"): part of a
    figure, never a noun that names where a sum came from or what it is."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and not before.whitespace_ and before.like_num


_PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PERSON_CLASSES = frozenset({"people", "health workers", "patients", "users", "troops",
                             "fighters"})


def is_party(tok: Token, ctx: ContextWords) -> bool:
    """Whether a subject names a party a sum can go to: a name, a pronoun, a noun for people
    (the person classes of units.toml, context.toml's ``party_nouns``) or a body's noun
    (descriptions.toml); "the plan", "the aim", "the goal" are none."""
    if tok.ent_type_ in _PARTY_ENTITIES or tok.pos_ in ("PRON", "PROPN"):
        return True
    lemma, words = tok.lemma_.lower(), units()
    if lemma in ctx.party_nouns or tok.lower_ in words.person_units \
            or words.count_classes.get(lemma) in _PERSON_CLASSES \
            or words.alike_count_units.get(tok.lower_) in _PERSON_CLASSES:
        return True
    return any("ORG" in rule.types for rule in descriptions().rules_for(lemma))


def names_the_recipient(verb: Token, dep: str, node: Token, ctx: ContextWords,
                        subject: Token | None = None) -> bool:
    """Whether the subject ``dep`` of ``verb`` names the party a figure is given to, not what
    the figure is: the passive subject of a verb of giving or owing that takes the figure (its
    node ``node``) as its object or in its "to" phrase ("owners are entitled to 140,000
    dirhams", "the families were promised $5,000"; but "the deal, worth €350m, was awarded" is
    the thing given), or the subject of "be" before "to" and a verb that takes the figure
    ("families are to get DH2,500 a month": who will get it) where it is a party
    (``is_party``), not a verb of measure ("fines are to rise to $900": the fines) nor a
    purpose ("the plan is to raise $2bn")."""
    if dep == "nsubjpass" and verb.lemma_.lower() in ctx.recipient_verbs:
        node = node.head if node.dep_ == "appos" else node  # a conversion in brackets
        return (node.dep_ == "dobj" and node.head.i == verb.i) or (
            node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.i == verb.i)
    return dep == "be" and verb.lemma_.lower() not in ctx.measure_verbs and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
        subject is None or is_party(subject, ctx))



SHARE = "share"  # what a sum restating a share of a whole is: that share, in money
SHARE_UNITS = frozenset({"percent", "fraction"})
# right after a share: "of" the whole, a comma, and what sets off a restatement ("or", "about")
_SHARE_OF_WHOLE = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+)?(?P<whole>[^\W\d_][\w' -]{0,40}?)"
    rf"\s*,\s+(?:or\s+)?(?:(?:{hedges()}|almost)\s+)?$", re.I)
RESTATED_REACH = 80  # characters between a share and the sum that restates it, at most


def name_the_share_restated(figures: list[FoundFigure], doc: Doc) -> None:
    """ "will receive 15 percent of the transfer fee, or 12 million euros", "could fine it up to
    4% of annual turnover, about $1.9bn": a sum set off by a comma right after a share "of" a
    whole restates that share in money, and is that share of the whole ("share of the transfer
    fee"), not the whole itself (a figure of its own, which the sum must not join)."""
    text = text_of(doc)
    currencies = units().currency_codes
    for prev, fig in itertools.pairwise(figures):
        if fig.counted is not None or fig.base_unit not in currencies or (
                prev.unit not in SHARE_UNITS) or fig.start - prev.end > RESTATED_REACH:
            continue
        found = _SHARE_OF_WHOLE.match(text, prev.end, fig.start)
        if found is None:
            continue
        whole = " ".join(found.group("whole").split())
        fig.counted, fig.counted_head = f"{SHARE} of {whole}", SHARE
        fig.inherited = True


# a sum, then the bracket that opens round its conversion ("€35.7bn (about $39bn) budget")
_OPENS_CONVERSION = re.compile(rf"\s*{CONVERSION_OPENS}$", re.I)
_CLOSES_CONVERSION = re.compile(r"\s*\)\s+(?P<after>[^\W\d_][^;:,.()]{0,60})")


def name_the_original(figures: list[FoundFigure], doc: Doc) -> None:
    """ "the €35.7bn ($39bn) budget the government approved": a sum whose conversion in brackets
    stands between it and its noun lends its noun to nothing, as the parse hangs the noun on the
    conversion; the sum counts what its conversion's own noun, right after the bracket, names."""
    text = text_of(doc)
    currencies = units().currency_codes
    for fig, conv in itertools.pairwise(figures):
        if fig.counted is not None or fig.base_unit not in currencies or conv.counted is None or (
                conv.inherited or conv.base_unit not in currencies):
            continue
        if not _OPENS_CONVERSION.match(text, fig.end, conv.start):
            continue
        after = _CLOSES_CONVERSION.match(text, conv.end)
        if after is None or not after.group("after").lower().startswith(conv.counted.lower()):
            continue  # the noun after the bracket is not the one the conversion counts
        fig.counted, fig.counted_head, fig.group = conv.counted, conv.counted_head, conv.group
