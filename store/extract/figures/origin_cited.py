"""The body a clause right after a definite figure says gives it: "well above the €410 million the
space agency has cited", "not the 620 litres a second the company had reported", "more than
the 212,000 the carmaker has recalled", "not the 95,000 it claims".

Such a figure is quoted against the speaker's own; it is the cited body's estimate, whoever
says the sentence (annotation guide, "Conflicts": the origin is who produced the number). The
parse often misses the relative clause (it hangs the verb on the sentence's verb of saying, or
the clause on the unit's last word), so the clause is read from the words after the figure, in
a window of a few tokens: the figure's own noun, an optional "that", the subject, its
auxiliaries, the verb. A verb of saying or estimating is enough when "the" opens the figure;
any verb when the figure is also set against another ("than the", "not the"): what a body did
("the 212,000 it recalled") is its own count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

WINDOW = 9  # tokens after the figure searched for the clause's verb
SUBJECT_WORDS = 5  # words a subject may take ("the Nordmark Space Agency")
# words that set a figure against another right before its "the"
CONTRAST = frozenset({"than", "not", "above", "below", "against", "beyond", "from"})
# what may stand between a clause's subject and its verb ("has already cited")
BETWEEN_SUBJECT_AND_VERB = frozenset({"has", "had", "have", "is", "was", "were", "are", "would",
                                      "will", "previously", "earlier", "originally", "first",
                                      "already", "initially", "also"})
RELATIVES = frozenset({"that", "which"})


def cited_teller(span: Span) -> Token | None:
    """The subject of the clause right after a definite figure that says who gives it (see the
    module docstring); the head of a noun phrase or "it"/"they"; None when the words after the
    figure are no such clause."""
    doc = span.doc
    sent = span.sent
    if span.start == sent.start or doc[span.start - 1].lower_ != "the":
        return None
    contrast = span.start - 2 >= sent.start and doc[span.start - 2].lower_ in CONTRAST
    end = min(sent.end, span.end + WINDOW)
    verb = next((t for t in doc[span.end:end]
                 if (t.pos_ in ("VERB", "AUX") and t.lower_ not in BETWEEN_SUBJECT_AND_VERB)
                 or t.is_punct or t.pos_ == "CCONJ"), None)
    if verb is None or verb.is_punct or verb.pos_ == "CCONJ" or not (
            contrast or verb.lemma_.lower() in context_words().reporting):
        return None
    k = verb.i - 1
    while k >= span.end and doc[k].lower_ in BETWEEN_SUBJECT_AND_VERB:
        k -= 1
    if k == span.end - 1 and contrast and k > span.start and doc[k].tag_ == "NNS" \
            and verb.lemma_.lower() in context_words().reporting:
        # "far fewer than the 200,000 organisers had predicted": the plural noun the figure
        # seems to count is the clause's subject, and the figure what it predicted
        return doc[k]
    if k < span.end:
        return None
    subject = doc[k]
    if subject.lower_ in ("it", "they"):
        return subject if _noun_words(span, k) else None
    if subject.pos_ not in ("NOUN", "PROPN"):
        return None
    first = k
    while first - 1 >= span.end and k - first < SUBJECT_WORDS and (
            doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ") or doc[first - 1].lower_ == "the"):
        first -= 1
        if doc[first].lower_ == "the":
            break
    if doc[first].lower_ != "the" and not (doc[first].pos_ == "PROPN" or doc[first].tag_ == "NNS"):
        return None  # "the 400 jobs cuts will cost": a noun of the figure's, no subject
    return subject if _noun_words(span, first) else None


def _noun_words(span: Span, subject_start: int) -> bool:
    """Whether the words between the figure and its clause's subject are the figure's own noun
    ("litres a second") or a relative pronoun, not another clause."""
    between = span.doc[span.end:subject_start]
    return len(between) <= 4 and all(
        t.pos_ in ("NOUN", "ADJ", "PROPN") or t.lower_ in RELATIVES or t.lower_ in ("a", "per")
        for t in between)
