"""Phrases that stand for an actor without naming it, kept for actor resolution to settle:

* definite descriptions, "the ministry", "the former strongman", "the state's governor": a
  "the" (or, before a person's head noun, "his", "her", "its", "their": "his mother"; before
  an organisation's, "his", "her", "their": "their union", "her committee"; and "the
  FTU's secretary general", a name's possessive before a person's; "the country's largest
  dockers' union", a place's possessive before an organisation's) and at most three lowercase
  modifiers ("33-year-old" too; and a faith's word the tagger took for one, not straight before
  the head nor before a person's: "the Catholic relief network") before a head noun that
  ``store/data/descriptions.toml``
  lists, not followed by "of" and a name (that would be a name, "the Ministry of Energy"); a
  body's or a place's head straight after "the" that modifies the noun after it ("the police
  tally", "the glacier snout") is one too, where no listed head ends the phrase after it.
  They carry the label ``DESC``; resolution joins one to an actor named earlier in the same
  article that fits it (``store.actors.described``), and otherwise it names nobody;
* a place's or a body's person by title beside a name, "Velmora's foreign minister, Ilan
  Prask", "Orla Bank's chief executive, Ivo Lind";
* a place's institution, "Yemen's coast guard", "Sudan's health ministry", "Yemen's
  Saudi-backed government": one organisation named after its place (resolution links it to the
  place as a part of it).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import cache

from store.extract.mentions.placed_bodies import modified_head
from store.extract.mentions.spans import PLACE_LABELS, DocView, Span
from store.knowledge.countries import countries
from store.knowledge.descriptions import descriptions, head_key
from store.knowledge.folding import fold, is_acronym
from store.knowledge.name_words import name_words

DESC = "DESC"
MAX_MODIFIERS = 3
_MODIFIER_POS = frozenset({"ADJ", "NOUN", "NUM", "PART", "VERB", "ADV", "PROPN"})
_THE = re.compile(r"(?<![\w-])(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|(?:Mon|Tues|Wednes|Thurs|Fri"
                  r"|Satur|Sun)day['’]s|(?:[Ll]ast|[Tt]his|[Nn]ext)[ \t](?:year|month|week)['’]s"
                  r"|[Tt]his(?=\s+[a-z]))\s+")  # "Sunday's vote", "last year's census", "this
# town": as definite as "the" ("this" last, so "this year's census" is read whole first; and
# only before a lowercase word: in "making this Velm's worst flood" it is a pronoun)
_PRONOUNS = ("his", "her", "its", "their")
_INDEFINITE = re.compile(r"(?<![\w'’-])(?:[Aa]n?)[ \t]+")
_WORD = re.compile(r"[\w'’-]+")
# a name goes on with "of" or "for" ("the ministry of Energy", "the secretary of State"), but
# "the agency in Rome" and "the district health officer in Karsby" are described, wherever
_NAME_FOLLOWS = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
_OF_FOLLOWS = re.compile(r"[ \t]+of\b")


def description_spans(text: str, ctx: DocView) -> list[Span]:
    """Every "the <modifiers> <head>" whose head the descriptions file lists, and "his
    <modifiers> <head>" where the head describes a person ("his mother, Ruth Calder")."""
    found = []
    for m in _THE.finditer(text):
        pronoun = m.group().lower().startswith(_PRONOUNS)
        span = _description(text, m, ctx, pronoun=pronoun)
        if span is not None:
            found.append(span)
    # "Orla Reef Trust (ORT), a marine charity that runs two parks": an indefinite description
    # is one only in apposition, set beside a name by a comma (before it, or after it: "a
    # company spokesman, Ivo Lind,"), and of lowercase words only ("a Velm-based charity"
    # leaves the place its own mention)
    for m in _INDEFINITE.finditer(text):
        before = bool(_BESIDE_NAME.search(text, max(0, m.start() - 4), m.start()))
        if not before and "," not in text[m.end():m.end() + 60]:
            continue
        span = _description(text, m, ctx, indefinite=True)
        if span is not None and (before or _NAME_AFTER.match(text, span.end)):
            found.append(span)
    return sorted(found, key=lambda s: s.start)


