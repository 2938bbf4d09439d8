"""A token without a letter is no noun, whatever the tagger calls it: a table's bar ("| 4,480 |
+22.7 |" tags "|" and "+22.7" as nouns), a sign or a code of digits. The counted noun is a word;
a run of tokens after a number that reaches such a token has ended, and what stands past it is
the next cell, the next item or nothing the number counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def no_word(tok: Token) -> bool:
    """Whether ``tok`` holds no letter ("|", "+6.0", "&"): it names nothing a number counts."""
    return not any(ch.isalpha() for ch in tok.text)
