"""Definite descriptions (``store/data/descriptions.toml``): which head nouns may stand for an
actor named earlier in an article, and how a candidate must fit; the institution nouns of
"Yemen's coast guard"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from store.knowledge.folding import fold, name_key
from store.knowledge.loader import load_data

MATCHES = ("name", "has", "ends", "starts", "title", "listed", "country", "of_country",
           "not_country", "beside", "called", "dateline")


@dataclass(frozen=True)
class DescriptionRule:
    heads: frozenset[str]
    types: frozenset[str]
    match: str
    words: frozenset[str]
    names: frozenset[str]  # name keys
    kinds: frozenset[str]
    unless: frozenset[str]
    alone: bool = False  # it names an actor only when no other fits, whatever the article
    # with ``alone``: of several that fit, still the only one named in its own paragraph
    paragraph: bool = False
    # with ``of_country``: the modifiers say which of the country's bodies it is, and one is needed
    which: bool = False
    # a place below a country only, never a sovereign state: "the state" is Pará, not Israel
    below_country: bool = False
    # what its own article names only, never the one name of the corpus that fits: "the state"
    # in an article that names no state is the nation's government, not a federal unit
    in_article: bool = False
    # with ``beside``: the head says what a body is ("the charity"), not what it is to another
    # ("the parent"): said beside its name once, it fits that name in every article
    kind_of_body: bool = False
    # not in an article that calls a body a kind of that head beside its name ("the consumer
    # group Fair Fares", "a campaign group"): the description is more likely that body there
    unless_kind_written: bool = False
    # with ``of_country``: the body it stands for, where not its head ("the state" is the
    # government of the country), and the countries it never stands for that way (a federation
    # whose units are states: there "the state" is as likely the unit's own government)
    body: str = ""
    not_in: frozenset[str] = frozenset()
    # with ``of_country``: not after a preposition of place ("in the state", "across the
    # state": the territory, not the body that acts)
    not_placed: bool = False


_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True)
class Descriptions:
    rules: tuple[DescriptionRule, ...]
    by_head: dict[str, tuple[DescriptionRule, ...]]
    institutions: tuple[tuple[str, ...], ...]  # folded words of each institution noun phrase
    backer_suffixes: frozenset[str]
    part_heads: tuple[tuple[str, ...], ...]  # folded words of each head of a part's name
    after_name: tuple[tuple[str, ...], ...] = ()  # institutions also written after the name
    # institutions written after a country's adjective: "the French coastguard"
    after_demonym: tuple[tuple[str, ...], ...] = ()
    # institutions only with a word before them that says which: "Orla's statistics bureau"
    modified_institutions: tuple[tuple[str, ...], ...] = ()
    # heads written bare, with no article, for the one such body of the country: "told parliament"
    bare: frozenset[str] = frozenset()
    # heads that make a set phrase before another noun ("the exchange rate"): no description
    not_before_noun: frozenset[str] = frozenset()
    seat_nouns: frozenset[str] = frozenset()  # "the parliament building": the building
    # a happening's noun written bare, no "the", for the happening its article names: "census
    # night", "the final census count"
    bare_happenings: frozenset[str] = frozenset()
    # a level of government's adjective -> the words of a name that say it: "the regional
    # office" is only a body whose name holds "regional" or "region"
    levels: tuple[tuple[str, frozenset[str]], ...] = ()
    # heads that make another noun phrase before "of": "the state of emergency"
    not_before_of: frozenset[str] = frozenset()
    # modifiers that say which of a series ("the first round", "the previous government"): a
    # name must hold the word, or be set beside the description
    sequence: frozenset[str] = frozenset()
    # a name's last word that says only what kind of unit the word before it is: "Orvik Police
    # Department" is the police itself, so "police" there is no modifier of another body
    body_tails: frozenset[str] = frozenset()

    def rules_for(self, head: str) -> tuple[DescriptionRule, ...]:
        return self.by_head.get(head_key(head), ())

    def is_place_head(self, head: str) -> bool:
        """The head describes a place and nothing else ("country", "city", "island"): its
        possessive before another head ("the country's largest dockers' union") says whose the
        body is, not which body."""
        rules = self.rules_for(head)
        return bool(rules) and all(rule.types <= _PLACE_TYPES for rule in rules)


    def is_body_head(self, head: str) -> bool:
        """The head describes a body or a person and never a place ("regulator", "operator"):
        a name set beside it ("the water regulator Ofwat") names that body, whatever the
        tagger called it."""
        rules = self.rules_for(head)
        return bool(rules) and not any(rule.types & _PLACE_TYPES for rule in rules)


def _words(data: dict, words: str | list[str] | tuple[str, ...]) -> list[str] | tuple[str, ...]:
    """A rule's words, written out or named by the top-level list that holds them
    (``words = "portfolios"``): one list shared by the rules that need the same words."""
    if isinstance(words, str):
        shared = data.get(words)
        if not isinstance(shared, list):
            raise ValueError(f"descriptions.toml: no list {words!r}")
        return shared
    return words


# a person written by age, "the 47-year-old": the tagger splits the word at its hyphens, but
# the phrase is one head, the age's unit then "-old" (any number before it)
_AGED = re.compile(r"\d{1,3}-((?:year|month|week)s?-old)")


def head_key(head: str) -> str:
    """The key a head noun's rules are listed by: the folded word, and an age word's unit for
    any number ("47-year-old" and "19-year-old" are both "year-old")."""
    word = fold(head)
    aged = _AGED.fullmatch(word)
    return aged.group(1) if aged else word


@lru_cache(maxsize=1)
def descriptions() -> Descriptions:
    data = load_data("descriptions.toml")
    rules = []
    for entry in data.get("rule", ()):
        match = entry.get("match", "name")
        if match not in MATCHES:
            raise ValueError(f"descriptions.toml: unknown match {match!r}")
        rules.append(DescriptionRule(
            heads=frozenset(fold(h) for h in entry.get("heads", ())),
            types=frozenset(entry.get("types", ())),
            match=match,
            words=frozenset(fold(w) for w in _words(data, entry.get("words", ()))),
            names=frozenset(name_key(n) for n in entry.get("names", ())),
            kinds=frozenset(entry.get("kinds", ())),
            unless=frozenset(fold(w) for w in entry.get("unless", ())),
            alone=bool(entry.get("alone", False)),
            paragraph=bool(entry.get("paragraph", False)),
            which=bool(entry.get("which", False)),
            below_country=bool(entry.get("below_country", False)),
            in_article=bool(entry.get("in_article", False)),
            kind_of_body=bool(entry.get("kind_of_body", False)),
            unless_kind_written=bool(entry.get("unless_kind_written", False)),
            body=fold(entry.get("body", "")),
            not_in=frozenset(entry.get("not_in", ())),
            not_placed=bool(entry.get("not_placed", False)),
        ))
    by_head: dict[str, list[DescriptionRule]] = {}
    for rule in rules:
        for head in rule.heads:
            by_head.setdefault(head, []).append(rule)
    institutions = tuple(sorted((tuple(fold(p).split()) for p in data.get("institutions", ())),
                                key=len, reverse=True))
    return Descriptions(tuple(rules), {h: tuple(r) for h, r in by_head.items()}, institutions,
                        frozenset(fold(w) for w in data.get("backer_suffixes", ())),
                        tuple(sorted((tuple(fold(p).split()) for p in data.get("part_heads", ())),
                                     key=len, reverse=True)),
                        tuple(sorted((tuple(fold(p).split()) for p in data.get("after_name", ())),
                                     key=len, reverse=True)),
                        tuple(sorted((tuple(fold(p).split())
                                      for p in data.get("after_demonym", ())),
                                     key=len, reverse=True)),
                        tuple(sorted((tuple(fold(p).split())
                                      for p in data.get("modified_institutions", ())),
                                     key=len, reverse=True)),
                        frozenset(fold(w) for w in data.get("bare", ())),
                        frozenset(fold(w) for w in data.get("not_before_noun", ())),
                        frozenset(fold(w) for w in data.get("seat_nouns", ())),
                        frozenset(fold(w) for w in data.get("bare_happenings", ())),
                        tuple((fold(words[0]), frozenset(fold(w) for w in words[1:]))
                              for words in data.get("levels", ()) if words),
                        frozenset(fold(w) for w in data.get("not_before_of", ())),
                        frozenset(fold(w) for w in data.get("sequence", ())),
                        frozenset(fold(w) for w in data.get("body_tails", ())))
