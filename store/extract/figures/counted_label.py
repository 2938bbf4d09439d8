"""What a figure in a fact box counts: "- Pumps repaired: 1,240", "Average grant per farm: $310".
A line that is a label, a colon and the figure alone (a conversion or a comma after it at most)
counts what the label's head noun names, with the participle that follows it ("pumps
repaired"). A headline's colon ("Dam breach: 52 still missing as ...") goes on with words of its
own after the figure, so it is no label."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import count_unit, counted_phrase
from store.extract.figures.parse import text_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

LABEL_REACH = 10  # tokens a label may take before its colon
LOOK_AFTER = 40  # characters after the figure read for words of its own
BULLETS = frozenset({"-", "*", "•", "–", "—"})


def name_from_label(fig: FoundFigure, span: Span) -> bool:
    """Give a figure with no noun the noun of the label it stands after; whether it did."""
    head = _label_head(span)
    if head is None:
        return False
    phrase = counted_phrase(head, None)
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    done = after if after is not None and after.tag_ in ("VBN", "VBD") else None
    fig.counted = f"{phrase} {done.text}" if done is not None else phrase
    fig.counted_head = head.lemma_.lower()
    if fig.unit == "count":  # "Pumps repaired: 1,240" is 1,240 pumps
        fig.unit = count_unit(head, None, frozenset()) or fig.unit
    fig.inherited = True
    return True


def _label_head(span: Span) -> Token | None:
    doc = span.doc
    text = text_of(doc)
    # the rest of the line, as far as its first words (a long line is no label's)
    rest = text[span.end_char:span.end_char + LOOK_AFTER].split("\n", 1)[0].strip(" *_")
    if rest and rest[0] not in ",(.;":
        return None  # words of its own after the figure: a sentence, not a label
    colon = span.start - 1
    while colon >= 0 and (doc[colon].text in ("*", "_") or doc[colon].is_space):
        colon -= 1
    if colon < 1 or doc[colon].text != ":":
        return None
    start = colon
    while start > 0 and colon - start < LABEL_REACH and "\n" not in doc[start - 1].text and (
            doc[start - 1].text not in BULLETS):
        start -= 1
    if colon - start >= LABEL_REACH or start == colon:
        return None
    if start > 0 and "\n" not in doc[start - 1].text and doc[start - 1].text not in BULLETS:
        return None  # the label does not start its line
    label = doc[start:colon]
    root = label.root
    if root.tag_ in ("VBN", "VBD") and root.i > start and doc[start].pos_ in ("NOUN", "PROPN"):
        return doc[start]  # "Pumps repaired", "Share of wells tested", parsed as a clause
    return root if root.pos_ == "NOUN" else None
