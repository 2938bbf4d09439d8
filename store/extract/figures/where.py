"""Where: the places a figure is about, from its own "in" phrase, else its sentence, else its
paragraph; nationality modifiers ("US troops") and places that act ("Washington believed") are
left out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.parse import ents_in, text_of
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


PLACE_LABELS = frozenset({"GPE", "LOC"})


def where_of(span: Span, sent: Span, doc: Doc, head: Token | None) -> list[str]:
    """Places the figure is about: those its own phrase is "in" ("15,000 militants in Iraq and
    13,000 in Syria" gives each its own), else those of its sentence, else of its paragraph."""
    attached = attached_places(span, head)
    if attached:
        return attached
    places = _places(sent)
    if places:
        return places
    para_start = text_of(doc).rfind("\n", 0, sent.start_char) + 1
    para_end = text_of(doc).find("\n", sent.end_char)
    para = doc.char_span(para_start, para_end if para_end != -1 else len(text_of(doc)),
                         alignment_mode="expand")
    return _places(para) if para is not None else []


def place_name(text: str) -> str:
    """A place as named, without what the tagger sometimes glues on ("the", "Sofala province
    and")."""
    name = re.sub(r"^(?:the|The)\s+", "", text.strip())
    return re.sub(r"(?:\s+(?:and|or|&)|[,;:])+$", "", name).strip()


def attached_places(span: Span, head: Token | None) -> list[str]:
    anchors = [*span, *([head] if head is not None else [])]
    prepositions = context_words().place_prepositions
    found: list[str] = []
    for anchor in anchors:
        for prep in anchor.children:
            if prep.dep_ != "prep" or prep.lower_ not in prepositions:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for tok in [obj, *(c for c in obj.conjuncts)]:
                    if tok.ent_type_ in PLACE_LABELS:
                        ent = next(iter(ents_in(span.doc, tok.i, tok.i + 1)), None)
                        name = place_name(ent.text) if ent else tok.text
                        if name not in found:
                            found.append(name)
    return found


def _places(span: Span) -> list[str]:
    """Places named in a span, leaving out nationality modifiers ("US troops", "U.S. official")."""
    seen: list[str] = []
    for ent in ents_in(span.doc, span.start, span.end, inside=True):
        # a place that is the subject does something ("Washington believed"): an actor there
        if ent.label_ in PLACE_LABELS and ent.root.dep_ not in (
            "compound", "amod", "nmod", "nsubj", "nsubjpass"
        ):
            name = place_name(ent.text)
            if name and name not in seen:
                seen.append(name)
    return seen
