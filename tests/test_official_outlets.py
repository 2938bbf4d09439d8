"""A statement from a body of the state (a ministry's press release, a police force's bulletin) is
that body's count: what it says unattributed is not "the article's" figure but the body's."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.grouping import build_conflicts
from store.conflicts.issuers import issuer_of, official_outlet
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


@pytest.mark.parametrize("outlet, body", [
    # any body's own release speaks for it, an abbreviation in brackets set aside
    ("Lakeside Water (LW), media statement", "Lakeside Water"),
    ("Orrin Systems, company statement (newsroom)", "Orrin Systems"),
    ("Statistics Office of Veloria (press release)", "Statistics Office of Veloria"),
    # a comma inside the body's name: the release is what follows the last comma
    ("Department of Ports, Harbours and Fisheries, press release",
     "Department of Ports, Harbours and Fisheries"),
    ("Office of Wool, Hides and Skins (Veloria), media statement", "Office of Wool, Hides and "
     "Skins"),
    ("Velm Grain Board, press release, 4 May", "Velm Grain Board"),
    # the state's bodies, as before
    ("Ministry of the Interior, press statement", "Ministry of the Interior"),
    # a newsroom's report speaks for nobody
    ("The Daily Courier, analysis", None),
    ("Reuters", None),
])
def test_a_release_is_its_body_s(outlet: str, body: str | None) -> None:
    assert issuer_of(outlet) == body


def _lost(article: str, sentence: str, value: float, origin: str | None,
          reported: str) -> dict[str, Any]:
    return deaths(article, sentence, value, origin=origin, basis="source",
                  counted="water losses", unit="percent", period_basis="reported",
                  reported=reported)


@pytest.mark.parametrize("outlet, verdict", [
    # the utility's own "we" in its next release replaces its first count: a revision
    ("Lakeside Water, media statement", "revision"),
    # a newspaper's "we" is nobody the utility's count could be revised by
    ("The Daily Courier", "contradiction"),
])
def test_a_release_s_we_is_its_body(outlet: str, verdict: str) -> None:
    figures, articles = corpus(
        _lost("a", "Lakeside Water said 24 percent of its water is lost.", 24, "Lakeside Water",
              "2026-07-14"),
        _lost("b", "Lakeside Water put losses at 24 percent.", 24, "Lakeside Water",
              "2026-07-15"),
        _lost("c", "We now estimate that 37 percent is lost.", 37, "we", "2026-07-15"),
    )
    for article in articles:
        article["outlet"] = outlet if article["id"] == "c" else None
    groups = build_conflicts(figures, articles, alias_resolver())
    assert groups[0]["verdict"] == verdict


def test_two_values_of_one_release_are_no_revision() -> None:
    """A release that gives 214,000 and 4.1 million of what its key cannot tell apart (a
    country's accounts and the world's) has not revised anything: it would say so."""
    figures, articles = corpus(
        _lost("a", "Lakeside Water said 24 percent of its water is lost.", 24, "Lakeside Water",
              "2026-07-14"),
        _lost("a", "In the old town, 61 percent is lost.", 61, "Lakeside Water", "2026-07-14"),
    )
    verdicts = {g["verdict"] for g in build_conflicts(figures, articles, alias_resolver())}
    assert "revision" not in verdicts


_OFFICE_ACTORS = [
    {"id": "ana-lind", "name": "Ana Lind", "type": "PERSON", "aliases": ["Ana Lind", "Lind"]},
    {"id": "tovik-port-authority", "name": "Tovik Port Authority", "type": "ORG",
     "aliases": ["Tovik Port Authority", "TPA"]},
    {"id": "tovik-pilots-guild", "name": "Tovik Pilots' Guild", "type": "ORG",
     "aliases": ["Tovik Pilots' Guild", "TPG"]},
    {"id": "tovik", "name": "Tovik", "type": "GPE", "aliases": ["Tovik"]},
    {"id": "dock-strike", "name": "Dock Strike", "type": "EVENT", "aliases": ["Dock Strike"]},
    {"id": "ministry-of-harbours", "name": "Ministry of Harbours and Ports", "type": "ORG",
     "aliases": ["Ministry of Harbours and Ports"]},
]


@pytest.mark.parametrize("text, said, body", [
    # the body before the office in front of the name, the first name between or not
    ("TPA chief executive Ana Lind said 40 ships waited.", "Ana Lind", "TPA"),
    ("TPA President and Chief Executive Ana Lind spoke. Lind said 40.", "Lind", "TPA"),
    # the office set after the name
    ("Ana Lind, president of the Tovik Pilots' Guild, said 300 pilots would strike.", "Lind",
     "Tovik Pilots' Guild"),
    ("Ana Lind, head of the pilots' association TPG, said 300.", "Ana Lind", "TPG"),
    ("Ana Lind, the TPG's general secretary, said 300.", "Ana Lind", "TPG"),
    # a minister's portfolio names the ministry the article's actors hold
    ("Harbour Minister Ana Lind said 300.", "Ana Lind", "Ministry of Harbours and Ports"),
    ("Fisheries Minister Ana Lind said 300.", "Ana Lind", "Ana Lind"),
    # no body named for the office, or a place: the person stays
    ("Tovik Dock Minister Ana Lind said 300.", "Ana Lind", "Ana Lind"),
    ("Ana Lind, a pilot in Tovik, said 300.", "Ana Lind", "Ana Lind"),
    ("Ana Lind, mayor of Tovik, said 300.", "Ana Lind", "Ana Lind"),
    ("\"We will strike,\" Ana Lind said.", "Ana Lind", "Ana Lind"),
])
def test_a_person_speaks_for_the_body_of_their_office(text: str, said: str, body: str) -> None:
    from store.conflicts.grouping import actor_resolver
    from store.conflicts.issuers import speaking_for

    row = {"article": "a", "origin": said, "origin_basis": "source", "source": said}
    assert speaking_for(row, text, actor_resolver(_OFFICE_ACTORS), {})["origin"] == body


def _mentioned(text: str, phrases: list[tuple[str, str]]) -> dict[str, Any]:
    """The mentions of a text as the store packs them: each phrase's first place, its actor."""
    items = []
    for phrase, actor in phrases:
        at = text.index(phrase)
        items.append(f"{at},{at + len(phrase)},DESC,{actor},0")
    return {"article": "a", "items": ";".join(items)}


