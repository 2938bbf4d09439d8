"""The figure grammar's lexical half: number expressions in raw text and their values.

It runs on the article text rather than on spaCy tokens because the tokenizer splits money ranges in
ways that lose their structure (``$50-$300 million`` becomes ``$ 50-$300 million``), while one
pass of linear regular expressions keeps every expression whole. What the number is *about* (the
counted noun, the qualifier's meaning in context, dates versus counts) is decided in ``figures/``
with the parse.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from store.extract.change_ranges import join_change_ranges, join_neighbours
from store.extract.dates import MONTHS
from store.extract.number_style import as_written
from store.extract.number_values import (
    ZERO_WIDTH,
    amount_value,
    fold_value,
    fraction_of,
    fraction_value,
    ratio_value,
    vague_value,
)
from store.extract.price_basis import without_price_basis_years
from store.extract.rated_ranges import DASHES, join_rated_ends, priced_range
from store.extract.tries import trie_pattern
from store.extract.water_heights import metres_of_water
from store.knowledge.context import hedges
from store.knowledge.number_words import number_words
from store.knowledge.units import Units, codes_read, units


@dataclass(frozen=True, slots=True)
class NumberExpr:
    """A number expression as written, with its value; ``approx`` is set only where the form itself
    says it (a range, a vague plural); qualifiers in front are read later."""

    start: int
    end: int
    text: str
    low: float
    high: float
    unit: str | None  # currency code, "percent", "fraction", "ratio", measure code, or None
    kind: str  # "digits", "words", "fraction", "vague", "ratio"
    is_range: bool
    between: bool  # introduced by "between"/"from" (the word itself is outside ``text``)
    prefix_start: int  # where "between"/"from" starts, else ``start``


def _alt(words: list[str]) -> str:
    """An alternation that tries longer words first, so "per cent" beats "per"; a trie
    (``store.extract.tries``), since the grammar is tried at every character of an article."""
    ordered = sorted(set(words), key=len, reverse=True)
    return trie_pattern([[re.escape(c) for c in word] for word in ordered])


# the characters IGNORECASE also takes for an ASCII letter, besides its two cases
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_UNFOLD = str.maketrans({c: ascii for ascii, chars in _FOLDS.items() for c in chars})


def folded(word: str) -> str:
    """A matched word as the lower-case key of its table: IGNORECASE takes "İnches" (a dotted
    capital I) for "inches", whose ``lower()`` is longer ("i̇nches") and no key."""
    return word.translate(_UNFOLD).lower()


def _starting(words: list[str], *, depth: int = 2) -> str:
    """Any of ``words`` (what IGNORECASE would take of them, or more), as an alternation whose
    branches each start with a character class: the regular expression engine rejects a branch
    on its first character at once, where under IGNORECASE it enters every branch. The first
    ``depth`` characters are classes: nearly every letter starts some word, so the check runs
    into a word's second character at most characters of an article, and a flat list of
    IGNORECASE tails there cost as much as the first level saved."""
    by_first: dict[str, set[str]] = {}
    for word in words:
        first = word[0].lower()
        by_first.setdefault(first, set()).add(word[1:].lower())
    branches = []
    for first, rests in sorted(by_first.items()):
        head = _char_class(first)
        tails = [r for r in sorted(rests, key=len, reverse=True) if r]
        if "" in rests or not tails:  # the one character is a word: the rest need no test
            branches.append(head)
        elif depth > 1:
            branches.append(head + _starting(tails, depth=depth - 1))
        else:
            branches.append(head + "(?i:" + "|".join(re.escape(r) for r in tails) + ")")
    return "(?-i:" + "|".join(branches) + ")"


def _firsts(words: Iterable[str]) -> str:
    """A class of the words' first characters, in their case; one that takes nothing when
    there are no words."""
    firsts = sorted({w[0] for w in words if w})
    return "[" + "".join(re.escape(c) for c in firsts) + "]" if firsts else "(?!)"


def _char_class(char: str) -> str:
    """One character as a class that takes what IGNORECASE would take of it."""
    if char.isascii() and char.isalpha():
        return f"[{char}{char.upper()}{_FOLDS.get(char, '')}]"
    if char.lower() == char.upper():
        return f"[{re.escape(char)}]"
    return f"(?i:{re.escape(char)})"  # a cased letter outside ASCII: left to IGNORECASE


# the forms of the verbs of spread before "from" ("ranged from 22% to 50%")
RANGE_VERBS = ("range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying")


@lru_cache(maxsize=8)
def _grammar(defined: tuple[str, ...] = ()) -> tuple[re.Pattern[str], Units]:
    """The grammar, with ``defined``: the currency codes an article defines in its own words
    (``store.extract.defined_codes``), read as the file's codes read only in capitals are."""
    lex = units()
    words = number_words()
    word_num = _alt([*words.cardinals, *words.tens, "hundred", "dozen", *lex.scale_words])
    scales = _alt(list(lex.scale_words))
    # "half a billion", "three and a half million", "two and a half times": a half of a scale,
    # or a half more than the number before it; "and" joins a number's words only after
    # "hundred" or a scale ("two hundred and fifty", "a thousand and one"): "between one and two",
    # "rounds one and two" are two numbers, not three
    after_scale = "|".join(rf"(?<={w})" for w in ["hundred", *lex.scale_words])
    num_words = (
        rf"(?:half\s+an?\s+(?:dozen|hundred|{scales})\b"
        rf"|(?:a|an)\s+(?:dozen|hundred|thousand|million|billion|trillion)\b"
        rf"|(?:{word_num})\b)"
        rf"(?:(?:\s+|[-\u2010\u2011]|(?:{after_scale})\s+and\s+)(?:{word_num})\b)*"
        rf"(?:\s+and\s+a\s+half\b(?:\s+(?:{scales})\b)?)?"
    )
    # "5,00,000" and "12,50,000": South Asian copy groups lakhs and crores in pairs of digits; a
    # comma after the last group is punctuation ("12,50,000, the board said"), a comma and a
    # digit another group of a number grouped in thousands
    digits = (
        r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?!\d|,\d))"
        rf"|(?:\d{{1,3}}(?:(?:,\\?|[\u00a0\u202f\u2009{ZERO_WIDTH}])\d{{3}})+|\d+)(?:\.\d+)?"
        r"|\.\d+"
    )
    scale_suffix = _alt([w for w in lex.scale_suffixes if w not in lex.rupee_suffixes])
    # "Rs 760cr": in lower case only ("12 CR" is no crore); _build keeps it on a rupee amount
    rupee_suffix = _alt(list(lex.rupee_suffixes)) or "(?!)"
    scale_word = _alt(list(lex.scale_words))
    # a code that is also a word ("MAD") is one only in capitals
    codes = sorted(c for c in lex.currency_codes if c not in lex.cased_codes)
    capital_codes = [*lex.cased_codes, *defined]
    cased_codes = _alt(capital_codes) or "(?!)"
    cur_pre = (_alt(list(lex.currency_symbols)) + "|" + r"(?:" + _alt(codes)
               + rf"|(?-i:{cased_codes}))\s?")
    # a scale word may be glued to its digits ("17million"), a suffix always may ("3.5bn")
    # a suffix ends the number: not "m3" (cubic metres) or "b/d" (barrels a day)
    # "Rs 1.5 lakh crore": two scale words multiply
    scaled = (rf"(?:\s?(?:{scale_suffix}|(?-i:{rupee_suffix}))(?![A-Za-z\d/\u00b2\u00b3])"
              rf"|\s*(?:{scale_word})(?:\s+(?:{scale_word}))?\b)")
    guarded = _alt(list(lex.guarded_symbols)) or "(?!)"
    thousands = r"\d{1,3},\d{3}(?!\d)"  # "P1,500": a guarded symbol before a thousands comma
    cased = _alt(list(lex.cased_symbols)) or "(?!)"
    spaced = _alt(list(lex.spaced_cased_symbols)) or "(?!)"
    amount = (
        rf"(?:(?<![A-Za-z])(?:(?:{cur_pre})\s?|(?-i:{guarded})(?={thousands}|[\d,]*\d(?:\.\d|{scaled}))"
        rf"|(?-i:{spaced})\s?(?=\d)|(?-i:{cased})(?=\d)))?"
        rf"(?:{digits}){scaled}?"
    )
    word_amount = rf"(?:{num_words})"
    small = r"(?:\d{1,3}|" + _alt([*words.cardinals, *words.tens, "a hundred", "a thousand"]) + r")"
    small_word = _alt([*words.cardinals, *words.tens])
    # "one in five", "7 out of 10", "one home in ten" (a noun between, numbers in words)
    # the denominator of odds may be large: "one in 10,000", "one in 45 million", "one in
    # a million", "one in 292.2 million" (thousands commas or a scale word, which may follow a
    # decimal; a bare four digits is a year, "one in 2024")
    odds = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?![\d,]?\d)|(?:a|{small}|\d{{1,3}}\.\d+)\s+(?:{scales})\b)"
    # a time after either form is a count in a span, no share ("two in 45 minutes"); the word
    # between "a" and "in" is a noun, never the numerator ("a one in 50 million chance")
    # "one in every 12": "every" between says the same share
    ratio = (rf"(?:{small}\s+(?:in|out\s+of)\s+(?:every\s+)?(?:{odds}|{small}\b(?![,.]\d))"
             rf"|\b(?:one|a)\s+(?!(?:{small_word})\b)[a-z]{{3,}}\s+in\s+(?:every\s+)?(?:{small_word}"
             # "one voter in every 12", not "a goal in 22 games": digits with no noun after
             r"|\d{1,3}(?![\d,.]?\d)(?!\s+(?!was\b|has\b|is\b|does\b)[a-z]+s\b))\b)"
             rf"(?!\s+(?:{_alt(sorted(lex.time_words))})\b)")
    # Fraction words double as ordinals ("the third time", "a fourth straight day"): a singular
    # one is a fraction only when hyphenated to its numerator or followed by "of".
    plural_fractions = _alt([w for w in words.fractions if w.endswith("s")])
    singular_fractions = _alt([w for w in words.fractions
                               if not w.endswith("s") and w != "half"])
    # each numerator is followed by a space or a dash, so at most one of them leads to a match
    # (never both "a" and "an"): a trie finds it sooner than a list, whatever it tries first
    numerator = "(?:" + _alt(["one", "two", "three", "four", "five", "six", "seven", "eight",
                              "nine", "a", "an"]) + ")"
    ordinal_nouns = "straight|consecutive|successive|time|times|day|week|month|year|round|term"
    # "cut by a third", "less than half": after "by" or "than" a fraction word is a share, and a
    # half after "first" or "second" is a part of a period ("the first half of the year")
    fraction = (
        rf"(?:{numerator}[\s\-\u2010\u2011]+(?:{plural_fractions})\b"
        rf"|{numerator}[\-\u2010\u2011](?:{singular_fractions})\b"
        rf"|{numerator}\s+(?:{singular_fractions})(?=\s+of\b)"
        # a look behind is dear at every character: a first letter is checked before it
        rf"|(?=[ao])(?:(?<=\bby\s)|(?<=\babout\s)|(?<=\broughly\s)|(?<=\bnearly\s)|(?<=\balmost\s)"
        rf"|(?<=\bup\s)|(?<=\bdown\s))"  # "arrivals are up a third", "down a quarter on 2024"
        rf"(?:a|one)\s+(?:{singular_fractions})\b(?!\s+(?:{ordinal_nouns})\b)"
        r"|(?=h)(?:(?<=\bthan\s)|(?<=\bby\s))half\b"
        # "just over half", "nearly half": a share, not half of an hour or a mile
        r"|(?=h)(?:(?<=\bover\s)|(?<=\bunder\s)|(?<=\bnearly\s)|(?<=\balmost\s))half\b"
        r"(?!\s+(?:an?\s+)?(?:hour|day|week|month|year|decade|century|mile|kilometre|dozen"
        r"|million|billion|point|percent)s?\b)"
        r"|(?:a\s+|one[\s\-\u2010\u2011]+)?(?<!first\s)(?<!second\s)"
        r"half(?=\s+(?:of|the|a|an|its|their|his|her)\b)"
        rf"(?!\s+an?\s+(?:dozen|hundred|{scales})\b))"
    )
    vague = (
        r"(?:(?:tens|hundreds|dozens)\s+of\s+)?(?:" + _alt(list(words.vague)) + r")\b"
    )
    percent = _alt(lex.percent_words)
    if lex.cased_percent_words:
        percent += rf"|(?-i:{_alt(lex.cased_percent_words)})"
    currency_after = _alt(list(lex.currency_words))
    after_scale = _alt(list(lex.after_scale)) or "(?!)"
    # right after a scale word or a scale suffix on digits ("90 million", "90m")
    after_scale_behind = "|".join(
        [*(f"(?<={re.escape(w)})" for w in lex.scale_words),
         *(f"(?<=\\d{re.escape(w)})" for w in lex.scale_suffixes)])
    hundredths = _alt(list(lex.hundredths)) or "(?!)"
    glued_hundredths = _alt(list(lex.hundredths_glued)) or "(?!)"
    # after at most three digits: "1080p" is a screen's lines; or after digits grouped by a
    # comma, as a share price in pence is written ("rose to 1,220p"), which no screen is
    glued_alone = "|".join(rf"(?<=\d{re.escape(w)})(?<![\d,.]\d{{3}}{re.escape(w)})"
                           rf"|(?<=(?<![\d,.])\d,\d{{3}}{re.escape(w)})"
                           rf"|(?<=(?<![\d,.])\d\d,\d{{3}}{re.escape(w)})"
                           for w in lex.hundredths_glued_alone) or "(?!)"
    code_after = _alt(codes) + rf"|(?-i:{cased_codes})"
    measure = _alt(list(lex.measures))
    cased_measure = _alt(list(lex.cased_measures)) or "(?!)"
    glued_measure = _alt(list(lex.glued_measures)) or "(?!)"
    glued_cased = _alt(list(lex.glued_cased_measures)) or "(?!)"
    dash = f"[{DASHES}]"
    multiplier = number_words().multipliers
    fold_word = _alt([*words.cardinals, *words.tens])
    fold = (rf"(?:(?:{fold_word})(?:[-\u2010]?(?:{fold_word}))?|\d+(?:\.\d+)?)"
            r"[-\u2010]?fold\b")
    # "five times the estimate", "12 times higher", "three times Tolland's figure"
    # "counted twice as they were moved", "rang three times as well": "as" there starts a clause
    # or an idiom, no comparison
    not_as = (r"(?!\s+as\s+(?:they|he|she|it|we|you|i|the|a|an|its|their|his|her|our|this|that"
              r"|these|those|there|well)\b)")
    times = (rf"\s+(?P<times>times){not_as}"
             rf"(?=\s+(?:(?:{_alt(multiplier)})\b|(?-i:[A-Z])|\w+['’]s\b))")
    # "half a basis point", "a third of a percentage point": a fraction of a measure
    frac_measure = rf"(?(frac)\s+(?:of\s+)?an?\s+(?P<fmeas>{measure})(?![A-Za-z])|(?!))"
    single = _alt(list(words.single_multipliers)) or "(?!)"
    twice = rf"\b(?:{single}){not_as}(?=\s+(?:(?:{_alt(multiplier)})\b|\w+['’]s\b))"
    tail = (
        rf"(?:{frac_measure}|{times}"
        # "a 20-percent stake", "a 12.5-per-cent rise": a word of percent hyphened to its digits
        rf"|(?:\s|[\-\u2010\u2011](?=[A-Za-z]))?(?P<pct>{percent})(?![A-Za-z])"
        rf"|\s+(?:of\s+)?(?P<curw>{currency_after})\b"
        rf"|(?:{after_scale_behind})\s+(?P<scw>{after_scale})\b"  # "a 90 million pound loan"
        rf"|\s+(?P<hund>{hundredths})\b"  # "14.2 pence": hundredths of the pound
        # "47.6c/kWh", "41c a litre", "12p per mile": a cent or a penny glued to its digits, read
        # only before the rate it is a price per (alone, "4c" may be a grade or a form)
        rf"|(?<=\d)(?P<ghund>(?-i:{glued_hundredths}))(?=[ \t]?/[ \t]?[A-Za-z]"
        r"|\s+(?:a|an|per|each)\s+[a-z]"
        # "40p", "costs 90p more": pence written alone, not the start of a word or an hour
        # ("4p.m.") nor the first end of a range the grammar does not join ("3p-8p")
        rf"|(?:{glued_alone})(?!\.?[A-Za-z\d]|\s*{dash}\s*\d))"
        rf"|\s(?P<code>{code_after})\b"
        rf"|\s(?P<meas>{measure})(?![A-Za-z])"
        rf"|(?<=\d)(?P<gmeas>{glued_measure})(?![A-Za-z\d])"  # "a 95km line"
        rf"|(?<=\d)(?P<gcmeas>(?-i:{glued_cased}))(?![A-Za-z\d])"  # "highs of 38C"
        rf"|\s(?P<cmeas>(?-i:{cased_measure}))(?![A-Za-z])"
        rf")?"
    )
    # "2.75%-3.25%", "between 61% and 64%": a percentage sign on both ends is one range; "rose
    # 0.3% to 4.1%" (a change, then a level) is not, so written twice it needs a dash or "between"
    pct_end = rf"\s?(?:{percent})(?![A-Za-z])"
    # "the increases ranged from 22% to 50%": "from" after a verb of spread starts a range, as
    # "between" does, not a change
    ranged = "(?:" + "|".join(rf"(?<={w}\s)" for w in RANGE_VERBS) + ")"
    conn = (rf"(?(apct)(?:{dash}|(?(btw)(?:\band\b|\bto\b)|(?(rng)\bto\b|(?!))))"
            rf"|(?:{dash}|\bto\b|(?(between)\band\b|(?!))))")
    # Where a match can start: a digit, a sign or symbol, or a word one of the branches begins
    # with (every branch's first word is from a list). The grammar is tried at every character
    # of an article; this check comes first and fails at once inside most words and at spaces.
    symbols = [*lex.guarded_symbols, *lex.cased_symbols]
    starts = (r"(?=[^\w\s]|\d|an?[\s\-\u2010\u2011]|"
              + _starting(["between", "from", "half", "tens", "hundreds", "dozens",
                           *words.cardinals, *words.tens, "hundred", "dozen", *lex.scale_words,
                           *words.vague, *words.single_multipliers, *lex.currency_symbols,
                           *codes, *lex.spaced_cased_symbols])
              # a guarded or cased symbol ("P", "W", "MK") only in its case, glued to its digits:
              # its letter alone would let every word with it through
              # (each behind a class of its first letters, which fails at once on most letters)
              + rf"|(?-i:(?={_firsts(symbols)})(?:{guarded}|{cased}))(?=[\d,])"
              + rf"|(?-i:(?={_firsts(capital_codes)}){cased_codes})(?=\s?\d)"
              + ")")
    pattern = rf"""
        {starts}
        (?P<between>\b(?:(?P<btw>between)|(?P<rng>{ranged}from)|from)\s+)?
        (?P<expr>
            (?P<fold>{fold})
          | (?P<twice>{twice})
          | (?P<ratio>{ratio})
          | (?P<frac>{fraction})(?:\s+of\s+an?\s+(?P<fscale>{scales})\b)?
          | (?P<vague>{vague})
          | (?P<neg>(?<![\w.,\-\u2212])[-\u2212](?=\d))?(?P<a>{amount}|{word_amount})
            (?:(?P<apct>{pct_end})?\s*(?P<conn>{conn})\s*(?P<b>{amount}|{word_amount})
               (?(apct)(?={pct_end})|))?
        )
        {tail}
    """
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE), lex


