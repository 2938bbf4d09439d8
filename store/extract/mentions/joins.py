"""Overlaps and joins: the longest of overlapping spans wins, one name the tagger cut in two
is joined ("ALF" + "-" + "Velmora", "The UN Agency" + "for the" + "Protection of ...",
"Antigua" + "and" + "Barbuda Police Force"), and a
site named after a one-word name takes in its noun ("the Kelby" + "health centre")."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from store.extract.mentions.spans import PLACE_LABELS, DocView, Span, bare_word
from store.knowledge.countries import countries
from store.knowledge.folding import name_key
from store.knowledge.name_words import name_words


def without_overlaps(spans: list[Span]) -> list[Span]:
    """Longest span first; a curated name wins a tie."""
    starts: list[int] = []  # kept spans, sorted and disjoint
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), not s.curated, s.start)):
        i = bisect.bisect_left(starts, span.start)
        if i < len(kept) and kept[i].start < span.end:
            continue
        if i > 0 and kept[i - 1].end > span.start:
            continue
        starts.insert(i, span.start)
        kept.insert(i, span)
    return kept


def joined(text: str, spans: list[Span], ctx: DocView) -> list[Span]:
    nw = name_words()
    out: list[Span] = []
    for span in spans:
        if out and (joined := _join_pair(text, out[-1], span, ctx, nw)) is not None:
            out[-1] = joined
        else:
            out.append(span)
    # "the Joint Campaign to Disarm" + a following capitalised word not tagged at all
    for i, span in enumerate(out):
        words = text[span.start:span.end].split()
        if span.label == "ORG" and len(words) >= 3 and words[-2].lower() == "to":
            m = re.match(r" ([A-Z][\w'’-]*)", text[span.end:])
            if m and (i + 1 == len(out) or out[i + 1].start >= span.end + m.end()):
                out[i] = Span(span.start, span.end + m.end(), "ORG")
    return _across_particles(text, out, nw.joining_particles)


_LOWER_WORD = re.compile(r"[ \t]+([a-z]+)")
_CAPITALISED = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")


def _across_particles(text: str, spans: list[Span], particles: frozenset[str]) -> list[Span]:
    """"Asociación" + "Agraria" + "del" + "Río Quelcho", "Banco de la" + "Nación Argentina":
    a Spanish or Portuguese name the tagger cut at its lowercase particles ("de", "del", "de
    la", names.toml), or ended on one, is one name: the run of capitalised words on both sides of
    one or two particles, and a one-word name set just before it by a space. Its label is its
    one tagged part's, or a person's where all are; a name the tagger cut into places and bodies
    is an organisation's (a place's name it knows whole: "Rio de Janeiro")."""
    out: list[Span] = []
    for span in spans:
        if span.start < (out[-1].end if out else 0):
            continue  # taken into the name before
        end = _particle_run(text, span.end, particles)
        if end is None:
            out.append(span)
            continue
        parts = [span]
        while len(out) > 0 and text[out[-1].end:parts[0].start] == " " \
                and " " not in text[out[-1].start:out[-1].end] \
                and text[out[-1].start].isupper() and out[-1].label != "DESC" \
                and not countries().country(text[out[-1].start:out[-1].end]):
            parts.insert(0, out.pop())  # "Asociación" + "Agraria del Río Quelcho"
        parts += [s for s in spans if span.end <= s.start < end]
        labels = {p.label for p in parts}
        label = labels.pop() if len(parts) == 1 or labels == {"PERSON"} else "ORG"
        out.append(Span(parts[0].start, max(end, parts[-1].end), label, span.curated))
    return out


def _particle_run(text: str, end: int, particles: frozenset[str]) -> int | None:
    """Where the name that goes on after ``end`` over one or two lowercase particles ends (the
    last of the capitalised words after them), None where no particle and capitalised word
    follow. A span that itself ends on particles ("Banco de la") goes on the same way."""
    words = text[max(0, end - 12):end].split()
    ended = 0
    while ended < min(2, len(words) - 1) and words[-1 - ended] in particles:
        ended += 1
    pos, seen = end, ended
    last_particle = words[-1] if ended else ""
    while seen < 2 and (m := _LOWER_WORD.match(text, pos)) and m.group(1) in particles:
        pos, seen, last_particle = m.end(), seen + 1, m.group(1)
    if not seen or _english_before_subject(text, pos, last_particle):
        return None
    last = None
    while (m := _CAPITALISED.match(text, pos)) and m.group(1)[0].isupper():
        pos = last = m.end()
        while (m := _LOWER_WORD.match(text, pos)) and m.group(1) in particles \
                and (c := _CAPITALISED.match(text, m.end())) and c.group(1)[0].isupper():
            pos = m.end()
    return last


def _english_before_subject(text: str, pos: int, particle: str) -> bool:
    """"Only in Kenya do Presidents resign", "do Police Chiefs": a particle that is also an
    English word (names.toml) before a plural subject (a run of capitalised words one of which
    ends in "s") or "I" is English: Portuguese "do" stands before a singular noun and its
    adjectives ("Banco do Brasil", "do Espírito Santo")."""
    if particle not in name_words().english_particles:
        return False
    if (m := _CAPITALISED.match(text, pos)) and m.group(1) == "I":
        return True
    while m and m.group(1)[0].isupper():
        if m.group(1).endswith("s"):
            return True
        m = _CAPITALISED.match(text, m.end())
    return False


# "in Almonaster", "near Villanueva del": one or two capitalised words after a word that places
# them, then a lowercase particle (checked against names.toml's particles where it matches)
_PLACED_BEFORE_PARTICLE = re.compile(
    r"\b(?:in|near|outside)[ \t]+(?:[^\W\d_][\w-]*['’]s[ \t]+)?"
    r"([^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*)?)(?=[ \t]+[a-z]+[ \t])")


def with_particle_places(text: str, spans: list[Span]) -> list[Span]:
    """"in Almonaster la Real", "near Villanueva de la Serena": a place's Spanish, Portuguese or
    Italian name, capitalised words on both sides of one or two lowercase particles (names.toml),
    that stands after "in", "near" or "outside" and of which the tagger took no word, is a place
    (its parts are no English words the tagger could have read as a name)."""
    particles = name_words().joining_particles
    starts = [s.start for s in spans]
    added: list[Span] = []
    for m in _PLACED_BEFORE_PARTICLE.finditer(text):
        start = m.start(1)
        if not all(w[0].isupper() for w in m.group(1).split()):
            continue
        end = _particle_run(text, m.end(1), particles)
        if end is None:
            continue
        i = bisect.bisect_left(starts, end)
        if i > 0 and spans[i - 1].end > start:
            continue  # the tagger took a word of it: joined() has settled that name
        added.append(Span(start, end, "GPE"))
    return sorted([*spans, *added], key=lambda s: s.start) if added else spans


def _join_pair(text: str, a: Span, b: Span, ctx: DocView, nw) -> Span | None:
    gap = text[a.end:b.start]
    a_words = text[a.start:a.end].split()
    # an affiliate named after its region: "ISIS-Libya" (but "Hamas-Israel war" is two actors)
    if gap == "-" and a.label == "ORG" and b.label in PLACE_LABELS \
            and not countries().country(text[a.start:a.end]):
        after = ctx.next_token(b.end)
        if after is None or after.pos_ not in ("NOUN", "PROPN"):
            return Span(a.start, b.end, "ORG", a.curated)
    # "Motorists" + "' " + "Voice": a plural possessive inside a body's name ("Velm Growers'
    # League"), cut at its apostrophe by the tagger; not a people's or a country's word, nor a
    # person of the body ("Velm Holdings' Anna Berg")
    if gap in ("' ", "’ ") and a_words[-1].endswith("s") and a.label in ("ORG", "PERSON") \
            and b.label in ("ORG", "PERSON") and text[b.start].isupper() \
            and not countries().of_demonym(a_words[-1]) and not countries().country(
                text[a.start:a.end]) and not _person_of_body(text, a, b, nw):
        return Span(a.start, b.end, "ORG")
    # "Coastal Fishermen" + "'s " + "Sales Organisation": an irregular plural's possessive inside
    # a body's name, the tagger's two spans ending at an organisation's head word
    if gap in ("'s ", "’s ") and a.label in ("ORG", "PERSON", "NORP") and b.label == "ORG" \
            and bare_word(a_words[-1]) in nw.irregular_plurals \
            and bare_word(text[b.start:b.end].split()[-1]) in nw.org_heads:
        return Span(a.start, b.end, "ORG")
    # "The UN Agency" + "for the" + "Protection of Coastal Fisheries"
    if a.label in ("ORG", "FAC") and bare_word(a_words[-1]) in nw.org_heads \
            and re.fullmatch(r"\s+(?:of|for)\s+(?:the\s+)?", gap) and b.label in ("ORG", "GPE",
                                                                                  "LOC") \
            and text[b.start].isupper():
        return Span(a.start, b.end, "ORG")
    # "the Joint Campaign to Disarm" + "ALF"
    if a.label == "ORG" and len(a_words) >= 3 and a_words[-2].lower() == "to" and gap == " ":
        return Span(a.start, b.end, "ORG")
    if _AND.fullmatch(gap):
        return _across_and(text, a, b)
    return _across_list(text, a, b, nw.org_heads)


def _person_of_body(text: str, a: Span, b: Span, nw) -> bool:
    """"Velm Holdings' Anna Berg": a body's name, its plural possessive, then what the tagger
    took for a person's name of two to four capitalised words, none of them a word that
    ends a body's name ("Union", "Holdings", "Ltd"), is a person of that body, not one name
    ("Velm Growers' Mutual Union" is). A surname's particles may stand inside it ("Peter van
    Dijk")."""
    words = text[b.start:b.end].split()
    if a.label != "ORG" or b.label != "PERSON" or not 2 <= len(words) <= 4:
        return False
    body_words = nw.org_heads | nw.business_words | nw.legal_suffixes
    inner = words[1:-1]
    return words[0][:1].isupper() and words[-1][:1].isupper() \
        and all(w[:1].isupper() or w in nw.surname_particles for w in inner) \
        and not any(bare_word(w) in body_words for w in words)


