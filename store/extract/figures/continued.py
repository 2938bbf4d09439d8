"""Continued quantities: a unit or rate said once serves every figure of its list, range or
conversion ("2,000, 4,000 and 6,000 litres a day"; "159,000 litres (1,000 barrels) a day"), and
a bare number that carries on the quantity of the sentence before ("The flow was 3,000 litres a
day. It later rose to 25,000.") takes its unit, rate and counted noun."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract.figures.counted import (
    count_unit,
    counted_phrase,
    is_unit_noun,
    of_whom,
    populated_place,
)
from store.extract.figures.counted_label import names_its_own
from store.extract.figures.counted_listed import name_the_listed
from store.extract.figures.counted_magnitude import another_magnitude
from store.extract.figures.counted_members import count_noun, members_named
from store.extract.figures.counted_money import measure_word
from store.extract.figures.counted_recount import measured_by_another_count
from store.extract.figures.counted_relative import describes_the_subject
from store.extract.figures.counted_revised import name_what_was_revised
from store.extract.figures.counted_state import name_the_fate_of_a_part, name_the_state
from store.extract.figures.elsewhere import (
    IN_BRACKETS,
    compared_with,
    restates,
    subject_of_its_own,
)
from store.extract.figures.found import FoundFigure
from store.extract.figures.parse import figure_noun, governing_verb, text_of, token_at
from store.extract.figures.rates_contrasted import a_total
from store.knowledge.context import ContextWords, context_words
from store.knowledge.estimates import estimate_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

REACH = 160  # characters between two figures of one list, at most
PRONOUNS = frozenset({"it", "this", "that", "which", "they"})
SENTENCE_ENDS = frozenset('.!?"\u201d\'')  # what a line of prose ends with, a headline not
RESTATE_REACH = 8  # figures back a bare number may find the count it restates at
POLL_REACH = 160  # characters before points searched for the poll they are of
NOW_WORDS = frozenset({"now", "currently", "still"})  # a level said of the present
COLON_REACH = 16  # tokens before a colon searched for "the count of" what follows it


def continue_units(figures: list[FoundFigure], doc: Doc) -> list[tuple[FoundFigure, FoundFigure]]:
    """Hand units and rates on within lists and conversions and from the sentence before; the
    (figure, donor) pairs, so that the counted noun can follow once it is known."""
    ctx = context_words()
    links: list[tuple[FoundFigure, FoundFigure]] = []
    for i, fig in enumerate(figures):
        donor = None
        _weighed_in_pounds(figures, i, text_of(doc), ctx)
        if fig.unit == "points" and (_of_a_share(fig, doc) or (
                (_near_a_share(figures, i) or _of_a_poll(fig, doc))
                and not _of_a_scale(fig, doc))):
            fig.unit = "percentage points"  # "a lead of 0.7 points" among percentages
        if _bare(fig) and _counts_the_sized(figures, i, doc):
            continue  # "27 million 60-kg bags": bags, each of 60 kg
        if _bare(fig) and name_the_listed(fig, doc):
            continue  # "Rescuers from Spain (68), Qatar (87)": rescuers
        if _bare(fig) and _restated_per_period(figures, i, text_of(doc)):
            continue  # "Rs 3m a year, or 250,000 monthly": rupees a month
        if _bare(fig) and (gapped := _gapped_change(figures, i, text_of(doc))) is not None:
            fig.unit = gapped.unit  # "overstated Yes by 3 points; the club's by 1.5"
            continue
        if _bare(fig) and not _of_a_counting_noun(fig, doc, ctx):
            donor = _new_level_of(figures, i, doc, ctx)
            old_level_of = _set_to_before(figures, i, text_of(doc)) if donor is None else None
            if old_level_of is not None:
                # "cut its forecast for the crop to 24.2 million bags from 25.5 million": the old
                # level is in the new one's measure; what both count is the clause's to say
                fig.unit, fig.rate = old_level_of.unit, fig.rate or old_level_of.rate
                continue
            if donor is None:
                if _point_back(figures, i, doc):
                    continue
                if _revised(fig, doc):
                    _measure_of_partner(figures, i, doc, ctx)
                    continue
                if _in_a_state(fig, doc):
                    continue
                whole = _of_these_before(figures, i, text_of(doc))
                if whole is not None:  # "Of these, 11 remain active": the fires
                    _take_quantity(fig, whole)
                    continue
                whole = _part_of_a_measure(figures, i, text_of(doc))
                if whole is not None:  # "1,180 hectares, of which 810 flooded": hectares
                    fig.unit, fig.rate = whole.unit, fig.rate or whole.rate
                    continue
                if _set_against_before(figures, i, text_of(doc)):
                    donor = compared_with(fig, [f for f in figures if f.sentence == fig.sentence],
                                          text_of(doc)) or figures[i - 1]
                    donor = donor if _names_its_quantity(donor) else None
                else:
                    donor = _list_partner(figures, i, doc, ctx, _names_its_quantity)
                    if donor is not None and donor.start > fig.start and (
                            subject_of_its_own(doc, fig, donor)):
                        donor = None  # "the toll is 61, and 930 cabins were destroyed"
                    if donor is not None and donor.start > fig.start and (
                            _named_before_a_colon(fig, doc, ctx)):
                        donor = None  # "The tally of rescues rose: 58, ... and 19 boats lost"
            if donor is None:
                donor = _said_by_another(figures, i, doc, ctx)
            if donor is None:  # "58,730 hectares by one count and 71,000 by another"
                donor = measured_by_another_count(figures, i, doc)
            if donor is None:  # "which once shipped 900 tonnes a week, is moving 600"
                donor = _earlier_object_of_the_clause(figures, i, doc)
            if donor is None:
                donor = _previous_sentence_donor(figures, i, doc, ctx)
            if donor is None:
                donor = _previous_item_donor(figures, i, doc)
            if donor is None:  # "traded at 760 to the dollar ... and at 905": one quantity
                donor = _same_preposition_before(figures, i, doc)
            if donor is not None:
                if _measured(donor) or _counts_own_noun(donor):
                    fig.unit = donor.unit
                if _counts_own_noun(donor):
                    fig.counted, fig.counted_head = donor.counted, donor.counted_head
                    fig.inherited = True
                if (fig.unit == donor.unit or fig.sentence == donor.sentence) and not (
                        _broken_down_after(fig, donor, text_of(doc))):
                    # a rate goes with the quantity: a sentence before that hands on no unit
                    # ("Rs 1,212.50 a share. ... put it at about 18,000") hands on no rate
                    fig.rate = fig.rate or donor.rate
        elif fig.rate is None:
            donor = _list_partner(figures, i, doc, ctx, _rated_like(fig))
            if donor is not None and _total_then_per_period(figures, i, donor, text_of(doc)):
                donor = None  # "cost $40m ($9m), or $4m a day": the total, then its share a day
            if donor is not None and donor.start < fig.start and _own_clause(fig, donor, doc):
                donor = None  # "rose to 82,000 a week, and 750,000 vehicles have been fixed"
            if donor is not None and donor.start < fig.start and _own_noun_past_a_break(
                    fig, donor, doc, ctx):
                donor = None  # "loses €40,000 a day; the port's €9m upgrade ..."
            if donor is not None and over_periods(fig, text_of(doc)):
                donor = None  # "W1.2tn a day, and W6.3tn in the eight days to Friday": a total
            if donor is not None and a_total(text_of(doc), fig.end):
                donor = None  # "$400 a day, $12,000 in total": the whole, no share of a day
            if donor is not None and another_magnitude(fig, donor):
                donor = None  # "paid €12 a day, and €1.7 million on guards": a total, no rate
            donor = donor or _norm_of_rate(figures, i) or _rated_before_up_from(
                figures, i, text_of(doc))
            if donor is None and _measured(fig):
                # "The plant uses 40 million litres a day. It must bring that below 30 million
                # litres.": the same quantity, said of the sentence before, keeps its rate
                before = _previous_sentence_donor(figures, i, doc, ctx)
                # in the same unit: "40 metres a day. ... some 2,700 feet below ground" is a depth
                donor = before if before is not None and before.rate is not None and (
                    before.unit == fig.unit) else None
            if donor is not None:
                fig.rate = donor.rate
        converted = _converted_from(figures, i, doc, ctx) if donor is None else None
        if converted is not None:
            fig.rate = fig.rate or converted.rate
            if fig.approx == "exact" and not _BRACKET_OPENS.search(
                    text_of(doc), max(0, fig.start - 3), fig.start):
                # "about 130 square kilometres, or 50 square miles"; a conversion in brackets
                # keeps its own qualifier ("about 4 nautical miles (7.4 km)": 7.4 exact), as
                # most of the sets written by hand to the guide annotate it
                fig.approx = converted.approx
            donor = converted
        elif fig.approx == "exact" and _coordinated_after_about(figures, i, text_of(doc)):
            fig.approx = "about"
        if donor is not None:
            links.append((fig, donor))
    return links


def _same_preposition_before(figures: list[FoundFigure], i: int, doc: Doc
                             ) -> FoundFigure | None:
    """ "the currency traded at 1,410 to the dollar on the official market and at 1,650 on the
    street", "rose to 41,000 in May and to 46,500 in June": a bare number that is the object of
    a preposition joined by "and" to the same preposition of the same verb, itself set to a
    figure, is a second level of that figure's quantity (what it counts, now or once its
    clause's rules have named it): the verb is said once for both."""
    fig = figures[i]
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj":
        return None
    prep = span.root.head
    if prep.dep_ != "conj" and not (prep.dep_ == "prep" and prep.i > 0
                                    and doc[prep.i - 1].pos_ == "CCONJ"):
        return None  # joined by "and", as the parser hangs it either way
    # the same preposition, or one of the same word on the verb (or on what the parser joined
    # it to: "on Friday and at 1,540", its "and" hung on the nearest preposition)
    heads = [prep.head, prep.head.head] if prep.head.dep_ == "prep" else [prep.head]
    first = prep.head if prep.head.lower_ == prep.lower_ else next(
        (c for h in heads for c in h.children
         if c.dep_ == "prep" and c.lower_ == prep.lower_ and c.i < prep.i), None)
    if first is None or first.dep_ != "prep":
        return None
    level = next((c for c in first.children if c.dep_ == "pobj"), None)
    if level is None:
        return None
    return next((figures[k] for k in range(i - 1, max(-1, i - 1 - RESTATE_REACH), -1)
                 if figures[k].sentence == fig.sentence
                 and figures[k].start <= level.idx < figures[k].end), None)


