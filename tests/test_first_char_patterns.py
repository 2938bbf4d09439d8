"""Whole-text patterns written to be scanned by their first character (the look-behind on the
character before a match checked after that character, not at every position) match exactly
what their look-behind-first forms match."""

from __future__ import annotations

import re

import pytest

from store.extract.figures.who import _whole_name
from store.extract.mentions.joins import _NAME_BEFORE_NOUN
from store.extract.mentions.outlets import _CAPS_WORD
from store.extract.mentions.vessels import _VESSEL, MAX_WORDS

TEXTS = [
    "NATO and the UN met; x.NATO, -NATO, &NATO, NATOs, A.B., AoB, AofBC and ABCDEFGHIJ did not.",
    "ALL CAPS HEADLINE: UNHCR SAYS 40 DIED\nThe UNHCR said so.",
    "the Velm valley road, xthe Velm river, -the Orla lake’s shore, the Kelvar Dam Authority",
    "Crews of MV Star 7 and A/B Tara-5 joined; xMV Star, /MV Star, ABCDEF Gh and SS ARMY not.",
    "RV Orla Explorer docked. FV Kestrel-2 sank near the Velm coast.",
    "",
]


@pytest.mark.parametrize(("pattern", "reference"), [
    (_CAPS_WORD, r"(?<![\w.&-])(?:[A-Z]{3,7}|[A-Z](?:[of]?[A-Z]){1,5})(?![\w&-])"),
    (_NAME_BEFORE_NOUN, r"(?<![\w-])" + _NAME_BEFORE_NOUN.pattern.replace(r"(?<![\w-]the)", "")),
    (_VESSEL, r"(?<![\w/])([A-Z]{2,5}|[A-Z]/[A-Z])[ \t]+([A-Z][\w'’]*(?:-[\w]+)*(?:[ \t]+"
              r"(?:[A-Z][\w'’]*(?:-[\w]+)*|\d{1,3}\b)){0," + str(MAX_WORDS - 1) + "})"),
    (_whole_name("Velm Front"), r"(?<![\w-])Velm Front(?![\w-])"),
])
@pytest.mark.parametrize("text", [*TEXTS, "Velm Front, xVelm Front, -Velm Front, Velm Fronts"])
def test_same_matches_as_the_look_behind_first_form(pattern: re.Pattern[str], reference: str,
                                                    text: str) -> None:
    found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in re.finditer(reference, text)]
