"""What a count of people or things "per" one counts, and an average stated in a count: "2.9
patients per nurse" counts patients per nurse (not a crowd of 2.9), "the mean class size rose to
31 pupils" measures the class size, "farms there average 6.2 workers" and "the typical ward now
holds 18 beds" count workers per farm and beds per ward. The words are ``[averages]`` of
``store/data/quantities.toml``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted_money import measure_word
from store.extract.figures.parse import governing_verb
from store.knowledge.context import context_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

PER_REACH = 3  # tokens between the number and "per" ("2.9 patients per", "2.9 more patients per")
SIZE_DEPS = frozenset({"amod", "compound"})
# the one word of ``[averages]`` that is a verb of averaging (WordNet 3.1 average.v.01): the verb
# "mean" intends or signifies ("the doses were meant for 12,000 children"), it never averages
AVERAGE_VERB = "average"


def name_the_average(fig: FoundFigure, span: Span) -> None:
    """Make a count "per" one thing, or one an average is stated in, say so."""
    if not fig.counted or not _counts_things(fig):
        return
    # the unit's grammar may have read "per" one thing already ("people per household"): the
    # count says so too, unless what its clause measures is a size ("class size ... 26 pupils")
    thing = fig.rate if fig.rate not in context_words().rate_period_words else None
    if fig.rate and (thing is None or measure_word(thing)):
        return  # a rate over time is no average, nor a density ("900 corals per hectare")
    if thing is None:
        per = _per_noun(span)
        if per is not None:  # "2.9 patients per nurse"
            _per(fig, per)
            return
    lex = quantity_classes()
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if thing is None and before is not None and before.lower_ in lex.averages \
            and before.head.i >= span.end:
        # "Farms here average 6.2 workers" read with "average" as the noun's adjective: the
        # verb's subject is the noun the sentence opens its clause with
        # (a plural the parser left unattached, "dep", when it misread the verb as an adjective)
        subject = next((t for t in doc[span.sent.start:before.i] if t.pos_ == "NOUN"
                        and (t.dep_ in ("ROOT", "nsubj")
                             or (t.dep_ == "dep" and t.tag_ == "NNS"))), None)
        if subject is not None:
            if before.head.pos_ == "NOUN":  # not a verb the parser hung "average" on
                fig.counted = before.head.lower_
            _per(fig, subject)
        return
    verb = governing_verb(span)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.pos_ == "NOUN" and not span.start <= subject.i < span.end \
            and subject.lemma_.lower() in lex.sizes:  # "the mean class size rose to 31 pupils"
        words = [t.text for t in subject.lefts if t.dep_ in SIZE_DEPS] + [subject.text]
        fig.counted = " ".join(words)
        fig.counted_head = " ".join(words[-2:]).lower()
    elif thing is not None:
        if " per " not in fig.counted:
            fig.counted = fig.counted_head = f"{fig.counted} per {thing}"
    elif subject is None or subject.pos_ != "NOUN" or span.start <= subject.i < span.end:
        return
    elif verb.lemma_.lower() == AVERAGE_VERB or any(  # "farms there average 6.2 workers"
            t.dep_ == "amod" and t.lower_ in lex.averages for t in subject.children):
        _per(fig, subject)  # "the typical ward now holds 18 beds"


def _counts_things(fig: FoundFigure) -> bool:
    base, per, _ = fig.unit.partition(" per ")
    if per:
        return False  # already a rate ("pesos per dollar")
    lex = units()
    return base != "count" and base not in lex.currency_codes and base not in lex.measure_codes \
        and base not in ("percent", "fraction", "ratio", "percentage points", "points") \
        and base not in lex.readings \
        and base not in lex.time_words  # "the average AQI reached 497", "the median wait was 14
    # weeks": a reading and a mean time, not things


def _per(fig: FoundFigure, noun: Token) -> None:
    """Count per one ``noun``: the counted phrase says so, and so does the unit (through the
    rate, which the assembly writes after the unit: "workers per farm"), so that an average
    never reads as a total of the things it counts."""
    fig.counted = f"{fig.counted} per {noun.lemma_.lower()}"
    fig.counted_head = fig.counted  # a ratio is a class of its own, not the thing per one
    if fig.rate is None:
        fig.rate = noun.lemma_.lower()


def _per_noun(span: Span) -> Token | None:
    """The noun after "per" right after the figure's noun, if it is neither a period nor a unit
    of measure: "80 million locusts per square kilometre" is a density, locusts counted over an
    area, whose measure is the unit's rate, not a thing each holds so many of."""
    doc = span.doc
    ctx = context_words()
    for tok in doc[span.end:span.end + PER_REACH]:
        if tok.lower_ == "per":
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is None and tok.i + 1 < len(doc):
                obj = doc[tok.i + 1]
            if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() in ctx.not_counted or (
                    measure_word(obj.lower_) or measure_word(obj.lemma_)):
                return None  # "per day", "per cent", "per hectare": a rate or a share
            return obj
        if tok.is_punct or tok.like_num:
            return None
    return None
