"""Names the tagger found in one article and missed in another: found again before resolution.

The small English model tags a name in one sentence and passes it by in the next ("Related:
Korlin opens a Dublin office", "the larger Ashby Dam in the foothills"), most often where the
words around it are unusual. Extraction already finds a name again within its own article
(``store.extract.mentions.repeats``); this is the same over the corpus: every place in an article
where a name tagged elsewhere is written, exactly or without its accents and hyphens
(``loose``: "Solene Vautrin Leblond" for "Solène Vautrin-Leblond"), with a word boundary on
each side, and that no mention covers, becomes a mention with the label the name carries most
often; so does one whose mentions there all lie inside it, shorter ("AV" of "Velkor AV", "Kell
Anglers" and "Guild" of "Kell Anglers' Guild"), in their place.

Only names that say they are names are looked for: several words, or one word tagged at least
twice in the corpus that the corpus never writes in lowercase ("Economy", which the tagger once
took for a place in a page's furniture, is a common word) and is three letters or more; a place
tagged once counts as twice when the corpus writes it capitalised three times or more ("Peterhead"
tagged in one caption, passed by in the sentences that follow). Front
matter is blank in a stored text, but for its naming values (title, outlet, issuer), searched as
the article's first sentences. A mention added where the article stored
no sentence (none of its names was tagged there: a headline, a caption) gets a sentence of its
own, the stretch of its line between the sentences around it, which the corpus stage stores
(links keep the sentences they rest on); not a lone word the corpus mostly takes for a person's
name, which the person rules would join to a stranger. A name the parser cut a sentence inside
("Kelby | University has cut 380 posts": a paragraph's opening name it did not know) gets the
two halves as one sentence.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from functools import cache, lru_cache

from store.actors.records import ArticleMentions
from store.knowledge.descriptions import descriptions
from store.knowledge.folding import fold, plain_letters
from store.knowledge.name_words import name_words

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
MIN_LONE_TAGS = 2  # a one-word name is looked for when tagged at least this often
PLACE_LABELS = frozenset({"GPE", "LOC"})
MIN_PLACE_WRITTEN = 3  # or, a place's, tagged once and written at least this often
# a word that may open a name: a capital, accented ones too ("Élodie", "Šťastná"); a word
# opening with a lower-case accented letter is matched too, and found in no index of names
_CAPITALISED = re.compile(r"(?<![\w'’&.-])[^\W\d_a-z][\w'’&-]*")
_WORD_END = re.compile(r"(?<=\w)(?=[^\w])")  # where a word of a name ends, inside it
# a word written in lowercase, not as a part of a web or mail address ("press@velm.example",
# "www.velm.example/news" write a place's name in lowercase, as addresses are)
_LOWER_WORD = re.compile(r"(?<![\w'’@/.-])[a-z][a-z'’-]+(?![\w@/-]|\.\w)")


def refound(articles: list[ArticleMentions]) -> list[ArticleMentions]:
    """The articles, each with a mention added wherever a name tagged elsewhere in the corpus is
    written and no mention covers it (items kept in text order)."""
    tagged: Counter[str] = Counter()
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for art in articles:
        for start, end, label, *_ in art.items:
            if label in NAME_LABELS:
                surface = art.text[start:end]
                tagged[surface] += 1
                labels[surface][label] += 1
    lone = {s for s in tagged if " " not in s}
    common = _lowercase_words(articles, {s.lower() for s in lone}) if lone else set()
    # a place tagged once is looked for when the corpus writes it often: "Peterhead", tagged in
    # one caption, written in seven sentences the tagger passed by
    places = {s for s in lone if tagged[s] < MIN_LONE_TAGS
              and labels[s].most_common(1)[0][0] in PLACE_LABELS}
    written = _capitalised_counts(articles, places) if places else Counter()
    by_first: dict[str, list[str]] = defaultdict(list)
    for surface, n in tagged.items():
        if written[surface] >= MIN_PLACE_WRITTEN:
            n = MIN_LONE_TAGS  # as good as tagged twice
        if _looked_for(surface, n, common):
            by_first[loose(surface.split(" ", 1)[0])].append(surface)
    if not by_first:
        return articles
    for names in by_first.values():
        names.sort(key=len, reverse=True)
    label_of = {s: labels[s].most_common(1)[0][0] for names in by_first.values() for s in names}
    # a name's beginnings that end a word ("Kell Anglers" of "Kell Anglers' Guild") -> the names
    # that go on from them: what a mention the tagger cut from a name's first word may be part of
    longer: dict[str, list[str]] = defaultdict(list)
    for names in by_first.values():
        for surface in names:  # longest first, as looked for
            for cut in _WORD_END.finditer(surface):
                longer[loose(surface[:cut.start()])].append(surface)
    for art in articles:
        _find_again(art, by_first, label_of, longer)
    return articles


@lru_cache(maxsize=1 << 16)  # asked of every capitalised word of every article, most again
def loose(name: str) -> str:
    """A name as refinding compares it: accents off and a hyphen a space, case kept. Another
    article writes "Solène Vautrin Leblond" or "Zdenka Hruba-Kolarova" for the person it names
    "Solène Vautrin-Leblond" or "Zdenka Hrubá-Kolářová": English copy drops accents and
    hyphens that a name's own language writes."""
    return plain_letters(name).replace("-", " ")