def scan(text: str) -> list[NumberExpr]:
    """Every number expression in ``text``, left to right, without judging whether it is a claim;
    digits inside a web address, an e-mail address, a telephone number, a code or identifier, a
    cited article's volume and pages, a list item's number and a number that only repeats the
    one before it in brackets are left out."""
    pattern, lex = _grammar(tuple(sorted(codes_read())))
    written, text = text, as_written(text)  # "R9,4 billion", "R1 263": read in one style
    found: list[NumberExpr] = []
    for m in pattern.finditer(text):
        expr = _build(m, text, lex)
        if expr is not None:
            found.append(expr)
        elif m.group("b") is not None and (_YEAR_TO.fullmatch(
                text, m.start("a"), m.start("b")) or _scaled_then_smaller(m)
                or _two_currencies(m)):
            found.extend(_ends_apart(m, text, pattern, lex))
    found = _recoveries(found, text)
    if not found:
        return found
    found = _bare_guarded(found, text, lex)
    found = _without_road_codes(found, text, lex)
    blocked = _blocked_spans(written)
    if blocked:
        found = [e for e in found if not _inside(e, blocked)]
    found = join_change_ranges(_join_alternatives(_join_paired_bounds(found, text), text), text)
    found = join_rated_ends(found, text)  # "from R398/MWh to R612/MWh": one range
    found = _name_the_system(found, text, lex)
    found = _minus_temperatures(_degrees_of_the_weather(found, text, lex), text, lex)
    found = _read_on_a_scale(found, text)
    found = _restated_in_brackets(found, text)
    found = _metres_in_brackets(found, text, lex)
    found = _spaced_symbols(found, text, lex)
    found = metres_of_water(found, text, lex)
    found = without_price_basis_years(_scale_said_once(found, text), text)
    found = [e for i, e in enumerate(found)
             if not _repeats_previous(found, i, text) and not _list_number(e, text)]
    if written is text:
        return found
    return [replace(e, text=written[e.start:e.end]) for e in found]


