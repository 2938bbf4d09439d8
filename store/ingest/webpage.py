"""A saved web page as an article: its main text and the metadata the page itself states.

Fact-checkers keep articles as saved pages, with the site's navigation, comments, sidebars and
adverts around the story. The main text is found by trafilatura (see the README for why this
library): it keeps the article's paragraphs and drops the furniture, and reads title, site name,
date and address from the page's own metadata (``<title>``, Open Graph, JSON-LD, ``<time>``).
Only that text is stored, so figure and mention offsets index what the reader shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.errors import SkipFile

# htmldate's options: the date the page states in its metadata (the first publication, not a
# later edit), never one guessed from the words of the page or its address.
_DATE_OPTIONS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
_BLANK_RUNS = re.compile(r"[ \t]+")
# fewer words than this is a menu or a caption the extractor fell back on, not an article
MIN_WORDS = 12


@dataclass(frozen=True)
class Page:
    """The page's main text, paragraphs apart, and what its metadata says of it."""

    text: str
    fields: dict[str, str] = field(default_factory=dict)  # title, outlet, date, url


def read_page(markup: str) -> Page:
    """The main text and metadata of one page; SkipFile when it holds no article text."""
    # deferred: trafilatura and lxml load only when a web page is ingested
    import trafilatura

    doc = trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, favor_precision=True, deduplicate=False,
        date_extraction_params=dict(_DATE_OPTIONS))
    if doc is None or len((doc.text or "").split()) < MIN_WORDS:
        raise SkipFile("web page with no article text found")
    paragraphs = [_BLANK_RUNS.sub(" ", line).strip() for line in doc.text.splitlines()]
    paragraphs = [p for p in paragraphs if p]
    title = " ".join((doc.title or "").split())
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)  # the headline opens the text, as in a saved .txt article
    fields = {"title": title, "outlet": doc.sitename, "date": doc.date, "url": doc.url}
    return Page("\n\n".join(paragraphs) + "\n",
                {k: " ".join(v.split()) for k, v in fields.items() if v and v.strip()})
