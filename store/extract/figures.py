"""The figure grammar's syntactic half: which number expressions are claims, and what they claim.

``numbers.scan`` finds every number expression and its value. Here the spaCy parse decides the
rest: dates, durations and names are dropped; qualifiers set ``approx``; the counted noun comes from
the words after the number, its "of" phrase, or (when the sentence gives none) from another figure
in the sentence; places, period and source come from the sentence's entities and reporting verb.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract import dates
from store.extract.lexicon import lexicon, load_data
from store.extract.numbers import DASHES, NumberExpr, scan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PLACE_LABELS = frozenset({"GPE", "LOC"})
NAME_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC"})
DOC_NUMBER_WORDS = frozenset({
    "no", "no.", "nos", "number", "resolution", "page", "pages", "p", "p.", "pp", "pp.", "article",
    "chapter", "section", "paragraph", "para", "category", "level", "phase", "flight", "route",
    "highway", "room", "grade", "stage", "step", "version", "vol", "vol.", "volume", "issue",
    "episode", "season", "act", "amendment", "item", "file", "code", "row", "table", "figure",
    "fig", "fig.", "index", "line", "tier", "platform", "gate", "unit", "ward", "district",
    "precinct", "zone", "sector", "block", "lot", "bus", "apartment", "suite", "floor", "box",
    "decree", "order", "bill", "law", "regulation", "rule", "clause", "annex", "appendix",
    "exhibit", "protocol", "model", "mark", "mk", "type", "class", "size", "number:",
})
DETERMINERS = frozenset({"the", "these", "those", "its", "their", "his", "her", "our", "your",
                         "all", "both", "my", "whose"})
QUOTES = frozenset("\"'“”‘’«»")


@dataclass(frozen=True)
class Context:
    """Curated word lists the grammar reads (``store/data/context.toml``)."""

    before: re.Pattern[str]
    after: re.Pattern[str]
    before_map: dict[str, str]
    after_map: dict[str, str]
    reporting: frozenset[str]
    carriers: frozenset[str]
    number_nouns: frozenset[str]
    human_verbs: frozenset[str]
    not_counted: frozenset[str]
    measure_verbs: frozenset[str]
    owner_verbs: frozenset[str]
    self_counting: dict[str, tuple[str, str]]
    verb_before: re.Pattern[str]
    verb_map: dict[str, str]


@lru_cache(maxsize=1)
def context() -> Context:
    data = load_data("context.toml")
    before = {k.lower(): v for k, v in data["qualifiers"].items()}
    after = {k.lower(): v for k, v in data["qualifiers_after"].items()}
    verbs = {k.lower(): v for k, v in data["qualifier_verbs"].items()}

    def alt(words: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return Context(
        before=re.compile(rf"(?:^|(?<=[\s(\"“‘']))(?P<q>{alt(before)})\s+$", re.I),
        after=re.compile(rf"^\s?(?P<q>{alt(after)})(?![A-Za-z])", re.I),
        before_map=before,
        after_map=after,
        reporting=frozenset(data["reporting"]["verbs"]),
        carriers=frozenset(data["reporting"]["carriers"]),
        number_nouns=frozenset(data["counted"]["number_nouns"]),
        human_verbs=frozenset(data["counted"]["human_verbs"]),
        not_counted=frozenset(data["counted"]["not_counted"]),
        measure_verbs=frozenset(data["counted"]["measure_verbs"]),
        owner_verbs=frozenset(data["owners"]["verbs"]),
        self_counting={k: (v[0], v[1]) for k, v in data["self_counting"].items()},
        verb_before=re.compile(rf"\b(?P<v>{alt(verbs)})\s+$", re.I),
        verb_map=verbs,
    )


@dataclass
class Figure:
    """One figure as stored: see docs/schema.md for the meaning of every field."""

    start: int
    end: int
    text: str
    low: float
    high: float
    approx: str
    unit: str
    counted: str | None
    counted_head: str | None
    group: str | None
    where: list[str]
    when: str | None
    when_basis: str | None
    source: str
    source_basis: str
    sentence: tuple[int, int]
    inherited: bool = False
    rate: str | None = None
    _head: Token | None = field(default=None, repr=False)

    def row(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "low": _num(self.low),
            "high": _num(self.high),
            "approx": self.approx,
            "unit": self.unit,
            "counted": self.counted,
            "counted_head": self.counted_head,
            "group": self.group,
            "where": self.where,
            "when": self.when,
            "when_basis": self.when_basis,
            "source": self.source,
            "source_basis": self.source_basis,
            "sentence": list(self.sentence),
        }


def _num(value: float) -> float | int:
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def extract_figures(
    doc: Doc, *, article_date: str | None, armed_groups: frozenset[str] = frozenset()
) -> list[Figure]:
    """Every figure in a parsed article, in text order."""
    text = _text(doc)
    figures: list[Figure] = []
    for expr in scan(text):
        span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if not _is_claim(expr, span, doc):
            continue
        figures.append(_figure(expr, span, doc, article_date, armed_groups))
    _inherit_counted(figures, doc, armed_groups)
    for fig in figures:
        if fig.rate:
            fig.unit = f"{fig.unit} per {fig.rate}"
        if fig.group is None and fig.unit == "fighters":
            fig.group = _nearest_armed_group(_text(doc), fig.start, armed_groups)
        if fig.group is None:
            fig.group = _owner(doc, fig)
    return figures


OWNER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _owner(doc: Doc, fig: Figure) -> str | None:
    """Whose figure it is, when a verb of having or giving says so: "the EU pledged €40
    million" (the EU's aid, not the US's), "the party won 612,340 votes"."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None:
        return None
    verb = _governing_verb(span)
    if verb.lemma_.lower() not in context().owner_verbs:
        return None
    for child in verb.children:
        subject = child if child.dep_ == "nsubj" else None
        if child.dep_ == "agent":
            subject = next((c for c in child.children if c.dep_ == "pobj"), None)
        if subject is None:
            continue
        ents = [e for e in _ents_in(doc, subject.left_edge.i, subject.right_edge.i + 1,
                                     inside=True) if e.label_ in OWNER_LABELS]
        head_ent = next((e for e in ents if e.start <= subject.i < e.end), None)
        if head_ent is not None:
            return _place_name(head_ent.text)
    return None


