"""What a share counts when its clause says how a thing changed: "the economy grew 1.1%" counts
growth (of the economy), "consumer prices rose 5.2%" counts inflation. The change's name comes
from the class table (``store/data/quantities.toml``, ``[[change]]``); the subject stays in the
phrase, so "GDP growth" and "output growth" are told apart by what grew. A share a verb sets its
object to, by or at ("lifted its main rate by 75 basis points to 6.5%") measures that
object, or what a number noun there is "for" ("its figure for annual growth")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted_area import NOT_TAKEN, participle_of
from store.extract.figures.counted_of_noun import value_of_the_noun
from store.extract.figures.counted_price import VALUE, of_a_size, priced_name, value_of_priced
from store.extract.figures.counted_price_period import per_a_period
from store.extract.figures.parse import branch_under, governing_verb, raised
from store.extract.figures.priced_each import DISTRIBUTIVE, ONE_OF_A_KIND
from store.extract.figures.priced_kind import charged_to, no_kind
from store.knowledge.context import context_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

USED = frozenset({"volume", "mass"})  # what a verb of using takes a measure of
LEVELS = frozenset({"to", "from", "at"})  # "grew to 31%", "from 24%": levels, not the change
# what one of a kind costs is its price ("a detached house cost $1.9m": the house price), as
# what a project or a measure cost is its cost (WordNet 3.1 price.n.02: the amount of money
# needed to purchase something; cost.n.01: the total spent for goods or services)
COST, PRICE = "cost", "price"


def named_change(span: Span, head: Token, phrase: str, unit: str | None) -> tuple[str, str] | None:
    """The counted phrase and head of a share whose counted noun is the subject of a verb of
    change the share completes ("GDP grew 0.6%" -> "GDP growth"), else None. ``unit`` is the
    figure's own unit as the number scanner read it (a currency code for a sum)."""
    priced = value_of_priced(span, head)
    if priced is not None:  # "the shares lost 94% of their value": the share price
        return priced, priced.split()[-1]
    if _valued_at(span, head):  # "valued the haul at EUR700m": the haul's value
        return f"{phrase} {VALUE}", VALUE
    if span.root.head.i == head.i and span.root.dep_ in ("nummod", "quantmod", "compound"):
        return None  # "600,000 households grow coffee": the figure counts the subject itself
    if value_of_the_noun(span, head):
        return None  # "a levy of 5% would cost drivers $40": the levy itself, not its cost
    verb = governing_verb(span)
    if verb.dep_ != "relcl" or verb.head.i != head.i:  # "Orvex shares, which lost 9%"
        verb = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
            return None
        own = governing_verb(span)
        if own.i != verb.i and not (raised(own) and own.head.i == verb.i):
            return None
        verb = own  # "GDP is expected to grow 2%": the change is the verb the share completes
    node = clause_node(span)
    if node.dep_ == "prep" and node.lower_ in LEVELS:
        return None  # "the share had grown to 31 percent": the level reached, not the growth
    priced = priced_name(head) if not of_a_size(span) else None  # ("the stock was 38% smaller")
    if priced is not None:
        # "shares fell 6%": the share price (but "the share of the vote rose" is a proportion)
        return priced, priced.split()[-1]
    compound = " ".join([*(t.lemma_.lower() for t in head.lefts if t.dep_ in ("compound", "amod")),
                         head.lemma_.lower()])
    for change in quantity_classes().changes:
        if verb.lemma_.lower() not in change.verbs:
            continue
        if change.of and compound not in change.of:  # "potato prices" rising is no inflation
            continue
        words = phrase.split()
        if words and words[-1] == head.text:
            words[-1] = head.lemma_  # "consumer prices" -> "consumer price inflation"
        name = PRICE if change.name == COST and _one_of_a_kind(head, verb) and not (
            _given_per(span, unit)) else change.name
        return " ".join([*words, name]), name
    return None