# "N617", "W3": a guarded symbol glued to plain digits, ended by no letter, digit, hyphen or
# decimal, and not before a plural noun it names ("N95 masks"; "N720 was" is a verb); an article
# before it makes it a name ("the N7 to Ibadan", "an N95")
_BARE_DIGITS = r"(\d{1,3})(?![\w\-\u2010\u2011/]|[.,]\d)" \
    r"(?!\s+(?!was\b|has\b|is\b|does\b)[a-z]+s\b)"


@lru_cache(maxsize=8)
def _bare_pattern(symbols: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w\-\u2010\u2011/])(?<!\b[Tt]he\s)(?<!\b[Aa]\s)(?<!\b[Aa]n\s)"
                      rf"(?-i:{_alt(list(symbols))}){_BARE_DIGITS}")


def _bare_guarded(found: list[NumberExpr], text: str, lex: Units) -> list[NumberExpr]:
    """ "from N238 to N617 a litre": a guarded symbol ("N", "W", "P") glued to plain digits is
    read only where the text already writes its currency as money in another form ("N8,000",
    "NGN 5.4tn", "\u20a6736", "870 naira"): the press that writes "N1,000" writes "N617" as
    well, and the letter is an initial or a name's elsewhere ("N95", "W9")."""
    seen = {e.unit for e in found}
    symbols = tuple(s for s, code in lex.guarded_symbols.items() if code in seen)
    if not symbols:
        return found
    starts = [e.start for e in found]  # in order: the one before a match is the only one to check
    added = []
    for m in _bare_pattern(symbols).finditer(text):
        i = bisect_right(starts, m.start()) - 1
        before = found[i].end > m.start() if i >= 0 else False
        if before or (i + 1 < len(found) and found[i + 1].start < m.end()):
            continue
        value = float(m.group(1))
        added.append(NumberExpr(start=m.start(), end=m.end(1), text=text[m.start():m.end(1)],
                                low=value, high=value,
                                unit=lex.guarded_symbols[text[m.start():m.start(1)]],
                                kind="digits", is_range=False, between=False,
                                prefix_start=m.start()))
    return sorted([*found, *added], key=lambda e: e.start) if added else found


