"""Names the tagger found once and missed later in the same article: the name again, a person's
surname alone (also after the word before it in the full name: "Delos Angeles"), a name in a
capitalised dateline (and a place's name written in capitals there, later in title case), a
two-letter acronym the tagger found twice, a vessel's name without its prefix."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from itertools import accumulate

from store.extract.mentions.curated import in_capitals_run
from store.extract.mentions.spans import DocView, Span
from store.extract.mentions.vessels import without_prefix
from store.knowledge.countries import countries
from store.knowledge.folding import fold, is_acronym
from store.knowledge.name_words import name_words

_NOT_REPEATED = frozenset({"DESC"})
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
_REFERENCE_INITIALS = re.compile(r" [A-Z]{1,3}[,;]")  # a reference list's "Surname AB, ..."


def repeated(text: str, spans: list[Span], ctx: DocView,
             defined: frozenset[str] = frozenset()) -> list[Span]:
    """Later occurrences of a name already found in the article (and of a person's surname, of
    a name in a capitalised dateline, and of an acronym the article defines, however short)
    that the tagger missed; a two-letter acronym counts once the tagger has found it as an
    organisation twice here ("the LC" after two "LC"), outside lines in capitals."""
    twice = _tagged_twice(text, spans) - defined
    defined = defined | twice
    known: dict[str, str] = {}
    solo: set[str] = set()  # single words that must stand alone to count
    vessels: set[str] = set()  # vessels' names without their prefix, wherever the tagger put them
    tails: set[str] = set()  # a person's last two words, of names of three or more
    last_words: set[str] = set()  # a body's last word, a short form after "the" only
    event_words = name_words().event_words
    for span in spans:
        surface = text[span.start:span.end]
        if span.label in _NOT_REPEATED:
            continue
        if (len(surface) >= 3 and any(c.islower() for c in surface)) or (is_acronym(surface) \
                and (len(surface) >= 3 or surface in defined)):
            known.setdefault(surface, span.label)
            if len(surface) >= 4 and not surface.isupper():
                known.setdefault(surface.upper(), span.label)
        words = surface.split()
        if span.label in ("GPE", "LOC") and surface.isupper() and len(surface) >= 4 \
                and all(w.isalpha() for w in words):
            titled = " ".join(w.capitalize() for w in words)  # "Velmton" after "VELMTON, Ruritania"
            known.setdefault(titled, span.label)
            if len(words) == 1:
                solo.add(titled)
        if (vessel := without_prefix(surface)) is not None and len(vessel) >= 3:
            known.setdefault(vessel, span.label)  # "Kestrel Dawn-2" after "MV Kestrel Dawn-2"
            vessels.add(vessel)
            if " " not in vessel:
                solo.add(vessel)
        if span.label in ("EVENT", "ORG") and len(words) >= 2 and not surface.isupper():
            known.setdefault(" ".join([words[0], *(w.upper() for w in words[1:])]), span.label)
        if span.label == "ORG" and len(words) >= 2 and _distinctive(text, words[0]):
            known.setdefault(words[0], "ORG")  # "Tolland" after "Tolland Ridge Minerals"
            solo.add(words[0])
        if span.label == "ORG" and len(words) >= 2 and not surface.isupper() \
                and _short_form(words[-1]) and words[-1] not in known:
            known[words[-1]] = "ORG"  # "the Observer" after "The Velm Observer"
            last_words.add(words[-1])
        if span.label == "EVENT" and len(words) >= 2 and fold(words[0]) in event_words:
            rest = " ".join(w for w in words[1:] if fold(w) not in event_words)
            if len(rest) >= 3 and rest[:1].isupper():  # "Marlo" after "Cyclone Marlo"
                known.setdefault(rest, "EVENT")
                solo.add(rest)
        if span.label == "PERSON" and len(words) >= 2:
            last = words[-1]
            if len(last) >= 3 and last[0].isupper():
                known.setdefault(last, "PERSON")
                solo.add(last)
                if len(words) >= 3:  # "Delos Angeles" of "Arnel Delos Angeles"
                    tails.add(f"{words[-2]} {last}")
    last_words -= {text[s.start:s.end] for s in spans}  # found alone too: a name in its own right
    if not known:
        return []
    taken = _Taken(spans)
    titles = {se for se, label in zip(ctx.ents, ctx.labels, strict=True) if label == "WORK_OF_ART"}
    found = []
    for start, end, name in _occurrences(text, known):
        tail = _own_tail(text, start, name, tails) if name in solo else None
        if (taken.overlaps(start, end) and not taken.only_inside(start, end)) or (
                name not in vessels and ctx.in_entity(start, end, names_only=True)
                and not ctx.only_inside(start, end) and not ctx.is_product(start, end)
                and not _taken_for_a_title(text, start, end, titles)
                and (tail is None or (tail, end) not in titles)):
            continue
        if name in last_words and not (
                _THE_BEFORE.search(text, max(0, start - 4), start)
                and not re.match(r"[ \t]+[A-Z]", text[end:end + 2])):
            continue  # "Observer" alone, or "the Observer Prize", is no short form
        if name in twice and in_capitals_run(text, start, end):
            continue  # "ISIS IS BACK": a word of a headline in capitals
        if name in solo:
            if _next_to_name(text, start, end) and tail is None:
                continue
            token = ctx.token_at(start)  # "May" opening a sentence is not Theresa May
            if token is not None and token.is_sent_start and token.pos_ != "PROPN":
                continue
        found.append(Span(start, end, known[name]))
    return found


_WORD_OR_DASH = re.compile(r"[\w-]")  # what may not touch a repeated name on either side


def _occurrences(text: str, names: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each name in the text with no word character or hyphen touching
    it (but a hyphen joining it to another of the names), left to right and never overlapping,
    the longest where several start at one place: what one pattern of the names, longest
    first, finds. Each name is looked for on its own with
    ``str.find``: the names differ from article to article, and a pattern built of them cost more
    to compile than to run."""
    longest: dict[int, str] = {}  # a start -> the longest name found there
    names = list(names)
    pool = frozenset(names)
    for name in names:
        size = len(name)
        at = text.find(name)
        while at != -1:
            if size > len(longest.get(at, "")) and _stands_clear(text, at, at + size, pool):
                longest[at] = name
            at = text.find(name, at + 1)
    found: list[tuple[int, int, str]] = []
    reached = 0
    for start in sorted(longest):
        if start >= reached:
            reached = start + len(longest[start])
            found.append((start, reached, longest[start]))
    return found


