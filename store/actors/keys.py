"""Match keys of mentions: the form under which two mentions are one name at first sight.

Case, accents, curly quotes, full stops, hyphens, possessives, "the", a vessel's prefix
("MV"), trailing place
designators, a company's legal form (abbreviated, or spelled out after two words or more:
"Corporation"), a club's "FC" or "Football Club" where two words are left ("FC Brenmoor
Rovers", "Brenmoor Rovers") and the plural of a people's "-an" word do not matter ("The
U.N.", "UN"; "Velm province", "Velm"; "Acme Shipping Ltd", "Acme Shipping"; "Velmorans",
"Velmoran"). Two kinds of name get a
key of their own shape:

* an event is keyed by its proper name without the storm or operation word ("Super Typhoon
  Orwen", "Typhoon Orwen" and, after them, "Orwen" are one storm), under an ``event`` prefix so
  it never meets a place or a person of that name;
* a ministry named by its portfolio before the word, "Finance Ministry", is keyed as its formal
  name, "Ministry of Finance", and so after its country's adjective ("Czech Transport
  Ministry", "Czech Ministry of Transport");
* a body named in Spanish, French, Italian or Portuguese by a head word of
  ``store/data/names.toml`` and "de", "Banco de México", is keyed as its English name, "Bank of
  Mexico";
* a place's institution written with a possessive is keyed as its formal name: "Yemen's
  Saudi-backed government" -> "government of yemen", the key of "Government of Yemen" (the
  backer is who supports it, not what it is).
"""

from __future__ import annotations

import re
from functools import cache

from store.knowledge.aliases import alias_index, country_spellings
from store.knowledge.countries import countries
from store.knowledge.descriptions import descriptions
from store.knowledge.folding import fold, is_acronym, name_tokens
from store.knowledge.foreign_heads import foreign_heads
from store.knowledge.name_words import name_words, vessel_prefix

PLACES = frozenset({"GPE", "LOC", "FAC"})
# what right before a name makes it a place ("in Washington", "from the Hague"): the city, not a
# person or a body named after it
LOCATIVE = re.compile(r"\b(?:in|at|from|to|near|into|across|outside|around|towards?|of)\s+"
                      r"(?:the\s+)?$", re.IGNORECASE)
ACRO = "ACRO"  # the label of a word in capitals that may be an acronym
_OF = frozenset({"de", "del", "du", "des", "di", "da", "do", "della", "dos", "das"})
_ARTICLES = frozenset({"la", "el", "los", "las", "le", "les", "l"})
_OWNED = re.compile(r"^(.+?)['’]s?\s+(\S.*)$")
_NAMED_BEFORE = re.compile(r"^(.*[A-Z]\S*)\s+([a-z][a-z -]*)$")  # its last capitalised word


def owner_and_institution(surface: str) -> tuple[str, str] | None:
    """("Yemen", "coast guard") for "Yemen's coast guard": a possessive followed by lowercase
    words (backer words aside) that end in an institution noun of the descriptions file; and
    ("Faroe Islands", "parliament") for "Faroe Islands parliament", a name followed by just
    such a noun of those written after a place's name ("UN refugee agency" is no such name)."""
    table = descriptions()
    m = _OWNED.match(surface)
    if m is None:
        m = _NAMED_BEFORE.match(surface)
        if m is None or tuple(fold(m.group(2)).split()) not in table.after_name:
            return None
    words = [w for w in fold(m.group(2)).split()
             if not any(w.endswith("-" + s) for s in table.backer_suffixes)]
    if not words or not all(w[:1].islower() for w in words):
        return None
    if not any(tuple(words[-len(p):]) == p for p in table.institutions):
        return None
    return m.group(1), " ".join(words)


def owned_body(surface: str) -> tuple[str, list[str]] | None:
    """("Velmora", ["water", "agency"]) for "Velmora's water agency": a possessive, then two or
    more lower-case words ending in an institution noun of the descriptions file (either list:
    "Dravic's statistics bureau" too), the words a body's own name would hold."""
    m = _OWNED.match(surface)
    if m is None:
        return None
    words = fold(m.group(2)).split()
    if len(words) < 2 or not all(w[:1].islower() and w.isalpha() for w in words):
        return None
    table = descriptions()
    if not any(tuple(words[-len(p):]) == p
               for p in (*table.institutions, *table.modified_institutions)):
        return None
    return m.group(1), words


def branch_at(surface: str) -> bool:
    """"UCU Kelby", "APHA Orla", "WWF Velmora": a body's acronym and one word after it name the
    body's branch or office at the place (or the body) the word names, as "ORA Chile" names the
    body's office in Chile; the word alone is that place or body, not the branch, and the
    branch says nothing of which of the two it is."""
    words = surface.split()
    return len(words) == 2 and is_acronym(words[0]) and not is_acronym(words[1])


def shortens_from_front(label: str, other_label: str, tokens: list[str]) -> bool:
    """A lone word of ``label`` may be the longer name of ``other_label`` (its words
    ``tokens``, the first the lone word) cut after its first word: "Cape" of "Cape of Good Hope",
    "Saltmarsh" of the company "Saltmarsh Paria Energy"; a place's word of a longer place ("Suez",
    "Suez Canal") or of a body named by it and one head word ("Fellmoor University"), but not
    of a longer body named after the place ("Korlin Growers' Association") nor, whatever the
    lone word was tagged, of a newspaper ("Korlin Herald": masthead words in
    ``store/data/names.toml``), and never a people's word
    ("Velmish hospitals" says whose, it does not name the "Velmish Health Service")."""
    if label == "NORP":
        return False
    if tokens[1] == "of":
        return True
    paper = len(tokens) == 2 and tokens[1] in name_words().masthead_words
    if label not in PLACES:  # "Lombok" the tagger took for a body is not the "Lombok Tribune"
        return other_label in ("ORG", "PERSON") and not paper
    return other_label in PLACES or (other_label == "ORG" and len(tokens) == 2 and not paper)


