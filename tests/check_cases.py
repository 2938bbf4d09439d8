"""Typed claims with their expected answers and strongest evidence, for ``test_check.py``.

Each case: the store it is checked against (``seed``: the committed sample store; ``extra``,
``extra2``, ``extra3``, ``extra5``: stores built from the gold sets under ``tests/gold/``), the
claim as a fact-checker would type it, ``--as-of`` or None, the expected answer, and the figure
that must come first in the evidence (None when there is none). The wordings differ from the
articles' on purpose: other names for the same group ("Daesh", "IS"), places in another order,
other nouns ("militants"), other currencies (£ and € against $), with and without dates.
"""

from __future__ import annotations

CASES: list[tuple[str, str, str | None, str, str | None]] = [
    # the samples: IS fighters in Iraq and Syria, 2015 and 2019
    ("seed", "Daesh has 16,000 militants in Syria and Iraq", None, "supported",
     "002_924c5df8b88bfb10:1148"),
    ("seed", "The Islamic State has between 14,000 and 18,000 fighters in Iraq and Syria", None,
     "supported", "002_924c5df8b88bfb10:1148"),
    ("seed", "ISIS still has 30,000 fighters in Iraq and Syria", None, "outdated",
     "002_924c5df8b88bfb10:1148"),
    ("seed", "ISIS has 30,000 fighters", None, "outdated", "002_924c5df8b88bfb10:1148"),
    ("seed", "ISIS has 50,000 fighters in Iraq and Syria", None, "contradicted",
     "002_924c5df8b88bfb10:1148"),
    ("seed", "ISIS had 33,000 fighters in Iraq and Syria in 2015", None, "disputed",
     "004_5a367e0f5d5b079c:1138"),
    # (the strongest evidence states the claim's own range; a Defense official's 33,000, which
    # rounds to 32,500-33,500, only touches 32,000's 31,500-32,500, so the sources disagree)
    ("seed", "The Islamic State had 20,000 to 32,000 fighters in Iraq and Syria in 2015", None,
     "disputed", "001_a097d46d8311fdca:597"),
    # the samples: IS fighters in Libya, then and now
    ("seed", "ISIS has about 100 fighters in Libya", None, "supported",
     "000_a9e02c448f18381f:309"),
    ("seed", "IS has 2,500 fighters in Libya", None, "outdated", "000_a9e02c448f18381f:309"),
    ("seed", "ISIS has 2,500 fighters in Libya", "2016-02", "supported",
     "004_5a367e0f5d5b079c:1883"),
    # the samples: money, in another currency
    ("seed", "ISIS holds £100 million in cash", None, "supported", "002_924c5df8b88bfb10:3232"),
    ("seed", "The Islamic State has £30 million in cash", None, "contradicted",
     "002_924c5df8b88bfb10:3232"),
    ("seed", "ISIS has 200 tanks in Libya", None, "no evidence", None),
    # a typhoon's toll and damage: the official count against a study
    ("extra5", "Typhoon Hinano killed 3,870 people in Eastern Visayas", None, "disputed",
     "503_hinano_excess_deaths_study:443"),
    # (the estimate most restated comes first: the authorities' toll, which every outlet repeats)
    ("extra5", "Hinano killed 5,000 people in Eastern Visayas", None, "contradicted",
     "502_hinano_courier_toll_912:321"),
    ("extra5", "The storm caused damage of $5 billion", None, "contradicted",
     "505_hinano_one_year_on:2650"),
    # a siege's deaths, dated by month name
    ("extra2", "250 people died in Dilling in September 2024", None, "disputed",
     "200_dilling_casualties:849"),
    # a cyclone's deaths; an appeal that does not say what it is for
    ("extra", "More than 600 people died in Mozambique", None, "supported",
     "102_tavita_field_dispatch:989"),
    ("extra", "The UN appealed for $310 million", None, "no evidence", None),
    # an oil leak's compensation claims
    ("extra3", "Fishermen filed about 5,000 claims", None, "supported",
     "305_pariawatch_explainer:2668"),
]
