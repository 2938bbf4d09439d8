"""A body's name in its own language, written in sentence case and defined by its acronym:
"Správa železnic (SŽ)", "Agence nationale de la recherche (ANR)", "Instituto nacional de
estadística (INE)". Czech, Polish, French, Spanish and Scandinavian bodies capitalise only the
first word of their name; the small English model takes that word alone (often for a person)
and leaves the lower-case words out. Where the acronym in brackets right after them spells the
initials of the whole stretch, every word of it (short joining words may be left out, as
acronyms leave out "de", "la", "of"), the stretch is the body's name: one ORG span, which the
acronym's definition and the corpus's refinding then carry to its other mentions. Only where the
stretch reads as another language, a word of it a body's head word of another language
(``foreign_heads``; the end of a compound: "vegvesen"), or an English one (``org_heads``) with a
letter outside ASCII in the stretch: "Gross domestic product (GDP)" and "Value added tax (VAT)"
are terms an acronym spells, no body, and "the Emergency department (ED)" a common noun."""

from __future__ import annotations

import re

from store.extract.mentions.spans import Span
from store.knowledge.folding import fold, without_accents
from store.knowledge.foreign_heads import foreign_heads
from store.knowledge.name_words import name_words

# an acronym in brackets: two to eight capitals, accented ones too ("SŽ", "NKÚ")
_BRACKETED = re.compile(r"\(([^\W\d_a-z]{2,8})\)")
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_WORDS_BACK = 8  # how many words before the bracket a name may start
_REACH = 120  # characters looked back over for them
_SHORT = 3  # a lower-case word this short may be a joining word the acronym leaves out
_COMPOUND = 4  # a foreign head this long may end a compound word


def with_sentence_case_names(text: str, spans: list[Span]) -> list[Span]:
    """The spans, with an ORG span for each capitalised word and the lower-case words after it
    right before an acronym in brackets that spells their initials (the spans inside it, the
    first word the tagger took alone, dropped); not where a span reaches into it from outside."""
    found: list[Span] = []
    for m in _BRACKETED.finditer(text):
        if m.group(1).isupper() and (name := _name_before(text, m.start(), m.group(1))):
            found.append(Span(*name, "ORG"))
    if not found:
        return spans
    out = []
    for span in spans:
        hit = next((f for f in found if span.start < f.end and f.start < span.end), None)
        if hit is None:
            out.append(span)
        elif not (hit.start <= span.start and span.end <= hit.end) or span.curated:
            found.remove(hit)  # a name reaches into it: the tagger's stands
            out.append(span)
    return sorted([*out, *found], key=lambda s: (s.start, s.end))


def _name_before(text: str, bracket: int, acronym: str) -> tuple[int, int] | None:
    """Where the sentence-case name the acronym spells ends right before its bracket: one
    capitalised word and one lower-case word or more after it, only spaces between them."""
    low = max(0, bracket - _REACH)
    words = list(_WORD.finditer(text, low, bracket))[-_WORDS_BACK:]
    if not words or text[words[-1].end():bracket].strip(" \t"):
        return None
    for j in range(len(words) - 1, -1, -1):
        if j < len(words) - 1 and text[words[j].end():words[j + 1].start()].strip(" \t"):
            return None  # a comma, a full stop: no name runs across it
        first = words[j].group()
        if first[:1].islower():
            continue
        stretch = [w.group() for w in words[j:]]
        if j == len(words) - 1 or not _spells(acronym, stretch) or not _has_head(stretch):
            return None
        return words[j].start(), words[-1].end()
    return None


def _has_head(words: list[str]) -> bool:
    """Whether one of the words is a body's head word of another language, or ends a compound
    with one ("vegvesen": "vesen"), or an English head word in a stretch with a letter outside
    ASCII: the stretch must read as another language, since English copy writes a common noun
    in sentence case before its acronym ("the Emergency department (ED)", "Sovereign wealth
    fund (SWF)") and capitalises a body's name; a term's words ("domestic product") are none."""
    english, foreign = name_words().org_heads, foreign_heads()
    accented = not all(word.isascii() for word in words)
    for word in map(fold, words):
        if (accented and word in english) or word in foreign \
                or any(len(word) > len(h) >= _COMPOUND and word.endswith(h) for h in foreign):
            return True
    return False


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether the acronym's letters are the initials of the words in order, each capitalised
    word and the last word counted, a short lower-case word counted or left out."""
    letters = without_accents(acronym).lower()
    initials = [without_accents(w[:1]).lower() for w in words]
    optional = [w[:1].islower() and len(w) <= _SHORT for w in words]
    optional[-1] = False
    reach = {0}  # how many letters the words so far may have spelt
    for initial, skip in zip(initials, optional, strict=True):
        reach = {n + 1 for n in reach if n < len(letters) and letters[n] == initial} \
            | (reach if skip else set())
        if not reach:
            return False
    return len(letters) in reach
