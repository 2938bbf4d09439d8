"""The counted noun: what a number counts ("14,000 militants", "a 120-bed centre", "one-third of
the group's personnel"), the group named in front of it, and the unit a count of it is reported
in (fighters, troops, people, or the noun's own plural)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.counted_adverb import qualifies_a_modifier
from store.extract.figures.counted_after import after_amount, past_conversion
from store.extract.figures.counted_alive import RESCUED, taken_alive
from store.extract.figures.counted_change import changed_object, clause_node, rated_noun
from store.extract.figures.counted_full_stop import stops_at_full_stop
from store.extract.figures.counted_gerund import noun_of_gerund_subject, noun_past_gerund
from store.extract.figures.counted_jobs import job_class
from store.extract.figures.counted_lodging import stays_as_guest
from store.extract.figures.counted_make_up import makes_up
from store.extract.figures.counted_mixed_pair import mixed_pair_modifier
from store.extract.figures.counted_no_word import no_word
from store.extract.figures.counted_numbered import numbers_a_noun, numbers_in_name
from store.extract.figures.counted_paid_for import paid_for_or_in
from store.extract.figures.counted_paired import JOINERS, paired_noun_modifier
from store.extract.figures.counted_period_modifier import modifies_a_later_noun
from store.extract.figures.counted_products import initialism_class, names_made_things
from store.extract.figures.counted_relative import relative_subject
from store.extract.figures.counted_sheltered import refuge_of
from store.extract.figures.counted_time_nouns import counts_time_nouns
from store.extract.figures.counted_verb import clause_on_the_noun, verb_of_the_run
from store.extract.figures.dateline_subject import past_dateline
from store.extract.figures.parse import (
    governing_verb,
    group_in,
    pobj,
    raised,
    regular_participle,
    text_of,
)
from store.extract.figures.table_rows import COLUMN_RULE, row_start
from store.extract.numbers import DASHES, NumberExpr
from store.knowledge.context import ContextWords, context_words
from store.knowledge.countries import countries
from store.knowledge.estimates import estimate_words
from store.knowledge.number_words import number_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure


QUOTES = frozenset("\"'“”‘’«»")
QUANTIFIERS = frozenset({"many", "much", "few"})  # "how many villagers": no word of what
# a share, and a change of one ("gained 1.4 points"): said of the subject of its clause
SHARE_UNITS = frozenset({"percent", "fraction", "percentage points", "basis points", "points"})
STILL = frozenset({"still", "now", "already", "reportedly", "officially"})
PAY, COMPENSATION = "pay", "compensation"  # a sum paid to the bereaved is compensation
# the class of persons; the outcome a verb of dying names; the adjective for it
PEOPLE, DEATHS, DEAD = "people", "deaths", "dead"
# "employs 900 people", "52 people were treated", "pulled 37 people alive": what the clause says
# names people no noun of who they are names; a noun that does ("doctors employed by the county",
# "survivors being treated", "miners rescued") keeps its own words
EMPLOYED, EMPLOYEES = "employed", "employees"  # the people an employer employs: its employees
NAMES_ONLY_PEOPLE = frozenset({EMPLOYED, "treated", RESCUED})
PERSONS = frozenset({"people", "persons"})  # "People evacuated": the participle says who
ITEM_BREAKS = frozenset({"/", "|"})  # between the items of a run: "Dead: 9 | Missing: 3"
RELATIVE_REACH = 5  # tokens after a sum the verb of a relative clause about it may stand at
MONEY_WORD_REACH = 6  # tokens before a sum its verb of money may stand at (an object between)
GLUED_REACH = 5  # tokens after a glued unit its noun may stand at ("a 15-km no-fly ring")
# the prepositions of a qualifier before a number ("about", "more than", "up to")
QUALIFYING_PREPOSITIONS = frozenset({"about", "around", "than", "over", "under", "up", "to"})
# "puts lost revenue at $410m, below the $440m it forecast": a sum these set against another
SET_AGAINST = frozenset({"below", "above", "against", "beneath"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})  # "half the vote"


def is_unit_noun(tok: Token) -> bool:
    """A unit word ("barrels", "litres", "dollars", "percent") names how a figure is measured,
    never what it counts; "points" after a noun that makes each a place ("charging points") are
    things counted (``place_point``)."""
    lex = units()
    if place_point(tok):
        return False
    for word in (tok.lower_, tok.lemma_.lower()):
        if word in lex.measures or word in lex.currency_words or word in lex.percent_words:
            return True
        if word in lex.scale_words and not tok.like_num:  # "lakh", "crore": a scale, not a thing
            return True
    if tok.text in lex.cased_measures:  # "TEU", "DWT", "ML": a measure's symbol in its own case
        return True
    # "41.65M", "3bn": a scale suffix the tokenizer split from the digits it is glued to
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (before is not None and not before.whitespace_ and before.like_num
            and tok.lower_ in lex.scale_suffixes)


POINT_WORDS = frozenset({"point", "points"})


def place_point(tok: Token) -> bool:
    """ "2,300 charging points", "40 water points": "points" right after a noun or gerund of
    ``[points_of_place]`` (units.toml) are places, counted as things, not points on a scale."""
    if tok.lower_ not in POINT_WORDS or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return before.lower_ in units().place_points and not before.like_num


def glued_unit(expr: NumberExpr, text: str) -> str | None:
    """The measure or currency a hyphen joins to the number ("a 64,000-tonne cargo" is 64,000
    tonnes, "a 300-euro bonus" is 300 euros)."""
    found = re.match(r"[A-Za-z]+", text[expr.end + 1:expr.end + 24])
    if expr.end >= len(text) or text[expr.end] not in DASHES or found is None:
        return None
    lex = units()
    word = found.group(0).lower()
    return (lex.measures.get(word) or lex.measures.get(f"{word}s")
            or lex.currency_words.get(word) or lex.currency_words.get(f"{word}s"))


def exchange_rate(expr: NumberExpr, span: Span) -> tuple[str, Token] | None:
    """ "The zloty was barely moved at 4.31 per euro": a bare number "per" a currency, said of
    another currency, is an exchange rate: its unit ("PLN per EUR") and the currency it prices."""
    words = units().currency_words
    found = re.match(r"\s+per\s+([A-Za-z]+)", text_of(span.doc)[expr.end:expr.end + 24])
    quote = words.get(found.group(1).lower()) if found else None
    if quote is None:
        return None
    node = span.root
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    base = words.get(subject.lower_) if subject is not None else None
    if base is None or base == quote:
        return None
    return f"{base} per {quote}", subject


def _unit_glued(tok: Token) -> bool:
    """The unit of "a 64,000-tonne cargo", "a 300-metre section", "a 300-euro bonus" (singular,
    joined by a hyphen): a measure or a currency."""
    lex = units()
    return any(word in lex.measures or word in lex.currency_words
               for word in (tok.lower_, f"{tok.lower_}s"))


def _harmed_participle(tok: Token) -> bool:
    """ "17 stranded", "46 trapped", "250 laid off": the past participle of a verb whose object
    is a person (``human_object_verbs``, with its particle), standing for the people it
    befell; "the number caught": one of ``number_participles`` right after a number noun."""
    if tok.tag_ not in ("VBN", "VBD"):
        return False
    ctx = context_words()
    lemma = with_particle(tok, tok.lemma_.lower())
    return lemma in ctx.human_object_verbs or (
        lemma in ctx.number_participles and tok.dep_ == "acl"
        and tok.head.lemma_.lower() in ctx.number_nouns)


def crowd_verb_read_as_noun(head: Token, span: Span) -> bool:
    """ "more than 18,000 flee on Flores", "union says 7,000 walk out of hospitals": in a
    headline the tagger may call the verb a bare number is the subject of a singular noun. A
    verb people do (``human_verbs``) in its base form, right after a number above one, is that
    verb, and the number counts people: a noun such a number counts is written in its plural
    ("18,000 returns"), or is a noun that is its own plural ("400 fish", no verb of people)."""
    doc = span.doc
    if head.tag_ != "NN" or head.i != span.end or head.lower_ != head.lemma_.lower():
        return False
    number = doc[span.end - 1]
    if head.lower_ not in context_words().human_verbs or not number.whitespace_ or (
            number.lower_ in ("1", "one")):
        return False
    return head.i + 1 >= len(doc) or doc[head.i + 1].pos_ not in ("NOUN", "PROPN")


def with_particle(verb: Token, lemma: str) -> str:
    """ "lay off" for "laid off": the verb and its particle, as a phrasal verb is listed."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    return f"{lemma} {particle.lower_}" if particle is not None else lemma


