"""An article file as the text claimscope stores, and the metadata the file itself carries.

Three kinds of file are read: plain text (``.txt``), Markdown (``.md``, whose front matter is
metadata: it is blanked out of the parsed text, character for character, so no figure is ever
read there, and offsets still index the file as written; the stored text keeps the values of
its naming lines, ``title:``, ``outlet:``, the issuing body's (``issuer:``,
``organisation:``, ``regulator:``, ``department:``, ``ministry:``) and its reference
number's (``reference:``, ``bulletin_no:``), whose names are actors' mentions:
``store.extract.mentions.front``) and saved web pages (``.html``,
``.htm``: the main text only, ``store.ingest.webpage``). Word-processor and PDF files are
refused with a line that says what is read, rather than passed over in silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from store.ingest.metadata import FRONT_MATTER, front_matter
from store.ingest.reading import DEFAULT_MAX_BYTES, read_article
from store.knowledge.folding import is_acronym, name_tokens
from store.knowledge.name_words import name_words

TEXT_SUFFIXES = (".txt", ".md")
PAGE_SUFFIXES = (".html", ".htm")
READ_SUFFIXES = TEXT_SUFFIXES + PAGE_SUFFIXES
#: documents people keep next to articles that claimscope does not read
REFUSED_SUFFIXES = (".docx", ".doc", ".odt", ".rtf", ".pdf", ".epub", ".pages")


@dataclass(frozen=True)
class Document:
    """The text to store, a note on how it was decoded, and the metadata the file states."""

    text: str
    note: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    # the front matter's naming values, as (start, end, value) in the text: blank in
    # ``text``, written in the file (``store.extract.mentions.front``)
    front: tuple[tuple[int, int, str], ...] = ()


def load_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one article file; raises SkipFile with the reason when it cannot be read."""
    decoded = read_article(path, max_bytes=max_bytes)
    if path.suffix.lower() in PAGE_SUFFIXES:
        from store.ingest.webpage import read_page  # deferred: trafilatura, for pages only

        page = read_page(decoded.text)
        return Document(page.text, decoded.note, page.fields)
    text = blank_front_matter(decoded.text)
    values = naming_values(decoded.text) if text != decoded.text else ()
    return Document(text, decoded.note, front_matter(decoded.text), values)


# a release's front matter names its issuer as its headline does: "issuer: Velm Water Agency",
# "organisation: Velm Water Agency (VWA), press release", "regulator: VSC", "department: ...",
# "ministry: ..."; its reference number opens with the issuer's short form ("reference:
# VWA/PR/2030/014", "bulletin_no: VWA-07"). Not "country:": a lone place's word there would take
# whatever label the body's first mention of it has, a body's too
_NAMING_LINE = re.compile(r"^(?:title|outlet|issuer|organi[sz]ation|regulator|department|ministry"
                          r"|(?P<ref>reference|ref|[a-z]+_no))[ \t]*:"
                          r"[ \t]*[\"']?(.*?)[\"']?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_SHORT_FORM = re.compile(r"[A-Z]{2,}")  # what a reference number may name: "VWA" of "VWA/PR/14"


def naming_values(text: str) -> tuple[tuple[int, int, str], ...]:
    """The values of the front matter's naming lines (``_NAMING_LINE``: title, outlet, the
    body that issues a release, and a reference number with a short form in capitals), quotes
    left out, with where the file's text writes them."""
    found = FRONT_MATTER.match(text)
    if not found:
        return ()
    body = found.start("body")
    return tuple((body + m.start(2), body + m.end(2), m.group(2))
                 for m in _NAMING_LINE.finditer(found.group("body")) if m.end(2) > m.start(2)
                 and (not m.group().lower().startswith("department") or _a_bodys_name(m.group(2)))
                 and (m.group("ref") is None or _SHORT_FORM.search(m.group(2)) is not None))


def _a_bodys_name(value: str) -> bool:
    """Whether a ``department:`` value reads as a body's name: a word of it a body's head
    ("Ministry of Ports", "Velm Water Agency") or the whole of it in capitals, a body's short
    form ("KSC"). News front matter writes the paper's section there ("department: Business"),
    which names nobody."""
    words = name_tokens(value)
    heads = name_words().org_heads
    return any(w in heads for w in words) or is_acronym(value.strip())


def blank_front_matter(text: str) -> str:
    """The text with its front matter (``---`` fences included) turned to spaces, its line
    breaks kept: the same length, so every offset past it is the file's own."""
    found = FRONT_MATTER.match(text)
    if not found:
        return text
    return re.sub(r"[^\n]", " ", found.group()) + text[found.end():]
