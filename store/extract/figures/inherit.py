"""Inheritance: the counted noun of a figure that names none, from what its sentence implies ("the
number of X", another figure of the sentence, "the death toll", the subject of its clause)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from store.extract.figures.counted import (
    compound_counted,
    count_unit,
    counted_phrase,
    fate_class,
    is_place,
    is_unit_noun,
    keeps_count,
    money_moved_by,
    money_of_verb,
    populated_place,
    set_against,
    verb_read_as_noun,
    with_particle,
)
from store.extract.figures.counted_against_reference import set_against_reference
from store.extract.figures.counted_beside_time import beside_a_time
from store.extract.figures.counted_change import named_change, what_it_is_for
from store.extract.figures.counted_clipped import name_the_clipped_subject
from store.extract.figures.counted_columns import name_from_column
from store.extract.figures.counted_complement import name_by_the_complement
from store.extract.figures.counted_coordinated import (
    another_quantity_between,
    people_named_by_adjective,
)
from store.extract.figures.counted_dimension import distance_not_direction, name_the_dimension
from store.extract.figures.counted_estimate import name_the_estimate
from store.extract.figures.counted_gapped_holder import is_holder, set_by_another_holder
from store.extract.figures.counted_genitive import (
    measured_by_of,
    measured_in_a_unit,
    sum_named_by_of,
)
from store.extract.figures.counted_headline_verb import name_the_misread_subject
from store.extract.figures.counted_label import name_from_label
from store.extract.figures.counted_list import name_from_list_caption
from store.extract.figures.counted_lodging import occupancy_when_full
from store.extract.figures.counted_members import count_noun
from store.extract.figures.counted_money_rate import name_the_money_rate
from store.extract.figures.counted_of_which import whole_of_the_part
from store.extract.figures.counted_own_clause import across_a_clause_break
from store.extract.figures.counted_paid_for import head_of_moved
from store.extract.figures.counted_paired_list import paired_donor
from store.extract.figures.counted_parallel_subject import same_verb_subject
from store.extract.figures.counted_passive import completes_passive, second_object
from store.extract.figures.counted_passive_after import harmed_by_position
from store.extract.figures.counted_phrasal_change import measures_its_subject
from store.extract.figures.counted_points import share_set_against
from store.extract.figures.counted_price import VALUE, name_the_price
from store.extract.figures.counted_relative import (
    antecedent_for,
    antecedent_of_pronoun,
    describes_the_subject,
)
from store.extract.figures.counted_revised import name_what_was_revised
from store.extract.figures.counted_share import name_the_share, name_what_the_share_became
from store.extract.figures.counted_state import name_the_state
from store.extract.figures.counted_subject import subject_over_adjective, subject_read_as_head
from store.extract.figures.counted_sums import described_as_worth, names_the_recipient
from store.extract.figures.counted_verb_before import counted_by_the_verb_before
from store.extract.figures.counted_whole import includes_the_later
from store.extract.figures.counted_whose import whose_count
from store.extract.figures.counted_worth import as_its_value
from store.extract.figures.dateline_subject import past_dateline, past_label
from store.extract.figures.elsewhere import (
    SHARE,
    borrow,
    bracketed_share_of,
    changed_figure,
    compared_with,
    counted_from_anaphora,
    denied_alternative,
    included_in,
    is_money_or_measure,
    list_item_name,
    listed_noun,
    named_share,
    part_restated_as_share,
    partitive,
    placed_alongside,
    said_again,
    share_of_after,
    sibling,
    subject_of_its_own,
    the_sum_again,
)
from store.extract.figures.figure_spans import FigureSpans
from store.extract.figures.found import FoundFigure
from store.extract.figures.parse import (
    MAX_DEPTH,
    branch_under,
    governing_verb,
    group_in,
    heading_line,
    pobj,
    raised,
    text_of,
    token_at,
)
from store.extract.figures.where import attached_places
from store.knowledge.context import ContextWords, context_words
from store.knowledge.estimates import estimate_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ASIDE_REACH = 200  # characters between a figure and a noun of a bracketed aside, at most
SET_AT_CLIMB = 5  # heads climbed from an "at" inside an object's phrase to the object
# the relations of a participle, a gerund or a clause inside a noun's phrase, and of the words
# that join them to it ("land lost at", "the cost of rebuilding at")
INSIDE_OBJECT = frozenset({"acl", "relcl", "pcomp", "prep", "pobj", "ccomp"})
NOUN_GAP = 2  # characters between a count and its noun ("900 loaves")
PARTICIPLE_CLAUSES = frozenset({"ccomp", "advcl", "xcomp", "oprd"})  # "puts land lost at"


def inherit_counted(figures: list[FoundFigure], doc: Doc, armed: frozenset[str]) -> None:
    """Give a figure with no noun of its own the noun its sentence implies, in this order: "the
    number of X" earlier in the sentence, another figure of the sentence (the one before it first),
    "the number of X" in the sentence before, the subject of its clause."""
    ctx = context_words()
    placed = FigureSpans(figures)
    by_sentence: dict[tuple[int, int], list[FoundFigure]] = {}
    for fig in figures:
        by_sentence.setdefault(fig.sentence, []).append(fig)
    # each figure's place among its sentence's figures, found once (a sentence may hold many)
    position = {id(fig): i for same in by_sentence.values() for i, fig in enumerate(same)}
    for fig in figures:
        if fig.counted is not None:
            distance_not_direction(fig)  # "40 nautical miles north-east of Skerra"
            _the_part_named(fig, doc)  # "Nine of the dead were children"
            occupancy_when_full(fig, doc)  # "Hotels were 91.3% full": hotel occupancy
            continue
        span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
        if span is None:
            continue
        count_like = fig.unit == "count"
        flowing = None
        if count_like and _population_of(fig, span, ctx):
            continue
        if name_from_column(fig, span):  # "Airbus A320   12   12   0" under its header
            continue
        if name_from_list_caption(fig, span):  # "2022: 1.1 million" under "Recalls, ..."
            continue
        if name_from_label(fig, span):  # "- Pumps repaired: 1,240"
            continue
        if name_by_the_complement(fig, span, armed):  # "41 were adults and 49 were children"
            continue
        donor = same_verb_subject(by_sentence[fig.sentence], position[id(fig)], span, doc) if (
            count_like) else None
        if donor is not None:  # "2,310 members voted to merge, while 1,970 voted to stay"
            borrow(fig, donor, unit=True)
            continue
        donor = paired_donor(by_sentence[fig.sentence], position[id(fig)], text_of(doc)) if (
            count_like) else None
        if donor is not None:  # "from five deaths and 31 injuries to seven and 40": in order
            borrow(fig, donor, unit=True)
            continue
        if name_the_price(fig, span):  # "the shares closed at 84 cents"
            continue
        if name_the_money_rate(fig, span):  # "the average daily rate reached €196"
            continue
        if name_the_misread_subject(fig, span):  # "Boitatá fines top R$1.6bn as ..."
            continue
        if name_the_dimension(fig, span):  # "a well 300 metres deep"
            continue
        if name_what_was_revised(fig, span):  # "raised the death toll from 41 to 96"
            continue
        if name_the_state(fig, span):  # "... and 12 remain missing"
            continue
        if name_what_the_share_became(fig, span):  # "just 12% had been funded"
            continue
        if name_the_clipped_subject(fig, span):  # "Export duty cut to 9% as ..."
            continue
        whole = bracketed_share_of(fig, by_sentence[fig.sentence], text_of(doc))
        if whole is not None:  # "11 (37%) occurred in the district": a share of the deaths
            borrow(fig, whole, unit=False)
            continue
        donor = placed_alongside(fig, by_sentence[fig.sentence], text_of(doc))
        if donor is not None:  # "..., with Vancouver at C$3,180": the rent in Vancouver
            borrow(fig, donor, unit=False)
            fig.rate = fig.rate or donor.rate
            continue
        part = part_restated_as_share(fig, by_sentence[fig.sentence], text_of(doc))
        if part is not None:  # "scans 600 of them, or 25%": a share of what the part counts
            borrow(fig, part, unit=False)
            continue
        whole = included_in(fig, span, by_sentence[fig.sentence])
        if whole is not None:  # "on 310,000 hectares, including 46,000 hectares in ..."
            borrow(fig, whole, unit=False)
            continue
        named = whole_of_the_part(fig, span, by_sentence[fig.sentence], text_of(doc))
        if named is not None:  # "spent $38m, of which 61% went on advertising": the spending
            fig.counted, fig.counted_head = named
            fig.inherited = True
            continue
        owner = named_share(span, ctx) if fig.unit == "percent" else None
        if owner is not None:  # "gives the LC 36.5 percent": the LC's share
            fig.counted, fig.counted_head, fig.group = f"{owner} {SHARE}", SHARE, owner
            fig.inherited = True
            continue
        donor = denied_alternative(fig, by_sentence[fig.sentence], text_of(doc))
        if donor is not None:  # "will cost 1,500 jobs, not 1,100": jobs too
            borrow(fig, donor, unit=count_like)
            continue
        donor = share_set_against(fig, by_sentence[fig.sentence], text_of(doc))
        if donor is not None:  # "2.4 points above the 88.9%": the share the change is of
            borrow(fig, donor, unit=False)
            continue
        donor = compared_with(fig, by_sentence[fig.sentence], text_of(doc))
        if donor is not None and not another_quantity_between(doc, donor, fig):
            # "45 trains a day in April, down from more than 90 a day in 2021": the figure a
            # comparison sets it against says what both count
            borrow(fig, donor, unit=count_like)
            fig.rate = fig.rate or donor.rate  # "30 ships a day ... up from 70": 70 a day too
            continue
        donor = _set_against_sum(fig, span, by_sentence[fig.sentence])
        if donor is not None:  # "puts lost revenue at $410m, below the $440m it forecast"
            borrow(fig, donor, unit=False)
            continue
        donor = said_again(fig, span, by_sentence, ctx)
        if donor is not None:  # "... 23 million passengers a year. The auditors expect 41,000."
            borrow(fig, donor, unit=count_like)
            continue
        # "its count of migrants; the population estimate of 41.6 million": the number noun
        # the figure is "of" names it before an earlier "count of" does
        # "a capacity of 45,000", "a legal limit of 30 tonnes"
        genitive = measured_by_of(span) if count_like or measured_in_a_unit(fig) else None
        noun = genitive or _number_noun_of(span, ctx) or _number_of_noun(
            span.sent, before=span.start, money=fig.unit in units().currency_codes,
            measure=fig.base_unit in units().conversions)
        part = partitive(span, ctx) if noun is None else None
        noun = (noun or part or _measured_subject(span, ctx, count_like)
                or _object_set_at(span, ctx) or _sum_of_across(span, fig, ctx)
                or beside_a_time(span, ctx))
        if noun is None and fig.unit in units().currency_codes:
            noun = _worth_of(span, ctx)  # "boats landed hake worth $48.5 million"
            donor = _worth_of_figure(fig, span, by_sentence[fig.sentence]) if noun is None else None
            if donor is not None:  # "exported 480,000 tonnes of coffee in May, worth $2.6bn"
                borrow(fig, donor, unit=False)
                as_its_value(fig, donor)  # the coffee's value, not more coffee
                continue
        if noun is None:
            noun = _estimated_as(span, ctx)  # "damage estimated at $2bn"
        if noun is None and _self_counting(fig, span, ctx, count_like):
            continue
        # (after the parse's own compound: "puts elephant count at 17,240" counts elephants)
        named = _named_before_number_noun(span, ctx) if noun is None and count_like else None
        noun = noun or named
        if noun is None and fig.base_unit in units().currency_codes:
            noun = sum_named_by_of(span)  # "on revenue of €31bn": before a parallel sum's noun
        if noun is None and not count_like:
            held = _set_by_another(fig, span, by_sentence[fig.sentence])
            if held is not None:  # "put the damage at £130m; the union at £210m"
                borrow(fig, held, unit=False)
                continue
            # "60 percent of its land in the north and only 8 percent in the south": a parallel
            # amount before it in the sentence wins over the parse
            donor = sibling(fig, by_sentence[fig.sentence], count_like, before_only=True)
            if donor is not None and _clause_between(doc, donor, fig):
                # "... the stock was 38% smaller, and recommended that catches be cut by 35%":
                # the subject or object of its own clause, when it has one, wins
                noun = _attached_noun(span, ctx, part=_money_or_share(fig))
                if noun is not None and span.root.dep_ == "pobj" and (
                        noun[0].i == span.root.head.head.i):
                    noun = None  # ("after an expansion of just 0.1%": a noun it is "of")
                donor = None if noun is not None else donor
            if donor is not None:  # "carried 910 tonnes, over its limit of 700 tonnes"
                noun = _owned_measure_of(span, ctx)
                donor = None if noun is not None else donor
            if donor is None and noun is None:
                flowing = _flowing(span, ctx)
                noun = flowing or _attached_noun(span, ctx, part=_money_or_share(fig))
                if noun is not None and _counted_by_another(fig, noun[0], by_sentence[
                        fig.sentence]):
                    noun = None  # "can bake 900 loaves and costs £30 a day": no loaves
            if donor is None and noun is None:
                # "shipped 870,000 tonnes of coffee, down 9% from a year earlier"
                donor = changed_figure(fig, by_sentence[fig.sentence], doc)
                if donor is not None:
                    borrow(fig, donor, unit=False)
                    continue
                donor = the_sum_again(fig, span, figures)  # "paid the $3.1 million on Monday"
                if donor is not None:
                    borrow(fig, donor, unit=False)
                    continue
            if donor is None and noun is None and (_money_moved(fig, span, ctx)
                                                   or _goods_moved(fig, span, ctx)):
                continue
        if noun is None and count_like and _harmed_people(fig, span, ctx):
            continue
        if noun is None and count_like and harmed_by_position(fig, span, ctx):
            continue  # "... at the fairground and 48 were injured", parsed as a conjunct
        if noun is None and count_like and _sheltered(fig, span, ctx):
            continue  # "... and 3,100 were in shelters": people
        if noun is None and count_like:
            noun = share_of_after(span)  # "3.4 million, or 43 percent of the households"
        if noun is None and fig.base_unit in units().currency_codes:
            noun = _priced_for_one(fig, span, ctx)  # "Rp1.85 million for a truck"
        if noun is None:
            donor = _what_it_was(fig, span, by_sentence[fig.sentence])
            if donor is not None:  # "the quota is 26,800 t; a cut would bring it to 17,400 t"
                borrow(fig, donor, unit=False)
                continue
            donor = sibling(fig, by_sentence[fig.sentence], count_like)
            if donor is not None and donor.start > fig.start and (
                    (count_like and _clause_between(doc, fig, donor))
                    or subject_of_its_own(doc, fig, donor)):
                # "the federation says 140; the agency puts the number at 85 and says 1,100 jobs
                # are at risk": a figure after another clause counts its own thing
                donor = sibling(fig, by_sentence[fig.sentence], count_like, before_only=True)
            if donor is not None and donor.start > fig.start and includes_the_later(
                    doc, fig, donor):
                donor = None  # "the amount of 80 million euros included 2 million euros of X"
            if donor is not None and " per " in (donor.counted_head or "") and _a_total(span):
                donor = None  # "on a total of 9 million, the quota is 171,000 voters per seat"
            if donor is not None and set_against_reference(fig, donor, text_of(doc)):
                donor = None  # "130 km/h, well above the 100 km/h limit": not the limit
            if donor is not None and describes_the_subject(doc, fig, donor):
                donor = None  # "the forum, which polls 64 hospitals, put the number at 17,800"
            if donor is not None:
                borrow(fig, donor, unit=count_like)
                _own_fate(fig, span, donor)  # "7,400 houses destroyed and 11,300 damaged"
                continue
            prev = _previous_sentence(doc, span.sent)
            # a measure is never a number of things ("the number of crews ... 3 million litres"),
            # and a sum in a sentence of its own is not the estimate of the sentence before ("its
            # estimate of lost revenue to $440m. In 2026 it transferred $2.47bn to the Treasury")
            if prev is not None and fig.base_unit not in units().conversions and (
                    fig.base_unit not in units().currency_codes):
                noun = _number_of_noun(prev, before=None)
        if noun is not None and span.start <= noun[0].i < span.end:
            noun = None  # "the Rs 4 lakh announced": the amount's own scale word names nothing
        if noun is not None and placed.holds(noun[0].idx):
            noun = None  # "about XYZ 4bn (... XYZ 8.80 to the euro)": another figure's "4bn"
        if noun is not None:
            head, group = noun
            places = attached_places(span, head)  # "the number of fighters in Libya"
            if places:
                fig.where, fig.where_basis = places, "phrase"
            fig.counted = counted_phrase(head, group)
            befell = _what_befell(span) if part is not None and noun is part else None
            if befell is not None and befell not in fig.counted:
                fig.counted = f"{fig.counted} {befell}"  # "Of the 48 bodies, 41 identified"
            # "displaced" parsed as a verb keeps its form: the class is "displaced", not "displace"
            noun = head.pos_ in ("NOUN", "PROPN")
            fig.counted_head = (head.lemma_ if noun else head.text).lower()
            changed = named_change(span, head, fig.counted, fig.base_unit)
            if changed is not None and _priced_in_a_measure(fig, changed[0]):
                changed = None  # "the herring stock is 130,000 tonnes": a stock, not its price
            if changed is not None:  # "the subsidy cost 14.6bn pesos": the subsidy's cost
                fig.counted, fig.counted_head = changed
            if noun and flowing is not None and (fig.rate or " per " in fig.unit):
                # "oil escaped at 1,100 cubic metres a day": a rate of what flows is its flow
                fig.counted, fig.counted_head = f"{fig.counted} flow", "flow"
            fig.group = group
            if fig.counted_head == VALUE:
                pass  # "paintings valued at 20 million": the money they are worth, no paintings
            elif count_like and ((named is None and genitive is None)
                                 or head.lemma_.lower() in units().count_classes):
                # ("storm damage figure to 2.19 million" names no unit a count is in)
                fig.unit = count_unit(head, group, armed) or "count"
            elif count_like and noun is not None and genitive is not None:
                # "463 passengers, 2.6 times its capacity of 180": 180 passengers
                fig.unit = _paired_count_unit(fig, by_sentence[fig.sentence]) or fig.unit
            fig.inherited = True
            continue
        if not counted_from_anaphora(fig, span, figures, ctx, count_like) and (
                not name_the_estimate(fig, span)):  # "raised its estimate to 26bn euros"
            _counted_from_clause(fig, span, armed, ctx, count_like)
        # "nearly half of them": a share of what was just named
        name_the_share(fig, span, by_sentence[fig.sentence])


def _paired_count_unit(fig: FoundFigure, same_sentence: list[FoundFigure]) -> str | None:
    """The unit of the count before it in the sentence that a measure noun's count is set
    against ("sold 30,500 seats, short of the capacity of 32,000": seats), when it has one."""
    paired = sibling(fig, same_sentence, True, before_only=True)
    if paired is None or paired.unit in ("count", "ratio", "percent") or " per " in paired.unit:
        return None
    return paired.unit


_PART_OF_THE = re.compile(r"\s+of\s+the\b", re.I)


def _the_part_named(fig: FoundFigure, doc: Doc) -> None:
    """ "Nine of the dead were children", "Seven of the 30 hostages are foreigners": a count of
    a part of a whole, the subject of "be" whose complement is a plural noun, counts that noun
    (which of the whole they are), not the whole ("Nine of the dead were identified" keeps it);
    a share of them is the whole's ("two-thirds of the injured were children")."""
    if is_money_or_measure(fig.unit) or not _PART_OF_THE.match(text_of(doc), fig.end):
        return
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubj" or span.root.head.lemma_ != "be":
        return
    part = next((c for c in span.root.head.children if c.dep_ == "attr"), None)
    if part is None or part.tag_ != "NNS" or part.pos_ != "NOUN" or is_unit_noun(part) or (
            part.lemma_.lower() in context_words().not_counted):
        return
    # (in the whole's unit: "9,000 of the files are health notes" are files)
    fig.counted, fig.counted_head = counted_phrase(part, None), part.lemma_.lower()


