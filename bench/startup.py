"""How fast the reader paints its first screen and answers a key, next to a minimal Textual app.

    python bench/startup.py [--articles 1000] [--runs 5] [--cache DIR]

First paint is measured from process start (the parent's clock before it spawns the child) to the
first refresh after the reader screen has mounted, headless, on the sample store and on a synthetic
store of N articles; the same for a minimal Textual app (header, one static, footer) in the same
run. Key timings (``n``, ``c``, ``a``, ``]``) run from posting the key to the end of the first
screen refresh after its action (the compositor's render of the changed regions), headless at
120x35, medians over many presses.

The synthetic store replicates the sample articles through the write API (new ids and paths, the
same texts), then runs the store's corpus stage (actor resolution and conflict grouping). While
conflict grouping yields no groups, stand-in groups are added so that ``c`` has something to open:
figures of one unit within each block of ten replicated articles.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

KEYS = {"n": 30, "c": 20, "a": 30, "]": 20, "ctrl+f": 10, "v": 10}
SCREENS = {"ctrl+f": "SearchScreen", "v": "ConflictsScreen"}  # keys that open a screen
BLOCK = 10  # replicated articles per stand-in conflict group


# --- stores ---------------------------------------------------------------------------------------


def sample_store(cache: Path) -> Path:
    path = cache / "samples.json"
    if not path.exists():
        from store.ingest.pipeline import ingest
        from store.samples import bundled_seeds

        ingest([bundled_seeds()], path)
    return path


def synthetic_store(cache: Path, source: Path, n: int) -> Path:
    """N articles made by replicating the sample store's articles through the write API."""
    path = cache / f"synthetic-{n}.json"
    if path.exists():
        return path
    from store.corpus import Corpus
    from store.db import load, open_for_write
    from store.ingest.corpus_stage import rebuild_actors, rebuild_conflicts

    data = load(source)  # whole tables: figures and mentions out of their parts
    corpus = Corpus.open(source)  # texts inline in the copies: the side file stays the source's
    articles = [{**{k: v for k, v in row.items() if k not in ("text_at", "text_sha", "text_len")},
                 "text": corpus.text(row["id"])} for row in data["articles"].values()]
    figures = defaultdict(list)
    for row in data["figures"].values():
        figures[row["article"]].append(row)
    mentions = {row["article"]: row for row in data["mentions"].values()}
    new_articles, new_figures, new_mentions = [], [], []
    for i in range(n):
        base = articles[i % len(articles)]
        copy = i // len(articles)
        article_id = f"{base['id']}-r{copy:05d}"
        new_articles.append({**base, "id": article_id, "file": f"{article_id}.txt",
                             "path": f"/synthetic/{article_id}.txt",
                             "title": f"{base['title']} ({copy + 1})",
                             "sha256": f"{base['sha256']}-{copy}"})
        for fig in figures[base["id"]]:
            new_figures.append({**fig, "id": f"{article_id}:{fig['start']}",
                                "article": article_id})
        if base["id"] in mentions:
            doc = mentions[base["id"]]
            new_mentions.append({**doc, "article": article_id})  # packed: copied as is
    with open_for_write(path) as session:
        for name, rows in (("articles", new_articles), ("figures", new_figures),
                           ("mentions", new_mentions)):
            session.table(name).truncate()
            session.table(name).insert_multiple(rows)
        rebuild_actors(session)
        if rebuild_conflicts(session) == 0:
            session.table("conflicts").insert_multiple(stand_in_groups(new_figures))
        session.commit()
    return path


