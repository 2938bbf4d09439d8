"""A ministry named by its country's adjective and its portfolio before the word is the
ministry of that portfolio of that country ("the Polish education ministry", "the Polish
Ministry of Education": ``store.actors.keys``). Cases: articles with their mentions marked, the
mentions that must be one actor and those that must stay apart.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref, check_joined_apart

CASES = [
    # a school budget
    (["The [Polish Ministry of Education|ORG] cut the budget. The [Polish education "
      "ministry|ORG] said 400 schools would close."],
     [(0, "Polish Ministry of Education"), (0, "Polish education ministry")], []),
    # a drug recall, in two articles, capitalised as a title
    (["The [Indian Health Ministry|ORG] recalled the syrup.",
      "The [Indian Ministry of Health|ORG] named 12 batches."],
     [(0, "Indian Health Ministry"), (1, "Indian Ministry of Health")], []),
    # a bank's results: another country's ministry of that portfolio is another body
    (["The [Japanese finance ministry|ORG] sold bonds. The [Korean Ministry of Finance|ORG] "
      "bought them."],
     [], [(0, "Japanese finance ministry"), (0, "Korean Ministry of Finance")]),
    # a strike: another portfolio is another ministry
    (["The [French labour ministry|ORG] met unions. The [French Ministry of Transport|ORG] "
      "did not."],
     [], [(0, "French labour ministry"), (0, "French Ministry of Transport")]),
]


@pytest.mark.parametrize(("texts", "joined", "apart"), CASES)
def test_a_ministry_after_its_country_s_adjective_is_that_country_s(
        texts: list[str], joined: list[Ref], apart: list[Ref]) -> None:
    check_joined_apart(texts, joined, apart)
