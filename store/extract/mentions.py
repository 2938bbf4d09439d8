"""Actor mentions: spaCy's named entities, repaired where the pipeline is visibly wrong, plus
the curated names the tagger does not know.

The small English model finds most names but gets their edges wrong in ways a reader spots at
once, and that would otherwise split one actor into several or make junk actors:

* words glued on: "the United Nations", "Hifter's", "Abu Bakr al-Baghdadi Photo",
  "Gen Joseph Votel", "Government of National Accord and Libyan Field Marshal", "Air Force Col";
* two names in one span: "Hifter's Libyan National Army", "World Health Organization (WHO";
* one name in two spans: "ISIS" + "-" + "Libya", "The UN Office" + "for" + "the Coordination of
  Humanitarian Affairs", "the Global Coalition to Defeat" + "IS";
* words that are not actors: "CREDIT", "Bayraktar TB2", "MZN 4.5 billion", "armed drone
  aircraft", "Cyclone Tavita", the "Defence" of "Defence Secretary Jim Mattis";
* names it tags once and misses later in the same article ("Townsend", "BEIRA"), and curated
  names it never tags ("IS" in "IS leader").

Each repair is a rule about the shape of the text, never about a particular name; the word lists
it needs (titles, caption words, designators) are data in ``store/data/names.toml``. Labels are
left as the tagger gave them except where the text says better (a curated name, a country, a
place designator); the resolver takes the majority label per actor.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from store.knowledge.aliases import alias_entries, curated_entry
from store.knowledge.countries import countries
from store.knowledge.folding import fold, is_acronym
from store.knowledge.name_words import name_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
_WORDS = re.compile(r"\S+")
_INNER_POSSESSIVE = re.compile(r"['’]s?\s+(?=\S)")
_END_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}$")
_EDGE_PUNCT = ".,;:!?\"“”«»()[]{}/|*•·–—-"
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")


@dataclass(frozen=True, slots=True)
class RawMention:
    start: int
    end: int
    label: str
    text: str


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    label: str
    curated: bool = False


class _Context:
    """What the rules ask of the parsed document: tokens by offset, stop words, entities."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self._token_starts = doc.to_array("IDX").tolist() if len(doc) else []
        ents = sorted((e.start_char, e.end_char, e.label_) for e in doc.ents)
        self.ents = [(s, e) for s, e, _ in ents]
        self.labels = [label for _, _, label in ents]
        self._ent_starts = [s for s, _ in self.ents]

    def token_at(self, char: int):
        i = bisect.bisect_right(self._token_starts, char) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def next_token(self, char: int):
        i = bisect.bisect_left(self._token_starts, char)
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        return self.doc[i] if i < len(self.doc) else None

    def is_stop(self, word: str) -> bool:
        return self.doc.vocab[word.lower()].is_stop

    def in_entity(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._ent_starts, end - 1) - 1
        while i >= 0:
            s, e = self.ents[i]
            if e > start:
                return True
            if s < start - 200:
                break
            i -= 1
        return False


def extract_mentions(doc: Doc) -> list[RawMention]:
    """Actor mentions of one parsed article, repaired, in text order, never overlapping."""
    ctx = _Context(doc)
    text = doc.text
    spans: list[_Span] = []
    for (start, end), label in zip(ctx.ents, ctx.labels, strict=True):
        if label in ACTOR_LABELS:
            spans.extend(_split(text, start, end, label, ctx))
    spans = [t for s in spans if (t := _trim(text, s, ctx)) is not None]
    spans = [_with_given_names(text, s, ctx) if s.label == "PERSON" else s for s in spans]
    spans = _without_overlaps([*spans, *_curated_spans(text, ctx)])
    spans = _joined(text, spans, ctx)
    spans = _without_junk(text, spans, ctx)
    spans = _without_overlaps([*spans, *_repeated(text, spans, ctx)])
    return [RawMention(s.start, s.end, _label(text, s), text[s.start:s.end]) for s in spans]


# --- splitting one span into the names it holds ------------------------------------------------


def _split(text: str, start: int, end: int, label: str, ctx: _Context) -> Iterable[_Span]:
    """"World Health Organization (WHO" -> the name and its acronym; "Hifter's Libyan National
    Army" -> the owner and the owned."""
    surface = text[start:end]
    paren = surface.find("(")
    if paren > 0:
        yield _Span(start, start + paren, label)
        close = surface.find(")", paren)
        yield _Span(start + paren + 1, start + (close if close > 0 else len(surface)), label)
        return
    m = _INNER_POSSESSIVE.search(surface)
    if m and surface[m.end():m.end() + 1].isupper():
        owner = surface[:m.start()]
        yield _Span(start, start + m.start(), _owner_label(owner, ctx))
        yield _Span(start + m.end(), end, label)
        return
    yield _Span(start, end, label)


