"""Labels for 80 columns and for a fact-checker: fractions as written, short article ids,
periods with their basis, counts in the plural only when plural, one vocabulary of actor types."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from store.model import Figure, describe_value, format_number, fraction_words
from tui.present.labels import period_label, plural, short_ids, spread_text, where_label, whose
from tui.present.marks import ACTOR_WORDS, actor_words
from tui.widgets.article_layout import ArticleLayout

FIGURE = Figure(id="a:1", article="a", start=1, end=3, text="38", low=38, high=38, approx="exact",
                unit="deaths", counted="deaths", group=None, where=("Leyte",), when="2024-09",
                when_basis="article", source="Reuters", sentence=(0, 10))


@pytest.mark.parametrize(("value", "words"), [
    (1 / 3, "one third"), (0.3333, "one third"), (2 / 3, "two thirds"), (0.5, "half"),
    (0.25, "one quarter"), (0.75, "three quarters"), (0.4, "two fifths"), (0.1, "one tenth"),
    (0.37, None), (0.0, None), (1.0, None),
    (2.222e-8, "one in 45 million"), (0.0001, "one in 10,000"), (0.00037, None),
])
def test_fractions_read_as_written(value: float, words: str | None) -> None:
    assert fraction_words(value) == words


@pytest.mark.parametrize(("value", "shown"), [
    (1.875e9, "1.875 billion"),  # never rounded away from what the text says
    (4e9, "4 billion"),
    (1.5e6, "1.5 million"),
    (2_268_117, "2,268,117"),  # a count to the unit stays whole
    (14_000, "14,000"),
    (6_942_000, "6.942 million"),
])
def test_numbers_keep_the_digits_the_text_gave(value: float, shown: str) -> None:
    assert format_number(value) == shown


def test_a_share_is_shown_in_words() -> None:
    assert describe_value(1 / 3, 1 / 3, "about", "fraction") == "about one third (share)"
    assert describe_value(0.37, 0.37, "exact", "fraction") == "0.37 (share)"


@pytest.mark.parametrize(("ids", "expected"), [
    (["001_a097d46d", "002_924c5df8", "000_a9e02c44"],
     {"001_a097d46d": "001", "002_924c5df8": "002", "000_a9e02c44": "000"}),
    (["story", "story-ab12cd"], {"story": "story", "story-ab12cd": "story-"}),
    (["flood_report", "fire_report"], {"flood_report": "flo", "fire_report": "fir"}),
    (["ab"], {"ab": "ab"}),
])
def test_short_ids_are_the_shortest_unique_starts(ids: list[str],
                                                  expected: dict[str, str]) -> None:
    assert short_ids(ids) == expected


@pytest.mark.parametrize(("fields", "label"), [
    ({"period": "2019", "period_basis": "stated"}, "2019 (stated)"),
    ({"period": "2024-09-14/2024-12-31", "period_basis": "event", "event": "Typhoon Orwen"},
     "the event (Typhoon Orwen)"),
    ({"period": "2024-03", "period_basis": "reported"}, "2024-03 (article date)"),
    ({}, "2024-09 (article date)"),  # a store written before periods
    ({"when": None}, "undated"),
])
def test_a_period_says_how_it_is_known(fields: dict, label: str) -> None:
    assert period_label(replace(FIGURE, **fields)) == label


def test_origin_and_source_are_both_named_when_they_differ() -> None:
    assert whose(FIGURE) == "source: Reuters"
    assert whose(replace(FIGURE, origin="a Kestrel Institute study")) == (
        "origin: a Kestrel Institute study, per Reuters")
    assert where_label(FIGURE) == "Leyte"
    assert where_label(replace(FIGURE, where_basis="article")) == "Leyte (the article's place)"


@pytest.mark.parametrize(("n", "text"), [(0, "0 articles"), (1, "1 article"),
                                         (2, "2 articles"), (1200, "1,200 articles")])
def test_counts_are_plural_only_when_plural(n: int, text: str) -> None:
    assert plural(n, "article") == text
    assert plural(n, "quantity", "quantities").endswith("quantity" if n == 1 else "quantities")


def test_one_vocabulary_of_actor_types() -> None:
    assert set(ACTOR_WORDS.values()) == {"person", "organisation", "group", "place", "event"}
    for label in ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "EVENT"):
        assert actor_words(label) in {"person", "organisation", "group", "place", "event"}


def test_blanked_front_matter_is_not_drawn_as_blank_lines() -> None:
    text = "   \n        \n   \n# Headline\n\nBody 12."
    layout = ArticleLayout(text, [])
    lines = layout.wrap(40)
    assert layout.text[lines[0][0]:lines[0][1]] == "# Headline"
    assert layout.line_of(text.index("Body")) == len(lines) - 1


def test_the_actors_table_speaks_the_readers_words(committed_store: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    assert main(["--db", str(committed_store), "actors"]) == 0
    out = capsys.readouterr().out
    assert "organisation" in out and " ORG " not in out and " GPE " not in out


@pytest.mark.parametrize(("spread", "shown"), [
    (1.0, "1×"), (1.014, "1.01×"), (1.06, "1.06×"), (1.3, "1.3×"), (2.25, "2.2×"),
    (12.4, "12×"), (770.2, "770×"), (12345.0, "12,345×"),
])
def test_a_spread_never_hides_a_difference(spread: float, shown: str) -> None:
    assert spread_text(spread) == shown
