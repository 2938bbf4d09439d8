"""Folding names for comparison: one table of letters, apostrophes and dashes for the whole store.

Pure string functions with no data files and no NLP, so extraction, actor resolution, conflict
grouping and the read path all compare names the same way:

* ``fold``: lowercase, accents off, one kind of apostrophe and dash, single spaces.
* ``name_key``: the folded name without full stops, hyphens, possessives or "the": "The U.S.
  Treasury Department's" and "US Treasury Department" share one key.

Looser likeness (transliteration skeletons, initials) is actor resolution's own business:
``store.actors.spelling``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = str.maketrans({
    "ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae",
    "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d",
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "ʻ": "'", "′": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
})
_ASCII_KEYS = tuple(chr(code) for code in _SPECIAL if code < 128)  # "`": a plain text's only
_POSSESSIVE = re.compile(r"'s?$")
_PUNCT = re.compile(r"[^\w\s']|_")
_DOTTED = re.compile(r"(?<=\w)\.(?=\w|\s|$)")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lowercase, accents off, one kind of apostrophe and dash, single spaces."""
    return " ".join(without_accents(text.translate(_SPECIAL)).lower().split())


def without_accents(text: str) -> str:
    """The text with its letters' accents taken off ("Valparaíso": "Valparaiso"), nothing else
    changed."""
    if text.isascii():  # no accent to take off: most names, asked of every capitalised word
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def plain_letters(text: str) -> str:
    """The text with its letters' accents off and its special letters written plain ("Łódź":
    "Lodz"), one kind of apostrophe and dash, case and spacing kept: how English copy may
    write a name its own language spells otherwise."""
    if text.isascii() and not any(key in text for key in _ASCII_KEYS):
        return text  # nothing the table or the accents would change: most names
    return without_accents(text.translate(_SPECIAL))


def name_tokens(surface: str) -> list[str]:
    """The words of a name as compared: folded, no full stops, hyphens or "the"."""
    text = fold(surface).replace("&", " and ")
    text = _DOTTED.sub("", text)
    words = []
    for word in _PUNCT.sub(" ", text).split():
        word = _POSSESSIVE.sub("", word) if word.endswith(("'s", "'")) else word
        word = word.replace("'", "")
        if word and word != "the":
            words.append(word)
    return words


@lru_cache(maxsize=1 << 16)
def name_key(surface: str) -> str:
    return " ".join(name_tokens(surface))


# "DoDMA", "MoH", "DfID": an acronym that keeps the "o" of "of" or the "f" of "for" in lower case
# (British and Commonwealth government style), one such letter between two capitals.
_MIXED_ACRONYM = re.compile(r"[A-Z](?:[of]?[A-Z])+")


def is_acronym(surface: str) -> bool:
    """"SDF", "U.N.", "AFRICOM", "DoDMA": two to seven capitals, full stops allowed, and the
    lower-case "o" of "of" or "f" of "for" between two of them."""
    bare = surface.replace(".", "")
    if not 2 <= len(bare) <= 7 or not bare.isalpha():
        return False
    return bare.isupper() or _MIXED_ACRONYM.fullmatch(bare) is not None


# "(SENAPRED)", "(FACh)", "(AT&T)": a short form an article defines in brackets after a body's
# name may be longer than an acronym, end in a lower-case letter (Spanish style: the "Ch" of
# "Chile") or hold an ampersand; two capitals open it
_SHORT_FORM = re.compile(r"[A-Z][A-Z&]{0,7}[A-Z][a-z]{0,3}")
# "SES-MG", "CAO-Crim", "Procon-MG": Brazilian and Spanish bodies join their initials, or a
# short word of their name, and their state's code or a word of their remit by a hyphen; each
# part capitalised, one of them an acronym
_HYPHENED_PART = re.compile(r"[A-Z][A-Za-z]{0,6}")


def is_short_form(surface: str) -> bool:
    """An acronym, or a short form as written in brackets after a body's name ("SENAPRED",
    "FACh", "AAD&A", "DEPDev", "SES-MG", "CAO-Crim"): two to twelve characters, capitals (an
    ampersand among them), at most three lower-case letters at the end ("Dev" of
    "Development"); or two or three such parts joined by hyphens, one of them an acronym."""
    if is_acronym(surface) or _SHORT_FORM.fullmatch(surface) is not None:
        return True
    parts = surface.split("-")
    return 2 <= len(parts) <= 3 and len(surface) <= 14 \
        and all(_HYPHENED_PART.fullmatch(p) for p in parts) and any(map(is_acronym, parts))


_INITIALLED = re.compile(r"[\w.'’]+")
# lowercase words an acronym may spell: "and" (TIDO), "of" and "for" (DOJ, BOK), each kind
# counted alone or together
_COUNTED_JOINERS = {"and": "and", "of": "of", "for": "of"}
_JOINER_SETS = (frozenset(), frozenset({"and"}), frozenset({"of"}), frozenset({"and", "of"}))


def initials(surface: str) -> set[str]:
    """The acronyms a long name can stand for: initials of its capitalised words (an acronym
    inside counts whole: "U.K. Bureau for Overseas Trade" -> UKBOT), also without
    a leading acronym or country word ("UN Office for the Protection of Coastal
    Fisheries" -> OPCF), with "and" counted, and with "of" and "for" counted as capitals
    ("Department of Justice" -> DOJ, "Bank of Korea" -> BOK: the American and East Asian
    government style, where the mixed "DoJ" is the British)."""
    words = [w.strip("'’") for w in _INITIALLED.findall(surface.replace("-", " "))]
    words = [w.rstrip(".") if not is_acronym(w) else w for w in words if w.strip(".")]
    parts: list[tuple[str, str]] = []  # (letters, the lowercase joining word it is, or "")
    for word in words:
        if is_acronym(word) and len(word.replace(".", "")) > 1:
            parts.append((word.replace(".", "").upper(), ""))
        elif word[:1].isupper():
            parts.append((word[0].upper(), ""))
        elif word.lower() in _COUNTED_JOINERS:
            parts.append((word[0].upper(), _COUNTED_JOINERS[word.lower()]))
    if len(parts) < 2:
        return set()
    variants: set[str] = set()
    lead_acronym = is_acronym(words[0]) if words else False
    for seq in (parts, parts[1:]) if lead_acronym else (parts,):
        if len(seq) < 2:
            continue
        for counted in _JOINER_SETS:
            variants.add("".join(p for p, joiner in seq if not joiner or joiner in counted))
    return {v for v in variants if len(v) >= 2}