_BODIES = [
    {"id": "orvik-mining", "name": "Orvik Mining Corporation", "type": "ORG",
     "aliases": ["Orvik Mining Corporation", "Orvik"]},
    {"id": "tovik-pilots-guild", "name": "Tovik Pilots' Guild", "type": "ORG",
     "aliases": ["Tovik Pilots' Guild"]},
]


@pytest.mark.parametrize("text, said, phrases, origin", [
    # a description the article's actors say stands for a body is that body
    ("The company said 46 miners were trapped.", "company",
     [("The company", "orvik-mining")], "Orvik Mining Corporation"),
    ("Pilots lost 300 jobs, a pilots' group said.", "a pilots' group",
     [("a pilots' group", "tovik-pilots-guild")], "Tovik Pilots' Guild"),
    ("The union's figure was 300, the company said.", "company",
     [("The union", "tovik-pilots-guild"), ("the company", "orvik-mining")],
     "Orvik Mining Corporation"),
    # a phrase no mention of the sentence resolves, or a name that resolves itself, stays
    ("The company said 46 miners were trapped.", "company", [], "company"),
    ("Orvik said 46 miners were trapped.", "Orvik", [("Orvik", "tovik-pilots-guild")], "Orvik"),
    ("The firm said 46 miners were trapped.", "company", [("The firm", "orvik-mining")],
     "company"),
])
def test_a_description_is_the_actor_the_article_says_it_names(
        text: str, said: str, phrases: list[tuple[str, str]], origin: str) -> None:
    from store.conflicts.grouping import actor_resolver
    from store.conflicts.issuers import as_mentioned

    resolve = actor_resolver(_BODIES, [_mentioned(text, phrases)] if phrases else [])
    row = {"article": "a", "origin": said, "origin_basis": "source", "source": said,
           "sentence": [0, len(text)]}
    assert as_mentioned(row, text, resolve)["origin"] == origin


def _mentions_of(article: str, text: str, phrases: list[tuple[str, str]]) -> dict[str, Any]:
    """The mentions of an article as the store packs them: each phrase's first place, its
    actor."""
    return {**_mentioned(text, phrases), "article": article}


