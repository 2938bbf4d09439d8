"""A token without a letter is no noun: a table's bar ("|") and a signed cell ("+22.7") that the
tagger calls nouns end the search for what a number counts, so no figure counts "|" and no
figure after the table borrows it (spaCy: slow). Each row is a table of its own invention,
under a caption that names no quantity."""

from __future__ import annotations

import pytest

TABLES = [
    "## Consolidated rates by county, 2023 and 2024\n\n"
    "| County | 2023 | 2024 | Change (%) |\n|---|---|---|---|\n"
    "| Kerry | 3,650 | 4,480 | +22.7 |\n| Mayo | 2,180 | 2,310 | +6.0 |\n",
    "## Final results by ward\n\n"
    "| Ward | 2019 | 2023 | Swing (%) |\n|---|---|---|---|\n"
    "| Harbour | 14,900 | 12,310 | -4.5 |\n| Hillside | 9,870 | 10,340 | +3.1 |\n",
    "## Revised figures by plant, first and second half\n\n"
    "| Plant | H1 | H2 | Change (%) |\n|---|---|---|---|\n"
    "| Leeds | 860 | 980 | +14.0 |\n| Derby | 750 | 930 | +24.0 |\n",
]


@pytest.mark.slow
@pytest.mark.parametrize("table", TABLES)
def test_no_figure_counts_a_bar(extract, table: str) -> None:
    found = extract(table)
    assert found
    for fig in found:
        assert fig.counted is None or any(ch.isalpha() for ch in fig.counted), fig.text


# a share set against an earlier one ("down from 45% a year earlier") whose run reaches only its
# sign: the sign is no noun, but the later rule of shares still names it; it is not dropped first
EARLIER_SHARES = [
    ("In March, 38% of claims were refusals, down from 45% a year earlier: a fall of seven "
     "points.", "45%"),
    ("Last quarter 12% of loans were in arrears, up from 9% a year before: a rise of three "
     "points.", "9%"),
    ("By June, 71% of pupils were boarders, down from 80% in 2019: a drop of nine points.",
     "80%"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "share"), EARLIER_SHARES)
def test_an_earlier_share_keeps_its_noun(extract, sentence: str, share: str) -> None:
    fig = next(f for f in extract(sentence) if f.text == share)
    assert fig.counted == "share"
