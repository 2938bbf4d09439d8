"""What a sum paid for each one of something counts: "a grant of 500 crowns for each flooded
household", "pays $900 per family", "2 lakh each to 40 families", "$700 to the family of each
miner killed" count a payment per household or per family, not the households. The words after
the sum say per what (a conversion in brackets aside); the sum's own noun, else the noun of the
verb that moves it (``money_verbs`` of ``store/data/context.toml``), says what is paid. A
period ("a day", "per year") is a rate of time, read elsewhere."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.counted import is_unit_noun, money_moved_by
from store.extract.figures.counted_named_sum import named_by_its_of_noun
from store.extract.figures.counted_sums import glued_to_number
from store.extract.figures.parse import governing_verb, pobj
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from store.extract.figures.found import FoundFigure

PAYMENT = "payment"  # a sum paid for each one of something, when nothing names it
PRICE = "price"  # a sum paid for each litre, kilogram or barrel of a good
# the nouns of the verbs that only move money (``money_verbs``: pay, fetch), which say how a sum
# changed hands, not what it is: given per a unit of a good, the sum is its price
PAID = frozenset({PAYMENT, "payments", "proceeds"})
GOODS = frozenset({"volume", "mass"})  # the measures goods are sold by
EXCHANGE_RATE = "exchange rate"  # a sum of one currency given per one unit of another
AMOUNT = "amount"  # a sum a participle describes ("the amount approved")
MONEY = "money"  # a sum that comes from a source ("money from the recovery fund")
RELATIVE_REACH = 4  # tokens after a sum its relative clause's verb may stand at
REACH = 12  # tokens after the sum (a conversion in brackets included) the "per" phrase may take
EACH = frozenset({"each", "every"})
OWN_REACH = 6  # tokens before a sum the noun of its own phrase stands within


def name_what_is_paid(fig: FoundFigure, span: Span) -> None:
    """Make a sum given per one of something count "<what> per <one>"; per a unit of measure
    ("870 naira a litre"), the measure is the unit's rate and the sum counts "<what>" ("price")."""
    if fig.base_unit not in units().currency_codes:
        return
    one = _paid_per(span)
    if one is None:
        if not _shared_out(fig, span):
            _priced_by_its_rate(fig)
        return
    head = one.lemma_.lower()
    if head in units().currency_words or one.lower_ in units().currency_words:
        return  # "18.70 pesos per dollar": an exchange rate
    ctx = context_words()
    if head in ctx.rate_period_words or head in ctx.not_counted:
        return
    what, what_head = fig.counted, fig.counted_head
    moved = ctx.money_verbs.get(governing_verb(span).lemma_.lower())
    if what is None or what_head in ctx.not_counted or what_head == head:
        what = moved or PAYMENT
        what_head = what
    if what.lower().endswith(f"per {head}"):
        return
    if _a_measure(one):  # "sold for 870 naira a litre": the litre is the unit's; a price
        if what_head in (PAYMENT, moved):  # no noun of its own names the sum
            if not _a_good(one):
                return  # "Rs 40,000 per hectare": no word says what the sum is
            what = what_head = PRICE  # "paid N900 a litre": the price of a litre
        fig.counted, fig.counted_head = what, what_head
        return
    fig.counted, fig.counted_head = f"{what} per {head}", what_head


def _shared_out(fig: FoundFigure, span: Span) -> bool:
    """ "Dunmar offers families 2.5 million dinars each", "could fetch $21m to $27m each": a sum
    "each" right after it shares out among the ones its sentence names, which its rate already
    says ("per family"), is given per one of them, as "for each family" says: "<what> per
    <one>" (not per a period, a measure or a currency: "saves €2bn each year" is a rate of
    time). Whether it named it so."""
    one = fig.unit.partition(" per ")[2]
    if not one or " " in one or not one.isalpha():
        return False
    doc = span.doc
    i = _past_brackets(doc, span.end, min(len(doc), span.end + REACH))
    if i >= len(doc) or doc[i].lower_ not in EACH:
        return False
    ctx = context_words()
    lex = units()
    if one in ctx.rate_period_words or one in lex.currency_words or measure_word(one) or (
            _measure_code(one) is not None):
        return False
    what, what_head = fig.counted, fig.counted_head
    if what is None or what_head in ctx.not_counted:
        what = ctx.money_verbs.get(governing_verb(span).lemma_.lower()) or PAYMENT
        what_head = what
    if not what.lower().endswith(f"per {one}"):
        fig.counted, fig.counted_head = f"{what} per {one}", what_head
    return True


