"""Where: the places a figure is about, from its own "in" phrase, else its sentence, else its
paragraph; nationality modifiers ("US troops") and places that act ("Washington believed") are
left out."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract.figures.found import FoundFigure
from store.extract.figures.parse import ents_in, per_sentence, text_of
from store.knowledge.context import context_words
from store.knowledge.countries import countries
from store.knowledge.descriptions import descriptions
from store.knowledge.folding import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


PLACE_LABELS = frozenset({"GPE", "LOC"})


PHRASE, SENTENCE, ARTICLE, PARAGRAPH = "phrase", "sentence", "article", "paragraph"


def where_of(span: Span, sent: Span, doc: Doc, head: Token | None) -> tuple[list[str], str]:
    """Places the figure is about, and where they were read: those its own phrase is "in"
    ("9,000 rebels in the north and 4,000 in the east" gives each its own), else those of its
    sentence, else the article's own place (its headline and lead say what it is about), else
    those of its paragraph."""
    attached = attached_places(span, head)
    if attached:
        return attached, PHRASE
    places = list(per_sentence(sent, "places", _places))
    if places:
        return places, SENTENCE
    main = article_places(doc)
    if main:
        return main, ARTICLE
    para_start = text_of(doc).rfind("\n", 0, sent.start_char) + 1
    # the sentence's own end, not the blank lines after it the parse may take in (which would
    # stretch the paragraph over the next one)
    ends = sent.end_char - (len(sent.text) - len(sent.text.rstrip()))
    para_end = text_of(doc).find("\n", ends)
    para = doc.char_span(para_start, para_end if para_end != -1 else len(text_of(doc)),
                         alignment_mode="expand")
    return (list(per_sentence(para, "places", _places)) if para is not None else []), PARAGRAPH


BYLINE = re.compile(r"^\s*(?:by|from|photo|image|credit|reporting by)\b", re.I)
LEAD_LINES = 4  # the headline, a subtitle or byline, the dateline and the lead paragraph
# a site's navigation bar, "The Velm Tribune | News | Counties | Sport": its outlet and sections
# name no place the story is about (a line of one or two bars, "Press statement | Velmora", may)
NAVIGATION_BARS = 3
# a line that is only a web address (a saved page's address, above its headline): the tagger may
# take its host or path for a place, and it names none the story is about
WEB_ADDRESS = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)
DATELINE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,}(?:,[^—–\n]{0,40})?\s*"
                      r"(?:\([^)\n]{0,40}\)\s*)?[—–-]\s")


def article_places(doc: Doc) -> list[str]:
    """The place an article is about: the first its headline names, else the first its lead
    sentence names after any dateline (kept once per document). A dateline says where the
    reporter was, which a wire story from Geneva about Mozambique shows is not the same; a
    site's navigation bar or a saved page's web address above the headline is no line of the
    story at all."""
    cached = doc.user_data.get("claimscope_places")
    if cached is None:
        cached = doc.user_data["claimscope_places"] = _lead_places(doc)
    return list(cached)


def _lead_places(doc: Doc) -> list[str]:
    text = text_of(doc)
    offset = 0
    lines: list[tuple[int, str]] = []
    for line in text.split("\n"):
        if line.strip() and line.count("|") < NAVIGATION_BARS and not WEB_ADDRESS.match(line):
            lines.append((offset, line))
        offset += len(line) + 1
        if len(lines) >= LEAD_LINES:
            break
    for start, line in lines:
        if BYLINE.match(line):
            continue  # "By A. Writer, Southeast Asia Correspondent": the reporter's beat
        dateline = DATELINE.match(line)
        begin = start + (dateline.end() if dateline else 0)
        end = start + len(line)
        if dateline:  # the lead sentence only: the rest of a paragraph wanders
            sentence_end = re.search(r"[.!?](?:\s|$)", line[dateline.end():])
            end = begin + (sentence_end.end() if sentence_end else len(line) - dateline.end())
        span = doc.char_span(begin, end, alignment_mode="contract")
        if span is None:
            continue
        ents = [ent for ent in _place_ents(span) if not _seat_of_a_body(ent, text, start, line)]
        ents = [ent for ent in ents if place_name(ent.text)]
        if ents:
            return [place_name(ent.text) for ent in _listed_with_first(ents, text)]
    return []


# what joins the places of one list: "England, Wales and Northern Ireland"
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?$")
LIST_CLOSE = re.compile(r"\b(?:and|or)\b|&")  # the join before a list's last place


def _listed_with_first(ents: list[Span], text: str) -> list[Span]:
    """The first place, with the places listed right after it: a line that names "England,
    Wales and Northern Ireland" is about all three, and its first alone would say that a figure
    for the three is England's."""
    listed, closed = [ents[0]], False
    for ent in ents[1:]:
        between = text[listed[-1].end_char:ent.start_char]
        if len(between) > 8 or not LIST_JOIN.match(between):
            break
        listed.append(ent)
        if LIST_CLOSE.search(between):
            closed = True
            break
    # commas alone ("Kano, Nigeria") name a place and the place it is in, not a list
    return listed if closed else listed[:1]