def verb_read_as_noun(tok: Token) -> Token | None:
    """ "Copper output climbs to 41,000 tonnes", "pump price eases to N1,100": in a headline the
    tagger may call a verb of measure or change (``measure_verbs``, with its "s") a plural noun,
    with the noun before it as its compound; that noun is the verb's subject, what the figure
    measures. The subject, or None (and for "numbers", "totals", "costs": a number noun or a sum
    is a noun as written)."""
    ctx = context_words()
    if tok.tag_ != "NNS" or not tok.lower_.endswith("s") or tok.i == 0:
        return None
    word = tok.lower_
    bases = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    if not bases & (ctx.measure_verbs | ctx.change_verbs) or bases & (
            ctx.number_nouns | ctx.not_counted | ctx.money_verbs.keys()):
        return None
    before = tok.doc[tok.i - 1]
    if before.dep_ != "compound" or before.head.i != tok.i or before.pos_ not in (
            "NOUN", "PROPN") or any(c.dep_ in ("det", "poss") for c in tok.children):
        return None
    return before


def _misread_verb_before(span: Span) -> Token | None:
    """ "Rents hit $2,020 a month as vacancy rate sinks to 1.5%": in a headline the tagger may
    call a verb of change a plural noun and hang the share's "to" on the other clause's verb;
    the share right after that verb and its preposition measures the verb's subject, the noun
    before it (``verb_read_as_noun``), not the other clause's subject; of a number noun, the
    compound that names what it counts, as for a subject the tagger reads right."""
    node = clause_node(span)
    if node.dep_ != "prep" or node.i == 0 or node.lower_ not in ("to", "from", "at", "by"):
        return None
    subject = verb_read_as_noun(span.doc[node.i - 1])
    return compound_counted(subject, context_words()) or subject if subject else None


def _blank(tok: Token) -> bool:
    """Spaces within a line (where emphasis markers were blanked: "**2,268,117** residents")."""
    return tok.is_space and "\n" not in tok.text


def _is_nounish(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") or (tok.is_upper and len(tok.text) > 1 and tok.is_alpha
                                             ) or _misread_noun(tok)


def _noun_in_place(tok: Token) -> bool:
    """A noun, or a word the tagger calls an adjective where a noun stands (a subject, an
    object, a phrase in apposition: "the 40m-euro (£35m) fine handed to ...")."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "ADJ" and tok.dep_ in (
        "nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"))


def _misread_noun(tok: Token) -> bool:
    """ "2.1 million user accounts" with "accounts" tagged a verb: a plural in a noun's place,
    with a compound in front of it, is the noun."""
    return tok.tag_ == "VBZ" and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.lefts)


def counted_token(expr: NumberExpr, span: Span) -> tuple[Token | None, str | None]:
    """The noun a number counts, and the group named in front of it ("ISIS fighters" -> ISIS)."""
    doc = span.doc
    ctx = context_words()
    text = text_of(doc)
    if expr.end < len(text) - 1 and text[expr.end] in DASHES and text[expr.end + 1].isalpha():
        # "a 120-bed centre" counts beds
        tok = next((t for t in doc[span.end:span.end + 3] if t.idx > expr.end and t.is_alpha), None)
        if tok is not None and _unit_glued(tok):
            # "its 38,000-tonne maize cargo" measures the cargo: the noun the unit describes,
            # past a conversion in brackets ("a 12-km (7.5-mile) buffer zone")
            after = past_conversion(doc, span, tok.i + 1)
            noun = next((t for t in doc[after:after + GLUED_REACH] if _noun_in_place(t)
                         and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "NOUN")), None)
            if noun is not None and noun.lemma_.lower() in ctx.number_nouns:
                # "the 120,000-hectare estimate", "the 42,000-acre figure": a number noun says
                # only that it is a figure, and names no thing
                return None, None
            if noun is not None and not is_unit_noun(noun):
                return noun, group_in([t for t in noun.lefts if t.i > tok.i])
        elif tok is not None and tok.lower_ not in number_words().glued:
            return tok, None
    i = span.end
    glued = number_words().glued
    # skip a unit or qualifier written after the number ("-strong", "or more", "per cent")
    while i < len(doc) and i < span.end + 3 and (
        _blank(doc[i]) or doc[i].text in DASHES or doc[i].lower_ in glued
        or doc[i].lower_ in ("or", "more", "so")
        or doc[i].text in QUOTES  # 'killed “hundreds” of fighters'
        or (expr.unit != "ratio" and _determiner_of_its_noun(doc[i], span))  # "half the vote"
    ):
        i += 1
    i = past_conversion(doc, span, i)  # "the €310m ($340m) fine"
    if stops_at_full_stop(span, i):
        return None, None  # "raised $4.2m. Campaign manager ...": the next sentence's words
    if i < len(doc) and doc[i].text == COLUMN_RULE and row_start(text, expr.start) is not None:
        return None, None  # "| 9,400 | office of the mayor |": the next cell says its own
    lex = units()
    # "52 still missing": an adverb of time between the number and the participle
    k = i + 1 if i + 1 < len(doc) and doc[i].lower_ in STILL else i
    following = doc[k + 1] if k + 1 < len(doc) else None
    if (k < len(doc) and doc[k].tag_ in ("VBN", "VBD", "VBG", "JJ")
            and (doc[k].lower_ in lex.count_classes or _harmed_participle(doc[k]))
            and (following is None or following.pos_ not in ("NOUN", "PROPN"))
            and not (doc[k].dep_ == "amod" and doc[k].head.i > k + 1
                     and doc[k].head.pos_ == "NOUN")):
        # "412,000 displaced", "38 dead", "31 missing, feared dead", "17 stranded": a
        # participle that says who (but "31 missing children" counts the children, and so
        # "61,450 inpatient and outpatient appointments" the appointments)
        return doc[k], None
    if (i < len(doc) and doc[i].tag_ == "VBN" and expr.unit in lex.measure_codes
            and doc[i].lemma_.lower() in ctx.flow_verbs):
        # "about 310,000 litres released": a measure of what a verb of flow let out
        return doc[i], None
    run: list[Token] = []
    for tok in doc[i:i + 8]:
        if tok.text in ITEM_BREAKS and _labels_next_item(tok):
            break  # "212 | Evacuees: 3,400": a bar the tagger calls a noun starts the next item
        if tok.text in QUOTES or tok.text in DASHES or _blank(tok):
            continue
        if _coordinated_modifiers(tok):
            continue  # "2,140 suspected and confirmed measles cases"
        if qualifies_a_modifier(tok):
            continue  # "1.2 million internally displaced people": the adverb of "displaced"
        if paired_noun_modifier(tok) or mixed_pair_modifier(tok):
            continue  # "14 fire and rescue teams", "64 private and state hospitals": the plural
        if _side_before_noun(tok, ctx):
            run.append(tok)  # "1 in 4 Yes voters": a side of a referendum names their kind
            continue
        if (_clause_read_as_noun(tok, span) or verb_of_the_run(tok, run)
                or clause_on_the_noun(tok, run)):
            break  # "the 17.8 million tonnes forecast last week": a participle, not the noun
        if run and run[-1].i == tok.i - 1 and numbers_a_noun(tok):
            continue  # "4,000 grade 8 pupils": the grade's number, inside the pupils' name
        if no_word(tok) and tok.text not in ITEM_BREAKS:
            break  # "| 4,480 | +22.7 |": a signed cell the tagger calls a noun ends the run
        if tok.pos_ in ("ADJ", "NOUN", "PROPN") or _is_nounish(tok) or _participle(tok):
            if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT") and (
                    tok.lower_ not in lex.rate_adjectives) and not (
                    tok.dep_ in ("amod", "compound") and tok.head.i > tok.i
                    and not tok.head.ent_type_) and not modifies_a_later_noun(tok) and not (
                    counts_time_nouns(tok)):
                break  # but "296 million monthly active users", "41,200 Sunday ticket
                # holders", "a €112mn half-year profit" count users, holders, a profit
            run.append(tok)
            continue
        break
    head = None
    for tok in run:
        if tok is run[-1] and tok.lemma_.lower() in ctx.estimate_nouns:
            break  # "the 24.2 million forecast by the board": an estimate of it, no thing
        if (tok.pos_ == "NOUN" or _misread_noun(tok)) and (
                tok.lemma_.lower() not in ctx.not_counted or _counted_places(tok, span)
                or place_point(tok)) and not is_unit_noun(tok):
            head = tok
        elif tok.tag_ == "NNPS" and tok is run[-1] and head is None:
            head = tok  # "260,000 Moldovans": a people counted by its demonym
        elif tok.pos_ == "ADJ" and tok.lower_ in lex.count_classes and tok is run[-1] and (
                head is None or head.lemma_.lower() in ctx.generic_people):
            # "600 dead", "40 people injured" (but "seven workers dead" counts the workers)
            head = tok
        elif (tok.pos_ == "ADJ" and tok is run[-1] and head is None and expr.unit
              and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr")):
            head = tok  # "and €150 million fine": a noun the tagger calls an adjective
    head = _days_of_a_kind(run, head)  # "26 school days": days, not schools
    if head is not None and head.lower_ in lex.count_measures:
        # "400 head of cattle": a measure word that counts one of what its "of" phrase names
        of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = pobj(of) if of is not None else None
        if obj is not None and obj.pos_ == "NOUN":
            return obj, None
    if head is not None:
        # names joined by "and"/"or" before the noun are kinds of it ("40 Airbus and Boeing
        # jets"), never whose it is: the second of them is no group
        group = group_in([t for t in run[: run.index(head)]
                          if not (t.i > 0 and doc[t.i - 1].pos_ == "CCONJ")])
        return head, group
    # "turnout was 58.6 percent of registered voters": a share stated of its subject (the "of"
    # phrase is the base it is a share of)
    if expr.unit in SHARE_UNITS:
        subject = (rated_noun(span) or _misread_verb_before(span) or _copula_subject(span, ctx)
                   or changed_object(span))
        if subject is not None:
            return subject, group_in(list(subject.lefts))
    found = after_amount(expr, doc, i)
    if found[0] is None and i < len(doc) and doc[i].lower_ == "for":
        purpose = _paid_for(expr, span, doc[i])
        if purpose is not None:
            return purpose, None
    return found


def _side_before_noun(tok: Token, ctx: ContextWords) -> bool:
    """ "Yes voters", "the No campaign": a side of a referendum written as its name
    (``ballot_options``), which the tagger calls an interjection or a determiner, before a
    noun it names the kind of."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.text in ctx.ballot_options and nxt is not None and nxt.pos_ == "NOUN"