def _written(text: str, start: int, surface: str) -> bool:
    """Whether the text at ``start`` writes the name, exactly or as ``loose`` compares it."""
    return text.startswith(surface, start) \
        or loose(text[start:start + len(surface)]) == loose(surface)


def _looked_for(surface: str, tagged: int, common: set[str]) -> bool:
    """A name worth looking for elsewhere: several words, or one word that is no common word."""
    if len(surface) < 3 or not surface[:1].isupper() or "\n" in surface:
        return False
    if " " in surface:
        return True
    return tagged >= MIN_LONE_TAGS and surface.lower() not in common


def _capitalised_counts(articles: list[ArticleMentions], wanted: set[str]) -> Counter[str]:
    """How often the corpus writes each word of ``wanted``, capitalised as a name."""
    found: Counter[str] = Counter()
    for art in articles:
        found.update(w for w in _CAPITALISED.findall(art.text) if w in wanted)
    return found


def _lowercase_words(articles: list[ArticleMentions], wanted: set[str]) -> set[str]:
    """The words of ``wanted`` that some article writes in lowercase."""
    found: set[str] = set()
    for art in articles:
        found.update(w for w in _LOWER_WORD.findall(art.text) if w in wanted)
    return found


def _find_again(art: ArticleMentions, by_first: dict[str, list[str]],
                label_of: dict[str, str], longer: dict[str, list[str]]) -> None:
    """Add this article's missed mentions of the names looked for."""
    text = art.text
    taken = sorted((item[0], item[1]) for item in art.items)
    starts = [s for s, _ in taken]
    sentences = sorted((s, e, i) for i, (s, e) in enumerate(art.sentences))
    sentence_starts = [s for s, _, _ in sentences]
    added = []
    dropped: set[tuple[int, int]] = set()
    by_span: dict[tuple[int, int], list] = {}  # the article's items by span, made when needed
    for m in _CAPITALISED.finditer(text):
        names = by_first.get(loose(m.group()))
        if not names or _reached_into(starts, taken, m.start()):
            continue  # a mention that starts before the word: "Velm" of "East Velm" is no name
        i = bisect.bisect_left(starts, m.start())
        if i < len(taken) and taken[i][0] == m.start():
            # a mention starts at the word: only a longer name that goes on from it may hold it
            names = longer.get(loose(text[m.start():taken[i][1]]))
            if not names:
                continue
        for surface in names:
            end = m.start() + len(surface)
            if not _written(text, m.start(), surface) or (
                    end < len(text) and (text[end].isalnum() or text[end] in "-’'&")):
                continue
            if label_of[surface] in PLACE_LABELS and (
                    owner := _body_of_place(text, m.start(), starts, taken)) is not None:
                if owner:  # "Government" found, "of West Bengal" missed: the body's whole name
                    if not by_span:
                        by_span.update(((item[0], item[1]), item) for item in art.items)
                    item = by_span.pop(owner, None)
                    if item is not None:  # the body's whole name, an organisation's
                        item[1], item[2] = end, "ORG"
                        by_span[(owner[0], end)] = item
                    i = bisect.bisect_left(starts, owner[0])
                    taken[i] = (owner[0], end)
                break  # the place ends a body's name ("Ministry of Velm"): no mention of its own
            k = bisect.bisect_right(sentence_starts, m.start()) - 1
            if k < 0 or sentences[k][1] < end:
                # no stored sentence holds it: the two the parser cut inside it, as one; else
                # (none of its names was tagged there) the stretch of its line between the
                # sentences around it, stored as one
                span = _across_cut(text, sentences, k, m.start(), end) or (
                    _sentence_around(text, m.start(), end, sentences, k)
                    if " " in surface or label_of[surface] != "PERSON" else None)
                if span is None:
                    break
                sentences.insert(k + 1, (*span, len(art.sentences)))
                sentence_starts.insert(k + 1, span[0])
                art.sentences.append(list(span))
                k += 1
            if _covered(starts, taken, m.start(), end):
                inside = _inside(starts, taken, m.start(), end)
                if inside is None:
                    break  # a mention reaches out of it
                # "Velkor AV" where the tagger found only "AV": the name takes its parts' place
                for part in inside:
                    i = bisect.bisect_left(starts, part[0])
                    del starts[i], taken[i]
                    dropped.add(part)
            added.append([m.start(), end, label_of[surface], None, sentences[k][2]])
            i = bisect.bisect_left(starts, m.start())
            starts.insert(i, m.start())
            taken.insert(i, (m.start(), end))
            break
    if dropped:
        art.items[:] = [item for item in art.items if (item[0], item[1]) not in dropped]
    if added:
        art.items.extend(added)
        art.items.sort(key=lambda item: (item[0], item[1]))


