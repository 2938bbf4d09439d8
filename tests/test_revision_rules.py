"""When one body replaces its own figure, and when a group of figures is called consistent:
small corpora of figure rows, and the grammar of a revision stated in one sentence."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.grouping import as_revised, claims_of
from store.conflicts.verdicts import EVENT_PERIOD, revision_of
from store.knowledge.estimates import estimate_words
from tests.test_conflicts import RESOLVE, corpus
from tests.test_estimates import build, deaths, outer


def arrests(article: str, sentence: str, low: float, **kw: Any) -> dict[str, Any]:
    return deaths(article, sentence, low, counted="arrests", unit="arrests",
                  period_basis="reported", reported="2026-10-02", **kw)


def share(article: str, sentence: str, low: float, when: str, basis: str) -> dict[str, Any]:
    row = deaths(article, sentence, low, origin="Opina", counted="support", unit="percent",
                 period_basis="stated" if basis == "sentence" else "reported",
                 reported="2026-10-02" if basis == "article" else "2026-11-04", when=when)
    row["when_basis"] = basis
    return row


@pytest.mark.parametrize("specs, verdict", [
    # "updated from 45 to 58", nobody named: the one body that counted both revised its count
    ([arrests("a", "The count of arrests has been updated from 45 to 58.", 45),
      arrests("a", "The count of arrests has been updated from 45 to 58.", 58,
              revises=("a", 45)),
      arrests("b", "Police made 58 arrests.", 58)], "revision"),
    # the same two numbers with no revision stated are two estimates of one day
    ([arrests("a", "The ministry counted 45 arrests.", 45, origin="ministry"),
      arrests("b", "The union counted 58 arrests.", 58, origin="union")], "contradiction"),
])
def test_a_stated_revision_is_one_body_revising(specs, verdict) -> None:
    assert outer(build(*specs))["verdict"] == verdict


def test_a_poll_reprinted_later_is_not_revised_by_the_next_poll() -> None:
    """57% from a late-September poll, reprinted on 2 October with only the article's date,
    and 52% from the same pollster's poll of 28 October: a change, never a revision, and never
    "consistent" because one sentence states both."""
    later = "Opina put support at 52%, down five percentage points from 57% in late September."
    rows = build(share("a", "An Opina poll found 57% support.", 57, "2026-10-02", "article"),
                 share("b", later, 52, "2026-10-28", "sentence"),
                 share("b", later, 57, "2026-09", "sentence"))
    assert "revision" not in {g["verdict"] for g in rows}
    both = [g for g in rows if {v for f, v in figures_of(g).items()} == {52, 57}]
    assert both and all(g["verdict"] == "change_over_time" for g in both)
    assert outer(rows)["verdict"] == "change_over_time"


def figures_of(group: dict) -> dict[str, float]:
    return {f: low for f, (low, _) in group["values"].items()}


@pytest.mark.parametrize("words, before, matches", [
    # a change said with its difference sets two figures of a sentence against each other
    ("compared", "support at 52%, down five percentage points from ", True),
    ("compared", "inflation of 2.1%, up 0.4 points from ", True),
    ("compared", "2.06 percent, up from ", True),
    ("compared", "spent €3.74 million, 6.4 percent more than the ", True),
    ("compared", "It was 3 times higher than ", True),
    ("compared", "three times higher than ", False),  # no number: not a difference
    ("compared", "more than ", False),  # "more than 600" qualifies its number
    ("compared", "support fell to ", False),
    ("compared", "it went down to ", False),
    # what should be is told from what is
    ("norm", "stays below the Sphere minimum of ", True),
    ("norm", "with the aim of supplying at least ", True),
    ("norm", "set a target of about ", True),
    ("norm", "the recommended ", True),
    ("norm", "supply rose to ", False),
    ("norm", "the company says it aims to hire ", False),
    # a level a condition waits for is a threshold, not a reading
    ("norm", "rationing stays until the Orwell reservoir is back above ", True),
    ("norm", "unless turnout passes ", True),
    ("norm", "the rains went on until June, when the river reached ", False),
])
def test_words_just_before_a_figure(words: str, before: str, matches: bool) -> None:
    assert bool(getattr(estimate_words(), words).search(before)) is matches


@pytest.mark.slow
@pytest.mark.parametrize("sentence, old, new", [
    ("The number of injured nurses, given as 14, has been corrected to 29.", "14", "29"),
    ("The toll, initially put at 27, was raised to 468 on Friday.", "27", "468"),
    ("Police said 14 officers were hurt and 29 protesters were detained.", None, None),
])
def test_a_figure_first_stated_then_corrected(extract, sentence, old, new) -> None:
    figures = {f.text: f for f in extract(sentence)}
    linked = [(f.text, next(o.text for o in figures.values() if o.start == f.revises))
              for f in figures.values() if f.revises is not None]
    assert linked == ([(new, old)] if old else [])


@pytest.mark.slow
@pytest.mark.parametrize("sentence, old, new", [
    # two figures read apart, each with its unit, that one verb of revising sets as old and new
    ("The board has corrected its estimate of the share of grain lost in storage from 18 percent "
     "to 29 percent.", "18 percent", "29 percent"),
    # the new one first, "to ... from", with words between
    ("The agency cut its 2032 forecast for Veloria to 2.2% last week, from 2.9% in May.",
     "2.9%", "2.2%"),
    ("The bank lowered its projection to 1.1% from 1.5%.", "1.5%", "1.1%"),
    # a verb of change whose subject is no number: two figures, no revision
    ("Turnout fell from 61 percent to 56 percent.", None, None),
    ("The mill cut output to 600 tonnes from 900 tonnes.", None, None),
    # an action counted by what it covers: widening it replaces that count
    ("The scooter maker expanded its battery recall to 41,000 scooters from 30,500.",
     "30,500", "41,000"),
    ("The toaster maker widened its recall from 8,000 to 12,500 toasters.", "8,000", "12,500"),
    ("The bus company expanded its fleet to 50 buses from 40.", None, None),
    # a change still to come is two levels, before and after a day: no figure replaced
    ("Locker rental at the marathon will increase from 6.50 euros to 7.20 euros per runner in "
     "May.", None, None),
    ("The chess club's yearly dues are set to rise from 45 dollars to 52 dollars in January.",
     None, None),
    ("Bakery loaf prices to climb from 2.10 francs to 2.40 francs", None, None),
    ("The ferry line said the fare would go up from 3.80 euros to 4.10 euros next season.",
     None, None),
    # a figure called an earlier stage of the forecast is replaced by the one before it
    ("Inflation in the final quarter is now expected at 5.1%, compared with 4.4% in the "
     "previous forecast.", "4.4%", "5.1%"),
    ("Sales rose to 412 units, against 380 in the previous year.", None, None),
    # a body's publication named as an earlier stage of its count, in the plural too
    ("The bureau said the final tally was 71,420 voters, against 70,980 in the preliminary "
     "results issued in May.", "70,980", "71,420"),
    ("Exports reached 9,300 tonnes, compared with 8,800 tonnes in the initial figures.",
     "8,800 tonnes", "9,300 tonnes"),
    # a relative clause on the revised number puts the verb far above "from X to Y"
    ("The board revised the tally of patients for whom cholera was given as the cause of "
     "illness from 64 to 81 after more records arrived.", "64", "81"),
    ("The union raised concerns about workers in the sector whose weekly pay ranged from 400 "
     "to 600 euros.", None, None),
    # the old figure's own time between the two: still "from X to Y"
    ("The insurers raised their estimate of the storm damage from €1.8 billion in May to "
     "€2.6 billion.", "€1.8 billion", "€2.6 billion"),
    ("The county lowered its count of flooded homes from 640 on Friday to 410.",
     "640", "410"),
    ("Wheat output at Varnholm rose from 4 million tonnes in 2029 to 5 million tonnes.", None,
     None),
    # a correction notice: what it says was printed, then the correct figure
    ("Correction: A report on 3 March said the Harbour Fund held $310 million; the correct "
     "figure was $301 million.", "$310 million", "$301 million"),
    ("A story on 2 June said the grant of 90 million euros was worth about $118m; at the rate "
     "of that day it was worth about $97m. We apologise for the error.", "$118m", "$97m"),
    # a notice that says what was printed, then in its next sentence what is right
    ("CORRECTION: A story on 9 June said 31 climbers had been airlifted from Mount Arlen. The "
     "correct figure is 28. The Gazette regrets the error.", "31", "28"),
    # ... not a number that is the standard a comparison sets the printed figure against
    ("Correction: A story on 9 June said 31 of the climbers were older than 60. The figure "
     "was 21. The Gazette regrets the error.", "31", "21"),
    ("Correction: A story on 9 June said the trust estimates that 2,300 trees a year are felled "
     "illegally. The trust's estimate is 1,300 a year. The Gazette regrets the error.",
     "2,300", "1,300"),
    ("Correction: A story on 9 June gave the cost of the bridge as $52 million. At 300 florins "
     "to the dollar, 9.3bn florins is $31 million. The Gazette regrets the error.",
     "$52 million", "$31 million"),
    ("Correction: A story on 9 June said the council had lifted its grant for the opera house "
     "to £95 million. The grant was raised to £85m. We apologise for the error.",
     "£95 million", "£85m"),
    # a notice that opens a later paragraph, with no regret and no "correct figure": its
    # opening word alone makes it one
    ("Kestrin Dairy shut two plants.\n\nCorrection (3 May): An earlier version of this story "
     "said the recall covered 18 warehouses. It covered 21.", "18", "21"),
    ("The herd was moved on Monday. Clarification: A story on 9 June said 640 goats were "
     "culled. The vets culled 460 goats.", "640", "460"),
    # ... and the same number again is the notice restating it
    ("Correction: A story on 9 June (\"Ferry fares rise to 80 kroner\") gave the fare as $12. "
     "At 8 kroner to the dollar, 80 kroner is $10. The Gazette regrets the error.", "$12", "$10"),
    # ... but what the next sentence is about (its subject) is no right value
    ("*Clarification: A previous edition of this bulletin listed the count of inspected barges "
     "at 57. Three barges inspected on two visits had been logged twice.*", None, None),
    # two sentences with no notice are two statements
    ("The ministry counted 40 dead. The Red Cross put the toll at 55.", None, None),
    # two bodies' figures on either side of a semicolon are no correction
    ("The ministry counted 40 dead; the Red Cross put the toll at 55.", None, None),
    # a figure called final replaces the one it is set against, unless that one has a time of
    # its own: then the total grew since
    ("The final count is 8,215 ballots, up from 8,190 ballots.", "8,190", "8,215"),
    ("The agency put the final area flooded at 6,400 hectares, up from 5,100 hectares in "
     "mid-August.", None, None),
    # a verb of revising still makes it a revision
    ("The ministry raised its estimate to 3.4 billion euros, up from 2.5 billion euros in May.",
     "2.5 billion euros", "3.4 billion euros"),
    # a party's own position (claim, target) moved by a verb of revising: only its owner sets
    # it, so the new one replaces the old
    ("The bus drivers' union has cut its claim from 14% to 11% over two years.", "14%", "11%"),
    ("The analyst lowered her target price for the bakery chain from €4.40 to €3.90.", "€4.40",
     "€3.90"),
    # ... but an offer or a bid raised is a new offer, made at a new date: a change
    ("The bus company has raised its offer from 3% to 5%.", None, None),
    ("The chess federation raised its bid for the tournament from $40,000 to $45,000.",
     None, None),
    ("The buyout firm lifted its proposal to 310 cents a share from 280 cents.", None, None),
    # ... with no owner said, the same nouns and a price are changes in the world
    ("The insurer cut claims from 900 to 600 last year.", None, None),
    ("The marathon's organisers raised the entry fee from $40 to $55.", None, None),
    # a body that "now" puts, expects or estimates a figure states it anew: the one it is set
    # against is its earlier word on the same thing
    ("The port authority now puts the number of drowned sheep at 480, up from 350.", "350",
     "480"),
    ("Halvard Mining now expects the tunnel to cost $95 million, up from $80 million.",
     "$80 million", "$95 million"),
    ("The insurers now estimate the damage at €14 million, up from €9 million.", "€9 million",
     "€14 million"),
    # ... not a level the thing had at a time of its own, nor a change in the world it reports
    ("The port authority now puts the number of moored yachts at 480, up from 350 in July.",
     None, None),
    ("The ferry company now employs 480 deckhands, up from 350.", None, None),
    # the old figure called the body's own earlier estimate
    ("The growers' board puts orchard losses at 2.3 billion kroner, up from its June estimate "
     "of 1.9 billion kroner.", "1.9 billion kroner", "2.3 billion kroner"),
    ("The weather office cut the rainfall total to 310 mm, down from their earlier forecast of "
     "420 mm.", "420 mm", "310 mm"),
    # ... not another body's, nor a level of a time of its own
    ("The board's losses reached 2.3 billion kroner, up from the bank's estimate of 1.9 billion "
     "kroner.", None, None),
    ("The growers' board puts orchard losses at 2.3 billion kroner, up from its estimate of 1.9 "
     "billion kroner in 2029.", None, None),
    # ... nor one season's level set against another's, each dated by its own words
    ("The Tessaly Oat Council now expects the 2031/32 harvest to reach 4 million tonnes, down "
     "from 4.4 million tonnes harvested in 2030/31.", None, None),
    ("The lottery board now puts 2031 ticket sales at 8.1 million, up from 7.6 million sold in "
     "2030.", None, None),
])
def test_from_one_figure_to_another(extract, sentence, old, new) -> None:
    figures = {f.text: f for f in extract(sentence)}
    linked = [(f.text, next(o.text for o in figures.values() if o.start == f.revises))
              for f in figures.values() if f.revises is not None]
    assert linked == ([(new, old)] if old else [])


@pytest.mark.slow
@pytest.mark.parametrize("sentence, old, new", [
    # the old figure's own words say it was stated before: the new one replaces it
    ("The ferry line now counts 3,180 stranded travellers, up from 2,640 announced on 2 June.",
     "2,640", "3,180"),
    ("The bridge works cost €41 a household, against the €36 it forecast in April.", "€36",
     "€41"),
    ("The fire service now says 212 homes burned, down from the 240 it reported on Sunday.",
     "240", "212"),
    ("The dairy booked 9.4 million crowns for the recall, more than the 7.5 million it forecast "
     "in March.", "7.5 million", "9.4 million"),
    # a level of an earlier period, not an earlier statement
    ("Ticket sales rose to 5.2 million, up from 4.1 million reported a year earlier.", None, None),
    # someone else's forecast: the word between is not the figure's own
    ("The mill's output was 4.2 million bales, against the 4 million traders forecast.", None,
     None),
])
def test_an_earlier_statement_is_replaced(extract, sentence, old, new) -> None:
    figures = {f.text: f for f in extract(sentence)}
    linked = [(f.text, next(o.text for o in figures.values() if o.start == f.revises))
              for f in figures.values() if f.revises is not None]
    assert linked == ([(new, old)] if old else [])


@pytest.mark.slow
@pytest.mark.parametrize("text, old, new", [
    # two counts of what one event caused, the later set against the earlier: the day the
    # earlier stood at dates the count, not the deaths, so the count was revised
    ("The mudslide above Tervo killed 40 people. Of these deaths, 52 have now been certified "
     "by coroners, up from 38 on 14 March.", "38", "52"),
    ("The ferry fire in Olsund killed 12 people. The harbour board now puts the toll from the "
     "fire at 19, up from 15 on Tuesday.", "15", "19"),
    ("The Kallby refinery blast forced a shutdown. Norvik Oil now puts the cost of repairs "
     "from the blast at $44 million, up from $31 million last month.", "$31 million",
     "$44 million"),
    # ... not another event's toll, dated by its own year
    ("The avalanche in Brokka killed 23 skiers, up from 17 in the avalanche of 2019.", None,
     None),
    # ... nor a count that is no event's: a level that moved since
    ("The port authority now puts the number of moored yachts at 480, up from 350 on "
     "Tuesday.", None, None),
    # ... nor a count set against the count of an earlier day with no word that the body now
    # puts it otherwise: the toll grew as the dead were found, a tally, no count replaced
    ("The floods in Arvenna killed dozens. The province says 311 people have died, up from "
     "240 on Sunday.", None, None),
    ("The ferry fire in Olsund killed 12 people. The harbour board said 19 people had died in "
     "the fire, up from 15 on Tuesday.", None, None),
    ("The floods in Arvenna killed dozens. The province now puts the toll from the floods at "
     "311, up from 240 on Sunday.", "240", "311"),
    # a "now" far before the count is another clause's
    ("The floods in Arvenna killed dozens. Rescuers, now in their fifth day of digging through "
     "the mud and the rubble, say 311 people have died, up from 240 on Sunday.", None, None),
    # a "now" of the new count's own clause, however long its verb's object
    ("The Harlow flood killed dozens. The county now puts the cost of rebuilding the bridges "
     "and the roads after the Harlow flood at $61 million, up from $38 million last month.",
     "$38 million", "$61 million"),
    # a count set down from the count of an earlier day is no tally that grew
    ("The floods in Arvenna killed dozens. The province says 290 people have died, down from "
     "311 on Sunday.", "311", "290"),
])
def test_a_count_of_what_an_event_caused_set_against_its_earlier_count(extract, text, old,
                                                                        new) -> None:
    figures = {f.text: f for f in extract(text)}
    linked = [(f.text, next(o.text for o in figures.values() if o.start == f.revises))
              for f in figures.values() if f.revises is not None]
    assert linked == ([(new, old)] if old else [])


@pytest.mark.slow
@pytest.mark.parametrize("text, old, new", [
    # a verb of change between two counts, each dated by its own words: the tally on two
    # days, a change, not a revision
    ("The toll from the Orrin quarry blast rose to 131 on Saturday, up from 99 on Friday, the "
     "coroner said.", None, None),
    ("The ferry fire in Olsund killed 12 people. The toll from the fire rose to 19 on "
     "Wednesday, up from 15 on Tuesday, the harbour board said.", None, None),
    ("The number of missing divers climbed to 14 on Sunday from 11 on Saturday.", None, None),
    # ... a rate said after a figure comes before its time: "a bed" hides no date
    ("Rates at the hostel rose to 64 euros a bed in August from 52 euros in August 2030.",
     None, None),
    ("Bed rates at the hostel rose to 64 euros a bed in August from 52 euros in August 2030.",
     None, None),
    # ... or only the earlier one dated by its own words: the level it had then, a change
    ("The vacancy rate climbed to 4.8 per cent, with about 12,000 flats empty, up from 11,000 "
     "in April.", None, None),
    ("The number of chess club members rose to 1,900, up from 1,650 in 2029.", None, None),
    # ... one undated count set against another is still the count replaced
    ("The toll of the Marsk landslide rose to 31, up from 27, the county said.", "27", "31"),
    # ... and a verb of revising still revises, whatever days the two counts carry
    ("The county raised the toll to 31 on Sunday, up from 27 on Saturday.", "27", "31"),
])
def test_a_count_on_two_days_changed(extract, text, old, new) -> None:
    figures = {f.text: f for f in extract(text)}
    linked = [(f.text, next(o.text for o in figures.values() if o.start == f.revises))
              for f in figures.values() if f.revises is not None]
    assert linked == ([(new, old)] if old else [])


def _placeless(article: str, value: float, country: str) -> dict[str, Any]:
    row = deaths(article, f"The toll stood at {value:g}.", value, reported="2026-03-15")
    row.update(where=[country], where_basis="article")
    return row


def _nowhere(article: str, value: float) -> dict[str, Any]:
    row = deaths(article, f"The toll rose to {value:g}.", value, reported="2026-03-15")
    row.update(where=[], where_basis="paragraph")
    return row


def _district(article: str, value: float, place: str) -> dict[str, Any]:
    row = deaths(article, f"Officials counted {value:g} deaths in {place}.", value,
                 reported="2026-03-15")
    row.update(where=[place], where_basis="phrase")
    return row


@pytest.mark.parametrize("specs, together", [
    # a country's articles restate its national toll while others count two districts: the
    # national figures meet each other, not a district's
    ([_placeless("a", 64, "Zambia"), _placeless("b", 64, "Zambia"), _placeless("e", 55, "Zambia"),
      _district("c", 33, "Karsby"), _district("d", 17, "Marova")], {"a", "b", "e"}),
    # another country's national toll is not the same quantity
    ([_placeless("a", 64, "Zambia"), _placeless("b", 600, "Tanzania"),
      _district("c", 33, "Karsby"), _district("d", 17, "Marova")], set()),
    # ... but between two countries it stays undecided
    ([_placeless("a", 64, "Zambia"), _placeless("b", 600, "Tanzania"), _nowhere("e", 64),
      _district("c", 33, "Karsby"), _district("d", 17, "Marova")], set()),
])
def test_a_national_count_that_names_no_place_is_its_articles_country(specs, together):
    rows = build(*specs)
    grouped = {f.split(":")[0] for g in rows for f in g["figures"]
               if not {p.split(":")[0] for p in g["figures"]} & {"c", "d"}}
    assert grouped == together


def _counted_in(article: str, value: float, place: str) -> dict[str, Any]:
    row = deaths(article, f"Officials counted {value:g} deaths in {place}.", value)
    row.update(where=[place], where_basis="phrase")
    return row


def _said(article: str, sentence: str, value: float, **kw: Any) -> dict[str, Any]:
    row = deaths(article, sentence, value, **kw)
    row.update(where=[], where_basis="paragraph")
    return row


NOTICE = "Correction: a story on 4 May said 120 people died."


@pytest.mark.parametrize("specs", [
    # a notice's printed value meets one place's count and its right value another's, where
    # the notice's own article counts: the right value mends the printed one, in its quantity
    [_counted_in("a", 120, "Velm"), _counted_in("b", 210, "Orsk"), _counted_in("c", 300, "Orsk"),
     _said("c", NOTICE, 120), _said("c", "The figure was 210.", 210, revises=("c", 120))],
    [_counted_in("a", 120, "Velm"), _counted_in("b", 210, "Orsk"), _counted_in("c", 300, "Orsk"),
     _said("c", NOTICE, 120),
     _said("c", "The toll was 210, the ministry said.", 210, revises=("c", 120))],
])
def test_a_corrections_right_value_joins_the_quantity_of_what_it_corrects(specs) -> None:
    rows = build(*specs)
    both = [g for g in rows if {"c:120", "c:210"} <= {_short(f, g) for f in g["figures"]}]
    assert both and both[0]["verdict"] == "revision"


def _short(figure: str, group: dict) -> str:
    return f"{figure.split(':')[0]}:{group['values'][figure][0]:g}"


@pytest.mark.slow
@pytest.mark.parametrize("sentence, owner", [
    ("The Ministry of Health lifted its official count of the dead from 143 to 158.", None),
    ("The EU raised its pledge from €40 million to €60 million.", "EU"),
])
def test_who_counts_a_toll_does_not_own_it(extract, sentence, owner) -> None:
    assert {f.group for f in extract(sentence)} == {owner}


def test_a_norm_never_meets_the_measured_figures() -> None:
    from tests.test_conflicts import figure, groups

    litres = {"unit": "litres per person", "counted": "water", "head": "water", "when": "2026-03"}
    rows = groups(
        figure("a", "Supply in the camps is about 5 litres per person.", 5, approx="about",
               **litres),
        figure("b", "Residents get 5 litres per person a day.", 5, **litres),
        figure("c", "That is under the Sphere minimum of 20 litres per person.", 20,
               at="20 litres", **litres),
    )
    assert all("c:" not in " ".join(g["figures"]) for g in rows)
    assert {g["verdict"] for g in rows} == {"consistent"}


@pytest.mark.slow
@pytest.mark.parametrize("sentence, whole, part", [
    ("58 people were detained across the country, including 22 in Lyon.", "58", "22"),
    ("188 people were killed nationwide, including 121 in Kisumu.", "188", "121"),
])
def test_a_nationwide_total_does_not_take_its_parts_place(extract, sentence, whole, part):
    found = {f.text: f for f in extract("Officials spoke in France. " + sentence)}
    assert found[part].where_basis == "phrase"
    assert not set(found[whole].where) & set(found[part].where)


def ships(article: str, sentence: str, low: float, reported: str) -> dict[str, Any]:
    return deaths(article, sentence, low, origin="Tolland", counted="ships", unit="ships",
                  period_basis="reported", reported=reported, when=reported)


@pytest.mark.parametrize("specs, verdict", [
    # one body's count printed on two days of a month, nothing said of a correction: it moved
    ([ships("a", "Tolland has about 45 ships at sea.", 45, "2025-02-06"),
      ships("b", "Tolland has 90 ships at sea.", 90, "2025-02-15")], "change_over_time"),
    # printed on one day by two outlets, the two counts cannot both stand: one replaced the other
    ([ships("a", "Tolland has about 45 ships at sea.", 45, "2025-02-06"),
      ships("b", "Tolland has 90 ships at sea.", 90, "2025-02-06")], "revision"),
])
def test_an_unstated_revision_needs_one_day(specs, verdict) -> None:
    assert outer(build(*specs))["verdict"] == verdict


def cases(article: str, value: float, when: str, origin: str) -> dict[str, Any]:
    row = deaths(article, f"In {article}, {origin} counted {value:g} cases by then.", value,
                 origin=origin, counted="cases", unit="cases", period_basis="stated",
                 reported=when, when=when)
    row["when_basis"] = "sentence"
    return row


def test_one_bodys_count_over_time_is_a_change_and_its_day_a_revision() -> None:
    groups = build(cases("a", 400, "2026-02-23", "ministry"),
                   cases("b", 3118, "2026-03-11", "ministry"),
                   cases("c", 2964, "2026-03-11", "ministry"),
                   cases("d", 3500, "2026-03-11", "WHO"))
    estimate = next(g for g in groups if g["kind"] == "estimate" and "ministry" in g["quantity"])
    assert estimate["verdict"] == "change_over_time"
    day = next(g for g in groups if g["kind"] == "estimate" and g["parent"] != outer(groups)["id"]
               and "ministry" in g["quantity"])
    assert day["verdict"] == "revision"


def losses(article: str, sentence: str, low: float, reported: str, **kw: Any) -> dict[str, Any]:
    """A share of a utility's water lost to leaks, dated only by its article."""
    return deaths(article, sentence, low, counted="water losses", unit="percent",
                  period_basis="reported", reported=reported, **kw)