def _past_brackets(doc: Doc, i: int, end: int) -> int:
    """The token after the bracket that closes round a converted sum at ``i``, then after a
    conversion in brackets there ("2.5 million dinars (about $60,000) each", "500 crowns ($23)
    per family"), or ``i``."""
    if i < end and doc[i].text == ")":
        i += 1  # the converted sum inside brackets
    if i < end and doc[i].text == "(":
        close = next((t.i for t in doc[i:end] if t.text == ")"), None)
        i = close + 1 if close is not None else i
    return i


def _priced_by_its_rate(fig: FoundFigure) -> None:
    """ "paid as much as N1,200 a litre, up from N1,050 last week": a sum whose rate (taken from
    a sum beside it) is per a unit of volume or mass, and which only the verb that moved it
    names ("payments"), is the price of that unit, as the sum beside it is."""
    rate = fig.unit.partition(" per ")[2]
    if rate and (fig.counted is None or fig.counted_head in PAID) and _a_good_word(rate):
        fig.counted = fig.counted_head = PRICE


def _a_measure(one: Token) -> bool:
    """A unit of measure ("litre", "tonne", "kilogram": a measure of ``store/data/units.toml``,
    as written or in its plural), which a sum per it gives its unit a rate of."""
    return is_unit_noun(one) or any(measure_word(word) or _measure_code(word) is not None
                                    for word in (one.lower_, one.lemma_.lower()))


def _a_good(one: Token) -> bool:
    """A measure of volume or mass ("litre", "kilogram", "barrel"): what is sold by it is a
    good, and a sum given per one of it is its price (WordNet 3.1 price.n.02: the amount of
    money needed to purchase something; unit price: the price of one unit of measure)."""
    return any(_a_good_word(word) for word in (one.lower_, one.lemma_.lower()))


def _a_good_word(word: str) -> bool:
    """A word of a unit of volume or mass, as written after a number or as a unit's code."""
    lex = units()
    measure = lex.measures.get(word) or lex.measures.get(f"{word}s") or _measure_code(word)
    return measure is not None and lex.conversions.get(measure, ("",))[0] in GOODS


def _measure_code(word: str) -> str | None:
    """The unit code a word names as the singular or plural of the code itself ("pound", the
    avoirdupois pound the units file codes "pounds", which "a pound" after a sum in cents is;
    "tonne"), or None."""
    conversions = units().conversions
    return next((code for code in (word, f"{word}s") if code in conversions), None)


def measure_word(word: str) -> bool:
    """A unit of measure of ``store/data/units.toml``, as written or in its plural ("metre",
    "hectares", "km2")."""
    measures = units().measures
    return word.lower() in measures or f"{word.lower()}s" in measures


def _paid_per(span: Span) -> Token | None:
    """The one a sum is given for: "per family", "a family", "for each (bereaved) family", "to
    the family of each victim", "for each of their families", "each to 40 families"."""
    doc = span.doc
    end = min(len(doc), span.end + REACH, span.sent.end)
    i = _past_brackets(doc, span.end, end)
    if i >= end:
        return None
    word = doc[i].lower_
    if word == "per" or (word in ("a", "an") and doc[i].dep_ == "det"):
        return _noun_from(doc, i + 1, end)
    if word in EACH and i + 1 < end and doc[i + 1].lower_ == "to":  # "each to 40 families"
        return _noun_from(doc, i + 2, end)
    if word not in ("for", "to"):
        return None
    i += 1
    if i < end and doc[i].lower_ in EACH:
        if i + 2 < end and doc[i + 1].lower_ == "of":  # "for each of their families"
            return _noun_from(doc, i + 2, end)
        return _noun_from(doc, i + 1, end)
    if i + 1 < end and doc[i].lower_ == "the":  # "to the family of each victim"
        noun = _noun_from(doc, i + 1, end)
        if noun is not None and noun.i + 2 < end and doc[noun.i + 1].lower_ == "of" and (
                doc[noun.i + 2].lower_ in EACH):
            return noun
    return None


