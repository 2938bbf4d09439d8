"""What a measure or a sum with no noun of its own measures: the subject of the verb of measure
it completes ("power demand topped 38 gigawatts", "the bill came to $310m", "prices start at
$12"), or the object a verb sets to it ("the operator cut its output forecast to 4.2GW").

A count names what it counts after the number ("38 pylons"); a measure names only its unit, and
what is measured is said by the clause. This is read last, once nothing nearer (a noun after the
amount, a table header, an area, a flow, a payment) has named it, so it never displaces them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import _copula_subject, counted_phrase, is_unit_noun
from store.extract.figures.counted_change import changed_object, clause_node
from store.extract.figures.parse import group_in
from store.knowledge.context import context_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import converted, units

NUMBERS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT", "DATE"})
FINITE = frozenset({"VBZ", "VBP", "VBD"})  # a verb's tags in a present or past tense

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure


def _measured(fig: FoundFigure) -> bool:
    """A sum of money or a measure (not a count, nor a share)."""
    lex = units()
    base = fig.base_unit
    return base in lex.measure_codes or base in lex.currency_codes


def in_singular_sense(fig: FoundFigure) -> None:
    """A sum stated of an amount paid per item ("fines range from $90 to $400", "prices start
    at $12") is one of them: a fine, a price (the ``unit_amounts`` of
    ``store/data/quantities.toml``); other sums and counts keep their words ("insured losses")."""
    if fig.counted is None or fig.counted_head not in quantity_classes().unit_amounts or (
            fig.base_unit not in units().currency_codes):
        return
    words = fig.counted.split(" ")
    last = words[-1].lower()
    head = fig.counted_head
    if last != head and last in (f"{head}s", f"{head}es") and " " not in head:
        fig.counted = " ".join([*words[:-1], head])


def name_the_subject(fig: FoundFigure, span: Span) -> None:
    """A measure or a sum with no counted noun takes the noun its clause says it measures."""
    if fig.counted is not None or not _measured(fig):
        return
    ctx = context_words()
    # only a verb of measure says its subject is measured ("the storm added $2bn to the bill"
    # names a cause, which a share's verbs of gain and loss do not tell apart)
    verb = clause_node(span).head
    subject = None
    lemma = verb.lemma_.lower()
    if lemma in ctx.measure_verbs or lemma in ctx.capacity_verbs or (
            lemma in ctx.situated_verbs and span.root.dep_ == "pobj"
            and span.root.head.lower_ == "at"):  # "the village lies at 1,822 metres"
        subject = _copula_subject(span, ctx)
        if subject is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            subject = verb.head  # "with fares starting at $12": the noun the verb is said of
        subject = subject or subject_read_as_head(verb)  # "as farm losses top €1.2bn"
        subject = subject or subject_over_adjective(verb)  # "damage is likely to reach $2bn"
    motion = None
    if subject is None and _a_speed(fig):
        motion = ctx.motion_verbs.get(verb.lemma_.lower())
        if motion is not None:
            subject = _mover(verb)  # "the glacier was moving 9 metres a day": its movement
    noun = subject or changed_object(span) or _named_level(span)
    if noun is None or is_unit_noun(noun) or noun.like_num or noun.ent_type_ in NUMBERS or (
            noun.lemma_.lower() in ctx.not_counted and not _a_named_level(noun, subject)):
        return  # ("set its share at 2 billion riyals": a share names a part, not what of)
    fig.counted = counted_phrase(noun, group_in(list(noun.lefts)))
    fig.counted_head = noun.lemma_.lower()
    if motion is not None and noun is subject:
        fig.counted, fig.counted_head = f"{fig.counted} {motion}", motion


def _a_speed(fig: FoundFigure) -> bool:
    """A length given per a period ("9 metres a day", "4 km an hour"), or a unit of speed."""
    found = converted(fig.unit)
    return found is not None and (found[0] == "speed" or found[0].startswith("rate:length per "))


def _mover(verb: Token) -> Token | None:
    """What a verb of motion says moves: its subject, or that of the clause its own participle
    clause hangs on ("the fire burned 900 hectares, spreading at 4 km an hour"); a pronoun
    names nothing here."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("advcl", "conj", "xcomp") and verb.tag_ in ("VBG", "VBN"):
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    return subject


