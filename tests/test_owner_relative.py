"""A figure whose noun carries a relative clause with a subject of its own ("the €40mn the bureau
had asked for") is not owned by the subject of the sentence's verb: the sentence's owner would
put it in a quantity of that owner, apart from the same sum said elsewhere."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, owner", [
    # the sum the other side asked for: nobody's by the sentence's verb
    ("On Tuesday the Ministry of Health announced an emergency fund of €30mn for clinics, "
     "short of the €40mn the union had asked for.", "€40mn", None),
    ("Northgate Bank offered a 3% rise, against the 7% the union had demanded.", "7%", None),
    ("On Friday the Electoral Commission announced a budget of $8m for the vote, short of the "
     "$11m the parties had asked for.", "$11m", None),
    # the sentence's own sum keeps its owner; a relative pronoun is the figure itself
    ("Northgate Bank offered a 3% rise, against the 7% the union had demanded.", "3%",
     "Northgate Bank"),
    ("The EU pledged €40 million for the clinics.", "€40 million", "EU"),
    ("On Tuesday the Ministry of Health announced an emergency fund of €30mn for clinics, "
     "short of the €40mn the union had asked for.", "€30mn", "Ministry of Health"),
])
def test_a_figure_with_its_own_clause_subject_has_no_owner_from_the_verb(
        extract, text: str, figure: str, owner: str | None) -> None:
    found = {f.text: f for f in extract(text)}
    assert found[figure].group == owner