def _set_against_sum(fig: FoundFigure, span: Span, same_sentence: list[FoundFigure]
                     ) -> FoundFigure | None:
    """ "puts lost toll revenue at $410m, below the $440m it forecast in May and the $520m it
    feared in April": a sum "below" or "above" another sum of its sentence is another reckoning
    of what that one counts."""
    if fig.unit not in units().currency_codes or set_against(span) is None:
        return None
    before = [f for f in same_sentence if f.end <= fig.start and f.counted
              and f.unit == fig.unit]
    return before[-1] if before else None


def _what_it_was(fig: FoundFigure, span: Span, same_sentence: list[FoundFigure]
                 ) -> FoundFigure | None:
    """ "This year's quota is 26,800 tonnes; a cut of 35% would bring it down to about 17,400
    tonnes": a figure a verb sets "it" to or at is a new level of what the figure of the same
    unit before it in the sentence counts (its noun lent even when that figure borrowed it)."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("to", "at"):
        return None
    verb = prep.head
    if not any(c.dep_ == "dobj" and c.lower_ == "it" and c.i < prep.i for c in verb.children):
        return None
    before = [f for f in same_sentence if f.end <= fig.start and f.counted
              and f.unit == fig.unit]
    return before[-1] if before else None


def _clause_between(doc: Doc, fig: FoundFigure, donor: FoundFigure) -> bool:
    """Whether a verb or a semicolon stands between a count and a later one, or the later one
    counts an addition ("five more bodies"): the later count is then in a clause of its own,
    or of another quantity, and its noun says nothing of the earlier number (but "12, 15 or 30
    people", "between 40 and 60 people" share theirs; a measure keeps its substance across
    clauses: "accounted for 1.7 million tonnes, and ... emitted 240,000 tonnes of CO2")."""
    between = doc.char_span(fig.end, donor.start, alignment_mode="contract")
    if between is None:
        return False
    if any(t.pos_ in ("VERB", "AUX") or t.text == ";" for t in between):
        return True
    # "raised its count from nine to 14 after five more bodies were pulled": "N more X" counts
    # an addition, never the level a number before it states
    theirs = doc.char_span(donor.start, donor.end, alignment_mode="expand")
    return theirs is not None and theirs.end + 1 < len(doc) and (
        doc[theirs.end].lower_ == "more") and doc[theirs.end + 1].pos_ == "NOUN"


def _own_fate(fig: FoundFigure, span: Span, donor: FoundFigure) -> None:
    """ "7,400 houses were destroyed and 11,300 damaged": a number that borrows its noun keeps
    what its own participle says befell it, in place of the one its donor's phrase ends with;
    "crews treated 412 runners, and 37 were taken to hospital": the class its own passive verb
    gives (``fate_classes``) replaces the donor's, and a class of the donor's verb that is not
    the figure's own is dropped."""
    verb = span.root.head
    lex = quantity_classes()
    if span.root.dep_ == "nsubjpass" and verb.tag_ == "VBN" and fig.counted and (
            verb.lemma_.lower() not in lex.fates):
        kinds = {*lex.fate_classes.values(), *lex.deed_classes.values()}
        words = [w for w in fig.counted.split() if w.lower() not in kinds]
        own = fate_class(span.root)
        if words:
            fig.counted = " ".join([own, *words] if own else words)
        return
    if span.root.dep_ not in ("nsubj", "nsubjpass") or verb.tag_ != "VBN" or (
            verb.lemma_.lower() not in quantity_classes().fates) or not fig.counted:
        return
    words = fig.counted.split()
    if len(words) > 1 and donor.counted_head and not words[-1].lower().startswith(
            donor.counted_head[:3]):
        words = words[:-1]  # the donor's participle, after its noun
    fig.counted = " ".join([*words, verb.lower_])