def _description(text: str, m: re.Match[str], ctx: DocView, *, pronoun: bool = False,
                 indefinite: bool = False) -> Span | None:
    """The description that opens at ``m`` (its determiner), None when no listed head noun
    ends a phrase of at most three modifiers there."""
    heads = descriptions().by_head
    words = list(_WORD.finditer(text, m.end(), min(len(text), m.end() + 80)))
    pos = m.end()
    owner = False  # "the FTU's secretary general": a name's possessive, before a person only
    plain = not (pronoun or indefinite)
    people = -2  # where a people's or a faith's word stands among the modifiers
    # "the police tally", "the glacier snout": a head straight after "the" that only
    # modifies the noun after it, the description where no head ends the phrase after it
    compound = None
    head_ahead = None  # whether a listed head noun stands among the words left to read
    # a place's word opens it, set beside a name: the phrase is that name's description, never
    # a possessive before another noun ("Orla Aid, the Velm farm ministry's agency")
    apposed = False
    for i, w in enumerate(words[:MAX_MODIFIERS + 1]):
        if not i and plain and (end := _capitalised_head(text, w, ctx)) is not None:
            return Span(m.start(), end, DESC)  # "the Ministry", in a release
        if not i and plain and (end := _named_head(text, words, ctx, m.start())) is not None:
            return Span(m.start(), end, DESC)  # "the Velm board": a body known by its place
        if not i and plain and (end := _place_owned(text, words, ctx)) is not None:
            return Span(m.start(), end, DESC)  # "the country's largest dockers' union"
        if not i and plain and _is_owner(w.group()):
            owner = True
            pos = w.end()
            continue
        if owner and i == 1 and w.group()[:1].isupper() \
                and (end := _named_head(text, words[1:], ctx, m.start(), owned=True)) is not None:
            return Span(m.start(), end, DESC)  # "the UN's Velm office": the owner's, there
        if head_ahead is None:
            # past the first words' readings above, only a listed head can end a description:
            # most "the" of an article open none, and need not be read word by word
            head_ahead = any(head_key(_without_possessive(v.group())) in heads
                             for v in words[i:MAX_MODIFIERS + 1])
            if not head_ahead:
                return None
        if not owner and _is_people_word(w, ctx):
            people = i  # "the Catholic relief network": what sort of body, no name
        elif not i and not pronoun and _apposed_place_word(text, m.start(), w, ctx):
            apposed = True  # "Orla Aid, the Italian charity whose vans": what the body is
        elif text[pos:w.start()].strip() or not (w.group()[:1].islower()
                                                 or (_is_backer(fold(w.group())) and not indefinite)
                                                 or _COMPOUND_NUMBER.fullmatch(w.group())):
            return compound  # punctuation between words, or a capitalised word: a name, not this
        word = _without_possessive(w.group())
        if word != w.group() and i < MAX_MODIFIERS and _holders_body(text, words, i):
            pos = w.end()
            continue  # "the prosecutor's office", "the mayor's office": the body, not the person
        if plain and _aged_head(text, w, word, ctx):
            return Span(m.start(), w.start() + len(word), DESC)  # "the 47-year-old said"
        if people >= 0 and fold(word) in heads \
                and (people == i - 1 or fold(word) in _person_heads()):
            return None  # "the British navy", "the Tory spokesman": the people's word is a name
        if fold(word) in heads and (not (pronoun or owner) or fold(word) in _person_heads()
                                    or (owner and _BESIDE_NAME.search(text, 0, m.start()))
                                    or (pronoun and _peoples_body(m.group(), word))) \
                and _is_head(ctx, w.start(), w.start() + len(word), text,
                             possessive=w.end() if word != w.group() else 0):
            if apposed and word != w.group():
                return None
            return Span(m.start(), w.start() + len(word), DESC)
        if not i and fold(m.group().strip()) == "the" and word == w.group() \
                and fold(word) in heads and _modifies_next(ctx, w.start(), w.end(), text):
            compound = Span(m.start(), w.end(), DESC)
        token = ctx.token_at(w.start())
        if i == MAX_MODIFIERS or token is None or token.pos_ not in _MODIFIER_POS:
            return compound
        pos = w.end()
    return compound


def _aged_head(text: str, w: re.Match[str], word: str, ctx: DocView) -> bool:
    """An age word that ends its phrase ("the 47-year-old said", "the 19-year-old's lawyer")
    stands for a person, as "the man" would; before a noun ("the 47-year-old driver") it is
    that noun's modifier. The tagger splits it at its hyphens, so it is read as one word."""
    if head_key(word) == fold(word) or not _COMPOUND_NUMBER.fullmatch(word) \
            or head_key(word) not in descriptions().by_head:
        return False
    nxt = ctx.next_token(w.start() + len(word))
    return nxt is None or not (nxt.pos_ in ("NOUN", "PROPN", "ADJ") and nxt.text[:1].islower()
                               and nxt.idx == w.start() + len(word) + 1)


def _holders_body(text: str, words: list[re.Match[str]], i: int) -> bool:
    """The possessive word ``i`` is an office's title ("prosecutor's", "mayor's"), and the word
    after it, in lowercase, the head of a body's name ("office", "department"): the phrase
    describes the office holder's body, whose name holds the title ("Federal Prosecutor's
    Office", "Office of the Mayor")."""
    if i + 1 >= len(words) or text[words[i].end():words[i + 1].start()] != " ":
        return False
    after = words[i + 1].group()
    return after.islower() and fold(_without_possessive(after)) in name_words().org_heads \
        and is_office_head(_without_possessive(words[i].group()))


def _peoples_body(pronoun: str, head: str) -> bool:
    """"their union", "her committee", "his party": a body that people's pronoun says is theirs
    is a body of its own, one a name may stand for, as "the union" is; never "its board" (a
    body's own part, or another body of its kind: "its parent company"), nor a country's body
    ("her government": whose, the pronoun does not say)."""
    rules = descriptions().rules_for(fold(head))
    return fold(pronoun.strip()) in ("his", "her", "their") \
        and any("ORG" in rule.types for rule in rules) \
        and not any(rule.match == "of_country" for rule in rules)


