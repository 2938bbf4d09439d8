"""Score a gold set the way an outside reviewer would: from ``claimscope export --format json``.

    python -m tests.gold_report tests/gold/extra3 [more sets...] [--root CHECKOUT] [--json]

Each set folder holds articles and one ``*-gold.json`` (see ``tests/gold/``). The folder is
ingested into a temporary store by the code of ``--root`` (default: this checkout), exported,
and scored:

* figures: a predicted figure matches a gold figure of the same file whose span overlaps it
  (``tests.scoring.score_figures``);
* conflicts: every gold group, inner or outer, is *found* by the exported group whose figures are
  closest to it (highest Jaccard overlap of matched figure ids, at least two shared), and its
  verdict is right when that group's verdict is the gold's;
* marks: each exported group marked other than consistent is right when the gold group
  sharing most of its figures has its verdict (``marks_score``: how far a reader can trust a mark);
* actors: B-cubed over gold mentions (every whole-word occurrence of an alias in the actor's
  articles, longer aliases first), a gold mention taking the actor of the exported mention inside
  it that matches one of the gold names best; a gold mention with no such mention is its own actor.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from tests.gold_exports import articles_of
from tests.scoring import HEADER, FigureScore, b_cubed, score_figures

ROOT = Path(__file__).resolve().parents[1]
MATCH_MIN = 70.0


def export_of(folder: Path, root: Path = ROOT) -> dict:
    """Ingest ``folder`` with the code under ``root`` into a fresh store and export it."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "claims.json"
        out = Path(tmp) / "export.json"
        env = {**os.environ, "PYTHONPATH": str(root), "CLAIMSCOPE_DB": str(db)}
        run = [sys.executable, "-m", "tui.cli"]
        subprocess.run([*run, "ingest", *map(str, articles_of(folder)), "--db", str(db)],
                       cwd=root, env=env, check=False, capture_output=True)
        subprocess.run([*run, "export", "--format", "json", "--output", str(out), "--db",
                        str(db)], cwd=root, env=env, check=True, capture_output=True)
        return json.loads(out.read_text(encoding="utf-8"))


