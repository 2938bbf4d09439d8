"""Numbers that say where to reach someone, not how many of anything: a telephone number
written in groups ("415 555 0142", "+27 21 555 0142", "01 42 76 40 40"), a number a verb of
reaching takes ("contact the regulator on 111"), a house number ("7 bis rue des Lilas", "Avenida
da Liberdade 190", "10 Downing Street") and a postcode ("75011 Paris", "Noida 201301").
Press releases and news pages end on such lines, and the scanner reads each group as a count.

Each test looks at a few dozen characters around the number, on its own line; none applies to a
number with a unit.
"""

from __future__ import annotations

import re
from functools import cache

from store.extract.numbers import NumberExpr
from store.knowledge.context import context_words, hedges

REACH = 48  # characters on each side of a number searched

# digit groups set apart by single spaces, perhaps after a "+" or a bracketed area code
_RUN = re.compile(r"(?<![\w.,])(?:\+|\(\d{1,4}\)[ \u00a0])?\d{1,4}(?:[ \u00a0]\d{1,4})+"
                  r"(?![\w,]|\.\d)")
_CAPITALISED = r"[A-Z\u00C0-\u00DE][\w'’.-]*"
_POSTCODE_NEXT = re.compile(rf"[ \u00a0]{_CAPITALISED}")
_POSTCODE_BEFORE = re.compile(rf"{_CAPITALISED}[ \u00a0]$")
_FOLLOWED_BY = re.compile(r"\s*(?:$|[.,;:|()]|or\b|and\b)")
# the rest of an address's clause after a postcode or the place beside it: capitalised names only
_NAMES_TO_CLAUSE_END = re.compile(
    rf"(?:[ \u00a0]+{_CAPITALISED})*[ \u00a0]*(?:$|[,;:|()]|\.(?!\w))")
# a lower-case plural right after a number ("3000 protesters"): what the number counts
_PLURAL_NEXT = re.compile(
    r"\s+(?!(?:is|was|has|does|this|thus|plus|as|us|his|its)\b)[a-z]{2,}(?<!ss)s\b")


@cache
def _hedge_before() -> re.Pattern[str]:
    """A hedge ending the text before a number ("about ", "some "): a count's word (compiled
    once)."""
    return re.compile(rf"\b(?:{hedges()})\s+$", re.I)


def _counted(expr: NumberExpr, before: str, after: str) -> bool:
    """The number reads as a count, never an address's: after a hedge ("some 15000"), with a
    thousands separator ("3,000") or before a lower-case plural ("3000 protesters")."""
    return ("," in expr.text or _hedge_before().search(before) is not None
            or _PLURAL_NEXT.match(after) is not None)


def in_contact_details(expr: NumberExpr, text: str) -> bool:
    """Whether a number without a unit is part of a telephone number, a postal address or the
    number to call (see the module docstring)."""
    if expr.unit is not None or expr.kind != "digits":
        return False
    line_start = text.rfind("\n", 0, expr.start) + 1
    line_end = text.find("\n", expr.end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, expr.start - REACH):expr.start]
    after = text[expr.end:min(line_end, expr.end + REACH)]
    return (_in_phone_run(expr, text, line_start, line_end) or _reached_on(expr, before, after)
            or _house_number(expr, before, after) or _postcode(expr, before, after))


def _in_phone_run(expr: NumberExpr, text: str, line_start: int, line_end: int) -> bool:
    """A number in a run of digit groups that is no grouping of thousands ("415 555 0142",
    "602 00 Brno"): three groups or more, or a group after the first that opens on a zero, or
    a "+" or an area code in brackets before them."""
    window = max(line_start, expr.start - REACH), min(line_end, expr.end + REACH)
    for found in _RUN.finditer(text, *window):
        if found.start() > expr.start or found.end() < expr.end:
            continue
        run = found.group()
        groups = re.findall(r"\d+", run.split(")")[-1])
        thousands = (not groups[0].startswith("0") and len(groups[0]) <= 3
                     and all(len(g) == 3 for g in groups[1:]))
        marked = run.startswith(("+", "("))
        return marked or (not thousands and (
            len(groups) >= 3 or any(g.startswith("0") for g in groups[1:])))
    return False


@cache
def _reach_before() -> re.Pattern[str]:
    """A verb of reaching, then "on" or "at" right before a number (compiled once)."""
    verbs = "|".join(sorted(context_words().reach_verbs, key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})\b[^.;:\n]{{0,40}}?\b(?:on|at)\s+$", re.I)


def _reached_on(expr: NumberExpr, before: str, after: str) -> bool:
    """ "contact the regulator on 111 or by email", "call the hotline on 112.": a number a
    verb of reaching takes with "on" or "at", nothing counted after it, and no thousands
    separator in it (a number to call has none: "could peak at 5,000.")."""
    return ("," not in expr.text and _FOLLOWED_BY.match(after) is not None
            and _reach_before().search(before) is not None)


def _house_number(expr: NumberExpr, before: str, after: str) -> bool:
    """A house number beside its street: before a street word in lower case ("7 bis rue
    des Lilas") or after a name ("10 Downing Street"); or after a street word that opens a
    name, and its name ("Avenida da Liberdade 190", "Via Roma 12"). A street word that is a
    common word too ("via", "place") counts only with a name after it and no sign of a count
    ("sent 300 via the port", "At Place de la Concorde 3,000 protesters"). A house number has
    no thousands separator ("1,450 road deaths"), and a street word an English address sets
    after the name is no address in lower case after the number ("3000 street vendors") nor
    opening a name before it ("United Way Gave 400 Families")."""
    ctx = context_words()
    if "," in expr.text:
        return False
    streets = ctx.street_words
    if _counted(expr, before, after):
        streets = streets - ctx.common_street_words
    words = after.split()
    lowered = [w.strip(",.").lower() for w in words[:4]]
    for i, word in enumerate(lowered):
        if word in ctx.common_street_words and words[i][:1].islower() and not (
                i + 1 < len(words) and words[i + 1][:1].isupper()):
            break  # "300 via the port": a preposition, not the street of "12 via Veneto"
        if word in streets and (
                (words[i][:1].islower() and word not in ctx.english_street_words)
                or (i > 0 and all(w[:1].isupper() for w in words[:i]))):
            return True
        if not words[i][:1].isupper() and word not in ("bis", "ter"):
            break
    names = before.split()[-6:]
    opening = streets - ctx.english_street_words  # street words that open a name: "Avenida"
    for i, word in enumerate(names[:-1]):
        if (word[:1].isupper() and word.strip(",.").lower() in opening
                and len(expr.text.strip()) <= 4
                and names[-1][:1].isupper() and all(
                    w[:1].isupper() or (w.isalpha() and len(w) <= 3) for w in names[i + 1:])):
            return True  # (a name's small words between: "Avenida da Liberdade 190")
    return False


def _postcode(expr: NumberExpr, before: str, after: str) -> bool:
    """Five or six digits written without a separator beside a capitalised place name
    ("75011 Paris", "Noida 201301"): a postcode, not a count (a count that large is written
    with separators), but only in an address's shape: no hedge before it, and nothing but
    names to the end of its clause ("some 15000 Kenyans fled" counts)."""
    digits = expr.text.strip()
    if not digits.isdigit() or not 5 <= len(digits) <= 6:
        return False
    if _hedge_before().search(before) or _NAMES_TO_CLAUSE_END.match(after) is None:
        return False
    return _POSTCODE_NEXT.match(after) is not None or _POSTCODE_BEFORE.search(before) is not None