_THE = re.compile(r"^(?:the|The)\s+")
_POSSESSIVE = re.compile(r"\s*['’]s?$")
_JOINER_AFTER = re.compile(r"(?:\s+(?:and|or|&)|[,;:])+$")


@lru_cache(maxsize=4096)  # asked of each entity near every figure: the same few names again
def place_name(text: str) -> str:
    """A place as named, without what the tagger sometimes glues on ("the", "Velm province
    and", "Velmora’s")."""
    name = _THE.sub("", text.strip())
    name = _POSSESSIVE.sub("", name)  # "Mozambique’s": the place, not its possessive
    return _JOINER_AFTER.sub("", name).strip()


CLAUSE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


def attached_places(span: Span, head: Token | None) -> list[str]:
    """Places the figure's own phrase is about: an "in X" on the number, on its counted noun (or
    the noun that one qualifies: "the pass rate in England"), or on the verb whose subject or
    object they are ("19 people had died in Karsby")."""
    anchors = [*span, *([head] if head is not None else [])]
    noun = head if head is not None else span.root
    while noun.dep_ in ("nummod", "quantmod", "compound") and noun.head.i != noun.i:
        noun = noun.head
    if noun not in anchors:
        anchors.append(noun)  # "the pass rate in England": the noun its counted word qualifies
    if noun.dep_ in CLAUSE_ROLES and noun.head.pos_ in ("VERB", "AUX"):
        anchors.append(noun.head)
    prepositions = context_words().place_prepositions
    found: list[str] = []
    for anchor in anchors:
        for prep in anchor.children:
            if prep.dep_ != "prep" or prep.lower_ not in prepositions:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for tok in [obj, *(c for c in obj.conjuncts)]:
                    if tok.ent_type_ in PLACE_LABELS and not _in_a_list_of_unknown_places(tok):
                        ent = next(iter(ents_in(span.doc, tok.i, tok.i + 1)), None)
                        name = place_name(ent.text) if ent else tok.text
                        if name not in found and not names_no_place(name):
                            found.append(name)
    return found


# one word with a digit in it: an amount the tagger took for a place ("R29", "R7.1bn", "P205")
_AMOUNT_LIKE = re.compile(r"\S*\d\S*")


def _is_place(ent: Span) -> bool:
    """A place by its label, or a country whatever the tagger called it: the small English
    model often takes a country in a headline for a person ("Floods displace thousands in
    Malawi")."""
    if names_no_place(ent.text) or _names_a_body(ent) or _of_a_person(ent):
        return False
    return ent.label_ in PLACE_LABELS or (
        ent.label_ in ("PERSON", "ORG", "NORP") and countries().country(ent.text) is not None)