_AND = re.compile(r"[ \t]+and[ \t]+")
# ", Regulations and ", ", Food and ": the middle of a list the tagger cut a name at, capitalised
# words only, on one line
_LISTED = re.compile(r",[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?"
                     r"(?:,[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)*,?[ \t]+and[ \t]+")
_HEAD_OF_LIST = re.compile(r"\b(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z]")


def _across_list(text: str, a: Span, b: Span, heads: frozenset[str]) -> Span | None:
    """"Ministry of National Health Services" + ", Regulations and " + "Coordination": a body's
    name whose complement after "of" or "for" is a list of portfolios ("Department for
    Environment, Food and Rural Affairs", "Ministry of Science, Technology and Innovation"),
    cut by the tagger at the list's commas, is one name. Only a body's name that opens with
    its head noun and "of" or "for"; and no word of the list is a body's head noun ("the
    Ministry of Health, Oxfam and Save the Children" is three bodies, each tagged on its
    own)."""
    if a.label != "ORG" or b.label != "ORG" or a.curated \
            or not _LISTED.fullmatch(text, a.end, b.start):
        return None
    first = text[a.start:a.end].split()
    if len(first) < 3 or bare_word(first[0]) not in heads \
            or not _HEAD_OF_LIST.match(text, a.start + len(first[0]) + 1):
        return None
    listed = re.findall(r"[A-Z][a-z]+", text[a.end:b.end])
    if not _CAPITALISED_WORDS_ONLY.fullmatch(text, b.start, b.end) \
            or any(bare_word(w) in heads for w in listed):
        return None
    return Span(a.start, b.end, "ORG")


