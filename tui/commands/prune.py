"""``claimscope prune``: the articles whose files are gone, and with ``--yes`` their removal."""

from __future__ import annotations

import argparse

from store.ingest.prune import prune
from tui.commands.common import cell, console, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--yes", action="store_true",
                        help="remove them (without it, only list what would be removed)")
    parser.add_argument("--json", action="store_true", help="JSON for scripts")


def run(args: argparse.Namespace) -> int:
    gone = prune(args.db, remove=args.yes)
    if args.json:
        print_json({"removed": args.yes, "articles": [
            {"id": g.article, "path": g.path, "figures": g.figures} for g in gone]})
        return 0
    out = console()
    for g in gone:
        out.print(cell(f"{'removed' if args.yes else 'would remove'}: {g.article} "
                       f"({g.figures} figures): {g.path} is gone", 300))
    if not gone:
        out.print("every article's file is still there; nothing to remove")
    elif not args.yes:
        out.print(cell(f"{len(gone)} article(s); run again with --yes to remove them", 300))
    return 0