_PARTNER_AFTER = re.compile(r"-([A-Z][\w'’]*)(?![\w-])")
_PARTNER_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w'’]*)-$")


def _stands_clear(text: str, start: int, end: int, names: frozenset[str]) -> bool:
    """No word character or hyphen touches the name, save a hyphen that joins it to another
    name of the article standing clear on its far side: "the Velm-Vorsk route", "the
    Orla-Brenn corridor" name both places when the article names each ("Vorsk" alone
    elsewhere); "Velm-Holm", with no "Holm" named, stays unread."""
    right = _WORD_OR_DASH.match(text, end)
    left = start and _WORD_OR_DASH.match(text, start - 1)
    if not right and not left:
        return True
    if right and left:
        return False
    if right:
        partner = _PARTNER_AFTER.match(text, end)
        return partner is not None and partner.group(1) in names
    partner = _PARTNER_BEFORE.search(text, max(0, start - 41), start)
    return partner is not None and partner.group(1) in names


class _Taken:
    """The spans the tagger found, asked whether any overlaps a stretch by bisecting (asking
    each span per repeat made a long article quadratic: 6 million comparisons at 1 MB)."""

    def __init__(self, spans: list[Span]) -> None:
        ordered = sorted((s.start, s.end) for s in spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))  # furthest end so far
        self.ends = [end for _, end in ordered]

    def only_inside(self, start: int, end: int) -> bool:
        """Every span that overlaps the stretch lies inside it and is shorter (the tagger found
        a part of the name again, "AV" of "Crinale AV"): the repeat, longer, takes its place."""
        first = bisect_left(self.starts, start)
        if first > 0 and self.reach[first - 1] > start:
            return False  # one starts before the stretch and reaches into it
        last = bisect_left(self.starts, end)
        if last == first:
            return True
        return self.reach[last - 1] <= end and not (
            self.starts[first] == start and self.ends[first] == end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span starting before ``end`` ends after ``start``."""
        before = bisect_left(self.starts, end)  # the spans that start before the stretch ends
        return before > 0 and self.reach[before - 1] > start


def _taken_for_a_title(text: str, start: int, end: int, titles: set[tuple[int, int]]) -> bool:
    """The tagger took the name itself, or it with "The" before it, for the title of a work
    ('"The Orrin Strait is not a firing range," he said' after the article named that strait)."""
    return (start, end) in titles or (
        (start - 4, end) in titles and text[start - 4:start] in ("The ", "the "))


def _tagged_twice(text: str, spans: list[Span]) -> frozenset[str]:
    """Two-letter acronyms the tagger itself found as an organisation at least twice in the
    article, countries aside ("US", "UK" open currencies and addresses too)."""
    counts = Counter(surface for s in spans if s.label == "ORG" and s.end - s.start == 2
                     and is_acronym(surface := text[s.start:s.end]))
    return frozenset(a for a, n in counts.items() if n >= 2 and not countries().country(a))


_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he $")


def _short_form(word: str) -> bool:
    """A body's last word that "the" before it makes a short form of the body's name ("the
    Observer", "the Ledger", "the Observatory"): capitalised, four letters or more, no country
    or nationality (whose names the tagger finds itself)."""
    return len(word) >= 4 and word.isalpha() and word[0].isupper() and not word.isupper() \
        and not countries().country(word) and not countries().of_demonym(word)


def _distinctive(text: str, word: str) -> bool:
    """A word that names and means nothing else in this article: capitalised, four letters or
    more, never written in lowercase here, and no title, head noun, country or nationality."""
    nw = name_words()
    bare = fold(word)
    if len(word) < 4 or not word.isalpha() or not word[0].isupper() or word.isupper():
        return False
    if bare in nw.titles or bare in nw.org_heads or bare in nw.function_words \
            or bare in nw.event_words or countries().country(word) \
            or countries().of_demonym(word):
        return False
    lower = word.lower()  # a word not in the text at all needs no pattern built
    return lower not in text or re.search(
        r"(?<![\w-])" + re.escape(lower) + r"(?![\w-])", text) is None


def _own_tail(text: str, start: int, surname: str, tails: set[str]) -> int | None:
    """Where the surname's last two words start when it comes after the word it comes after in
    the person's full name ("Delos Angeles said" after "Arnel Delos Angeles": his surname still,
    not some other name's word, even where the tagger took the two for a title); else None."""
    before = re.search(r"([\w'’.-]+) $", text[max(0, start - 40):start])
    if before is None or f"{before.group(1)} {surname}" not in tails:
        return None
    return start - len(before.group())


def _next_to_name(text: str, start: int, end: int) -> bool:
    """A surname next to another capitalised word is part of some other name ("Townsend
    Street", "Mike Townsend"), unless that word only starts the sentence or is the initials a
    reference list writes after a surname ("Barrientos N, Ocaña RD, et al.")."""
    after = re.match(r" ([\w'’.-]+)", text[end:end + 40])
    if after and _NAME_WORD.fullmatch(after.group(1)) \
            and not _REFERENCE_INITIALS.match(text, end):  # "Barrientos N, et al." is still hers
        return True
    before = re.search(r"(^|[^\s\"“‘'])(\s*[\"“‘']?)([\w'’.-]+) $", text[max(0, start - 60):start])
    if before and _NAME_WORD.fullmatch(before.group(3)) and not before.group(3).endswith("."):
        # a word that starts a line starts its sentence: "A different number\n\nThe Eastmere"
        return before.group(1) not in ("", ".", "!", "?", "\n") and "\n" not in before.group(2)
    return False