# "Rs 3,00,000 (Rupees three lakh)": an open bracket and at most a word (the currency's name)
_RESTATED = re.compile(r"\s*\(\s*(?:[A-Za-z]+\s+)?")


@lru_cache(maxsize=1)
def _recovery_pattern() -> re.Pattern[str]:
    """ "4p in the pound", "between 6p and 11p in the pound", "30-40 cents on the dollar": what
    a creditor gets back of each pound or dollar owed, in hundredths of it."""
    lex = units()
    minor = _alt([*lex.hundredths, *lex.hundredths_glued])
    one = rf"(?<![\w.])(\d{{1,2}}(?:\.\d+)?)(?:\s?(?:{minor}))?"
    return re.compile(
        rf"(?:(between)\s+)?{one}(?:\s*(?:[{DASHES}]|to|and)\s*{one})?"
        rf"(?<=[A-Za-z])\s+(?:in|on)\s+the\s+(?:pound|dollar|euro)\b", re.I)


# "trimmed the forecast to 3p-8p", "the 7p to 14p it predicted": pence glued to both ends
_GLUED_PENCE = re.compile(r"(?:(between)\s+)?(?<![\w.])(\d{1,2}(?:\.\d+)?)p"
                          r"(?:\s*(?:[-\u2013]|to|and)\s*(\d{1,2}(?:\.\d+)?)p)?\b")


def _recoveries(found: list[NumberExpr], text: str) -> list[NumberExpr]:
    """A recovery in hundredths of what is owed ("4p in the pound") is a share of it in
    percent: it replaces what the grammar read there ("40 cents" as an amount, or nothing). In
    an article that says so once, pence glued to the digits elsewhere ("the 5p-12p it forecast")
    are recoveries too."""
    if " the pound" not in text and " the dollar" not in text and " the euro" not in text:
        return found
    shares = []
    matches = list(_recovery_pattern().finditer(text))
    if matches:  # the idiom said once: the article's other pence glued to digits are recoveries
        matches += [m for m in _GLUED_PENCE.finditer(text)
                    if not any(r.start() <= m.start() < r.end() for r in matches)]
    for m in matches:
        low = float(m.group(2))
        high = float(m.group(3)) if m.group(3) else low
        start = m.start(2)
        idiom = re.search(r"\s+(?:in|on)\s+the\s+\w+$", m.group(0))
        end = m.end(0) - (len(idiom.group(0)) if idiom else 0)
        shares.append(NumberExpr(start=start, end=end, text=text[start:end], low=min(low, high),
                                 high=max(low, high), unit="percent", kind="digits",
                                 is_range=m.group(3) is not None,
                                 between=m.group(1) is not None,
                                 prefix_start=m.start(1) if m.group(1) else start))
    if not shares:
        return found
    spans = [(e.start, e.end) for e in shares]
    kept = [e for e in found if not any(s < e.end and e.start < t for s, t in spans)]
    return sorted([*kept, *shares], key=lambda e: e.start)


def _restated_in_brackets(found: list[NumberExpr], text: str) -> list[NumberExpr]:
    """ "Rs 3,00,000 (Rupees three lakh)": the same value said again in brackets, in words, is
    in the unit of the amount it repeats."""
    out = list(found)
    for i in range(1, len(out)):
        prev, expr = out[i - 1], out[i]
        if (expr.unit is None and prev.unit is not None and expr.low == prev.low
                and expr.high == prev.high and _RESTATED.fullmatch(text, prev.end, expr.start)):
            out[i] = replace(expr, unit=prev.unit)
    return out


# "79.6 feet (24.26 m)": an open bracket right after a length, and the "m" that closes it
_OPEN = re.compile(r"\s*\(\s*")
_M_CLOSED = re.compile(r"\s?m$")


def _metres_in_brackets(found: list[NumberExpr], text: str, lex: Units) -> list[NumberExpr]:
    """ "Gatun Lake stood at 79.6 feet (24.26 m)": an "m" alone in brackets after a length is
    its conversion into metres, not millions (a length is never restated as a count)."""
    out = list(found)
    for i in range(1, len(out)):
        prev, expr = out[i - 1], out[i]
        if (expr.unit is None and expr.kind == "digits" and text.startswith(")", expr.end)
                and _M_CLOSED.search(expr.text)
                and lex.conversions.get(prev.unit or "", ("",))[0] == "length"
                and _OPEN.fullmatch(text, prev.end, expr.start)):
            out[i] = replace(expr, low=expr.low / 1e6, high=expr.high / 1e6, unit="metres")
    return out


# "at an altitude of 1,822 m": digits in groups of thousands, a space and an "m" alone
_GROUPED_M = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)? m")
# "30 m wide", "a 12m-deep shaft", "4 m in diameter": an "m" then an adjective or phrase of a
# dimension says a length, never a number of millions
_M_OF_LENGTH = re.compile(r"\d\s?m$")
# ("long" and "high" not where they begin a phrase of their own: "40m long before", "2m high
# school pupils")
_DIMENSION = re.compile(r"[\s\-\u2010\u2011](?:wide|deep|tall|thick|across|in\s+"
                        r"(?:diameter|length|height|depth|width)|(?:above|below)\s+sea\s+level"
                        r"|long(?!\s+(?:before|after|ago|since|term|overdue|way|run)\b)"
                        r"|high(?!\s+(?:school|street|court|income|risk|season|speed|end)s?\b)"
                        r")\b(?![\-\u2010\u2011])", re.I)
# "cut its guidance to 5.9mn t", "2.3 million t of wheat": a scaled number, a space, a "t" alone
_SCALED_T = re.compile(r" t(?![\w$\u00a3\u20ac%/-])")


def _spaced_symbols(found: list[NumberExpr], text: str, lex: Units) -> list[NumberExpr]:
    """A unit's symbol alone after a space, where it could be nothing else: an "m" after digits
    grouped in thousands is metres ("an altitude of 1,822 m"), not a million (copy writes
    "1.8bn", never a grouped number of millions, and glues a million's "m" to its digits); a "t"
    after a number with a scale is tonnes ("5.9mn t"), the tonne's symbol (BIPM SI brochure, 9th
    ed., table 8), as commodity copy writes it. An "m" that a dimension follows ("30 m wide",
    "a 12m-deep shaft") is metres too: a count of millions is never wide or deep."""
    out = list(found)
    for i, expr in enumerate(out):
        if expr.unit is not None or expr.kind != "digits" or expr.is_range:
            continue
        if _GROUPED_M.fullmatch(expr.text) or (_M_OF_LENGTH.search(expr.text)
                                               and _DIMENSION.match(text, expr.end)):
            out[i] = replace(expr, low=expr.low / 1e6, high=expr.high / 1e6, unit="metres")
        elif (expr.low >= 1e3 and not expr.text[-1].isdigit()
              and _SCALED_T.match(text, expr.end)):
            end = expr.end + 2
            out[i] = replace(expr, end=end, text=text[expr.start:end],
                             unit=lex.header_measures.get("t", "tonnes"))
    return out


# "to 14.1 and 15.2 million tonnes": two numbers of a list, the scale said after the second
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)")
_FIRST_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
SCALES = (1e3, 1e6, 1e9, 1e12)