def _names_a_body(ent: Span) -> bool:
    """Whether a name stands beside a noun that describes only a body ("the water regulator
    Ofwat", "the operator, Pedalo Mobility", "Ofwat, the regulator,"): it names that body, a
    source, not a place the figure is about."""
    root = ent.root
    beside = [root.head] if root.dep_ == "appos" else []
    beside += [c for c in root.children if c.dep_ == "appos"]
    table = descriptions()
    return any(t.pos_ == "NOUN" and table.is_body_head(t.lemma_) for t in beside)


def _of_a_person(ent: Span) -> bool:
    """Whether a place is a person's possessive ("Kenya's Daniel Kiprop"): it says where the
    person is from, not where what the figure counts is."""
    root = ent.root
    return root.dep_ == "poss" and root.head.ent_type_ == "PERSON"


def names_no_place(name: str) -> bool:
    """Whether a name the tagger may call a place names none a figure is about: a seat of
    government that stands for the government ("will ask the Kremlin to"), or a newspaper's
    "World" section (context.toml [places] not_places), or one word with a digit in it, an
    amount or a code the tagger misread ("the saving at R29 a month"; a place with a number is
    written apart, "Ward 5")."""
    if _AMOUNT_LIKE.fullmatch(name.strip()):
        return True
    folded = fold(place_name(name))
    return (folded[4:] if folded.startswith("the ") else folded) in context_words().not_places


def _place_ents(span: Span) -> list[Span]:
    """The place entities of a span, leaving out nationality modifiers ("US troops", "U.S.
    official") and places that act."""
    # a place that is the subject does something ("Washington believed"): an actor there
    return [ent for ent in ents_in(span.doc, span.start, span.end, inside=True)
            if _is_place(ent) and ent.root.dep_ not in (
                "compound", "amod", "nmod", "nsubj", "nsubjpass")
            and not _in_a_list_of_unknown_places(ent.root) and not _in_dateline(ent)]


DATELINE_REACH = 120  # characters from a line's start where its dateline's dash may stand


def _in_dateline(ent: Span) -> bool:
    """Whether a name stands in the wire dateline that opens its line ("OSLO, 3 May 2030
    (Reuters) -"): the place says where the reporter was, and a wire's credit in brackets,
    which the tagger may take for a place, is no place at all."""
    text = text_of(ent.doc)
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    if ent.start_char - line_start > DATELINE_REACH:
        return False
    dateline = DATELINE.match(text[line_start:line_start + DATELINE_REACH])
    return dateline is not None and ent.end_char <= line_start + dateline.end()


# what the small model calls a place name it does not know: nothing, or a person
_UNKNOWN_NAME = frozenset({"", "PERSON"})


