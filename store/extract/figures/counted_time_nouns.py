"""A count of nights, evenings or shifts: "guests spent 9.7 million nights in hotels", "nurses
worked 1.2 million night shifts". The tagger marks "nights" a time, and the noun search stops at
a time ("the 12 months to July"), but a plural noun of a part of the day that is no unit of
duration (``[time] words`` of ``store/data/units.toml`` are the durations) and that a figure
which is a claim stands before is what that figure counts: tourism counts "nights spent", labour
statistics count shifts and nights worked (Eurostat, Tourism statistics: nights spent at tourist
accommodation establishments)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Token


def counts_time_nouns(tok: Token) -> bool:
    """Whether a plural noun the tagger calls a time or a date ("nights") is a thing a number
    counts rather than a length of time: a plural that no duration is measured in."""
    return (tok.tag_ == "NNS" and tok.ent_type_ in ("TIME", "DATE")
            and tok.lower_ not in units().time_words
            and tok.lemma_.lower() not in units().time_words)
