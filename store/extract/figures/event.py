"""Event: the bounded event a figure belongs to ("deaths from the storm", "the quake killed 40";
or, when its sentence names none, the event the article's headline and lead are about). A total
of what an event caused describes the event, whenever it is printed (annotation guide,
"Conflicts"); wars and epidemics are not bounded events and are not named here."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.parse import ents_in, per_sentence, text_of
from store.knowledge.estimates import estimate_words
from store.knowledge.name_words import name_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import converted, units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LEAD_CHARS = 600  # the headline and the lead: where an article says what it is about
MOVED_BY = ("dobj", "npadvmod", "attr", "advmod")  # "sank 5 percent": how far, not an event


def event_of(sent: Span) -> str | None:
    """The event named in the figure's sentence, else the article's own event, or None."""
    return named_event(sent) or article_event(sent.doc)


def named_event(sent: Span) -> str | None:
    """The event the figure's own sentence names, or None."""
    return per_sentence(sent, "event", _event_in)


def article_event(doc: Doc) -> str | None:
    """The event of the headline and lead (kept once per document)."""
    if "claimscope_event" not in doc.user_data:
        # the lead starts at the first word: front matter is blanked to spaces, offsets kept
        text = text_of(doc)
        start = len(text) - len(text.lstrip())
        lead = doc.char_span(start, min(len(text), start + LEAD_CHARS), alignment_mode="contract")
        doc.user_data["claimscope_event"] = _event_in(lead) if lead is not None else None
    return doc.user_data["claimscope_event"]


def _event_in(span: Span) -> str | None:
    for ent in ents_in(span.doc, span.start, span.end, inside=True):
        if ent.label_ == "EVENT":
            return ent.text.removeprefix("the ").strip()
    nouns = estimate_words().event_nouns
    bodies = _bodies(span)
    for tok in span:
        if tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in nouns or tok.lower_ in nouns) \
                and not any(start <= tok.i < end for start, end in bodies) \
                and not _several(tok, nouns) and not _modifier(tok, nouns):
            return _named(tok)
    # "when the ferry capsized", "the launch capsize": a verb that says the event happened, not
    # one that says by how much something moved ("shares sank 5 percent")
    verbs = estimate_words().event_verbs
    for tok in span:
        if tok.pos_ in ("VERB", "NOUN") and tok.lemma_.lower() in verbs \
                and not any(start <= tok.i < end for start, end in bodies) \
                and not any(t.like_num for c in tok.children if c.dep_ in MOVED_BY
                            or (c.dep_ == "prep" and c.lower_ in ("by", "to", "from"))
                            for t in c.subtree):
            return verbs[tok.lemma_.lower()]
    return None


def _several(noun: Token, nouns: frozenset[str]) -> bool:
    """Whether an event noun names several events, not one: a plural the list does not give
    as one event's name ("accidents linked to the fault", "attacks on shipping" go on, and
    their tolls grow; "the floods", "the riots" are listed: one episode, said in the plural)."""
    return noun.tag_ in ("NNS", "NNPS") and noun.lower_ not in nouns


def _modifier(noun: Token, nouns: frozenset[str]) -> bool:
    """Whether an event noun only modifies another noun that names no event nor what one did:
    "storm forecasts", "flood defences" and "fire safety" say what a thing is for, and name no
    storm, flood or fire that happened; "storm damage" and "flood victims" still do."""
    head = noun.head
    if noun.dep_ != "compound" or head.pos_ != "NOUN" or head.i == noun.i:
        return False
    said = {head.lower_, head.lemma_.lower()}
    words = estimate_words()
    return not said & (nouns | words.event_marked_heads | words.event_bound_money)


def _bodies(span: Span) -> list[tuple[int, int]]:
    """Token ranges of the organisations named in the span where an event noun cannot name an
    event: the whole name when it ends in an organisation's head word (the "Disaster" of
    "Regional Disaster Prevention and Recovery Council" is no disaster), else all but its
    first word ("Bureau of Disaster Relief Affairs"; a storm the tagger calls an
    organisation, "Typhoon Orwen", still starts with its kind)."""
    heads = name_words().org_heads
    return [(e.start if e[-1].lower_ in heads else e.start + 1, e.end)
            for e in ents_in(span.doc, span.start, span.end, inside=True) if e.label_ == "ORG"]


