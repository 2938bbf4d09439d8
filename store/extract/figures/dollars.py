"""Which dollar a bare "$" is. Every country whose currency is a dollar writes its own as "$"
in its own press, and names the US dollar when it means it ("US$"); the wire agencies write the
other way round ("C$40 million ($29 million)"). So a bare "$" is the US dollar unless the article
says whose press it is or what it counts in:

- a statement of the article's currency, anywhere in it ("Sums in Ruritanian dollars
  except where noted", "Amounts are in Australian dollars");
- the country of its outlet, when that country's currency is a dollar (``units.toml``,
  ``[currency.home_dollars]``): named in its metadata or in a short credit line at its head ("THE
  CANADIAN PRESS"), by its national agency's short name (``[currency.home_dollar_outlets]``:
  "AAP" alone on a line), or by the country-code domain of the page's
  own address (``[currency.home_dollar_domains]``: the metadata's url, or an address standing
  alone on a line at its head, "www.harbournews.com.au/..."), unless the outlet, or a bracket
  at the article's head ("(Reuters) -"), is a wire agency of another country (its copy, carried
  on an Australian site, writes the US dollar bare);
- a bare "$" in brackets right after an amount in US dollars ("US$4.9 million ($7.4 million)"),
  or a bare "$" amount converted into US dollars in brackets ("$2.3 billion a week (US$1.5
  billion)"): the reader's own dollar, which is the dollar of the one dollar country the
  article names (by name or demonym); none or several, and it stays the US dollar.

Evidence that disagrees (an outlet of one dollar country at an address of another) keeps the US
dollar, and so does an article that writes the home dollar's own prefix ("C$"), which means its
bare "$" is the US one.

A "$" with a prefix ("US$", "A$") or a dollar with its country ("Canadian dollars") keeps its
currency; only the bare sign and the bare words "dollars" and "cents" are read again, the words
only in an article that writes the bare sign too or states its currency: a local outlet's copy
writes its own sums with the sign, and an article with none ("generating billions of dollars in
revenue") is wire copy from elsewhere, in US dollars.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from store.extract.figures.found import FoundFigure
from store.knowledge.aliases import alias_entries, curated_entry
from store.knowledge.context import hedges
from store.knowledge.countries import countries
from store.knowledge.folding import name_key
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
_BARE_WORD = re.compile(r"\b(?:dollars?|cents?)\b", re.I)  # a cent is the same dollar's
_DIGIT = re.compile(r"\d")


def home_dollar(text: str, outlet: str | None = None, url: str | None = None) -> str | None:
    """The code of the dollar a bare "$" means in this article, or None for the US dollar."""
    lex = units()
    stated = _statement().search(text)
    if stated is not None:
        return lex.currency_words.get(stated.group(1).lower())
    found = {c for c in (_outlet_dollar(outlet) if outlet else None, _credit_dollar(text),
                         _domain_dollar(text, url, outlet), _dateline_dollar(text))
             if c is not None}
    if len(found) > 1:
        return None  # the outlet says one country, its address another
    code = found.pop() if found else _converted_dollar(text)
    if code is None:
        return None
    own = [s for s, c in lex.currency_symbols.items() if c == code and "$" in s]
    if any(re.search(rf"(?<![A-Za-z]){re.escape(s)}\s?\d{_CONVERTED_BARE}", text) for s in own):
        return None  # "C$40 million ($29 million)": the bare sign is the US dollar
    return code


# "C$40 million ($29 million)": a home-prefixed amount converted into a bracketed bare sign
_CONVERTED_BARE = (r"[\d,.]*(?:[-\s]?[A-Za-z]+)?\s*\(\s*"
                   rf"(?:(?:{hedges()})\s+)?\$\s?\d")


def _outlet_dollar(name: str) -> str | None:
    """The home dollar of the country an outlet's name names ("The Ruritanian Press": a
    demonym; "Radio New Zealand": a country; "AAP": a national agency's short name)."""
    lex = units()
    homes = lex.home_dollars
    known = countries()
    words = re.findall(r"[^\W\d_]+", name)
    for size in (3, 2, 1):  # "New Zealand", "Trinidad and Tobago" before one word
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i:i + size])
            country = (known.of_demonym(phrase) or known.country(phrase)
                       or lex.home_dollar_outlets.get(phrase))
            if country in homes:
                return homes[country]
    return None


