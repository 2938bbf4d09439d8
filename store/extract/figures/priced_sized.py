"""The one a rate is given per when copy names it by its size after "per": "$5,640 per 40-foot
container" (and "up from $4,870" after it), "a $600 surcharge per 40ft box". Freight is quoted
per box of a standard length, and the trade's unit for that box (FEU, TEU: ``[sized_units]`` of
``store/data/units.toml``) is what the amount is per, not "container". The cost of moving one
box named before the amount ("the cost of moving a 40-foot container rose to $3,400") stays the
cost per container: no "per" says the quoted unit."""

from __future__ import annotations

import re

from store.knowledge.units import units

# a length in feet written before a noun ("40-foot", "40ft", "forty-foot", "40 ft")
SIZE = r"(?:\d{1,3}|forty|twenty)[\s-]?(?:foot|feet|ft)\.?-?"
_LENGTH_WORDS = {"forty": "40", "twenty": "20"}
BEFORE = 160  # characters before a figure its sized noun may stand at ("for a 40-foot box ...")
AFTER = 40  # characters after it ("per 40-foot container")


def sized_one(one: str, text: str, start: int, end: int) -> str:
    """The unit the one a figure's rate is per stands for when the sentence names it by its
    length: the nearest mention after the figure, else the last "per" one before it, within a
    bounded window and never past a sentence's end; ``one`` as it is otherwise."""
    lex = units()
    if not lex.sized_units or not any(key.endswith(f" {one}") for key in lex.sized_units):
        return one
    sized = re.compile(rf"\b({SIZE})\s*{re.escape(one)}\b", re.I)
    after = text[end:end + AFTER].split("\n", 1)[0]
    found = sized.search(re.split(r"(?<=[.!?])\s", after, maxsplit=1)[0])
    if found is None:  # "$5,640 per 40-foot container, up from $4,870": the rate said before
        before = text[max(0, start - BEFORE):start]
        before = re.split(r"[.!?]\s|\n", before)[-1]
        per = re.compile(rf"\bper\s+({SIZE})\s*{re.escape(one)}\b", re.I)
        found = next(reversed(list(per.finditer(before))), None)
    if found is None:
        return one
    length = re.match(r"\d+|[a-z]+", found.group(1).lower())
    number = _LENGTH_WORDS.get(length.group(0), length.group(0)) if length else ""
    return lex.sized_units.get(f"{number} {one}", one)
