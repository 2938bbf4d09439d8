"""What an abbreviation a figure counts stands for, where the article spells it out: after
"21,300 small and medium enterprises (SMEs)", "4,100 SMEs" counts small and medium enterprises,
and after "the price of the raw dairy materials (RDMs)", "60% of its RDMs" is a share of raw dairy
materials. The letters say what is counted only to a reader who has met the definition; the
words say it to any reader, and let a figure that counts the letters be set beside one that
counts the words.

Only a definition in lower-case words is read (a body's or a place's name, "Bureau of Transit
(BoT)", is the actors' business), and only when each letter begins one of its words in turn,
short joining words aside ("persons deprived of liberty (PDLs)"). The article is read for
definitions once, and only when a figure counts letters."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.parse import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from store.extract.figures.found import FoundFigure

# the letters of an abbreviation, as written in the counted phrase or in brackets after its
# definition, with or without a plural "s"
LETTERS = r"([A-Z]{2,6})s?"
ABBREVIATION = re.compile(rf"^{LETTERS}$")
DEFINED = re.compile(rf"\({LETTERS}\)")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# the short words a definition may hold that no letter stands for ("persons deprived of liberty")
JOINING = frozenset({"of", "and", "for", "in", "on", "to", "the", "with"})
REACH = 120  # characters before a bracket its definition may take


def spell_out_abbreviations(figures: list[FoundFigure], doc: Doc) -> None:
    """Give a figure whose counted noun is an abbreviation the article defines its words."""
    counting_letters = [fig for fig in figures if fig.counted is not None
                        and ABBREVIATION.match(fig.counted.split()[-1])]
    if not counting_letters:
        return
    defined = _definitions(doc)
    for fig in counting_letters:
        words = fig.counted.split()
        match = ABBREVIATION.match(words[-1])
        spelled = defined.get(match.group(1)) if match else None
        if spelled is None:
            continue
        fig.counted = " ".join([*words[:-1], spelled.text])
        fig.counted_head = spelled.root.lemma_.lower()


def _definitions(doc: Doc) -> dict[str, Span]:
    """Each abbreviation the article defines in brackets after its words, by its letters (the
    first definition of the letters holds)."""
    text = text_of(doc)
    found: dict[str, Span] = {}
    for bracket in DEFINED.finditer(text):
        letters = bracket.group(1)
        if letters in found:
            continue
        spelled = _spelled_out(doc, text, bracket.start(), letters)
        if spelled is not None:
            found[letters] = spelled
    return found


def _spelled_out(doc: Doc, text: str, bracket: int, letters: str) -> Span | None:
    """The lower-case words right before ``bracket`` whose first letters spell ``letters``,
    last word first, or None."""
    start = max(0, bracket - REACH)
    words = list(WORD.finditer(text, start, bracket))
    if not words or text[words[-1].end():bracket].strip():
        return None  # the bracket follows no word ("... 2030 (PDLs)")
    left = len(letters) - 1
    first = None
    for word in reversed(words):
        if left < 0:
            break
        written = word.group()
        if written != written.lower():
            return None  # a name, not a common noun's words
        if written[0] == letters[left].lower():
            left, first = left - 1, word
        elif written in JOINING and first is not None:
            continue
        else:
            return None
    if left >= 0 or first is None:
        return None
    return doc.char_span(first.start(), words[-1].end(), alignment_mode="expand")