# " 60-kg", " 20-litre": a number a hyphen joins to a unit word, right after a figure
_SIZED_AFTER = re.compile(r" \d[\d,.]*[-\u2010\u2011]([A-Za-z]+)\b")


def _counts_the_sized(figures: list[FoundFigure], i: int, doc: Doc) -> bool:
    """ "27 million 60-kg bags", "400 20-litre jerrycans": a number right before another that
    a hyphen joins to a measure counts the things the measure sizes (the size is no figure of
    its own), not the measure: it takes their noun."""
    fig = figures[i]
    text = text_of(doc)
    m = _SIZED_AFTER.match(text, fig.end)
    if m is None:
        return False
    if not measure_word(m.group(1)):
        return False
    measure = token_at(doc, m.start(1))
    noun = measure.head if measure is not None else None
    if noun is None or noun.pos_ != "NOUN" or noun.i <= measure.i:
        return False
    fig.unit = count_unit(noun, None, frozenset()) or fig.unit
    fig.counted, fig.counted_head = counted_phrase(noun, None), noun.lemma_.lower()
    return True


def _said_by_another(figures: list[FoundFigure], i: int, doc: Doc,
                     ctx: ContextWords) -> FoundFigure | None:
    """ "The board puts the sown area at 2.1 million hectares; the union says 1.8 million.": a
    bare number that a verb of saying takes as its object, at the end of its clause, is another
    source's figure for the quantity of the figure before it in the sentence, when that one
    names its own (a measure, a noun); a number with a verb or a noun of its own after it ("says
    1.8 million were sown") is read by its own clause."""
    fig = figures[i]
    prev = figures[i - 1] if i > 0 else None
    if prev is None or prev.sentence != fig.sentence or not _names_its_quantity(prev):
        return None
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    # (the parser may call a number after the verb its subject: "..., says 6.3 million.")
    if span is None or span.root.dep_ not in ("dobj", "nsubj"):
        return None
    verb = span.root.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.reporting or verb.idx < prev.end or (
            verb.i > span.start):
        return None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and not (after.is_punct or after.is_space):
        return None
    if not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i
               for c in verb.children):
        return None  # ("it says 1.8 million": a pronoun may stand for anything said before)
    return prev


def _named_before_a_colon(fig: FoundFigure, doc: Doc, ctx: ContextWords) -> bool:
    """ "The tally of rescues has climbed since the storm: 58 on Sunday, against 37 a week
    before, and 19 boats lost": a number right after a colon whose clause names "the count
    (number, total) of" something is a count of that, not of a noun said later in its list."""
    text = text_of(doc)
    if not text[:fig.start].rstrip().endswith(":"):
        return False
    colon = text.rfind(":", 0, fig.start)
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None:
        return False
    before = [t for t in span.sent if t.idx < colon]
    return any(t.lemma_.lower() in ctx.number_nouns and any(
        c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children) for c in t.children)
        for t in before[-COLON_REACH:])


def _own_clause(fig: FoundFigure, donor: FoundFigure, doc: Doc) -> bool:
    """The figure, with its own noun, is the subject of a verb after it whose clause starts
    after the donor: a clause of its own, not one more item of the donor's list."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    if tok.dep_ == "nummod":
        tok = tok.head
    verb = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and verb.i > tok.i and verb.pos_ in (
        "VERB", "AUX") and verb.left_edge.idx >= donor.end


_CLAUSE_BREAK = re.compile(r";|,\s*(?:and|but|while)\b")
NAMING_TAGS = ("NOUN", "ADJ", "VERB")  # how the parser tags a noun an amount stands before


def _own_noun_past_a_break(fig: FoundFigure, donor: FoundFigure, doc: Doc,
                           ctx: ContextWords) -> bool:
    """ "The ferry loses €40,000 a day; the port's €9m upgrade depends on the vote": past a
    semicolon or a comma and "and", an amount that stands before a noun of its own (the
    upgrade, a loan, a saving) is that noun's amount, not one more item of the rate's list
    ("loses €40,000 a day, and the bus €12,000" ends at the full stop). The parser hangs such
    an amount on the noun, the noun on a verb, in too many ways to read it from the tree."""
    text = text_of(doc)
    if not _CLAUSE_BREAK.search(text, donor.end, fig.start):
        return False
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    after = doc[span.end]
    if not (after.is_alpha and after.is_lower) or after.pos_ not in NAMING_TAGS:
        return False
    lower = after.lower_
    return not ({lower, after.lemma_.lower()} & ctx.rate_period_words) and (
        lower not in units().measures and lower not in ctx.link_words)


def _revised(fig: FoundFigure, doc: Doc) -> bool:
    """ "raised the toll from 41 to 96; 12 still missing": a figure a verb of revising sets its
    object from or to counts that object, not what a list partner counts."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    return span is not None and name_what_was_revised(fig, span)


def _measure_of_partner(figures: list[FoundFigure], i: int, doc: Doc, ctx: ContextWords) -> None:
    """ "lowered its harvest estimate to 2.4 million tonnes from 3.1 million", "cut the number
    of barges to 40 a day from 55": the object revised says what a bare number counts, and the
    figure it is set against in the same list says the measure and the rate it is in."""
    fig = figures[i]
    partner = _list_partner(figures, i, doc, ctx, lambda o: _measured(o) or o.rate is not None)
    if partner is None or partner.start > fig.start:
        return  # "cut from 52 to 36 buses a day": the rate said after is read later
    if _measured(partner) and not _measured(fig):
        fig.unit = partner.unit
    fig.rate = fig.rate or partner.rate


