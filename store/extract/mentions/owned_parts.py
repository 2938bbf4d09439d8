"""A body's part described as its owner's and set beside its name: "through Orla-VT, its
consumer protection unit,", "The office's fraud unit, Orla-VT,", "Orla-VT, the consumer
protection unit of the state prosecutor's office".

"its union" alone may be any body of the kind, and "the unit of the X" reads like the start of a
name, so neither is a description on its own (``store.extract.mentions.descriptions``); set
beside a name by a comma, the phrase says what that named body is, as "Orla-VT, the unit," does.
The owner keeps its own mention ("The office's" is the office): the description is the part's
words, after the possessive. Resolution joins it to the name beside it
(``store.actors.described``) and to nothing else.
"""

from __future__ import annotations

import re
from functools import cache

from store.extract.mentions.spans import DocView, Span
from store.knowledge.descriptions import descriptions
from store.knowledge.folding import fold

DESC = "DESC"
MAX_MODIFIERS = 3
# "its " or a possessive's mark and a space: where the part's words start
_OWNER = re.compile(r"(?:(?<![\w'’-])[Ii]ts|\w['’]s)[ \t]+(?=[a-z])")
# "the <part's words> of" straight after a name and a comma: "Orla-VT, the unit of the ..."
_PART_OF = re.compile(r"[\w)\]],[ \t]+(the[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*)"
                      r"[ \t]+of[ \t]")
_WORD = re.compile(r"[a-z][\w-]*")
_MODIFIER_POS = frozenset({"NOUN", "ADJ", "PROPN"})
_BESIDE_BEFORE = re.compile(r"[\w.][)\]]?,[ \t]+(?:through[ \t]+)?$")
_NAME_AFTER = re.compile(r",[ \t]+(?:the[ \t]+)?[A-Z]")


def owned_part_spans(text: str, ctx: DocView) -> list[Span]:
    """Each part described after "its" or an owner's possessive and set beside a name by a
    comma, and each "the <part> of" set after a name and a comma."""
    found: list[Span] = []
    for m in _OWNER.finditer(text):
        end = _part_end(text, m.end(), ctx)
        if end is None or text[end:end + 1] in ("'", "’"):
            continue
        pronoun = m.group()[:3].lower() == "its"
        start = m.start() if pronoun else m.end()
        beside = _NAME_AFTER.match(text, end) is not None or (
            pronoun and _BESIDE_BEFORE.search(text, max(0, m.start() - 40), m.start()))
        if beside:
            found.append(Span(start, end, DESC))
    for m in _PART_OF.finditer(text):
        start = m.start(1)
        end = _part_end(text, start + 4, ctx)
        if end == m.end(1):
            found.append(Span(start, end, DESC))
    return found


def _part_end(text: str, pos: int, ctx: DocView) -> int | None:
    """Where lowercase modifiers (nouns, adjectives) from ``pos`` end on a body's head noun
    that ends its phrase; None where none does within three words."""
    for i, w in enumerate(_WORD.finditer(text, pos, min(len(text), pos + 80))):
        if text[pos:w.start()].strip() or i > MAX_MODIFIERS:
            return None
        token = ctx.token_at(w.start())
        if token is None or token.idx != w.start():
            return None
        nxt = ctx.next_token(w.end())
        if fold(w.group()) in _part_heads() and token.pos_ == "NOUN" and (
                nxt is None or nxt.pos_ not in ("NOUN", "PROPN") or not nxt.text.islower()):
            return w.end()
        if token.pos_ not in _MODIFIER_POS:
            return None
        pos = w.end()
    return None


@cache
def _part_heads() -> frozenset[str]:
    """The head nouns of a body a name stands for ("unit", "office", "agency"), not a
    person's."""
    heads = descriptions().by_head
    return frozenset(head for head, rules in heads.items()
                     if any("ORG" in rule.types for rule in rules)
                     and not any("PERSON" in rule.types for rule in rules))
