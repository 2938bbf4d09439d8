"""A verb the tagger reads as a participle modifier after the counted noun: "about 2,000 people
lit candles", "some 300 farmers held placards". An irregular verb's past tense is written as its
past participle ("lit", "held", "sent", "set"), and the tagger may call it VBN; the counted-noun
run then takes the verb's object for the thing counted. The parse still makes the noun before it
the verb's subject, which a modifier before a noun never has ("armed adherents", "Emirate-provided
transport planes"): such a word ends the run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def verb_of_the_run(tok: Token, run: list[Token]) -> bool:
    """The word is the verb whose subject is a noun already in the run."""
    return bool(run) and tok.tag_ in ("VBN", "VBD") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c in run for c in tok.children)


def clause_on_the_noun(tok: Token, run: list[Token]) -> bool:
    """The word is a participle after a noun already in the run that the parse does not hang
    before a noun as its modifier: it opens a clause about that noun ("150 walkers needing
    help", "40 patients awaiting surgery", "30 lorries carrying grain"), whose object is what
    the counted things need or carry, not what is counted."""
    return (bool(run) and tok.tag_ in ("VBG", "VBN") and tok.dep_ not in ("amod", "compound")
            and any(t.pos_ in ("NOUN", "PROPN") for t in run))
