"""What an amount of money is given per when the words after it point at the one it is for
without naming it beside "per": a noun after "a" that the parse hangs on the amount ("the
tickets cost £42 a seat"), "each" on its own, which shares the amount out over the plural noun
its verb is said of ("the board offered growers 2 million rand each", "the barges could sell for
$4m each"), and "for each of them", whose pronoun stands for the plural noun before it in the
sentence ("moving the tenants cost £12m, £640 for each of them"); a fact box's label that
ends in "per" and a noun ("Payout per household: 3m rand"); a conversion set off by
commas ("5,000 rand, or $270, a seat") is followed by the rate of both. The subject of the
amount's verb may name it instead: a subject that "each" or "every" shares the amount over
("every tenant evicted will receive 900 rand", "each club was fined $40,000"), or one of a kind
that a verb of price prices ("a ferry ticket costs $35", "a dozen limes cost 4 euros", "a
season pass is worth $90", "a litre sold for 960 rand", which the parser may read as a noun
and its clause; "the same kilo fetches 35,000 euros", of a measure said again). The noun, in
the singular, is what the amount is per; a period ("a day") is a rate of time, read
elsewhere."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.dateline_subject import DASHES, past_dateline
from store.extract.figures.parse import governing_verb, in_subtree, text_of
from store.extract.figures.priced_kind import charged_to, no_kind
from store.extract.figures.priced_object import priced_object, sold_each
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# a label that ends in "per" and a noun, then a colon, on the amount's line ("Fee per pupil: $40")
_LABEL_PER = re.compile(r"\bper\s+([a-z]+)\s*:[ \t]*$")
LABEL_REACH = 40  # characters before the amount such a label may take
REACH = 12  # tokens after the amount (a conversion in brackets included) "each" may stand at
BACK = 24  # tokens before the amount the noun "them" stands for may stand at
SUBJECTS = ("nsubj", "nsubjpass")
PRONOUNS = frozenset({"them", "these", "those"})
ANTECEDENT_STEPS = 3  # nouns of a noun ("of rye", "from the harvest") a relative clause may skip
APPROXIMATORS = frozenset({"about", "around", "roughly", "some", "nearly", "almost", "just"})


def priced_each(span: Span) -> str | None:
    """The one an amount of money is given per, as a lemma, when the words after it say so
    without "per", or its verb's subject does (see the module's docstring); None for anything
    else."""
    return _priced_after(span) or _priced_subject(span) or _each_before(span) or (
        priced_object(span, one_priced, _measure))


def _priced_after(span: Span) -> str | None:
    """The one the words right after the amount name, without "per"."""
    doc = span.doc
    label = _LABEL_PER.search(text_of(doc), max(0, span.start_char - LABEL_REACH), span.start_char)
    if label is not None:  # "Payout per household: 3m rand": a fact box's label
        noun = doc.char_span(label.start(1), label.end(1))
        return one_priced(noun[0]) if noun is not None and len(noun) == 1 else None
    i = _past_brackets(doc, span)
    if i >= len(doc) or doc[i].sent.start != span.sent.start:
        return None
    word = doc[i].lower_
    if word == "," and _restated(doc, span) and i + 3 < len(doc) and (
            doc[i + 1].lower_ in ("a", "an") and (doc[i + 3].is_punct or doc[i + 3].is_sent_end)):
        return one_priced(doc[i + 2])  # "5,000 rand, or $270, a seat": the rate ends the aside
    if word in ("a", "an") and doc[i].dep_ == "det" and i + 1 < len(doc):
        noun = doc[i + 1]  # hung on the amount, or the amount on it ("nearer £700 a tourist")
        root = span.root  # "around EUR90,000 a container": the parser's preposition "around"
        if root.dep_ == "pobj" and root.head.lower_ in APPROXIMATORS:
            root = root.head
        hung = span.start <= noun.head.i < span.end or root.head.i == noun.i or (
            root.i != span.root.i and noun.head.i == root.i) or (  # both on "around"
            _beside(noun, span)) or _beside_converted(noun, span) or _beside_moved_to(noun, span)
        if hung and _one_share(noun):
            return "share"  # "12.50 pounds a share": the price of one share of a company
        return one_priced(noun) if hung else None
    if word == "each" and not _starts_phrase(doc, i):
        return sold_each(span, one_priced) or _shared_over(span)
    if word in ("for", "to") and i + 3 < len(doc) and doc[i + 1].lower_ == "each" and (
            doc[i + 2].lower_ == "of" and doc[i + 3].lower_ in PRONOUNS):
        return _noun_before(doc, span)
    return None


# what the parse may make of "a bird" in "were paid 24 euros a bird for flocks culled": a second
# object, or a measure, of the amount's own verb (and of the amount: an object, or a dative)
BESIDE = frozenset({"dobj", "npadvmod", "nsubjpass", "attr"})


def _beside(noun: Token, span: Span) -> bool:
    """ "farmers were paid 24 euros a bird for flocks culled before December": the noun right
    after the amount and its "a" that the parse hangs on the amount's own verb, beside the
    amount, not on the amount."""
    return noun.dep_ in BESIDE and noun.head.i == span.root.head.i and (
        span.root.head.pos_ in ("VERB", "AUX")) and span.root.dep_ in (*BESIDE, "dative")


def _one_share(noun: Token) -> bool:
    """ "pay 12.50 pounds a share", "offered 840p a share": one of a company's shares (context.toml
    ``[rates] share_nouns``), which names no kind of thing counted and so no ``one_priced``
    noun; not "a share of the profits", a part of something."""
    doc = noun.doc
    return noun.tag_ == "NN" and noun.lemma_.lower() in context_words().share_nouns and not (
        noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of")


# prepositions of the level a quantity moves to or stands at ("rose to £5 a litre", "closed at $80
# a barrel", "stood at 1,870"): the one list the rules of a level read
LEVEL_PREPOSITIONS = frozenset({"to", "at"})


def _beside_moved_to(noun: Token, span: Span) -> bool:
    """ "diesel rose to $1.90 a litre on Monday", "the fee was raised to $40 a pupil, the board
    said": the amount is the level its verb reached, after "to" or "at", and the parse hangs the
    noun after it on that preposition or on the verb, beside the amount."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in LEVEL_PREPOSITIONS:
        return False
    return noun.head.i == prep.i or (noun.head.i == prep.head.i and noun.dep_ in BESIDE
                                     and prep.head.pos_ in ("VERB", "AUX"))


