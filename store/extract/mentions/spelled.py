"""Names the tagger missed that their own acronym spells out: "with help from the Public
Defender's Office (PDO)" where the tagger found nothing, or only "Defender's Office".

Capitalised words straight before an acronym in parentheses, whose initials (joining words
such as "of", "for", "the" and "and" aside) are exactly the acronym, are a name: an organisation,
the acronym's definition. The words are never guessed at: every capital of the acronym must
start one of them, in order, and no capitalised word may be left over at the front, so
"Thursday the Public Defender's Office (PDO)" is still the office alone. A word written in
capitals inside the name may stand for all its letters, as an acronym within a name does
("Universities UK (UUK)", "US Grains Council (USGC)"), or for its first. The acronym itself
is then found by ``outlets.defined_acronyms`` like any other defined one.
"""

from __future__ import annotations

import re

from store.extract.mentions.spans import Span

_ACRONYM = re.compile(r"[ \t]+\(([A-Z]{2,8})\)")
_WORD = re.compile(r"[\w'’-]+")
_JOINING = frozenset({"of", "for", "the", "and", "on", "de", "del", "la", "des", "du"})
_REACH = 120  # characters looked at before the acronym
_INNER_ACRONYM = re.compile(r"[A-Z]{2,4}")


def spelled_spans(text: str) -> list[Span]:
    """Every untagged name its acronym in parentheses spells (overlaps settle later: a longer
    span the tagger made wins, a shorter one of the same words loses)."""
    found = []
    for m in _ACRONYM.finditer(text):
        acronym = m.group(1)
        words = list(_WORD.finditer(text, max(0, m.start() - _REACH), m.start()))
        if not words or words[-1].end() != m.start():
            continue
        span = _spelled(text, words, acronym)
        if span is not None:
            found.append(span)
    return found


def _spelled(text: str, words: list[re.Match[str]], acronym: str) -> Span | None:
    """The run of words ending at the acronym whose capitals are the acronym; None if none. A
    word in capitals may give its first letter or all of them ("Velm UK Trust (VUT)",
    "Universities UK (UUK)"): the endings of the acronym spelled so far, each way."""
    spelled = {""}
    for i in range(len(words) - 1, -1, -1):
        w = words[i].group()
        if i + 1 < len(words) and text[words[i].end():words[i + 1].start()].strip():
            return None  # punctuation between the words: no one name
        if not w[:1].isupper():
            if w.lower() in _JOINING:
                continue
            return None
        spelled = {f + s for s in spelled
                   for f in {w[0], *((w,) if _INNER_ACRONYM.fullmatch(w) else ())}
                   if acronym.endswith(f + s)}
        if not spelled:
            return None
        if acronym in spelled:
            before = words[i - 1] if i else None
            if before is not None and before.group()[:1].isupper() \
                    and before.group().lower() not in _JOINING \
                    and not text[before.end():words[i].start()].strip():
                return None  # a capitalised word left over: not sure where the name starts
            return Span(words[i].start(), words[-1].end(), "ORG")
    return None
