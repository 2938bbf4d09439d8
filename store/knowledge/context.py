"""The words around a number that the figure grammar reads (``store/data/context.toml``):
qualifiers before and after it and the verbs that bound it, verbs of saying and the nouns that pass
a source on, verbs of owning, the nouns and verbs that say what is counted, the words that make a
number no claim (document numbers, determiners, age bounds), rate periods, prepositions of place
and words of an earlier date. Loaded once, with the lists read in context compiled into patterns."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from store.knowledge.loader import load_data


@dataclass(frozen=True)
class ContextWords:
    before: re.Pattern[str]
    after: re.Pattern[str]
    before_map: dict[str, str]
    after_map: dict[str, str]
    reporting: frozenset[str]
    carriers: frozenset[str]
    number_nouns: frozenset[str]
    bound_verbs: frozenset[str]  # "limit": "transits were limited to 24" measures the transits
    table_sums: frozenset[str]
    capacity_verbs: frozenset[str]
    human_verbs: frozenset[str]
    not_counted: frozenset[str]
    measure_verbs: frozenset[str]
    situated_verbs: frozenset[str]  # "lie": "the village lies at 1,822 metres" measures the village
    journey_verbs: frozenset[str]  # "march": "marched 12 km" is how far they went, no length
    part_verbs: frozenset[str]  # "account for": its subject is the part a sum or share measures
    portion_nouns: frozenset[str]  # "share": a sum it is set at is that portion of its "of" whole
    purposed_money: frozenset[str]  # "provision": money set apart for the use "for" names
    spent_money: frozenset[str]  # "spending": money spent on the use "on" names
    extreme_nouns: frozenset[str]  # "record": the highest of a kind, not what the sum is
    owner_verbs: frozenset[str]
    self_counting: dict[str, tuple[str, str]]
    verb_before: re.Pattern[str]
    verb_map: dict[str, str]
    generic_people: frozenset[str]
    bereaved: frozenset[str]  # "heirs": a sum paid to them is compensation
    doc_number_words: frozenset[str]
    kind_number_words: frozenset[str]  # "class 10 candidates": a name, a plural noun after it
    page_counters: frozenset[str]  # "Comments (214)": page furniture
    determiners: frozenset[str]
    age_group_before: re.Pattern[str]  # "children under " ending the text before a number
    age_superlatives: frozenset[str]  # "oldest": a number in commas after it is an age
    rate_after: re.Pattern[str]  # "per month", "a day", "per capita" right after a number
    rate_in_clause: re.Pattern[str]  # "per month" later in the number's clause
    place_prepositions: frozenset[str]
    whole_country: re.Pattern[str]  # "nationwide", "across the country" just after a figure
    not_places: frozenset[str]  # "Kremlin", "World": tagged places that are no figure's place
    table_place_headers: frozenset[str]  # "City", "Province": a table column of places
    table_pack_headers: frozenset[str]  # "Pack": the pack a row's prices are for
    table_version_headers: frozenset[str]  # "Preliminary", "2019 census": which count, not what
    table_stage_headers: frozenset[str]  # "Provisional", "Revised": a stage of one count
    table_revised_stages: frozenset[str]  # "Revised", "Final": a stage replacing an earlier one
    table_dated_stage_nouns: frozenset[str]  # "Estimate (of 9 February)": a stage by its date
    street_words: frozenset[str]  # "rue", "Street": a number beside them is a house number
    # "via", "place": street words that are common words too, read only in an address's shape
    common_street_words: frozenset[str]
    # "street", "road": street words an English address sets after the name, never before it
    english_street_words: frozenset[str]
    reach_verbs: frozenset[str]  # "contact X on 151": the number is where to reach X
    earlier_words: frozenset[str]
    running_words: frozenset[str]
    statistics_words: frozenset[str]  # "confidence" after "95 percent"
    money_verbs: dict[str, str]  # "spend" -> "spending": what money a verb moves is
    goods_verbs: dict[str, str]  # "export" -> "exports": what a mass or volume it moves is
    human_object_verbs: frozenset[str]  # "kill": a bare number as its object counts people
    # "catch": its participle after "the number" names people ("the number caught")
    number_participles: frozenset[str]
    flow_verbs: frozenset[str]  # "leak": a measure of what it moves counts its subject
    directed_flow_verbs: frozenset[str]  # "leave": moves a substance, but releases nothing
    refuge_nouns: frozenset[str]  # "shelter": a bare number in one counts people
    motion_verbs: dict[str, str]  # "move": a speed it completes is its subject's movement
    surfaces: frozenset[str]  # "water" in "oil on 200 km2 of water": where, not what
    area_verbs: frozenset[str]  # "burn": an area it takes is the area burned
    area_participles: frozenset[str]  # "sown": an irregular one the tagger calls an adjective
    noun_area_verbs: frozenset[str]  # "affect": its area is named by the noun ("affected area")
    area_nouns: frozenset[str]  # "forest": a kind of area, counted as itself
    estimate_nouns: frozenset[str]  # "estimate": a sum set to it with no "of" counts it
    source_verbs: frozenset[str]  # "come": a sum it brings "from" a source is that money
    recipient_verbs: frozenset[str]  # "entitle": their passive subject is who gets a sum
    person_fee_verbs: frozenset[str]  # "sign": a sum "for" the person signed is a fee
    earning_verbs: frozenset[str]  # "earn": a sum a person earns per a period is pay
    pay_periods: dict[str, str]  # "week" -> "wage", "year" -> "salary": that pay's name
    party_nouns: frozenset[str]  # "family": a noun for a party a sum may be given to
    rate_period_words: frozenset[str]  # "day", "week": the periods of a rate
    rate_openers: frozenset[str]  # "a", "per", "every": the words that open a rate's period
    net_of_words: frozenset[str]  # "tax": "after tax" says what a sum is net of, not when
    short_period_words: frozenset[str]  # "second", "minute": also ordinals, read after "per"
    link_words: frozenset[str]  # words that keep figures one list ("and", "up from", "the")
    conversion_before: re.Pattern[str]  # "(", ", or ", "equivalent to " before a conversion
    revising_verbs: frozenset[str]  # "raise" in "raised the toll from 38 to 912"
    pure_revising: frozenset[str]  # "revise": never a change in the world
    scope_nouns: frozenset[str]  # "recall": what "expanded its recall" revises is a count
    position_nouns: frozenset[str]  # "offer": only its party sets it, so raising it revises
    change_verbs: frozenset[str]  # "rise" in "the toll rose from 38 to 912"
    moving_verbs: frozenset[str]  # "take" in "taking its capacity from 400 to 650"
    since_before: re.Pattern[str]  # "up from " ending the text before a number
    replaced_before: re.Pattern[str]  # "up from an initial " ending the text before a number
    replacing: re.Pattern[str]  # "final", "revised": a figure that replaces another
    stated_as: re.Pattern[str]  # "given as " ending the text before a number that is replaced
    contact_before: re.Pattern[str]  # "tel. ", "Call " ending the text before a number
    position_words: frozenset[str] = frozenset()  # "last" in "the last three letters"
    year_nouns: frozenset[str] = frozenset()  # "levels" in "back to 2004 levels": a baseline
    year_things: frozenset[str] = frozenset()  # "models" in "the 2027 models": a model year
    rank_words: frozenset[str] = frozenset()  # "leading" in "Argentina's two leading exchanges"
    standard_size_nouns: frozenset[str] = frozenset()  # "container": "40-foot" names its size
    # "add": a verb of saying that also means to increase by what it takes ("will add 900 seats")
    increasing_reporting: frozenset[str] = frozenset()
    mean_time_verbs: frozenset[str] = frozenset()  # "wait": its mean time is the wait
    mean_time_nouns: frozenset[str] = frozenset()  # "wait" of "the median wait was 14 weeks"
    time_taken_verbs: frozenset[str] = frozenset()  # "take" of "took 36 minutes on average"
    degree_before: re.Pattern[str] | None = None  # "Level ", "Stage " (capitalised) before a number
    doc_list_before: re.Pattern[str] | None = None  # "Articles 12(3)(b), 40, " before a number
    rate_nouns: frozenset[str] = frozenset()  # "frequency": its "of" phrase is counted a day
    per_unit_words: frozenset[str] = frozenset()  # "person", "capita": what a rate is per, not when
    price_verbs: frozenset[str] = frozenset()  # "cost": its subject is what the amount prices
    asking_verbs: frozenset[str] = frozenset()  # "charge", "ask": a seller's verb of its price
    need_verbs: frozenset[str] = frozenset()  # "need": how often each needs it, no rate
    tuition_words: frozenset[str] = frozenset()  # "tuition": a fee one student pays
    learner_nouns: frozenset[str] = frozenset()  # "undergraduate": who pays tuition
    study_periods: frozenset[str] = frozenset()  # "year", "term": what a course's fee is per
    price_nouns: frozenset[str] = frozenset()  # "cost": its "of a container" is what it prices
    share_nouns: frozenset[str] = frozenset()  # "shares": their level is the price of one
    summary_words: frozenset[str] = frozenset()  # "average": a price over many, not of one
    price_kind_words: frozenset[str] = frozenset()  # "retail": which price of one, not a sum
    priced_synonyms: dict[str, str] = field(default_factory=dict)  # "box": "container"
    # "cut", "rise": "rate" before these modifies them ("a rate cut"), naming no rate's sum
    rate_compound_heads: frozenset[str] = frozenset()
    # "fund", "scheme": a sum before a name ending in one is that fund's or scheme's size
    named_sum_heads: frozenset[str] = frozenset()
    # "win", "poll": a share they take as object, with no whole named, is of the votes cast
    vote_share_verbs: frozenset[str] = frozenset()
    voting_verbs: frozenset[str] = frozenset()  # "vote": a share as their subject is of votes
    ballot_options: frozenset[str] = frozenset()  # "put Yes on 52.4%": the side, as written
    # " in the previous forecast" starting the text after a number that a later one replaced
    replaced_after: re.Pattern[str] = re.compile("(?!)")
    # "announced on 23 March", "it forecast in September": an old figure's own words that say it
    # was stated before (group "word": a word of the figure's own between, "vehicles")
    stated_after: re.Pattern[str] = re.compile("(?!)")
    # "not " ending the text before a figure a correction sets aside ("41,870, not 41,230 ...")
    set_aside_before: re.Pattern[str] = re.compile("(?!)")
    # " as first reported" starting the text after it, perhaps after its own unit
    first_stated_after: re.Pattern[str] = re.compile("(?!)")
    # "had earlier said", "initially put": an old figure's own teller, before it
    earlier_said_before: re.Pattern[str] = re.compile("(?!)")
    # "now says", "but now estimates": a new figure's teller speaking again, before it
    now_says_before: re.Pattern[str] = re.compile("(?!)")


def _section_words(section: str, key: str) -> frozenset[str]:
    """The words of ``[section] key`` of context.toml, in lower case (none where the file has
    neither)."""
    return frozenset(w.lower() for w in load_data("context.toml").get(section, {}).get(key, ()))


def difference_words(key: str) -> frozenset[str]:
    """The words of ``[differences] key`` of context.toml: what makes a count or a sum the
    size of a change ("grew by 38", "a drop of 90"), read by ``store.conflicts.differences``."""
    return _section_words("differences", key)


@lru_cache(maxsize=1)
def hedge_words() -> frozenset[str]:
    """The words that hedge an amount before it, one by one, for rules that read tokens
    (``[hedges]`` of context.toml)."""
    return _section_words("hedges", "words")


@lru_cache(maxsize=1)
def hedges() -> str:
    """The words that hedge an amount before it ("about", "roughly"), as one regular-expression
    alternation, for the rules that read past one to the number (``[hedges]`` of context.toml);
    kept apart from ``context_words`` so a module may build its patterns at import."""
    return alternation(load_data("context.toml")["hedges"]["words"])


@lru_cache(maxsize=1)
def audience_words() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns for people watching ("crowd", "audience") and the events whose crowd is their
    attendance ("match", "concert"): ``[audience]`` of context.toml."""
    data = load_data("context.toml")["audience"]
    return (frozenset(w.lower() for w in data["crowds"]),
            frozenset(w.lower() for w in data["events"]))


