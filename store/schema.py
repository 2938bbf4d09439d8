"""The shape of every field of a version-4 store, checked when a store is opened.

A store is a JSON file that people copy, merge and edit by hand; until now its rows were trusted,
so a wrong type gave a traceback in the reader and a stray verdict reached the terminal. Every
field the read API or the corpus stage reads is declared here with its type; ``problems`` walks a
parsed store once and says, one line per field, what does not fit. ``store.db`` refuses a store
with a problem (one line, exit 2) and ``store.doctor`` lists them all. Fields not declared here
(written by a newer extraction, or by hand) are left alone: they are never read.

References between tables (a group naming a figure that is gone, a link to a missing actor) are not
checked here: an interrupted ingest leaves them for the corpus stage to rebuild, the read API
skips what it cannot find, and ``doctor`` reports them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from typing import Any

from store.model import GROUPINGS, VERDICTS
from store.packing import unpack_items, unpack_spans

Check = Callable[[Any], bool]
NONE = type(None)
_ITEM = r"\d+,\d+,[^,;]*,[^,;]*,\d+"
_SPAN = r"\d+,\d+"
_PACKED_ITEMS = re.compile(rf"(?:{_ITEM}(?:;{_ITEM})*)?")
_PACKED_SPANS = re.compile(rf"(?:{_SPAN}(?:;{_SPAN})*)?")


def _strings(value: list[Any]) -> bool:
    return not value or set(map(type, value)) == _STR  # map: no Python frame per item


_STR = {str}


def _finite(value: int | float) -> bool:
    return type(value) is int or math.isfinite(value)


def _one_of(names: tuple[str, ...]) -> Check:
    return lambda value: value in names


def _span(value: list[Any]) -> bool:
    return (len(value) == 2 and type(value[0]) is int and type(value[1]) is int
            and 0 <= value[0] <= value[1])


def _extent(value: list[Any]) -> bool:
    return (len(value) == 2 and type(value[0]) is int and type(value[1]) is int
            and value[0] >= 0 and value[1] >= 0)


def _pair(value: list[Any]) -> bool:
    return len(value) == 2 and _strings(value)


def _values(value: dict[str, Any]) -> bool:
    return all(type(v) is list and len(v) >= 2 and type(v[0]) in NUMBER and type(v[1]) in NUMBER
               and _finite(v[0]) and _finite(v[1]) for v in value.values())


def _link_sentences(value: list[Any]) -> bool:
    return all(type(v) is list and len(v) == 3 and type(v[0]) is str and type(v[1]) is int
               and type(v[2]) is int for v in value)


def _packed_items(value: str) -> bool:
    return _PACKED_ITEMS.fullmatch(value) is not None


def _packed_spans(value: str) -> bool:
    return _PACKED_SPANS.fullmatch(value) is not None


def _actor_mentions(value: dict[str, Any]) -> bool:
    return all(type(v) is str and _packed_spans(v) for v in value.values())


# A field: (required, the exact JSON types it may have, a further check of the value or None,
# what it should be in words). Exact types: a JSON true is no integer here.
Field = tuple[bool, tuple[type, ...], Check | None, str]
NUMBER = (int, float)
TEXT = (True, (str,), None, "text")
OPT_TEXT = (False, (str, NONE), None, "text")
OPT_INT = (False, (int, NONE), None, "an integer")
OPT_BOOL = (False, (bool, NONE), None, "true/false")
OPT_STRINGS = (False, (list, NONE), _strings, "a list of text")
INT = (True, (int,), None, "an integer")
NUM = (True, NUMBER, _finite, "a finite number")


def _opt(kinds: tuple[type, ...], check: Check, words: str) -> Field:
    return (False, (*kinds, NONE), check, words)


# a row's part in the side file (store.parts): its address and [offset, bytes]
PART: dict[str, Field] = {"parts_at": _opt((list,), _extent, "[offset, bytes]")}

# table -> field -> shape. Every name here is read somewhere.
FIELDS: dict[str, dict[str, Field]] = {
    "meta": {
        "app": TEXT, "schema_version": INT, "tool_version": OPT_TEXT, "built_at": OPT_TEXT,
        "updated_at": OPT_TEXT, "corpus_pending": OPT_BOOL, "n_figures": OPT_INT,
        "odd_figures": _opt((dict,), lambda v: all(type(x) is str for x in v.values()),
                            "{figure: article}"), **PART,
    },
    "articles": {
        "id": TEXT, "file": TEXT, "path": OPT_TEXT, "title": OPT_TEXT, "outlet": OPT_TEXT,
        "date": OPT_TEXT, "date_inferred": OPT_BOOL, "date_basis": OPT_TEXT, "url": OPT_TEXT,
        "sha256": OPT_TEXT, "extractor": OPT_INT, "note": OPT_TEXT, "ingested_at": OPT_TEXT,
        "n_figures": OPT_INT, "n_mentions": OPT_INT, "text": OPT_TEXT, "limits": OPT_STRINGS,
        # the text in the side file (store.texts): its address, [offset, bytes], characters
        "text_sha": OPT_TEXT, "text_at": _opt((list,), _extent, "[offset, bytes]"),
        "text_len": OPT_INT, **PART,
    },
    "figures": {
        "id": TEXT, "article": TEXT, "start": INT, "end": INT, "text": TEXT, "low": NUM,
        "high": NUM, "approx": TEXT, "unit": TEXT, "counted": OPT_TEXT, "counted_head": OPT_TEXT,
        "group": OPT_TEXT, "where": OPT_STRINGS, "where_basis": OPT_TEXT, "when": OPT_TEXT,
        "when_basis": OPT_TEXT, "source": OPT_TEXT, "source_basis": OPT_TEXT,
        "sentence": _opt((list,), _span, "[start, end]"), "reported": OPT_TEXT,
        "period": OPT_TEXT, "period_basis": OPT_TEXT, "event": OPT_TEXT, "origin": OPT_TEXT,
        "origin_kind": OPT_TEXT, "origin_basis": OPT_TEXT, "revises": OPT_TEXT,
    },
    "mentions": {
        "article": TEXT,
        "items": _opt((str,), _packed_items, "packed mentions (start,end,label,actor,n;...)"),
        "sentences": _opt((str,), _packed_spans, "packed spans (start,end;...)"),
    },
    "actors": {
        "id": TEXT, "name": TEXT, "type": OPT_TEXT, "kind": OPT_TEXT, "aliases": OPT_STRINGS,
        "n_mentions": OPT_INT, "articles": OPT_STRINGS,
        "mentions": _opt((dict,), _actor_mentions, "{article: packed spans}"),
        "n_articles": OPT_INT, **PART,
    },
    "links": {
        "a": TEXT, "b": TEXT, "weight": OPT_INT,
        "sentences": _opt((list,), _link_sentences, "[[article, start, end], ...]"),
    },
    "conflicts": {
        "id": TEXT, "quantity": OPT_TEXT, "key": OPT_TEXT,
        "verdict": (True, (str,), _one_of(VERDICTS), "one of " + ", ".join(VERDICTS)),
        "spread": _opt(NUMBER, _finite, "a finite number"), "reason": OPT_TEXT,
        "figures": OPT_STRINGS, "values": _opt((dict,), _values, "{figure: [low, high]}"),
        "pair": _opt((list,), _pair, "[figure, figure]"), "parent": OPT_TEXT,
        "kind": _opt((str,), _one_of(GROUPINGS), "one of " + ", ".join(GROUPINGS)),
        "n_known": OPT_INT, "n_gone": OPT_INT, "sources": OPT_STRINGS, **PART,
    },
    "user": {
        "op": TEXT, "a": (False, (str,), None, "text"), "b": (False, (str,), None, "text"),
        "actor": (False, (str,), None, "text"), "alias": (False, (str,), None, "text"),
    },
}
_PACKED = {_packed_items, _packed_spans, _actor_mentions}
# The same fields with the packed strings checked only for their type.
_SHALLOW = {table: {name: (req, kinds, None if check in _PACKED else check, words)
                    for name, (req, kinds, check, words) in fields.items()}
            for table, fields in FIELDS.items()}
UNIQUE = {"articles": "id", "figures": "id", "actors": "id", "conflicts": "id"}
# deep -> table -> (name, required, kinds, check), for ``_fits``
_COMPILED = {deep: {table: [(name, req, kinds, check) for name, (req, kinds, check, _) in
                            (FIELDS if deep else _SHALLOW)[table].items()] for table in FIELDS}
             for deep in (True, False)}


def problems(data: dict[str, Any], *, deep: bool = True) -> Iterator[str]:
    """Every field of a parsed store that does not have its declared shape, one line each, in
    table order; then offsets outside their article's text.

    ``deep`` also reads inside the packed strings of the mentions and actors tables (a third of
    the time to open a large store): the writer and ``doctor`` ask for it; the read API unpacks
    them one article or actor at a time and passes over what does not read."""
    lengths: dict[str, int] = {}
    shallow = _SHALLOW
    for table, fields in FIELDS.items():
        if table not in data:
            continue
        rows = data[table]
        if not isinstance(rows, dict):  # null too: TinyDB would read it as records
            yield f"the {table} table is not an object of records"
            continue
        seen: set[Any] = set()
        key = UNIQUE.get(table)
        for doc_id, row in rows.items():
            if not isinstance(row, dict):
                yield f"{table} record {doc_id} is not an object"
                continue
            checks = fields if deep else shallow[table]
            if not _fits(row, _COMPILED[deep][table]):  # the slow path names what is wrong
                yield from _row_problems(table, doc_id, row, checks)
            if key is not None:
                value = row.get(key)
                if type(value) is str:
                    if value in seen:
                        yield f"{table} record {doc_id}: {key} {value!r} is used twice"
                    seen.add(value)
            if table == "articles" and type(row.get("id")) is str:
                lengths[row["id"]] = text_length(row)
    yield from _offset_problems(data, lengths, deep=deep)


def _fits(row: dict[str, Any], fields: list[tuple[str, bool, tuple[type, ...], Check | None]]
          ) -> bool:
    """Whether a row has every field's shape: the one check of every row at every open, so a
    plain loop that stops at the first problem (``_row_problems`` then says which)."""
    get = row.get
    for name, required, kinds, check in fields:
        value = get(name, _MISSING)
        if value is _MISSING:
            if required:
                return False
        elif type(value) not in kinds or (check is not None and value is not None
                                          and not check(value)):
            return False
    return True


def _row_problems(table: str, doc_id: str, row: dict[str, Any],
                  fields: dict[str, Field]) -> Iterator[str]:
    for name, (required, kinds, check, expected) in fields.items():
        value = row.get(name, _MISSING)
        if value is _MISSING:
            if required:
                yield f"{table} record {doc_id} has no {name}"
        elif type(value) not in kinds or (check is not None and value is not None
                                          and not check(value)):
            yield f"{table} record {doc_id}: {name} is not {expected}"


_MISSING = object()


def _offset_problems(data: dict[str, Any], lengths: dict[str, int], *,
                     deep: bool) -> Iterator[str]:
    """Offsets the reader would draw beyond the end of their article's text."""
    for doc_id, row in _records(data, "figures"):
        length = _length(lengths, row)
        start, end = row.get("start"), row.get("end")
        if (length is not None and type(start) is int and type(end) is int
                and not 0 <= start <= end <= length):
            yield f"figures record {doc_id}: offsets {start}-{end} outside its article"
    for doc_id, row in _records(data, "mentions") if deep else ():
        length = _length(lengths, row)
        items, spans = row.get("items"), row.get("sentences")
        if length is None or type(items) is not str or not _packed_items(items):
            continue
        sentences = len(unpack_spans(spans)) if type(spans) is str and _packed_spans(spans) else 0
        for start, end, _, _, sentence in unpack_items(items):
            if not 0 <= start <= end <= length or not 0 <= sentence < sentences:
                yield f"mentions record {doc_id}: a mention at {start}-{end} is outside its article"
                break