_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*[ \t]+(?=[\"'‘“(]*[A-Z0-9])|\n")
_STOP_OR_BREAK = re.compile(r"[.!?;:]|\n")


def _across_cut(text: str, sentences: list[tuple[int, int, int]], k: int, start: int,
                end: int) -> tuple[int, int] | None:
    """Where a stored sentence ends inside the name at ``start:end`` (the one it starts in,
    ``k``, or none) and the next holds the rest, with no stop or line break in the name, the
    parser cut a sentence inside a name it did not know ("Kelby | University has put 380
    posts at risk"): the two as one sentence, from the first's start (or the name's) to the
    second's end. None otherwise."""
    if k + 1 >= len(sentences) or _STOP_OR_BREAK.search(text, start, end):
        return None
    after = sentences[k + 1]
    if not start < after[0] < end <= after[1]:
        return None
    if k >= 0 and sentences[k][0] <= start < sentences[k][1]:
        return sentences[k][0], after[1]
    return start, after[1]


# "Government of ", "Ministry of the ": a body's head word and "of" just before a place
_HEAD_OF = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?$")


def _body_of_place(text: str, start: int, starts: list[int], taken: list[tuple[int, int]]
                   ) -> tuple[int, int] | tuple[()] | None:
    """Where the place name at ``start`` ends a body's name, a head noun and "of" before it
    ("Government of West Bengal", "Department of Velm"): the mention the tagger found of the
    name's first part, ending at that head noun, to be taken on to the place's end; ``()``
    when there is none; None when no body's head noun and "of" stand before the place."""
    m = _HEAD_OF.search(text, max(0, start - 40), start)
    if m is None or fold(m.group(1)) not in _body_heads():
        return None
    i = bisect.bisect_left(starts, m.end(1))
    if i > 0 and taken[i - 1][1] == m.end(1):
        return taken[i - 1]
    return ()


@cache
def _body_heads() -> frozenset[str]:
    """The head nouns of bodies' names that "of" and a place follow ("Government of", "Ministry
    of"): an organisation's heads and the parts of a larger body (``store/data/names.toml``,
    ``store/data/descriptions.toml``); not those that are as often a part of a place ("Centre
    of Lagos" in a title-case headline is the city's centre, no body's name)."""
    parts = {head[-1] for head in descriptions().part_heads if len(head) == 1}
    words = name_words()
    return (frozenset(words.org_heads) | frozenset(parts - {"station"})) - words.place_part_heads


def _sentence_around(text: str, start: int, end: int, sentences: list[tuple[int, int, int]],
                     k: int) -> tuple[int, int] | None:
    """The sentence a name at ``start:end`` stands in, where the article stored none: from the
    last sentence end or line break before it to the next after it, never into a stored
    sentence (``sentences``, sorted; ``k`` the last that starts before it); None when the name
    runs into one."""
    low = sentences[k][1] if k >= 0 else 0
    high = sentences[k + 1][0] if k + 1 < len(sentences) else len(text)
    if end > high or start < low:
        return None
    ends = [e.end() for e in _SENTENCE_END.finditer(text, max(low, start - 400), start + 1)
            if e.end() <= start]
    first = ends[-1] if ends else max(low, start - 400)
    after = _SENTENCE_END.search(text, end, min(high, end + 400))
    last = after.start() + 1 if after is not None and after.group() != "\n" else (
        after.start() if after is not None else min(high, end + 400))
    return max(first, low), min(last, high)


def _reached_into(starts: list[int], taken: list[tuple[int, int]], start: int) -> bool:
    """Some mention starts before ``start`` and reaches past it."""
    i = bisect.bisect_left(starts, start)
    return i > 0 and taken[i - 1][1] > start


def _covered(starts: list[int], taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Some mention overlaps the stretch."""
    i = bisect.bisect_left(starts, end)
    return i > 0 and taken[i - 1][1] > start


def _inside(starts: list[int], taken: list[tuple[int, int]], start: int,
            end: int) -> list[tuple[int, int]] | None:
    """The mentions that overlap the stretch when all lie inside it and are shorter; None when
    one reaches out of it or is the stretch itself."""
    i = bisect.bisect_left(starts, start)
    if i > 0 and taken[i - 1][1] > start:
        return None
    parts = []
    while i < len(taken) and taken[i][0] < end:
        if taken[i][1] > end or taken[i] == (start, end):
            return None
        parts.append(taken[i])
        i += 1
    return parts
