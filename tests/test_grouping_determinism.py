"""The groups of a corpus do not depend on the order Python happens to hash strings in.

Places are frozensets of names, candidates of a figure that leaves parts unsaid are collected in
sets, and the actors' and origins' tables are dictionaries built from sets: a store must still be
the same for the same articles, whoever ingests them and whenever (a reader who ingests twice,
a check against the floors). Each process below hashes strings with another seed
(``PYTHONHASHSEED``) and groups the same invented corpus; their groups must be equal, byte for
byte.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

from store.conflicts.grouping import build_conflicts, claims_of
from tests.test_conflicts import RESOLVE, corpus, figure

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ("1", "2", "3")


def _specs() -> list[dict[str, Any]]:
    """Figures that make a grouping choose: a count that names no place beside counts of
    several places and of two bodies, a one-word body, a count that names no body beside a
    body's count, figures of two places at once, a revision, and ranges that tie."""
    loaves, head = "loaves", "loaf"
    rows = [
        figure("bakery1", "The Orvel guild baked 1,200 loaves in Velm and Karsby.", 1200,
               unit=loaves, counted=loaves, head=head, group="Orvel guild",
               where=("Velm", "Karsby"), when="2031"),
        figure("bakery1", "Ovens counted 1,200 loaves in Karsby and Velm on Sunday.", 1200,
               unit=loaves, counted=loaves, head=head, where=("Karsby", "Velm"), when="2031"),
        figure("bakery1", "Ovens baked about 1,250 loaves that week.", 1250, approx="approx",
               unit=loaves, counted=loaves, head=head, when="2031"),
        figure("bakery2", "Crumb said it baked 1,250 loaves in Velm.", 1250, unit=loaves,
               counted=loaves, head=head, group="Crumb", where=("Velm",), when="2031"),
        figure("bakery2", "The Orvel guild baked 1,300 loaves in Velm.", 1300, unit=loaves,
               counted=loaves, head=head, group="Orvel guild", where=("Velm",), when="2031"),
        figure("bakery2", "In all 1,250 loaves were sold.", 1250, unit=loaves, counted=loaves,
               head=head, when="2031"),
        figure("bakery3", "Crumb now says 1,400 loaves were baked in Velm.", 1400, unit=loaves,
               counted=loaves, head=head, group="Crumb", where=("Velm",), when="2031"),
        figure("bakery3", "Bakers in Karsby baked 900 to 1,000 loaves.", 900, 1000,
               unit=loaves, counted=loaves, head=head, where=("Karsby",), when="2031"),
        figure("bakery3", "Some 950 loaves were left over.", 950, approx="approx", unit=loaves,
               counted=loaves, head=head, when="2031"),
        figure("race1", "The marathon drew 4,000 runners to Ostrava and Lyon.", 4000,
               unit="runners", counted="runners", head="runner", where=("Ostrava", "Lyon"),
               when="2031"),
        figure("race2", "Organisers counted 4,100 runners.", 4100, unit="runners",
               counted="runners", head="runner", when="2031"),
        figure("race2", "Lyon alone had 4,100 runners.", 4100, unit="runners",
               counted="runners", head="runner", where=("Lyon",), when="2031"),
    ]
    return rows


_PLACES = ("Velm", "Karsby", "Ostrava", "Lyon", "Porto", "Malawi", "Peru")
_BODIES = (None, None, "Crumb", "Orvel guild", "Kestrel")
_THINGS = (("loaves", "loaf"), ("buses", "bus"), ("runners", "runner"), (None, None))
_WHEN = (None, "2030", "2031", "2031-05", "2031-06")
_SOURCES = (None, "the guild", "Crumb", "the mayor")


def _random_corpus(n: int) -> tuple[list[dict], list[dict]]:
    """A small corpus drawn from a fixed seed: a few articles of counts that share values and
    differ in what they leave unsaid (body, places, period, what they count), some revising
    another of their article."""
    draw = random.Random(n)
    specs = []
    for i in range(draw.randint(3, 12)):
        article = f"news{draw.randint(0, 3)}"
        thing, head = draw.choice(_THINGS)
        value = draw.choice((37, 40, 100, 120, 150, 1000, 1050))
        specs.append(figure(
            article, f"Line {i} of {article} gives {value} {thing or 'in all'}.", value,
            value if draw.random() < 0.7 else value * 1.2, unit=thing or "count", counted=thing,
            head=head, group=draw.choice(_BODIES), when=draw.choice(_WHEN),
            where=tuple(draw.sample(_PLACES, draw.choice((0, 0, 1, 1, 2)))),
            approx=draw.choice(("exact", "exact", "approx"))))
    figures, articles = corpus(*specs)
    for row in figures:
        row["source"] = draw.choice(_SOURCES)
        same = [o["id"] for o in figures if o["article"] == row["article"]
                and o["id"] != row["id"] and o["unit"] == row["unit"]]
        if same and draw.random() < 0.25:
            row["revises"] = draw.choice(same)
    return figures, articles


def _corpora() -> list[tuple[list[dict], list[dict]]]:
    figures, articles = corpus(*_specs())
    # the later Crumb count revises the earlier one
    crumb = [f for f in figures if f.get("group") == "Crumb"]
    crumb[1]["revises"] = crumb[0]["id"]
    every = [(figures, articles), *(_random_corpus(n) for n in range(RANDOM_CORPORA))]
    for _, rows in every:
        for n, article in enumerate(rows):
            article["date"] = f"2031-03-{10 + n}"
    return every


RANDOM_CORPORA = 60
_GROUP = """
import json, sys
from tests.test_conflicts import RESOLVE
from store.conflicts.grouping import build_conflicts
print(json.dumps([build_conflicts(figures, articles, RESOLVE)
                  for figures, articles in json.load(sys.stdin)], sort_keys=True, default=str))
"""


def _grouped(seed: str, corpora: list[tuple[list[dict], list[dict]]]) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _GROUP], input=json.dumps(corpora),
                          cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return done.stdout


def test_groups_are_the_same_whatever_the_hash_seed() -> None:
    corpora = _corpora()
    outputs = {seed: _grouped(seed, corpora) for seed in SEEDS}
    first = json.loads(outputs[SEEDS[0]])
    assert first[0] and sum(map(len, first)) > len(first), "the corpora make groups"
    assert len(set(outputs.values())) == 1, "groups differ between hash seeds"


def test_figures_are_read_in_corpus_order_whatever_order_the_store_holds() -> None:
    """A store holds its rows in the order they came (an article ingested later, or a changed
    file ingested again, goes last); the grouping reads the figures in corpus order, each
    article's as its text gives them, so the same articles make the same groups."""
    figures, articles = corpus(*_specs())
    for n, article in enumerate(articles):
        article["date"] = f"2031-03-{10 + n}"
    as_written = [c.id for c in claims_of(figures, articles, RESOLVE)]
    assert as_written == [row["id"] for row in figures]
    later_first = [row for article in reversed(articles) for row in figures
                   if row["article"] == article["id"]]
    assert [c.id for c in claims_of(later_first, articles, RESOLVE)] == as_written
    assert [c.id for c in claims_of(figures[::-1], articles[::-1], RESOLVE)] == as_written


def test_groups_are_the_same_whatever_order_the_store_holds() -> None:
    for n, (figures, articles) in enumerate(_corpora()):
        shuffled = list(figures)
        random.Random(n).shuffle(shuffled)
        assert build_conflicts(shuffled, articles[::-1], RESOLVE) == build_conflicts(
            figures, articles, RESOLVE), f"corpus {n}"
