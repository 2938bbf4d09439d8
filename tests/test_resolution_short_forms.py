"""Short forms of a body's name, as news copy writes them:

* run together from the first letters of the name's words ("Department of Education (DepEd)",
  "Bureau of Corrections (BuCor)"): defined in brackets, whatever the tagger took the short form
  for, and that short form is the body wherever the corpus writes it;
* initials that count "of" or "for" ("DOJ" for the Department of Justice, "BOK" for the Bank of
  Korea): the one long name of the corpus whose initials they are;
* a country's own body without its "National" and its complement, in the article that names it
  whole ("the Energy Regulator" of the "National Energy Regulator of Velmora");
* and what is no short form: a body's acronym and a word after it ("UCU Kelby") name its
  branch there, and the word alone is the place or the body it names, not the branch.

Cases: marked texts, joins and pairs kept apart, as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from store.actors.acronyms import _syllabic
from store.knowledge.folding import initials
from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

SYLLABIC = [
    ("a short form of syllables in brackets after a body's name is that body across the corpus",
     ["The [Department of Education|ORG] ([DepEd|PERSON]) hired 9,000 teachers.",
      "[DepEd|PERSON] said the schools would open in June."],
     [[(0, "Department of Education"), (0, "DepEd"), (1, "DepEd")]], []),
    ("a word of the name may be left out between two syllables",
     ["Claims rose, the [Orla Health Insurance Corporation|ORG] ([OrHealth|ORG]) said.",
      "[OrHealth|ORG] will pay 40% of the bill."],
     [[(0, "Orla Health Insurance Corporation"), (0, "OrHealth"), (1, "OrHealth")]], []),
    ("syllables that do not open the name's words in order define nothing",
     ["The [Bureau of Port Inspection|ORG] ([PorBu|ORG]) and [Anna de Vries|PERSON] "
      "([DeVries|PERSON]) spoke. The [Velm Transit Authority|ORG] ([TranVel|ORG]) agreed."],
     [], [[(0, "Bureau of Port Inspection"), (0, "PorBu")], [(0, "Anna de Vries"), (0, "DeVries")],
          [(0, "Velm Transit Authority"), (0, "TranVel")]]),
    ("an outlet's credit in brackets is no short form",
     ["The [Orla Transit Board|ORG] ([OrTran|ORG]) - Fares rose."],
     [], [[(0, "Orla Transit Board"), (0, "OrTran")]]),
]

INITIALS = [
    ("initials that count 'of' are the one long name with them",
     ["The [Department of Justice|ORG] filed the case.", "The [DOJ|ORG] appealed.",
      "The [Bank of Korea|ORG] held rates.", "[BOK|ORG] officials met."],
     [[(0, "Department of Justice"), (1, "DOJ")], [(2, "Bank of Korea"), (3, "BOK")]], []),
    ("initials with 'of' counted that two names have stay apart",
     ["The [Department of Housing|ORG] and the [Directorate of Highways|ORG] met.",
      "[DOH|ORG] denied it."],
     [], [[(0, "Department of Housing"), (1, "DOH")], [(0, "Directorate of Highways"),
                                                       (1, "DOH")]]),
]

SCOPED = [
    ("a national body without 'National' and its complement is that body in its article",
     ["The [National Energy Regulator of Velmora|ORG] cut its estimate. The [Energy "
      "Regulator|ORG] said bills would fall.",
      "The [National Statistics Office of Orla|ORG] counted 4m people. The [Statistics "
      "Office|ORG] will revise it."],
     [[(0, "National Energy Regulator of Velmora"), (0, "Energy Regulator")],
      [(1, "National Statistics Office of Orla"), (1, "Statistics Office")]], []),
    ("not in another article, nor a name that says more than the long one",
     ["The [National Energy Regulator of Velmora|ORG] cut its estimate.",
      "The [Energy Regulator|ORG] of Orla raised bills.",
      "The [National Water Resources Board of Vorsk|ORG] met the [Water Resources Union|ORG]."],
     [], [[(0, "National Energy Regulator of Velmora"), (1, "Energy Regulator")],
          [(2, "National Water Resources Board of Vorsk"), (2, "Water Resources Union")]]),
]


BRANCHES = [
    ("a body's acronym and a word after it name its branch there: the word alone is not the "
     "branch, but the longer name it opens",
     ["Members of [UCU Kelby|ORG] struck. [Kelby University|ORG] cut 300 posts. Enrolments at "
      "[Kelby|ORG] fell. [Kelby|ORG] said the cuts stand. [Kelby|ORG] said it would borrow.",
      "Hotels in [Orla|LOC] were full, [APHA Orla|ORG] said. Tourism in [Orla|LOC] grew.",
      "[WWF Vorsk|ORG] counted 40 birds. Rain fell on [Vorsk|GPE]."],
     [[(0, "Kelby University"), (0, "Kelby")]],
     [[(0, "UCU Kelby"), (0, "Kelby")], [(1, "APHA Orla"), (1, "Orla")],
      [(2, "WWF Vorsk"), (2, "Vorsk")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"),
                         SYLLABIC + INITIALS + SCOPED + BRANCHES,
                         ids=[c[0] for c in SYLLABIC + INITIALS + SCOPED + BRANCHES])
def test_a_short_form_of_a_bodys_name(name: str, texts: list[str], join: list[list[Ref]],
                                      apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)


@pytest.mark.parametrize(("short", "long", "spelled"), [
    ("BuCor", "Bureau of Corrections", True), ("DepEd", "Department of Education", True),
    ("PhilHealth", "Philippine Health Insurance Corporation", True),
    ("FedEx", "Federal Express", True), ("TranVel", "Velm Transit Authority", False),
    ("McKinsey", "McKinsey and Company", False), ("BUCOR", "Bureau of Corrections", False),
    ("Bucor", "Bureau of Corrections", False),
])
def test_syllables_run_together_spell_the_name_they_open(short: str, long: str,
                                                        spelled: bool) -> None:
    assert _syllabic(short, long) is spelled


@pytest.mark.parametrize(("long", "short"), [
    ("Department of Justice", "DOJ"), ("Bank of Korea", "BOK"),
    ("Department for Transport", "DFT"), ("Ministry of Trade and Industry", "MOTI"),
    ("Department of Justice", "DJ"),
])
def test_initials_may_count_of_and_for(long: str, short: str) -> None:
    assert short in initials(long)
