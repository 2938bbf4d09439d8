"""Who: the source that states a figure ("according to X", the speaker of a verb of saying, else
the article) and the owner it belongs to ("the EU pledged €40 million"; fighters belong to the
armed group named last before them)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract.dates import MONTHS
from store.extract.figures.dateline_subject import DASHES, dateline_dash
from store.extract.figures.found import FoundFigure
from store.extract.figures.parse import (
    MAX_DEPTH,
    digits_between,
    ents_in,
    governing_verb,
    per_sentence,
    text_of,
)
from store.extract.figures.speakers_unattached import (
    appended_speaker,
    gapped_subject,
    names_a_body,
)
from store.extract.figures.where import place_name
from store.knowledge.context import ContextWords, context_words
from store.knowledge.countries import countries
from store.knowledge.estimates import estimate_words
from store.knowledge.name_words import name_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


OWNER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


# "31 of the 80 seats", "9 out of the country's 14 provinces": the second number is the whole
# the first is a part of; what the subject took is the part, not the whole.
_WHOLE = re.compile(r"\d[\d,.]*%?\s+(?:out\s+)?of\s+(?:the\s+)?(?:(?:its|their|his|her|our|"
                    r"[\w-]+['’]s)\s+)?$", re.IGNORECASE)


def owner_of(doc: Doc, fig: FoundFigure) -> str | None:
    """Whose figure it is, when a verb of having or giving says so: "the EU pledged €40
    million" (the EU's aid, not the US's), "the party won 612,340 votes"."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or _WHOLE.search(text_of(doc), max(0, fig.start - 80), fig.start):
        return None
    if _own_clause_subject(span):
        return None  # "short of the €40mn the bureau had asked for": not the ministry's
    verb = governing_verb(span)
    found = _listed_owner(span) or _object_owner(span, verb) or _possessor(verb)
    if found is not None or verb.lemma_.lower() not in context_words().owner_verbs:
        return found
    if any(c.dep_ == "dobj" and c.lemma_.lower() in context_words().number_nouns
           for c in verb.children):
        return None  # "the ministry raised the death toll to 189": it counts, it owns nothing
    for child in verb.children:
        subject = child if child.dep_ == "nsubj" else None
        if child.dep_ == "agent":
            subject = next((c for c in child.children if c.dep_ == "pobj"), None)
        if subject is None:
            continue
        if any(c.dep_ == "conj" for c in subject.children):
            return None  # "the LC and the FV together took two-thirds": no one owner's
        ents = [e for e in ents_in(doc, subject.left_edge.i, subject.right_edge.i + 1,
                                     inside=True) if e.label_ in OWNER_LABELS]
        head_ent = next((e for e in ents if e.start <= subject.i < e.end), None)
        if head_ent is None:  # "the opposition Civic Front (CF) won": the name in apposition
            named = [c for c in subject.children if c.dep_ == "appos"]
            head_ent = next((e for e in ents for c in named if e.start <= c.i < e.end
                             and e.label_ in ("ORG", "PERSON", "NORP")), None)
        if head_ent is not None:
            return place_name(head_ent.text)
        # "The FV spent €2.35 million": a name the entity tagger left untagged (not a label
        # the parser made the subject: "Correction: an earlier version gave 48")
        label = subject.i + 1 < len(doc) and doc[subject.i + 1].text == ":"
        if subject.pos_ == "PROPN" and not subject.ent_type_ and not label:
            named = _name_of(subject)
            if named is not None:
                return named
    return None


_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "what"})


def _own_clause_subject(span: Span) -> bool:
    """Whether the figure's noun carries a relative clause with a subject of its own ("the £15m
    the head teachers had requested", "the 7% the union demanded"): the figure is that
    subject's (asked for, demanded, named), and the subject of the sentence's verb owns
    nothing of it. A relative pronoun as the clause's subject ("612,340 votes, which was a
    record") is the figure itself."""
    root = span.root
    return any(c.dep_ == "relcl" and any(
        g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in _RELATIVE_WORDS
        for g in c.children) for c in root.children)