def _nearest_armed_group(text: str, offset: int, armed: frozenset[str]) -> str | None:
    """Fighters belong to some group: the armed group named last before them, in their sentence
    or the two paragraphs before ("it controlled 14,000 militants" after "IS has suffered")."""
    if not armed:
        return None
    start = offset
    for _ in range(3):
        start = text.rfind("\n", 0, max(0, start - 1))
        if start == -1:
            start = 0
            break
    window = text[start:offset + 80]
    best: tuple[int, str] | None = None
    for name in armed:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", window):
            distance = abs(start + m.start() - offset)
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else None


def _text(doc: Doc) -> str:
    """The article text. ``Doc.text`` joins every token on each access, so it is kept once."""
    text = doc.user_data.get("claimscope_text")
    if text is None:
        text = doc.user_data["claimscope_text"] = doc.text
    return text


def _ents_in(doc: Doc, start: int, end: int, *, inside: bool = False) -> list[Span]:
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


# --- what is not a claim -------------------------------------------------------------------------


def _next_words(text: str, end: int, n: int = 2) -> list[str]:
    return re.findall(r"[A-Za-z.']+", text[end:end + 40])[:n]


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z.:]+)\W*$", text[max(0, start - 30):start])
    return m.group(1).lower() if m else ""


def _is_claim(expr: NumberExpr, span: Span, doc: Doc) -> bool:
    text = _text(doc)
    lex = lexicon()
    after = _next_words(text, expr.end, 2)
    following = after[0].lower() if after else ""
    before = text[max(0, expr.start - 12):expr.start].lower()
    if (
        expr.unit is None
        and following in lex.time_words
        and not re.search(r"\bper\s*$", before)
        and not re.match(r"\s*(?:-|–)?\s*\w+\s+per\b", text[expr.end:expr.end + 30])
    ):
        return False  # "six months", "42 days", "7 pm", "25 years old"
    prev = _prev_word(text, expr.start)
    if prev in ("aged", "age", "ages") or prev.rstrip(".") in dates.MONTHS:
        return False  # "aged 25", "Apr 21"
    if following.rstrip(".") in dates.MONTHS and expr.high <= 31 and expr.kind == "digits":
        return False  # "24 Mar 2019"
    if prev in DOC_NUMBER_WORDS and expr.kind == "digits" and expr.unit is None:
        return False  # "resolution 2368", "page 4"
    if _is_year(expr, span, doc) or _is_name_or_code(expr, span, doc) or _is_age(expr, span, doc):
        return False
    if expr.kind == "words" and expr.low == expr.high == 1:
        return False  # "one of", "one official": a determiner, not a count
    if expr.kind == "words" and expr.high <= 10 and not expr.is_range and span.start > 0:
        det = doc[span.start - 1]
        if det.lower_ in DETERMINERS and (det.pos_ in ("DET", "PRON") or det.tag_ == "PRP$"):
            return False  # "the two factions", "all three"
    for ent in _ents_in(doc, span.start, span.end):
        if ent.end <= span.start or ent.start >= span.end:
            continue
        if ent.label_ in ("ORDINAL", "TIME"):
            return False
        if ent.label_ == "DATE" and expr.unit is None and _date_like(ent.text):
            return False
        if ent.label_ in NAME_LABELS and (ent.start < span.start or ent.end > span.end):
            return False
    return True


def _date_like(ent_text: str) -> bool:
    low = ent_text.lower()
    if re.search(r"\bper\b", low):
        return False
    words = set(re.findall(r"[a-z]+", low))
    return bool(words & (set(dates.MONTHS) | set(dates.WEEKDAYS) | lexicon().time_words))


_YEAR = r"1[5-9]\d\d|20\d\d|21\d\d"


