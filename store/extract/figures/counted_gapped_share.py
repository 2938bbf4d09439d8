"""A share in a gapped second conjunct: "71% of the clearing took place on private land, and 9%
inside conservation units", "about 60% of the voters backed the mayor in the north, and 35% in
the south", "one-eighth of the country's electricity last year, and 14.1% in the first quarter".
The second conjunct leaves out everything but the share and where or when it holds; what it is a
share of is what the first share was "of" (the Cambridge Grammar of the English Language,
ch. 15 §4.2, gapping: the second clause repeats the first with its verb and other shared parts
left out). The parser hangs the second share on the first clause, so a rule that reads its
clause hands it the first clause's object or a place ("mayor", "land"), or nothing.

Only a share whose conjunct has no verb of its own and no noun between the coordinator and the
share ("and doctors 12%" names its own part, which ``counted_gapped`` reads for sums), after a
share of the same sentence that named its whole by its own "of" phrase."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.counted_share import SHARES
from store.extract.figures.parse import text_of, token_at
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from store.extract.figures.found import FoundFigure

# the coordinator right before the share, with a word of approximation: ", and 9%", "and about
# a third", ", but only 12%"
_COORDINATED = re.compile(
    r",?\s+(?:and|but|while|against|with)\s+(?:(?:about|around|almost|nearly|roughly|some|just|"
    r"only|over|under|more\s+than|less\s+than|close\s+to)\s+)?$", re.I)
REACH = 200  # characters between the first share and the second, at most
TAIL = 10  # tokens after the share its conjunct is read for a verb of its own
# what a gapped conjunct keeps after its share: where, when or among whom it holds
KEPT = frozenset({"in", "inside", "at", "on", "among", "for", "from", "during", "across",
                  "outside", "within", "by", "over", "under", "last", "this", "a", "the"})


def name_the_gapped_shares(figures: list[FoundFigure], doc: Doc) -> None:
    """Give each share of a gapped second conjunct (see the module's docstring) with no noun of
    its own, or a borrowed one, the counted phrase of the share before it that named its
    whole."""
    text = text_of(doc)
    for k, fig in enumerate(figures):
        if k == 0 or fig.unit not in SHARES or (fig.counted is not None and not fig.inherited):
            continue
        first = figures[k - 1]
        if (first.sentence != fig.sentence or first.unit not in SHARES or first.inherited
                or first.counted is None or fig.start - first.end > REACH):
            continue
        if _COORDINATED.search(text, first.end, fig.start) is None or not _gapped(doc, fig):
            continue
        fig.counted, fig.counted_head, fig.group = first.counted, first.counted_head, first.group
        fig.inherited = True


def _gapped(doc: Doc, fig: FoundFigure) -> bool:
    """Whether the share's conjunct keeps only where or when it holds: the word after the share
    opens such a phrase or ends the clause, and no verb follows before the clause ends."""
    last = token_at(doc, fig.end - 1)
    if last is None:
        return False
    after = last.i + 1
    if after >= len(doc) or doc[after].is_punct:
        return True
    if doc[after].lower_ not in KEPT:
        return False
    if doc[after].lower_ in ("a", "the") and not _opens_a_period(doc[after]):
        return False  # "and 61% a second dose": the conjunct names its own object
    for tok in doc[after:min(len(doc), after + TAIL)]:
        if tok.is_punct:
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return True


def _opens_a_period(det: object) -> bool:
    """Whether a determiner right after the share opens a time ("and 9% a year later", "and
    14% the year before"), not an object of the left-out verb ("and 61% a second dose")."""
    return det.head.lemma_.lower() in context_words().rate_period_words  # type: ignore[attr-defined]
