"""Qualifiers and rates: how exact a figure says it is ("about", "up to", "at least", a range,
"the toll passed 300") and whether it is per some period ("50 per month")."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from store.extract.figures.continued import RESTATED_SPREAD
from store.extract.figures.found import FoundFigure
from store.extract.figures.growth_rates import growth_period, growth_rate_before
from store.extract.figures.measured import (
    RATE_BASE_NOUN,
    RATE_BASE_NUMBER,
    per_one_measure,
    population_base,
)
from store.extract.figures.rates_aside import restated_aside
from store.extract.figures.rates_said import SHARES, measure_rate
from store.extract.numbers import NumberExpr, scan
from store.knowledge.context import (
    ContextWords,
    context_words,
    covering_verbs,
    hedges,
    level_verbs,
)
from store.knowledge.units import units


# "revised to 2,700 a month after the flood": a period before "after" or "before" says when of a
# count or a sum; "3.2 tonnes a year earlier", "90 a week ago": before one of the words of
# _TIME_BACK it says when, whatever the figure measures; so does "on" or "before" that ends its
# phrase ("the toll nears 2,500 a week on as aid stalls", "a year on from the quake", "up from 40
# tonnes a year before."), unlike "a day on Monday", "a month on average" or "a day before the
# strike"; not "before tax" or "after tax", which say what a sum is net
# of ("worth €9m a year after tax")
@lru_cache(maxsize=1)
def _event_time() -> re.Pattern[str]:
    """ "after" or "before" a rate's period, not before what a sum is net of (context.toml
    [rates] net_of)."""
    net_of = "|".join(re.escape(w) for w in sorted(context_words().net_of_words))
    return re.compile(rf"\s+(?:after|before)\b(?!\s+(?:{net_of})\b)", re.I)


_TIME_BACK = re.compile(r"\s+(?:earlier|later|ago|previously|(?:on|before)(?=\s*(?:[,.;:!?)]|$)|"
                        r"\s+(?:as|from|since|and|but|while|when|after)\b))\b", re.I)


def _per_what(after: str) -> str | None:
    """ "7 litres of milk per person per day", "5 litres per person per day": a measure given
    per head and per period ("person per day"); a substance named between is what is measured.
    "5 litres a person a day" says both as well; "a person" alone is left to the rules of an
    amount given per one of something ("£42 a seat")."""
    ctx = context_words()
    heads = "|".join(re.escape(w) for w in ctx.per_unit_words)
    periods = "|".join(re.escape(w) for w in ctx.rate_period_words)
    # a conversion in brackets may stand between: "20 litres (5 gallons) per person per day"
    m = re.match(rf"(?:\s*\([^()\n]{{1,40}}\)|\s*[)\]])?"
                 rf"\s+(?:of\s+(?:[A-Za-z]+\s+){{1,2}})?(per|a|each)\s+({heads})"
                 rf"(?:\s+(?:per|a|an|each)\s+({periods}))?\b", after, re.I)
    if m is None or (m.group(1).lower() != "per" and not m.group(3)):
        return None
    return f"{m.group(2).lower()} per {m.group(3).lower()}" if m.group(3) else m.group(2).lower()


# "347 cases per 100,000 population", "8 deaths per 1,000 people": a rate per head of population;
# "4 burglaries per 1,000 households": per a number of anything counted
_PER_POPULATION = re.compile(rf"\s+(?:[^\W\d]+\s+){{0,3}}per\s+({RATE_BASE_NUMBER})\s+"
                             rf"({RATE_BASE_NOUN})", re.I)


def per_population(text: str, end: int) -> re.Match[str] | None:
    """The "per 100,000 population" after a figure (its number is the base, not a figure)."""
    return _PER_POPULATION.match(text, end, end + 60)


# "EUR4.2bn ($4.6bn) a year": a conversion in brackets between an amount and its rate; "£1,200
# or $1,500 a week", "CHF40,000, or €42,000, a month": an amount after "or", its currency's sign or
# code before it, which the rate after it serves too
_CONVERSION = re.compile(r"\s*\([^()\n]{0,30}\d[^()\n]{0,30}\)"
                         r"|,?\s+or\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?"
                         r"(?:[A-Z]{1,3}\$?\s?|[$£€¥₹])\d[\d,.]*"
                         r"(?:\s?(?:m|bn|k|million|billion|crore|lakh)\b)?,?(?=\s)")
# ", or €42,000, a month": the amount after "or" that a comma closes before the rate
_OR_BEFORE = re.compile(r",\s+or\s+$")
# "of carbon dioxide", "of CO2 equivalent", "of crude oil": what a measure is of, before its rate
_OF_SUBSTANCE = re.compile(r"\s+of\s+(?:[A-Za-z][\w-]*\s+){1,3}?(?=(?:per|a|an|each|every)\s)")
# "every year of delay adds about $2bn": a period that each brings the amount, earlier in the
# clause (no other figure, no clause break between)
_EACH_PERIOD = re.compile(r"\b(?:every|each)\s+([a-z]+)\b[^.;:!?\d]*$", re.I)


@lru_cache(maxsize=1)
def _adverb_after() -> re.Pattern[str]:
    """An adverb of period after a figure, or after what it measures ("4,000 tonnes of slurry
    daily"), that ends its phrase: punctuation or a word that starts another ("daily output"
    is an adjective on the next noun)."""
    adverbs = "|".join(re.escape(w) for w in units().rate_adverbs)
    return re.compile(rf"(?:\s+of(?:\s+[A-Za-z][\w-]*){{1,3}}?|\s*\([^()\n]{{1,40}}\))?"
                      rf"\s+({adverbs})(?=\s*(?:[,.;:!?)\]]|$)|\s+(?:and|or|but|in|on|at|for|from"
                      rf"|to|since|until|over|by|during|last|this|next|the|a|an|according|said"
                      rf"|says)\b)", re.I)


def _past_conversion(text: str, expr: NumberExpr) -> int:
    """Where a rate after an amount may start: past a conversion of it, or past the comma
    that closes an amount which is itself the conversion after "or"."""
    m = _CONVERSION.match(text, expr.end, expr.end + 70)
    if m is not None and not _share_of_it(expr, m.group(0)):
        return m.end()
    money = expr.unit in units().currency_codes
    if money and text.startswith(",", expr.end) and _OR_BEFORE.search(
            text, max(0, expr.prefix_start - 10), expr.prefix_start):
        return expr.end + 1
    return expr.end


def _share_of_it(expr: NumberExpr, converted: str) -> bool:
    """The amount after "or" is in the amount's own currency and orders of size smaller
    (``RESTATED_SPREAD``): a share of it (a day's, a seat's), not the amount in other words, so
    the rate after it is its own."""
    other = next(iter(scan(converted)), None)
    return (other is not None and other.unit == expr.unit and other.high > 0
            and expr.low > RESTATED_SPREAD * other.high)


def _each_period_before(expr: NumberExpr, text: str) -> str | None:
    """ "every year of delay adds about EUR2bn to the bill": an amount or a measure that each
    period brings is given per that period."""
    window = text[max(0, expr.prefix_start - 60):expr.prefix_start]
    m = _EACH_PERIOD.search(window)
    ctx = context_words()
    if m is None or m.group(1).lower() not in ctx.rate_period_words or (
            m.group(1).lower() in ctx.short_period_words):  # "every second household": ordinal
        return None
    return m.group(1).lower()


def _averaged_growth(expr: NumberExpr, text: str) -> str | None:
    """The period of an average growth rate a percentage gives ("average annual growth ... was
    2.1 percent": percent per year); a single year's growth ("annual growth in May") is a share."""
    if expr.unit != "percent" or re.match(r"\s+of\b", text[expr.end:expr.end + 4]):
        return None  # "40 percent of firms": a share of something
    m = growth_rate_before(text, max(0, expr.prefix_start - 120), expr.prefix_start)
    return growth_period(m) if m else None


# "£9,250 p.a.", "40,000 tonnes p.a.": "per annum" written short, right after the figure
_PA = re.compile(r"\s*p\.\s?a\.(?!\w)")


# "EUR92/MWh", "$71/barrel", "12 litres/day": a slash and a unit or period right after the number
# ("/m2", "/km²": a unit of area with its power)
_SLASH = re.compile(r"\s?/\s?([A-Za-z]{1,12}[23\u00b2\u00b3]?)(?![\w/\u00b2\u00b3])")


def _per_slash(text: str, end: int) -> str | None:
    """The measure or period a figure is given per when a slash joins them to it ("EUR92/MWh":
    per MWh), as written; None for anything else after a slash ("24/7", "and/or")."""
    m = _SLASH.match(text, end, end + 16)
    if m is None:
        return None
    word = m.group(1)
    measure = per_one_measure(text, m.start(1))
    if measure is not None:
        return measure  # "/ha": per hectare, as "per hectare" says it
    symbol = units().header_measures.get(word)
    if symbol is not None:  # "$5,880/t": the tonne's symbol, a measure after a slash too
        return per_one_measure(symbol, 0)
    if word.lower() in context_words().rate_period_words:
        return word.lower()
    return None


# "those aged 65 and over 6.2 percent", "people aged 15 or under 12 percent": a bound that
# closes the age bracket before it (an age word, a number and "and" or "or"), no qualifier of
# the next figure; without the age word ("killed 12 and over 300 were injured") the bound is the
# next figure's own
_AGE_AND_OVER = re.compile(r"\bage[ds]?\s+\d+(?:\s+years?(?:\s+old)?)?\s+(?:and|or)\s+$", re.I)
_BRACKET_BOUNDS = frozenset({"over", "above", "under", "below"})  # not "fewer than 14,500"
# "as long as 60% of members agree", "as far as 2,000 residents are concerned": these bounds are
# also conjunctions (provided that; to the extent that), so they bound only a measure ("as long as
# 12 metres", "as far as 40 km")
_CONJUNCTION_BOUNDS = frozenset({"as long as", "as far as"})
# "90% of the buds, maybe more", "40 people, perhaps fewer": a speaker's hedge after the figure
# and a few words of what it counts, set off by a comma, that leaves one side open as "or more"
# does (an adverb of possibility, then a comparative of amount)
_MAYBE_MORE = re.compile(r"(?:\s+[A-Za-z'\u2019-]+){0,4}?\s*,\s*(?:maybe|perhaps|possibly)\s+"
                         r"(more|higher|less|fewer|lower)\b(?!\s+than\b)"
                         # the hedge ends its clause: "maybe more in Georgia" is another figure's
                         r"(?=\s*(?:[.,;:!?)\]\"\u201d\u2014\u2013]|$))", re.I)
HEDGE_REACH = 50  # characters after the figure the hedge may end at
# "recorded a minimum of -6.2°C", "a minimum of 20 litres per pupil a day": before a measure, a
# minimum (or maximum) is the noun of the reading or the standard the figure is, not a bound on
# it (Oxford Dictionary of English, 3rd ed., minimum n. "the lowest amount or level ... recorded
# or reached"), as "a minimum of 40 people died" bounds a count
_EXTREME = re.compile(r"\b(?:minimum|maximum)\b", re.I)
# "80 million euros plus 15 million euros in add-ons", "£5m plus a bonus": "plus" before a sum
# or another thing adds it, no open upper side ("50,000-plus", "80,000 plus")
_ADDED = re.compile(r"\s+(?:[^\w\s]{1,3}|[A-Z]{1,3}\$|an?\b|the\b|its\b|their\b|another\b"
                    r"|further\b|up\s+to\b|\d)", re.I)


def _needed(words: str, ctx: ContextWords) -> bool:
    """ "1.2 million patients need insulin every month": a verb of need between a count and the
    period says how often each of them needs it (``need_verbs`` of context.toml), no rate."""
    return any(w in ctx.need_verbs for w in re.findall(r"[a-z]+", words.lower()))


_CONJOINED = re.compile(r"\s(?:and|or)\s", re.I)


def approx_and_rate(expr: NumberExpr, text: str) -> tuple[str, str | None]:
    ctx = context_words()
    rate = None
    base = per_population(text, expr.end)
    if base is not None:  # "347 cases per 100,000 population": people
        rate = population_base(base.group(1), base.group(2))
    m_rate = ctx.rate_after.match(text, _past_conversion(text, expr), expr.end + 80)
    if m_rate is None and expr.unit in units().measure_codes:
        # "70 million tonnes of carbon dioxide a year": the substance between
        of = _OF_SUBSTANCE.match(text, expr.end, expr.end + 60)
        m_rate = ctx.rate_after.match(text, of.end(), of.end() + 30) if of else None
    said = m_rate.group(0).strip(" )]\t\n").lower() if m_rate else ""
    money = expr.unit in units().currency_codes
    if m_rate and not said.startswith("per") and (_TIME_BACK.match(text, m_rate.end()) or (
            (expr.unit is None or money) and _event_time().match(text, m_rate.end()))):
        m_rate = None  # when, not how often
    measured = expr.unit in units().measure_codes
    # "6 litres per person per day", "3 and 8 litres of clean water per person per day", "£80 per
    # person per night": both the head and the period, which the plain rate pattern stops short of
    per_what = _per_what(text[expr.end:expr.end + 60]) if measured or money else None
    if rate is not None:
        pass
    elif _PA.match(text, expr.end):
        rate = "year"  # "£9,250 p.a.": per annum, written short
    elif (money or measured) and (slash := _per_slash(text, expr.end)) is not None:
        rate = slash  # "EUR92/MWh", "$71/barrel": a price per unit of a measure
    elif (averaged := _averaged_growth(expr, text)) is not None:
        rate = averaged  # "average annual growth of 2.1 percent"
    elif per_what is not None:  # "7 litres of milk per person per day"
        rate = per_what
    elif m_rate and (said.startswith("per") or expr.unit is None or measured or money):
        rate = m_rate.group(1).lower()
    elif (measured or money) and (adverb := _adverb_after().match(text, expr.end, expr.end + 70)):
        rate = units().rate_adverbs[adverb.group(1).lower()]  # "4,000 tonnes of slurry daily"
    else:  # "50 refugees arrive per month": later in the same clause
        clause = re.split(r"[,;.:!?()]", text[expr.end:expr.end + 60], maxsplit=1)[0]
        # (nor past "and"/"or": "a third from Oslo and a quarter from the city" joins another
        # share, not a period)
        clause = _CONJOINED.split(clause, maxsplit=1)[0]
        m_rate = ctx.rate_in_clause.search(clause)
        # a measure or an amount may have what it is of and where it goes between: "4,000
        # tonnes of slurry into the river each day"; so may a count its verb's phrases, before
        # "each", "every" or "per" ("3,000 migrants arrive on the island each week"), which no
        # "a" that may say when ("a year ago") stands for
        words = 6 if measured or money or (
            m_rate and m_rate.group(0).split()[0].lower() in ("per", "each", "every")) else 3
        if m_rate and not any(c.isdigit() for c in clause[:m_rate.start()]) and (
            len(clause[:m_rate.start()].split()) <= words
        ) and not _TIME_BACK.match(clause, m_rate.end()) and not (  # "a week on": when
            expr.unit is None and _needed(clause[:m_rate.start()], ctx)):
            rate = m_rate.group(1).lower()
        elif measured or money:
            rate = _each_period_before(expr, text)
    if expr.is_range:
        return "range", rate
    if expr.kind == "vague":
        return "at_least", rate
    window = text[max(0, expr.prefix_start - 40):expr.prefix_start]
    m = ctx.before.search(window)
    if m and not (m.group("q").lower() in _BRACKET_BOUNDS
                  and _AGE_AND_OVER.search(window, 0, m.start())) and not (
            _EXTREME.search(m.group("q")) and expr.unit in units().measure_codes) and not (
            _conjunction(m.group("q"), expr)) and not _covered(m.group("q"), expr, window,
                                                              m.start()):
        approx = ctx.before_map[m.group("q").lower()]
        if approx != "range":
            return approx, rate
    m = ctx.after.match(text[expr.end:expr.end + 12])
    if m and not _ADDED.match(text, expr.end + m.end(), expr.end + m.end() + 30):
        return ctx.after_map[m.group("q").lower()], rate
    hedged = _MAYBE_MORE.match(text, expr.end, expr.end + HEDGE_REACH)
    if hedged:  # "lost 90% of the buds, maybe more": at least that
        return ("at_least" if hedged.group(1).lower() in ("more", "higher") else "up_to"), rate
    m = ctx.verb_before.search(window)
    if m and not re.search(r"\b(?:the|a|its|their)\s+$", window[:m.start()]) and not (
            _noun_not_verb(m.group("v"), window[:m.start()])) and _a_level(m.group("v"), expr,
                                                                          text):
        approx = ctx.verb_map[m.group("v").lower()]  # "the toll passes 300", not "the top 10"
        if approx == "more_than" and _NEGATED.search(window, 0, m.start()):
            return "up_to", rate  # "the cost will not exceed $4bn": at most that
        return approx, rate
    return "exact", rate


# the word before a bound, past an adverb of degree ("buried deep under", "lay half under")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:(?:deep|half|partly|completely|still)\s+)?$", re.I)


def _covered(qualifier: str, expr: NumberExpr, window: str, at: int) -> bool:
    """Whether "under" before a measure follows a verb of lying or covering ("buried under 2
    metres of snow"), where it says where a thing is and the measure is the depth, no bound."""
    if qualifier.lower() != "under" or expr.unit not in units().measure_codes:
        return False
    before = _WORD_BEFORE.search(window, 0, at)
    return before is not None and before.group(1).lower() in covering_verbs()


def _conjunction(qualifier: str, expr: NumberExpr) -> bool:
    """Whether a bound that is also a conjunction ("as long as") stands before a figure that is
    no measure, where it says on what condition, not how far the figure goes."""
    return (" ".join(qualifier.lower().split()) in _CONJUNCTION_BOUNDS
            and expr.unit not in units().measure_codes)


_NEXT_WORD = re.compile(r"[\s-]*([A-Za-z]+)")


def _a_level(verb: str, expr: NumberExpr, text: str) -> bool:
    """Whether the number a verb of passing stands before is a level it can bound: always, but
    for the verbs of ``[level_verbs]`` ("crossed"), which bound only a sum, a percentage, a bare
    number ("cross 60,000 as the gates open") or one before a noun of a level ("the 1,000
    mark"); "crossed 3 islands", "crossed 400 km of desert" go over things."""
    verbs, nouns, bare_after = level_verbs()
    if verb.lower() not in verbs or expr.unit == "percent" or expr.unit in units().currency_codes:
        return True
    nxt = _NEXT_WORD.match(text, expr.end)
    word = nxt.group(1).lower() if nxt else ""
    return word in nouns or (expr.unit is None and (not word or word in bare_after))


# "will not exceed", "did not top", "won't pass", "never passed": a verb of passing a number,
# negated, says the figure is a bound from above (Cambridge Grammar of the English Language,
# ch. 9, 1.1: clausal negation reverses what the verb asserts)
_NEGATED = re.compile(r"(?:\bnot|\bnever|n[\u2019']t)\s+$", re.I)


# "a two-day pass R$690", "the all-access pass 900 euros": a determiner and one word, or one
# hyphened word, before a bare verb form make it a noun (a singular subject's verb would take -s)
_NOUN_PHRASE_BEFORE = re.compile(r"\b(?:(?:a|an|each|every|one)\s+[\w-]+|(?:the|its|their|this)"
                                 r"\s+\w+-[\w-]+)\s+$", re.I)
# "Deaths from a virus top 1,000": a determiner phrase after a preposition ends the subject's
# phrase, and the bare form after it is the plural subject's verb (English prepositions, a
# closed class)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|from|for|against|with|without|by|in|on|at|to|into|onto|about|among|over|under"
    r"|across|through|after|before|between|within|near|like|than|toward|towards|per)\s+$", re.I)