@lru_cache(maxsize=1)
def table_source_headers() -> frozenset[str]:
    """The column headers that say whose figure a table row's cells are ("Source", "According
    to"): ``[tables] source_headers`` of context.toml."""
    return frozenset(w.lower() for w in load_data("context.toml")["tables"].get(
        "source_headers", ()))


@lru_cache(maxsize=1)
def table_report_nouns() -> frozenset[str]:
    """The nouns a caption uses for the table as a report ("Results by district", "Summary"),
    which say nothing of what its cells count: ``[tables] report_nouns`` of context.toml."""
    return frozenset(w.lower() for w in load_data("context.toml")["tables"].get(
        "report_nouns", ()))


@lru_cache(maxsize=1)
def valued_at_nouns() -> frozenset[str]:
    """The nouns a year qualifies when it says at what prices a sum is valued ("at 2030 prices",
    "in 2015 dollars"): ``[when] valued_at`` of context.toml."""
    return frozenset(w.lower() for w in load_data("context.toml")["when"].get("valued_at", ()))


@lru_cache(maxsize=1)
def level_verbs() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs of passing that bound only a level ("crossed $2 billion", not "crossed 3
    islands"), the nouns that make a number a level ("the 1,000 mark") and the words after a
    number that leave it bare ("crossed 10,000 on Friday"): ``[level_verbs]`` of context.toml."""
    return (_section_words("level_verbs", "verbs"), _section_words("level_verbs", "nouns"),
            _section_words("level_verbs", "bare_after"))


@lru_cache(maxsize=1)
def hyphen_prefixes() -> frozenset[str]:
    """Prefixes a word is hyphened onto ("re-test", "co-op"): ``[hyphen_prefixes] words`` of
    context.toml."""
    return _section_words("hyphen_prefixes", "words")


@lru_cache(maxsize=1)
def paid_in_nouns() -> frozenset[str]:
    """The kinds of money a sum paid "in" them is ("in business rates", "in fines"): ``[paid_in]
    nouns`` of context.toml."""
    return _section_words("paid_in", "nouns")


@lru_cache(maxsize=1)
def stake_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of owning a share of a company and the nouns of what a stake is in: ``[stakes]``
    of context.toml."""
    return _section_words("stakes", "verbs"), _section_words("stakes", "wholes")


@lru_cache(maxsize=1)
def phrasal_change_verbs() -> frozenset[str]:
    """The verbs that "up" or "down" as their particle make verbs of change ("went up", "came
    down"): ``[moved_by] phrasal`` of context.toml."""
    return _section_words("moved_by", "phrasal")


@lru_cache(maxsize=1)
def moved_by_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words of direction a headline puts between a noun and its percentage ("up",
    "down") and the verbs that take them themselves ("went up"): ``[moved_by]`` of
    context.toml."""
    return _section_words("moved_by", "words"), _section_words("moved_by", "verbs")


@lru_cache(maxsize=1)
def covering_verbs() -> frozenset[str]:
    """The verbs after which "under" says where a thing lies, not a bound on the measure after
    it ("buried under 2 metres of snow"): ``[covered_under] verbs`` of context.toml."""
    return _section_words("covered_under", "verbs")


@lru_cache(maxsize=1)
def whole_words() -> frozenset[str]:
    """The adverbials that say a number counts the whole, not a period's share ("50,000 in
    total"): ``[when] whole`` of context.toml."""
    return frozenset(w.lower() for w in load_data("context.toml")["when"].get("whole", ()))


@lru_cache(maxsize=1)
def valued_basis_words() -> frozenset[str]:
    """The words that may stand between "in" / "at" and the year of a price basis ("in constant
    2021 euros"): ``[when] valued_basis`` of context.toml."""
    return frozenset(w.lower() for w in load_data("context.toml")["when"].get("valued_basis", ()))


def audience_apart() -> frozenset[str]:
    """The prepositions that put a crowd beside an event, not in it ("outside the arena"):
    ``[audience] apart`` of context.toml."""
    return frozenset(w.lower() for w in load_data("context.toml")["audience"].get("apart", ()))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words, escaped, the longest first (so a phrase beats a word
    it starts with)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def spaced_alternation(words: Iterable[str]) -> str:
    """As ``alternation``, a space in a phrase matching any run of spaces ("went up")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))


# an item of a list of document parts ("40", "12(3)(b)", "12a") and what joins two of them
_ITEM = r"\d+[A-Za-z]?(?:\(\w{1,4}\))*"
_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+)"


def _capitalised(words: Iterable[str]) -> str:
    """An alternation of the words written with a capital, as a name is ("Level", "Alert level")."""
    return _phrases(w[:1].upper() + w[1:] for w in words)


def _phrases(words: Iterable[str]) -> str:
    """An alternation in the file's order, a space in a phrase matching any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


# after "a", a short period ends the figure's phrase ("a second time" is an ordinal); a closing
# quotation mark ends it too ("lost 1.6 pitches a minute".), not an apostrophe ("a minute's walk")
_PHRASE_ENDS = (r"(?=\s*(?:[,.;:!?)\]\"\u201d]|[\u2019'](?!\w)|$)"
                r"|\s+(?:on|in|at|from|to|and|or|but|by|for|during|since|until|through|into|down"
                r"|over|according|said|says|the)\b)")


def _short_periods(words: Iterable[str]) -> str:
    """ "per second", and "a second", "every minute", "each second" that ends the figure's
    phrase: the alternative a rate pattern, which matches "per", "a", "an", "each" or "every"
    and a space first, adds for the short periods ("every second house" is an ordinal)."""
    words = list(words)
    if not words:
        return "(?!)"
    short = _phrases(words)
    return (rf"(?<=\bper\s)(?:{short})|(?:(?<=\ba\s)|(?<=\beach\s)|(?<=\bevery\s))"
            rf"(?:{short}){_PHRASE_ENDS}")


@lru_cache(maxsize=1)
def context_words() -> ContextWords:
    data = load_data("context.toml")
    before = {k.lower(): v for k, v in data["qualifiers"].items()}
    after = {k.lower(): v for k, v in data["qualifiers_after"].items()}
    verbs = {k.lower(): v for k, v in data["qualifier_verbs"].items()}
    not_claims = data["not_claims"]
    revisions = data["revisions"]
    # a correction sets aside only a figure stated as fact, never one forecast
    fact_verbs = [v for v in revisions["stated_verbs"]
                  if v not in revisions.get("forecast_verbs", ())]
    stage_nouns = data["revisions"].get("stage_nouns", [])
    periods, per_unit = list(data["rates"]["periods"]), list(data["rates"]["per_unit"])
    openers = list(data["rates"]["openers"])
    short = _short_periods(data["rates"].get("short_periods", ()))
    return ContextWords(
        before=re.compile(rf"(?:^|(?<=[\s(\"“‘']))(?P<q>{alternation(before)})\s+$", re.I),
        after=re.compile(rf"^\s?(?P<q>{alternation(after)})(?![A-Za-z])", re.I),
        before_map=before,
        after_map=after,
        reporting=frozenset(data["reporting"]["verbs"]),
        carriers=frozenset(data["reporting"]["carriers"]),
        increasing_reporting=frozenset(data["reporting"].get("increasing", ())),
        number_nouns=frozenset(data["counted"]["number_nouns"]),
        bound_verbs=frozenset(data["counted"]["bound_verbs"]),
        table_sums=frozenset(data["counted"]["table_sums"]),
        capacity_verbs=frozenset(data["counted"]["capacity_verbs"]),
        rate_nouns=frozenset(data["counted"].get("rate_nouns", ())),
        human_verbs=frozenset(data["counted"]["human_verbs"]),
        not_counted=frozenset(data["counted"]["not_counted"]),
        measure_verbs=frozenset(data["counted"]["measure_verbs"]),
        situated_verbs=frozenset(data["counted"].get("situated_verbs", ())),
        journey_verbs=frozenset(data["counted"].get("journey_verbs", ())),
        part_verbs=frozenset(data["counted"].get("part_verbs", ())),
        portion_nouns=frozenset(data["counted"].get("portion_nouns", ())),
        purposed_money=frozenset(data["counted"].get("purposed_money", ())),
        spent_money=frozenset(data["counted"].get("spent_money", ())),
        extreme_nouns=frozenset(data["counted"].get("extreme_nouns", ())),
        owner_verbs=frozenset(data["owners"]["verbs"]),
        self_counting={k: (v[0], v[1]) for k, v in data["self_counting"].items()},
        verb_before=re.compile(rf"\b(?P<v>{alternation(verbs)})\s+$", re.I),
        verb_map=verbs,
        generic_people=frozenset(data["counted"]["generic_people"]),
        bereaved=frozenset(data["counted"]["bereaved"]),
        doc_number_words=frozenset(not_claims["doc_number_words"]),
        kind_number_words=frozenset(not_claims.get("kind_number_words", ())),
        page_counters=frozenset(not_claims.get("page_counters", ())),
        determiners=frozenset(not_claims["determiners"]),
        position_words=frozenset(not_claims.get("position_words", ())),
        year_nouns=frozenset(not_claims.get("year_nouns", ())),
        year_things=frozenset(not_claims.get("year_things", ())),
        rank_words=frozenset(not_claims.get("rank_words", ())),
        standard_size_nouns=frozenset(not_claims.get("standard_size_nouns", ())),
        mean_time_verbs=frozenset(not_claims.get("mean_time_verbs", ())),
        mean_time_nouns=frozenset(not_claims.get("mean_time_nouns", ())),
        time_taken_verbs=frozenset(not_claims.get("time_taken_verbs", ())),
        age_group_before=re.compile(rf"\b(?:{_phrases(not_claims['age_groups'])})\s+"
                                    rf"(?:{_phrases(not_claims['age_bounds'])})\s+$", re.I),
        age_superlatives=frozenset(not_claims.get("age_superlatives", ())),
        rate_after=re.compile(rf"\s*[)\]]?\s*(?:{alternation(openers)})\s+"
                              rf"({_phrases(periods + per_unit)}|{short})\b", re.I),
        # "arrive per month", not "lost 3 million users in a quarter" (within one, not each),
        # nor "up 12% on a year" (against the level a year before)
        rate_in_clause=re.compile(rf"\b(?:per|each|every|(?<!\bin\s)(?<!\bwithin\s)"
                                  rf"(?<!\bover\s)(?<!\bfor\s)(?<!\bon\s)(?:a|an))\s+({_phrases(periods)}|{short})\b"
                                  r"(?!\s+(?:after|before|earlier|later|ago|of)\b)", re.I),
        place_prepositions=frozenset(data["places"]["prepositions"]),
        whole_country=re.compile(rf"\b(?:{_phrases(data['places']['whole_country'])})\b", re.I),
        not_places=frozenset(data["places"].get("not_places", ())),
        table_place_headers=frozenset(
            w.lower() for w in data.get("tables", {}).get("place_headers", ())),
        table_pack_headers=frozenset(
            w.lower() for w in data.get("tables", {}).get("pack_headers", ())),
        table_version_headers=frozenset(
            w.lower() for w in data.get("tables", {}).get("version_headers", ())),
        table_stage_headers=frozenset(
            w.lower() for w in data.get("tables", {}).get("stage_headers", ())),
        table_revised_stages=frozenset(
            w.lower() for w in data.get("tables", {}).get("revised_stage_headers", ())),
        table_dated_stage_nouns=frozenset(
            w.lower() for w in data.get("tables", {}).get("dated_stage_nouns", ())),
        street_words=frozenset(w.lower() for w in not_claims.get("street_words", ())),
        common_street_words=frozenset(
            w.lower() for w in not_claims.get("common_street_words", ())),
        english_street_words=frozenset(
            w.lower() for w in not_claims.get("english_street_words", ())),
        reach_verbs=frozenset(w.lower() for w in (*not_claims.get("reach_verbs", ()),
                                                   *not_claims.get("contact_verbs", ()))),
        earlier_words=frozenset(data["when"]["earlier"]),
        running_words=frozenset(data["when"]["running"]),
        statistics_words=frozenset(not_claims["statistics_words"]),
        money_verbs=dict(data["money_verbs"]),
        goods_verbs=dict(data.get("goods_verbs", {})),
        human_object_verbs=frozenset(data["counted"]["human_object_verbs"]),
        number_participles=frozenset(data["counted"].get("number_participles", ())),
        flow_verbs=frozenset(data["counted"]["flow_verbs"]),
        directed_flow_verbs=frozenset(data["counted"]["directed_flow_verbs"]),
        refuge_nouns=frozenset(data["counted"]["refuge_nouns"]),
        motion_verbs={verb: noun for verb, noun in data["counted"]["motion_verbs"]},
        surfaces=frozenset(data["counted"]["surfaces"]),
        area_verbs=frozenset(data["counted"].get("area_verbs", ())),
        area_participles=frozenset(data["counted"].get("area_participles", ())),
        noun_area_verbs=frozenset(data["counted"].get("noun_area_verbs", ())),
        area_nouns=frozenset(data["counted"].get("area_nouns", ())),
        estimate_nouns=frozenset(data["counted"].get("estimate_nouns", ())),
        source_verbs=frozenset(data["counted"].get("source_verbs", ())),
        recipient_verbs=frozenset(data["counted"].get("recipient_verbs", ())),
        person_fee_verbs=frozenset(data["counted"].get("person_fee_verbs", ())),
        earning_verbs=frozenset(_pay_by_period(data).get("verbs", ())),
        pay_periods=_pay_periods(_pay_by_period(data)),
        party_nouns=frozenset(data["counted"].get("party_nouns", ())),
        rate_period_words=frozenset(periods + list(data["rates"].get("short_periods", ()))),
        rate_openers=frozenset(openers),
        net_of_words=frozenset(data["rates"].get("net_of", ())),
        short_period_words=frozenset(data["rates"].get("short_periods", ())),
        per_unit_words=frozenset(per_unit),
        price_verbs=frozenset(data["rates"].get("price_verbs", ())),
        asking_verbs=frozenset(data["rates"].get("asking_verbs", ())),
        need_verbs=frozenset(data["rates"].get("need_verbs", ())),
        tuition_words=frozenset(data["rates"].get("tuition_words", ())),
        learner_nouns=frozenset(data["rates"].get("learner_nouns", ())),
        study_periods=frozenset(data["rates"].get("study_periods", ())),
        price_nouns=frozenset(data["rates"].get("price_nouns", ())),
        share_nouns=frozenset(data["rates"].get("share_nouns", ())),
        summary_words=frozenset(data["rates"].get("summary_words", ())),
        price_kind_words=frozenset(data["rates"].get("price_kind_words", ())),
        priced_synonyms=dict(data["rates"].get("priced_synonyms", {})),
        rate_compound_heads=frozenset(data["rates"].get("rate_compound_heads", ())),
        named_sum_heads=frozenset(data["counted"].get("named_sum_heads", ())),
        vote_share_verbs=frozenset(data["counted"].get("vote_share_verbs", ())),
        voting_verbs=frozenset(data["counted"].get("voting_verbs", ())),
        ballot_options=frozenset(data["counted"].get("ballot_options", ())),
        link_words=frozenset(w.lower() for w in data["continuation"]["link_words"]),
        conversion_before=re.compile(
            rf"(?:^|[\s,;])(?:{_phrases(data['continuation']['conversion_markers'])})\s*"
            rf"(?:(?:{alternation(before)})\s+)?$", re.I),
        revising_verbs=frozenset(data["revisions"]["verbs"]),
        pure_revising=frozenset(data["revisions"]["pure_verbs"]),
        scope_nouns=frozenset(data["revisions"].get("scope_nouns", ())),
        position_nouns=frozenset(data["revisions"].get("position_nouns", ())),
        change_verbs=frozenset(data["revisions"]["change_verbs"]),
        moving_verbs=frozenset(data["revisions"].get("moving_verbs", ())),
        since_before=re.compile(rf"\b(?:{_phrases(data['revisions']['since_before'])})\s+"
                                rf"(?:(?:an?|the|its|their)\s+)?"
                                rf"(?:(?:{_phrases(data['revisions']['replaced_stages'])})\s+)?$",
                                re.I),
        replaced_before=re.compile(
            rf"\b(?:{_phrases(data['revisions']['since_before'])})\s+(?:(?:an?|the|its|their)\s+)?"
            rf"(?:{_phrases(data['revisions']['replaced_stages'])})\s+$", re.I),
        replacing=re.compile(rf"\b(?:{_phrases(data['revisions']['replacing_stages'])})\b", re.I),
        stated_as=re.compile(rf"\b(?:{_phrases(data['revisions']['stated_as'])})\s+$", re.I),
        stated_after=re.compile(
            rf"(?:\s+(?!(?:it|they|that|which)\b)(?P<word>[a-z][a-z-]*))?,?\s+"
            rf"(?:(?:that|which)\s+)?(?:(?:it|they)\s+"
            rf"(?:had\s+|has\s+|have\s+)?)?(?:{_phrases(data['revisions']['stated_verbs'])})\b",
            re.I),
        set_aside_before=re.compile(
            rf"(?:(?:,|\b(?:and|but))\s+not|\b(?:{_phrases(data['revisions']['set_aside'])}))\s+"
            rf"(?:(?:the|its|their)\s+)?$", re.I),
        first_stated_after=re.compile(
            # a named other speaker ("as the police reported") is a rival unless a first-word
            # says the figure was the same body's earlier reading ("as the council first said")
            # ("instead of the 640 jobs originally announced": a first-word right after the figure
            # and its words, with no "as", says the same)
            rf"(?:\s+[^\s,.;]+){{0,2}}?,?\s+(?:as\s+(?:(?:(?:it|they|we|he|she)\s+)?"
            rf"(?:(?:had|has|was|were|is|are)\s+)?(?:(?:{_phrases(revisions['first_stated'])})\s+)?"
            rf"|the\s+\w+\s+(?:(?:had|has|was|were|is|are)\s+)?"
            rf"(?:{_phrases(revisions['first_stated'])})\s+)"
            rf"|(?:(?:it|they|we|he|she)\s+)?(?:{_phrases(revisions['first_stated'])})\s+)"
            rf"(?:{_phrases([*fact_verbs, *revisions['said_verbs']])})\b",
            re.I),
        earlier_said_before=re.compile(
            rf"\b(?:had\s+(?:(?:{_phrases(revisions['first_stated'])})\s+)?"
            rf"|(?:{_phrases(revisions['first_stated'])})\s+)"
            rf"(?:{_phrases(revisions['earlier_said_verbs'])})\b", re.I),
        now_says_before=re.compile(
            rf"\bnow\s+(?:{_phrases(revisions['now_says_verbs'])})\b", re.I),
        replaced_after=re.compile(
            rf"\s+(?:in|from|of)\s+(?:the|its|their|an?)\s+"
            rf"(?:{_phrases(data['revisions']['replaced_stages'])})\s+"
            rf"(?:{_phrases([*data['counted']['number_nouns'], *stage_nouns])})s?\b", re.I),
        contact_before=re.compile(
            rf"\b(?:{_phrases([*not_claims['contact_words'], *not_claims['contact_verbs']])})"
            r"[:.]?\s*(?:[+(\d][\d()\s.+-]*)?$", re.I),
        degree_before=re.compile(
            rf"(?-i:\b(?:{_capitalised(not_claims.get('degree_words', []))}))\s+$", re.I),
        # a number in a list of document parts: "Articles 12(3)(b), 40, 41 and 44"
        doc_list_before=re.compile(
            rf"\b(?:{_phrases(not_claims['doc_number_words'])})"
            rf"(?:s\s+(?:{_ITEM}{_JOIN})+|\s+(?:{_ITEM}{_JOIN})*{_ITEM}\s+(?:and|or|to)\s+)$",
            re.I),
    )


def _pay_by_period(data: dict) -> dict:
    return data["counted"].get("pay_by_period", {})


def _pay_periods(table: dict) -> dict[str, str]:
    """Each period of a rate (``[counted.pay_by_period]``) and the name of the pay earned per
    it: "wage" per a day or a week, "salary" per a month or a year."""
    periods = {period: "wage" for period in table.get("wage_periods", ())}
    periods.update({period: "salary" for period in table.get("salary_periods", ())})
    return periods


@dataclass(frozen=True)
class MoveWords:
    """The words of ``[moves]`` of ``context.toml``: what says a percentage is a move over a
    span ("fell 3.1%", "a 6% drop") and what names the point it is measured from ("since")."""

    before: frozenset[str]
    between: frozenset[str]
    phrasal: frozenset[str]
    after: frozenset[str]
    since: frozenset[str]
    baseline_stop: frozenset[str]


@lru_cache(maxsize=1)
def move_words() -> MoveWords:
    """The ``[moves]`` lists, lower-cased (read once)."""
    return MoveWords(*(_section_words("moves", key) for key in (
        "before", "between", "phrasal", "after", "since", "baseline_stop")))
