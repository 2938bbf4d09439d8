"""What a volume or a mass counts when its sentence names nothing: a rate of it is a flow ("the
leak reached 3,000 litres a day"), and a total that a verb of emission moves is what was
released ("the tank released 4 million gallons"). A rate whose noun names the release ("the
rate of release", a figure inheriting "released" from a total before it) is the flow too, as
the flow and released classes of ``store/data/quantities.toml`` say. A unit word is never what
is counted, nor is the surface an area lies on ("fuel on 130 square kilometres of water"
measures the fuel)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract.figures.counted_genitive import measured_by_of
from store.extract.figures.found import FoundFigure
from store.extract.figures.measured_time import mean_time_of
from store.extract.figures.parse import (
    branch_under,
    governing_verb,
    per_sentence,
    regular_participle,
    sentence_of,
    text_of,
    token_at,
)
from store.extract.figures.priced_at import priced_at
from store.extract.figures.priced_demonym import priced_per_demonym
from store.extract.figures.priced_each import priced_each, shared_by_subject
from store.extract.figures.priced_holder import per_holder
from store.extract.figures.priced_misread import priced_by_misread_verb
from store.extract.figures.priced_of import priced_of
from store.extract.figures.priced_share import priced_per_share
from store.extract.figures.priced_sized import SIZE
from store.extract.numbers import NumberExpr
from store.knowledge.context import context_words
from store.knowledge.loader import load_data
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

FLOWING = frozenset({"volume", "mass"})


def measured_rate(expr: NumberExpr, rate: str | None, span: Span,
                  glued: str | None = None) -> str | None:
    """The rate of a volume, a mass or an amount of money as its sentence says it before the
    figure: "daily output reached 640 tonnes" and "annual losses were about $40m" are per day
    and per year (the adjective on a noun of the figure's own verb, not
    "the annual report says 640 tonnes were lost"), and a rate of a period in a sentence that
    compares water "per person" ("towns use twice as much water per person: 240 litres a day")
    is per person and per day. ``glued`` is the unit a hyphen joins to the number ("a 12-tonne
    weekly limit"), whose period only the noun it modifies may give."""
    money = expr.unit in units().currency_codes
    if money and rate is None:
        rate = _priced_per(expr, span)
        if rate is not None and rate not in context_words().rate_period_words:
            # "a monthly aid of 2,500 dirhams (about $250) per household": paid each month;
            # the household is who it is paid to, which the aid's noun keeps
            rate = _period_of_holder(span, converted=True) or rate
    if money and rate is not None:
        holder = per_holder(span, rate) if rate in context_words().rate_period_words else None
        return f"{holder} per {rate}" if holder else rate  # "R38 a month for an average household"
    if expr.unit is None and glued is not None:
        flowing = units().conversions.get(glued, ("",))[0] in FLOWING
        return rate or (_period_of_holder(span, modifier=True) if flowing else None)
    found = units().conversions.get(expr.unit or "")
    if not money and (found is None or found[0] not in FLOWING):
        return rate
    sent = sentence_of(span)
    before = text_of(span.doc)[sent.start_char:expr.start]
    heads = _rate_words()
    if rate is None:
        held = _period_of_holder(span)
        if held is not None:  # "a monthly allowance of Rp 500,000"
            return held
        each = None if money else shared_by_subject(span)
        if each is not None and each not in context_words().rate_period_words:
            return each  # "every ship through the locks uses 200 million litres": per ship
        verb = governing_verb(span)
        for tok in sent:
            if tok.i >= span.start:
                break
            if (tok.lower_ in units().rate_adjectives and tok.dep_ in ("amod", "compound")
                    # "at the annual Orlo Lake Council": a named gathering held each year
                    and tok.head.pos_ != "PROPN"
                    and governing_verb(tok.doc[tok.head.i:tok.head.i + 1]).i == verb.i
                    # "the daily limit, to close at 4,620 won": no subject of the figure's own
                    # currency word, which the parse made a verb
                    and not span.start <= tok.head.head.i < span.end
                    and (not money or tok.head.dep_ in ("nsubj", "nsubjpass"))):
                # money: only on the subject ("annual losses were $4m"), not "4% of annual
                # turnover, about $2bn", a share of a yearly sum
                return units().rate_adjectives[tok.lower_]
        return None
    if rate in context_words().rate_period_words:
        head = heads.search(before)
        if head is not None:
            return f"{head.group(1).lower()} per {rate}"
    return rate


def _period_of_holder(span: Span, modifier: bool = False, converted: bool = False) -> str | None:
    """ "a monthly allowance of Rp 500,000", "a 12-tonne weekly limit": the period of an
    adjective on the noun the amount is "of", or, for a measure a hyphen joins to its number
    (``modifier``), on the noun it modifies ("7,300 tonnes daily output" is no rate); with
    ``converted``, also of the amount a conversion in brackets restates ("of 2,500 dirhams
    (about $250)")."""
    root = span.root
    if converted and root.dep_ == "appos" and root.head.i < root.i:
        root = root.head
    holder = None
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        holder = root.head.head
    elif modifier and root.dep_ in ("nmod", "compound", "amod", "nummod") and (
            root.head.pos_ == "NOUN" and root.head.i > root.i
            and not span.start <= root.head.i < span.end):
        holder = root.head
    if holder is not None and _unit_word(holder.lower_) and holder.dep_ in ("nmod", "compound"):
        holder = holder.head  # "a 12-tonne weekly limit": past the unit the hyphen joins
    if holder is None:
        return None
    adjectives = units().rate_adjectives
    return next((adjectives[c.lower_] for c in holder.children
                 if c.dep_ in ("amod", "compound") and c.lower_ in adjectives), None)


def reading_of(expr: NumberExpr, head: Token | None) -> str | None:
    """ "a 6.3 earthquake", "the quake measured 6.8": a number with a decimal that counts a noun a
    scale is read of (``units().readings``), within the scale, is a reading on it; a whole number
    counts them ("6 earthquakes")."""
    if head is None or expr.unit is not None or expr.kind != "digits":
        return None
    return reading_of_noun(expr.text, expr.high, head.lemma_)


@lru_cache(maxsize=1)
def _per_measures() -> dict[str, str]:
    """A measure's names and symbols, in the plural and the singular ("tonnes", "tonne", "ha"),
    with the unit one of which a rate given per it is per: the unit in the singular ("hectare",
    "square mile") or its symbol ("km2", "MWh"); not a share's points, a reading's degrees or a
    unit that is a rate already."""
    lex = units()
    found: dict[str, str] = {}
    for word, code in lex.measures.items():
        if " per " in code or "points" in code or "degrees" in code:
            continue
        one = code[:-1] if code.endswith("s") else code
        if code.endswith("s") and one not in lex.measures and code[:-2] in lex.measures:
            one = code[:-2]  # "inches": inch
        found[word] = one
        if word.endswith("s") and len(word) > 3:
            found.setdefault(word[:-1], one)  # "barrel" of "barrels"
    return found


@lru_cache(maxsize=1)
def _measure_words() -> re.Pattern[str]:
    words = sorted(_per_measures(), key=len, reverse=True)  # the longest phrase first
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})(?![\w²³])", re.I)