def _valued_at(span: Span, head: Token) -> bool:
    """ "valued the haul at EUR700m", "valuing the airline at about 19 million pounds", "a stake
    valued at $2bn": the figure is the "at" of the verb "value" (Oxford Dictionary of English,
    3rd ed., value (verb) 1 "estimate the monetary worth of (something)") and the noun is what
    it values (its object, the subject of its passive, or the noun its participle describes):
    the verb names the quantity, its worth, as "cost" names a cost."""
    node = clause_node(span)
    verb = node.head
    if node.dep_ != "prep" or node.lower_ != "at" or verb.lemma_.lower() != VALUE or (
            verb.pos_ != "VERB"):
        return False
    if head.head.i == verb.i:
        return head.dep_ in ("dobj", "nsubjpass")
    return verb.dep_ in ("acl", "relcl") and verb.head.i == head.i


def _one_of_a_kind(subject: Token, verb: Token) -> bool:
    """ "A detached house cost $1.9m", "a dozen eggs cost 31 crowns", "each ticket costs $40":
    a subject said of any one of a kind ("a", "one", "each", "every", or counted in "a dozen"),
    as a fact (no modal: "a new lock would cost $40m" supposes one case)."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or no_kind(subject) or (
            charged_to(verb)):
        return False  # ("a strike at the port cost $50m": a loss, see ``priced_kind``)
    kinds = ONE_OF_A_KIND | DISTRIBUTIVE
    return any(c.dep_ in ("det", "predet") and c.lower_ in kinds for c in subject.children) or any(
        c.dep_ == "nummod" and c.is_alpha and any(g.lower_ in ONE_OF_A_KIND for g in c.children)
        for c in subject.children)


def _given_per(span: Span, unit: str | None) -> bool:
    """ "A hotel place cost £145 per person per night": a sum given per some other one is a
    cost of the service per that one, not the price of its subject; and a figure that is no
    sum ("nearly four times the £39 a night") sets no price. The figure's own unit says whether
    it is a sum, however the currency is written ("R$380", "Rs 2,400", "Rp 52,000")."""
    doc = span.doc
    return unit not in units().currency_codes or (
        span.end < len(doc) and doc[span.end].lower_ in ("per", "a", "an", "each")
        and not per_a_period(span))  # "a double room costs €310 a night": still its price


def clause_node(span: Span) -> Token:
    """The token of a figure's phrase that hangs on its clause's verb: the figure itself, or
    the preposition or noun it sits in ("to a level of 3.25%" -> "to")."""
    node = span.root
    while node.head.i != node.i and node.dep_ in ("nummod", "quantmod", "compound", "pobj",
                                                     "prep", "npadvmod") and (
            node.head.pos_ not in ("VERB", "AUX")):
        node = node.head
    return node


def changed_object(span: Span) -> Token | None:
    """The object a verb sets to, by, at or from a share: "kept its key rate at 3.25%" -> rate,
    "raised the target for the interest rate by 50 basis points" -> rate."""
    node = clause_node(span)
    verb = node.head
    # ("revised its figure up from 0.3% to 0.6%": the particle holds the range)
    if verb.pos_ != "VERB" or node.dep_ not in ("prep", "prt") or node.lower_ not in (
            "to", "by", "at", "from", "up", "down"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < span.start), None)
    if obj is None or obj.pos_ != "NOUN":
        return None
    ctx, shares = context_words(), quantity_classes().percent_nouns
    lemma = obj.lemma_.lower()
    if lemma in ctx.number_nouns or lemma == "target":
        inner = what_it_is_for(obj, verb)
        if inner is not None:
            return inner
    if lemma in ctx.not_counted and lemma not in shares:
        return None
    return obj


def what_it_is_for(obj: Token, verb: Token) -> Token | None:
    """ "its figure for annual growth", "the target for the interest rate", "its forecast for
    the crop": the noun a verb's object is "for" or "of" (the parser may hang the "for" on the
    verb, right after the object)."""
    of = next((c for c in [*obj.children, *verb.children] if c.dep_ == "prep"
               and c.lower_ in ("for", "of") and (c.head.i == obj.i or c.i == obj.i + 1)), None)
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return inner if inner is not None and inner.pos_ == "NOUN" else None


def rated_noun(span: Span) -> Token | None:
    """ "an unemployment rate of 5.8% of the active population": a share a rate, a share or a
    level is "of" measures what the noun's compound names ("unemployment"); an "of" phrase
    after the share is the base it is taken of."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return None
    noun = prep.head
    if noun.lemma_.lower() not in quantity_classes().percent_nouns:
        return None
    # a bare "level of" or "rate of" says nothing: the clause does ("raised ... to a level of")
    return next((c for c in reversed(list(noun.lefts)) if c.dep_ == "compound"
                 and c.pos_ == "NOUN"), None)