def _name_of(tok: Token) -> str | None:
    """A name that can own a figure: an organisation, a person or a people the tagger names
    (a place owns nothing: it is where), or a capitalised name it left untagged."""
    doc = tok.doc
    if tok.ent_type_ and tok.ent_type_ not in ("ORG", "PERSON", "NORP"):
        return None
    ent = next((e for e in ents_in(doc, tok.i, tok.i + 1) if e.start <= tok.i < e.end),
               None) if tok.ent_type_ else None
    if ent is not None:  # "Liga Costera (LC": the tagger's span may take the bracket in
        name = place_name(re.sub(r"\s*\([^)]*\)?\s*$", "", ent.text))
        return None if countries().country(name) is not None else name
    if tok.pos_ == "PROPN" and tok.text[:1].isupper():
        words = list(doc[tok.left_edge.i:tok.i + 1])
        while words and words[0].pos_ == "DET":
            words = words[1:]
        if all(t.text[:1].isupper() for t in words):
            return place_name(" ".join(t.text for t in words))
    return None


_HELD = frozenset({"share", "strength", "lead", "majority", "margin", "stake"})


def _possessor(verb: Token) -> str | None:
    """ "The LC's vote total rose to 412,650", "the party's share fell to 18 percent": a named
    possessor of the subject, when the subject is a number it has."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    lemma = subject.lemma_.lower()
    # "the DRW's count" is the DRW's estimate (its origin); "the LC's vote total" and "the
    # party's share" are what the LC and the party have
    held = lemma in _HELD or (lemma in context_words().number_nouns
                              and any(c.dep_ == "compound" for c in subject.children))
    owner = next((c for c in subject.children if c.dep_ == "poss"), None) if held else None
    return _name_of(owner) if owner is not None else None


def _object_owner(span: Span, verb: Token) -> str | None:
    """ "had given the LC 31 seats", "lifted the party from 31 seats to 32": the one given the
    figure, or moved from one figure to another, has it."""
    lemma = verb.lemma_.lower()
    ctx = context_words()
    if lemma == "give":
        return _given_to(span, verb)
    if lemma not in ctx.revising_verbs and lemma not in ctx.change_verbs:
        return None
    in_from_to = any(a.dep_ == "prep" and a.lower_ in ("from", "to") and a.head.i == verb.i
                     for a in span.root.ancestors)
    moved = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return _name_of(moved) if in_from_to and moved is not None else None


GIVEN_REACH = 16  # tokens back from a figure to the name it is given to, at most


def _given_to(span: Span, verb: Token) -> str | None:
    """ "gives the LC 36.5 percent and the FV 24.1 percent": the name right before each figure
    (a bracketed short form aside) is the one given it; the parse of such lists is unreliable,
    their order is not."""
    doc = span.doc
    if not any(c.dep_ == "dative" for c in verb.children):
        return None
    i = span.start - 1
    while i > max(verb.i, span.start - GIVEN_REACH):
        tok = doc[i]
        if tok.text == ")":
            while i > verb.i and doc[i].text != "(":
                i -= 1
            i -= 1
            continue
        if tok.is_punct or tok.pos_ == "DET":
            i -= 1
            continue
        return _name_of(tok)
    return None


_LIST_LABEL = re.compile(r"\s*(?:[-*•]|\d+[.)])?\s*([^:\n]{2,80}?)\s*(?:\(([^()\n]{1,12})\))?\s*:")


def _label_ents(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities of a list line's label (characters ``start`` to ``end``)."""
    label = doc.char_span(start, end, alignment_mode="expand")
    return [] if label is None else ents_in(doc, label.start, label.end, inside=True)