# the noun a rate is given per a number of: a head of population, or any plural common noun
# ("per 1,000 households", "per 10,000 doses"): a word ending in one
# "s", not a verb or pronoun of that shape nor a period ("per 2 years" is a rate over time).
# English irregular plurals of persons named.
RATE_BASE_NOUN = (r"(?:people|population|inhabitants|residents|persons|children|women|men"
                  r"|(?!(?:was|is|has|this|its|as|us|his|hers|plus|thus|does|goes|yes"
                  r"|seconds|minutes|hours|days|weeks|months|years|decades)\b)"
                  r"[a-z][a-z-]*[^\Ws]s)\b")
# the base number: digits, grouped in thousands or not
RATE_BASE_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)"


def population_base(number: str, noun: str | None) -> str:
    """A rate's base of persons as written: "per 100,000 population" and a bare "per 100,000"
    (in an incidence table) are per 100,000 people; "per 100,000 inhabitants" keeps its noun,
    as a count keeps its noun's plural (the WHO and CDC definitions of incidence and mortality
    rates: "per 100 000 population")."""
    noun = (noun or "people").lower()
    return f"{number} {'people' if noun == 'population' else noun}"


@lru_cache(maxsize=1)
def _cased_measure_words() -> re.Pattern[str] | None:
    """The symbols of a measure only in the case written ("TEU", "FEU", "ML"), longest first."""
    words = sorted(units().cased_measures, key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})(?![\w²³])") if words else None