def _is_year(expr: NumberExpr, span: Span, doc: Doc) -> bool:
    """A bare four-digit number is a year unless a plural noun follows ("1000 foreign fighters");
    so are "between 2010 and 2015" and "from 2015 to 2019"."""
    if expr.kind != "digits" or expr.unit is not None:
        return False
    pattern = (rf"(?:{_YEAR})\s*(?:[-–—]|to|and)\s*(?:{_YEAR})" if expr.is_range
               else rf"{_YEAR}")
    if not re.fullmatch(pattern, expr.text):
        return False
    return not _plural_noun_follows(span, doc)


def _plural_noun_follows(span: Span, doc: Doc) -> bool:
    for tok in doc[span.end:span.end + 3]:
        if tok.tag_ in ("NNS", "NNPS"):
            return True
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or tok.tag_ == "NNP":
            break
    return False


_AGE_GROUPS = re.compile(
    r"\b(?:children|child|kids|boys|girls|adults|people|those|women|men|anyone|residents)\s+"
    r"(?:under|over|aged|older\s+than|younger\s+than|below|above)\s+$",
    re.I,
)


def _is_age(expr: NumberExpr, span: Span, doc: Doc) -> bool:
    """ "Munteanu, 58, told supporters": an age set off by commas after a name; and "children
    under five": an age bound, not a count."""
    if expr.unit is not None or expr.is_range or expr.high > 120:
        return False
    text = _text(doc)
    if _AGE_GROUPS.search(text[max(0, expr.start - 40):expr.start]):
        return True
    if span.start < 2 or text[expr.end:expr.end + 1] != ",":
        return False
    comma, name = doc[span.start - 1], doc[span.start - 2]
    return comma.text == "," and (name.ent_type_ == "PERSON" or name.tag_ == "NNP")


_PHONE = re.compile(r"\+?\d{1,4}(?:[ .-]\d{2,4}){2,}")


def _is_name_or_code(expr: NumberExpr, span: Span, doc: Doc) -> bool:
    """ "Boeing 737", "Route 66", "Windows 10": a bare integer right after a name, with nothing it
    counts; and phone numbers ("555-1234")."""
    if expr.kind != "digits" or expr.unit is not None:
        return False
    if re.fullmatch(r"\d{3}[-.]\d{4}", expr.text) and not _plural_noun_follows(span, doc):
        return True
    text = _text(doc)
    for m in _PHONE.finditer(text, max(0, expr.start - 16), min(len(text), expr.end + 16)):
        if m.start() <= expr.start < m.end() and (m.group(0).startswith("+") or
                                                   m.group(0).count(" ") >= 3):
            return True  # "+235 22 51 44 10"
    if expr.is_range or "," in expr.text or "." in expr.text or span.start == 0:
        return False
    before = doc[span.start - 1]
    return (before.tag_ == "NNP" and before.ent_type_ not in ("GPE", "LOC", "DATE")
            and before.lower_.rstrip(".") not in dates.MONTHS
            and not _plural_noun_follows(span, doc))


# --- one figure ----------------------------------------------------------------------------------


def _figure(
    expr: NumberExpr, span: Span, doc: Doc, article_date: str | None, armed: frozenset[str]
) -> Figure:
    sent = span.sent
    approx, rate = _approx_and_rate(expr, _text(doc))
    head, group = _counted_token(expr, span)
    counted = _counted_phrase(head, group) if head is not None else None
    unit = expr.unit or _count_unit(head, group, armed)
    when, when_basis = _when(span, sent, article_date)
    source, source_basis = _source(span, sent, doc)
    return Figure(
        start=expr.start,
        end=expr.end,
        text=expr.text,
        low=expr.low,
        high=expr.high,
        approx=approx,
        unit=unit or "count",
        counted=counted,
        counted_head=head.lemma_.lower() if head is not None else None,
        group=group,
        where=_where(span, sent, doc, head),
        when=when,
        when_basis=when_basis,
        source=source,
        source_basis=source_basis,
        sentence=(sent.start_char, sent.end_char),
        rate=rate,
        _head=head,
    )


def _approx_and_rate(expr: NumberExpr, text: str) -> tuple[str, str | None]:
    ctx = context()
    rate = None
    m_rate = re.match(
        r"\s*(?:per|a|an|each|every)\s+(day|week|month|year|hour|capita|person|head)\b",
        text[expr.end:expr.end + 30],
        re.I,
    )
    if m_rate and (m_rate.group(0).strip().lower().startswith("per") or expr.unit is None):
        rate = m_rate.group(1).lower()
    else:  # "50 refugees arrive per month": later in the same clause
        clause = re.split(r"[,;.:!?()]", text[expr.end:expr.end + 60], maxsplit=1)[0]
        m_rate = re.search(r"\b(?:per|each|every|a|an)\s+(day|week|month|year|hour)\b"
                           r"(?!\s+(?:after|before|earlier|later|ago|of)\b)", clause, re.I)
        if m_rate and not any(c.isdigit() for c in clause[:m_rate.start()]) and (
            len(clause[:m_rate.start()].split()) <= 3
        ):
            rate = m_rate.group(1).lower()
    if expr.is_range:
        return "range", rate
    if expr.kind == "vague":
        return "at_least", rate
    window = text[max(0, expr.prefix_start - 40):expr.prefix_start]
    m = ctx.before.search(window)
    if m:
        approx = ctx.before_map[m.group("q").lower()]
        if approx != "range":
            return approx, rate
    m = ctx.after.match(text[expr.end:expr.end + 12])
    if m:
        return ctx.after_map[m.group("q").lower()], rate
    m = ctx.verb_before.search(window)
    if m and not re.search(r"\b(?:the|a|its|their)\s+$", window[:m.start()]):
        return ctx.verb_map[m.group("v").lower()], rate  # "the toll passes 300", not "the top 10"
    return "exact", rate


