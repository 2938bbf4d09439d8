"""``claimscope check "CLAIM"``: a typed claim against the store's estimates.

The claim is read by the ingest's figure grammar (spaCy loads here, about a second), each figure
is matched to the store's quantity by the conflict grouping's own keys, and answered:
supported, contradicted, outdated, disputed or no evidence, with the evidence strongest first
and one sentence of reasoning (``store.check``; the rules and the ``--json`` shape are in
docs/check.md). ``--save`` keeps the answer for ``claimscope export --format claimreview``.
"""

from __future__ import annotations

import argparse

from store.check.answer import Checker
from tui.commands.common import cell, console, corpus_from, print_json
from tui.present.check import result_lines

EPILOG = ("exit status: 0 for any answer (supported, contradicted, outdated, disputed, no "
          "evidence); 2 for an error (no store, no figure in the claim, a bad --as-of date).")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EPILOG
    parser.add_argument("claim", metavar="CLAIM",
                        help='the claim, quoted: "ISIS still has 30,000 fighters in Iraq and '
                             'Syria"')
    parser.add_argument("--json", action="store_true", help="JSON for scripts (docs/check.md)")
    parser.add_argument("--as-of", metavar="DATE",
                        help="check as of this date (YYYY, YYYY-MM or YYYY-MM-DD): the claim is "
                             "taken as said then, and only figures printed by then count")
    parser.add_argument("--save", action="store_true",
                        help="keep the answer in the store, for export --format claimreview")
    parser.add_argument("--said-by", metavar="NAME",
                        help="with --save: who made the claim (ClaimReview's claim author)")
    parser.add_argument("--seen-at", metavar="URL", action="append", default=[],
                        help="with --save: where the claim appeared (repeat for several)")
    parser.add_argument("--said-on", metavar="DATE",
                        help="with --save: when the claim was made (YYYY-MM-DD)")


def run(args: argparse.Namespace) -> int:
    # deferred: the figure grammar and spaCy load only once a claim is there to read
    from store.check.parse import check_date, parse_claim

    as_of = check_date(args.as_of)
    said_on = check_date(args.said_on)
    result = Checker(corpus_from(args), parse_claim).check(args.claim, as_of)
    saved = None
    if args.save:
        from store.review.record import save_check

        document = result.document()
        document.update(said_by=args.said_by, seen_at=list(args.seen_at), said_on=said_on)
        saved = save_check(args.db, document)
    if args.json:
        document = result.document()
        if saved is not None:
            document["saved"] = saved
        print_json(document)
        return 0
    out = console()
    for line in result_lines(result, min(out.width, 100)):
        out.print(line)
    if saved is not None:
        out.print()
        out.print(cell(f"saved as check {saved} (claimscope export --format claimreview)"))
    return 0
