"""Every command of the README's Commands section, in the order given, on a fresh home (no store,
no config): exit status 0 and something said. The reader's lines run in a pseudo-terminal and are
quit with ``q`` once they have drawn. Also: ``figures --about fighters`` at 80 columns shows every
figure's whole value."""

from __future__ import annotations

import os
import pty
import re
import select
import shlex
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store.corpus import Corpus
from tests.conftest import ROOT
from tui.cli import main

README = ROOT / "README.md"
OPTIONAL = re.compile(r"\s*\[([^\]]+)\]")


def readme_commands() -> list[str]:
    """The lines of the Commands section's first code block, without their comments."""
    section = README.read_text(encoding="utf-8").split("## Commands", 1)[1]
    block = section.split("```sh", 1)[1].split("```", 1)[0]
    return [line.split("#", 1)[0].strip() for line in block.strip().splitlines()
            if line.strip()]


def variants(line: str) -> list[str]:
    """A synopsis line as commands to run: without its optional parts, then with each one (each
    alternative of ``[A | B]`` on its own)."""
    options = [choice.strip() for group in OPTIONAL.findall(line) for choice in group.split(" | ")]
    bare = OPTIONAL.sub("", line).strip()
    return [bare] + [f"{bare} {option}" for option in options]


def fill(command: str, home: Path) -> list[str]:
    """Placeholders made real: the samples, a store, an article's short id, words, a claim, a
    figure and a group of the store the first commands built..."""
    values = {"PATH...": str(ROOT / "seeds"), "ID": "003", "WORDS": "fighters", "NAME": "ISIS",
              "V": "contradiction", "MB": "5", "DATE": "2019-06",
              "CLAIM": "ISIS has 30,000 fighters in Iraq and Syria",
              "VERDICT": "contradiction", "TEXT": "checked by hand",
              "json|claimreview|csv": "csv", "N": "2",
              # the samples are in the store by then, so no text goes to a cluster: the line is
              # checked for how it parses (tests/test_parallel_ingest.py runs a real cluster)
              "ADDRESS": "tcp://127.0.0.1:8786"}
    words = shlex.split(command)[1:]
    if "FIG" in words or "GROUP" in words:
        corpus = Corpus.open(home / "data" / "claimscope" / "claims.json")
        group = next(g for g in corpus.conflicts() if g.parent is None)
        values.update(FIG=group.figures[0], GROUP=group.id)
    out: list[str] = []
    for i, word in enumerate(words):
        if word == "FILE":
            before = words[i - 1]
            word = str(home / ("export.json" if before == "--output" else
                               "data" / Path("claimscope") / "claims.json"
                               if words[0] in ("doctor", "ingest") else "other.json"))
        out.append(values.get(word, word))
    return out


def _environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("CLAIMSCOPE_DB", "CLAIMSCOPE_CONFIG", "NO_COLOR")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), PYTHONPATH=str(ROOT), COLUMNS="80",
               TERM="xterm-256color")
    return env


def run_reader(args: list[str], env: dict[str, str], timeout: float = 90.0) -> tuple[int, str]:
    """The reader in a pseudo-terminal: wait until it has drawn its header, press q."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the reader
        os.chdir(ROOT)
        os.execvpe(sys.executable, [sys.executable, "-m", "tui.cli", *args], env)
    seen = b""
    deadline = time.monotonic() + timeout
    quit_sent = False
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
            if not quit_sent and b"articles" in seen and b"figures" in seen:
                time.sleep(0.5)
                os.write(fd, b"q")
                quit_sent = True
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(fd)
    return os.waitstatus_to_exitcode(status), seen.decode("utf-8", "replace")


@pytest.mark.slow
def test_every_readme_command_works_on_a_fresh_home(tmp_path: Path) -> None:
    env = _environment(tmp_path)
    ran = 0
    for line in readme_commands():
        assert line.startswith("claimscope"), line
        for command in variants(line):
            args = fill(command, tmp_path)
            if not args or args[0] == "read":
                code, output = run_reader(args, env)
            else:
                done = subprocess.run([sys.executable, "-m", "tui.cli", *args], env=env,
                                      cwd=ROOT, capture_output=True, text=True, timeout=120)
                code, output = done.returncode, done.stdout + done.stderr
            assert code == 0, (command, output[-2000:])
            if "--output" in args:
                output = Path(args[args.index("--output") + 1]).read_text(encoding="utf-8")
            assert output.strip(), command
            ran += 1
    assert ran >= 15


def test_the_commands_section_is_what_the_test_runs() -> None:
    lines = readme_commands()
    assert lines[0] == "claimscope" and lines[-1] == "claimscope --version"
    assert variants("claimscope figures [--article ID] [--json]") == [
        "claimscope figures", "claimscope figures --article ID", "claimscope figures --json"]
    assert variants("claimscope ingest PATH... [--jobs N | --dask ADDRESS]") == [
        "claimscope ingest PATH...", "claimscope ingest PATH... --jobs N",
        "claimscope ingest PATH... --dask ADDRESS"]


def test_figures_about_fighters_at_80_columns_shows_every_value_whole(
        committed_store: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["--db", str(committed_store), "figures", "--about", "fighters"]) == 0
    out = capsys.readouterr().out
    assert max(len(line) for line in out.splitlines()) <= 80
    figures = Corpus.open(committed_store).figures(about="fighters")
    assert len(figures) >= 10
    rows = [line for line in out.splitlines() if line.strip()]
    for figure in figures:
        assert any(line.lstrip().startswith(figure.value) for line in rows), figure.value
    assert not any(f.counted in ("women", "children") for f in figures)
    assert "…" not in "".join(line.split("  ")[0] for line in rows)
