""""The slide", "the landslip", "the mudslide", "the avalanche": a mass of earth or snow that
came down, which news copy names once by its place ("the Tarsa Valley landslide") and then by
the bare noun
(``store/data/descriptions.toml``): the description is the one landslide its article names, and
names nobody where the article names none (a slide in prices is no event of the article's).
Cases: articles with their mentions marked, as ``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a landslide named by its valley, then the slide",
     ["The [Tarsa Valley landslide|EVENT] buried a bakery in [Tarsa|GPE]. Engineers said "
      "[the slide|DESC] was 200 metres wide, and the road below [the slide|DESC] is shut."],
     [[(0, "Tarsa Valley landslide"), (0, "the slide")]],
     [[(0, "Tarsa"), (0, "the slide")]]),
    ("a mudslide named by its town, then the landslip",
     ["After the [Orvik mudslide|EVENT], the marathon was cancelled. [The landslip|DESC] "
      "closed the coast road."],
     [[(0, "Orvik mudslide"), (0, "The landslip")]],
     []),
    ("an avalanche named by its village, then the avalanche and the slide",
     ["The [Kandersteg avalanche|EVENT] buried two chalets in [Kandersteg|GPE]. Guides said "
      "[the avalanche|DESC] broke at noon, and [the slide|DESC] ran 900 metres."],
     [[(0, "Kandersteg avalanche"), (0, "the avalanche"), (0, "the slide")]],
     [[(0, "Kandersteg"), (0, "the avalanche")]]),
    ("a slide in an article that names no landslide, only a race",
     ["The [Velm Marathon|EVENT] drew 9,000 runners, and bakery shares ended "
      "[the slide|DESC] of March."],
     [],
     [[(0, "Velm Marathon"), (0, "the slide")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_a_slide_is_the_article_s_one_landslide(name: str, texts: list[str],
                                                join: list[list[Ref]],
                                                apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
