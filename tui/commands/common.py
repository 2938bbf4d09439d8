"""What the subcommands share: opening the store, safe text, rich consoles and JSON output."""

from __future__ import annotations

import sys
from typing import Any

import orjson
from rich.console import Console
from rich.text import Text

from store.corpus import Corpus
from store.sanitize import json_safe, one_line


def console(stderr: bool = False) -> Console:
    # highlight=False: numbers in untrusted text must not be restyled; markup is never parsed
    # from data because data only ever enters as Text.
    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def cell(text: str | None, limit: int = 120, style: str = "") -> Text:
    return Text(one_line(text or "", limit), style=style)


def corpus_from(args: Any) -> Corpus:
    """The store a command's ``--db`` names, opened for reading."""
    return Corpus.open(args.db)


def json_bytes(document: Any) -> bytes:
    """A document as indented JSON whose strings carry every unsafe code point as an escape
    (``store.sanitize.json_safe``): the data is exact, the terminal sees nothing it obeys."""
    return json_safe(orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n")


def print_json(document: Any) -> None:
    sys.stdout.buffer.write(json_bytes(document))
    sys.stdout.flush()
