"""Corpus-wide actor resolution (first cut: mentions with the same folded name are one actor)."""

from __future__ import annotations

import unicodedata
from collections import defaultdict

from store.db import WriteSession
from store.packing import pack_actor_mentions, pack_items, unpack_items


def fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


def rebuild_actors(session: WriteSession) -> int:
    """Recompute actors, mention assignments and links from the mentions table."""
    mention_docs = session.table("mentions").all()
    texts = {row["id"]: row["text"] for row in session.table("articles").all()}
    groups: dict[str, list[tuple[str, list]]] = defaultdict(list)
    unpacked = {doc["article"]: [list(i) for i in unpack_items(doc["items"])]
                for doc in mention_docs}
    for article, items in unpacked.items():
        text = texts.get(article, "")
        for item in items:
            groups[fold(text[item[0]:item[1]])].append((article, item))
    actors = []
    for n, (_key, members) in enumerate(sorted(groups.items())):
        actor_id = f"a{n}"
        names = sorted({texts[a][i[0]:i[1]] for a, i in members}, key=len, reverse=True)
        labels = [i[2] for _, i in members]
        for _, item in members:
            item[3] = actor_id
        actors.append({
            "id": actor_id, "name": names[0], "type": max(set(labels), key=labels.count),
            "aliases": names, "n_mentions": len(members),
            "articles": sorted({a for a, _ in members}),
            "mentions": pack_actor_mentions([(a, i[0], i[1]) for a, i in members]),
        })
    for doc in mention_docs:
        doc["items"] = pack_items(unpacked[doc["article"]])
    session.table("mentions").truncate()
    session.table("mentions").insert_multiple(mention_docs)
    session.table("actors").truncate()
    session.table("actors").insert_multiple(actors)
    session.table("links").truncate()
    return len(actors)