def _a_total(span: Span) -> bool:
    """A figure a number noun is "of" ("a total of 9 million"): a whole, never a ratio."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and (
        root.head.head.lemma_.lower() in context_words().number_nouns)


def _what_befell(span: Span) -> str | None:
    """ "Of the 48 bodies, 41 have been identified": the participle a part of a whole is the
    subject of says which part it is (the bodies identified); a participle with an object or a
    clause of its own says what the part did or had ("Of the 90 hives, 60% had lost their
    queens", "... had had their roofs torn off"), not what befell it."""
    verb = span.root.head
    if span.root.dep_ not in ("nsubj", "nsubjpass") or verb.tag_ != "VBN":
        return None
    if any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return None
    if not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return verb.lower_


def _population_of(fig: FoundFigure, span: Span, ctx: ContextWords) -> bool:
    """ "Kelby, a town of about 18,000": a bare number a town or city is "of" is its population,
    counted as the self-counting table counts a population; one a self-counting noun is "of"
    ("a population of 300,000") counts what that noun does."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in ("of", "at") or prep.head.pos_ != "NOUN":
        return False
    # "a population of about 450,000", "a toll of 134", "toll at 63": a noun that says what it
    # counts
    known = ctx.self_counting.get(prep.head.lemma_.lower())
    if known is None and prep.lower_ == "at":
        return False
    if known is None:
        known = ctx.self_counting.get("population")
        if known is None or not populated_place(prep.head):
            return False
    fig.counted, fig.counted_head = known[0], known[0]
    fig.unit = known[1]
    fig.inherited = True
    return True


def _self_counting(fig: FoundFigure, span: Span, ctx: ContextWords, count_like: bool) -> bool:
    """ "The death toll rose to 1,234": a number noun that says itself what it counts (also as
    the antecedent of "which": "the toll, which officials put at 87"); a sum of money it is
    said of counts the noun itself ("tolls bring in $3m": a toll is also a charge)."""
    verb = governing_verb(span)
    nouns = list(verb.children)
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
        nouns.append(verb.head)
    for noun in nouns:
        antecedent = verb.dep_ == "relcl" and noun.i == verb.head.i
        if (noun.dep_ not in ("nsubj", "nsubjpass", "dobj") and not antecedent) or (
            noun.pos_ != "NOUN"
        ):
            continue
        lemma = noun.lemma_.lower()
        compound = " ".join([*(t.lower_ for t in noun.lefts if t.dep_ == "compound"), lemma])
        known = ctx.self_counting.get(compound) or ctx.self_counting.get(lemma)
        named = compound_counted(noun, ctx) if known is None else None
        if (known is not None or named is not None) and _parted(noun, span):
            continue  # another clause's noun: "Death toll at 41; damage estimate revised to $2bn"
        if known is not None and fig.unit in units().currency_codes:
            # "tolls bring in CHF 3m", "the toll on the bridge is $5": what the noun counts
            # (deaths, voters) is never a sum of money; the sum is the toll itself, a charge
            fig.counted, fig.counted_head = counted_phrase(noun, None), lemma
            fig.inherited = True
            return True
        if known is not None:
            fig.counted, fig.counted_head = known[0], known[0]
            if count_like:
                fig.unit = known[1]
            fig.inherited = True
            return True
        if named is not None:  # "the vote total rose to 339,110", "the flow rate was 3,200 t"
            fig.counted, fig.counted_head = counted_phrase(named, None), named.lemma_.lower()
            if count_like:
                fig.unit = count_unit(named, None, frozenset()) or fig.unit
            fig.inherited = True
            return True
    return False


def _harmed_people(fig: FoundFigure, span: Span, ctx: ContextWords) -> bool:
    """ "the flood killed 23", "kills at least 23", "16,000 had been displaced": a bare number as
    the object of a verb of harming, moving or holding people, or the subject of its passive,
    counts people (before any figure beside it lends it its noun: "19 people had died and 16,000
    had been displaced" are two different counts)."""
    root = span.root
    verb = with_particle(root.head, root.head.lemma_.lower())  # "laid off 300": lay off
    # "and infected 275 since ...": the object right after its verb, which the parser may hang
    # on it as an adverbial
    right_after = root.dep_ == "npadvmod" and root.head.pos_ == "VERB" and (
        span.start == root.head.i + 1)
    if (root.dep_ not in ("dobj", "nsubjpass") and not right_after) or (
            verb not in ctx.human_object_verbs):
        return False
    fig.unit = "people"
    # the verb as written when it is a past form ("sickened"), else its past participle
    done = with_particle(root.head, root.head.lower_) if root.head.tag_ in ("VBD", "VBN") else (
        _past(verb))
    fig.counted, fig.counted_head = f"people {done}", "people"
    fig.inherited = True
    return True


SHELTER_REACH = 4  # words between a bare number and the "in" of its place of refuge, at most
STAYING = frozenset({"be", "remain", "stay", "live", "sleep"})  # "were in", "remain in"


def _sheltered(fig: FoundFigure, span: Span, ctx: ContextWords) -> bool:
    """ "and 3,100 were in shelters", "12,000 in shelters", "2,300 remain in evacuation centres":
    a bare number right before a verb of staying (or none) and "in" a place of refuge
    (``refuge_nouns`` of ``store/data/context.toml``) counts the people there."""
    doc = span.doc
    i = span.end
    end = min(len(doc), span.end + SHELTER_REACH)
    while i < end and (doc[i].lemma_.lower() in STAYING or doc[i].pos_ == "ADV") and (
            doc[i].pos_ in ("AUX", "VERB", "ADV")):
        i += 1
    if i >= end or doc[i].lower_ != "in":
        return False
    place = pobj(doc[i])
    if place is None or place.pos_ != "NOUN":
        return False
    lemma = place.lemma_.lower()
    named = " ".join([*(t.lower_ for t in place.lefts if t.dep_ == "compound"), lemma])
    if lemma not in ctx.refuge_nouns and named not in ctx.refuge_nouns:
        return False
    words = [t.text for t in place.lefts if t.dep_ == "compound"]
    fig.counted = " ".join(["people in", *words, place.text])
    fig.counted_head, fig.unit, fig.inherited = "people", "people", True
    return True


def _past(verb: str) -> str:
    """The past participle of a regular verb ("kill" -> "killed", "bury" -> "buried")."""
    irregular = {"shoot": "shot", "hurt": "hurt", "house": "housed", "hire": "hired",
                 "lay off": "laid off"}
    if verb in irregular:
        return irregular[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    if (len(verb) > 2 and verb[-1] in "bdgmnprt" and verb[-2] in "aeiou"
            and verb[-3] not in "aeiou" and len(verb) <= 6 and verb != "deport"):
        return verb + verb[-1] + "ed"  # "trap" -> "trapped", "kidnap" -> "kidnapped"
    return verb + "ed"


def _flowing(span: Span, ctx: ContextWords) -> tuple[Token, str | None] | None:
    """ "Diesel leaking at 2,400 barrels a day", "fuel escaped at 700 cubic metres a day": a
    measure of what a verb of flow moves counts the substance, its subject (or the noun the
    participle describes)."""
    verb = governing_verb(span)
    if verb.lemma_.lower() not in ctx.flow_verbs:
        return None
    node = branch_under(verb, span.root)
    if node.dep_ == "dobj":
        return None  # "the tanker spilled 3 million gallons": the subject is the source
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and not is_unit_noun(verb.head):
        return verb.head, None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "ROOT":  # a headline: "Diesel leaking at 2,400 barrels"
        subject = next((c for c in verb.lefts if c.dep_ == "amod"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "ADJ") or is_unit_noun(subject):
        return None
    if span.start <= subject.i < span.end or subject.lemma_.lower() in ctx.not_counted:
        return None
    return subject, None


def _set_by_another(fig: FoundFigure, span: Span, same: list[FoundFigure]
                    ) -> FoundFigure | None:
    """The figure right before ``fig`` in its sentence, in its unit and naming what it counts,
    when ``fig`` is another holder's level of it with the verb of setting left out."""
    before = [f for f in same if f.start < fig.start]
    prev = before[-1] if before else None
    if prev is None or prev.counted is None or prev.unit != fig.unit:
        return None
    return prev if set_by_another_holder(span.doc, prev, span) else None


def _money_moved(fig: FoundFigure, span: Span, ctx: ContextWords) -> bool:
    """ "The party spent €3.74 million on the campaign": money a verb of spending, giving or
    losing moves is that kind of money (spending, donations, losses)."""
    if not fig.unit.isupper():
        return False
    counted = money_moved_by(span, ctx)
    if counted is None:
        return False
    fig.counted, fig.counted_head = counted, head_of_moved(counted)
    fig.inherited = True
    return True


def _goods_moved(fig: FoundFigure, span: Span, ctx: ContextWords) -> bool:
    """ "The refinery can process 200,000 barrels a day", "the country exports 9 million
    tonnes": a mass or a volume that is the object of a verb of producing or trading
    (``goods_verbs``) is that kind of quantity (processing, exports), not the flow of it."""
    found = units().conversions.get(fig.base_unit)
    root = span.root
    if found is None or found[0] not in ("mass", "volume") or root.dep_ != "dobj":
        return False
    counted = ctx.goods_verbs.get(root.head.lemma_.lower())
    if counted is None or root.head.pos_ != "VERB":
        return False
    fig.counted, fig.counted_head = counted, counted
    fig.inherited = True
    return True


def _priced_in_a_measure(fig: FoundFigure, changed: str) -> bool:
    """A price (``[priced]`` of ``store/data/quantities.toml``: "share price") is a sum or a share
    of one; a figure in a measure or a count ("130,000 tonnes") of a "stock" counts the stock
    itself, the goods or the fish held, never a price."""
    base = fig.base_unit
    return changed in quantity_classes().priced.values() and not _money_or_share(fig) and (
        base != "count")


def _measured_subject(span: Span, ctx: ContextWords, bare: bool = False
                      ) -> tuple[Token, str | None] | None:
    """"measles cases had reached 143": the subject of a verb of measure is what is counted;
    a bare count may count a plural subject whose word alone counts nothing (``named_kind``);
    not when the figure measures a noun of its own ("the stock fell 14%, a loss of 3.5 billion
    dinars": the loss), which ``_attached_noun`` reads."""
    verb = _clause_head(span)
    if verb is None or not measures_its_subject(verb, ctx) or verb.lemma_.lower() == "be":
        return None
    if _measure_of_a_noun(span, ctx) or _of_the_object(span, verb, ctx):
        return None
    # not a headline's label before a colon ("Tennis boom: club membership passes 2,000"), nor
    # a wire dateline's place
    subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
    subject = next(iter(past_label(subjects, verb)), None)
    subject = past_dateline(subject) if subject is not None else None
    if subject is None and raised(verb):  # "deaths are expected to rise to 300"
        subject = next((t for t in verb.head.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    subject = subject or subject_read_as_head(verb)  # "as weekly cases top 1,100"
    subject = subject or subject_over_adjective(verb)  # "arrivals are likely to top 12,000"
    on = antecedent_of_pronoun(verb, subject) if subject is not None else None
    if on is not None and on is not subject:  # "a waiting list that rose to 5.2m": the list
        if on.dep_ == "pobj" or on.lemma_.lower() in ctx.rate_period_words or (
                on.lemma_.lower() in SPANS_OF_TIME):
            return None  # "puts income for the season that closes in June at $86m": a time
        subject = on
    counted = whose_count(subject, ctx) if subject is not None else None
    if counted is not None:  # "riders, whose number fell to 1,900": the riders
        return counted, group_in(list(counted.lefts))
    if subject is None or subject.pos_ != "NOUN" or (
            subject.lemma_.lower() in ctx.not_counted and not (bare and named_kind(subject))):
        return None
    if subject.lemma_.lower() in ctx.number_nouns or is_unit_noun(subject):
        return None
    return subject, group_in(list(subject.lefts))


def named_kind(noun: Token) -> bool:
    """ "charging points numbered 900", "purchase orders totalled 5,200": a plural noun that a
    noun or a gerund before it names a kind of is a countable thing, though the word alone
    ("point", "order") is one of ``not_counted``'s words of grammar or measure; not a unit
    ("percentage points", "basis points")."""
    return noun.tag_ == "NNS" and not is_unit_noun(noun) and any(
        c.dep_ == "compound" and c.pos_ in ("NOUN", "VERB") and c.i == noun.i - 1
        for c in noun.children)


def _of_the_object(span: Span, verb: Token, ctx: ContextWords) -> bool:
    """ "the watchdog weighs a fine of up to $50 million": a figure in the "of" phrase of the
    verb's object, a noun that is neither a number noun nor a word of level or time, measures
    that object (which ``_attached_noun`` reads), not the verb's subject."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.dep_ != "dobj" or (
            prep.head.head.i != verb.i):
        return False
    noun = prep.head
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and lemma not in ctx.not_counted and (
        lemma not in ctx.number_nouns) and not is_unit_noun(noun)


def _clause_head(span: Span) -> Token | None:
    """The verb whose clause the figure is in, as ``governing_verb`` climbs to it, but the
    word the climb meets first that has a subject of its own, though the tagger called it a
    noun ("fuel prices ease ..., but repair bill climbs to $340 million": "climbs", not
    "ease"); None when a semicolon parts the figure from it ("cuts ore guidance to 5.9mn t;
    ministry fines miner 40m dinars": the parser hung the second clause on the first)."""
    node = span.root
    for _ in range(MAX_DEPTH):
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX") or (
                node.i != span.root.i and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in node.children)):
            break
        node = node.head
    return None if _semicolon_between(node, span) else node


def _parted(tok: Token, span: Span) -> bool:
    """A semicolon in the text between a word and the figure, found without walking the tokens
    (a sentence of 10,000 bare numbers hung on one verb stays linear)."""
    low, high = sorted((tok.idx, span.start_char))
    return text_of(span.doc).find(";", low, high) >= 0


def _semicolon_between(tok: Token, span: Span) -> bool:
    """A semicolon between a word and the figure: two clauses the parser may have joined."""
    low, high = sorted((tok.i, span.start))
    return any(t.text == ";" for t in span.doc[low:high])


def _sum_of_across(span: Span, fig: FoundFigure, ctx: ContextWords
                   ) -> tuple[Token, str | None] | None:
    """ "at a cost to the town of 80 euros a night", "a bill for the council of $5m": a sum in
    the "of" phrase the parser hung on the noun of a "to" or "for" phrase is the measure of the
    noun that phrase follows (the cost, the bill), not of whom it falls to."""
    root = span.root
    of = root.head
    if fig.unit not in units().currency_codes or root.dep_ != "pobj" or of.lower_ != "of":
        return None
    party = of.head
    if party.dep_ != "pobj" or party.head.lower_ not in ("to", "for") or (
            party.head.head.pos_ != "NOUN"):
        return None
    return _measured_noun(party.head.head, ctx)


def _measure_of_a_noun(span: Span, ctx: ContextWords) -> bool:
    """ "..., a loss of 3.5 billion dinars", "..., a fine of €40m": a figure in the "of" phrase
    of a noun set after a comma beside a clause, a noun that is neither a number noun nor a word
    of level or time, measures that noun (the measure genitive), not the clause's subject."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return False
    noun = prep.head
    lemma = noun.lemma_.lower()
    start = noun.left_edge.i
    beside = noun.dep_ in ("appos", "npadvmod") and start > 0 and span.doc[start - 1].text == ","
    return beside and lemma not in ctx.not_counted and (
        lemma not in ctx.number_nouns) and not is_unit_noun(noun)


def _owned_measure_of(span: Span, ctx: ContextWords) -> tuple[Token, str | None] | None:
    """ "carried 910 tonnes of sand, over its limit of 700 tonnes", "the site's daily cap of
    1,800 cubic metres": a figure in the "of" phrase of a noun a possessive owns measures that
    noun (the measure genitive), whatever parallel amount stands before it in the sentence."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return None
    noun = prep.head
    if not any(c.dep_ == "poss" for c in noun.children):
        return None
    return _measured_noun(noun, ctx)


def _measured_noun(noun: Token, ctx: ContextWords) -> tuple[Token, str | None] | None:
    """The noun a measure genitive measures and the words before it, unless it is a word that
    is never counted, a number noun or a unit."""
    lemma = noun.lemma_.lower()
    if lemma in ctx.not_counted or lemma in ctx.number_nouns or is_unit_noun(noun):
        return None
    return noun, group_in(list(noun.lefts))


def _object_set_at(span: Span, ctx: ContextWords) -> tuple[Token, str | None] | None:
    """ "had lifted its pledge to US$35 million", "estimated them at €20m-30m": a figure a
    verb sets its object to or at measures that object (a pronoun, the plural noun named before
    it), whatever parallel amount stands earlier in the sentence; the object of a verb of flow
    is where the flow comes from."""
    prep = span.root.head
    verb = prep.head
    if span.root.dep_ != "pobj" or prep.lower_ not in ("to", "at"):
        return None
    estimated = _estimated_object(prep) if prep.lower_ == "at" else None
    estimated = estimated or (_gapped_object(prep, span) if prep.lower_ == "at" else None)
    if estimated is not None:  # "puts crop land lost at 3,400 hectares"
        return estimated, group_in(list(estimated.lefts))
    if verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() in ctx.flow_verbs:
        return None  # "water was leaving the main at 450 cubic metres a day": the main is where
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if obj is not None and obj.lower_ == "them":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        obj = next((t for t in reversed(span.doc[span.sent.start:obj.i])
                    if t.tag_ == "NNS" and t is not subject), None)
    if obj is not None and _the_dead(obj):
        return obj, None  # "put the dead at 20": deaths
    if (obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() in ctx.not_counted
            or obj.lemma_.lower() in ctx.number_nouns or is_unit_noun(obj)):
        return None
    return obj, group_in(list(obj.lefts))


def _the_dead(tok: Token) -> bool:
    """ "the dead", "the drowned": an adjective or participle with "the" that names people by
    what befell them (``outcome_names`` of ``store/data/quantities.toml``), a noun in all but
    its tag."""
    return tok.pos_ in ("ADJ", "VERB") and tok.lower_ in quantity_classes().outcomes and any(
        c.lower_ == "the" and c.dep_ == "det" for c in tok.children)


def _estimated_object(prep: Token) -> Token | None:
    """ "puts crop land lost at 3,400 hectares", "estimated the cost of rebuilding the port at
    $2bn", "estimated the losses from what papers call Black Monday at ...": the object of a verb
    that sets an estimate (``[setting]`` of ``store/data/quantities.toml``) that the parser has
    hung "at" inside of, on a participle, a gerund or a clause of the object's phrase, or on the
    participle that follows the object ("put woodland burned at", read as a clause of its own);
    None when "at" hangs on the verb itself (read as before) or the verb has an "at" of its
    own."""
    setting = quantity_classes().setting_verbs
    node = prep.head
    for _ in range(SET_AT_CLIMB):
        if node.head.i == node.i:
            return None
        if node.head.pos_ == "VERB" and node.head.lemma_.lower() in setting:
            break
        if node.dep_ not in INSIDE_OBJECT and not _tail_read_as_verb(node):
            return None
        node = node.head
    else:
        return None
    verb = node.head
    if any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children):
        return None
    if node.tag_ in ("VBN", "VBD") and node.dep_ in PARTICIPLE_CLAUSES:
        # "puts woodland burned at", "put pipe lost to the frost at": the participle's subject,
        # or the verb's object right before it (the tagger may read the participle as a past)
        # ("puts lost toll revenue for the year at": a participle before its noun, read as a
        # verb whose object that noun is)
        node = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                     and c.i < node.i), None) or next(
            (c for c in verb.children if c.dep_ == "dobj" and c.i == node.i - 1), None) or next(
            (c for c in node.children if c.dep_ == "dobj" and c.left_edge.i == node.i + 1),
            None)
    elif _tail_read_as_verb(node):
        # "put the damage to track and rolling stock at": the object's own "to" phrase, read
        # as a clause of the verb, holds the "at"; the object is the verb's, before it
        node = next((c for c in verb.children if c.dep_ == "dobj" and c.i < node.i), None)
    elif node.dep_ == "prep" and node.i != prep.i:
        # "put stolen cable for the quarter that ended in March at": "at" hung on a clause of
        # the verb's own phrase of time, after its object
        node = next((c for c in verb.children if c.dep_ == "dobj" and c.i < node.i), None)
    elif node.dep_ != "dobj" or node.i == prep.head.i:
        return None
    if node is None or node.pos_ != "NOUN" or (
            node.lemma_.lower() in context_words().not_counted) or is_unit_noun(node):
        return None
    return node


def _tail_read_as_verb(node: Token) -> bool:
    """ "the damage to track and rolling stock": a noun phrase's tail the parser read as an
    infinitive or a gerund, a clause of the verb or joined to one."""
    return node.dep_ in ("advcl", "conj") and node.tag_ in ("VB", "VBG")


GAPPED = frozenset({"conj", "advcl", "appos", "dobj"})  # how the parser hangs a gapped object


def _gapped_object(prep: Token, span: Span) -> Token | None:
    """ "puts the death toll at 74, the injured at 221 and the damage at $4m", "put the
    population at 56 million and the undercount at 3.4 million": a later pair of a list of
    objects each set at its own figure by one verb of setting (``[setting]`` of
    ``store/data/quantities.toml``), said once before the first pair: the object of the pair,
    a noun or a word made one by "the" ("the injured"), that stands after the verb's first
    "at" and before this one, and hangs on the verb or on its first object. A bare number set
    against a noun is left to the rules before (the noun may not be what it is counted in)."""
    setting = quantity_classes().setting_verbs
    node = prep.head
    item = None
    for _ in range(SET_AT_CLIMB):
        if node.pos_ == "VERB" and node.lemma_.lower() in setting:
            break
        if node.head.i == node.i or node.i > prep.i:
            return None
        if item is None and node.dep_ in GAPPED and any(c.dep_ == "det" for c in node.children):
            item = node
        node = node.head
    else:
        return None
    first = next((c for c in node.children if c.dep_ == "prep" and c.lower_ == "at"
                  and c.i < prep.i), None)
    if first is None:
        return None
    if item is None and prep.head.i == node.i:  # "at" hung on the verb: the pair's own noun
        item = next((c for c in node.children if c.dep_ in GAPPED and first.i < c.i < prep.i
                     and any(d.dep_ == "det" for d in c.children)), None)
    if item is None or not first.i < item.i < prep.i or is_unit_noun(item) or (
            item.pos_ not in ("NOUN", "ADJ", "VERB")) or (
            item.lemma_.lower() in context_words().not_counted):
        return None
    if item.pos_ == "NOUN" and all(t.like_num or t.pos_ == "NUM" for t in span):
        return None
    if is_holder(item) and any(t.text == ";" for t in span.doc[first.i:item.i]):
        return None  # "put the damage at £130m; the union at £210m": another holder's figure
    return item


def _counted_by_another(fig: FoundFigure, noun: Token, same: list[FoundFigure]) -> bool:
    """A sum whose parse reaches the noun another figure of its sentence counts, written right
    after that figure ("the oven bakes 900 loaves and costs £30 a day to heat"): the noun is
    the count's, and a sum of money counts no loaves; what the sum is, its own verb says."""
    if fig.base_unit not in units().currency_codes:
        return False
    # the figures are in text order: only the one or two ending right before the noun are read
    # (a sentence may hold thousands)
    at = bisect_right(same, noun.idx, key=lambda f: f.end)
    return any(other is not fig and other.base_unit not in units().currency_codes
               and other.counted is not None and 0 <= noun.idx - other.end <= NOUN_GAP
               and other.counted.split()[-1] == noun.text for other in same[max(0, at - 2):at])


def _money_or_share(fig: FoundFigure) -> bool:
    """A sum or a share, which may be the part of a whole its clause's subject is (not a measure:
    "the fire accounted for 1.7 million tonnes" of what was emitted, not of the fire)."""
    base = fig.base_unit
    return base in units().currency_codes or base in ("percent", "fraction")


def _attached_noun(span: Span, ctx: ContextWords, *, part: bool = False
                   ) -> tuple[Token, str | None] | None:
    """What an amount with no noun of its own is about, from where it hangs in the parse: "an
    appeal for $310 million" (the noun its preposition modifies), "put damage at $1.2 billion"
    (the verb's object), "the appeal was 27 percent funded" (the clause's subject). The object a
    verb of money (``money_verbs``) has before the sum, and the subject of its passive, are the
    party fined, paid or lent to, not what the sum is: "fined the ferry operator €45m" and
    "growers will be paid €3 a crate" name a fine and a payment, which the verb says."""
    node = span.root
    while node.head.i != node.i and node.head.pos_ == "NUM" and node.head.i in range(
        span.start, span.end + 1
    ):
        node = node.head

    scales = units().scale_suffixes.keys() | units().scale_words.keys()

    def usable(tok: Token) -> bool:  # not the "m" of "EUR 400m" split off by the tagger
        # ("spending per head was $4,100": a gerund subject with no object is a noun)
        nominal = tok.pos_ == "NOUN" or (tok.tag_ == "VBG" and tok.dep_ == "nsubj" and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children))
        return (nominal and tok.lemma_.lower() not in ctx.not_counted
                and not (span.start <= tok.i < span.end) and not is_unit_noun(tok)
                and tok.lower_ not in scales)

    verb = None
    if node.dep_ == "pobj" and node.head.dep_ in ("prep", "agent"):
        owner = node.head.head
        owner = verb_read_as_noun(owner) or owner  # "cod stock shrinks to": the stock
        if usable(owner):
            return owner, group_in(list(owner.lefts))
        if owner.pos_ in ("VERB", "AUX"):
            verb = owner
    elif node.head.pos_ in ("VERB", "AUX"):
        verb = node.head
    if verb is None:
        verb = _clause_head(span)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or _semicolon_between(verb, span):
        return None
    # an active subject is the agent ("the group has $50 million", "imagery showed 1,200 km2"),
    # not the thing measured, except with verbs of being and measuring ("contracts are worth")
    deps = ["dobj", "nsubjpass"]
    if verb.lemma_.lower() in ctx.measure_verbs or (
            part and verb.lemma_.lower() in ctx.part_verbs and node.dep_ == "pobj"
            and node.head.head.i == verb.i):  # "homes account for $870m" (not a gapped clause's)
        deps.append("nsubj")
    party = money_of_verb(verb, ctx) is not None  # "fined the operator €45m"
    # "growers will be paid €3": a passive with an object of its own (the sum) has the party
    # paid for its subject ("the contract was awarded" has the thing)
    paid = party and (any(c.dep_ == "dobj" for c in verb.children)
                      or completes_passive(verb, span))  # "the bank may be fined $13m"
    for dep in deps:
        for said in verb.children:
            child = antecedent_for(verb, said) or said  # "receipts, which X compiles, reached"
            if said.dep_ == dep and usable(child) and not _in_an_aside(child, span) and not (
                    (party and dep == "dobj" and child.i < span.start)
                    or (dep == "dobj" and second_object(node, verb, child))
                    or (paid and dep == "nsubjpass")
                    or names_the_recipient(verb, dep, node, ctx, child)):
                child = verb_read_as_noun(child) or child  # "pump price eases to": the price
                child = _estimated_thing(child, verb, dep, ctx) or child
                return child, group_in(list(child.lefts))
    if verb.dep_ in ("acomp", "xcomp", "oprd") and verb.head.lemma_.lower() == "be":
        # "the plan was only 38 percent funded": the subject of "be" is what is measured
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and usable(subject) and not names_the_recipient(
                verb, "be", node, ctx, subject):
            return subject, group_in(list(subject.lefts))
    return None


def _estimated_thing(noun: Token, verb: Token, dep: str, ctx: ContextWords) -> Token | None:
    """ "cut its forecast for the 2026 crop to 1.4 million tonnes": an estimate noun, or a
    number noun the verb takes as its object, is a number of something, and the thing its
    "for" or "of" phrase names (``what_it_is_for``) is what the figure counts; None when none
    is named, or when what is named is a unit, a place or a word that counts nothing."""
    word = noun.lemma_.lower()
    if word not in ctx.estimate_nouns and not (dep == "dobj" and word in ctx.number_nouns):
        return None
    thing = what_it_is_for(noun, verb)
    if thing is None or is_unit_noun(thing) or thing.lemma_.lower() in ctx.not_counted or (
            is_place(thing)):
        return None
    return thing


def _in_an_aside(tok: Token, span: Span) -> bool:
    """A noun inside brackets the figure is outside of ("lose B/.520 million (US$520m; the
    balboa trades at par) in toll revenue"): an aside, which the parser may hang on the
    figure's verb, never what the figure is."""
    text = text_of(span.doc)
    low, high = (span.end_char, tok.idx) if tok.i >= span.end else (tok.idx, span.start_char)
    if high - low > ASIDE_REACH:
        return False
    between = text[low:high]
    if tok.i >= span.end:
        return between.count("(") > between.count(")")
    return between.count(")") > between.count("(")


# number nouns that count things, never a sum: "the number of evacuees stood at 180, at a cost
# of CHF 95 a night" (the sum is no number of evacuees)
THINGS_COUNTED = frozenset({"number", "count", "tally", "headcount", "population", "strength"})


def _number_of_noun(sent: Span, *, before: int | None, money: bool = False,
                    measure: bool = False) -> tuple[Token, str | None] | None:
    """The X of "the number of X" (or "estimates of X") in a sentence, or of "how many X" (a
    question the next sentence's bare number answers: "How many boats will stay in port is
    disputed. The union says 140"); for a sum (``money``), only a noun that may be a sum; for a
    ``measure``, never "how many X" (a count; "how many people were inside the showground of
    84,000 square metres" asks nothing an area answers)."""
    ctx = context_words()
    classes = units().count_classes
    found = None
    for tok in sent:
        if before is not None and tok.i >= before:
            break
        asked = _how_many(tok) if not money and not measure else None
        if asked is not None:
            found = (asked, group_in([t for t in asked.lefts]))
            continue
        if money and tok.lemma_.lower() in THINGS_COUNTED:
            continue
        if tok.lemma_.lower() in ctx.number_nouns or tok.lemma_.lower() in ctx.rate_nouns:
            if tok.lemma_.lower() in ctx.self_counting:
                continue  # "the death toll of the flood": deaths; its "of" names the event
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    obj = pobj(child) or _class_word(child)
                    if obj is not None and is_unit_noun(obj):
                        continue  # "a rate of 650 cubic metres": the unit, not what is counted
                    if obj is not None and _per_base(obj):
                        continue  # "a rate of 41 per 100,000 people": the base, not what
                    if obj is not None and (obj.pos_ == "NOUN" or obj.lower_ in classes
                                            or obj.dep_ == "acl"  # "those trapped"
                                            or people_named_by_adjective(obj)):
                        found = (obj, group_in([t for t in obj.lefts]))
            # (in the figure's own sentence: "the true figure for the depot is 420 jobs. The
            # union puts the total at 2,100" counts no depot)
            thing = _number_for(tok, ctx, gerund=money or measure) if before is not None else None
            if thing is not None:  # "the real figure for the bakery's losses is £3m"
                found = (thing, group_in(list(thing.lefts)))
            befell = _befell(tok)
            if befell is not None:  # "revised the number trapped to 49"
                found = (befell, None)
    return found


# number nouns whose "for" phrase may name what they count ("its figure for the damage"); a
# rate's "for" is what it is paid per ("the rate for a container"), a toll's the event
FOR_NUMBER_NOUNS = frozenset({"figure", "estimate", "count", "tally", "total", "number",
                              "forecast", "projection"})
NOT_THINGS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP", "DATE", "TIME", "EVENT"})
# spans of time a count may be "for" beside the periods of a rate ("the same fortnight")
SPANS_OF_TIME = frozenset({"fortnight", "period", "season", "half", "semester", "spell"})


def _number_for(noun: Token, ctx: ContextWords, *, gerund: bool) -> Token | None:
    """ "revised its figure for clearing to 4,480 sq km", "the real figure for the bakery's
    losses is £3m": the noun a number noun's "for" names is what it counts, when it is a thing;
    not a place ("the count for the region"), a time ("the total for the year", "its figure for
    12 May"), an event ("the tally for the storm"), a name or another number noun. A gerund
    names what a sum or a measure is of (``gerund``), never the things a count is in."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in FOR_NUMBER_NOUNS:
        # ("For a family, the board puts the saving at €18": a verb; "the forecasts for all
        # of 2031 diverge by 0.9 points": several, which the figure sets apart)
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    if prep is None:
        return None
    # "its figure for clearing": a gerund with no object of its own names the activity counted
    thing = pobj(prep) or next((c for c in prep.children if gerund and c.dep_ == "pcomp"
                                and c.tag_ == "VBG"
                                and not any(g.dep_ == "dobj" for g in c.children)), None)
    if thing is None or thing.pos_ not in ("NOUN", "VERB") or thing.ent_type_ in NOT_THINGS or (
            any(ch.isdigit() for ch in thing.text)):
        return None  # ("the number for 2031/32": a year)
    lemma = thing.lemma_.lower() if thing.pos_ == "NOUN" else thing.lower_
    if lemma in ctx.not_counted or lemma in ctx.number_nouns or is_unit_noun(thing) or (
            lemma in ctx.rate_period_words or lemma in SPANS_OF_TIME) or (
            lemma in quantity_classes().place_words) or lemma in estimate_words().event_nouns or (
            is_place(thing)):
        return None
    return thing


def _how_many(tok: Token) -> Token | None:
    """The plural noun of "how many X": the things a number answering the question counts."""
    doc = tok.doc
    if tok.lower_ != "how" or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "many":
        return None
    noun = doc[tok.i + 2]
    # (the tagger may take a plural for a verb: "How many ferries the strike will keep")
    plural = noun.tag_ == "NNS" or (doc[tok.i + 1].head.i == noun.i and noun.is_alpha)
    if not plural or noun.lemma_.lower() in context_words().not_counted or is_unit_noun(noun):
        return None
    return noun


def _per_base(noun: Token) -> bool:
    """A noun right after "per" and a number ("per 100,000 people"): the base a rate is given
    per, never what it counts."""
    doc = noun.doc
    return noun.i >= 2 and doc[noun.i - 1].like_num and doc[noun.i - 2].lower_ == "per"


def _befell(noun: Token) -> Token | None:
    """ "the number trapped", "the count missing", "put the number caught at 45": the
    participle right after a number noun that names the people counted by what befell them
    (``human_object_verbs`` and ``number_participles`` of context.toml)."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if noun.pos_ != "NOUN" or after is None or after.tag_ not in ("VBN", "VBG", "JJ"):
        return None  # (the parser may hang it on the verb: "put the number missing at 31")
    ctx = context_words()
    if after.lower_ in units().count_classes or (after.tag_ == "VBN" and (
            after.lemma_.lower() in ctx.human_object_verbs
            or after.lemma_.lower() in ctx.number_participles)):
        return after
    return None


def _class_word(prep: Token) -> Token | None:
    """ "the number of displaced": a participle that names people by what befell them, which the
    parser hangs on the preposition as a verb; "the count of those trapped": the participle that
    says which people "those" are."""
    found = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")
                  and c.lower_ in units().count_classes), None)
    if found is not None:
        return found
    those = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "those"), None)
    if those is None:
        return None
    return next((c for c in those.children if c.dep_ == "acl" and c.tag_ == "VBN" and (
        c.lower_ in units().count_classes
        or c.lemma_.lower() in context_words().human_object_verbs)), None)


