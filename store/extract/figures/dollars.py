"""Which dollar a bare "$" is. Every country whose currency is a dollar writes its own as "$"
in its own press, and names the US dollar when it means it ("US$"); the wire agencies write the
other way round ("C$40 million ($29 million)"). So a bare "$" is the US dollar unless the article
says whose press it is or what it counts in:

- a statement of the article's currency, anywhere in it ("Sums in Ruritanian dollars
  except where noted", "Amounts are in Australian dollars");
- the country of its outlet, named in its metadata or in a short credit line at its head ("THE
  CANADIAN PRESS"), when that country's currency is a dollar (``units.toml``,
  ``[currency.home_dollars]``), and the article never writes that dollar's own prefix ("C$"),
  which would mean its bare "$" is the US one.

A "$" with a prefix ("US$", "A$") or a dollar with its country ("Canadian dollars") keeps its
currency; only the bare sign and the bare word "dollars" are read again.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.figures.found import FoundFigure
from store.knowledge.countries import countries
from store.knowledge.units import units

HEAD_CHARS = 600  # a credit line stands in the article's first lines
CREDIT_WORDS = 6  # and is short: an outlet's name, not a sentence


@lru_cache(maxsize=1)
def _statement() -> re.Pattern[str]:
    """ "All figures in Canadian dollars", "amounts are in New Zealand dollars": the article's
    own statement of the dollar it counts in."""
    dollars = sorted((w for w in units().currency_words if w.endswith("dollars") and " " in w),
                     key=len, reverse=True)
    return re.compile(
        r"\b(?:figures|amounts|sums|prices|values|numbers)\s+(?:are\s+|were\s+|given\s+|quoted\s+)?"
        rf"in\s+({'|'.join(map(re.escape, dollars))})\b", re.I)


_BARE_SIGN = re.compile(r"^[-\u2013(]?\$")
_BARE_WORD = re.compile(r"\bdollars?\b", re.I)
_DIGIT = re.compile(r"\d")


def home_dollar(text: str, outlet: str | None = None) -> str | None:
    """The code of the dollar a bare "$" means in this article, or None for the US dollar."""
    lex = units()
    stated = _statement().search(text)
    if stated is not None:
        return lex.currency_words.get(stated.group(1).lower())
    code = _outlet_dollar(outlet) if outlet else None
    if code is None:
        code = _credit_dollar(text)
    if code is None:
        return None
    own = [s for s, c in lex.currency_symbols.items() if c == code and "$" in s]
    if any(re.search(rf"(?<![A-Za-z]){re.escape(s)}\s?\d", text) for s in own):
        return None  # "C$40 million ($29 million)": the bare sign is the US dollar
    return code


def _outlet_dollar(name: str) -> str | None:
    """The home dollar of the country an outlet's name names ("The Ruritanian Press": a
    demonym; "Radio New Zealand": a country)."""
    homes = units().home_dollars
    known = countries()
    words = re.findall(r"[^\W\d_]+", name)
    for size in (3, 2, 1):  # "New Zealand", "Trinidad and Tobago" before one word
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i:i + size])
            country = known.of_demonym(phrase) or known.country(phrase)
            if country in homes:
                return homes[country]
    return None


def _credit_dollar(text: str) -> str | None:
    """The home dollar of a short credit line among the article's first lines, after its
    title: a line of a few words, no digits, that names a dollar's country."""
    lines = [ln.strip() for ln in text[:HEAD_CHARS].splitlines() if ln.strip()]
    for line in lines[1:-1]:  # the title is the first line; the last may be cut short
        if len(line.split()) > CREDIT_WORDS or _DIGIT.search(line):
            continue
        code = _outlet_dollar(line)
        if code is not None:
            return code
    return None


def is_bare_dollar(text: str) -> bool:
    """ "$40m", "40 million dollars": a dollar that does not say whose ("US$", "C$",
    "Canadian dollars" do)."""
    if _BARE_SIGN.match(text):
        return True
    m = _BARE_WORD.search(text)
    if m is None:
        return False
    before = text[:m.start()].rstrip().split()
    return not before or not before[-1][:1].isupper()  # "US", "U.S.", "Canadian" say whose


def read_home_dollars(figures: list[FoundFigure], text: str, outlet: str | None = None) -> None:
    """Give every amount in a bare dollar the article's home dollar, when it has one."""
    if "$" not in text and "dollar" not in text.lower():
        return
    code = home_dollar(text, outlet)
    if code is None:
        return
    for fig in figures:
        base, sep, per = fig.unit.partition(" per ")
        if base == "USD" and is_bare_dollar(fig.text):
            fig.unit = f"{code}{sep}{per}"
