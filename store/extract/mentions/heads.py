"""A body's name whose head the tagger cut off, and a title's portfolio taken for a body.

The tagger often tags only the tail of a long "<Head> of <X> and <Y>" name: in "The Ministry of
Mines and Mining Industries has raised" it finds "Mining Industries" alone, so the ministry
becomes an actor called "Mining Industries" and "the ministry" later in the article finds no
ministry to stand for. And in "the Minister of Mines and Mining Industries has imposed" the same
tail is the minister's portfolio, no body at all: as an organisation it is one more company-like
name that "the company" or "the operator" could stand for.

So, for a tagged organisation written straight after untagged capitalised words that open with
a head noun and "of" or "for" ("Ministry of Energy and "):

* an organisation's head (``org_heads`` of ``store/data/names.toml``): the span takes in the head,
  the whole name is one organisation;
* a title styled by its portfolio (``portfolio_titles``: "Minister of", "Minister for"): the span
  is dropped, a portfolio names nobody (the person holding the title is named on their own);
* any title, when the span goes on past the portfolio into the holder's name ("Secretary of
  Mines, Water and Energy Ana Lind"): the span is the person's two words alone.

It also tags only the tail of a body named by a list before its head: in "the Velm Nurses,
Midwives and Carers Association" it finds "Velm Nurses", "Midwives" (a people, to it) and
"Carers Association", three actors where the text names one, and in "the Land and Water
Court" it may find "Water Court" alone. So an organisation whose last word is a head,
written straight after "the" and a list of capitalised words that ends in "and" ("the A, B
and "), takes the list in: the whole is one organisation. Only bodies and peoples the tagger
found in the list are taken in, and those only in a list with a comma ("the Senate and House
Committee", both tagged, stays two); a place or a person in it keeps the names apart ("the
Orla, Velm and Tarvos Water Board" is three places' board).
"""

from __future__ import annotations

import re

from store.extract.mentions.spans import Span
from store.knowledge.folding import fold
from store.knowledge.name_words import name_words

# the untagged start of a name right before a span: "Ministry of Energy and ", "Minister for "
_CUT_HEAD = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w'’-]*[ \t]+){0,3}(?:(?:and|&)[ \t]+)?$")
_REACH = 80  # characters looked at before a span
# the list before a body's head the tagger cut off: "the Velm Nurses, Midwives and "
_RUN = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
_CUT_LIST = re.compile(rf"(?<![\w'’-])[Tt]he[ \t]+((?:{_RUN},[ \t]+){{0,4}}{_RUN}[ \t]+(?:and|&)"
                       r"[ \t]+)$")
_LIST_REACH = 160


def with_cut_heads(text: str, spans: list[Span]) -> list[Span]:
    """The spans with every organisation's cut-off head taken back in, and every title's
    portfolio dropped; the spans stay in text order and never overlap."""
    nw = name_words()
    out: list[Span] = []
    for span in spans:
        if span.label != "ORG" or span.curated:
            out.append(span)
            continue
        start = max(out[-1].end if out else 0, span.start - _REACH)
        m = _CUT_HEAD.search(text, start, span.start)
        head = fold(m.group(1)) if m else ""
        if m is None or "\n" in m.group():
            out.append(span)
        elif head in nw.org_heads:
            out.append(Span(m.start(), span.end, "ORG"))
        elif head in nw.titles and m.end() == span.start \
                and (person := _holder(text, span)) is not None:
            out.append(person)
        elif head not in nw.portfolio_titles:
            out.append(span)
    return out


def _holder(text: str, span: Span) -> Span | None:
    """The person at the end of a title's portfolio the tagger took for one name with it:
    "Secretary of [Mines, Water and Energy Ana Lind]", "Secretary for [Health Ana Lind]": the
    two words after the portfolio's last word, the one after its last "and" (or its only word,
    a portfolio word of ``title_complements``), each capitalised; else None."""
    nw = name_words()
    words = list(re.finditer(r"\S+", text[span.start:span.end]))
    folded = [fold(w.group().rstrip(",")) for w in words]
    last_and = max((i for i, w in enumerate(folded) if w in ("and", "&")), default=None)
    if last_and is not None:
        first = last_and + 2
    elif folded and folded[0] in nw.title_complements:
        first = 1
    else:
        return None
    person = words[first:]
    if len(person) != 2 or not all(w.group()[:1].isupper() and fold(w.group()) not in nw.org_heads
                                   for w in person):
        return None
    return Span(span.start + person[0].start(), span.end, "PERSON")


def with_cut_lists(text: str, spans: list[Span]) -> list[Span]:
    """The spans with every organisation's cut-off list taken back in ("the Velm Nurses,
    Midwives and " before "Carers Association"), the names the tagger found in the list
    dropped; the spans stay in text order and never overlap."""
    heads = name_words().org_heads
    out: list[Span] = []
    for span in spans:
        words = text[span.start:span.end].split()
        m = None
        if span.label == "ORG" and not span.curated and fold(words[-1]) in heads:
            m = _CUT_LIST.search(text, max(0, span.start - _LIST_REACH), span.start)
        if m is None or "\n" in m.group():
            out.append(span)
            continue
        inside = [s for s in out if s.end > m.start(1)]
        listed = "," in m.group(1)
        if any(s.start < m.start(1) or s.curated or s.label not in ("ORG", "NORP")
               or not listed for s in inside):
            out.append(span)
            continue
        del out[len(out) - len(inside):]
        out.append(Span(m.start(1), span.end, "ORG"))
    return out