_CAPITALISED_WORDS_ONLY = re.compile(r"[A-Z][a-z]+(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,3}")


_ONE_WORD = re.compile(r"[A-Z][a-z]+")
# what follows a body's whole name where the text names it: its acronym, or "known as"
_ACRONYM_AFTER = re.compile(r"[ \t]*\([ \t]*([A-Z]{2,9})[ \t]*\)")
_CAPITALISED_WORDS = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3}")
_NAMED_AS = re.compile(r"[ \t]*\([ \t]*[A-Z][A-Za-z.&]{1,9}[ \t]*\)|,[ \t]+known[ \t]+as[ \t]")


def _across_and(text: str, a: Span, b: Span) -> Span | None:
    """"Antigua" + "and" + "Barbuda Police Force": the tagger cut a country whose name holds
    "and" (countries.toml) in two; one name again, of the type of the part that goes beyond
    the country's name (the coast guard), a place where neither does. And "Institute of
    Statistics" + "and" + "Mapping" before the acronym or "known as" that the text names the
    whole with: a body's "X of Y and Z" cut at its "and" (a list of two bodies is not followed
    by one acronym)."""
    first, second = name_key(text[a.start:a.end]), name_key(text[b.start:b.end])
    if a.label == "ORG" and " of " in first and b.label == "ORG" \
            and _ONE_WORD.fullmatch(text, b.start, b.end) and _NAMED_AS.match(text, b.end):
        return Span(a.start, b.end, "ORG", a.curated)
    # "Centre for Volcanology" + "and" + "Geological Hazard Mitigation (PVMBG)": the same with
    # a longer last part, where the acronym is not that part's own initials (then it is a list:
    # "the Office of Audit and World Grain Council (WGC)")
    named = _ACRONYM_AFTER.match(text, b.end)
    if named and a.label == "ORG" and (" of " in first or " for " in first) and b.label == "ORG" \
            and _CAPITALISED_WORDS.fullmatch(text, b.start, b.end) \
            and named.group(1) != "".join(w[0] for w in text[b.start:b.end].split()):
        return Span(a.start, b.end, "ORG", a.curated)
    for left, right in _and_countries():
        if (first == left or first.endswith(" " + left)) \
                and (second == right or second.startswith(right + " ")):
            label = b.label if second != right else a.label if first != left else "GPE"
            return Span(a.start, b.end, label, a.curated)
    return None


