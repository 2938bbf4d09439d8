"""How conflict grouping scales: time for 1,000 and 10,000 articles' worth of synthetic figures.

Grouping runs after every ingest over the whole store, so it must grow with the number of figures,
not with the number of pairs. The figures are synthetic but shaped like extracted ones: about nine
per article, a few dozen counted classes, groups and places drawn from long-tailed pools (so
popular quantities gather hundreds of figures), a share of figures that leave their place, group
or counted noun unsaid, dates of varying precision, and money in several currencies.

Run: python -m bench.grouping [--sizes 1000 10000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import time
from typing import Any

from store.conflicts.grouping import build_conflicts
from store.conflicts.scope import alias_resolver

FIGURES_PER_ARTICLE = 9
THINGS = [("fighters", "fighter", "fighters"), ("militants", "militant", "fighters"),
          ("troops", "troop", "troops"), ("soldiers", "soldier", "troops"),
          ("deaths", "death", "people"), ("displaced people", "people", "people"),
          ("refugees", "refugee", "refugees"), ("air strikes", "strike", "strikes"),
          ("attacks", "attack", "attacks"), ("cases", "case", "cases"),
          ("homes", "home", "homes"), ("children", "child", "people"),
          ("people", "people", "people"), ("cash", "cash", "USD"), ("aid", "aid", "USD"),
          ("revenue", "revenue", "EUR"), ("damage", "damage", "GBP"),
          ("territory", "territory", "percent"), ("schools", "school", "percent"),
          ("beds", "bed", "beds")] + [(f"item{n}s", f"item{n}", f"item{n}s") for n in range(20)]
GROUPS = [None, None, None, "IS", "ISIS", "al-Shabaab", "Taliban", "Hamas", "Wagner"] + [
    f"Group {n}" for n in range(40)]
PLACES = ["Iraq", "Syria", "Libya", "Yemen", "Somalia", "Mali", "Niger", "Sudan", "Mozambique",
          "Ukraine", "Gaza", "Afghanistan"] + [f"Place{n}" for n in range(300)]


def _zipf_choice(rng: random.Random, pool: list[Any]) -> Any:
    """A long-tailed pick: the first items of a pool are far more common than the last."""
    return pool[min(int(rng.paretovariate(1.2)) - 1, len(pool) - 1)]


def synthetic_corpus(n_articles: int, seed: int) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    figures: list[dict] = []
    articles: list[dict] = []
    for a in range(n_articles):
        article = f"art{a:06d}"
        sentences: list[str] = []
        offset = 0
        for k in range(FIGURES_PER_ARTICLE):
            counted, head, unit = _zipf_choice(rng, THINGS)
            places = [] if rng.random() < 0.3 else sorted(
                {_zipf_choice(rng, PLACES) for _ in range(rng.choice((1, 1, 1, 2)))})
            group = _zipf_choice(rng, GROUPS)
            sentence = f"Officials said {counted} in {' and '.join(places) or 'the area'} rose."
            value = round(rng.lognormvariate(8, 2), -2) or 100.0
            approx = rng.choice(["exact", "exact", "about", "range", "up_to", "more_than"])
            high = value * rng.choice((1.0, 1.3)) if approx == "range" else value
            year = rng.randint(2012, 2024)
            when = rng.choice([f"{year}", f"{year}-{rng.randint(1, 12):02d}",
                               f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
            missing_noun = rng.random() < 0.1
            figures.append({
                "id": f"{article}:{offset + 15}", "article": article, "start": offset + 15,
                "end": offset + 20, "text": str(value), "low": value, "high": high,
                "approx": approx, "unit": unit, "counted": None if missing_noun else counted,
                "counted_head": None if missing_noun else head, "group": group,
                "where": places, "when": when, "when_basis": "sentence",
                "source": "an official", "sentence": [offset, offset + len(sentence)],
            })
            sentences.append(sentence)
            offset += len(sentence) + 1
            del k
        articles.append({"id": article, "file": f"{article}.txt",
                         "date": f"20{rng.randint(12, 24)}-01-01", "text": " ".join(sentences)})
    return figures, articles


def measure(n_articles: int, seed: int) -> tuple[int, int, float]:
    figures, articles = synthetic_corpus(n_articles, seed)
    resolve = alias_resolver()
    build_conflicts(figures[:50], articles[:10], resolve)  # warm caches (alias file, classes)
    began = time.perf_counter()
    rows = build_conflicts(figures, articles, resolve)
    return len(figures), len(rows), time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    results = []
    print(f"{'articles':>9} {'figures':>9} {'groups':>8} {'seconds':>9} {'us/figure':>10}")
    for size in args.sizes:
        n_figures, n_groups, seconds = measure(size, args.seed)
        results.append((size, n_figures, seconds))
        print(f"{size:>9} {n_figures:>9} {n_groups:>8} {seconds:>9.3f} "
              f"{seconds / n_figures * 1e6:>10.1f}")
    if len(results) >= 2:
        (s0, f0, t0), (s1, f1, t1) = results[0], results[-1]
        print(f"{s1 / s0:.0f}x the articles took {t1 / t0:.1f}x the time "
              f"(linear: {f1 / f0:.0f}x; quadratic: {(f1 / f0) ** 2:.0f}x)")


if __name__ == "__main__":
    main()
