"""A body described by its place and what it does: "the Velm fire service", "the Orla state
prosecutor's office", "the Kelby regional health board".

News copy names a body it has named before, or need not name, by its place's name, one or two
lowercase words saying what it does, and an organisation's head noun. The whole phrase is the
body (a description, as "the fire service" is); the place inside it is no mention of its own,
else the place's actor takes the body's words and every body described so becomes one actor
with its place. Resolution joins the description only to a body whose name holds the place's
words (``store.actors.described``); none, and it names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from store.extract.mentions.spans import DocView
from store.knowledge.folding import fold

MAX_MODIFIERS = 2
_MODIFIER_POS = frozenset({"NOUN", "ADJ", "PROPN"})
_POSSESSIVE = re.compile(r"['’]s$")


def modified_head(text: str, words: list[re.Match[str]], first: int, ctx: DocView,
                  is_head_word: Callable[[str], bool],
                  is_office: Callable[[str], bool]) -> int | None:
    """The index of the head noun after the place's words of ``words[:first]``: one or two
    lowercase modifiers from ``first`` on (a noun or an adjective, "fire", "state"; the last
    may be an office's possessive, "prosecutor's"), then the lowercase word that
    ``is_head_word`` takes for a body's head. None where a word between is no such modifier
    (a verb, a number, a capitalised word, punctuation): "the Velm police said" is no body; and
    where the tagger took the words after the place for a name's ("the Velm health centre"):
    that name is the mention."""
    for j in range(first + 1, min(first + MAX_MODIFIERS + 1, len(words))):
        modifier = words[j - 1]
        word = modifier.group()
        if text[modifier.end():words[j].start()] != " " or not word.islower():
            return None
        token = ctx.token_at(modifier.start())
        possessive = _POSSESSIVE.search(word) is not None
        if possessive and not is_office(_POSSESSIVE.sub("", word)):
            return None  # "the Velm mayor's deputy": a person's, no body
        if token is None or token.ent_type_ or (not possessive and (
                token.pos_ not in _MODIFIER_POS or not word.replace("-", "").isalpha())):
            return None  # a word of a name the tagger found ("Velm health centre") is its own
        head = words[j].group()
        last = ctx.token_at(words[j].start())
        if head.islower() and is_head_word(fold(_POSSESSIVE.sub("", head))) \
                and last is not None and not last.ent_type_:
            return j
        if possessive:
            return None  # an office's possessive stands straight before its body's head
    return None
