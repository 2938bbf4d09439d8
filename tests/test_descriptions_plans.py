"""A named plan, review or inquiry written again by its head noun ("the scheme", "the review",
"the inquiry") is that name, as "the programme" is; and a description's head noun that a
body's name holds only before another body's head ("University and College Union", "Senate
Budget Committee") does not make that body the one described. Cases: marked texts, joins and
pairs kept apart, as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a named scheme, review or inquiry is what 'the scheme', 'the review', 'the inquiry' "
     "stand for",
     ["The [Harbour Relief Scheme|ORG] opened on Monday. [The scheme|DESC] pays 400 families.",
      "Ministers await the [Independent Review of Water Pricing|EVENT]. [The review|DESC] is "
      "due in May.",
      "The [Kelby Bridge Inquiry|EVENT] heard from engineers. [The inquiry|DESC] sits again on "
      "Friday."],
     [[(0, "Harbour Relief Scheme"), (0, "The scheme")],
      [(1, "Independent Review of Water Pricing"), (1, "The review")],
      [(2, "Kelby Bridge Inquiry"), (2, "The inquiry")]], []),
    ("with no name that holds the word, 'the review' stands for nobody",
     ["[Orla Water|ORG] raised prices. [The review|DESC] of its costs ended."],
     [], [[(0, "Orla Water"), (0, "The review")]]),
    ("a head noun a union's or committee's name holds before its own head describes another "
     "body, the one named with the noun at its head",
     ["[Kelby University|ORG] cut 300 jobs. The [University and College Union|ORG] objected. "
      "[The university|DESC] said the cuts stand.",
      "The [Senate Budget Committee|ORG] met. [The senate|DESC] voted on Friday.",
      "The [Orla Bank Workers Union|ORG] struck. [The bank|DESC] stayed shut.",
      "The [University of Tarva|ORG] and the [Tarva Lecturers Union|ORG] met. "
      "[The university|DESC] agreed."],
     [[(0, "Kelby University"), (0, "The university")],
      [(3, "University of Tarva"), (3, "The university")]],
     [[(0, "University and College Union"), (0, "The university")],
      [(1, "Senate Budget Committee"), (1, "The senate")],
      [(2, "Orla Bank Workers Union"), (2, "The bank")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_named_plan_and_a_bodys_head_described(name: str, texts: list[str],
                                                 join: list[list[Ref]],
                                                 apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