def _determiner_of_its_noun(tok: Token, span: Span) -> bool:
    """ "with half the vote", "lost half its customers": a definite determiner or a possessive
    between a number and the noun the parse makes the number's head belongs to that noun, which
    is what the number counts ("€900 a unit" is a rate; "twice the size", a ratio, is left to
    the rules of ratios). A number in digits never does: "among 5,100 the company says it
    will cut" is a relative clause with its "that" left out, whose subject the parse may hang
    on the number."""
    if any(ch.isdigit() for ch in span.text):
        return False
    root = span.root
    head = root.head
    definite = tok.dep_ == "poss" or (tok.dep_ == "det" and tok.lower_ in DEFINITE)
    return (definite and tok.head.i == head.i and root.dep_ in ("nummod", "predet")
            and span.end <= tok.i < head.i
            and head.pos_ == "NOUN")


def money_moved_by(span: Span, ctx: ContextWords) -> str | None:
    """What money the verb that governs a sum moves (``money_verbs``: "spent" -> spending,
    "set aside" -> provision, "sold for" -> sale price), with its particle or preposition; or,
    for a sum a relative clause is about ("the $4bn the club owed"), what that clause's verb
    moves."""
    verb = governing_verb(span)
    moved = _money_verb(verb, ctx)
    if moved is not None and _set_against(span, verb):
        return None
    if moved is None:
        return _moved_by_relative(span, ctx) or _money_word_before(span, ctx)
    lemma = moved
    # its particle, which the tagger may call an adverb ("set aside", "paid out")
    counted = next((ctx.money_verbs[f"{lemma} {c.lower_}"] for c in verb.children
                    if (c.dep_ in ("prt", "advmod") or c.tag_ == "RP")
                    and f"{lemma} {c.lower_}" in ctx.money_verbs), None)
    into = next((c.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"), None)
    counted = counted or (ctx.money_verbs.get(f"{lemma} {into}") if into else None)  # "put into"
    counted = counted or (ctx.money_verbs.get(f"{lemma} for") if _bought_one(verb) else None)
    prep = span.root.head
    if span.root.dep_ == "pobj" and prep.head.i == verb.i:  # "sold for MK9,000"
        counted = counted or ctx.money_verbs.get(f"{lemma} {prep.lower_}")
    if counted is None and lemma == PAY and _paid_to_bereaved(span, verb, ctx):
        return COMPENSATION
    if counted is None and lemma == PAY:
        counted = paid_for_or_in(verb, span)  # "pay R1,600 for its electricity"
    return counted or ctx.money_verbs.get(lemma)


def _paid_to_bereaved(span: Span, verb: Token, ctx: ContextWords) -> bool:
    """ "will pay Rp60 million to the heirs of each victim", "paid their families $9,000": a sum
    paid to those a loss or a death falls on (``bereaved``: heirs, families, victims) is
    compensation, whether "to" names them or they are the verb's second object."""
    def bereaved(tok: Token) -> bool:
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in ctx.bereaved

    for head in (verb, span.root):
        for child in head.children:
            if child.dep_ in ("prep", "dative") and child.lower_ == "to" and any(
                    bereaved(t) for t in child.children if t.dep_ == "pobj"):
                return True
            if head is verb and child.dep_ in ("dative", "dobj") and bereaved(child) and not (
                    span.start <= child.i < span.end):
                return True
    return False


def _set_against(span: Span, verb: Token) -> bool:
    """ "puts lost toll revenue at $410m, below the $440m it forecast": a sum set against
    another, on a verb of money that has an object of its own before it, is not what the verb
    moves (its object is): it is another reckoning of what the sum it is set against counts."""
    prep = set_against(span)
    return prep is not None and prep.head.i == verb.i and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < prep.i for c in verb.children)


def set_against(span: Span) -> Token | None:
    """The preposition that sets a sum against another ("below the $440m it forecast", "and
    the $520m it feared" after it), or None."""
    node = span.root
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head
    prep = node.head
    return prep if node.dep_ == "pobj" and prep.lower_ in SET_AGAINST else None


def _bought_one(verb: Token) -> bool:
    """ "paid $3.1 million for a berth", "paid €900,000 at auction for a single landing right": the
    verb's "for" phrase names one thing (a singular noun after "a", "an", "one" or "single"), what
    the sum bought, so the sum is its price; "paid $40 million for new tram lines" names a
    purpose. A sum paid "at auction" is the winning bid for one lot, its price too (WordNet 3.1
    auction.n.01: a public sale of property to the highest bidder)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "at"):
            continue
        obj = pobj(prep)
        if obj is None or obj.pos_ != "NOUN":
            continue
        if prep.lower_ == "at" and obj.lemma_.lower() == "auction":
            return True
        if prep.lower_ == "for" and obj.tag_ == "NN" and any(
                c.lower_ in ("a", "an", "one", "single") for c in obj.children
                if c.dep_ in ("det", "nummod", "amod")):
            return True
    return False


def _money_word_before(span: Span, ctx: ContextWords) -> str | None:
    """ "the rebate on the levy cost the Treasury 41,200 million pesos", "the drones the navy
    fires cost about $1.4 million apiece": a verb of ``money_verbs`` right before a sum, with
    only its indirect object, a qualifier or quotes between, says what money the sum is, though
    the parser took the verb for a noun ("cost" is both) and hung the sum elsewhere. A verb,
    another number or a comma between ends the search: the word then belongs to another
    clause."""
    doc = span.doc
    for tok in reversed(doc[max(span.sent.start, span.start - MONEY_WORD_REACH):span.start]):
        word = tok.lower_
        base = word if word in ctx.money_verbs else word[:-1] if (
            word.endswith("s") and word[:-1] in ctx.money_verbs) else None
        if base is not None:
            return ctx.money_verbs[base]
        if tok.like_num or tok.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") or (
                tok.is_punct and tok.text not in QUOTES):
            return None
        if tok.pos_ == "ADP" and word not in QUALIFYING_PREPOSITIONS:
            return None
    return None


def _money_verb(verb: Token, ctx: ContextWords) -> str | None:
    """The base under which ``money_verbs`` lists a verb (alone or with a particle), if it
    does: its lemma, or the base its regular past or present form gives where the lemmatizer
    cuts too much ("fined" -> "fin", not "fine"; "fining" -> "fin", not "fine")."""
    bases = [verb.lemma_.lower()]
    form = verb.lower_
    regular = {"VBD": "ed", "VBN": "ed", "VBZ": "s"}.get(verb.tag_)
    if regular is not None and form.endswith(regular):
        bases.append(form[:-1])  # "fined" -> "fine", "fines" -> "fine"
    if verb.tag_ == "VBG" and form.endswith("ing") and len(form) > 5:
        bases.append(f"{form[:-3]}e")  # "fining" -> "fine"
    return next((b for b in bases if b in ctx.money_verbs or any(
        key.startswith(f"{b} ") for key in ctx.money_verbs)), None)


def _moved_by_relative(span: Span, ctx: ContextWords) -> str | None:
    """ "the £2bn the club owed", "the $90m it borrowed": a sum that a relative clause with no
    object of its own is about is what that clause's verb moves (the object left out is the
    sum). The parser may hang such a clause elsewhere: its verb is then the first after the sum
    whose subject stands between them."""
    doc = span.doc
    clause = next((c for c in span.root.children if c.dep_ == "relcl" and c.i >= span.end), None)
    if clause is None:
        clause = next((t for t in doc[span.end:min(len(doc), span.end + RELATIVE_REACH)]
                       if t.pos_ == "VERB"), None)
        if clause is None or not any(c.dep_ == "nsubj" and span.end <= c.i < clause.i
                                     for c in clause.children):
            return None
    if any(c.dep_ in ("dobj", "attr", "dative") for c in clause.children):
        return None
    return money_of_verb(clause, ctx)


def money_of_verb(verb: Token, ctx: ContextWords) -> str | None:
    """What money a verb alone moves ("owed" -> debt), as ``money_verbs`` lists it."""
    base = _money_verb(verb, ctx)
    return ctx.money_verbs.get(base) if base is not None else None


def _paid_for(expr: NumberExpr, span: Span, prep: Token) -> Token | None:
    """ "C$40 million for new tram lines", "€30m for farmers": a sum "for" a common noun is
    money for that purpose or those people, what it is of (not "for the year", a period, nor
    "for each family", a payment per one, nor "for Acme", a name, nor "for the whole country",
    a place; nor a sum a verb of measure sets "from", "to" or "at" or that completes a verb of
    measure, "fares range from $9 for children", "fines are €900 for firms": the fares, the
    fines say what)."""
    doc = span.doc
    obj = pobj(prep)
    ctx = context_words()
    if obj is None or expr.unit not in units().currency_codes or obj.pos_ != "NOUN" or (
            obj.ent_type_ in ("DATE", "TIME", "MONEY", "CARDINAL", "PERCENT")) or (
            obj.lemma_.lower() in ctx.not_counted) or is_place(obj) or any(
            c.dep_ == "det" and c.lower_ in ("each", "every", "per", "a", "an")
            for c in obj.children):
        return None
    if span.start > 0 and doc[span.start - 1].lower_ in ("from", "to", "at"):
        return None
    if _sum_of_a_noun(span, ctx):
        return None  # "a relief fund of $200 million for traders": the fund, for traders
    if money_moved_by(span, ctx) is not None:
        return None  # "set aside $8 million for repairs": a provision, as its verb says
    return None if _copula_subject(span, ctx) is not None else obj


def _sum_of_a_noun(span: Span, ctx: ContextWords) -> bool:
    """ "an emergency fund of 450 billion pesos for farmers", "a loan of $2bn for the airline": a
    sum a common noun is "of" is what that noun is (a fund, a loan); the "for" phrase after it
    says whom or what for, not what the sum is (but "a total of", a number noun, names
    nothing)."""
    prep = span.root.head
    owner = prep.head
    return (span.root.dep_ == "pobj" and prep.lower_ == "of" and owner.pos_ == "NOUN"
            and owner.i < prep.i and owner.lemma_.lower() not in ctx.not_counted
            and not is_unit_noun(owner))


def _counted_places(tok: Token, span: Span) -> bool:
    """ "declared in four regions": a kind of administrative area the number itself counts is
    what is counted, though "the region" alone never is."""
    return (tok.tag_ == "NNS" and tok.lemma_.lower() in quantity_classes().place_words
            and span.root.head.i == tok.i)


def _copula_subject(span: Span, ctx: ContextWords) -> Token | None:
    """The subject of "be" or a verb of measure or change the share completes: "turnout was
    52.3 percent", "the jobless rate fell to 5.6%", "Lake Kariba falls to 12%", "inflation,
    which leapt to 6.1 per cent", "inflation has cooled since peaking at 7.2%". A rate or a
    share is what a percentage measures, and a name (not a person's) is what it is said of."""
    node = clause_node(span)
    verb = node.head
    shares = quantity_classes()
    lemma = verb.lemma_.lower()
    # a phrasal verb with its particle ("went up 5%"; "might have gone as high as 3%" is no move)
    phrasal = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod")}
    # "accounts for 9% of ...": the part measured, when the share completes the verb itself
    part = lemma in ctx.part_verbs and span.root.dep_ == "pobj" and span.root.head.head.i == verb.i
    part = part or makes_up(verb, span)  # "women make up 40 percent": the part, the whole unsaid
    # "the village lies at 1,822 metres": a height a verb of being situated sets "at"
    situated = lemma in ctx.situated_verbs and span.root.dep_ == "pobj" and (
        span.root.head.lower_ == "at" and span.root.head.head.i == verb.i)
    measures = lemma in ctx.measure_verbs or part or situated
    if verb.pos_ not in ("VERB", "AUX") or (not measures and not (
            {lemma, *phrasal} & shares.percent_verbs)):
        return None
    if node.dep_ not in ("attr", "acomp", "dobj", "oprd", "npadvmod", "prep") and not (
            node.dep_ == "advmod" and node.lower_ in ("up", "down")):  # "went up 5%"
        return None
    if node.dep_ == "prep" and node.lower_ == "at" and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < node.i for c in verb.children):
        # "the bank held its main rate at 3.5%": a verb that holds its object at a share (as
        # "inflation held at 2.9%" holds its subject) says the share is the object's
        # (``counted_change.changed_object``), whoever holds it
        return None
    if node.dep_ == "dobj" and node.pos_ == "NOUN" and not span.start <= node.i < span.end:
        return None  # "lost control of 40 percent": the share is inside the object's phrase
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if not measures and after is not None and after.lower_ == "of":
        return None  # "lost 40 percent of its territory": what is lost is the "of" phrase
    between = span.doc[min(verb.i, span.start):max(verb.i, span.start)]
    if any(t.text in (":", ";") for t in between):
        return None  # "... and found a close race: UA 35.0 percent": a list of its own
    subject = _subject_of(verb)
    subject = compound_counted(subject, ctx) or subject if subject is not None else None
    if subject is None or (subject.lemma_.lower() in ctx.not_counted
                           and subject.lemma_.lower() not in shares.percent_nouns):
        return None
    if subject.pos_ == "PROPN":
        # a named thing's share or level ("Lake Kariba falls to 12%"), never a person's; the
        # tagger often calls a capitalised first word a name ("Turnout was 61.2 percent")
        common = subject.i == subject.sent.start and not any(
            t.pos_ == "PROPN" for t in subject.children)
        # nor a date the parser took for the subject ("rainfall since January had been 60%
        # below": the month of "since", a time, not a thing)
        named = subject.ent_type_ not in ("PERSON", "DATE", "TIME") and not any(
            t.ent_type_ == "PERSON" for t in subject.subtree)
        return subject if common or named or _named_as_its_kind(subject) else None
    return subject if subject.pos_ == "NOUN" else None


