"""A figure told as the value a verb of change took a quantity to ("lifted its stake to 7.6%",
"pushed the price up to 98", "has climbed to 140"): its sentence tells a move, though it names
no earlier value. Read by the conflict keys only (``one_article``), on the words just before
the figure; the verbs are those of ``store/data/estimates.toml`` [comparison] (``change_verbs``
and ``moved_by_verbs``), so no word list of its own."""

from __future__ import annotations

import re
from functools import lru_cache

from store.knowledge.context import spaced_alternation
from store.knowledge.loader import load_data

MOVED_TO_WORDS = 6  # words a verb's object may take before "to" ("lifted its stake in the line to")
REACH = 80  # characters before the figure read: a bounded window, never the whole sentence


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    comparison = load_data("estimates.toml")["comparison"]
    verbs = {*comparison.get("change_verbs", ()), *comparison.get("moved_by_verbs", ())}
    if not verbs:
        return re.compile("(?!)")
    alternation = spaced_alternation(verbs)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?:\s+[^\W\d_][\w'-]*){{0,{MOVED_TO_WORDS}}}"
                      r"\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$", re.I)


def moved_to(sentence_text: str, begin: int) -> bool:
    """Whether a verb of change, its object and "to" end just before the figure at ``begin``."""
    begin = max(0, begin)
    return _pattern().search(sentence_text, max(0, begin - REACH), begin) is not None