@lru_cache(maxsize=1)
def _and_countries() -> tuple[tuple[str, str], ...]:
    """The (before, after) halves of the country names that hold "and", as name keys."""
    return tuple((left, right) for left, _, right in
                 (key.partition(" and ") for key in sorted(countries().by_key)) if right)


_SITE_WORDS = re.compile(r"[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?(?:[ \t]+([a-z]+))?(?![\w'’-])")
# "the" before the name: "in Marova camp" is as often the camp called Marova as a camp in
# the village of that name
_SITE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s+$")


def with_site_nouns(text: str, spans: list[Span], ctx: DocView) -> list[Span]:
    """"the Kelby health centre", "the Kelby peninsula": a one-word name after "the" and
    before a site noun of ``names.toml`` (two modifiers allowed: "the Dunmarrow cholera
    treatment centre") is the site's name, a facility
    or a place of its own; not where the noun or a modifier is no noun or adjective, where
    the noun only modifies the next one ("Kelby clinic staff"), and not a person's "camp"
    ("the Trump camp" is his supporters)."""
    out = []
    for span in spans:
        site = None
        if span.label in ("GPE", "LOC", "ORG", "FAC", "PERSON") \
                and " " not in text[span.start:span.end] \
                and _SITE_BEFORE.search(text, max(0, span.start - 6), span.start):
            site = _site_after(text, span, ctx)
        out.append(span if site is None else site)
    return out


# the noun ends the phrase, or owns what follows: "the Orla basin's reservoirs"
_FEATURE_AFTER = re.compile(r"[ \t]+([a-z]+)(?=['’]s(?!\w)|(?![\w'’-]))")


def with_feature_nouns(text: str, spans: list[Span], ctx: DocView) -> list[Span]:
    """"the Orla valleys", "the Dovren river", "the Kestrel plate": a name after "the" and
    before a lowercase natural feature's noun (``feature_words`` in ``names.toml``) that ends
    the phrase is the feature's name, a place (resolution joins "Dovren" alone to it); not
    "the Dovren river crossing", where the noun only modifies the next one."""
    features = name_words().feature_words
    out = []
    for span in spans:
        m = _FEATURE_AFTER.match(text, span.end)
        if m is not None and m.group(1) in features and span.label in (
                "GPE", "LOC", "ORG", "FAC", "PERSON") \
                and _SITE_BEFORE.search(text, max(0, span.start - 6), span.start):
            token = ctx.token_at(m.start(1))
            after = ctx.next_token(m.end(1))
            if token is not None and token.pos_ in ("NOUN", "PROPN") and not (
                    after is not None and after.idx == m.end(1) + 1
                    and after.pos_ in ("NOUN", "PROPN") and after.text[:1].islower()):
                span = Span(span.start, m.end(1), "LOC")
        out.append(span)
    return out


def _site_after(text: str, span: Span, ctx: DocView) -> Span | None:
    """The site a name and the words after it name, or None."""
    m = _SITE_WORDS.match(text, span.end)
    if m is None:
        return None
    sites = name_words().site_nouns
    for n in (1, 2, 3):
        if m.group(n) not in sites or (span.label == "PERSON" and m.group(n) == "camp"):
            continue
        words = [ctx.token_at(m.start(i)) for i in range(1, n + 1)]
        after = ctx.next_token(m.end(n))
        if any(t is None or t.pos_ not in ("NOUN", "ADJ") for t in words) \
                or words[-1].pos_ != "NOUN":
            return None
        if after is not None and after.idx == m.end(n) + 1 and after.pos_ == "NOUN" \
                and after.text[:1].islower():
            continue  # "the Lima field hospital": the noun modifies the next one
        return Span(span.start, m.end(n), "LOC" if m.group(n) == "peninsula" else "FAC")
    return None