CORRECTION = "We have corrected our figure for the share that leaks away from 24 to 37 percent."


@pytest.mark.parametrize("specs, verdict", [
    # the correction, printed a month later, is of the period the first estimate described
    ([losses("a", "Lakeside Water puts losses at 24 percent.", 24, "2031-07-14",
             origin="Lakeside Water"),
      losses("b", CORRECTION, 24, "2031-08-11"),
      losses("b", CORRECTION, 37, "2031-08-11", revises=("b", 24))], "revision"),
    # an outlet that repeats the first estimate under another name repeats an old version, it
    # does not contradict the correction
    ([losses("a", "Lakeside Water puts losses at 24 percent.", 24, "2031-08-11",
             origin="Lakeside Water"),
      losses("c", "The utility says 24 percent is lost.", 24, "2031-08-11",
             origin="the utility"),
      losses("b", CORRECTION, 24, "2031-08-11"),
      losses("b", CORRECTION, 37, "2031-08-11", revises=("b", 24))], "revision"),
    # a rival that gives neither value still contradicts the correction
    ([losses("c", "Auditors put losses at 52 percent.", 52, "2031-08-11", origin="auditors"),
      losses("b", CORRECTION, 24, "2031-08-11"),
      losses("b", CORRECTION, 37, "2031-08-11", revises=("b", 24))], "contradiction"),
])
def test_a_correction_describes_what_it_corrects(specs, verdict) -> None:
    assert outer(build(*specs))["verdict"] == verdict


