"""A statement from a body of the state (a ministry's press release, a police force's bulletin) is
that body's count: what it says unattributed is not "the article's" figure but the body's."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.grouping import build_conflicts, official_outlet
from store.conflicts.scope import alias_resolver
from tests.test_conflicts import corpus
from tests.test_estimates import deaths


@pytest.mark.parametrize("outlet, body", [
    ("Ministerio del Interior (Spanish Ministry of the Interior), press statement",
     "Ministerio del Interior (Spanish Ministry of the Interior)"),
    ("National Disaster Management Agency", "National Disaster Management Agency"),
    ("Reuters", None),
    ("The Upper Valley Voice", None),
    ("University of Zambia, School of Public Health", None),
    (None, None),
    ("", None),
])
def test_an_outlet_of_the_state_is_a_body(outlet: str | None, body: str | None) -> None:
    assert official_outlet(outlet) == body


def _deployed(article: str, sentence: str, value: float, origin: str | None) -> dict[str, Any]:
    return deaths(article, sentence, value, origin=origin, counted="officers deployed",
                  unit="officers", period_basis="reported", reported="2026-10-02")


@pytest.mark.parametrize("outlet, verdict", [
    # the ministry's own release giving another count the same day: it revised its count
    ("Ministry of the Interior, press release", "revision"),
    # a newspaper's own unattributed figure is nobody's: it marks nothing against the ministry
    ("The Daily Courier", "consistent"),
])
def test_a_ministry_release_speaks_for_the_ministry(outlet: str, verdict: str) -> None:
    figures, articles = corpus(
        _deployed("a", "The interior ministry said 23,000 officers were deployed.", 23000,
                  "ministry"),
        _deployed("b", "The interior ministry said 23,000 officers were deployed.", 23000,
                  "ministry"),
        _deployed("c", "In all, 41,000 officers were deployed.", 41000, None),
    )
    for article in articles:
        article["outlet"] = outlet if article["id"] == "c" else None
    groups = build_conflicts(figures, articles, alias_resolver())
    assert groups[0]["verdict"] == verdict


@pytest.mark.parametrize("sentence, verdict", [
    # an office-holder named by their office speaks for the state's count of an event
    ("Interior Minister Paul Desroches said 14 officers were hurt.", "revision"),
    ("Governor Rita Harlan said 14 officers were hurt.", "revision"),
    # a person with no office before their name is an estimate of their own
    ("Union leader Claire Dumas said 14 officers were hurt.", "contradiction"),
])
def test_an_office_holder_gives_the_official_count(sentence: str, verdict: str) -> None:
    name = sentence.split(" said")[0].split()[-2:]
    first = deaths("a", sentence, 14, origin=" ".join(name), basis="source",
                   counted="injured officers", unit="people", reported="2026-10-01")
    second = deaths("b", "The ministry later put the number of officers hurt at 29.", 29,
                    origin="ministry", counted="injured officers", unit="people",
                    reported="2026-10-02")
    figures, articles = corpus(first, second)
    assert build_conflicts(figures, articles, alias_resolver())[0]["verdict"] == verdict
