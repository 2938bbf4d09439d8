"""Whose statement an article is: a body's own release speaks for that body.

A ministry's press statement, a company's newsroom post or a utility's media statement gives
its figures without naming whose they are ("daily use averaged 940 megalitres"), and says "we"
and "our estimate" of its own counts. Those figures are the body's estimate, not "the
article's": named so, restatements elsewhere join them, and the body's correction in a later
release is its revision. A newsroom's report ("Reuters", "The Daily Courier") speaks for nobody.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from store.knowledge.descriptions import descriptions
from store.knowledge.estimates import estimate_words
from store.knowledge.folding import fold
from store.knowledge.name_words import name_words

_TRAILING_ALIAS = re.compile(r"\s*\(\s*[A-Z][\w.&-]{1,11}\s*\)\s*$")  # "Gauteng Water (GW)"


def official_outlet(outlet: object) -> str | None:
    """The body an article comes from, when its outlet is one of the state's (a ministry's press
    statement, a police force's release), named as its outlet says up to the first comma."""
    if not isinstance(outlet, str) or not outlet.strip():
        return None
    name = outlet.split(",")[0].strip()
    return name if estimate_words().is_official(name) else None


def issuer_of(outlet: object) -> str | None:
    """The body whose own release the article is: any body whose outlet calls the article its
    statement or release ("Acme Corp, company statement (newsroom)", "Statistics Office (press
    release)"), named up to the last comma ("Department of Ports, Harbours and Fisheries,
    press release") or the bracket, an abbreviation or a country in brackets after the name
    set aside ("Gauteng Water (GW)"); else one of the state's (``official_outlet``)."""
    if not isinstance(outlet, str):
        return None
    # the name up to the comma before the part that calls it a release: a name may hold
    # commas of its own ("Department of Ports, Harbours and Fisheries, press release")
    parts = outlet.split(",")
    said = next((k for k in range(1, len(parts))
                 if estimate_words().statement_words.search(fold(parts[k]))), 1)
    name, kind = ",".join(parts[:said]), ",".join(parts[said:])
    if not estimate_words().statement_words.search(fold(kind)) and "(" in name:
        name, _, kind = name.partition("(")
    if estimate_words().statement_words.search(fold(kind)):
        return _TRAILING_ALIAS.sub("", name).strip() or None
    return official_outlet(outlet)


def as_issuers(row: dict[str, Any], issuer: str | None) -> dict[str, Any]:
    """A figure row of a body's own release with the body as its origin, when the row names
    nobody or names the release's first person ("we", "our estimate"); the row itself
    otherwise."""
    if issuer is None:
        return row
    origin = str(row.get("origin") or "the article")
    first = fold(origin).split()[:1]
    if origin == "the article" or (first and first[0] in estimate_words().first_person):
        return {**row, "origin": issuer, "origin_basis": "source"}
    return row


OFFICE_PREPS = ("of", "at", "for")  # "president of the X", "an economist at X", "head for X"
NAME_LINKS = frozenset({"of", "and", "for", "the", "de", "del", "la", "&"})  # inside a name
MAX_TITLE_WORDS = 5  # words of an office between a body and a person's name
MAX_BODY_WORDS = 7
MAX_LOOKS = 6  # mentions of a person read for the body they speak for


def speaking_for(row: dict[str, Any], text: str, resolve: Any,
                 cache: dict[tuple[str, str], str | None]) -> dict[str, Any]:
    """A figure row whose origin is a person, with the body the person holds an office at as
    its origin, when the article says which: "Velm Port chief executive Ana Lind", "Ana Lind,
    president of the Velm Dockers' Union", "the union's secretary, Ana Lind", or names the body
    by a phrase its mentions resolve ("the guild's chief medical officer"). A person quoted for
    a body speaks its estimate: the same body's figure, said by its report or its head, is one
    estimate.
    ``cache``: the answers per (article, name)."""
    name = str(row.get("origin") or "")
    people = getattr(resolve, "people", None)
    if not name or name == "the article" or row.get("origin_basis") == "official" \
            or people is None:
        return row
    if resolve(name) not in people:
        name = _without_titles(name)  # "Dr Ana Lind": the name the article's actors know
        if resolve(name) not in people:
            return row
    article = str(row.get("article", ""))
    asked = (article, name)
    if asked not in cache:
        cache[asked] = _office_body(name, text, resolve, article)
    body = cache[asked]
    if body is None:
        return row
    return {**row, "origin": body, "origin_basis": "named", "origin_kind": None}


