"""The check's rules without spaCy: a claim's figures typed as the grammar would read them,
checked against the committed sample store; the reader's judgements change the evidence; the
text answer reads at 80 columns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console

from store.check.answer import Checker
from store.corpus import Corpus
from store.review.record import record_judgement
from tui.present.check import result_lines


def fighters(value: int, text: str, *, where: tuple[str, ...] = ("Iraq", "Syria"),
             when: str | None = None) -> list[dict[str, Any]]:
    """The row the grammar reads from "ISIS has N fighters in Iraq and Syria [in YEAR]"."""
    return [{"id": "claim:9", "article": "claim", "start": 9, "end": 15, "text": f"{value:,}",
             "low": value, "high": value, "approx": "exact", "unit": "fighters",
             "counted": "fighters", "counted_head": "fighter", "group": "ISIS",
             "where": list(where), "where_basis": "phrase", "when": when,
             "when_basis": "sentence" if when else None, "source": "the article",
             "sentence": [0, len(text)], "period": when,
             "period_basis": "stated" if when else None, "origin": "the article",
             "origin_basis": "article"}]


def stub(rows_of: dict[str, list[dict[str, Any]]]):
    def parse(text: str, as_of: str | None) -> list[dict[str, Any]]:
        return rows_of[text]
    return parse


CLAIMS = {
    "ISIS has 30,000 fighters in Iraq and Syria": fighters(30000, "ISIS has 30,000 fighters in "
                                                           "Iraq and Syria"),
    "ISIS has 16,000 fighters in Iraq and Syria": fighters(16000, "ISIS has 16,000 fighters in "
                                                           "Iraq and Syria"),
    "ISIS had 33,000 fighters in Iraq and Syria in 2015": fighters(
        33000, "ISIS had 33,000 fighters in Iraq and Syria in 2015", when="2015"),
}


def test_rules_on_the_samples(committed_store: Path) -> None:
    checker = Checker(Corpus.open(committed_store), stub(CLAIMS))
    now = checker.check("ISIS has 30,000 fighters in Iraq and Syria").answers[0]
    assert (now.answer, now.period, now.period_basis) == ("outdated", "2019", "latest")
    assert "the latest, for 2019" in now.reason
    then = checker.check("ISIS had 33,000 fighters in Iraq and Syria in 2015").answers[0]
    assert (then.answer, then.period, then.period_basis) == ("disputed", "2015", "claim")
    assert then.group is not None and checker.corpus.conflict(then.group).verdict == \
        "contradiction"


def test_a_figure_marked_wrongly_read_is_no_evidence(committed_store_copy: Path) -> None:
    claim = "ISIS has 16,000 fighters in Iraq and Syria"
    before = Checker(Corpus.open(committed_store_copy), stub(CLAIMS)).check(claim).answers[0]
    assert before.answer == "supported"
    for evidence in before.evidence:
        if evidence.stance == "agrees":
            record_judgement(committed_store_copy, "misread", figure=evidence.figure)
    after = Checker(Corpus.open(committed_store_copy), stub(CLAIMS)).check(claim).answers[0]
    assert {e.figure for e in after.evidence}.isdisjoint(
        {e.figure for e in before.evidence if e.stance == "agrees"})
    # the latest period with estimates is now 2016, whose "up to 25,000" allows 16,000
    assert (after.period, after.answer) == ("2016", "supported")


def test_the_text_answer_fits_80_columns(committed_store: Path) -> None:
    checker = Checker(Corpus.open(committed_store), stub(CLAIMS))
    result = checker.check("ISIS has 30,000 fighters in Iraq and Syria")
    console = Console(width=80, record=True, highlight=False)
    for line in result_lines(result, 80):
        console.print(line)
    text = console.export_text()
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "↺ outdated" in text and "reason: " in text and "compared with: " in text
