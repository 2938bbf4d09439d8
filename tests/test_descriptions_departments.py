"""A department's description says which department by its field, as a ministry's does: "the health
department" is a department whose name says health ("Velm Department of Health"), never one whose
name says another field ("Department of Pulmonary Medicine") however often the article names it
(``store/data/descriptions.toml``, ``store.actors.described``). Cases: marked texts, joins and
pairs kept apart, as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("'the health department' is the department named before it whose name says health",
     ["The [Department of Pulmonary Medicine|ORG] and the [Velm Department of Health|ORG] "
      "counted cases. [The health department|DESC] said 40 died."],
     [[(0, "Velm Department of Health"), (0, "The health department")]],
     [[(0, "Department of Pulmonary Medicine"), (0, "The health department")]]),
    ("'the health department' is no department whose name says another field, even the only "
     "one the article names, or the one it names most",
     ["The [Department of Pulmonary Medicine|ORG] treated 900. The [Department of Pulmonary "
      "Medicine|ORG] was full. [The health department|DESC] counted 11,000.",
      "The [Orla Fire Department|ORG] was called. [The education department|DESC] shut schools."],
     [], [[(0, "Department of Pulmonary Medicine"), (0, "The health department")],
          [(1, "Orla Fire Department"), (1, "The education department")]]),
    ("'the department' with no field is still the department the article names",
     ["The [Department of Pulmonary Medicine|ORG] treated 900. [The department|DESC] was full."],
     [[(0, "Department of Pulmonary Medicine"), (0, "The department")]], []),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_department_s_field(name: str, texts: list[str], join: list[list[Ref]],
                              apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