def _scale_said_once(found: list[NumberExpr], text: str) -> list[NumberExpr]:
    """ "exchanges cut forecasts to 14.1 and 15.2 million tonnes": a bare decimal listed right
    before a number written with a scale, of the same order, is in that scale and unit (a count
    is never 14.1 of anything)."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):  # from the last: "2.5, 3.1 and 4 billion euros"
        first, second = out[i], out[i + 1]
        if (first.unit is not None or first.kind != "digits" or "." not in first.text
                or not re.fullmatch(r"[\d.]+", first.text) or first.low >= 1000
                or not _LISTED.fullmatch(text, first.end, second.start)):
            continue
        digits = _FIRST_DIGITS.search(second.text)
        value = float(digits.group(0).replace(",", "")) if digits else 0.0
        scale = second.low / value if value else 1.0
        if any(abs(scale - s) < 1e-6 * s for s in SCALES) and 0.1 <= first.low / value <= 10:
            out[i] = replace(first, low=first.low * scale, high=first.high * scale,
                             unit=second.unit)
    return out


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# a date a reading is for: "3 November 2029", "November 3", "Nov. 3, 2029"
_DAY_OF_MONTH = (rf"(?:\d{{1,2}}\s+(?:{_MONTH_NAMES})\.?(?:\s+\d{{4}})?"
                 rf"|(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?)")


@lru_cache(maxsize=1)
def _scale_patterns() -> list[tuple[str, float, re.Pattern[str], re.Pattern[str],
                                    re.Pattern[str]]]:
    """Per scale of ``units().readings``: its name, its top, and what names it right before a
    number (a word, perhaps with "of", "at", "from" or a comma between), right before a number with
    a decimal (a symbol, as written), and right after one ("-magnitude", "on the Richter scale")."""
    out = []
    for name, reading in units().readings.items():
        words = _alt(list(reading.words))
        symbols = _alt(list(reading.symbols)) or "(?!)"
        verbs = f"|{_alt(list(reading.verbs))}" if reading.verbs else ""
        # the day a reading is for may stand between: a weekday ("the AQI for Monday was 318")
        # or a date, day and month either way round, its year perhaps ("the AQI for 3 May
        # 2024 was revised from 312 to 298", "its AQI for May 3 from 312")
        day = rf"(?:\s+(?:on|for)\s+(?:[a-z]+day|{_DAY_OF_MONTH}))?" if reading.verbs else ""
        before = re.compile(rf"\b(?:{words})\)?{day}\s*(?:[,:(]|\b(?:of|at|from|to|was|is|as"
                            rf"{verbs})\b)?\s*$", re.I)
        symbol = re.compile(rf"(?<![A-Za-z])(?:{symbols})[ \t]?$")
        after = re.compile(rf"[ \t]?[{DASHES}]?[ \t]?(?:{words})\b|\s+on\s+the\s+(?:{words})\b",
                           re.I)
        out.append((name, reading.most, before, symbol, after))
    return out


SCALE_REACH = 50  # characters before a number its scale's name (and a date) may take


def _read_on_a_scale(found: list[NumberExpr], text: str) -> list[NumberExpr]:
    """ "a magnitude 7.4 quake", "Mw 6.2", "a 6.1-magnitude tremor": a number the text reads on a
    named scale, within the scale's range, has the scale as its unit."""
    out = list(found)
    for i, expr in enumerate(out):
        if expr.unit is not None or expr.kind != "digits":
            continue
        before = text[max(0, expr.prefix_start - SCALE_REACH):expr.prefix_start]
        decimal = "." in expr.text
        for name, most, named_before, symbol, named_after in _scale_patterns():
            if expr.high >= most:
                continue
            if (named_before.search(before) or (decimal and symbol.search(before))
                    or named_after.match(text, expr.end, expr.end + 30)):
                out[i] = replace(expr, unit=name)
                break
    return out


# "... in 2021 to 27 percent": a year, then "to" and the next figure
FROM_QUALIFIED_REACH = 32  # characters before the first value "from" and the qualifier may take


@lru_cache(maxsize=1)
def _from_qualified() -> re.Pattern[str]:
    """ "from roughly 300 to 240", "from an average of nine to four": "from" and a qualifier of
    the first value (a hedge of context.toml, "an average of", "an estimated") right before it."""
    return re.compile(rf"\bfrom\s+(?:an?\s+average\s+of|an\s+estimated|{hedges()})\s+$", re.I)


def from_qualified(text: str, start: int) -> int | None:
    """Where the "from" of "from <qualifier> X to Y" starts, for the first value at ``start``
    (the grammar reads the pair without its "from", which only a bare number follows), or None:
    "fell from roughly 300 to 240" is a move, two figures, as "fell from 300 to 240" is."""
    m = _from_qualified().search(text, max(0, start - FROM_QUALIFIED_REACH), start)
    return m.start() if m is not None else None
_YEAR_TO = re.compile(r"(?:1[5-9]\d\d|20\d\d|21\d\d)\s+to\s+", re.I)
# "at the end of 2030 to 49,870": a range writes its two ends alike, so a bare year before "to"
# and a number grouped in thousands after it are a date and a figure ("2,030 to 49,870" would be
# a range)
_GROUPED = re.compile(r"\d[,\u00a0\u202f ]\d{3}\b")
# "at the end of 2030 to 49,870", "for 2027 to 4,300": what says a year is a date before a figure
# grouped in thousands; without it "crowds of 1500 to 2,000" is a range. "for", "by" and "of" also
# come before a count ("shelters for 1900 to 2,500", "crowds of 2000 to 3,000"): they date only a
# year of this century that is no round hundred ("the tally of 2029")
_YEAR_CUE = re.compile(
    r"(?:\b(?:by|for|of)\s+20(?!00)\d\d"
    r"|\b(?:in|during|since|until|through|end\s+of|start\s+of)\s+(?:19|20)\d\d)$", re.I)
# "in 2025 to ...": a year after a preposition of time is a date, whatever follows "to"
_IN_YEAR = re.compile(r"\b(?:in|during|since)\s+$", re.I)
# "as of 1 August 2030 to ...", "on March 3, 2031 to ...": a year that ends a written date is
# the date's, whatever follows "to"
_DATE_YEAR = re.compile(
    r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+$", re.I)


def _two_currencies(m: re.Match[str]) -> bool:
    """ "At €1 to £0.86 and $1.09": the two ends of what reads as a range are amounts in two
    currencies, an exchange rate's terms, each a number of its own."""
    a_cur, b_cur = amount_value(m.group("a"))[1], amount_value(m.group("b"))[1]
    return bool(a_cur and b_cur and a_cur != b_cur)


def _ends_apart(m: re.Match[str], text: str, pattern: re.Pattern[str],
                lex: Units) -> list[NumberExpr]:
    """ "grew from 18 percent in 2021 to 27 percent": "2021 to 27" is no range (a year, then a
    smaller number), nor is "\u20b92 lakh to 41", so each end is read again on its own, the
    second with its unit."""
    out = []
    for start, end in ((m.start("expr"), m.end("a")), (m.start("b"), m.end())):
        for inner in pattern.finditer(text, start, end):
            if inner.group("b") is None:
                expr = _build(inner, text, lex)
                if expr is not None:
                    out.append(expr)
    return out


_OF_AFTER = re.compile(r"\s+of\s+\w", re.I)


def _name_the_system(found: list[NumberExpr], text: str, lex: Units) -> list[NumberExpr]:
    """ "90 US gallons ... the old tank held 60 gallons": a text that names a unit's system once,
    and only one system, means that system by the unit written bare. A concentration
    ("ug/m3") is not meant by a mass of a substance ("50 micrograms of levothyroxine"), nor by
    another bare mass in its sentence ("... instead of 25 micrograms"): its "of" says what the
    mass is of, not what air it is in."""
    for bare, named in lex.measure_systems.items():
        said = {e.unit for e in found if e.unit in named}
        if len(said) == 1:
            system = said.pop()
            masses = [e for e in found if e.unit == bare and _OF_AFTER.match(text, e.end)]
            found = [replace(e, unit=system) if e.unit == bare and not (
                "/" in system and (any(_same_sentence(e, m, text) for m in masses)
                                   or not _about_air(e, text, lex))) else e
                     for e in found]
    return found


_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*\s|\n")
SENTENCE_REACH = 300  # characters searched each side of a mass for its sentence's edges


def _about_air(e: NumberExpr, text: str, lex: Units) -> bool:
    """Whether the sentence of a bare mass names the air, particulate matter, a pollutant or a
    cubic metre (``units().air_cues``): only then is it a concentration in air."""
    lo = max(0, e.start - SENTENCE_REACH)
    ends = list(_SENTENCE_END.finditer(text, lo, e.start))
    start = ends[-1].end() if ends else lo
    after = _SENTENCE_END.search(text, e.end, e.end + SENTENCE_REACH)
    sentence = text[start:after.start() if after else e.end + SENTENCE_REACH].lower()
    return _air_cue(lex.air_cues).search(sentence) is not None


@lru_cache(maxsize=4)
def _air_cue(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.])(?:{_alt(list(words))})(?![\w])", re.I)


