"""Places of a figure that the corpus knows are no places. The tagger calls a company's short
name a place now and then ("the prosecutor asked Velmar to refund" tags "Velmar" GPE where the
article and its sister articles write "Velmar Holdings" for the company), and a figure's ``where``
keeps what the tagger said of one mention. The corpus's actors, built from every mention, know
better: a name they resolve to a body is not where a quantity is, and a place's key made of it
would split one quantity's group in two."""

from __future__ import annotations

from store.conflicts.quantities import place_words
from store.conflicts.scope import Resolve, fold_name
from store.knowledge.countries import countries


def real_places(where: list[str], resolve: Resolve) -> list[str]:
    """The names of ``where`` that are places: all but those the corpus's actors resolve to an
    actor that is no place and whose own name is longer: the first words of a company's name
    ("Velmar" of "Velmar Holdings Ltda"), a word of a club's ("Dunmore" of "Athletic Dunmore
    Football Club", which the tagger may take for a person), or its initials ("NTA" of "National
    Tax Allotment"). A country is a place whatever its mentions say, and so is a name that is
    all of an actor's name: the tagger's wrong type for a region it names in full ("Capital
    Region" typed ORG) is no reason to lose the region, nor is a city that is also a club's
    short name ("Velmport") grounds to drop it, since the corpus cannot tell which one a figure
    means. A longer name with a place's word in it ("Northern Capital Region" for "NCR", "Velm
    City Council" for "Velm City") may be the place itself or its government: kept too."""
    places = getattr(resolve, "places", None)
    if places is None:  # the curated aliases alone know no actors' types
        return where
    names = getattr(resolve, "names", {})
    return [name for name in where if not _no_place(name, resolve, places, names)]


def _no_place(name: str, resolve: Resolve, places: frozenset[str], names: dict[str, str]) -> bool:
    if countries().country(name) is not None:
        return False
    actor = resolve(name)
    if actor is None or actor in places:
        return False
    full, short = fold_name(names.get(actor, "")), fold_name(name)
    if not short or short == full:
        return False
    words = full.split(" ")
    if any(w in place_words() for w in words):
        return False
    initials = "".join(w[0] for w in words if w and w not in _LINKS)
    return f" {short} " in f" {full} " or (name.isupper() and short == initials)


# the small words an acronym skips ("National Tax Allotment" NTA, "Bank of Velm" BV)
_LINKS = frozenset({"of", "the", "and", "for", "de", "da", "do", "dos", "das", "del", "la", "y",
                    "e"})