def _noun_not_verb(verb: str, before: str) -> bool:
    """Whether a qualifying verb in its bare form ("pass", "top") is a noun where it stands:
    after a determiner phrase that opens its clause ("a three-day pass $150"), not one that a
    preposition puts inside the subject's phrase ("votes for a candidate pass 40,000")."""
    word = verb.lower()
    bare = not (word.endswith("ed") or (word.endswith("s") and not word.endswith("ss")))
    m = _NOUN_PHRASE_BEFORE.search(before) if bare else None
    return m is not None and _PREPOSITION_BEFORE.search(before, 0, m.start()) is None


# "R40,000 for each family, on top of the R6,000 paid in May": an amount added to another
_ADDED_TO = re.compile(r"\b(?:on\s+top\s+of|in\s+addition\s+to|besides|plus)\s+(?:the\s+|an?\s+)?$",
                       re.I)


def rates_of_added_amounts(figures: list[FoundFigure], text: str) -> None:
    """ "R3,000 for each family, on top of the R500 paid last week": an amount of money said to be
    added to one given per something, in its sentence, is given per the same."""
    money = units().currency_codes
    for i, fig in enumerate(figures):
        if fig.rate is not None or fig.unit not in money:
            continue
        if not _ADDED_TO.search(text, max(0, fig.start - 30), fig.start):
            continue
        donor = next((f for f in reversed(figures[max(0, i - 4):i])
                      if f.sentence == fig.sentence and f.unit in money and f.rate), None)
        if donor is not None:
            fig.rate = donor.rate