def _beside_converted(noun: Token, span: Span) -> bool:
    """ "paid 30 crowns (3.75 euros) a bird for flocks culled": the amount is the conversion in
    brackets of the one before it, and the parse hangs the noun after the brackets on that one,
    as it hangs the conversion."""
    doc = span.doc
    return (span.root.dep_ == "appos" and noun.head.i == span.root.head.i
            and span.end < len(doc) and doc[span.end].text == ")")


DISTRIBUTIVE = frozenset({"each", "every"})  # determiners that share out over their noun
ONE_OF_A_KIND = frozenset({"a", "an", "one"})  # determiners of a noun said of any one of a kind


def shared_by_subject(span: Span) -> str | None:
    """ "each ship that crosses drains 52 million gallons": the one a figure its verb says of a
    subject that "each" or "every" shares out is given per, whatever the verb."""
    verb = governing_verb(span)
    if verb.i >= span.start or _path_to(span.root, verb) is None:
        return None
    for subj in verb.lefts:
        if subj.dep_ in SUBJECTS and subj.i < span.start and not in_subtree(span.root, subj) and (
                {c.lower_ for c in subj.children if c.dep_ in ("det", "predet")} & DISTRIBUTIVE):
            return _over_each(subj)
    return None


def _over_each(subj: Token) -> str | None:
    """What a subject "each" or "every" shares an amount over is given per: one of it, named
    as ``one_priced`` or a measure does, unless a number counts it (``_many``)."""
    return None if _many(subj) else one_priced(subj) or _measure(subj)


def _many(noun: Token) -> bool:
    """ "Every 5,000 tonnes of grain is worth €900,000": a distributive noun counted by a number
    shares the amount over that many, not over one of them (no price per tonne)."""
    return any(c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1")
               for c in noun.children)


