"""What an amount of money is given per when a seller's verb, said as a standing fact, names one
of a kind as the thing sold: "the bakery sells a box of six for €7", "the café charges €3 for a
coffee", "the dairy sells a dozen eggs for €4". The verb is one of price or of asking a price
(``price_verbs`` and ``asking_verbs`` of ``store/data/context.toml``) in the present tense, with
no modal, or in the progressive ("traders were selling a pack of ten eggs for PLN 9"): a price
list's statement, any one box at that price. "They sold a house for €300,000"
(the past) is one sale, a sum. The thing is the verb's object, before an amount the verb takes
through "for" or "at", or the object of "for" right after the amount the verb takes; its
determiner says one of a kind ("a", "an", "one"); a number word it is counted in ("a dozen
eggs") is what the amount is per. A span of time, an event or a mishap is no kind of thing one
buys (``priced_kind.no_kind``).

And a floating "each" after an amount the verb takes through "for" or "at" shares it over the
verb's plural object, the things sold, before its subject, the sellers: "farmers sold their
calves for €900 each" is per calf."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from store.extract.figures.priced_kind import no_kind
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PRESENT = frozenset({"VBZ", "VBP"})  # "sells", "charge": a standing price
ONE = frozenset({"a", "an", "one"})
THROUGH = frozenset({"for", "at"})  # "sells a box for €7", "sells loaves at €3 each"
REACH = 6  # tokens after the amount its "for a coffee" may start at
# how priced_each names the one a noun is (a lemma; a measure in the singular)
Naming = Callable[..., "str | None"]


def priced_object(span: Span, one_priced: Naming, measure: Naming) -> str | None:
    """The one the thing a seller's present-tense verb sells is (the module's docstring), as
    ``one_priced`` or ``measure`` name it; None for anything else."""
    thing = _sold_before(span) or _sold_after(span)
    if thing is None or no_kind(thing):
        return None
    if not {c.lower_ for c in thing.children if c.dep_ == "det"} & ONE:
        counted_in = next((c for c in thing.children if c.dep_ == "nummod" and c.is_alpha
                           and any(g.lower_ in ONE for g in c.children)), None)
        return counted_in.lower_ if counted_in is not None else None  # "a dozen eggs"
    return one_priced(thing) or measure(thing)


def _sold_before(span: Span) -> Token | None:
    """ "sells a box of six for €7": the object of a selling verb that takes the amount through
    "for" or "at"; or, where the parse hangs "for" on the number before it ("of six for"), the
    selling verb's object in the few words before a "for" right before the amount."""
    root, doc = span.root, span.doc
    prep = root.head if root.dep_ == "pobj" and root.head.lower_ in THROUGH else None
    if prep is not None and prep.dep_ == "prep" and _selling(prep.head):
        return next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < span.start),
                    None)
    if span.start < 1 or doc[span.start - 1].lower_ != "for":
        return None
    before = doc[max(span.sent.start, span.start - 1 - REACH):span.start - 1]
    return next((t for t in reversed(before) if t.dep_ == "dobj" and _selling(t.head)), None)


def _sold_after(span: Span) -> Token | None:
    """ "charges €3 for a coffee": the object of "for" right after the amount a selling verb
    takes as its object."""
    root = span.root
    if root.dep_ != "dobj" or not _selling(root.head):
        return None
    return next((o for p in (*root.head.children, *root.children)
                 if p.dep_ == "prep" and p.lower_ == "for" and span.end <= p.i < span.end + REACH
                 for o in p.children if o.dep_ == "pobj"), None)


def sold_each(span: Span, one_priced: Naming) -> str | None:
    """ "farmers sold their calves for €900 each": the plural object of the verb that takes the
    amount through "for" or "at" (the module's docstring), as ``one_priced`` names it."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in THROUGH or root.head.dep_ != "prep":
        return None
    verb = root.head.head
    things = [c for c in verb.children if c.dep_ == "dobj" and c.i < span.start]
    return one_priced(things[0], plural=True) if things else None


def _selling(verb: Token) -> bool:
    """A verb of price or of asking a price, in the present tense with no modal, or in the
    progressive ("traders were selling a pack of ten for PLN 9"): a standing price, not one
    sale."""
    ctx = context_words()
    if verb.lemma_.lower() not in ctx.price_verbs | ctx.asking_verbs:
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if verb.tag_ == "VBG":
        return len(auxes) == 1 and auxes[0].lemma_ == "be"
    return verb.tag_ in PRESENT and not auxes