def _credit_dollar(text: str) -> str | None:
    """The home dollar of a short credit line among the article's first lines, after its
    title: a line of a few words, no digits, that names a dollar's country ("AAP"); or of
    a masthead at its very head, a first line of names set apart by bars ("EASTMOOR
    ECONOMICS | Eastmoor Bank of Canada"), by a name that holds a dollar country's
    name beside other words (a section named by the country alone, "World | Canada", says
    what the page is about, not whose it is)."""
    lines = [ln.strip() for ln in text[:HEAD_CHARS].splitlines() if ln.strip()]
    if lines and "|" in lines[0]:
        for piece in lines[0].split("|"):
            name = " ".join(piece.split())
            if len(name.split()) > CREDIT_WORDS or _DIGIT.search(name) or _a_place_alone(name):
                continue
            code = _outlet_dollar(name)
            if code is not None:
                return code
    for line in lines[1:-1]:  # the title is the first line; the last may be cut short
        if len(line.split()) > CREDIT_WORDS or _DIGIT.search(line):
            continue
        code = _outlet_dollar(line)
        if code is not None:
            return code
    return None


# "OTTAWA — ", "WELLINGTON, May 4 - ": a city in capitals opening a line, a dash after it
_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z.'Éé ]{2,30}?)(?:,[^\n—–]{0,40}?)?"
                       r"[ \t]+[—–-]{1,2}[ \t]", re.M)
# a dollar said with its country, by prefix or by name ("US$", "C$", "Canadian dollars")
_NAMED_DOLLAR = re.compile(r"(?<![A-Za-z])[A-Z]{1,3}\$|\b[A-Z][a-z]+\.?\s+dollars?\b")


def _dateline_dollar(text: str) -> str | None:
    """The home dollar of the city a dateline at the article's head names, when no wire agency
    is credited there ("OTTAWA, May 2 (Reuters) -" is wire copy) and the article names no dollar
    by its country: a paper of that country writes its own dollar bare, while a paper from
    elsewhere that files from there says which dollar it means."""
    head = text[:HEAD_CHARS]
    m = _DATELINE.search(head)
    if m is None or _wire_credit().search(head) is not None:
        return None
    place = " ".join(m.group(1).split()).lower()
    country = units().home_dollar_datelines.get(place)
    code = units().home_dollars.get(country) if country else None
    if code is None:
        return None
    if country is not None and country.lower() == place:
        return _city_state_dollar(code, text)
    return None if _NAMED_DOLLAR.search(_without_own(code, text)) else code


# a bare amount and one in the home dollar side by side as one sum converted ("$5.10, or 8.40
# New Zealand dollars", "A$40m ($26m)"): the bare one is then another dollar
_LINK = r"\s*(?:\(|,?\s+or\s+)\s*(?:(?:about|around|roughly|some|nearly)\s+)?"
_AMOUNT_END = r"[\d.,]*\d(?:[\s-]?[A-Za-z]+)?"


def _without_own(code: str, text: str) -> str:
    """``text`` without the home dollar named by its own prefix or name ("A$5.5bn",
    "Australian dollars"): a paper of the dateline's country may write its dollar so and bare
    in one article ("A$5.5bn a year ... 17 billion dollars over four years"), both its own;
    only another country's dollar ("US$", "Canadian dollars") says that a bare one may not
    be. Where a bare amount and a home one stand as one sum converted ("$5.10, or 8.40 New
    Zealand dollars"), the text is kept as it is: the bare one is the US dollar."""
    lex = units()
    marks = [s for s, c in lex.currency_symbols.items() if c == code and "$" in s]
    words = [w for w, c in lex.currency_words.items() if c == code and " " in w]
    if not marks and not words:
        return text
    sign = "|".join(rf"(?<![A-Za-z]){re.escape(s)}\s?" for s in marks) or "(?!)"
    word = "|".join(re.escape(w) for w in words) or "(?!)"
    home = rf"(?:(?:{sign}){_AMOUNT_END}|[\d.,]*\d(?:\s[a-z]+)?\s+(?i:{word}))"
    bare = rf"(?<![A-Za-z$])\${_AMOUNT_END}"
    if re.search(rf"{bare}{_LINK}{home}|{home}{_LINK}{bare}", text):
        return text
    own = "|".join([*(rf"(?<![A-Za-z]){re.escape(s)}" for s in marks),
                    *(rf"(?i:\b{re.escape(w)}\b)" for w in words)])
    return re.sub(own, " ", text)