def _priced_subject(span: Span) -> str | None:
    """ "every tenant evicted will receive 900 rand", "a ferry ticket costs $35", "a dozen limes
    cost 4 euros": the subject of the amount's verb, before it and not holding it, that "each"
    or "every" shares the amount over, whatever the verb; or one of a kind ("a", "one") that a
    verb of price prices, said as a fact (no modal: "a new lock would cost $40m" supposes one
    case); a number word it is counted in ("a dozen") is then what it is per."""
    verb = governing_verb(span)
    path = _path_to(span.root, verb)
    if verb.i >= span.start or path is None:
        return None
    for subj in verb.lefts:  # a subject before the verb: never the amounts after it
        if subj.dep_ not in SUBJECTS or subj.i >= span.start or in_subtree(span.root, subj):
            continue
        dets = {c.lower_ for c in subj.children if c.dep_ in ("det", "predet")}
        if dets & DISTRIBUTIVE:
            return _over_each(subj)
        if subj.tag_ == "WDT" and verb.dep_ == "relcl":  # "a loaf that sells for £2"
            return _priced_antecedent(verb, path)
        if not _prices(verb, path) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.lefts):
            return None  # "a new lock would cost $40m": one case supposed, not a price
        counted_in = next((c for c in subj.children if c.dep_ == "nummod" and c.is_alpha
                           and any(g.lower_ in ONE_OF_A_KIND for g in c.children)), None)
        if counted_in is not None:  # "a dozen limes": per dozen
            return counted_in.lower_
        if dets & ONE_OF_A_KIND:  # ("a strike at the port cost $50m": a loss, no price)
            return None if no_kind(subj) or charged_to(verb) else (
                one_priced(subj) or _measure(subj))
        return _measure(subj) if _same_one(subj) else None
    return _priced_clause(verb, path) or _measure_priced_before(span)


def _priced_antecedent(verb: Token, path: list[Token]) -> str | None:
    """ "A loaf of rye, which sold for 3 euros in May, now costs 4 euros", "a loaf of rye that
    sells for £2.40 could reach £3": a verb of price in a relative clause prices the noun the
    pronoun stands for, one of a kind ("a", "one") and the subject of its own sentence, so
    said of any one; the parser may hang the clause on a noun of that noun ("of rye", "from
    the spring harvest"), which is climbed over. A noun of another kind with "a" on the way
    ("from a small bakery") stops the climb: the clause may be its own."""
    if not _prices(verb, path) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.lefts):
        return None
    noun = verb.head
    for _ in range(ANTECEDENT_STEPS):
        if {c.lower_ for c in noun.children if c.dep_ == "det"} & ONE_OF_A_KIND:
            break
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "from"):
            return None
        noun = noun.head.head
    else:
        return None
    if noun.dep_ not in (*SUBJECTS, "ROOT") or no_kind(noun) or charged_to(verb):
        return None
    return one_priced(noun) or _measure(noun)


def _measure_priced_before(span: Span) -> str | None:
    """ "A gram sells on the street for 50 euros": one of a measure right before a verb of
    price, in the amount's clause, that the parser made no subject of it (a compound of the
    verb); no other number between the verb and the amount."""
    doc = span.doc
    for tok in doc[max(span.sent.start + 1, span.start - BACK):span.start - 1]:
        verb = doc[tok.i + 1]
        if doc[tok.i - 1].lower_ not in ONE_OF_A_KIND or not verb.tag_.startswith("VB") or (
                verb.lemma_.lower() not in context_words().price_verbs):
            continue
        between = doc[verb.i + 1:span.start]
        if not any(t.like_num or t.text in (";", ":") for t in between):
            return _measure(tok)
    return None


