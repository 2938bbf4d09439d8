"""A parsed article's text, kept beside its parse. ``Doc.text`` joins every token on each
access; the rules that read the text of a parse ask this instead, which joins them once (or
not at all, when the ingest keeps the very string it parsed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEPT = "claimscope_text"


def text_of(doc: Doc) -> str:
    """The article text. ``Doc.text`` joins every token on each access, so it is kept once."""
    text = doc.user_data.get(_KEPT)
    if text is None:
        text = doc.user_data[_KEPT] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> None:
    """Make ``text_of(doc)`` the very string the doc was parsed from: the tokenizer keeps every
    character, so it is ``doc.text``, without joining the tokens again."""
    doc.user_data[_KEPT] = text
