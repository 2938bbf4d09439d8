"""How far two careful readers of one set agree, measured exactly as the program is measured.

A set may hold a second reading of its figures (``SET-second.json``: the same figures, their
``low``/``high``/``approx``/``unit``/``counted`` written by a second annotator from the guide
alone, blind to the gold file). Its agreement with the gold is the ceiling any reader can be held
to: where the program misses a figure that both readers agree on, the program is wrong; where
the readers split, the guide is silent. A second reader writes a descriptive phrase, not the head
the scorer reads last, so its counted phrase is also judged by its syntactic head (``head``).

    PYTHONPATH=. python -m tests.agreement tests/gold/extra57 [--program [--list]]

``--program`` also ingests the set (as ``tests.gold_report`` does) and prints, per figure kind,
how often the program agrees with the gold where the two readers agree with each other;
``--list`` then prints each figure where they agree and the program does not.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Iterator
from pathlib import Path

from tests.scoring import _close, _unit, counted_agrees, score_figures


def second_of(folder: Path) -> list[dict] | None:
    """The set's second reading, or None when nobody has written one."""
    path = folder / f"{folder.name}-second.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def _as_predicted(reading: list[dict]) -> list[dict]:
    return [{"article": r["article"], "start": r["char_offset"],
             "end": r["char_offset"] + len(r["text"]), "text": r["text"],
             "low": math.nan if r["low"] is None else r["low"],
             "high": math.nan if r["high"] is None else r["high"], "unit": r["unit"],
             "approx": r["approx"], "counted": r["counted"]} for r in reading]


def _head(phrase: str | None, nlp: object) -> str:
    """The phrase's syntactic root: "jobs Wyeford University will cut" -> "jobs"."""
    doc = nlp(phrase or "")  # type: ignore[operator]
    return next((t.text for t in doc if t.dep_ == "ROOT"), "")


def _value_agrees(a: dict, b: dict) -> bool:
    return (a["low"] is not None and b["low"] is not None and _close(a["low"], b["low"])
            and _close(a["high"], b["high"]) and _unit(a["unit"]) == _unit(b["unit"]))


def readers_agreement(folder: Path, gold: dict, reading: list[dict], nlp: object) -> dict:
    """Second reading against the gold: low/high/unit, unit alone, counted as written and by
    its head."""
    figures = gold["figures"]
    kept = [r for r in reading if not figures[r["i"]].get("optional")]
    score = score_figures(_as_predicted(reading), figures)
    units = sum(_unit(r["unit"]) == _unit(figures[r["i"]]["unit"]) for r in kept)
    heads = sum(counted_agrees(_head(r["counted"], nlp), figures[r["i"]]["counted"],
                               figures[r["i"]]["unit"]) for r in kept)
    n = len(kept) or 1
    return {"set": folder.name, "figures": len(kept), "value": score.rate(score.value_ok),
            "unit": units / n, "counted": score.rate(score.counted_ok), "counted_head": heads / n}


def _matched(gold: dict, reading: list[dict],
             exported: dict) -> Iterator[tuple[dict, dict, dict]]:
    """Each second reading of a figure the gold keeps, with its gold figure and the program's
    figure whose span overlaps it (the scorer's match); figures the program missed are left out."""
    files = {a["id"]: a["file"] for a in exported["articles"]}
    predicted = [{**f, "article": files[f["article"]]} for f in exported["figures"]]
    for r in reading:
        g = gold["figures"][r["i"]]
        if g.get("optional"):
            continue
        end = g["char_offset"] + len(g["text"])
        p = next((p for p in predicted if p["article"] == g["article"]
                  and g["char_offset"] < p["end"] and p["start"] < end), None)
        if p is not None:
            yield r, g, p


def program_where_readers_agree(gold: dict, reading: list[dict], exported: dict,
                                nlp: object) -> dict:
    """Of the figures both readers read alike, the share the program also reads alike."""
    both_value = prog_value = both_counted = prog_counted = 0
    for r, g, p in _matched(gold, reading, exported):
        if _value_agrees(r, g):
            both_value += 1
            prog_value += _value_agrees(p, g)
        if counted_agrees(_head(r["counted"], nlp), g["counted"], g["unit"]):
            both_counted += 1
            prog_counted += counted_agrees(p.get("counted"), g["counted"], g["unit"])
    return {"value_where_agreed": prog_value / (both_value or 1), "value_agreed": both_value,
            "counted_where_agreed": prog_counted / (both_counted or 1),
            "counted_agreed": both_counted}


def program_misses(gold: dict, reading: list[dict], exported: dict,
                   nlp: object) -> list[str]:
    """The figures both readers read alike and the program reads otherwise, one line each: the
    errors that are the program's own, not a point the guide leaves open."""
    lines = []
    for r, g, p in _matched(gold, reading, exported):
        where = f"{g['article']} {g['text']!r}"
        if _value_agrees(r, g) and not _value_agrees(p, g):
            lines.append(f"value   {where}: {p['low']}-{p['high']} {p['unit']} vs "
                         f"{g['low']}-{g['high']} {g['unit']}")
        if (counted_agrees(_head(r["counted"], nlp), g["counted"], g["unit"])
                and not counted_agrees(p.get("counted"), g["counted"], g["unit"])):
            lines.append(f"counted {where}: {p.get('counted')!r} vs {g['counted']!r}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--program", action="store_true")
    parser.add_argument("--list", action="store_true",
                        help="with --program: each figure both readers agree on and the program "
                             "does not")
    args = parser.parse_args(argv)
    from store.extract.nlp import load_nlp  # the parser only for the readers' heads
    from tests.gold_report import export_of, gold_of

    nlp = load_nlp()
    for folder in args.sets:
        reading = second_of(folder)
        if reading is None:
            print(f"{folder.name}: no second reading")
            continue
        gold = gold_of(folder)
        row = readers_agreement(folder, gold, reading, nlp)
        exported = export_of(folder) if args.program else None
        if exported is not None:
            row |= program_where_readers_agree(gold, reading, exported, nlp)
        print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in row.items()}))
        if exported is not None and args.list:
            print("\n".join(f"  {line}" for line in program_misses(gold, reading, exported, nlp)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