def _listed_owner(span: Span) -> str | None:
    """ "- Liga Costera (LC): 412,650 votes (36.52%), 32 seats": a list line's label owns the
    figures after its colon, when the label is a name (a tagged organisation or person, or
    capitalised words with a bracketed short form)."""
    doc = span.doc
    text = text_of(doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    label = _LIST_LABEL.match(text, line_start)
    if label is None or label.end() > span.start_char:
        return None
    words = label.group(1).strip()
    if label.group(2) is None and not any(
            e.label_ in ("ORG", "PERSON", "NORP") and e.text.strip() == words
            for e in _label_ents(doc, line_start, label.end())):
        return None
    if not all(w[:1].isupper() or not w[:1].isalpha() for w in words.split()
               if w.lower() not in ("of", "the", "and", "for", "de", "del", "la")):
        return None
    return words


def nearest_armed_group(text: str, offset: int, armed: frozenset[str]) -> str | None:
    """Fighters belong to some group: the armed group named last before them, in their sentence
    or the two paragraphs before ("it controlled 14,000 militants" after "IS has suffered")."""
    if not armed:
        return None
    start = offset
    for _ in range(3):
        start = text.rfind("\n", 0, max(0, start - 1))
        if start == -1:
            start = 0
            break
    stop = offset + 80
    # the names are found once per text and the nearest by bisecting: a paragraph of thousands
    # of figures made each one scan the paragraph for every group's name (four minutes)
    found, positions = _armed_names_in(text, armed)
    i = bisect.bisect_left(positions, offset)
    candidates = []
    j = i - 1
    while j >= 0 and positions[j] >= start:  # the nearest before the figure
        if found[j][1] <= stop:
            candidates.append((offset - positions[j], positions[j], found[j][2]))
            break
        j -= 1
    if i < len(found) and found[i][1] <= stop:  # the nearest after, within 80 characters
        candidates.append((positions[i] - offset, positions[i], found[i][2]))
    return min(candidates)[2] if candidates else None


@lru_cache(maxsize=4)
def _armed_names_in(text: str, armed: frozenset[str]) -> tuple[list[tuple[int, int, str]],
                                                                list[int]]:
    """Every place a text names an armed group, as (start, end, name) in text order, and the
    starts alone (for bisecting)."""
    # a name the text does not hold is passed over before its pattern is built and tried over
    # the whole text (most of the curated names are in no given article); the name comes first
    # in its pattern, the check of the character before it after, so the engine looks for the
    # name's letters instead of trying the check at every character (3.5x faster)
    found = sorted((m.start(), m.end(), name) for name in armed if name in text
                   for m in _whole_name(name).finditer(text))
    return found, [position for position, _, _ in found]


@lru_cache(maxsize=256)
def _whole_name(name: str) -> re.Pattern[str]:
    """``name`` as a whole word: no letter, digit or hyphen on either side."""
    literal = re.escape(name)
    return re.compile(rf"{literal}(?<![\w-]{literal})(?![\w-])")


def source_of(span: Span, sent: Span, doc: Doc) -> tuple[str, str]:
    """Who is quoted giving the figure. A value the speaker sets aside (", not 85,000") is
    quoted by nobody: the speaker gives the other value and rejects this one, whoever's it is
    (a rival's, named before or in another article); its own noun may still name who produced
    it ("not the 1,500 reported by the company")."""
    ctx = context_words()
    if denied(span) and _produced_by(span.root, ctx) is None:
        return "the article", "article"
    bracketed = per_sentence(sent, "bracketed_source", _bracketed_source)
    if bracketed is not None and bracketed[1] >= span.end_char \
            and not _APART.search(text_of(doc), span.end_char, bracketed[1]):
        return bracketed[0], "according_to"
    according = _own_according_to(span, sent)
    cut = semicolon_after(span, sent)
    if according is not None and according[3] < cut:
        mine = _other_clause(span, according[2]) or _figure_between(span, sent, according[3])
        own = _path_speaker(span, ctx, cut) if mine else None
        if own is None:
            return according[0], according[1]
    speaker = gapped_subject(span) or _reporting_speaker(span, sent, ctx, cut)
    if speaker is not None:
        speaker = _carrier_source(speaker, ctx)
        piece = _piece_of(speaker)
        if piece is not None:
            return _outlet_of_piece(piece)
        if speaker.lower_ in ("he", "she"):
            named = _last_person_before(doc, span.start_char)
            return (named, "reporting") if named else ("the article", "article")
        return _speaker_text(speaker), "reporting"
    return "the article", "article"


# "cost 1,500 jobs, not 1,100": the value a speaker denies is not the speaker's estimate
_DENIED = re.compile(r"(?:,|\bbut)\s+not\s+(?:the\s+)?$", re.I)
DENIED_REACH = 12  # characters before a figure searched for ", not"


def denied(span: Span) -> bool:
    """Whether the figure is the value its speaker sets aside: ", not 1,100", "but not 210"."""
    text = text_of(span.doc)
    return _DENIED.search(text, max(0, span.start_char - DENIED_REACH), span.start_char) is not None


def _piece_of(speaker: Token) -> Token | None:
    """The piece of news a speaker is: a piece's noun ("an earlier version of this story"),
    the outlet's own report ("our report of March 14": a report alone is as often a body's),
    or a piece set in apposition to a notice's opening word ("Correction (4 May): An earlier
    version of this story said ..."); None for any other speaker."""
    pieces = estimate_words().pieces
    lemma = speaker.lemma_.lower()
    if lemma in pieces or (lemma == "report" and any(
            c.dep_ == "poss" and c.lower_ == "our" for c in speaker.children)):
        return speaker
    return next((c for c in speaker.children
                 if c.dep_ == "appos" and c.lemma_.lower() in pieces), None)


def _outlet_of_piece(piece: Token) -> tuple[str, str]:
    """Who speaks when a piece of news is the speaker ("An article on 20 October said the fund
    held £12 million", "an earlier version of this story said"): the outlet the phrase names
    ("an article in The Ledger"), else the article's own outlet, the writer. A piece is no
    body with estimates of its own, and the day it ran is no part of a name."""
    subtree = list(piece.subtree)
    outlet = next((ent for ent in ents_in(piece.doc, subtree[0].i, subtree[-1].i + 1,
                                          inside=True)
                   if ent.label_ == "ORG"), None)
    if outlet is not None:
        return outlet.text.removeprefix("the ").removeprefix("The ").strip(), "reporting"
    return "the article", "article"


def _own_according_to(span: Span, sent: Span) -> tuple[str, str, Token, int] | None:
    """The "according to" that speaks for a figure: of a sentence that sets two sources' figures
    side by side ("1,200 according to the guild, 800 according to the council"), the first one
    after the figure with no number between them; else the sentence's first, whose reach
    ``source_of`` then bounds (no number between, the same clause). A bisection over the
    sentence's own list."""
    found, where = per_sentence(sent, "according_tos", _according_tos)
    if len(found) < 2:
        return found[0] if found else None
    next_one = bisect.bisect_left(where, span.end)
    if next_one < len(found) and not digits_between(sent, span.end, where[next_one]):
        return found[next_one]
    return found[0]


def _according_tos(sent: Span) -> tuple[list[tuple[str, str, Token, int]], list[int]]:
    """Each source an "according to" in the sentence names, with the verb of the clause it
    hangs in and where it is (a token index), in text order; and those places alone (for
    bisecting)."""
    doc, ctx = sent.doc, context_words()
    found = []
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            obj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if obj is not None:
                verb = tok.head
                for _ in range(MAX_DEPTH):
                    if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                        break
                    verb = verb.head
                found.append((_speaker_text(_carrier_source(obj, ctx)), "according_to", verb,
                              tok.i))
    return found, [a[3] for a in found]


# a body in brackets that closes a sentence, after "Source:" or with a date after it: "2,946
# people confirmed dead (Ministry of Interior, 20 October).", "(Source: WHO)"; a bracket of a
# name alone is as often what the figure is about ("a penalty imposed on a bank (HSBC)")
_CLOSING_BRACKET = re.compile(r"\(\s*(?P<said>source:\s*)?(?P<body>[^(),;]{2,80}?)\s*"
                              r"(?:,(?P<tail>[^(),;]{1,40}))?\)\W*$", re.I)
_DATED = re.compile(r"\b(?:(?:1[89]|20)\d\d|" + "|".join(sorted(MONTHS, key=len, reverse=True))
                    + r")\b|\d/\d", re.I)
# what between a figure and the closing bracket puts it in another line of the box: a bracket
# of its own, a semicolon, a comma before a clause of another figure ("5 percent in March (ONS),
# while wages rose 3 percent (Source: Acme)")
_APART = re.compile(r"[();]|,\s*(?:while|whereas|but|although|though|and|which|as|when)\b", re.I)


def _bracketed_source(sent: Span) -> tuple[str, int] | None:
    """The body a bracket closing the sentence names as its source (a fact box's or a
    situation report's way of attributing a line: "5,530 injured (Ministry of Interior, 20
    October)", "(Source: WHO)"), and where the bracket opens (a character offset); None unless
    what it names first is an organisation the tagger found, so a conversion ("(30 feet)") or a
    code ("(Region III)") is none."""
    found = _CLOSING_BRACKET.search(sent.text)
    if found is None or not (found.group("said") or (found.group("tail") and
                                                     _DATED.search(found.group("tail")))):
        return None
    start = sent.start_char + found.start("body")
    end = sent.start_char + found.end("body")
    body = next((ent for ent in ents_in(sent.doc, sent.start, sent.end, inside=True)
                 if ent.label_ == "ORG" and ent.start_char == start and ent.end_char == end),
                None)
    if body is None:
        return None
    return body.text.removeprefix("the ").strip(), sent.start_char + found.start()


def _figure_between(span: Span, sent: Span, according: int) -> bool:
    """Whether another number stands between the figure and an "according to": "police
    counted 46,000 marchers, against 250,000 according to the FTU" gives the FTU the 250,000
    only, and the 46,000 stays the police's."""
    lo, hi = (span.end, according) if according >= span.end else (according + 2, span.start)
    return digits_between(sent, lo, hi)


def _other_clause(span: Span, according_verb: Token) -> bool:
    """Whether the figure sits in another clause of a coordination than the "according to":
    "380,000 homes were without water, according to the utility, and the DRW still counted
    95,000 displaced" has the DRW's figure in the second."""
    node = governing_verb(span)
    for _ in range(MAX_DEPTH):
        if node.i == according_verb.i or node.head.i == node.i:
            return False
        if (node.dep_ == "conj" and node.head.i == according_verb.i) or _contrasted(node):
            return True
        node = node.head
    return False


def _last_person_before(doc: Doc, offset: int, reach: int = 1500) -> str | None:
    """Who "he" or "she" most likely is: the person named last before, not too far back."""
    found = None
    for ent in ents_in(doc, 0, len(doc)):
        if ent.start_char >= offset:
            break
        if ent.label_ == "PERSON" and offset - ent.end_char <= reach:
            found = ent.text
    return found


def _carrier_source(obj: Token, ctx: ContextWords) -> Token:
    """ "according to estimates from the Velmoran navy", "figures released by the ministry" and
    "DRW data show" name the navy, the ministry and the DRW, not the estimates, the
    figures or the data."""
    if obj.lemma_.lower() not in ctx.carriers and obj.lower_ not in ctx.carriers:
        return obj
    if obj.pos_ == "PROPN" and obj.ent_type_ == "ORG" and obj.text[:1].isupper():
        return obj  # "the Velm Geological Survey": the carrier's word is the body's own name
    for child in obj.children:
        # "DRW data show", "the ministry's figures": the body the noun is of
        if child.dep_ in ("compound", "poss") and (
                child.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
                or (child.pos_ == "PROPN" and child.text[:1].isupper())
                or (child.dep_ == "poss" and child.pos_ == "NOUN"
                    and not is_time(child))):  # not "this year's count"
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            inner = next((c for c in child.children if c.dep_ == "pobj"), None)
            # "a survey of 800 households" is not the households' own: "of" names a body only
            # (and a day is none: "our report of March 14")
            if inner is not None and not is_time(inner) and (
                    child.lower_ != "of" or inner.pos_ == "PROPN"
                    or inner.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")):
                return inner
            by = next((b for b in inner.children if b.dep_ == "prep" and b.lower_ == "by"),
                      None) if inner is not None and child.lower_ == "of" else None
            author = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
            if author is not None:
                # "an analysis of the trial by the Velm Institute": the parse hangs the
                # author's "by" on the thing analysed; it is the analysis's
                return author
            if inner is not None and child.lower_ == "of" and inner is not obj \
                    and (inner.lemma_.lower() in ctx.carriers or inner.lower_ in ctx.carriers):
                # "an average of final polls compiled by X": the inner carrier's body, if named
                named = _carrier_source(inner, ctx)
                if named is not inner:
                    return named
        if child.dep_ in ("acl", "relcl"):  # "figures released by the ministry"
            for grand in child.children:
                if grand.dep_ == "agent" or (grand.dep_ == "prep" and grand.lower_ == "from"):
                    inner = next((c for c in grand.children if c.dep_ == "pobj"), None)
                    if inner is not None:
                        return inner
    if obj.i > 0 and obj.doc[obj.i - 1].ent_type_ in ("ORG", "NORP") and not obj.ent_type_:
        return obj.doc[obj.i - 1]  # "DRW data", where the parse left the name unattached
    return obj


def _speaker(verb: Token) -> Token | None:
    """Who does the saying: the active subject, or the "by" agent of a passive. Of two
    subjects the parser gives one verb, the nearer is the speaker: the farther is a wire
    dateline ("OSLO, March 3 (Reuters) - Norway's Audit Office said")."""
    subjects = past_dateline_subjects(verb)
    if len(subjects) > 1:
        subjects = sorted(subjects, key=lambda c: abs(verb.i - c.i))[:1]
    if subjects and _increases(verb) and not names_a_body(subjects[0]):
        return None  # "the new wing will add 900 beds": the wing says nothing
    if subjects and subjects[0].lower_ not in ("it", "there", "which", "that", "who"):
        return subjects[0]
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not subjects:
        # "the miner restated its output and reported a profit of $310m": coordinated verbs
        # share the first one's subject
        return _speaker(_reported_clause_teller(verb) or verb.head)
    return appended_speaker(verb) if not subjects else None


def _increases(verb: Token) -> bool:
    """Whether a verb of saying that also means to increase takes a number of things for its
    object ("will add 900 beds"), so it increases rather than says."""
    if verb.lemma_.lower() not in context_words().increasing_reporting:
        return False
    return any(c.dep_ == "dobj" and (c.like_num or any(g.dep_ == "nummod" for g in c.children))
               for c in verb.children)


def _reported_clause_teller(verb: Token) -> Token | None:
    """The verb of saying a coordinated verb of saying really shares its subject with, when
    the parse hung it on the clause the first one reports: in "the group said the charge was
    excessive and estimated that costs rose 20 per cent" the group estimated, not the charge."""
    reporting = context_words().reporting
    head = verb.head
    if verb.lemma_.lower() in reporting and head.lemma_.lower() not in reporting \
            and head.dep_ == "ccomp" and head.head.lemma_.lower() in reporting \
            and head.head.pos_ == "VERB":
        return head.head
    return None


def semicolon_after(span: Span, sent: Span) -> int:
    """The index of the first semicolon of the sentence after the figure (past the sentence's
    end when there is none). A semicolon joins two clauses that stand on their own: a verb of
    saying after it does not speak for a figure before it ("the board's final count is nine;
    the union still says twelve"; "the site was built for 2,000 people; it now holds 5,000,
    according to the agency"), whatever clause the parser hangs the first on (it often makes
    it the complement of the second's verb). A speaker before a semicolon still speaks for
    what follows it ("the ministry said 40 died in Arlo; 12 in Bream")."""
    # the sentence's semicolons, found once per sentence: a sentence may hold thousands of
    # figures, and a scan to its end from each was quadratic
    marks = per_sentence(sent, "semicolons", lambda sent: [t.i for t in sent if t.text == ";"])
    k = bisect.bisect_left(marks, span.end)
    return marks[k] if k < len(marks) else sent.end


def _reporting_speaker(span: Span, sent: Span, ctx: ContextWords, cut: int) -> Token | None:
    """The speaker of the outermost verb of saying above the figure ("X said Washington believed
    there were N" is X's claim), else of the sentence's main verb of saying; neither past
    ``cut`` (``semicolon_after``)."""
    found = _path_speaker(span, ctx, cut)
    if found is not None:
        return found
    main = per_sentence(sent, "main_speaker", _main_speaker)
    return main if main is not None and main.i < cut else None


def _path_speaker(span: Span, ctx: ContextWords, cut: int) -> Token | None:
    """The speaker of the outermost verb of saying on the figure's path to the root, unless
    the figure's own noun names who produced it ("the 2,300 deaths counted by the agency");
    a verb past ``cut`` (``semicolon_after``) says nothing of the figure."""
    found = None
    tok = span.root
    produced = _produced_by(tok, ctx)
    if produced is not None:
        return produced
    for _ in range(MAX_DEPTH):
        if tok.i > cut:
            break
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in ctx.reporting:
            speaker = _speaker(tok)
            if speaker is not None:
                found = speaker
        if found is None and _contrasted(tok) and _had_it_at(tok):
            # "Curia put it at 38.5%, while Talbot Mills had it at 35%": the rival's
            return next(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass"))
        if tok.head.i == tok.i or _contrasted(tok) or (found is not None and (
                _semicolon_between(tok, tok.head) or tok.dep_ in ("conj", "advcl"))):
            # "police counted 46,000; the FTU claimed 250,000", "the rail firm said 14.2%, and the
            # ministry reported 16.9%", "the institute estimates 4,100, while the agency puts
            # it at 2,300": two speakers' claims side by side, not one's
            break
        tok = tok.head
    return found


CONTRASTING = frozenset({"while", "whereas"})


def _contrasted(verb: Token) -> bool:
    """Whether a verb heads a clause that sets its own subject against the sentence's ("the
    council counted 1.1 million, while the operator says its data show 1.35 million", "police
    put the crowd at 120,000, while the organisers have spoken of 200,000"): what is said in
    it is that subject's, never the main clause's speaker's."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRASTING
                                        for c in verb.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


_HELD = frozenset({"it", "them"})


def _had_it_at(verb: Token) -> bool:
    """Whether a verb is "had it at" (the idiom of putting an estimate: "while Talbot Mills had
    it at 35 per cent") with a body or a name for its subject ("rival Helvetia Re", "the
    institute"); "while prices had it at" names nobody."""
    if verb.lemma_.lower() != "have" or not any(c.dep_ == "dobj" and c.lower_ in _HELD
                                                for c in verb.children) \
            or not any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(names_a_body(t) for t in subject.subtree
                                       if t.dep_ in ("compound", "nsubj", "nsubjpass"))


def _produced_by(tok: Token, ctx: ContextWords) -> Token | None:
    """ "the 2,300 deaths calculated by the agency", "1,870 cases recorded by the clinics":
    the agent of a verb of saying or counting in a participle clause on the figure's own noun
    (the figure, or the noun it counts) produced it."""
    nouns = [tok] + ([tok.head] if tok.dep_ in ("nummod", "quantmod", "compound")
                     and tok.head.pos_ in ("NOUN", "PROPN") else [])
    for noun in nouns:
        for clause in noun.children:
            if clause.dep_ != "acl" or clause.lemma_.lower() not in ctx.reporting:
                continue
            agent = next((c for c in clause.children if c.dep_ == "agent"), None)
            named = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if named is not None:
                return named
    return None


def _semicolon_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[lo + 1:hi])


def _main_speaker(sent: Span) -> Token | None:
    """The speaker of the sentence's main verb of saying."""
    reporting = context_words().reporting
    for tok in sent:
        if tok.lemma_.lower() in reporting and tok.pos_ == "VERB" and tok.dep_ in (
            "ROOT", "parataxis", "ccomp"
        ):
            speaker = _speaker(tok)
            if speaker is not None:
                return speaker
    return None


SPEAKER_WORDS = 10  # words of a speaker's phrase kept when it names no one


def _speaker_text(tok: Token) -> str:
    """The speaker as a short name: a person named in the phrase wins over the title around it."""
    subtree = _past_dateline(list(tok.subtree), tok)
    doc = tok.doc
    # "Police in Dunmarrow, where the flood crested, said": a name in a clause on the speaker is
    # not the speaker
    clauses = {t.i for t in subtree if t.i != tok.i and t.dep_ in ("relcl", "acl")
               for t in t.subtree}
    ents = ents_in(doc, subtree[0].i, subtree[-1].i + 1, inside=True)
    named = [e for e in ents if e.label_ == "PERSON" and _named_in_apposition(e, tok)]
    for label in ("PERSON", "ORG"):
        for ent in ents:
            inside = (ent.start >= subtree[0].i and ent.end <= subtree[-1].i + 1
                      and not any(i in clauses for i in range(ent.start, ent.end)))
            heads = label == "PERSON" or ent.start <= tok.i < ent.end
            if named and label == "PERSON" and ent.end <= named[0].start \
                    and _of_the_head(ent, tok):
                # "the mayor of Odemira, Helder Guerreiro, told": the "of" phrase says where
                # the speaker holds office (whatever the tagger took it for); the name in
                # apposition after it is the speaker
                continue
            if label == "PERSON" and countries().of_demonym(ent.text) is not None:
                continue  # "the Velmish ministry": a people's adjective, tagged a person
            if ent.label_ == label and inside and heads:
                return past_portfolio(ent, tok) or ent.text.removeprefix("the ").strip()
    said = _named_right_before_its_verb(tok)
    if said is not None:
        return said
    named = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and c.text[:1].isupper() and not is_time(c)
                  and doc[c.left_edge.i - 1].text == ","), None)
    if named is not None and named.i > tok.i:
        # "the operator, Pedalo Mobility, says": the name in apposition, whatever the tagger
        # took it for (an organisation tagged a place is still the operator's name)
        return " ".join(t.text for t in doc[named.left_edge.i:named.i + 1] if not t.is_punct)
    kept = [t for t in subtree if not any(a.dep_ in ("relcl", "acl", "appos")
                                           for a in t.ancestors if a.i != tok.i and a in subtree)]
    kept = [t for t in kept if t.dep_ not in ("relcl", "acl", "punct") or t.i == tok.i]
    shown = kept[:SPEAKER_WORDS]
    if len(kept) > SPEAKER_WORDS and shown[-1].ent_iob_ in ("B", "I") \
            and kept[SPEAKER_WORDS].ent_iob_ == "I":
        # "A review of the accounts by the London": a name cut is no name; drop its start
        while shown and shown[-1].ent_iob_ == "I":
            shown.pop()
        if shown and shown[-1].ent_iob_ == "B":
            shown.pop()
        while shown and shown[-1].lower_ in ("the", "by", "of", "from", "a", "an"):
            shown.pop()
        shown = shown or kept[:SPEAKER_WORDS]
    words = " ".join(t.text for t in shown).strip()
    words = re.sub(r"\s+([,.’'])", r"\1", words)
    words = re.sub(r"\s*['’]s?$", "", words)  # "the ministry's (figures)": the ministry
    return words or tok.text


def past_portfolio(ent: Span, head: Token) -> str | None:
    """The person's name in a name the tagger ran on from the portfolio of a title before it:
    in "Secretary of Culture Tomas Brandt said" it may tag "Culture Tomas Brandt" as one
    organisation; the words after the object of the title's "of" or "for" are the name."""
    doc = ent.doc
    portfolio = next((t for t in ent if t.dep_ == "pobj" and t.head.lower_ in ("of", "for")
                      and t.head.i == ent.start - 1 and t.head.head.i < t.head.i
                      and t.head.head.lower_.rstrip(".") in name_words().titles), None)
    if portfolio is None or portfolio.i >= head.i:
        return None
    name = doc[portfolio.i + 1:ent.end]
    if not all(t.pos_ == "PROPN" and (t.i == head.i or t.head.i in range(name.start, name.end))
               for t in name):
        return None
    return name.text


def _of_the_head(ent: Span, head: Token) -> bool:
    """Whether a name is the object of an "of" phrase on the speaker's head noun ("the mayor of
    Odemira", "the head of Brill Foods")."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i == head.i


def _named_in_apposition(ent: Span, head: Token) -> bool:
    """Whether a name stands in apposition, set off by a comma, to the speaker's head noun or
    to the object of its "of" phrase ("the mayor of Odemira, Helder Guerreiro,"): the parse
    may hang it on either."""
    root = ent.root
    if root.dep_ != "appos" or ent.start == 0 or ent.doc[ent.start - 1].text != ",":
        return False
    return root.head.i == head.i or (root.head.dep_ == "pobj" and root.head.head.lower_ == "of"
                                     and root.head.head.head.i == head.i)


def _named_right_before_its_verb(tok: Token) -> str | None:
    """A body's or person's name the parse hung on the subject as an apposition, with no comma
    before it, right before the subject's verb: in "The ferry, a vessel the Transport Board says
    cost $48 million, entered service" the Board says it (a clause on "a vessel" the parse
    did not see), not "the ferry"."""
    verb = tok.head
    for child in tok.children:
        if child.dep_ != "appos" or child.i + 1 != verb.i or child.i < tok.i:
            continue
        ent = next(iter(ents_in(tok.doc, child.i, child.i + 1)), None)
        if ent is None or ent.label_ not in ("ORG", "PERSON") or ent.end != verb.i \
                or (ent.start > 0 and tok.doc[ent.start - 1].text == ","):
            continue
        return ent.text.removeprefix("the ").strip()
    return None


def past_dateline_subjects(verb: Token) -> list[Token]:
    """A verb's subjects, none of them a word of the wire dateline that opens its sentence: the
    parse may take the dateline's place for the subject and hang the real one on it as an
    apposition ("BRILL, 3 May 2030 - A rail union, Tracks United, says"), which then stands
    for it."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    dash = dateline_dash(verb.sent) if subjects else None
    if dash is None:
        return subjects
    past = [c for c in subjects if c.i > dash]
    if past:
        return past
    return [c for s in subjects for c in s.children if c.dep_ == "appos" and c.i > dash][:1]


