"""Rates said away from the figure's own words, read once every figure has its noun: a measure
given per another measure or per one of something ("3.1 tonnes of maize per hectare"); an
adjective of period on the noun a figure is the amount of ("daily transits of 36", "a monthly
allowance of 400,000 pesos", "the daily limit is 40 ships", "a 12-tonne weekly limit"); an
adverb of period that ends the figure's clause ("fewer than 700 elephants are poached
annually"); an exchange-rate note ("($1 = 17.02 pesos)", "at 250 pesos to the dollar": pesos per
dollar); the first of "from X to Y a day", which the rate said after the second serves too; a
bare number that carries on a list after a rate ("36 ships a day in May and 41 in June"), or
another level set against a rated figure ("8,000 riders a day, not 9,500"), or after an exchange
rate ("760 to the dollar officially and at 905 on the parallel market"); a conversion in
brackets after a rate ("400,000 pesos ($21)"); the same amount of the same thing said again
without its rate (a headline over the body, which may name it in other words), and a bare number
on a headline, which is the figure its article gives the same value of ("figure of 185,000" over
"185,000 hectares"); and a table column's header ("Output (tonnes/day)", "Daily crossings").
Each reads a bounded window around its figure, or the figure's own tokens, never the whole
sentence."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from store.extract.figures.continued import SENTENCE_ENDS, TO_BEFORE, over_periods
from store.extract.figures.counted_money import PAID
from store.extract.figures.exchange_subject import currency_of_subject
from store.extract.figures.found import FoundFigure
from store.extract.figures.header_signs import sign_and_scale
from store.extract.figures.measured import FLOWING, per_one_measure
from store.extract.figures.parse import text_of, token_at
from store.extract.figures.priced_at import PRICING, noun_it_modifies
from store.extract.figures.rates_contrasted import a_total, contrasted_estimates
from store.extract.figures.rates_listed import IN_ALL, SPREAD, price_carried_on
from store.extract.figures.rates_possessive import period_of_possessive
from store.extract.numbers import scan
from store.knowledge.context import context_words, hedges
from store.knowledge.currencies import shared_currencies
from store.knowledge.estimates import estimate_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import Units, units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LEFTS = 8  # words a noun or a verb may have on its left for its adjective or subject to be read
ADJECTIVE_REACH = 60  # characters before an amount searched for "the daily cost at"
SHARES = ("percent", "fraction", "ratio", "percentage points", "basis points")


def read_rates_said(figures: list[FoundFigure], doc: Doc, spans: list[Span | None]) -> None:
    """Give each figure without a rate the one its words say elsewhere (the module's
    docstring), then let the first of "from X to Y" take the second's."""
    text = text_of(doc)
    lex = units()
    for fig, span in zip(figures, spans, strict=True):
        if fig.rate is not None and " per " not in fig.unit and fig.unit in lex.currency_codes:
            # "£9,790 a year (about US$12,430 at $1.27 to the pound)": a rate handed on to an
            # aside gives way to the exchange rate the amount's own words say
            fig.rate = _exchange_note(fig, text, doc) or fig.rate
        if fig.rate is not None or " per " in fig.unit:
            continue
        if fig.unit in lex.measure_codes:
            fig.rate = _per_measure(fig, doc, text)
        if fig.rate is None and fig.unit in lex.currency_codes:
            fig.rate = _exchange_note(fig, text, doc)
        if fig.rate is None and fig.unit in lex.currency_codes and span is not None:
            fig.rate = currency_of_subject(span, fig.unit)  # "Sterling traded at $1.2694"
        if fig.rate is None and fig.unit in lex.currency_codes:
            fig.rate = period_of_possessive(fig, text)  # "a month's supply for Rs2,300"
        if fig.rate is None and fig.unit == "count" and span is not None:
            _currency_at(fig, span, text)  # "a rand at 20.2 to the euro"
        if fig.rate is None and span is not None and fig.unit not in SHARES and (
                fig.unit not in lex.readings) and _may_flow(fig.unit):
            money = fig.unit in lex.currency_codes
            fig.rate = _period_of_noun(span, money=money) or (
                _adverb_ends_clause(fig, text)) or (money and _adjective_set_at(fig, text)) or None
        if fig.rate is None and fig.unit not in SHARES and fig.unit not in lex.readings and (
                fig.unit not in lex.person_units):  # "40 killed in a single day": a day's toll
            fig.rate = _in_one_period(fig, text)
    _from_to(figures, text)
    _list_after_rate(figures, text)
    contrasted_estimates(figures, doc, text)  # "25,000 a day; the auditors forecast 16,000"
    _list_after_exchange_rate(figures, text)
    _payment_periods(figures, spans, text)
    _conversions(figures, text)
    _bare_unit_prices(figures, text)
    _said_again(figures)
    _headline_said_again(figures, text)
    _list_after_rate(figures, text)  # a list whose first price was given its rate by the two
    price_carried_on(figures, text)
    _bare_on_a_headline(figures, text)


# "owe $3.2 million in unpaid rent", "deferred 40 million pounds of rent", "$1.1bn (£800m) in
# rent": what was paid or owed in all, its noun after it
_PAID_IN = re.compile(r"(?:\s*\([^()\n]{0,30}\))?\)?\s+(?:in|of)\s+((?:[a-z-]+\s+){0,2}[a-z]+)\b")


def _payment_periods(figures: list[FoundFigure], spans: list[Span | None], text: str) -> None:
    """ "the average rent reached $2,020", "the flat rented for $1,690": an amount of money said
    to be a payment made each period (its noun, or the verb whose price it is) with no period
    written is given per the period such payments are quoted in ([payment_periods]), or per
    the one the article gives that payment per elsewhere, when it gives one only; not what was
    paid or owed in all, which names the payment after the amount ("$3.2 million in unpaid
    rent", "40 million pounds of rent")."""
    lex = units()
    if not lex.payment_nouns:
        return
    payments: list[tuple[FoundFigure, str, Span | None]] = []
    for fig, span in zip(figures, spans, strict=True):
        if fig.base_unit not in lex.currency_codes:
            continue
        noun = _payment_of(fig, span, lex)
        if noun is not None:
            payments.append((fig, noun, span))
    periods = context_words().rate_period_words
    for fig, noun, span in payments:
        if fig.rate is not None or " per " in fig.unit:
            continue
        m = _PAID_IN.match(text, fig.end, min(fig.end + 60, fig.sentence[1]))
        if m is not None and noun in {_stem(w) for w in m.group(1).split()}:
            continue
        if noun not in {_stem(w) for w in _LETTER_WORDS.findall(
                text[fig.sentence[0]:fig.start].lower())} and not _priced_by(span, lex):
            continue  # the payment named before its amount ("the average rent was $900")
        said = {d.rate for d, n, _ in payments
                if n == noun and d.rate in periods and d.base_unit == fig.unit}
        fig.rate = said.pop() if len(said) == 1 else lex.payment_nouns.get(
            noun, lex.payment_verbs.get(noun))


