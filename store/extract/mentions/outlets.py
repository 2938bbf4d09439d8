"""News organisations an article names in its furniture, and acronyms it defines:

* the outlet of a dateline, "ADEN, Oct 13 (Reuters) -", "KARSBY, Velmora, Sept 9 (CWN) -",
  of a copyright line, "© 2025 AFP", "Copyright 2025 The Harlow Valley Courier, Kelby", and of
  a masthead, the page's first line, "THE HARLOW COURIER | BUSINESS";
* the article's own outlet (from the manifest or front matter) where the text names it, in full
  or by its last word after "the" ("the Courier" for "The Harlow Valley Courier");
* "Orrin Coastal Police Service (OCPS)": the acronym in parentheses after a name, so that it
  is found again later in the article where the tagger misses it;
* any other word in capitals the tagger left alone ("IMB has logged 14 boardings"), with the
  label ``ACRO``: resolution keeps it only where the corpus tells what it stands for (a
  definition, a curated name, a long name with those initials, the same acronym tagged
  elsewhere), so "CEO" or "GMT" never become actors.

Bylines ("By Elaine Marsh, Courier Staff Writer") are not actors and are not looked at here."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from store.extract.mentions.curated import in_capitals_run
from store.extract.mentions.spans import DocView, Span, before_sentence_end
from store.knowledge.aliases import curated_entry
from store.knowledge.folding import is_short_form, name_tokens
from store.knowledge.name_words import name_words

_DATELINE = re.compile(r"\(([A-Z][\w&'’.]*(?: [A-Z&][\w&'’.]*){0,4})\)\s*[-–—]\s")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|Copyright)\s*(?:\d{4}\s+)?((?:The\s+)?[A-Z][\w&'’.-]*"
                        r"(?: [A-Z][\w&'’.-]*){0,5})")
_DEFINED = re.compile(r"\s*\(([A-Z][A-Za-z.&-]{1,13})\)")  # "(SES-MG)" too
DATELINE_REACH = 600  # characters from the top where a dateline may stand
_DATELINE_WORDS = 8  # a place, its country and a date: "PORT ADLER, Velmora, Sept 9"


def _credits(text: str) -> Iterator[re.Match[str]]:
    """The brackets a dateline may credit an outlet in ("(Reuters) -"), near the top."""
    return _DATELINE.finditer(text, 0, min(len(text), DATELINE_REACH))


def dateline_agency(text: str) -> str | None:
    """The news agency a wire dateline credits ("ADEN, Oct 13 (Reuters) -", "(AFP) -"), by its
    curated name ("Agence France-Presse"): the article's outlet where its metadata names none.
    Only an agency of ``store/data/aliases.toml`` (kind ``news_agency``): a bracket after a
    dateline may hold anything else ("(UPDATED)"); and only where the line before it is a
    dateline's place and date ("DUBLIN/ORSK, May 4", "Jeddah (Saudi Arabia)"): every word
    capitalised or a number, not a sentence with a bracket in it."""
    for m in _credits(text):
        words = text[text.rfind("\n", 0, m.start()) + 1:m.start()].split()
        entry = curated_entry(m.group(1))
        if entry is not None and entry.kind == "news_agency" and words \
                and len(words) <= _DATELINE_WORDS and _dateline_words(words):
            return entry.name
    return None


# the place of a wire dateline in capitals at a line's start near the top, then its country, its
# date or its agency's credit: "KARSBY, Velmora, Sept 9, 2026 (CWN) -", "PORT ADLER - ",
# "KARSBY, Friday March 3, 2026 | For immediate release"
_DATELINE_PLACE = re.compile(r"^([A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,4})(?=,[ \t]|[ \t]+\(|"
                             r"[ \t]+[-–—][ \t])", re.M)
_DATELINE_END = re.compile(r"[ \t]+(?:[-–—]|\|)[ \t]|$", re.M)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SENTENCE_WORDS = 6  # the words of the sentence a dash-ended dateline opens, at least


def dateline_place(text: str, ctx: DocView) -> Span | None:
    """The place of a wire dateline set in capitals, which the tagger leaves untagged there
    ("PORT ADLER - Rescuers said", "KARSBY, Velmora, Nov 10, 2026 (CWN) - The"): the first
    line near the top that opens with words in capitals, then only capitalised words, numbers
    and a credit in brackets up to a dash and a sentence in lowercase, or up to a bar or the
    line's end with a date in them. Not a word of a document's or a section's heading ("PRESS
    RELEASE - FOR IMMEDIATE RELEASE", "UPDATE - ..."): no function word, title, body's head,
    month or document word, nor a word the article also writes in lowercase."""
    reach = min(len(text), DATELINE_REACH)
    for m in _DATELINE_PLACE.finditer(text, 0, reach):
        end = _DATELINE_END.search(text, m.end(1))
        if end is None:
            return None
        head = text[m.end(1):end.start()]
        words = head.replace(",", " ").split()
        if not _dateline_words(words):
            continue
        line_end = text.find("\n", end.end())
        tail = text[end.end():line_end if line_end != -1 else len(text)]
        if end.group().strip() in ("-", "–", "—"):
            if len(tail.split()) < _SENTENCE_WORDS or not any(c.islower() for c in tail):
                continue
        elif not (_YEAR.search(head) or _names_month(words)):
            continue
        return _as_place(text, m.start(1), m.end(1), ctx)
    return None


def _dateline_words(words: list[str]) -> bool:
    """Whether words are a dateline's: each capitalised, a number or a bracket's opening."""
    return all(w[0].isupper() or w[0].isdigit() or w[0] == "(" for w in words)


def _names_month(words: list[str]) -> bool:
    nw = name_words()
    months = nw.months | nw.month_abbreviations
    return any(w.lower().rstrip(".") in months for w in words)


def _as_place(text: str, start: int, end: int, ctx: DocView) -> Span | None:
    """The dateline's capitals as a place, unless a word of them is no place's word or the
    tagger already took them for something else than those capitals alone. The tagger often
    takes a lone word in capitals for a body or a person ("HAMMERFEST, Oct 2 (NTB) -" as ORG); in
    a dateline it is a place by its position, and the place wins that exact stretch."""
    nw = name_words()
    stop = nw.function_words | nw.titles | nw.org_heads | nw.document_words | nw.months \
        | nw.weekdays | nw.caption_words | nw.masthead_words
    surface = text[start:end]
    if any(w.lower() in stop for w in surface.split()) or surface.lower() in text \
            or (ctx.in_entity(start, end, names_only=True)
                and _tagged_as(ctx, start, end) not in _RETYPED_IN_DATELINE):
        return None
    return Span(start, end, "GPE")


# the tagger's labels a dateline's place may carry, which its position overrides
_RETYPED_IN_DATELINE = frozenset({"ORG", "PERSON", "NORP"})


def _tagged_as(ctx: DocView, start: int, end: int) -> str | None:
    """The tagger's label of an entity that covers exactly this stretch, with no other entity
    overlapping it; else None."""
    i = bisect.bisect_left(ctx.ents, (start, end))
    if i == len(ctx.ents) or ctx.ents[i] != (start, end) or (i and ctx.ents[i - 1][1] > start):
        return None
    return ctx.labels[i]


def outlet_spans(text: str, outlet: str | None) -> list[Span]:
    found = []
    for m in _credits(text):
        found.append(Span(m.start(1), m.end(1), "ORG", curated=True))
    for m in _COPYRIGHT.finditer(text):
        name = m.group(1)
        start = m.start(1) + (4 if name.startswith("The ") else 0)
        end = before_sentence_end(text, start, m.end(1))  # "© 2031 Velm Ledger. All rights"
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if end - start >= 2 and not text[start:end].isdigit():
            found.append(Span(start, end, "ORG", curated=True))
    masthead = _masthead(text)
    if masthead is not None:
        found.append(masthead)
    if outlet:
        found.extend(_own_outlet(text, outlet))
    elif masthead is not None:
        found.extend(_masthead_short(text, masthead))
    return found


def _masthead_short(text: str, masthead: Span) -> list[Span]:
    """With no outlet in the metadata, the masthead's outlet is the article's own: its title
    word after "the" in the body ("told the Courier" under "THE PORTUGAL COURIER | World"),
    as ``_own_outlet`` finds it for an outlet the metadata names. Only a newspaper's title word
    (``masthead_words``, not "news": "the News" is any news), written capitalised."""
    last = text[masthead.start:masthead.end].split()[-1]
    if last.lower() not in name_words().masthead_words or last.lower() == "news":
        return []
    word = last[:1].upper() + last[1:].lower()
    pattern = re.compile(r"(?<![\w-])the\s+(" + re.escape(word) + r")(?![\w-])")
    return [Span(m.start(1), m.end(1), "ORG", curated=True)
            for m in pattern.finditer(text, masthead.end)]


# the first line of a page: a name in capitals or title case, then a bar and the section
# ("THE HARLOW COURIER | BUSINESS", "Velm Weekly | Markets | Europe")
_MASTHEAD = re.compile(r"(?:THE[ \t]+|The[ \t]+)?([A-Z][\w&'’.-]*(?:[ \t]+[A-Z&][\w&'’.-]*){0,4})"
                       r"[ \t]+\|[ \t]")
# or a line of its own in capitals, two to five words, the last a newspaper's title word
# ("LOMBOK TRIBUNE", "THE VELM HERALD"): the tagger takes such a line for a person's name
_MASTHEAD_LINE = re.compile(r"(?:THE[ \t]+)?([A-Z][A-Z&'’.-]*(?:[ \t]+[A-Z&][A-Z&'’.-]*){1,4})"
                            r"[ \t]*(?:\n|$)")


def _masthead(text: str) -> Span | None:
    """The outlet of a masthead, the first line of the text: "THE HARLOW COURIER | BUSINESS"
    names the Harlow Courier, and so does "HARLOW COURIER" on a line of its own; not "PRESS
    STATEMENT | Velm Forum" (a kind of document) nor a date."""
    start = len(text) - len(text.lstrip())
    m = _MASTHEAD.match(text, start, min(len(text), start + 200))
    if m is None:
        m = _MASTHEAD_LINE.match(text, start, min(len(text), start + 80))
        last = m.group(1).split()[-1].lower() if m is not None else ""
        if last not in name_words().masthead_words or last == "news":
            return None  # "BREAKING NEWS", "WORLD NEWS": a section's heading
    words = name_words()
    folded = {w.lower() for w in re.findall(r"[\w'’]+", m.group(1))}
    if folded & (words.document_words | words.months | words.weekdays) \
            or any(c.isdigit() for c in m.group(1)):
        return None
    return Span(m.start(1), m.end(1), "ORG", curated=True)