def _in_a_state(fig: FoundFigure, doc: Doc) -> bool:
    """ "48 people were confirmed dead and 12 remain missing": a number its own verb puts in a
    state counts those in it, not what the figure before it counts."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    return span is not None and name_the_state(fig, span)


def refer_back(figures: list[FoundFigure], doc: Doc) -> None:
    """Once every figure that can has its counted noun: a bare number that points back at one
    ("Of the 468, 305 were...") takes its unit and noun."""
    text = text_of(doc)
    for i, fig in enumerate(figures):
        if _bare(fig) and (this_one := _year_before_in_brackets(figures, i, text)):
            _take_quantity(fig, this_one)  # "pass percentage: 61.5 (2024: 58.2)": percent
        if _bare(fig):
            _bracketed_after_its_noun(fig, doc)
        if _bare(fig) and not _point_back(figures, i, doc) and i > 0:
            _same_as_the_part_before(fig, figures[i - 1], text)
        if _bare(fig) and i > 0:
            _said_before(figures, i, doc)


def _bracketed_after_its_noun(fig: FoundFigure, doc: Doc) -> None:
    """ "half the drownings (141) were men", "followed by Moldovans (2,310)": a bare number
    alone in brackets right after a plural noun is how many of them there are."""
    text = text_of(doc)
    if text[fig.start - 1:fig.start] != "(" or text[fig.end:fig.end + 1] != ")":
        return
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return
    noun = doc[span.start - 2]
    # a plural, or a people named by its demonym, which the tagger may call a singular name
    plural = noun.tag_ in ("NNS", "NNPS") or (noun.ent_type_ == "NORP" and noun.lower_[-1] == "s")
    if not plural or is_unit_noun(noun) or (
            noun.lemma_.lower() in context_words().not_counted) or (
            noun.lower_ in units().time_words):
        return
    count_noun(fig, noun, "count")
    fig.inherited = True


# where a bare number stands when it restates the things counted before it: the subject ("By
# nightfall 39 were still on the ridge"), the object ("the park holds 2,210"), the object of a
# preposition ("down from 2,900", "below the 14,900 counted in 2019"), the complement of "be", a
# phrase set beside another ("nearly half of them, 740, live abroad"), the next of a list, or a
# clause of its own, as the parser may hang a number it cannot place
_RESTATING = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj",
                        "npadvmod", "oprd", "dative", "advcl", "ROOT"})


def _said_before(figures: list[FoundFigure], i: int, doc: Doc) -> None:
    """ "Rescuers reached 52 climbers on Sunday. By nightfall 39 were still on the ridge", "The
    valley had 4,100 otters in 2019. The reserve holds 2,210": a bare number that is the
    subject, the object or another part of its clause (``_RESTATING``), with no noun anywhere
    near, stands for the things the last count before it, in its sentence or the one before (in
    the paragraph before too: a news paragraph is a sentence or two), counted (not a sum, a
    share or a measure: those never stand for things)."""
    fig = figures[i]
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in _RESTATING or _of_a_noun(span):
        return
    members = members_named(span) or _apposed_to(span)
    if members is not None:  # "the queue of patients waiting ... stood at 160": patients
        count_noun(fig, members, "count")
        fig.inherited = True
        return
    if _OF_US.match(text_of(doc), fig.end):  # "there were 30 of us": people
        fig.counted = fig.counted_head = fig.unit = "people"
        fig.inherited = True
        return
    sent = span.sent
    start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    donors = []
    for k in range(i - 1, max(-1, i - 1 - RESTATE_REACH), -1):
        other = figures[k]
        if other.start < start or _headline_between(text_of(doc), other.end, fig.start):
            break
        if other.counted is None or (other.rate and other.rate != fig.rate) or (
                other.unit in units().measure_codes) or (
                _money(other) or other.unit in ("percent", "fraction", "ratio", "count")):
            continue
        if another_magnitude(fig, other):
            continue  # "from 9 of the 14 county boards. The nationwide tally reached 52,406,118"
        if describes_the_subject(doc, fig, other):
            continue  # "The forum, which polls 64 hospitals, put the number at 17,800"
        donors.append(other)
    if not donors:
        return
    # "3.1 million hens culled on 30 farms. The union says 3.9 million were culled": the count
    # its own verb was said of, before the nearest
    verb = _verb_of(span.root)
    same = next((d for d in donors if verb is not None and verb == _donor_verb(d, doc)), None)
    _take_quantity(fig, same or donors[0])


_OF_US = re.compile(r"\s+of\s+(?:us|you)\b", re.I)  # "30 of us", "how many of you"


def _apposed_to(span: Span) -> Token | None:
    """ "Survivors, 178 in all, described ...": a bare number set off by a comma right after a
    plural noun, beside it, says how many of them there are."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return None
    noun = doc[span.start - 2]
    if noun.tag_ not in ("NNS", "NNPS") or is_unit_noun(noun) or (
            noun.lemma_.lower() in context_words().not_counted) or (
            noun.ent_type_ in ("DATE", "TIME") or noun.lower_ in units().time_words):
        return None  # ("On Mondays, 300 ...": when, not what)
    beside = span.root.dep_ == "appos" and span.root.head.i == noun.i
    return noun if beside or _IN_ALL.match(text_of(doc), doc[span.end - 1].idx + len(
        doc[span.end - 1].text)) else None


_IN_ALL = re.compile(r"\s+(?:in all|in total|all told|altogether)\s*,", re.I)


def _headline_between(text: str, start: int, end: int) -> bool:
    """A line between two offsets that ends with no full stop: a headline, a standfirst or a
    caption, whose figures a line under it does not carry on ("... raises toll to 14" over
    "county turns away 900 a day"), as the parser may run them into one sentence."""
    at = text.find("\n", start, end)
    while at >= 0:
        last = at
        while last > 0 and text[last - 1].isspace():
            last -= 1
        if last > 0 and text[last - 1] not in SENTENCE_ENDS:
            return True
        at = text.find("\n", at + 1, end)
    return False


def _verb_of(tok: Token) -> str | None:
    """The lemma of the verb a number or its noun is the subject or object of, or that
    describes the noun ("hens culled"), if any."""
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ == "VERB":
        return tok.head.lemma_.lower()
    described = next((c for c in tok.children if c.dep_ in ("acl", "relcl")
                      and c.pos_ == "VERB"), None)
    return described.lemma_.lower() if described is not None else None


def _donor_verb(donor: FoundFigure, doc: Doc) -> str | None:
    """The verb the count a bare number may restate was said with ("hens culled")."""
    noun = figure_noun(doc, donor.start, donor.end)
    return _verb_of(noun) if noun is not None else None


