"""``claimscope doctor``: check a store and say what is wrong, in one line per problem."""

from __future__ import annotations

import argparse

from store.doctor import check
from tui.commands.common import cell, console


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    problems = check(args.db)
    out = console()
    for problem in problems:
        out.print(cell(f"problem: {problem}", 300))
    if problems:
        out.print(cell(f"{args.db}: {len(problems)} problem(s)", 300))
        return 2
    out.print(cell(f"{args.db}: ok", 300))
    return 0
