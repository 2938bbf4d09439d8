"""Numbers in the style most of the world's English press writes them: a decimal comma and
thousands grouped by a space ("R9,4 billion", "12,7%", "R1 263/MWh", "12 500 people").

South African, continental European and many other outlets write numbers so (the SI brochure,
9th ed., 5.4.4, and ISO 80000-1 allow the comma as the decimal marker and ask for a space, never a
comma, between groups of three digits). The scanner's grammar reads the Anglo-American style; this
module gives it the text as it would read in that style, character for character (a decimal
comma becomes a point, a space inside a number a thin space, which the grammar already takes for
a thousands separator), so every offset stays the article's.

The reading is decided per article, from cases that can be read only one way: a comma followed
by one or two digits, then a percent sign or a scale ("R9,4 billion", "3,5%"), or after digits
grouped by a space ("1 263,5"), says the article's commas before one or two digits are decimal
ones. A comma followed by three digits stays a thousands separator ("1,263"): that is its
ordinary reading, and it is never undone. A space between one to three digits and a group of
exactly three is a thousands separator in an article that writes decimal commas, or one such
number in prose (a currency sign glued before it, a word or a percent sign after it): then its
table cells too ("| 1 263 |"). A run of numbers set apart by spaces (a table's columns set in
spaces, a telephone number) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from functools import lru_cache, wraps
from typing import Protocol, TypeVar

from store.extract.dates import MONTHS
from store.extract.doc_text import text_of
from store.knowledge.context import context_words
from store.knowledge.units import units

THIN_SPACE = "\u2009"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """The cue of an article written with decimal commas, a decimal comma, a number grouped by
    spaces, and the currency signs that may be glued before one (longest first)."""
    lex = units()
    percent = "|".join(re.escape(w) for w in sorted(lex.percent_words, key=len, reverse=True))
    words = "|".join(sorted(lex.scale_words, key=len, reverse=True))
    suffixes = "|".join(sorted(lex.scale_suffixes, key=len, reverse=True))
    # "12,7%", "R9,4 billion", "R7,1bn": a comma and one or two digits before a share or a
    # scale; "1 263,5": after thousands grouped by a space
    cue = re.compile(rf"(?<![\d.,])\d{{1,3}},\d{{1,2}}(?![\d,])"
                     rf"(?:\s?(?:{percent})|\s(?:{words})\b|(?:{suffixes})(?![A-Za-z\d]))"
                     r"|(?<![\d.,])\d{1,3}(?: \d{3})+,\d{1,2}(?![\d,])",
                     re.IGNORECASE)
    # "9,4", "1 263,5": the comma before the last one or two digits of a number (not of a list
    # "1,20,000" grouped the South Asian way, nor of "1,5,8")
    decimal = re.compile(r"(?<![\d.,])\d+(?:[ \u00a0\u202f\u2009]\d{3})*(,)\d{1,2}(?![\d,])"
                         rf"(?!\s+(?:and|or)\s+\d+(?![\d.,]|\s?(?:{percent}|{words})\b|%))")
    # "1 263", "12 500 000": one to three digits, then groups of exactly three after a space
    grouped = re.compile(r"(?<![\d.,+\-\u2010\u2011])\d{1,3}(?: \d{3})+(?![\d\-\u2010\u2011])"
                         r"(?![.,]\d{3})")
    signs = tuple(sorted(lex.currency_signs, key=len, reverse=True))
    return cue, decimal, grouped, signs


# what may follow a number in prose: a word, a unit's letters, a percent sign, a slash of a rate
_PROSE_AFTER = re.compile(r"\s?(?:[^\W\d_]|%|/)")
# another number right before or after, past a space: a table's row or a telephone number
_NUMBER_BEFORE = re.compile(r"\d[ \t]$")
_NUMBER_AFTER = re.compile(r"[ \t]\d")


class _HasText(Protocol):
    text: str


_R = TypeVar("_R")
# the style of the article being read (decimal commas, thousands grouped by a space), decided
# once from its whole text: a window of it scanned again ("1,5" alone) shows no cue of its own
_ARTICLE_STYLE: ContextVar[tuple[bool, bool] | None] = ContextVar("article_style", default=None)


def article_styled(read: Callable[..., _R]) -> Callable[..., _R]:
    """``read`` (of a parsed article, its first argument) with every number of the article and
    of any window of it scanned in the style its whole text shows."""
    @wraps(read)
    def styled(doc: _HasText, *args: object, **kwargs: object) -> _R:
        token = _ARTICLE_STYLE.set(_style(_text_of(doc)))
        try:
            return read(doc, *args, **kwargs)
        finally:
            _ARTICLE_STYLE.reset(token)
    return styled


def _text_of(doc: _HasText) -> str:
    """The article's text: a parsed one's as kept beside its parse (``Doc.text`` joins every
    token again on each access), anything else's own."""
    return text_of(doc) if hasattr(doc, "user_data") else doc.text  # type: ignore[arg-type]