def _named_as_its_kind(name: Token) -> bool:
    """ "Halvor Lake, the deep lake that feeds the town, fell to 18.3 feet": a name whose
    apposition is a common noun of its own last word is a thing of that kind, whatever person
    the tagger took it for."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() == name.lower_
               for c in name.children)


def compound_counted(noun: Token, ctx: ContextWords) -> Token | None:
    """The compound that names what a number noun counts: "vote" of "vote total", "flow" of
    "flow rate", "inflation" of "the inflation rate"."""
    if noun.lemma_.lower() not in ctx.number_nouns:
        return None
    # the compound nearest the noun heads the others: "case fatality rate" counts fatalities
    return next((c for c in reversed(list(noun.lefts)) if c.dep_ == "compound"
                 and c.pos_ == "NOUN" and c.lemma_.lower() not in ctx.not_counted
                 and not is_unit_noun(c) and not keeps_count(c)), None)


def keeps_count(tok: Token) -> bool:
    """ "the government figure", "the police count", "the UN tally": a body or a name before a
    number noun says whose count it is, not what it counts (the official adjectives and bodies
    of ``store/data/estimates.toml``)."""
    words = estimate_words()
    return tok.lower_ in words.official_adjectives or bool(
        words.official_bodies.search(tok.lower_)) or tok.ent_type_ in (
        "ORG", "GPE", "NORP", "PERSON", "LOC")


GLUED = frozenset({"conj", "pobj", "dobj", "appos"})  # how the parser joins such a subject


def _subject_glued_before(verb: Token) -> Token | None:
    """ "sales rose to €30.6bn and net profit was €4.2bn": a second clause's subject, after
    "and", that the parser joined to the first clause (a conjunct of "€30.6bn", a second object
    of "to"), leaving the verb right after it with no subject; the noun before the verb (past
    its auxiliaries) is then that subject."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].head.i == verb.i and doc[i].dep_ in ("aux", "auxpass", "neg"):
        i -= 1
    if i < 0:
        return None
    noun = doc[i]
    if noun.pos_ != "NOUN" or noun.dep_ not in GLUED or noun.head.i >= noun.i:
        return None
    start = min(t.i for t in noun.subtree)
    return noun if start > 0 and doc[start - 1].lower_ in ("and", ",") else None


# "since", "after", "before", "until": a preposition of time the parser may read as a
# conjunction, making the noun after it a second subject of the verb
_TIME_MARKS = frozenset({"since", "after", "before", "until"})


def _past_misread_marks(verb: Token, subjects: list[Token]) -> list[Token]:
    """ "Ticket sales since the slide were down 71%": the parser hangs "since" on the verb and
    "slide" as a second subject; of several subjects, one after such a word is its object. When
    that is the copula's only subject, the noun right before the word is the real one (the
    parser made it the object of the verb of saying before it)."""
    marks = [m.i for m in verb.children if m.dep_ == "mark" and m.lower_ in _TIME_MARKS]
    if not marks or not subjects:
        return subjects
    kept = [c for c in subjects if not any(m < c.i for m in marks)]
    if kept:
        return kept
    before = verb.doc[min(marks) - 1] if min(marks) > 0 else None
    if verb.pos_ == "AUX" and before is not None and before.pos_ == "NOUN":
        return [before]  # "said ticket sales since the slide were down": the sales
    return subjects