def riders(article: str, sentence: str, low: float, origin: str, basis: str,
           **kw: Any) -> dict[str, Any]:
    return deaths(article, sentence, low, origin=origin, counted="riders", unit="riders",
                  period_basis=basis, **kw)


LOWERED = "The transport ministry cut its forecast of daily riders from 61,000 to 54,000."


def test_a_projection_and_a_dated_restatement_of_it_are_one_time() -> None:
    """An estimate restated in a dated article and then revised as a projection is revised,
    not changed over time: a projection is no time of its own."""
    rows = build(
        riders("a", "The transport agency's estimate stood at 61,000 riders.", 61000, "ministry",
               "reported", reported="2026-03-03"),
        riders("b", LOWERED, 61000, "ministry", "projected", reported="2026-11-19"),
        riders("b", LOWERED, 54000, "ministry", "projected", reported="2026-11-19",
               revises=("b", 61000)),
        riders("c", "Auditors expect 40,000 daily riders.", 40000, "auditors", "projected",
               reported="2026-06-01"))
    ministry = [g for g in rows if g["kind"] == "estimate" and "ministry" in g["quantity"]
                and len(g["figures"]) == 3]
    assert [g["verdict"] for g in ministry] == ["revision"]


@pytest.mark.parametrize("new_origin, revised", [
    # the teller of both figures estimates nothing: its correction is the body's figure revised
    ("The Ledger", True),
    # a body of its own named for the new figure does not revise the other body's
    ("Harbour Board", False),
])
def test_a_correction_told_by_its_teller_is_the_bodys_revision(new_origin, revised) -> None:
    notice = ("Correction: The Ledger said the Ostmark Institute put the toll at 120; the "
              "correct figure was 210.")
    old = deaths("a", notice, 120, origin="Ostmark Institute")
    old["source"] = "The Ledger"
    new = deaths("a", notice, 210, origin=new_origin, basis="source", revises=("a", 120))
    new["source"] = "The Ledger"
    other = deaths("b", "The Ostmark Institute counted 120 deaths.", 120,
                   origin="Ostmark Institute")
    assert (outer(build(old, new, other))["verdict"] == "revision") is revised


