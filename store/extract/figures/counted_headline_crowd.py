"""A headline's verb of people read as a noun: "Record 12,000 finish Lakeside marathon",
"Thousands of trout escape from Brora farm". Headline English drops the article and the
tagger, finding no verb, may make the present-tense plural verb a noun: a modifier of the noun
after it ("finish" of "marathon"), or the head of the noun before it ("trout escape"). A number
above one before a singular noun in its base form is no noun phrase ("12,000 finish"): the
word is the verb, and the number counts its subject. A verb people do (``human_verbs`` of
context.toml) right after the number says it counts people; after "of NOUN" the noun is what
is counted ("thousands of trout")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.parse import heading_line, sentence_of
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


PLURALS = ("NNS", "NNPS")  # a plural noun after the word: what it modifies, no verb's object


def _base_verb_as_noun(tok: Token) -> bool:
    """A word in its base form the tagger called a singular noun, one of the verbs people do."""
    return tok.tag_ == "NN" and tok.lower_ == tok.lemma_.lower() and (
        tok.lower_ in context_words().human_verbs)


def _verbless_headline(span: Span) -> bool:
    """The figure's sentence is a headline's line in which the tagger found no verb: the one
    it has is hidden among the nouns ("Airline cancels 3,000 return flights" has its own)."""
    sent = sentence_of(span)
    return heading_line(sent) and not any(t.pos_ in ("VERB", "AUX") for t in sent)


def _above_one(span: Span) -> bool:
    number = span[-1]
    return number.lower_ not in ("1", "one")


def crowd_before_misread_verb(span: Span) -> bool:
    """ "Record 12,000 finish Lakeside marathon": on a headline's line, a verb people do, in
    lowercase, right after the number, that the tagger made a noun (it may make another word the
    verb: "Record" or "marathon"); the number counts the people who do it. Not before a noun of
    things the word modifies ("300 return trips", "300 Return Flights")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or not _above_one(span) or not _base_verb_as_noun(doc[span.end]):
        return False
    verb, after = doc[span.end], doc[span.end + 1]
    if not verb.is_lower or (after.pos_ == "NOUN" and after.is_lower) or after.tag_ in PLURALS:
        return False
    return heading_line(sentence_of(span))


def noun_before_misread_verb(head: Token, span: Span) -> Token | None:
    """ "Thousands of trout escape from Brora farm": on a headline's line with no verb, a
    counted head that is a verb people do in its base form, with the noun right before it as its
    modifier; that noun, the verb's subject, is what the number counts. None otherwise."""
    if not _base_verb_as_noun(head) or head.i < span.end or not _above_one(span):
        return None
    if not _verbless_headline(span):
        return None
    before = head.doc[head.i - 1]
    if before.dep_ != "compound" or before.head.i != head.i or before.pos_ != "NOUN" or (
            before.i < span.end):
        return None
    return before
