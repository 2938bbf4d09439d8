"""The publishing formats of ``claimscope export``: ``claimreview`` (schema.org ClaimReview
JSON-LD of every reviewed group and saved check) and ``csv`` (one row per figure), from
``store.publish``. ``export`` writes what ``document_bytes`` returns."""

from __future__ import annotations

import argparse
from pathlib import Path

import orjson

from store.corpus import Corpus

FORMATS = ("claimreview", "csv")
CONFIG_NAME = "config.toml"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--publisher", metavar="NAME",
                        help="claimreview: the publishing desk (ClaimReview's author)")
    parser.add_argument("--url", metavar="URL", help="claimreview: the desk's page for the "
                        "reviews (each review's url is URL#its-id)")
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="claimreview: a TOML file with [publisher] name and url (default: "
                        f"{CONFIG_NAME} in the user config dir)")


def default_config() -> Path:
    # deferred: platformdirs only when a ClaimReview export needs the config file
    from platformdirs import user_config_path

    return user_config_path("claimscope", appauthor=False) / CONFIG_NAME


def document_bytes(corpus: Corpus, args: argparse.Namespace) -> bytes:
    if args.format == "csv":
        from store.publish.table import figures_csv

        return figures_csv(corpus).encode("utf-8")
    from store.publish.claimreview import Publisher, claimreview_document

    # the command line turns --config into the loaded settings (``tui.config``); their file is
    # where a [publisher] table lives too
    config = getattr(args, "config", None)
    path = config if isinstance(config, Path) else getattr(config, "path", None)
    publisher = Publisher.from_config(args.publisher, args.url, path or default_config())
    document = claimreview_document(corpus, publisher)
    return orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n"