def _payment_of(fig: FoundFigure, span: Span | None, lex: Units) -> str | None:
    """The payment an amount of money is, by its noun ("average rent") or by the verb it is the
    price of ("rented for $1,690"), or None."""
    head = _stem((fig.counted_head or "").lower())
    if head in lex.payment_nouns:
        return head
    verb = _priced_by(span, lex)
    return verb.lemma_.lower() if verb is not None else None


def _priced_by(span: Span | None, lex: Units) -> Token | None:
    """The verb of payment whose price the amount is, said of the thing paid for as its subject
    ("the flat rented for $1,690"), not of one who paid for something once ("the studio rented
    a barge for $9,000", "the hall was rented for $5,000")."""
    if span is None:
        return None
    tok = span.root
    verb = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and (
            verb.lemma_.lower() in lex.payment_verbs) and not any(
            c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children) and any(
            c.dep_ == "nsubj" for c in verb.children):
        return verb
    return None


def _headline_said_again(figures: list[FoundFigure], text: str) -> None:
    """ "pump price eases to N1,100" over "Pump prices fell to N1,100 a litre": a figure on a
    line that ends with no full stop (a headline, a standfirst, a caption), which writes the
    figure short, is given per what the article gives the same amount of the same unit per,
    when it gives it per one thing only and the headline names nothing else ("a 31,000-peso
    bonus" over "its demand of 31,000 pesos a month": another thing), or the article gives
    it as a price per one of a measure ("Farm-gate price at VND138,000" over "robusta fetched
    VND138,000 per kg")."""
    rated: dict[tuple[float, float, str], list[FoundFigure]] = {}
    for fig in figures:
        if fig.rate is not None and " per " not in fig.unit:
            rated.setdefault((fig.low, fig.high, fig.unit), []).append(fig)
    if not rated:
        return
    for fig in figures:
        if fig.rate is not None or " per " in fig.unit or not _LETTER.search(fig.unit):
            continue
        donors = [d for d in rated.get((fig.low, fig.high, fig.unit), ())
                  if _names_alike(fig.counted, d.counted) or _unit_price(d)
                  or _headline_names(d.rate, fig, text)]
        if len({d.rate for d in donors}) == 1 and _on_a_headline(fig, text):
            fig.rate = donors[0].rate


def _bare_on_a_headline(figures: list[FoundFigure], text: str) -> None:
    """ "Province disputes national figure of 185,000" over "against 185,000 hectares in the
    national estimate", "Clinic turns away 260 a day" over "260 children a day": a bare number
    on a headline's line (no noun, no unit) is the figure the article gives the same value of,
    per the same, when every such figure is of one unit and one thing."""
    bare = [fig for fig in figures if fig.unit == "count" and fig.counted is None]
    if not bare:
        return
    named: dict[tuple[float, float, str | None], list[FoundFigure]] = {}
    for fig in figures:
        if fig.unit != "count" and fig.counted is not None:
            named.setdefault((fig.low, fig.high, fig.rate), []).append(fig)
    for fig in bare:
        donors = named.get((fig.low, fig.high, fig.rate), ())
        if donors and len({(d.unit, d.counted_head) for d in donors}) == 1 and (
                _on_a_headline(fig, text)):
            fig.unit, fig.counted, fig.counted_head = (
                donors[0].unit, donors[0].counted, donors[0].counted_head)


def _headline_names(rate: str | None, fig: FoundFigure, text: str) -> bool:
    """ "Vial to cost Rs 1,720" over "the price of a vial rose to Rs 1,720 a vial": the
    headline's words before the figure name the one the article gives it per, in the singular
    or the plural."""
    if not rate or rate in context_words().rate_period_words:
        return False  # ("Day of talks ends with R9m offer": no rate of time)
    start = text.rfind("\n", max(0, fig.start - HEADLINE_CHARS), fig.start) + 1
    return re.search(rf"\b{re.escape(rate)}s?\b", text[start:fig.start], re.I) is not None


def measure_rate(rate: str) -> bool:
    """ "litre", "kg": a rate per one of a measure, what a price is given per."""
    lex = units()
    return rate in lex.measures or f"{rate}s" in lex.measures or rate in lex.measure_codes


def _unit_price(fig: FoundFigure) -> bool:
    """An amount of money given per one of a measure ("VND138,000 per kg"): a price, whatever
    the words that name it ("robusta fetched", "the farm-gate price")."""
    return fig.unit in units().currency_codes and fig.rate is not None and measure_rate(fig.rate)


def _names_alike(counted: str | None, other: str | None) -> bool:
    """Two counted phrases that may name one thing: either names nothing, or they share a
    word ("price eases", "Pump price")."""
    if not counted or not other:
        return True
    return bool({_stem(w) for w in _LETTER_WORDS.findall(counted.lower())}
                & {_stem(w) for w in _LETTER_WORDS.findall(other.lower())})


_LETTER_WORDS = re.compile(r"[^\W\d_]{3,}")


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


HEADLINE_CHARS = 300  # the most a headline's line runs on either side of its figure


def _on_a_headline(fig: FoundFigure, text: str) -> bool:
    """The figure's line, a short one, ends with no full stop, after words: a headline, not a
    table's row."""
    end = text.find("\n", fig.end, fig.end + HEADLINE_CHARS)
    if end < 0 and len(text) > fig.end + HEADLINE_CHARS:
        return False  # a line too long for a headline
    start = text.rfind("\n", max(0, fig.start - HEADLINE_CHARS), fig.start)
    if start < 0 and fig.start > HEADLINE_CHARS:
        return False
    line = text[start + 1:len(text) if end < 0 else end].rstrip()
    return bool(line) and line[-1] not in SENTENCE_ENDS and "|" not in line


def _said_again(figures: list[FoundFigure]) -> None:
    """ "Union says Sh206,000 demand 'not negotiable'" over "its demand of Sh206,000 a
    month": the same amount or measure of the same thing, said again in the article without
    its rate (a headline, a summary), is given per the same."""
    lex = units()
    rated: dict[tuple[float, float, str, str], str] = {}
    for fig in figures:
        if fig.rate is not None and fig.counted_head and (
                fig.unit in lex.currency_codes or fig.unit in lex.measure_codes):
            rated.setdefault((fig.low, fig.high, fig.unit, fig.counted_head), fig.rate)
    if not rated:
        return
    for fig in figures:
        if fig.rate is None and fig.counted_head and " per " not in fig.unit:
            fig.rate = rated.get((fig.low, fig.high, fig.unit, fig.counted_head))


