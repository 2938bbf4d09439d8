"""Errors by kind, counted per gold set, with no example shown.

A rule learnt from one set's errors has mostly taught the program that set's subject; whether a
kind of error is common to stories nobody has read is the question that decides what to fix.
This tally answers it without showing a held-out set's text or figures: it prints only how many
of each kind (a unit that is another noun than the gold's, a lost rate, a wrong currency, a
counted noun missing, a gold group not found, a verdict given for another), so a held-out set
can be measured by kind and stay unread.

    python -m tests.error_kinds tests/gold/extra20 tests/gold/extra21 [--json]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from store.knowledge.units import units
from tests.gold_report import ROOT, best_groups, export_of, gold_of, matched_figures
from tests.scoring import _close, _unit, counted_agrees

CURRENCY = 3  # ISO 4217 codes are three capitals


def _is_currency(unit: str) -> bool:
    head = unit.split(" per ")[0]
    return len(head) == CURRENCY and head.isupper()


def _member_of(noun: str, unit_class: str) -> bool:
    """``noun`` (a plural as a gold writes it) is a member of the count class ``unit_class``."""
    lex = units()
    classes = lex.count_classes
    return lex.alike_count_units.get(noun) == unit_class or any(
        classes.get(form) == unit_class for form in (noun, noun[:-1], noun[:-2]))


def unit_kind(predicted: str, gold: str) -> str:
    """What kind of difference lies between a predicted unit and the gold's. A class unit where
    the gold writes one of its member nouns ("people" for "children") is the samples' convention
    (the guide's class units), told apart from a wrong noun."""
    p_rate, g_rate = " per " in predicted, " per " in gold
    if g_rate and not p_rate:
        return "unit: rate lost"
    if p_rate and not g_rate:
        return "unit: rate added"
    if p_rate and g_rate and predicted.split(" per ")[0] == gold.split(" per ")[0]:
        return "unit: another rate"
    if predicted == "count":
        return "unit: count for a counted noun"
    if _is_currency(predicted) and _is_currency(gold):
        return "unit: another currency"
    if _is_currency(predicted) != _is_currency(gold):
        return "unit: money for not money"
    if "percent" in (predicted, gold) or "fraction" in (predicted, gold):
        return "unit: share for not share"
    if predicted != gold and _member_of(gold.lower(), predicted):
        return "unit: class for a member noun"
    return "unit: another noun or measure"


def figure_kinds(doc: dict, gold: dict) -> Counter[str]:
    """Each matched gold figure's value, unit and counted errors, and the unmatched, by kind."""
    kinds: Counter[str] = Counter()
    files = {a["id"]: a["file"] for a in doc["articles"]}
    exported = {f["id"]: f for f in doc["figures"]}
    matched = matched_figures(doc, gold)
    used = set(matched.values())
    for i, g in enumerate(gold["figures"]):
        if g.get("optional"):
            continue
        p = exported.get(matched.get(i, ""))
        if p is None:
            kinds["figure: not found"] += 1
            continue
        value_ok = _close(p["low"], g["low"]) and _close(p["high"], g["high"])
        unit_ok = _unit(p["unit"]) == _unit(g["unit"])
        if not value_ok:
            kinds["value: wrong" + ("" if unit_ok else " (and unit)")] += 1
        elif not unit_ok:
            kinds[unit_kind(_unit(p["unit"]), _unit(g["unit"]))] += 1
        if not counted_agrees(p.get("counted"), g.get("counted"), g.get("unit")):
            kinds["counted: missing" if not p.get("counted") else "counted: another noun"] += 1
    optional = {(g["article"], g["char_offset"]) for g in gold["figures"] if g.get("optional")}
    for f in doc["figures"]:
        if f["id"] not in used and (files[f["article"]], f["start"]) not in optional:
            kinds["figure: not in the gold"] += 1
    return kinds


def group_kinds(doc: dict, gold: dict) -> Counter[str]:
    """Gold groups not found, and verdicts given for another, by gold verdict."""
    kinds: Counter[str] = Counter()
    for conflict, best, _, _ in best_groups(doc, gold):
        if best is None:
            kinds[f"group: {conflict['kind']} not found"] += 1
        elif best["verdict"] != conflict["kind"]:
            kinds[f"verdict: {best['verdict']} for {conflict['kind']}"] += 1
    return kinds


def set_kinds(folder: Path, root: Path = ROOT) -> dict[str, int]:
    doc = export_of(folder.resolve(), root.resolve())
    gold = gold_of(folder)
    return dict(sorted((figure_kinds(doc, gold) + group_kinds(doc, gold)).items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout whose code ingests")
    parser.add_argument("--json", action="store_true", help="one JSON object per set")
    args = parser.parse_args(argv)
    table: dict[str, dict[str, int]] = {}
    for folder in args.sets:
        table[folder.name] = set_kinds(folder, args.root)
        if args.json:
            print(json.dumps({"set": folder.name, **table[folder.name]}))
    if not args.json:
        names = list(table)
        kinds = sorted({k for counts in table.values() for k in counts},
                       key=lambda k: -sum(c.get(k, 0) for c in table.values()))
        print(f"{'kind':<44}" + "".join(f"{n:>9}" for n in names) + f"{'all':>7}")
        for kind in kinds:
            counts = [table[n].get(kind, 0) for n in names]
            print(f"{kind:<44}" + "".join(f"{c:>9}" for c in counts) + f"{sum(counts):>7}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