def _of_a_noun(span: Span) -> bool:
    """ "a capacity of 180", "a corrected count of 6,900": a number a noun is "of" is what that
    noun measures (a measure genitive), not the things counted before it."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN"


# "... 30 of them and the south for 12": what joins a part to the next one of a list
_AND_THE_NEXT = re.compile(r"[^;:.()]{0,60}?\band\b[^;:.()\d]{0,40}$")


def _same_as_the_part_before(fig: FoundFigure, before: FoundFigure, text: str) -> None:
    """ "The north accounted for 30 of them and the south for 12": the next part of a list,
    joined by "and" in the same sentence to a part that pointed back, counts what it counts
    (the part before found its noun only now, after the other figures inherited theirs)."""
    if (before.sentence == fig.sentence and before.inherited and before.counted
            and not _money(before)
            and _AND_THE_NEXT.fullmatch(text, before.end, fig.start)):
        _take_quantity(fig, before)


def _point_back(figures: list[FoundFigure], i: int, doc: Doc) -> bool:
    """Give a bare number what it points back at, if it does: the noun "of them" names, else the
    figure it refers to; whether it did."""
    fig = figures[i]
    of_them = _OF_THEM.match(text_of(doc), fig.end) is not None
    if of_them:
        span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
        if span is not None and name_the_fate_of_a_part(fig, span):
            return True  # "treated 140 patients. 17 of them died": deaths
    noun = _noun_of_them(figures, i, doc) if of_them else None
    if noun is not None:  # "covers deaths ..., and about 190 of them were": deaths
        # "infected 870 people, 12 of whom have died": the clause says which part
        part = _subject_of_whom(doc, fig, noun)
        fig.counted = counted_phrase(noun, None, part=part)
        if not part and _subject_of_another_verb(doc, fig, noun) and (
                noun.lemma_.lower() in context_words().generic_people) and (
                noun.head.lower_ in fig.counted.lower().split()):
            fig.counted = noun.text  # "52 were treated, 8 of whom are still on a ward"
        fig.counted_head = noun.lemma_.lower()
        fig.unit = count_unit(noun, None, frozenset()) or "count"
        fig.inherited = True
        return True
    donor = _referred_to(figures, i, doc)
    if donor is not None and donor.counted:
        _take_quantity(fig, donor)
        return True
    return False


_OF_THESE = re.compile(r"\s*of\s+(?:these|those|them)\s*,", re.I)  # "Of these, 11 ..."


def _of_these_before(figures: list[FoundFigure], i: int, text: str) -> FoundFigure | None:
    """ "Since May, 412 wells have run dry across 9,000 hectares. Of these, 60 have been
    re-drilled and 12 abandoned": a bare number in a sentence that opens with "of these" is a
    part of the last count of the sentence right before that names its own noun (not a sum, a
    measure or a share), and counts what it counts."""
    fig = figures[i]
    start = fig.sentence[0]
    if not _OF_THESE.match(text, start) or i == 0:
        return None
    for k in range(i - 1, max(-1, i - 1 - RESTATE_REACH), -1):  # a bounded reach back
        other = figures[k]
        if other.sentence == fig.sentence:
            continue
        if other.sentence[1] > start or text[other.sentence[1]:start].strip():
            return None  # not the sentence right before
        if _counts_own_noun(other) and not other.rate:
            return other
    return None


# "1,180 hectares, of which 810", "40 tonnes of flour, including about 12": a part named after
_PART_OF = re.compile(r"(?:\s+of(?:\s+[^\W\d][\w-]*){1,3})?,?\s*"
                      r"(?:of\s+which|of\s+these|including)\s+(?:about\s+|some\s+|nearly\s+"
                      r"|almost\s+|around\s+|roughly\s+|over\s+|more\s+than\s+)?")
PART_REACH = 40  # characters between a measure and the part of it named after it, at most


def _part_of_a_measure(figures: list[FoundFigure], i: int, text: str) -> FoundFigure | None:
    """ "The frost struck 1,180 hectares, of which 810 had been flooded": a bare number that
    "of which" or "including" names as a part of the measure right before it, in its sentence,
    is in that measure (what the part counts is its clause's to say)."""
    fig = figures[i]
    if i == 0:
        return None
    whole = figures[i - 1]
    if whole.sentence != fig.sentence or not _measured(whole) or (
            fig.start - whole.end > PART_REACH):
        return None
    return whole if _PART_OF.fullmatch(text, whole.end, fig.start) else None


# "61.5 (2024: 58.2)", "1,240 (in 2019: 1,180)": the figure's value in another year, in brackets
_YEAR_IN_BRACKETS = re.compile(r"\s*\(\s*(?:in\s+)?(?:1[89]|2\d)\d\d\s*:\s*")


def _year_before_in_brackets(figures: list[FoundFigure], i: int, text: str
                             ) -> FoundFigure | None:
    """ "Pass percentage: 61.5 (2024: 58.2)": a bare number after a year and a colon, in
    brackets right after a figure, is that figure's quantity in the year named, in its unit."""
    if i == 0:
        return None
    before = figures[i - 1]
    if before.sentence != figures[i].sentence or not before.counted or _bare(before):
        return None
    return before if _YEAR_IN_BRACKETS.fullmatch(text, before.end, figures[i].start) else None


def _take_quantity(fig: FoundFigure, donor: FoundFigure) -> None:
    fig.unit, fig.rate = donor.unit, fig.rate or donor.rate
    fig.counted, fig.counted_head = donor.counted, donor.counted_head
    fig.inherited = True


def follow_counted(links: list[tuple[FoundFigure, FoundFigure]], text: str = "") -> None:
    """A continued figure counts what its donor counts, unless it names something of its own (but
    a sum's conversion in brackets is that sum: "a relief package of Rs 1,275 crore ($150
    million) for farmers" counts the package, not the farmers after the bracket); a conversion
    ("3 million gallons, or 11.4 million litres, of diesel") also lends its noun back."""
    for fig, donor in links:
        if donor.counted and (fig.counted is None or fig.inherited or _is_unit_word(fig.counted)
                              or _sum_in_brackets(fig, donor, text)):
            fig.counted, fig.counted_head = donor.counted, donor.counted_head
            fig.inherited = True
        elif fig.counted and not fig.inherited and donor.counted is None and _measured(donor):
            donor.counted, donor.counted_head = fig.counted, fig.counted_head
            donor.inherited = True




def _sum_in_brackets(fig: FoundFigure, donor: FoundFigure, text: str) -> bool:
    """A sum in brackets right after the sum it converts ("Rs 1,275 crore ($150 million)")."""
    money = units().currency_codes
    return fig.base_unit in money and donor.base_unit in money and fig.start > donor.end and (
        IN_BRACKETS.fullmatch(text, donor.end, fig.start) is not None)


def followed_late(fig: FoundFigure, donor: FoundFigure | None) -> None:
    """A figure that took its unit from another ("the union says 1.8 million" after "2.1 million
    hectares") and is still without a noun counts what that one was found to count by the
    clause's rules read after ``follow_counted`` (an area, a subject, a flow)."""
    if fig.counted is not None or donor is None or donor.counted is None:
        return
    fig.counted, fig.counted_head = donor.counted, donor.counted_head
    fig.inherited = True


def named_as_converted(figures: list[FoundFigure], i: int, doc: Doc) -> None:
    """ "Lake Orvessa stood at 41.2 feet (12.56 m)": a conversion measures what the figure it
    restates measures, also when that figure's noun came late, from its clause (the subject of a
    verb of measure, a flow, a payment), after ``follow_counted`` had handed nouns on."""
    fig = figures[i]
    if fig.counted is not None or i == 0:
        return
    donor = _converted_from(figures, i, doc, context_words())
    if donor is None or donor.counted is None:
        return
    fig.counted, fig.counted_head = donor.counted, donor.counted_head
    fig.inherited = True


def _new_level_of(figures: list[FoundFigure], i: int, doc: Doc,
                  ctx: ContextWords) -> FoundFigure | None:
    """ "carried 3,000 passengers a day, rising to 4,500 in summer", "reached 800 barrels a day
    before falling to 650", "capped transits at 32 ships a day and later raised the limit to 36":
    a bare number that a verb of change, revising or bounding sets "to" or "at", right after a
    figure of its sentence that says its own unit, is a new level of that figure's quantity, when
    the verb names no other subject and no other object than a bound ("the limit", "the quota")."""
    fig = figures[i]
    prev = figures[i - 1] if i > 0 else None
    if prev is None or prev.sentence != fig.sentence or fig.start - prev.end > REACH:
        return None
    if not (_measured(prev) or _counts_own_noun(prev)):
        return None
    between = text_of(doc)[prev.end:fig.start]
    if any(c.isdigit() for c in between) or any(c in between for c in ";:!?()"):
        return None
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("to", "at") or prep.i == root.i:
        return None
    verb = prep.head
    lemma = verb.lemma_.lower()
    last = _last_token(doc, prev)
    if verb.pos_ != "VERB" or verb.i < last or not (
            lemma in ctx.change_verbs or lemma in ctx.revising_verbs or lemma in ctx.bound_verbs):
        return None
    bounds = estimate_words().norm_nouns
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i > last and (
                child.lower_ not in PRONOUNS):
            return None  # "and its workforce rose to 300": another thing's level
        if child.dep_ == "dobj" and child.lemma_.lower() not in bounds:
            return None  # "and cut staff to 40"
    return prev


def _last_token(doc: Doc, fig: FoundFigure) -> int:
    """The index of the figure's last token (a verb before it governs that figure, and a subject
    before it is the subject of its clause too: "Traffic averaged 48,000 cars a day and rose to
    55,000")."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    return span.end - 1 if span is not None else len(doc)


def _set_against_before(figures: list[FoundFigure], i: int, text: str) -> bool:
    """ "detained 26 people, against 58 on the first day, and 9 officers were hurt", "put the
    harvest at 13.6 million tons, down from its November forecast of 15.2 million": a number a
    comparison word sets against the figure before it is of that figure's quantity, never of the
    list that follows it."""
    fig = figures[i]
    prev = figures[i - 1] if i > 0 else None
    if prev is None or prev.sentence != fig.sentence:
        return False
    # "13.6 million tons, down from its November forecast of 15.2 million": a few words between
    return (estimate_words().compared.search(text, prev.end, fig.start) is not None
            or _UP_FROM.search(text, prev.end, fig.start) is not None)


# "to 24.2 million bags from 25.5 million": the new level's noun (or its rate), then "from"
_NOUN_THEN_FROM = re.compile(r"(?:\s+[a-z]+){0,3}?,?\s+(?:(?:up|down)\s+)?from\s+"
                             r"(?:(?:about|around|some|nearly|almost|just)\s+)?", re.I)
TO_BEFORE = re.compile(r"\bto\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$", re.I)


def _set_to_before(figures: list[FoundFigure], i: int, text: str) -> FoundFigure | None:
    """ "cut its forecast to 24.2 million bags from 25.5 million, or about 1.45 million
    tonnes": the old level "from" sets against the new one "to" names is in the new one's
    quantity, whatever conversion follows it."""
    fig, prev = figures[i], figures[i - 1] if i > 0 else None
    if prev is None or prev.sentence != fig.sentence or not _names_its_quantity(prev):
        return None
    if not _NOUN_THEN_FROM.fullmatch(text, prev.end, fig.start) or not TO_BEFORE.search(
            text, max(0, prev.start - 30), prev.start):
        return None
    return prev


def _norm_of_rate(figures: list[FoundFigure], i: int) -> FoundFigure | None:
    """ "about 9 litres per person per day ..., short of the 20-litre emergency standard": a
    norm written as a glued measure ("20-litre minimum") is a norm of the rate its sentence
    measured before it, in the same measure."""
    fig = figures[i]
    if fig.counted_head not in estimate_words().norm_nouns or not _measured(fig):
        return None
    return next((f for f in reversed(figures[:i]) if f.sentence == fig.sentence and f.rate
                 and f.unit == fig.unit), None)


_UP_FROM = re.compile(r"\b(?:up|down)\s+from(?:\s+[A-Za-z]+){0,4}\s*$", re.I)


def _rated_before_up_from(figures: list[FoundFigure], i: int, text: str) -> FoundFigure | None:
    """ "7 litres per head per day, down from a mean of roughly 18 litres": the figure that
    "up from" or "down from" sets against the rate before it is given per the same."""
    fig, prev = figures[i], figures[i - 1] if i > 0 else None
    if prev is None or prev.sentence != fig.sentence or not _rated_like(fig)(prev):
        return None
    between = text[prev.end:fig.start]
    return prev if not any(c.isdigit() for c in between) and _UP_FROM.search(between) else None


def _of_a_counting_noun(fig: FoundFigure, doc: Doc, ctx: ContextWords) -> bool:
    """"toll at 63", "a toll of 63", "a country of almost 9 million": a figure a noun that says
    what it counts (or a place, whose population it is) is "at" or "of" names its own quantity
    (inheritance reads it), whatever figure stands beside it."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in ("at", "of"):
        return False
    noun = span.root.head.head
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in ctx.self_counting or (
        span.root.head.lower_ == "of" and populated_place(noun)))


