"""What the reader relies on from the read API: each group's pair (the two figures its reason
names), and search offsets that point into the stored text."""

from __future__ import annotations

from pathlib import Path

from store.corpus import Corpus, find_all
from store.model import ConflictGroup


def test_every_group_keeps_the_pair_its_reason_names(committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    groups = corpus.conflicts()
    assert groups
    for group in groups:
        assert group.pair is not None and len(set(group.pair)) == 2, group.id
        assert set(group.pair) <= set(group.figures), group.id
        for figure_id in group.pair:
            assert corpus.figure(figure_id).value in group.reason, (group.id, figure_id)


def test_c_starts_from_the_pair_partner(committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    checked = 0
    for group in corpus.conflicts():
        first, second = group.pair
        if corpus.group_of(first) == group:
            assert corpus.counterparts(first)[0].id == second
            checked += 1
        if corpus.group_of(second) == group:
            assert corpus.counterparts(second)[0].id == first
            checked += 1
    assert checked >= 2


def test_a_group_stored_without_its_pair_reads_the_lowest_and_the_highest() -> None:
    row = {"id": "c1", "verdict": "contradiction", "figures": ["a:1", "b:2", "c:3"],
           "values": {"a:1": [20, 30], "b:2": [5, 5], "c:3": [40, 40]}}
    assert ConflictGroup.from_row(row).pair == ("b:2", "c:3")
    assert ConflictGroup.from_row({**row, "pair": ["a:1", "c:3"]}).pair == ("a:1", "c:3")
    assert ConflictGroup.from_row({**row, "values": {}}).pair is None


def test_text_search_offsets_hold_when_lowercase_changes_the_length() -> None:
    text = "İstanbul said 300 fighters; in istanbul, officials said 200."  # İ lowers to two
    corpus = Corpus(Path("claims.json"), {"articles": {"1": {"id": "a", "file": "a.txt",
                                                              "text": text}}})
    hits = corpus.search_text("istanbul")
    assert hits and all(text[start:end].lower() == "istanbul" for _, start, end in hits)
    assert [(s, e) for _, s, e in hits] == find_all(text, "istanbul")
    plain = Corpus(Path("claims.json"), {"articles": {"1": {"id": "a", "file": "a.txt",
                                                             "text": "Said he: they said."}}})
    assert plain.search_text("SAID") == [("a", 0, 4), ("a", 14, 18)]


def test_what_a_view_derives_is_kept_until_the_corpus_is_reloaded(committed_store: Path) -> None:
    corpus = Corpus.open(committed_store)
    made: list[int] = []

    def make() -> int:
        made.append(len(made))
        return len(made)

    assert corpus.derived("k", make) == 1 and corpus.derived("k", make) == 1 and made == [0]
    corpus.reload()
    assert corpus.derived("k", make) == 2