# "65,000 litres of diesel and 12 tonnes of grain a week": between two measures coordinated in a
# list, at most what the first measures, then "and" or a comma; or an amount and its conversion
# after ", or" ("600 rand, or about $32, a seat")
_COORDINATED = re.compile(r"(?:\s+of(?:\s+[A-Za-z][\w-]*){1,3}?)?\s*(?:,\s*(?:and\s+|or\s+"
                          rf"(?:(?:{hedges()}|almost)\s+)?)?"
                          r"|\s+and\s+)$", re.I)


# "120 zloty (28 euros) a pig", "4 million dinars (about $95,000) per family": an amount, then
# its conversion alone in brackets, the rate written after them
_BRACKET_OPEN = re.compile(rf"\s*\(\s*(?:(?:{hedges()}|almost|approximately"
                           r"|approx\.|c\.|~)\s*)?", re.I)
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _converted_in_brackets(fig: FoundFigure, nxt: FoundFigure, text: str) -> bool:
    """ ``nxt`` is ``fig``'s conversion, alone in brackets right after it, so a rate written
    after the brackets is both's (not "£12m (£640 a seat)", whose rate is inside)."""
    return (_BRACKET_OPEN.fullmatch(text, fig.end, nxt.start) is not None
            and _BRACKET_CLOSE.match(text, nxt.end) is not None)


