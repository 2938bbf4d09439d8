"""Spans that are not actors: currencies and codes, words without a capital, captions and lone
titles, and a document's name beside its body's ("... Report"). Events are actors of their own
(``events``)."""

from __future__ import annotations

import re

from store.extract.mentions.numbered import numbered_tail
from store.extract.mentions.spans import DocView, Span, bare_word
from store.knowledge.countries import countries
from store.knowledge.folding import fold
from store.knowledge.name_words import name_words
from store.knowledge.units import units

_YEAR = re.compile(r"(?:19|20)\d\d")
# the words that say a number follows ("No. 017", "Nr. 5"), and that number after the span
_NUMBER_SIGNS = frozenset({"no", "nr", "number"})
_NUMBERED_DOCUMENT = re.compile(r"\.?[ \t]*\d")


def without_junk(text: str, spans: list[Span], ctx: DocView | None = None) -> list[Span]:
    nw = name_words()
    kept: list[Span] = []
    for span in spans:
        surface = text[span.start:span.end]
        words = surface.split()
        bare = [bare_word(w) for w in words]
        # "Combined Task Force 470 seized": a name's own number is no count (``numbered``)
        numbered = span.label != "GPE" and numbered_tail(text, span, words, ctx)
        if span.label != "EVENT" and _is_junk(text, span, surface, words, bare, nw, numbered):
            continue
        if _NUMBERED_DOCUMENT.match(text, span.end) and bare[-1] in _NUMBER_SIGNS:
            # "Department Order No. 017", "Gazette Notice No. 4127": a document's number, no
            # body; a country that opens it ("Kenya Gazette Notice No.") is still named
            country = countries().country(words[0]) if len(words) > 2 else None
            if country is None or span.curated:
                continue
            span = Span(span.start, span.start + len(words[0]), "GPE")
        if ctx is not None and len(words) == 1 and not span.curated \
                and _common_line_opener(text, span, surface, ctx):
            continue
        kept.append(span)
    return _without_document_tails(text, kept, nw)


def _is_junk(text: str, span: Span, surface: str, words: list[str], bare: list[str],
             nw, numbered: bool = False) -> bool:
    if text[span.end:span.end + 1] == "$":
        return True  # "US$25 million": a currency
    if span.curated:
        return False
    if not any(c.isupper() for c in surface):
        return True  # "armed drone aircraft"
    named_year = span.label == "ORG" and len(words) > 1 and _YEAR.fullmatch(words[-1])
    body = words[:-1] if named_year or numbered else words  # "Velmora 2031": a host's body
    # an ampersand joins two words of a name ("Freight & Trade Alliance", "Marks & Spencer")
    if any(not any(c.isalpha() for c in w) and w != "&" for w in body) or any(
            any(c.isdigit() for c in w) for w in body[1:]):
        return True  # "MZN 4.5 billion", "Bayraktar TB2", "Ilyushin Il-76"
    if surface in units().currency_codes:
        return True
    if len(words) == 1 and _is_reference(surface.strip(".,;:")):
        return True  # "OPINA-REF-2025-11", "KMC-2023-08-21-0932": a document's reference
    if all(b in nw.caption_words or b in nw.titles for b in bare):
        return True  # "CREDIT", "Gen"
    if len(words) == 1 and (_header_cell(text, span, surface)
                            or _common_cell_opener(text, span, surface, nw)):
        return True  # "| State | District |": a table's column, not an actor; "| Adult
        # entrants |": a row's common noun, capitalised by its place in the cell
    if len(words) == 1 and (bare[0] in nw.title_complements or bare[0] in nw.org_heads):
        # "Defence" in "Defence Secretary Alan Crewe", "Army" in "Army Gen. Harold Pike",
        # "State" in "Secretary of State Edith Lowry" (but "Kremlin spokesman" keeps the Kremlin)
        after = re.match(r"\s+([\w.]+)\s+[A-Z]", text[span.end:span.end + 40])
        if after and bare_word(after.group(1)) in nw.titles:
            return True
        before = re.search(r"(\w+)\s+of\s+$", text[max(0, span.start - 30):span.start])
        if before and bare_word(before.group(1)) in nw.titles:
            return True
    return False


_LINE_MARKS = re.compile(r"[ \t#*>-]*")
_NEXT_LOWER = re.compile(r"[ \t]+[a-z]")