def _place_owned(text: str, words: list[re.Match[str]], ctx: DocView) -> int | None:
    """Where "the country's largest dockers' union" ends: a place's head noun with a possessive
    ("country's", "city's"), then up to three lowercase modifiers and the head noun of an
    organisation (never a person's: "the city's mayor" stays as it was). The place says whose
    the body is; the phrase describes the body. None when no such head follows."""
    first = words[0].group()
    owner = _without_possessive(first)
    if owner == first or not owner.islower() or not descriptions().is_place_head(owner):
        return None
    pos = words[0].end()
    for i, w in enumerate(words[1:MAX_MODIFIERS + 2]):
        if text[pos:w.start()] not in (" ", "\t") or not w.group()[:1].islower():
            return None
        word = _without_possessive(w.group())
        rules = descriptions().rules_for(word)
        if any("ORG" in rule.types for rule in rules) and fold(word) not in _person_heads() \
                and _is_head(ctx, w.start(), w.start() + len(word), text,
                             possessive=w.end() if word != w.group() else 0):
            return w.start() + len(word)
        token = ctx.token_at(w.start())
        if i == MAX_MODIFIERS or token is None or token.pos_ not in _MODIFIER_POS:
            return None
        pos = w.end()
    return None


_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \t]+$")


def bare_spans(text: str, ctx: DocView) -> list[Span]:
    """A head noun written bare, with no article or modifier, for the one such body of the
    country ("the minister told parliament on Monday", "parliament's vote"): a description like
    "the parliament". Only a noun that ends its phrase ("parliament building" is a building)
    after a verb, a preposition or a conjunction, or opening a sentence."""
    heads = descriptions().bare
    found: list[Span] = []
    if not heads:
        return found
    for m in _bare_pattern(heads).finditer(text):
        word = m.group(1)
        end = m.start() + len(word)
        if word[:1].isupper() and ctx.in_entity(m.start(), end):
            continue  # "Parliament" the tagger found: a name
        if word[:1].isupper() and not _OPENS.search(text, max(0, m.start() - 4), m.start()):
            continue  # capitalised only where a line or a sentence opens
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        token = ctx.token_at(before.start(1)) if before else None
        if before is not None and not any(c.isalnum() for c in before.group(1)):
            before = None  # a dash, as a dateline's: "(Wirepress) - Police said"
        if before is not None and (token is None or token.pos_ not in _BARE_AFTER) \
                and fold(before.group(1)) not in _BARE_OWNERS:
            continue  # "the parliament", "regional parliament", "Orla's parliament"
        if _is_head(ctx, m.start(), end, text,
                    possessive=m.end() if word != m.group() else 0):
            found.append(Span(m.start(), end, DESC))
    return found


_HEADLINE = re.compile(r"^([A-Z][a-z]+)[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?", re.MULTILINE)


def headline_spans(text: str, ctx: DocView) -> list[Span]:
    """A headline's subject written without "the": a line that opens with a head noun, alone
    and capitalised or after one capitalised modifier, then a verb in the present ("Federation
    warns", "Privacy watchdog weighs fine", "Province disputes national figure") describes a
    body as "the federation" does, whatever the tagger made of the capitalised word; not after
    a modifier the tagger took for a name, a country or a word the article capitalises inside a
    sentence ("Bangladesh ferry capsizes", "in Velm")."""
    heads = descriptions().by_head
    found: list[Span] = []
    for m in _HEADLINE.finditer(text):
        for head, verb in ((1, 2), (2, 3)):
            if m.group(verb) is None or fold(m.group(head)) not in heads:
                continue
            if head == 2 and (ctx.in_entity(m.start(1), m.end(1), names_only=True)
                              or countries().country(m.group(1))
                              or re.search(rf"[a-z,][ \t]{m.group(1)}(?![\w'’-])", text)):
                break  # "Bangladesh ferry capsizes", "in Velm": a name's, not a description
            token = ctx.token_at(m.start(verb))
            if token is not None and token.tag_ == "VBZ":
                found.append(Span(m.start(), m.end(head), DESC))
                break
    # the subject at a headline's end, after what it said and "says": "Estimate far too low,
    # says rating agency" (a line closed by no stop)
    for m in _HEADLINE_TAIL.finditer(text) if "says" in text else ():  # its every match's word
        token = ctx.token_at(m.start(2))
        if fold(m.group(2)) in heads and token is not None and token.pos_ == "NOUN":
            found.append(Span(m.start(1) if m.group(1) else m.start(2), m.end(2), DESC))
    return sorted(found, key=lambda s: s.start)


_HEADLINE_TAIL = re.compile(r"[\w\"”'’],?[ \t]+says[ \t]+([a-z]+[ \t]+)?([a-z]+)[ \t]*$",
                            re.MULTILINE)


def designated_spans(text: str, spans: list[Span]) -> list[Span]:
    """"the Region of Central Orla", "the Municipality of Velm": a capitalised designator of
    ``body_designators`` before "of", up to two capitalised words and a place the tagger found,
    is one name, the division (the tagger often keeps the place alone)."""
    designators = name_words().body_designators
    found = []
    for span in spans:
        if span.label not in PLACE_LABELS:
            continue
        m = _DESIGNATED.search(text, max(0, span.start - 60), span.start)
        if m and fold(m.group(1)) in designators:
            found.append(Span(m.start(1), span.end, "GPE"))
    return found