def _own_outlet(text: str, outlet: str) -> list[Span]:
    """The article's outlet where the text names it: in full, and "the <last word>"."""
    name = re.sub(r"^(?:the|The)\s+", "", outlet.strip())
    words = name.split()
    if not words or not name[:1].isupper():
        return []
    found = [Span(m.start(), m.end(), "ORG", curated=True)
             for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
    last = words[-1]
    if len(words) > 1 and last[:1].isupper() and len(last) > 2:
        found.extend(Span(m.start(1), m.end(1), "ORG", curated=True) for m in re.finditer(
            r"(?<![\w-])the\s+(" + re.escape(last) + r")(?![\w-])", text))
    return found


def defined_acronyms(text: str, spans: list[Span]) -> list[Span]:
    """"Long Name (ACR)": the acronym after a name whose words it may abbreviate."""
    found = []
    for span in spans:
        m = _DEFINED.match(text, span.end)
        if not m or not is_short_form(m.group(1)):
            continue
        letter = m.group(1)[0].lower()
        if any(w[:1] == letter for w in name_tokens(text[span.start:span.end])):
            found.append(Span(m.start(1), m.end(1), span.label))
    return found


ACRO = "ACRO"
# the first capital taken before the look-behind on the character before it: the engine then
# skips every character no capital is, where a look-behind first is tried at each of them
_CAPS_WORD = re.compile(r"[A-Z](?<![\w.&-][A-Z])(?:[A-Z]{2,6}|(?:[of]?[A-Z]){1,5})(?![\w&-])")


def loose_acronyms(text: str, spans: list[Span], ctx: DocView) -> list[Span]:
    """Words in capitals, outside any name and any line set in capitals: maybe acronyms."""
    taken = sorted((s.start, s.end) for s in spans)
    found = []
    for m in _CAPS_WORD.finditer(text):
        if ctx.in_entity(m.start(), m.end(), names_only=True) \
                or in_capitals_run(text, m.start(), m.end()):
            continue
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        token = ctx.token_at(m.start())
        if token is None or token.pos_ not in ("PROPN", "NOUN"):
            continue
        found.append(Span(m.start(), m.end(), ACRO))
    return found
