"""Curated names (``store/data/aliases.toml``) found in the text, also where the tagger missed
them ("IS" in "IS leader"); a name set in capitals only is matched in capitals, and not inside a
line set in capitals."""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.mentions.spans import DocView, Span
from store.extract.tries import trie_pattern
from store.knowledge.aliases import alias_entries, curated_entry
from store.knowledge.folding import fold


@lru_cache(maxsize=1)
def _curated_pattern() -> re.Pattern[str]:
    the = re.compile(r"^the\s+", re.IGNORECASE)
    bare = {the.sub("", n) for e in alias_entries() for n in e.names}
    names = sorted(bare, key=len, reverse=True)
    # a trie, not a list: the pattern is tried at every character of an article
    pattern = trie_pattern([_atoms(name) for name in names])
    return re.compile(r"(?<![\w@#-])(?:" + pattern + r")(?![\w$])", re.IGNORECASE)


def _atoms(name: str) -> list[str]:
    """A name as the trie's atoms: a space is any run of white space, an apostrophe either
    mark, every other character itself."""
    return [r"\s+" if c == " " else "['’]" if c in "'’" else re.escape(c) for c in name]


@lru_cache(maxsize=1)
def _capital_only() -> tuple[frozenset[str], frozenset[str]]:
    """Curated names written without a lowercase letter ("IS", "U.S."): matched in that case.
    Returns the names and their folded forms."""
    caps = frozenset(n for e in alias_entries() for n in e.names
                     if not any(c.islower() for c in n))
    return caps, frozenset(fold(n) for n in caps)


def curated_spans(text: str, ctx: DocView) -> list[Span]:
    found = []
    caps, folded_caps = _capital_only()
    for m in _curated_pattern().finditer(text):
        surface = m.group()
        if not surface[:1].isupper() or (surface not in caps and fold(surface) in folded_caps):
            continue
        entry = curated_entry(surface)
        if entry is None:
            continue
        if len(surface) <= 3 and ctx.is_stop(surface) and in_capitals_run(text, m.start(),
                                                                            m.end()):
            continue
        found.append(Span(m.start(), m.end(), entry.type, curated=True))
    return found


def in_capitals_run(text: str, start: int, end: int) -> bool:
    """A headline or credit set in capitals, where "IS" or "US" is just a word."""
    before = re.search(r"([A-Za-z]+)[^A-Za-z\n]{0,3}$", text[max(0, start - 30):start])
    after = re.match(r"[^A-Za-z\n]{0,3}([A-Za-z]+)", text[end:end + 30])
    return any(w and len(w.group(1)) > 1 and w.group(1).isupper() for w in (before, after))
