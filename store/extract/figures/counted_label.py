"""What a figure in a fact box counts: "- Pumps repaired: 1,240", "Average grant per farm: $310".
A line that is a label, a colon and the figure alone (a conversion or a comma after it at most)
counts what the label's head noun names, the participle that follows it written before it
("repaired pumps"; "people evacuated" keeps it after); a capitalised
first word the tagger takes for a name is that noun when it names no
entity ("Compensation paid: ..."). A label with no noun that names the state the counted are in
("Injured: 14", "Evacuated from the valley: 300", "Found alive: 6") counts people in that state,
as a bare number its verb puts in a state does (``counted_state``): the state words of
``units.toml [count_classes]`` and the verbs whose object is a person (``human_object_verbs``).
A headline's colon ("Dam breach: 52 still missing as ...") goes on with words of its own after the
figure, so it is no label. A line may hold a run of items ("Deaths: 12. Missing: 2. Injured: 86.",
"Area burned: 4,100 hectares / Homes destroyed: 212 | Evacuees: 3,400", after a heading's colon
"At a glance: ..."): a label then starts after the full stop, the spaced slash or bar, or the colon
that ends what stands before it, and each item's own label names what its figure counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import (
    ITEM_BREAKS,
    PERSONS,
    count_unit,
    counted_phrase,
)
from store.extract.figures.parse import text_of
from store.knowledge.context import context_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from store.extract.figures.found import FoundFigure

LABEL_REACH = 10  # tokens a label may take before its colon
LOOK_AFTER = 40  # characters after the figure read for words of its own
BULLETS = frozenset({"-", "*", "•", "–", "—"})
STATE_TAGS = frozenset({"VBN", "VBD", "VBG", "JJ"})  # "Trapped", "Missing", "Dead"
NOT_OWN_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC"})  # a label that says when or where
COMPLETES = frozenset({"acomp", "oprd", "advmod", "prt"})  # "alive" of "Rescued alive"


def name_from_label(fig: FoundFigure, span: Span) -> bool:
    """Give a figure with no noun the noun of the label it stands after; whether it did."""
    label = _label(span)
    if label is None:
        return False
    head = _label_head(label)
    if head is None and fig.unit == "count" and (
            label[-1].lemma_.lower() in units().percent_label_nouns):
        # "pass percentage: 61.5", its first word parsed as a verb: a percent all the same
        fig.counted, fig.counted_head, fig.unit = label.text, label[-1].lemma_.lower(), "percent"
        fig.inherited = True
        return True
    if head is None:
        return _name_the_state(fig, label)
    phrase = counted_phrase(head, None)
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    done = after if after is not None and after.tag_ in ("VBN", "VBD") else None
    if done is not None and done.lower_ not in phrase.lower().split():
        fig.counted = _participle_first(phrase, head, done, label) if (
            head.lower_ not in PERSONS) else f"{phrase} {done.text}"
    else:
        fig.counted = phrase
    fig.counted_head = head.lemma_.lower()
    if fig.unit == "count" and head.lemma_.lower() in units().percent_label_nouns:
        fig.unit = "percent"  # "Pass percentage: 61.5" is 61.5 percent
    elif fig.unit == "count":  # "Pumps repaired: 1,240" is 1,240 pumps
        fig.unit = count_unit(head, None, frozenset()) or fig.unit
    fig.inherited = True
    return True


def _participle_first(phrase: str, head: Token, done: Token, label: Span) -> str:
    """ "Pumps repaired" as English writes it, noun last: "repaired pumps" (the label's first
    word loses the capital its place gave it: it is the noun counted, or a common noun or a
    word the tagger calls no entity before it, not a name)."""
    first = label[0]
    if phrase.startswith(first.text) and first.is_title and (
            first.i == head.i or first.tag_ in ("NN", "NNS") or not first.ent_type_):
        phrase = phrase[:1].lower() + phrase[1:]
    return f"{done.lower_} {phrase}"


def _name_the_state(fig: FoundFigure, label: Span) -> bool:
    """ "Missing: 3", "Evacuated by boat: 12": a count of people in the state the label's first
    word names, with the words that complete it ("alive"); whether it named one."""
    if fig.unit != "count":
        return False
    state = label[0]
    word = state.lower_
    classes = units().count_classes
    if not _names_a_state(state):
        return False
    outcomes = quantity_classes().outcomes
    if word in outcomes:  # "Dead: 9": deaths
        fig.counted = fig.counted_head = outcomes[word]
    else:
        rest = [t.lower_ for t in state.children if t.dep_ in COMPLETES and t.i > state.i]
        done = " ".join([word, *rest])
        fig.counted = done if word in classes else f"people {done}"
        fig.counted_head = word if word in classes else "people"
    fig.unit = classes.get(word, "people")
    fig.inherited = True
    return True


def _names_a_state(state: Token) -> bool:
    """A label's first word that names the state of the persons counted: a class ("Missing",
    "Dead") or a deed done to people ("Evacuated", "Rescued")."""
    return state.tag_ in STATE_TAGS and (
        state.lower_ in units().count_classes
        or state.lemma_.lower() in context_words().human_object_verbs)


def stands_after_label(span: Span) -> bool:
    """The figure stands alone after a label, which says what it counts."""
    return _label(span) is not None


def names_its_own(span: Span) -> bool:
    """The figure stands after a label that names what it counts ("Homes destroyed: 212",
    "Missing: 3"), not one that only says when or where ("Thursday: 1 million", "Maule: 9,420"),
    whose figure counts what the item before it counts."""
    label = _label(span)
    if label is None:
        return False
    head = _label_head(label)
    if head is None:
        return _names_a_state(label[0])
    # "Maule region: 9,420", "Thursday: 1 million": a place by its name, or a time (but
    # "Villages evacuated: 14" counts the villages the deed befell)
    if head.lemma_.lower() in quantity_classes().place_words and not any(
            t.tag_ in ("VBN", "VBD") for t in label if t.i > head.i):
        return False
    return not any(t.ent_type_ in NOT_OWN_ENTS or (t.pos_ == "PROPN" and t.dep_ == "compound")
                   for t in [head, *head.lefts])


def _label(span: Span) -> Span | None:
    """The label before a figure that stands alone after a colon at the start of its line."""
    doc = span.doc
    text = text_of(doc)
    # the rest of the line, as far as its first words (a long line is no label's)
    rest = text[span.end_char:span.end_char + LOOK_AFTER].split("\n", 1)[0].strip(" *_")
    if rest and rest[0] not in ",(.;" and not (rest[0] in ITEM_BREAKS and rest[1:2] == " "):
        return None  # words of its own after the figure: a sentence, not a label
    colon = span.start - 1
    while colon >= 0 and (doc[colon].text in ("*", "_") or doc[colon].is_space):
        colon -= 1
    if colon < 1 or not doc[colon].text.endswith(":"):  # ":", or "):" after a bracket
        return None
    start = colon
    while start > 0 and colon - start < LABEL_REACH and _in_item(doc, start - 1):
        start -= 1
    if colon - start >= LABEL_REACH or start == colon:
        return None
    if start > 0 and _in_item(doc, start - 1):
        return None  # the label does not start its line, nor follow another item
    return doc[start:colon]


def _in_item(doc: Doc, i: int) -> bool:
    """The token is part of the item a label may start: not a line break, a bullet, nor the
    full stop or semicolon right after a number that ends the item before it on its line
    ("Deaths: 12. Missing: 2. Injured: 86.")."""
    tok = doc[i]
    spaced = bool(tok.whitespace_) and i > 0 and bool(doc[i - 1].whitespace_)
    ends_item = (tok.text in (".", ";") and i > 0 and doc[i - 1].like_num) or tok.text == ":" or (
        tok.text in ITEM_BREAKS and spaced)
    return "\n" not in tok.text and tok.text not in BULLETS and not ends_item


def _label_head(label: Span) -> Token | None:
    """The noun a label names: its root, or its first word when the rest is a participle."""
    root = label.root
    first = label[0]
    if root.tag_ in ("VBN", "VBD") and root.i > first.i and first.pos_ in ("NOUN", "PROPN"):
        return first  # "Pumps repaired", "Share of wells tested", parsed as a clause
    if root.pos_ == "PROPN" and root.i == first.i and root.ent_type_ in ("", "CARDINAL") and (
            root.is_title):  # (a word the tagger joins to the number after it is no name)
        return root  # "Compensation offered per family": a capitalised noun, not a name
    return root if root.pos_ == "NOUN" else None