# "by 2 points", "by about 12 percent": the change a share moved by, its "by" right before it
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:about|almost|nearly|roughly|around|some|just|only)\s+)?$",
                        re.I)
# what joins a gapped second clause to the first: "; the mill's by 9", ", and the mill's by 9"
_GAP_JOIN = re.compile(r";|,\s*(?:and|but|while|whereas)\b|\band\b", re.I)
GAPPED_REACH = 80  # characters between the share and the bare number of the gapped clause
SHARE_UNITS = frozenset({"percent", "percentage points"})


def _gapped_change(figures: list[FoundFigure], i: int, text: str) -> FoundFigure | None:
    """ "the bakers' poll overstated Yes by 3 points; the club's by 1.5", "flour rose
    by 12 percent, and the mill's by 9": a bare number after "by" in a second clause that
    leaves out what the first said (gapping), right after a share that moved "by" as much, is
    in the share's unit."""
    fig = figures[i]
    if i == 0 or not _BY_BEFORE.search(text, max(0, fig.start - 20), fig.start):
        return None
    prev = figures[i - 1]
    if prev.sentence != fig.sentence or prev.unit not in SHARE_UNITS or (
            fig.start - prev.end > GAPPED_REACH):
        return None
    if not _BY_BEFORE.search(text, max(0, prev.start - 20), prev.start):
        return None
    return prev if _GAP_JOIN.search(text, prev.end, fig.start) else None


def _bare(fig: FoundFigure) -> bool:
    return fig.unit == "count" and fig.counted is None


def _rated_like(fig: FoundFigure) -> Callable[[FoundFigure], bool]:
    return lambda other: other.rate is not None and _same_measure(other, fig)


def _names_its_quantity(fig: FoundFigure) -> bool:
    return _measured(fig) or fig.rate is not None or _counts_own_noun(fig)


def _counts_own_noun(fig: FoundFigure) -> bool:
    """A count whose noun is written with it ("600 containers"), not one it inherited (nor a
    point on a scale: "above magnitude 5.0" counts nothing)."""
    return bool(fig.counted) and not fig.inherited and fig.unit not in ("count", "percent",
                                                                          "fraction", "ratio") \
        and not fig.unit.isupper() and not _measured(fig) \
        and fig.unit not in quantity_classes().scales.values()


def _measured(fig: FoundFigure) -> bool:
    return fig.unit in units().measure_codes


def _same_measure(a: FoundFigure, b: FoundFigure) -> bool:
    if a.unit == b.unit:
        return True
    conv = units().conversions
    return a.unit in conv and b.unit in conv and conv[a.unit][0] == conv[b.unit][0]


def _is_unit_word(counted: str) -> bool:
    lex = units()
    return counted.lower() in lex.measures or counted.lower() in lex.measure_codes


# ", or" or a comma alone: "cost $40m, or $4m a day", "cost £12m, £640 for each of them"
# (a few words of when between: "€2.4bn between 2025 and 2031, or about €400m for each year")
_OR_AFTER = re.compile(r"(?:\s*\([^()\n]{0,40}\))?(?:\s+[\w-]+){0,5}?[\s)\]]*,\s*(?:or\s+"
                       r"(?:(?:about|some|nearly|roughly|around|almost|just|over|under"
                       r"|more\s+than|less\s+than)\s+)*)?", re.I)


def _broken_down_after(fig: FoundFigure, donor: FoundFigure, text: str) -> bool:
    """ "Visits totalled 2,214,560, or about 79,000 a day": a bare total, then after ", or"
    another value of its rate, is the total the rate breaks down, with no rate of its own."""
    return donor.rate is not None and donor.start >= fig.end and donor.low != fig.low and (
        bool(_OR_AFTER.fullmatch(text, fig.end, donor.start))) and bool(
        re.search(r"\bor\b", text[fig.end:donor.start]))


def _total_then_per_period(figures: list[FoundFigure], i: int, donor: FoundFigure,
                           text: str) -> bool:
    """ "cost owners Rs 30 crore ($3 million), or Rs 3 crore a day", "cost £12m, £640 for each
    of them": an amount in the unit of a figure after ", or" (or a comma alone) that is given per
    period or per one of something breaks the total down, so the total (and its conversion in
    brackets) has no rate. A conversion into another unit ("6,000
    litres, or 1,600 gallons a day") is the same rate and keeps it."""
    fig = figures[i]
    if donor.start < fig.end or not _OR_AFTER.fullmatch(text, fig.end, donor.start):
        return False
    for k in range(i, -1, -1):  # the figure, and the one its brackets convert
        other = figures[k]
        if other.sentence != fig.sentence or fig.start - other.end > 40:
            break
        if other.unit == donor.unit and other.low != donor.low:
            return True
    return False


# "in the eight days to 18 March", "over three weeks", "in the first nine months of": a span of
# several periods right after a figure, a few words between at most
_OVER_PERIODS = re.compile(
    r"(?:\s+[a-z]+){0,3}?\s+(?:in|over|during|within)\s+(?:the\s+)?"
    r"(?:(?:past|last|first|next|previous|following)\s+)?(?:[\w-]+\s+)?([a-z]+)\b", re.I)


def over_periods(fig: FoundFigure, text: str) -> bool:
    """ "an average of $1.2bn a day, and $6.3bn in the eight days to Friday": a figure said of
    a span of several periods is what the whole span saw, a total; it takes no rate from the
    figure its list sets it beside."""
    m = _OVER_PERIODS.match(text, fig.end, min(fig.end + 60, fig.sentence[1]))
    word = m.group(1).lower() if m is not None else ""
    return word.endswith("s") and word[:-1] in context_words().rate_period_words