def _subject_of(verb: Token) -> Token | None:
    """A verb's subject; a relative pronoun stands for the noun it follows ("inflation, which
    leapt to ..."), and a verb after a preposition takes its head clause's ("has cooled since
    peaking at 7.2%"; but not "doses were given, reaching 91 percent of ...")."""
    for _ in range(3):
        # the subject nearest the verb ("Bucharest, 14.05 - the rate eased to ...": a dateline
        # the parser also hangs there comes first)
        # (not a date the parser took for one: "rainfall since January had been 60% below")
        subjects = _past_misread_marks(verb, [c for c in verb.children
                                              if c.dep_ in ("nsubj", "nsubjpass")])
        on = relative_subject(verb, subjects)  # "receipts, which the bureau compiles, reached"
        if on is not None:
            return on
        subject = max((c for c in subjects if c.ent_type_ not in ("DATE", "TIME")),
                      key=lambda c: c.i, default=None) or max(subjects, key=lambda c: c.i,
                                                             default=None)
        if subject is not None:
            if subject.tag_ == "WDT" and verb.dep_ == "relcl":
                return verb.head
            subject = past_dateline(subject)  # "RIVERTON, 3 March - Bus fares will rise"
            if subject is None:
                return None
            return noun_past_gerund(subject) or subject  # "the average asking rent rose"
        named = noun_of_gerund_subject(verb)  # the same, parsed as a subject clause
        if named is not None:
            return named
        glued = _subject_glued_before(verb)  # "sales rose to €30bn and net profit was €4bn"
        if glued is not None:
            return glued
        if raised(verb):  # "yields are expected to fall to 2.4 tonnes": the yields
            verb = verb.head
            continue
        if verb.dep_ != "pcomp" or verb.head.i == verb.i:
            return None
        verb = verb.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # "since" between "cooled" and "peaking"
    return None


def _coordinated_modifiers(tok: Token) -> bool:
    """Modifiers joined by "and"/"or" before the noun they describe ("suspected and confirmed
    cases", "damaged and destroyed homes", names of makes or kinds: "Airbus and Boeing jets"):
    the modifiers and the conjunction are skipped."""
    doc = tok.doc
    if tok.i > 1 and doc[tok.i - 1].pos_ == "CCONJ" and tok.tag_ in ("VBN", "VBD", "JJ"):
        tok = doc[tok.i - 2]  # the second modifier: judged as the first is
    if tok.pos_ == "CCONJ":
        tok = doc[tok.i - 1] if tok.i > 0 else tok
    elif not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "CCONJ"):
        return False
    nxt = next((t for t in doc[tok.i + 1:tok.i + 3] if t.pos_ != "CCONJ"), None)
    if nxt is not None and tok.dep_ in ("nmod", "compound") and tok.head.pos_ == "NOUN" and (
            tok.head.i > nxt.i):
        return True  # "61 Landsat and Sentinel scenes", "40 Airbus and Boeing jets": names
    modifier = tok.tag_ in ("VBN", "JJ") and nxt is not None and nxt.tag_ in ("VBN", "VBD", "JJ")
    return modifier and nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ in ("NOUN", "ADJ", "PROPN")


def _clause_read_as_noun(tok: Token, span: Span) -> bool:
    """ "the 3.2 million bales forecast in May by the council": a word the tagger calls a noun
    but the parser hangs as a clause on the amount itself (``acl``) is a participle whose clause
    describes the amount ("forecast", "estimate" read as nouns), not the thing counted."""
    return tok.pos_ == "NOUN" and tok.dep_ == "acl" and span.start <= tok.head.i < span.end


def _participle(tok: Token) -> bool:
    """"armed" in "armed adherents", "provided" in "Emirate-provided transport planes"."""
    if tok.tag_ not in ("VBN", "VBG") or tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    return nxt.pos_ in ("NOUN", "ADJ", "PROPN")


def _modifier(t: Token) -> bool:
    """A word in front of the counted noun that says what kind of it is counted."""
    return (t.dep_ in ("amod", "compound", "nmod") and t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB")
            and t.ent_type_ not in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE")
            and not _part_of_a_number(t) and t.lower_ not in QUANTIFIERS
            and t.text not in ITEM_BREAKS
            and not is_unit_noun(t)  # "the 200,000 bpd refinery": the unit, not a kind of it
            and not _unit_after_slash(t)  # "the 100 km/h limit": "h" is the unit's
            and not _currency_prefix(t)  # "a Rs 13 crore fine": the sum's currency, no kind
            and not _second_of_a_pair(t)
            and t.lower_ != MULTIPLIER  # "4.5 times capacity": the multiple's, not a kind
            # "64 private and government hospitals": one of the pair alone would narrow the
            # count to one kind of the two; the plural says what is counted
            and not mixed_pair_modifier(t))


MULTIPLIER = "times"


def _second_of_a_pair(t: Token) -> bool:
    """The second of two modifiers a noun shares, read as its own ("of wind and solar
    capacity" parsed as "wind" and "solar capacity", ``counted_shared_head``): written alone it
    would narrow the amount to one of the two kinds."""
    doc, noun = t.doc, t.head
    return (t.i >= 2 and doc[t.i - 1].lower_ in JOINERS and noun.dep_ == "conj"
            and noun.head.i == t.i - 2)


def _currency_prefix(t: Token) -> bool:
    """A currency's prefix written apart from its digits ("Rs 20,000", "R$ 380"): the
    parser may hang it on the noun after the sum, but it says what the sum is in, not what it
    is."""
    return t.text in units().currency_signs


def counted_phrase(head: Token, group: str | None, *, part: bool = False) -> str:
    """A short phrase for what is counted: modifiers in front of the noun and the noun itself;
    ``part``: for the part a clause "N of whom ..." on the noun is about, which that clause's
    verb says befell."""
    # names joined by "and"/"or" ("4,000 Amazon and Walmart workers") are kinds of the noun
    # named together: neither alone says what is counted, so both are left out
    mods = [t for t in head.lefts if _modifier(t) and not (
        t.pos_ == "PROPN" and any(c.dep_ == "conj" for c in t.children))]
    # "a $400bn cash transfer programme": the parser hangs "cash" on "transfer", not on the noun
    mods += [c for m in mods if m.dep_ == "compound" for c in m.lefts
             if c.dep_ == "compound" and c.i == m.i - 1 and _modifier(c)]
    mods += numbers_in_name(head, mods)  # "class 10 pupils": which class
    toks = [t for t in sorted([*mods, head], key=lambda t: t.i) if t.text not in QUOTES]
    words = [_hyphenated(t) if t is not head else t.text for t in toks]
    phrase = _as_written(toks, words)
    lemma = head.lemma_.lower()
    people = units().count_classes
    named = " ".join(words[-2:]).lower() if len(words) > 1 else lemma
    outcomes = quantity_classes().outcomes
    generic = lemma in context_words().generic_people
    if len(words) == 1 and _harmed_participle(head) and head.lower_ not in people:
        done = with_particle(head, head.lower_)  # "people laid off"
        return f"{group} people {done}" if group else f"people {done}"
    if (generic or people.get(lemma) in (PEOPLE, DEATHS)
            or people.get(named) == PEOPLE or people.get(named.rstrip("s")) == PEOPLE):
        done = _what_happened(head, part)
        joined = dead_or_missing(head)
        if joined is not None and (generic or lemma in outcomes or head.lower_ in outcomes):
            phrase = " ".join([*words, joined] if generic else ["people", joined])
        elif len(words) == 1 and ((_inhabitants(head) and generic) or of_a_place(head)):
            phrase = "population"  # "a nation of 90 million people"
        elif head.lower_ in outcomes and head.dep_ != "pobj" and len(words) == 1:
            phrase = outcomes[head.lower_]  # "40 dead" (but "11 of the dead" is a part of them)
        elif done and generic and done in outcomes and not _shared_verb(head.head):
            # "40 people died": deaths ("drowned or were crushed" says more than that)
            phrase = " ".join([*words[:-1], outcomes[done]])
        elif done and not generic and outcomes.get(done) == DEATHS and done != DEAD:
            # "88 miners died", "27 children drowned": the verb is no word of the noun phrase;
            # dead miners, dead children, the noun last
            phrase = " ".join([DEAD, *words])
        elif done and done not in phrase.lower() and (
                done not in NAMES_ONLY_PEOPLE or (generic and len(words) == 1)):
            # "people killed", "people displaced", "crew members killed": what befell them is
            # what is counted ("injured people" treated are still the injured)
            phrase = EMPLOYEES if done == EMPLOYED else f"{phrase} {done}"
        elif not done and generic and len(words) == 1 and (refuge := refuge_of(head)):
            phrase = f"{phrase} {refuge}"  # "740 people remained in 11 shelters"
    elif _a_sum(head):
        pass  # "the government paid a $2bn aid package": the package, no class of what befell it
    elif (fate := _what_befell_it(head)) is not None and fate not in phrase.lower():
        phrase = f"{phrase} {fate}"  # "8,400 houses have been destroyed": houses destroyed
    elif (kind := fate_class(head, part)) is not None and kind not in phrase.lower():
        if head.is_sent_start and phrase == head.text:
            phrase = phrase.lower()  # "Wells closed: 12": the capital is the line's, not a name's
        phrase = f"{kind} {phrase}"  # "40 boats were tied up": idle boats
    elif (done := _done_to_people(head, part)) is not None and done not in phrase.lower():
        phrase = f"{phrase} {done}"  # "14 suspects had been arrested": suspects arrested
    if group and group not in phrase:
        phrase = _overlapped(group, phrase)
    return phrase.strip()