def _without_titles(name: str) -> str:
    """A person's name without the titles written before it ("Dr", "Chief")."""
    words = name.split()
    while len(words) > 1 and _is_title(words[0]):
        words.pop(0)
    return " ".join(words)


def _office_body(name: str, text: str, resolve: Any, article: str = "") -> str | None:
    """The body the article first names as where ``name`` holds an office: by name, or by a
    phrase of the article's mentions (``_mentioned_office``)."""
    own = resolve(name)
    places = getattr(resolve, "places", frozenset())
    spans = getattr(resolve, "spans", {}).get(article, [])
    for found in list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))[:MAX_LOOKS]:
        before, minister = _body_before(text[:found.start()])
        if before and minister and not resolve(before):
            before = _ministry(before, resolve)  # "Fisheries Minister Ana Lind"
        for body in (before, _body_after(text[found.end():])):
            if body and (actor := resolve(body)) and actor != own and actor not in places:
                return body
        if spans:
            mentioned = _mentioned_office(text, found.start(), found.end(), spans, resolve, own)
            if mentioned is not None:
                return mentioned
    return None


MENTION_REACH = 80  # characters between a name and the mention of the body of its office
_NOT_QUALIFIER = frozenset({"and", "or", "the", "a", "an", "of", "to", "for", "with", "by", "at",
                            "in", "on", "from", "who", "that", "which", "as", "than"})
_POSSESSIVE = re.compile(r"^['’]s?(?=\s)")
_OWNED_OFFICE = re.compile(r"^['’]s?\s+(?P<office>(?:[\w-]+\s+){0,2}[\w-]+)")
_GAP_AFTER = re.compile(r"^\s*,\s+(?:(?:the|a|an)\s+)?$")
_OFFICE_OF_AFTER = re.compile(r"^\s*,\s+(?:(?:the|a|an)\s+)?(?P<office>(?:[\w-]+\s+){0,3}?"
                              rf"[\w-]+)\s+(?:{'|'.join(OFFICE_PREPS)})\s+(?:the\s+)?$")


def _mentioned_office(text: str, start: int, end: int, spans: list[tuple[int, int, str]],
                      resolve: Any, own: str | None) -> str | None:
    """The body a mention of the article names in the office around a name: before it,
    "the pilots' guild chief executive Ana Lind", "TPA's Tovik chairman, Chief Ana Lind";
    after it, "Ana Lind, the guild's chief medical officer", "Ana Lind, chief executive of the
    company". A body only (an organisation), not the person named."""
    names = getattr(resolve, "names", {})
    bodies = getattr(resolve, "bodies", frozenset())

    def body(actor: str) -> str | None:
        return names.get(actor) if actor != own and actor in bodies else None

    first = bisect.bisect_left(spans, (start - MENTION_REACH,))
    for _, e, actor in sorted(spans[first:bisect.bisect_left(spans, (start,))],
                              key=lambda span: -span[1]):
        if e <= start and _office_before(text[e:start]) and body(actor):
            return body(actor)
    after = bisect.bisect_left(spans, (end,))
    for s, e, actor in spans[after:after + 3]:
        if s > end + MENTION_REACH:
            break
        gap = text[end:s]
        owned = _OWNED_OFFICE.match(text[e:e + MENTION_REACH]) if _GAP_AFTER.match(gap) else None
        office = owned or _OFFICE_OF_AFTER.match(gap)
        if office and any(_is_title(w) for w in office.group("office").split()[:3]) \
                and body(actor):
            return body(actor)
    return None


