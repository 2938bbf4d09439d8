"""A wire dateline is not the subject of the sentence it opens: in "RIVERTON, 3 March - Single
bus fares in Riverton will rise from £2 to £2.50" the parser may take the place in capitals for
the verb's subject and hang the real subject on it in apposition. What a figure of that verb
measures is then the noun past the dateline's dash, never the place. Nor is a headline's label
before a colon ("Tennis boom: club membership passes 2,000"), which the parser may give the verb
for a second subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DASHES = frozenset({"-", "–", "—", "--"})
DATELINE_WORDS = 12  # tokens a wire dateline may take ("PORT VELM, Varnia, Oct 14 (AP) —")


def dateline_dash(sent: Span) -> int | None:
    """The index of the dash that ends a wire dateline opening the sentence (a place in
    capitals first, then within a few words a dash set off by spaces), else None. The hyphen
    inside a place's name ("SAINT-MALO") is no dash: no space stands around it. The parser may
    cut the place off as a sentence of its own ("TOKYO" | ", Sept 10 (Reuters) - Kato Ltd on
    Tuesday raised ..."): the sentence after it, opening on the dateline's comma or bracket,
    still opens with the rest of the dateline."""
    first = sent[0]
    if not (_capital_place(first) or _after_a_place_cut_off(sent)):
        return None
    doc = sent.doc
    return next((t.i for t in sent[:DATELINE_WORDS] if t.text in DASHES and t.whitespace_
                 and t.i > 0 and doc[t.i - 1].whitespace_), None)


def _capital_place(tok: Token) -> bool:
    """A word in capitals, as a wire dateline writes its place ("TOKYO", "PORT")."""
    return tok.is_upper and tok.is_alpha and len(tok) > 1


def _after_a_place_cut_off(sent: Span) -> bool:
    """Whether the sentence opens on a comma or a bracket right after a sentence that is a
    word in capitals alone (the place of a dateline the parser made a sentence of its own), or
    right after such a place and its comma made a sentence each ("LIMA" | "," | "Sept 10
    (Reuters) - ...")."""
    doc = sent.doc
    at = sent.start
    if sent[0].text not in (",", "("):
        if at < 2 or doc[at - 1].text != "," or not doc[at - 1].is_sent_start:
            return False
        at -= 1
    return at > 0 and _capital_place(doc[at - 1]) and doc[at - 1].is_sent_start


def past_label(subjects: list[Token], verb: Token) -> list[Token]:
    """The subjects with no colon between them and their verb, when there are any: a headline's
    label before a colon is no subject of the clause after it."""
    doc = verb.doc
    kept = [s for s in subjects if not any(t.text == ":" for t in doc[s.i + 1:verb.i])]
    return kept or subjects


def past_dateline(subject: Token) -> Token | None:
    """The subject itself when it is past any dateline; for a subject inside the dateline, the
    noun in apposition to it past the dash, else None (the dateline names no subject)."""
    dash = dateline_dash(subject.sent)
    if dash is None or subject.i > dash:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > dash), None)