@pytest.mark.parametrize("new_origin, revised", [
    # the writer's own next sentence gives the right value: the notice's teller estimates
    # nothing, so the correction is the body's figure revised
    (None, True),
    # a body of its own named for the new figure does not revise the other body's
    ("Harbour Board", False),
])
def test_a_correction_continued_in_the_next_sentence_is_the_bodys_revision(
        new_origin, revised) -> None:
    printed = "Correction: a report on 4 May said the Ostmark Institute counted 120 deaths."
    right = "The toll was 210."
    old = deaths("a", printed, 120, origin="Ostmark Institute")
    new = deaths("a", right, 210, origin=new_origin, revises=("a", 120))
    other = deaths("b", "The Ostmark Institute counted 120 deaths.", 120,
                   origin="Ostmark Institute")
    assert (outer(build(old, new, other))["verdict"] == "revision") is revised


def _cases(article: str, sentence: str, value: float, place: str | None,
           **kw: Any) -> dict[str, Any]:
    row = deaths(article, sentence, value, counted="cases", unit="cases",
                 period_basis="reported", reported="2026-05-04", **kw)
    row.update(where=[place] if place else [], where_basis="phrase" if place else None)
    return row


DISTRICTS = [_cases("a", "Arnholt reported 310 cases.", 310, "Arnholt"),
             _cases("b", "Arnholt has 305 cases.", 305, "Arnholt"),
             _cases("a", "Belvik reported 120 cases.", 120, "Belvik"),
             _cases("b", "Belvik has 118 cases.", 118, "Belvik")]