def _per_cased(word: str) -> str:
    """The unit a rate per one of a cased symbol is per: its code, in the singular where the
    code is a plural name ("ML": megalitre; "FEU": FEU)."""
    code = units().cased_measures[word]
    return code[:-1] if code.endswith("s") and code.islower() else code


def per_one_measure(text: str, pos: int) -> str | None:
    """The measure, one of which a rate is given per, whose name or symbol starts at ``pos``
    ("square kilometre" after "per", "ha" after a slash), as the rate names it (km2, hectare).
    A symbol the units file writes in one case is read in that case first: "per FEU" is per
    one forty-foot box, "per ML" per megalitre, not the millilitre "ml" lowered."""
    cased = _cased_measure_words()
    m = cased.match(text, pos) if cased is not None else None
    if m is not None:
        return _per_cased(m.group(0))
    m = _measure_words().match(text, pos)
    return _per_measures()[m.group(0).lower()] if m is not None else None


@lru_cache(maxsize=1)
def _a_distance() -> re.Pattern[str]:
    """ "30 bags a metre apart", "40 rockets a mile inside the border": "a" and a measure that is
    a distance (``[rates] distance_after_measure`` of context.toml)."""
    words = load_data("context.toml")["rates"].get("distance_after_measure", ())
    return re.compile(rf"[a-z]+(?:\s+[a-z]+)?\s+(?:{'|'.join(map(re.escape, words))})\b", re.I)


def per_thing(expr: NumberExpr, head: Token | None, span: Span) -> str | None:
    """ "6 beds per ward", "2.1 cars per family", "an average of 18 per van": a count given
    per one of something, "per" and a singular noun right after the counted noun (or the number),
    or "a" and one of a measure ("400 candles a hectare");
    the noun is part of the unit ("beds per ward"), as is a measure ("80 million locusts per
    square kilometre": locusts per km2). A period or a head of population is a rate
    the qualifiers read; a number after "per" is a base ("per 100,000 people")."""
    money = units().money_nouns
    if expr.unit is not None or (head is not None and head.lemma_.lower() in money):
        return None
    if head is None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in money
                            for c in governing_verb(span).children):
        return None  # "prices rose to 40 per barrel": money whose currency is unsaid
    doc = span.doc
    # right after the counted noun, wherever it stands ("the number of nurses per ward was
    # 3"), else right after the number
    places = [head.i + 1] if head is not None and not span.start <= head.i < span.end - 1 else []
    ctx = context_words()
    for after in [*places, span.end]:
        if after + 1 < len(doc) and doc[after].lower_ in ("a", "an") and after in places:
            # "400 candles a hectare", "2,500 trees an acre": one of a measure after "a"
            measure = per_one_measure(text_of(doc), doc[after + 1].idx)
            if measure is not None and not _a_distance().match(text_of(doc), doc[after + 1].idx):
                return measure
        if after + 1 >= len(doc) or doc[after].lower_ != "per":
            continue
        noun = doc[after + 1]
        measure = per_one_measure(text_of(doc), noun.idx)
        if measure is not None:
            return measure
        if not _singular_noun(noun):
            return None
        word = noun.lemma_.lower()
        if word in ctx.rate_period_words or word in ctx.per_unit_words:
            return None
        return word
    return None


def time_per_one(expr: NumberExpr, span: Span) -> tuple[str, str | None] | None:
    """ "3.5 hours per pump", "40 minutes per patient", "14 hours per day": a time given per one
    thing or per a period is a measure of time, not a duration: its unit is the time word in the
    plural, and a singular noun after "per" that is no period or head of population is what it
    is given per (a period is a rate the qualifiers read). A mean time with no "per" ("an
    average of 4.5 days", ``measured_time``) is a measure of time too."""
    doc = span.doc
    i = span.end
    times = units().time_words
    if expr.unit is not None or i >= len(doc):
        return None
    plural = f"{doc[i].lemma_.lower()}s"
    if doc[i].lower_ not in times or plural not in times:
        return None  # "7 pm", "25 years old"
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "per":
        # "an average of 4.5 days": a mean time, given per nothing said
        return (plural, None) if mean_time_of(expr, span) is not None else None
    noun = doc[i + 2]
    ctx = context_words()
    word = noun.lemma_.lower()
    if not _singular_noun(noun) or word in ctx.rate_period_words or word in ctx.per_unit_words:
        return plural, None
    return plural, word


