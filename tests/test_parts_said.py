"""A count written as a part of a whole ("will close 45 of its 180 branches") is keyed by what
befell the part, so it meets its own other tellings ("11 branches will shut") and not its whole's
("the bank's 180 branches"); a part whose predicate is not read is left as it was."""

from __future__ import annotations

import pytest

from store.conflicts.keys import Claim, claim_of, with_fates
from store.conflicts.scope import alias_resolver


def _claims(told: list[tuple[str, str, str]]) -> list[Claim]:
    """A claim for each (sentence, figure, counted noun), each sentence its own article."""
    claims = []
    articles = {sentence: f"a{i}" for i, (sentence, _, _) in reversed(list(enumerate(told)))}
    for i, (sentence, at, counted) in enumerate(told):
        start = sentence.index(at)
        row = {"id": f"a{i}:{start}", "article": articles[sentence], "start": start,
               "end": start + len(at), "sentence": [0, len(sentence)], "low": 9, "high": 9,
               "approx": "exact", "unit": counted.split()[-1], "counted": counted,
               "counted_head": counted.split()[-1], "where": [], "when": "2026-10",
               "source": "the article"}
        claim = claim_of(row, sentence, i, alias_resolver(), frozenset())
        assert claim is not None
        claims.append(claim)
    return with_fates(claims)


BANK = "The bank will close 45 of its 180 branches next year."
DISTRICT = "Of the district's 40 schools, 9 were merged last summer."
FESTIVAL = "The festival cancelled 12 of its 30 stages on Sunday."
CHESS = "The chess federation says 14 of its 60 clubs are in the capital."
BAKERY = "The bakery chain said 18 of its shops were still closed, down from 40."


@pytest.mark.parametrize("told, together, apart", [
    # the part and a telling of the same predicate meet; the whole's telling stays apart
    ([(BANK, "45", "branches"), ("Another 11 branches will shut in the spring.", "11",
                                 "branches"),
      ("The bank's 180 branches employ 4,000 people.", "180", "branches")], [(0, 1)], [(0, 2)]),
    ([(BANK, "45", "branches"), ("The bank listed 180 branches in its report.", "180",
                                 "branches")], [], [(0, 1)]),
    # a part a sentence sets out before it ("Of the ..., 9 were merged")
    ([(DISTRICT, "9", "schools"), ("The nine merged schools reopen as academies.", "nine",
                                   "merged schools"),
      ("The district runs 40 schools.", "40", "schools")], [(0, 1)], [(0, 2)]),
    # the verb before the part; a telling that says it among other verbs
    ([(FESTIVAL, "12", "stages"), ("Organisers named 12 cancelled stages.", "12",
                                   "cancelled stages"),
      ("The festival has 30 stages.", "30", "stages")], [(0, 1)], [(0, 2)]),
    # a value a sentence sets the part against is of the part's quantity
    ([(BAKERY, "18", "shops"), (BAKERY, "40", "shops"),
      ("The bakery chain has 40 shops.", "40", "shops")], [(0, 1)], [(1, 2)]),
    # a part whose predicate is not read, and "all 9 of": left as they were
    ([(CHESS, "14", "clubs"), ("The capital has 14 clubs.", "14", "clubs")], [(0, 1)], []),
    ([("The ski resort shut all 7 of its lifts.", "7", "lifts"),
      ("The resort has 7 lifts.", "7", "lifts")], [(0, 1)], []),
])
def test_a_part_meets_its_own_tellings(told: list[tuple[str, str, str]],
                                       together: list[tuple[int, int]],
                                       apart: list[tuple[int, int]]) -> None:
    keys = [claim.key for claim in _claims(told)]
    for a, b in together:
        assert keys[a] == keys[b], (keys[a], keys[b])
    for a, b in apart:
        assert keys[a] != keys[b], (keys[a], keys[b])


@pytest.mark.parametrize("word, said", [
    ("shut", "closed"), ("closes", "closed"), ("close", "closed"), ("cancelled", "cancelled"),
    ("restored", "reconnected"), ("merged", "merged"),
    # how a number is known, or no deed at all
    ("reported", None), ("estimated", None), ("hundred", None), ("taken", None),
])
def test_the_predicate_of_a_word(word: str, said: str | None) -> None:
    from store.conflicts.parts_said import predicate

    assert predicate(word) == said