_BARE_COMMA = re.compile(r"^[^,]*,\s*$")  # a comma alone joins the two, no "and" or "or"
_OR = re.compile(r",\s*or\b", re.I)


def rates_said_once(figures: list[FoundFigure], text: str) -> None:
    """ "barges bring 65,000 litres of diesel and 12 tonnes of grain a week", "600 rand, or
    $32, a seat": a rate said once after a list of measures (or amounts of money), each with
    what it measures, or after an amount and its conversion, serves each. A comma alone before
    the last one, or ", or" before one in the same unit, sets a share beside the total before it
    ("it cost £12m, £640 for each of them", "£12m, or £640 a seat")."""
    lex = units()

    def measured(fig: FoundFigure) -> bool:
        return fig.unit in lex.measure_codes or fig.unit in lex.currency_codes

    passed: set[int] = set()  # figures that took their rate from the one after them
    for i in range(len(figures) - 2, -1, -1):  # from the end: a rate passes back along a list
        fig, nxt = figures[i], figures[i + 1]
        if fig.rate is not None or nxt.rate is None or fig.sentence != nxt.sentence:
            continue
        if measured(fig) and measured(nxt) and _converted_in_brackets(fig, nxt, text):
            fig.rate = nxt.rate  # "120 zloty (28 euros) a pig": one amount, one rate
            passed.add(id(fig))
            continue
        join = _COORDINATED.fullmatch(text, fig.end, nxt.start)
        if not (measured(fig) and measured(nxt) and join):
            continue
        if id(nxt) not in passed and _BARE_COMMA.search(join.group(0)):
            continue  # "it cost £12m, £640 for each of them": a total, then its share
        if _OR.search(join.group(0)) and fig.unit == nxt.unit:
            continue  # "it cost £12m, or about £640 a seat": the same, so a total and a share
        fig.rate = nxt.rate
        passed.add(id(fig))