def _same_sentence(a: NumberExpr, b: NumberExpr, text: str) -> bool:
    """Whether no sentence ends between two numbers of a text."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    return first is second or _SENTENCE_END.search(text, first.end, second.start) is None


# "42 degrees", "1 degree": the word with no scale after it, nor a compass point or "of"
_BARE_DEGREES = re.compile(r"[ \t]+degrees?\b(?![ \t]+(?:Celsius|centigrade|Fahrenheit|north"
                           r"|south|east|west|latitude|longitude|of)\b)", re.I)


@lru_cache(maxsize=1)
def _weather_cue() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(list(units().weather_cues))})\b", re.I)


def _degrees_of_the_weather(found: list[NumberExpr], text: str,
                            lex: Units) -> list[NumberExpr]:
    """ "the thermometer reached 42 degrees": a bare "degrees" in an article about the weather
    is a temperature, in Celsius unless the article names only Fahrenheit
    (``units().weather_cues``); the article is searched only when such a number is in it."""
    bare = [(i, m) for i, e in enumerate(found) if e.unit is None and e.kind == "digits"
            and (m := _BARE_DEGREES.match(text, e.end)) is not None]
    celsius, fahrenheit = lex.weather_scales
    if not bare or not celsius or _weather_cue().search(text) is None:
        return found
    said = {e.unit for e in found}
    scale = fahrenheit if fahrenheit in said and celsius not in said else celsius
    out = list(found)
    for i, m in bare:
        e = out[i]
        out[i] = replace(e, end=m.end(), text=text[e.start:m.end()], unit=scale)
    return out


# "fell to minus 12 degrees Celsius": the sign written as a word before a temperature; not the
# margin "plus or minus 3", nor "minus" as a preposition between two amounts ("40 minus 12")
_MINUS_BEFORE = re.compile(r"(?<![\w.,%])(?<!or )(?<!\d )\bminus[ \t]+$", re.I)
MINUS_REACH = 8  # characters before a temperature "minus " may take


def _minus_temperatures(found: list[NumberExpr], text: str, lex: Units) -> list[NumberExpr]:
    """ "minus 12 degrees Celsius", "minus 40 degrees": a temperature below zero with its sign
    written as a word, the value "-12C" would give."""
    scales = {scale for scale in lex.weather_scales if scale}
    out = list(found)
    for i, e in enumerate(found):
        if e.unit not in scales or e.is_range or e.low < 0 or e.start != e.prefix_start:
            continue
        m = _MINUS_BEFORE.search(text, max(0, e.start - MINUS_REACH), e.start)
        if m is not None:
            out[i] = replace(e, start=m.start(), prefix_start=m.start(),
                             text=text[m.start():e.end], low=-e.high, high=-e.low)
    return out


# "https://example.org/2025/06/12/story-1187243", "www.x.com/a1", "doi:10.5555/x.2025.0311",
# "press@agency.org": nothing inside is a figure
_WEB = r"(?:\bhttps?://|\bwww\.|\bdoi:\s?)[^\s<>\"'()\[\]]+"
_ADDRESS = re.compile(_WEB + r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
# without the e-mail address, for a text with no "@": tried at every character of a word, that
# branch reads to the word's end before it fails
_WEB_ONLY = re.compile(_WEB, re.I)
# "KW-2023-0311-0268", "KMC-2023-08-21-0932", "IMG_7302", "2023-07-19": three or more parts
# joined by dashes, underscores or slashes, with a digit somewhere, name a thing or a date
_CODE = re.compile(r"(?<![\w\-\u2010\u2011/])[A-Za-z0-9]+(?:[-_/\u2010\u2011][A-Za-z0-9]+){2,}"
                   r"(?![\w\-\u2010\u2011/])")
# "a 12-per-cent stake": a percent as a compound modifier writes it, three parts but no code
_HYPHENED_PERCENT = re.compile(r"\d+[-\u2010\u2011]per[-\u2010\u2011]cent", re.I)
# "+299 3 615 280", "+44 20 555 03 19", "0777 305 618": a telephone number, international (a
# "+" and its country code, then groups) or national (a trunk "0", then two or more groups);
# "0171 5550423", "01713-555042": a trunk "0" and a subscriber number after a dash, whole or in
# two groups ("033-2214 1100", as Indian copy writes a landline); "22841 60
# 317": three or more groups of digits, the first of four or five, with no comma between
# (each branch takes its first character before it looks behind it: the engine then rejects
# a branch at a character it cannot start with, without entering it)
_PHONE = re.compile(r"\+(?<![\w+]\+)\d{1,3}(?:[ \t.\-]\(?\d{1,5}\)?){2,}(?!\d|,\d)"
                    r"|0(?<![\w,.]0)\d{2,4}(?:[ \t]\d{2,4}){2,}(?!\d|,\d)"
                    r"|0(?<![\w,.\-]0)\d{3,4}[\-\u2010\u2011]\d{5,8}(?![\d,\-])"
                    r"|0(?<![\w,.\-]0)\d{2,4}[\-\u2010\u2011]\d{3,4}[ \t]\d{3,4}(?![\d,\-])"
                    r"|\d(?<![\w,.]\d)\d{3,4}(?:[ \t]\d{2,4}){2,}(?![\d,])")
# "Rev. 2025;14(3):211-224", "2019;7:e1042": a cited article's year, volume, issue and pages
_CITATION = re.compile(r"\b(?:1[89]|20)\d\d\s*;\s*\d+\s*(?:\(\s*[\d\-\u2013]+\s*\))?\s*:\s*"
                       r"[A-Za-z]?\d+(?:\s*[\-\u2013]\s*[A-Za-z]?\d+)?")
# "UPDATE 2-Harbour board widens ...", "REFILE-UPDATE 1-...": a wire headline's version slug at
# a line's start (the Reuters style of a story's numbered updates), not a count of anything
_WIRE_SLUG = re.compile(r"(?m)^[ \t]*(?:(?:REFILE|CORRECTED|RPT|EXCLUSIVE)[ \t]*[-:][ \t]*)*"
                        r"UPDATE[ \t]+\d{1,2}[ \t]*[-:\u2013\u2014]")
# "1. Rate of release", "2) Differential turnout", "## 3. Aftershocks", '2. "Year ending" means':
# the number of a list item or a numbered heading at a line's start, before its words, a sign or
# its own first number ("1. $3,120 a month for a flat", "3. 12 held in raid")
_LIST_NUMBER = re.compile(r"[ \t]*(?:#{1,6}[ \t]+)?(?:[-*\u2022][ \t]+)?\d{1,2}[.)][ \t]+"
                          r"(?=[A-Za-z*_#\[\"\u201c'$\u20ac\u00a3\u00a5\u20b9\u20a9]|\d)")


def split_range(expr: NumberExpr, text: str) -> tuple[NumberExpr, NumberExpr] | None:
    """The two ends of a range as figures of their own ("from 38 to 912" after "raised": the old
    figure and the new). A scale written once serves both ("from 1.2 to 1.5 million")."""
    if not expr.is_range:
        return None
    joins = list(re.finditer(rf"\s*(?:[{DASHES}]|\bto\b|\band\b)\s*", expr.text))
    if not joins:
        return None
    join = joins[-1]
    a_end, b_start = expr.start + join.start(), expr.start + join.end()
    a_found = [e for e in scan(text[expr.start:a_end]) if e.start == 0]
    b_found = [e for e in scan(text[b_start:expr.end]) if e.start == 0]
    if not a_found or not b_found:
        return None
    a, b = a_found[0], b_found[0]
    b_value = b.low
    a_value = a.low
    if a_value not in (expr.low, expr.high) or a_value == b_value:
        a_value = expr.high if b_value == expr.low else expr.low
    unit = expr.unit
    a_stop = expr.start + a.end
    old = NumberExpr(start=expr.start, end=a_stop, text=text[expr.start:a_stop], low=a_value,
                     high=a_value, unit=unit, kind=a.kind, is_range=False, between=False,
                     prefix_start=expr.start)
    end = b_start + b.end if b.unit is None or b.unit == unit else expr.end
    new = NumberExpr(start=b_start, end=end, text=text[b_start:end], low=b_value,
                     high=b_value, unit=unit, kind=b.kind, is_range=False, between=False,
                     prefix_start=b_start)
    return old, new


def _list_number(expr: NumberExpr, text: str) -> bool:
    if expr.kind != "digits" or expr.high > 99:
        return False
    m = _LIST_NUMBER.match(text, text.rfind("\n", 0, expr.start) + 1)
    return m is not None and expr.start < m.end()


# "R21", "N1": a capital letter glued to at most three digits, the whole of a number expression
_ROAD_CODE = re.compile(r"[A-Z]\d{1,3}")


def _without_road_codes(found: list[NumberExpr], text: str, lex: Units) -> list[NumberExpr]:
    """``found`` less a sign's letter glued to digits that a distance follows ("on the R21
    500 metres from the airport", "the N1 200 km north"): a road's or a route's code, no price;
    nor the digits of a name in capitals before another number ("COVID 19 100")."""
    return [e for i, e in enumerate(found)
            if not (i + 1 < len(found) and found[i + 1].start == e.end + 1
                    and text[e.end].isspace()
                    and ((_ROAD_CODE.fullmatch(text, e.start, e.end)
                          and found[i + 1].unit in lex.measure_codes)
                         or _named_in_capitals(e, text, lex)))]


# "COVID 19", "MH 370": a name in capitals, a space, then digits of its own
_CAPITALS_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([A-Z]{2,}) $")


def _named_in_capitals(e: NumberExpr, text: str, lex: Units) -> bool:
    """Whether bare digits, another number right after them, end a name in capitals ("COVID 19
    100 deaths"): the name's, no figure (a currency's code, "ZAR 12", is an amount)."""
    before = _CAPITALS_BEFORE.search(text, max(0, e.start - 12), e.start)
    return (before is not None and e.text.isdigit() and len(e.text) <= 3
            and before.group(1) not in lex.currency_codes
            and before.group(1) not in lex.currency_signs)


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in (_ADDRESS if "@" in text else _WEB_ONLY).finditer(text)]
    spans += [m.span() for m in _CODE.finditer(text) if any(c.isdigit() for c in m.group(0))
              and not priced_range(m.group(0))  # "R450-R520/MWh": prices, no code
              and not _HYPHENED_PERCENT.fullmatch(m.group(0))]
    spans += [m.span() for m in _PHONE.finditer(text)]
    spans += [m.span() for m in _CITATION.finditer(text)]
    spans += [m.span() for m in _WIRE_SLUG.finditer(text)]
    return sorted(spans)


