"""Columns of one count at two stages ("| Provisional (3 May) | Final (5 May) |"): the later
stage's cell revises the earlier one's, and a stage's date is its publication, not the cells'
period (``store.extract.figures.table_stages``; spaCy: slow)."""

from __future__ import annotations

import pytest

from store.extract.figures.table_stages import stage_header

ELECTION = """Votes for each candidate in the mayoral count:

| Candidate | Provisional (3 May) | Final (5 May) |
|---|---|---|
| Ana Reyes | 41,230 | 41,870 |
| Tom Vale | 38,900 | 38,900 |
"""

BANK = """Loan losses by division, as the bank reported them:

| Division | Preliminary (12 April) | Revised (30 May) |
|---|---|---|
| Retail banking | 412 | 455 |
| Corporate banking | 96 | 96 |
"""

RECALL = """Packs of the recalled tablets returned to pharmacies:

| Region | Initial count | Corrected count |
|---|---|---|
| North | 1,240 | 1,180 |
"""

DOSES = """Vaccine doses given in each region:

| Region | First | Second |
|---|---|---|
| Coast | 8,400 | 6,900 |
"""

ROUNDS = """Votes for each party as transfers were counted:

| Party | First count | Final count |
|---|---|---|
| Greens | 2,310 | 3,050 |
"""

OTHER_COUNT = """Pupils enrolled at the district's schools:

| School | 2019 census | Preliminary (Aug 2026) |
|---|---|---|
| Hill Road | 640 | 512 |
"""

DATED_ESTIMATES = """What the lighthouse trust expects the repairs to cost:

| Item | Estimate of 9 February 2030 | Revised estimate, 16 March 2030 |
|---|---|---|
| Lantern room (€ thousand) | 820 | 910 |
| Stone stairs (€ thousand) | 145 | 145 |
"""

DATED_COUNTS = """Keepers the lighthouse trust expects to hire:

| Station | Estimate as at 9 February | Revised estimate, 16 March |
|---|---|---|
| North cape | 12 | 14 |
"""


@pytest.mark.parametrize("header, stage", [
    ("Estimate of 9 February 2030", True),
    ("Revised estimate, 16 March 2030", True),
    ("Revised estimate as at 16 March", True),
    ("Forecast (2 June)", True),
    ("Final count of 5 May", True),
    ("Estimate", False),
    ("2031 forecast", False),
    ("Survey of May 2030", False),
    ("Share of total", False),
    ("Estimate of cost", False),
    ("Provisional (14 June)", True),
    ("Final (5 May)", True),
    ("Revised estimate", True),
    ("Corrected count", True),
    ("Preliminary (Aug 2026)", True),
    ("2019 census", False),
    ("Change (%)", False),
    ("Votes", False),
    ("Lab-confirmed", False),
    ("First", False),
    ("Second dose", False),
    ("First count", False),
])
def test_a_stage_header_names_a_stage_of_one_count(header: str, stage: bool) -> None:
    assert stage_header(header) is stage


@pytest.mark.slow
@pytest.mark.parametrize("text, old, new", [
    (ELECTION, "41,230", "41,870"),
    (BANK, "412", "455"),
    (RECALL, "1,240", "1,180"),
    (DATED_ESTIMATES, "820", "910"),
    (DATED_COUNTS, "12", "14"),
])
def test_the_later_stage_revises_the_earlier_in_its_row(extract, text: str, old: str,
                                                       new: str) -> None:
    found = extract(text)
    written = {f.start: f.text for f in found}
    # the table's one revision: the later stage's cell, and the cell it replaces
    assert [(f.text, written.get(f.revises)) for f in found if f.revises is not None] == [
        (new, old)]


@pytest.mark.slow
@pytest.mark.parametrize("text, figure", [
    (ELECTION, "38,900"),
    (BANK, "96"),
    (OTHER_COUNT, "512"),
    (DOSES, "6,900"),
    (ROUNDS, "3,050"),
])
def test_equal_stages_and_another_count_revise_nothing(extract, text: str,
                                                       figure: str) -> None:
    assert all(f.revises is None for f in extract(text) if f.text == figure)


@pytest.mark.slow
@pytest.mark.parametrize("text, figure", [
    (ELECTION, "41,870"),
    (BANK, "412"),
    (OTHER_COUNT, "512"),
    (DOSES, "6,900"),
    (ROUNDS, "3,050"),
    (DATED_ESTIMATES, "820"),
    (DATED_ESTIMATES, "910"),
])
def test_a_stage_date_is_no_period_of_its_cells(extract, text: str, figure: str) -> None:
    found = [f for f in extract(text) if f.text == figure]
    assert found and all(f.when_basis != "sentence" for f in found)



@pytest.mark.slow
def test_a_dated_stage_names_no_noun_of_its_cells(extract) -> None:
    """ "Revised estimate, 16 March" says which count, not what is counted: both stages' cells
    count what the caption names, so they stay one quantity."""
    found = [f for f in extract(DATED_COUNTS) if f.text in ("12", "14")]
    assert len(found) == 2 and found[0].counted == found[1].counted
    assert "estimate" not in (found[0].counted or "")
