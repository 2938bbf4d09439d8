"""Corpus-wide actor resolution (first cut: mentions with the same folded name are one actor)."""

from __future__ import annotations

import unicodedata
from collections import defaultdict

from store.db import WriteSession


def fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


def rebuild_actors(session: WriteSession) -> int:
    """Recompute actors, mention assignments and links from the mentions table."""
    mention_docs = session.table("mentions").all()
    texts = {row["id"]: row["text"] for row in session.table("articles").all()}
    groups: dict[str, list[tuple[str, list]]] = defaultdict(list)
    for doc in mention_docs:
        text = texts.get(doc["article"], "")
        for item in doc["items"]:
            groups[fold(text[item[0]:item[1]])].append((doc["article"], item))
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
            "mentions": [[a, i[0], i[1]] for a, i in members],
        })
    session.table("mentions").truncate()
    session.table("mentions").insert_multiple(mention_docs)
    session.table("actors").truncate()
    session.table("actors").insert_multiple(actors)
    session.table("links").truncate()
    return len(actors)