def _is_nounish(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") or (tok.is_upper and len(tok.text) > 1 and tok.is_alpha)


def _counted_token(expr: NumberExpr, span: Span) -> tuple[Token | None, str | None]:
    """The noun a number counts, and the group named in front of it ("ISIS fighters" -> ISIS)."""
    doc = span.doc
    ctx = context()
    text = _text(doc)
    if expr.end < len(text) - 1 and text[expr.end] in DASHES and text[expr.end + 1].isalpha():
        # "a 120-bed centre" counts beds
        tok = next((t for t in doc[span.end:span.end + 3] if t.idx > expr.end and t.is_alpha), None)
        if tok is not None and tok.lower_ not in ("strong", "plus", "odd"):
            return tok, None
    i = span.end
    # skip a unit or qualifier written after the number ("-strong", "or more", "per cent")
    while i < len(doc) and i < span.end + 3 and (
        doc[i].text in DASHES or doc[i].lower_ in ("strong", "plus", "odd", "or", "more", "so")
    ):
        i += 1
    run: list[Token] = []
    for tok in doc[i:i + 8]:
        if tok.text in QUOTES or tok.text in DASHES:
            continue
        if tok.pos_ in ("ADJ", "NOUN", "PROPN") or _is_nounish(tok) or _participle(tok):
            if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"):
                break
            run.append(tok)
            continue
        break
    head = None
    lex = lexicon()
    for tok in run:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() not in ctx.not_counted:
            head = tok
        elif tok.tag_ == "NNPS" and tok is run[-1] and head is None:
            head = tok  # "260,000 Moldovans": a people counted by its demonym
        elif tok.pos_ == "ADJ" and tok.lower_ in lex.count_classes and tok is run[-1]:
            head = tok  # "600 dead", "40 injured"
    if head is not None:
        group = _group_in(run[: run.index(head)])
        return head, group
    # "turnout was 52.3 percent of registered voters": a share stated of its subject (the "of"
    # phrase is the base it is a share of)
    if expr.unit in ("percent", "fraction"):
        subject = _copula_subject(span, ctx)
        if subject is not None:
            return subject, _group_in(list(subject.lefts))
    # "one-third of the group's personnel", "hundreds of women", "40 percent of its territory"
    j = i if i < len(doc) else None
    if j is not None and doc[j].lower_ == "of":
        obj = _pobj(doc[j])
        if obj is not None:
            return obj, _group_in([t for t in obj.subtree if t.i < obj.i])
    # money "in cash", "in revenue"
    if expr.unit and j is not None and doc[j].lower_ == "in":
        obj = _pobj(doc[j])
        if obj is not None and obj.pos_ == "NOUN":
            return obj, None
    return None, None


def _copula_subject(span: Span, ctx: Context) -> Token | None:
    """The common-noun subject of "be" or a verb of measure the number completes."""
    node = span.root
    while node.head.i != node.i and node.dep_ in ("nummod", "quantmod", "compound", "pobj",
                                                     "prep", "npadvmod") and (
            node.head.pos_ not in ("VERB", "AUX")):
        node = node.head
    verb = node.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ctx.measure_verbs:
        return None
    if node.dep_ not in ("attr", "acomp", "dobj", "oprd", "npadvmod", "prep"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() in ctx.not_counted:
        return None
    return subject


def _participle(tok: Token) -> bool:
    """"armed" in "armed adherents", "provided" in "Emirate-provided transport planes"."""
    if tok.tag_ not in ("VBN", "VBG") or tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    return nxt.pos_ in ("NOUN", "ADJ", "PROPN")


def _pobj(prep: Token) -> Token | None:
    """The object of a preposition; a common noun wins over a name the parser also hung there
    ("the number of IS frontline fighters" has both "IS" and "fighters" as objects)."""
    candidates = []
    for child in prep.children:
        nominal = child.pos_ == "ADJ" and any(t.lower_ == "the" for t in child.lefts)
        if child.dep_ == "pobj" and (child.pos_ in ("NOUN", "PROPN") or nominal):
            candidates.append(child)
    candidates.sort(key=lambda t: (t.pos_ == "PROPN", -t.i))
    for child in candidates:
        if child.lemma_.lower() in context().not_counted:
            inner = [c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"]
            return _pobj(inner[0]) if inner else None
        return child
    return None


def _group_in(tokens: list[Token]) -> str | None:
    names = [t.text for t in tokens if t.pos_ == "PROPN" or (t.is_upper and len(t.text) > 1)]
    names = [n for n in names if n.lower() not in ("’s", "'s")]
    return " ".join(names) or None


def _counted_phrase(head: Token, group: str | None) -> str:
    """A short phrase for what is counted: modifiers in front of the noun and the noun itself."""
    mods = [
        t for t in head.lefts
        if t.dep_ in ("amod", "compound", "nmod") and t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB")
        and t.ent_type_ not in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE")
    ]
    words = [t.text for t in sorted([*mods, head], key=lambda t: t.i) if t.text not in QUOTES]
    phrase = " ".join(words)
    if head.lemma_.lower() in GENERIC_PEOPLE:
        done = _what_happened(head)
        if done:
            phrase = f"{phrase} {done}"  # "people killed", "people displaced"
    if group and group not in phrase:
        phrase = f"{group} {phrase}"
    return phrase.strip()


GENERIC_PEOPLE = frozenset({"people", "person", "individual", "other"})


def _what_happened(head: Token) -> str | None:
    """What the clause says of "people": "187 people had been killed" -> "killed". A generic
    noun says nothing of what is counted; the verb does (deaths, displacement, arrivals)."""
    from store.conflicts.quantities import lexicon as quantity_classes

    classes = quantity_classes().noun_class  # only verbs that name what is counted
    for child in head.children:  # "people displaced by the floods"
        if child.dep_ in ("acl", "relcl") and child.lower_ in classes:
            return child.lower_
    verb = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "VERB" and verb.lower_ in classes:
        return verb.lower_
    return None


def _count_unit(head: Token | None, group: str | None, armed: frozenset[str]) -> str | None:
    if head is None:
        return None
    lex = lexicon()
    lemma = head.lemma_.lower()
    text = head.text.lower()
    compound = " ".join(t.lower_ for t in head.lefts if t.dep_ == "compound") + " " + lemma
    for key in (compound.strip(), lemma, text):
        if key in lex.count_classes:
            if group and group in armed and key in lex.armed_count_classes:
                return lex.armed_count_classes[key]
            unit = lex.count_classes[key]
            if unit == "people":
                return _including_class(head, armed) or unit
            return unit
        if key in lex.armed_count_classes and (group in armed or _armed_nearby(head, armed)):
            return lex.armed_count_classes[key]
    if head.tag_ == "NNPS" and head.ent_type_ in ("NORP", ""):
        return "people"
    if head.tag_ in ("NNS", "NNPS") or text.endswith("s"):
        return text
    return _plural(lemma)


def _including_class(head: Token, armed: frozenset[str]) -> str | None:
    """"14,000 militants, including up to 3,000 foreigners": a part counts in its whole's unit."""
    prep = head.head
    if prep.dep_ != "prep" or prep.lower_ not in ("including", "among"):
        return None
    whole = prep.head
    if whole.pos_ != "NOUN":  # attached to the verb: the whole is the noun before "including"
        whole = next((t for t in reversed(head.doc[head.sent.start:prep.i])
                      if t.pos_ == "NOUN" and t.lemma_.lower() not in context().not_counted), None)
    if whole is None or whole.i == head.i:
        return None
    unit = _count_unit(whole, None, armed)
    return unit if unit and unit != "people" else None


def _armed_nearby(head: Token, armed: frozenset[str]) -> bool:
    """Whether the paragraph around a noun names an armed group ("members" then means fighters)."""
    if not armed:
        return False
    text = _text(head.doc)
    start = text.rfind("\n", 0, head.idx) + 1
    end = text.find("\n", head.idx)
    para = text[start:end if end != -1 else len(text)]
    return any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", para) for name in armed)


def _plural(word: str) -> str:
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


# --- inheritance ---------------------------------------------------------------------------------


def _inherit_counted(figures: list[Figure], doc: Doc, armed: frozenset[str]) -> None:
    """Give a figure with no noun of its own the noun its sentence implies, in this order: "the
    number of X" earlier in the sentence, another figure of the sentence (the one before it first),
    "the number of X" in the sentence before, the subject of its clause."""
    ctx = context()
    by_sentence: dict[tuple[int, int], list[Figure]] = {}
    for fig in figures:
        by_sentence.setdefault(fig.sentence, []).append(fig)
    for fig in figures:
        if fig.counted is not None:
            continue
        span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
        if span is None:
            continue
        count_like = fig.unit == "count"
        noun = _number_of_noun(span.sent, before=span.start) or _measured_subject(span, ctx)
        if noun is None and _self_counting(fig, span, ctx, count_like):
            continue
        if noun is None and not count_like:
            # "40 percent of its territory in Iraq and only 5 percent in Syria": a parallel
            # amount before it in the sentence wins over the parse
            donor = _sibling(fig, by_sentence[fig.sentence], count_like, before_only=True)
            if donor is None:
                noun = _attached_noun(span, ctx)
        if noun is None:
            donor = _sibling(fig, by_sentence[fig.sentence], count_like)
            if donor is not None:
                fig.counted, fig.counted_head = donor.counted, donor.counted_head
                fig.group = donor.group
                if count_like:
                    fig.unit = donor.unit
                fig.inherited = True
                continue
            prev = _previous_sentence(doc, span.sent)
            if prev is not None:
                noun = _number_of_noun(prev, before=None)
        if noun is not None:
            head, group = noun
            places = _attached_places(span, head)  # "the number of fighters in Libya"
            if places:
                fig.where = places
            fig.counted = _counted_phrase(head, group)
            fig.counted_head = head.lemma_.lower()
            fig.group = group
            if count_like:
                fig.unit = _count_unit(head, group, armed) or "count"
            fig.inherited = True
            continue
        if not _counted_from_anaphora(fig, span, figures, ctx, count_like):
            _counted_from_clause(fig, span, armed, ctx, count_like)


def _governing_verb(span: Span) -> Token:
    verb = span.root
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _self_counting(fig: Figure, span: Span, ctx: Context, count_like: bool) -> bool:
    """ "The death toll rose to 1,234": a number noun that says itself what it counts (also as
    the antecedent of "which": "the toll, which officials put at 87")."""
    verb = _governing_verb(span)
    nouns = list(verb.children)
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
        nouns.append(verb.head)
    for noun in nouns:
        antecedent = verb.dep_ == "relcl" and noun.i == verb.head.i
        if (noun.dep_ not in ("nsubj", "nsubjpass", "dobj") and not antecedent) or (
            noun.pos_ != "NOUN"
        ):
            continue
        lemma = noun.lemma_.lower()
        compound = " ".join([*(t.lower_ for t in noun.lefts if t.dep_ == "compound"), lemma])
        known = ctx.self_counting.get(compound) or ctx.self_counting.get(lemma)
        if known is not None:
            fig.counted, fig.counted_head = known[0], known[0]
            if count_like:
                fig.unit = known[1]
            fig.inherited = True
            return True
    return False


def _counted_from_anaphora(
    fig: Figure, span: Span, figures: list[Figure], ctx: Context, count_like: bool
) -> bool:
    """ "its count had risen to 210,000" counts what the paragraph's previous figure counted
    (a noun that says itself what it counts, "the death toll", is read by ``_self_counting``)."""
    verb = _governing_verb(span)
    for noun in verb.children:
        if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or noun.pos_ != "NOUN":
            continue
        lemma = noun.lemma_.lower()
        if lemma in ctx.number_nouns and not any(c.lower_ == "of" for c in noun.children):
            earlier = [f for f in figures if f.start < fig.start and f.counted
                       and fig.start - f.start < 600 and (f.unit == fig.unit or count_like)
                       and "\n\n" not in _text(span.doc)[f.start:fig.start]]
            if earlier:
                donor = earlier[-1]
                fig.counted, fig.counted_head, fig.group = (
                    donor.counted, donor.counted_head, donor.group)
                if count_like:
                    fig.unit = donor.unit if not _is_money_or_measure(donor.unit) else fig.unit
                fig.inherited = True
                return True
    return False


def _measured_subject(span: Span, ctx: Context) -> tuple[Token, str | None] | None:
    """"cholera cases had reached 186": the subject of a verb of measure is what is counted."""
    verb = _governing_verb(span)
    if verb.lemma_.lower() not in ctx.measure_verbs or verb.lemma_.lower() == "be":
        return None
    subject = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() in ctx.not_counted:
        return None
    if subject.lemma_.lower() in ctx.number_nouns:
        return None
    return subject, _group_in(list(subject.lefts))


def _attached_noun(span: Span, ctx: Context) -> tuple[Token, str | None] | None:
    """What an amount with no noun of its own is about, from where it hangs in the parse: "an
    appeal for $310 million" (the noun its preposition modifies), "put damage at $1.2 billion"
    (the verb's object), "the appeal was 27 percent funded" (the clause's subject)."""
    node = span.root
    while node.head.i != node.i and node.head.pos_ == "NUM" and node.head.i in range(
        span.start, span.end + 1
    ):
        node = node.head

    def usable(tok: Token) -> bool:
        return (tok.pos_ == "NOUN" and tok.lemma_.lower() not in ctx.not_counted
                and not (span.start <= tok.i < span.end))

    verb = None
    if node.dep_ == "pobj" and node.head.dep_ in ("prep", "agent"):
        owner = node.head.head
        if usable(owner):
            return owner, _group_in(list(owner.lefts))
        if owner.pos_ in ("VERB", "AUX"):
            verb = owner
    elif node.head.pos_ in ("VERB", "AUX"):
        verb = node.head
    if verb is None:
        verb = _governing_verb(span)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    # an active subject is the agent ("the group has $50 million", "imagery showed 1,200 km2"),
    # not the thing measured, except with verbs of being and measuring ("contracts are worth")
    deps = ["dobj", "nsubjpass"]
    if verb.lemma_.lower() in ctx.measure_verbs:
        deps.append("nsubj")
    for dep in deps:
        for child in verb.children:
            if child.dep_ == dep and usable(child):
                return child, _group_in(list(child.lefts))
    return None


def _sibling(
    fig: Figure, same_sentence: list[Figure], count_like: bool, *, before_only: bool = False
) -> Figure | None:
    siblings = [f for f in same_sentence if f is not fig and f.counted and not f.inherited
                and (f.start < fig.start or not before_only)]
    if count_like:
        siblings = [f for f in siblings if not _is_money_or_measure(f.unit)]
    else:
        siblings = [f for f in siblings if f.unit == fig.unit]
    if not siblings:
        return None
    return min(siblings, key=lambda f: (f.start > fig.start, abs(f.start - fig.start)))


def _is_money_or_measure(unit: str) -> bool:
    """Units that are not a count of things: currencies, shares and measures."""
    lex = lexicon()
    return (unit in lex.currency_codes or unit in ("percent", "fraction")
            or unit in set(lex.measures.values()) or unit.isupper())


def _number_of_noun(sent: Span, *, before: int | None) -> tuple[Token, str | None] | None:
    """The X of "the number of X" (or "estimates of X") in a sentence."""
    ctx = context()
    found = None
    for tok in sent:
        if before is not None and tok.i >= before:
            break
        if tok.lemma_.lower() in ctx.number_nouns:
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    obj = _pobj(child)
                    if obj is not None and obj.pos_ == "NOUN":
                        found = (obj, _group_in([t for t in obj.lefts]))
    return found


def _previous_sentence(doc: Doc, sent: Span) -> Span | None:
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if "\n" in _text(doc)[prev.end_char:sent.start_char]:
        return None  # a new paragraph starts a new topic
    return prev


def _counted_from_clause(
    fig: Figure, span: Span, armed: frozenset[str], ctx: Context, count_like: bool
) -> None:
    """No noun anywhere: "contracts are in excess of $4 billion" counts the contracts; a number
    whose clause is about an armed group counts its fighters; a bare number doing something
    people do ("5,600 had returned") counts people."""
    root = span.root
    acts = root.head.lemma_.lower() in ctx.human_verbs
    if count_like and root.dep_ in ("nsubj", "nsubjpass") and acts:
        fig.unit = "people"
        fig.counted = f"people who {root.head.lower_}"
        fig.counted_head = "people"
        return
    verb = _governing_verb(span)
    subject = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return
    if count_like and subject.text in armed:
        fig.unit = "fighters"
        fig.counted = f"{subject.text} fighters"
        fig.counted_head = "fighter"
        fig.group = subject.text
    elif (
        subject.pos_ == "NOUN"
        and verb.lemma_.lower() in ctx.measure_verbs
        and subject.lemma_.lower() not in ctx.not_counted
    ):
        group = _group_in([t for t in subject.lefts])
        fig.counted = _counted_phrase(subject, group)
        fig.counted_head = subject.lemma_.lower()
        fig.group = group
        if count_like:
            fig.unit = _count_unit(subject, group, armed) or "count"


# --- where, when, who ----------------------------------------------------------------------------


def _where(span: Span, sent: Span, doc: Doc, head: Token | None) -> list[str]:
    """Places the figure is about: those its own phrase is "in" ("15,000 militants in Iraq and
    13,000 in Syria" gives each its own), else those of its sentence, else of its paragraph."""
    attached = _attached_places(span, head)
    if attached:
        return attached
    places = _places(sent)
    if places:
        return places
    para_start = _text(doc).rfind("\n", 0, sent.start_char) + 1
    para_end = _text(doc).find("\n", sent.end_char)
    para = doc.char_span(para_start, para_end if para_end != -1 else len(_text(doc)),
                         alignment_mode="expand")
    return _places(para) if para is not None else []


def _place_name(text: str) -> str:
    """A place as named, without what the tagger sometimes glues on ("the", "Sofala province
    and")."""
    name = re.sub(r"^(?:the|The)\s+", "", text.strip())
    return re.sub(r"(?:\s+(?:and|or|&)|[,;:])+$", "", name).strip()


PLACE_PREPS = frozenset({"in", "across", "inside", "throughout", "within", "into", "at", "near"})


def _attached_places(span: Span, head: Token | None) -> list[str]:
    anchors = [*span, *([head] if head is not None else [])]
    found: list[str] = []
    for anchor in anchors:
        for prep in anchor.children:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for tok in [obj, *(c for c in obj.conjuncts)]:
                    if tok.ent_type_ in PLACE_LABELS:
                        ent = next(iter(_ents_in(span.doc, tok.i, tok.i + 1)), None)
                        name = _place_name(ent.text) if ent else tok.text
                        if name not in found:
                            found.append(name)
    return found


def _places(span: Span) -> list[str]:
    """Places named in a span, leaving out nationality modifiers ("US troops", "U.S. official")."""
    seen: list[str] = []
    for ent in _ents_in(span.doc, span.start, span.end, inside=True):
        # a place that is the subject does something ("Washington believed"): an actor there
        if ent.label_ in PLACE_LABELS and ent.root.dep_ not in (
            "compound", "amod", "nmod", "nsubj", "nsubjpass"
        ):
            name = _place_name(ent.text)
            if name and name not in seen:
                seen.append(name)
    return seen


def _when(span: Span, sent: Span, article_date: str | None) -> tuple[str | None, str | None]:
    best: tuple[int, str] | None = None
    for ent in _ents_in(sent.doc, sent.start, sent.end, inside=True):
        if ent.label_ != "DATE":
            continue
        if ent.start >= span.start and ent.end <= span.end:
            continue
        if ent.start > 0 and sent.doc[ent.start - 1].lower_ in ("since", "until", "till"):
            continue  # "lost 1,200 tanks since February 2022": a bound, not the period
        resolved = dates.resolve(ent.text, article_date)
        if resolved is None:
            continue
        distance = min(abs(ent.start - span.end), abs(span.start - ent.end))
        if best is None or distance < best[0]:
            best = (distance, resolved)
    if best is not None:
        return best[1], "sentence"
    if _is_earlier(span):
        # "a previous estimate of 31,000": before the article, most often the year before
        return (str(int(article_date[:4]) - 1) if article_date else None), "earlier"
    if article_date:
        return article_date, "article"
    return None, None


EARLIER_WORDS = frozenset({"previous", "previously", "earlier", "former", "formerly", "prior"})


def _is_earlier(span: Span) -> bool:
    """Whether the figure's own phrase calls it an earlier figure: "a previous estimate of
    31,000", "was previously estimated at", "Earlier estimates had put ... at" (but not the
    current "25,000" in "25,000 fighters, down from a previous estimate of 31,000")."""
    tok = span.root
    for _ in range(5):
        for child in tok.children:
            if child.dep_ in ("amod", "advmod") and child.lower_ in EARLIER_WORDS:
                return True
            if child.dep_ in ("nsubj", "nsubjpass") and any(
                g.dep_ == "amod" and g.lower_ in EARLIER_WORDS for g in child.children
            ):
                return True
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return False



def _source(span: Span, sent: Span, doc: Doc) -> tuple[str, str]:
    ctx = context()
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            obj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if obj is not None:
                return _speaker_text(_carrier_source(obj, ctx)), "according_to"
    speaker = _reporting_speaker(span, sent, ctx)
    if speaker is not None:
        speaker = _carrier_source(speaker, ctx)
        if speaker.lower_ in ("he", "she"):
            named = _last_person_before(doc, span.start_char)
            return (named, "reporting") if named else ("the article", "article")
        return _speaker_text(speaker), "reporting"
    return "the article", "article"


def _last_person_before(doc: Doc, offset: int, reach: int = 1500) -> str | None:
    """Who "he" or "she" most likely is: the person named last before, not too far back."""
    found = None
    for ent in _ents_in(doc, 0, len(doc)):
        if ent.start_char >= offset:
            break
        if ent.label_ == "PERSON" and offset - ent.end_char <= reach:
            found = ent.text
    return found


def _carrier_source(obj: Token, ctx: Context) -> Token:
    """ "according to estimates from the USA military" and "figures released by the ministry"
    name the military and the ministry, not the estimates or the figures."""
    if obj.lemma_.lower() not in ctx.carriers and obj.lower_ not in ctx.carriers:
        return obj
    for child in obj.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            inner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if inner is not None:
                return inner
        if child.dep_ in ("acl", "relcl"):  # "figures released by the ministry"
            for grand in child.children:
                if grand.dep_ == "agent" or (grand.dep_ == "prep" and grand.lower_ == "from"):
                    inner = next((c for c in grand.children if c.dep_ == "pobj"), None)
                    if inner is not None:
                        return inner
    return obj


def _speaker(verb: Token) -> Token | None:
    """Who does the saying: the active subject, or the "by" agent of a passive."""
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lower_ not in ("it", "there", "which", "that", "who"):
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _reporting_speaker(span: Span, sent: Span, ctx: Context) -> Token | None:
    """The speaker of the outermost verb of saying above the figure ("X said Washington believed
    there were N" is X's claim), else of the sentence's main verb of saying."""
    found = None
    tok = span.root
    while True:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in ctx.reporting:
            speaker = _speaker(tok)
            if speaker is not None:
                found = speaker
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if found is not None:
        return found
    for tok in sent:
        if tok.lemma_.lower() in ctx.reporting and tok.pos_ == "VERB" and tok.dep_ in (
            "ROOT", "parataxis", "ccomp"
        ):
            speaker = _speaker(tok)
            if speaker is not None:
                return speaker
    return None


def _speaker_text(tok: Token) -> str:
    """The speaker as a short name: a person named in the phrase wins over the title around it."""
    subtree = list(tok.subtree)
    doc = tok.doc
    for label in ("PERSON", "ORG"):
        for ent in _ents_in(doc, subtree[0].i, subtree[-1].i + 1, inside=True):
            inside = ent.start >= subtree[0].i and ent.end <= subtree[-1].i + 1
            heads = label == "PERSON" or ent.start <= tok.i < ent.end
            if ent.label_ == label and inside and heads:
                return ent.text.removeprefix("the ").strip()
    kept = [t for t in subtree if not any(a.dep_ in ("relcl", "acl", "appos")
                                           for a in t.ancestors if a.i != tok.i and a in subtree)]
    kept = [t for t in kept if t.dep_ not in ("relcl", "acl", "punct") or t.i == tok.i]
    words = " ".join(t.text for t in kept[:10]).strip()
    words = re.sub(r"\s+([,.’'])", r"\1", words)
    return words or tok.text