@lru_cache(maxsize=1)
def _or_then_per_period() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What stands between an amount given per a period and a bare number that restates it per
    another (its rate, ", or"), and the bare number's own period after it ("a month",
    "monthly")."""
    periods = "|".join(re.escape(w) for w in context_words().rate_period_words)
    adverbs = "|".join(re.escape(w) for w in units().rate_adverbs)
    between = re.compile(rf"\s+(?:(?:per|a|an|each)\s+(?:{periods})|{adverbs})\s*,\s*or\s+"
                         r"(?:(?:about|some|nearly|roughly|around|almost|just)\s+)?", re.I)
    own = re.compile(rf"\s+(?:(?:per|a|an|each)\s+({periods})|({adverbs}))\b", re.I)
    return between, own


def _restated_per_period(figures: list[FoundFigure], i: int, text: str) -> bool:
    """ "The levy raises Rs 3m a year, or 250,000 monthly": a bare number after ", or" that
    follows an amount of money given per a period, and says a period of its own, restates the
    amount per that period: in its currency, per its own period."""
    fig = figures[i]
    prev = figures[i - 1] if i > 0 else None
    if prev is None or prev.sentence != fig.sentence or prev.rate is None or (
            prev.unit not in units().currency_codes):
        return False
    between, own = _or_then_per_period()
    if not between.fullmatch(text, prev.end, fig.start):
        return False
    m = own.match(text, fig.end, fig.end + 30)
    if m is None:
        return False
    period = (m.group(1).lower() if m.group(1)
              else units().rate_adverbs[m.group(2).lower()])
    fig.unit, fig.rate = prev.unit, fig.rate or period
    return True


# prepositions that say where a figure came from ("49,200, from 64 hospitals")
SOURCE_PREPS = frozenset({"from", "across"})


def _list_partner(figures: list[FoundFigure], i: int, doc: Doc, ctx: ContextWords,
                  wanted: Callable[[FoundFigure], object]) -> FoundFigure | None:
    """The nearest figure of the same sentence joined to this one as one list, that ``wanted``
    accepts: after it first ("3,000, 5,000 and 8,000 barrels"), else before it ("5,000 barrels a
    day, up from 2,500")."""
    fig = figures[i]
    for step in (1, -1):  # figures are in text order: each side ends where its reach does
        j = i + step
        while 0 <= j < len(figures):
            other = figures[j]
            j += step
            if abs(other.start - fig.start) > REACH:
                break
            if other.sentence != fig.sentence:
                continue
            first, second = (fig, other) if step > 0 else (other, fig)
            if not _joined(first, second, doc, ctx):
                if step > 0:
                    continue
                return None
            if wanted(other):
                return other
    return None


def _joined(first: FoundFigure, second: FoundFigure, doc: Doc, ctx: ContextWords) -> bool:
    """Whether only list words, punctuation, possessors, determiners, rate words and other
    numbers stand between two figures (and no table's column rule: each column says its own)."""
    if "|" in text_of(doc)[first.end:second.start]:
        return False
    span = doc.char_span(first.end, second.start, alignment_mode="expand")
    if span is None:
        return False
    periods = ctx.rate_period_words
    for tok in span:
        if tok.idx < first.end or tok.idx >= second.start:
            continue
        lower = tok.lower_
        if _source_after_comma(tok, first, second):
            return False  # "its count was 49,200, from 64 hospitals": where it came from
        if tok.pos_ in ("PUNCT", "CCONJ", "DET", "PART", "NUM", "SYM") or lower in ctx.link_words:
            continue
        if lower in periods or tok.lemma_.lower() in periods:
            continue
        if tok.pos_ in ("PROPN", "NOUN", "PRON") and _possessor(tok):
            continue
        if tok.pos_ == "PROPN" and _names_next(tok, second.start):
            continue  # "17,000 litres a day, and Tolland 900 to 1,400 litres": who says it
        if lower in units().measures or tok.ent_type_ in ("CARDINAL", "MONEY", "QUANTITY",
                                                            "DATE", "TIME"):
            continue
        return False
    return True


def _source_after_comma(tok: Token, first: FoundFigure, second: FoundFigure) -> bool:
    """ "its count was 49,200, from 64 hospitals", "attendance was 8,300, across 12 venues": a
    preposition set off by a comma right after a figure, whose object is a noun the second
    figure counts, says where the first came from; the two are no list ("5,000 a day, up from
    2,500" has the number itself as the object, and "up" before it)."""
    if tok.lower_ not in SOURCE_PREPS or tok.i < 2 or tok.nbor(-1).text != ",":
        return False
    if tok.nbor(-2).idx + len(tok.nbor(-2)) != first.end:
        return False
    num = next((t for t in tok.subtree if t.idx == second.start), None)
    noun = num.head if num is not None else None
    return noun is not None and noun.dep_ == "pobj" and noun.head.i == tok.i and (
        num.dep_ == "nummod" and noun.pos_ == "NOUN")


def _names_next(tok: Token, start: int) -> bool:
    """Only a name stands between the token and the figure at ``start`` (the gapped clause of
    a list of who says what)."""
    for nxt in tok.doc[tok.i + 1:]:
        if nxt.idx >= start:
            return True
        if nxt.pos_ != "PROPN":
            return False
    return True


def _possessor(tok: Token) -> bool:
    return tok.tag_ == "PRP$" or tok.dep_ == "poss" or any(
        c.dep_ == "case" for c in tok.children)


_POUNDS = re.compile(r"\bpounds?$", re.I)


def _weighed_in_pounds(figures: list[FoundFigure], i: int, text: str, ctx: ContextWords) -> None:
    """ "Landings fell to 4,200 tonnes, or about 9.3 million pounds", "40 tonnes (88,000
    pounds)": "pounds" written out, after a conversion marker that restates a mass, weigh."""
    fig = figures[i]
    if fig.unit != "GBP" or not _POUNDS.search(fig.text) or "£" in fig.text:
        return
    if not ctx.conversion_before.search(text[max(0, fig.start - 40):fig.start]):
        return
    prev = figures[i - 1] if i > 0 else None
    conv = units().conversions
    if prev is not None and prev.sentence == fig.sentence and prev.unit in conv and (
            conv[prev.unit][0] == "mass") and fig.start - prev.end <= 40:
        fig.unit = "pounds"


def _converted_from(figures: list[FoundFigure], i: int, doc: Doc,
                    ctx: ContextWords) -> FoundFigure | None:
    """ "400 to 600 cubic metres per day ..., equivalent to roughly 2,500 to 3,800
    barrels": a measure restated in another unit right after a conversion marker."""
    fig = figures[i]
    text = text_of(doc)
    if not (_measured(fig) or _money(fig)) or not ctx.conversion_before.search(
            text[max(0, fig.start - 40):fig.start]):
        return None
    for j in range(i - 1, -1, -1):
        other = figures[j]
        if other.sentence != fig.sentence:
            break
        if (_measured(other) and _same_measure(other, fig)) or (_money(other) and _money(fig)):
            return None if _the_whole_of(other, fig) else other
        if _measured(other) or _money(other):
            break
    return None


# the most an amount may be times another in its own currency and still restate it: "$3.24 a
# share, or $4.75bn for the whole company" is the whole, "about £205m, or roughly £560,000 a
# day" a year's sum and then its share of a day
RESTATED_SPREAD = 100.0


def _the_whole_of(other: FoundFigure, fig: FoundFigure) -> bool:
    """ "255p a share, or £3.7bn": an amount after ", or" in the same currency as an amount
    given per one thing, and orders of size larger (``RESTATED_SPREAD``: "$3.24 a share, or
    $4.75bn for the whole company"), is what all of them come to, not that amount again in other
    words; it takes no rate from it."""
    if other.rate is None or other.unit != fig.unit or not other.high or not fig.low:
        return False
    return abs(fig.low) > RESTATED_SPREAD * abs(other.high)


_BRACKET_OPENS = re.compile(r"\(\s*$")  # the figure opens a bracket


_AND_NEXT = re.compile(r"\s+[^\W\d]+(?:\s+[^\W\d]+)?\s*,?\s*and\s+$")


def _coordinated_after_about(figures: list[FoundFigure], i: int, text: str) -> bool:
    """ "about 350 nurses and 20 ambulances", "some 800 volunteers and 60 trucks": an "about"
    before the first of two coordinated counts with their own nouns is said of both (a measure
    and a head count are not estimated alike: "some 38,000 tonnes of maize and 17 crew")."""
    if i == 0:
        return False
    prev = figures[i - 1]
    if _measured(prev) or _money(prev):  # "some 38,000 tonnes of maize and 17 crew"
        return False
    return (prev.sentence == figures[i].sentence and prev.approx == "about"
            and _AND_NEXT.fullmatch(text, prev.end, figures[i].start) is not None)


def _money(fig: FoundFigure) -> bool:
    return fig.unit.isupper() and len(fig.unit) == 3


_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom|which|it)\b", re.I)
_OF_THE_WHOLE = re.compile(r"\s+of\s+(?:the|its|their|this|that)\s+(?:[a-z]+\s+)?([a-z]+)\b",
                           re.I)
