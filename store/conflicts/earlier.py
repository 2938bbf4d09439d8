"""An earlier value a sentence sets its figure against by words of time.

"raised the monthly wage to 95,000 from 70,000", "rose to 6.2 percent from 5.4 percent", "fell
from 4.2 million", "up from 9,600": the figure after these words is the value the quantity had
before the other figure of its sentence, whatever date the sentence gives them both (a date said
once, "on Friday", is read by each figure near it). News copy writes a change so; a comparison
word alone ("against", "compared with") may set two places or two groups side by side on one
day, so only words of time say the earlier value.
"""

from __future__ import annotations

import re

from store.knowledge.estimates import estimate_words

# "to", the new value (a number with its signs glued on, then at most two words: "to 31
# percent", "to N95,000"), a rate it is given per and a time of its own ("to 182 euros a night
# in June"), then "from" and at most two words before the figure ("from a revised")
TO_FROM = re.compile(r"(?<![\w-])to\s+[^\s\d]{0,4}\d[\d.,]*[^\s]{0,8}(?:\s+[^\W\d][\w%-]*){0,2}"
                     r"(?:\s+(?:a|an|per)\s+[^\W\d][\w-]*)?"
                     r"(?:,?\s+(?:in|on|by)\s+(?:[^\W\d][\w-]*|\d{4})(?:\s+\d{4})?)?"
                     r"\s+from\s+(?:[^\W\d][\w-]*\s+){0,2}$", re.I)
# "up from", "down from" (and "down six points from"): the comparison words that say time
UP_DOWN_FROM = re.compile(r"(?<![\w-])(?:up|down)\s+(?:[\w.,%$€£-]+\s+){0,4}?from\s+"
                          r"(?:[^\W\d][\w-]*\s+){0,2}$", re.I)
REACH = 80  # characters before the figure the words may take (a bounded window)


def earlier_value(sentence_text: str, begin: int) -> bool:
    """Whether the figure at ``begin`` of its sentence is the earlier value of a change the
    sentence states ("to N95,000 from N70,000", "up from 9,600", "fell from 4.2 million")."""
    begin = max(0, begin)
    start = max(0, begin - REACH)
    return any(pattern.search(sentence_text, start, begin) is not None
               for pattern in (TO_FROM, UP_DOWN_FROM, estimate_words().moved_from))