def subject_read_as_head(verb: Token) -> Token | None:
    """ "as weekly cases top 1,100", "as farm losses top €1.2bn": a verb in a finite form (a
    present or a past tense, never a participle) that the parser hung on the noun right before
    it, as a clause or a modifier of that noun, has that noun for its subject (a headline's
    clause after "as" is often parsed so)."""
    if verb.tag_ not in FINITE or verb.dep_ not in ("acl", "amod") or verb.i == 0:
        return None
    noun = verb.head
    return noun if noun.i == verb.i - 1 and noun.pos_ == "NOUN" else None


# the words of a level that, modified, name the quantity they are the level of ("the water
# level", "the national average")
LEVELS = frozenset({"level", "average"})


def _a_named_level(noun: Token, subject: Token | None) -> bool:
    """ "The water level stood at 3.1 metres", "the national average reached $2,070 a month": a
    subject that is a level or an average with a word of its own before it (a compound, an
    adjective) names what it measures."""
    return noun is subject and noun.lemma_.lower() in LEVELS and any(
        c.dep_ in ("compound", "amod") for c in noun.lefts)


def subject_over_adjective(verb: Token) -> Token | None:
    """ "total damage is likely to reach CHF 520m", "arrivals are likely to top 12,000": a verb
    completing an adjective of likelihood after "be" ("likely", "set", "due", "certain") says
    what the subject of "be" does."""
    adjective = verb.head
    if verb.dep_ != "xcomp" or adjective.pos_ != "ADJ" or adjective.dep_ != "acomp":
        return None
    copula = adjective.head
    if copula.lemma_ != "be":
        return None
    return next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _named_level(span: Span) -> Token | None:
    """ "revised the power demand peak down to 9.6GW", "cut the river level to 2.1 metres": an
    object that names only a level ("peak", "level", "maximum") set to the figure measures what
    its compound names ("demand")."""
    node = clause_node(span)
    verb = node.head
    if verb.pos_ != "VERB" or node.dep_ not in ("prep", "prt", "advmod") or node.lower_ not in (
            "to", "at", "from", "down", "up"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < span.start), None)
    if obj is None or obj.lemma_.lower() not in context_words().not_counted:
        return None
    return next((c for c in reversed(list(obj.lefts)) if c.dep_ == "compound" and c.pos_ == "NOUN"
                 and c.lemma_.lower() not in context_words().not_counted), None)


def name_what_the_scale_measures(fig: FoundFigure, span: Span) -> None:
    """ "44.2 degrees Celsius" measures a temperature (``scale_quantities`` of
    ``store/data/quantities.toml``), not degrees: the noun the clause says it is of when that
    noun names the quantity itself ("maximum temperatures reached ..."), else the quantity."""
    scales = quantity_classes().scale_quantities
    doc = span.doc
    words = [fig.counted_head or "", *(t.lower_ for t in doc[span.end:span.end + 2])]
    # "44.2 degrees Celsius", "46C": the scale read as the figure's unit
    on_scale = next((scales[w] for w in fig.unit.lower().split() if w in scales), None)
    quantity = on_scale or next((scales[w] for w in words if w in scales), None)
    if quantity is None or (on_scale is None and fig.counted is not None
                            and fig.counted_head not in ("degree", *scales)):
        return
    subject = _copula_subject(span, context_words())
    if subject is not None and subject.lemma_.lower() == quantity:
        named = counted_phrase(subject, None)
        fig.counted = named[: len(named) - len(subject.text)] + quantity
    else:
        fig.counted = quantity
    fig.counted_head = quantity
