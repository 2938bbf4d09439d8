"""Every figure of a parsed article: scan the text for number expressions, drop those that are not
claims, read each one's qualifier, counted noun, places, period and source, let figures without a
noun inherit one, then add rates to units and find each figure's owner."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.defined_codes import codes_defined
from store.extract.figures.continued import (
    continue_units,
    follow_counted,
    followed_late,
    named_as_converted,
    refer_back,
)
from store.extract.figures.counted import (
    count_unit,
    counted_phrase,
    counted_token,
    crowd_verb_read_as_noun,
    exchange_rate,
    glued_unit,
    name_what_they_do,
)
from store.extract.figures.counted_abbreviation import spell_out_abbreviations
from store.extract.figures.counted_aboard import name_those_aboard
from store.extract.figures.counted_appositive_change import name_what_changed
from store.extract.figures.counted_area import name_the_area
from store.extract.figures.counted_audience import crowd_at_an_event, name_the_audience
from store.extract.figures.counted_average import name_the_average
from store.extract.figures.counted_average_of import name_the_averages_of
from store.extract.figures.counted_capacity import name_the_capacity
from store.extract.figures.counted_chained_verbs import name_along_the_verb_chain
from store.extract.figures.counted_change import (
    name_the_used_substance,
    name_what_is_used,
    named_change,
)
from store.extract.figures.counted_change_column import name_the_change_column
from store.extract.figures.counted_change_late import name_changes_late
from store.extract.figures.counted_change_word import name_the_change
from store.extract.figures.counted_converted import name_as_its_twin
from store.extract.figures.counted_dimension import name_the_extent, name_the_speed
from store.extract.figures.counted_fee import name_the_fee
from store.extract.figures.counted_gapped import name_the_gapped_sums
from store.extract.figures.counted_gapped_share import name_the_gapped_shares
from store.extract.figures.counted_goes_on import name_what_it_goes_on
from store.extract.figures.counted_growth import name_the_growth
from store.extract.figures.counted_headline_change import name_the_headline_change
from store.extract.figures.counted_headline_crowd import (
    crowd_before_misread_verb,
    noun_before_misread_verb,
)
from store.extract.figures.counted_jobs import name_as_jobs
from store.extract.figures.counted_label import stands_after_label
from store.extract.figures.counted_measure import name_the_power_capacity, name_what_the_unit_counts
from store.extract.figures.counted_members import name_the_members
from store.extract.figures.counted_misread_cost import name_the_misread_price
from store.extract.figures.counted_money import (
    name_the_exchange_rate,
    name_the_recovery,
    name_what_is_paid,
    name_what_was_done,
    name_where_it_came_from,
)
from store.extract.figures.counted_moved_by import name_what_moved_by
from store.extract.figures.counted_named_fund import name_the_named_fund
from store.extract.figures.counted_named_sum import drop_a_currency_noun
from store.extract.figures.counted_no_word import drop_a_wordless_noun
from store.extract.figures.counted_one_for import name_the_one_for
from store.extract.figures.counted_own_currency import forget_currencies_shown
from store.extract.figures.counted_part_share import name_the_part_share
from store.extract.figures.counted_place import drop_a_place
from store.extract.figures.counted_portion import name_the_portion
from store.extract.figures.counted_precipitation import name_the_precipitation
from store.extract.figures.counted_premodifier import name_the_noun_after
from store.extract.figures.counted_priced import name_the_thing_priced
from store.extract.figures.counted_purpose import name_the_purpose
from store.extract.figures.counted_put_at import name_what_is_put_at
from store.extract.figures.counted_quantity import name_the_quantities
from store.extract.figures.counted_ratio import RATIO, name_the_ratio
from store.extract.figures.counted_ratio_base import name_the_stated_base
from store.extract.figures.counted_reference import name_the_reference
from store.extract.figures.counted_room import name_the_room, name_the_sized_place
from store.extract.figures.counted_scale import scale_before
from store.extract.figures.counted_sold_price import name_the_price_sold
from store.extract.figures.counted_stake import name_the_stake
from store.extract.figures.counted_state import name_the_dead_as_deaths, name_the_lives_taken
from store.extract.figures.counted_subject import (
    in_singular_sense,
    name_the_subject,
    name_what_the_scale_measures,
)
from store.extract.figures.counted_sums import name_sums_by_their_neighbours
from store.extract.figures.counted_unit_word import name_past_the_unit
from store.extract.figures.counted_vote_share import name_the_vote_share
from store.extract.figures.counted_wage import name_the_wage
from store.extract.figures.counted_worth import name_what_is_worth
from store.extract.figures.dollars import read_home_dollars
from store.extract.figures.event import event_of, named_event
from store.extract.figures.found import FoundFigure
from store.extract.figures.home_currency import carry_home_currencies, read_home_currencies
from store.extract.figures.inherit import inherit_counted
from store.extract.figures.measured import (
    argument_of_its_verb,
    counted_per_period,
    is_count,
    measured_rate,
    name_what_covers,
    name_what_flows,
    name_what_was_released,
    per_average_one,
    per_thing,
    read_as_before,
    read_of_nearby_noun,
    reading_of,
    reading_of_noun,
    time_per_one,
)
from store.extract.figures.measured_time import time_in_two_units, what_is_averaged
from store.extract.figures.money import name_the_currency
from store.extract.figures.near_place import near_a_place
from store.extract.figures.not_claims import is_claim
from store.extract.figures.origin import origin_of
from store.extract.figures.parse import (
    governing_verb,
    per_sentence,
    sentence_of,
    text_of,
    unit_read_as_verb,
)
from store.extract.figures.period import before_the_event, forecasts, period_of
from store.extract.figures.priced_share import per_share_as_named, per_share_in_the_story
from store.extract.figures.priced_sized import sized_one
from store.extract.figures.qualifiers import (
    approx_and_rate,
    rates_of_added_amounts,
    rates_of_compared,
    rates_per_head_before,
    rates_said_before,
    rates_said_once,
)
from store.extract.figures.rates_borrowed import per_one_borrowed
from store.extract.figures.rates_said import read_rates_said, sums_said_again
from store.extract.figures.rates_tuition import per_student_fees
from store.extract.figures.revisions import (
    as_span,
    link_corrections,
    link_earlier_statement,
    link_event_counts,
    link_from_to,
    link_previous,
    link_stated_as,
    link_up_from,
    revision_parts,
)
from store.extract.figures.revisions_from import link_revised_from
from store.extract.figures.revisions_now_says import link_now_says
from store.extract.figures.revisions_raising import link_raising_from
from store.extract.figures.revisions_set_aside import link_set_aside
from store.extract.figures.table_sources import name_the_table_source
from store.extract.figures.table_stages import link_stages
from store.extract.figures.tables import read_tables
from store.extract.figures.times_noun import multiple_of_a_noun, times_a_noun
from store.extract.figures.when import (
    carried_by_pronoun,
    dated_by_table,
    is_projection,
    same_time_as_before,
    when_of,
)
from store.extract.figures.when_carried import carry_said_period
from store.extract.figures.when_headline import dated_as_in_the_body
from store.extract.figures.when_possible import is_possible_count
from store.extract.figures.when_restated import dated_as_restated
from store.extract.figures.where import unshare_places, where_of
from store.extract.figures.who import nearest_armed_group, owner_of, source_of
from store.extract.figures.worked_out import keep_what_it_restates
from store.extract.number_style import article_styled
from store.extract.numbers import NumberExpr, scan, split_range
from store.knowledge.context import context_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import reading_codes, units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PEOPLE = "people"  # what a bare number doing what people do counts
_WORD = re.compile(r"[^\W\d_]{2,}")  # a unit is at least one word of two letters
PER_ONE_REACH = 40  # characters after a figure searched for the word its rate is given per


def _per_one(one: str, fig: FoundFigure, text: str) -> str:
    """The one a rate is given per as the guide writes it ("per head": per person), unless an
    "of" phrase says the word counts something other than people ("$300 per head of cattle": no
    person; "per head of population" is still per person)."""
    named = units().per_one.get(one)
    if named is None:
        return one
    of = re.search(rf"\b{re.escape(one)}\s+of\s+(?:the\s+)?([^\W\d_]+)",
                   text[fig.end:fig.end + PER_ONE_REACH], re.I)
    return one if of is not None and not _people_word(of.group(1)) else named


def _people_word(word: str) -> bool:
    """A noun that names people as such or as a place's population ("population",
    "residents"): ``generic_people`` of ``store/data/context.toml`` and the nouns of the
    population class of ``store/data/quantities.toml``."""
    lower = word.lower()
    singular = lower[:-1] if lower.endswith("s") else lower
    population = quantity_classes().noun_class
    return any(w in context_words().generic_people or population.get(w) == "population"
               for w in (lower, singular))


@article_styled  # windows scanned again read numbers in the article's style
def extract_figures(
    doc: Doc, *, article_date: str | None, armed_groups: frozenset[str] = frozenset(),
    body_start: int = 0, outlet: str | None = None, url: str | None = None,
) -> list[FoundFigure]:
    """Every figure in a parsed article, in text order; none before ``body_start`` (front
    matter). ``outlet`` and ``url``, from the article's metadata, may say which dollar a bare
    "$" is."""
    text = text_of(doc)
    with reading_codes(codes_defined(text)):  # "OSF 38 million (about €3.3 million)"
        return _figures(doc, text, article_date, armed_groups, body_start, outlet, url)


def _figures(doc: Doc, text: str, article_date: str | None, armed_groups: frozenset[str],
             body_start: int, outlet: str | None, url: str | None) -> list[FoundFigure]:
    figures: list[FoundFigure] = []
    for expr in scan(text):
        if expr.start < body_start:
            continue
        parts = revision_parts(expr, doc) if expr.is_range else None
        if parts is None and _falls_from_to(expr, text):
            halves = split_range(expr, text)  # "a slide from 71 to 58 percent": two figures
            parts = (*halves, False) if halves is not None else None
        if parts is not None:  # "raised the toll from 38 to 912": the old figure and the new
            old, new, revises = parts
            found = [_claim(e, doc, article_date, armed_groups) for e in (old, new)]
            figures.extend(f for f in found if f is not None)
            if revises and None not in found:
                found[1].revises = found[0].start
            continue
        fig = _claim(expr, doc, article_date, armed_groups)
        if fig is not None:
            figures.append(fig)
    home = read_home_dollars(figures, text, outlet, url)  # before amounts take a nearby currency
    read_home_currencies(figures, text)  # "dinars" in an article about Jordan
    name_the_currency(figures, doc)  # before inheritance could call it a count
    link_up_from(figures, doc)
    link_from_to(figures, doc)
    link_previous(figures, doc)
    link_earlier_statement(figures, doc)
    link_stated_as(figures, doc)
    link_corrections(figures, doc)
    link_set_aside(figures, text)  # "41,870, not 41,230 as first reported"
    link_revised_from(figures, text)  # "10,340 homes, revised from the preliminary 9,870"
    link_raising_from(figures, text)  # "£9m, the operator said, raising its estimate from £7m"
    link_now_says(figures, text)  # "had earlier said 95 million ... now says 97.4 million"
    cell_rates = read_tables(figures, doc, home)
    link_stages(figures, text_of(doc))  # "| Provisional | Revised |": the later stage revises
    dated_by_table(figures, text_of(doc), article_date)
    unshare_places(figures, doc)
    same_time_as_before(figures, text_of(doc))
    carried_by_pronoun(figures, doc, article_date)
    rates_of_added_amounts(figures, text)  # before conversions take their amount's rate
    rates_said_once(figures, text)
    rates_of_compared(figures, text)
    rates_said_before(figures, text)
    links = continue_units(figures, doc)
    donors = {id(fig): donor for fig, donor in links}
    converted = {id(donor) for _, donor in links}  # "3 million gallons, or ..., of diesel"
    # each figure's tokens, found once: the passes below all read them
    spans = [doc.char_span(fig.start, fig.end, alignment_mode="expand") for fig in figures]
    for fig, span in zip(figures, spans, strict=True):
        if span is not None and not fig.rate and id(fig) not in converted:
            name_what_was_released(fig, span)  # a total others may point back at
            if not stands_after_label(span):  # "Area burned: 900 hectares": the label's
                name_the_area(fig, span)  # "had burned 900 hectares", before others borrow it
            name_the_lives_taken(fig, span)  # "cost at least 37 lives": deaths
    for fig, span in zip(figures, spans, strict=True):
        if span is not None:
            name_the_average(fig, span)  # "2.9 patients per nurse", before others borrow it
            name_the_one_for(fig, span)  # "one nurse for every nine patients": per nurse
            name_the_growth(fig, span)  # "the economy expanded 3.1%": growth
            name_the_vote_share(fig, span)  # "the Greens polled 8.1%": votes
            name_the_headline_change(fig, span)  # "Occupancy up 2.4 points": occupancy
            name_those_aboard(fig, span)  # "243 were aboard": people on board
            name_the_audience(fig, text)  # "scored in front of 41,216": people
            name_the_part_share(fig, span)  # "children accounted for 40% of them": a share
    inherit_counted(figures, doc, armed_groups)
    name_the_averages_of(figures, spans)  # "pays an average of £23,600 a year": the average
    name_the_gapped_shares(figures, doc)  # "71% of the clearing was on farms, and 9% inside"
    name_sums_by_their_neighbours(figures, doc)  # "aid of 140,000 dirhams for X and 80,000 for Y"
    follow_counted(links, text)
    refer_back(figures, doc)
    name_the_members(figures, doc)  # "put the queue at 134": the ships in it
    for fig, span in zip(figures, spans, strict=True):
        if span is not None:
            crowd_at_an_event(fig, span)  # "a crowd of 18,200 watched the derby": attendance
            name_the_capacity(fig, span)  # "a stadium that holds 62,500": its capacity
            name_the_room(fig, span)  # "in space for 12,400", "a room built for 60": capacity
            name_the_sized_place(fig, span)  # "got into a 45,000 ground": its capacity
            name_what_it_goes_on(fig, span)  # "of which PHP 70 goes on food": spending on food
            name_the_fee(fig, span)  # "signed Tom Baker for £3.5m": the fee for him
    for fig in figures:  # "95,000 TEU were stacked": containers, when no words said what
        name_what_the_unit_counts(fig)
        name_the_dead_as_deaths(fig, text)  # "with 44 dead": deaths
    # "6,300 riders a day, far above the 4,100 the council expects": a bare number set
    # against a rate has the same noun only now that it has inherited one
    rates_of_compared(figures, text)
    for fig, span in zip(figures, spans, strict=True):
        if span is not None:  # "four times the official toll", when nothing else named it
            name_the_stated_base(fig, span, figures)  # "(four and a half times its capacity)"
            name_the_ratio(fig, span, figures)
    name_the_currency(figures, doc)  # and once every figure that can has its noun
    for fig in figures:
        if id(fig) in cell_rates:  # a cell's rate is its column's
            fig.rate = cell_rates[id(fig)]
    read_rates_said(figures, doc, spans)  # "daily transits of 36", "from 52 to 36 a day"
    per_share_as_named(figures)  # "They stood at 151p": the share price, per share
    per_share_in_the_story(figures, spans)  # "offered 184p a share ... came back at 197p"
    sums_said_again(figures, spans)  # "Rs 1,720 a vial" ... "selling it above Rs 1,720"
    rates_of_compared(figures, text)  # "2.1 tonnes per hectare, against 3.2 tonnes": now read
    rates_said_before(figures, text)  # "... against 870 rand. There the price was 990 rand."
    rates_per_head_before(figures, text)  # "100 litres per person per day. Use was 124 litres"
    per_student_fees(figures, spans)  # "the tuition fee is capped at £9,790 a year"
    reading_before: FoundFigure | None = None  # the last figure read on a scale
    for i, (fig, span) in enumerate(zip(figures, spans, strict=True)):
        if span is not None:
            name_what_they_do(fig, span)
            if fig.rate is None:
                fig.rate = counted_per_period(fig, span)  # "daily riders ... was 58,000"
        if not _WORD.search(fig.unit) and fig.unit not in units().measure_codes:
            # "Registry 41.3 | Insurers 44.8": a bar is no noun (a measure's symbol, "m2", is)
            fig.unit, fig.counted, fig.counted_head = "count", None, None
        if not fig.rate and is_count(fig.unit):  # "the quake measured 6.8": a noun inherited
            fig.unit = reading_of_noun(fig.text, fig.high, fig.counted_head) or fig.unit
        if not fig.rate and fig.unit not in units().readings and (
                (fig.unit == "count" and fig.counted is None) or fig.inherited):
            # "stands by its reading of 6.9": a noun borrowed from the sentence is no count
            # a noun that is its own verb's subject or object ("inflation eased to 3.8") was
            # not borrowed: only a bare count or a borrowed noun reads on the scale before
            own = fig.inherited and span is not None and argument_of_its_verb(
                fig.counted_head, span)
            read = (None if own else read_as_before(fig, reading_before, text)) or (
                read_of_nearby_noun(fig, span) if span is not None and fig.inherited else None)
            if read is not None:
                if fig.inherited:  # the borrowed noun gives way to what the scale measures
                    reading = units().readings[read]
                    fig.counted = fig.counted_head = reading.measures or read
                    fig.inherited = False
                fig.unit = read
        if fig.unit in units().readings:
            reading_before = fig
        per_one_borrowed(fig, text)  # "3.1 persons per flat ... and 3.6 in 2012": per flat
        if fig.rate and " per " in fig.unit:  # "900,000 bpd": a unit that is a rate already
            fig.rate = None
        if fig.rate == "annum":  # "25 million tonnes per annum"
            fig.rate = "year"
        if fig.rate:  # "per head", "to each of the 63 people": per person
            one, per, rest = fig.rate.partition(" per ")
            fig.rate = sized_one(_per_one(one, fig, text), text, fig.start, fig.end) + per + rest
            fig.unit = f"{fig.unit} per {fig.rate}"
        if span is not None and " per " in fig.unit:
            name_the_exchange_rate(fig, span)  # "at 930 pesos per dollar"
        if fig.group is None and fig.unit == "fighters":
            fig.group = nearest_armed_group(text_of(doc), fig.start, armed_groups)
        if fig.group is None:
            fig.group = owner_of(doc, fig)
        if span is not None:
            named_as_converted(figures, i, doc)  # "79.6 feet (24.26 m)": the lake's level too
            name_as_its_twin(figures, i, doc)  # "R$380, about $68": the ticket's price too
            followed_late(fig, donors.get(id(fig)))
            carry_said_period(figures, i, span, text)  # a period said once before
            _describe_estimate(fig, span, doc, article_date)
            name_the_table_source(fig, text)  # "| Deaths | 11 | Fire brigade |": its origin
        name_the_thing_priced(fig)  # "the cost of moving a container ... $3,400": per container
    name_the_quantities(figures, spans)  # "putting the household size at 4.0 persons": the size
    name_the_gapped_sums(figures, doc)  # "put the deficit at £40m and arrears at £12m"
    for fig in figures:  # "23 percent more than the 35.7bn budget": how far above the budget
        name_the_reference(fig, text)
        drop_a_wordless_noun(fig, bars_only=True)  # "| 4,480 |": a bar lent no noun
        name_the_change_column(fig, text)  # "| Change (%) |" over "| +22.7 |": the change
    name_changes_late(figures, doc)  # "handled 52,300 TEU, down 4.6%": containers, named late
    name_along_the_verb_chain(figures, spans)  # "drawn at 3 km, widened to 5km": the zone too
    for fig, span in zip(figures, spans, strict=True):
        name_past_the_unit(fig, span)  # "53% of the 5,800 hectares": a share, not hectares
        name_the_noun_after(fig, span)  # "its £4.6m, two-year contract": the contract
        drop_a_place(fig)  # "the municipality of Alta, with 1,190 km²": no noun of a place
    for i, span in enumerate(spans):  # "..., an increase of 11.3%": of what the clause counts
        name_what_changed(figures, i, span)
    for fig in figures:  # "62%" left counting "%" by no rule that names it: no noun
        drop_a_wordless_noun(fig)
        name_the_power_capacity(fig)  # "won 640 MW in four projects": a capacity, when unnamed
        name_as_jobs(fig)  # "cut 350 roles": jobs
    forget_currencies_shown(figures, spans, text)  # "31 million voltas (4 million euros)"
    keep_what_it_restates(figures, spans)  # "That works out at 39,000 trips a day": its period
    dated_as_restated(figures, text)  # "In euro terms that is €8.93 a kilo": its period too
    dated_as_in_the_body(figures, text)  # "Shipyard delivers 42 ships": the body's 2025
    link_event_counts(figures, text)  # once the periods are known
    carry_home_currencies(figures, text)  # "| Price (Rs) |" cells, in Pakistan: its rupee
    spell_out_abbreviations(figures, doc)  # "4,100 SMEs", where "(SMEs)" was spelled out
    for fig in figures:  # "was down 2.2% on the week", named by nothing else: a fall
        name_the_change(fig, text)
    return figures


def _falls_from_to(expr: NumberExpr, text: str) -> bool:
    """ "from 71 to 58 percent", with or without a verb: a span written from the higher
    value down to the lower is a change between two figures; a range is written upwards."""
    if not expr.between or not text[expr.prefix_start:expr.start].lower().startswith("from"):
        return False
    halves = split_range(expr, text)
    return halves is not None and halves[0].low > halves[1].low


def _describe_estimate(fig: FoundFigure, span: Span, doc: Doc, article_date: str | None) -> None:
    """Whose estimate the figure is, the event it belongs to, and the period it describes; these
    read the counted noun, so they come after inheritance."""
    name_what_is_used(fig, span)  # "uses 640 million litres a day": no flow
    name_what_flows(fig, span)
    name_the_used_substance(fig, span)  # "petrol consumption ... 48 million litres": petrol
    name_what_covers(fig, span)
    if not stands_after_label(span):
        name_the_area(fig, span, late=True)  # "had burned 900 hectares": the area burned
    name_the_misread_price(fig, span)  # "A Saturday ticket cost R$380", "cost" read as a noun
    name_what_is_paid(fig, span)  # "$900 for each family": a payment per family
    name_the_wage(fig, span)  # "will earn £95,000 a week": a wage, not earnings
    name_the_price_sold(fig, span)  # "a seat now fetches £900": the price of one
    name_the_recovery(fig, text_of(doc))  # "4p in the pound": what creditors get back
    name_what_was_done(fig, span)  # "the €22bn approved in 2018": the amount approved
    name_where_it_came_from(fig, span)  # "€9bn comes from the recovery fund": its money
    drop_a_currency_noun(fig, span)  # "at 25 crowns to the euro, the budget was €5.9bn": no crowns
    name_the_portion(fig, span)  # "put its share of the claim at €190m": that share
    name_the_purpose(fig, span)  # "set aside $2m for the victims": a provision for them
    name_what_is_put_at(fig, span)  # "for damage it put at €38m": the damage
    name_the_named_fund(fig, span)  # "its €4bn Harbour Renewal Fund": that fund
    name_the_subject(fig, span)  # "demand topped 38GW": what a measure with no noun measures
    in_singular_sense(fig)  # "fines range from $90": a fine
    name_what_the_scale_measures(fig, span)  # "44.2 degrees Celsius": a temperature
    name_the_extent(fig, span)  # "the queue stretched for 1.2 km": the queue's length
    name_the_speed(fig)  # "the train was doing 128 km/h": the train's speed
    name_the_precipitation(fig, span)  # "312 mm of rain", "58 mm fell": the rainfall
    name_the_stake(fig, span)  # "the trust holds 14.2% of the company": its stake
    name_what_is_worth(fig, span)  # "the shares are worth 300p": the shares' value
    name_what_moved_by(fig, span)  # "Brennock shares down 6.3%": the share price
    sent = sentence_of(span)
    origin = origin_of(span, sent, fig.source)
    fig.origin, fig.origin_kind, fig.origin_basis = origin.name, origin.kind, origin.basis
    fig.event = event_of(sent)
    fig.reported = article_date
    forecast = per_sentence(sent, "forecast",
                            lambda s: forecasts(text_of(doc), s.start_char, s.end_char))
    fig.period, fig.period_basis = period_of(fig, article_date, governing_verb(span).lemma_,
                                             forecast, is_projection(span, fig),
                                             before_the_event(span, fig.event),
                                             named=named_event(sent) is not None,
                                             possible=is_possible_count(span, fig))


def _claim(
    expr: NumberExpr, doc: Doc, article_date: str | None, armed: frozenset[str]
) -> FoundFigure | None:
    expr = multiple_of_a_noun(expr, doc, text_of(doc))  # "4.5 times capacity": a ratio
    span = as_span(expr, doc)
    if span is not None and expr.unit is not None:
        unit_read_as_verb(span, units().currency_words)  # "2,620 won": no verb
    if span is None or not is_claim(expr, span, doc):
        return None
    return _figure(expr, span, doc, article_date, armed)


def _figure(
    expr: NumberExpr, span: Span, doc: Doc, article_date: str | None, armed: frozenset[str]
) -> FoundFigure:
    sent = sentence_of(span)
    approx, rate = approx_and_rate(expr, text_of(doc))
    if approx == "about" and near_a_place(expr, span):  # "roads near 3 schools": where
        approx = "exact"
    glued = glued_unit(expr, text_of(doc)) if expr.unit is None else None
    rate = measured_rate(expr, rate, span, glued)
    head, group = counted_token(expr, span)
    if head is not None and (subject := noun_before_misread_verb(head, span)) is not None:
        head, group = subject, None  # "Thousands of trout escape": the trout
    crowd = (head is not None and crowd_verb_read_as_noun(head, span)) or (
        crowd_before_misread_verb(span))  # "Record 12,000 finish Lakeside marathon"
    if crowd:  # "more than 18,000 flee on Flores": the people who do it
        counted = counted_head = PEOPLE
    else:
        counted = counted_phrase(head, group) if head is not None else None
        changed = (named_change(span, head, counted, expr.unit or glued)
                   if head is not None and counted else None)
        counted_head = _head_word(head)
        if changed is not None:  # "GDP grew 0.6%": GDP growth
            counted, counted_head = changed
        if counted and times_a_noun(expr, span):  # "4.5 times capacity", as "four times its
            counted = f"{RATIO} to {counted}"  # capacity" is named by ``counted_ratio``
    unit = (expr.unit or glued or (PEOPLE if crowd else None) or reading_of(expr, head)
            or count_unit(head, group, armed))
    timed = time_per_one(expr, span) if head is None else None
    if timed is not None:  # "3.5 hours per pump": a measure of time given per one pump, a
        # unit that is a rate already (no count per pump to name: it measures time)
        unit = f"{timed[0]} per {timed[1]}" if timed[1] else timed[0]
        counted = counted_head = (what_is_averaged(span) if not timed[1] else None) or "time"
    both = time_in_two_units(span) if timed is not None and not timed[1] else None
    scale = unit if unit in units().readings else (
        scale_before(span) if expr.unit is None else None)
    if scale is not None:  # "a magnitude 6.4 earthquake" measures the magnitude
        reading = units().readings.get(scale)
        unit = scale
        counted = counted_head = (reading.measures if reading else "") or scale
    priced = exchange_rate(expr, span) if unit is None else None
    if priced is not None:  # "the zloty at 4.31 per euro"
        unit, head = priced
        counted = head.text
    else:  # "6 beds per ward"
        rate = rate or per_thing(expr, head, span) or per_average_one(expr, head, span)
    when, when_basis = when_of(span, sent, article_date)
    source, source_basis = source_of(span, sent, doc)
    where, where_basis = where_of(span, sent, doc, head)
    return FoundFigure(
        start=expr.start,
        end=both[1] if both else expr.end,  # "36 minutes 14 seconds": one time
        text=text_of(doc)[expr.start:both[1]] if both else expr.text,
        low=expr.low + both[0] if both else expr.low,
        high=expr.high + both[0] if both else expr.high,
        approx=approx,
        unit=unit or "count",
        counted=counted,
        counted_head=counted_head,
        group=group,
        where=where,
        where_basis=where_basis,
        when=when,
        when_basis=when_basis,
        source=source,
        source_basis=source_basis,
        sentence=(sent.start_char, sent.end_char),
        rate=rate,
    )


def _head_word(head: Token | None) -> str | None:
    """The counted noun's lemma; a participle keeps its form ("520,000 barrels released" counts
    what was released, the release class, not "release", the flow class)."""
    if head is None:
        return None
    return (head.lemma_ if head.pos_ in ("NOUN", "PROPN") else head.text).lower()