# "the average flat has 4.6 tenants", "the typical barge carries 40": one of many, on average
_AVERAGE_ONE = frozenset({"average", "typical", "mean"})


def per_average_one(expr: NumberExpr, head: Token | None, span: Span) -> str | None:
    """ "the average flat has grown to 4.6 tenants", "the typical van carries 18", "mean class
    size rose to 29 pupils": a count said of the average one of something
    (the subject of the figure's verb, singular, or the noun before "size") is a count per one
    of it."""
    if expr.unit is not None or not per_sentence(sentence_of(span), "average_one", _may_average):
        return None
    verb = governing_verb(span)
    if verb.i >= span.start:
        return None
    for subj in verb.children:
        if subj.tag_ != "NN" or (subj.dep_ != "nsubj" and not _set_at(subj, verb, span)):
            continue
        per = _per_of_subject(subj)
        if per is not None:  # "the number of nurses per ward was 3"
            # not the figure's own noun: "aid per household reached 44,600 households" counts
            # the households, no count of them per one of them
            return per if head is None or head.lemma_.lower() != per else None
        if head is None or head.pos_ != "NOUN":
            return None
        if subj.lemma_.lower() == "size":  # "class size": pupils per class
            noun = next((c for c in subj.children if c.dep_ == "compound" and c.pos_ == "NOUN"),
                        None)
            return noun.lemma_.lower() if noun is not None else None
        if subj.lemma_ != head.lemma_ and any(c.dep_ == "amod" and c.lower_ in _AVERAGE_ONE
                                              for c in subj.children):
            return subj.lemma_.lower()
    return None


def _set_at(obj: Token, verb: Token, span: Span) -> bool:
    """ "putting the average household size at 4.0 persons", "the survey put mean class size at
    27 pupils": the object of a verb whose "at" phrase holds the figure is what the figure is
    the level of, as a subject is; only when the object says it is an average one ("put its
    fleet size at 40 aircraft" is the whole fleet, no count per one fleet)."""
    return obj.dep_ == "dobj" and branch_under(verb, span.root).lower_ == "at" and any(
        c.lower_ in quantity_classes().averages for c in obj.children)


_AVERAGE_CUE = re.compile(r"\b(?:average|typical|mean|size|per)\b", re.I)


def _may_average(sent: Span) -> bool:
    """Whether a sentence has a word the rules of the average one need: most have none, and a
    sentence of thousands of figures is then spared their walk of the parse."""
    return _AVERAGE_CUE.search(text_of(sent.doc), sent.start_char, sent.end_char) is not None


def _singular_noun(tok: Token) -> bool:
    """A common noun in the singular; a lower-case word the tagger calls a name is one too ("per
    ward")."""
    return (tok.tag_ == "NN" or (tok.tag_ == "NNP" and tok.text.islower())) and not tok.like_num


def _per_of_subject(subj: Token) -> str | None:
    """ "the (average) number of nurses per ward": the thing a subject's count is given per, on
    the subject or on its "of" noun."""
    nouns = [subj] + [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]
    ctx = context_words()
    for noun in nouns:
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "per":
                continue
            thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if thing is None or not _singular_noun(thing):
                return None
            word = thing.lemma_.lower()
            if word in ctx.rate_period_words or word in ctx.per_unit_words:
                return None
            return word
    return None


# characters after a reading on a scale no noun is counted on (the air quality index) within
# which a number of its order with no noun of its own is read on it, across paragraphs ("the
# AQI reached 497 ... The board put Saturday's average at 452")
READ_AFAR = 1200