def _noun_from(doc: Span, start: int, end: int) -> Token | None:
    """The first noun from ``start``, past a determiner, a number and modifiers; none past
    another word. A possessor is not the one ("to each victim's family": the family)."""
    for tok in doc[start:min(end, start + 4)]:
        if tok.pos_ == "NOUN":
            return possessed(doc, tok, end) or tok
        if tok.pos_ not in ("DET", "NUM", "ADJ") and tok.tag_ not in ("VBN", "PRP$"):
            return None
    return None


def possessed(doc: Span, noun: Token, end: int) -> Token | None:
    """The noun a possessor's "'s" gives its own ("each victim's family": family), if any: a
    sum paid to the family of each victim is paid per family, as "the family of each victim"
    says."""
    if noun.i + 1 < end and doc[noun.i + 1].tag_ == "POS":
        return _noun_from(doc, noun.i + 2, end)
    return None


RECOVERY = "recovery"  # what a creditor gets back of each pound owed
_IN_THE_POUND = re.compile(r"\s+(?:in|on)\s+the\s+(?:pound|dollar|euro)\b", re.I)
_GLUED_PENCE = re.compile(r"\dp$")  # "4p-9p": a share read in pence only as a recovery


def name_the_recovery(fig: FoundFigure, text: str) -> None:
    """ "creditors may get 4p in the pound", "the 5p-12p they forecast": a share of what is
    owed, read in hundredths of it (``store.extract.numbers``), counts what they recover when
    nothing else names it (or only another figure's words)."""
    if fig.unit != "percent" or not (fig.counted is None or any(c.isdigit() for c in fig.counted)):
        return
    if _IN_THE_POUND.match(text, fig.end) or _GLUED_PENCE.search(fig.text):
        fig.counted = fig.counted_head = RECOVERY


def name_what_was_done(fig: FoundFigure, span: Span) -> None:
    """ "the 22.4 billion euros approved by parliament", "Tk 19 crore lost to bus owners": a sum
    with no noun of its own (or only one it borrowed) that a participle right after it
    describes counts the amount that participle names."""
    if fig.base_unit not in units().currency_codes or not _unnamed(fig):
        return
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text == "(":  # "22.4bn euros ($25bn) approved by ..."
        close = next((t.i for t in doc[i:min(len(doc), i + REACH)] if t.text == ")"), None)
        i = close + 1 if close is not None else i
    if i >= len(doc) or doc[i].tag_ != "VBN" or doc[i].dep_ != "acl":
        return
    if not span.start <= doc[i].head.i < span.end:
        return  # the participle describes another noun
    if named_by_its_of_noun(span):
        return  # "the budget of $148m approved by the board": the budget
    if doc[i].lemma_.lower() in context_words().reporting:
        return  # "the €38bn published in May": who said it, not what it is
    fig.counted, fig.counted_head = f"{AMOUNT} {doc[i].lower_}", AMOUNT


def name_where_it_came_from(fig: FoundFigure, span: Span) -> None:
    """ "Part of the financing, 9 billion euros, comes from the EU's recovery fund", "the €9bn
    the line received from the recovery fund": a sum with no noun of its own (or only one it
    borrowed) that a verb of receiving brings "from" a source counts that source's money."""
    if fig.base_unit not in units().currency_codes or not _unnamed(fig):
        return
    sources = context_words().source_verbs
    # its own verb, or a relative clause right after it ("the €9bn the line received from"),
    # which the parser may hang elsewhere
    after = [t for t in span.doc[span.end:min(len(span.doc), span.end + RELATIVE_REACH)]
             if t.lemma_.lower() in sources and t.pos_ == "VERB"]
    verbs = [governing_verb(span), *after[:1]]
    for verb in verbs:
        if verb.lemma_.lower() not in sources:
            continue
        origin = next((pobj(c) for c in verb.children if c.dep_ == "prep"
                       and c.lower_ == "from"), None)
        if origin is None or origin.pos_ != "NOUN" or is_unit_noun(origin) or (
                glued_to_number(origin)):
            continue  # "raised it to 1.9 billion rand from 1.5 billion rand": a figure
        _money_from(fig, origin, [t for t in origin.lefts if t.dep_ == "compound"])
        return
    _drawn_from(fig, span)