def _overlapped(group: str, phrase: str) -> str:
    """The group named in front of the phrase, the words they share said once: "State Disaster
    Response" before "Disaster Response Force" is "State Disaster Response Force"."""
    named, said = group.split(), phrase.split()
    for size in range(min(len(named), len(said)), 0, -1):
        if named[-size:] == said[:size]:
            return " ".join([*named, *said[size:]])
    return f"{group} {phrase}"


def _done_to_people(head: Token, part: bool) -> str | None:
    """What the clause says befell a noun no class names ("suspects", "pupils"), when its verb
    is one done to people (``human_object_verbs``) whose participle names what is counted
    ("arrested", "evacuated"): the noun counts the people it befell, as "people arrested" does;
    the participle, or None. Not a death or an injury, which befall animals as well and make
    the count one of deaths among them (the class keys read that from the phrase), nor a verb
    of a clause whose object is another ("rangers, who have arrested 214 poachers"), nor one
    that only "people" need (``NAMES_ONLY_PEOPLE``: "doctors employed by the county" are
    doctors)."""
    done = _what_happened(head, part)
    classes = quantity_classes().noun_class
    if done is None or done in NAMES_ONLY_PEOPLE or head.lemma_.lower() in classes or (
            head.lower_ in classes or classes.get(done) in estimate_words().event_bound_classes):
        return None
    if any(c.dep_ in ("acl", "relcl") and c.lower_ == done and any(
            g.dep_ == "dobj" for g in c.children) for c in head.children):
        return None
    verbs = context_words().human_object_verbs
    return done if any(regular_participle(v) == done for v in verbs) else None


def _a_sum(head: Token) -> bool:
    """The noun is what a sum of money is: the sum stands before it ("a $2bn aid package", "a
    €900 bonus") or is its "of" phrase ("an aid package of $2bn"). What a verb did to it ("paid",
    "remaining") is no fate of counted things: a sum is paid, not a count of things paid."""
    for child in head.children:
        if child.ent_type_ == "MONEY" and child.i < head.i:
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                c.ent_type_ == "MONEY" for c in child.children):
            return True
    return False


def _as_written(toks: list[Token], words: list[str]) -> str:
    """The words of a phrase joined as the text writes them: tokens the tagger split from one
    word ("non", "-", "permanent" of "non-permanent") stay one word, not "non - permanent"."""
    parts: list[str] = []
    for i, (tok, word) in enumerate(zip(toks, words, strict=True)):
        before = toks[i - 1] if i else None
        if before is not None and before.i + 1 == tok.i and not before.whitespace_:
            parts[-1] += word
        else:
            parts.append(word)
    return " ".join(parts)


def _unit_after_slash(tok: Token) -> bool:
    """ "h" of "km/h", "s" of "m/s": the tagger splits a unit written with a slash, and the
    word after the slash is the unit's, glued to a unit word before it."""
    doc = tok.doc
    return (tok.i >= 2 and doc[tok.i - 1].text == "/" and not doc[tok.i - 1].whitespace_
            and not doc[tok.i - 2].whitespace_ and is_unit_noun(doc[tok.i - 2]))


def _hyphenated(tok: Token) -> str:
    """A modifier as written, with the words a hyphen joins to it: "drought-hit" of
    "drought-hit farmers" (the tagger splits it, and "hit farmers" says another thing); a
    number joined to it is the figure's, never the noun's ("a 15-km zone")."""
    doc = tok.doc
    start = tok.i
    while (start >= 2 and doc[start - 1].tag_ == "HYPH" and not doc[start - 1].whitespace_
           and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha):
        start -= 2
    return doc[start:tok.i + 1].text


def _part_of_a_number(tok: Token) -> bool:
    """ "a Rp3.5tn bill", "nearly 2m Corvo SUVs": a word with digits, or the scale the tagger
    split off a number ("m" of "2m"), is the figure itself, never a word of what it counts."""
    lex = units()
    return any(ch.isdigit() for ch in tok.text) or (
        tok.lower_ in lex.scale_suffixes and tok.i > 0 and tok.doc[tok.i - 1].like_num
        and not tok.doc[tok.i - 1].whitespace_)


def _what_befell_it(head: Token) -> str | None:
    """What a verb of damage, loss or handling did to the counted things: "8,400 houses have been
    destroyed", "hives had burned", "27 vessels attacked since May" (the ``fates`` verbs of
    ``store/data/quantities.toml``); the participle, or None."""
    fates = quantity_classes().fates
    verb = head.head
    if head.dep_ in ("nsubjpass", "nsubj") and verb.tag_ == "VBN" and (
            verb.lemma_.lower() in fates) and not any(c.dep_ == "dobj" for c in verb.children):
        return verb.lower_
    after = next((c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"
                  and c.i == head.i + 1), None)
    if after is not None and after.lemma_.lower() in fates:
        return after.lower_
    return None


NEAR_WINDOW = 4  # "close to £3m", "close to about 40": words from "to" to the number


def _near_a_number(adjective: Token) -> bool:
    """ "the cost is close to £3m": an adjective of nearness before "to" and a number says how
    near the figure is to the amount, no state of the thing ("shops are close", "closed");
    read from the words right after it."""
    doc = adjective.doc
    after = doc[adjective.i + 1:min(len(doc), adjective.i + 1 + NEAR_WINDOW)]
    return len(after) > 1 and after[0].lower_ == "to" and any(t.like_num for t in after[1:])


def fate_class(head: Token, part: bool = False) -> str | None:
    """The class of what the verb of the counted noun's clause says befell it ("40 boats were
    tied up", "crews reconnected 9,000 customers", "customers who lost power"): the noun is the
    verb's subject or object, or the verb is a clause on the noun; the verb's lemma with its
    particle, object, preposition or (after "be") adjective is looked up in ``fate_classes`` of
    ``store/data/quantities.toml``; the class, or None. A clause on the noun comes before the
    verb the noun is subject or object of. A verb with an object of its own other than the noun,
    looked up alone and in the active voice, says what befell that object, not the noun ("a
    scheme paying $80 a month to each family": the scheme pays, nothing is paid to it; "nine
    porters were paid €900 each" are still paid). None for a noun a measure stands before ("the
    80,000 bpd refinery"): the figure sizes it, it counts none. Reads the noun and its verb
    only."""
    table = quantity_classes().fate_classes
    if any(is_unit_noun(c) for c in head.lefts):
        return None  # "shut the 80,000 bpd refinery": a measure of the noun, no count of it
    verb = next((c for c in head.children if c.dep_ in ("relcl", "acl")
                 and (part or not of_whom(c))), None)
    if verb is None and head.dep_ == "pobj" and head.head.lower_ == "of" and (
            head.head.head.lemma_.lower() in context_words().number_nouns):
        # "the number of shops it will close": the clause on the number is said of the noun
        verb = next((c for c in head.head.head.children if c.dep_ == "relcl"), None)
    if verb is None and head.dep_ in ("nsubj", "nsubjpass", "dobj", "dative"):
        verb = head.head  # its own clause ("customers who lost power") says it first
    if verb is None or verb.pos_ not in ("VERB", "AUX") or stays_as_guest(verb):
        return None  # "guests stayed in hotels": a stay, no fate
    lemma = verb.lemma_.lower()
    if lemma not in table and verb.lower_.endswith("ed") and verb.lower_[:-2] in table:
        lemma = verb.lower_[:-2]  # a participle the lemmatiser leaves whole ("reconnected")
    said = []
    for child in verb.children:
        if child.dep_ == "prt" or child.dep_ == "prep":
            said.extend(f"{lemma} {child.lower_} {c.lemma_.lower()}" for c in child.children
                        if c.dep_ == "pobj")  # "taken to hospital": where, said before "to"
            said.append(f"{lemma} {child.lower_}")
        elif child.dep_ == "dobj" and child.i != head.i:
            said.append(f"{lemma} {child.lemma_.lower()}")
        elif child.dep_ == "acomp" and not _near_a_number(child):
            said.append(child.lemma_.lower())
    passive = verb.tag_ == "VBN" or head.dep_ == "nsubjpass" or any(
        c.dep_ == "auxpass" for c in verb.children)  # "9 dockers were paid €50,000": paid
    if passive or not any(c.dep_ == "dobj" and c.i != head.i for c in verb.children):
        said.append(lemma)  # "a fund paying $80 a month": the verb alone befalls its object
    found = next((table[words] for words in said if words in table), None)
    if found is None and head.dep_ == "nsubj" and verb.i == head.head.i and not any(
            c.dep_ == "auxpass" for c in verb.children):
        deeds = quantity_classes().deed_classes  # "runners entered the race": what they did
        found = next((deeds[words] for words in [*said, lemma] if words in deeds), None)
    return found