def _estimated_as(span: Span, ctx: ContextWords) -> tuple[Token, str | None] | None:
    """ "damage estimated at $2bn", "a stake valued at €40m", "the harvest, put at 12 million
    tonnes, ...": a figure a participle of a verb that sets an estimate (``[setting]`` of
    ``store/data/quantities.toml``) puts a noun at measures that noun: the noun the participle
    modifies, its subject when the parser reads it as a verb of its own, or the noun right
    before the comma that opens it ("ticket sales, forecast at C$96 million")."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "at" or prep.dep_ != "prep":
        return None
    part = prep.head
    if part.tag_ != "VBN" or part.lemma_.lower() not in quantity_classes().setting_verbs:
        return None
    doc = span.doc
    if part.dep_ == "acl" and part.head.i < part.i:
        noun = part.head
    else:
        noun = next((c for c in part.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if noun is None and part.i > 1 and doc[part.i - 1].text == ",":
            noun = doc[part.i - 2]
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() in ctx.not_counted or (
            is_unit_noun(noun)):
        return None
    return noun, group_in(list(noun.lefts))


def _worth_of(span: Span, ctx: ContextWords) -> tuple[Token, str | None] | None:
    """ "boats landed hake worth $48.5 million", "a contract worth €2bn": a sum "worth" governs
    is the value of the goods named right before "worth" (the parser hangs them on "worth", on
    the verb, or "worth" on them, and may tag a mass noun an adjective); not an adverb ("well
    worth"), a pronoun, a number, a word of time or level, nor a noun a comma parts from "worth"
    ("the deal for new trams, worth €350m": the deal, which the parse of its own reads)."""
    root = span.root
    worth = root.head
    if worth.lower_ != "worth" or root.dep_ not in ("npadvmod", "pobj", "dobj", "nmod"):
        return None
    doc = span.doc
    before = doc[worth.i - 1] if worth.i > 0 else None
    goods = None
    if before is not None and before.is_alpha and not before.is_stop and (
            before.tag_ in ("NN", "NNS", "JJ") and before.ent_type_ == "") and (
            before.head.i in (worth.i, worth.head.i) or worth.head.i == before.i):
        goods = before
    if goods is None:
        goods = described_as_worth(worth)  # "the programme, worth MAD 120bn, began"
    if goods is None or goods.lemma_.lower() in ctx.not_counted or is_unit_noun(goods):
        return None
    return goods, group_in(list(goods.lefts))


# "Rp1.85 million for a truck", "$3,120 a month for a two-bedroom": "for a" right after a sum
# (past a rate of time it carries)
_FOR_ONE = re.compile(r"\s*(?:(?:a|an|per|each)\s+(?P<period>[a-z]+)\s+)?for\s+(?P<a>an?)\s",
                      re.IGNORECASE)
FOR_ONE_REACH = 4  # tokens after "a" the priced thing's noun may stand at


def _priced_for_one(fig: FoundFigure, span: Span, ctx: ContextWords
                    ) -> tuple[Token, str | None] | None:
    """ "Fares are Rp52,000 for an adult, Rp148,000 for a motorcycle and Rp1.85 million for a
    truck", "$3,120 a month for a two-bedroom": a sum "for a" single thing right after it (past
    the period of its rate) is the price of that thing: the common noun the "a" goes with (not a
    period, "for a year"; a unit; a word that counts nothing; a number: "for a total of")."""
    doc = span.doc
    text = text_of(doc)
    m = _FOR_ONE.match(text, fig.end, min(len(text), fig.end + 40))
    if m is None:
        return None
    if m.group("period") is not None and m.group("period").lower() not in ctx.rate_period_words:
        return None  # "$40 a head for a ...": only a period of time passed over
    det = token_at(doc, m.start("a"))
    if det is None:
        return None
    head = det.head
    if det.lower_ not in ("a", "an") or det.dep_ != "det" or not (
            det.i < head.i <= det.i + FOR_ONE_REACH):
        return None
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.like_num or lemma in ctx.rate_period_words or (
            lemma in units().time_words or lemma in ctx.not_counted or is_unit_noun(head)):
        return None
    return head, group_in(list(head.lefts))


def _worth_of_figure(fig: FoundFigure, span: Span, same_sentence: list[FoundFigure]
                     ) -> FoundFigure | None:
    """ "Vietnam exported 480,000 tonnes of coffee in the first quarter, worth $2.6 billion",
    "had demanded 85 bitcoin, then worth about A$7.4 million": a sum "worth" governs, set after
    another figure's phrase with no verb between, is the value of what that figure counts (the
    last count or measure before it in its sentence; a share or a sum between is passed over:
    "870,000 tonnes of coffee, down 9% from a year earlier, worth $4.8bn")."""
    worth = span.root.head
    if worth.lower_ != "worth" or worth.i >= span.start:
        return None
    lex = units()
    before = [f for f in same_sentence if f.end <= worth.idx and f.counted
              and f.unit not in lex.currency_codes and f.unit not in ("percent", "fraction")]
    if not before:
        return None
    donor = before[-1]
    described = described_as_worth(worth)
    if described is not None and described.idx > donor.end:
        return None  # "after the quake that killed 2,946 people, the programme, worth ..."
    between = span.doc.char_span(donor.end, worth.idx, alignment_mode="expand")
    if between is None or any(t.pos_ in ("VERB", "AUX") or t.text == ";" for t in between):
        return None
    return donor


def _named_before_number_noun(span: Span, ctx: ContextWords) -> tuple[Token, None] | None:
    """ "Ministry cuts flood evacuee count to 16,950", "lowers storm damage figure to 2.19
    million": a figure right after a number noun and "to" or "at" counts what the noun written
    before the number noun names, read from the words themselves, as a headline's parse often
    takes the number noun for a verb; not a body or a name that keeps the count ("the police
    count", ``keeps_count``), a possessive or a determiner, nor a number noun that says itself
    what it counts ("toll"), nor a plural ("report cuts estimate to 4p-9p": a verb)."""
    doc = span.doc
    i = span.start - 1
    if i < 2 or doc[i].lower_ not in ("to", "at"):
        return None
    number_noun, named = doc[i - 1], doc[i - 2]
    word = number_noun.lower_
    if word not in ctx.number_nouns or word in ctx.self_counting or (
            f"{named.lower_} {word}" in ctx.self_counting):
        return None
    # a noun before a noun is singular ("evacuee count"); "report cuts estimate to" is a verb
    if named.tag_ != "NN" or not named.is_alpha or named.is_stop or (
            named.lemma_.lower() in ctx.not_counted or named.lemma_.lower() in ctx.number_nouns
            or is_unit_noun(named) or keeps_count(named)):
        return None
    return named, None


def _number_noun_of(span: Span, ctx: ContextWords) -> tuple[Token, str | None] | None:
    """ "a seat projection of 18 to 21", "a casualty count of 140": the figure is what a number
    noun is "of", and the noun's compound says what it counts."""
    node = span.root
    while node.head.i != node.i and node.head.pos_ == "NUM" and node.dep_ != "pobj":
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "of" or node.head.head.pos_ != "NOUN":
        return None
    named = compound_counted(node.head.head, ctx)
    return (named, None) if named is not None else None


def _previous_sentence(doc: Doc, sent: Span) -> Span | None:
    """The sentence before, which a figure with no noun of its own carries on, across a
    paragraph break too (a news paragraph is a sentence or two, and the next one goes on with
    the same count: "... raised its count of deaths to 341.\n\nIt is the third figure: the
    first gave 287"); not into a crosshead, whose figure heads what follows."""
    if sent.start == 0 or heading_line(sent):
        return None
    return doc[sent.start - 1].sent


def _unit_named(tok: Token) -> str | None:
    """The measure or currency a unit word names with the words right before it ("cubic
    metres", "square miles", "US dollars"), as the units file writes its code."""
    lex = units()
    doc = tok.doc
    for size in (2, 1, 0):
        if tok.i - size < 0:
            continue
        phrase = " ".join(t.lower_ for t in doc[tok.i - size:tok.i + 1])
        code = lex.measures.get(phrase) or lex.currency_words.get(phrase)
        if code is not None:
            return code
    return "percent" if tok.lower_ in lex.percent_words else None


def _share_of(subject: Token) -> bool:
    """ "Fifteen percent of 80 million was 12 million": a percentage "of" a whole, whose number
    and whose part are in the whole's unit, never in percent."""
    return subject.lower_ in units().percent_words and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)