def _past_dateline(subtree: list[Token], head: Token) -> list[Token]:
    """A speaker's words without the wire dateline the parse hung on them: "LONDON, Feb 20 -
    Crumbwell has cut" may make "Feb 20 -" part of the subject "Crumbwell", and the name then
    reads "Feb 20 Crumbwell". The words before a dash set off by spaces are dropped when they
    are all a dateline's: a place in capitals, a month and a day, a wire's name in brackets."""
    for k in range(len(subtree) - 1, -1, -1):
        dash = subtree[k]
        if dash.i >= head.i or dash.text not in DASHES or not dash.whitespace_ or (
                dash.i > 0 and not dash.doc[dash.i - 1].whitespace_):
            continue
        if all(_dateline_word(t) for t in subtree[:k]):
            return subtree[k + 1:]
        break
    return subtree


def _dateline_word(tok: Token) -> bool:
    """A word a wire dateline is made of: punctuation, a day's number, a month, a place in
    capitals, a word in brackets ("(Reuters)")."""
    return (tok.is_punct or tok.like_num or tok.lower_.rstrip(".") in MONTHS
            or (tok.is_upper and tok.is_alpha) or tok.ent_type_ in ("DATE", "GPE")
            or (tok.i > 0 and tok.doc[tok.i - 1].text == "("))


def is_time(tok: Token) -> bool:
    """Whether a word is part of a date or a time the tagger found: "this year's count", "our
    report of March 14" say when, not who."""
    return tok.ent_type_ in ("DATE", "TIME")


def short_name(tok: Token) -> str:
    """A body or person named by a phrase, as short as it can be said (``_speaker_text``): what
    the origin of an estimate is called."""
    return _speaker_text(tok)
