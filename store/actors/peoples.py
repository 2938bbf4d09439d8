"""A nationality word written alone is the country's people, an actor of its own: "Kenyans
queued for hours", "two Danish climbers", "Indian nationals" name the people the copy counts,
not the state a fact-checker looks up (one actor for all the words of one country: "Kenyan",
"Kenyans"). On a state's body or its officials ("the Turkish government", "Iraqi forces",
"Czech officials") the word names the state, and stays with its country.

Every rule of ``store.actors.resolve`` reads the word as its country ("Kenyan officials said
... the government": Kenya's); only the actors it ends in keep the people apart, so the
descriptions it settled keep their country. One lookup a mention.
"""

from __future__ import annotations

from collections.abc import Mapping

from store.actors.described import on_official
from store.actors.records import MentionRecord
from store.knowledge.countries import countries


def people_groups(curated: Mapping[str, int]) -> dict[str, int]:
    """Each nationality word's key ("kenyan", "kenyans") -> the number of its country's people
    (below -1, no node's: one per country), but for a word that is also a country's name or a
    curated name (``curated``: keys of aliases.toml), which stays what it names."""
    known = countries()
    by_country: dict[str, int] = {}
    groups: dict[str, int] = {}
    for key, country in sorted(known.demonyms.items()):
        if key not in known.by_key and key not in curated:
            groups[key] = by_country.setdefault(country, -2 - len(by_country))
    return groups


def people_of(m: MentionRecord, groups: Mapping[str, int], text: str) -> int:
    """The people's number ``m`` stands for, -1 if none: a nationality word not on a state's
    body or its officials."""
    group = groups.get(m.key, -1)
    if group == -1 or on_official(text, m.end):
        return -1
    return group