def _same_one(noun: Token) -> bool:
    """ "the same kilo fetches 35,000 euros": one of a measure said again, as "a kilo" is (not
    "the same company sold $4m of shares", one company)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and any(
        c.dep_ == "amod" and c.lower_ == "same" for c in noun.children)


def _priced_clause(verb: Token, path: list[Token]) -> str | None:
    """ "A litre sold for 960 rand at most garages": a sentence the parser makes a noun with a
    clause of price hung on it, not a subject and its verb; said of one of a kind, the noun is
    what the amount is per. "A kilogram bought for $3,000 in Lima resells for ...": one of a
    measure, with a clause that had it for the amount, whatever the verb, is priced per it."""
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "a crate of limes sold for 30 euros": per crate
    if verb.dep_ != "acl" or noun.i >= verb.i or verb.tag_ not in ("VBD", "VBN"):
        return None
    if not {c.lower_ for c in noun.children if c.dep_ == "det"} & ONE_OF_A_KIND:
        return None
    if noun.dep_ == "ROOT" and verb.lemma_.lower() in context_words().price_verbs:
        return one_priced(noun) or _measure(noun)
    if noun.dep_ in (*SUBJECTS, "ROOT") and path and path[-1].lower_ == "for":
        return _measure(noun)
    return None


# prepositions that keep an amount the verb's own ("sold for", "priced at", "compensation of");
# others set it against another ("cost £88, against £31 in hostels") or elsewhere
ARGUMENT_PREPOSITIONS = frozenset({"for", "at", "of"})


def _path_to(tok: Token, verb: Token) -> list[Token] | None:
    """The words from the amount up to ``verb`` when the amount is what the verb says of its
    subject (its object or complement, directly or through "for", "at" or "of"); None for a
    figure set against it ("against £31 in hostels")."""
    path = []
    while tok.i != verb.i:
        if tok.dep_ == "prep" and tok.lower_ not in ARGUMENT_PREPOSITIONS:
            return None
        if tok.head.i == tok.i:
            return None
        path.append(tok)
        tok = tok.head
    return path


def _prices(verb: Token, path: list[Token]) -> bool:
    """A verb of price ("costs", "sold for"), or "be" with "worth" on the way to the amount
    ("is worth $90")."""
    if verb.lemma_.lower() in context_words().price_verbs:
        return True
    return verb.lemma_ == "be" and any(t.dep_ == "acomp" and t.lower_ == "worth" for t in path)


def _measure(tok: Token) -> str | None:
    """A measure, in the singular, that an amount is the price of ("a litre of diesel")."""
    measure = units().measures.get(tok.lower_) or units().measures.get(f"{tok.lower_}s")
    return measure.removesuffix("s") if measure is not None else None


def _past_brackets(doc: Doc, span: Span) -> int:
    """The first token after the amount and a conversion in brackets right after it."""
    i = span.end
    if i < len(doc) and doc[i].text == ")":
        i += 1  # the amount is itself the conversion inside brackets
    if i < len(doc) and doc[i].text == "(":  # "5,000 rand ($270) each"
        end = min(len(doc), i + REACH)
        close = next((t.i for t in doc[i:end] if t.text == ")"), None)
        i = close + 1 if close is not None else i
    return i


def _restated(doc: Doc, span: Span) -> bool:
    """The amount restates the one before it after ", or" ("5,000 rand, or about $270, a
    seat"), an aside whose closing comma a rate may follow."""
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in APPROXIMATORS:
        i -= 1
    return i >= 1 and doc[i].lower_ == "or" and doc[i - 1].text == ","


def _starts_phrase(doc: Doc, i: int) -> bool:
    """ "each" that begins a phrase of its own ("each year", "each to 40 families", "each of
    the funds") rather than standing alone after the amount."""
    if i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return nxt.lower_ in ("to", "of", "for") or nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")


def _shared_over(span: Span) -> str | None:
    """ "offered growers 2 million rand each", "the barges could sell for $4m each": the plural
    noun the amount's verb gives it to (its dative), else the verb's subject, or the subject of
    the verb it is joined to by "and"."""
    verb = governing_verb(span)
    for _ in range(3):
        for deps in (("dative",), SUBJECTS):
            nouns = [c for c in verb.children if c.dep_ in deps]
            if deps == SUBJECTS:  # a wire dateline the parser also hangs there is none
                nouns = [n for n in (past_dateline(c) for c in nouns) if n is not None]
            noun = max(nouns, key=lambda c: c.i, default=None)  # the one nearest the verb
            if noun is not None:
                return one_priced(noun, plural=True) or _opening_plural(noun)
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


EACH_DEPS = (*SUBJECTS, "dep", "advmod", "appos")  # where the parse hangs a floating "each"
CLAUSE_DEPS = ("advcl", "conj")  # "..., each winning 312,000 euros": a clause on the main verb


def _each_before(span: Span) -> str | None:
    """ "each of the four bakers won 12,000 euros", "the clubs will each receive 5,000 euros",
    "14 players matched five numbers, each winning 312,000 euros": the pronoun "each" before
    the amount, on its verb or on the verb's subject, shares the amount over a plural noun: its
    "of" phrase, the verb's subject, or the subject of the verb its clause hangs on."""
    verb = governing_verb(span)
    if verb.i >= span.start:
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.lower_ != "each"]
    each = next((c for c in verb.children if c.lower_ == "each" and c.pos_ == "PRON"
                 and c.dep_ in EACH_DEPS and c.i < span.start), None) or next(
        (c for s in subjects for c in s.children if c.lower_ == "each" and c.dep_ == "appos"),
        None)
    if each is None:
        return None
    of = [o for p in each.children if p.dep_ == "prep" and p.lower_ == "of"
          for o in p.children if o.dep_ == "pobj"]
    if of:  # "each of the four bakers"
        return one_priced(of[0], plural=True)
    if not subjects and verb.dep_ in CLAUSE_DEPS:
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECTS and c.i < each.i]
    noun = max(subjects, key=lambda c: c.i, default=None)
    return one_priced(noun, plural=True) if noun is not None else None