def _country_spelled(tokens: list[str]) -> list[str]:
    """A body's name with its leading country written by the country's name: "us geological
    survey" -> "united states geological survey" (curated other names of countries)."""
    spellings = country_spellings()
    for n in (3, 2, 1):
        if len(tokens) > n and (key := spellings.get(" ".join(tokens[:n]))) is not None:
            return [*key.split(), *tokens[n:]]
    return tokens


@cache
def _portfolios() -> frozenset[str]:
    """The portfolio words of ministries ("finance", "interior"), from the descriptions file's
    rule for "the <portfolio> ministry"."""
    return frozenset(w for rule in descriptions().rules_for("ministry")
                     if rule.match == "of_country" for w in rule.words)


def _without_club_word(tokens: list[str], designators: list[list[str]]) -> list[str]:
    """A club's name without its "FC" or "Football Club" before or after it, where two words
    or more are left: "fc rioni kutaisi", "rioni kutaisi football club" -> "rioni kutaisi"."""
    for words in designators:
        n = len(words)
        if len(tokens) - n >= 2:
            if tokens[:n] == words:
                return tokens[n:]
            if tokens[-n:] == words:
                return tokens[:-n]
    return tokens


class Keys:
    """Match keys, memoised: a corpus repeats the same few thousand surfaces."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], str] = {}
        self._designators = name_words().place_designators
        self._body_designators = name_words().body_designators
        self._event_words = name_words().event_words
        self._legal_suffixes = name_words().legal_suffixes
        self._spelled_legal = name_words().spelled_legal_suffixes
        self._feature_words = name_words().feature_words
        self._facility_words = name_words().facility_words
        self._club_words = [d.split() for d in name_words().club_designators]
        self._competitions = name_words().competition_nouns

    def key(self, surface: str, label: str) -> str:
        hit = self._cache.get((surface, label))
        if hit is None:
            hit = self._cache[(surface, label)] = self._key(surface, label)
        return hit

    def _key(self, surface: str, label: str) -> str:
        if label == "EVENT":
            tokens = name_tokens(surface)
            proper = [t for t in tokens if t not in self._event_words]
            if proper and len(proper) < len(tokens) and tokens[0] in self._event_words \
                    and tokens[0] != "operation":
                tokens = proper  # a storm: its own name
            return "event " + " ".join(tokens)
        owned = owner_and_institution(surface) if label not in ("PERSON", "DESC") else None
        if owned:
            return " ".join([*name_tokens(owned[1]), "of", *name_tokens(owned[0])])
        tokens = name_tokens(surface)
        if label not in ("PERSON", "GPE", "LOC", "NORP") and len(tokens) > 1 \
                and " ".join(tokens) not in alias_index():  # a curated name keeps its key
            tokens = _country_spelled(tokens)
        first, _, rest = surface.partition(" ")
        if label != "PERSON" and rest.strip() and vessel_prefix(first):
            tokens = name_tokens(rest)  # "MV Kestrel Dawn-2" is the vessel "Kestrel Dawn-2"
        if label == "ORG" and len(tokens) == 2 and tokens[1] == "ministry" \
                and tokens[0] in _portfolios():
            return f"ministry of {tokens[0]}"  # "Finance Ministry" is the "Ministry of Finance"
        if label == "ORG" and len(tokens) == 3 and tokens[2] == "ministry" \
                and tokens[1] in _portfolios() and countries().of_demonym(tokens[0]):
            # "the Czech transport ministry" is the "Czech Ministry of Transport"
            return f"{tokens[0]} ministry of {tokens[1]}"
        if label != "PERSON" and len(tokens) > 2 and tokens[1] in _OF \
                and tokens[0] in (heads := foreign_heads()):
            rest = tokens[3:] if tokens[2] in _ARTICLES and len(tokens) > 3 else tokens[2:]
            tokens = [heads[tokens[0]], "of", *rest]  # "Banco de México": "Bank of Mexico"
        if label == "NORP" and len(tokens) == 1 and len(tokens[0]) > 5 \
                and tokens[0].endswith("ans"):
            return tokens[0][:-1]  # a people in the plural is its word: "Canarians", "Canarian"
        while label != "PERSON" and label not in PLACES and len(tokens) > 1 \
                and tokens[-1] in self._legal_suffixes:
            tokens = tokens[:-1]  # "Acme Shipping Ltd" is "Acme Shipping"
        if label == "ORG" and len(tokens) > 2 and tokens[-1] in self._spelled_legal \
                and tokens[-2] not in self._designators and tokens[-2] not in self._feature_words \
                and tokens[-2] not in self._facility_words:
            # "Acme Shipping Corporation" is "Acme Shipping Corp"; "Velm Airport Company" is no
            # airport, but the company that runs it
            tokens = tokens[:-1]
        if label not in PLACES and tokens and tokens[-1] not in self._competitions:
            tokens = _without_club_word(tokens, self._club_words)  # a cup keeps its organiser
        if label in PLACES and len(tokens) > 1 and tokens[-1] in self._designators:
            last = surface.split()[-1]
            if last.islower() or tokens[-1] not in ("state", "region"):
                tokens = tokens[:-1]
        if label in PLACES and len(tokens) > 2 and tokens[1] == "of" \
                and tokens[0] in self._body_designators:
            tokens = tokens[2:]  # "Canton of Valais" is Valais, as "Sofala province" is Sofala
        return " ".join(tokens)
