"""What a figure counts, as a class that different wordings share (``store/data/quantities.toml``).

"14,000 militants", "14,000-18,000 members" and "15,000-20,000 armed adherents" are one quantity
for a fact-checker; the extractor only hands over the counted noun, so the classes live here.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class QuantityLexicon:
    noun_class: dict[str, str]  # noun lemma (or two-word phrase) -> class name
    generic: frozenset[str]
    armed_nouns: frozenset[str]
    armed_class: str
    qualifiers: frozenset[str]
    place_words: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> QuantityLexicon:
    with resources.files("store.data").joinpath("quantities.toml").open("rb") as fh:
        data = tomllib.load(fh)
    noun_class: dict[str, str] = {}
    for entry in data.get("class", ()):
        for noun in entry.get("nouns", ()):
            noun_class.setdefault(noun.lower(), entry["name"])
    generic = data.get("generic", {})
    armed = data.get("armed_context", {})
    return QuantityLexicon(
        noun_class=noun_class,
        generic=frozenset(n.lower() for n in generic.get("nouns", ())),
        armed_nouns=frozenset(n.lower() for n in armed.get("nouns", ())),
        armed_class=armed.get("class", "fighters"),
        qualifiers=frozenset(w.lower() for w in data.get("qualifiers", {}).get("words", ())),
        place_words=frozenset(w.lower() for w in data.get("place_words", {}).get("words", ())),
    )


def place_words() -> frozenset[str]:
    return lexicon().place_words


def singular(word: str) -> str:
    """Plural folding good enough for counted nouns ("deaths", "casualties", "bodies")."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _words(text: str) -> list[str]:
    return [singular(w) for w in re.findall(r"[a-z]+(?:'[a-z]+)?", text.lower())]


def _lookup(noun: str, table: dict[str, str]) -> str | None:
    for form in (noun.lower(), singular(noun)):
        if form in table:
            return table[form]
    return None


@lru_cache(maxsize=1 << 16)
def thing_of(counted: str | None, head: str | None, *, armed: bool) -> str | None:
    """The class of what is counted, or None when the figure does not say.

    ``armed`` says the figure counts something of an armed group, which makes "members" count as
    fighters. A generic noun ("312 people") takes its class from a word beside it that names one
    ("displaced people"); alone it says nothing about what is counted (None)."""
    lex = lexicon()
    words = _words(counted or "")
    if head is None and not words:
        return None
    head_word = singular(head) if head else words[-1]
    if len(words) >= 2:
        phrase = _lookup(" ".join(words[-2:]), lex.noun_class)
        if phrase:
            return phrase
    if head_word in lex.armed_nouns:
        return lex.armed_class if armed else head_word
    if head_word in lex.generic:
        for word in words:
            if word != head_word and word in lex.noun_class:
                return lex.noun_class[word]
        return None
    return _lookup(head_word, lex.noun_class) or head_word


@lru_cache(maxsize=1 << 16)
def qualifiers_of(counted: str | None, head: str | None) -> tuple[str, ...]:
    """Words beside the counted noun that make it a part of the whole ("foreign fighters")."""
    lex = lexicon()
    head_word = singular(head) if head else None
    return tuple(sorted({w for w in _words(counted or "") if w in lex.qualifiers
                         and w != head_word}))
