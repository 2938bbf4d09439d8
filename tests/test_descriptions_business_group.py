""""The group" is the one company named earlier in the article whose name says it is one
("Orla Ferries plc", "Velm Bakeries Holdings"), but not in an article that calls another body a
group of some kind ("the consumer group Fair Fares", "a campaign group"): there it stays unjoined
rather than guess (``store/data/descriptions.toml``, ``store.actors.kind_written``). Cases:
articles with their mentions marked, as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from store.actors.kind_written import writes_kind
from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a ferry company's results, then the group and the group's",
     ["[Orla Ferries plc|ORG] carried 2 million passengers. [The group|DESC] expects more, and "
      "[the group|DESC]'s debt fell."],
     [[(0, "Orla Ferries plc"), (0, "The group"), (0, "the group")]],
     []),
    ("a bakery chain and its union: the group is the chain",
     ["The [Bakers' Guild|ORG] met [Velm Bakeries Holdings|ORG]. [The group|DESC] will close "
      "12 shops."],
     [[(0, "Velm Bakeries Holdings"), (0, "The group")]],
     [[(0, "Bakers' Guild"), (0, "The group")]]),
    ("a bus maker and a consumer group named as one: the group is not the maker",
     ["[Karsby Motors|ORG] recalled 900 buses. The consumer group [Fair Fares|ORG] said the "
      "recall was late, and [the group|DESC]'s lawyer wrote to the regulator."],
     [],
     [[(0, "Karsby Motors"), (0, "the group")]]),
    ("a chess software firm and a campaign group after 'a': the group is not the firm",
     ["[Orla Chess Systems|ORG] sold 40,000 boards. [Fair Play Now|ORG], a campaign group, "
      "said [the group|DESC] would sue."],
     [],
     [[(0, "Orla Chess Systems"), (0, "the group")]]),
    ("a research group named with the word comes before the company",
     ["[Orla Oats Ltd|ORG] funded the [Velm Grain Research Group|ORG]. [Orla Oats Ltd|ORG] "
      "sells oats. [The group|DESC] found mould in 12 samples."],
     [[(0, "Velm Grain Research Group"), (0, "The group")]],
     [[(0, "Orla Oats Ltd"), (0, "The group")]]),
    ("a headline's 'Consumer group' names a kind, not the bus maker",
     ["[Karsby Motors|ORG] recalls 900 buses\n\n[Consumer group|DESC] says the recall is late"],
     [],
     [[(0, "Karsby Motors"), (0, "Consumer group")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_the_group_is_the_business(name: str, texts: list[str], join: list[list[Ref]],
                                   apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)


WRITTEN = [
    # (text, whether it calls a body a kind of group)
    ("The consumer group Fair Fares said so.", True),
    ("Aid group Harbour Relief flew in tents.", True),
    ("Fair Fares, a Velm-based consumer group, said so.", True),
    ("An aid group said so.", True),
    ("Fair Fares, the consumer group, said so.", True),
    ("The group expects more; the group Orla Ferries runs 12 boats.", False),
    ("The main group of runners and a group of bakers left.", False),
    ("Velm Bakeries Group said so.", False),
]


@pytest.mark.parametrize(("text", "written"), WRITTEN, ids=[w[0] for w in WRITTEN])
def test_a_kind_of_group_is_written(text: str, written: bool) -> None:
    assert writes_kind(text, "group") is written