_HYPHEN_TAIL = re.compile(r"-([A-Z][a-z][\w'’]*)(?![\w-])")


def with_hyphen_tails(text: str, spans: list[Span], ctx: DocView) -> list[Span]:
    """"Paris-Orly", "Marseille-Provence": a place the tagger cut at a hyphen, before a
    capitalised word no entity of its own, is one name with that word (an airport, a region),
    not the city; two countries or two actors joined so stay two ("Iran-Iraq war",
    "Hamas-Israel war"), and so do a country and a place and two places that modify a noun
    ("the Israel-Gaza war", "the Lyon-Turin line")."""
    out = []
    for span in spans:
        m = _HYPHEN_TAIL.match(text, span.end)
        nxt = ctx.next_token(m.end()) if m else None
        if m is None or span.label not in ("GPE", "LOC", "FAC") \
                or ctx.in_entity(m.start(1), m.end(1)) \
                or countries().country(text[span.start:span.end]) \
                or countries().country(m.group(1)) or countries().of_demonym(m.group(1)) \
                or (nxt is not None and nxt.idx == m.end() + 1 and nxt.pos_ == "NOUN"
                    and nxt.text[:1].islower()):  # "the Israel-Gaza war", "Lyon-Turin line"
            out.append(span)
            continue
        out.append(Span(span.start, m.end(), "FAC" if span.label == "FAC" else "LOC"))
    return out



_YEAR_TAIL = re.compile(r"[ \t](?:19|20)\d\d$")
_COPYRIGHT = re.compile(r"(?:©|\([Cc]\)|[Cc]opyright)[ \t]+(?:[Tt]he[ \t]+)?$")
_YEAR_AFTER = re.compile(r"[ \t](?:19|20)\d\d(?![\w'’%-])")
# a date the tagger made of a name and a year: "Velmora 2031" (one to three capitalised words)
_NAMED_YEAR = re.compile(r"[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2}[ \t](?:19|20)\d\d")
# what may follow the year for the whole to be one name: punctuation, a verb, an adverb; not
# a noun ("the Velm 2031 census") nor a capitalised word ("Velm 2031 Games")
_NAME_ENDS_POS = frozenset({"VERB", "AUX", "PUNCT", "ADV"})


def with_year_names(text: str, spans: list[Span], ctx: DocView) -> list[Span]:
    """"Velmora 2031 said", "Velmora 2031, the organizing committee,": a place's name with a
    year straight after it, the phrase ending there, is the name of the body staging something
    in that place that year (a host city's games or championship committee), an organisation,
    not the place; and so is such a name the tagger took for a date. Only where it opens its
    phrase and ends it: not after a preposition or a determiner ("by Easter 2031", "in Velmora
    2031"), not before a noun or a capitalised word ("the Velmora 2031 census", "Velmora 2031
    Games"), not a month or a day with its year."""
    out = []
    for span in spans:
        tail = _YEAR_TAIL.search(text, span.start, span.end)
        if tail is not None and _COPYRIGHT.search(text, max(0, span.start - 14), span.start):
            span = Span(span.start, tail.start(), span.label, span.curated)  # "© Velm Post 2031"
        m = _YEAR_AFTER.match(text, span.end) if span.label in PLACE_LABELS else None
        if m is not None and not countries().country(text[span.start:span.end]) \
                and _stands_alone(text, span.start, m.end(), ctx):
            span = Span(span.start, m.end(), "ORG")
        out.append(span)
    calendar = name_words().months | name_words().weekdays
    for (start, end), label in zip(ctx.ents, ctx.labels, strict=True):
        if label == "DATE" and _YEAR_ONLY.fullmatch(text, start, end):
            start = _capitalised_before(text, start, ctx)  # "Velmora" untagged, "2031" a date
        if label == "DATE" and _NAMED_YEAR.fullmatch(text, start, end) \
                and not {w.lower() for w in text[start:end].split()} & calendar \
                and all(t.pos_ == "PROPN" for t in ctx.doc.char_span(start, end - 5) or ()) \
                and _stands_alone(text, start, end, ctx):
            out.append(Span(start, end, "ORG"))
    return without_overlaps(out)


_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")


