"""A name that ends with its number: "Bid Window 9", "Terminal 5", "Combined Task Force 470",
"BBC Radio 4", "Phase 2". News copy names one of a numbered series by the series' capitalised
name and its number, and the number is part of the name: "Bid Window 8" and "Bid Window 9" are
two rounds, "Terminal 5" is no "Terminal". The tagger often stops before the number, or takes
the whole for a count and drops it; both cost the reader one actor split or two merged.

The number is a whole number of one to three digits straight after the name's last capitalised
word, and the phrase ends there: a line's end, punctuation, or a word that is no noun, number or
name ("Bid Window 9, the ninth round", "Terminal 5 reopened", "Task Force 470 of the navy");
never a count of something ("Velm 40 people", "Eskom 12 months"), a decimal, a share or a range
("Orla 2-1", "Velm 3.5%"), nor a place's name ("in Gaza 2 died": a place is never numbered so).
One look after each span: linear in the article.
"""

from __future__ import annotations

import re

from store.extract.mentions.spans import PLACE_LABELS, DocView, Span
from store.knowledge.units import units

# " 9", " 470", " 8's": one to three digits, not the start of a decimal, a share, a range or a
# word
_NUMBER_AFTER = re.compile(r"[ \t](\d{1,3})(?=['’]s\b|(?![\w%‰°'’]|[.,:/–-]\d|-))")
# what may follow the number for the name to end there: no noun, number or name
_NOT_AFTER = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "SYM", "X"})
# a bare number the tagger kept as the last word of a name ("Combined Task Force 470")
_NUMBER_WORD = re.compile(r"\d{1,3}")


def _unit_word(word: str) -> bool:
    """A currency's code or symbol, or a measure's word, before a number: "PHP 205", "MW 40" are
    an amount, not a name."""
    u = units()
    return word in u.currency_codes or word in u.currency_signs or word in u.cased_measures \
        or word.lower() in u.measures or word.lower() in u.glued_measures


_LINE_END = re.compile(r"[ \t*_]*(?:\n|$)")


def _postal(text: str, span: Span, end: int) -> bool:
    """An address's last part, after a comma, with the line ending at the number: "Capital
    Hill, Lilongwe 3" (a postal district, no name)."""
    return text[max(0, span.start - 2):span.start] == ", " \
        and _LINE_END.match(text, end) is not None


def ends_a_name(text: str, end: int, ctx: DocView) -> bool:
    """Whether the phrase ends at ``end`` (just after a number): a line's end or the text's,
    punctuation, or a lowercase word that is no noun, number or adjective."""
    after = ctx.next_token(end)
    if after is None or "\n" in text[end:after.idx]:
        return True
    if after.is_punct:
        return after.text not in "%-–/"
    return after.pos_ not in _NOT_AFTER and not after.text[:1].isupper()


def numbered_tail(text: str, span: Span, words: list[str], ctx: DocView | None) -> bool:
    """Whether a span's words end with a name's number that ends its phrase: the words before
    it hold a capitalised word and the last of them is one ("Task Force 470", not "MW 4"), and
    the span is no address's last part."""
    return ctx is not None and len(words) >= 2 and _NUMBER_WORD.fullmatch(words[-1]) is not None \
        and words[-2][:1].isupper() and any(c.isalpha() for c in words[-2]) \
        and not _unit_word(words[-2]) and not _postal(text, span, span.end) \
        and ends_a_name(text, span.end, ctx)


# "Labour 41 (+6)": a number, then its change since the last count, in brackets
_CHANGE_AFTER = re.compile(r"\s*\(\s*[+\-\u2212\u2013]\s*\d")
# ", Conservatives 12": another name and its number after a comma
_PAIR_AFTER = re.compile(r"\s*(?:\([^()\n]{0,12}\))?\s*,\s*"
                         r"((?:[A-Z][\w'\u2019&.-]*\s+){1,4})\d{1,3}\b")
# "Conservatives 12 (-5), ": a name's number and its change before a comma, then this name
_PAIR_BEFORE = re.compile(r"[A-Za-z][\w'\u2019&.-]*\s+\d{1,3}\s*(?:\([^()\n]{0,12}\))?\s*,\s*$")


# "Conservatives 12\nGreen Party 6": a results list one name a line, the next line's name and
# number after this one's, or the last line's before it
_LINE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{0,12}\))?[ \t]*\n[ \t*•-]*"
                         r"((?:[A-Z][\w'\u2019&.-]*[ \t]+){1,4})\d{1,3}[ \t]*(?:\(|\n|$)")
_LINE_BEFORE = re.compile(r"[A-Za-z][\w'\u2019&.-]*[ \t]+\d{1,3}[ \t]*(?:\([^()\n]{0,12}\))?"
                          r"[ \t]*\n[ \t*•-]*$")


def _stands_alone(text: str, span: Span) -> bool:
    """Whether the article also writes the name bare, with no number after it ("Boeing said
    ... a Boeing 737 crashed", "Intel rose ... on Friday, Intel 21."): then the number is a
    model's, a score's or a count's, not the name's. Looked for only for the few names a
    number follows."""
    name = text[span.start:span.end]
    return re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-]|[ \t]+\d|['\u2019]s[ \t]+\d)",
                     text) is not None


def _in_results(text: str, span: Span, end: int) -> bool:
    """Whether a name's number is its count in a list of results ("Final seats: Labour 41 (+6),
    Conservatives 12 (-5), Greens 4"): a change in brackets after it, or another name of other
    words with its number beside it, on the same line or the next (one name a line).
    A series of one name ("Plant 4, Plant 5") stays numbered."""
    if _CHANGE_AFTER.match(text, end):
        return True
    words = text[span.start:span.end].split()
    after = _PAIR_AFTER.match(text, end)
    if after is not None and after.group(1).split() != words:
        return True
    before = _PAIR_BEFORE.search(text, max(0, span.start - 40), span.start)
    if before is not None and not text[before.start():span.start].startswith(words[-1]):
        return True
    after = _LINE_AFTER.match(text, end)
    if after is not None and after.group(1).split() != words:
        return True
    before = _LINE_BEFORE.search(text, max(0, span.start - 40), span.start)
    return before is not None and not text[before.start():span.start].startswith(words[-1])


def with_numbers(text: str, spans: list[Span], ctx: DocView) -> list[Span]:
    """Each name (not a place's) whose last word is capitalised, and that a number ending its
    phrase follows, takes the number in: "Bid Window" + " 9". A person's name so numbered is
    no person ("Bid Window 9" the tagger took for one): it becomes a body's name. Not a lone
    word the tagger took for a person (no person is numbered so; such a word is often a place),
    nor an address's last part ("Capital Hill, Lilongwe 3")."""
    out: list[Span] = []
    for i, span in enumerate(spans):
        m = _NUMBER_AFTER.match(text, span.end)
        nxt = spans[i + 1].start if i + 1 < len(spans) else len(text)
        if m is not None and m.end() <= nxt and span.label not in PLACE_LABELS \
                and span.label not in ("DESC", "NORP") and not span.curated \
                and not _postal(text, span, m.end()) \
                and not (span.label == "PERSON" and " " not in text[span.start:span.end]) \
                and text[span.end - 1:span.end].isalpha() \
                and (last := text[span.start:span.end].rsplit(None, 1)[-1])[:1].isupper() \
                and not _unit_word(last) and ends_a_name(text, m.end(), ctx) \
                and not _in_results(text, span, m.end()) and not _stands_alone(text, span):
            label = "ORG" if span.label == "PERSON" else span.label
            span = Span(span.start, m.end(), label, span.curated)
        out.append(span)
    return out
