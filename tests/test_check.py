"""``claimscope check``: typed claims against the samples and the gold sets, each with its
expected answer and strongest evidence (``tests/check_cases.py``); the command's JSON, text and
exit status. The table needs spaCy (the claim is parsed by the ingest's grammar): slow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.check.answer import ANSWERS, Checker
from store.corpus import Corpus
from tests.check_cases import CASES
from tests.conftest import ROOT, _build
from tests.test_cli import run_cli

GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="session")
def extra3_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(GOLD / "extra3", tmp_path_factory.mktemp("extra3-store") / "claims.json")


@pytest.fixture(scope="session")
def extra5_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(GOLD / "extra5", tmp_path_factory.mktemp("extra5-store") / "claims.json")


@pytest.fixture(scope="session")
def checkers() -> dict[str, Checker]:
    return {}


def test_the_table_has_every_answer_and_enough_claims() -> None:
    assert len(CASES) >= 15
    assert {case[3] for case in CASES} == set(ANSWERS)
    assert {case[0] for case in CASES} >= {"seed", "extra", "extra2", "extra3", "extra5"}


@pytest.mark.slow
@pytest.mark.parametrize(("store", "claim", "as_of", "answer", "top"), CASES,
                         ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_typed_claims(store: str, claim: str, as_of: str | None, answer: str, top: str | None,
                      request: pytest.FixtureRequest, checkers: dict[str, Checker]) -> None:
    from store.check.parse import parse_claim

    if store not in checkers:
        fixture = "committed_store" if store == "seed" else f"{store}_store"
        checkers[store] = Checker(Corpus.open(request.getfixturevalue(fixture)), parse_claim)
    result = checkers[store].check(claim, as_of)
    assert len(result.answers) == 1
    got = result.answers[0]
    assert got.answer == answer, got.reason
    assert (got.evidence[0].figure if got.evidence else None) == top, got.reason
    assert got.reason.endswith(".") and "\n" not in got.reason, got.reason
    stances = [e.stance for e in got.evidence]
    compared = [s for s in stances if s in ("agrees", "disagrees")]
    assert stances[:len(compared)] == compared  # the period's estimates come first
    if answer != "no evidence":
        assert got.quantity and got.period_basis in ("claim", "as of", "latest")


@pytest.mark.slow
def test_the_command_answers_in_json_and_text(committed_store: Path) -> None:
    done = run_cli("check", "ISIS still has 30,000 fighters in Iraq and Syria", "--json",
                   db=committed_store)
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert set(document) == {"claim", "as_of", "answers"}
    answer = document["answers"][0]
    assert answer["answer"] == "outdated"
    assert set(answer) == {"figure", "value", "counted", "answer", "reason", "quantity", "match",
                           "period", "period_basis", "group", "names", "alternatives",
                           "evidence", "evidence_total"}
    assert {"written": "ISIS", "actor": "Islamic State"} in answer["names"]
    assert set(answer["evidence"][0]) == {"figure", "article", "value", "origin", "source",
                                          "outlet", "title", "url", "date", "period", "sentence",
                                          "stance"}
    text = run_cli("check", "ISIS has about 100 fighters in Libya", db=committed_store)
    assert text.returncode == 0
    assert "✓ supported" in text.stdout and "evidence, strongest first" in text.stdout


@pytest.mark.slow
def test_errors_exit_2_with_one_line(committed_store: Path) -> None:
    for args in (["no numbers in this claim"], ["ISIS has 30,000 fighters", "--as-of", "soon"]):
        done = run_cli("check", *args, db=committed_store)
        assert done.returncode == 2
        assert done.stderr.startswith("claimscope: ") and done.stderr.count("\n") == 1
    assert "exit status: 0 for any answer" in " ".join(
        run_cli("check", "--help").stdout.split())
