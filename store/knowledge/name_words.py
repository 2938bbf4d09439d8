"""The words around names (``store/data/names.toml``): titles, particles, suffixes, caption and
event words, document words, place designators, the last words of natural features' names, the
heads of organisation names, the prefixes of vessels' names, and the function words and title
words the tagger glues on. Folded
for lookup and loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from store.knowledge.folding import fold
from store.knowledge.loader import load_data


@dataclass(frozen=True)
class NameWords:
    titles: frozenset[str]
    place_titles: frozenset[str]
    title_complements: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    caption_words: frozenset[str]
    event_words: frozenset[str]
    event_heads: frozenset[str]
    document_words: frozenset[str]
    place_designators: frozenset[str]
    feature_words: frozenset[str]
    org_heads: frozenset[str]
    function_words: frozenset[str]
    articles: frozenset[str]
    title_qualifiers: frozenset[str]
    honorifics: frozenset[str]
    legal_suffixes: frozenset[str]
    site_nouns: frozenset[str] = frozenset()
    byline_roles: frozenset[str] = frozenset()
    portfolio_titles: frozenset[str] = frozenset()
    route_nouns: frozenset[str] = frozenset()
    vessel_prefixes: frozenset[str] = frozenset()
    event_nouns: frozenset[str] = frozenset()
    masthead_words: frozenset[str] = frozenset()
    party_heads: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    month_abbreviations: frozenset[str] = frozenset()
    weekdays: frozenset[str] = frozenset()
    scope_words: frozenset[str] = frozenset()
    state_scope_words: frozenset[str] = frozenset()
    site_titles: frozenset[str] = frozenset()
    body_designators: frozenset[str] = frozenset()
    office_heads: frozenset[str] = frozenset()
    compass_words: frozenset[str] = frozenset()
    joining_particles: frozenset[str] = frozenset()
    english_particles: frozenset[str] = frozenset()
    surname_particles: frozenset[str] = frozenset()
    surname_particle_runs: frozenset[str] = frozenset()
    spelled_legal_suffixes: frozenset[str] = frozenset()
    business_words: frozenset[str] = frozenset()
    credit_openers: frozenset[str] = frozenset()
    place_part_heads: frozenset[str] = frozenset()
    club_designators: frozenset[str] = frozenset()
    competition_nouns: frozenset[str] = frozenset()
    dropped_given_names: frozenset[str] = frozenset()
    kin_words: frozenset[str] = frozenset()
    either_side_heads: frozenset[str] = frozenset()
    saint_titles: frozenset[str] = frozenset()
    saint_body_heads: frozenset[str] = frozenset()
    settlement_nouns: frozenset[str] = frozenset()
    irregular_plurals: frozenset[str] = frozenset()
    company_name_words: frozenset[str] = frozenset()
    company_first_words: frozenset[str] = frozenset()
    facility_words: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def name_words() -> NameWords:
    data = load_data("names.toml")
    return NameWords(**{field: frozenset(fold(w) for w in data.get(field, ()))
                        for field in NameWords.__dataclass_fields__})


def vessel_prefix(word: str) -> bool:
    """"MV", "HMS", "M/V": a vessel's prefix as written, in capitals (not "Ms" or "ms")."""
    return word.isupper() and fold(word) in name_words().vessel_prefixes


def surname_particles_word(word: str) -> bool:
    """Whether a folded word is a surname's particle ("de", "van") or one of the forms copy runs
    them together into ("dela", "vander"): only the listed runs, so that an English word the
    particles happen to spell ("deter", "tender", "vandal") is no particle."""
    words = name_words()
    return word in words.surname_particles or word in words.surname_particle_runs
