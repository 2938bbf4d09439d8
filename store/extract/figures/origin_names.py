"""Names that cannot say whose estimate a figure is: a number with what it counts or measures
("40 stations", "a survey of 1,260 pharmacies", "640MW") or a unit alone ("km2").

The parse takes such a phrase for the subject of a verb of saying ("40 stations reported valid
data"), a headline's noun phrase for its speaker ("Survey of 1,260 pharmacies finds ..."), and the
tagger a measure glued to its digits for an organisation ("Lumaterra has 640MW in four
projects. It expects to spend ..."). An origin is a body, a study or an official count
(annotation guide, "Conflicts"), never a measure or a number of things: such a name is dropped,
and the figure's origin is looked for as if no one had been named there.
"""

from __future__ import annotations

import re

from store.extract.figures.counted import DEFINITE
from store.knowledge.context import context_words
from store.knowledge.estimates import estimate_words
from store.knowledge.units import units

# a number as written, with what is glued to it and the word after it: "640MW", "40 stations"
_NUMBER = re.compile(r"(?<![\w.,])(\d[\d,.]*\d|\d)(\S*)(?:\s+(\S+))?")
_YEAR = re.compile(r"^(?:18|19|20)\d\d$")  # "the 2016 census": a year names a study


def names_no_body(name: str) -> bool:
    """Whether ``name`` is a measure or a number of things rather than a body: a unit alone
    ("km2", "MW"), a number glued to a unit, a scale or a percent sign ("640MW", "4.5bn",
    "12%"), or a number before a lower-case noun ("40 stations", "Survey of 1,260 pharmacies").
    Not a number inside a name ("Channel 4 News", "Formula 1 team": right after a capitalised
    word), a year ("the 2016 census") nor a code glued to letters ("G7", "3M")."""
    table = units()
    bare = name.strip().lower()
    if bare in table.measures or bare in table.glued_measures:
        return True
    for match in _NUMBER.finditer(name):
        digits, glued, after = match.group(1), match.group(2), match.group(3) or ""
        before = name[:match.start()].split()[-1:]
        if before and before[0][:1].isupper() and before[0].lower() not in _OPENERS:
            continue  # "Channel 4", "Formula 1": the number is part of a name
        if glued:
            word = glued.strip(".,;:)")
            # a scale as written, in lower case ("4.5bn"): "3M" is a company's name
            if word == "%" or word.lower() in table.glued_measures \
                    or word in table.scale_suffixes:
                return True
            continue
        if _YEAR.match(digits):
            continue
        if after[:1].islower() and after.isalpha():
            return True
    return False


def names_a_stage(name: str) -> bool:
    """Whether ``name`` is only a stage of some count ("the provisional count", "preliminary
    figures", "the final tally"): a count, a tally or figures with no author, at a stage of
    publication (``[tables] stage_headers``). It says where in a body's own revisions the number
    stands, not whose it is; "the official count" and "the ministry's provisional count" are
    not stages alone."""
    words = name.lower().split()
    while words and words[0] in DEFINITE:
        words.pop(0)
    stages = context_words().table_stage_headers
    nouns = estimate_words().origin_nouns | {"figure", "data", "result", "number"}
    return len(words) >= 2 and words[-1].removesuffix("s") in nouns and all(
        w in stages for w in words[:-1])


# words that open a headline's or a sentence's noun phrase before its number ("Survey of 1,260
# pharmacies", "Some 40 stations"): a capital there is the sentence's, not a name's
_OPENERS = frozenset({"some", "about", "around", "nearly", "almost", "over", "only", "all",
                      "the", "a", "an", "another", "just", "roughly", "more", "fewer", "at"})
