"""The unit words of the figure grammar (``store/data/units.toml``): currencies, scale words,
percent words, measures and their conversion factors, time words and zones, and the classes of
counted nouns. Loaded once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from store.knowledge.loader import load_data

# the currency codes the article being read defines in its own words ("the Ostrian florin (OSF)",
# "OSF 38 million (about €3.3 million)": store.extract.defined_codes), codes while it is read only
_ARTICLE_CODES: ContextVar[frozenset[str]] = ContextVar("article_codes", default=frozenset())


class CurrencyCodes(frozenset):
    """The codes of the units file; asked whether it holds a code, it answers for the codes the
    article being read defines too (``reading_codes``), so every rule that asks whether a unit is
    money reads them as the file's own. Iterated, it gives the file's codes only."""

    def __contains__(self, code: object) -> bool:
        return frozenset.__contains__(self, code) or code in _ARTICLE_CODES.get()


@contextmanager
def reading_codes(codes: Iterable[str]) -> Iterator[None]:
    """Read ``codes`` as currency codes until the block ends (an article's own codes)."""
    token = _ARTICLE_CODES.set(frozenset(codes))
    try:
        yield
    finally:
        _ARTICLE_CODES.reset(token)


def codes_read() -> frozenset[str]:
    """The codes the article being read defines (``reading_codes``)."""
    return _ARTICLE_CODES.get()


@dataclass(frozen=True)
class Reading:
    """A scale a number is read on ("magnitude 6.2"): the words and symbols that name it, the
    nouns a reading is of, and the top of the scale."""

    words: tuple[str, ...]
    symbols: tuple[str, ...]  # only as written, before a number with a decimal
    nouns: frozenset[str]
    most: float
    # verbs that set a reading between the scale's name and the number ("the AQI hit 497")
    verbs: tuple[str, ...] = ()
    # what a reading on the scale measures, when not the scale's own name ("air quality index")
    measures: str = ""


@dataclass(frozen=True)
class Units:
    currency_symbols: dict[str, str]  # longest symbol first
    currency_codes: CurrencyCodes  # every code, those read only in capitals ("MAD") too
    currency_words: dict[str, str]  # lower-case word -> code
    scale_words: dict[str, float]
    scale_suffixes: dict[str, float]
    rupee_suffixes: tuple[str, ...]  # in scale_suffixes too; only on a rupee amount, lower case
    percent_words: list[str]
    cased_percent_words: list[str]  # "pc": a percent only in lower case ("40pc", not "Ten PC")
    percent_label_nouns: frozenset[str]  # "pass percentage: 61.5": a label's bare figure in percent
    measures: dict[str, str]  # lower-case phrase -> unit code
    cased_measures: dict[str, str]  # "Ml" -> "megalitres": a symbol only in the case written
    glued_measures: dict[str, str]  # "km" -> "km": a symbol that may touch its digits ("95km")
    glued_cased_measures: dict[str, str]  # "C" -> "degrees Celsius": glued, as written only
    time_words: frozenset[str]
    count_classes: dict[str, str]  # noun lemma -> unit class
    armed_count_classes: dict[str, str]
    measure_codes: frozenset[str]  # unit codes of measured quantities ("km2", "tonnes")
    guarded_symbols: dict[str, str]  # "P" -> "PHP": a currency only before a decimal or scale
    cased_symbols: dict[str, str]  # "MK" -> "MWK": a currency only in capitals glued to digits
    spaced_cased_symbols: dict[str, str]  # "Rp" -> "IDR": in the case written, glued or a space
    conversions: dict[str, tuple[str, float]]  # unit code -> (dimension, size in its base unit)
    time_zones: frozenset[str]  # "GMT", "PHT": a number before one is a clock time
    person_units: frozenset[str]  # units that count persons ("people", "deaths", "bodies")
    vague_heads: frozenset[str]  # "centre": counted with the noun that says which kind
    header_measures: dict[str, str]  # "t" -> "tonnes": only alone in a header's brackets
    rate_adjectives: dict[str, str]  # "daily" -> "day": the period a measured noun is given per
    rate_adverbs: dict[str, str]  # "annually" -> "year": after a measure or money, its period
    measure_systems: dict[str, tuple[str, ...]]  # "gallons" -> the units that name its system
    # words of a sentence about the air: only there is a bare mass a concentration in air
    air_cues: tuple[str, ...]
    share_nouns: frozenset[str]  # "share", "rate": points of one are percentage points
    poll_nouns: frozenset[str]  # "poll": points of one are percentage points, but on a scale
    scale_nouns: frozenset[str]  # "rating", "index": points of one are points
    place_points: frozenset[str]  # "charging", "water": points after one are places counted
    money_nouns: frozenset[str] = frozenset()  # "budget", "cost": what an amount of money is
    # "the river crested at 6.8m": the words about water heights, and what stands around its "m"
    water_heights: dict[str, tuple[str, ...]] = field(default_factory=dict)
    number_nouns: frozenset[str] = frozenset()  # "range", "figure": a number, of nothing said
    undertakings: frozenset[str] = frozenset()  # "project": a name a sum before it prices
    readings: dict[str, Reading] = field(default_factory=dict)  # "magnitude": a scale read on
    home_dollars: dict[str, str] = field(default_factory=dict)  # "Canada" -> "CAD": a bare "$"
    home_dollar_domains: dict[str, str] = field(default_factory=dict)  # "au" -> "Australia"
    home_dollar_outlets: dict[str, str] = field(default_factory=dict)  # "AAP" -> "Australia"
    home_dollar_datelines: dict[str, str] = field(default_factory=dict)  # "ottawa" -> "Canada"
    after_scale: dict[str, str] = field(default_factory=dict)  # "pound" -> "GBP" after "million"
    hundredths: dict[str, str] = field(default_factory=dict)  # "pence" -> "GBP": 0.01 of it
    hundredths_glued: dict[str, str] = field(default_factory=dict)  # "p" -> "GBP" ("4p")
    hundredths_glued_alone: frozenset[str] = frozenset()  # "p": read without a rate ("40p")
    # words that make an article one about the weather, where a bare "degrees" is a temperature
    weather_cues: tuple[str, ...] = ()
    # the scale a bare "degrees" of the weather is read on, and the one an article may name alone
    weather_scales: tuple[str, str] = ("", "")
    # "rent" -> "month": the period an amount said to be one (its noun, its verb) is given per
    payment_nouns: dict[str, str] = field(default_factory=dict)
    payment_verbs: dict[str, str] = field(default_factory=dict)
    # "head" -> "person": the one a rate is per, as the guide writes it ("per head": per person)
    per_one: dict[str, str] = field(default_factory=dict)
    # "40 container" -> "FEU": a box of that length in feet is one of that unit
    sized_units: dict[str, str] = field(default_factory=dict)
    # "head": after a number, counts one of what its "of" phrase names ("400 head of cattle")
    count_measures: frozenset[str] = frozenset()
    # "salmon": a noun whose plural is the singular ("thousands of salmon"), no "salmons"
    zero_plurals: frozenset[str] = frozenset()
    # "MAD": a code that is also an English word, a currency only as written, in capitals
    cased_codes: tuple[str, ...] = ()
    # "vessels" -> "ships": a unit that counts the things of a class under their own name, one
    # measure with the class for the conflict keys
    alike_count_units: dict[str, str] = field(default_factory=dict)
    # "attendance": a class member only as a mass noun; its plural counts occasions
    mass_class_nouns: frozenset[str] = frozenset()
    # "crown": a currency's noun an article may give its own code in brackets after
    defined_by_name: frozenset[str] = frozenset()

    @cached_property
    def currency_signs(self) -> frozenset[str]:
        """Every sign written for a currency, of the four tables (plain symbols, those guarded by
        a decimal or a scale, those in their case only, those in their case glued or spaced):
        what asks only whether a word is a currency's sign reads this one set."""
        return frozenset({*self.currency_symbols, *self.guarded_symbols, *self.cased_symbols,
                          *self.spaced_cased_symbols})

    def code_written(self, word: str) -> str | None:
        """The currency code a word is, in any case ("eur", "(Usd)"), but a code that is also an
        English word ("MAD") only written in capitals: "mad" or "(Mad)" is no dirham."""
        code = word.upper()
        if code not in self.currency_codes or (code in self.cased_codes and word != code):
            return None
        return code


# the words of a currency a country's name or adjective goes before; "cents" are each euro
# country's and are never written "Austrian cents"
_OWN_NAME_WORDS = {"dollars": ("dollars", "dollar")}
_NOT_NAMED_BY_COUNTRY = frozenset({"cents"})


def _country_currency_words(home_dollars: dict[str, str]) -> dict[str, str]:
    """ "150 million Fijian dollars", "Kenya shillings", "Tunisian dinars": a country's name or
    adjective (``countries.toml``) before the word of its own currency names it, for every
    country whose dollar (``home_dollars``) or shared name (``currencies.toml``) is known, so no
    line per country and word is kept by hand. A plural adjective ("Fijians") is left out."""
    owned: list[tuple[str, tuple[str, ...], str]] = [
        (country, _OWN_NAME_WORDS["dollars"], code) for country, code in home_dollars.items()]
    for name, entry in load_data("currencies.toml").get("shared", {}).items():
        if name in _NOT_NAMED_BY_COUNTRY:
            continue
        words = tuple(entry.get("words", ()))
        owned += [(country, words, code) for country, code in entry.get("countries", {}).items()]
    table = load_data("countries.toml").get("countries", {})
    found: dict[str, str] = {}
    for country, words, code in owned:
        adjectives = list(table.get(country, {}).get("demonyms", ()))
        adjectives = [a for a in adjectives if not (a.endswith("s") and a[:-1] in adjectives)]
        for before in (country, *adjectives):
            for word in words:
                found.setdefault(f"{before} {word}".lower(), code)
    return found


@lru_cache(maxsize=1)
def units() -> Units:
    data = load_data("units.toml")
    symbols = data["currency"]["symbols"]

    def classes(table: dict[str, list[str]]) -> dict[str, str]:
        return {noun.lower(): unit for unit, nouns in table.items() for noun in nouns}

    measures = {k.lower(): v[0] for k, v in data["measure"].items()}
    cased_measures = {k: v[0] for k, v in data.get("measure_cased", {}).items()}
    return Units(
        currency_symbols=dict(sorted(symbols.items(), key=lambda kv: -len(kv[0]))),
        currency_codes=CurrencyCodes([*data["currency"]["codes"]["codes"],
                                      *data["currency"]["codes"].get("cased", ())]),
        cased_codes=tuple(data["currency"]["codes"].get("cased", ())),
        currency_words={**_country_currency_words(data["currency"].get("home_dollars", {})),
                        **{k.lower(): v for k, v in data["currency"]["words"].items()}},
        scale_words={k.lower(): float(v) for k, v in data["scale"]["words"].items()},
        scale_suffixes={k.lower(): float(v) for table in ("suffixes", "rupee_suffixes")
                        for k, v in data["scale"][table].items()},
        rupee_suffixes=tuple(data["scale"]["rupee_suffixes"]),
        percent_words=list(data["percent"]["words"]),
        cased_percent_words=list(data["percent"].get("cased_words", [])),
        percent_label_nouns=frozenset(data["percent"].get("label_nouns", ())),
        measures=measures,
        cased_measures=cased_measures,
        glued_measures={k.lower(): measures[k.lower()]
                        for k in data.get("measure_glued", {}).get("symbols", ())},
        glued_cased_measures={k: v[0] for k, v in data.get("measure_glued_cased", {}).items()},
        time_words=frozenset(w.lower() for w in data["time"]["words"]),
        count_classes=classes(data["count_classes"]),
        armed_count_classes=classes(data["count_classes_armed"]),
        measure_codes=frozenset([*measures.values(), *cased_measures.values()]),
        guarded_symbols=dict(data["currency"].get("guarded_symbols", {})),
        cased_symbols=dict(data["currency"].get("cased_symbols", {})),
        spaced_cased_symbols=dict(data["currency"].get("spaced_cased_symbols", {})),
        conversions={code: (str(v[0]), float(v[1]))
                     for code, v in data.get("conversion", {}).items()},
        time_zones=frozenset(w.lower() for w in data["time"].get("zones", ())),
        person_units=frozenset(data.get("person_units", {}).get("units", ())),
        mass_class_nouns=frozenset(data.get("mass_count_classes", {}).get("nouns", ())),
        vague_heads=frozenset(data.get("vague_heads", {}).get("nouns", ())),
        alike_count_units={unit: alike for alike, kept in data.get("alike_count_units", {}).items()
                           for unit in kept},
        header_measures=dict(data.get("header_measures", {})),
        rate_adjectives=dict(data.get("rate_adjectives", {})),
        rate_adverbs=dict(data.get("rate_adverbs", {})),
        measure_systems={k: tuple(v) for k, v in data.get("measure_systems", {}).items()},
        air_cues=tuple(data.get("air_cues", {}).get("words", ())),
        share_nouns=frozenset(data.get("points_of_share", {}).get("nouns", ())),
        poll_nouns=frozenset(data.get("points_of_share", {}).get("polls", ())),
        scale_nouns=frozenset(data.get("points_of_scale", {}).get("nouns", ())),
        place_points=frozenset(data.get("points_of_place", {}).get("modifiers", ())),
        money_nouns=frozenset(data.get("money_nouns", {}).get("nouns", ())),
        water_heights={k: tuple(v) for k, v in data.get("water_heights", {}).items()},
        number_nouns=frozenset(data.get("money_nouns", {}).get("neutral", ())),
        undertakings=frozenset(data.get("money_nouns", {}).get("undertakings", ())),
        readings={name: Reading(words=tuple(v.get("words", ())),
                                symbols=tuple(v.get("symbols", ())),
                                nouns=frozenset(v.get("nouns", ())), most=float(v["most"]),
                                verbs=tuple(v.get("verbs", ())),
                                measures=str(v.get("measures", "")))
                  for name, v in data.get("readings", {}).items()},
        home_dollars=dict(data["currency"].get("home_dollars", {})),
        home_dollar_domains=dict(data["currency"].get("home_dollar_domains", {})),
        home_dollar_outlets=dict(data["currency"].get("home_dollar_outlets", {})),
        home_dollar_datelines={k.lower(): v for k, v in
                               data["currency"].get("home_dollar_datelines", {}).items()},
        after_scale={k.lower(): v for k, v in data["currency"].get("after_scale", {}).items()},
        hundredths={k.lower(): v for k, v in data["currency"].get("hundredths", {}).items()},
        hundredths_glued={k.lower(): v
                          for k, v in data["currency"].get("hundredths_glued", {}).items()},
        hundredths_glued_alone=frozenset(
            data["currency"].get("hundredths_glued_alone", {}).get("words", ())),
        weather_cues=tuple(data.get("bare_degrees", {}).get("cues", ())),
        weather_scales=(data.get("bare_degrees", {}).get("celsius", ""),
                        data.get("bare_degrees", {}).get("fahrenheit", "")),
        payment_nouns=dict(data.get("payment_periods", {}).get("nouns", {})),
        payment_verbs=dict(data.get("payment_periods", {}).get("verbs", {})),
        per_one=dict(data.get("per_one", {})),
        sized_units=dict(data.get("sized_units", {})),
        count_measures=frozenset(data.get("count_measures", {}).get("words", ())),
        zero_plurals=frozenset(data.get("zero_plurals", {}).get("words", ())),
        defined_by_name=frozenset(data["currency"].get("defined_by_name", {}).get("words", ())),
    )


@lru_cache(maxsize=1)
def job_words() -> JobWords:
    """The nouns that count jobs only where a job's fate is told ("roles", "posts"), the verbs
    that tell it and the words after the noun that do: ``[count_classes_jobs]`` of units.toml."""
    data = load_data("units.toml").get("count_classes_jobs", {})

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data.get(key, ()))

    return JobWords(nouns=words("jobs"), verbs=words("verbs"), removed=words("removed"),
                    messages=words("messages"), cues=words("cues"),
                    after=tuple(w.lower() for w in data.get("after", ())))


