"""How an actor's lookup and relations read, for the actor screen, the corpus search and
``claimscope actors``: which spelling a typed name found, its parent and parts, the descriptions
resolved to it (with why) and the reader's edits that shaped it. Plain strings; callers pass them
through ``short`` or ``cell`` like any text from a store."""

from __future__ import annotations

from store.corpus import Corpus
from store.model import Actor

HOW = {
    "exact": "its name",
    "alias": "another name it goes by",
    "word": "a word of its name",
    "variant": "a spelling variant",
    "prefix": "the start of a name",
    "close": "the closest name",
}


def match_note(query: str, how: str, written: str) -> str | None:
    """"Haftar: found by a spelling variant; the corpus writes “Khalifa Hifter”." (None when
    the typed name is the actor's own.)"""
    if how == "exact":
        return None
    return f"{query}: found by {HOW.get(how, how)}; the corpus writes “{written}”"


def match_hint(how: str, written: str) -> str:
    """A short tag for a list row: "variant of Hifter"."""
    return "" if how == "exact" else f"{how}: {written}"


def actor_relations(corpus: Corpus, actor: Actor) -> list[str]:
    """Lines about the actor's parent, parts, resolved descriptions and edits."""
    lines = []
    parent = _actor(corpus, actor.part_of)
    if parent is not None:
        lines.append(f"part of: {parent.name}")
    parts = corpus.parts(actor.id)
    if parts:
        lines.append("parts: " + ", ".join(a.name for a in parts[:20]))
    said: dict[tuple[str, str], set[tuple[str, int]]] = {}  # (phrase, why) -> where
    for article, start, end, why in actor.reasons:
        try:
            phrase = corpus.text(article)[start:end]
        except KeyError:
            continue
        phrase = phrase[:1].lower() + phrase[1:]
        said.setdefault((phrase, why), set()).add((article, start))
    for (phrase, why), where in sorted(said.items(), key=lambda kv: -len(kv[1])):
        times = f" ×{len(where)}" if len(where) > 1 else ""
        articles = len({a for a, _ in where})
        lines.append(f"“{phrase}”{times} in {articles} article{'s' if articles > 1 else ''}: "
                     f"{why}")
    lines.extend(f"edit: {e}" for e in actor.edits)
    return lines


def _actor(corpus: Corpus, actor_id: str | None) -> Actor | None:
    try:
        return corpus.actor(actor_id) if actor_id else None
    except KeyError:
        return None
