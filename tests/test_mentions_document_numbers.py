"""A document's number ("Department Order No. 017", "Gazette Notice No. 4127", "Resolution No.
5") is no actor, whatever the tagger took its words for: they would otherwise make a body that
"the department" joins. A country that opens it is still named (``store.extract.mentions.junk``).
"""

from __future__ import annotations

import pytest

from store.extract.mentions import extract_mentions
from store.extract.nlp import load_nlp
from tests.mention_checks import assert_surfaces


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


CASES = [
    # (text, surfaces that must be mentions, surfaces that must not)
    ("The minister said Department Order No. 017 would take effect on Monday.", [],
     ["Department Order No", "Department Order No."]),
    ("Kenya Gazette Notice No. 11852 named the members of the board.", ["Kenya"],
     ["Kenya Gazette Notice No"]),
    ("The strike ended after Executive Order No. 12 was signed, the union said.", [],
     ["Executive Order No"]),
    # a name with no number after it stays
    ("The Velm Number Plate Authority said plates cost 40 euros.",
     ["Velm Number Plate Authority"], []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "present", "absent"), CASES, ids=[c[0][:40] for c in CASES])
def test_a_documents_number_is_no_actor(nlp, text: str, present: list[str],
                                         absent: list[str]) -> None:
    assert_surfaces({m.text for m in extract_mentions(nlp(text))}, present, absent)