def _named(noun: Token) -> str:
    """ "Typhoon Orwen" for the noun of a named event, else the noun as written."""
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
        noun = noun.head  # "Typhoon Orwen": the name is the head, the kind its compound
    names = [t for t in noun.rights if t.pos_ == "PROPN" and t.i == noun.i + 1]
    names += [t for t in noun.lefts if t.pos_ == "PROPN" and t.dep_ == "compound"]
    if names:
        start = min(noun.i, *(t.i for t in names))
        end = max(noun.i, *(t.i for t in names)) + 1
        return noun.doc[start:end].text
    return noun.lower_


def is_event_bound(counted: str | None, head: str | None, unit: str) -> bool:
    """Whether a figure counts what an event caused: its counted noun or unit is in a class the
    event fixes (deaths, injured, damage) or a word beside it says so ("homes destroyed")."""
    words = estimate_words()
    classes = quantity_classes().noun_class
    if unit.split(" ", 1)[0] in units().currency_codes:
        # an amount of money is the event's by what it counts ("$2 billion in damage"), not by
        # the verb the parse hangs it on: a grant beside "each person killed" is no toll
        unit = ""
    elif _area(unit):
        # an area burned or flooded grows by the day while the fire or the flood runs (EM-DAT
        # gives burned area as the season's running total): a count of its day, not the
        # event's fixed toll, as homes burned are
        return False
    said = [w.lower() for w in re.findall(r"[A-Za-z]+", f"{counted or ''} {head or ''} {unit}")]
    for word in said:
        if word in words.event_bound_words:
            return True
        for form in (word, word[:-1] if word.endswith("s") else word,
                     word[:-3] + "y" if word.endswith("ies") else word):
            if classes.get(form) in words.event_bound_classes:
                return True
    return False


def _area(unit: str) -> bool:
    """Whether a unit, with the verb the caller may append ("hectares burn", "square miles
    flood"), is an area."""
    words = unit.partition(" per ")[0].split()
    return any((found := converted(" ".join(words[:n]))) is not None and found[0] == "area"
               for n in range(1, min(len(words), 3) + 1))


def is_event_measure(counted: str | None, head: str | None, unit: str, *,
                     named: bool, running: bool = False) -> bool:
    """Whether a figure measures what one event its own sentence names (``named``) moved, took or
    released: a volume ("the collapse brought down 3 million cubic metres of ice"),
    or the value of it ("the seizure had a street value of 1.4 billion"); not a rate, nor a
    total still growing (``running``: "seized 27 tonnes so far this year")."""
    if not named or running or " per " in unit:
        return False
    words = estimate_words()
    if _money(unit):
        return _says_any(counted, head, words.event_measure_money)
    found = converted(unit)
    return found is not None and found[0] in words.event_measures


def is_event_cost(counted: str | None, head: str | None, unit: str,
                  running: bool = False) -> bool:
    """Whether a sum of money is what an event cost: its counted words name a cost, a bill or
    losses ("the cost of recovery", "the repair bill"), and it is a total, not a price per
    unit ("the cost of a litre") nor a running total still growing (``running``: "has cost
    620 billion since September")."""
    if running or " per " in unit or not _money(unit):
        return False
    return _says_any(counted, head, estimate_words().event_bound_money)


def _money(unit: str) -> bool:
    """A unit in a currency ("USD", "EUR per month")."""
    return unit.split(" ", 1)[0] in units().currency_codes


def _says_any(counted: str | None, head: str | None, words: frozenset[str] | set[str]) -> bool:
    """Whether the counted phrase or its head holds one of the words."""
    said = re.findall(r"[A-Za-z]+", f"{counted or ''} {head or ''}")
    return any(w.lower() in words for w in said)