def _office_before(gap: str) -> bool:
    """Whether the words between a body's mention and a name are an office held at it: a
    possessive, a word or two that qualify the office ("Tovik", "county health"), the office's
    titles, and the person's first names ("'s Tovik chairman, Chief Ana ")."""
    words = _POSSESSIVE.sub("", gap).split()
    i = len(words)
    for _ in range(2):  # the first or middle names before the one asked
        if i and words[i - 1][:1].isupper() and not _is_title(words[i - 1]) \
                and words[i - 1].isalpha():
            i -= 1
    titles = 0
    while i and (_is_title(words[i - 1]) or (titles and words[i - 1].lower() == "and")):
        i -= 1
        titles += 1
    return bool(titles) and i <= 2 and all(
        re.fullmatch(r"[A-Za-z][\w-]*", w) and w.lower() not in _NOT_QUALIFIER for w in words[:i])


def _ministry(portfolio: str, resolve: Any) -> str | None:
    """The one ministry among the article's actors whose name is of a minister's portfolio:
    "Fisheries Minister" holds the Ministry of Fisheries (or "of Fisheries and Oceans", or
    the Fisheries Ministry)."""
    wanted = fold(portfolio)
    found = {n for n in getattr(resolve, "names", {}).values()
             if fold(n).startswith(f"ministry of {wanted}") or fold(n) == f"{wanted} ministry"}
    return next(iter(found)) if len(found) == 1 else None


def _is_title(word: str) -> bool:
    words = name_words()
    parts = [p for p in word.lower().strip(",.").split("-") if p]
    return bool(parts) and all(p in words.titles or p in words.office_heads for p in parts)


def _body_before(before: str) -> tuple[str | None, bool]:
    """ "Velm Port chief executive [Ana] Lind", "the union's secretary, Ana Lind": the
    capitalised words before the office in front of a name (the name's first words may stand
    between), and whether the office is a minister's."""
    words = before.split()[-(MAX_TITLE_WORDS + MAX_BODY_WORDS + 2):]
    i = len(words)
    for _ in range(2):  # a first or middle name before the one asked
        if i and words[i - 1][:1].isupper() and not _is_title(words[i - 1]) \
                and not words[i - 1].endswith((",", ".", ":", ";", '"')):
            i -= 1
    titles = 0
    minister = False
    while i and (_is_title(words[i - 1]) or (titles and words[i - 1].lower() == "and")):
        i -= 1
        titles += 1
        minister = minister or words[i].lower().strip(",") == "minister"
    if not titles:
        return None, False
    run: list[str] = []
    while i and words[i - 1][:1].isupper() and len(run) < MAX_BODY_WORDS \
            and not words[i - 1].endswith((".", ":", ";", '"', ")")) \
            and (not run or not words[i - 1].endswith(",")):
        i -= 1
        run.insert(0, words[i])
    return _name_of(run), minister


_AFTER = re.compile(r"^\s*,\s+(?:the\s+|an?\s+)?(?P<office>(?:[\w-]+\s+){0,3}?[\w-]+)\s+"
                    rf"(?:{'|'.join(OFFICE_PREPS)})\s+(?:the\s+)?(?P<body>[^,.;:()\"“”]+)")
_OWNER_AFTER = re.compile(r"^\s*,\s+(?:the\s+)?(?P<body>[^,.;:()\"“”]+?)['’]s\s+"
                          r"(?P<office>(?:[\w-]+\s+){0,2}[\w-]+)")


def _body_after(after: str) -> str | None:
    """ "Ana Lind, president of the Velm Dockers' Union", "Ana Lind, the DPT's director": the
    body named in the office set after a name."""
    found = _AFTER.match(after)
    if found and any(_is_title(w) for w in found.group("office").split()):
        words = found.group("body").split()
        # a description may stand before the body's name: "head of the soils agency OIS"
        start = next((k for k, w in enumerate(words[:4]) if w[:1].isupper()), None)
        if start is not None:
            return _name_of(_capital_run(words[start:]))
    owner = _OWNER_AFTER.match(after)
    if owner and _is_title(owner.group("office").split()[-1]):
        return _name_of(_capital_run(owner.group("body").split()))
    return None