@pytest.mark.parametrize("text, said, phrases, body", [
    # a body the article's mentions name, right before the office in front of the name
    ("TPA's Tovik harbour chairman, Chief Ana Lind, said 40 ships waited.", "Ana Lind",
     [("TPA", "tovik-port-authority"), ("Tovik", "tovik")], "Tovik Port Authority"),
    ("The pilots' guild chief executive Ana Lind said 300.", "Ana Lind",
     [("The pilots' guild", "tovik-pilots-guild")], "Tovik Pilots' Guild"),
    # or in the office set after the name, by a description of the body
    ("Dr Ana Lind, the guild's chief medical officer, said 300.", "Ana Lind",
     [("the guild", "tovik-pilots-guild")], "Tovik Pilots' Guild"),
    ("Ana Lind, chief executive of the port authority, said 40.", "Lind",
     [("the port authority", "tovik-port-authority")], "Tovik Port Authority"),
    # a title the origin carries before the name
    ("Dr Ana Lind, the guild's chief medical officer, said 300.", "Dr Ana Lind",
     [("the guild", "tovik-pilots-guild")], "Tovik Pilots' Guild"),
    # no office between the body and the name, a place, or no organisation: the person stays
    ("Ana Lind, the strike's chief organiser, said 300.", "Ana Lind",
     [("the strike", "dock-strike")], "Ana Lind"),
    ("Ana Lind, who sued the guild's chairman, said 300.", "Ana Lind",
     [("the guild", "tovik-pilots-guild")], "Ana Lind"),
    ("The guild told Ana Lind that 300 would strike.", "Ana Lind",
     [("The guild", "tovik-pilots-guild")], "Ana Lind"),
    ("Tovik harbour chairman Ana Lind said 300.", "Ana Lind", [("Tovik", "tovik")], "Ana Lind"),
    ("The guild's lawyers and Ana Lind said 300.", "Ana Lind",
     [("The guild", "tovik-pilots-guild")], "Ana Lind"),
])
def test_a_person_speaks_for_the_body_the_article_s_mentions_name(
        text: str, said: str, phrases: list[tuple[str, str]], body: str) -> None:
    from store.conflicts.grouping import actor_resolver
    from store.conflicts.issuers import speaking_for

    resolve = actor_resolver(_OFFICE_ACTORS, [_mentions_of("a", text, phrases)])
    row = {"article": "a", "origin": said, "origin_basis": "source", "source": said}
    assert speaking_for(row, text, resolve, {})["origin"] == body


@pytest.mark.parametrize("text, said, phrases, origin", [
    # a definite description no mention of its sentence is: the one body the article's
    # mentions with the description's words name
    ("The pilots' union called the strike.\nAbout 300 walked out, the union said.",
     "union", [("The pilots' union", "tovik-pilots-guild")], "Tovik Pilots' Guild"),
    ("The Tovik union met on Monday. About 300 pilots stopped work, their union said.",
     "their union", [("The Tovik union", "tovik-pilots-guild")], "Tovik Pilots' Guild"),
    # two bodies the words may name, none, a word that is no body's, or a bare description
    # (a headline's): the phrase stays
    ("Union says 300 pilots walk out\nThe pilots' union and the miners' union met.", "Union",
     [("The pilots' union", "tovik-pilots-guild"), ("the miners' union", "orvik-mining")],
     "Union"),
    ("Union says 300 pilots walk out\nThe pilots met on Monday.", "Union", [], "Union"),
    ("Union says 300 pilots walk out\nThe pilots' union called the strike.", "Union",
     [("The pilots' union", "tovik-pilots-guild")], "Union"),
    ("Pilots say 300 walked out\nThe pilots' union called the strike.", "Pilots",
     [("The pilots' union", "tovik-pilots-guild")], "Pilots"),
])
def test_a_description_is_the_one_body_the_article_s_mentions_name(
        text: str, said: str, phrases: list[tuple[str, str]], origin: str) -> None:
    from store.conflicts.grouping import actor_resolver
    from store.conflicts.issuers import as_mentioned

    resolve = actor_resolver(_BODIES, [_mentioned(text, phrases)] if phrases else [])
    # the figure's sentence: the line or sentence that holds the number
    start = max(text.rfind("\n", 0, text.index("300")), text.rfind(". ", 0, text.index("300")))
    start = start + 1 if start >= 0 else 0
    end = min(i for i in (text.find("\n", start), len(text)) if i > 0)
    row = {"article": "a", "origin": said, "origin_basis": "source", "source": said,
           "sentence": [start, end]}
    assert as_mentioned(row, text, resolve)["origin"] == origin
