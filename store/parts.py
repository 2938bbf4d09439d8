"""What the reader reads one at a time, beside the store: each article's figures and mentions,
each actor's mention map, each conflict group's members (schema 4).

Schema 3 took the texts out of the JSON, yet a 100,000-article store still parsed 1.2 GB of
figures, mentions, actor maps and group members at every open (41 s, 9 GB). From schema 4 the
JSON keeps what a first screen needs (article metadata and counts, actor names, group verdicts)
and every row that is read one article, actor or group at a time is a *part*: a record of
compressed JSON in the store's side file, written once per content like the texts
(``store.texts``) and named by its owner's row (``parts_at``: [offset, bytes]; zlib's checksum
tells a damaged one).

- an article's part: ``{"figures": {doc id: row}, "mentions": {doc id: row}, "groups":
  {figure id: [group id, ...]}}``; the last is an index for ``Corpus.group_of``, derived here;
- an actor's part: ``{"mentions": {article: packed spans}, "articles": [...]}``, its row
  gaining ``n_articles``;
- the links table, one part named by the meta row: ``{"links": {doc id: row}}``;
- a group's part: ``{"figures": [...], "values": {...}}`` (and ``gone``: its figures the store
  no longer holds), its row gaining ``n_known`` (the others) and ``sources`` (who gives them),
  derived here for the conflicts screen, which lists every group without reading one member.

The writer works on whole tables as before: ``join`` puts every part back into its table when a
store is read for writing, and ``move_out`` takes them out again when it is written, appending
only the parts whose content changed. Crash safety is the texts': parts are appended and synced
before the JSON's rename, and bytes once written never change. A row that holds its figures or
group members inline (schema 3, a hand-made store, a figure of an article the store lacks) stays
inline and is read as before.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

import orjson

from store.errors import ClaimscopeError
from store.texts import LEVEL, TextPack, TextsMissing, append_blobs, text_ends

AT = "parts_at"
#: fields this module derives when it writes a row; ``join`` drops them again
DERIVED = {"conflicts": ("n_known", "n_gone", "sources"), "actors": ("n_articles",),
           "meta": ("n_figures", "odd_figures")}
#: what a group's part holds; an actor's part
GROUP_FIELDS, ACTOR_FIELDS = ("figures", "values"), ("mentions", "articles")


def has_part(row: Any) -> bool:
    """Whether a row names a part in the side file."""
    at = row.get(AT) if isinstance(row, dict) else None
    return isinstance(at, list) and len(at) == 2 and all(type(v) is int and v >= 0 for v in at)


def part_ends(data: dict[str, Any]) -> list[int]:
    """Where each part named by the JSON ends in the side file."""
    return [row[AT][0] + row[AT][1] for table in ("articles", "actors", "conflicts", "meta")
            for row in _values(data, table) if has_part(row)]


def side_reach(data: dict[str, Any]) -> int:
    """How far into the side file the rows of a parsed store reach (its texts' and its parts'
    ends; ``texts.check_reach``), 0 when they name nothing there."""
    return max(text_ends(_values(data, "articles")) + part_ends(data), default=0)


def _values(data: dict[str, Any], table: str) -> list[Any]:
    rows = data.get(table)
    return list(rows.values()) if isinstance(rows, dict) else []


class PartDamaged(ClaimscopeError):
    def __init__(self, store: Path, side: Path, offset: int) -> None:
        super().__init__(f"the figures, mentions and groups of the store {store} are kept in "
                         f"{side}, which is damaged at byte {offset} (restore it with the store "
                         "from a copy, or ingest the articles again)")


def read_part(pack: TextPack, row: dict[str, Any]) -> dict[str, Any]:
    """A row's part, parsed; raises ``ClaimscopeError`` if the side file is missing or the part
    does not read as a JSON object."""
    return _read(pack, row[AT])[1]


def _read(pack: TextPack, at: list[int]) -> tuple[str, dict[str, Any]]:
    """A part as stored (its JSON) and parsed."""
    raw = ""
    try:
        raw = pack.read(at)
        part = orjson.loads(raw)
    except TextsMissing:
        if not pack.path.exists():
            raise
        part = None
    except orjson.JSONDecodeError:
        part = None
    if not isinstance(part, dict):
        raise PartDamaged(pack.store, pack.path, at[0])
    return raw, part


def join(store: Path, data: dict[str, Any], *,
         problems: list[str] | None = None) -> dict[str, list[int]]:
    """Put every part back into its table, in place (the writer and ``doctor`` work on whole
    tables), and return the parts the side file holds by address (what ``move_out`` need not
    write again). With ``problems``, a part that does not read is a line there and left out;
    without, it raises."""
    pack = TextPack(store)
    try:
        return _join(pack, data, problems)
    finally:
        pack.close()


def _join(pack: TextPack, data: dict[str, Any],
          problems: list[str] | None) -> dict[str, list[int]]:
    known: dict[str, list[int]] = {}

    def part_of(row: dict[str, Any], what: str) -> dict[str, Any]:
        at = row.pop(AT)
        try:
            raw, part = _read(pack, at)
        except ClaimscopeError as exc:
            if problems is None or not pack.path.exists():
                raise  # a missing side file is one line, not one per part
            problems.append(f"{what}: {exc}")
            return {}
        known[address(raw.encode("utf-8"))] = at
        return part

    for row in _values(data, "articles"):
        if has_part(row):
            part = part_of(row, f"article {row.get('id')}")
            for name in ("figures", "mentions"):
                _merge(data, name, part.get(name))
    for row in _values(data, "meta"):
        if isinstance(row, dict):
            for name in DERIVED["meta"]:
                row.pop(name, None)
            if has_part(row):
                _merge(data, "links", part_of(row, "the links").get("links"))
    for table, fields in (("actors", ACTOR_FIELDS), ("conflicts", GROUP_FIELDS)):
        for row in _values(data, table):
            if not isinstance(row, dict):
                continue
            for name in DERIVED.get(table, ()):
                row.pop(name, None)
            if has_part(row):
                part = part_of(row, f"{table} record {row.get('id')}")
                row.update({k: part[k] for k in fields if k in part})
    return known


def _merge(data: dict[str, Any], table: str, rows: Any) -> None:
    """A part's rows back into their table (one that is not a table stays so, for ``doctor``)."""
    found = data.setdefault(table, {})
    if isinstance(found, dict) and isinstance(rows, dict):
        found.update(rows)