def read_as_before(fig: FoundFigure, before: FoundFigure | None, text: str) -> str | None:
    """ "the institute says the quake measured 6.9; the survey puts it at 7.1": a bare number with
    a decimal, in the sentence of a reading on a scale or the next one of its paragraph, within
    the scale, is another reading on it. On a scale no noun is counted on ("the index was 318;
    forecasters expect it to stay between 300 and 350", "The agency's figure was 412."), a
    whole number, a word number too, is one as well when it is of the reading's order (half to
    twice it), further on too, within ``READ_AFAR`` characters: a whole number on a scale of
    quakes may count them ("6 earthquakes")."""
    if before is None:
        return None
    reading = units().readings.get(before.unit)
    if reading is None or fig.high >= reading.most:
        return None
    near = fig.sentence[0] - before.sentence[1] <= 2 and "\n" not in text[before.end:fig.start]
    if not near and (reading.nouns or fig.start - before.end > READ_AFAR):
        return None  # a scale no noun is counted on is read on further, a paragraph or two
    if near and "." in fig.text and fig.text.replace(".", "").isdigit():
        pass
    elif reading.nouns or not _of_the_order(fig, before):
        return None
    return before.unit


def _of_the_order(fig: FoundFigure, before: FoundFigure) -> bool:
    """A number of the order of the reading before it (half to twice it, both ends of a range):
    another reading of it, not a count or a day that happens to stand near it."""
    return before.low > 0 and before.high / 2 <= fig.low and fig.high <= before.low * 2


READ_REACH = 20  # tokens before a bare decimal searched for the noun a scale is read of


def _own_verb(span: Span) -> Token | None:
    """The verb a figure hangs from ("eased to 3.8": eased), a few heads up at most."""
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


_ARGUMENT = ("nsubj", "nsubjpass", "dobj")


def argument_of_its_verb(noun: str | None, span: Span) -> bool:
    """ "inflation eased to 3.8", "raised its policy rate to 6.5": a noun that is the subject or
    object of the figure's own verb (or a compound of one) is what the figure is of, not a noun
    the figure borrowed from its sentence."""
    verb = _own_verb(span)
    if noun is None or verb is None:
        return False
    words = {w for a in verb.children if a.dep_ in _ARGUMENT
             for t in (a, *(c for c in a.children if c.dep_ == "compound"))
             for w in (t.lemma_.lower(), t.lower_)}
    return noun.lower() in words


def _governing_nouns(span: Span) -> set[str]:
    """The nouns that govern a figure: its verb's subject and object, and the noun a relative or
    participle clause of the verb hangs on ("The tremor, which the agency measured at 5.8")."""
    verb = _own_verb(span)
    if verb is None:
        return set()
    nouns = [a for a in verb.children if a.dep_ in _ARGUMENT]
    if verb.dep_ in ("relcl", "acl"):
        nouns.append(verb.head)
    return {t.lemma_.lower() for t in nouns if t.pos_ in ("NOUN", "PROPN")}


def read_of_nearby_noun(fig: FoundFigure, span: Span) -> str | None:
    """ "The quake, which the survey measured at 6.6 and the institute at 6.9, ...": a bare
    decimal that counts nothing of its own, within a scale, a few words after a noun the scale
    is read of (``units().readings``) that governs it (its verb's subject or object, the noun
    its clause hangs on), is a reading on it; a scale's noun that is merely near ("After the
    earthquake, the bank cut its forecast to 2.5") gives nothing."""
    if "." not in fig.text or not fig.text.replace(".", "").isdigit():
        return None
    start = max(span.sent.start, span.start - READ_REACH)
    lemmas = {t.lemma_.lower() for t in span.doc[start:span.start] if t.pos_ == "NOUN"}
    lemmas &= _governing_nouns(span)
    return next((name for name, reading in units().readings.items()
                 if lemmas & reading.nouns and fig.high < reading.most), None)


def is_count(unit: str) -> bool:
    """Whether a unit counts things (a counted noun's plural, "count"), not money, a measure, a
    share, a ratio or a reading on a scale."""
    lex = units()
    return not (unit in lex.currency_codes or unit in lex.measure_codes or unit in lex.readings
                or unit in ("percent", "fraction", "ratio"))


