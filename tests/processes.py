"""What the tests that fork and kill processes share: a loop that forks a child per command on
stdin, and a wait for a killed process to be gone."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path


def serve_forks(child: Callable[[list[str]], None]) -> None:
    """Read commands from stdin, one a line; fork ``child(words)`` for each and answer with its PID
    on stdout; ``quit`` or the end of input ends the loop. Children are reaped by the kernel."""
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    print("ready", flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            break
        pid = os.fork()
        if pid == 0:
            try:
                child(words)
            finally:
                os._exit(99)
        print(pid, flush=True)


def kill_unless_done(pid: int) -> None:
    """SIGKILL a child, unless it already finished: a loaded machine may end the work before the
    kill comes (the kernel has reaped it), which leaves a whole store that the checks still read."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def wait_gone(pid: int, timeout: float = 10.0, *, group: bool = False) -> None:
    """Wait for a process (``group``: every process of the process group ``pid``) to end."""
    probe = os.killpg if group else os.kill
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            probe(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.01)
    raise AssertionError(f"process {pid} did not end")


def pace(log: Path, started: float, idle_seconds: float, timeout: float = 120.0) -> float:
    """How many times slower than an idle machine this one runs now: the seconds from
    ``started`` until ``log`` gets its first line, over what that takes on an idle machine (at
    least 1). Kill tests scale their random delays by it, so that a loaded machine still lets
    some work finish between kills instead of killing every process before it commits."""
    deadline = started + timeout
    while time.monotonic() < deadline:
        if log.exists() and log.read_text().strip():
            return max(1.0, (time.monotonic() - started) / idle_seconds)
        time.sleep(0.01)
    return timeout / idle_seconds