def _owner_label(owner: str, ctx: _Context) -> str:
    for (start, end), label in zip(ctx.ents, ctx.labels, strict=True):
        if label in ACTOR_LABELS and ctx.text[start:end] == owner:
            return label
    if countries().country(owner):
        return "GPE"
    entry = curated_entry(owner)
    return entry.type if entry else "PERSON"


# --- trimming the edges -------------------------------------------------------------------------


def _bare(word: str) -> str:
    return fold(word).strip(_EDGE_PUNCT).removesuffix("'s").rstrip("'")


def _trim(text: str, span: _Span, ctx: _Context) -> _Span | None:
    words = [(span.start + m.start(), span.start + m.end())
             for m in _WORDS.finditer(text[span.start:span.end].split("\n")[0])]
    nw = name_words()
    # leading articles
    while words and _bare(text[slice(*words[0])]) in nw.articles and len(words) > 1:
        words.pop(0)
    if span.label == "PERSON":
        words = _without_leading_title(text, words)
    # trailing credits and, before a following name, trailing titles ("Air Force Col. Chris")
    while len(words) > 1 and _bare(text[slice(*words[-1])]) in nw.caption_words:
        words.pop()
    if span.label != "PERSON" and re.match(r"\.?,?\s+[A-Z]", text[words[-1][1]:] if words else ""):
        stripped = False
        while len(words) > 1 and _bare(text[slice(*words[-1])]) in nw.titles:
            words.pop()
            stripped = True
        if stripped and len(words) > 2 and _bare(text[slice(*words[-2])]) == "and" \
                and countries().of_demonym(text[slice(*words[-1])]):
            words.pop()
    while len(words) > 1 and _bare(text[slice(*words[-1])]) in nw.function_words \
            and not text[words[-1][0]].isupper():
        words.pop()
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    # possessive and punctuation at the edges
    m = _END_POSSESSIVE.search(text[start:end])
    if m and m.start() > 0:
        end = start + m.start()
    while end > start and text[end - 1] in _EDGE_PUNCT + "'’":
        if text[end - 1] == "." and _DOTTED_ACRONYM.search(text[start:end]):
            break
        end -= 1
    while start < end and text[start] in _EDGE_PUNCT + "'’":
        start += 1
    if end - start < 2:
        return None
    return _Span(start, end, span.label, span.curated)


