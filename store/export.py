"""The export document: the store's claims in the shape other tools consume."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import orjson

from store.corpus import Corpus
from store.errors import ClaimscopeError
from store.sanitize import json_safe
from store.storage import is_own_file, write_atomic


def export_document(corpus: Corpus) -> dict[str, Any]:
    articles = [
        {"id": a.id, "file": a.file, "title": a.title, "outlet": a.outlet, "date": a.date,
         "date_inferred": a.date_inferred}
        for a in corpus.articles()
    ]
    figures = [
        {"id": f.id, "article": f.article, "start": f.start, "end": f.end, "text": f.text,
         "low": f.low, "high": f.high, "approx": f.approx, "unit": f.unit, "counted": f.counted,
         "where": list(f.where), "when": f.when, "source": f.source,
         "sentence": list(f.sentence), "period": f.period, "period_basis": f.period_basis,
         "reported": f.reported, "event": f.event, "origin": f.origin,
         "origin_kind": f.origin_kind, "revises": f.revises}
        for f in corpus.figures()
    ]
    actors = []
    for actor in corpus.actors():
        actors.append({
            "id": actor.id, "name": actor.name, "type": actor.type, "aliases": list(actor.aliases),
            "mentions": [
                {"article": m.article, "start": m.start, "end": m.end,
                 "text": corpus.text(m.article)[m.start:m.end]}
                for m in corpus.mentions(actor.id)
            ],
        })
    seen: set[tuple[str, str]] = set()
    links = []
    for actor in corpus.actors():
        for link in corpus.linked(actor.id):
            if (link.a, link.b) in seen:
                continue
            seen.add((link.a, link.b))
            links.append({"a": link.a, "b": link.b, "weight": link.weight,
                          "sentences": [{"article": s[0], "start": s[1], "end": s[2]}
                                        for s in link.sentences]})
    conflicts = [
        {"id": g.id, "parent": g.parent, "kind": g.kind, "quantity": g.quantity,
         "verdict": g.verdict, "spread": g.spread, "reason": g.reason,
         "figures": list(g.figures), "pair": list(g.pair) if g.pair else None}
        for g in corpus.conflicts()
    ]
    return {"articles": articles, "figures": figures, "actors": actors, "links": links,
            "conflicts": conflicts}


def export_bytes(corpus: Corpus) -> bytes:
    """The export document as indented JSON, every unsafe code point escaped
    (``store.sanitize.json_safe``)."""
    return json_safe(orjson.dumps(export_document(corpus), option=orjson.OPT_INDENT_2) + b"\n")


def write_export(corpus: Corpus, output: Path, data: bytes | None = None) -> None:
    """Write the export document (or ``data``, another format of it) to ``output`` in one
    rename; refuse the store's own files (an ``--output`` onto the store used to replace it
    with its export)."""
    output = Path(output)
    data = export_bytes(corpus) if data is None else data
    if is_own_file(corpus.path, output):
        raise ClaimscopeError(f"{output} is the store itself (or one of its files); "
                              "export to another path")
    if os.path.isdir(output):
        raise ClaimscopeError(f"{output} is a folder; give a file name to export to")
    if os.path.exists(output) and not os.path.isfile(output):
        # a device or a pipe (/dev/stdout, a FIFO): written as it is; a rename would replace it
        with open(output, "wb") as handle:
            handle.write(data)
        return
    write_atomic(output, data)