@dataclass(frozen=True)
class JobWords:
    nouns: frozenset[str]  # "role", "post": jobs where their fate is told
    verbs: frozenset[str]  # "cut", "shed": a job's fate
    removed: frozenset[str]  # "remove", "delete": a job's fate or a message's
    messages: frozenset[str]  # "post": also a message, which is removed or deleted
    cues: frozenset[str]  # "job", "workforce": words before the noun that say jobs are told of
    after: tuple[str, ...]  # "at risk": a job's fate said after the noun


@lru_cache(maxsize=1)
def _compared_conversions() -> dict[str, tuple[str, float]]:
    """Units converted only where figures are compared (``[compared_conversion]``)."""
    table = load_data("units.toml").get("compared_conversion", {})
    return {code: (str(v[0]), float(v[1])) for code, v in table.items()}


@lru_cache(maxsize=1024)
def compared(unit: str) -> tuple[str, float] | None:
    """As ``converted``, and also for units converted only where figures meet ("basis
    points" -> ("percentage points", 0.01)): the measure a group compares a unit's figures in."""
    found = converted(unit)
    if found is not None:
        return found
    base, sep, per = unit.partition(" per ")
    found = _compared_conversions().get(base)
    if found is None:
        return None
    measure, size = found
    return (f"rate:{measure} per {per}" if sep else measure), size


@lru_cache(maxsize=1024)
def converted(unit: str) -> tuple[str, float] | None:
    """The measure a unit belongs to and the size of one unit in the measure's base unit
    ("gallons" -> ("volume", 0.00379); "barrels per day" -> ("rate:volume per day", 0.159)), or
    None for a unit with no conversion."""
    base, sep, per = unit.partition(" per ")
    found = units().conversions.get(base)
    if found is None:
        return None
    dimension, size = found
    return (f"rate:{dimension} per {per}" if sep else dimension), size