def name_what_is_used(fig: FoundFigure, span: Span) -> None:
    """ "The town uses about 640 million litres a day": a rate of volume or mass with no noun of
    its own that a verb of using takes counts the use ("use", "consumption"), not a flow; one
    a verb of handling (the same table) or another verb's written participle acts on is named
    by what it does ("treats 80 million litres a day": treated; "are filtered": filtered), and
    flow stays the name for a verb of release and the fallback."""
    base, per, tail = fig.unit.partition(" per ")
    if fig.counted is not None or not per:
        return  # a total is left to the verbs of flow and release
    found = units().conversions.get(base)
    if found is None or found[0] not in USED:
        return
    verb = governing_verb(span)
    named = quantity_classes().uses.get(verb.lemma_.lower())
    if named is None and verb.tag_ == "VBN" and _timed(tail) and _acted_on(span, verb):
        # "9 million litres are filtered every day": the participle as written says what is done
        # to the volume (a present form of a verb not in the table is left alone: its
        # participle may be irregular, "bring" -> "brought"); a release stays a flow
        done = participle_of(verb)
        if done != NOT_TAKEN and quantity_classes().noun_class.get(done) not in (
                "released", "flow"):
            named = done
    if named is not None:
        fig.counted = fig.counted_head = named


def name_the_used_substance(fig: FoundFigure, span: Span) -> None:
    """ "Petrol consumption fell to 48 million litres a day", "sulphur dioxide emissions of 900
    tonnes a day": a volume or a mass named by a noun of using up or giving off a substance with
    the substance's noun in front of it measures the substance (the litres are litres of petrol),
    so the counted phrase ends in the substance ("Petrol"). An adjective in front ("daily
    consumption") names no substance and is left alone."""
    if fig.counted is None or (fig.counted_head or "") not in quantity_classes().use_nouns:
        return
    found = units().conversions.get(fig.unit.partition(" per ")[0])
    words = fig.counted.split()
    if found is None or found[0] not in USED or len(words) < 2:
        return
    for tok in span.sent:
        before = tok.doc[tok.i - 1] if tok.i > span.sent.start else None
        if (before is not None and tok.text == words[-1] and before.text == words[-2]
                and before.dep_ == "compound" and before.head.i == tok.i
                and before.tag_ in ("NN", "NNS")):
            fig.counted, fig.counted_head = " ".join(words[:-1]), before.lemma_.lower()
            return


def _timed(per: str) -> bool:
    """ "per day", "per person per day": a rate over time (not "per hectare", a yield)."""
    periods = context_words().rate_period_words
    return any(word in periods for word in per.lower().split())


def _acted_on(span: Span, verb: Token) -> bool:
    """The amount is what its verb acts on (its object, or the subject of its passive) and the
    verb says what is done to it: not a verb of being, measuring, saying, owning, holding,
    bounding or changing ("reached", "said", "has", "can store", "cut to")."""
    if verb.pos_ != "VERB" or (verb.tag_ == "VBG" and verb.dep_ == "amod"):
        return False
    node = branch_under(verb, span.root)
    if node.dep_ not in ("dobj", "nsubjpass"):
        return False
    ctx = context_words()
    lemma = verb.lemma_.lower()
    return not any(lemma in words for words in (
        ctx.measure_verbs, ctx.reporting, ctx.owner_verbs, ctx.capacity_verbs, ctx.bound_verbs,
        ctx.revising_verbs, ctx.change_verbs, ctx.goods_verbs.keys(), ctx.money_verbs.keys()))
