"""Origin: whose estimate a figure is. Often not its source: "Pentagon officials told the Times"
names who says it, while "a Kestrel Institute study" or "the official toll" names who produced the
number (annotation guide, "Conflicts").

In order:
* an authored noun that governs the figure or is the subject of its clause ("a study by X found",
  "X's estimate of", "the Kestrel Institute study put the toll at"), or the object of a verb of
  revising ("raised the official toll from 27 to 468"), gives its author;
* the same noun marked official ("the official toll was put at 468") gives the authorities' count;
* a body's possessive on the figure's own words ("the union's 1,900", "its 900 million") or on
  "figure" or "number" ("the bureau's figure of 38") gives that body;
* the same noun with no author but definite ("the study", "the survey") refers to the last one
  of that kind the article named;
* else the figure's source, when the sentence names one (a speaker is the origin of what they
  alone say), unless the speaker only judges a figure a definite noun names ("farmers say the
  cap of 200 litres is not enough": the cap is not theirs);
* else nobody: "the article".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from store.extract.figures.dateline_subject import DATELINE_WORDS, dateline_dash
from store.extract.figures.origin_cited import cited_teller
from store.extract.figures.origin_names import names_a_stage, names_no_body
from store.extract.figures.origin_valued import valuing_subject
from store.extract.figures.parse import ents_in, governing_verb, per_sentence
from store.extract.figures.who import (
    is_time,
    past_dateline_subjects,
    past_portfolio,
    semicolon_after,
    short_name,
)
from store.knowledge.aliases import curated_entry
from store.knowledge.context import context_words
from store.knowledge.countries import countries
from store.knowledge.descriptions import descriptions
from store.knowledge.estimates import estimate_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NAMED, OFFICIAL, EARLIER, SOURCE, ARTICLE = "named", "official", "earlier", "source", "article"
OWNER_PREPS = ("by", "from", "of")
OWNER_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC"})
DEFINITE = frozenset({"the", "this", "that", "its", "their", "these", "those"})
AUTHORED_VERBS = frozenset({"publish", "conduct", "commission", "release", "issue", "carry",
                            "lead", "compile", "produce", "prepare", "run", "fund"})
MAX_HOPS = 6
# heads climbed from a figure to the verb that revises it: "corrected the number of trees planted
# to 3,450" puts the count's own phrase, "the number of", and a participle on the way
REVISER_HOPS = 8
# a newsroom's own story, as its correction calls it ("our report of 9 June"): "report" is no
# piece in general (a body's report is its own), but "our report" may be an outlet's
OWN_REPORT = frozenset({"report"})
# speakers that stand in for the authors of a study named before them
STAND_INS = frozenset({"they", "authors", "researchers", "the team", "team", "scientists",
                       "the study's authors", "study's authors"})


@dataclass(frozen=True)
class Origin:
    name: str  # the author ("Kestrel Institute"), "official", or the source as said
    kind: str | None  # the authored noun ("study", "toll") when one names it
    basis: str  # NAMED, OFFICIAL, EARLIER, SOURCE or ARTICLE


def origin_of(span: Span, sent: Span, source: str) -> Origin:
    """The origin of the figure at ``span`` (see the module docstring for the order); a body
    named by its head word alone ("the Bureau") is the body of that word the article named
    last before the figure ("the Kenya National Bureau of Statistics")."""
    found = _origin_of(span, sent, source)
    if found.basis != ARTICLE and names_no_body(found.name):
        return Origin("the article", None, ARTICLE)  # "40 stations", "640MW": no body
    if found.basis in (NAMED, SOURCE) and len(found.name.split()) <= MAX_DESCRIPTION_WORDS:
        full = _named_in_full(span.doc, span.start_char, found.name)
        if full is not None:
            return Origin(full, found.kind, found.basis)
    return found


BODY_LOOKBACK = 40  # organisations named before a figure searched for a head word's full name


MAX_DESCRIPTION_WORDS = 3  # "the bureau", "the health ministry", "the Orsk grain exchange"


def _named_in_full(doc: Doc, offset: int, name: str) -> str | None:
    """The full name of the organisation the article named last before ``offset`` that holds
    every word of ``name``, when ``name`` ends in a body's head word ("bureau", "ministry",
    "institute") or in the name's own last word: "the bureau", "the health ministry" (the
    Ministry of Health), "the Orsk exchange" (the Orsk Grain Exchange). Such a phrase is a
    definite description of a body the text has named (news style: the full name first, then
    "the bureau"); it stands for nothing when no named organisation holds it."""
    own = [re.sub(r"['’]s$", "", w) for w in name.lower().split()]  # "Orvik's port board"
    if not own:
        return None
    head = _is_head_word(own[-1])
    orgs = _org_names(doc)
    i = bisect.bisect_left(orgs, (offset,))
    for _, full in reversed(orgs[max(0, i - BODY_LOOKBACK):i]):
        words = full.lower().split()
        if (len(words) > 1 and full.lower() != name.lower()) and all(w in words for w in own) \
                and (head or own[-1] == words[-1]):
            return full
    return None


def _is_head_word(word: str) -> bool:
    """Whether a word is the head of an organisation's name ("bureau", "ministry"), by the
    curated descriptions of bodies (store/data/descriptions.toml)."""
    return any("ORG" in rule.types for rule in descriptions().rules_for(word))


def _org_names(doc: Doc) -> list[tuple[int, str]]:
    """The article's organisations, as (offset, cleaned name), in text order (kept once per
    document)."""
    cached = doc.user_data.get("claimscope_org_names")
    if cached is None:
        # "Secretary of Culture Tomas Brandt" tagged one organisation is a person's title
        cached = [(ent.start_char, _clean(ent.text))
                  for ent in ents_in(doc, 0, len(doc))
                  if ent.label_ == "ORG" and past_portfolio(ent, ent.root) is None]
        doc.user_data["claimscope_org_names"] = cached
    return cached


def _origin_of(span: Span, sent: Span, source: str) -> Origin:
    words = estimate_words()
    told = _relative_teller(span, hops=1) or _participle_author(span) or _cited_by(span)
    if told is not None:
        # "a survey found 71%, not the 83% the utility counted": the clause on the figure's own
        # noun names its author, nearer than the survey its sentence hangs on
        return told
    for noun in _authored_nouns(span, sent, words.origin_nouns):
        found = _origin_of_noun(noun, span.start_char, words.official_adjectives)
        if found is not None and not (found.basis == EARLIER and _revised(noun)):
            # "the agency raised the toll to 468": whose toll is the agency's, not the last
            # toll the article named
            return found
    owner = _possessed_number(span) or _possessor_of_figure(span)
    if owner is not None:
        # "the harbour board's final figure is nine injuries": a figure a body is said to have is
        # that body's, whoever the sentence quotes after it
        return Origin(owner, None, NAMED)
    reviser = _reviser(span) or _giver(span) or _relative_teller(span)
    if reviser is not None:
        return reviser
    valuer = valuing_subject(span)
    if valuer is not None and _is_body(valuer):
        # "the insurer valued the violins at 6 million euros, a spokeswoman said": the insurer's
        # (a valuer who is the speaker too is the source, below)
        name = _clean(words.body_of(short_name(valuer)))
        if not source or name != _clean(words.body_of(source)):
            return Origin(name, None, NAMED)
    if source and _clean(source).lower() in STAND_INS:
        # "they found", "the authors estimate": the authors of the study the article named last
        earlier = _named_before(span.doc, span.start_char, None)
        if earlier is not None:
            return Origin(earlier.name, earlier.kind, EARLIER)
    owned = _possessed_source(sent, source)
    if owned is not None:
        # "Its volunteers have logged 1,380 deaths": the body "its" stands for, not its people
        body = _body_before(span.doc, owned.idx, OWNER_LABELS - {"GPE", "NORP"})
        if body is not None:
            return Origin(body, None, NAMED)
    # a value the speaker sets aside has no source but the body its own noun names
    # (``who.source_of``): "not the 1,500 reported by the company" is the company's
    if source and source != "the article" and not names_no_body(source) \
            and not _judged(span) and not names_a_stage(source):
        return Origin(_clean(words.body_of(source)), None, SOURCE)
    pronoun = _pronoun_teller(span)
    if pronoun is not None:
        # "Opina polled 1,200 voters. It put the LC on 34.5 percent": the pollster's figure
        body = _pronoun_body(pronoun)
        if body is not None:
            return Origin(body, None, NAMED)
    return Origin("the article", None, ARTICLE)


JUDGED_DETERMINERS = frozenset({"the", "this", "that"})


def _judged(span: Span) -> bool:
    """Whether the speaker only judges a figure that a definite noun before it names: "Farmers
    say the cap of 200 litres a day is not enough", "the union says the offer of 3% is an
    insult". The figure is the "of" object of the subject of a clause of being whose
    complement says what it is like, not what it is worth, reported by a verb of saying: the
    cap and the offer are someone else's, which the speaker takes as given (whose, the
    sentence does not say). A count or an estimate so named ("the toll of 45 was final") is
    left to the speaker: its status is what a body says of its own."""
    tok = span.root
    if tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    noun = tok.head.head
    if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in JUDGED_DETERMINERS for c in noun.children):
        return False
    if noun.lemma_.lower() in estimate_words().origin_nouns | NUMBER_WORDS | CLAIM_WORDS:
        return False  # "the ministry said the toll of 45 was final": its own count's status
    clause = noun.head
    if clause.lemma_.lower() != "be" or clause.dep_ != "ccomp" \
            or clause.head.lemma_.lower() not in context_words().reporting:
        return False
    complements = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
    return bool(complements) and not any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT",
                                                                          "QUANTITY")
                                         for c in complements for t in c.subtree)


POSSESSIVES = frozenset({"its", "their"})


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, never a word of the wire dateline that opens its sentence: the
    parse may hang "PORT VELM, Oct 14 (Reuters) -" on the verb as a subject beside the real
    one, or make the real one an apposition of the dateline's place ("KELSO, Varnia (AP) —
    The grain board lowered its estimate")."""
    subjects = past_dateline_subjects(verb)
    return subjects[0] if subjects else None