_THE_BEFORE = re.compile(r"\b(?:(?:of\s+)?the|its|their|\w+['’]s)\s+$", re.I)


def _subject_of_another_verb(doc: Doc, fig: FoundFigure, noun: Token) -> bool:
    """ "52 people were treated, 8 of whom are still on a ward": the part is the subject of a verb
    of its own, not the noun's, so what the noun's verb says befell them all is no word of what
    the part counts (its own verb says which part)."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = span.root.head
    return verb.pos_ in ("VERB", "AUX") and verb.i != noun.head.i


def _subject_of_whom(doc: Doc, fig: FoundFigure, noun: Token) -> bool:
    """The figure is the subject of a clause "N of whom ..." on the noun."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = span.root.head
    return verb.dep_ == "relcl" and verb.head.i == noun.i and of_whom(verb)


def _referred_to(figures: list[FoundFigure], i: int, doc: Doc) -> FoundFigure | None:
    """A bare number that points back at a figure already given: "Of the 468, 305 were from
    the coastal district" (the 468 said before, and the 305 of them), "about 190 of them"."""
    fig = figures[i]
    text = text_of(doc)
    before = text[max(0, fig.start - 24):fig.start]
    if _THE_BEFORE.search(before):  # "the 912": the figure of that value given before
        for other in reversed(figures[:i]):
            if fig.start - other.start > 3000:
                break
            if (other.low, other.high) == (fig.low, fig.high) and other.counted:
                return other
    if i > 0 and re.fullmatch(r"\s*,\s*", text[figures[i - 1].end:fig.start]) and (
        _THE_BEFORE.search(text[max(0, figures[i - 1].start - 12):figures[i - 1].start])
    ):
        return figures[i - 1]  # "Of the 912, 541": a part of the whole just named
    if _OF_THEM.match(text, fig.end) or _of_the_total(text, fig.end):
        # "about 320 of them", "41 of the final toll": the figure last counted
        for k in range(i - 1, -1, -1):
            other = figures[k]
            if fig.start - other.start > 1500 or "\n\n" in text[other.end:fig.start]:
                break
            if other.counted and not _money(other) and other.unit not in (
                    "percent", "ratio", *quantity_classes().scales.values()):
                # (not "magnitude 2.5 or greater, 13 of them": what it is of)
                return _owner_of_where(figures, k, text) or other
    return None


# "61 goals in 120 matches": the words between a count and a count of where or over what it
# was made
_IN_WHICH = re.compile(r"\s+[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,2}\s+(?:in|over|across|during)\s+",
                       re.I)


def _owner_of_where(figures: list[FoundFigure], k: int, text: str) -> FoundFigure | None:
    """ "scored 61 goals in 120 matches, 23 of them in the cup", "40 people died in 12
    villages, 30 of them children": a count after "in"/"over" says where or over what the count
    before it was made; "them" are that count's things, not the matches or the villages."""
    if k == 0:
        return None
    owner, where = figures[k - 1], figures[k]
    if (owner.sentence == where.sentence and owner.counted and not _money(owner)
            and _IN_WHICH.fullmatch(text, owner.end, where.start)):
        return owner
    return None


def _noun_of_them(figures: list[FoundFigure], i: int, doc: Doc) -> Token | None:
    """ "The revised count covers deaths from the flood to the end of March, and about 190 of them
    were caused directly": "them" are the plural noun the clause named last, when no figure of
    the sentence stands after it (then "of them" is that figure's, as ``_referred_to`` says).
    A noun after a preposition of place ("in three districts") is where, not what; a sum is
    never "them" ("lessors agreed to defer £40m of rent, but two of them" are lessors), nor is
    what "their" owns ("800 drivers would lose their licences; 120 of them" are drivers)."""
    fig = figures[i]
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    after = max((f.end for f in figures[:i] if f.start >= sent.start_char and not _money(f)),
                default=-1)
    ctx = context_words()
    nouns = [t for t in doc[sent.start:span.start]
             if t.tag_ == "NNS" and t.idx > after and (t.dep_ in (
                 "dobj", "nsubj", "nsubjpass", "attr", "conj", "appos") or _spoken_for(t))
             and t.lemma_.lower() not in ctx.not_counted and not is_unit_noun(t)
             and not _theirs(t)]
    if not nouns and after == -1 and sent.start > 0:
        # "The register covers deaths in which ... . The north accounted for 30 of them": the
        # sentence before names them, when no figure stands between (across a paragraph break
        # too: a news paragraph is a sentence or two)
        before = doc[sent.start - 1].sent
        if not any(before.start_char <= f.start < sent.start_char for f in figures[:i]):
            nouns = [t for t in before if t.tag_ == "NNS" and t.dep_ in (
                "dobj", "nsubj", "nsubjpass", "attr", "conj", "appos")
                and t.lemma_.lower() not in ctx.not_counted and not is_unit_noun(t)]
            # the clause's own noun, not one of a clause inside it ("deaths in which doctors")
            nouns = sorted(nouns, key=lambda t: -len(list(t.ancestors)))
    return nouns[-1] if nouns else None


def _spoken_for(noun: Token) -> bool:
    """ "the federation, which speaks for small farmers, says 18,000 of them": the people a body
    speaks or acts "for" are the ones "them" goes back to (a place is never "for": "in three
    districts" is where)."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ == "VERB"


def _theirs(noun: Token) -> bool:
    """ "their licences": what "their" owns belongs to the ones "them" names, not them."""
    return any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)


def _of_the_total(text: str, end: int) -> bool:
    """ "41 of the final toll", "30 of its total": a part of a whole a number noun names."""
    found = _OF_THE_WHOLE.match(text, end)
    return found is not None and found.group(1).lower() in context_words().number_nouns


def _of_a_share(fig: FoundFigure, doc: Doc) -> bool:
    """Whether the figure's sentence names a share before it ("its market share fell 1.5
    points"), or the points are said to be of one right after ("1.5 points of market share")."""
    words = re.findall(r"[a-z]+", text_of(doc)[fig.sentence[0]:fig.start].lower())
    return bool(units().share_nouns.intersection(words)) or _of_a_share_after(fig, doc)


# "1.5 points of market share": the share the points are of, named right after them
_POINTS_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+)?([a-z]+)")
# "a 2.5-point rise in the ferry levy rate", "a 0.25-point cut in its lending rate": a move of
# points in a share named right after it (the move's noun, "in", at most three words, the share)
_POINTS_IN = re.compile(r"[\s\-\u2010\u2011]*points?\s+[a-z]+\s+in\s+(?:the\s+|its\s+|their\s+)?"
                        r"((?:[a-z\-]+\s+){0,3}[a-z]+)")


def _of_a_share_after(fig: FoundFigure, doc: Doc) -> bool:
    """Whether the points are said to be of a share right after them ("loses 1.5 points of
    market share")."""
    shares = units().share_nouns
    m = _POINTS_OF.match(text_of(doc), fig.end)
    if m is not None and m.group(1) in shares:
        return True
    m = _POINTS_IN.match(text_of(doc), fig.end)
    return m is not None and bool(shares.intersection(m.group(1).split()))


def _of_a_poll(fig: FoundFigure, doc: Doc) -> bool:
    """Whether the figure's sentence names a poll before it ("the bakers' poll overstated the
    champion by 3 points"): its points are of the shares it gives, unless a scale is named."""
    start = max(fig.sentence[0], fig.start - POLL_REACH)
    words = re.findall(r"[a-z]+", text_of(doc)[start:fig.start].lower())
    return bool(units().poll_nouns.intersection(words))


def _of_a_scale(fig: FoundFigure, doc: Doc) -> bool:
    """Whether the figure's points are of a scale, not a share: its sentence names a scale
    before it ("her rating rose 23 points"), or there are too many of them for a share ("gained
    more than 100 points": a share moves 100 percentage points at most)."""
    if fig.low >= 100:
        return True
    words = re.findall(r"[a-z]+", text_of(doc)[fig.sentence[0]:fig.start].lower())
    return bool(units().scale_nouns.intersection(words))


