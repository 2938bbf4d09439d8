"""Questions every figure rule asks of the spaCy parse, answered once: the text, the entities
over a token range, the verb governing a span, the object of a preposition, the names in front of
a noun."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from store.extract.doc_text import keep_text as keep_text  # where the rules have asked for them
from store.extract.doc_text import text_of as text_of
from store.knowledge.context import context_words, hedges
from store.knowledge.countries import countries

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

T = TypeVar("T")


def heading_line(sent: Span) -> bool:
    """A sentence that is a line of its own ending with no full stop: a headline, a crosshead
    or a caption ("'Still only a third'", a closing quote counting only after a stop)."""
    if "\n" not in sent[-1].text:
        return False  # a sentence that goes on in its paragraph, or the text's last
    line = sent.text.rstrip()
    if line[-1:] in ("'", '"', "\u201d", "\u2019"):
        line = line[:-1].rstrip()
    return line[-1:] not in (".", "!", "?")


def in_subtree(tok: Token, outer: Token) -> bool:
    """Whether a token lies in another's subtree (a subtree is a contiguous run of tokens)."""
    return outer.left_edge.i <= tok.i <= outer.right_edge.i


def token_at(doc: Doc, char: int) -> Token | None:
    """The token the character at ``char`` belongs to, or None where no token holds it."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def ents_in(doc: Doc, start: int, end: int, *, inside: bool = False) -> list[Span]:
    """Entities overlapping (or ``inside``) a token range. ``doc.ents`` rebuilds its spans on
    every access, which made the figure pass slower than the parse itself; the doc's entities
    are listed once and found by bisecting."""
    cached = doc.user_data.get("claimscope_ents")
    if cached is None:
        ents = list(doc.ents)
        cached = (ents, [e.start for e in ents])
        doc.user_data["claimscope_ents"] = cached
    ents, starts = cached
    i = max(0, bisect.bisect_right(starts, start) - 1)
    found = []
    for ent in ents[i:]:
        if ent.start >= end:
            break
        if ent.end <= start:
            continue
        if inside and (ent.start < start or ent.end > end):
            continue
        found.append(ent)
    return found


def per_sentence(sent: Span, name: str, compute: Callable[[Span], T]) -> T:
    """``compute(sent)`` once per sentence and question: the rules ask the same of a sentence for
    every figure in it, and a paragraph of one sentence with thousands of numbers made the figure
    pass quadratic (2,000 numbers: a minute)."""
    cache = sent.doc.user_data.setdefault(f"claimscope_per_sentence_{name}", {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = compute(sent)
    return cache[key]


def in_digits(tok: Token) -> bool:
    """A number written in digits ("87,000", "27.6"), not in words."""
    return tok.like_num and any(c.isdigit() for c in tok.text)


def digits_between(sent: Span, start: int, end: int) -> bool:
    """Whether a number in digits stands among the sentence's tokens ``start`` to ``end``. The
    sentence's numbers are listed once and found by bisecting: asked for every figure of a
    sentence of thousands of numbers, a scan of the tokens between made it quadratic."""
    numbers = per_sentence(sent, "digits", lambda s: [t.i for t in s if in_digits(t)])
    i = bisect.bisect_left(numbers, start)
    return i < len(numbers) and numbers[i] < end


def sentence_of(span: Span) -> Span:
    """The sentence that holds a span. ``Span.sent`` walks the tokens back to the sentence start
    on every call, which made the figure pass quadratic in a long sentence; here the sentences
    are listed once per document and found by bisecting."""
    sents, starts = doc_sentences(span.doc)
    return sents[max(0, bisect.bisect_right(starts, span.start) - 1)]


def doc_sentences(doc: Doc) -> tuple[list[Span], list[int]]:
    """The document's sentences and the token index each starts at, listed once per document
    (``Doc.sents`` reads every token's sentence start each time it is asked)."""
    cached = doc.user_data.get("claimscope_sentences")
    if cached is None:
        sents = list(doc.sents)
        cached = doc.user_data["claimscope_sentences"] = (sents, [s.start for s in sents])
    return cached


def unit_read_as_verb(span: Span, currency_words: dict[str, str]) -> None:
    """ "closed at 2,620 won", "withdrew 1.4 trillion won": a currency word the tagger read as
    a verb (the won, as the past of "win") is the figure's noun; every reader that climbs to the
    figure's verb would otherwise stop at it. Its tags are mended, and where the parser hung it
    on the clause as a verb of its own, with the number left in its place ("at 2,620" and
    "won" a clause of "closed"), the word takes the number's place and the number counts it;
    what the parser had hung on the word goes back to the verb it hung on."""
    for tok in span:
        if tok.pos_ not in ("VERB", "AUX") or tok.lower_ not in currency_words or (
                tok.i == span.start):
            continue
        tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NN", tok.lower_
        number = tok.doc[tok.i - 1]
        verb = tok.head
        if number.head.i == tok.i or not number.like_num or not span.start <= number.i or (
                verb.i == tok.i or number.head.i == number.i or tok.is_ancestor(number.head)):
            continue
        tok.head, tok.dep_ = number.head, number.dep_
        number.head, number.dep_ = tok, "nummod"
        for child in [c for c in tok.children if c.i != number.i]:
            child.head = verb


def figure_noun(doc: Doc, start: int, end: int) -> Token | None:
    """The token a figure's number counts by ("2,310 members": members, the head a number
    modifies), or the number's own root when it modifies none; None off the parse."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    return root.head if root.dep_ == "nummod" else root


MAX_DEPTH = 40  # heads climbed from a figure; prose parses are far shallower, lists run deep


def governing_verb(span: Span) -> Token:
    """The verb above a span (or the top of its climb), found once per span: every figure's
    readers ask it of the same span many times."""
    cache = span.doc.user_data.setdefault("claimscope_governing_verb", {})
    key = (span.start, span.end)
    verb = cache.get(key)
    if verb is None:
        verb = span.root
        for _ in range(MAX_DEPTH):
            if verb.head.i == verb.i or (verb.pos_ in ("VERB", "AUX") and not _scale_read_as_verb(
                    verb, span) and not _counted_read_as_verb(verb)):
                break
            verb = verb.head
        cache[key] = verb
    return verb


def _scale_read_as_verb(tok: Token, span: Span) -> bool:
    """ "spent £262.4m this summer": the tagger may call the "m" split from the digits a verb;
    a word of the figure itself is never the verb the figure hangs on."""
    return span.start <= tok.i < span.end


# the roles of a noun in its clause: a word in one of them that a number counts is a noun
NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj"})


def _counted_read_as_verb(tok: Token) -> bool:
    """ "said that 468 inmates died in 2030": the tagger may call a plural noun a verb
    ("inmates" as VBZ) where the parse still makes it the clause's subject; a word a number
    counts (its "nummod") in a noun's role is that noun, and the figure's verb is above it."""
    return tok.dep_ in NOUN_ROLES and any(c.dep_ == "nummod" for c in tok.children)


def branch_under(verb: Token, tok: Token) -> Token:
    """The token on the way up from ``tok`` that hangs on ``verb`` (its object, its subject, its
    "on" phrase: how the figure stands to its verb), or the top of the way when ``verb`` is not
    above ``tok``."""
    node = tok
    while node.head.i != verb.i and node.head.i != node.i:
        node = node.head
    return node


def raised(verb: Token) -> bool:
    """ "yields are expected to fall to 2.4 tonnes", "output is forecast to drop by 30%": a verb
    with no subject of its own that completes another ("to fall" after "are expected") says
    what that verb's subject does; not when that verb has an object, which is then the one that
    acts ("asked growers to cut output by 10%")."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("dobj", "dative") for c in head.children)


def regular_participle(lemma: str) -> str:
    """ "leak" -> "leaked", "release" -> "released": the past participle a regular verb makes,
    the form the counted-noun word lists hold ("released", "flooded", "killed")."""
    return lemma + ("d" if lemma.endswith("e") else "ed")


def pobj(prep: Token) -> Token | None:
    """The object of a preposition; a common noun wins over a name the parser also hung there
    ("the number of ALF frontline fighters" has both "ALF" and "fighters" as objects)."""
    candidates = []
    for child in prep.children:
        # "of the dead", "of the displaced" (a participle the tagger leaves a verb)
        nominal = (child.pos_ == "ADJ" or child.tag_ == "VBN") and any(
            t.lower_ == "the" for t in child.lefts)
        if child.dep_ == "pobj" and (child.pos_ in ("NOUN", "PROPN") or nominal):
            candidates.append(child)
    candidates.sort(key=lambda t: (t.pos_ == "PROPN", -t.i))
    for child in candidates:
        if child.lemma_.lower() in context_words().not_counted:
            inner = [c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"]
            return pobj(inner[0]) if inner else None
        return child
    return None


def group_in(tokens: list[Token]) -> str | None:
    """The name among a noun's modifiers whose figure it is ("US troops", "the FV's seats");
    a place's possessive is where the figure is, not whose ("Mozambique's death toll"), and a
    day's is when ("Tuesday's cost")."""
    names = [t.text for t in tokens if (t.pos_ == "PROPN" or (t.is_upper and len(t.text) > 1))
             and t.ent_type_ not in ("DATE", "TIME")
             and not (t.dep_ == "poss" and (t.ent_type_ in ("GPE", "LOC")
                                            or countries().country(t.text) is not None))]
    names = [n for n in names if n.lower() not in ("’s", "'s")]
    return " ".join(names) or None


# the bracket that opens round a figure's conversion, maybe with a hedge ("€35.7bn (about $39bn)",
# "4 nautical miles (7.4 km)"): the one pattern every rule that reads past a conversion uses
CONVERSION_OPENS = rf"\(\s*(?:(?:{hedges()}|approximately|approx\.|c\.)\s+)?"


def qualified_only(word: Token, span: Span) -> bool:
    """Whether nothing but a qualifier of ``[qualifiers]`` in ``store/data/context.toml``
    ("about", "more than", "between") stands between ``word`` and the figure's span that follows
    it ("a capacity of more than 45,000", "costs between $2 and $3"): the word then governs the
    number."""
    between = span.doc[word.i + 1:span.start].text.lower()
    return word.i < span.start and (not between or between in context_words().before_map)