def _city_state_dollar(code: str, text: str) -> str | None:
    """A city-state's dateline ("HONG KONG -", "SINGAPORE -") heads the copy of a market where
    companies raise and trade in US dollars: its bare "$" is its own dollar only where the
    article writes that dollar too ("HK$", "Hong Kong dollars") and no other by its country, or
    counts no bare sum by the million (a fare, a toll: the city's own prices)."""
    lex = units()
    marks = [s for s, c in lex.currency_symbols.items() if c == code and "$" in s]
    words = [w for w, c in lex.currency_words.items() if c == code]
    own = re.compile("|".join([*(rf"(?<![A-Za-z]){re.escape(s)}" for s in marks),
                               *(rf"(?i:\b{re.escape(w)}\b)" for w in words)]) or "(?!)")
    if _NAMED_DOLLAR.search(own.sub(" ", text)):
        return None  # "US$", "Canadian dollars": the article says which dollar it means
    if own.search(text) or _scaled_bare().search(text) is None:
        return code
    return None


MILLION = 1e6


@lru_cache(maxsize=1)
def _scaled_bare() -> re.Pattern[str]:
    """A bare "$" amount counted by the million or more ("$5 billion", "$1.2bn")."""
    lex = units()
    scales = [w for w, v in [*lex.scale_words.items(), *lex.scale_suffixes.items()]
              if v >= MILLION]
    return re.compile(r"(?<![A-Za-z$])\$\s?[\d.,]+\s*(?:"
                      + "|".join(map(re.escape, sorted(scales, key=len, reverse=True)))
                      + r")\b", re.I)


def _a_place_alone(name: str) -> bool:
    """ "Canada", "New Zealand", "Australian": a country's name or demonym and nothing else."""
    known = countries()
    return (known.country(name) or known.of_demonym(name)) is not None


# an address alone on its line: "https://www.harbournews.example.com.au/news/2031/..."
_ADDRESS = re.compile(r"^[ \t]*(?:https?://)?(?:[\w-]+\.)+([a-z]{2})(?::\d+)?(?:/\S*)?[ \t]*$",
                      re.M | re.I)


def _domain_dollar(text: str, url: str | None, outlet: str | None) -> str | None:
    """The home dollar of the country whose domain the page's own address ends in: the
    metadata's url, else an address alone on a line at the article's head; none where the
    outlet, or a bracket at the article's head, is another country's wire agency ("(Reuters)
    -": its copy, carried on a local site, writes the US dollar bare)."""
    lex = units()
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "") if url else ""
    label = host.rsplit(".", 1)[-1] if "." in host else None
    if label is None:
        m = _ADDRESS.search(text, 0, min(len(text), HEAD_CHARS))
        label = m.group(1) if m is not None else None
    country = lex.home_dollar_domains.get(label.lower()) if label else None
    code = lex.home_dollars.get(country) if country else None
    if code is None:
        return None
    entry = curated_entry(outlet) if outlet else None
    if entry is None or entry.kind != "news_agency":
        credit = _wire_credit().search(text, 0, min(len(text), HEAD_CHARS))
        entry = curated_entry(credit.group(1)) if credit is not None else None
    if entry is not None and entry.kind == "news_agency" and _outlet_dollar(entry.name) != code:
        return None
    return code


