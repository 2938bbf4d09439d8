"""A token without a letter is no noun, whatever the tagger calls it: a table's bar ("| 4,480 |
+22.7 |" tags "|" and "+22.7" as nouns), a sign or a code of digits. The counted noun is a word;
a run of tokens after a number that reaches such a token has ended, and what stands past it is
the next cell, the next item or nothing the number counts. A bar itself is let stand as the
figure's noun while the sentence's other figures lend theirs (a cell or a list item between
bars borrows no noun from prose around it), and is taken away once they have
(``drop_a_wordless_noun``): no figure is stored as counting "|"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from store.extract.figures.found import FoundFigure


def no_word(tok: Token) -> bool:
    """Whether ``tok`` holds no letter ("|", "+6.0", "&"): it names nothing a number counts."""
    return not any(ch.isalpha() for ch in tok.text)


def drop_a_wordless_noun(fig: FoundFigure, *, bars_only: bool = False) -> None:
    """Forget a counted phrase with no letter in it ("|", "+24.0 |"): it names nothing. With
    ``bars_only``, only a table's bar is forgotten: a sign such as "%" left standing as the
    noun is what the later rules of shares and changes replace ("down from 62%": a share)."""
    if fig.counted is None or any(ch.isalpha() for ch in fig.counted):
        return
    if not bars_only or "|" in fig.counted:
        fig.counted = fig.counted_head = None
