"""``claimscope doctor``: check a store and say what is wrong, in one line per problem;
``--repair`` completes the corpus stage an interrupted ingest left pending."""

from __future__ import annotations

import argparse

from store.doctor import check
from tui.commands.common import cell, console


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--repair", action="store_true",
                        help="resolve actors and conflicts if an ingest stopped before it did")


def run(args: argparse.Namespace) -> int:
    out = console()
    if args.repair:
        # deferred: the corpus stage (resolution, grouping) only when asked to repair
        from store.ingest.corpus_stage import repair

        done = repair(args.db)
        if done is not None:
            out.print(cell(f"repaired: {done[0]} actors, {done[1]} conflict groups", 300))
    problems = check(args.db)
    for problem in problems:
        out.print(cell(f"problem: {problem}", 300))
    if problems:
        out.print(cell(f"{args.db}: {len(problems)} problem(s)", 300))
        return 2
    out.print(cell(f"{args.db}: ok", 300))
    return 0