def stand_in_groups(figures: list[dict]) -> list[dict]:
    blocks: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for fig in figures:
        copy = int(fig["article"].rsplit("-r", 1)[1])
        blocks[(fig["unit"], str(copy // BLOCK))].append(fig)
    groups = []
    for (unit, block), members in sorted(blocks.items()):
        if len({m["article"] for m in members}) < 2 or unit == "count":
            continue
        mids = [(m["low"] + m["high"]) / 2 for m in members]
        groups.append({
            "id": f"bench-{len(groups)}", "quantity": f"{unit} (block {block})", "key": unit,
            "verdict": "contradiction" if max(mids) > 1.2 * min(mids) else "consistent",
            "spread": max(mids) / min(mids) if min(mids) > 0 else 1.0, "reason": "stand-in",
            "figures": [m["id"] for m in members],
            "values": {m["id"]: [m["low"], m["high"]] for m in members},
        })
    return groups


# --- children: one measurement per process -----------------------------------------------------


def child_first_paint(kind: str, db: str, launched: float) -> None:
    """Run an app headless until its first screen has painted, print seconds since launch."""
    from textual.app import App

    def painted() -> None:  # wall seconds since launch, then this process's CPU seconds
        print(f"{time.time() - launched:.6f} {time.process_time():.6f}", flush=True)
        app.exit()

    if kind == "minimal":
        from textual.widgets import Footer, Header, Static

        class Minimal(App):
            def compose(self):
                yield Header()
                yield Static("A minimal Textual app: a header, one static text, a footer.")
                yield Footer()

            def on_mount(self) -> None:
                self.call_after_refresh(painted)

        app = Minimal()
    else:
        from tui.app import ClaimscopeApp, open_corpus
        from tui.screens.reader import ReaderScreen

        class TimedReader(ReaderScreen):
            def on_mount(self) -> None:  # Textual runs ReaderScreen.on_mount first
                self.call_after_refresh(painted)

        class TimedApp(ClaimscopeApp):
            reader_screen = TimedReader

        app = TimedApp(open_corpus(Path(db)))
    app.run(headless=True, size=(120, 35))


def child_keys(kind: str, db: str) -> None:
    """Median milliseconds from key press to the next refresh, per key."""
    asyncio.run(_keys(kind, db))


class FrameClock:
    """Times a key from the moment it is posted to the end of the first screen refresh that
    follows its action: the time the user waits for the updated screen."""

    def __init__(self, app) -> None:
        self.app = app
        self.handled: float | None = None
        self.painted: float | None = None
        self.opens: str | None = None  # the class of the screen the key opens, if it opens one

    def watch(self, screen, actions: list[str]) -> None:
        from textual.screen import Screen

        refresh = Screen._compositor_refresh
        clock = self

        def timed_refresh(shown) -> None:  # any screen's: a key may open a new one
            refresh(shown)
            if (clock.handled is not None and clock.painted is None
                    and (clock.opens is None or type(shown).__name__ == clock.opens)):
                clock.painted = time.perf_counter()

        Screen._compositor_refresh = timed_refresh
        for name in actions:
            action = getattr(screen, f"action_{name}")

            def timed_action(*args, _action=action):
                result = _action(*args)
                self.handled = time.perf_counter()
                return result

            setattr(screen, f"action_{name}", timed_action)

    async def press(self, key: str, character: str | None) -> float:
        from textual import events

        self.handled = self.painted = None
        self.opens = SCREENS.get(key)
        start = time.perf_counter()
        self.app.post_message(events.Key(key, character))
        deadline = start + 5
        while self.painted is None and time.perf_counter() < deadline:
            await asyncio.sleep(0.0005)
        if self.painted is None:
            raise RuntimeError(f"no refresh after {key!r}")
        return (self.painted - start) * 1000


async def _keys(kind: str, db: str) -> None:
    if kind == "minimal":
        from textual.app import App
        from textual.widgets import Footer, Header, Static

        class Minimal(App):
            BINDINGS = [("x", "change", "change")]  # noqa: RUF012

            def compose(self):
                yield Header()
                yield Static("minimal", id="text")
                yield Footer()

            def action_change(self) -> None:
                self.query_one("#text", Static).update(f"changed at {time.perf_counter()}")

        app = Minimal()
        async with app.run_test(size=(120, 35)) as pilot:
            await pilot.pause()
            clock = FrameClock(app)
            clock.watch(app.screen, [])
            change = app.action_change

            def timed_change() -> None:
                change()
                clock.handled = time.perf_counter()

            app.action_change = timed_change
            times = [await clock.press("x", "x") for _ in range(30)]
        print(f"x {statistics.median(times):.3f} {max(times):.3f}")
        return
    from tui.app import ClaimscopeApp, open_corpus

    corpus = open_corpus(Path(db))
    app = ClaimscopeApp(corpus)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        screen = app.screen
        clock = FrameClock(app)
        clock.watch(screen, ["figure", "counterpart", "actor", "article", "search", "conflicts"])
        results = {}
        results["n"] = [await clock.press("n", "n") for _ in range(KEYS["n"])]
        grouped = next((f for a in corpus.articles() for f in corpus.figures(a.id)
                        if corpus.group_of(f.id)), None)  # one article at a time, as a reader
        if grouped is not None:
            screen.show_figure(grouped, 0)
            await pilot.pause()
            results["c"] = [await clock.press("c", "c") for _ in range(KEYS["c"])]
        screen.open_article(corpus.articles()[0].id, 0)
        await pilot.press("m")
        results["a"] = [await clock.press("a", "a") for _ in range(KEYS["a"])]
        first = corpus.articles()[0].id
        results["]"] = []
        for _ in range(KEYS["]"]):
            if corpus.neighbour(screen.pane.article.id, 1) is None:  # the last: start again
                screen.open_article(first, 0)
                await pilot.pause()
            results["]"].append(await clock.press("right_square_bracket", "]"))
        for key, character in (("ctrl+f", None), ("v", "v")):
            results[key] = []
            for _ in range(KEYS[key]):
                results[key].append(await clock.press(key, character))
                await pilot.pause()
                await pilot.press("escape")
                await pilot.pause()
                assert app.screen is screen, f"{key}: the screen it opened did not close"
    for key, times in results.items():
        print(f"{key} {statistics.median(times):.3f} {max(times):.3f}")
    print(f"rss {peak_rss_kb()}")  # the reader's peak


def peak_rss_kb() -> int:
    """This process's peak resident set in KB. ``VmHWM``, not ``ru_maxrss``: Linux keeps the
    latter across ``exec``, so a child started by a large parent reports the parent's size."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# --- parent ---------------------------------------------------------------------------------------


def first_paint(kind: str, db: Path | None, runs: int) -> float:
    return first_paint_times(kind, db, runs)[0]


def compile_project() -> None:
    """Write the bytecode of the project and its packages before any launch is timed.

    An installed reader starts from bytecode; a checkout run with PYTHONDONTWRITEBYTECODE set (or
    on a read-only tree) recompiles every module at every start, which would be timed as paint."""
    import compileall
    import sysconfig

    for folder in (ROOT / "tui", ROOT / "store", Path(sysconfig.get_paths()["purelib"])):
        compileall.compile_dir(folder, quiet=2, workers=0)


def first_paint_times(kind: str, db: Path | None, runs: int) -> tuple[float, float]:
    """Median wall seconds from launch to first paint, and median CPU seconds of the process to
    then: the CPU figure holds still when other work shares the machine, the wall one does not."""
    compile_project()
    walls, cpus = [], []
    for _ in range(runs):
        launched = time.time()
        out = subprocess.run(
            [sys.executable, __file__, "--child", "paint", kind, str(db or ""), str(launched)],
            capture_output=True, text=True, check=True, cwd=ROOT,
        ).stdout
        wall, cpu = out.strip().splitlines()[-1].split()
        walls.append(float(wall))
        cpus.append(float(cpu))
    return statistics.median(walls), statistics.median(cpus)


def key_times(kind: str, db: Path | None) -> dict[str, tuple[float, float]]:
    out = subprocess.run([sys.executable, __file__, "--child", "keys", kind, str(db or ""), "0"],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    result = {}
    for line in out.strip().splitlines():
        parts = line.split()
        result[parts[0]] = (float(parts[1]), float(parts[2]) if len(parts) > 2 else 0.0)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "claimscope-bench")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, kind, db, launched = args.child
        if mode == "paint":
            child_first_paint(kind, db, float(launched))
        else:
            child_keys(kind, db)
        return

    args.cache.mkdir(parents=True, exist_ok=True)
    samples = sample_store(args.cache)
    cached = (args.cache / f"synthetic-{args.articles}.json").exists()
    started = time.perf_counter()
    big = synthetic_store(args.cache, samples, args.articles)
    made = "cached" if cached else f"made in {time.perf_counter() - started:.1f} s"
    print(f"stores: samples {samples} ({samples.stat().st_size / 1e6:.1f} MB); "
          f"{args.articles} articles {big} ({big.stat().st_size / 1e6:.1f} MB, {made})")

    minimal = first_paint("minimal", None, args.runs)
    reader_samples = first_paint("reader", samples, args.runs)
    reader_big = first_paint("reader", big, args.runs)
    print(f"\nfirst paint, process start to first painted screen, headless, median of {args.runs}")
    print(f"  minimal Textual app          {minimal * 1000:7.0f} ms")
    print(f"  reader, sample store         {reader_samples * 1000:7.0f} ms   "
          f"{reader_samples / minimal:4.2f}x minimal   (target <= 2x)")
    print(f"  reader, {args.articles:,} articles    {reader_big * 1000:7.0f} ms   "
          f"{reader_big / minimal:4.2f}x minimal   (target <= 1000 ms at 1,000 articles)")

    floor = key_times("minimal", None)["x"]
    print(f"\nkey press to updated screen, 120x35, median (max) ms; the minimal app "
          f"changing its text: {floor[0]:.1f} ({floor[1]:.1f}) ms")
    for label, db in (("sample store", samples), (f"{args.articles:,} articles", big)):
        times = key_times("reader", db)
        cells = "  ".join(f"{k} {times[k][0]:6.1f} ({times[k][1]:5.1f})" if k in times
                          else f"{k}   (no conflict groups)" for k in KEYS)
        print(f"  {label:<16} {cells}   (target <= 50 ms)")


if __name__ == "__main__":
    main()
