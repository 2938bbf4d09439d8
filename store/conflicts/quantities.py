"""What a figure counts, as a class that different wordings share (``store/data/quantities.toml``).

"9,000 rebels", "9,000-12,000 members" and "10,000-13,000 armed followers" are one quantity
for a fact-checker; the extractor only hands over the counted noun, so the classes live here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.knowledge.estimates import estimate_words
from store.knowledge.quantity_classes import quantity_classes


def place_words() -> frozenset[str]:
    return quantity_classes().place_words


def singular(word: str) -> str:
    """Plural folding good enough for counted nouns ("deaths", "casualties", "bodies", "buses",
    "boxes", "churches"). A plural in "-ses" drops "es" only for a noun the data lists as ending
    in "s" ("bus", "census"): most such plurals are of nouns in "-se" ("houses", "cases")."""
    w = word.lower()
    if w == "lives":  # "lives lost": the one irregular plural of a counted noun that matters
        return "life"
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("zzes"):
        return w[:-3]  # "quizzes"
    if len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if w.endswith("ses") and w[:-2] in quantity_classes().singular_in_s:
        return w[:-2]  # "buses", "gases": not "buse" (most "-ses" are of "-se": "houses")
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _words(text: str) -> list[str]:
    return [singular(w) for w in re.findall(r"[a-z]+(?:'[a-z]+)?", text.lower())]


def _lookup(noun: str, table: dict[str, str]) -> str | None:
    for form in (noun.lower(), singular(noun)):
        if form in table:
            return table[form]
    return None


# words that name a quantity's dimension and nothing measured ("share", "area"): a figure
# named by one alone, with no head, says nothing about what it is a share or an area of; nor
# does a change named only by its direction ("down 2.2%" counted as a "fall":
# ``store.extract.figures.counted_change_word``)
NAMES_NO_THING = frozenset({"share", "area", "length", "volume", "fall", "rise", "growth"})


@lru_cache(maxsize=1 << 16)
def thing_of(counted: str | None, head: str | None, *, armed: bool) -> str | None:
    """The class of what is counted, or None when the figure does not say.

    ``armed`` says the figure counts something of an armed group, which makes "members" count as
    fighters. A generic noun ("312 people") takes its class from a word beside it that names one
    ("displaced people"); alone it says nothing about what is counted (None)."""
    lex = quantity_classes()
    words = _words(counted or "")
    if head is None and (not words or (len(words) == 1 and words[0] in NAMES_NO_THING)):
        return None
    head_word = singular(head) if head else words[-1]
    for size in (3, 2):  # "people dead or missing", "flow rate"
        phrase = _lookup(" ".join(words[-size:]), lex.noun_class) if len(words) >= size else None
        if phrase:
            return phrase
    if head_word in lex.armed_nouns:
        return lex.armed_class if armed else head_word
    if head_word in lex.generic:
        for word in words:
            if word != head_word and word in lex.noun_class:
                return lex.noun_class[word]
        return _done_to(words, head_word)
    fate = _fate(words, head_word)
    if fate is not None:
        return fate
    return _lookup(head_word, lex.noun_class) or head_word


def _done_to(words: list[str], head_word: str) -> str | None:
    """What a generic noun's people had done to them, said by the participle of a ``fates``
    verb of ``store/data/quantities.toml`` right after it ("people rescued", "men escorted"):
    the class of the count, as "people evacuated" is through the data; None when no such
    participle follows ("people", "people in need", "people surveyed")."""
    at = words.index(head_word) if head_word in words else len(words)
    after = words[at + 1:at + 2]
    return after[0] if after and after[0] in _fate_participles() else None


def _fate(words: list[str], head_word: str) -> str | None:
    """The class of what befell the counted ("three crew killed", "40 pupils injured"): a word
    beside a noun of who they are that names a death or an injury makes the figure a count of
    deaths or injuries among them (``qualifiers_of`` keeps who, so it stays a part), not a count
    of them: three crew killed are not a crew of three."""
    lex = quantity_classes()
    fates = estimate_words().event_bound_classes
    for word in words:
        if word != head_word and word not in lex.fate_heads_only \
                and lex.noun_class.get(word) in fates:
            return lex.noun_class[word]
    return None


@lru_cache(maxsize=1 << 16)
def qualifiers_of(counted: str | None, head: str | None) -> tuple[str, ...]:
    """Words beside the counted noun that make it a part of the whole ("foreign fighters"), or
    another quantity when right before its head ("share price", "target price")."""
    lex = quantity_classes()
    words = _words(counted or "")
    head_word = singular(head) if head else (words[-1] if words else None)
    found = {w for w in words if w in lex.qualifiers and w != head_word}
    at = words.index(head_word) if head_word in words else 0
    if at and words[at - 1] in lex.modifiers:
        found.add(words[at - 1])  # "share price": the price of a share, not of goods
    if (head_word and head_word not in lex.generic and not _names_fate(head_word)
            and _fate(words, head_word) is not None):
        found.add(head_word)  # "crew killed": deaths among the crew, a part of all deaths
    return tuple(sorted(found))


def _names_fate(word: str) -> bool:
    """Whether a head noun is itself the fate a count is of ("five dead" is read as "deaths",
    with "dead" its head): it says what befell them, not who they are, so it makes no part."""
    lex = quantity_classes()
    fates = estimate_words().event_bound_classes
    return lex.outcomes.get(word) in fates or lex.noun_class.get(word) in fates


def fate_of(counted: str | None, head: str | None) -> str | None:
    """What befell the counted things, said after their noun: "destroyed" of "houses destroyed",
    "seized" of "tankers seized" (a participle of a ``fates`` verb of
    ``store/data/quantities.toml``, which does not itself name a class, as "evacuated" does), or
    before it ("damaged houses", a regular participle only: "drought-hit farms" names no fate),
    or the class of ``fate_classes`` written before it ("idle boats", "reconnected customers");
    None when the counted words say none."""
    words = _words(counted or "")
    head_word = singular(head) if head else (words[-1] if words else None)
    if head_word not in words:
        return None
    lex = quantity_classes()
    kinds = {*lex.fate_classes.values(), *lex.deed_classes.values()}
    kind = next((w for w in words[:words.index(head_word)] if w in kinds), None)
    if kind is not None:  # "idle boats": the class the verb of its clause gave it
        return kind
    kind = next((w for w in words[:words.index(head_word)] if w.endswith("ed")
                 and w in _fate_participles() and w not in lex.noun_class), None)
    if kind is not None:  # "damaged houses" (a table's "Houses damaged"): "houses damaged"
        return kind
    return next((w for w in words[words.index(head_word) + 1:]
                 if w in _fate_participles() and w not in lex.noun_class), None)


@lru_cache(maxsize=1)
def _fate_participles() -> frozenset[str]:
    forms: set[str] = {"sunk", "burnt", "hit"}  # the irregular participles of the fates verbs
    for verb in quantity_classes().fates:
        forms.update((verb + "ed", verb + "d", verb + verb[-1] + "ed"))
    return frozenset(forms)


_POSSESSIVE = re.compile(r"['’]s?$")


def product_of(counted: str | None, head: str | None) -> str | None:
    """The product or budget line a flow is of, by the word before its noun: "wheat" of "wheat
    exports", "cod" of "cod landings" (``products`` of ``store/data/quantities.toml``); None for
    a noun that is no flow, or a word that says how it is totalled ("total exports"), who has
    it ("Ukraine's exports") or a class of its own (a qualifier, a fate)."""
    lex = quantity_classes()
    raw = re.findall(r"[\w'’-]+", counted or "")
    if len(raw) < 2:
        return None
    head_word = singular(head) if head else singular(raw[-1])
    words = [singular(w) for w in raw]
    if head_word not in lex.product_heads or head_word not in words:
        return None
    at = words.index(head_word)
    if at == 0:
        return None
    before = raw[at - 1]
    word = singular(before)
    if _POSSESSIVE.search(before) or not word.isalpha() or word in lex.product_general \
            or word in lex.qualifiers or word in _fate_participles() or word.endswith("ly"):
        return None
    return word


def product_on(head: str | None) -> bool:
    """Whether a flow noun names its line with "on" ("spending on libraries")."""
    return bool(head) and singular(head or "") in quantity_classes().product_on_heads
