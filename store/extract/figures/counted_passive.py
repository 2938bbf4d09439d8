"""Whether a sum is the object of its verb itself, so that no other noun the parse hangs there
is what the sum is.

A sum completes the passive of a verb of money: "the airline may be fined £2.4m", "the bank was
fined up to $13 million", "growers will be paid €3". The passive's subject is then the party
fined or paid, never what the sum is (a fine, a payment, as the verb says).

Only a sum right after the verb, past "up to" and qualifiers, completes it: a sum in a phrase of
its own ("the contract was awarded for $5m", "sold at $40") is not the verb's second object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

REACH = 4  # tokens between the verb and the sum ("up to about", "an estimated")
BETWEEN = frozenset({"up", "to", "as", "much", "many", "about", "around", "roughly", "nearly",
                     "almost", "some", "an", "a", "estimated", "further", "more", "than",
                     "over", "another", "only", "just", "at", "least"})


def completes_passive(verb: Token, span: Span) -> bool:
    """The sum stands right after the passive verb, with only "up to", "at least", a qualifier
    or an article between, on the verb's own line of the parse."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if not verb.i < span.start <= verb.i + 1 + REACH:
        return False
    between = span.doc[verb.i + 1:span.start]
    if not all(t.lower_ in BETWEEN for t in between):
        return False
    node = span.root
    while node.head.i != node.i and node.head.i != verb.i:
        if node.head.i < verb.i:
            return False
        node = node.head
    return node.head.i == verb.i


def second_object(node: Token, verb: Token, other: Token) -> bool:
    """ "It will pay €2,000 a hectare ..., through Agrifund, the ministry's agency": the sum is
    the verb's direct object, so another the parse also calls one (an aside after a comma, read
    as an object) is no noun of the sum's; a verb has one direct object."""
    return node.dep_ == "dobj" and node.head.i == verb.i and other.i > node.i and _a_sum(node)


def _a_sum(node: Token) -> bool:
    """The object is a sum of money ("€2,000", "2.5 million dinars"), not a measure whose rate
    the parse may read as a second object ("needs 500 litres a round")."""
    return node.ent_type_ == "MONEY" or any(t.tag_ == "$" for t in node.subtree)
