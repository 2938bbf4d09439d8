""""The port of Karsby" names the port, a facility of the town, where the article goes on to
speak of "the port" as a thing of its own (``store.extract.mentions.ports``): one mention from
the head noun on, which "the port" then stands for; where it does not, the town's name stays the
town's. Extraction needs the tagger (slow); resolution reads marked mentions, as
``tests/test_resolution.py`` does.
"""

from __future__ import annotations

import pytest

from store.extract.mentions import extract_mentions
from store.extract.nlp import load_nlp
from tests.mention_checks import assert_surfaces
from tests.test_resolution import test_rule as check_rule

EXTRACTED = [
    # (text, surfaces that must be mentions, surfaces that must not)
    ("Fishing boats queued outside the port of Dover on Monday. The port handled 40 trawlers "
     "a day before the strike, the harbour master said.", ["port of Dover"], ["Dover"]),
    ("The harbour of Valletta reopened on Friday. Ferries left the harbour at dawn.",
     ["harbour of Valletta"], ["Valletta"]),
    # the port is no thing of its own here: the town is where the boats landed
    ("The rescued crew landed at the port of Dover on Monday and were taken to hospital.",
     ["Dover"], ["port of Dover"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "present", "absent"), EXTRACTED)
def test_the_port_of_a_town(text: str, present: list[str], absent: list[str]) -> None:
    found = {m.text for m in extract_mentions(load_nlp()(text))}
    assert_surfaces(found, present, absent)


def test_the_port_stands_for_the_port_not_the_town() -> None:
    check_rule("the port of a fishing town, then the port",
               ["Trawlers queued outside the [port of Karsby|FAC]. [The port|DESC] handled 40 "
                "boats a day, [Karsby|GPE] council said.",
                "The [Port of Karsby|FAC] reopened."],
               [[(0, "port of Karsby"), (0, "The port"), (1, "Port of Karsby")]],
               [[(0, "Karsby"), (0, "The port")]])