def _opening_plural(tok: Token) -> str | None:
    """ "GOTHENBURG, March 4 - Passengers on ... will pay 50 kronor each": a plural noun that
    opens its sentence, or the words past a wire dateline, is capitalised, and the tagger may
    read it after the dateline as a name ("Bakers"); in the singular it is what the amount is
    per when no entity of a name holds it."""
    doc = tok.doc
    opens = tok.i == tok.sent.start or doc[tok.i - 1].text in DASHES
    plural = tok.tag_ == "NNPS" or (tok.tag_ == "NNP" and tok.lower_.endswith("s")
                                     and not tok.lower_.endswith(("ss", "us", "is")))
    if not (opens and plural and tok.text.istitle() and tok.is_alpha):
        return None
    if tok.ent_type_ in ("ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT"):
        return None
    return _singular(tok.lower_)


def _singular(word: str) -> str:
    """A regular English plural in the singular ("riders", "ferries", "buses")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "uses")):
        return word[:-2]
    return word.removesuffix("s")


def _noun_before(doc: Doc, span: Span) -> str | None:
    """ "moving the tenants cost £12m, £640 for each of them": the nearest plural noun before
    the amount in its sentence, which the pronoun stands for."""
    start = max(span.sent.start, span.start - BACK)
    for tok in reversed(doc[start:span.start]):
        one = one_priced(tok, plural=True) if tok.pos_ == "NOUN" and _plural(tok) else None
        if one is not None:  # past another amount's scale ("£12m"), which a number modifies
            return one
    return None


def _plural(tok: Token) -> bool:
    """A noun in the plural, or one whose plural is its singular that a number counts ("the
    seven aircraft")."""
    return tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in tok.children)


def one_priced(tok: Token, plural: bool = False) -> str | None:
    """The lemma of a common noun an amount is given per; None for a period (a rate of time,
    read elsewhere), a unit or a currency word ("12 rand a dollar" is an exchange rate), a name,
    or a noun in the wrong number."""
    if tok.pos_ != "NOUN" or tok.like_num:
        return None
    if (plural and not _plural(tok)) or (not plural and tok.tag_ != "NN"):
        return None
    lemma = tok.lemma_.lower()
    lex, ctx = units(), context_words()
    if lemma in ctx.rate_period_words or lemma in ctx.not_counted:
        return None
    if lemma in lex.currency_words or tok.lower_ in lex.currency_words or lemma in lex.measures:
        return None
    if lemma in lex.scale_words or lemma in lex.scale_suffixes:
        return None
    return lemma
