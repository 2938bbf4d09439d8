"""Two modifiers joined by "and"/"or" before one noun, in the phrase that says what an amount
is of ("4,200 megawatts of new wind and solar capacity", "$3bn of state and federal funding"):
the parser often takes the first modifier for the object of "of" and the noun, with the second
modifier, for a conjunct of it. The noun both modifiers share is what the amount is of: a bare
singular first conjunct (no article, no possessor, no number of its own) is a modifier of the
noun that closes the second conjunct, when that noun has a classifying adjective of its own
right before it ("solar", "federal", "nuclear": the kind of the noun, as the first modifier is),
and when that noun names an amount of its own (a capacity, a budget, funding: ``measure_nouns``
and ``money_nouns``), which a bare modifier can be of but a good cannot: "of oil and natural
gas", "of rice and brown sugar" are two goods, the second one described. Two whole nouns ("of
rice and wheat", "of coal and iron ore") and a noun beside a described one ("of fish and frozen
meat": a participle says a state, not a kind) are left as they were read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted_paired import JOINERS
from store.extract.figures.times_noun import names_an_amount

if TYPE_CHECKING:
    from spacy.tokens import Token

STATES = ("ed", "en")  # the endings of a participle used as an adjective ("frozen", "used")
OWN_WORDS = frozenset({"det", "poss", "nummod"})  # the words of a noun phrase of its own


def shared_head(obj: Token) -> Token:
    """The noun ``obj``, the object of "of", shares with its conjunct ("wind" of "wind and solar
    capacity" -> "capacity"), or ``obj`` itself."""
    # (a phrase after the pair, "... capacity in the third round", may hang on the first noun:
    # it is no sign of a phrase of its own)
    if obj.tag_ != "NN" or any(c.dep_ in OWN_WORDS for c in obj.children):
        return obj
    doc = obj.doc
    if obj.i + 3 >= len(doc) or doc[obj.i + 1].lower_ not in JOINERS:
        return obj
    modifier, noun = doc[obj.i + 2], doc[obj.i + 3]
    if noun.dep_ != "conj" or noun.head.i != obj.i or noun.pos_ != "NOUN" or (
            not names_an_amount(noun)):
        return obj
    if modifier.head.i != noun.i or modifier.dep_ != "amod" or modifier.tag_ != "JJ" or (
            not modifier.is_alpha or modifier.lower_.endswith(STATES)):
        return obj
    if any(c.dep_ in OWN_WORDS for c in noun.children):
        return obj  # "of wind and the solar capacity": two phrases, each its own
    return noun
