"""The curated description rules (``store/data/descriptions.toml``) as loaded: rules that need
the same words name one shared list instead of copying it."""

from __future__ import annotations

import pytest

from store.knowledge.descriptions import descriptions


@pytest.mark.parametrize(("head", "word"), [
    ("ministry", "health"), ("department", "health"), ("ministry", "fisheries"),
    ("department", "treasury"),
])
def test_ministry_and_department_read_the_shared_portfolio_words(head: str, word: str) -> None:
    rules = [r for r in descriptions().rules if head in r.heads and r.which]
    assert rules and all(word in r.words for r in rules)


def test_the_two_rules_read_one_list() -> None:
    words = {r.words for r in descriptions().rules if r.heads & {"ministry", "department"}
             and r.which}
    assert len(words) == 1
