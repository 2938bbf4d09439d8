"""A body named with its country after a hyphen, that the tagger cut there: "Météo-France",
"Pôle-France" read as the place "Météo" and the country "France", or as a person "Métro" and an
untagged "France". French, Spanish and Portuguese bodies are often named so (a common word, a
hyphen, the country), and the small English model knows the country too well to keep it inside
a name. The whole is one organisation's name where its first part is no name of its own in the
article (written nowhere else without the hyphen, no country, people or curated name): "the
Hamas-Israel war", "Russia-Ukraine talks", "the Gaza-Israel border" set two actors side by
side, and the first part of those is a name the article writes alone, or a country, or the
whole modifies a noun."""

from __future__ import annotations

import re

from store.extract.mentions.spans import DocView, Span
from store.knowledge.aliases import curated_entry
from store.knowledge.countries import countries

_CUT_LABELS = frozenset({"ORG", "GPE", "LOC", "PERSON", "NORP"})
# the country's word after the hyphen, ending the name: "-France", not "-France Télévisions"
_COUNTRY_TAIL = re.compile(r"-([A-Z][\w'’]*)(?![\w-])(?![ \t]+[A-Z])")


def with_country_tails(text: str, spans: list[Span], ctx: DocView) -> list[Span]:
    """The spans, a one-word span followed at once by "-" and a country's name (tagged as a
    span of its own or not) made one ORG span with it, where the first part is no name of its
    own in the article (``_own_name``) and the whole modifies no noun ("the Hamas-Israel
    war"); not where the whole is a country's name ("Guinea-Bissau")."""
    out: list[Span] = []
    skip_to = -1
    for i, span in enumerate(spans):
        if span.start < skip_to:
            continue  # the country's span, taken into the name before
        m = _COUNTRY_TAIL.match(text, span.end)
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        head = text[span.start:span.end]
        if m is None or span.label not in _CUT_LABELS or " " in head \
                or not countries().country(m.group(1)) \
                or countries().country(head + m.group()) \
                or (nxt is not None and nxt.start < m.end()
                    and (nxt.start, nxt.end) != (m.start(1), m.end(1))) \
                or _own_name(text, head) or _modifies_noun(ctx, m.end()):
            out.append(span)
            continue
        out.append(Span(span.start, m.end(), "ORG", span.curated))
        skip_to = m.end()
    return out


def _own_name(text: str, head: str) -> bool:
    """Whether the first part names something by itself: a country, a people, a curated name,
    or a word the article writes somewhere without a hyphen after it ("Hamas ... the
    Hamas-France talks")."""
    if countries().country(head) or countries().of_demonym(head) \
            or curated_entry(head) is not None:
        return True
    alone = re.compile(rf"(?<![\w-]){re.escape(head)}(?![\w-])")
    return alone.search(text) is not None


def _modifies_noun(ctx: DocView, end: int) -> bool:
    """Whether a lower-case noun follows the whole at once: "the Israel-Gaza war", "the
    Lyon-France line" name two places a thing lies between."""
    nxt = ctx.next_token(end)
    return nxt is not None and nxt.idx == end + 1 and nxt.pos_ == "NOUN" \
        and nxt.text[:1].islower()
