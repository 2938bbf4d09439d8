"""What the subcommands share: opening the store, safe text, rich consoles and JSON output."""

from __future__ import annotations

import sys
from typing import Any

import orjson
from rich.console import Console
from rich.text import Text

from store.corpus import Corpus
from store.errors import ClaimscopeError
from store.model import Article
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



def find_article(corpus: Corpus, wanted: str) -> Article:
    """An article by its id, the short id the tables show (any unique start of an id) or the
    start of its title (case aside); an unknown or ambiguous one is an error naming them."""
    articles = corpus.articles()
    for article in articles:
        if article.id == wanted:
            return article
    folded = wanted.casefold()
    for found in ([a for a in articles if a.id.startswith(wanted)],
                  [a for a in articles if a.title.casefold().startswith(folded)]):
        if len(found) == 1:
            return found[0]
        if found:
            names = ", ".join(one_line(a.id, 40) for a in found[:5])
            raise ClaimscopeError(f"{one_line(wanted, 60)!r} could be any of {len(found)} "
                                  f"articles: {names}")
    raise ClaimscopeError(f"no article {one_line(wanted, 60)!r} in {corpus.path}: give its id, "
                          "its short id or the start of its title (claimscope figures lists "
                          "them)")


def article_cell(article: Article, ids: dict[str, str]) -> Text:
    """An article in a table: its short id (bold; ``--article`` takes it) and its title."""
    text = Text(ids.get(article.id, article.id), style="bold", end="")
    text.append(" " + one_line(article.title, 80))
    return text