def reading_of_noun(text: str, value: float, noun: str | None) -> str | None:
    """The scale a number written ``text`` is a reading on when it counts ``noun`` (a lemma)."""
    if noun is None or "." not in text or not any(c.isdigit() for c in text):
        return None
    for name, reading in units().readings.items():
        if noun.lower() in reading.nouns and value < reading.most:
            return name
    return None


COUNTED_REACH = 30  # tokens before a figure searched for the noun it counts


def counted_per_period(fig: FoundFigure, span: Span) -> str | None:
    """ "the estimate of daily riders was 58,000", "cut its forecast of daily users from 9
    million to 8 million", "12,000 daily commuters": an adjective of period on the noun a count
    counts, in its sentence, makes the count a rate of that period; an adjective between
    ("monthly active users") names a metric, a count of users."""
    lex = units()
    head = (fig.counted_head or "").lower()
    if not head or fig.unit in lex.currency_codes or fig.unit in lex.measure_codes or (
            fig.unit in ("percent", "fraction", "ratio")):
        return None
    sent = sentence_of(span)
    for i, period in per_sentence(sent, "period_adjectives", _after_period_adjectives):
        if i < span.start - COUNTED_REACH or i >= span.end + 3:
            continue
        tok = span.doc[i]
        if tok.lemma_.lower() == head or tok.lower_ == head:
            return period
    return None


def _after_period_adjectives(sent: Span) -> list[tuple[int, str]]:
    """The nouns of a sentence right after an adjective of period that modifies them ("daily
    riders"), or after it and nouns that name their kind ("daily booking slots"), with the
    period: listed once per sentence."""
    lex = units()
    found = []
    for tok in sent:
        if tok.lower_ in lex.rate_adjectives and tok.dep_ in ("amod", "compound") and (
                tok.i < tok.head.i <= tok.i + 3) and all(
                t.dep_ == "compound" and t.pos_ == "NOUN" for t in sent.doc[tok.i + 1:tok.head.i]):
            found.append((tok.head.i, lex.rate_adjectives[tok.lower_]))
    return found


# "31.20 rand a litre", "$12 per passenger", "$4.10 it earns from each subscriber", "$900 for
# each grieving household", "$900 for every household", "$900 to each survivor", "$900 for each
# of their households", "$900 to each of up to 40 households"; a
# conversion in brackets may stand between ("Tk 4 lakh ($3,300) per household"), and the bracketed
# amount itself ends before its ")"
# ", or €220," after "$240": the amount in another currency, set off by commas, may stand there too
_CONVERTED = (r"\s*,\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+)?[^\s\d,()]{0,4}\s?"
              r"\d[\d.,]*(?:\s?(?:m|bn|million|billion|crore|lakh))?(?:\s+[a-z]+)?\s*,")
_BRACKET = r"(?:\s*\([^()\n]{1,40}\)|\s*\)|" + _CONVERTED + ")?"
_PRICED_AFTER = re.compile(
    _BRACKET + r"\s+(?:((?:[A-Za-z-]+\s+){0,3}?(?:per|(?:for|from|to)\s+(?:each|every))"
    r"(?:\s+of(?:\s+(?:the|their|its|his|her|those))?"
    # "to each of up to 160 boats": a count of them, said or bounded
    r"(?:\s+(?:up\s+to|some|about|around|nearly|almost|as\s+many\s+as))?"
    r"(?:\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
    r"|thirty|forty|fifty|hundred))?)?|each)|(an?))"
    # a length before the noun ("per 40-foot container": priced_sized names the box)
    r"\s+(?:" + SIZE + r"\s*)?(?:[A-Z][\w-]*\s+)?([a-z]+)\b(?:\s+([a-z]+)\b)?")
# "$310 per FEU", "$2 per ML": "per" and a word in capitals, a measure's symbol
_PER_SYMBOL = re.compile(_BRACKET + r"\s+per\s+(?=[A-Z])")
_LABEL_AFTER = re.compile(r"[ \t]*:")  # the words after an amount end in a colon: a label
# "$900 to the household of each victim", "$900 for the family of every worker killed"
_PRICED_OF_EACH = re.compile(_BRACKET + r"\s+(?:to|for)\s+the\s+([a-z]+)\s+of\s+(?:each|every)\b")
# "$900 each to 45 households": what is shared out, one amount to each of so many
_PRICED_EACH_TO = re.compile(
    _BRACKET + r"\s+each\s+to\s+(?:\d[\d,]*|(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b)\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")


