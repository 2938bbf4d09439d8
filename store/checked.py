"""A note beside a store saying that its JSON, byte for byte, passed the read-side check.

Checking every row's shape at open is a tenth of a second at 10,000 articles and grows with the
store, while almost every open reads a file exactly as a claimscope writer left it. The writer
checks what it writes (the same check the read side runs) and notes the file's length and CRC-32
and how far into the side file its rows reach; an open that finds the note matching the bytes it
read skips the row check and compares the side file's length with the noted reach. Anything else
(a hand-edited or damaged file, a crash between the store and the note, a note from another
schema) fails to match and the store is checked as before. The note also says whether the article
rows come in corpus order (the writer puts them so), which spares the open its sort; a note
without it, from an older writer, means they may not. The CRC guards against accidents, not
against someone forging a note, which no threat to a local file calls for.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from store.model import SCHEMA_VERSION, is_in_corpus_order
from store.parts import side_reach
from store.schema import first_problem
from store.storage import NOTE_SUFFIX, fingerprint, write_atomic


def note_path(store: Path) -> Path:
    real = Path(os.path.realpath(store))
    return real.with_name(real.name + NOTE_SUFFIX)


def vouch(store: Path, blob: bytes, data: dict[str, Any]) -> None:
    """After ``blob`` (the JSON of ``data``) has replaced the store: note it if it passes the
    read-side check, else remove any older note."""
    note = note_path(store)
    if first_problem(data, deep=False) is not None:
        with contextlib.suppress(OSError):
            note.unlink()
        return
    articles = data.get("articles")
    in_order = isinstance(articles, dict) and is_in_corpus_order(articles.values())
    body = {"fingerprint": fingerprint(blob), "schema_version": SCHEMA_VERSION,
            "reach": side_reach(data), "in_order": in_order}
    # a note is an optimisation: never fail a write for it, nor sync it (two of a commit's six
    # disk flushes): the store it speaks of is synced before it, so a note a crash leaves old,
    # empty or missing matches none of the store's bytes, and the store is checked as before
    with contextlib.suppress(OSError):
        write_atomic(note, orjson.dumps(body), durable=False)


class Vouched(NamedTuple):
    """What a note that matches a store's bytes says of them."""

    reach: int  # how far into the side file the rows reach
    in_order: bool  # the article rows come in corpus order


def vouched(store: Path, blob_fingerprint: str | None) -> Vouched | None:
    """What the note says of the store's bytes if it vouches for them; None when the store must
    be checked row by row."""
    if blob_fingerprint is None:
        return None
    try:
        body = orjson.loads(note_path(store).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    if (not isinstance(body, dict) or body.get("fingerprint") != blob_fingerprint
            or body.get("schema_version") != SCHEMA_VERSION or type(body.get("reach")) is not int):
        return None
    return Vouched(body["reach"], body.get("in_order") is True)
