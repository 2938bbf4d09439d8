"""A line's or a sentence's first word glued to a name: "Official Orwen death toll climbs to 468"
may be tagged as a person "Official Orwen", because a headline capitalises its first word like a
name's; "If the Harbour Forum is right" as an event "If the Harbour Forum".

A single capitalised word that opens a sentence or a line and that the tagger took for a person or
an event ("Turnout rose to 64 percent", "Keepers counted 41 penguins") is no name when the article
writes it in lowercase elsewhere ("the turnout was lower") and no longer name of the article holds
it: a sentence capitalises its first word like a name's.

A span that opens a line keeps its first word only when that word could be a name's: it is cut
when the article writes the same word in lowercase elsewhere ("the official death toll") and
what is left is the end of a storm's or a person's name the article gives in full elsewhere
("Super Typhoon Orwen"); the rest then takes that name's label. A country, a curated name and
any span written the same way away from a line's start ("South Sudan" in a sentence) stay whole.
"""

from __future__ import annotations

import re

from store.extract.mentions.spans import DocView, Span
from store.knowledge.aliases import curated_entry
from store.knowledge.countries import countries

_FIRST = re.compile(r"([A-Z][a-z]+)[ \t]+")
_ENDS = frozenset({"EVENT", "PERSON"})


def without_line_openers(text: str, spans: list[Span]) -> list[Span]:
    """The spans with a line-opening common word cut from the front of a name."""
    ends: dict[str, str] = {}  # last words of the article's storms' and people's names
    for span in spans:
        words = text[span.start:span.end].split()
        at_line_start = span.start == 0 or text[span.start - 1] == "\n"
        if span.label in _ENDS and len(words) >= 2 and not at_line_start:
            ends.setdefault(words[-1], span.label)
    if not ends:
        return spans
    out = []
    for span in spans:
        cut = _cut(text, span, ends)
        out.append(span if cut is None else cut)
    return out


def _cut(text: str, span: Span, ends: dict[str, str]) -> Span | None:
    if span.curated or (span.start and text[span.start - 1] != "\n"):
        return None
    m = _FIRST.match(text, span.start, span.end)
    surface = text[span.start:span.end]
    if m is None or countries().country(surface) or curated_entry(surface) is not None:
        return None
    rest = text[m.end():span.end]
    if rest not in ends:
        return None
    lower = re.compile(r"(?<![\w-])" + re.escape(m.group(1).lower()) + r"(?![\w-])")
    if lower.search(text) is None:
        return None  # never written in lowercase: it may be a name's own word
    again = re.compile(r"(?<![\w-])" + re.escape(surface) + r"(?![\w-])")
    if any(text[h.start() - 1] != "\n" for h in again.finditer(text) if h.start()):
        return None  # written so inside a line too: one name after all
    return Span(m.end(), span.end, ends[rest])


_OPENER_POS = frozenset({"ADV", "SCONJ", "CCONJ"})
_ARTICLE = re.compile(r"[Tt]he[ \t]+")


def without_sentence_openers(text: str, spans: list[Span], ctx: DocView) -> list[Span]:
    """"If the Harbour Forum is right", "Later Velkor AV's register": a sentence's opening
    conjunction or adverb the tagger took into the name that follows it is cut, with the
    article after it. Only the sentence's first word, and only when the tagger's word class for
    it there is a conjunction's or an adverb's: a name's own first word is a proper noun."""
    out = []
    for span in spans:
        token = ctx.token_at(span.start)
        m = _FIRST.match(text, span.start, span.end)
        if span.curated or m is None or token is None or not token.is_sent_start \
                or token.pos_ not in _OPENER_POS or token.idx != span.start:
            out.append(span)
            continue
        start = m.end()
        if (the := _ARTICLE.match(text, start, span.end)) is not None:
            start = the.end()
        out.append(span if start >= span.end or not text[start].isupper()
                   else Span(start, span.end, span.label))
    return out


_LONE_LABELS = frozenset({"PERSON", "EVENT"})
# a word of the article's prose: a run between spaces, stripped of the punctuation around it;
# a web or mail address ("tidewatch.example.org", "news@velm.org") is no lowercase writing of a
# name's word
_PUNCTUATION = "\"'“”‘’()[],.;:!?*"
_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*")


def without_common_openers(text: str, spans: list[Span], ctx: DocView) -> list[Span]:
    """The spans without a lone common word a sentence or a line opens with ("Turnout", taken
    for a person): one the article also writes in lowercase and no longer name of it holds;
    and a headline's first word taken for a body or a place, before a lowercase word ("Trout
    escape", "Lender's capital falls")."""
    lower: set[str] | None = None  # the article's lowercase words, read once when needed
    # the words of the article's names of two words or more
    held = {w for span in spans if len(words := text[span.start:span.end].split()) > 1
            for w in words}
    out = []
    for span in spans:
        surface = text[span.start:span.end]
        if not span.curated and surface.isalpha() and surface[:1].isupper() \
                and surface[1:].islower() and curated_entry(surface) is None and (
                    (span.label in _LONE_LABELS and _opens(text, span, ctx)
                     and surface not in held)
                    or (span.label in _HEADLINE_LABELS and _heads_line(text, span))):
            if lower is None:
                lower = {w for w in (r.strip(_PUNCTUATION) for r in text.split())
                         if _LOWER_WORD.fullmatch(w)}
            if surface.lower() in lower:
                continue
        out.append(span)
    return out


# a lowercase word after the span, past the span's possessive ("Lender's capital falls")
_LOWER_NEXT = re.compile(r"(?:['’]s)?[ \t]+[a-z]")
# what the tagger takes a headline's first common noun for: a body, or a place ("Lender's
# capital falls" as a place)
_HEADLINE_LABELS = frozenset({"ORG", "GPE"})
_HEADLINE_WORDS = 14  # words of a headline, at most
_SENTENCE_STOP = ".!?\"”’:"


def _heads_line(text: str, span: Span) -> bool:
    """The span opens a headline, a line of a few words that no stop ends, and a lowercase word
    follows it there ("Trout escape grows", taken for a body): a headline capitalises its
    first word, common noun or name alike; the article's lowercase writing of it elsewhere then
    tells which. A longer name holding the word does not make it a name here ("the Trout
    Rivers association" names a body, "trout" the fish). A paragraph's first sentence is no
    headline ("Customs scan 1,200 containers a day." may name the customs service)."""
    if not (span.start == 0 or text[span.start - 1] == "\n") \
            or _LOWER_NEXT.match(text, span.end) is None:
        return False
    line_end = text.find("\n", span.end)
    line = text[span.start:line_end if line_end >= 0 else len(text)].rstrip()
    return not line.endswith(tuple(_SENTENCE_STOP)) and len(line.split()) <= _HEADLINE_WORDS


def _opens(text: str, span: Span, ctx: DocView) -> bool:
    """The span starts a line, or the sentence the parser found."""
    if span.start == 0 or text[span.start - 1] == "\n":
        return True
    token = ctx.token_at(span.start)
    return token is not None and token.idx == span.start and token.is_sent_start