def _possessed_source(sent: Span, source: str) -> Token | None:
    """The "its" or "their" that opens the source's phrase ("Its volunteers", "their field
    teams"), when the source is a body's people named by a possessive pronoun."""
    first, _, rest = source.partition(" ") if source else ("", "", "")
    if first.lower() not in POSSESSIVES or not rest or (
            first.lower() == "their" and _is_head_word(rest.split()[-1].lower())):
        return None  # "their union said": the people's own body, not a body's people
    # the sentence's possessive pronouns, found once per sentence, not once per figure
    owners = per_sentence(sent, "possessive_pronouns", lambda sent: [
        t for t in sent if t.lower_ in POSSESSIVES and t.dep_ == "poss"])
    return next((t for t in owners if t.text == first and t.head.text in rest), None)


def _pronoun_teller(span: Span) -> Token | None:
    """ "It" or "they" as the subject of the verb of saying or estimating the figure hangs on."""
    verb = governing_verb(span)
    reporting = context_words().reporting
    for _ in range(3):  # "It estimated that 300 homes were lost": up through the clause said
        if verb.lemma_.lower() in reporting:
            return next((c for c in verb.children
                         if c.dep_ == "nsubj" and c.lower_ in ("it", "they")), None)
        if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _reviser(span: Span) -> Origin | None:
    """Who revised the figure: the subject of a verb of revising on its path ("the ministry
    raised the toll from 27 to 468", "its owner, Skarvik Tankers, raised the death toll");
    a figure is its reviser's own. "It" and "they" stand for the body named last before them."""
    revising = context_words().revising_verbs
    tok = span.root
    crossed = False  # whether the climb has left the figure's own clause
    for hop in range(REVISER_HOPS):
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in revising:
            if hop >= MAX_HOPS and crossed:
                return None  # a revising verb far off, past another clause, is another's
            subject = _subject(tok)
            if subject is None:
                return None
            kind = next((c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"), None)
            named = next((c for c in subject.children if c.dep_ == "appos" and _is_name(c)), None)
            if named is not None:
                return Origin(_clean(short_name(named)), kind, NAMED)
            if subject.lower_ in ("it", "they"):
                body = _pronoun_body(subject)
                return Origin(body, kind, NAMED) if body else None
            if subject.pos_ in ("NOUN", "PROPN") and not _is_place(subject) and _is_body(subject):
                return Origin(_clean(short_name(subject)), kind, NAMED)
            return None
        if tok.head.i == tok.i:
            break
        crossed = crossed or tok.dep_ in _CLAUSE_LINKS
        tok = tok.head
    return None


_CLAUSE_LINKS = frozenset({"conj", "ccomp", "xcomp", "advcl", "parataxis"})


RELATIVE_HOPS = 3  # nominal heads climbed from a figure to the noun a relative clause hangs on


def _relative_teller(span: Span, hops: int = RELATIVE_HOPS) -> Origin | None:
    """The body a relative clause on the figure's noun says gives it: "the 5.5 billion crowns
    that the builder Tunnelverk puts in its plan", "the 41,000 that the auditors expect" (a
    figure quoted against another keeps its own author). ``hops``: the nominal heads climbed
    (one: the clause hangs on the figure's own words)."""
    reporting = context_words().reporting
    tok = span.root
    for _ in range(hops):
        for clause in tok.children:
            if clause.dep_ != "relcl" or clause.lemma_.lower() not in reporting:
                continue
            # the nearest subject: the parser may make a title and the name after it two
            # ("the builder Tunnelverk puts")
            subjects = sorted((c for c in clause.children if c.dep_ == "nsubj"),
                              key=lambda c: abs(clause.i - c.i))
            subject = subjects[0] if subjects else None
            if subject is None or subject.lower_ in ("that", "which", "who", "it", "they") \
                    or _is_place(subject) or not _is_body(subject):
                return None
            named = next((c for c in subject.children if c.dep_ == "appos" and _is_name(c)),
                         None)
            return Origin(_clean(short_name(named if named is not None else subject)), None,
                          NAMED)
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _cited_by(span: Span) -> Origin | None:
    """The body the clause after a definite figure says gives it ("not the 620 litres a second
    the company had reported", ``origin_cited``); "it" and "they" are the body the figure's
    own clause is about ("the company carried 80,000, not the 95,000 it claims"), else the one
    named last before them."""
    subject = cited_teller(span)
    if subject is None:
        return None
    if subject.lower_ in ("it", "they"):
        body = _enclosing_body(span) or _pronoun_body(subject)
        return Origin(body, None, NAMED) if body else None
    if _is_place(subject) or is_time(subject) or not _is_body(subject):
        return None
    if subject.left_edge.i <= span.start:
        # "the 200,000 organisers had predicted": the noun alone, not the figure on it
        return Origin(subject.text, None, NAMED)
    return Origin(_clean(short_name(subject)), None, NAMED)


def _enclosing_body(span: Span) -> str | None:
    """The nearest body a clause around the figure is about: the first subject, climbing from
    the figure's verb, that is a body and no pronoun ("the company carried 80,000, not the
    95,000 it claims"; "the miner said it expected 5.9mn tonnes, down from the 6.7mn tonnes it
    forecast"): the one the pronoun of a clause on the figure refers back to."""
    verb = governing_verb(span)
    for _ in range(MAX_HOPS):
        if verb.pos_ in ("VERB", "AUX"):
            subject = _subject(verb)
            speaks = verb.lemma_.lower() in context_words().reporting  # a speaker is a body
            if subject is not None and subject.pos_ != "PRON" and not _is_place(subject) \
                    and not is_time(subject) and (speaks or _is_body(subject)):
                named = next((c for c in subject.children
                              if c.dep_ == "appos" and _is_name(c)), None)
                return _clean(short_name(named if named is not None else subject))
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


AGENT_GAP = 4  # words between a participle and its "by" ("forecast last week by")


def _participle_author(span: Span) -> Origin | None:
    """The body a participle of estimating on the figure's own words says gives it: "the 17.8
    million tonnes forecast last week by the Kelso Grain Exchange", "the 1,100 jobs counted by
    the port board" (a figure set against another keeps its own author; the parse may hang the
    "by" on the verb of the sentence). Not what caused it ("300 homes destroyed by the storm":
    no verb of estimating), nor a place."""
    tok = span.root
    if not any(c.dep_ == "acl" for c in tok.children) and tok.head.i == span.end:
        tok = tok.head  # "1,100 jobs counted": the participle hangs on the counted noun
    reporting = context_words().reporting
    acl = next((c for c in tok.children if c.dep_ == "acl" and c.i >= span.end
                and c.lemma_.lower() in reporting), None)
    if acl is None:
        return None
    doc = span.doc
    by = next((t for t in doc[acl.i + 1:min(acl.i + 2 + AGENT_GAP, doc[acl.i].sent.end)]
               if t.lower_ == "by"), None)
    if by is None or any(t.pos_ in ("VERB", "PUNCT") for t in doc[acl.i + 1:by.i]):
        return None
    obj = next((c for c in by.children if c.dep_ == "pobj"), None)
    if obj is None or _is_place(obj) or not _is_body(obj):
        return None
    return Origin(_clean(short_name(obj)), None, NAMED)


_BETWEEN = frozenset({":", ",", "of", "-", "–", "—", "more", "than", "about", "some", "nearly",
                      "almost", "around", "roughly", "over", "under", "at", "least"})


def _giver(span: Span) -> Origin | None:
    """The body that gives "a figure", "an estimate" or "a tally" the number stands right after:
    "The rebel-run health ministry has given a much higher figure: more than 21,000 deaths",
    "the ministry gave a figure of 21,000 deaths" (the parse hangs the number anywhere)."""
    doc = span.doc
    nouns = context_words().carriers | estimate_words().origin_nouns
    i = span.start - 1
    while i >= max(0, span.start - 4) and doc[i].lower_ in _BETWEEN:
        i -= 1
    if i < 0 or i == span.start - 1 or doc[i].lemma_.lower() not in nouns or doc[i].dep_ != "dobj":
        return None
    subject = _subject(doc[i].head)
    if subject is None or _is_place(subject) or not _is_body(subject):
        return None
    # the subject's own words, not what hangs after it ("the health ministry in Sanaa")
    return Origin(_clean(doc[subject.left_edge.i:subject.i + 1].text), doc[i].lemma_.lower(),
                  NAMED)


def _authored_nouns(span: Span, sent: Span, nouns: frozenset[str]) -> list[Token]:
    """Authored nouns that the figure hangs from, nearest first: a head on its path to the root
    ("estimate of 2.1 million"), the subject of a verb on that path ("the study found 3,870"),
    or the object of "according to" in its sentence; none after a semicolon that follows the
    figure (the clause after it stands on its own: "it puts the loss at 9 million; the bank's
    assessment says 14 million")."""
    found: list[Token] = []
    cut = semicolon_after(span, sent)
    tok = span.root
    for _ in range(MAX_HOPS):
        if tok.i > cut:
            break
        if tok.lemma_.lower() in nouns and tok.pos_ in ("NOUN", "PROPN") and not (
                span.start <= tok.i < span.end):
            found.append(tok)  # a noun: "registered", "counted" author nothing
        if tok.pos_ in ("VERB", "AUX"):
            # the subject of a verb on the path ("the study found"), and the object of a verb of
            # revising ("raised the official toll from 38 to 912": the toll's own figures)
            revising = tok.lemma_.lower() in context_words().revising_verbs
            for child in tok.children:
                if (child.dep_ in ("nsubj", "nsubjpass") or (revising and child.dep_ == "dobj")) \
                        and child.lemma_.lower() in nouns:
                    found.append(child)
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                # "cost 4.1 trillion in 2025 by the ministry's count", "61 percent by the
                # commission's count": whose reckoning the figure or its verb is by
                found.extend(obj for obj in child.children
                             if obj.dep_ == "pobj" and obj.lemma_.lower() in nouns)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    found.extend(obj for obj in per_sentence(sent, "according_objects", _according_objects)
                 if obj.lemma_.lower() in nouns and obj.i < cut)
    return found


def _is_body(tok: Token) -> bool:
    """Whether a subject can be the author of a count: a name, or a noun for a body or its
    people ("the ministry", "the company", "officials", "researchers"); not what moved the
    count ("the mailed votes of citizens overseas lifted the party from 31 seats to 32")."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in OWNER_LABELS:
        return True
    words = estimate_words()
    lemma = tok.lemma_.lower()
    if words.is_official(tok.text) or tok.lower_ in words.people:
        return True
    return any(rule.types & {"ORG", "PERSON"} for rule in descriptions().rules_for(lemma))


def _is_place(tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "EVENT") or countries().country(tok.text) is not None


def _revised(noun: Token) -> bool:
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in context_words().revising_verbs


def _according_objects(sent: Span) -> list[Token]:
    """The objects of "according to" in a sentence."""
    return [obj for tok in sent if tok.lower_ == "according" and tok.i + 1 < sent.end
            for obj in sent.doc[tok.i + 1].children if obj.dep_ == "pobj"]


# nouns that stand for a number itself: they name its author only through a possessor ("the
# bureau's figure"), never by being definite ("the figure" is any number said before)
NUMBER_WORDS = frozenset({"figure", "number"})
# nouns for what a body asserts: its possessor owns the figure inside it, whoever reports or
# disputes the claim ("the federation's claim to have 46,000 players is inflated, according to
# the agency")
CLAIM_WORDS = frozenset({"claim", "assertion", "contention", "boast"})


def _possessed_number(span: Span) -> str | None:
    """The body whose "figure" or "number" the figure is, up to the first verb above it: the
    "of" phrase of such a noun ("the operator's figure of 38"), or the complement of a verb of
    being or saying whose subject it is ("the bureau's figure was 38", "the agency's figures
    show 38"); not a figure set against it ("twice the operator's number") nor one a clause
    about it gives ("the operator's figure omits half")."""
    being = context_words().reporting | {"be", "stand", "remain"}
    tok = span.root
    for _ in range(MAX_HOPS):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                and tok.head.head.lemma_.lower() in NUMBER_WORDS | CLAIM_WORDS:
            return _named_possessor(tok.head.head)
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "acl" \
                and tok.head.lemma_.lower() in CLAIM_WORDS:
            return _named_possessor(tok.head)  # "the federation's claim to have 46,000"
        if tok.pos_ in ("VERB", "AUX"):
            if tok.lemma_.lower() not in being:
                return None
            subject = next((c for c in tok.children if c.dep_ == "nsubj"
                            and c.lemma_.lower() in NUMBER_WORDS), None)
            return _named_possessor(subject) if subject is not None else None
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _possessor_of_figure(span: Span) -> str | None:
    """The body a possessive right before the figure gives it to, when the possessive hangs on
    the figure's own words: "rather than the federation's 1,900", "against the health ministry's
    61 percent", "has not moved from its 900 million" ("its" is the body the clause is about:
    the subject of its verb, else the body named last before it). Not a place ("France's
    seven"), nor a possessive on a noun after the figure ("its 21 seafarers", "Dunmar's two
    other mines": the owner of the things counted, not of the count)."""
    for tok in span:
        for child in tok.lefts:
            if child.dep_ != "poss" or child.i >= span.start:
                continue
            between = span.doc[child.right_edge.i + 1:span.start]
            if any(t.dep_ != "case" and t.lower_ != "own" for t in between):
                return None
            if child.lower_ in ("its", "their"):
                return _clause_body(span) or _pronoun_body(child)
            return _named_possessor(tok)
    return None


def _clause_body(span: Span) -> str | None:
    """The body that is the subject of the verb the figure hangs on, named ("the Ministry of
    Economy has not moved from its 900 million")."""
    verb = governing_verb(span)
    subject = _subject(verb)
    if subject is None or subject.lower_ in ("it", "they") or _is_place(subject) \
            or not _is_body(subject):
        return None
    return _clean(short_name(subject))


def _named_possessor(noun: Token) -> str | None:
    """The body or person a noun's possessive names ("the Harbour Board's figure"), not a
    place ("Norland's figure" is the figure for Norland) nor a pronoun."""
    for child in noun.lefts:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN") \
                and child.lower_ not in DEFINITE and not _is_place(child) \
                and not is_time(child) and _is_body(child):
            return _clean(short_name(child))
    return None


def _origin_of_noun(noun: Token, offset: int, official: frozenset[str]) -> Origin | None:
    kind = noun.lemma_.lower()
    owner = _owner(noun)
    if owner:
        return Origin(owner, kind, NAMED)
    if any(c.dep_ in ("amod", "compound") and c.lower_ in official for c in noun.lefts):
        return Origin("official", kind, OFFICIAL)
    if any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in noun.lefts):
        earlier = _named_before(noun.doc, offset, kind)
        if earlier is not None:
            return Origin(earlier.name, earlier.kind, EARLIER)
    return None


def _owner(noun: Token) -> str | None:
    """The author an authored noun names: its possessor ("the ministry's estimate"), the name in
    front of it ("a Kestrel Institute study"), or its "by"/"from" phrase ("a survey by X",
    "a study published by X")."""
    doc = noun.doc
    for child in noun.lefts:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN") and (
            child.lower_ not in DEFINITE
        ) and not _is_place(child) and not is_time(child):
            # "Mozambique's toll" is where the dead are, "this year's count" when
            return _clean(short_name(child))
        if child.dep_ == "poss" and child.lower_ in ("its", "their"):
            return _clause_subject(noun) or _pronoun_body(child)
        if child.dep_ == "poss" and child.lower_ in estimate_words().first_person \
                and noun.lemma_.lower() not in estimate_words().pieces | OWN_REPORT:
            # "our estimate is 3.6 trillion": the writer's own body (``conflicts.keys``);
            # not "our report of 9 June", an outlet's own piece, which speaks for nobody
            return child.lower_
    names = [t for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    if any(_is_what_or_where(t) for t in names):
        names = []  # "the Cyclone Marlo death toll", "the Gaza toll": what and where, not whose
    if names:
        ents = ents_in(doc, names[0].i, noun.i, inside=False)
        ent = next((e for e in ents if e.label_ in OWNER_LABELS and e.end <= noun.i), None)
        if ent is not None:
            return _clean(ent.text)
        return _clean(" ".join(t.text for t in doc[names[0].i:noun.i] if t.dep_ != "punct"))
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in OWNER_PREPS:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and (child.lower_ != "of" or _is_name(obj)):
                if (obj.lemma_.lower() in estimate_words().origin_nouns or _is_what_or_where(obj)
                        or is_time(obj)):
                    continue  # "the toll from Typhoon Orwen", "the toll of Gaza", "of 3 May"
                return _clean(short_name(obj))
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in AUTHORED_VERBS:
            for grand in child.children:
                if grand.dep_ == "agent" or (grand.dep_ == "prep" and grand.lower_ == "by"):
                    obj = next((c for c in grand.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return _clean(short_name(obj))
    return None


def _clause_subject(noun: Token) -> str | None:
    """The body whose "its" the noun's own clause shows: the subject of the verb the noun is the
    object of ("the council raised its estimate": the council's), which comes before any body
    the sentences before it named. None when that subject is itself a pronoun or no body."""
    if noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = _subject(noun.head)
    if subject is None or subject.lower_ in ("it", "they") or _is_place(subject) \
            or not _is_body(subject):
        return None
    named = next((c for c in subject.children if c.dep_ == "appos" and _is_name(c)), None)
    return _clean(short_name(named if named is not None else subject))


def _is_what_or_where(tok: Token) -> bool:
    """A name that says what an estimate is of or where, not whose: an event ("Typhoon Orwen",
    "the storm") or a place."""
    events = estimate_words().event_nouns
    return any(w.lower_ in events or w.ent_type_ in ("EVENT", "GPE", "LOC")
               for w in tok.subtree)


NEUTER = frozenset({"it", "its"})


def _pronoun_body(pronoun: Token) -> str | None:
    """The body "it", "its", "they" or "their" stands for: the organisation named last before it
    (``_body_before``). "It" is never a person ("Velta ... the Corsa wagons. It said" is not the
    Corsa the tagger took for one); with no organisation named it is the body the sentence
    before is about ("The carmaker now puts the cost at $110 million. It said ...")."""
    speaker = _reporting_subject(pronoun)
    if speaker is not None:
        return speaker
    if pronoun.lower_ not in NEUTER:
        return _body_before(pronoun.doc, pronoun.idx)
    return _body_before(pronoun.doc, pronoun.idx, OWNER_LABELS - {"GPE", "PERSON"}) \
        or _previous_subject(pronoun)


def _reporting_subject(pronoun: Token) -> str | None:
    """The body that says what "it" or "they" did, when the pronoun is the subject of the clause
    that body reports ("the water board said it had cut releases"): the speaker speaks of
    itself, whatever name stands in the sentences before."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    said = clause.head
    if said.lemma_.lower() not in context_words().reporting:
        return None
    subject = _subject(said)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or _is_place(subject) \
            or not _is_body(subject):
        return None
    return _clean(short_name(subject))


def _previous_subject(pronoun: Token) -> str | None:
    """The subject of the main verb of the sentence before the pronoun's, when it is a body
    named or described ("the carmaker"), not a pronoun or a place."""
    sent = pronoun.sent
    if sent.start == 0:
        return None
    root = pronoun.doc[sent.start - 1].sent.root
    subject = _subject(root) if root.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.pos_ == "PRON" or _is_what_or_where(subject) \
            or is_time(subject) or not _is_body(subject):
        return None
    return _clean(short_name(subject))


def _body_before(doc: Doc, offset: int,
                 labels: frozenset[str] = OWNER_LABELS - {"GPE"}) -> str | None:
    """What "its" or "their" stands for in "its survey": the organisation named last before it,
    in its sentence or the two before (``labels``: the kinds of name that may stand)."""
    sent = doc[doc.char_span(offset, offset + 1, alignment_mode="expand").start].sent
    start = sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    found = None
    for ent in ents_in(doc, start, sent.end):
        if ent.start_char >= offset:
            break
        if ent.label_ in labels and not _names_event(ent) and not _news_agency(ent.text) \
                and not names_no_body(ent.text) and not _in_dateline(ent):  # "640MW" a body
            found = _clean(ent.text)
    return found


def _in_dateline(ent: Span) -> bool:
    """Whether a name stands in the wire dateline that opens its sentence ("TARBES (AFP) -"):
    where the story was filed, which the tagger may take for a body, estimates nothing."""
    if ent.start - ent.sent.start >= DATELINE_WORDS:
        return False
    dash = dateline_dash(ent.sent)
    return dash is not None and ent.end <= dash


def _news_agency(name: str) -> bool:
    """Whether a name is a news agency's (store/data/aliases.toml): the wire a dateline credits
    ("NAIROBI, May 4 (Reuters) -") reports, it counts nothing, so "their union said" after it
    is never the agency's union."""
    entry = curated_entry(name)
    return entry is not None and entry.kind == "news_agency"


def _names_event(ent: Span) -> bool:
    """Whether a name the tagger took for a body names an event ("the Varno fire", "Storm
    Ilse"): an event noun right after it or inside it; an event has no estimates of its own."""
    events = estimate_words().event_nouns
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return any(t.lower_ in events for t in ent) or (
        after is not None and after.lower_ in events)


# a wire dateline the tagger took into the name: "DUBLIN - Brenvora", "PORT SUDAN – the ministry"
_DATELINE = re.compile(r"^[A-Z][A-Z/.'’ ]*[A-Z]\s*[-–—]+\s+(?=\S)")


def _clean(name: str) -> str:
    """A name without the article and possessive the phrase wraps it in ("The ministry's"), a
    dateline before it ("DUBLIN - "), and a body rather than its people ("researchers at X" is
    X)."""
    name = estimate_words().body_of(_DATELINE.sub("", name.strip()))
    name = re.sub(r"^(?:the|The|THE)\s+", "", name.strip())
    return re.sub(r"\s*['’]s?$", "", name).strip()


def _is_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in OWNER_LABELS


def _named_before(doc: Doc, offset: int, kind: str | None) -> Origin | None:
    """The last authored noun of this kind (any kind: None) with an author, before ``offset``
    in the article."""
    for start, origin in reversed(_named_origins(doc)):
        if start < offset and (kind is None or origin.kind == kind):
            return origin
    return None


def _named_origins(doc: Doc) -> list[tuple[int, Origin]]:
    """Every authored noun of the article that names its author, in text order (kept once per
    document: the figure pass asks for it once per definite noun)."""
    cached = doc.user_data.get("claimscope_origins")
    if cached is None:
        nouns = estimate_words().origin_nouns
        cached = []
        for tok in doc:
            if tok.lemma_.lower() in nouns and tok.pos_ == "NOUN":
                owner = _owner(tok)
                if owner:
                    cached.append((tok.idx, Origin(owner, tok.lemma_.lower(), NAMED)))
        doc.user_data["claimscope_origins"] = cached
    return cached
