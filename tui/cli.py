"""The ``claimscope`` command: the reader with no arguments, quick checks as subcommands.

Subcommands import only what they need: ``claimscope figures`` loads neither spaCy nor Textual.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from store.db import default_path
from store.errors import ClaimscopeError
from store.sanitize import one_line

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
    args.db = args.db or default_path()
    try:
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
