"""Whose estimate a figure is and which event it belongs to (``store/data/estimates.toml``): the
nouns that name an authored estimate, the words that make a count or a body the state's own, the
words that make a body independent, the nouns of bounded events, and the counted classes an event
fixes. Loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from store.knowledge.context import spaced_alternation
from store.knowledge.folding import fold
from store.knowledge.loader import load_data


@dataclass(frozen=True)
class EstimateWords:
    origin_nouns: frozenset[str]
    official_adjectives: frozenset[str]
    official_bodies: re.Pattern[str]
    independent: re.Pattern[str]
    state_heads: re.Pattern[str]  # "ministry": the state's whatever its portfolio is called
    event_nouns: frozenset[str]
    event_verbs: dict[str, str]  # "capsize" -> "capsizing": a verb that says an event happened
    event_bound_classes: frozenset[str]
    event_bound_words: frozenset[str]
    event_bound_money: frozenset[str]  # "cost", "losses": a sum an event cost
    event_marked_heads: frozenset[str]  # "damage" of "storm damage": a head that keeps the event
    people_of: re.Pattern[str]  # "researchers at X": group 1 is X
    people: frozenset[str]  # "researchers", "analysts": the people of a body
    compared: re.Pattern[str]  # "up from" and its kin, ending just before a figure
    norm: re.Pattern[str]  # "the minimum of", "a target of": ending just before a figure
    norm_nouns: frozenset[str]  # "minimum", "standard": what a norm is called
    sample: re.Pattern[str] = re.compile("(?!)")  # "a survey of": ending just before a figure
    # "enough for", "can seat up to": ending just before a figure (how many it has room for)
    capacity: re.Pattern[str] = re.compile("(?!)")
    forecast_verbs: frozenset[str] = frozenset()  # lemmas: "expect", "forecast"
    forecast_nouns: frozenset[str] = frozenset()  # lemmas: "forecast", "projection"
    estimated_sums: frozenset[str] = frozenset()  # "cost", "bill": a cost estimate's noun
    valued_at: frozenset[str] = frozenset()  # lemmas: "value", "cost" (... at a figure)
    statement_words: re.Pattern[str] = re.compile("(?!)")  # "media statement", "press release"
    first_person: frozenset[str] = frozenset()  # "we", "our": a release's own body
    # a correction notice: "Correction:" opening it, "the correct figure was", a regret after it
    correction_opener: re.Pattern[str] = re.compile("(?!)")
    correct_figure: re.Pattern[str] = re.compile("(?!)")
    regret: re.Pattern[str] = re.compile("(?!)")
    pieces: frozenset[str] = frozenset()  # "article", "story": an outlet's own piece
    # "fell from" and its kin, ending just before a figure (read by the conflict keys only)
    moved_from: re.Pattern[str] = re.compile("(?!)")
    # a word of time or a year, anywhere in a stretch of text (after a value compared)
    time_after: re.Pattern[str] = re.compile("(?!)")
    # a comparison word anywhere in a sentence ("against", "compared with", "more than")
    comparison_word: re.Pattern[str] = re.compile("(?!)")
    # a verb of change ending just before a figure, no "from" between ("could rise 20% to 30%")
    changed: re.Pattern[str] = re.compile("(?!)")
    # a verb of change or of moving, its object, then "by", ending just before a figure
    # ("pushed up vegetable prices by 30% to 40%"): group "between" is the object
    moved_by: re.Pattern[str] = re.compile("(?!)")
    # "an interval of 12% to 19%": a noun of spread, then "of" or "be", ending before a figure
    range_named: re.Pattern[str] = re.compile("(?!)")
    # "economists estimate the economy grew 1.5% to 2%": before a move, it is a range
    unsure_before: frozenset[str] = frozenset()
    # "the project", "an estimate": after these, a word of unsure_before is a noun
    noun_markers: frozenset[str] = frozenset()
    # "organizers" -> "organizing committee": the people of a role named for the body they make
    role_bodies: dict[str, str] = field(default_factory=dict)
    # what one event moved or took, measured ("volume", "mass"; money: "value") when the
    # figure's own sentence names the event
    event_measures: frozenset[str] = frozenset()
    event_measure_money: frozenset[str] = frozenset()

    def body_of(self, name: str) -> str:
        """The body a group of its people names: "researchers at X" -> "X"."""
        found = self.people_of.match(name.strip())
        return found.group(1).strip() if found else name

    def is_official(self, name: str) -> bool:
        """Whether a body or a speaker is the state's: "the health ministry", "Governor X",
        "police", but not "the university's department of epidemiology"; a ministry is the state's
    whatever its portfolio says ("the Ministry of Human Rights", "of International Trade")."""
        folded = fold(name)
        return bool(self.official_bodies.search(folded)) and (
            not self.independent.search(folded) or bool(self.state_heads.search(folded)))


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


@lru_cache(maxsize=1)
def estimate_words() -> EstimateWords:
    data = load_data("estimates.toml")
    return EstimateWords(
        origin_nouns=frozenset(data["origin_nouns"]["words"]),
        official_adjectives=frozenset(data["official"]["adjectives"]),
        official_bodies=_words_pattern(data["official"]["bodies"]),
        independent=_words_pattern(data["independent"]["words"]),
        state_heads=_words_pattern(data["independent"]["unless"]),
        event_nouns=frozenset(data["events"]["nouns"]),
        event_verbs={k: v for k, v in data.get("event_verbs", {}).items() if k != "source"},
        event_bound_classes=frozenset(data["event_bound"]["classes"]),
        event_bound_words=frozenset(data["event_bound"]["words"]),
        event_bound_money=frozenset(data["event_bound"].get("money_words", ())),
        event_marked_heads=frozenset(data["events"].get("marked_heads", ())),
        event_measures=frozenset(data["event_bound"].get("measures", ())),
        event_measure_money=frozenset(data["event_bound"].get("measure_money_words", ())),
        people_of=_people_of(data["origin_people"]["words"],
                             data["origin_people"]["prepositions"]),
        people=frozenset(data["origin_people"]["words"]),
        norm=_norm(data.get("norms", {})),
        norm_nouns=frozenset(data.get("norms", {}).get("nouns", ())),
        sample=_sample(data.get("samples", {}).get("nouns", ()),
                       data.get("samples", {}).get("verbs", ())),
        capacity=_capacity(data.get("capacities", {})),
        compared=_compared(data["comparison"]["words"],
                           data["comparison"].get("with_difference", []),
                           data["comparison"].get("than_words", [])),
        forecast_verbs=frozenset(data.get("forecasts", {}).get("verbs", ())),
        forecast_nouns=frozenset(data.get("forecasts", {}).get("nouns", ())),
        estimated_sums=frozenset(data.get("forecasts", {}).get("estimated_sums", ())),
        valued_at=frozenset(data.get("forecasts", {}).get("valued_at", ())),
        statement_words=_words_pattern(data.get("statements", {}).get("words", ["(?!)"])),
        first_person=frozenset(data.get("statements", {}).get("first_person", ())),
        moved_from=_moved_from(data["comparison"].get("moved_from", [])),
        time_after=_time_words(data["comparison"].get("time_after", [])),
        comparison_word=_comparison_word(data["comparison"]["words"],
                                         data["comparison"].get("than_words", [])),
        changed=_changed(data["comparison"].get("change_verbs", [])),
        moved_by=_moved_by([*data["comparison"].get("change_verbs", []),
                            *data["comparison"].get("moved_by_verbs", [])]),
        range_named=_range_named(data["comparison"].get("range_nouns", [])),
        unsure_before=frozenset(w.lower() for w in data["comparison"].get("unsure_before", ())),
        noun_markers=frozenset(w.lower() for w in data["comparison"].get("noun_markers", ())),
        **_corrections(data.get("corrections", {})),
        pieces=frozenset(data.get("corrections", {}).get("pieces", ())),
        role_bodies={fold(k): fold(v) for k, v in data.get("role_bodies", {}).items()
                     if k != "source"},
    )


def _time_words(words: list[str]) -> re.Pattern[str]:
    """Any of the words of time, or a year in digits ("1998", "2031"), as a whole word."""
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation or '(?!)'}|(?:19|20)\d\d)(?![\w-])", re.I)


def _comparison_word(words: list[str], than_words: list[str]) -> re.Pattern[str]:
    """A comparison word, or a word of difference and "than", as whole words anywhere."""
    alternation = spaced_alternation(words) or "(?!)"
    than = "|".join(re.escape(w) for w in than_words) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alternation}|(?:{than})\s+than)(?![\w-])", re.I)


# the difference a verb of change may give before its "from" ("fell by 17%, from", "rose 3.5
# percentage points from"): a number with its signs and a unit word of shares or points
_DIFFERENCE = (r"(?:\s+by)?\s+[^\s\d]{0,2}\d[\d.,]*\s*"
               r"(?:%|per\s*cent|percent|(?:percentage\s+)?points?)?,?")


def _moved_from(verbs: list[str]) -> re.Pattern[str]:
    """A verb of change, the difference it may give ("by 17%,"), "from", then at most two
    words ("fell from a revised"), then the figure."""
    if not verbs:
        return re.compile("(?!)")
    alternation = spaced_alternation(verbs)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?:{_DIFFERENCE})?\s+from\s+"
                      rf"(?:[^\W\d][\w-]*\s+){{0,2}}$", re.I)


def _changed(verbs: list[str]) -> re.Pattern[str]:
    """A verb of change, then the figure, nothing between but "by" ("rose by 20% to 30%")."""
    if not verbs:
        return re.compile("(?!)")
    alternation = spaced_alternation(verbs)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?:\s+by)?\s+$", re.I)


def _range_named(nouns: list[str]) -> re.Pattern[str]:
    """A noun of spread, then "of", "from" or a form of "be" (with "between" alone allowed),
    ending just before a figure."""
    if not nouns:
        return re.compile("(?!)")
    alternation = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?:\s+(?:of|from|is|was|are|were)|:)\s+$",
                      re.I)


MOVED_BY_WORDS = 6  # words a verb's object may take between the verb and its "by"


def _moved_by(verbs: list[str]) -> re.Pattern[str]:
    """A verb of change or of moving, at most ``MOVED_BY_WORDS`` words (its object: no digit,
    no punctuation), then "by" and the figure."""
    if not verbs:
        return re.compile("(?!)")
    alternation = spaced_alternation(set(verbs))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?P<between>(?:\s+[^\W\d_][\w'-]*)"
                      rf"{{0,{MOVED_BY_WORDS}}})\s+by\s+$", re.I)


def _corrections(table: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
    """The patterns of a correction notice (see ``EstimateWords``), matched on the raw text."""
    if not table:
        return {}
    nouns = "|".join(re.escape(w) for w in table["correct_nouns"])
    return {
        # (matched at a sentence's start: ``match`` anchors there, where "^" would not)
        "correction_opener": re.compile(
            rf"\W*(?:{'|'.join(re.escape(w) for w in table['openers'])})\b", re.I),
        "correct_figure": re.compile(rf"\b(?:the\s+)?correct\s+(?:{nouns})s?\b", re.I),
        "regret": re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in table['regrets'])})\b",
                             re.I),
    }


def _compared(words: list[str], with_difference: list[str],
              than_words: list[str]) -> re.Pattern[str]:
    """A comparison word, then at most two words ("up from a revised"), then the figure; or
    "down" and a difference of up to four words before its "from" ("down six points from"); or
    a number and "more than" ("6.4 percent more than the")."""
    alternation = spaced_alternation(words)
    moved = "|".join(re.escape(w) for w in with_difference) or "(?!)"
    than = "|".join(re.escape(w) for w in than_words) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:(?:{alternation})|(?:{moved})\s+(?:[\w.,%$€£-]+\s+){{1,4}}"
                      rf"from|\d[\d.,]*\s*(?:%|percent|per\s+cent|times|points?)?\s+"
                      rf"(?:{than})\s+than)\s+(?:[^\W\d][\w-]*\s+){{0,2}}$", re.I)


def _people_of(people: list[str], prepositions: list[str]) -> re.Pattern[str]:
    who = "|".join(map(re.escape, people))
    of = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in prepositions)
    return re.compile(rf"^(?:[\w-]+\s+){{0,2}}?(?:{who})\s+(?:{of})\s+(.+)$", re.I)


def _sample(nouns: list[str], verbs: list[str] = ()) -> re.Pattern[str]:
    """ "a survey of ", "a poll of about " before a figure, or a verb of examining right before
    it or before "the <noun> of" ("polled ", "checked the availability of "): the number asked
    or examined, not found."""
    alternation = "|".join(re.escape(w) for w in nouns) or "(?!)"
    examining = "|".join(re.escape(w) for w in verbs) or "(?!)"
    approx = r"(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over)\s+)?"
    return re.compile(rf"(?<![\w-])(?:(?:{alternation})\s+of|(?:{examining})"
                      rf"(?:\s+the(?:\s+[\w-]+){{1,2}}\s+of)?)\s+{approx}$", re.I)


def _capacity(table: dict[str, list[str]]) -> re.Pattern[str]:
    """ "enough for about ", "space for ", "can seat up to " before a figure: how many a thing
    or a sum has room or money for."""
    def words(name: str) -> str:
        return spaced_alternation(table.get(name, ())) or "(?!)"
    approx = (r"(?:(?:about|around|some|roughly|nearly|almost|up\s+to|as\s+many\s+as|"
              r"more\s+than|over)\s+)?")
    return re.compile(rf"(?<![\w-])(?:{words('before')}|(?:{words('modals')})\s+"
                      rf"(?:{words('verbs')}))\s+{approx}$", re.I)


def _norm(table: dict[str, list[str]]) -> re.Pattern[str]:
    """ "the Sphere minimum of ", "a target of about ", "the recommended " before a figure."""
    nouns = "|".join(re.escape(w) for w in table.get("nouns", ())) or "(?!)"
    adjectives = "|".join(re.escape(w) for w in table.get("adjectives", ())) or "(?!)"
    approx = r"(?:(?:about|around|some|roughly|at\s+least)\s+)?"
    conditions = "|".join(re.escape(w) for w in table.get("conditions", ())) or "(?!)"
    reaching = "|".join(re.escape(w) for w in table.get("reaching", ())) or "(?!)"
    # "until the dam is back above 30 percent": a clause of condition, a few words, its threshold
    condition = rf"\b(?:{conditions})\b[^.;:,]{{0,60}}?\b(?:{reaching})"
    return re.compile(rf"(?<![\w-])(?:(?:{nouns})\s+(?:(?:of|is|was|at|set\s+at)"
                      rf"(?:\s+[a-z]+ing)?)|(?:the|a|an)\s+(?:{adjectives})|{condition})"
                      rf"\s+{approx}$", re.I)