# "..., quicker than the regional mean of 1.5 percent", "..., below the minimum of 20 litres",
# "..., compared with 31 in March": words that set a figure against the one before it; "BARMM
# grew fastest, at 1.65 percent a year, followed by Caraga at 1.39 percent": the next of a
# ranking, the same quantity of another; the level a limit was "raised from"
_SET_AGAINST = re.compile(
    r"\b(?:(?:faster|quicker|slower|higher|lower|more|less|greater|smaller|larger|fewer)\s+than"
    r"|below|above|under|over|short\s+of|ahead\s+of|behind|against|versus|compared\s+(?:with|to)"
    r"|followed\s+by"
    # "up to 100 million won per depositor, a limit raised from 50 million won": the level a
    # revision started from is the same quantity
    r"|(?:raised|lowered|cut|increased|reduced|revised(?:\s+(?:up|down))?)\s+from"
    r"|up\s+from"
    # "a salary of €118,000 a year, which will rise to €135,000": the level it will move to
    r"|,\s*which\s+(?:will|would|could|is\s+(?:set|expected|due)\s+to)\s+"
    r"(?:rise|fall|grow|climb|increase|decrease|drop|go\s+up|go\s+down)\s+to"
    r"|down\s+from)\s+(?:(?:the|a|an|its|their)\s+)?(?:[^\W\d][\w'’-]*\s+){0,3}?(?:of\s+)?$",
    re.I)


# "fell to 30 pesos a loaf on Friday, from a peak of 42 pesos": after a comma, the level a
# figure came from, at once or after the noun of a level ("from a peak of", "from the high of")
_CAME_FROM = re.compile(r",\s*(?:(?:up|down)\s+)?from\s+(?:(?:a|an|the|its|their)\s+"
                        r"(?:[^\W\d][\w'’-]*\s+){1,2}of\s+)?$", re.I)