def _in_a_phrase_of(span: Span, subject: Token) -> bool:
    """Whether the figure stands in a prepositional phrase inside the subject's own phrase ("the
    revision of the count from 14.6 million"), not as the subject's apposition ("the
    mobilisation was strong: 6,000 in Lille") or what it is "of" ("the gap of 1.2 million")."""
    node = span.root
    for _ in range(MAX_DEPTH):
        if node.head.i == node.i:
            return False
        if node.head.i == subject.i:
            return node.dep_ == "prep" and node.lower_ != "of"
        node = node.head
        if node.dep_ == "prep" and node.lower_ != "of" and node.head.i == subject.i:
            return True
    return False


def _counted_from_clause(
    fig: FoundFigure, span: Span, armed: frozenset[str], ctx: ContextWords, count_like: bool
) -> None:
    """No noun anywhere: "orders are in excess of $7 billion" count the orders; a number
    whose clause is about an armed group counts its fighters; a bare number doing something
    people do ("5,600 had returned") counts people."""
    root = span.root
    listed = listed_noun(span, ctx) if count_like else None
    if listed is not None:
        group = list_item_name(span) or group_in([t for t in listed.lefts])
        fig.counted, fig.counted_head = counted_phrase(listed, group), listed.lemma_.lower()
        fig.group = group
        fig.unit = count_unit(listed, group, armed) or "count"
        fig.inherited = True
        return
    acts = root.head.lemma_.lower() in ctx.human_verbs
    if count_like and root.dep_ in ("nsubj", "nsubjpass") and acts and (
            (said_of := counted_by_the_verb_before(span, root.head)) is not None):
        count_noun(fig, said_of, "count")  # "38 monkeys had escaped. ... 200 escaped": monkeys
        fig.counted = f"{said_of.lower_} that {root.head.lower_}"  # as "people who escaped"
        fig.inherited = True
        return
    if count_like and root.dep_ in ("nsubj", "nsubjpass") and acts:
        fig.unit = "people"
        fig.counted = f"people who {root.head.lower_}"
        fig.counted_head = "people"
        return
    verb = governing_verb(span)
    subject = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or span.start <= subject.i < span.end:
        return  # ("the Rs 4 lakh announced ... does not cover": the figure is the subject)
    if across_a_clause_break(span, verb):
        return  # "Occupancy up 2.4 points; a double room now costs ...": another clause's
    if _in_a_phrase_of(span, subject):
        return  # "the revision of the count from 14.6 million to 14.1 million was normal": the
        # figure is inside the subject's own phrase, and the verb says nothing of it
    if is_unit_noun(subject):
        # "12 million cubic metres came down, above the canton's 9 million": a unit word is
        # no counted noun; the bare number is in the measure the subject's figure names
        if count_like and not _share_of(subject):
            fig.unit = _unit_named(subject) or fig.unit
        return
    if count_like and subject.text in armed:
        fig.unit = "fighters"
        fig.counted = f"{subject.text} fighters"
        fig.counted_head = "fighter"
        fig.group = subject.text
    elif (
        subject.pos_ == "NOUN"
        and (verb.lemma_.lower() in ctx.measure_verbs or (
            subject.dep_ == "nsubjpass"  # "transits were limited to 24": the bound's subject
            and verb.lemma_.lower() in ctx.bound_verbs | ctx.revising_verbs))
        and subject.lemma_.lower() not in ctx.not_counted
    ):
        group = group_in([t for t in subject.lefts])
        fig.counted = counted_phrase(subject, group)
        fig.counted_head = subject.lemma_.lower()
        fig.group = group
        if count_like:
            fig.unit = count_unit(subject, group, armed) or "count"