def _capital_run(words: list[str]) -> list[str]:
    """The capitalised words a name starts with, the small words inside it kept ("Federation of
    Dock and Harbour Workers")."""
    run: list[str] = []
    for k, word in enumerate(words[:MAX_BODY_WORDS]):
        linking = word.lower() in NAME_LINKS and k + 1 < len(words) \
            and words[k + 1][:1].isupper()
        if not (word[:1].isupper() or linking):
            break
        run.append(word)
    return run


def _name_of(run: list[str]) -> str | None:
    while run and run[0].lower() in NAME_LINKS:
        run = run[1:]
    name = re.sub(r"['’]s?$", "", " ".join(run).strip(",")).strip()
    return name or None


def as_mentioned(row: dict[str, Any], text: str, resolve: Any,
                 cache: dict[tuple[str, ...], str | None] | None = None) -> dict[str, Any]:
    """A figure row whose origin is a phrase of its sentence that names an actor without its
    name ("the company", "a conservation group", "the country's biggest union"), with that
    actor's name as its origin: the article's actors say whom the phrase stands for. Where no
    mention of the sentence is the phrase, a definite description of a body ("their union
    said", "the ministry put it at") is the one actor the article's mentions with its words
    name ("the union", "the doctors' union": ``_described``); a bare one is not (a headline's
    "exchange says" may call a board of trade so). The row itself when the origin resolves by
    its own name, or no mention says it. ``cache``: the answers per (article, sentence,
    phrase), and per (article, phrase) for the article's mentions (a sentence may hold
    thousands of figures of one origin)."""
    name = str(row.get("origin") or "")
    article = row.get("article")
    spans = getattr(resolve, "spans", {}).get(article)
    sentence = row.get("sentence") or ()
    if not spans or not name or name == "the article" or len(sentence) < 2 \
            or row.get("origin_basis") == "official" or resolve(name):
        return row
    wanted = _bare(name)
    start, end = int(sentence[0]), int(sentence[1])
    cache = {} if cache is None else cache
    asked = (str(article), str(start), wanted)
    if asked not in cache:
        cache[asked] = _sentence_actor(wanted, article, start, end, spans, text, resolve, cache)
    names = getattr(resolve, "names", {})
    actor = cache[asked]
    if actor is None or not names.get(actor):
        return row
    return {**row, "origin": names[actor]}


def _sentence_actor(wanted: str, article: Any, start: int, end: int,
                    spans: list[tuple[int, int, str]], text: str, resolve: Any,
                    cache: dict[tuple[str, ...], str | None]) -> str | None:
    """The one actor a phrase of a sentence names (``as_mentioned``), else None."""
    actors = {actor for s, e, actor in spans[bisect.bisect_left(spans, (start,)):
                                             bisect.bisect_left(spans, (end,))]
              if _bare(text[s:e]) == wanted}
    if not actors and re.search(rf"\b(?:the|its|their)\s+{re.escape(wanted)}\b",
                                fold(text[start:end])):
        described = (str(article), wanted)
        if described not in cache:
            cache[described] = _described(wanted, spans, text, resolve)
        actors = {cache[described]} if cache[described] else set()
    return next(iter(actors)) if len(actors) == 1 else None


MAX_DESCRIBED_WORDS = 3  # "union", "rights body", "state grain board"


def _described(wanted: str, spans: list[tuple[int, int, str]], text: str,
               resolve: Any) -> str | None:
    """The one body an article's mentions that end in the words of a description of a body
    name ("union" in "the union", "the doctors' union", "Dockers Union"), when they name one
    only, and an organisation."""
    words = wanted.split()
    if not words or len(words) > MAX_DESCRIBED_WORDS or not any(
            "ORG" in rule.types for rule in descriptions().rules_for(words[-1])):
        return None
    found = {actor for s, e, actor in spans
             if (bare := _bare(text[s:e])) == wanted or bare.endswith(f" {wanted}")}
    return next(iter(found)) if len(found) == 1 and found <= getattr(
        resolve, "bodies", frozenset()) else None


def _bare(phrase: str) -> str:
    """A phrase folded, without the article or possessive pronoun that opens it and a
    possessive that ends it."""
    words = fold(phrase).split()
    if words and words[0] in ("the", "a", "an", "its", "their"):
        words = words[1:]
    return re.sub(r"['’]s?$", "", " ".join(words))
