"""A figure corrected by hand: its value, counted noun, place, period or origin.

A correction is applied to the figure's row before the groups are rebuilt, so the grouping and
the verdicts see the corrected figure exactly as if the grammar had read it so; what the grammar
read is kept in the row's ``read_as`` and put back before the judgements are applied again.
"""

from __future__ import annotations

import re
from typing import Any

from store.conflicts.quantities import singular
from store.conflicts.rates import convertible
from store.errors import ClaimscopeError
from store.knowledge.units import units
from store.model import APPROX_WORDS, CURRENCY_SIGNS

FIELDS = ("value", "counted", "where", "period", "origin")
REVIEWED = "reviewed"  # ``where_basis`` of places set by hand: they count, named or not
_NUMBER = r"[0-9][0-9,]*(?:\.[0-9]+)?"
_VALUE = re.compile(rf"^(?P<sign>[^\s0-9]*)\s*(?P<low>{_NUMBER})\s*(?P<scale1>[a-z]+)?"
                    rf"(?:\s*(?:-|–|to|and)\s*[^\s0-9]*\s*(?P<high>{_NUMBER})\s*"
                    rf"(?P<scale2>[a-z]+)?)?\s*$")
_PERIOD = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
EVENT = "event"


def parse_value(text: str) -> tuple[float, float, str, str | None]:
    """``"about 30,000"``, ``"9,000-12,000"``, ``"between 9,000 and 12,000"``, ``"$1.5
    billion"`` -> (low, high, approx, currency code or None). Raises ``ClaimscopeError``."""
    words = " ".join(text.lower().split())
    approx = "exact"
    if words.startswith("between "):
        words, approx = words[8:], "range"
    for name, prefix in APPROX_WORDS.items():
        if prefix and words.startswith(prefix):
            words, approx = words[len(prefix):], name
            break
    found = _VALUE.match(words)
    if not found:
        raise ClaimscopeError(f"{text!r} is not a value (write it as 30,000, about 30,000, "
                              "14,000-18,000 or $1.5 billion)")
    scales = units().scale_words | units().scale_suffixes
    scale2 = found["scale2"] or found["scale1"]
    scale1 = found["scale1"] or found["scale2"]
    for word in (scale1, scale2):
        if word and word not in scales:
            raise ClaimscopeError(f"{word!r} is not a scale word (thousand, million, billion)")
    low = float(found["low"].replace(",", "")) * (scales[scale1] if scale1 else 1.0)
    high = low
    if found["high"]:
        high = float(found["high"].replace(",", "")) * (scales[scale2] if scale2 else 1.0)
        approx = "range" if approx == "exact" else approx
    signs = {sign: code for code, sign in CURRENCY_SIGNS.items()}
    currency = signs.get(found["sign"]) if found["sign"] else None
    if found["sign"] and currency is None:
        raise ClaimscopeError(f"{found['sign']!r} is not a currency sign ($, £, €, ¥, ₹)")
    return min(low, high), max(low, high), approx, currency


def check_fields(fields: dict[str, str]) -> dict[str, Any]:
    """Validate a correction typed by a user; returns it in the stored form."""
    unknown = sorted(set(fields) - set(FIELDS))
    if unknown:
        raise ClaimscopeError(f"cannot correct {', '.join(unknown)} (only: {', '.join(FIELDS)})")
    stored: dict[str, Any] = {}
    for name, raw in fields.items():
        text = " ".join(str(raw).split())
        if not text:
            raise ClaimscopeError(f"the corrected {name} is empty")
        if name == "value":
            low, high, approx, currency = parse_value(text)
            stored[name] = {"low": low, "high": high, "approx": approx, "unit": currency}
        elif name == "where":
            stored[name] = [p.strip() for p in re.split(r",| and ", text) if p.strip()]
        elif name == "period":
            if text != EVENT and not _PERIOD.match(text):
                raise ClaimscopeError(f"{text!r} is not a period (YYYY, YYYY-MM, YYYY-MM-DD or "
                                      "'event')")
            stored[name] = text
        else:
            stored[name] = text
    return stored


def _count_unit(head: str) -> str:
    """The unit of a count of ``head``: its class in ``units.toml``, else its plural."""
    classes = units().count_classes
    return classes.get(head) or classes.get(singular(head)) or (
        head if head.endswith("s") else head + "s")


def changes(row: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    """The row fields a stored correction sets."""
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "value":
            out.update(low=value["low"], high=value["high"], approx=value["approx"])
            if value.get("unit"):
                out["unit"] = value["unit"]
        elif name == "counted":
            words = re.findall(r"[\w'-]+", value.lower())
            head = singular(words[-1]) if words else None
            out.update(counted=value, counted_head=head)
            unit = str(row.get("unit") or "count")
            money = re.match(r"^[A-Z]{3}$", unit) and convertible(unit)
            measured = money or unit in ("percent", "fraction") or unit in units().measure_codes
            if head and not measured and " per " not in unit:
                out["unit"] = _count_unit(head)
        elif name == "where":
            out.update(where=list(value), where_basis=REVIEWED)
        elif name == "period":
            if value == EVENT:
                out.update(period=None, period_basis="event")
            else:
                out.update(when=value, when_basis="sentence", period=value,
                           period_basis="stated")
        elif name == "origin":
            out.update(origin=value, origin_basis="named", origin_kind=None)
    return out


def correct(row: dict[str, Any], fields: dict[str, Any]) -> None:
    """Apply a correction to a row in place, keeping what the grammar read in ``read_as``."""
    new = changes(row, fields)
    kept = row.setdefault("read_as", {})
    for key, value in new.items():
        kept.setdefault(key, row.get(key))
        row[key] = value


def restore(row: dict[str, Any]) -> bool:
    """Put back what the grammar read and drop every judgement's trace; whether it had any."""
    had = False
    for key in ("read_as", "judged", "moved_to"):
        if key in row:
            had = True
    for key, value in (row.pop("read_as", None) or {}).items():
        row[key] = value
    row.pop("judged", None)
    row.pop("moved_to", None)
    return had
