"""Scoring extraction against a gold file (the annotation guide's rules applied by hand).

A predicted figure matches a gold figure when it is in the same article and their spans overlap.
Gold figures marked ``optional`` count neither way: a prediction overlapping one is ignored.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

# Notation variants of one unit (the same meaning written two ways), not different units.
UNIT_NOTATION = {"sq km": "km2", "km²": "km2", "m3/s": "cubic metres per second",
                 "m³/s": "cubic metres per second"}
STOP = {"the", "a", "an", "of", "in", "on", "by", "to", "for", "and", "or", "at", "from", "with",
        "its", "their", "who", "that", "which", "still", "as", "is", "are", "was", "were", "per"}


# A measure's symbol or singular and its plural name, the same unit: the hand readings write
# "ha", "t", "mi2" or "per hectare" where the extractor writes the units file's codes
# ("hectares", "tonnes", "square miles"). Compared one part of a rate at a time, so "hl per ha"
# meets "hl per hectare" and "mph" meets "miles per hour".
MEASURE_NOTATION = {
    "ha": "hectares", "hectare": "hectares", "t": "tonnes", "tonne": "tonnes",
    "m": "metres", "metre": "metres", "ft": "feet", "foot": "feet", "mi": "miles",
    "mile": "miles", "mi2": "square miles", "square mile": "square miles", "sq ft": "ft2",
    "lb": "pounds", "pound": "pounds", "mph": "miles per hour",
}


# "passengers a day" is "passengers per day" written as speech writes it
_SPOKEN_RATE = re.compile(r" (?:a|an|each|every) (?=\w+$)")


def _unit(unit: str | None) -> str:
    unit = (unit or "").strip()
    unit = UNIT_NOTATION.get(unit, unit)
    unit = _SPOKEN_RATE.sub(" per ", unit)
    return " per ".join(MEASURE_NOTATION.get(part) or _measure_name(part)
                        for part in unit.split(" per "))


def _measure_name(part: str) -> str:
    """The name the units file gives a measure's symbol or spelling ("m3" and "cubic meters"
    are "cubic metres", "square kilometres" is "km2"): one unit in any notation the file
    knows. A currency code (three capitals) is left as written."""
    from store.knowledge.units import units  # the units file, read once a unit is asked of

    if not part or re.fullmatch(r"[A-Z]{3}", part):
        return part
    return units().measures.get(part.lower(), part)


def _stem(word: str) -> str:
    """One form for a noun's singular and plural and a verb's inflections: "prices", "price"
    and "priced" meet, as do "losses" and "loss", "buses" and "bus", "injuries", "injury" and
    "injured"."""
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3]
    elif len(word) > 4 and re.search(r"(?:ss|x|z|ch|sh)es$", word):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    else:
        for suffix in ("ed", "ing"):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                word = word[: -len(suffix)]
                break
    return word[:-1] if len(word) > 3 and word.endswith(("e", "y")) else word


def content_words(text: str | None) -> set[str]:
    return {_stem(w) for w in re.findall(r"[a-z]+", (text or "").lower()) if w not in STOP}


def counted_agrees(predicted: str | None, gold: str | None, gold_unit: str | None = None
                   ) -> bool:
    """The predicted counted phrase names the gold's thing: its head noun (last word) is one of
    the gold phrase's content words, or the noun the gold's unit of a count names (the guide's
    `unit`: "for counts, the counted noun's plural"; "ships per day" names ships)."""
    pred = [_stem(w) for w in re.findall(r"[a-z]+", (predicted or "").lower()) if w not in STOP]
    gold_words = content_words(gold)
    return bool(pred) and (pred[-1] in gold_words or pred[-1] == _count_noun(gold_unit))


# units that name no counted noun: a bare count, a share, a ratio (currencies are upper case,
# measures are the units file's)
_NO_NOUN = frozenset({"count", "percent", "fraction", "ratio"})


def _count_noun(unit: str | None) -> str | None:
    """The stem of the noun a gold unit of a count names ("transits per day": transit), or None
    for a unit that names none (a currency code, a measure, a share)."""
    from store.knowledge.units import units  # the units file, read once a unit is asked of

    base = _unit(unit).partition(" per ")[0].strip()
    lex = units()
    if (not re.fullmatch(r"[a-z]+", base) or base in _NO_NOUN or base in lex.measures
            or base in set(lex.measures.values()) or base in lex.currency_words
            or base in lex.percent_words):
        return None
    return _stem(base)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-3 * max(1.0, abs(b))


@dataclass
class FigureScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    value_ok: int = 0
    approx_ok: int = 0
    counted_ok: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def rate(self, hits: int) -> float:
        return hits / self.tp if self.tp else 1.0

    def row(self, name: str) -> str:
        return (f"{name:<12} {self.tp:>4} {self.fp:>4} {self.fn:>4} {self.precision:>6.3f} "
                f"{self.recall:>6.3f} {self.rate(self.value_ok):>9.3f} "
                f"{self.rate(self.approx_ok):>7.3f} {self.rate(self.counted_ok):>8.3f}")


HEADER = (f"{'set':<12} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'recall':>6} "
          f"{'low/hi/unit':>9} {'approx':>7} {'counted':>8}")


def score_figures(predicted: list[dict], gold: list[dict]) -> FigureScore:
    """``predicted`` rows need article (file name), start, end, low, high, unit, approx, counted."""
    score = FigureScore()
    used: set[int] = set()
    by_article: dict[str, list[tuple[int, dict]]] = {}
    for i, g in enumerate(gold):
        by_article.setdefault(g["article"], []).append((i, g))
    for p in predicted:
        hits = [(i, g) for i, g in by_article.get(p["article"], ())
                if g["char_offset"] < p["end"] and p["start"] < g["char_offset"] + len(g["text"])]
        if not hits:
            score.fp += 1
            score.errors.append(f"extra  {p['article']} {p['start']} {p['text']!r}")
            continue
        i, g = hits[0]
        used.add(i)
        if g.get("optional"):
            continue
        score.tp += 1
        if _close(p["low"], g["low"]) and _close(p["high"], g["high"]) and (
            _unit(p["unit"]) == _unit(g["unit"])
        ):
            score.value_ok += 1
        else:
            score.errors.append(f"value  {g['article']} {g['text']!r}: {p['low']}-{p['high']} "
                                f"{p['unit']} vs {g['low']}-{g['high']} {g['unit']}")
        if p["approx"] == g["approx"]:
            score.approx_ok += 1
        else:
            score.errors.append(f"approx {g['article']} {g['text']!r}: {p['approx']} vs "
                                f"{g['approx']}")
        if counted_agrees(p.get("counted"), g.get("counted"), g.get("unit")):
            score.counted_ok += 1
        else:
            score.errors.append(f"counted {g['article']} {g['text']!r}: {p.get('counted')!r} vs "
                                f"{g['counted']!r}")
    for i, g in enumerate(gold):
        if i not in used and not g.get("optional"):
            score.fn += 1
            score.errors.append(f"missed {g['article']} {g['char_offset']} {g['text']!r}")
    return score


def b_cubed(pairs: list[tuple[object, object]]) -> tuple[float, float, float]:
    """Precision, recall and F1 over items given as (gold cluster, system cluster)."""
    if not pairs:
        return 0.0, 0.0, 0.0
    both = Counter(pairs)
    gold = Counter(g for g, _ in pairs)
    system = Counter(s for _, s in pairs)
    p = sum(both[(g, s)] / system[s] for g, s in pairs) / len(pairs)
    r = sum(both[(g, s)] / gold[g] for g, s in pairs) / len(pairs)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
