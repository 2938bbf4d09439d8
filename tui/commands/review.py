"""``claimscope review ...``: the fact-checker's judgements, kept in the store through every
re-ingest (``store.review``).

    claimscope review list [--json]
    claimscope review misread FIGURE                  # wrongly read: out of its groups, struck
    claimscope review correct FIGURE [--value V] [--counted C] [--where W] [--period P]
                                     [--origin O]
    claimscope review move FIGURE (--to GROUP | --out)
    claimscope review verdict GROUP VERDICT --note TEXT
    claimscope review undo                            # the latest judgement

Figure ids are in ``claimscope figures --json``, group ids in ``claimscope conflicts --json``.
"""

from __future__ import annotations

import argparse

from rich.table import Table

from store.errors import ClaimscopeError
from store.model import VERDICTS
from tui.commands.common import cell, console, corpus_from, print_json

ACTIONS = ("list", "misread", "correct", "move", "verdict", "undo")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = "exit status: 0 when done; 2 for an error (an unknown figure or group, a " \
                    "judgement that changes nothing, a store being written)."
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="every judgement and saved check, and whether it "
                             "still applies")
    listing.add_argument("--json", action="store_true", help="JSON for scripts")
    misread = sub.add_parser("misread", help="mark a figure as wrongly read")
    misread.add_argument("figure", metavar="FIGURE")
    correct = sub.add_parser("correct", help="correct what a figure says")
    correct.add_argument("figure", metavar="FIGURE")
    correct.add_argument("--value", help='"30,000", "about 30,000", "14,000-18,000", "$1.5 '
                         'billion"')
    correct.add_argument("--counted", help="what it counts: fighters, troops, displaced people")
    correct.add_argument("--where", help='places, comma-separated: "Iraq, Syria"')
    correct.add_argument("--period", help="YYYY, YYYY-MM, YYYY-MM-DD, or 'event'")
    correct.add_argument("--origin", help="whose estimate it is")
    move = sub.add_parser("move", help="move a figure to another group's quantity, or out of "
                          "its groups")
    move.add_argument("figure", metavar="FIGURE")
    where = move.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", metavar="GROUP", help="a conflict group id")
    where.add_argument("--out", action="store_true", help="out of every group")
    verdict = sub.add_parser("verdict", help="set a group's verdict by hand, with a note")
    verdict.add_argument("group", metavar="GROUP")
    verdict.add_argument("verdict", choices=VERDICTS)
    verdict.add_argument("--note", required=True, help="why: it is published with the verdict")
    sub.add_parser("undo", help="undo the latest judgement")


def run(args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(args)
    # deferred: the write path loads the grouping; listing does not need it
    from store.review.record import record_judgement, undo_last

    if args.action == "undo":
        done = undo_last(args.db)
    elif args.action == "misread":
        done = record_judgement(args.db, "misread", figure=args.figure)
    elif args.action == "correct":
        fields = {name: getattr(args, name) for name in ("value", "counted", "where", "period",
                                                         "origin") if getattr(args, name)}
        if not fields:
            raise ClaimscopeError("nothing to correct: give --value, --counted, --where, "
                                  "--period or --origin")
        done = record_judgement(args.db, "correct", figure=args.figure, fields=fields)
    elif args.action == "move":
        done = record_judgement(args.db, "move", figure=args.figure,
                                to=None if args.out else args.to)
    else:
        done = record_judgement(args.db, "verdict", group=args.group, verdict=args.verdict,
                                note=args.note)
    console().print(cell(done, 400))
    return 0


def _list(args: argparse.Namespace) -> int:
    from store.review.record import describe_judgement

    rows = [r for r in corpus_from(args).user_rows() if r.get("seq")]
    if args.json:
        print_json(rows)
        return 0
    out = console()
    if not rows:
        out.print("no judgements and no saved checks")
        return 0
    table = Table(title=f"{len(rows)} judgements and saved checks", title_justify="left")
    for name in ("#", "judgement", "state", "made"):
        table.add_column(name, overflow="fold")
    for row in rows:
        now = row.get("now") or {}
        state = now.get("status") or ("saved" if row.get("op") == "check" else "-")
        target = now.get("figure") or now.get("group")
        if target:
            state += f" → {target}"
        table.add_row(str(row.get("seq")), cell(describe_judgement(row), 200),
                      cell(state, 80, "bold" if now.get("status") == "stale" else ""),
                      cell(str(row.get("made_at") or "")[:16]))
    out.print(table)
    return 0
