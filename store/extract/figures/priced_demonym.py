"""An amount given "for each" or "to every" one of a people, named by its demonym ("roughly
P35 for each Filipino counted", "€40 to every Syrian registered"): a sum per person. The pattern
of nouns after "each" (``measured._priced_per``) reads a lower-case noun only; a demonym in
capitals names one person of that people, and the guide writes a sum per head as per person."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.parse import text_of
from store.knowledge.countries import countries

if TYPE_CHECKING:
    from spacy.tokens import Span

PERSON = "person"
REACH = 40  # characters after the amount its "for each" may end at (a conversion between)
# "for each Filipino", "to every Kenyan": the distributive and the capitalised word after it;
# a conversion in brackets may stand between ("Tk 4 lakh ($3,300) for each Bangladeshi")
_EACH_OF_A_PEOPLE = re.compile(r"(?:\s*\([^()\n]{1,30}\))?\s+(?:for|to)\s+(?:each|every)\s+"
                               r"([A-Z][\w-]+)\b")


def priced_per_demonym(span: Span) -> str | None:
    """ "person" when the words right after the amount are "for each" or "to every" and a
    demonym of ``store/data/countries.toml`` (or a word the tagger marks as a people, NORP),
    in the singular; None for anything else ("for each Airbus", a name)."""
    text = text_of(span.doc)
    m = _EACH_OF_A_PEOPLE.match(text, span.end_char, span.end_char + REACH)
    if m is None:
        return None
    word = m.group(1)
    if countries().of_demonym(word) is not None:
        return PERSON
    tok = span.doc.char_span(m.start(1), m.end(1))
    return PERSON if tok is not None and len(tok) == 1 and tok[0].ent_type_ == "NORP" and (
        tok[0].tag_ == "NNP") else None