def sums_said_again(figures: list[FoundFigure], spans: list[Span | None]) -> None:
    """ "the retail price of a 10ml vial ... to Rs 1,720", then "pharmacies found selling it
    above Rs 1,720": a sum of money the article gives per something, said again in the same
    currency to the unit with no rate of its own, is given per the same, whatever the clause
    around it is about; an article that gives one sum per two different things leaves its bare
    repeats alone, and so does a repeat set before a noun of another thing ("a 9,000-rand bonus"
    beside "a demand of 9,000 rand a month"). (Counts and measures repeat as totals too often:
    "53 people per boat" beside "53 people" dead.)"""
    money = units().currency_codes
    rated: dict[tuple[float, float, str], set[str]] = {}
    nouns: dict[tuple[float, float, str], set[str]] = {}
    for fig in figures:
        if fig.rate is not None and fig.unit in money and fig.low is not None:
            key = (fig.low, fig.high, fig.unit)
            rated.setdefault(key, set()).add(fig.rate)
            nouns.setdefault(key, set()).add(fig.counted_head or "")
    if not rated:
        return
    for fig, span in zip(figures, spans, strict=True):
        key = (fig.low, fig.high, fig.unit)
        rates = rated.get(key)
        if fig.rate is not None or rates is None or len(rates) != 1:
            continue
        own = noun_it_modifies(span) if span is not None else None
        if own is None or own in nouns[key]:
            fig.rate = next(iter(rates))




def _may_flow(unit: str) -> bool:
    """A count, an amount of money, or a volume or mass (what flows): "daily consumption on 16
    July was 872,400MWh" is that day's energy, not a rate of it."""
    if unit not in units().measure_codes:
        return True
    found = units().conversions.get(unit)
    return found is not None and found[0] in FLOWING


# "3.1 tonnes per hectare", "3.1 tonnes of maize per hectare", "40 litres (10 gallons) a cow";
# not "40 tonnes of heroin and a kilo of cannabis", a list
_PER_NOUN = re.compile(r"(?:\s*\([^()\n]{1,40}\))?"
                       r"(?:\s+of(?:\s+(?!(?:and|or|but|plus)\b)[A-Za-z][\w-]*){1,3}?)?"
                       r"\s+(per|an?)\s+([a-z]+)\b(?!-)")


def _per_measure(fig: FoundFigure, doc: Doc, text: str) -> str | None:
    """A measure given per a measure ("per hectare", "a tonne") or per one of something named
    in the singular after "per" ("per cow"); a period is a rate read elsewhere."""
    m = _PER_NOUN.match(text, fig.end, fig.end + 70)
    if m is None:
        return None
    word = m.group(2)
    if word in context_words().rate_period_words or word in units().time_words or word in (
            "cent", "annum"):
        return None  # a period, or a unit of time ("per second"), is read elsewhere
    measure = per_one_measure(text, m.start(2))  # "per hectare", "per square kilometre"
    if measure is not None:
        return measure
    if m.group(1) != "per":
        return None
    tok = token_at(doc, m.start(2))
    return word if tok is not None and tok.tag_ == "NN" else None


_LEVEL_NOUNS = ("rate", "pace")  # the noun of a rate's level, whose adjective annualises it
_CHANGED_PREPS = ("off",)  # "shaves $45 off the monthly payment" ("sent $40 to" is a place)
_LEVEL_PREPS = ("to", "from", "at")  # "set the daily cap at 40", "cut it to 30 from 36"
_GLUED = re.compile(r"-[^\W\d_]")  # "12-tonne": a number glued to its unit by a hyphen


def _period_of_noun(span: Span, *, money: bool = False) -> str | None:
    """The period of an adjective ("daily", "annual") on the noun the figure is the amount of:
    the noun "of" hangs the figure on ("daily transits of 36"), the subject of "be" whose
    complement the figure is ("the daily limit is 40 ships"), the object a verb sets to, from
    or at the figure ("raised the monthly pay to 900 pesos from 700 pesos", "the weekly quota
    was set at 12 tonnes"), the noun a verb takes an amount off ("shaves $45 off the monthly
    payment"), or the noun the figure, glued to its unit by a hyphen, modifies ("a
    12-tonne weekly limit"), as an amount of ``money`` does unglued ("the N8,000 monthly
    transfer", "a $40 weekly grant")."""
    adjectives = units().rate_adjectives
    tok = span.root
    counted = tok.dep_ == "nummod" and tok.head.pos_ == "NOUN"
    if counted:
        tok = tok.head  # "40 ships": the counted noun stands for the figure
    nouns: list[Token] = []
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        # "the annual meeting of 300 delegates": a count of what it holds; "an annual rate of
        # 244,100": the level an annualised rate is quoted at, as with its noun ("of 244,100
        # units"), no rate of its own
        if not counted and tok.head.head.lemma_.lower() not in _LEVEL_NOUNS:
            nouns.append(tok.head.head)
    elif tok.dep_ == "pobj" and tok.head.lower_ in _LEVEL_PREPS:
        verb = tok.head.head  # "raises the basic monthly pay to 175,000 shillings from 140,000"
        if verb.pos_ == "VERB" and verb.n_lefts <= LEFTS:
            nouns.extend(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and (
                c.pos_ == "NOUN") and c.i < tok.head.i)
        elif verb.pos_ == "NOUN" and not counted and verb.i < tok.i and (
                verb.dep_ in ("dobj", "nsubjpass")):
            nouns.append(verb)  # the parser may hang "to" on the object itself
        nouns.extend(of for of in map(_estimated_noun, list(nouns)) if of is not None)
    elif tok.dep_ == "dobj" and not counted and tok.head.pos_ == "VERB" and (
            tok.head.n_lefts <= LEFTS):  # "shaves $45 off the monthly payment": a change of it
        nouns.extend(p for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i and (
            c.lower_ in _CHANGED_PREPS) for p in c.children if p.dep_ == "pobj" and (
            p.pos_ == "NOUN"))
    elif tok.dep_ in ("attr", "acomp") and tok.head.lemma_ == "be" and (
            tok.head.n_lefts <= LEFTS):
        nouns.extend(c for c in tok.head.lefts if c.dep_ == "nsubj" and c.pos_ == "NOUN")
    elif _GLUED.match(text_of(span.doc), span.end_char) or _GLUED.search(span.text):
        node = tok  # "a 12-tonne weekly limit", not "7,300 tonnes daily output", a run-on
        for _ in range(2):  # "12" -> "tonne" -> "limit"
            if node.dep_ not in ("nummod", "compound", "amod", "nmod", "npadvmod"):
                break
            node = node.head
        if node is not tok and node.pos_ == "NOUN" and node.i >= span.end:
            nouns.append(node)
    elif money:  # "the N8,000 monthly transfer": the noun the amount modifies is what it pays
        node = tok  # "$40 monthly grant": the parse has taken "grant" as the counted noun
        for _ in range(2):
            if node.i >= span.end or node.dep_ not in ("nummod", "compound", "nmod", "amod"):
                break
            node = node.head
        if node.pos_ == "NOUN" and node.i >= span.end:
            nouns.append(node)
    for noun in (n for n in nouns if n.n_lefts <= LEFTS):
        for child in noun.lefts:
            if child.dep_ in ("amod", "compound") and child.lower_ in adjectives and (
                    not span.start <= child.i < span.end):
                return adjectives[child.lower_]
    return None