@lru_cache(maxsize=1)
def _wire_credit() -> re.Pattern[str]:
    """A wire agency of ``aliases.toml`` credited in brackets ("(Reuters)", "(AFP)")."""
    names = sorted((n for e in alias_entries() if e.kind == "news_agency" for n in e.names),
                   key=len, reverse=True)
    return re.compile(rf"\(({'|'.join(map(re.escape, names))})\)")


# "US$4.9 million ($7.4 million)", "4.9 million US dollars (about $7.4 million)": a bracketed
# bare "$" (found first: a bracket is rare), then the US-dollar amount right before it
_BRACKETED = re.compile(rf"\(\s*(?:(?:{hedges()})\s+)?\$\s?\d")
_US_BEFORE = re.compile(r"(?:(?<![A-Za-z])(?:US|U\.S\.)\$\s?\d[\d,.]*(?:\s?[A-Za-z]+)?"
                        r"|\b(?:US|U\.S\.)\s+dollars)\s*$")
_US_REACH = 40  # "US$4.9 million " before the bracket


@lru_cache(maxsize=1)
def _dollar_countries() -> re.Pattern[str]:
    """Every name and demonym of a dollar country, each group named by its index in the
    home dollars' table."""
    homes = list(units().home_dollars)
    known = countries()
    names: dict[str, set[str]] = {c: {name_key(c)} for c in homes}
    for table in (known.by_key, known.demonyms):
        for key, country in table.items():
            if country in names:
                names[country].add(key)
    return re.compile("|".join(
        rf"(?P<c{i}>\b(?:" + "|".join(r"\W+".join(map(re.escape, k.split()))
                                     for k in sorted(names[c], key=len, reverse=True)) + r")\b)"
        for i, c in enumerate(homes)), re.I)


# "$2.3 billion a week (US$1.5 billion)": a bare amount converted into US dollars in brackets
# right after it (a few words between: its period, what it is for) is no US dollar itself
_BARE_THEN_US = re.compile(r"(?<![A-Za-z$])\$\s?\d[^()$\n]{0,30}\(\s*"
                           rf"(?:(?:{hedges()})\s+)?"
                           r"(?:US\$|U\.S\.\$|\$US|USD\s?)\d")


def _converted_dollar(text: str) -> str | None:
    """The dollar a bare "$" converting a US-dollar amount into, or converted into US dollars,
    is: that of the one dollar country the article names, if it names exactly one."""
    if not any(_US_BEFORE.search(text, max(0, m.start() - _US_REACH), m.start())
               for m in _BRACKETED.finditer(text)) and _BARE_THEN_US.search(text) is None:
        return None
    homes = list(units().home_dollars.values())
    named = {m.lastgroup for m in _dollar_countries().finditer(text)}
    if len(named) != 1:
        return None
    return homes[int(named.pop()[1:])]


def is_bare_dollar(text: str) -> bool:
    """ "$40m", "40 million dollars", "85 cents": a dollar (or its hundredth) that does not
    say whose ("US$", "C$", "Canadian dollars", "US cents" do)."""
    if _BARE_SIGN.match(text):
        return True
    m = _BARE_WORD.search(text)
    if m is None:
        return False
    before = text[:m.start()].rstrip().split()
    return not before or not before[-1][:1].isupper()  # "US", "U.S.", "Canadian" say whose


def read_home_dollars(figures: list[FoundFigure], text: str, outlet: str | None = None,
                      url: str | None = None) -> str | None:
    """Give every amount in a bare dollar the article's home dollar, when it has one; that
    dollar's code (None: the bare sign is the US dollar), which a table's header "($)" means
    too."""
    if "$" not in text and "dollar" not in text.lower():
        return None
    code = home_dollar(text, outlet, url)
    if code is None:
        return None
    bare = [fig for fig in figures
            if fig.unit.partition(" per ")[0] == "USD" and is_bare_dollar(fig.text)]
    if not any(_BARE_SIGN.match(fig.text) for fig in bare) and _statement().search(text) is None:
        return None  # "billions of dollars", and no "$" of the house's own: wire copy, US dollars
    for fig in bare:
        _, sep, per = fig.unit.partition(" per ")
        fig.unit = f"{code}{sep}{per}"
    return code