def _inside(expr: NumberExpr, spans: list[tuple[int, int]]) -> bool:
    return any(start <= expr.start < end for start, end in spans)


def _repeats_previous(found: list[NumberExpr], i: int, text: str) -> bool:
    """ "Twenty-seven (27) persons": the bracketed digits say the words again."""
    if i == 0:
        return False
    prev, expr = found[i - 1], found[i]
    between = text[prev.end:expr.start]
    return (between.strip() == "(" and text[expr.end:expr.end + 1] == ")"
            and prev.low == expr.low and prev.high == expr.high)


@lru_cache(maxsize=1)
def _pair_patterns() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    pairs = []
    for first, second in number_words().range_pairs:
        a = re.escape(first).replace(r"\ ", r"\s+")
        b = re.escape(second).replace(r"\ ", r"\s+")
        pairs.append((re.compile(rf"\b{a}\s+$", re.I),
                      re.compile(rf"\s*,?\s*(?:(?:and|to|but|or)\s+)?{b}\s+$", re.I)))
    return pairs


def _join_paired_bounds(found: list[NumberExpr], text: str) -> list[NumberExpr]:
    """ "as low as 1,760 and as high as 3,150" is one range, 1,760-3,150."""

    def joined(expr: NumberExpr, nxt: NumberExpr) -> NumberExpr | None:
        if expr.is_range or nxt.is_range or nxt.start - expr.end >= 40:
            return None
        before = text[max(0, expr.start - 24):expr.start]
        between = text[expr.end:nxt.start]
        if not any(a.search(before) and b.fullmatch(between) for a, b in _pair_patterns()) or (
                expr.unit != nxt.unit and None not in (expr.unit, nxt.unit)):
            return None
        return NumberExpr(
            start=expr.start, end=nxt.end, text=text[expr.start:nxt.end],
            low=min(expr.low, nxt.low), high=max(expr.high, nxt.high),
            unit=expr.unit or nxt.unit, kind=expr.kind, is_range=True, between=False,
            prefix_start=expr.start)

    return join_neighbours(found, joined)


_OR = re.compile(r"\s+or\s+")
ALTERNATIVES_WITHIN = 2.0  # the widest "X or Y" read as a range ("one or two", "twenty or thirty")


def _join_alternatives(found: list[NumberExpr], text: str) -> list[NumberExpr]:
    """ "a normal four or five", "two or three buses": two number words joined by "or", the
    second larger but at most ``ALTERNATIVES_WITHIN`` times the first, give a vague count as a
    range (4-5). Digits joined so ("gate 3 or 4", "40 or 50 passengers?") are as often a choice
    between two values, and "two or three hundred" shares a scale this does not read."""

    def joined(expr: NumberExpr, nxt: NumberExpr) -> NumberExpr | None:
        if (expr.kind != "words" or nxt.kind != "words" or expr.is_range or nxt.is_range
                or expr.unit is not None or nxt.unit is not None
                or not 0 < expr.low < nxt.low <= ALTERNATIVES_WITHIN * expr.low
                or _OR.fullmatch(text, expr.end, nxt.start) is None):
            return None
        return replace(expr, end=nxt.end, text=text[expr.start:nxt.end], high=nxt.high,
                       is_range=True, between=False)

    return join_neighbours(found, joined)


