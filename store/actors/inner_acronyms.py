"""A body's name with an acronym inside it for some of its words, for actor resolution (rule 6):
"Mataram SAR Office" is the "Mataram Search and Rescue Office", "Velm UC Library" the "Velm
University College Library": the words before and after the acronym are the other name's, and
the acronym spells the words between (``store.knowledge.folding.initials``, "and" counted or
not). The one body of the corpus so named: two ("Search and Rescue", "Sea Air Rescue"), and the
short name stays apart.

Each long name of the corpus is indexed under every form its runs of capitalised words take as
initials (a name of n words has fewer than n * n runs, and news names are short); each name
holding an acronym is then looked up once: no pair of names is compared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from store.actors.graph import UnionFind
from store.actors.records import SurfaceFacts
from store.knowledge.folding import initials, is_acronym, name_tokens

_BODIES = frozenset({"ORG", "FAC"})
_LONGEST = 10  # words of a name read for runs: longer ones are lists, not names


def _long_forms(words: list[str], wanted: set[str]) -> Iterable[str]:
    """Each key the name takes with a run of two words or more, from a capitalised word to a
    capitalised word, written as its initials (lower case) where they are an acronym some
    name of the corpus holds (``wanted``), the other words as folded."""
    n = len(words)
    folded = [name_tokens(w) for w in words]  # each word's once, not each run's
    firsts = {letters[0] for letters in wanted}
    for i in range(n):
        if not words[i][:1].isupper() or words[i][0] not in firsts:
            continue
        for j in range(i + 2, min(n, i + 8) + 1):
            if not words[j - 1][:1].isupper():
                continue
            letters = initials(" ".join(words[i:j])) & wanted
            if letters:
                before = [t for w in folded[:i] for t in w]
                after = [t for w in folded[j:] for t in w]
                for acronym in letters:
                    yield " ".join([*before, acronym.lower(), *after])


def join_inner_acronyms(surfaces: Iterable[SurfaceFacts], uf: UnionFind) -> None:
    """Join each body's name holding an acronym and other words to the one body's name of the
    corpus it is, the acronym written out (from the distinct surfaces, whose node is every
    mention's; names settled in their article, whose node is their article's, are left out)."""
    shorts: list[tuple[str, int]] = []
    names: list[tuple[list[str], int]] = []
    wanted: set[str] = set()
    for f in surfaces:
        if f.label not in _BODIES or f.node < 0 or f.acronym:
            continue
        words = f.surface.split()
        if not 2 <= len(words) <= _LONGEST:
            continue
        inner = [k for k, w in enumerate(words) if is_acronym(w)]
        if len(inner) == 1:
            k = inner[0]
            wanted.add(words[k])
            shorts.append((" ".join([*name_tokens(" ".join(words[:k])), words[k].lower(),
                                     *name_tokens(" ".join(words[k + 1:]))]), f.node))
        elif not inner:
            names.append((words, f.node))
    if not shorts:
        return
    longs: dict[str, set[int]] = defaultdict(set)
    for words, node in names:
        for key in _long_forms(words, wanted):
            longs[key].add(node)
    for key, node in shorts:
        roots = {uf.find(n) for n in longs.get(key, ())} - {uf.find(node)}
        if len(roots) == 1:
            uf.union(node, roots.pop())