# the "to" of "fell to 30 pesos a loaf, from ...": the figure before is a level gone to
_WENT_TO = re.compile(r"\bto\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$", re.I)


# "set the figure for that month at 171 litres", "its own estimate is 4,000 barrels", "the
# ministry's figure was 10,000": a noun that points back at a quantity already given, before the
# figure in its clause, maybe with whose it is
_POINTS_BACK = re.compile(
    r"\b(?:the|that|this|its|their|the\s+same)\s+(?:[^\W\d_][\w-]*['’]s?\s+)?(?:own\s+)?"
    r"(?:figure|number|estimate|total|"
    r"count|rate|level|amount|tally)\b[^.;:!?\d]{0,60}(?<!\bby\s)$"  # "by": a change
    # "Banksia puts it at A$45 million a day; the Ai Group stands by its $A330m": a verb of
    # holding to a figure, its own said with no noun
    r"|\b(?:stands?|stood|sticks?|stuck|keeps?|kept)\s+(?:by|to|with)\s+(?:its|their|his|her)"
    r"\s+(?:own\s+)?$", re.I)
SENTENCE_BACK = 400  # characters back that the quantity pointed at may stand
_RATE_NAMED = re.compile(r"(?:the|that|this)\s+(?:same\s+)?rate\b", re.I)


def _at_that_rate(text: str, back: re.Match[str]) -> bool:
    """ "At that rate, the 900,000 buses in the recall would take a year": "at" that rate says a
    pace goes on, and the figure after it is a whole it works through, not one more of the rate
    (Oxford Dictionary of English, 3rd ed., "at this (or that) rate": if things continue in
    this or that way)."""
    return bool(_RATE_NAMED.match(back.group(0))) and (
        text[max(0, back.start() - 3):back.start()].lower() == "at ")
# "Diesel sold for 24 rand a litre. By Friday the price was 26 rand.": "the price" alone (not
# "the price of" or "for" another thing, not "the price tag") is the price per one of the thing
# priced before it
_PRICE_BACK = re.compile(r"\b(?:the|that|this|its|their)\s+(?:same\s+)?price\b"
                         r"(?!\s+(?:of|for|tag|tags)\b)[^.;:!?\d]{0,40}$"
                         # "...; in Abuja it was N715": "it", right after the place it is priced
                         # in, is the thing priced ("by June it was $4 billion" is not)
                         r"|\bin\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
                         r"(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?,?\s+it\s+"
                         r"(?:was|is|stood\s+at|sold\s+for|cost|costs|fetched)"
                         r"\s+(?:about\s+|around\s+|nearly\s+)?$", re.I)


def _has_period(rate: str) -> bool:
    """ "person per day", "year": a rate that is given per a period of time."""
    periods = context_words().rate_period_words
    return any(w in periods for w in rate.split())


def rates_said_before(figures: list[FoundFigure], text: str) -> None:
    """ "Demand reached 164 litres per person per day. The utility set the figure at 171
    litres.": a measure, an amount or a count of a noun whose clause points back at a quantity
    ("the figure", "its estimate", "the ministry's figure was 10,000" after "12,000 patients a
    day"), or an amount said of "the price" after a price per a measure, takes the
    rate of the last figure in the unit before it, in the sentence
    before or its own, within its paragraph: a paragraph break starts another quantity ("lands
    nine tonnes a day" of one boat, then a new paragraph's "their estimate of the stock")."""
    lex = units()
    for i, fig in enumerate(figures):
        if fig.rate is not None or " per " in fig.unit or not (
                fig.unit in lex.measure_codes or fig.unit in lex.currency_codes
                or (fig.counted_head and _WORDS.fullmatch(fig.unit) and fig.unit != "count"
                    and fig.unit not in SHARES)):
            continue
        if fig.unit in lex.currency_codes and _rate_back().search(
                text, max(0, fig.start - 60), fig.start) is not None:
            _rate_of_last_sum(figures, i, text)  # "the going rate is $15,000": per the same
            continue
        priced = fig.unit in lex.currency_codes and _PRICE_BACK.search(
            text, max(0, fig.start - 60), fig.start) is not None
        back = None if priced else _POINTS_BACK.search(text, max(0, fig.start - 90), fig.start)
        if not priced and (back is None or _whole_span(back.group(0))
                           or _at_that_rate(text, back)):
            continue  # "the figure for the whole year was 610,000": a total, no rate
        donor = _last_before(figures, i, text, (fig.unit,))
        if priced and donor is None:
            # "rose to 8.40 francs per kilo. In euros that is €8.93 a kilo. The price eased to
            # 7.95 francs": "the price" points back past a sentence in another currency
            donor = _last_in_paragraph(figures, i, text, (fig.unit,))
        if donor is not None and donor.rate and (_has_period(donor.rate) or (
                priced and measure_rate(donor.rate))):
            fig.rate = donor.rate


PER_HEAD_SPREAD = 2.0  # the most a bare measure is times a per-head rate of its unit before it
_TOTAL_AFTER = re.compile(r"\s+(?:in\s+(?:all|total)|a\s+week|a\s+month|a\s+year|each)\b", re.I)


