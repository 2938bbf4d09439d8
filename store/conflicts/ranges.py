"""What a stated number allows: the range of true values a figure is compatible with.

A round number carries its rounding ("4,600" stands for 4,550-4,650), "about X" widens X by
roughly 10% (a decimal written to three or more significant digits, "about 4.19%", only by a few of
its last digits: a writer who gives hundredths rounds within them), and "up to", "more than",
"at least" are open on one side. Two figures contradict only when these ranges are disjoint;
without the tolerances every pair of round numbers would.
"""

from __future__ import annotations

import math
import re

Interval = tuple[float, float]

ABOUT_WIDTH = 0.10  # "about X" stands for X +/- 10%
ABOUT_STEPS = 5  # "about 4.19" stands for 4.19 +/- five hundredths
PRECISE = 100  # a decimal of at least three significant digits (419 hundredths)
WRITTEN = 0.001  # the finest last digit a written decimal has here (thousandths)
OPEN_BELOW = ("up_to",)
OPEN_ABOVE = ("at_least", "more_than")


def rounding_step(value: float) -> float:
    """The unit of the last significant digit, assuming at least two significant digits: a
    number written "30,000" is read as rounded to the thousand, not to the ten thousand, so that
    "30,000" and "33,000" stay apart. Decimals count as written ("43.3" -> 0.1)."""
    v = abs(value)
    if v == 0 or not math.isfinite(v):
        return 0.0
    nearest = round(v)
    if abs(v - nearest) <= 1e-9 * max(1.0, v):
        digits = str(int(nearest))
        zeros = len(digits) - len(digits.rstrip("0"))
        zeros = min(zeros, max(len(digits) - 2, 0))
        return float(10**zeros)
    for decimals in range(1, 7):
        scaled = v * 10**decimals
        if abs(scaled - round(scaled)) <= 1e-6 * max(1.0, scaled):
            return 10.0**-decimals
    return 1e-6


def _rounded(value: float, written: float | None = None) -> Interval:
    step = rounding_step(value)
    half = (written if written is not None and 0 < written < step else step) / 2
    return value - half, value + half


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def written_step(text: str, value: float) -> float | None:
    """The unit of the last digit a decimal was written with, where its value alone loses it:
    "4.0" is given to the tenth (3.95-4.05, apart from 4.4), "0.80 percent" to the hundredth,
    "2.50 billion" to ten million; the trailing zero is a digit the writer gave. None for a
    figure of one number written without a point, or of more than one number."""
    numbers = _NUMBER.findall(text)
    if len(numbers) != 1 or "." not in numbers[0]:
        return None
    written = float(numbers[0].replace(",", ""))
    if written == 0 or value == 0:
        return None
    return 10.0 ** -len(numbers[0].partition(".")[2]) * abs(value / written)


def _about(value: float) -> float:
    """How far "about" reaches from a value: a tenth of it, or, for a decimal written to three or
    more significant digits ("about 4.19%", "about 18.25"), ``ABOUT_STEPS`` of its last digit: a
    writer who gives hundredths does not mean give or take 0.4 (whole numbers keep the tenth:
    "about 1,150" is as loose as "about 1,200")."""
    width = abs(value) * ABOUT_WIDTH
    step = rounding_step(value)
    # (a fraction's value, two-thirds as 0.666..., is no decimal anyone wrote)
    if WRITTEN <= step < 1 and abs(value) >= PRECISE * step:
        return min(width, ABOUT_STEPS * step)
    return width


def claim_interval(low: float, high: float, approx: str,
                   written: float | None = None) -> Interval:
    """Every value the figure is compatible with (open sides are infinite); ``written``: the
    last digit of a decimal as written (``written_step``), when finer than its value shows."""
    lo, _ = _rounded(low, written)
    _, hi = _rounded(high, written)
    if approx == "about":
        lo = min(lo, low - _about(low))
        hi = max(hi, high + _about(high))
    if approx in OPEN_BELOW:
        lo = -math.inf
    if approx in OPEN_ABOVE:
        hi = math.inf
    return lo, hi


def core_interval(low: float, high: float, approx: str,
                  written: float | None = None) -> Interval:
    """The value as stated, without the open side: "more than 600" is near 600. Used to tell
    whether a quantity moved between periods, where an open range would overlap everything."""
    closed = "exact" if approx in OPEN_BELOW + OPEN_ABOVE else approx
    return claim_interval(low, high, closed, written)


def overlap(a: Interval, b: Interval) -> bool:
    """Whether two intervals share more than an edge: "27 seats" (26.5-27.5) and "28 to 29
    seats" (27.5-29.5) only touch, and two counts a seat apart are two claims. A point (an exact
    zero) overlaps what holds it. A hair of slack absorbs float conversion."""
    ends = [abs(x) for x in (*a, *b) if math.isfinite(x)]
    eps = 1e-9 * max(ends, default=1.0) + 1e-12
    if min(a[1], b[1]) - max(a[0], b[0]) > eps:
        return True
    return any(p[0] == p[1] and q[0] - eps <= p[0] <= q[1] + eps for p, q in ((a, b), (b, a)))


def gap(a: Interval, b: Interval) -> float:
    """How far apart two disjoint intervals are, relative to their size (0 when they overlap)."""
    if overlap(a, b):
        return 0.0
    lower, upper = (a, b) if a[1] < b[0] else (b, a)
    return (upper[0] - lower[1]) / max(abs(upper[0]), abs(lower[1]), 1e-12)


def scale(interval: Interval, factor: float) -> Interval:
    return interval[0] * factor, interval[1] * factor


def widen(interval: Interval, fraction: float) -> Interval:
    """An interval stretched by ``fraction`` of itself on each side (a conversion's rate drift)."""
    return interval[0] * (1 - fraction), interval[1] * (1 + fraction)


BOUND_REACH = 2.0  # how far from its stated value a bound's open side holds a value it restates


def near_bound(claim: Interval, core: Interval) -> Interval:
    """Every value a figure allows (``claim``), its open side reaching only as far as a bound
    restates its stated value (``core``): "up to 60 km/h" holds 45 (a rounding of the top),
    not 25, less than half of it, which shows the quantity moved. A range that reaches zero
    or below is left as it is."""
    low, high = core
    if low <= 0:
        return claim
    return (max(claim[0], low / BOUND_REACH), min(claim[1], high * BOUND_REACH))

