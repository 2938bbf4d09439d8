"""Whose dinars, pesos or francs an amount is. Several countries name their currency alike
(``store/data/currencies.toml``), and copy writes the bare word ("fined 40 million dinars"), or
a prefix they share ("DH140,000"), or the hundredth of several currencies ("40 cents": of the
rand, the euro, the US dollar), when the article is about one of them: an amount in a bare
shared word takes the currency of the country among those that the article names most often
(twice at least, unless its currency is the word's own), by its name, another of its names, its
demonym, or an amount in its currency's code ("MAD 120bn"). An article that names none keeps
the code ``units.toml`` gives the word, and a word that says whose ("Libyan dinars") keeps its
own. Which dollar a bare "$" is, is ``dollars.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.figures.found import FoundFigure
from store.knowledge.countries import countries
from store.knowledge.currencies import SharedName, shared_currencies, shared_symbols
from store.knowledge.folding import name_key, without_accents
from store.knowledge.units import units

MENTIONS = 2  # times an article names a country for its currency to replace the word's own


@lru_cache(maxsize=1)
def _shared_word() -> re.Pattern[str]:
    """A shared currency word at the end of an amount, with the word before it."""
    words = sorted(shared_currencies(), key=len, reverse=True)
    return re.compile(rf"(\S+)?\s*\b({'|'.join(map(re.escape, words))})$", re.I)


@lru_cache(maxsize=32)
def _country_names(word: str) -> dict[str, re.Pattern[str]]:
    """Country -> a pattern of every name and demonym the two files give it, for the shared
    name ``word`` writes."""
    shared = shared_currencies()[word]
    known = countries()
    keys: dict[str, set[str]] = {c: set() for c in shared.countries}
    for table in (known.by_key, known.demonyms):
        for key, country in table.items():
            if country in keys:
                keys[country].add(key)
    for country, names in shared.names.items():
        keys.setdefault(country, set()).update(name_key(n) for n in names)
    return {country: re.compile(r"\b(?:" + "|".join(
        r"\W+".join(map(re.escape, k.split())) for k in sorted(ks, key=len, reverse=True))
        + r")\b", re.I) for country, ks in keys.items() if ks}


def _home(shared: SharedName, default: str, text: str, written: dict[str, list[int]],
          least: int = MENTIONS) -> str | None:
    """The code of the shared name's country the text names most often (the first named, on a
    tie), or None when it names none; an amount written in its currency's code (``written``)
    names it as surely as two mentions do. A country whose code is not the word's own must be
    named twice (an aside, "Egyptian cotton", does not make a London paper's pounds Egypt's).
    A dateline that names one of them says whose, however often the text names the others.
    Names are found with or without their accents ("Valparaíso", "Valparaiso")."""
    best: tuple[int, int, str] | None = None
    bare = without_accents(text)
    if (filed_from := _dateline_home(shared, bare)) is not None:
        return filed_from  # "NEW DELHI -": the place filed from outranks a count of the others
    for country, pattern in _country_names(shared.words[0]).items():
        hits = sorted([m.start() for m in pattern.finditer(bare)]
                      + written.get(shared.countries[country], []) * MENTIONS)
        if len(hits) < (1 if shared.countries[country] == default else least):
            continue
        if best is None or (-len(hits), hits[0]) < best[:2]:
            best = (-len(hits), hits[0], country)
    return shared.countries[best[2]] if best is not None else None


def _dateline_home(shared: SharedName, bare: str) -> str | None:
    """The code of the shared name's country that the article's dateline names, if any."""
    dateline = _DATELINE.search(bare, 0, min(len(bare), DATELINE_REACH))
    if dateline is None:
        return None
    return next((shared.countries[country] for country, pattern
                 in _country_names(shared.words[0]).items()
                 if pattern.search(dateline.group(0))), None)


def _in_lakhs(amount: str, own: str, shared: SharedName, text: str) -> bool:
    """Whether an amount counted in lakhs or crores ("Rs 500 crore"), the Indian numbering
    system, is in the word's own rupee: so when the article names India at all and its dateline
    names no other rupee country, however often the text names the others."""
    lex = units()
    words = re.findall(r"(?<=[\d\s])([A-Za-z]+)\b", amount)
    if not any(w.lower() in ("lakh", "lakhs", "crore", "crores") or w in lex.rupee_suffixes
               for w in words):
        return False
    bare = without_accents(text)
    if _dateline_home(shared, bare) is not None:
        return False
    return any(pattern.search(bare) for country, pattern in _country_names(shared.words[0]).items()
               if shared.countries[country] == own)


@lru_cache(maxsize=1)
def _compound() -> re.Pattern[str]:
    """A shared currency word joined to the amount before it by a hyphen ("a 1.5 million-peso
    bonus", "a 40-dinar fine"), the word outside the amount's own text."""
    words = sorted(shared_currencies(), key=len, reverse=True)
    return re.compile(rf"-({'|'.join(map(re.escape, words))})\b", re.I)


def _compound_word(text: str, end: int) -> str | None:
    """The shared currency word hyphened to the amount that ends at ``end``, if any."""
    m = _compound().match(text, end)
    return m.group(1) if m is not None else None


def _written_codes(figures: list[FoundFigure]) -> dict[str, list[int]]:
    """Code -> where the article writes an amount in it by the code itself ("MAD 120bn")."""
    written: dict[str, list[int]] = {}
    for fig in figures:
        code = fig.unit.partition(" per ")[0]
        if len(code) == 3 and code.isupper() and re.search(rf"(?<![A-Za-z]){code}(?![A-Za-z])",
                                                          fig.text):
            written.setdefault(code, []).append(fig.start)
    return written


@lru_cache(maxsize=1)
def _dollar_signs() -> re.Pattern[str]:
    """A dollar sign that says its country, before digits ("A$98", "US$ 40", "C$1.2bn")."""
    signs = sorted((s for s in units().currency_symbols if "$" in s and s != "$"),
                   key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(" + "|".join(map(re.escape, signs)) + r")\s?\d")


def _signed_dollars(text: str) -> set[str]:
    """The codes of the dollars ``text`` writes by a sign that says their country."""
    lex = units()
    return {lex.currency_symbols[m.group(1)] for m in _dollar_signs().finditer(text)}


def _prefix_word(amount: str) -> str | None:
    """The shared currency word a prefix before the amount writes, glued or after a space
    ("DH140,000": dirhams; "Rs 1,200": rupees)."""
    for symbol, word in shared_symbols().items():
        if amount.startswith(symbol) and amount[len(symbol):].lstrip()[:1].isdigit():
            return word
    return None


def _glued_hundredth(amount: str) -> str | None:
    """The shared word of a hundredth glued to the amount's digits ("47.6c": cents)."""
    lex = units()
    glued = amount[-1:] if amount[-2:-1].isdigit() else ""
    code = lex.hundredths_glued.get(glued)
    return next((w for w, c in lex.hundredths.items() if c == code and w in shared_currencies()),
                None) if code else None


def read_home_currencies(figures: list[FoundFigure], text: str) -> None:
    """Give every amount in a bare shared currency word the currency of the article's country
    (see the module's docstring)."""
    lex = units()
    homes: dict[str, str | None] = {}  # by the shared name's first word
    for fig in figures:
        base, sep, per = fig.unit.partition(" per ")
        if base.lower() in shared_currencies() and not shared_currencies()[base.lower()].own:
            _bare_word_of_a_country(fig, text, homes)
            continue
        if base not in lex.currency_codes:
            continue
        m = _shared_word().search(fig.text)
        if m is not None and m.group(1) and m.group(1)[:1].isupper():
            continue  # "Libyan dinars", "Swiss francs": the word says whose
        word = m.group(2) if m is not None else (_compound_word(text, fig.end)
                                                   or _prefix_word(fig.text)
                                                   or _glued_hundredth(fig.text))
        if word is None:
            continue
        shared = shared_currencies()[word.lower()]
        if lex.hundredths.get(shared.words[0], base) != base:
            continue  # "85 cents" of the article's home dollar (dollars.py) stay that dollar's
        if word.lower() in lex.hundredths and (signed := _signed_dollars(text)):
            # "fell 12 cents to A$98": cents beside a dollar written with its country's sign
            # are that dollar's, whichever countries the text names; two such dollars, and
            # they stay as read
            if len(signed) == 1:
                fig.unit = f"{signed.pop()}{sep}{per}"
            continue
        if shared.words[0] not in homes:
            # the word's own code: a currency's name ("dinars"), or its hundredth's ("cents")
            own = (lex.currency_words.get(shared.words[0])
                   or lex.hundredths.get(shared.words[0], ""))
            homes[shared.words[0]] = _home(shared, own, text, _written_codes(figures))
        code = homes[shared.words[0]]
        own = lex.currency_words.get(shared.words[0])
        if own is not None and code not in (None, own) and _in_lakhs(fig.text, own, shared, text):
            code = own
        if code is not None and code != base and not (
                word.lower() in lex.hundredths and _placed_elsewhere(fig, shared, code)):
            fig.unit = f"{code}{sep}{per}"


def _placed_elsewhere(fig: FoundFigure, shared: SharedName, code: str) -> bool:
    """Whether the amount's own sentence places it somewhere other than the country whose
    currency ``code`` is, by its names and cities ("shares in New York rose 12 cents" in an
    article about South Africa, not "an analyst in Johannesburg"): cents are then that place's,
    not the article's country's."""
    if fig.where_basis in (None, "article"):
        return False
    home = [pattern for country, pattern in _country_names(shared.words[0]).items()
            if shared.countries[country] == code]
    return any(not any(p.search(without_accents(place)) for p in home) for place in fig.where)


def _bare_word_of_a_country(fig: FoundFigure, text: str, homes: dict[str, str | None]) -> None:
    """ "worth 1.1 billion crowns" in an article about Norway: a word with no code of its own,
    read as a counted noun, is the currency of the country the article names (twice at least)
    among those whose currency it names; elsewhere it stays a noun."""
    base, sep, per = fig.unit.partition(" per ")
    shared = shared_currencies()[base.lower()]
    key = f"{shared.words[0]} {MENTIONS}"
    if key not in homes:
        homes[key] = _home(shared, "", text, {}, MENTIONS)
    code = homes[key]
    if code is None and _scaled(fig.text):
        # "has given about 3.4bn crowns": no trophy or tooth is counted by the billion, so a
        # scaled amount is money, and one naming of the country says whose, in the amount's own
        # clause or in the dateline ("partners in Sweden" after a wind farm off Bergen is not)
        code = _home(shared, "", _own_clause(fig, text), {}, 1)
    if code is not None:
        fig.unit = f"{code}{sep}{per}"
        if fig.counted_head in shared.words or (fig.counted or "").lower() in shared.words:
            fig.counted = fig.counted_head = None  # the currency, not what the money is


CLAUSE_BACK = 200  # characters before the amount searched for its sentence's start
CLAUSE_AHEAD = 120  # characters after it searched for its clause's end
DATELINE_REACH = 600  # characters from the top where a dateline may stand
_SENTENCE_END = re.compile(r"[.;!?\n]\s")
_CLAUSE_END = re.compile(r"[,;.!?\n]")
# "BERGEN, Norway, March 3 (Wire) -": a line opening with a place in capitals, then a dash
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]+(?:,[^\n]{0,60}?)?[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?[-–—]",
                       re.M)


def _own_clause(fig: FoundFigure, text: str) -> str:
    """The amount's sentence up to it and its clause after it, and the article's dateline: where
    one naming of a country says whose the amount's currency is."""
    back = max(0, fig.start - CLAUSE_BACK)
    start = max((m.end() for m in _SENTENCE_END.finditer(text, back, fig.start)), default=back)
    end = _CLAUSE_END.search(text, fig.end, fig.end + CLAUSE_AHEAD)
    dateline = _DATELINE.search(text, 0, min(len(text), DATELINE_REACH))
    own = text[start:end.start() if end else min(len(text), fig.end + CLAUSE_AHEAD)]
    return f"{dateline.group(0) if dateline else ''}\n{own}"


def _scaled(amount: str) -> bool:
    """An amount written with a scale word or its suffix ("3.4bn", "1.1 billion", "80m")."""
    lex = units()
    return any(w.lower() in lex.scale_words or w.lower() in lex.scale_suffixes
               for w in re.findall(r"(?<=\d)\s*([A-Za-z]+)", amount))


_BARE_AMOUNT = re.compile(r"[\d\s.,()\-\u2013/%]+")  # digits and their marks, nothing that names


def carry_home_currencies(figures: list[FoundFigure], text: str) -> None:
    """A number that took a shared currency's word-given code from elsewhere (a table's header
    "(Rs)", "the rupee traded at 302.1 to the dollar", a neighbouring amount) is in the currency
    the article's own amounts in that name were read as: when its amounts written with the
    shared sign or word became one country's ("Rs 1,720" in an article about Pakistan), and the
    article never writes the word's own currency by a mark only it has ("₹", "INR", "Indian
    rupees"), the bare numbers of the word's own code are that country's too. Runs once every
    figure has its unit."""
    homes = _homes_read(figures)
    if not homes:
        return
    # whether the article writes each own code by its own mark: one search of the text a code
    homes = {own: home for own, home in homes.items() if _own_mark(own).search(text) is None}
    for fig in figures:
        base, sep, per = fig.unit.partition(" per ")
        home = homes.get(base)
        if home is not None and _bare(fig.text):
            fig.unit = f"{home}{sep}{per}"


def _homes_read(figures: list[FoundFigure]) -> dict[str, str]:
    """A shared name's own code -> the one other code of that name the article's amounts were
    read in by their sign or word ("INR" -> "PKR"); none where they were read in two."""
    found: dict[str, set[str]] = {}
    for fig in figures:
        code = fig.unit.partition(" per ")[0]
        m = _shared_word().search(fig.text)
        word = m.group(2) if m is not None else _prefix_word(fig.text)
        shared = shared_currencies().get(word.lower()) if word else None
        own = units().currency_words.get(shared.words[0]) if shared is not None else None
        if own is not None and shared is not None and code != own and (
                code in shared.countries.values()):
            found.setdefault(own, set()).add(code)
    return {own: codes.pop() for own, codes in found.items() if len(codes) == 1}


def _bare(amount: str) -> bool:
    """An amount of digits alone, or with a scale word ("1,150", "24 billion", "3.8bn"): no
    sign nor word that says whose currency it is."""
    lex = units()
    rest = re.sub(r"[^\W\d_]+", lambda m: "" if (m.group(0).lower() in lex.scale_words or
                                                 m.group(0).lower() in lex.scale_suffixes)
                  else "?", amount)
    return _BARE_AMOUNT.fullmatch(rest) is not None


@lru_cache(maxsize=16)
def _own_mark(code: str) -> re.Pattern[str]:
    """Every mark that writes the currency ``code`` and no other of its name: the code itself,
    a sign the shared names do not list ("₹"), a word that says whose ("Indian rupees")."""
    lex = units()
    shared_signs = set(shared_symbols())
    shared_words = set(shared_currencies())
    signs = [s for s, c in lex.currency_symbols.items() if c == code and s not in shared_signs]
    words = [w for w, c in lex.currency_words.items() if c == code and w not in shared_words]
    parts = [rf"(?<![A-Za-z]){re.escape(code)}(?![A-Za-z])"]
    parts += [rf"(?<![A-Za-z]){re.escape(s)}" for s in signs]
    parts += [rf"(?i:\b{re.escape(w)}\b)" for w in words]
    return re.compile("|".join(parts))
