"""``claimscope`` / ``claimscope read``: the reader. On first run with no store, the bundled
samples are ingested first (with a progress bar), so a fresh install opens on something."""

from __future__ import annotations

import argparse

from tui.commands.first_run import ensure_store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-build", action="store_true",
                        help="do not build the sample store when the store is missing")


def add_defaults(args: argparse.Namespace) -> None:
    args.no_build = False


def run(args: argparse.Namespace) -> int:
    if not args.db.exists() and not args.no_build:
        code = ensure_store(args.db, given=False)  # the reader builds the samples, --db or not
        if code:
            return code
    from tui.app import run as run_app  # deferred: Textual only for the reader

    return run_app(args.db, args.config)