def _drawn_from(fig: FoundFigure, span: Span) -> None:
    """ "The state approved 50 million francs in aid; the canton adds 10 million francs from its
    emergency fund": a sum with only a noun its sentence lent it (another figure's, a clause's)
    that "from" right after it hangs on a store of money is that store's money, whatever verb
    moves it (not a figure, a period or a unit it changed from: "to $3m from a year earlier"; not
    the noun of its own phrase: "a grant of 90,000 euros from the fund"; not what its own verb
    moves: "released MK2.1 billion from the reserve budget" are funds)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "from" or not fig.inherited:
        return  # (a sum that names nothing may still join its quantity by the rest of its key)
    ctx = context_words()
    if money_moved_by(span, ctx) is not None:
        return
    head = (fig.counted_head or "").lower()
    for tok in reversed(doc[max(0, span.start - OWN_REACH):span.start]):
        if tok.pos_ in ("VERB", "AUX", "PUNCT"):
            break
        if head and head in (tok.lemma_.lower(), tok.lower_):
            return  # "a grant of 90,000 euros from the lottery fund": the grant its phrase names
    origin = pobj(doc[span.end])
    if origin is None or origin.pos_ != "NOUN" or is_unit_noun(origin) or glued_to_number(origin):
        return  # ("fell to €93m from €95m.": the scale of the sum it fell from, "m.")
    lemma = origin.lemma_.lower()
    if lemma in ctx.rate_period_words or lemma in units().time_words or lemma in ctx.not_counted:
        return
    _money_from(fig, origin, [t for t in origin.lefts if t.dep_ == "compound" or (
        t.dep_ == "amod" and t.pos_ == "ADJ")])


def _money_from(fig: FoundFigure, origin: Token, words: list[Token]) -> None:
    """The sum counts the money of the store it comes from, named with the words given."""
    fig.counted = " ".join([MONEY, "from", *(t.text for t in words), origin.text])
    fig.counted_head = MONEY


def _unnamed(fig: FoundFigure) -> bool:
    """No noun of its own: none, one borrowed from elsewhere, or the amount's own words taken
    for a noun ("7bn euros")."""
    return fig.counted is None or fig.inherited or any(c.isdigit() for c in fig.counted)


def name_the_exchange_rate(fig: FoundFigure, span: Span) -> None:
    """ "at the official exchange rate of 930 pesos per dollar", "at 250 lovans to the dollar",
    "(1 euro = 8.0 crowns)": a sum of one currency given per one unit of another is the price
    of that currency, an exchange rate, whatever clause it stands in (not the cost or the loss
    the sentence converts). A sum per unit of money spent or invested ("$4 per dollar
    invested") is a return, not a rate of exchange: a participle after the currency keeps the
    reading it has; so does a rate that names the currency it prices ("the rupee at 83.2 per
    dollar")."""
    base, _, per = fig.unit.partition(" per ")
    lex = units()
    if base not in lex.currency_codes or not per:
        return
    quote = per if per in lex.currency_codes else lex.currency_words.get(per.lower())
    if quote is None or quote == base:
        return
    if (fig.counted or "").lower() in lex.currency_words:
        return  # "the rupee was steady at 83.2 per dollar": the price of the rupee, named
    doc = span.doc
    after = next((t for t in doc[span.end:min(len(doc), span.end + 5)]
                  if t.lower_ == per.lower() or lex.currency_words.get(t.lower_) == quote), None)
    if after is not None and after.i + 1 < len(doc) and doc[after.i + 1].tag_ in ("VBN", "VBD"):
        return  # "returns $4 per dollar invested"
    fig.counted, fig.counted_head = EXCHANGE_RATE, EXCHANGE_RATE
    fig.unit = f"{base} per {quote}"  # "pesos per dollar": the dollar's code, as the base's