def gold_of(folder: Path) -> dict:
    """The set's gold file: ``*-gold.json`` in the folder (the samples' lives in tests/gold/)."""
    path = next(folder.glob("*gold.json"), ROOT / "tests" / "gold" / "seed-gold.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _files(doc: dict) -> dict[str, str]:
    return {a["id"]: a["file"] for a in doc["articles"]}


def figure_score(doc: dict, gold: dict) -> FigureScore:
    files = _files(doc)
    predicted = [{**f, "article": files[f["article"]]} for f in doc["figures"]]
    return score_figures(predicted, gold["figures"])


def matched_figures(doc: dict, gold: dict) -> dict[int, str]:
    """Gold figure index -> exported figure id (same file, overlapping span)."""
    by_file: dict[str, list[dict]] = defaultdict(list)
    files = _files(doc)
    for f in doc["figures"]:
        by_file[files[f["article"]]].append(f)
    matched: dict[int, str] = {}
    for i, g in enumerate(gold["figures"]):
        start, end = g["char_offset"], g["char_offset"] + len(g["text"])
        for f in by_file.get(g["article"], ()):
            if f["start"] < end and start < f["end"]:
                matched[i] = f["id"]
                break
    return matched


@dataclass
class ConflictScore:
    total: int = 0
    found: int = 0
    right: int = 0
    rows: list[str] = field(default_factory=list)
    exported: int = 0

    def row(self, name: str) -> str:
        return (f"{name:<12} groups {self.found:>3}/{self.total:<3} found "
                f"({self.found / max(self.total, 1):.2f}), verdict right {self.right:>3}/"
                f"{self.found:<3} ({self.right / max(self.found, 1):.2f}); "
                f"{self.exported} groups exported")


def best_groups(doc: dict, gold: dict) -> list[tuple[dict, dict | None, float, int]]:
    """Each gold group with the exported group that shares the most of its figures (Jaccard,
    two at least; None for none), that share, and how many of its figures were found."""
    matched = matched_figures(doc, gold)
    groups = [(g, set(g["figures"])) for g in doc["conflicts"]]
    found = []
    for conflict in gold["conflicts"]:
        wanted = {matched[i] for i in conflict["figure_idx"] if i in matched}
        best, best_j = None, 0.0
        for g, ids in groups:
            shared = len(wanted & ids)
            if shared < 2:
                continue
            jaccard = shared / len(wanted | ids)
            if jaccard > best_j:
                best, best_j = g, jaccard
        found.append((conflict, best, best_j, len(wanted)))
    return found


def conflict_score(doc: dict, gold: dict) -> ConflictScore:
    score = ConflictScore(total=len(gold["conflicts"]), exported=len(doc["conflicts"]))
    for conflict, best, best_j, wanted in best_groups(doc, gold):
        verdict = best["verdict"] if best else "-"
        if best:
            score.found += 1
            score.right += verdict == conflict["kind"]
        mark = "ok" if best and verdict == conflict["kind"] else ("--" if not best else "XX")
        size = f"{wanted}/{len(conflict['figure_idx'])}"
        score.rows.append(f"  {mark} {conflict['quantity'][:60]:60} {conflict['kind']:17} "
                          f"{verdict:17} J={best_j:.2f} {size}")
    return score


MARKED = ("contradiction", "revision", "change_over_time")


def marks_score(doc: dict, gold: dict) -> tuple[dict[str, list[int]], list[str]]:
    """How many of the program's own marks are true: each exported group whose verdict is not
    "consistent" takes the gold group sharing most of its figures (two at least); the mark is
    right when that group's kind is its verdict, and unsupported when there is none (of gold groups
    sharing as many, the one it fills most: a nested group before the one holding it). Returns
    {verdict: [right, marked]} and a line per wrong contradiction mark (what a reader is misled
    by most). A series holding nested groups matches crudely: read the members."""
    matched = matched_figures(doc, gold)
    gold_of_figure: dict[str, set[int]] = defaultdict(set)
    for i, fid in matched.items():
        gold_of_figure[fid].add(i)
    gold_groups = [(set(c["figure_idx"]), c) for c in gold["conflicts"]]
    marks = {verdict: [0, 0] for verdict in MARKED}
    wrong = []
    for group in doc["conflicts"]:
        verdict = group["verdict"]
        if verdict not in marks:
            continue
        members = set().union(*(gold_of_figure.get(fid, set()) for fid in group["figures"]))
        best, fit = None, (1, 0.0)
        for idx, conflict in gold_groups:
            # most figures shared, then the closest fit: a revision the gold nests inside a
            # contradiction shares its two figures with both, and is the revision
            here = (len(idx & members), len(idx & members) / len(idx | members))
            if here[0] > 1 and here > fit:
                best, fit = conflict, here
        right = best is not None and best["kind"] == verdict
        marks[verdict][0] += right
        marks[verdict][1] += 1
        if verdict == "contradiction" and not right:
            said = f"gold {best['kind']}: {best['quantity'][:50]}" if best else "no gold group"
            wrong.append(f"  XX contradiction {group['quantity'][:50]:50} ({said})")
    return marks, wrong


def _fold(name: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", name.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().strip()
    return re.sub(r"^(the|a|an) ", "", text)


def _name_score(surface: str, names: list[str]) -> float:
    s = _fold(surface)
    best = 0.0
    for name in names:
        n = _fold(name)
        if s == n:
            return 100.0
        if n.endswith(" " + s) and len(s) >= 3:
            best = max(best, 70.0 + 30.0 * len(s) / len(n))
        best = max(best, fuzz.ratio(s, n))
    return best


def mention_kind(surface: str) -> str:
    """The form of a gold mention, so unfound mentions can be tallied by what the finder lacks."""
    words = surface.split()
    if re.search(r"['’]s?$", surface):
        return "possessive"
    if words and words[0].lower() in ("the", "a", "an") and len(words) > 1:
        rest = words[1:]
        if all(w[:1].islower() for w in rest):
            return "description"
        return "the-name" if len(rest) > 1 else "the-short"
    letters = [c for c in surface if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return "acronym" if len(words) == 1 else "all-caps"
    if not any(c.isupper() for c in letters):
        return "lower-case"
    if len(words) == 1:
        return "short"
    return "name"


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"...{left}[{text[start:end]}]{right}..."


@dataclass
class ActorScore:
    mentions: int
    found: int
    b3: tuple[float, float, float]
    split: list[str]
    merged: list[str]
    unfound: list[str] = field(default_factory=list)

    def row(self, name: str) -> str:
        p, r, f = self.b3
        return (f"{name:<12} actors: mentions {self.found}/{self.mentions} found; B-cubed "
                f"P {p:.3f} R {r:.3f} F1 {f:.3f}; {len(self.split)} split, "
                f"{len(self.merged)} merged")


def actor_score(doc: dict, gold: dict, folder: Path) -> ActorScore:
    texts = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()
             if p.suffix in (".txt", ".md", ".html")}
    files = _files(doc)
    system: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for actor in doc["actors"]:
        for m in actor["mentions"]:
            system[files[m["article"]]].append((m["start"], m["end"], actor["id"], m["text"]))
    all_names = [[a["canonical"], *a["aliases_seen"]] for a in gold["actors"]]
    pairs: list[tuple[object, object]] = []
    unfound: list[str] = []
    found = 0
    spans: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for i, actor in enumerate(gold["actors"]):
        for article in actor["articles"]:
            text = texts.get(article, "")
            for alias in set(actor["aliases_seen"]):
                for m in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text):
                    spans[article].append((m.start(), m.end(), i))
    by_gold: dict[int, set[str]] = defaultdict(set)
    by_system: dict[str, set[int]] = defaultdict(set)
    names = {a["id"]: a["name"] for a in doc["actors"]}
    for article, found_spans in spans.items():
        taken: list[tuple[int, int, int]] = []
        for s in sorted(found_spans, key=lambda s: (-(s[1] - s[0]), s[0])):
            if all(s[1] <= t[0] or s[0] >= t[1] for t in taken):
                taken.append(s)
        for start, end, i in taken:
            best, best_score = None, MATCH_MIN
            for m_start, m_end, actor_id, surface in system.get(article, ()):
                if m_end <= start or m_start >= end:
                    continue
                score = _name_score(surface, all_names[i])
                if score >= best_score:
                    best, best_score = actor_id, score
            pairs.append((i, best or f"missed-{article}-{start}"))
            if not best:
                surface = texts[article][start:end]
                unfound.append(f"{mention_kind(surface):<11} {gold['actors'][i]['type']:<6} "
                               f"{gold['actors'][i]['canonical'][:40]:<40} "
                               f"{_context(texts[article], start, end)}")
            if best:
                found += 1
                by_gold[i].add(best)
                by_system[best].add(i)
    split = [f"{gold['actors'][i]['canonical']} -> {[names[s] for s in sorted(ids)]}"
             for i, ids in by_gold.items() if len(ids) > 1]
    merged = [f"{names[s]} <- {[gold['actors'][i]['canonical'] for i in sorted(ids)]}"
              for s, ids in by_system.items() if len(ids) > 1]
    return ActorScore(len(pairs), found, b_cubed(pairs), split, merged, sorted(unfound))


def set_scores(folder: Path, root: Path = ROOT, doc: dict | None = None) -> dict:
    """One set's headline scores, as ``--json`` prints them and ``floors.toml`` keys them
    (``doc``: the set's export, when it was made already)."""
    doc = doc if doc is not None else export_of(folder.resolve(), root.resolve())
    gold = gold_of(folder)
    figs = figure_score(doc, gold)
    conf = conflict_score(doc, gold)
    acts = actor_score(doc, gold, folder)
    marks, _ = marks_score(doc, gold)
    return {"set": folder.name, "precision": figs.precision, "recall": figs.recall,
            "value": figs.rate(figs.value_ok), "approx": figs.rate(figs.approx_ok),
            "counted": figs.rate(figs.counted_ok), "groups_found": conf.found,
            "groups": conf.total, "verdict_right": conf.right, "actor_b3": acts.b3,
            "marks": marks}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout whose code ingests")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every error")
    parser.add_argument("--json", action="store_true", help="one JSON object per set")
    args = parser.parse_args(argv)
    if args.json:  # every set's export made first, with one model load for them all
        from tests.gold_exports import exports

        for folder, doc in zip(args.sets, exports(args.sets, args.root.resolve()), strict=True):
            print(json.dumps(set_scores(folder, args.root, doc=doc)))
        return 0
    for folder in args.sets:
        name = folder.name
        doc = export_of(folder.resolve(), args.root.resolve())
        gold = gold_of(folder)
        figs = figure_score(doc, gold)
        conf = conflict_score(doc, gold)
        acts = actor_score(doc, gold, folder)
        marks, wrong_marks = marks_score(doc, gold)
        print(f"\n== {name}\n{HEADER}\n{figs.row(name)}\n{conf.row(name)}\n{acts.row(name)}")
        print(f"{name:<12} marks right: " + ", ".join(
            f"{verdict} {right}/{marked}" for verdict, (right, marked) in marks.items()))
        if args.verbose:
            for line in figs.errors:
                print("   ", line)
            print("\n".join(conf.rows))
            print("\n".join(wrong_marks))
            for line in acts.split + acts.merged:
                print("   ", line)
            if acts.unfound:
                print(f"  unfound actor mentions ({len(acts.unfound)}; "
                      "kind, type, actor, context):")
            for line in acts.unfound:
                print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
