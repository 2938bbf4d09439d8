"""Title, outlet, date and url of an article: from a folder's manifest, the file's front matter,
or the text itself, in that order of trust."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from store.extract import dates

MANIFEST = "manifest.toml"
FIELDS = ("title", "outlet", "date", "url", "date_inferred", "date_basis")
TITLE_MAX = 140
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?\n)---[ \t]*\n", re.S)
_BOILERPLATE = re.compile(
    r"^(?:share|advertisement|advert|sponsored|menu|home|news|print|email|subscribe|"
    r"skip to (?:main )?content|sign in|log in|listen|watch|read more|related)$",
    re.I,
)


@dataclass(frozen=True)
class Metadata:
    title: str
    outlet: str | None
    date: str | None
    date_inferred: bool
    date_basis: str | None
    url: str | None


@lru_cache(maxsize=256)
def _manifest(folder: Path, mtime: float) -> dict[str, dict]:
    try:
        with (folder / MANIFEST).open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def manifest_entry(path: Path) -> dict:
    """The manifest fields for a file, if its folder has a manifest naming it."""
    manifest = path.parent / MANIFEST
    try:
        mtime = manifest.stat().st_mtime
    except OSError:
        return {}
    return {k: v for k, v in _manifest(path.parent, mtime).get(path.name, {}).items()
            if k in FIELDS}


def front_matter(text: str) -> dict:
    """``key: value`` lines between ``---`` fences at the top of a Markdown file."""
    m = FRONT_MATTER.match(text)
    if not m:
        return {}
    fields = {}
    for line in m.group("body").splitlines():
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key in FIELDS:
            fields[key] = value.strip().strip("\"'")
    return fields


def body_start(text: str) -> int:
    """Where the text after the front matter starts (0 without front matter): front matter is
    metadata, never a place to look for figures ("date: 2024-09-20" is no figure 20)."""
    m = FRONT_MATTER.match(text)
    return m.end() if m else 0


def guess_title(text: str) -> str:
    """The first line that reads like a headline: not a date, not page furniture."""
    body = FRONT_MATTER.sub("", text, count=1)
    for line in body.splitlines():
        line = line.strip().lstrip("#").strip()
        if not line or _BOILERPLATE.match(line) or len(line.split()) < 3:
            continue
        found = dates.parse_absolute(line)
        if found and found[2] - found[1] >= len(line) - 12:
            continue  # a dateline
        if len(line) > TITLE_MAX:
            cut = line[:TITLE_MAX].rsplit(" ", 1)[0]
            return cut.rstrip(",;:") + "…"
        return line
    return ""


def _latest_date_in(text: str) -> str | None:
    """The most recent month-precision date the text mentions, as a fallback article date."""
    found = dates.all_absolute(text)
    return max(found)[:7] if found else None


def article_metadata(path: Path, text: str, own: dict | None = None) -> Metadata:
    """An article's metadata: its folder's manifest first, then what the file itself states
    (``own``: a web page's metadata, Markdown front matter; else the front matter of ``text``),
    then what the text says (a headline, a dateline, the latest date it mentions), then the
    file's modification time for the date."""
    fields = {**(own if own is not None else front_matter(text)), **manifest_entry(path)}
    title = str(fields.get("title") or guess_title(text) or path.stem)
    date = fields.get("date")
    date = str(date) if date else None
    inferred = bool(fields.get("date_inferred", False))
    basis = fields.get("date_basis")
    if date and not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", date):
        date = dates.resolve(date, None)
    if not date:
        date = dates.parse_dateline(text)
        basis = "dateline" if date else None
        inferred = False
    if not date:
        date = _latest_date_in(text)
        if date:
            inferred, basis = True, "latest date the text mentions"
    if not date:
        try:
            mtime = path.stat().st_mtime
            date = datetime.fromtimestamp(mtime, UTC).strftime("%Y-%m-%d")
            inferred, basis = True, "file modification time"
        except OSError:
            date = None
    return Metadata(
        title=title,
        outlet=str(fields["outlet"]) if fields.get("outlet") else None,
        date=date,
        date_inferred=inferred,
        date_basis=str(basis) if basis else None,
        url=str(fields["url"]) if fields.get("url") else None,
    )