_DESIGNATED = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?"
                         r"(?:[A-Z][\w'’-]*[ \t]+){0,2}$")
def office_spans(text: str, spans: list[Span]) -> list[Span]:
    """"said Dr Ilse Varga, Minister of Fisheries.", "said Tom Ekberg, President and CEO.": an
    office in capitals set beside a person's name by a comma, closed by punctuation, is a
    description of that person (resolution joins it by apposition). So is an office held at a
    body or a place named inside it, in capitals or not ("Ruth Moss, Chief Executive of the
    Orla Port Authority,", "Ana Lind, head of the weather bureau KMB, said", "Ivo Maric, the
    UN coordinator in Velm."): the whole phrase stands for the person, the body's name in it
    with it (``held_office``)."""
    nw = name_words()
    starts = [s.start for s in spans]
    by_start = {s.start: s for s in spans}
    written = Counter(text[s.start:s.end] for s in spans)
    found = []
    for span in spans:
        if span.label != "PERSON":
            continue
        held = _held_office(text, span, by_start, written)
        if held is not None:
            found.append(held)
            continue
        m = _OFFICE.match(text, span.end)
        if m is None:
            continue
        first = fold(m.group(1).split()[0])
        # an honorific opens another person's name, not an office
        if first in nw.titles and first not in nw.honorifics \
                and not _holds_a_name(starts, spans, m.start(1), m.end(1)):
            found.append(Span(m.start(1), m.end(1), DESC))
    return found


def _holds_a_name(starts: list[int], spans: list[Span], start: int, end: int) -> bool:
    """A name lies inside the stretch ("President of the Orla Insurers' League"): the office
    names that body too, and the body's mention stays; a loose acronym the tagger left
    unexplained ("President and CEO") is no name."""
    i = bisect.bisect_left(starts, start)
    while i < len(spans) and spans[i].start < end:
        if spans[i].label != "ACRO":
            return True
        i += 1
    return False


# ", " then up to three words and an office's head noun, "of", "at", "in" or "for", and up to two
# lowercase words before the name of the body or place the office is held at; not "a" or "an"
# first ("Ivo Lind, an analyst at Velm Bank": one of its analysts, said of him in passing)
_HELD = re.compile(r",[ \t]+(?![Aa]n?[ \t])((?:[Tt]he[ \t]+)?(?:[\w'’.&-]+[ \t]+){0,3}?"
                   r"([\w-]+)[ \t]+(?:of|at|in|for)[ \t]+(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2})")
# the office ends with that name: punctuation, a bracketed short form or a line's end after it
_HELD_END = re.compile(r"[ \t]*(?:[,.;:)\]—–]|\(|\n|$)")
_HELD_SURFACE = re.compile(r"(?:[Tt]he[ \t]+)?(?:[\w'’.&-]+[ \t]+){0,3}?([\w-]+)[ \t]+"
                           r"(?:of|at|in|for)[ \t]")


def _held_office(text: str, person: Span, by_start: dict[int, Span],
                 written: Counter[str]) -> Span | None:
    """"Ana Lind, head of the weather bureau KMB, said": the office a person's name is set
    beside by a comma, held at the name (of a body or a place, not a person) that closes it;
    None when no office head noun comes before "of", "at", "in" or "for" there, and when the
    office is the only place the article names that body (by that name, or by a short form in
    brackets after it): the body keeps that mention, the one a reader finds it by, and the
    descriptions after it ("the union") keep a name to stand for."""
    m = _HELD.match(text, person.end)
    if m is None or not is_office_head(m.group(2)):
        return None
    name = by_start.get(m.end())
    if name is None or name.label in ("PERSON", DESC) or not _HELD_END.match(text, name.end):
        return None
    short = _SHORT_AFTER.match(text, name.end)
    if written[text[name.start:name.end]] < 2 and not (short and written[short.group(1)] >= 1):
        return None
    return Span(m.start(1), name.end, DESC)


_SHORT_AFTER = re.compile(r"[ \t]*\(([A-Z][\w&.-]{0,11})\)")


def is_office_head(word: str) -> bool:
    """A word that names an office a person holds ("head", "executive", "representative"): a
    title or a person's head noun of the descriptions file, not an honorific or a kinship
    ("Dr", "son")."""
    nw = name_words()
    word = fold(word)
    return word not in nw.honorifics and (word in nw.office_heads or word in nw.titles)


def held_office(surface: str) -> bool:
    """The description is an office held at a name ("head of the weather bureau KMB"): it
    stands for a person, whatever the name's last word."""
    m = _HELD_SURFACE.match(surface)
    return m is not None and is_office_head(m.group(1))


# ", " then capitalised words, "of", "the", "and", "for" between, up to punctuation
_OFFICE = re.compile(r",[ \t]+([A-Z][\w-]*(?:[ \t]+(?:[A-Z][\w&.-]*|of|the|and|for)){0,6})"
                     r"(?=[.,;:)\]]|[ \t]*$|[ \t]*\n)", re.MULTILINE)
_BARE_AFTER = frozenset({"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PART"})


