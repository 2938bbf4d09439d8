"""A store someone else touched: hand-edited fields, escape sequences in verdicts and names, an
``--output`` aimed at the store, a lock that is a link, a full disk. Each gives output or one line
with exit 2, never a traceback, and nothing from the store drives the terminal."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest

from store import storage
from store.corpus import Corpus
from store.db import open_for_write
from store.doctor import check
from store.errors import ClaimscopeError
from tests.conftest import ROOT
from tests.test_cli import run_cli
from tui.cli import main

OSC52 = "\x1b]52;c;aGFja2Vk\x07"
HIDDEN = ["\u202e", "\x9b", "\x7f", "\u200b", "\u2066", "\U000e0041"]


def edit_store(db: Path, change: Callable[[dict], None]) -> None:
    data = orjson.loads(db.read_bytes())
    change(data)
    db.write_bytes(orjson.dumps(data))


def first(data: dict, table: str) -> dict:
    return next(iter(data[table].values()))


@dataclass
class Done:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Done]:
    """The command line in this process (the subprocess runs are kept for what needs one)."""

    def run(*args: str, db: Path) -> Done:
        capsys.readouterr()
        code = main(["--db", str(db), *args])
        out = capsys.readouterr()
        return Done(code, out.out, out.err)

    return run


def one_line_exit_2(done: Done | subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr


# --- 7: a verdict is one of the known ones, or the store is refused ---------------------------


@pytest.mark.parametrize("verdict", [OSC52 + "contradiction", "\x1b]2;pwned\x07", "disputed"])
def test_a_stray_verdict_never_reaches_the_terminal(committed_store_copy: Path, verdict: str,
                                                    cli: Callable[..., Done]) -> None:
    edit_store(committed_store_copy, lambda d: first(d, "conflicts").update(verdict=verdict))
    for args in (("conflicts",), ("conflicts", "--json"), ("export",)):
        done = cli(*args, db=committed_store_copy)
        one_line_exit_2(done)
        assert "\x1b" not in done.stdout + done.stderr and "\x07" not in done.stderr
        assert "verdict" in done.stderr
    with pytest.raises(ClaimscopeError, match="verdict"):
        Corpus.open(committed_store_copy)


# --- 8: JSON output escapes what would hide or drive ------------------------------------------


def test_json_and_export_escape_bidi_c1_del_and_zero_width(committed_store_copy: Path,
                                                           tmp_path: Path) -> None:
    name = "Omar" + "".join(HIDDEN) + " Haddad"
    edit_store(committed_store_copy, lambda d: first(d, "actors").update(name=name))
    target = tmp_path / "export.json"
    outputs = [run_cli("actors", "--json", db=committed_store_copy).stdout,
               run_cli("export", db=committed_store_copy).stdout]
    assert run_cli("export", "-o", str(target), db=committed_store_copy).returncode == 0
    outputs.append(target.read_text(encoding="utf-8"))
    for out in outputs:
        assert not [ch for ch in HIDDEN if ch in out]
        assert "\\u202e" in out
    names = [a["name"] for a in json.loads(outputs[0])]
    assert name in names  # escaped, not changed: a parser reads the exact name back


# --- 10: export refuses the store's own files and writes by rename ----------------------------


def test_export_onto_the_store_is_refused(committed_store_copy: Path) -> None:
    before = committed_store_copy.read_bytes()
    for target in (committed_store_copy, Path(f"{committed_store_copy}.lock")):
        done = run_cli("export", "-o", str(target), db=committed_store_copy)
        one_line_exit_2(done)
        assert "the store itself" in done.stderr
    link = committed_store_copy.parent / "link.json"
    link.symlink_to(committed_store_copy)
    one_line_exit_2(run_cli("export", "-o", str(link), db=committed_store_copy))
    assert committed_store_copy.read_bytes() == before


def test_export_replaces_its_output_in_one_rename(committed_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    inode = target.stat().st_ino
    assert main(["--db", str(committed_store), "export", "-o", str(target)]) == 0
    assert target.stat().st_ino != inode  # a new file renamed over the old, never rewritten
    assert json.loads(target.read_text())["articles"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


# --- 11: hand-edited stores -------------------------------------------------------------------

EDITS: list[tuple[str, Callable[[dict], None], str]] = [
    ("figure low as text", lambda d: first(d, "figures").update(low="many"), "low"),
    ("figure without start", lambda d: first(d, "figures").pop("start"), "start"),
    ("figure offsets past the text", lambda d: first(d, "figures").update(end=10**7), "offsets"),
    ("article id a number", lambda d: first(d, "articles").update(id=7), "id"),
    ("article date a number", lambda d: first(d, "articles").update(date=2024), "date"),
    ("article title a list", lambda d: first(d, "articles").update(title=["a"]), "title"),
    ("actor aliases a string", lambda d: first(d, "actors").update(aliases="x"), "aliases"),
    ("actor without name", lambda d: first(d, "actors").pop("name"), "name"),
    ("link weight text", lambda d: first(d, "links").update(weight="heavy"), "weight"),
    ("group figures a dict", lambda d: first(d, "conflicts").update(figures={"a": 1}), "figures"),
    ("group values not pairs", lambda d: first(d, "conflicts").update(values={"x": [1]}),
     "values"),
    ("group pair of three", lambda d: first(d, "conflicts").update(pair=["a", "b", "c"]), "pair"),
    ("group kind unknown", lambda d: first(d, "conflicts").update(kind="cluster"), "kind"),
    ("mentions packed wrong", lambda d: first(d, "mentions").update(items=5), "items"),
    ("a record not an object", lambda d: d["figures"].update({"999": [1, 2]}), "figures"),
    ("a table not an object", lambda d: d.update(links=[1, 2]), "links"),
    ("duplicate article ids", lambda d: d["articles"].update(
        {"999": dict(first(d, "articles"))}), "twice"),
]


@pytest.mark.parametrize(("change", "field"), [(c, f) for _, c, f in EDITS],
                         ids=[name for name, _, _ in EDITS])
def test_hand_edited_store_gives_one_line_and_doctor_names_it(
    committed_store_copy: Path, change: Callable[[dict], None], field: str,
    cli: Callable[..., Done],
) -> None:
    edit_store(committed_store_copy, change)
    for args in (("figures",), ("actors",), ("conflicts",), ("export",)):
        done = cli(*args, db=committed_store_copy)
        one_line_exit_2(done)
        assert "damaged record" in done.stderr and field in done.stderr
    problems = check(committed_store_copy)
    assert problems and any(field in p for p in problems)
    with pytest.raises(ClaimscopeError), open_for_write(committed_store_copy):
        pass


def test_unknown_extra_fields_are_left_alone(committed_store_copy: Path,
                                             cli: Callable[..., Done]) -> None:
    def extra(d: dict) -> None:
        for table in ("articles", "figures", "actors", "links", "conflicts", "mentions"):
            first(d, table)["added_by_a_newer_claimscope"] = {"any": ["shape"]}
        first(d, "meta")["note"] = 3

    edit_store(committed_store_copy, extra)
    assert check(committed_store_copy) == []
    assert cli("conflicts", db=committed_store_copy).returncode == 0


def test_dangling_references_are_passed_over_and_reported(committed_store_copy: Path,
                                                          cli: Callable[..., Done]) -> None:
    def dangle(d: dict) -> None:
        first(d, "conflicts")["figures"].append("gone:1")
        first(d, "links")["b"] = "nobody"

    edit_store(committed_store_copy, dangle)
    for args in (("conflicts",), ("actors", "Libya"), ("export",)):
        assert cli(*args, db=committed_store_copy).returncode == 0, args
    problems = check(committed_store_copy)
    assert any("missing figure gone:1" in p for p in problems)
    assert any("missing actor" in p for p in problems)


# --- 12: the lock never follows a link --------------------------------------------------------


def test_a_lock_that_is_a_link_is_refused_and_its_target_kept(committed_store_copy: Path,
                                                              tmp_path: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    Path(f"{committed_store_copy}.lock").symlink_to(precious)
    with pytest.raises(ClaimscopeError, match="symbolic link"), open_for_write(
            committed_store_copy):
        pass
    assert precious.read_text() == "keep me"


# --- 13: operating system errors are one line -------------------------------------------------


def test_store_path_that_is_a_folder(tmp_path: Path) -> None:
    env_db = tmp_path / "folder"
    env_db.mkdir()
    for args in (("figures",), ("actors", "merge", "a", "b"),
                 ("ingest", str(ROOT / "seeds" / "manifest.toml"))):
        one_line_exit_2(run_cli(*args, db=env_db))
    doctor = run_cli("doctor", db=env_db)
    assert doctor.returncode == 2 and "is not a file" in doctor.stdout


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_failing_disk_is_one_line(committed_store_copy: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str], code: int) -> None:
    before = committed_store_copy.read_bytes()

    def refuse(*_args, **_kwargs):
        raise OSError(code, os.strerror(code), str(committed_store_copy.parent))

    monkeypatch.setattr(storage.tempfile, "mkstemp", refuse)
    assert main(["--db", str(committed_store_copy), "actors", "merge", "Libya", "Syria"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and os.strerror(code) in err
    assert committed_store_copy.read_bytes() == before
    assert main(["--db", str(committed_store_copy), "export", "-o",
                 str(committed_store_copy.parent / "x.json")]) == 2


def test_export_to_a_full_device(committed_store: Path) -> None:
    done = run_cli("export", "-o", "/dev/full", db=committed_store)
    one_line_exit_2(done)
    assert os.strerror(errno.ENOSPC) in done.stderr
    assert Path("/dev/full").is_char_device()


@pytest.mark.parametrize("size", ["nan", "inf", "-1", "0", "lots"])
def test_max_size_must_be_a_positive_number(size: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(tmp_path / "c.json"), "ingest", str(tmp_path), "--max-size", size])
    err = capsys.readouterr().err
    assert exited.value.code == 2 and err.count("\n") == 1 and "--max-size" in err


def test_a_terminal_that_cannot_encode_gets_replacements(committed_store: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "ascii", "COLUMNS": "200"}
    for args in (("figures",), ("conflicts",), ("actors", "Libya")):
        done = subprocess.run([sys.executable, "-m", "tui.cli", "--db", str(committed_store),
                               *args], capture_output=True, env=env, cwd=ROOT, timeout=120)
        assert done.returncode == 0, done.stderr.decode("ascii", "replace")
        assert b"Traceback" not in done.stderr


# --- 14: the records of deleted files can be removed ------------------------------------------


def test_prune_shows_then_removes_what_is_gone(committed_store_copy: Path, tmp_path: Path,
                                               cli: Callable[..., Done]) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()

    def relocate(d: dict) -> None:
        for row in d["articles"].values():
            row["path"] = str(folder / row["file"])
            (folder / row["file"]).write_text(row["text"])

    edit_store(committed_store_copy, relocate)
    data = orjson.loads(committed_store_copy.read_bytes())
    victim = first(data, "articles")
    (folder / victim["file"]).unlink()
    before = committed_store_copy.read_bytes()
    listed = cli("prune", db=committed_store_copy)
    assert listed.returncode == 0 and f"would remove: {victim['id']}" in listed.stdout
    assert committed_store_copy.read_bytes() == before  # shown first, nothing removed
    done = cli("prune", "--yes", db=committed_store_copy)
    assert done.returncode == 0 and f"removed: {victim['id']}" in done.stdout
    corpus = Corpus.open(committed_store_copy)
    assert victim["id"] not in {a.id for a in corpus.articles()}
    assert not [f for f in corpus.figures() if f.article == victim["id"]]
    assert all(not fid.startswith(victim["id"] + ":") for g in corpus.conflicts()
               for fid in g.figures)
    assert check(committed_store_copy) == []
    assert "nothing to remove" in cli("prune", db=committed_store_copy).stdout