def _common_line_opener(text: str, span: Span, surface: str, ctx: DocView) -> bool:
    """A line (a heading, a list item) opens with the span's one word, then a lowercase word
    that is no verb ("Locust control operations:", "- Energy not supplied amounted to"), and the
    article writes that word in lowercase too: a common noun capitalised by its place, no name
    ("Federation warns" has a verb: a description, ``headline_spans``)."""
    line_start = text.rfind("\n", 0, span.start) + 1
    if _LINE_MARKS.fullmatch(text, line_start, span.start) is None \
            or not _NEXT_LOWER.match(text, span.end):
        return False
    token = ctx.next_token(span.end)
    if token is None or token.pos_ in ("VERB", "AUX"):
        return False
    return _written_lowercase(text, surface)


def _written_lowercase(text: str, word: str) -> bool:
    """The article writes the word in lowercase in its prose (after a space, not in an address:
    ".../rajasthan-locusts")."""
    lower = word.lower()  # a word not in the text at all needs no pattern built
    return lower in text and re.search(rf"(?<=\s){re.escape(lower)}(?![\w/-])", text) is not None


_RULE_ROW = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")


def _header_cell(text: str, span: Span, surface: str) -> bool:
    """The span is the whole of a cell in a Markdown table's header row (the row over its
    ``|---|`` rule) and the article writes its word in lowercase too: a column's common noun
    ("| Province | Area |"), never a name ("| Rajasthan |" heads no column)."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    if line_end < 0 or not text.startswith("|", line_start):
        return False
    before = text.rfind("|", line_start, span.start)
    after = text.find("|", span.end, line_end)
    if before < 0 or after < 0 or text[before + 1:after].strip() != surface:
        return False
    if not _RULE_ROW.match(text, line_end + 1):
        return False
    return _written_lowercase(text, surface)


_CELL_REST = re.compile(r"(?:['’]s?)?((?:[ \t]+[a-z][\w-]*)+)[ \t]*")


def _common_cell_opener(text: str, span: Span, surface: str, nw) -> bool:
    """The span is one word opening a Markdown table's cell whose other words are all lowercase
    ("| Adult entrants |", "| Children's races |"), or the whole cell where the article
    writes its word in lowercase too ("| Wheelchairs |"): a row's label, a common noun written
    with a capital as a sentence's first word is, no name. Not where the next word says what a
    name names ("| Velmora province |", "| Ostrik valley |", "| Harlow council |"), nor a
    country or its people ("| Kenyan growers |")."""
    line_start = text.rfind("\n", 0, span.start) + 1
    if not text.startswith("|", line_start):
        return False
    before = text.rfind("|", line_start, span.start)
    line_end = text.find("\n", span.end)
    after = text.find("|", span.end, line_end if line_end >= 0 else len(text))
    if before < 0 or after < 0 or text[before + 1:span.start].strip():
        return False
    rest = _CELL_REST.fullmatch(text, span.end, after)
    if rest is None:  # "| Wheelchairs | 35 |" where the article writes "wheelchairs" too
        return not text[span.end:after].strip() and _written_lowercase(text, surface)
    name_nouns = nw.place_designators | nw.feature_words | nw.org_heads | nw.site_nouns \
        | nw.body_designators
    first = fold(rest.group(1).split()[0])
    countries_ = countries()
    return first not in name_nouns and not countries_.country(surface) \
        and not countries_.of_demonym(surface)


def _is_reference(word: str) -> bool:
    """Three or more parts joined by hyphens or slashes, one of them all digits: a document's or
    an article's reference ("NWB/MEDIA/2026/04"), not a name ("CTF-470" and "G-20", of two
    parts, stay names)."""
    parts = re.split(r"[-/]", word)
    return len(parts) >= 3 and all(p.isalnum() for p in parts) and any(p.isdigit() for p in parts)


def _without_document_tails(text: str, spans: list[Span], nw) -> list[Span]:
    """"Lead Inspector General Report" -> "Lead Inspector General" when the body is also named
    alone in the article: the report is not a second actor."""
    names = {fold(text[s.start:s.end]) for s in spans}
    out = []
    for span in spans:
        surface = text[span.start:span.end]
        head, _, last = surface.rpartition(" ")
        if head and bare_word(last) in nw.document_words and fold(head) in names:
            span = Span(span.start, span.start + len(head), span.label, span.curated)
        out.append(span)
    return out
