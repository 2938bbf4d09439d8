""""This town", "this company": a description as definite as "the town", for the one actor of
the article that fits it (``store.extract.mentions.descriptions``); "this year's census" is
still read whole. Extraction needs the tagger (slow).
"""

from __future__ import annotations

import pytest

from store.extract.mentions import extract_mentions
from store.extract.nlp import load_nlp
from tests.mention_checks import assert_surfaces
from tests.test_resolution import test_rule as check_rule

EXTRACTED = [
    # (text, descriptions that must be found, surfaces that must not)
    ("The Orla Bakery Company opened in 1990. Last year this company sold 2m loaves.",
     ["this company"], []),
    ("This year's census counted 40,000 people in the marathon town.",
     ["This year's census"], ["This year"]),
    # a pronoun before a name's possessive: the name stays a name
    ("The storm flooded 300 bakeries, making this Portugal's worst flood since 1967.",
     [], ["this Portugal's worst flood"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "present", "absent"), EXTRACTED)
def test_this_opens_a_description(text: str, present: list[str], absent: list[str]) -> None:
    found = {m.text for m in extract_mentions(load_nlp()(text)) if m.label == "DESC"}
    assert_surfaces(found, present, absent)


def test_this_company_is_the_company_named_before() -> None:
    check_rule("a bakery company, then this company",
               ["The [Orla Bakery Company|ORG] opened in 1990. Last year [this company|DESC] "
                "sold 2m loaves."],
               [[(0, "Orla Bakery Company"), (0, "this company")]], [])