def _priced_per(expr: NumberExpr, span: Span) -> str | None:
    """What an amount of money is the price of, per one: the noun after "per" or "each" (or a
    measure after "a": "31.20 rand a litre"), or the noun "per" which the subject of "be"
    names ("average spending per visitor was $86"). An adjective may stand before the noun ("for
    each grieving household"). Periods are read elsewhere."""
    text = text_of(span.doc)
    end = span.end_char
    symbol = _PER_SYMBOL.match(text, end, end + 50)
    if symbol is not None and (measure := per_one_measure(text, symbol.end())) is not None:
        return measure  # "$310 per FEU": a measure's symbol, in capitals, no noun to lower
    m = _PRICED_AFTER.match(text, end, end + 60)
    if m is not None and _LABEL_AFTER.match(text, m.end()):
        m = None  # "Fine: 30m rand Payout per household: 2m rand": the next amount's label
    if m is not None:
        measure = per_one_measure(text, m.start(3))  # "a litre", "per square kilometre"
        if measure is not None and (m.group(1) or _noun_at(span.doc, m.start(3)) or (
                _noun_at(span.doc, _measure_end(text, m.start(3)) - 1))):
            return measure  # "a square metre": the noun ends the measure's name
        if m.group(1):
            for group in (3, 4):  # the noun, or the one after its adjective
                if group == 4 and not _modifier_at(span.doc, m.start(3)):
                    break  # "€4m each as ferry talks stall": no noun of "each" at all
                if m.group(group) is None or not _noun_at(span.doc, m.start(group)):
                    continue
                if m.group(group).lower() in context_words().rate_period_words:
                    break
                return _lemma_at(span.doc, m.start(group))
    for pattern in (_PRICED_OF_EACH, _PRICED_EACH_TO):
        m = pattern.match(text, end, end + 60)
        for group in range(1, (m.lastindex or 0) + 1) if m is not None else ():
            if m.group(group) is not None and _noun_at(span.doc, m.start(group)):
                return _lemma_at(span.doc, m.start(group))
    each = priced_each(span) or priced_of(span) or (  # "£42 a seat", "the cost of a container"
        priced_by_misread_verb(span)) or (  # "A Saturday ticket cost R$380": "cost" a noun
        priced_per_share(span)) or (  # "shares in the bank fell 4% to $12.30"
        priced_at(span)) or (  # "Tickets were sold at R$380"
        priced_per_demonym(span))  # "P35 for each Filipino counted": per person
    if each is not None:
        return each
    verb = governing_verb(span)
    if verb.lemma_ != "be":
        return None
    # the subject before the amount: "At a rate of PHP 57 to the dollar, the cost per inmate
    # is ..." gives the amount in a phrase before the clause, not as what the subject is
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.i < span.start):
        for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "per"):
            noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            if noun is not None:
                return noun.lemma_.lower()
    return None


def _measure_end(text: str, pos: int) -> int:
    """Where the name of a measure starting at ``pos`` ends ("square metre": after "metre")."""
    m = _measure_words().match(text, pos)
    return m.end() if m is not None else pos + 1


def _modifier_at(doc: Doc, char: int) -> bool:
    """An adjective or a participle ("each grieving household"), which may stand between
    "each" and its noun; a word of any other kind ends the phrase."""
    tok = token_at(doc, char)
    return tok is not None and (tok.pos_ == "ADJ" or tok.tag_ in ("VBG", "VBN"))


def _noun_at(doc: Doc, char: int) -> bool:
    tok = token_at(doc, char)
    return tok is not None and tok.pos_ == "NOUN"


def _lemma_at(doc: Doc, char: int) -> str | None:
    tok = token_at(doc, char)
    if tok is not None and tok.dep_ == "poss" and tok.head.pos_ == "NOUN" and (
            tok.head.i > tok.i):  # "to each victim's family": the family, one per victim
        tok = tok.head
    return tok.lemma_.lower() if tok is not None else None


