"""The corpus stage: what is rebuilt over the whole store once articles are written.

Actors are resolved over every mention of every article (with the reader's edits replayed last),
each mention's actor id is written back into its article's packed items, the links between actors
are recounted, and the conflict groups are recomputed from every figure. An ingest runs it once at
the end; ``record_edit`` runs it after storing a reader's merge or split. The rules themselves
live below: ``store.actors`` and ``store.conflicts`` compute, this module reads and writes rows.
"""

from __future__ import annotations

from pathlib import Path

from store.actors.edits import OPS
from store.actors.links import link_rows
from store.actors.lookup import ActorIndex
from store.actors.records import ArticleMentions
from store.actors.resolve import actor_rows, resolve_articles
from store.db import PENDING, WriteSession, open_for_write
from store.errors import ClaimscopeError
from store.knowledge.folding import name_key
from store.model import corpus_order
from store.packing import pack_items, pack_spans, unpack_items, unpack_spans
from store.review.apply import rebuild_conflicts as apply_judgements_and_group


def complete(session: WriteSession) -> tuple[int, int]:
    """The corpus stage and its commit, with the pending mark cleared in the same write: an
    ingest's last step, ``doctor --repair``, and a reader's edit."""
    counts = rebuild(session)
    session.set_meta(**{PENDING: False})
    session.commit()
    return counts


def repair(db_path: Path, *, wait: float = 3.0) -> tuple[int, int] | None:
    """Run the corpus stage an interrupted ingest left pending; None if nothing was pending."""
    if not Path(db_path).is_file():
        raise ClaimscopeError(f"no store at {db_path} (build one with: claimscope ingest FOLDER)")
    with open_for_write(Path(db_path), wait=wait) as session:
        if not session.meta().get(PENDING):
            return None
        return complete(session)


def rebuild(session: WriteSession) -> tuple[int, int]:
    """Actors, links and conflicts over the whole store; returns (actors, conflict groups)."""
    return rebuild_actors(session), rebuild_conflicts(session)


def rebuild_actors(session: WriteSession) -> int:
    """Recompute actors, each mention's actor and the links, over the whole corpus, with the
    reader's edits applied last. Returns the number of actors."""
    article_rows = sorted(session.table("articles").all(), key=corpus_order)
    order = {row["id"]: i for i, row in enumerate(article_rows)}
    texts = {row["id"]: row.get("text", "") for row in article_rows}
    dates = {row["id"]: row.get("date") for row in article_rows}
    # in corpus order, not the order the rows happen to be stored in (an ingest appends them as
    # articles finish; a later write lays them out): the actors' order follows the articles'
    mention_docs = sorted((dict(doc) for doc in session.table("mentions").all()),
                          key=lambda doc: order.get(doc.get("article"), len(order)))
    articles = []
    art_sentences = {doc.get("article"): doc.get("sentences", "") for doc in mention_docs}
    for doc in mention_docs:
        if doc.get("article") not in texts:
            continue
        items = [[s, e, label, None, sent] for s, e, label, _, sent in unpack_items(
            doc.get("items", ""))]
        articles.append(ArticleMentions(doc["article"], order[doc["article"]],
                                        texts[doc["article"]], items,
                                        [list(span) for span in unpack_spans(
                                            doc.get("sentences", ""))],
                                        dates.get(doc["article"])))
    edits = [dict(row) for row in session.table("user").all()]
    clusters = resolve_articles(articles, edits)
    links = link_rows(articles)
    packed = {art.id: pack_items(art.items) for art in articles}
    # and the sentences resolution found a name in again, where none was stored (refind)
    grown = {art.id: pack_spans(art.sentences) for art in articles
             if len(art.sentences) > len(unpack_spans(art_sentences.get(art.id, "")))}
    for doc in mention_docs:
        if doc.get("article") in packed:
            doc["items"] = packed[doc["article"]]
        if doc.get("article") in grown:
            doc["sentences"] = grown[doc["article"]]
    _replace(session, "mentions", mention_docs)
    _replace(session, "actors", actor_rows(clusters))
    _replace(session, "links", links)
    return len(clusters)


def rebuild_conflicts(session: WriteSession) -> int:
    """Recompute the conflicts table from the figures (and articles) of the whole store, with
    the reader's judgements applied (``store.review.apply``)."""
    return apply_judgements_and_group(session)


def _replace(session: WriteSession, table_name: str, rows: list[dict]) -> None:
    table = session.table(table_name)
    table.truncate()
    if rows:
        table.insert_multiple(rows)


def record_edit(db_path: Path, edit: dict, *, wait: float = 3.0) -> str:
    """The one way to add a reader's edit (``store.actors.edits``): check it against the store's
    actors, keep it and rebuild, in one write. Returns a sentence saying what changed; raises
    ``ClaimscopeError`` when the edit names no actor or changes nothing."""
    if not Path(db_path).exists():
        raise ClaimscopeError(f"no store at {db_path} (build one with: claimscope ingest FOLDER)")
    op = edit.get("op")
    if op not in OPS:
        raise ClaimscopeError(f"unknown edit {op!r} (expected one of: {', '.join(OPS)})")
    with open_for_write(Path(db_path), wait=wait) as session:
        rows = session.table("actors").all()
        index = ActorIndex.from_rows(rows)
        by_id = {row["id"]: row for row in rows}
        if op == "merge":
            a, b = index.resolve(edit["a"]), index.resolve(edit["b"])
            for name, found in ((edit["a"], a), (edit["b"], b)):
                if found is None:
                    raise ClaimscopeError(f"no actor is called {name!r}")
            if a == b:
                raise ClaimscopeError(f"{edit['a']!r} and {edit['b']!r} are already one actor "
                                      f"({by_id[a]['name']})")
            stored = {"op": "merge", "a": by_id[a]["name"], "b": by_id[b]["name"]}
            done = f"merged {by_id[b]['name']} into {by_id[a]['name']}"
        else:
            a = index.resolve(edit["actor"])
            if a is None:
                raise ClaimscopeError(f"no actor is called {edit['actor']!r}")
            row = by_id[a]
            key = name_key(edit["alias"])
            seen = {name_key(s) for s in row.get("aliases", ())}
            if key not in seen:
                raise ClaimscopeError(f"{row['name']} is never written {edit['alias']!r} "
                                      f"(its names: {', '.join(row.get('aliases', ())[:12])})")
            if all(name_key(s) == key for s in row.get("aliases", ()) if s):
                raise ClaimscopeError(f"{edit['alias']!r} is all there is of {row['name']}")
            stored = {"op": "split", "actor": row["name"], "alias": edit["alias"]}
            done = f"split {edit['alias']} off {row['name']}"
        session.table("user").insert(stored)
        n, _ = complete(session)
    return f"{done}; {n} actors"
