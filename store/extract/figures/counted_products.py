"""A plural proper noun counts people when it names a people ("8,200 Pakistanis", "40,000
Democrats"), but not when it names made things: an initialism in the plural ("210,000 SUVs",
"300 MRIs") is an abbreviation of a common noun, and a plural after a brand's or maker's name
the tagger sees no group of people in ("12,000 Stanton Ridgelines") is a model of a product.
Either then counts what it says: its class, or its own plural."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.knowledge.countries import countries
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Token

# "SUVs", "MRIs", "ATMs": two or more capitals and a plural "s" (no people is written so)
_INITIALISM_PLURAL = re.compile(r"[A-Z]{2,}s")


def names_made_things(head: Token) -> bool:
    """Whether a plural proper noun names products rather than people: an initialism in the
    plural, or a plural under a proper name of its own that the tagger gives no people's
    entity (NORP) and that is no demonym."""
    if _INITIALISM_PLURAL.fullmatch(head.text):
        return True
    if head.ent_type_ == "NORP" or countries().of_demonym(head.text) is not None:
        return False
    return any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in head.lefts)


def initialism_class(head: Token) -> str | None:
    """The class an initialism in the plural counts as, by its singular ("SUVs" are vehicles,
    as "SUV" is), whichever tag the tagger gave it; None when it is none or in no class."""
    if not _INITIALISM_PLURAL.fullmatch(head.text):
        return None
    return units().count_classes.get(head.text[:-1].lower())