def _in_a_list_of_unknown_places(tok: Token) -> bool:
    """Whether a place stands in a list beside proper nouns the tagger did not take for places
    ("villages in Velmoor, Tarrant and Ostrava", where only the first two are found): the list
    names several places, so the one found is not all the figure is about, and a part of
    them is another quantity than the whole (better no place than a wrong one)."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    lists = tok.doc.user_data.setdefault("claimscope_unknown_in_list", {})
    unknown = lists.get(head.i)
    if unknown is None:  # once per list: its members all ask, k members cost k, not k squared
        unknown = lists[head.i] = frozenset(
            c.i for c in (head, *head.conjuncts) if c.pos_ == "PROPN"
            and c.ent_type_ in _UNKNOWN_NAME and countries().country(c.text) is None)
    return bool(unknown - {tok.i})


def _places(span: Span) -> list[str]:
    """Places named in a span, leaving out nationality modifiers ("US troops", "U.S. official")."""
    seen: list[str] = []
    for ent in _place_ents(span):
        name = place_name(ent.text)
        if name and name not in seen:
            seen.append(name)
    return seen


# the cell of a release's header line a place ends: "**Press release** | Ministry of Water,
# Velmora" (the cell starts after the last bar before the place)
_SEAT = re.compile(r"[^|,]*[A-Za-z][^|,]*,\s*$")


def _seat_of_a_body(ent: Span, text: str, line_start: int, line: str) -> bool:
    """Whether a place in a header line of bars is the seat of the body its cell names before
    it: "Press release | Ministry of Water, Velmora" says where the ministry sits, not what the
    release is about, as a dateline says where the reporter was ("Press statement | Velmora"
    alone may name the place, and so may "Velmora, 3 May | For immediate release"; a country,
    "Ministry of Water, Republic of Velmora", is the whole the body speaks for). ``line`` is
    the header line, starting at ``line_start`` of ``text``."""
    if "|" not in line or countries().country(ent.text) is not None:
        return False  # (a country after a national body is what it speaks for)
    cell_start = text.rfind("|", line_start, ent.start_char) + 1
    if cell_start == 0:
        return False
    before = text[cell_start:ent.start_char]
    if not _SEAT.fullmatch(before):
        return False
    # "Glevna, Trelavia": a place after a place is where the first lies, no seat of a body
    head = ent.doc.char_span(cell_start, cell_start + len(before.rstrip().rstrip(",")),
                             alignment_mode="contract")
    return head is None or not any(_is_place(e) for e in ents_in(
        ent.doc, head.start, head.end, inside=True))


def unshare_places(figures: list[FoundFigure], doc: Doc) -> None:
    """When a sentence breaks a figure down by place ("at least 188 people had been killed
    nationwide, 121 of them in Velm province and 45 in Harlow"), the places its parts have
    for their own are not where its other figures are: those keep the rest of the sentence's
    places, else the article's. One figure with a place of its own is no breakdown ("up to
    16,000 recruits in Velmora and Ostland, down from 19,000" is one quantity twice)."""
    owners: dict[tuple[int, int], list[FoundFigure]] = {}
    for fig in figures:
        if fig.where_basis == PHRASE:
            owners.setdefault(fig.sentence, []).append(fig)
    # what each sentence's parts say, worked out once per sentence, not once per figure in it
    said = {sentence: _Parts(parts) for sentence, parts in owners.items()}
    text = text_of(doc)
    for fig in figures:
        parts = said.get(fig.sentence)
        if fig.where_basis != SENTENCE or parts is None:
            continue
        if parts.distinct < 2 and not _whole_country(fig, parts, text) and not (
                _whole_of_parts(fig, parts, text)):
            continue
        rest = [p for p in fig.where if p not in parts.taken]
        if rest:
            fig.where = rest
        else:
            fig.where, fig.where_basis = article_places(doc), ARTICLE


# "Of the 410,000 patients, 38,000 live in ...": the sentence opens with the whole (a list
# item's dash or bullet before it), its parts follow
WHOLE_OPENING = re.compile(r"(?:[-*•–—]\s*)?(?:out\s+)?of\s+(?:the\s+|all\s+|these\s+|those\s+)?",
                           re.I)


def _whole_of_parts(fig: FoundFigure, parts: _Parts, text: str) -> bool:
    """ "Of the 52,000 homes insured, about 9,000 stand in Wexmoor": a sentence that opens with
    a figure it is "of" breaks that whole down, so the place a part after it has for its own is
    not the whole's (one part is enough: the other parts are the rest of the whole)."""
    return parts.starts[-1] > fig.end and WHOLE_OPENING.fullmatch(
        text, fig.sentence[0], fig.start) is not None


NATIONWIDE_REACH = 40  # characters after a figure where "nationwide" still speaks of it


class _Parts:
    """The figures of one sentence with places of their own: how many different place lists
    they give, every place they take, and where each starts (in text order)."""

    def __init__(self, parts: list[FoundFigure]) -> None:
        self.distinct = len({tuple(p.where) for p in parts})
        self.taken = {place for part in parts for place in part.where}
        self.starts = [p.start for p in parts]


def _whole_country(fig: FoundFigure, parts: _Parts, text: str) -> bool:
    """ "58 people were detained across the country, including 22 in the capital": the figure's own
    words, before its first part, say it is the whole country's."""
    after = bisect.bisect_right(parts.starts, fig.end)
    stop = fig.end + NATIONWIDE_REACH
    if after < len(parts.starts):
        stop = min(stop, parts.starts[after])
    return context_words().whole_country.search(text, fig.end, stop) is not None
