"""The body that sets a figure with a verb of valuing or estimating and "at" ("the orchestra's
insurer, Corven Re, valued the violins at 6 million euros, a spokeswoman said"; "the bus
company, asked by the council, costed the new route at 1.2 million"): the estimate is its subject's,
whoever the sentence quotes saying so (annotation guide: the origin is who produced the number,
often not the source)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.speakers_unattached import prepositional_object
from store.extract.figures.who import past_dateline_subjects
from store.knowledge.estimates import estimate_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

AT_HOPS = 3  # heads climbed from a figure to the "at" phrase it is the object of
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "which", "that", "who"})


def valuing_subject(span: Span) -> Token | None:
    """The subject of the verb of valuing whose first "at" phrase holds the figure, or None.
    A second "at" of the same verb is a gapped clause's, with a subject of its own ("the
    ministry puts it at 3 billion, the institute at 4 billion")."""
    tok = prepositional_object(span, AT_HOPS)
    if tok is None:
        return None
    prep = tok.head
    verb = prep.head
    if prep.lower_ != "at" or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in estimate_words().valued_at:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "at" and c.i < prep.i for c in verb.children):
        return None
    subjects = past_dateline_subjects(verb)
    if len(subjects) != 1 or subjects[0].lower_ in PRONOUNS:
        return None
    return subjects[0]
