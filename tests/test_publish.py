"""``claimscope export --format claimreview`` and ``--format csv``: the ClaimReview JSON-LD
expands (pyld, a JSON-LD processor) to schema.org terms only, and the CSV round-trips through
Python's ``csv`` module with no cell that a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld

from store.check.answer import Checker
from store.corpus import Corpus
from store.db import open_for_write
from store.review.record import record_judgement, save_check
from tests.test_check_rules import CLAIMS, stub
from tests.test_review import FIGHTERS_2015, LIBYA_NOW
from tui.cli import main

SCHEMA = "https://schema.org/"
# The schema.org terms a ClaimReview of ours may use, from the schema.org pages of ClaimReview,
# Claim, Rating, CreativeWork, Organization and Person (https://schema.org/ClaimReview ...).
SCHEMA_TERMS = {
    "ClaimReview", "Claim", "Rating", "CreativeWork", "Organization", "Person",
    "claimReviewed", "itemReviewed", "reviewRating", "reviewBody", "alternateName",
    "ratingExplanation", "author", "url", "datePublished", "citation", "appearance",
    "headline", "publisher", "name", "text",
}
JSONLD = "http://www.w3.org/ns/json-ld#"


def schema_org_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """schema.org's context, offline: it maps every term into the vocabulary (``@vocab``)."""
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
            "document": {"@context": {"@vocab": SCHEMA}}}


@pytest.fixture
def reviewed_store(committed_store_copy: Path) -> Path:
    db = committed_store_copy
    group = Corpus.open(db).group_of(FIGHTERS_2015)
    assert group is not None
    record_judgement(db, "verdict", group=group.id, verdict="consistent",
                     note="33,000 is the peak of the same estimate")
    record_judgement(db, "misread", figure=LIBYA_NOW)
    result = Checker(Corpus.open(db), stub(CLAIMS)).check(
        "ISIS has 30,000 fighters in Iraq and Syria")
    document = result.document()
    document.update(said_by="A columnist", seen_at=["https://example.org/column"],
                    said_on="2019-09-01")
    save_check(db, document)
    return db


def _expanded_terms(node: Any, found: set[str]) -> None:
    if isinstance(node, list):
        for item in node:
            _expanded_terms(item, found)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "@type":
                found.update(value if isinstance(value, list) else [value])
            elif not key.startswith("@"):
                found.add(key)
            _expanded_terms(value, found)


def test_claimreview_expands_to_schema_org_terms(reviewed_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "reviews.jsonld"
    assert main(["--db", str(reviewed_store), "export", "--format", "claimreview",
                 "--publisher", "The Desk", "--url", "https://desk.example/checks",
                 "-o", str(target)]) == 0
    document = json.loads(target.read_text(encoding="utf-8"))
    reviews = document["@graph"]
    assert [r["reviewRating"]["alternateName"] for r in reviews] == [
        "Consistent: the sources agree", "Outdated"]
    group, check = reviews
    assert group["reviewRating"]["ratingExplanation"] == "33,000 is the peak of the same estimate"
    assert group["itemReviewed"]["appearance"][0]["headline"]
    assert check["claimReviewed"] == "ISIS has 30,000 fighters in Iraq and Syria"
    assert check["itemReviewed"]["appearance"] == [{"@type": "CreativeWork",
                                                    "url": "https://example.org/column"}]
    assert check["url"].startswith("https://desk.example/checks#")
    expanded = jsonld.expand(document, {"documentLoader": schema_org_loader})
    terms: set[str] = set()
    _expanded_terms(expanded, terms)
    assert terms and all(t.startswith(SCHEMA) for t in terms), sorted(terms)
    assert {t.removeprefix(SCHEMA) for t in terms} <= SCHEMA_TERMS
    assert f"{SCHEMA}claimReviewed" in terms and f"{SCHEMA}ratingExplanation" in terms


def test_claimreview_needs_a_publisher(reviewed_store: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "none.toml"
    assert main(["--db", str(reviewed_store), "export", "--format", "claimreview",
                 "--config", str(config)]) == 2
    assert "--publisher" in capsys.readouterr().err
    config.write_text('[publisher]\nname = "From the file"\nurl = "https://f.example/"\n')
    assert main(["--db", str(reviewed_store), "export", "--format", "claimreview",
                 "--config", str(config)]) == 0
    assert "From the file" in capsys.readouterr().out


def test_csv_round_trips_and_runs_no_formula(reviewed_store: Path, tmp_path: Path) -> None:
    hostile = "=HYPERLINK(\"http://evil.example\",\"click\")"
    with open_for_write(reviewed_store) as session:
        session.table("figures").update({"source": hostile, "origin": "@SUM(1+1)"},
                                         lambda r: r.get("id") == FIGHTERS_2015)
        session.commit()
    target = tmp_path / "figures.csv"
    assert main(["--db", str(reviewed_store), "export", "--format", "csv", "-o",
                 str(target)]) == 0
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    header, body = rows[0], rows[1:]
    assert header[:8] == ["figure", "value", "counted", "where", "period", "origin", "source",
                          "verdict"]
    assert "judgement" in header and "url" in header
    assert len(body) == len(Corpus.open(reviewed_store).figures())
    assert all(len(row) == len(header) for row in body)
    assert not [cell for row in body for cell in row if cell[:1] in ("=", "+", "-", "@")]
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in body}
    assert by_id[FIGHTERS_2015]["source"] == "'" + hostile
    assert by_id[FIGHTERS_2015]["origin"] == "'@SUM(1+1)"
    assert by_id[LIBYA_NOW]["judgement"] == "wrongly read"
    assert "group verdict by hand" in by_id["004_5a367e0f5d5b079c:2458"]["judgement"]