def dead_or_missing(head: Token) -> str | None:
    """ "31 people died or went missing", "40 people dead or missing", "61 dead and missing": a
    death joined to "missing" counts the dead and the missing together, a quantity of its own
    (IOM Missing Migrants Project: "dead and missing"), not deaths; the phrase, or None."""
    outcomes = quantity_classes().outcomes
    fate = head
    if head.lower_ not in outcomes:  # "people" of "people died or ...": the verb it is said of
        fate = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or fate.lower_ not in outcomes:
            fate = next((c for c in head.children if c.dep_ in ("amod", "acl")
                         and c.lower_ in outcomes), fate)
            if fate.lower_ not in outcomes:
                return None
    for conj in fate.children:
        if conj.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue  # ("40 died and 12 are missing": two counts)
        cc = next((c.lower_ for c in fate.children if c.dep_ == "cc"), "or")
        # "missing" itself, or "went/gone missing" (the parser hangs "missing" anywhere)
        after = conj.doc[conj.i + 1] if conj.i + 1 < len(conj.doc) else conj
        if conj.lower_ == "missing" or after.lower_ == "missing" or any(
                c.lower_ == "missing" for c in conj.children):
            return f"dead {cc} missing"
    return None


def is_place(tok: Token) -> bool:
    """A country, region or town: a place name, or a noun for one ("the region", "Tana County")."""
    lex = quantity_classes()
    return tok.ent_type_ in ("GPE", "LOC") or tok.lemma_.lower() in lex.populated or (
        tok.lemma_.lower() in lex.place_words)


def populated_place(noun: Token) -> bool:
    """A noun for a place people live in ("town", "country", "nation"): a bare number it is
    "of" is its population ("a country of almost 9 million")."""
    lex = quantity_classes()
    lemma = noun.lemma_.lower()
    return lemma in lex.place_words or lemma in lex.populated


def of_a_place(head: Token) -> bool:
    """People a place has, counts or numbers ("the region has 4.1 million people"), people a
    place is "with" ("the valley, with 2 million inhabitants"), a place's own people ("the
    province's 3 million residents"), and people a population is stated in ("the count of the
    population is 40,112,000 persons"): the place's population, not a count of some people."""
    lex = quantity_classes()
    if head.lemma_.lower() not in lex.inhabitants or head.lower_ in ("person",):
        return False
    if any(c.dep_ == "poss" and is_place(c) for c in head.children) or _census_count(head):
        return True
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "with":
        return is_place(verb.head)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if head.dep_ == "dobj" and verb.lemma_.lower() in lex.holding_verbs:
        # residents are a place's whoever has or counts them; people only a place's
        return is_place(subject) or head.lemma_.lower() not in context_words().generic_people
    if head.dep_ == "attr" and verb.lemma_.lower() == "be":
        # the subject, or what it is "of" ("the count of the population")
        for _ in range(2):
            if subject.lemma_.lower() == "population":
                return True
            of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"),
                      None)
            subject = pobj(of) if of is not None else None
            if subject is None:
                return False
    return False


def _census_count(head: Token) -> bool:
    """People a census counts ("were counted in the census", "persons enumerated in the 2019
    census", "the census count of 40 million people", "counted 40 million people on census
    night"): a census counts a population (UN Principles and Recommendations for Population and
    Housing Censuses, Rev. 3, para. 1.4: the census gives the population of a country)."""
    lex = quantity_classes()
    act = next((c for c in head.children if c.dep_ == "acl"  # "persons enumerated"
                and c.lemma_.lower() in lex.census_counts), None)
    if act is None and head.dep_ in ("dobj", "nsubjpass"):
        act = head.head
    if act is None and head.dep_ == "pobj" and head.head.lower_ == "of":
        act = head.head.head  # "the census count of ..."
    if act is None and head.dep_ == "attr" and head.head.lemma_.lower() == "be":
        # "the final census count was 40,291,806 people"
        act = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if act is None or act.lemma_.lower() not in lex.census_counts:
        return False
    near = [*act.children, *(g for c in act.children if c.dep_ in ("prep", "compound")
                             for g in c.children)]
    return any(t.lemma_.lower() in lex.census_words or any(
        g.dep_ == "compound" and g.lemma_.lower() in lex.census_words for g in t.children)
        for t in near)


def _inhabitants(head: Token) -> bool:
    """People a place is "of" or "home to": its population."""
    prep = head.head
    return (head.dep_ == "pobj" and prep.lower_ in ("of", "to")
            and prep.head.lemma_.lower() in quantity_classes().populated)


def _shared_verb(verb: Token) -> bool:
    """A second verb of the same subject: "drowned or were crushed" (not "drowned, and dozens
    were missing", which has a subject of its own)."""
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not any(
        g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in verb.children)


RELATIVES = frozenset({"whom", "which"})


def of_whom(clause: Token) -> bool:
    """ "infected 870 people, 12 of whom have died", "detained 120 protesters, most of whom
    were released": a relative clause whose subject is a part "of whom" says what befell that
    part, not the whole the noun counts."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and o.lower_ in RELATIVES for o in p.children)
        for p in c.children) for c in clause.children)


def _what_happened(head: Token, part: bool = False) -> str | None:
    """What the clause says of "people": "96 people had been injured" -> "injured". A generic
    noun says nothing of what is counted; the verb does (deaths, displacement, arrivals)."""
    classes = quantity_classes().noun_class  # only verbs that name what is counted
    for child in head.children:  # "people displaced by the floods"
        if child.dep_ in ("acl", "relcl") and child.lower_ in classes and (
                part or not of_whom(child)):
            return child.lower_
    verb = head.head
    if verb.dep_ in ("aux", "auxpass"):  # "250,000 people were hastily evacuated",
        verb = verb.head  # misparsed with "were" as the subject's head
    if head.dep_ in ("nsubj", "nsubjpass") and _subject_nearer(head, verb):
        return None  # "with 171 survivors and 53 people still missing": the people are missing
    if head.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "VERB" and verb.lower_ in classes:
        return verb.lower_
    if head.dep_ in ("nsubj", "nsubjpass"):  # "remained displaced", "were left homeless"
        state = next((c for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp")
                      and c.lower_ in classes), None)
        if state is not None:
            return state.lower_
    if head.dep_ == "pobj" and verb.lower_ == "of":
        # "the number of people killed", "its tally of people displaced as at Friday", parsed
        # with the participle on the number noun or with the noun as its subject: the
        # participle still says what befell the people
        noun = verb.head
        done = [c for c in noun.children if c.dep_ == "acl"]
        if noun.dep_ in ("nsubj", "nsubjpass"):
            done.append(noun.head)
        # "of police officers and soldiers injured": the participle after the last conjunct
        last = max((t.i for t in head.conjuncts), default=head.i)
        for word in done:
            if word.pos_ == "VERB" and word.lower_ in classes and word.i == max(head.i, last) + 1:
                return word.lower_
    if taken_alive(head):  # "lifeboats pulled 37 people alive from the quarry": rescued
        return RESCUED
    if head.dep_ == "dobj" and verb.pos_ == "VERB":  # "the storm killed 3,870 people"
        done = regular_participle(verb.lemma_.lower())
        if done in classes:
            return done
    return None


def _subject_nearer(head: Token, verb: Token) -> bool:
    """ "with 171 survivors and 53 people still missing", "178 survivors and 21 still missing":
    the parser may give one verb two subjects, the counted noun and another count after it, or
    make that count a conjunct of the noun; the verb then says what befell the count nearer it,
    not the noun before."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and head.i < c.i < verb.i
               for c in verb.children) or any(
        c.dep_ == "conj" and head.i < c.i < verb.i and (c.like_num or any(
            g.dep_ == "nummod" for g in c.children)) for c in head.children)


