"""Links: two actors are linked by every sentence that names both."""

from __future__ import annotations

from operator import itemgetter

from store.actors.graph import collector_paused
from store.actors.records import ArticleMentions

MAX_LINK_SENTENCES = 50  # sentences kept per link; the weight still counts them all
_key = itemgetter(0)  # an entry of a dictionary by its key


def link_rows(articles: list[ArticleMentions]) -> list[dict]:
    """Two actors are linked by every sentence that names both (items must carry actor ids)."""
    with collector_paused():
        return _link_rows(articles)


def _link_rows(articles: list[ArticleMentions]) -> list[dict]:
    """Heaviest link first, then by the two ids. The links are kept by their first actor, each
    actor's in a dict of its own: the final order then comes from sorting the actors and each
    actor's few partners, and a stable sort by weight, not from sorting every pair of ids at
    once (at 10,000 articles 300,000 pairs, whose sort grew half again faster than the corpus)."""
    by_first: dict[str, dict[str, dict]] = {}
    for art in sorted(articles, key=lambda a: a.order):
        by_sentence: dict[int, set[str]] = {}
        for item in art.items:
            if item[3] is not None and len(item) > 4 and item[4] is not None:
                actors = by_sentence.get(item[4])
                if actors is None:
                    by_sentence[item[4]] = {item[3]}
                else:
                    actors.add(item[3])
        for index in sorted(by_sentence):
            if len(by_sentence[index]) < 2 or not (0 <= index < len(art.sentences)):
                continue
            actors = sorted(by_sentence[index])
            start, end = art.sentences[index]
            # one list for the sentence, shared by all its pairs (only ever read, or written out):
            # not one each, which at 10,000 articles were half a million small lists
            where = [art.id, start, end]
            for i, a in enumerate(actors):
                links = by_first.get(a)
                if links is None:
                    links = by_first[a] = {}
                for b in actors[i + 1:]:
                    # a pair met once keeps only where (most pairs are met once): its row is
                    # made at the end, in the order of the rows, not one per pair as it is met
                    link = links.get(b)
                    if link is None:
                        links[b] = where
                    elif type(link) is list:
                        links[b] = {"a": a, "b": b, "weight": 2, "sentences": [link, where]}
                    else:
                        link["weight"] += 1
                        if len(link["sentences"]) < MAX_LINK_SENTENCES:
                            link["sentences"].append(where)
    # a pair met once (most of them) weighs 1, less than any pair met twice: those come first,
    # sorted by weight (stable: by the ids within a weight), then the rest in the order of their
    # ids, without a sort key read from each of several hundred thousand rows
    # (each actor's links and each link taken with its key as sorted, not looked up again by it:
    # at 10,000 articles a third of a million lookups in dictionaries spread over more memory
    # than the processor's caches hold)
    heavy: list[dict] = []
    rows: list[dict] = []
    for a, links in sorted(by_first.items(), key=_key):
        for b, link in sorted(links.items(), key=_key):
            if type(link) is dict:
                heavy.append(link)
            else:
                rows.append({"a": a, "b": b, "weight": 1, "sentences": [link]})
    heavy.sort(key=lambda r: -r["weight"])
    heavy.extend(rows)
    return heavy