def _estimated_noun(noun: Token) -> Token | None:
    """ "raised its estimate of the weekly loss from $40,000 to $55,000": the noun an estimate, a
    forecast or a count set to a level is "of", whose adjective of period the level keeps as
    that noun's own would."""
    words = estimate_words()
    if noun.lemma_.lower() not in words.origin_nouns | words.forecast_nouns:
        return None
    return next((p for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)


@lru_cache(maxsize=1)
def _adverb_at_end() -> re.Pattern[str]:
    """A few words, then an adverb of period that ends the clause ("are poached annually") or
    its phrase, before a preposition ("36 ships daily before the drought")."""
    adverbs = "|".join(re.escape(w) for w in units().rate_adverbs)
    return re.compile(rf"(?:\s+[A-Za-z'’-]+){{0,6}}?\s+({adverbs})\s*(?:[,.;:!?)\]]|$"
                      r"|(?:before|after|until|since|during|throughout|in|on|at|from)\b)", re.I)


@lru_cache(maxsize=1)
def _adjective_then_at() -> re.Pattern[str]:
    """ "put the daily cost at ", "estimated the weekly loss at between ": a verb's object, an
    adjective of period on its noun (a word between at most), then "at" or "to" and at most a
    word of range or hedge, right before the amount."""
    adjectives = "|".join(re.escape(w) for w in units().rate_adjectives)
    # the noun is the verb's object ("put the daily cost at"), not a preposition's ("its share
    # of the annual market to £90,000")
    return re.compile(rf"\b(?!(?:of|for|in|on|from|with|by|to|at)\b)[a-z]+\s+(?:the|its|their)\s+"
                      rf"({adjectives})\s+(?:[a-z]+\s+)?[a-z]+\s+(?:at|to)\s+"
                      rf"(?:(?:between|{hedges()})\s+)?$", re.I)


def _adjective_set_at(fig: FoundFigure, text: str) -> str | None:
    """ "put the daily cost at €7m-9m", "estimated the weekly loss at between Rs 700 crore and
    Rs 1,300 crore": the period of the adjective on the noun an amount of money is set at, read
    from the words right before it, where the parse has lost the amount (a scale split off its
    digits, a range it took for two phrases)."""
    start = max(fig.sentence[0], fig.start - ADJECTIVE_REACH)
    m = _adjective_then_at().search(text, start, fig.start)
    return units().rate_adjectives[m.group(1).lower()] if m else None


def _adverb_ends_clause(fig: FoundFigure, text: str) -> str | None:
    """ "fewer than 700 elephants are poached annually", "36 ships pass daily": an adverb of
    period that ends the figure's clause, a few words after it, with no number between."""
    m = _adverb_at_end().match(text, fig.end, min(fig.end + 60, fig.sentence[1]))
    return units().rate_adverbs[m.group(1).lower()] if m else None


# "reconnected 96,000 customers in one hour", "sprayed 1,150 ha in a single day": what was done
# within one period, said as such ("in a week" alone says when, not how fast)
_IN_ONE = re.compile(r"(?:\s+[A-Za-z][\w'’-]*){0,3}?\s+in\s+(?:one|a\s+single)\s+([a-z]+)\b",
                     re.I)


def _in_one_period(fig: FoundFigure, text: str) -> str | None:
    """ "The crews reconnected 96,000 customers in one hour": a figure done within one period,
    a few words after it, is a rate of that period (a record pace, not a total)."""
    m = _IN_ONE.match(text, fig.end, min(fig.end + 60, fig.sentence[1]))
    if m is None or any(c.isdigit() for c in m.group(0)):
        return None
    word = m.group(1).lower()
    periods = context_words().rate_period_words
    return word if word in periods and word != "annum" else None


# "($1 = 17.02 pesos)", "(1 euro = 8.0 crowns)": the note of an exchange rate; "at 250 pesos to
# the dollar", "about 7.8 yuan per US dollar": a rate said after the amount
# ("at the reference rate of €1 = PLN 4.28": after "at" or "of" in a sentence too)
_NOTE = re.compile(r"(?:^|[(\[]|\b(?:at|of)\s)\s*"
                   r"([^()\[\]=\n\d]{0,12}1(?:\s+[A-Za-z.]+){0,2}|[^\s()=]{0,4}1)"
                   r"\s*=\s*(?:[^\s()=\d]{0,4}\d[\d.,]*(?:\s+[A-Za-z]+)?\s*=\s*)*$", re.M)
# "Exchange rates at 11 June: €1 = £0.85 = $1.09": a note after a colon, its rates chained
_COLON_NOTE = re.compile(r":\s*([^\s()=\d]{1,4}1)\s*=\s*(?:[^\s()=\d]{0,4}\d[\d.,]*\s*=\s*)*$")
# "At €1 to £0.86 and $1.09, ...": one of a currency "to" each amount of a list of others
_TO_NOTE = re.compile(r"(?:^|[(\[]|\b(?:at|of)\s)\s*([^\s\d()=]{1,4}1)\s+to\s+"
                      r"(?:[^\s\d()=]{0,4}\d[\d.,]*\s*(?:,|and|or)\s+)*$", re.I | re.M)
_TO_THE = re.compile(r"(?:\s+([a-z]+))?\s+(to|per|against)\s+(?:the|one|a|an)\s+"
                     r"((?:U\.?S\.?\s+)?[A-Za-z]+)\b")  # "the US dollar", "the U.S. dollar"
_PER_CODE = re.compile(r"\s+per\s+([A-Z]{3})\b")  # "per EUR": a currency's code


def _exchange_note(fig: FoundFigure, text: str, doc: Doc) -> str | None:
    """The currency one unit of which the amount buys, in an exchange-rate note."""
    m = _NOTE.search(text, max(0, fig.start - 30), fig.start) or (
        _COLON_NOTE.search(text, max(0, fig.start - 30), fig.start)) or (
        _TO_NOTE.search(text, max(0, fig.start - 40), fig.start))
    if m is not None:
        base = next((e.unit for e in scan(m.group(1)) if e.low == 1), None)
        if base in units().currency_codes and base != fig.unit:
            return base
        return None
    code = _PER_CODE.match(text, fig.end, fig.end + 12)
    if code is not None:
        # "NOK 11.60 per EUR", a rates note's line: the code of another currency, in capitals
        quote = code.group(1)
        return quote if quote in units().currency_codes and quote != fig.unit else None
    m = _TO_THE.match(text, fig.end, fig.end + 40)
    if m is None or (m.group(1) and not _own_name_between(m.group(1), fig.unit)):
        return None
    if _priced_goods(fig, doc):
        return None
    word = _currency_word(m.group(3))
    base = units().currency_words.get(word)
    if base is None and m.group(2) != "per":
        # "1.16 euros to the pound": a sum "to" or "against" one of another currency is its
        # price, so a currency's singular that is also a weight ("a pound") names money here,
        # where "a pound", "per pound" after a sum is a price by weight
        base = units().after_scale.get(word)
    return base if base is not None and base != fig.unit else None


def _currency_at(fig: FoundFigure, span: Span, text: str) -> None:
    """ "a rand at 20.2 to the euro", "the shilling at 129 against the dollar": a bare number in
    an "at" phrase of a currency's name, "to" (or "against", "per") one of another currency, is
    the first currency's price in the second, an exchange rate."""
    m = _TO_THE.match(text, fig.end, fig.end + 40)
    root = span.root
    if m is None or m.group(1) or root.dep_ != "pobj" or root.head.lower_ != "at" or (
            root.head.i == 0):
        return
    lex = units()
    # the name right before "at", whatever the parser hangs the phrase on
    base = lex.currency_words.get(span.doc[root.head.i - 1].lower_)
    quote = lex.currency_words.get(_currency_word(m.group(3)))
    if base is not None and quote is not None and base != quote:
        fig.unit, fig.rate = base, quote


_US = re.compile(r"^u\.?s\.?\s+")  # "US dollar", "U.S. dollar": the dollar


def _currency_word(words: str) -> str:
    """The currency's word a "to the ..." phrase names, in lower case ("dollar" of "US dollar"
    and of "U.S. dollar")."""
    return _US.sub("", words.lower())


def _priced_goods(fig: FoundFigure, doc: Doc) -> bool:
    """ "Beef sold at 4 dollars to the pound", "cloth priced at 9 euros to the metre": a verb of
    price ([rates] price_verbs, "price") the amount hangs on, whose subject is no currency nor a
    rate, makes "to the ..." the measure the goods are sold by; "the pound fetched 1.16 euros"
    is still one currency's price in another."""
    tok = token_at(doc, fig.start)
    if tok is None:
        return False
    verb = next((t for t in [tok, *tok.ancestors][:4] if t.pos_ == "VERB"), None)
    if verb is None or verb.i > tok.i or (  # "At 1.16 euros to the pound, the break costs"
            verb.lemma_.lower() not in (*context_words().price_verbs, *PRICING)):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is None or (subj.lower_ not in units().currency_words
                            and subj.lemma_.lower() not in ("rate", "currency", "sterling"))


def _own_name_between(word: str, code: str) -> bool:
    """ "at 2.9 lari to the euro" in an article about Georgia: the word between the amount and
    "to the" is the name of the amount's own currency, one that has no code of its own and
    became money by the article's country (`currencies.toml`), so it is not in the amount's
    span."""
    shared = shared_currencies().get(word)
    return shared is not None and not shared.own and code in shared.countries.values()


# "from 52 to 36 ships a day": only "to" (and a qualifier) between the two
_TO = re.compile(r"\s+to\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$", re.I)
_FROM = re.compile(r"\bfrom\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$", re.I)
# the rate after a figure ("per hectare", "a day", "/t", an exchange rate's "to the dollar") and
# a period that says when ("this season", "last year")
_RATE_THEN_WHEN = (r"(?:\s*/\s*[A-Za-z]+|\s+(?:per|an?|each)\s+[a-z]+"
                   r"|\s+(?:to|against)\s+the\s+(?:U\.?S\.?\s+)?[a-z]+)?"
                   r"(?:\s+(?:this|last|next)\s+[a-z]+)?")
# "to 1.8 tonnes per hectare from 2.3", "to 40 a day, down from 55", "to 2.4 tonnes per hectare
# this season from 2.9 tonnes": the old level after the new
_RATED_THEN_FROM = re.compile(_RATE_THEN_WHEN + r",?\s+(?:(?:up|down)\s+)?from\s+"
                              r"(?:(?:about|around|some|nearly|almost|just)\s+)?", re.I)
# "$5,880/t, up $468", "31,000 dong a kilo, down 2,500": the change set after a level
_RATED_THEN_CHANGE = re.compile(_RATE_THEN_WHEN + r"\s*,\s*(?:up|down)\s+(?:by\s+)?"
                                r"(?:(?:about|around|some|nearly|almost|just)\s+)?", re.I)


# "Sh140 a loaf, up ", "1,200 cars a day in May, down by ": a level, its noun, its rate and
# when, then the change set after it; "... percent from ": the old level the change is reckoned
# from
_LEVEL_THEN_CHANGE = re.compile(
    r"(?:\s+[a-z-]+){0,3}?(?:\s*/\s*[A-Za-z]+|\s+(?:per|an?|each)\s+[a-z]+)?"
    r"(?:\s+(?:in|on|this|last|next)(?:\s+[\w’'-]+){1,3}?)?\s*,\s*(?:up|down)\s+(?:by\s+)?"
    r"(?:(?:about|around|some|nearly|almost|just)\s+)?", re.I)
_SHARE_FROM = re.compile(r"\s+from\s+(?:(?:about|around|some|nearly|almost|just)\s+)?", re.I)


def _from_to(figures: list[FoundFigure], text: str) -> None:
    """ "Transits were cut from 52 to 36 ships a day": the first of the pair, in the same unit,
    takes the rate said after the second; "cut to 1.8 tonnes per hectare from 2.3": the old
    level after "from" takes the new one's, as does a change set right after a level ("$5,880
    a tonne, up $468"), and the old level a change in percent set after a level is reckoned
    from ("Sh140 a loaf, up 40 percent from Sh100")."""
    lex = units()
    for level, change, old in zip(figures, figures[1:], figures[2:], strict=False):
        if level.rate is not None and old.rate is None and old.unit == level.unit and (
                change.unit in SHARES) and level.sentence == change.sentence == old.sentence and (
                _LEVEL_THEN_CHANGE.fullmatch(text, level.end, change.start)) and (
                _SHARE_FROM.fullmatch(text, change.end, old.start)):
            old.rate = level.rate
    for fig, nxt in pairwise(figures):
        if fig.rate is not None and nxt.rate is None and fig.sentence == nxt.sentence and (
                nxt.unit == fig.unit) and (
                (_RATED_THEN_FROM.fullmatch(text, fig.end, nxt.start)
                 and TO_BEFORE.search(text, max(0, fig.start - 30), fig.start))
                or _RATED_THEN_CHANGE.fullmatch(text, fig.end, nxt.start)):
            # "cut to 1.8 tonnes per hectare from 2.3": both per hectare; "$5,880/t, up $468":
            # the change is per tonne too
            nxt.rate = fig.rate
            continue
        if fig.rate is not None or nxt.rate is None:
            continue
        if fig.sentence != nxt.sentence or not _TO.fullmatch(text, fig.end, nxt.start):
            continue
        if not _FROM.search(text, max(0, fig.start - 30), fig.start):
            continue
        bare = not _LETTER.search(fig.text) and _counts(fig.unit, lex) and _counts(nxt.unit, lex)
        if bare:  # "cut from 52 to 36 buses a day": the noun said once serves both
            fig.unit, fig.counted, fig.counted_head = nxt.unit, nxt.counted, nxt.counted_head
        if fig.unit == nxt.unit:
            fig.rate = nxt.rate


_LETTER = re.compile(r"[^\W\d_]")


def _counts(unit: str, lex: Units) -> bool:
    return unit not in lex.currency_codes and unit not in lex.measure_codes and (
        unit not in SHARES)


# "400,000 pesos ($21)": a conversion in brackets right after the amount, or after its rate
# ("47.5 million litres a day (about 35,600 tonnes)")
_APPROX = rf"(?:{hedges()}|almost|just|approximately)"
# (the rate's unit may be hyphened: "per megawatt-hour", "a kilowatt-hour")
_RATE_WORD = r"(?:\s+(?:per|an?)\s+[a-z]+(?:-[a-z]+)?)"
_BRACKET = re.compile(rf"{_RATE_WORD}?\s*\(\s*(?:{_APPROX}\s+)?")
# "24.5 billion shillings a year, about $190 million": a conversion into another unit set off
# by a comma and a word of approximation
_COMMA_ABOUT = re.compile(rf"{_RATE_WORD}?\s*,\s*(?:or\s+(?:{_APPROX}\s+)?|{_APPROX}\s+)")


def _conversions(figures: list[FoundFigure], text: str) -> None:
    """A conversion in brackets right after an amount or a measure given per something, or
    after its rate, or into another unit after a comma and "about", is given per the same."""
    lex = units()
    for fig, nxt in pairwise(figures):
        if fig.rate is None or nxt.rate is not None or fig.sentence != nxt.sentence:
            continue
        money = fig.unit in lex.currency_codes and nxt.unit in lex.currency_codes
        measured = fig.unit in lex.measure_codes and nxt.unit in lex.measure_codes
        if (money or measured) and (_BRACKET.fullmatch(text, fig.end, nxt.start) or (
                nxt.unit != fig.unit and _COMMA_ABOUT.fullmatch(text, fig.end, nxt.start))):
            nxt.rate = fig.rate


# "charge 140,000 a kilo", "pay 2,100 per tonne": a bare number given per one of a measure
_PER_ONE = re.compile(r"\s+(?:per|an?)\s+(?=[a-z])")


def _bare_unit_prices(figures: list[FoundFigure], text: str) -> None:
    """ "Robusta fetched VND138,000 per kg. Traders in Pleiku charge 140,000 a kilo.": a bare
    number given per one of a mass or a volume is a price, in the currency of the last price
    per one of a measure the article gave before it (a count is not given per kilo; a yield per
    hectare is a measure per an area, read elsewhere)."""
    last_price: FoundFigure | None = None
    lex = units()
    for fig in figures:
        if _unit_price(fig):
            last_price = fig
            continue
        if last_price is None or fig.unit != "count" or _LETTER.search(fig.text):
            continue
        m = _PER_ONE.match(text, fig.end, fig.end + 8)
        measure = per_one_measure(text, m.end()) if m is not None else None
        if measure is None or fig.rate not in (None, measure):
            continue
        code = lex.measures.get(measure) or lex.measures.get(f"{measure}s") or measure
        if lex.conversions.get(code, ("", 0.0))[0] in FLOWING:
            fig.unit, fig.rate = last_price.unit, measure


# a table header's rate: "(tonnes/day)", "(tonnes per hectare)", "(litres a day)", "(per day)",
# "Transits a day", "Daily transits"
# a unit is words, or a currency's sign, prefix and all ("$/month", "C$ per month", "€/kg")
_HEADER_UNIT = r"[^\W\d_]+(?:\s+[^\W\d_]+)?|[^\W\d_]{0,3}[$€£¥₹]"
_SLASHED = re.compile(rf"\s*({_HEADER_UNIT})\s*/\s*([^\W\d_]+)\s*")
_SAID_PER = re.compile(rf"\s*((?:{_HEADER_UNIT})\s+)?(?:per|a|an|each)\s+([^\W\d_]+)\s*",
                       re.I)
_PER_AT_END = re.compile(r"\s+(?:per|a|an|each)\s+([^\W\d_]+)\s*$", re.I)


def header_rate(header: str) -> tuple[str | None, str | None, str]:
    """The unit and the rate a table's column header states, and the header without the words
    that say the rate: "Output (tonnes/day)" -> ("tonnes", "day"); "Yield (tonnes per
    hectare)" -> ("tonnes", "hectare"); "Rand per litre" -> ("ZAR", "litre",
    "Rand"); "Transits (per day)", "Transits a day" and "Daily
    transits" -> (None, "day"). A unit stated needs a rate beside it (a measure or a currency
    per a period or a measure); (None, None, header) for any other header."""
    for inner in re.finditer(r"\(([^()]*)\)", header):
        for pattern in (_SLASHED, _SAID_PER):
            m = pattern.fullmatch(inner.group(1))
            if m is None:
                continue
            rate = _per_word(m.group(2))
            said = m.group(1).strip() if m.group(1) else ""
            per = f"/{m.group(2)}" if pattern is _SLASHED else f" per {m.group(2)}"
            # "(pence per share)": a currency's hundredths, which the table scales
            unit = (_unit_word(said) or sign_and_scale(said, per)
                    or units().hundredths.get(said.lower())) if said else None
            if rate is not None and (unit is not None or m.group(1) is None):
                return unit, rate, header[:inner.start()].rstrip()
    m = _PER_AT_END.search(header)
    if m is not None and (rate := _per_word(m.group(1))) is not None:
        return _unit_word(header[:m.start()].strip()), rate, header[:m.start()]
    first = header.split(maxsplit=1)[0].lower() if header.strip() else ""
    period = units().rate_adjectives.get(first)
    return None, period, header


def _per_word(word: str) -> str | None:
    """What a rate is given per, as a header writes it: a period, or a measure (singular)."""
    low = word.lower()
    if low in context_words().rate_period_words:
        return low
    if low in quantity_classes().priced:  # "(pence per share)": the price of one share
        return low
    if word in units().cased_measures:  # "($/FEU)": per one forty-foot box
        return per_one_measure(word, 0)
    measures = units().measures
    code = measures.get(low) or measures.get(f"{low}s")
    if code is None:
        return None
    return code[:-1] if code.endswith("s") and code not in (low, f"{low}s") else word


def unit_named_by(words: str) -> str | None:
    """The unit a table header's words name when they name a unit and nothing else ("Rand"
    of "Rand per litre", "Litres"): the cells' unit, what they count left to the caption."""
    return _unit_word(words.strip())


def _unit_word(words: str) -> str | None:
    """The unit a header's words name: a measure or a currency."""
    lex = units()
    low = words.lower()
    if low in lex.measures:
        return lex.measures[low]
    if words in lex.header_measures:  # "Yield (t/ha)"
        return lex.header_measures[words]
    if code := lex.code_written(words):
        return code
    return lex.currency_words.get(low) or lex.currency_symbols.get(words)


# "36 ships a day in May and 41 in June", "12 a week in spring, 9 in summer": between a rated
# figure and a bare number, at most its period, when or where it was, and "and" or a comma
_NEXT_ITEM = re.compile(
    r"(?:\s+[a-z-]+){0,2}?(?:\s+(?:a|an|per|each)\s+[a-z]+)?(?:\s+(?:in|on|at|by|during|for|over|last|this)"
    r"(?:\s+[\w’'-]+){1,3}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)"
    rf"(?:(?:{hedges()}|almost|just|as\s+(?:much|little|high|low)\s+as)\s+)?",
    re.I)


# "8,000 riders a day, not the 9,500 it claims", "2.4 percent a year since 2016, not 1.75
# percent", "54 people a boat in May, compared with 35": after a rated figure, its rate and when,
# a comma and a word that sets another level of the same quantity against it
_SET_AGAINST = re.compile(
    r"(?:\s+[a-z-]+){0,2}?(?:\s+(?:a|an|per|each)\s+[a-z]+)?(?:\s+(?:in|on|at|by|during|for|over"
    r"|last|this|since)(?:\s+[\w’'-]+){1,3}?)?\s*,\s*(?:but\s+)?(?:not|rather\s+than|compared"
    r"\s+(?:with|to)|against)\s+(?:the\s+)?"
    rf"(?:(?:{hedges()}|almost|just)\s+)?", re.I)


def _set_against(prev: FoundFigure, fig: FoundFigure, text: str) -> bool:
    """ "8,000 riders a day, not the 9,500 it claims": another level of the same quantity set
    against a figure given per a period or per one of a measure, in its unit and of its order of
    size (a total named beside a rate is of another), said of no span of periods."""
    if not (prev.rate in context_words().rate_period_words or measure_rate(prev.rate or "")):
        return False
    low, high = sorted((abs(prev.low), abs(fig.low)))
    return low > 0 and high <= SPREAD * low and bool(
        _SET_AGAINST.fullmatch(text, prev.end, fig.start)) and not over_periods(fig, text) and (
        not a_total(text, fig.end))  # "not 12 barges in all": the whole, no level


def _list_after_rate(figures: list[FoundFigure], text: str) -> None:
    """ "The port handled 36 ships a day in May and 41 in June": a bare number that carries on
    a list after a figure given per a period, and counts what it counts, is given per the
    same; so is an amount or a measure said of another place or holder after a name and "at"
    ("$3,050 a month, followed by Lyon at $2,780", "C$2,110 a month, with Tarn at C$3,180 and
    Vesk at C$2,840"), its unit written again, when the rate is a period's or a measure's."""
    periods = context_words().rate_period_words
    lex = units()
    for prev, fig in pairwise(figures):
        if fig.rate is not None or prev.rate is None or fig.unit != prev.unit:
            continue
        if fig.sentence != prev.sentence or _OWN_VERB.match(text, fig.end):
            continue
        bare = prev.rate in periods and not _LETTER.search(fig.text) and (
            _NEXT_ITEM.fullmatch(text, prev.end, fig.start))  # "36 ships a day ... and 41"
        if not bare and _price_again(prev, fig, lex):  # "R23 a litre in Durban, R24 in Tzaneen"
            bare = bool(_NEXT_ITEM.fullmatch(text, prev.end, fig.start) or (
                measure_rate(prev.rate) and _IN_ANOTHER_PLACE.fullmatch(
                    text, prev.end, fig.start))) and not over_periods(fig, text)
        named = (prev.rate in periods or measure_rate(prev.rate)) and (
            fig.unit in lex.currency_codes or fig.unit in lex.measure_codes) and bool(
            _NAMED_ITEM.fullmatch(text, prev.end, fig.start))  # "followed by Lyon at $2,780"
        bare = bare or _set_against(prev, fig, text)  # "a day, not the 9,500 it claims"
        named = named or _next_level(prev, fig, text)  # "..., its critics at $12,000"
        if (bare or named) and not IN_ALL.match(text, fig.end):  # "$400 a day, $12,000 in all"
            fig.rate = prev.rate


def _next_level(prev: FoundFigure, fig: FoundFigure, text: str) -> bool:
    """ "puts the cost at $9,000 a month, its critics at $12,000", "said it cost $11m a day,
    then raised that to $13m": another level of the amount given per a period, by another
    holder with the verb left out or by the same one revising it, in its currency and of its
    order of size (a total named after a rate is of another)."""
    if prev.rate not in context_words().rate_period_words or (
            fig.unit not in units().currency_codes):
        return False
    low, high = sorted((abs(prev.low), abs(fig.low)))
    return low > 0 and high <= SPREAD * low and bool(
        _GAPPED_ITEM.fullmatch(text, prev.end, fig.start)
        or _RAISED_THAT.fullmatch(text, prev.end, fig.start))


# "R23 a litre in Durban on Monday, while drivers in Musina paid as much as ", "..., and in
# Musina it was ", "... and in Musina ": a clause that names another place and what a price
# there was (its verb, or the verb left out), set after a price and a comma (a clause after a
# semicolon is left alone: the conflict keys name no place, so the price of another city
# joins the first city's group)
_IN_ANOTHER_PLACE = re.compile(
    r"(?:[^.;!?\n]{0,60}?,\s*(?:(?:while|whereas|and|but)\s+)?(?:[a-z]+\s+){0,3}?"
    r"in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?:it\s+)?(?:was|is|were|are|paid|pay"
    r"|cost|costs|sold\s+for|sells\s+for|fetched|fetches|reached|hit)"
    r"|\s*(?:,\s*(?:and\s+)?|\s+and\s+)in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+"
    rf"(?:(?:{hedges()}|almost|just|up\s+to"
    r"|as\s+(?:much|little|high|low)\s+as)\s+)?")


def _price_again(prev: FoundFigure, fig: FoundFigure, lex: Units) -> bool:
    """An amount that writes its currency again after a price given per a period or one of a
    measure ("R23 a litre in Durban, R24 in Tzaneen"), of the same thing and of its order of
    size (a total, a budget or a fine named beside a price is of another): the next item."""
    if fig.unit not in lex.currency_codes or not (
            prev.rate in context_words().rate_period_words or measure_rate(prev.rate or "")):
        return False
    low, high = sorted((abs(prev.low), abs(fig.low)))
    own = None if fig.counted_head in PAID else fig.counted  # "paid R27": named by its verb
    return low > 0 and high <= SPREAD * low and _names_alike(own, prev.counted)


# "760 to the dollar on the official market on Tuesday and at 905 on the parallel market":
# after an exchange rate, its note if the figure's words do not hold it, up to three phrases
# that say where or when, then "and" or a comma and the next level, "at" or "to" before it,
# or the level it moved from ("18.2 to the dollar on Friday, from 17.4 in March")
_NEXT_EXCHANGE = re.compile(
    r"(?:\s+(?:to|per|against)\s+(?:(?:the|one|a|an)\s+)?(?:US\s+)?[A-Za-z]+)?"
    r"(?:\s+(?:in|on|at|by|during|for|over|last|this)(?:\s+[\w’'-]+){1,3}?){0,3}"
    r"(?:\s*(?:,\s*(?:and\s+|but\s+|while\s+)?|\s+(?:and|but|while)\s+)(?:(?:at|to)\s+)?"
    r"|(?:\s*,\s*|\s+)(?:(?:up|down)\s+)?from\s+)"
    rf"(?:(?:{hedges()}|almost|just)\s+)?")


_OF_AFTER = re.compile(r"\s+of\b", re.I)


def _list_after_exchange_rate(figures: list[FoundFigure], text: str) -> None:
    """ "The naira traded at 760 to the dollar on the official market and at 905 on the
    parallel market": the level after an exchange rate, in its currency or bare, is the same
    currency's price of the same one: a rate of exchange too."""
    lex = units()
    for prev, fig in pairwise(figures):
        if fig.rate is not None or prev.rate is None:
            continue
        if prev.rate not in lex.currency_codes and (  # "per dollar": a code or a word
                prev.rate.lower() not in lex.currency_words):
            continue
        if prev.unit not in lex.currency_codes or fig.sentence != prev.sentence:
            continue
        bare = fig.unit == "count" and fig.counted is None and not _LETTER.search(fig.text)
        if (fig.unit == prev.unit or bare) and _NEXT_EXCHANGE.fullmatch(
                text, prev.end, fig.start) and not _OWN_VERB.match(text, fig.end) and (
                not _OF_AFTER.match(text, fig.end)):  # "2,400 shillings of debt": another sum
            fig.unit, fig.rate = prev.unit, prev.rate


# "$3,050 a month, followed by Lyon at $2,780", "C$2,110 a month in the second quarter, the
# agency said, with Tarn at C$3,180": after a rated figure, its rate, when, who said so, then a
# name and "at" that set the next amount beside it
_NAMED_ITEM = re.compile(
    r"(?:\s+(?:a|an|per|each)\s+[a-z]+)?"
    r"(?:\s+(?:in|on|during|for|over|last|this)(?:\s+[\w’'-]+){1,3}?)?"
    r"(?:\s*,\s*(?:the\s+)?(?:[^\W\d_][\w.&’'-]*\s+){1,3}(?:said|says|showed|shows|reported"
    r"|reports)\b)?"
    r"(?:\s*,\s*|\s+)(?:followed\s+by|with|and|while)\s+(?:the\s+)?"
    r"[A-Z][\w’'.-]*(?:[\s–-]+[A-Z][\w’'.-]*){0,2}\s+at\s+"
    rf"(?:(?:{hedges()}|almost|just)\s+)?")


# "the club puts the cost at $9,000 a month, its critics at $12,000": after a rated amount, a
# comma, who else gives the amount (a few words, no verb: the verb left out) and "at"
_GAPPED_ITEM = re.compile(
    r"(?:\s+(?:a|an|per|each)\s+[a-z]+)?\s*,\s*(?:and\s+)?"
    r"(?:(?!(?:was|were|is|are|has|have|had|will|would)\b)[^\W\d_][\w.&’'-]*\s+){1,3}at\s+"
    rf"(?:(?:{hedges()}|almost|just|up\s+to|as\s+much\s+as)\s+)?", re.I)
# "said the fare was $3 a ride, then raised that to $3.50": the level a rated amount was set to
# next, the amount named again by a pronoun
_RAISED_THAT = re.compile(
    r"(?:\s+(?:a|an|per|each)\s+[a-z]+)?\s*,?\s+(?:and\s+|but\s+)?(?:then\s+|later\s+)?"
    r"(?:raised|lifted|increased|cut|lowered|reduced|revised|upped|trimmed)\s+(?:that|it|this)"
    r"(?:\s+(?:up|down))?\s+to\s+"
    rf"(?:(?:{hedges()}|almost|just)\s+)?", re.I)


# "... and 41 were turned away": a number with a verb of its own is a clause of its own
_OWN_VERB = re.compile(r"\s+(?:were|was|are|is|had|have|has|will|would|could|may|might)\b", re.I)
