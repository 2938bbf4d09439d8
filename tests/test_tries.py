"""A word list written as a trie (``store.extract.tries``) takes the same words at the same places
as the flat list it replaces, longest first, with or without IGNORECASE. The words are invented."""

from __future__ import annotations

import re

import pytest

from store.extract.numbers import _alt
from store.extract.tries import trie_pattern

WORDS = [
    # words, a text where some of them stand, in either case
    (["per", "per cent", "pct"], "up 4 per cent, or 4 pct, per head"),
    (["KSh", "Ksh", "K", "Kr"], "KSh 40, ksh 9, Kr 3, K 2, KS"),
    (["M", "ML", "Mb", "Ms", "mb"], "an M7 and an Mb 5.1, mb 4, ML"),
    (["thousand", "thou", "t", "th"], "a thousand, thou, th, t"),
    (["a.b", "a", "ab"], "a.b ab a. axb"),
    (["", "x", "xy"], "xy x z"),
]

# names as the curated-name pattern writes them: a space is "\s+", an apostrophe a class
NAMES = [
    (["Velm Port Authority", "Velm Port", "Velm"], "the Velm  Port Authority and Velm Port, velm"),
    (["Ostra's Fund", "Ostra’s Fund", "Ostra"], "Ostra's Fund, Ostra’s Fund and Ostra']s Fund"),
    (["VPA", "Vpa", "V-PA", "V PA"], "VPA, vpa, V-PA, V  PA"),
]


def _spans(pattern: str, text: str, flags: int, tail: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(f"(?:{pattern}){tail}", text, flags)]


@pytest.mark.parametrize(("words", "text"), WORDS)
def test_a_word_trie_matches_as_the_flat_list(words: list[str], text: str) -> None:
    flat = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    for flags in (0, re.IGNORECASE):
        for tail in ("", r"\b", r"(?=\s)"):
            assert _spans(_alt(words), text, flags, tail) == _spans(flat, text, flags, tail)


def _atoms(name: str) -> list[str]:
    escaped = re.escape(name).replace(r"\ ", r"\s+").replace("'", "['’]").replace("’", "['’]")
    return re.findall(r"\\s\+|\\.|\[[^\]]+\]|.", escaped)


@pytest.mark.parametrize(("names", "text"), NAMES)
def test_a_trie_of_atoms_matches_as_the_flat_list(names: list[str], text: str) -> None:
    ordered = sorted(names, key=len, reverse=True)
    flat = "|".join("".join(_atoms(n)) for n in ordered)
    trie = trie_pattern([_atoms(n) for n in ordered])
    for flags in (0, re.IGNORECASE):
        for tail in ("", r"(?![\w$])"):
            assert _spans(trie, text, flags, tail) == _spans(flat, text, flags, tail)


ATOMS = [
    # words as atoms, a text; branches one character could enter stay a list
    ([["a", r"\s+", "b"], ["a", "[ x]", "c"]], "a c, a  b, axc"),
    ([["\u212a", "1"], ["k", "2"], ["k"], ["m"]], "\u212a1 k2 K1 k m"),
    ([["K", "\u010d"], ["K", "S", "h"], ["K", "s", "h"], ["K"]], "K\u010d KSh ksh K"),
]


@pytest.mark.parametrize(("words", "text"), ATOMS)
def test_branches_one_character_could_enter_stay_a_list(words: list[list[str]],
                                                         text: str) -> None:
    flat = "|".join("".join(w) for w in words)
    for flags in (0, re.IGNORECASE):
        for tail in ("", r"\b"):
            assert _spans(trie_pattern(words), text, flags, tail) == _spans(flat, text, flags, tail)


@pytest.mark.parametrize(("words", "text"), [
    (["seven", "six", "sixty"], "SIXTY-ONE"),
    (["seven", "six"], "sev"),
    (["kroner", "skilling"], "\u212aroner"),  # the kelvin sign is a "k" under IGNORECASE
    (["skilling"], "\u017fkilling"),  # the long s
    (["imperial"], "\u0130mperial"),
    (["imperial"], "\u0131mperial"),
    (["Ksh", "KES"], "kes"),
    (["$", "A$", "AU$"], "au$12"),
    (["£"], "£3"),
    (["thrice"], "thr"),
    (["zero"], "Zebra"),
])
def test_a_start_check_takes_what_ignorecase_would(words: list[str], text: str) -> None:
    """``numbers._starting``: what the grammar may start with, checked a character class at a
    time, takes at least every place a case-blind alternation of the words takes."""
    from store.extract.numbers import _starting

    flat = re.compile("|".join(re.escape(w) for w in words), re.I)
    quick = re.compile(_starting(words), re.I | re.X)
    assert bool(quick.match(text)) == bool(flat.match(text))


@pytest.mark.parametrize(("text", "found"), [
    ("Oftentimes 12 and seventy-two", ["12", "seventy-two"]),  # "ten" inside a word
    ("The data-thirds of the panel agreed.", []),
    ("Visitors rose to 4,200 from 3,900.", ["4,200", "3,900"]),
    ("an-fourths of the ward", ["an-fourths"]),
    ("A quarter of the 80 boats were idle.", ["A quarter", "80"]),
    ("Fees were USD12 and Rs.40 on Tuesday.", ["USD12", "Rs.40"]),
])
def test_the_start_check_keeps_every_number(text: str, found: list[str]) -> None:
    """The grammar's start check skips only places no branch could start at."""
    from store.extract.numbers import scan

    assert [e.text for e in scan(text)] == found