REVISED = "The weekly tally was revised from 940 to 710 cases."


@pytest.mark.parametrize("specs, verdicts", [
    # whose the weekly tally is (either district's, or the whole country's) is a guess; that
    # the tally was revised the sentence says: the revision stands, with the outlet repeating
    # the first count (and the two that give the first count agree)
    ([*DISTRICTS, _cases("c", REVISED, 940, None), _cases("c", REVISED, 710, None,
                                                          revises=("c", 940)),
      _cases("d", "The ministry reported 940 cases for the week.", 940, None)],
     {("revision", 3), ("consistent", 2)}),
    # no revision stated: two figures in doubt may only be shown to agree
    ([*DISTRICTS, _cases("c", "The weekly tally was 940 cases.", 940, None),
      _cases("d", "The weekly tally was 710 cases.", 710, None)], set()),
])
def test_a_stated_revision_among_figures_in_doubt_stands(specs, verdicts) -> None:
    rows = build(*specs)
    in_doubt = {(g["verdict"], len(g["figures"])) for g in rows
                if not any(f.startswith(("a:", "b:")) for f in g["figures"])}
    assert in_doubt == verdicts


def _tally(article: str, value: float, day: str) -> dict[str, Any]:
    row = deaths(article, f"By {day} the Tally Office had counted {value:g} households.", value,
                 origin="Tally Office", counted="households", unit="households",
                 period_basis="stated", reported="2026-06-30", when=day)
    row["when_basis"] = "sentence"
    return row


