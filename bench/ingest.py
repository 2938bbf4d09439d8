"""Ingest throughput, and its cost next to spaCy's own pass over the same texts.

    python bench/ingest.py [--articles 200] [--repeat 2]

The samples are replicated (each copy made unique by a trailing line) into a temporary folder.
spaCy's ``nlp.pipe`` over those texts is the floor: an ingest cannot be cheaper than parsing.
Both are timed with the model already loaded; the ratio is what extraction, resolution,
grouping and the store writes add on top. The same ratio is printed in CPU seconds of this
process as well: on a shared machine other work stretches the wall clock of each run by its own
amount (the wall ratio moves by 0.1 between runs of one code), the CPU seconds far less; the
wall ratio keeps what the CPU one leaves out, the waits for the store's writes to reach the disk.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from store.extract.nlp import load_nlp  # noqa: E402
from store.ingest.pipeline import ingest  # noqa: E402


def replicate(target: Path, n: int) -> list[str]:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = []
    for i in range(n):
        seed = seeds[i % len(seeds)]
        text = seed.read_text(encoding="utf-8") + f"\n\nArchive copy {i}.\n"
        (target / f"{i:05d}_{seed.name}").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2, help="best of N runs of each")
    args = parser.parse_args()
    nlp = load_nlp()
    best_spacy = best_ingest = cpu_spacy = cpu_ingest = float("inf")
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "articles"
            folder.mkdir()
            texts = replicate(folder, args.articles)
            t, c = time.perf_counter(), time.process_time()
            for _doc in nlp.pipe(texts, batch_size=16):
                pass
            best_spacy = min(best_spacy, time.perf_counter() - t)
            cpu_spacy = min(cpu_spacy, time.process_time() - c)
            t, c = time.perf_counter(), time.process_time()
            report = ingest([folder], Path(tmp) / "claims.json", nlp=nlp)
            best_ingest = min(best_ingest, time.perf_counter() - t)
            cpu_ingest = min(cpu_ingest, time.process_time() - c)
            size = (Path(tmp) / "claims.json").stat().st_size
    n = args.articles
    print(f"articles                 {n}")
    print(f"spaCy nlp.pipe           {best_spacy:7.2f} s   {n / best_spacy:7.1f} articles/s")
    print(f"claimscope ingest        {best_ingest:7.2f} s   {n / best_ingest:7.1f} articles/s")
    print(f"ingest / spaCy           {best_ingest / best_spacy:7.2f}x   (bar: <= 1.30x)")
    print(f"  in CPU seconds         {cpu_ingest / cpu_spacy:7.2f}x   "
          f"({cpu_spacy:.2f} s spaCy, {cpu_ingest:.2f} s ingest)")
    print(f"figures {report.figures}, actors {report.actors}, "
          f"conflict groups {report.conflicts}, store {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