def rates_per_head_before(figures: list[FoundFigure], text: str) -> None:
    """ "Households are asked to use no more than 100 litres per person per day. Average use last
    week was 124 litres, down from 152 litres in May.": a measure with no rate of its own, in
    the sentence of a measure given per head and per period ("person per day") in its unit or
    the sentence right after in its paragraph, and of its order of size (at most
    ``PER_HEAD_SPREAD`` times it), is another level of that ration, given per the same: a total
    in that unit would be thousands of times larger. A period or "each" after it says its own."""
    heads = context_words().per_unit_words
    measures = units().measure_codes
    for i, fig in enumerate(figures):
        if fig.rate is not None or " per " in fig.unit or fig.unit not in measures:
            continue
        donor = _last_before(figures, i, text, (fig.unit,))
        if donor is None or not donor.rate or not _has_period(donor.rate):
            continue
        if donor.rate.split(" per ")[0] not in heads or _TOTAL_AFTER.match(text, fig.end):
            continue
        low, high = sorted((abs(donor.low), abs(fig.low)))
        if low > 0 and high <= PER_HEAD_SPREAD * low:
            fig.rate = donor.rate


# "in Tarvo the going rate is $1,500", "the same rate is paid in Orla": the rate of a sum given
# per something, said again of another place or case, in whatever currency
_DAYS_MONTHS = (r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|To|Yester)day['’]"
                r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*['’]")
# ("Porto's rate stays at €3": a place's or a body's own rate, by its possessive name; a day's
# or a month's rate, "at July's rate", is an exchange rate's)


@lru_cache(maxsize=1)
def _rate_back() -> re.Pattern[str]:
    """The pattern of a rate said again before a sum (compiled once): "rate" heads its phrase,
    modifying no noun after it ("Ohio's rate cut saved the state $3m" is no rate's sum)."""
    heads = "|".join(sorted(context_words().rate_compound_heads, key=len, reverse=True)) or "(?!)"
    return re.compile(r"\b(?:the|that|this|its|their|(?!" + _DAYS_MONTHS + r")"
                      r"(?-i:[A-Z])[\w-]*['’]s?)\s+"
                      r"(?:going\s+|same\s+|usual\s+)?rate\b"
                      rf"(?!\s+of\b)(?!\s+(?:{heads})\b)[^.;:!?\d]{{0,40}}$", re.I)


def _rate_of_last_sum(figures: list[FoundFigure], i: int, text: str) -> None:
    """ "Brokers pay EUR90,000 a container; in Tarvo the going rate is $15,000": a sum said to be
    the rate takes the rate of the last sum before it, in any currency, in its sentence or the
    one before in its paragraph."""
    donor = _last_before(figures, i, text, units().currency_codes)
    if donor is None or not donor.rate:
        donor = _last_rate_before(figures, i, text)
    if donor is not None and donor.rate and " per " not in donor.unit and not (
            _exchange(donor.rate)):
        figures[i].rate = donor.rate


def _exchange(rate: str) -> bool:
    """A rate per a unit of money ("$1.10 to the euro"): an exchange rate, which "that is about
    $1.49bn" after "the rate on Wednesday" converts at, never a rate of the sum it gives."""
    lex = units()
    return rate in lex.currency_codes or rate.lower() in lex.currency_words


def _last_rate_before(figures: list[FoundFigure], i: int, text: str) -> FoundFigure | None:
    """ "The tax rises from €4 to €5 a night. A family staying a week pays €140. Porto's rate
    stays at €3.": the noun "rate" says the sum is given per something, so a total said between
    (the family's €140) is passed over for the last sum with a rate before it, within a
    sentence's reach back and its paragraph."""
    fig = figures[i]
    for donor in reversed(figures[max(0, i - 6):i]):
        if donor.start < fig.start - SENTENCE_BACK or "\n" in text[donor.end:fig.start]:
            return None
        if donor.unit in units().currency_codes and donor.rate:
            return donor
    return None


def _last_before(figures: list[FoundFigure], i: int, text: str,
                 keep: Container[str]) -> FoundFigure | None:
    """The last of the six figures before the i-th, within a sentence's reach back, in one of
    the units kept, when it is in the same sentence or in the one right before in its paragraph;
    else None."""
    fig = figures[i]
    donor = next((f for f in reversed(figures[max(0, i - 6):i])
                  if f.unit in keep and f.start >= fig.start - SENTENCE_BACK), None)
    if donor is not None and (donor.sentence == fig.sentence or (
            _right_before(donor, fig, text) and "\n" not in text[donor.end:fig.start])):
        return donor
    return None


def _last_in_paragraph(figures: list[FoundFigure], i: int, text: str,
                       keep: Container[str]) -> FoundFigure | None:
    """The last of the six figures before the i-th, within a sentence's reach back and its
    paragraph, when it is in one of the units kept; else None."""
    fig = figures[i]
    donor = next((f for f in reversed(figures[max(0, i - 6):i])
                  if f.unit in keep and f.start >= fig.start - SENTENCE_BACK), None)
    if donor is None or "\n" in text[donor.end:fig.start]:
        return None
    return donor


def _whole_span(words: str) -> bool:
    """ "the figure for the whole year", "its count for all of 2031": words that say the
    quantity pointed back at is the sum over all, not the rate before it ("the figure for that
    month" is the rate of that month)."""
    return any(w in _WHOLE for w in re.findall(r"[a-z]+", words.lower()))


_WHOLE = frozenset({"all", "whole", "entire", "overall", "cumulative"})


# a count's unit: the plural of its noun ("patients"), not a share or a bare "count"
_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?")


def _right_before(donor: FoundFigure, fig: FoundFigure, text: str) -> bool:
    """The donor's sentence is the one right before the figure's: no sentence stands between
    ("lands nine tonnes a day. 'Next year ...,' he said. Scientists cut their estimate of the
    stock to 84,500 tonnes" is not the catch)."""
    return donor.sentence[1] <= fig.sentence[0] and not re.search(
        r"[.!?]", text[donor.sentence[1]:fig.sentence[0]])


def rates_of_compared(figures: list[FoundFigure], text: str) -> None:
    """ "grew 2.9 percent a year, quicker than the regional mean of 1.5 percent", "fell to 30
    pesos a loaf, from a peak of 42 pesos": a figure set against the one before it in its
    sentence, or the level a change "to" it came from, in the same unit, is given per the
    same ("pays £75 per boat, from a fund of £1m" is no change)."""
    money = units().currency_codes
    for i in range(1, len(figures)):
        fig, prev = figures[i], figures[i - 1]
        if fig.rate is None and prev.rate is not None and fig.unit != prev.unit and (
                fig.unit in money and prev.unit in money and prev.sentence == fig.sentence
                and (_RESTATED.fullmatch(text, prev.end, fig.start)
                     or restated_aside(prev, fig, text))):
            fig.rate = prev.rate  # "€118,000 a year is about $132,000": the same, converted
            continue
        prev = _compared_with(figures, i, text)
        if prev.rate is None or prev.sentence != fig.sentence:
            continue
        if fig.rate is not None and not prev.rate.endswith(f" per {fig.rate}"):
            continue  # "EUR90 per person per night, against EUR30 a night": the same rate
        # a share of how far apart they are between the two is a step of its own
        between = figures[i - 1]
        if fig.unit != prev.unit or fig.start - between.end > 120 or (
                between.start - prev.end > 120):
            continue
        clause = text[prev.end:fig.start]
        if re.search(r"[.;:!?]\s", clause):
            continue
        came_from = _CAME_FROM.search(clause[-80:]) is not None and _WENT_TO.search(
            text, max(0, prev.start - 30), prev.start) is not None
        if (came_from or _SET_AGAINST.search(clause[-80:])) and (
                not _APPROXIMATES.search(clause[-20:])):
            fig.rate = prev.rate
            _rate_to_conversion(figures, i, text)


CONVERSIONS_BACK = 2  # amounts in other currencies a figure may look back past


# "€118,000 a year is about $132,000": an amount, its rate, then "is" and the same amount in
# another currency
_RESTATED = re.compile(r"\s+(?:(?:a|an|per|each|every)\s+[a-z]+\s+)?(?:is|was|are|were|equals|"
                       r"comes\s+to|works\s+out\s+at)\s+(?:about\s+|around\s+|roughly\s+|"
                       r"some\s+|nearly\s+|almost\s+|approximately\s+)?", re.I)


def _compared_with(figures: list[FoundFigure], i: int, text: str) -> FoundFigure:
    """The figure the i-th is set against: the one before it, or, when that one is an amount in
    another currency (a conversion: "cost €13m ($14.6m) a day, up from the €11m"; "a salary of
    €118,000 a year is about $132,000, which will rise to €135,000"), the last amount in the
    i-th's own currency before it, past at most ``CONVERSIONS_BACK`` such amounts."""
    fig, prev = figures[i], figures[i - 1]
    money = units().currency_codes
    if fig.unit not in money:
        return prev
    for j in range(i - 1, max(-1, i - 1 - CONVERSIONS_BACK - 1), -1):
        if figures[j].unit == fig.unit:
            return figures[j]
        if figures[j].sentence != fig.sentence or (
                figures[j].unit not in money and not _by_how_much(figures[j], fig, text)):
            break
    return prev


# "38% above December's average of PLN 5.65": how far the figure before stands from the one
# set against it, then the words that set it against
_BY_HOW_MUCH = re.compile(r"\s+(?:above|below|higher\s+than|lower\s+than|more\s+than|less\s+than"
                          r"|over|under|up\s+on|down\s+on)\s+(?:[^\W\d][\w'’-]*\s+){0,3}?"
                          r"(?:of\s+)?$", re.I)


def _by_how_much(between: FoundFigure, fig: FoundFigure, text: str) -> bool:
    """ ``between`` is the share by which the amount before it differs from ``fig`` ("traded at
    PLN 7.80 per kg, 38% above December's average of PLN 5.65"): no amount of its own, so the
    amount before it is the one ``fig`` is set against."""
    return between.unit == "percent" and _BY_HOW_MUCH.fullmatch(
        text, between.end, fig.start) is not None


def _rate_to_conversion(figures: list[FoundFigure], i: int, text: str) -> None:
    """ "rise to €135,000 ($151,000)": the conversion alone in brackets right after an amount
    that took a rate is given per the same."""
    if i + 1 < len(figures) and figures[i + 1].rate is None and (
            figures[i + 1].sentence == figures[i].sentence) and _converted_in_brackets(
            figures[i], figures[i + 1], text):
        figures[i + 1].rate = figures[i].rate


# "... a week, and more than 750,000 vehicles": "more than" right before a number qualifies it
_APPROXIMATES = re.compile(r"\b(?:more|less|fewer)\s+than\s+$", re.I)