@pytest.mark.parametrize("second_day, verdict", [
    # one body's counts dated by their own words a week apart: the count moved
    ("2026-06-19", "change_over_time"),
    # a day apart: the second replaces the first
    ("2026-06-13", "revision"),
])
def test_one_bodys_counts_of_days_far_apart_moved(second_day: str, verdict: str) -> None:
    rows = build(_tally("a", 4100, "2026-06-12"), _tally("b", 5300, second_day),
                 _tally("c", 600, "2026-05-02"))  # another month makes the quantity a series
    june = [g for g in rows if {round(v[0]) for v in g["values"].values()} == {4100, 5300}]
    assert [g["verdict"] for g in june] == [verdict]


def _ridership(article: str, value: float, reported: str, year: str = "2026") -> dict[str, Any]:
    """The bus company's count of passengers over a year, dated by its own words ("this
    year") and printed on ``reported``."""
    row = deaths(article, f"The bus company carried {value:g} passengers this year.", value,
                 origin="Bus company", counted="passengers", unit="passengers",
                 period_basis="stated", reported=reported, when=year)
    row["when_basis"] = "sentence"
    return row


@pytest.mark.parametrize("specs, verdict", [
    # a year still running, counted on two days a week apart: the count grew
    ([_ridership("a", 41200, "2026-06-14"), _ridership("b", 43900, "2026-06-21")],
     "change_over_time"),
    # ... on two days a day apart, the second replaces the first
    ([_ridership("a", 41200, "2026-06-14"), _ridership("b", 43900, "2026-06-15")],
     "revision"),
    # a year over when both were printed a week apart: nothing says one replaced the other
    # (two values of one stated period printed days apart are far more often two things the
    # key cannot tell apart), so no revision is read, nor a change within one period
    ([_ridership("a", 41200, "2027-02-14"), _ridership("b", 43900, "2027-02-21")], None),
    # ... printed a day apart, the second replaces the first
    ([_ridership("a", 41200, "2027-02-14"), _ridership("b", 43900, "2027-02-15")], "revision"),
])
def test_one_bodys_count_of_a_year_still_running_grew(specs, verdict) -> None:
    roots = [g["verdict"] for g in build(*specs) if g["parent"] is None]
    assert roots == ([verdict] if verdict else [])


