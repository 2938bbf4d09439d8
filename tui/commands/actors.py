"""``claimscope actors [NAME]``: the actors table, or one actor's mentions in context and links;
``claimscope actors merge A B`` and ``claimscope actors split A ALIAS``: the reader's corrections.

The words after ``actors`` are read as a name unless they are exactly ``merge A B`` or ``split A
ALIAS`` (three words; quote names of several words), so ``claimscope actors Khalifa Hifter`` and
even an actor called "Merge" still look up a name. Edits are kept in the store and replayed after
every ingest (``store.actors.edits``).
"""

from __future__ import annotations

import argparse

from rich.table import Table
from rich.text import Text

from store.errors import ClaimscopeError
from tui.commands.common import cell, console, corpus_from, print_json
from tui.present.actors import actor_relations, match_note
from tui.present.labels import CONTEXT, in_context, plural
from tui.present.marks import actor_words

EDITS = {"merge": ("a", "b"), "split": ("actor", "alias")}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "words", nargs="*", metavar="NAME",
        help="an actor by any of its names (fuzzy); or: merge A B (A and B are one actor); "
             "or: split A ALIAS (mentions written ALIAS are not A)")
    parser.add_argument("--json", action="store_true", help="JSON for scripts")


def run(args: argparse.Namespace) -> int:
    words = list(args.words or ())
    if len(words) == 3 and words[0] in EDITS:
        return _edit(args, words[0], words[1], words[2])
    args.name = " ".join(words)
    corpus = corpus_from(args)
    out = console()
    if not args.name:
        actors = corpus.actors()
        if args.json:
            print_json([{"id": a.id, "name": a.name, "type": a.type, "aliases": list(a.aliases),
                         "mentions": a.n_mentions, "articles": list(a.articles)} for a in actors])
            return 0
        table = Table(title=plural(len(actors), "actor"), title_justify="left")
        for name in ("name", "type", "aliases", "mentions", "articles"):
            table.add_column(name, overflow="fold")
        for a in actors:
            others = [n for n in a.aliases if n != a.name]
            table.add_row(cell(a.name, 50), cell(actor_words(a.type)), cell(", ".join(others), 80),
                          str(a.n_mentions), str(len(a.articles)))
        out.print(table)
        return 0
    matches = corpus.lookup(args.name, limit=6)
    if not matches:
        raise ClaimscopeError(f"no actor matches {args.name!r}")
    actor = matches[0].actor
    mentions = corpus.mentions(actor.id)
    links = corpus.linked(actor.id)
    if args.json:
        print_json({
            "id": actor.id, "name": actor.name, "type": actor.type, "aliases": list(actor.aliases),
            "matched": {"how": matches[0].how, "written": matches[0].written},
            "part_of": actor.part_of, "parts": [a.id for a in corpus.parts(actor.id)],
            "descriptions": [{"article": a, "start": s, "end": e, "reason": why}
                             for a, s, e, why in actor.reasons],
            "edits": list(actor.edits),
            "others": [{"id": m.actor.id, "name": m.actor.name, "how": m.how}
                       for m in matches[1:]],
            "mentions": [{"article": m.article, "start": m.start, "end": m.end,
                          "text": corpus.text(m.article)[m.start:m.end]} for m in mentions],
            "linked": [{"actor": lk.other(actor.id), "name": corpus.actor(lk.other(actor.id)).name,
                        "weight": lk.weight} for lk in links],
        })
        return 0
    head = Text()
    head.append_text(cell(actor.name, 80, "bold"))
    head.append(f"  {actor_words(actor.type)} · {plural(len(mentions), 'mention')} in "
                f"{plural(len(actor.articles), 'article')}")
    out.print(head)
    note = match_note(args.name, matches[0].how, matches[0].written)
    if note:
        out.print(cell(note, 300, "italic"))
    for line in actor_relations(corpus, actor):
        out.print(cell(line, 300))
    if len(matches) > 1:
        out.print(Text("other matches: ", style="dim").append_text(cell(", ".join(
            f"{m.actor.name} ({m.how})" for m in matches[1:]), 300)))
    others = [n for n in actor.aliases if n != actor.name]
    if others:
        out.print(Text("also: ").append_text(cell(", ".join(others), 300)))
    table = Table(title="mentions", title_justify="left")
    table.add_column("article", overflow="fold")
    table.add_column("context", overflow="fold")
    for m in mentions:
        # the words around it, cut at word boundaries
        table.add_row(cell(m.article, 30), in_context(corpus, m, 2 * CONTEXT))
    out.print(table)
    if links:
        linked = Table(title="linked actors", title_justify="left")
        linked.add_column("actor")
        linked.add_column("shared sentences", justify="right")
        for lk in links[:30]:
            linked.add_row(cell(corpus.actor(lk.other(actor.id)).name, 60), str(lk.weight))
        out.print(linked)
    return 0


def _edit(args: argparse.Namespace, op: str, first: str, second: str) -> int:
    from store.ingest.corpus_stage import record_edit

    fields = EDITS[op]
    done = record_edit(args.db, {"op": op, fields[0]: first, fields[1]: second})
    if args.json:
        print_json({"op": op, fields[0]: first, fields[1]: second, "result": done})
    else:
        console().print(cell(done, 300))
    return 0
