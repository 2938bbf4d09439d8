"""A region's code in brackets after its name ("Central Luzon (Region III)") is that region:
the mention of the code joins the place mentioned just before its bracket. The code is known
within its article only ("Region 4" is another region, or an agency's office, in another
country's article), so "Region III" written alone later in the article is the region too; across
articles, the same name with the same code in brackets is one region (which an acronym's name,
"CALABARZON", settled within its article, would not be by its name alone), and so is a one-word
name written alone in another article ("mostly in CALABARZON"): a region's name is no surname
or short name to be settled in its article, but the region wherever it is written.

One pass over each article's mentions in text order, each compared with the one before it.
"""

from __future__ import annotations

from collections.abc import Callable

from store.actors.graph import UnionFind
from store.actors.records import MentionRecord
from store.extract.mentions.regions import REGION_CODE

_PLACES = frozenset({"GPE", "LOC"})


def is_region_code(surface: str, label: str) -> bool:
    """Whether a place's mention is a region's code ("Region III"): a name its article settles,
    since countries number their regions alike."""
    return label in _PLACES and REGION_CODE.fullmatch(surface) is not None


def join_region_codes(by_article: dict[str, list[MentionRecord]], texts: dict[str, str],
                      node: list[int], uf: UnionFind,
                      global_node: Callable[[str], int] | None = None) -> None:
    """``global_node``: the node of a name known by its key across the corpus, which a
    one-word region's name settled in its article (its node made for it there) joins."""
    coded: dict[tuple[str, str], int] = {}  # (the code's key, the name's key) -> its node
    for article, mentions in by_article.items():
        text = texts[article]
        before: MentionRecord | None = None
        for m in mentions:
            if before is not None and m.label in _PLACES and before.label in _PLACES \
                    and node[m.index] >= 0 and node[before.index] >= 0 \
                    and REGION_CODE.fullmatch(m.surface) \
                    and text[before.end:m.start].strip() == "(":
                uf.union(node[m.index], node[before.index])
                # the same name with the same code in another article is the same region
                first = coded.setdefault((m.key, before.key), node[m.index])
                uf.union(first, node[m.index])
                if global_node is not None and uf.names[node[before.index]].startswith("l:"):
                    uf.union(node[before.index], global_node(before.key))
            before = m