def _leak(article: str, sentence: str, value: float, reported: str, when: str | None = None,
          **kw: Any) -> dict[str, Any]:
    """A utility's estimate of the share of its water lost, dated by its own words (``when``)
    or by its article."""
    row = deaths(article, sentence, value, origin="Harbour Water", counted="water lost",
                 unit="percent", period_basis="stated" if when else "reported",
                 reported=reported, when=when or reported, **kw)
    row["when_basis"] = "sentence" if when else "article"
    return row


LEAK_FIX = "In August Harbour Water corrected its estimate for July from 24 to 37 percent."


@pytest.mark.parametrize("specs, verdict", [
    # the value the text says was replaced shows an old version, not a level of July: the
    # estimate was revised, the share did not move
    ([_leak("a", "Harbour Water said 24 percent was lost in July.", 24, "2026-07-14", "2026-07"),
      _leak("b", LEAK_FIX, 24, "2026-08-11", "2026-07"),
      _leak("b", LEAK_FIX, 37, "2026-08-11", "2026-08", revises=("b", 24)),
      _leak("c", "Harbour Water now puts losses at 37 percent.", 37, "2026-09-15")],
     "revision"),
    # no replacement stated: two months' shares differ, the share moved
    ([_leak("a", "Harbour Water said 24 percent was lost in July.", 24, "2026-07-14", "2026-07"),
      _leak("b", "Harbour Water said 37 percent was lost in August.", 37, "2026-08-11",
            "2026-08"),
      _leak("c", "Harbour Water now puts losses at 37 percent.", 37, "2026-09-15")],
     "change_over_time"),
])
def test_a_replaced_value_is_no_level_of_its_period(specs, verdict) -> None:
    assert outer(build(*specs))["verdict"] == verdict


def floods(article: str, sentence: str, low: float, origin: str, approx: str,
           reported: str) -> dict[str, Any]:
    """A count of what one flood caused, given by ``origin`` as a bound ("at least 40")."""
    return deaths(article, sentence, low, origin=origin, approx=approx, reported=reported,
                  counted="deaths", unit="deaths")


