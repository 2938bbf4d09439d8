"""Title, outlet, date and url of an article: from a folder's manifest, the file's front matter,
or the text itself, in that order of trust."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from store.errors import SkipFile
from store.extract import dates
from store.extract.mentions.outlets import dateline_agency
from store.ingest.reading import read_bytes

MANIFEST = "manifest.toml"
MANIFEST_MAX_BYTES = 1_000_000  # a manifest of 10,000 articles is about 1 MB
FIELDS = ("title", "outlet", "date", "url", "date_inferred", "date_basis")
YEAR_FROM_TEXT = "dateline, its year the latest the text writes"
TITLE_MAX = 140
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?\n)---[ \t]*\n", re.S)
_BOILERPLATE = re.compile(
    r"^(?:share|advertisement|advert|sponsored|menu|home|news|print|email|subscribe|"
    r"skip to (?:main )?content|sign in|log in|listen|watch|read more|related)$",
    re.I,
)


_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class Metadata:
    title: str
    outlet: str | None
    date: str | None
    date_inferred: bool
    date_basis: str | None
    url: str | None
    problems: tuple[str, ...] = field(default=())  # fields refused, one line each


@lru_cache(maxsize=256)
def _manifest(folder: Path, mtime: float) -> tuple[dict[str, dict], str | None]:
    """A folder's manifest and the line that says why it could not be read, if it could not.

    It is read like an article (a regular file, a size limit, never a FIFO or a device), so a
    manifest that is a link to ``/dev/zero`` or a named pipe cannot hang an ingest."""
    where = folder / MANIFEST
    try:
        data = tomllib.loads(read_bytes(where, MANIFEST_MAX_BYTES).decode("utf-8"))
    except SkipFile as exc:
        return {}, f"{where}: not read: {exc.reason}"
    except UnicodeDecodeError as exc:
        return {}, f"{where}: not read: not valid UTF-8 at byte {exc.start}"
    except tomllib.TOMLDecodeError as exc:
        return {}, f"{where}: not read: {exc}"  # tomllib's message names line and column
    return {k: v for k, v in data.items() if isinstance(v, dict)}, None


def manifest_entry(path: Path) -> tuple[dict, list[str]]:
    """The manifest fields for a file, if its folder has a manifest naming it, and the lines that
    say what of the manifest could not be used."""
    manifest = path.parent / MANIFEST
    try:
        mtime = manifest.lstat().st_mtime
    except OSError:
        return {}, []
    entries, problem = _manifest(path.parent, mtime)
    fields = {k: v for k, v in entries.get(path.name, {}).items() if k in FIELDS}
    return fields, [problem] if problem else []


def _checked(fields: dict, origin: str) -> tuple[dict, list[str]]:
    """Fields of a manifest entry or front matter with the right types, and a line for each one
    refused: a list or a number is never stored as its Python repr, an impossible date
    (``2024-13-45``) never reaches the figures."""
    kept: dict = {}
    problems = []
    for name, value in fields.items():
        if name == "date":
            value, problem = _date_field(value)
        elif name == "date_inferred":
            if isinstance(value, str) and value.lower() in ("true", "false"):
                value = value.lower() == "true"  # front matter is text
            problem = None if isinstance(value, bool) else "is not true or false"
        else:
            problem = None if isinstance(value, str) else f"is {_kind(value)}, not text"
        if problem:
            problems.append(f"{origin}: {name} {problem}; ignored")
        else:
            kept[name] = value
    return kept, problems


def _kind(value: object) -> str:
    return {list: "a list", dict: "a table", bool: "true/false", int: "a number",
            float: "a number"}.get(type(value), type(value).__name__)


def _date_field(value: object) -> tuple[str | None, str | None]:
    """A written date as a partial ISO date, or why it is none."""
    if isinstance(value, datetime):
        return value.date().isoformat(), None
    if isinstance(value, date):
        return value.isoformat(), None
    if not isinstance(value, str):
        return None, f"is {_kind(value)}, not a date"
    text = value.strip()
    m = _ISO_DATE.fullmatch(text)
    if m is None:
        resolved = dates.resolve(text, None) if text else None
        return (resolved, None) if resolved else (None, f"{text[:40]!r} is not a date")
    year, month, day = (int(g) if g else None for g in m.groups())
    try:
        date(year, month or 1, day or 1)  # type: ignore[arg-type]
    except ValueError:
        return None, f"{text!r} is not a date"
    return text, None


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
    then what the text says (a headline, a dateline and the news agency it credits, the latest
    date it mentions). Never the file's modification time: it says when the file was copied,
    so a store built from the same files on another day would date their figures otherwise;
    an article nothing dates stays undated (``corpus_dates`` may date it by its neighbours).
    A field of the wrong type, or a date that cannot be, is refused with a line naming the
    file."""
    front, front_problems = _checked(own if own is not None else front_matter(text),
                                     f"{path.name}: front matter")
    entry, problems = manifest_entry(path)
    listed, entry_problems = _checked(entry, f"{path.parent / MANIFEST}: {path.name}")
    fields = {**front, **listed}
    title = str(fields.get("title") or guess_title(text) or path.stem)
    date = fields.get("date")
    inferred = bool(fields.get("date_inferred", False))
    basis = fields.get("date_basis")
    if not date:
        dateline = dates.read_dateline(text)
        date = dateline[0] if dateline else None
        inferred = bool(dateline and dateline[1])
        basis = (YEAR_FROM_TEXT if inferred else "dateline") if date else None
    if not date:
        date = _latest_date_in(text)
        if date:
            inferred, basis = True, "latest date the text mentions"
    return Metadata(
        title=title,
        outlet=str(fields["outlet"]) if fields.get("outlet") else dateline_agency(text),
        date=date,
        date_inferred=inferred,
        date_basis=str(basis) if basis else None,
        url=str(fields["url"]) if fields.get("url") else None,
        problems=(*problems, *front_problems, *entry_problems),
    )
