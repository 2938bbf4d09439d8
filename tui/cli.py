"""The ``claimscope`` command: the reader with no arguments, quick checks as subcommands.

Subcommands import only what they need: ``claimscope figures`` loads neither spaCy nor Textual.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

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
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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


def main(argv: list[str] | None = None) -> int:
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
    args.db = args.db or default_path()
    try:
        if name in READING:
            from tui.commands.first_run import ensure_store

            code = ensure_store(args.db, given=args.db_given)
            if code:
                return code
        return int(importlib.import_module(COMMANDS[name][0]).run(args) or 0)
    except ClaimscopeError as exc:
        print(f"claimscope: {one_line(str(exc), 400)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("claimscope: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
