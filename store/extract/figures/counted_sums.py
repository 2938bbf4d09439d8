"""What an amount of money is, when the words round it say so in a way the parse of its own
phrase does not read: a noun "worth" describes in apposition ("the programme, worth MAD 120bn,
began"). Each rule reads a bounded window round the sum."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def described_as_worth(worth: Token) -> Token | None:
    """The noun "worth" describes, set off by a comma ("the reconstruction programme, worth
    MAD 120bn", "signed a contract, worth £9m a year"): the parse hangs "worth" on it as a
    modifier. None when "worth" hangs on anything else, or on the object of a preposition,
    which the parse may have taken for the noun its phrase qualifies ("a deal for new trams,
    worth €350m": the deal)."""
    head = worth.head
    if worth.dep_ != "amod" or head.pos_ != "NOUN" or head.i >= worth.i or head.dep_ == "pobj":
        return None
    if worth.i == 0 or worth.doc[worth.i - 1].text != ",":
        return None  # "hake worth $48.5m": the noun right before is read as the goods
    return head
