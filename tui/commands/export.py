"""``claimscope export``: the whole store as one JSON document, for scripts and other tools."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from store.export import export_bytes, write_export
from tui.commands.common import corpus_from


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=["json"], default="json")
    parser.add_argument("--output", "-o", type=Path, metavar="FILE",
                        help="write here instead of standard output")


def run(args: argparse.Namespace) -> int:
    corpus = corpus_from(args)
    if args.output:
        write_export(corpus, args.output)
    else:
        sys.stdout.buffer.write(export_bytes(corpus))
        sys.stdout.flush()
    return 0
