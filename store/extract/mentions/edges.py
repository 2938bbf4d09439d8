"""Splitting and trimming: one span into the names it holds ("Venn's Northern Liberation Army"),
and the words glued onto a name's edges taken off ("the", "Gen", "Photo", a possessive)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from store.extract.mentions.descriptions import is_office_head
from store.extract.mentions.saints import saints_body_end
from store.extract.mentions.spans import (
    ACTOR_LABELS,
    EDGE_PUNCT,
    DocView,
    Span,
    bare_word,
    before_sentence_end,
)
from store.knowledge.aliases import curated_entry
from store.knowledge.countries import countries
from store.knowledge.descriptions import descriptions
from store.knowledge.folding import fold, is_acronym
from store.knowledge.name_words import name_words

_WORDS = re.compile(r"\S+")


_INNER_POSSESSIVE = re.compile(r"['’]s?\s+(?=\S)")


_END_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}$")


_SHARE = re.compile(r"\d[\d.,]*\s*(?:%|percent|per\s+cent|pc|points)[,.;:]?")


def _holders_office(surface: str, m: re.Match[str]) -> bool:
    """"Federal Prosecutor's Office", "Attorney General's Department": an office's title, its
    possessive and one head word of a body's name are the body's own name, not an owner and
    what it owns (but "Velmora's Foreign Office" is a place's)."""
    owner, owned = surface[:m.start()].split(), surface[m.end():].split()
    return len(owned) == 1 and fold(owned[0]) in name_words().org_heads and bool(owner) \
        and is_office_head(owner[-1])


_NOT_BODIES = frozenset({"PERSON", "GPE", "NORP", "LOC", "FAC"})  # a tagger's labels of no body


def _plural_owners_body(surface: str, m: re.Match[str]) -> bool:
    """"Harbour Tenants' Association", "Velm Growers' Forum", "Coastal Fishermen's Sales
    Organisation": a plural possessive (an irregular plural's with "'s") before an
    organisation's head word is a word of the body's own name, not its owner (but "the
    Orrin Islands' Coast Guard" is a place's body: a country or a place is an owner)."""
    owner = re.sub(r"^[Tt]he\s+", "", surface[:m.start()])
    bare = m.group()[1:2].lower() != "s"
    irregular = bool(owner.split()) and fold(owner.split()[-1]) in name_words().irregular_plurals
    if not (m.group().startswith(("'", "’")) and ((bare and owner.endswith("s")) or (
            not bare and irregular))) or countries().country(owner):
        return False
    last = fold(surface.split()[-1])
    words = name_words()
    return last in words.org_heads and fold(owner.split()[-1]) not in words.feature_words


def split(text: str, start: int, end: int, label: str, ctx: DocView) -> Iterable[Span]:
    """"World Health Organization (WHO" -> the name and its acronym; "Venn's Northern Liberation
    Army" -> the owner and the owned. The tagger's trailing line breaks are no part of it
    ("REUTERS/Ana Lisic\n\n" is a credit)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    surface = text[start:end]
    writer = _byline_writer(text, start, surface)
    if writer:  # "By ANA LIND Velm Wire": the writer, then the outlet the byline credits
        yield Span(start, start + writer, "PERSON")
        yield Span(start + writer + 1, end, "ORG")
        return
    paren = surface.find("(")
    if paren > 0:
        yield Span(start, start + paren, label)
        close = surface.find(")", paren)
        yield Span(start + paren + 1, start + (close if close > 0 else len(surface)), label)
        return
    dash = _SPACED_DASH.search(surface)
    if dash:  # "FTU - Federation", "World Health Organization - Lorvan Country Office": a
        # letterhead's two names, never one (a name's own hyphen has no spaces)
        yield Span(start, start + dash.start(), label)
        yield from split(text, start + dash.end(), end, label, ctx)
        return
    slash = _SLASHED.fullmatch(surface)
    if slash:  # "CoastWire/Dana Pell": an outlet and its photographer, in a credit
        yield Span(start, start + slash.end(1), label)
        yield Span(start + slash.start(2), end, label)
        return
    credit = _CREDITED.fullmatch(surface)
    if credit and not {fold(w) for w in credit.group(2).split()} & name_words().org_heads:
        # "CoastWire / Dana Pell": the outlet; the person who took the photograph is, like a
        # byline, no actor
        yield Span(start, start + credit.end(1), "ORG")
        return
    if ", " in surface and label != "PERSON":
        parts = _listed(surface)
        if parts:  # "Iași, Cluj-Napoca": the tagger took a list of places for one name
            for offset, part in parts:
                yield Span(start + offset, start + offset + len(part), label)
            return
        cut = _two_bodies(surface)
        if cut is not None:  # "Ministry of Water, Irrigation Department": a letterhead's two
            # bodies, each named by its own head, one comma between
            yield Span(start, start + cut[0], label)
            yield from split(text, start + cut[1], end, label, ctx)
            return
    backed = _backer_prefix(surface)
    if backed:  # "UN-backed Government of National Accord": the backer is not the government
        owner = surface[:backed[0]]
        yield Span(start, start + backed[0], _owner_label(owner, ctx))
        yield Span(start + backed[1], end, label)
        return
    titled = _place_then_title(surface)
    if titled and (label == "GPE" or _is_place(surface[:titled], ctx)
                   or _is_place(_without_designator(surface[:titled]), ctx)):
        # "Ostland Gov. Rita Harlan": the place, then the person with the title
        yield Span(start, start + titled, "GPE")
        yield Span(start + titled + 1, end, "PERSON")
        return
    if saints_body_end(surface) == len(surface):  # "St Brigid's Hospital": one body, named
        # after a saint, who owns nothing there
        yield Span(start, end, "ORG" if label in ("PERSON", "GPE", "NORP") else label)
        return
    m = _INNER_POSSESSIVE.search(surface)
    if m and surface[m.end():m.end() + 1].isupper() and _plural_owners_body(surface, m):
        # "North Sea Fishermen's Federation": one body, whose name ends in a body's head word,
        # though a place's word in it made the tagger call it a place (an irregular plural's
        # "'s", which the tagger splits at, as it does not at "Tenants'")
        irregular = m.group()[1:2].lower() == "s"
        yield Span(start, end, "ORG" if irregular and label in _NOT_BODIES else label)
        return
    if m and surface[m.end():m.end() + 1].isupper() and not _holders_office(surface, m):
        owner = surface[:m.start()]
        yield Span(start, start + m.start(), _owner_label(owner, ctx))
        yield Span(start + m.end(), end, label)
        return
    yield Span(start, end, label)


_BYLINE = re.compile(r"(?:^|\n)[ \t]*[Bb][Yy][ \t]+$")


def _byline_writer(text: str, start: int, surface: str) -> int | None:
    """Where the writer's name ends in a byline's span that runs on into the outlet: "By ANA
    LIND Velm Wire", the name in capitals (two to four words), then a word in lowercase after its
    capital; else None."""
    if not _BYLINE.search(text, max(0, start - 12), start):
        return None
    words = surface.split(" ")
    n = 0
    while n < min(len(words), 4) and len(words[n]) > 1 and words[n].isupper():
        n += 1
    if n < 2 or n == len(words) or not words[n][:1].isupper() or words[n].isupper():
        return None
    return len(" ".join(words[:n]))


_SPACED_DASH = re.compile(r"[ \t]+[-–—][ \t]+")
_SLASHED = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)/([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)")
# "(CoastWire / Dana Pell)": a photo credit with a spaced slash, the photographer's name after
# it (two or three plain capitalised words); "Lead Auditor / DoT Auditor General" is one name
_CREDITED = re.compile(r"([A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3})[ \t]/[ \t]"
                       r"([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})")


_LIST_PART = re.compile(r"[A-Z][\w'’-]*[a-z][\w'’-]*(?: [A-Z][\w'’-]*[a-z][\w'’-]*)?")


def _listed(surface: str) -> list[tuple[int, str]]:
    """The names of a list the tagger took for one name: parts set apart by commas, each one or
    two capitalised words in lowercase after their capital (no "of", no "D.C."); else none."""
    parts, offset = [], 0
    for part in surface.split(", "):
        if not _LIST_PART.fullmatch(part):
            return []
        parts.append((offset, part))
        offset += len(part) + 2
    return parts


def _two_bodies(surface: str) -> tuple[int, int] | None:
    """(end of the first, start of the second) in "Ministry of Water, Irrigation Department",
    two names of two or more capitalised words set apart by a comma, each with a head of a
    body's name (``org_heads``); else None ("Department for Environment, Food and Rural
    Affairs" is one name: what follows its comma has no head of its own)."""
    first, _, second = surface.partition(", ")
    heads = name_words().org_heads
    for part in (first, second):
        words = part.split()
        if len(words) < 2 or not part[:1].isupper() \
                or not any(bare_word(w) in heads for w in words):
            return None
    return len(first), len(first) + 2


def _backer_prefix(surface: str) -> tuple[int, int] | None:
    """(end of the backer, start of the name) in "UN-backed Government of ...", else None."""
    m = re.match(r"([A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3})-([a-z]+)\s+(?=[A-Z])", surface)
    if m and m.group(2) in descriptions().backer_suffixes:
        return m.end(1), m.end()
    return None


def _place_then_title(surface: str) -> int | None:
    """Where the place ends in "Ostland Gov. Rita Harlan" (one to three capitalised words, then a
    title of office, then a capitalised name), else None."""
    nw = name_words()
    words = list(_WORDS.finditer(surface))
    for i in range(1, min(4, len(words) - 1)):
        if bare_word(words[i].group()) in nw.place_titles:
            before = [w.group() for w in words[:i]]
            if all(w[:1].isupper() and bare_word(w) not in nw.titles for w in before) \
                    and words[i + 1].group()[:1].isupper():
                return words[i - 1].end()
            return None
    return None


def _without_designator(place: str) -> str:
    """"Kolvar" of "Kolvar District": the place a designator after it names, as the text may
    tag it alone ("the Kolvar district")."""
    head, _, last = place.rpartition(" ")
    return head if head and fold(last) in name_words().place_designators else place


def _is_place(name: str, ctx: DocView) -> bool:
    """A country, a nationality, or a name the tagger calls a place somewhere in the text."""
    if countries().country(name) or countries().of_demonym(name):
        return True
    return any(label in ("GPE", "LOC", "NORP") and ctx.text[s:e] == name
               for (s, e), label in zip(ctx.ents, ctx.labels, strict=True))


def _owner_label(owner: str, ctx: DocView) -> str:
    for (start, end), label in zip(ctx.ents, ctx.labels, strict=True):
        if label in ACTOR_LABELS and ctx.text[start:end] == owner:
            return label
    if countries().country(owner):
        return "GPE"
    entry = curated_entry(owner)
    return entry.type if entry else "PERSON"


_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+$")


def trim(text: str, span: Span) -> Span | None:
    words = [(span.start + m.start(), span.start + m.end())
             for m in _WORDS.finditer(text[span.start:span.end].split("\n")[0])]
    nw = name_words()
    # leading articles
    while words and bare_word(text[slice(*words[0])]) in nw.articles and len(words) > 1:
        words.pop(0)
    if span.label != "PERSON" and (_honorific_then_name(text, words)
                                   or _who_follows(text, span.end, words)):
        span = Span(span.start, span.end, "PERSON", span.curated)
    if span.label == "PERSON" and len(words) == 1 and _THE_BEFORE.search(
            text, max(0, words[0][0] - 4), words[0][0]) \
            and bare_word(text[slice(*words[0])]) not in nw.titles:
        # "told the Herald", "The Courier regrets": one word after "the" names no person
        span = Span(span.start, span.end, "ORG", span.curated)
    if span.label == "PERSON":
        words = _without_leading_title(text, words)
    words = _without_leading_credit(text, words)
    # a share the tagger took in ("LC 36.0 percent, FV 25.4 percent"): the name before it
    share = next((i for i in range(1, len(words)) if text[words[i][0]].isdigit()), None)
    if share is not None and _SHARE.fullmatch(text, words[share][0], words[-1][1]):
        words = words[:share]
    # trailing credits and, before a following name, trailing titles ("Air Force Col. Chris")
    while len(words) > 1 and bare_word(text[slice(*words[-1])]) in nw.caption_words:
        words.pop()
    for n in (2, 1):  # "Record Staff Writer": the outlet of a byline, not the writer's role
        if len(words) > n and " ".join(bare_word(text[slice(*w)]) for w in words[-n:]) \
                in nw.byline_roles:
            words = words[:-n]
            break
    if span.label != "PERSON" and re.match(r"\.?,?\s+[A-Z]", text[words[-1][1]:] if words else ""):
        stripped = False
        while len(words) > 1 and bare_word(text[slice(*words[-1])]) in nw.titles:
            words.pop()
            stripped = True
        if stripped and len(words) > 2 and bare_word(text[slice(*words[-2])]) == "and" \
                and countries().of_demonym(text[slice(*words[-1])]):
            words.pop()
    while len(words) > 1 and bare_word(text[slice(*words[-1])]) in nw.function_words \
            and not text[words[-1][0]].isupper():
        words.pop()
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    end = before_sentence_end(text, start, end)  # "Velm Ledger. All rights reserved"
    # possessive and punctuation at the edges
    m = _END_POSSESSIVE.search(text[start:end])
    if m and m.start() > 0:
        end = start + m.start()
    while end > start and text[end - 1] in EDGE_PUNCT + "'’":
        if text[end - 1] == "." and _DOTTED_ACRONYM.search(text[start:end]):
            break
        end -= 1
    while start < end and text[start] in EDGE_PUNCT + "'’":
        start += 1
    if end - start < 2:
        return None
    return Span(start, end, span.label, span.curated)


def _without_leading_title(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop "UN Secretary General", "Libyan Field Marshal", "Gen", "Secretary of State" before
    a person's name: the leading run of title words and their qualifiers, when it holds a title
    and a capitalised word follows it."""
    nw = name_words()
    last_title = -1
    for i, (s, e) in enumerate(words):
        word = text[s:e]
        bare = bare_word(word)
        # "Economist Ana Lind", "Chief Analyst Ivo Maric": an office written as a title
        if bare in nw.titles or bare in nw.office_heads:
            last_title = i
        elif not (bare in nw.title_complements or bare in nw.org_heads
                  or bare in nw.title_qualifiers or is_acronym(word.strip(","))
                  or countries().of_demonym(word) or countries().country(word)):
            break
    rest = words[last_title + 1:]
    if last_title >= 0 and rest and text[rest[0][0]].isupper():
        return rest
    return words


_CREDIT_AFTER_MARK = re.compile(r"[(\[|][ \t]*$")
_CREDIT_AT_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_CREDIT_MARK_ON_LINE = re.compile(r"[^\n]*?[/:)]")
_COLON_OR_SLASH = re.compile(r"[ \t]*[:/]")


def _without_leading_credit(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop a caption's or a credit's word the tagger glued before a name where the credit
    opens ("(Photo Velm Herald / Ana Lind)", "Courtesy Orla Reef Trust / Ana Lind" at a line's
    start): the outlet or the body credited, not a name of its own. Only after a bracket or a
    bar, or at a line's start when a slash, a colon or a closing bracket follows on that line
    ("Credit Suisse said" opens a line of prose); only a word that opens a credit whatever
    follows it, or another caption word set before a colon or a slash ("Image: ..."), since
    "Image Comics" and "Video Electronics Standards Association" are names; and only before a
    capitalised word."""
    nw = name_words()
    if len(words) < 2 or not text[words[1][0]].isupper():
        return words
    (start, end), word = words[0], bare_word(text[slice(*words[0])])
    before_mark = text[end - 1] in ":/" or _COLON_OR_SLASH.match(text, end) is not None
    if word not in nw.credit_openers and not (word in nw.caption_words and before_mark):
        return words
    if _CREDIT_AFTER_MARK.search(text, max(0, start - 8), start) or (
            _CREDIT_AT_LINE_START.search(text, max(0, start - 8), start)
            and _CREDIT_MARK_ON_LINE.match(text, end - 1)):
        return words[1:]
    return words


def _honorific_then_name(text: str, words: list[tuple[int, int]]) -> bool:
    """"Dr Anjali Sookram" tagged as an organisation: an honorific only a person carries, then
    one to three capitalised words, none of them the head of an organisation's name."""
    nw = name_words()
    if not 2 <= len(words) <= 4 or bare_word(text[slice(*words[0])]) not in nw.honorifics:
        return False
    rest = [text[s:e] for s, e in words[1:]]
    return all(w[:1].isupper() and not w.isupper() and bare_word(w) not in nw.org_heads
               for w in rest)


def _who_follows(text: str, end: int, words: list[tuple[int, int]]) -> bool:
    """"Tarik Omar Lende, who had run the region", when tagged as a facility: a name of two to
    four capitalised words that "who" follows is a person's, unless a word of it is the head of
    an organisation's name or a natural feature's, or the name is a country or a curated one."""
    if not 2 <= len(words) <= 4 or not re.match(r",?\s+who\b", text[end:end + 12]):
        return False
    nw = name_words()
    rest = [text[s:e] for s, e in words]
    name = text[words[0][0]:words[-1][1]]
    return all(w[:1].isupper() and not w.isupper() and bare_word(w) not in nw.org_heads
               and bare_word(w) not in nw.feature_words for w in rest) \
        and not countries().country(name) and curated_entry(name) is None


def with_given_names(text: str, span: Span, ctx: DocView) -> Span:
    """"Gen Abdel [Fattah al-Burhan]": the tagger often starts a compound given name one word
    late. Take in the proper nouns just before a person's name, up to a title or anything
    else; but not a title's portfolio ("Cabinet Secretary for Health Ana Wanjiru": "Health"
    after a title and "for" or "of" names the office, not the person)."""
    start = span.start
    nw = name_words()
    while start >= 2 and text[start - 1] == " ":
        token = ctx.token_at(start - 2)
        if token is None or token.idx + len(token.text) != start - 1:
            break
        word = token.text
        if not (token.pos_ == "PROPN" and word[:1].isupper() and word.isalpha()
                and not word.isupper() and bare_word(word) not in nw.titles
                and bare_word(word) not in nw.office_heads  # "Economist Ana Lind"
                and bare_word(word) not in nw.caption_words and not ctx.in_entity(token.idx,
                                                                                start - 1)
                and not countries().country(word) and not countries().of_demonym(word)):
            break
        start = token.idx
    if start == span.start:
        return span
    styled = _PORTFOLIO_BEFORE.search(text, max(0, start - 40), start)
    if styled and bare_word(styled.group(1)) in nw.titles:
        return span  # "Secretary for Health [Ana Wanjiru]": the portfolio is no given name
    return Span(start, span.end, span.label, span.curated)


_PORTFOLIO_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z]+)\.?[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$")
