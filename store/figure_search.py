"""Which figures a few words ask for: ``claimscope figures --about WORDS`` and the reader's corpus
search.

A word finds a figure through what the figure counts, not through the rest of its sentence,
where "fighters" would find the women and children counted beside them: its counted noun, unit
and group, its source, origin and places, its own text; the class of quantities its noun belongs
to ("dead", "killed" and "deaths" all find a death toll, ``store/data/quantities.toml``); the
measure its unit is ("money" finds every figure in a currency, ``store/data/search.toml``); and
an outcome a verb beside it names ("the strikes killed 43 fighters" is found by "killed").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.search_words import measure_of, measure_words, outcome_classes
from store.model import Figure

_WORD = re.compile(r"[\w$£€%'-]+")
_NOUN = re.compile(r"[\w'-]+")


def stem(word: str) -> str:
    """Crude plural folding for search: "fighters" finds "fighter" and the reverse."""
    for suffix in ("ies", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


@lru_cache(maxsize=1)
def _classes() -> dict[str, str]:
    return quantity_classes().noun_class


def senses(word: str) -> frozenset[str]:
    """What a search word can mean: itself (plural folded), the class of quantities it names
    ("killed", "dead", "deaths": deaths) and the measure it names ("money")."""
    classes = _classes()
    found = {stem(word)}
    for form in (word, stem(word)):
        if form in classes:
            found.add("class:" + classes[form])
        if form in classes.values():
            found.add("class:" + form)
    if word in measure_words():
        found.add("measure:" + measure_words()[word])
    return frozenset(found)


def figure_words(figure: Figure, text: str) -> set[str]:
    """Everything a figure answers to (see the module's docstring); ``text`` is its article's."""
    classes = _classes()
    parts = (figure.counted or "", figure.unit, figure.group or "", " ".join(figure.where),
             figure.source, figure.origin, figure.text)
    words = {stem(w) for w in _WORD.findall(" ".join(parts).lower())}
    counted = _NOUN.findall(f"{figure.counted or ''} {figure.unit}".lower())
    counted += [" ".join(pair) for pair in pairwise(counted)]
    words |= {"class:" + classes[w] for w in counted + [stem(w) for w in counted] if w in classes}
    outcomes, window = outcome_classes()
    start, end = figure.sentence
    beside = (_NOUN.findall(text[start:figure.start].lower())[-window:]
              + _NOUN.findall(text[figure.end:end].lower())[:window + 1])
    words |= {"class:" + classes[w] for w in beside if classes.get(w) in outcomes}
    measure = measure_of(figure.unit)
    if measure:
        words.add("measure:" + measure)
    return words


class FigureSearch:
    """A query of one or more words; a figure matches when it answers to every word."""

    def __init__(self, query: str) -> None:
        self.wanted = [senses(w) for w in _WORD.findall(query.lower())]

    def matches(self, figure: Figure, text: str) -> bool:
        words = figure_words(figure, text)
        return all(meanings & words for meanings in self.wanted)