def _capitalised_before(text: str, start: int, ctx: DocView) -> int:
    """Where the capitalised proper nouns just before ``start`` on its line begin (at most
    three, none inside an entity); ``start`` itself when there are none."""
    begin = start
    for _ in range(3):
        token = ctx.token_at(begin - 2) if begin >= 2 else None
        if token is None or token.idx + len(token.text) != begin - 1 \
                or text[begin - 1] not in " \t" or token.pos_ != "PROPN" \
                or not token.text[:1].isupper() or ctx.in_entity(token.idx, begin - 1):
            break
        begin = token.idx
    return begin


def _stands_alone(text: str, start: int, end: int, ctx: DocView) -> bool:
    """Whether the words from ``start`` to ``end`` make a whole phrase: no preposition or
    determiner before them, a verb, an adverb, punctuation or a line's end after them."""
    before = ctx.token_at(start - 1) if start else None
    if before is not None and before.idx + len(before.text) <= start \
            and "\n" not in text[before.idx:start] and before.pos_ in ("ADP", "DET"):
        return False
    after = ctx.next_token(end)
    return after is None or "\n" in text[end:after.idx] \
        or (after.pos_ in _NAME_ENDS_POS and not after.text[:1].isupper())


# "the Orla valley", "the neighbouring Orla valley": a name of one to three capitalised words
# after "the" (and at most one lowercase word) and before a lowercase noun
_NAME_BEFORE_NOUN = re.compile(  # "the" found first, the character before it checked after
    r"the(?<![\w-]the)[ \t]+(?:[a-z]+[ \t]+)?([A-Z][a-z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2})"
    r"[ \t]+([a-z]+)(?=['’]s(?!\w)|(?![\w'’-]))")
# "the municipality of Velm": a lowercase designator, "of" and a name of capitalised words
_NAME_AFTER_OF = re.compile(
    r"(?<![\w-])the[ \t]+([a-z]+)[ \t]+of[ \t]+([A-Z][a-z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2})"
    r"(?![\w'’-])")


def untagged_places(text: str, spans: list[Span], ctx: DocView) -> list[Span]:
    """Places the tagger missed, where the words around the name say what it is: "the Velm
    valley", "the neighbouring Velm valley", "the Orla province" (a natural feature's noun or
    a lowercase place designator that ends the phrase) are a place of that name, and "the
    municipality of Velm" is the place Velm (``body_designators``). Only where no span covers
    any of the words, a feature's name is no political place the spans name ("the Koldan
    valley" in an article that names the district of Koldan stays the district's), every word
    of the name is a proper noun and the name is no demonym ("the Swiss canton"); not "the
    Velm valley road", where the noun modifies the next one."""
    words = name_words()
    nouns = words.feature_words | words.place_designators
    spans = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in spans]
    found: list[Span] = []
    places: set[str] | None = None  # the political places the spans name, when asked
    for m in _NAME_BEFORE_NOUN.finditer(text):
        if m.group(2) not in nouns:
            continue
        after = ctx.next_token(m.end(2))
        if after is not None and after.idx == m.end(2) + 1 and after.pos_ in ("NOUN", "PROPN") \
                and after.text[:1].islower():
            continue
        label = "LOC" if m.group(2) in words.feature_words else "GPE"
        if label == "LOC":
            if places is None:
                places = {text[s.start:s.end] for s in spans if s.label == "GPE"}
            if m.group(1) in places:
                continue  # "the Koldan valley" where Koldan is a district: the district's
        span = _untagged(text, m.start(1), m.end(1), m.end(2), label, spans, starts, ctx)
        if span is not None:
            found.append(span)
    for m in _NAME_AFTER_OF.finditer(text):
        if m.group(1) in words.body_designators:
            span = _untagged(text, m.start(2), m.end(2), m.end(2), "GPE", spans, starts, ctx)
            if span is not None:
                found.append(span)
    return found


def _untagged(text: str, start: int, name_end: int, end: int, label: str, spans: list[Span],
              starts: list[int], ctx: DocView) -> Span | None:
    """The span from ``start`` to ``end`` if no span overlaps it and its name is proper nouns
    and no demonym; else None."""
    i = bisect.bisect_left(starts, end)
    if i > 0 and spans[i - 1].end > start:
        return None
    name = text[start:name_end]
    if countries().of_demonym(name) or countries().of_demonym(name.split()[0]):
        return None
    token = ctx.token_at(start)
    while token is not None and token.idx < name_end:
        if token.pos_ != "PROPN" and not (token.is_punct and token.text == "-"):
            return None
        token = ctx.next_token(token.idx + len(token.text))
    return Span(start, end, label)
