"""A figure another holder sets the same thing at, its verb left out after a semicolon:
"Insurers put the damage at £130m; the union at £210m". The noun before the second "at" is who
puts it there (the union), not what is put: the second figure counts what the first does. Read
only when the first figure stands after "at" of a verb of setting (``[setting]`` of
``store/data/quantities.toml``: put, estimate), no verb stands between the semicolon and the
second figure, so a clause of its own ("; the union says £210m") keeps its own reading, and
the noun is one that names a body or a person (a name so tagged, or a head
``store/data/descriptions.toml`` describes bodies or people by: "union", "ministry",
"insurer"); "; the repairs at €12,000" is a list of what is set, each at its own figure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.parse import token_at
from store.knowledge.descriptions import descriptions
from store.knowledge.quantity_classes import quantity_classes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from store.extract.figures.found import FoundFigure

AT = "at"
HOLDER_TYPES = frozenset({"ORG", "PERSON", "NORP"})  # who may hold a figure
REACH = 8  # tokens from the semicolon to the second "at" ("; the country's largest union at")


def set_by_another_holder(doc: Doc, donor: FoundFigure, span: Span) -> bool:
    """Whether the figure at ``span`` is the level another holder sets what ``donor`` counts
    at, in a conjunct after a semicolon that leaves the verb of setting out."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != AT:
        return False
    first = token_at(doc, donor.start)
    if first is None or not first.i < prep.i:
        return False
    first_prep = _at_before(doc, first.i)
    if first_prep is None or not _set_by_a_verb_of_setting(first_prep):
        return False
    gap = doc[first.i + 1:prep.i]
    stops = [t for t in gap if t.text == ";"]
    if len(stops) != 1 or prep.i - stops[0].i > REACH:
        return False
    after = doc[stops[0].i + 1:prep.i]
    return len(after) > 0 and not any(t.pos_ in ("VERB", "AUX") for t in after) and (
        after[-1].pos_ in ("NOUN", "PROPN")) and is_holder(after[-1])


def is_holder(tok: Token) -> bool:
    """Whether a noun names a body or a person that may hold a figure: a name tagged so, or a
    head the descriptions file describes bodies or people by ("the union", "insurers")."""
    if tok.ent_type_ in HOLDER_TYPES:
        return True
    rules = descriptions().rules_for(tok.lemma_.lower()) or descriptions().rules_for(tok.lower_)
    return any(rule.types & {"ORG", "PERSON"} for rule in rules)


def _at_before(doc: Doc, i: int) -> Token | None:
    """The "at" right before a figure's words (past its currency sign and qualifiers), or None."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if doc[j].lower_ == AT and doc[j].dep_ == "prep":
            return doc[j]
        if doc[j].pos_ in ("VERB", "AUX", "NOUN", "PROPN") or doc[j].text in (";", ","):
            return None
    return None


def _set_by_a_verb_of_setting(prep: Token) -> bool:
    """Whether the "at" hangs on a verb of setting ("put", "estimate"), straight or through its
    object ("put the damage at")."""
    setting = quantity_classes().setting_verbs
    node = prep.head
    for _ in range(2):
        if node.pos_ == "VERB" and node.lemma_.lower() in setting:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False
