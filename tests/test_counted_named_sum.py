"""What names a sum: the noun it is "of" keeps that noun though a participle follows it, and
only a sum no noun names is "the amount <participle>"; a rate of money, the noun past a period
written before it, the price of one of a kind per a period, the verb of money that moves it, a
headline's misread verb's subject (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
NAMED = [
    ("The court upheld a fine of $5m imposed by the regulator in 2024.", "$5m", "fine"),
    ("The audit found spending far above the budget of $148 million approved by the board.",
     "$148 million", "budget"),
    ("The airline repaid a loan of about €2bn granted by the state in 2021.", "€2bn", "loan"),
    ("The museum spent the 22.4 billion euros approved by parliament.", "22.4 billion euros",
     "amount approved"),
    ("That is below the record of $4 million paid for a berth in 2023.", "$4 million",
     "amount paid"),
]


# sentence, figure, counted: a currency a sum borrowed from an exchange rate names nothing; the
# sum's own clause then says what it is
NO_CURRENCY = [
    ("At the rate of 25.20 crowns to the euro, the original budget was about €5.9bn.", "€5.9bn",
     "original budget"),
    ("At 17.1 rand to the dollar, the school's deficit was about $4.2m.", "$4.2m", "deficit"),
    # a bare currency word read as the home currency: the sum's verb of money says what it is
    ("Norway promised 3bn crowns to the chess federation over three years.", "3bn", "pledges"),
    ("Denmark's bakers' guild has contributed 40m crowns to the marathon fund.", "40m",
     "contributions"),
]


# a rate of money a sum reaches names it ("the average daily rate reached €196")
# sentence, figure, counted phrase
RATES = [
    ("The average nightly rate at the ski resort rose to $450 in February.", "$450",
     "average nightly rate"),
    ("The day rate for a jack-up drilling rig reached $180,000 in March, brokers said.",
     "$180,000", "day rate"),
    ("The hourly rate for a court interpreter was £38 last year.", "£38", "hourly rate"),
    ("Tutors said the rate for a one-hour lesson had climbed to €45 from €38.", "€38",
     "rate"),
]


# sentence, figure, counted phrase: not a rate of money
NOT_RATES = [
    ("The exchange rate was 18.7 pesos per dollar on Friday.", "18.7 pesos", "exchange rate"),
    ("The peso weakened to 19.02 per dollar.", "19.02", "peso"),
]


# a period between an amount and its noun leaves the noun ("a €112mn half-year profit")
# sentence, figure, counted phrase
PERIODS = [
    ("The retailer reported a £40m first-half net profit.", "£40m", "net profit"),
    ("Shipper lifts outlook after €4bn full-year revenue", "€4bn", "revenue"),
    ("The carmaker made 2.3 million first-quarter deliveries.", "2.3 million", "deliveries"),
    ("The insurer booked a 900 million franc half-year loss on storm claims.",
     "900 million franc", "loss"),
    ("The clinic treated 40,000 patients over two years.", "40,000", "treated patients"),
]


# what one of a kind costs per a period is its price; per some other one, a cost per it
# sentence, figure, counted phrase
PRICES = [
    ("A parking permit costs $120 a year in the city.", "$120", "parking permit price"),
    ("A berth in the marina now costs €900 a month, the harbour office said.", "€900",
     "berth price"),
    ("A season ticket costs £40 per week on the northern line.", "£40", "season ticket price"),
    # per some other one: the cost of the service per that one
    ("A hotel place cost £145 per person per night.", "£145", "hotel place cost per person"),
    ("Each ticket costs $40 per match.", "$40", "ticket cost per match"),
    # a second sum the parse hangs on the same verb has a clause of its own
    ("A care home place cost £1,400 per resident per week, nearly three times the £500 a week "
     "it costs to support someone at home.", "£500", "cost"),
]


# a sum promised is a pledge (``money_verbs``)
# sentence, figure, counted phrase
PROMISED = [
    ("The charity promised $2m to the flood appeal.", "$2m", "pledges"),
    ("Ministers promised 400 million rand for school repairs.", "400 million rand", "pledges"),
    ("Two donors promised a further €30m on Monday.", "€30m", "pledges"),
    # the second sum of the same verb, its verb left out, is the second donor's pledge
    ("Japan promised $40m and Korea $25m at the donor conference.", "$25m", "pledges"),
    # a noun of its own names the sum whatever the verb
    ("The club has promised its fans a refund of £25.", "£25", "refund"),
]


# sentence, figure, counted phrase: the scale split from the digits ("m") that the tagger calls
# a verb is a word of the figure, never the verb it hangs on; the verb of money before it is
GLUED_SCALE = [
    ("The hospital trust spent £14.2m this winter on agency nurses.", "£14.2m",
     "spending on agency nurses"),
    ("The school spent £1.9m this term on supply teachers.", "£1.9m",
     "spending on supply teachers"),
    ("The port authority borrowed $85.5m last month for new cranes.", "$85.5m", "loans"),
]


# a headline's verb of measure misread as a noun keeps the noun before it for its subject
# sentence, figure, counted phrase
MISREAD = [
    ("Storm losses top $2bn as insurers count claims", "$2bn", "Storm losses"),
    ("Strike fines top $3m as union vows to fight on", "$3m", "Strike fine"),
    ("Curupa fines top R$1.6bn as revised satellite data put clearing at 4,480 sq km",
     "R$1.6bn", "Curupa fine"),
]


# a sum a fund disburses is its disbursements (``money_verbs``)
DISBURSED = [
    ("The relief agency has disbursed $14m to flood victims since March.", "$14m",
     "disbursements"),
    ("The pension fund disbursed 2.1 billion rand in 2029, its annual report said.",
     "2.1 billion rand", "disbursements"),
]


# sentence, figure, counted phrase: a verb of money misread so is the misread price's
NOT_MISREAD_SUBJECT = [
    ("A weekend pass cost R$690 last year.", "R$690", "weekend pass price"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), [
    *NAMED, *NO_CURRENCY, *RATES, *NOT_RATES, *PERIODS, *PRICES, *PROMISED, *GLUED_SCALE,
    *MISREAD, *DISBURSED, *NOT_MISREAD_SUBJECT])
def test_what_names_a_sum(extract, sentence: str, text: str, counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
