"""A body's official name that goes on with "and" after its first portfolio is the body its
short form names in other articles ("the transport ministry", "the Ruritanian transport
ministry": ``store.actors.portfolios``). Cases: articles with their mentions marked, the
mentions that must be one actor and those that must stay apart.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref, check_joined_apart

CASES = [
    # a school budget: the short form in one article, the official name in the next
    (["The [education ministry|ORG] cut the budget by 4%.",
      "The [Ministry of Education and Youth|ORG] said 300 schools would close."],
     [(0, "education ministry"), (1, "Ministry of Education and Youth")], []),
    # a drug recall: the country's adjective before the short form, the country named beside
    # the official name
    (["The [Slovenian health ministry|ORG] recalled the syrup.",
      "[Slovenia|GPE]'s [Ministry of Health and Social Affairs|ORG] named 12 batches."],
     [(0, "Slovenian health ministry"), (1, "Ministry of Health and Social Affairs")], []),
    # a strike: the ministry's short form joins its full name across articles
    (["The [Labour Ministry|ORG] met the unions.",
      "Talks at the [Ministry of Labour and Employment|ORG] failed."],
     [(0, "Labour Ministry"), (1, "Ministry of Labour and Employment")], []),
    # a port's dues: a short form the corpus writes in the formal shape is a name of its own
    (["The [Office of Harbours|ORG] set the dues.", "The [harbours office|ORG] agreed.",
      "The [Office of Harbours and Canals|ORG] disagreed."],
     [], [(0, "Office of Harbours"), (2, "Office of Harbours and Canals")]),
    # a fishing quota: a ministry's name in the formal shape is still its longer name's short
    # form in another article (a government has one ministry of a portfolio), not an office's
    (["The [Ministry of Fisheries|ORG] cut the cod quota.",
      "[Velmora|GPE]'s [Ministry of Fisheries and Marine Resources|ORG] set it at 9,000 tonnes.",
      "[Velmora|GPE] trawlers protested to the [Ministry of Fisheries|ORG]."],
     [(0, "Ministry of Fisheries"), (1, "Ministry of Fisheries and Marine Resources"),
      (2, "Ministry of Fisheries")], []),
    # an election: two longer names start with the short form, which names neither
    (["The [Ministry of Interior|ORG] counted the votes.",
      "The [Ministry of Interior and Security|ORG] sent police.",
      "The [Ministry of Interior of Ruritania|ORG] disagreed."],
     [], [(0, "Ministry of Interior"), (1, "Ministry of Interior and Security")]),
    # a bank's results: another country's ministry, named nowhere beside the official name
    (["The [Japanese finance ministry|ORG] sold bonds.",
      "The [Ministry of Finance and Economy|ORG] bought them."],
     [], [(0, "Japanese finance ministry"), (1, "Ministry of Finance and Economy")]),
    # a court case: two countries' short forms, so neither is the one official name
    (["The [Danish justice ministry|ORG] appealed. The [Swedish justice ministry|ORG] did not.",
      "[Denmark|GPE] and [Sweden|GPE]: the [Ministry of Justice and Police|ORG] spoke."],
     [], [(0, "Danish justice ministry"), (1, "Ministry of Justice and Police")]),
    # two islands' outbreaks: the bare short form of an article naming another country is that
    # country's ministry, not the official name of the first article's
    (["[Jamaica|GPE] counted 400 cases, the [Ministry of Health and Wellness|ORG] said.",
      "Cases rose in eastern [Cuba|GPE], the [Health Ministry|ORG] said."],
     [], [(0, "Ministry of Health and Wellness"), (1, "Health Ministry")]),
    # the same story's country named beside both: one ministry
    (["[Jamaica|GPE] counted 400 cases, the [Ministry of Health and Wellness|ORG] said.",
      "The [Health Ministry|ORG] of [Jamaica|GPE] urged residents to clear standing water."],
     [(0, "Ministry of Health and Wellness"), (1, "Health Ministry")], []),
]


@pytest.mark.parametrize(("texts", "joined", "apart"), CASES)
def test_a_body_s_first_portfolio_is_its_name_going_on_with_and(
        texts: list[str], joined: list[Ref], apart: list[Ref]) -> None:
    check_joined_apart(texts, joined, apart)
