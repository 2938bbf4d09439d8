"""Only one writer per store; a dead writer never keeps the store locked."""

import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store.errors import StoreBusy
from store.lock import lock_path, writer_lock

ROOT = Path(__file__).resolve().parents[1]


def python(code: str, *args: str, **kwargs) -> subprocess.Popen[str]:
    """Run code in a fresh interpreter that imports the store package from this tree."""
    prelude = f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
    return subprocess.Popen(
        [sys.executable, "-c", prelude + code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


TRY_LOCK = """
from pathlib import Path
from store.errors import StoreBusy
from store.lock import writer_lock
try:
    with writer_lock(Path(sys.argv[1]), wait=float(sys.argv[2])):
        print("acquired")
except StoreBusy as exc:
    print(f"busy|{exc.pid}|{exc}")
"""

HOLD_LOCK = """
import time
from pathlib import Path
from store.lock import writer_lock
with writer_lock(Path(sys.argv[1])):
    print("locked", flush=True)
    time.sleep(60)
"""


@pytest.mark.slow
def test_second_writer_in_another_process_times_out_naming_the_holder(tmp_path: Path) -> None:
    db = tmp_path / "store.json"
    with writer_lock(db):
        started = time.monotonic()
        out, err = python(TRY_LOCK, str(db), "0.5").communicate(timeout=30)
        assert err == ""
    assert time.monotonic() - started >= 0.5
    me = os.getpid()
    assert out.strip() == f"busy|{me}|the store {db} is being written by process {me}"


@pytest.mark.slow
def test_lock_is_free_after_holder_is_killed(tmp_path: Path) -> None:
    db = tmp_path / "store.json"
    holder = python(HOLD_LOCK, str(db))
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreBusy) as caught, writer_lock(db, wait=0.2):
            pass
        assert caught.value.pid == holder.pid
        assert str(caught.value) == f"the store {db} is being written by process {holder.pid}"
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate(timeout=30)
    assert holder.returncode == -signal.SIGKILL
    assert lock_path(db).read_text().strip() == str(holder.pid)  # stale PID, no lock
    with writer_lock(db, wait=0):
        assert lock_path(db).read_text().strip() == str(os.getpid())


@pytest.mark.slow
def test_waiting_writer_gets_the_lock_when_the_holder_finishes(tmp_path: Path) -> None:
    db = tmp_path / "store.json"
    with writer_lock(db):
        waiter = python(TRY_LOCK, str(db), "20")
        time.sleep(0.3)
    out, _ = waiter.communicate(timeout=30)
    assert out.strip() == "acquired"


def test_lock_file_sits_beside_the_store_and_outlives_the_writer(tmp_path: Path) -> None:
    db = tmp_path / "store.json"
    with writer_lock(db):
        assert lock_path(db) == tmp_path / "store.json.lock"
        assert lock_path(db).read_text() == f"{os.getpid()}\n"
    assert lock_path(db).exists()
    assert lock_path(db).read_text() == ""
    assert not db.exists()  # the lock does not create the store


def test_lock_is_not_reentrant(tmp_path: Path) -> None:
    db = tmp_path / "store.json"
    with writer_lock(db), pytest.raises(StoreBusy) as caught, writer_lock(db, wait=0):
        pass
    assert caught.value.pid == os.getpid()
    with writer_lock(db, wait=0):
        pass  # released after the failed attempt and the outer block


def test_lock_released_when_the_block_raises(tmp_path: Path) -> None:
    db = tmp_path / "store.json"
    with pytest.raises(RuntimeError), writer_lock(db):
        raise RuntimeError("ingest failed")
    with writer_lock(db, wait=0):
        pass


def test_unknown_holder_is_reported_without_a_pid(tmp_path: Path) -> None:
    db = tmp_path / "store.json"
    fd = os.open(lock_path(db), os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # locked, but no PID written yet
        with pytest.raises(StoreBusy) as caught, writer_lock(db, wait=0):
            pass
    finally:
        os.close(fd)
    assert caught.value.pid is None
    assert str(caught.value) == f"the store {db} is being written by another process"
