""""The country" stands for a state the country list lacks when a name of the corpus says it is
one: its central bank's ("National Bank of X", "Central Bank of X") or its formal name's
("Republic of X"): the ``state_titles`` of store/data/countries.toml. A bank named after a
place in any other way says nothing of it.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import resolve

CASES = [
    # (articles, the description, the place it stands for or None)
    (["Exports rose, the [National Bank of Orlavia|ORG] said.",
      "Thefts in [Orlavia|GPE] fell. [Tarnby|GPE] holds a tenth of [the country|DESC]'s people."],
     "the country", "Orlavia"),
    (["The [Central Bank of Velmistan|ORG] cut rates.",
      "Floods hit [Velmistan|GPE] and [Kora|GPE]. [The nation|DESC] asked for help."],
     "The nation", "Velmistan"),
    (["Troops of the [Republic of Dunmark|GPE] left on Monday.",
      "[Dunmark|GPE] and [Selby|GPE] signed. [The country|DESC] will pay."],
     "The country", "Dunmark"),
    # a bank named after a place in another way: no state
    (["The [Bank of Orlavia|ORG] cut rates.",
      "Thefts in [Orlavia|GPE] fell. [Tarnby|GPE] holds a tenth of [the country|DESC]'s people."],
     "the country", None),
    # nothing says it is a state
    (["Thefts in [Orlavia|GPE] fell. [Tarnby|GPE] holds a tenth of [the country|DESC]'s people."],
     "the country", None),
]


@pytest.mark.parametrize(("texts", "description", "place"), CASES)
def test_a_state_a_name_says_is_one_is_the_country(texts: list[str], description: str,
                                                   place: str | None) -> None:
    articles, _ = resolve(texts)
    art = articles[-1]
    ids = {art.text[item[0]:item[1]]: item[3] for item in art.items}
    if place is None:
        assert ids[description] is None
    else:
        assert ids[description] == ids[place] is not None