def text_length(row: dict[str, Any]) -> int:
    """An article's length in characters, its text inline or in the side file."""
    text, length = row.get("text"), row.get("text_len")
    if isinstance(text, str):
        return len(text)
    return length if type(length) is int else 0


def _length(lengths: dict[str, int], row: dict[str, Any]) -> int | None:
    """The length of the text of the article a row points to (None: no such article)."""
    article = row.get("article")
    return lengths.get(article) if type(article) is str else None


def _records(data: dict[str, Any], table: str) -> Iterator[tuple[str, dict[str, Any]]]:
    rows = data.get(table)
    if isinstance(rows, dict):
        yield from ((k, v) for k, v in rows.items() if isinstance(v, dict))


def row_fits(table: str, row: Any) -> bool:
    """Whether one row read from a part has its table's shape (packed strings checked for their
    type only): the read API passes over one that does not, ``doctor`` names it."""
    return isinstance(row, dict) and next(_row_problems(table, "", row, _SHALLOW[table]),
                                          None) is None


def first_problem(data: dict[str, Any], *, deep: bool) -> tuple[str, int] | None:
    """The first problem and how many there are (counted up to 1,000), or None."""
    found = problems(data, deep=deep)
    first = next(found, None)
    if first is None:
        return None
    more = sum(1 for _ in zip(range(999), found, strict=False))
    return first, more + 1