def count_unit(head: Token | None, group: str | None, armed: frozenset[str]) -> str | None:
    if head is None:
        return None
    lex = units()
    prefix = _hyphened_prefix(head)
    if prefix:
        return _prefixed_unit(head, prefix)
    lemma = head.lemma_.lower()
    text = head.text.lower()
    compound = " ".join(t.lower_ for t in head.lefts if t.dep_ == "compound") + " " + lemma
    # "300 military personnel": an adjective that makes the noun a class of its own
    modified = " ".join(t.lower_ for t in head.lefts
                        if t.dep_ in ("compound", "amod")) + " " + lemma
    # "marathon waiting list": the compound right before the noun, with it, may be a class
    nearest = " ".join(t.lower_ for t in head.lefts if t.dep_ == "compound" and t.i == head.i - 1)
    # "2.2 million attendances": the plural of a mass noun of a class counts occasions, its own
    occasions = lemma in lex.mass_class_nouns and head.tag_ == "NNS"
    if place_point(head):
        return f"{head.doc[head.i - 1].lower_} points"  # "charging points": places, not a scale
    for key in (modified.strip(), compound.strip(), f"{nearest} {lemma}".strip(), lemma, text):
        if occasions and key in (lemma, text):
            continue
        if key in lex.count_classes:
            if group and group in armed and key in lex.armed_count_classes:
                return lex.armed_count_classes[key]
            unit = lex.count_classes[key]
            if unit == DEATHS and head.pos_ == "ADJ" and (
                    _persons_before(head) or dead_or_missing(head) is not None):
                return PEOPLE  # "41 people dead", "12 dead or missing": people
            if unit == "people" and _excess_deaths(head):
                return "deaths"
            if unit == "people":
                return _including_class(head, armed) or unit
            return unit
        if key in lex.armed_count_classes and (group in armed or _armed_nearby(head, armed)):
            return lex.armed_count_classes[key]
    made = initialism_class(head) or job_class(head)
    if made is not None:
        return made  # "210,000 SUVs" are vehicles; "1,200 roles" cut are jobs
    if head.tag_ == "NNPS" and (head.ent_type_ in ("NORP", "") or (
            countries().of_demonym(head.text) is not None)) and not names_made_things(head):
        return "people"  # "8,200 Pakistanis", though the tagger calls them an organisation
    if _harmed_participle(head):
        return "people"  # "17 stranded"
    plural = text if head.tag_ in ("NNS", "NNPS") or text.endswith("s") or (
        _plural_as_written(head)) else _plural(lemma)
    kind = _kind_of(head) if lemma in lex.vague_heads else None
    return f"{kind} {plural}" if kind else plural


def _prefixed_unit(head: Token, prefix: str) -> str:
    """A noun with a word hyphened before it ("ex-soldiers", "vice-chancellors") is a kind of
    its own, not the class of the noun alone: the class of the whole word, else its plural."""
    lex = units()
    whole = f"{prefix}{head.lemma_.lower()}"
    if whole in lex.count_classes:
        return lex.count_classes[whole]
    text = head.text.lower()
    plural = text if head.tag_ in ("NNS", "NNPS") or text.endswith("s") or (
        _plural_as_written(head)) else _plural(head.lemma_.lower())
    return prefix + plural


def _hyphened_prefix(head: Token) -> str:
    """ "141 vice-chancellors", "40 co-pilots": the word and hyphen the tokenizer split off the
    noun, glued to it on both sides, are part of the noun's own word ("vice-"); a number or its
    scale before the hyphen ("a 120-bed ward", "3.5-million homes") makes a size, no word."""
    doc = head.doc
    if head.i < 2 or doc[head.i - 1].text not in HYPHENS:
        return ""
    hyphen, word = doc[head.i - 1], doc[head.i - 2]
    if hyphen.whitespace_ or word.whitespace_ or not word.is_alpha or word.like_num or (
            word.lower_ in units().scale_words):
        return ""  # "a 3.5-million-home target": the number's own scale, no word of the noun
    return f"{word.lower_}{hyphen.text}"


HYPHENS = ("-", "\u2010", "\u2011")  # hyphen-minus, hyphen, non-breaking hyphen


def _labels_next_item(bar: Token) -> bool:
    """The bar starts an item of a label run ("| Evacuees: 3,400"): a colon follows within a
    few words, before any number. A bar between figures with no label ("Registry 41.3 |
    Insurers 44.8") is no break of that kind."""
    for tok in bar.doc[bar.i + 1:bar.i + 5]:
        if tok.text == ":":
            return True
        if tok.like_num or tok.text in ITEM_BREAKS:
            return False
    return False


def _persons_before(head: Token) -> bool:
    """ "41 people dead", "nine persons dead": a noun that says only that persons are counted
    stands right before the adjective that names their state."""
    return head.i > 0 and head.doc[head.i - 1].lemma_.lower() in context_words().generic_people


def _plural_as_written(head: Token) -> bool:
    """ "184 staff", "300 cattle", "1,150 railway staff": a noun after a number above one, with a
    space between and only the noun's own modifiers after it, is written in its plural already
    (a hyphen makes "a 120-bed centre" singular)."""
    doc = head.doc
    if head.dep_ == "pobj" and head.head.lower_ == "of" and (
            head.head.head.lower_ in units().count_measures):
        return True  # "2,300 head of sheep": a count of them, so as many as there are
    if head.i == 0:
        return False
    between = 0
    while between < 2 and head.i - between - 1 > 0 and (
            doc[head.i - between - 1].head.i == head.i
            and doc[head.i - between - 1].dep_ in ("compound", "amod")
            and doc[head.i - between - 1].is_alpha):
        between += 1  # "railway" of "1,150 railway staff"
    number = doc[head.i - between - 1]
    return (number.dep_ == "nummod" and number.head.i == head.i and bool(number.whitespace_)
            and number.like_num and number.lower_ not in ("1", "one"))


def _kind_of(head: Token) -> str | None:
    """The noun that says which kind a vague head is: "evacuation" of "evacuation centres",
    "motorway" of "sections of motorway"."""
    compound = [t for t in head.lefts if (t.dep_ == "compound" and t.pos_ == "NOUN")
                or (t.dep_ == "amod" and t.tag_ == "VBN")]
    if compound:
        return compound[-1].lower_
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = pobj(of) if of is not None else None
    if obj is not None and obj.tag_ == "NN" and not any(
            c.dep_ in ("det", "poss", "nummod") for c in obj.children):
        return obj.lower_
    return None


def _days_of_a_kind(run: list[Token], head: Token | None) -> Token | None:
    """ "26 school days", "3,000 working days": a noun that modifies a plural noun of time ending
    the run says which days are counted; the days are what a figure that counts them counts
    (a time word alone is never its head, ``not_counted``), not the school or the work."""
    if head is None or not run:
        return head
    last = run[-1]
    if last is head or last.tag_ != "NNS" or (
            last.lemma_.lower() not in context_words().rate_period_words):
        return head
    return last if head.head.i == last.i and head.dep_ in ("compound", "amod") else head


def _excess_deaths(head: Token) -> bool:
    """ "2,360 more people died than expected": the people more than expected who died are excess
    deaths, the unit mortality studies count in (WHO, excess mortality: deaths above those
    expected)."""
    doc = head.doc
    # "more" between the number and the noun ("more than 2,900 people died" is a qualifier)
    more = head.i > 1 and doc[head.i - 1].lower_ == "more" and doc[head.i - 2].like_num
    return more and head.dep_ == "nsubj" and head.head.lemma_.lower() == "die" and any(
        c.lower_ == "than" for c in head.head.subtree)


def _including_class(head: Token, armed: frozenset[str]) -> str | None:
    """"9,000 rebels, including up to 1,500 foreigners": a part counts in its whole's unit."""
    prep = head.head
    if prep.dep_ != "prep" or prep.lower_ not in ("including", "among"):
        return None
    whole = prep.head
    if whole.pos_ != "NOUN":  # attached to the verb: the whole is the noun before "including"
        not_counted = context_words().not_counted
        whole = next((t for t in reversed(head.doc[head.sent.start:prep.i])
                      if t.pos_ == "NOUN" and t.lemma_.lower() not in not_counted), None)
    if whole is None or whole.i == head.i:
        return None
    unit = count_unit(whole, None, armed)
    return unit if unit and unit != "people" else None


def _armed_nearby(head: Token, armed: frozenset[str]) -> bool:
    """Whether the paragraph around a noun names an armed group ("members" then means fighters)."""
    if not armed:
        return False
    text = text_of(head.doc)
    start = text.rfind("\n", 0, head.idx) + 1
    end = text.find("\n", head.idx)
    para = text[start:end if end != -1 else len(text)]
    return any(name in para and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", para)
               for name in armed)  # a name not in the paragraph at all needs no pattern built


def _plural(word: str) -> str:
    if word in units().zero_plurals:  # "thousands of salmon": the plural is the singular
        return word
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def name_what_they_do(fig: FoundFigure, span: Span) -> None:
    """ "230,000 people had been displaced, including more than 90,000 staying in evacuation
    centres", "among them 12,800 still living in 145 centres": a part of a count of people that a
    present participle follows counts the people doing that, not the whole it was taken from."""
    if fig.unit != "people" or not fig.inherited:
        return
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].pos_ == "ADV" and i < span.end + 2:
        i += 1  # "still living"
    if i < len(doc) and doc[i].tag_ == "VBG" and doc[i].pos_ == "VERB" and doc[i].dep_ != "prep":
        # ("250,000 according to the union" names who says so, not what they do)
        fig.counted, fig.counted_head = f"people {doc[i].lower_}", "people"
