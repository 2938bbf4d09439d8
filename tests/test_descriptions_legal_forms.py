""""The company" is a company whose name ends with its legal form, in every legal system news
copy names firms from: "Ltda" and "Lda" (Brazil, Portugal), "SRL" and "SAS" (Italy, France,
Romania), "Pty" (Australia), "Bhd" (Malaysia), "Oyj" (Finland), "KK" (Japan), "LLP"
(``store/data/descriptions.toml``, the company rule; ``store.actors.described``). Cases:
articles with their mentions marked, the mentions that must be one actor and the pairs that
must stay apart, as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a concert crush: a Brazilian promoter named once with its legal form",
     ["[Palco Norte Eventos Ltda|ORG] sold 40,000 tickets, the [Recife|GPE] police said. [The "
      "company|DESC] denied it."],
     [[(0, "Palco Norte Eventos Ltda"), (0, "The company")]],
     [[(0, "Recife"), (0, "The company")]]),
    ("a drug recall: an Australian maker, and the regulator that is no company",
     ["The [Therapeutic Goods Office|ORG] recalled syrups made by [Korlin Pharma Pty|ORG]. [The "
      "company|DESC] said 12 batches were sold."],
     [[(0, "Korlin Pharma Pty"), (0, "The company")]],
     [[(0, "Therapeutic Goods Office"), (0, "The company")]]),
    ("a strike: an Italian contractor in another article is called 'the company' there too",
     ["Workers at [Cantieri Orla SRL|ORG] walked out.",
      "[Cantieri Orla|ORG] lost 2m euros. [The company|DESC] blamed the strike."],
     [[(0, "Cantieri Orla SRL"), (1, "Cantieri Orla"), (1, "The company")]], []),
    ("a bank's results: a Finnish lender by its legal form, a ministry never",
     ["[Velm Pankki Oyj|ORG] and the [Ministry of Finance|ORG] met. [The company|DESC] posted "
      "a loss."],
     [[(0, "Velm Pankki Oyj"), (0, "The company")]],
     [[(0, "Ministry of Finance"), (0, "The company")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_the_company_is_the_firm_named_with_its_legal_form(name: str, texts: list[str],
                                                           join: list[list[Ref]],
                                                           apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
