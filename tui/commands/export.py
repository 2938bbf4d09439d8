"""``claimscope export``: the whole store as one JSON document, for scripts and other tools;
``--format claimreview`` and ``--format csv`` publish the judgements (``tui.commands.publish``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import orjson

from store.export import export_document
from tui.commands import publish
from tui.commands.common import corpus_from


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=["json", *publish.FORMATS], default="json")
    parser.add_argument("--output", "-o", type=Path, metavar="FILE",
                        help="write here instead of standard output")
    publish.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    if args.format in publish.FORMATS:
        data = publish.document_bytes(corpus_from(args), args)
    else:
        document: dict[str, Any] = export_document(corpus_from(args))
        data = orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n"
    if args.output:
        args.output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0
