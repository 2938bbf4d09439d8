"""One source's number retold by several articles, each outlet naming it its own way, is one
figure (``store.conflicts.restated.restated_by_origin``): "the guild counted 300,000 marchers" in
one report and "a crowd of 300,000, according to the guild" in another. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.keys import claim_of
from store.conflicts.restated import restated_by_origin, ungrouped
from tests.test_conflicts import RESOLVE, corpus, figure, groups


def _spec(article: str, sentence: str, value: float, unit: str, counted: str | None,
          at: str, source: str = "the article", approx: str = "exact",
          where: tuple[str, ...] = ()) -> dict[str, Any]:
    row = figure(article, sentence, value, unit=unit, counted=counted,
                 head=counted.split()[-1] if counted else None, at=at, when=None,
                 where=where, approx=approx)
    return {**row, "source": source}


GUILD = "Weavers Guild"


@pytest.mark.parametrize("specs, retold", [
    # one source's count, each outlet calling the people counted its own way
    ([_spec("a", "The Weavers Guild counted 300,000 marchers.", 3e5, "marchers", "marchers",
            "300,000", GUILD),
      _spec("b", "A crowd of 300,000 filled the square, the guild said.", 3e5, "people",
            "crowd", "300,000", GUILD)], True),
    # one source's sum a day, one outlet rounding it with "about"
    ([_spec("a", "Strikers lose about €70 a day, the Halden Institute said.", 70, "EUR per day",
            "net pay", "€70", "Halden Institute", "about"),
      _spec("b", "The Halden Institute put daily losses at €70 a day.", 70, "EUR per day",
            "losses", "€70", "Halden Institute")], True),
    # the same number from two sources: two estimates that happen to meet
    ([_spec("a", "The Weavers Guild counted 300,000 marchers.", 3e5, "marchers", "marchers",
            "300,000", GUILD),
      _spec("b", "Police counted 300,000 people.", 3e5, "people", "people", "300,000",
            "Police")], False),
    # one source's number, open upwards in one article and downwards in the other
    ([_spec("a", "The guild said more than 4,000 looms stopped.", 4000, "looms", "looms",
            "4,000", GUILD, "more_than"),
      _spec("b", "Up to 4,000 looms stopped, the guild said.", 4000, "looms", "looms", "4,000",
            GUILD, "up_to")], False),
    # a sum a day is no sum
    ([_spec("a", "Strikers lose €70 a day, the Halden Institute said.", 70, "EUR per day",
            "net pay", "€70", "Halden Institute"),
      _spec("b", "The Halden Institute paid €70 for the survey.", 70, "EUR", "survey", "€70",
            "Halden Institute")], False),
    # one article saying it twice: its own groups say it
    ([_spec("a", "The Weavers Guild counted 300,000 marchers.", 3e5, "marchers", "marchers",
            "300,000", GUILD),
      _spec("a", "That crowd of 300,000 was the largest, the guild said.", 3e5, "people",
            "crowd", "300,000", GUILD)], False),
    # nobody named: the writers' own numbers
    ([_spec("a", "Some 300,000 marchers came.", 3e5, "marchers", "marchers", "300,000"),
      _spec("b", "A crowd of 300,000 filled the square.", 3e5, "people", "crowd",
            "300,000")], False),
    # two places the source counts apart
    ([_spec("a", "The guild counted 300,000 marchers in Lyon.", 3e5, "marchers", "marchers",
            "300,000", GUILD, where=("Lyon",)),
      _spec("b", "The guild counted 300,000 marchers in Porto.", 3e5, "marchers", "marchers",
            "300,000", GUILD, where=("Porto",))], False),
])
def test_one_sources_number_in_two_articles_is_one_figure(specs, retold) -> None:
    figures, articles = corpus(*specs)
    texts = {a["id"]: a["text"] for a in articles}
    claims = [claim_of(row, texts[row["article"]][row["sentence"][0]:row["sentence"][1]], 0,
                       RESOLVE, frozenset()) for row in figures]
    found = restated_by_origin([c for c in claims if c is not None])
    assert [[c.id for c in members] for members in found] == (
        [[row["id"] for row in figures]] if retold else [])


def test_retold_only_where_no_group_holds_them() -> None:
    """The grouping shows the tellings agree where the keys set them apart, and adds nothing
    where one quantity already holds them."""
    apart = groups(
        _spec("a", "The Weavers Guild counted 300,000 marchers.", 3e5, "marchers", "marchers",
              "300,000", GUILD),
        _spec("b", "A crowd of 300,000 filled the square, the guild said.", 3e5, "people",
              "crowd", "300,000", GUILD))
    retold = [g for g in apart if "retold" in g["quantity"]]
    assert len(retold) == 1 and retold[0]["verdict"] == "consistent"
    assert len(retold[0]["figures"]) == 2
    together = groups(
        _spec("a", "The Weavers Guild counted 300,000 marchers.", 3e5, "marchers", "marchers",
              "300,000", GUILD),
        _spec("b", "The guild counted 300,000 marchers in all.", 3e5, "marchers", "marchers",
              "300,000", GUILD))
    assert together and not any("retold" in g["quantity"] for g in together)


RETOLD = [
    _spec("a", "The Weavers Guild counted 300,000 marchers.", 3e5, "marchers", "marchers",
          "300,000", GUILD),
    _spec("b", "A crowd of 300,000 filled the square, the guild said.", 3e5, "people", "crowd",
          "300,000", GUILD),
    _spec("c", "Some 300,000 people marched, according to the guild.", 3e5, "people", "people",
          "300,000", GUILD),
]


@pytest.mark.parametrize("compared, revised, kept", [
    ([], set(), True),  # nothing compares them yet
    ([[0, 9]], set(), True),  # a group holds one of them, beside something else
    ([[0, 1]], set(), False),  # a group already compares two of them
    ([], {2}, False),  # the source replaced that number: its revision shows it
])
def test_retold_where_nothing_shows_it_yet(compared, revised, kept) -> None:
    figures, articles = corpus(*RETOLD)
    texts = {a["id"]: a["text"] for a in articles}
    claims = [claim_of(row, texts[row["article"]][row["sentence"][0]:row["sentence"][1]], 0,
                       RESOLVE, frozenset()) for row in figures]
    sets = restated_by_origin([c for c in claims if c is not None])
    assert len(sets) == 1 and len(sets[0]) == 3
    ids = [row["id"] for row in figures] + ["elsewhere"] * 7
    found = ungrouped(sets, [[ids[n] for n in group] for group in compared],
                      {ids[n] for n in revised})
    assert bool(found) == kept