def _style(text: str) -> tuple[bool, bool]:
    """Whether ``text`` writes decimal commas, and whether it groups thousands by a space (a
    number that can be read only one way says so)."""
    if not any(c.isdigit() for c in text):
        return False, False
    cue, _, _, signs = _patterns()
    decimal_commas = "," in text and cue.search(text) is not None
    return decimal_commas, decimal_commas or any(
        _in_prose(text, a, b, signs) and not _ambiguous(text, a, b) for a, b in _groups(text))


def _groups(text: str) -> list[tuple[int, int]]:
    """The numbers grouped by spaces in ``text`` that may be one number (not a run of numbers
    set apart by spaces, nor digits after a word that takes them)."""
    _, _, grouped, signs = _patterns()
    return [m.span() for m in grouped.finditer(text)
            if not _NUMBER_BEFORE.search(text, max(0, m.start() - 2), m.start())
            and not _NUMBER_AFTER.match(text, m.end())
            and not _labelled(text, m.start(), signs)
            and not (_signed(text, m.start(), signs) and _measured(text, m.end()))]


# the word right after a number, past one space at most
_WORD_AFTER = re.compile(r"\s?([^\W\d_]+)")


def _measured(text: str, end: int) -> bool:
    """Whether a unit of measure follows the number ending at ``end``: after a sign's letter
    glued to digits ("the R21 500 metres", "the N1 200 km"), the letter and digits are a road's
    or a route's code and the number its own distance, no price grouped by a space."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    lex = units()
    word = after.group(1)
    return word.lower() in lex.measures or word in lex.glued_measures


def as_written(text: str) -> str:
    """``text`` with its numbers in the scanner's style (a point for a decimal comma, a thin
    space for a space between thousands), of the same length; ``text`` itself when nothing of
    this style is in it. Inside an article being read (``article_styled``), the style is the
    article's; else the text's own."""
    if not any(c.isdigit() for c in text):
        return text
    _, decimal, _, signs = _patterns()
    decimal_commas, grouped_shown = _ARTICLE_STYLE.get() or _style(text)
    chars: list[str] | None = None
    if decimal_commas:
        chars = list(text)
        for m in decimal.finditer(text):
            chars[m.start(1)] = "."
    # the article's style, from a number that can be read only one way: "412 409" may be two
    # numbers (a vote's for and against), "12 500" and "1 250 000" are one
    groups = _groups(text) if grouped_shown else []
    if groups:
        chars = chars if chars is not None else list(text)
        for start, end in groups:
            if not _word_char(text, start - 1) or _signed(text, start, signs):
                for i in range(start, end):
                    if text[i] == " ":
                        chars[i] = THIN_SPACE
    return text if chars is None else "".join(chars)


# the word before a number, past one space: "March 31 250", "Terminal 5 200", "page 12 500"
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([^\W\d_][\w.:]*) $")
# the end of a sentence or a line before that word: a capital there says nothing of a name
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|[\"'\u201c(]\s*)$")


def _labelled(text: str, start: int, signs: tuple[str, ...]) -> bool:
    """Whether the number at ``start`` follows a word that takes a number of its own, so its
    first digits end that phrase and the rest is another number: a month before a day ("By March
    31 250 schools"), a document's word ("page 4 200 copies"), a name ending in a number
    ("Terminal 5 200 flights"), a capitalised word inside a sentence before the digits."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    lower = word.lower()
    first = text[start:].split(" ", 1)[0]
    if lower.rstrip(".") in MONTHS:
        return len(first) <= 2 and int(first) <= 31
    if lower in context_words().doc_number_words:
        return True
    if word in signs or word in units().currency_codes:
        return False
    if len(word) > 1 and word.isalpha() and word.isupper():
        return True  # a name in capitals that takes a number: "COVID 19 100 deaths"
    if not (word[0].isupper() and word[1:].islower()):
        return False
    return _SENTENCE_START.search(text, max(0, before.start() - 3), before.start()) is None


def _ambiguous(text: str, start: int, end: int) -> bool:
    """Whether a number grouped by spaces may as well be two numbers side by side: three digits,
    a space and three more ("412 409"), where only the article's style can say which."""
    return end - start == 7


def _in_prose(text: str, start: int, end: int, signs: tuple[str, ...]) -> bool:
    """Whether a number grouped by spaces stands in prose: a currency sign glued before it
    ("R1 263"), or a word, a percent sign or a rate's slash after it ("12 500 people")."""
    if _word_char(text, start - 1):
        return _signed(text, start, signs)
    return _PROSE_AFTER.match(text, end) is not None


def _signed(text: str, start: int, signs: tuple[str, ...]) -> bool:
    """Whether a currency sign is glued before ``start``, itself not the end of a word (a name's
    letters and digits, "A320 200", are no sign)."""
    sign = next((s for s in signs if text.endswith(s, 0, start)), None)
    return sign is not None and not _word_char(text, start - len(sign) - 1)


def _word_char(text: str, i: int) -> bool:
    return i >= 0 and (text[i].isalnum() or text[i] == "_")