def _without_leading_title(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop "UN Secretary General", "Libyan Field Marshal", "Gen", "Secretary of State" before
    a person's name: the leading run of title words and their qualifiers, when it holds a title
    and a capitalised word follows it."""
    nw = name_words()
    last_title = -1
    for i, (s, e) in enumerate(words):
        word = text[s:e]
        bare = _bare(word)
        if bare in nw.titles:
            last_title = i
        elif not (bare in nw.title_complements or bare in nw.org_heads
                  or bare in nw.title_qualifiers or is_acronym(word.strip(","))
                  or countries().of_demonym(word) or countries().country(word)):
            break
    rest = words[last_title + 1:]
    if last_title >= 0 and rest and text[rest[0][0]].isupper():
        return rest
    return words


def _with_given_names(text: str, span: _Span, ctx: _Context) -> _Span:
    """"Gen Abdel [Fattah al-Burhan]": the tagger often starts a compound given name one word
    late. Take in the proper nouns just before a person's name, up to a title or anything
    else."""
    start = span.start
    nw = name_words()
    while start >= 2 and text[start - 1] == " ":
        token = ctx.token_at(start - 2)
        if token is None or token.idx + len(token.text) != start - 1:
            break
        word = token.text
        if not (token.pos_ == "PROPN" and word[:1].isupper() and word.isalpha()
                and not word.isupper() and _bare(word) not in nw.titles
                and _bare(word) not in nw.caption_words and not ctx.in_entity(token.idx,
                                                                                start - 1)
                and not countries().country(word) and not countries().of_demonym(word)):
            break
        start = token.idx
    return span if start == span.start else _Span(start, span.end, span.label, span.curated)


# --- curated names ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _curated_pattern() -> re.Pattern[str]:
    the = re.compile(r"^the\s+", re.IGNORECASE)
    bare = {the.sub("", n) for e in alias_entries() for n in e.names}
    names = sorted(bare, key=len, reverse=True)
    parts = []
    for name in names:
        escaped = re.escape(name)
        escaped = escaped.replace(r"\ ", r"\s+").replace("'", "['’]").replace("’", "['’]")
        parts.append(escaped)
    return re.compile(r"(?<![\w@#-])(?:" + "|".join(parts) + r")(?![\w$])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _capital_only() -> tuple[frozenset[str], frozenset[str]]:
    """Curated names written without a lowercase letter ("IS", "U.S."): matched in that case.
    Returns the names and their folded forms."""
    caps = frozenset(n for e in alias_entries() for n in e.names
                     if not any(c.islower() for c in n))
    return caps, frozenset(fold(n) for n in caps)


def _curated_spans(text: str, ctx: _Context) -> list[_Span]:
    found = []
    caps, folded_caps = _capital_only()
    for m in _curated_pattern().finditer(text):
        surface = m.group()
        if not surface[:1].isupper() or (surface not in caps and fold(surface) in folded_caps):
            continue
        entry = curated_entry(surface)
        if entry is None:
            continue
        if len(surface) <= 3 and ctx.is_stop(surface) and _in_capitals_run(text, m.start(),
                                                                            m.end()):
            continue
        found.append(_Span(m.start(), m.end(), entry.type, curated=True))
    return found


def _in_capitals_run(text: str, start: int, end: int) -> bool:
    """A headline or credit set in capitals, where "IS" or "US" is just a word."""
    before = re.search(r"([A-Za-z]+)[^A-Za-z\n]{0,3}$", text[max(0, start - 30):start])
    after = re.match(r"[^A-Za-z\n]{0,3}([A-Za-z]+)", text[end:end + 30])
    return any(w and len(w.group(1)) > 1 and w.group(1).isupper() for w in (before, after))


# --- overlaps and joins -------------------------------------------------------------------------


def _without_overlaps(spans: list[_Span]) -> list[_Span]:
    """Longest span first; a curated name wins a tie."""
    starts: list[int] = []  # kept spans, sorted and disjoint
    kept: list[_Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), not s.curated, s.start)):
        i = bisect.bisect_left(starts, span.start)
        if i < len(kept) and kept[i].start < span.end:
            continue
        if i > 0 and kept[i - 1].end > span.start:
            continue
        starts.insert(i, span.start)
        kept.insert(i, span)
    return kept


def _joined(text: str, spans: list[_Span], ctx: _Context) -> list[_Span]:
    nw = name_words()
    out: list[_Span] = []
    for span in spans:
        if out and (joined := _join_pair(text, out[-1], span, ctx, nw)) is not None:
            out[-1] = joined
        else:
            out.append(span)
    # "the Global Coalition to Defeat" + a following capitalised word not tagged at all
    for i, span in enumerate(out):
        words = text[span.start:span.end].split()
        if span.label == "ORG" and len(words) >= 3 and words[-2].lower() == "to":
            m = re.match(r" ([A-Z][\w'’-]*)", text[span.end:])
            if m and (i + 1 == len(out) or out[i + 1].start >= span.end + m.end()):
                out[i] = _Span(span.start, span.end + m.end(), "ORG")
    return out


def _join_pair(text: str, a: _Span, b: _Span, ctx: _Context, nw) -> _Span | None:
    gap = text[a.end:b.start]
    a_words = text[a.start:a.end].split()
    # an affiliate named after its region: "ISIS-Libya" (but "Hamas-Israel war" is two actors)
    if gap == "-" and a.label == "ORG" and b.label in PLACE_LABELS \
            and not countries().country(text[a.start:a.end]):
        after = ctx.next_token(b.end)
        if after is None or after.pos_ not in ("NOUN", "PROPN"):
            return _Span(a.start, b.end, "ORG", a.curated)
    # "The UN Office" + "for the" + "Coordination of Humanitarian Affairs"
    if a.label in ("ORG", "FAC") and _bare(a_words[-1]) in nw.org_heads \
            and re.fullmatch(r"\s+(?:of|for)\s+(?:the\s+)?", gap) and b.label in ("ORG", "GPE",
                                                                                  "LOC") \
            and text[b.start].isupper():
        return _Span(a.start, b.end, "ORG")
    # "the Global Coalition to Defeat" + "IS"
    if a.label == "ORG" and len(a_words) >= 3 and a_words[-2].lower() == "to" and gap == " ":
        return _Span(a.start, b.end, "ORG")
    return None


# --- junk ---------------------------------------------------------------------------------------


def _without_junk(text: str, spans: list[_Span], ctx: _Context) -> list[_Span]:
    nw = name_words()
    kept: list[_Span] = []
    events: set[str] = set()
    for span in spans:
        surface = text[span.start:span.end]
        words = surface.split()
        bare = [_bare(w) for w in words]
        if bare[0] in nw.event_words and len(words) > 1 and not span.curated:
            events.add(fold(" ".join(words[1:])))
            continue
        if _is_junk(text, span, surface, words, bare, nw):
            continue
        kept.append(span)
    if events:
        kept = [s for s in kept if _bare(text[s.start:s.end]) not in events]
    return _without_document_tails(text, kept, nw)


def _is_junk(text: str, span: _Span, surface: str, words: list[str], bare: list[str],
             nw) -> bool:
    if text[span.end:span.end + 1] == "$":
        return True  # "US$25 million": a currency
    if span.curated:
        return False
    if not any(c.isupper() for c in surface):
        return True  # "armed drone aircraft"
    if any(not any(c.isalpha() for c in w) for w in words) or any(
            any(c.isdigit() for c in w) for w in words[1:]):
        return True  # "MZN 4.5 billion", "Bayraktar TB2", "Ilyushin Il-76"
    if surface in units().currency_codes:
        return True
    if all(b in nw.caption_words or b in nw.titles for b in bare):
        return True  # "CREDIT", "Gen"
    if len(words) == 1 and (bare[0] in nw.title_complements or bare[0] in nw.org_heads):
        # "Defence" in "Defence Secretary Jim Mattis", "Army" in "Army Gen. Stephen Townsend",
        # "State" in "Secretary of State John Kerry" (but "Kremlin spokesman" keeps the Kremlin)
        after = re.match(r"\s+([\w.]+)\s+[A-Z]", text[span.end:span.end + 40])
        if after and _bare(after.group(1)) in nw.titles:
            return True
        before = re.search(r"(\w+)\s+of\s+$", text[max(0, span.start - 30):span.start])
        if before and _bare(before.group(1)) in nw.titles:
            return True
    return False


def _without_document_tails(text: str, spans: list[_Span], nw) -> list[_Span]:
    """"Lead Inspector General Report" -> "Lead Inspector General" when the body is also named
    alone in the article: the report is not a second actor."""
    names = {fold(text[s.start:s.end]) for s in spans}
    out = []
    for span in spans:
        surface = text[span.start:span.end]
        head, _, last = surface.rpartition(" ")
        if head and _bare(last) in nw.document_words and fold(head) in names:
            span = _Span(span.start, span.start + len(head), span.label, span.curated)
        out.append(span)
    return out


# --- names the tagger found once and missed later -----------------------------------------------


def _repeated(text: str, spans: list[_Span], ctx: _Context) -> list[_Span]:
    """Later occurrences of a name already found in the article (and of a person's surname, and
    of a name in a capitalised dateline) that the tagger missed."""
    known: dict[str, str] = {}
    solo: set[str] = set()  # single words that must stand alone to count
    for span in spans:
        surface = text[span.start:span.end]
        if (len(surface) >= 3 and any(c.islower() for c in surface)) or (is_acronym(surface) \
                and len(surface) >= 3):
            known.setdefault(surface, span.label)
            if len(surface) >= 4 and not surface.isupper():
                known.setdefault(surface.upper(), span.label)
        words = surface.split()
        if span.label == "PERSON" and len(words) >= 2:
            last = words[-1]
            if len(last) >= 3 and last[0].isupper():
                known.setdefault(last, "PERSON")
                solo.add(last)
    if not known:
        return []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(
        re.escape(k) for k in sorted(known, key=len, reverse=True)) + r")(?![\w-])")
    taken = [(s.start, s.end) for s in spans]
    found = []
    for m in pattern.finditer(text):
        start, end = m.start(), m.end()
        if any(start < e and end > s for s, e in taken) or ctx.in_entity(start, end):
            continue
        if m.group() in solo:
            if _next_to_name(text, start, end):
                continue
            token = ctx.token_at(start)  # "May" opening a sentence is not Theresa May
            if token is not None and token.is_sent_start and token.pos_ != "PROPN":
                continue
        found.append(_Span(start, end, known[m.group()]))
    return found


def _next_to_name(text: str, start: int, end: int) -> bool:
    """A surname next to another capitalised word is part of some other name ("Townsend
    Street", "Mike Townsend"), unless that word only starts the sentence."""
    after = re.match(r" ([\w'’.-]+)", text[end:end + 40])
    if after and _NAME_WORD.fullmatch(after.group(1)):
        return True
    before = re.search(r"(^|[^\s\"“‘'])(\s*[\"“‘']?)([\w'’.-]+) $", text[max(0, start - 60):start])
    if before and _NAME_WORD.fullmatch(before.group(3)) and not before.group(3).endswith("."):
        return before.group(1) not in ("", ".", "!", "?", "\n")
    return False


# --- labels -------------------------------------------------------------------------------------


def _label(text: str, span: _Span) -> str:
    """What the text itself says about a label: a curated name keeps its type, a country is a
    place, "Sofala province" is a place."""
    surface = text[span.start:span.end]
    entry = curated_entry(surface)
    if entry is not None:
        return entry.type
    if countries().country(surface):
        return "GPE"
    last = surface.rsplit(" ", 1)[-1]
    if " " in surface and fold(last) in name_words().place_designators and last.islower():
        return "GPE"
    return span.label
