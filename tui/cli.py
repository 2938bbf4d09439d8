"""The ``claimscope`` command: the reader with no arguments, quick checks as subcommands.

Subcommands import only what they need: ``claimscope figures`` loads neither spaCy nor Textual.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import NoReturn

from store import __version__
from store.db import default_path
from store.errors import ClaimscopeError
from store.sanitize import one_line
from tui.config import Config, load_config

#: the commands that only read a store: on first use they build the sample store, as the reader
#: does, so every example of the README answers on a fresh machine
READING = frozenset({"figures", "actors", "conflicts", "export", "doctor"})

COMMANDS = {
    "read": ("tui.commands.read", "open the reader (the default)"),
    "ingest": ("tui.commands.ingest", "add articles (files or folders) to the store"),
    "figures": ("tui.commands.figures", "list figures"),
    "actors": ("tui.commands.actors", "list actors, or one actor's mentions and links"),
    "conflicts": ("tui.commands.conflicts", "list conflict groups with their verdicts"),
    "check": ("tui.commands.check", "check a typed claim against the store's estimates"),
    "review": ("tui.commands.review", "judge figures and groups: wrongly read, corrected, "
               "moved, verdict by hand; undo; list"),
    "export": ("tui.commands.export", "write the whole store as one JSON document"),
    "doctor": ("tui.commands.doctor", "check a store and say what is wrong"),
    "prune": ("tui.commands.prune", "remove the records of articles whose files are gone"),
}


class _Parser(argparse.ArgumentParser):
    """Usage mistakes as one line and exit 2, like every other error (``--help`` still shows
    the usage)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {one_line(message, 400)} (see: {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="claimscope",
        description="Figures, actors and conflicting claims in news articles, side by side.",
    )
    parser.add_argument("--db", type=Path, help="store file (default: $CLAIMSCOPE_DB or the "
                        "user data dir)")
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="settings file (default: $CLAIMSCOPE_CONFIG or config.toml in the "
                             "user config dir)")
    parser.add_argument("--version", action="version", version=f"claimscope {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                             help="store file (overrides the global --db)")
        importlib.import_module(module).add_arguments(command)
    return parser


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is, so the write in progress is discarded and the lock
    released just as for Ctrl-C (an ingest's next run completes what was cut short)."""


def _terminated(signum: int, frame: FrameType | None) -> None:
    raise Terminated


def _tolerant_streams() -> None:
    """A terminal or pipe that cannot encode a character (``LANG=C``, ``PYTHONIOENCODING=ascii``)
    gets a replacement for it rather than a traceback halfway through a table."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]


def os_error_line(exc: OSError) -> str:
    """An operating system's refusal in one line: what failed, and on which file."""
    reason = exc.strerror or type(exc).__name__
    where = exc.filename
    if isinstance(where, str | bytes):
        return f"{reason}: {os.fsdecode(where)}"
    return reason


def main(argv: list[str] | None = None) -> int:
    _tolerant_streams()
    args = _parser().parse_args(argv)
    name = args.command or "read"
    if args.command is None:
        importlib.import_module(COMMANDS["read"][0]).add_defaults(args)
    try:
        args.config = load_config(args.config)
    except ClaimscopeError as exc:  # pragma: no cover - load_config reports, never raises
        print(f"claimscope: {one_line(str(exc), 400)}", file=sys.stderr)
        args.config = Config()
    for problem in args.config.problems:
        print(f"claimscope: {problem}", file=sys.stderr)
    if args.db is None and not os.environ.get("CLAIMSCOPE_DB"):
        args.db = args.config.store  # the config's store comes after --db and $CLAIMSCOPE_DB
    args.db_given = args.db is not None
    # the reader leaves SIGTERM to Textual, which restores the terminal on its way out
    previous = signal.signal(signal.SIGTERM, _terminated) if name != "read" else None
    try:
        args.db = args.db or default_path()
        if name in READING:
            from tui.commands.first_run import ensure_store

            code = ensure_store(args.db, given=args.db_given)
            if code:
                return code
        return int(importlib.import_module(COMMANDS[name][0]).run(args) or 0)
    except ClaimscopeError as exc:
        print(f"claimscope: {one_line(str(exc), 400)}", file=sys.stderr)
        return exc.exit_code
    except Terminated:
        print("claimscope: terminated", file=sys.stderr)
        return 128 + signal.SIGTERM
    except KeyboardInterrupt:
        print("claimscope: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a full disk, a read-only folder, a store path that is a folder
        print(f"claimscope: {one_line(os_error_line(exc), 400)}", file=sys.stderr)
        return 2
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
