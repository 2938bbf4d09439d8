"""``claimscope export``: the whole store as one JSON document, for scripts and other tools;
``--format claimreview`` and ``--format csv`` publish the judgements (``tui.commands.publish``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from store.export import export_bytes, write_export
from tui.commands import publish
from tui.commands.common import corpus_from


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=["json", *publish.FORMATS], default="json")
    parser.add_argument("--output", "-o", type=Path, metavar="FILE",
                        help="write here instead of standard output")
    publish.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    corpus = corpus_from(args)
    data = (publish.document_bytes(corpus, args) if args.format in publish.FORMATS
            else export_bytes(corpus))
    if args.output:
        write_export(corpus, args.output, data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0