def _near_a_share(figures: list[FoundFigure], i: int) -> bool:
    """Whether a percentage is given in the figure's sentence or the two sentences before."""
    fig = figures[i]
    starts = sorted({f.sentence[0] for f in figures[:i + 1]})
    recent = set(starts[-3:])
    return any(f.unit in ("percent", "percentage points") and f.sentence[0] in recent
               for f in figures[max(0, i - 8):i + 3] if f is not fig)


def _previous_sentence_donor(figures: list[FoundFigure], i: int, doc: Doc,
                             ctx: ContextWords) -> FoundFigure | None:
    """ "The flow was 3,000 litres a day. It later rose to 25,000.": the last measured or rated
    figure of the sentence before (the paragraph before too: a news paragraph is a sentence or
    two), when this figure's clause is about the same thing (its subject a pronoun, or the
    donor's own noun)."""
    fig = figures[i]
    text = text_of(doc)
    donors = [f for f in figures[:i] if f.sentence != fig.sentence
              and f.sentence[1] <= fig.sentence[0]
              and (_measured(f) or f.rate or _counts_own_noun(f))]
    if not donors:
        return None
    donor = donors[-1]
    if len(donors) > 1 and restates(donors[-2], donor, text, ctx):
        donor = donors[-2]  # "2,600 a year, or 210 a month. The figure is under 900": per year
    if _counts_own_noun(donor) and not donor.rate and _named_in_its_sentence(figures, i):
        return None
    if _counts_own_noun(donor) and another_magnitude(fig, donor):
        return None  # "from 9 of the 14 county boards. The nationwide tally reached 52,406,118"
    between = text[donor.sentence[1]:fig.sentence[0]]
    earlier = [f for f in figures[:i] if donor.sentence[1] <= f.start < fig.sentence[0]]
    if "\n" in between.strip(" ") or earlier:
        # a sentence in between that ends its paragraph (a sentence's line break is its own
        # last token, so only one in between is seen), or one with figures of its own
        return None
    gap = text[donor.end:fig.sentence[0]]
    if gap.count(".") + gap.count("?") + gap.count("!") > 2:
        return None  # not the sentence right before
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None:
        return None
    return donor if _about_the_same(span, donor, ctx) else None


def _earlier_object_of_the_clause(figures: list[FoundFigure], i: int,
                                  doc: Doc) -> FoundFigure | None:
    """ "The bakery, which once baked 4,000 loaves a day, now bakes about 3,000", "The quarry,
    which once shipped 900 tonnes of slate a week, is moving about 600": a bare number, the
    object of a verb, after the same subject's earlier object with a noun or a measure in the
    same sentence (the same verb again, or a clause about the verb's own subject), counts
    what that one counts. Only the figure right before it, with no other between."""
    fig = figures[i]
    if i == 0:
        return None
    donor = figures[i - 1]
    if donor.sentence != fig.sentence or not (
            _measured(donor) or donor.rate or _counts_own_noun(donor)):
        return None
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    theirs = doc.char_span(donor.start, donor.end, alignment_mode="expand")
    if span is None or theirs is None or span.root.dep_ != "dobj":
        return None
    verb, other = governing_verb(span), governing_verb(theirs)
    if verb.i == other.i or verb.pos_ not in ("VERB", "AUX") or other.pos_ != "VERB":
        return None
    if other.lemma_ == verb.lemma_ and other.i < verb.i:
        return donor  # "baked 4,000 loaves a day, now bakes about 3,000"
    # "The quarry, which shipped ..., is moving ...": the donor's clause is said of this
    # verb's subject, and this one says its level now ("is moving", "now ships"), not what
    # it gains or loses ("which employs about 2,400 people, will lose around 300": jobs)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return donor if subject is not None and other.dep_ == "relcl" and (
        other.head.i == subject.i) and _level_now(verb) else None


def _level_now(verb: Token) -> bool:
    """A verb said of the present: in the progressive ("is moving"), or with "now",
    "currently" or "still" on it."""
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    return progressive or any(c.lower_ in NOW_WORDS for c in verb.children)


def _named_in_its_sentence(figures: list[FoundFigure], i: int) -> bool:
    """ "The union says 7,400 doctors remain on strike; the ministry said the number had fallen
    to 4,800": a count of its own sentence before it that names its own noun is nearer than a
    count of the sentence before, and what "the number" or "the figure" points back at (a
    measure or a rate said before is still what "it" of a verb of measure carries on)."""
    fig = figures[i]
    for other in reversed(figures[max(0, i - RESTATE_REACH):i]):
        if other.sentence != fig.sentence:
            return False
        if _counts_own_noun(other):
            return True
    return False


def _same_verb_object(span: Span, verb: Token, donor: FoundFigure) -> bool:
    """The donor is the object, with its own noun, of another use of the same verb: a bare
    number that verb takes next counts the same thing."""
    if not _counts_own_noun(donor) or verb.pos_ != "VERB":
        return False
    theirs = span.doc.char_span(donor.start, donor.end, alignment_mode="expand")
    if theirs is None:
        return False
    other = governing_verb(theirs)
    noun = theirs.root.head if theirs.root.dep_ == "nummod" else theirs.root
    return other.i != verb.i and other.lemma_ == verb.lemma_ and noun.dep_ == "dobj"


def _same_verb(span: Span, verb: Token, donor: FoundFigure) -> bool:
    """The donor's figure is governed by another use of the same verb."""
    theirs = span.doc.char_span(donor.start, donor.end, alignment_mode="expand")
    if theirs is None or verb.pos_ != "VERB":
        return False
    other = governing_verb(theirs)
    return other.i != verb.i and other.lemma_ == verb.lemma_


_ITEM = re.compile(r"[ \t]*(?:[-*•]|\d+[.)])[ \t]+[^\n:]{1,60}:[ \t]*")  # "- Tuesday: "


def _previous_item_donor(figures: list[FoundFigure], i: int, doc: Doc) -> FoundFigure | None:
    """ "- Peak outage (Monday): 1.6 million homes / - Thursday: nearly 1 million": a bare
    number in a labelled list item counts what the item above it counts, when that one names
    its own noun or measure and its own label names none ("- Homes destroyed: 212" counts
    homes, not the hectares of the item above)."""
    fig = figures[i]
    text = text_of(doc)
    start = text.rfind("\n", 0, fig.start) + 1
    if not _ITEM.match(text, start) or i == 0:
        return None
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or names_its_own(span):
        return None
    donor = figures[i - 1]
    above = text.rfind("\n", 0, start - 1) + 1
    if not (above <= donor.start < start - 1) or not _ITEM.match(text, above):
        return None
    return donor if _measured(donor) or _counts_own_noun(donor) else None


def _about_the_same(span: Span, donor: FoundFigure, ctx: ContextWords) -> bool:
    verb = governing_verb(span)
    lemma = verb.lemma_.lower()
    if span.root.dep_ == "dobj" and _same_verb_object(span, verb, donor):
        return True  # "The Greens won 28 seats. The Liberals won 23."
    if any(c.dep_ == "dobj" and c.lower_ in ("that", "it") for c in verb.children) and (
            span.root.dep_ == "pobj"):
        return _measured(donor) or donor.rate is not None  # "bring that below 30 million"
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in PRONOUNS and (
            _measured(donor) or donor.rate is not None) and _same_verb(span, verb, donor):
        return True  # "The plant treats 45,000 m3 a day. By June it will treat 60,000 m3."
    if lemma not in ctx.measure_verbs and lemma not in ctx.change_verbs and (
        lemma not in ctx.revising_verbs
    ):
        return False
    if subject is None:
        return False
    if subject.lower_ in PRONOUNS:
        return _measured(donor) or donor.rate is not None
    names_its_own = subject.lemma_.lower() in ctx.self_counting or any(
        c.dep_ == "compound" or c.lower_ == "of" for c in subject.children)
    # "the vote total", "the death toll", "the number of cases ... (1,386)" say what they count
    if subject.lemma_.lower() in ctx.number_nouns and not names_its_own:
        return True  # "Tolland's figure for the month was 900", "Its estimate is 7,500"
    return donor.counted_head is not None and subject.lemma_.lower() == donor.counted_head
