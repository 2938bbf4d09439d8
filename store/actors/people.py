"""Three ways news copy writes one person's name short, for actor resolution (rules 4 and 7):

* **initials run together**: "A.K. Rawal", "R.S. Bajwa" are initials as much as "A. K.
  Rawal" is, though folding makes them one word ("ak"): ``written_initials`` reads them from
  the name as written, so rule 7's surname after initials finds "Amit Kumar Rawal";
* **a full name without its first given name**: "Iqbal Qureshi" for "Mohammad Iqbal
  Qureshi", "Rashedul Kabir" for "Md Rashedul Kabir", "Morcillo Pardo" for "Eusebio Morcillo
  Pardo" (a person called by a middle name, or by a double surname): a name of two words or more
  joins the one person's name of the corpus that ends with all its words and has one more
  before them; two such people, and it stays apart; a name of three words the tagger took for
  a body's too (``join_without_first_names``); not a name after a word of kinship ("her
  daughter Elena Souza" beside "Maria Elena Souza": a relative who shares her names);
* **a double-barrelled surname written as one word**: "Ms Roychowdhury" beside "Madhurima
  Roy-Chowdhury" in one article (``glued_surnames``): the lone word joins the one full name of its
  article whose hyphenated surname, written together, is that word.

Each is one pass over names already gathered and a dictionary lookup a name: no pair of names
is compared.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from store.actors.graph import UnionFind
from store.actors.records import MentionRecord
from store.knowledge.folding import fold, name_tokens
from store.knowledge.name_words import name_words

# initials written together before a surname: "H.V.", "K. M.", "J.R.R."; two letters or more
_RUN_INITIALS = re.compile(r"^((?:[A-Z]\.\s?){2,})\s*(?=\S)")
# the last word before a name and what may stand between them: "her daughter, " or "son "
_WORD_BEFORE = re.compile(r"([^\W\d_]+),?\s+$")
_KIN_REACH = 24  # characters looked back over for it


def after_kin(text: str, start: int) -> bool:
    """Whether a word of kinship (``kin_words`` of names.toml) stands right before the name
    starting at ``start``: "her daughter Elena Souza", "his son, Tariq Hossain"."""
    m = _WORD_BEFORE.search(text, max(0, start - _KIN_REACH), start)
    return m is not None and fold(m.group(1)) in name_words().kin_words


def written_initials(surface: str) -> str | None:
    """The letters of initials run together at the start of a name ("A.K. Rawal" -> "ak"), as
    folding reads them as one word; None where the name does not start so."""
    m = _RUN_INITIALS.match(surface.strip())
    if m is None:
        return None
    return "".join(c for c in m.group(1) if c.isalpha()).lower()


def join_without_first_names(names: Iterable[tuple[list[str], int]], uf: UnionFind,
                             articles: Mapping[int, set[str]],
                             mislabelled: Iterable[tuple[list[str], int]] = (),
                             kin: frozenset[int] = frozenset()) -> None:
    """``names``: each person's name of the corpus as (its person tokens, its node);
    ``articles``: each node -> the articles naming it. A name of two words or more joins the
    one name of the corpus that is it with one given name before it ("Iqbal Qureshi",
    "Mohammad Iqbal Qureshi"); two such people, neither. Only within an article, or across
    articles where the given name left off is one copy often drops ("Md", "Mohammad": curated
    in names.toml) or where three names or more are shared: "Carlos Rodríguez, a miner" in one
    article is not "Judge Juan Carlos Rodríguez" of another, two people whom a given name more
    tells apart. So does a name of
    three words or more the tagger took for a body's (``mislabelled``): "prosecutor Ana
    Claudia Brandão Lima" tagged "Claudia Brandão Lima", an organisation, is the prosecutor
    whose three last names these are, since no body's name is a person's last three. ``kin``:
    the nodes of names written right after a word of kinship (``after_kin``), which join
    nothing: "her daughter Elena Souza" shares Maria Elena Souza's names, not her person."""
    names = list(names)
    longer: dict[tuple[str, ...], dict[int, str]] = defaultdict(dict)
    for tokens, node in names:
        if len(tokens) >= 3:
            longer[tuple(tokens[1:])][node] = tokens[0]
    if not longer:
        return
    dropped = name_words().dropped_given_names
    shorter = [*names, *((tokens, node) for tokens, node in mislabelled if len(tokens) >= 3)]
    for tokens, node in shorter:
        if len(tokens) < 2 or node in kin:  # "her daughter Elena Souza": a relative
            continue
        found = longer.get(tuple(tokens), {})
        roots = {uf.find(n) for n in found}
        if len(roots) != 1:
            continue
        own = articles.get(node, set())
        if len(tokens) >= 3 or any(first in dropped or own & articles.get(n, set())
                                   for n, first in found.items()):
            uf.union(node, roots.pop())


def glued_surnames(full: Iterable[MentionRecord], node: list[int]) -> dict[str, set[int]]:
    """Of one article's full names of people, each hyphenated surname written as one word
    ("Madhurima Roy-Chowdhury" -> "roychowdhury") -> the nodes of the names ending with it."""
    found: dict[str, set[int]] = defaultdict(set)
    for m in full:
        last = m.surface.split()[-1] if m.surface.split() else ""
        if "-" in fold(last):
            word = "".join(name_tokens(last))
            if word:
                found[word].add(node[m.index])
    return found