# where a sentence opens: a line, a full stop, or a wire dateline's dash ("(Wirepress) - Police")
_OPENS = re.compile(r"(?:^|\n|[.:;!?][ \t]+|\)[ \t]+[-–—][ \t]+)$")
# "its police", "their parliament": the body of the place or the body the pronoun stands for,
# as bare as "police said"
_BARE_OWNERS = frozenset({"its", "their"})


@cache
def _bare_pattern(heads: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(sorted(f"[{re.escape(h[0])}{re.escape(h[0].upper())}]{re.escape(h[1:])}"
                            for h in heads))
    # not a word of an address: "press@police.orvik.example", "www.parliament.example/bills"
    return re.compile(rf"(?<![\w'’@/.-])({words})(?:['’]s?)?(?![\w'’@/-]|\.\w)")


# a description set beside the name before it: "Summitvale Holdings, Tolland's parent, fell"
_BESIDE_NAME = re.compile(r"[\w.][)\]]?,[ \t]+$")
_COMPOUND_NUMBER = re.compile(r"\d[\d.]*(?:-[a-z]+)+")  # "33-year-old", "24-hour"


def _is_people_word(w: re.Match[str], ctx: DocView) -> bool:
    """A capitalised word the tagger took for a faith's or a movement's ("Catholic",
    "Lutheran"), no possessive and no country's people ("Ukrainian" stands for its country): a
    modifier of a description, not the start of a name."""
    token = ctx.token_at(w.start())
    return token is not None and token.ent_type_ == "NORP" and token.idx == w.start() \
        and w.group()[:1].isupper() and not w.group().endswith(("'s", "’s")) \
        and token.pos_ in _MODIFIER_POS and not countries().of_demonym(w.group())


def _apposed_place_word(text: str, start: int, w: re.Match[str], ctx: DocView) -> bool:
    """A country's people's word or a place's name opening a description set beside a name by
    a comma ("Orla Aid, the Italian charity whose vans", "Karsby Bakers, a Velm bakery
    chain,"): it says what the named body is and where, and is part of the description; away
    from a name ("the Italian navy", "a Velm charity") it stays its own mention. Not a
    possessive ("the Velm's"), and not before a capitalised word (a name: "the Velm Water
    Agency")."""
    word = w.group()
    if not word[:1].isupper() or word.endswith(("'s", "’s")) \
            or _NEXT_CAPITAL.match(text, w.end()) or not _BESIDE_NAME.search(
                text, max(0, start - 4), start):
        return False
    comma = text.rfind(",", max(0, start - 4), start)
    token, before = ctx.token_at(w.start()), ctx.token_at(max(0, comma - 1))
    return token is not None and token.idx == w.start() and token.ent_type_ in ("NORP", "GPE") \
        and before is not None and before.ent_type_ in ("ORG", "PERSON", "FAC") \
        and len(token.text) == len(word)


_NEXT_CAPITAL = re.compile(r"[ \t]+[A-Z]")


def _is_owner(word: str) -> bool:
    """"FTU's", "MRS’s": a capitalised word with a possessive, whose person may follow."""
    return word[:1].isupper() and word.endswith(("'s", "’s")) and len(word) > 3


_NEXT_NAME = re.compile(r"[ \t]+[A-Z]")


def _capitalised_head(text: str, w: re.Match[str], ctx: DocView) -> int | None:
    """Where the description ends when the word is a press release's capitalised head noun
    alone after "the" ("The Ministry has updated", "the Ministry's team", "the Minister will
    chair"), one the tagger left untagged: a description like "the ministry"; None for "the
    Ministry of Health" or "the Ministry Health Office" (a name) and for a word the tagger took
    for a name ("the Senate")."""
    word = _without_possessive(w.group())
    end = w.start() + len(word)
    if not (word[:1].isupper() and word[1:].islower()) or fold(word) not in descriptions().by_head:
        return None
    if _NEXT_NAME.match(text, w.end()) or ctx.in_entity(w.start(), end):
        return None
    return end if _is_head(ctx, w.start(), end, text,
                           possessive=w.end() if end != w.end() else 0) else None


_NAME_TAGS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON"})


def _named_head(text: str, words: list[re.Match[str]], ctx: DocView,
                start: int, *, owned: bool = False) -> int | None:
    """Where "the Velm board" ends: one to three capitalised words the tagger took for a place
    or a body (not a country or its people, not a person), then at once the lowercase head noun
    of an organisation that is not a place's own institution ("the Velm parliament" is a name of
    its own, ``institution_spans``). The phrase describes a body by the place it is known by,
    as "the board" does (resolution wants the name's words in the body's name: "the Orla
    exchange" is the "Orla Grain Exchange", never the city of Orla); None otherwise. Only
    where the article names such a body, or sets the phrase beside a body's name by a comma
    ("Ossmar Bank, the Kelby lender that failed": the body it is in apposition to)."""
    pos = words[0].start()
    for i, w in enumerate(words[:4]):
        word = w.group()
        if text[pos:w.start()] not in ("", " ") or not word[:1].isalpha():
            return None
        if word[:1].isupper():
            token = ctx.token_at(w.start())
            if i == 3 or word != _without_possessive(word) or not word[1:].islower() \
                    or token is None or token.ent_type_ not in _NAME_TAGS:
                return None
            pos = w.end()
            continue
        if not i:
            return None  # a lowercase word first: no place's name before a head
        name = text[words[0].start():pos]
        head = _without_possessive(word)
        # "the Velm fire service": modifiers between the place and the head
        j = i if fold(head) in _named_heads() else \
            modified_head(text, words, i, ctx, _name_heads().__contains__, is_office_head)
        if j is None or countries().country(name) or countries().of_demonym(name):
            return None
        w = words[j]
        word = w.group()
        head = _without_possessive(word)
        end = w.start() + len(head)
        if not _is_head(ctx, w.start(), end, text, possessive=w.end() if head != word else 0):
            return None
        if j > i or owned:
            # its modifiers say what it does, or its owner's possessive whose part it is ("the
            # UN's Velm office"): a body, whether named or not
            return end
        # only where the article names such a body: "the Velm board" beside "Velm Board of
        # Trade"; else the place stays its own mention ("the Calais charity")
        whole = re.compile(re.escape(name) + r"(?:[ \t]+[A-Z][\w'’-]*){0,3}?[ \t]+"
                           + re.escape(head[:1].upper() + head[1:]) + r"\b")
        return end if whole.search(text) or _body_before(text, start, ctx) else None
    return None


@cache
def _named_heads() -> frozenset[str]:
    """The head nouns of "the Velm board": an organisation's, not a person's, and not an
    institution a place's name makes a name of its own ("the Velm parliament", "the French
    navy"), nor a place's division ("the Velm state prosecutor's office": the place's
    prosecutor, not its state)."""
    d = descriptions()
    own = {w for phrase in (*d.institutions, *d.after_name, *d.after_demonym) for w in phrase}
    return frozenset(head for head, rules in d.by_head.items()
                     if any("ORG" in rule.types for rule in rules) and " " not in head
                     and head not in own and head not in _person_heads()
                     and not all(rule.below_country for rule in rules))


@cache
def _name_heads() -> frozenset[str]:
    """The heads of "the Velm board" that a body's name holds ("Velm Fire Service"), not those
    a happening is called by ("the Velm music festival" is the festival's own name), nor a
    site's (``with_site_nouns`` names "the Velm health centre")."""
    d = descriptions()
    sites = name_words().site_nouns  # "the Velm health centre" is a site's name of its own
    return frozenset(head for head in _named_heads()
                     if head not in sites and any(rule.match == "name" and "ORG" in rule.types
                                                  for rule in d.by_head[head]))


def _without_possessive(word: str) -> str:
    """"ministry" of "ministry's", "islands" of "islands'"."""
    for suffix in ("'s", "’s", "s'", "s’"):
        if word.endswith(suffix):
            return word[:-len(suffix)] + ("s" if suffix[0] == "s" else "")
    return word


# a person's name set beside a title: "director, Ana Lind", "director-general Dr Ana Lind"
_NAMED_BESIDE = re.compile(r"(?:-[a-z]+)*,?[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?"
                           r"[A-Z][a-z'’-]+[ \t]+[A-Z][a-z]")


def _body_before(text: str, start: int, ctx: DocView) -> bool:
    """A body's name ends just before the description, set off by a comma ("Ossmar Bank, the
    Kelby lender"): the tagger calls its last word an organisation's."""
    m = _NAME_BEFORE.search(text, max(0, start - 40), start)
    token = ctx.token_at(m.start(1)) if m else None
    return token is not None and token.ent_type_ == "ORG"


# a name set before a description by a comma: "Ossmar Bank, "
_NAME_BEFORE = re.compile(r"([A-Z][\w'’.-]*),[ \t]+$")


def _is_head(ctx: DocView, start: int, end: int, text: str, *, possessive: int = 0) -> bool:
    """The word is a noun that ends its noun phrase: not a verb ("the army would force them"),
    not a modifier of the next noun ("the army chief"), not the start of a name written after
    it ("the ministry of Energy"). A possessive still ends it (``possessive`` is where the
    possessive's own mark ends): "the ministry's figure", "the commission's office" and "the
    islands' population" name the ministry, the commission and the islands."""
    token = ctx.token_at(start)
    if token is None or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if possessive:  # but "the ship's master" or "the state's governor" is a person
        nxt = ctx.next_token(possessive)
        # unless the owner is a body ("the fund's director", "the union's president"): readers
        # mark the body there, the holder being named beside it or elsewhere; or the person is
        # named beside it ("the fund's director, Ana Lind"): the name is the person
        return nxt is None or fold(nxt.text) not in _person_heads() \
            or _is_body_owner(text[start:end]) \
            or (bool(_NAMED_BESIDE.match(text, nxt.idx + len(nxt.text)))
                and any("ORG" in rule.types
                        for rule in descriptions().rules_for(fold(text[start:end]))))
    if _NAME_FOLLOWS.match(text, end):
        return False  # "the Ministry of ..." written in lowercase is still a name's start
    if _OF_FOLLOWS.match(text, end) and fold(text[start:end]) in descriptions().not_before_of:
        return False  # "the state of emergency": a condition, not a state
    nxt = ctx.next_token(end)
    return not (nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.idx == end + 1
                and nxt.text[:1].islower())


def _is_body_owner(head: str) -> bool:
    """The head noun describes a body and never a place or a person ("company", "union",
    "institute"; not "state", "ship", "organiser"): its possessive before a person's title
    ("the union's president") is written about the body as much as about the holder, and the
    holder is a person of the body, so the phrase is kept as the body's description."""
    rules = descriptions().rules_for(fold(head))
    return bool(rules) and any("ORG" in rule.types for rule in rules) \
        and not any(rule.types & {"GPE", "LOC", "PERSON"} for rule in rules)


def _modifies_next(ctx: DocView, start: int, end: int, text: str) -> bool:
    """The head noun of a body or a place only modifies the lowercase noun straight after it
    ("the police tally", "the glacier snout", which the tagger may even call an adjective):
    what ``_is_head`` turns down for that reason alone, but not a person's head after it ("the
    ministry spokesman": the person) nor the start of a name; and never a person's or a
    happening's head ("the general election", "the fire brigade" are neither), nor one that
    makes a set phrase there ("the exchange rate": ``not_before_noun``), nor one before the
    building it sits in ("the parliament building": ``seat_nouns``)."""
    token = ctx.token_at(start)
    if token is None or token.pos_ not in ("NOUN", "PROPN", "ADJ") \
            or _NAME_FOLLOWS.match(text, end):
        return False
    head = fold(text[start:end])
    rules = descriptions().rules_for(head)
    if head in descriptions().not_before_noun or any("PERSON" in rule.types for rule in rules) \
            or all(rule.types <= {"EVENT"} for rule in rules):
        return False
    nxt = ctx.next_token(end)
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.idx == end + 1 \
        and nxt.text[:1].islower() and fold(nxt.text) not in _person_heads() \
        and fold(nxt.text) not in descriptions().seat_nouns


def institution_spans(text: str, spans: list[Span]) -> list[Span]:
    """"<place>'s [modifiers] <institution>" and "<place> <institution>" ("the Faroe Islands
    parliament"): the place's span is taken into the phrase. Set straight before a body's own
    name ("Velmora's forest agency KORFOR said") the phrase describes that body: a description,
    which resolution joins to the name after it."""
    table = descriptions()
    found = []
    bodies = {s.start for s in spans if s.label == "ORG"}
    # a name the tagger calls a place elsewhere in the article is that place before its
    # institution, whatever the tagger calls it there ("West Bengal's government" read as a
    # person's name)
    placed = {text[s.start:s.end] for s in spans if s.label in PLACE_LABELS}
    for span in spans:
        if span.label == "NORP" and countries().of_demonym(text[span.start:span.end]):
            demonym = _after_demonym(text, span, table.after_demonym)
            if demonym is not None:
                found.append(demonym)
            continue
        if span.label not in PLACE_LABELS and not countries().country(text[span.start:span.end]) \
                and text[span.start:span.end] not in placed:
            continue
        m = re.match(r"['’]s?\s+", text[span.end:span.end + 3])
        modifiers, nouns, modified = MAX_MODIFIERS, table.institutions, table.modified_institutions
        if not m:
            m = re.match(r"[ \t]+(?=[a-z])", text[span.end:span.end + 3])
            # "Kenya the government", "Ohio voters and police": no such phrase
            modifiers, nouns, modified = 0, table.after_name, ()
            if not m:
                continue
        words = list(_WORD.finditer(text, span.end + m.end(), min(len(text), span.end + 90)))
        folded = [fold(w.group()).removesuffix("'s") for w in words]
        for n in range(0, min(modifiers + 1, len(words))):
            if n and not (words[n - 1].group()[:1].islower() or _is_backer(folded[n - 1])):
                break
            hit = next((p for p in (*nouns, *(modified if n else ()))
                        if tuple(folded[n:n + len(p)]) == p), None)
            if hit is not None:
                last = words[n + len(hit) - 1]
                end = last.start() + len(last.group().removesuffix("'s").removesuffix("’s"))
                after = _NEXT_WORD.match(text, end)
                named = after is not None and (end + 1 in bodies or is_acronym(after.group(1)))
                found.append(Span(span.start, end, DESC if named else "ORG"))
                break
    return found


_NEXT_WORD = re.compile(r" ([A-Z][\w&]*)\b")


def _after_demonym(text: str, span: Span, nouns: tuple[tuple[str, ...], ...]) -> Span | None:
    """"French coastguard", "the Velmoran interior ministry": a country's adjective, up to two
    lowercase modifiers, then one of its bodies; None when no such body follows."""
    m = re.match(r"[ \t]+(?=[a-z])", text[span.end:span.end + 3])
    if not m:
        return None
    words = list(_WORD.finditer(text, span.end + m.end(), min(len(text), span.end + 60)))
    folded = [fold(w.group()).removesuffix("'s").removesuffix("’s") for w in words]
    for n in range(0, min(3, len(words))):
        if n and (not words[n - 1].group()[:1].islower()
                  or text[words[n - 1].end():words[n].start()] not in (" ", "\t")):
            break
        hit = next((p for p in nouns if tuple(folded[n:n + len(p)]) == p), None)
        if hit is not None:
            last = words[n + len(hit) - 1]
            end = last.start() + len(last.group().removesuffix("'s").removesuffix("’s"))
            return Span(span.start, end, "ORG")
    return None


# whose person a title says: a place's ("Velmora's foreign minister"), or a body's ("Orla
# Bank's chief economist"), whatever the tagger called the name before the possessive
_OWNER_LABELS = PLACE_LABELS | {"ORG", "PERSON"}
_OWNED_TITLE = re.compile(r"['’]s?[ \t]+((?:[a-z][\w-]*[ \t]+){0,2})([a-z]+),[ \t]+")


def titled_spans(text: str, spans: list[Span]) -> list[Span]:
    """"Velmora's foreign minister, Ilan Prask, said": a place's person, by title, set
    beside the name (the place's span is taken into the description, which resolution joins to
    that person; without a name beside it the place stays the place); and a body's, "Orla
    Bank's chief executive, Ivo Lind", whatever the tagger called the owner (it calls a place
    a person or a body as often), the title a person's head noun or an office's ("chief",
    "executive"): the description is then the title alone, and the owner keeps its mention."""
    found = []
    for i, span in enumerate(spans[:-1]):
        if span.label not in _OWNER_LABELS and not countries().country(text[span.start:span.end]):
            continue
        m = _OWNED_TITLE.match(text, span.end)
        if m is None or not (fold(m.group(2)) in _person_heads() or is_office_head(m.group(2))):
            continue
        person = spans[i + 1]
        between = text[m.end():person.start].split()
        if person.label == "PERSON" and all(fold(w.rstrip(".")) in name_words().titles
                                            for w in between):
            # a body keeps its own mention: "Orla Bank" is named there as much as its officer;
            # so does a place before an office's title that is no person's head noun alone
            # ("Velm's chief executive")
            place = (span.label in PLACE_LABELS
                     or countries().country(text[span.start:span.end])) \
                and fold(m.group(2)) in _person_heads()
            found.append(Span(span.start if place else m.start(1), m.end(2), DESC))
    return found


# "Tolland's parent,", "Tolland's Denver-based parent." (a place-based modifier allowed)
_OWNED_BODY = re.compile(r"['’]s?[ \t]+((?:(?:[a-z][\w-]*|[A-Z]\w*-[a-z]+)[ \t]+){0,2})"
                         r"([a-z]+)(?=[,.;:)])")


def owned_spans(text: str, spans: list[Span]) -> list[Span]:
    """"Summitvale Holdings, Tolland's Denver-based parent, fell": a name's possessive and
    what the body is to it, set beside another name by a comma (the owner's span is taken into
    the description, which resolution joins to the name it is set beside); so is any listed
    head set so straight after a name ("Velm, Orla's largest city, voted", "Kessel Motors,
    Orla's biggest carmaker, said", "said Ana Lind, Skyra's country manager."), the owner
    keeping its mention there and the description the words after the possessive, which
    resolution joins only where the name's type fits the head; and "Tolland's receivers, Ashby
    Partners, said", the same set before the name it describes, for a head that only a name the
    corpus calls so fits ("receivers")."""
    found = []
    name_ends = {s.end for s in spans if s.label in _APPOSED_LABELS}
    for span in spans:
        m = _OWNED_BODY.match(text, span.end)
        if m is None:
            continue
        head = fold(m.group(2))
        beside = _BESIDE_NAME.search(text, max(0, span.start - 4), span.start)
        before = head in _called_heads() and _NAME_AFTER.match(text, m.end(2))
        if (beside is not None and head in _beside_heads()) or before:
            found.append(Span(span.start, m.end(2), DESC))
        elif beside is not None and head in descriptions().by_head \
                and (beside.start() + 1) in name_ends \
                and _beside_heads().isdisjoint(fold(w) for w in m.group(1).split()):
            # the owner keeps its mention ("Tarvonia's" is Tarvonia's); the description is
            # what follows the possessive, which resolution sets beside the name before it;
            # not "Orla Tin's parent company": what it is to the owner, which would teach the
            # article's "the company" the wrong body
            found.append(Span(m.start(1) if m.group(1) else m.start(2), m.end(2), DESC))
    return found


_NAME_AFTER = re.compile(r",[ \t]+(?:the[ \t]+)?[A-Z]")  # ", Ashby Partners," after it
# the names a name's possessive description may be set beside, after them
_APPOSED_LABELS = PLACE_LABELS | {"ORG", "PERSON", "FAC"}


@cache
def _called_heads() -> frozenset[str]:
    """Head nouns of organisations that only a name the corpus calls so fits ("receivers")."""
    return frozenset(head for head, rules in descriptions().by_head.items()
                     if any(rule.match == "called" and "ORG" in rule.types for rule in rules))


@cache
def _beside_heads() -> frozenset[str]:
    """Head nouns that stand for an organisation only beside its name ("parent", "charity")."""
    return frozenset(head for head, rules in descriptions().by_head.items()
                     if any(rule.match == "beside" for rule in rules))


@cache
def _person_heads() -> frozenset[str]:
    """Head nouns that describe a person ("spokesman", "governor")."""
    return frozenset(head for head, rules in descriptions().by_head.items()
                     if any("PERSON" in rule.types for rule in rules))


def _is_backer(word: str) -> bool:
    return any(word.endswith("-" + s) for s in descriptions().backer_suffixes)
