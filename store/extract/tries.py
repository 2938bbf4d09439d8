"""A list of words as one regular expression that fails on the first character it cannot take.

A flat alternation ("USD|GBP|EUR|...") is tried word by word at every character of an article:
a hundred currency codes cost a hundred failed comparisons at each. Written as a trie
("per(?:\\ cent)?" for "per" and "per cent") it fails at once, and it takes the same words at the
same places in the same order: of the words that match at a place (each the start of the next,
since a node's branches start with characters no one character matches two of), the longer is
tried first, as in a list sorted longest first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

WHITESPACE = r"\s+"


def trie_pattern(words: Sequence[Sequence[str]]) -> str:
    """One pattern for ``words``, each a sequence of atoms (an escaped character, ``\\s+``, a
    character class), given in the order a flat alternation would try them: a word before every
    word it starts with (longest first does that). Where branches of a node could take the
    same character (letters that differ only in case, under IGNORECASE; a character class), the
    words below those branches are a flat list, in the order given."""
    root: dict = {}
    for rank, word in enumerate(words):
        node = root
        for atom in word:
            node = node.setdefault(atom, {})
        node.setdefault("", rank)
    return _node(root) if root else ""


def _node(node: dict) -> str:
    atoms = [a for a in node if a]
    if not atoms:
        return ""
    branches = []
    for group in _groups(atoms):
        if len(group) == 1:
            branches.append(group[0] + _node(node[group[0]]))
        else:  # branches one character could enter: their words as a list, in the order given
            words = sorted((rank, atom + rest) for atom in group
                           for rank, rest in _words_below(node[atom]))
            branches.append("(?:" + "|".join(word for _, word in words) + ")")
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _words_below(node: dict) -> list[tuple[int, str]]:
    """(rank, the rest of the word) of every word below a node."""
    found = [(node[""], "")] if "" in node else []
    for atom, child in node.items():
        if atom:
            found.extend((rank, atom + rest) for rank, rest in _words_below(child))
    return found


def _groups(atoms: list[str]) -> list[list[str]]:
    """The atoms of a node, those one character could match (with or without IGNORECASE)
    together: letters that differ only in case, white space and ``\\s+``, a class and what
    it takes (and ``\\s+`` beside a class); beside a cased letter outside ASCII ("K" is the
    kelvin sign's capital), every cased letter."""
    chars = [_literal(a) for a in atoms]
    classes = [a for a, c in zip(atoms, chars, strict=True) if c is None and a != WHITESPACE]
    foreign = any(c is not None and not c.isascii() and c.lower() != c.upper() for c in chars)
    keyed: dict[str, list[str]] = {}
    for atom, char in zip(atoms, chars, strict=True):
        if char is None:
            key = " " if atom == WHITESPACE and not classes else "[]"
        elif any(re.fullmatch(c, char, re.IGNORECASE) for c in classes):
            key = "[]"
        elif char.isspace():
            key = " "
        elif foreign and char.lower() != char.upper():
            key = "cased"
        else:
            key = char.lower()
        keyed.setdefault(key, []).append(atom)
    return list(keyed.values())


def _literal(atom: str) -> str | None:
    """The one character an atom stands for, or None for a class or a repeat."""
    if len(atom) == 1 and atom not in "\\[](){}|.*+?^$":
        return atom
    if len(atom) == 2 and atom[0] == "\\" and not atom[1].isalnum():
        return atom[1]
    return None