@pytest.mark.parametrize("specs, verdict", [
    # one body's bound on one event's toll rose between two reports: its count was revised,
    # though "at least 40" allows 95
    ([floods("a", "The Ustrel relief council says at least 40 died.", 40, "relief council",
             "at_least", "2025-06-02"),
      floods("b", "The relief council now puts the toll at at least 95.", 95, "relief council",
             "at_least", "2025-06-20")], "revision"),
    ([floods("a", "The Ustrel relief council says more than 40 died.", 40, "relief council",
             "more_than", "2025-06-02"),
      floods("b", "The relief council now puts the toll at more than 95.", 95,
             "relief council", "more_than", "2025-06-20")], "revision"),
    # the same bound restated is one estimate
    ([floods("a", "The Ustrel relief council says at least 40 died.", 40, "relief council",
             "at_least", "2025-06-02"),
      floods("b", "The relief council puts the toll at at least 40.", 40, "relief council",
             "at_least", "2025-06-20")], "consistent"),
    # a bound and a count of its own (not a bound) stay within the bound: no revision shown
    ([floods("a", "The Ustrel relief council says at least 40 died.", 40, "relief council",
             "at_least", "2025-06-02"),
      floods("b", "The relief council counts 43 dead.", 43, "relief council", "exact",
             "2025-06-20")], "consistent"),
    # two bodies' bounds are two estimates, neither revising the other
    ([floods("a", "The Ustrel relief council says at least 40 died.", 40, "relief council",
             "at_least", "2025-06-02"),
      floods("b", "The Harlan Red Cross says at least 95 died.", 95, "Harlan Red Cross",
             "at_least", "2025-06-20")], "consistent"),
])
def test_one_bodys_bound_that_rose_is_a_revision(specs, verdict) -> None:
    assert outer(build(*specs))["verdict"] == verdict


def hectares(article: str, sentence: str, low: float, approx: str, when: str,
             at: str | None = None) -> dict[str, Any]:
    """Farmland hailstorms ruined up to a day its sentence names."""
    row = deaths(article, sentence, low, approx=approx, counted="farmland", unit="hectares",
                 period_basis="stated", reported=when, when=when)
    row["when_basis"] = "sentence"
    if at:
        row["at"] = at
    return row


@pytest.mark.parametrize("specs, verdict", [
    # "more than 3,000" printed a month after 3,400 restates it rounded down: no change shown
    ([hectares("a", "By 19 May, hail had ruined 3,400 hectares around Tolvane.", 3400, "exact",
               "2025-05-20"),
      hectares("b", "More than 3,000 hectares were ruined by 17 June.", 3000, "more_than",
               "2025-06-18")], "consistent"),
    # nor "up to 5,000" printed before the 4,600 it allows
    ([hectares("a", "Up to 5,000 hectares may be lost, the co-operative said.", 5000, "up_to",
               "2025-05-20"),
      hectares("b", "The final survey found 4,600 hectares ruined.", 4600, "exact",
               "2025-06-18")], "consistent"),
    # a value printed later, dated only by its article, that lies less than half below the
    # bound (or more than twice above it) is no restatement of it: the quantity moved ("up to
    # 5,000 hectares", days later "2,100 hectares")
    ([hectares("a", "Up to 5,000 hectares were under water on Monday.", 5000, "up_to",
               "2025-05-20"),
      {**hectares("b", "Floods covered 2,100 hectares around Tolvane.", 2100, "exact",
                  "2025-05"), "when_basis": "article", "reported": "2025-05-24"}],
     "change_over_time"),
    ([hectares("a", "More than 1,000 hectares were ruined by the hail.", 1000, "more_than",
               "2025-05-20"),
      {**hectares("b", "Hail ruined 3,400 hectares around Tolvane.", 3400, "exact",
                  "2025-05"), "when_basis": "article", "reported": "2025-05-24"}],
     "change_over_time"),
    # one near the bound restates it
    ([hectares("a", "Up to 5,000 hectares were under water on Monday.", 5000, "up_to",
               "2025-05-20"),
      {**hectares("b", "Floods covered 4,100 hectares around Tolvane.", 4100, "exact",
                  "2025-05"), "when_basis": "article", "reported": "2025-05-24"}],
     "consistent"),
    # a value outside the bound still moved
    ([hectares("a", "More than 3,000 hectares were ruined by the hail.", 3000, "more_than",
               "2025-05-20"),
      hectares("b", "Hail ruined 2,100 hectares around Tolvane.", 2100, "exact",
               "2025-06-18")], "change_over_time"),
    # a sentence that sets the two against each other says the total grew
    ([hectares("a", "At least 1,500 hectares were ruined by the hail.", 1500, "at_least",
               "2025-05-20"),
      hectares("b", "The ruined area reached about 2,200 hectares, up from at least 1,500.",
               2200, "about", "2025-06-18", at="2,200"),
      hectares("b", "The ruined area reached about 2,200 hectares, up from at least 1,500.",
               1500, "at_least", "2025-05-20", at="1,500")], "change_over_time"),
])
def test_a_bound_that_holds_a_value_of_another_day_shows_no_change(specs, verdict) -> None:
    assert outer(build(*specs))["verdict"] == verdict




RAISED = "The Velm canton has raised its toll from 30 to 45."


@pytest.mark.parametrize("old_origin, revised", [
    # "The canton has raised its toll from 30 to 45": the 30 is the canton's, though the
    # grouping gave that value to another body (an earlier report of it) and the sentence
    # names nobody for it
    (None, True),
    # a body named for the old value keeps it: the canton did not revise the police's count
    ("Velm police", False),
])
def test_a_sentence_stating_both_values_says_whose_the_old_one_was(old_origin, revised) -> None:
    figures, articles = corpus(
        deaths("b", RAISED, 30, origin=old_origin, reported="2024-09-17"),
        deaths("b", RAISED, 45, origin="Velm canton", reported="2024-09-17"))
    figures[1]["revises"] = figures[0]["id"]
    old, new = as_revised(claims_of(figures, articles, RESOLVE))
    origins = {old.id: "official", new.id: "velm-canton"}
    periods = {old.id: EVENT_PERIOD, new.id: EVENT_PERIOD}
    assert (revision_of([old, new], origins, periods) == (old, new)) is revised