@lru_cache(maxsize=1)
def _rate_words() -> re.Pattern[str]:
    """ "per person" (any head a rate is given per) that no period follows."""
    ctx = context_words()
    heads = "|".join(map(re.escape, sorted(ctx.per_unit_words)))
    periods = "|".join(map(re.escape, sorted(ctx.rate_period_words)))
    return re.compile(rf"\bper\s+({heads})\b(?!\s+(?:per|a|an|each)\s+(?:{periods})\b)",
                      re.I)


def name_what_flows(fig: FoundFigure, span: Span) -> None:
    base, _, per = fig.unit.partition(" per ")
    found = units().conversions.get(base)
    if found is None or found[0] not in FLOWING:
        return
    # a flow is so much per unit of time; "2.1 tonnes per hectare" is a yield, no flow
    periods = context_words().rate_period_words
    timed = any(word in periods for word in per.lower().split())  # "litres per person per day"
    if fig.counted is not None and not _unit_word(fig.counted_head):
        if timed and _names_release(fig.counted_head):
            fig.counted, fig.counted_head = "flow", "flow"
        return
    if timed:
        fig.counted, fig.counted_head = "flow", "flow"
        return
    if not per:
        name_what_was_released(fig, span)


def name_what_was_released(fig: FoundFigure, span: Span) -> None:
    """"It may have released 17 million to 27 million gallons": a total of volume or mass that a
    verb of emission moves is what was released. Its own clause says so, so it is read before
    other figures inherit from it ("Tolland puts the total at 1.9 million gallons")."""
    found = units().conversions.get(fig.unit)
    if fig.counted is not None or found is None or found[0] not in FLOWING:
        return
    if measured_by_of(span) is not None:
        return  # "emitted 41 tonnes, above a legal limit of 30 tonnes": the limit's measure
    verb = governing_verb(span).lemma_.lower()
    ctx = context_words()
    if verb in ctx.flow_verbs and verb not in ctx.directed_flow_verbs:
        fig.counted = fig.counted_head = regular_participle(verb)


def _names_release(head: str | None) -> bool:
    """"released", "spilled" (the release class), or a noun whose "rate of ..." the class table
    lists as the flow ("the rate of release"); "discharge" or "leak rate" keep their words."""
    classes = quantity_classes().noun_class
    return classes.get(head or "") == "released" or classes.get(f"rate of {head}") == "flow"


def _unit_word(word: str | None) -> bool:
    lex = units()
    return word is not None and (word in lex.measures or word.rstrip("s") in lex.measures
                                 or word in lex.conversions)


def name_what_covers(fig: FoundFigure, span: Span) -> None:
    """An area "of water" measures what lies on it: the noun the area's phrase hangs on ("a
    sheen on 130 square kilometres of water"), the object a verb places there ("showed fuel on
    130 square kilometres of water"), else the subject of its verb ("the slick covered 260
    square kilometres of sea"); not the subject that searches it ("boats combed 900 square
    kilometres of sea", "the ships covered ..."), where the area is the water's."""
    if fig.counted_head not in context_words().surfaces:
        return
    found = units().conversions.get(fig.unit)
    if found is None or found[0] != "area":
        return
    for tok in span.root.ancestors:
        if tok.dep_ == "prep" and tok.head.pos_ == "NOUN":
            _count(fig, tok.head)
            return
        if tok.pos_ in ("VERB", "AUX"):
            placed = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                      and c.i < span.start and any(a.dep_ == "prep" for a in span.root.ancestors)]
            subject = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                       and c.pos_ == "NOUN"]
            if not placed and _searched(tok, subject):
                return  # "boats searched 2,600 square kilometres of sea": the sea's area
            if placed or subject:
                _count(fig, (placed or subject)[0])
            return


def _searched(verb: Token, subject: list[Token]) -> bool:
    """The verb acts on the area itself ("searched", "swept": ``area_verbs``), or its subject is
    a plural of things that move over the water ("boats covered ... of sea"), not a slick or a
    sheen that lies on it: the area is the surface's own."""
    return verb.lemma_.lower() in context_words().area_verbs or any(
        c.tag_ == "NNS" for c in subject)


def _count(fig: FoundFigure, noun: Token) -> None:
    if noun.lemma_.lower() not in context_words().surfaces:
        fig.counted, fig.counted_head = noun.text, noun.lemma_.lower()