def address(blob: bytes) -> str:
    import hashlib  # the writer's alone (see ``texts.address``)

    return hashlib.sha256(blob).hexdigest()


def move_out(store: Path, data: dict[str, Any], disk_articles: dict[str, Any],
             known: dict[str, list[int]], *, sync: bool = True) -> dict[str, Any]:
    """The tables as written to disk: figures and mentions in their article's part, actor maps
    and group members in theirs, each part appended (synced, unless ``sync=False``) unless its
    content is in ``known`` (the parts already in the side file, which gains the new ones).
    ``disk_articles``: the articles table as written, its texts already moved out."""
    articles = data.get("articles")
    if not isinstance(articles, dict):
        return data
    ids = {row["id"] for row in articles.values() if isinstance(row, dict)
           and isinstance(row.get("id"), str)}
    owned: dict[str, dict[str, dict[str, Any]]] = {}
    inline: dict[str, dict[str, Any]] = {"figures": {}, "mentions": {}}
    figure_rows: dict[str, dict[str, Any]] = {}
    for name in ("figures", "mentions"):
        for doc_id, row in (data.get(name) or {}).items():
            article = row.get("article") if isinstance(row, dict) else None
            if article in ids:
                owned.setdefault(article, {"figures": {}, "mentions": {}})[name][doc_id] = row
                if name == "figures" and isinstance(row.get("id"), str):
                    figure_rows[row["id"]] = row
            else:  # no article of the store to hold it: kept inline, as the reader skips it
                inline[name][doc_id] = row
    writer = _PartWriter(known)
    groups_by_figure: dict[str, list[str]] = {}
    conflicts = {}
    for doc_id, row in (data.get("conflicts") or {}).items():
        if not isinstance(row, dict) or not isinstance(row.get("figures"), list):
            conflicts[doc_id] = row
            continue
        members = [f for f in row["figures"] if f in figure_rows]
        for fid in members:
            groups_by_figure.setdefault(fid, []).append(row.get("id"))
        sources = {figure_rows[f].get("source") or "the article" for f in members}
        disk = {k: v for k, v in row.items() if k not in GROUP_FIELDS}
        disk.update(n_known=len(members), sources=sorted(s for s in sources if type(s) is str))
        part = {k: row[k] for k in GROUP_FIELDS if k in row}
        if len(members) < len(row["figures"]):  # the read API leaves these out
            part["gone"] = [f for f in row["figures"] if f not in figure_rows]
            disk["n_gone"] = len(part["gone"])
        conflicts[doc_id] = writer.place(disk, part)
    out_articles = dict(disk_articles)
    for doc_id, row in articles.items():
        if isinstance(row, dict) and row.get("id") in owned:
            part = owned[row["id"]]
            index = {fid: groups_by_figure[fid] for fid in
                     (r.get("id") for r in part["figures"].values()) if fid in groups_by_figure}
            out_articles[doc_id] = writer.place(dict(disk_articles[doc_id]),
                                                {**part, "groups": index})
    actors = {}
    for doc_id, row in (data.get("actors") or {}).items():
        if isinstance(row, dict) and any(k in row for k in ACTOR_FIELDS):
            disk = {k: v for k, v in row.items() if k not in ACTOR_FIELDS}
            if isinstance(row.get("articles"), list):
                disk["n_articles"] = len(row["articles"])
            actors[doc_id] = writer.place(disk, {k: row[k] for k in ACTOR_FIELDS if k in row})
        else:
            actors[doc_id] = row
    odd = {fid: row["article"] for fid, row in figure_rows.items()
           if not fid.startswith(f"{row['article']}:")}  # found by id without a search
    derived = {"n_figures": len(figure_rows), **({"odd_figures": odd} if odd else {})}
    meta = {doc_id: {**row, **derived} if isinstance(row, dict) else row
            for doc_id, row in (data.get("meta") or {}).items()}
    links = data.get("links")
    if len(meta) == 1 and isinstance(links, dict) and links:  # read when an actor's are shown
        only = next(iter(meta))
        if isinstance(meta[only], dict):
            meta[only] = writer.place(meta[only], {"links": links})
            links = {}
    writer.flush(store, sync=sync)
    out = {**data, "meta": meta, "articles": out_articles, "figures": inline["figures"],
           "mentions": inline["mentions"], "actors": actors, "conflicts": conflicts}
    if "links" in data:  # a table TinyDB has not written yet stays unwritten
        out["links"] = links
    return out


class _PartWriter:
    """Parts to append, each once; the rows that name them get their place at ``flush``."""

    def __init__(self, known: dict[str, list[int]]) -> None:
        self.known = known
        self.blobs: list[bytes] = []
        self.new: dict[str, int] = {}  # address -> index into blobs
        self.named: list[tuple[dict[str, Any], str]] = []

    def place(self, disk: dict[str, Any], part: dict[str, Any]) -> dict[str, Any]:
        """``disk``, the row as written, will name ``part``."""
        blob = orjson.dumps(part)
        sha = address(blob)
        if sha not in self.known and sha not in self.new:
            self.new[sha] = len(self.blobs)
            self.blobs.append(zlib.compress(blob, LEVEL))
        self.named.append((disk, sha))
        return disk

    def flush(self, store: Path, *, sync: bool = True) -> None:
        if self.blobs:
            offset = append_blobs(store, self.blobs, sync=sync)
            for sha, n in sorted(self.new.items(), key=lambda item: item[1]):
                self.known[sha] = [offset, len(self.blobs[n])]
                offset += len(self.blobs[n])
        for disk, sha in self.named:
            disk[AT] = self.known[sha]