def _build(m: re.Match[str], text: str, lex: Units) -> NumberExpr | None:
    start, end = m.start("expr"), m.end()
    if _glued(text, start, end):
        return None
    unit = _tail_unit(m, lex)
    is_range = False
    if m.group("fold"):
        value = fold_value(m.group("fold"))
        if value is None:
            return None
        low = high = value
        kind, unit = "ratio", "ratio"
    elif m.group("twice"):
        low = high = number_words().single_multipliers[folded(m.group("twice"))]
        kind, unit = "ratio", "ratio"
    elif m.group("ratio"):
        value = ratio_value(m.group("ratio"))
        if value is None:
            return None
        low = high = value
        kind, unit = "fraction", "fraction"
    elif m.group("frac"):
        value = fraction_value(m.group("frac"))
        if value is None:
            return None
        low = high = value
        kind, unit = "fraction", unit or "fraction"
        if m.group("fscale"):  # "a quarter of a million": that share of the scale, a number
            scaled = fraction_of(m.group("frac"), lex.scale_words[folded(m.group("fscale"))])
            low = high = value if scaled is None else scaled
            kind, unit = "words", _tail_unit(m, lex)
    elif m.group("vague"):
        low = high = vague_value(m.group("vague"))
        kind = "vague"
    else:
        a_text, b_text = m.group("a"), m.group("b")
        a_val, a_cur, a_scale = amount_value(a_text)
        if a_val is None:
            return None
        if m.group("neg"):  # "| -0.7 |": a minus sign written before the digits
            a_val = -a_val
        kind = "digits" if any(c.isdigit() for c in a_text) else "words"
        low = high = a_val
        unit = a_cur or unit
        if b_text is not None:
            b_val, b_cur, b_scale = amount_value(b_text)
            if b_val is None:
                return None
            if (b_text.strip().lower() in lex.scale_words and a_scale is None
                    and text[m.end("a"):m.start("b")] in DASHES):
                # "a $61-million deficit": a scale word joined by a hyphen, no range
                return _scaled_by_hyphen(m, text, a_val * b_val, unit)
            if (a_scale is None and a_cur is None and _YEAR_TO.fullmatch(text, m.start("a"),
                                                                          m.start("b"))
                    and (b_scale is not None or b_cur
                         or (_GROUPED.search(b_text) and _YEAR_CUE.search(
                             text, max(0, start - 16), m.end("a")))
                         or _IN_YEAR.search(text, max(0, start - 8), start)
                         or _DATE_YEAR.search(text, max(0, start - 16), start))):
                # "in 2023 to C$745 million", "the harvest grew in 2024 to 95,000 tonnes",
                # "revised as of 1 August 2030 to 118,517,904": a year, then a figure
                return None
            if a_cur and b_cur and a_cur != b_cur:
                return None  # "at €1 to £0.86": one currency's price in another, no range
            from_to = (m.group("between") or "").strip().lower() == "from" or (
                from_qualified(text, start) is not None)  # "fell from roughly 300 to 240"
            if a_scale is None and b_scale is None and a_val > b_val and not from_to:
                return None  # "a 3-2 vote", "the 1990-91 season": a score or a span, not a range
            if _scaled_then_smaller(m):
                return None  # "paid its ₹2 lakh to 41": an amount, then whom it went to
            if a_scale is None and b_scale is not None and a_val * b_scale <= b_val:
                a_val *= b_scale  # "$50-$300 million": one scale word serves both ends
            low, high = min(a_val, b_val), max(a_val, b_val)
            unit = unit or b_cur
            is_range = True
    if unit != "INR" and _rupee_scaled(m, lex):
        return None  # "3 cr of statistics": a credit, no crore, on no rupee amount
    if m.group("hund") or m.group("ghund"):  # "14.2 pence": 0.142 pounds
        low, high = low / 100, high / 100
    while end > start and text[end - 1].isspace():
        end -= 1
    between = bool(m.group("between")) and is_range and not _dashed_then_to(m, text, end)
    return NumberExpr(
        start=start,
        end=end,
        text=text[start:end],
        low=low,
        high=high,
        unit=unit,
        kind=kind,
        is_range=is_range,
        between=between,
        prefix_start=m.start("between") if between else start,
    )


# "from 180m-240m tonnes to 200m-260m tonnes": "to" and the next number after a range (a few words
# of what it counts or of its rate may come between)
_THEN_TO = re.compile(r"(?:\s+[^\W\d]+){0,3}?\s+to\s+(?:[^\W\d]+\s+)?[^\s\w]{0,3}\d")
THEN_TO_REACH = 48  # characters after a range searched for the "to" of its "from"


def _dashed_then_to(m: re.Match[str], text: str, end: int) -> bool:
    """ "raised its estimate from 180m-240m tonnes to 200m-260m tonnes": a range joined by a dash
    after "from", with "to" and a number after it, is where a change started, a range itself;
    its "from" is not the "from" of "from X to Y" that would make its two ends two figures."""
    conn = (m.group("conn") or "").strip()
    if m.group("btw") or not conn or conn not in DASHES:
        return False
    return _THEN_TO.match(text, end, end + THEN_TO_REACH) is not None


def _scaled_then_smaller(m: re.Match[str]) -> bool:
    """ "the state paid its ₹2 lakh to 41", "$3 million to 12 of them", "payments of $140,000
    to 3,100 families": an amount with a scale word or a currency of its own, then "to" and a
    smaller bare number, is the amount and the number of those it went to, not a range (a
    range's second end carries the scale: "₹2 lakh to 3 lakh"; a range's first end leaves it to
    the second: "2 to 3 lakh"; a range rises). "From" keeps the range the revision rules split
    ("from 1.2 million to 900,000")."""
    if m.group("b") is None or (m.group("between") or "").strip():
        return False
    if not re.fullmatch(r"\s*to\s*", m.group("conn") or ""):
        return False
    a_val, a_cur, a_scale = amount_value(m.group("a"))
    b_val, b_cur, b_scale = amount_value(m.group("b"))
    if a_scale is None and not _COUNTED_AFTER.match(m.string, m.end("b")):
        return False  # "prices ranged $12.50 to 9 a kilo": a range's end, its currency left out
    return (a_val is not None and b_val is not None and (a_scale is not None or a_cur is not None)
            and b_scale is None and b_cur is None and b_val < a_val)


# a plural noun right after a number (an adjective may come between): "to 3,100 families", "to
# 950 poor households", what a bare count after an amount counts (not "is", "was", "this")
_NOT_NOUN = r"(?!(?:as|is|was|has|does|this|its|his|us|less|plus)\b)"
_COUNTED_AFTER = re.compile(rf"\s+(?:{_NOT_NOUN}[a-z]+\s+)?{_NOT_NOUN}[a-z]{{2,}}s\b")


def _scaled_by_hyphen(m: re.Match[str], text: str, value: float,
                      unit: str | None) -> NumberExpr:
    """ "$61-million": one amount whose scale word is joined to its digits by a hyphen."""
    start, end = m.start("expr"), m.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return NumberExpr(start=start, end=end, text=text[start:end], low=value, high=value,
                      unit=unit, kind="digits", is_range=False, between=False,
                      prefix_start=start)


def _glued(text: str, start: int, end: int) -> bool:
    """True for digits that are part of a name, code, date or time rather than a number of their
    own: "TB2", "Il-76", "pre-2016", "8/2/19", "7:25", "Twenty-fourth", "10-year-old"."""
    before = text[start - 1] if start > 0 else ""
    if before.isalnum() or before == "_":
        return True
    if before and before in DASHES and start > 1 and text[start - 2].isalpha():
        return True
    if before in "/:" and start > 1 and text[start - 2].isdigit():
        return True
    after = text[end] if end < len(text) else ""
    if after in "/:." and end + 1 < len(text) and text[end + 1].isdigit():
        return True  # "8/2/19", "7:25", "14.05.2024"
    if before == "." and start > 1 and text[start - 2].isdigit():
        return True
    if after and after in DASHES and end + 1 < len(text) and text[end + 1].isalpha():
        word = re.match(r"[A-Za-z]+", text[end + 1:end + 12])
        if word and word.group(0).lower() in number_words().glued:
            return False
        # "a 120-bed centre" measures something; "a two-room house", "a 9-year-old" do not
        return not (text[start].isdigit() and word and word.group(0).lower() not in
                    units().time_words and not text[end + 1 + word.end():].startswith("-"))
    return after.isalpha() or after == "_"


def _rupee_scaled(m: re.Match[str], lex: Units) -> bool:
    """Whether an end of a number is scaled by a suffix only a rupee amount takes ("760cr")."""
    ends = [part.rstrip() for part in (m.group("a"), m.group("b")) if part is not None]
    return any(end.endswith(w) and end[:-len(w)].rstrip()[-1:].isdigit()
               for end in ends for w in lex.rupee_suffixes)


def _tail_unit(m: re.Match[str], lex: Units) -> str | None:
    if m.group("times"):
        return "ratio"
    if m.group("pct"):
        return "percent"
    if m.group("curw"):
        return lex.currency_words[folded(m.group("curw"))]
    if m.group("scw"):
        return lex.after_scale[folded(m.group("scw"))]
    if m.group("hund"):
        return lex.hundredths[folded(m.group("hund"))]
    if m.group("ghund"):
        return lex.hundredths_glued[m.group("ghund")]
    if m.group("code"):
        return m.group("code").upper()
    if m.group("meas"):
        return lex.measures[folded(m.group("meas"))]
    if m.group("gmeas"):
        return lex.glued_measures[folded(m.group("gmeas"))]
    if m.group("cmeas"):
        return lex.cased_measures[m.group("cmeas")]
    if m.group("gcmeas"):
        return lex.glued_cased_measures[m.group("gcmeas")]
    if m.group("fmeas"):
        return lex.measures[folded(m.group("fmeas"))]
    return None
