"""Terminal safety of displayed text: nothing can drive the terminal, offsets survive."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.sanitize import UNSAFE, one_line, visible

# Written out independently of the module, so a shrunken table is caught.
FORBIDDEN_RANGES = [
    (0x00, 0x08),
    (0x0B, 0x1F),
    (0x7F, 0x9F),
    (0x061C, 0x061C),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2060),
    (0x2066, 0x2069),
    (0xFEFF, 0xFEFF),
]


def forbidden(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in FORBIDDEN_RANGES)


def assert_safe(raw: str, shown: str) -> None:
    assert len(shown) == len(raw)
    assert not [ch for ch in shown if forbidden(ch)]
    assert not [ch for ch in shown if ord(ch) in UNSAFE]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain text", "plain text"),
        ("keep\nlines\tand tabs", "keep\nlines\tand tabs"),
        ("\x1b[31mred\x1b[0m", "␛[31mred␛[0m"),
        ("\x1b[2J\x1b[H", "␛[2J␛[H"),
        ("\x1b]52;c;aGVsbG8=\x07", "␛]52;c;aGVsbG8=␇"),
        ("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "␛]8;;http://x␛\\link␛]8;;␛\\"),
        ("bell\x07", "bell␇"),
        ("cr\roverwrite", "cr␍overwrite"),
        ("back\x08space", "back␈space"),
        ("nul\x00", "nul␀"),
        ("del\x7f", "del␡"),
        ("csi\x9b31m", "csi\ufffd31m"),
        ("\x85next line", "\ufffdnext line"),
        ("abc\u202edcba", "abc⇄dcba"),
        ("\u2066isolate\u2069", "⇄isolate⇄"),
        ("\u200emark\u200f\u061c", "⇄mark⇄⇄"),
        ("zero\u200bwidth\u200c\u200d\u2060\ufeff", "zero·width····"),
        ("line\u2028para\u2029", "line↵para↵"),
        ("tag\U000e0041\U000e0042", "tag··"),
        ("caf\u00e9 \u65e5\u672c \U0001f642", "caf\u00e9 \u65e5\u672c \U0001f642"),
    ],
)
def test_visible(raw: str, expected: str) -> None:
    shown = visible(raw)
    assert shown == expected
    assert_safe(raw, shown)


def test_every_c0_control_has_its_picture() -> None:
    for code in range(0x20):
        if code in (0x09, 0x0A):
            continue
        assert visible(chr(code)) == chr(0x2400 + code)


def test_every_c1_control_is_replaced() -> None:
    raw = "".join(chr(code) for code in range(0x80, 0xA0))
    assert_safe(raw, visible(raw))


def test_lone_surrogate_is_replaced() -> None:
    assert visible("a\ud800b") == "a\ufffdb"


def test_large_text_keeps_length() -> None:
    raw = ("news \x1b[1m text \u202e " * 5000) + "end"
    shown = visible(raw)
    assert_safe(raw, shown)


@given(st.text(alphabet=st.characters(exclude_categories=())))
def test_visible_keeps_length_and_removes_everything_unsafe(raw: str) -> None:
    assert_safe(raw, visible(raw))


@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x220F)))
def test_visible_dense_in_controls(raw: str) -> None:
    assert_safe(raw, visible(raw))


@pytest.mark.parametrize(
    ("raw", "limit", "expected"),
    [
        ("short", 200, "short"),
        ("two\nlines\tand tab", 200, "two lines and tab"),
        ("\x1b[31m", 200, "␛[31m"),
        ("abcdef", 6, "abcdef"),
        ("abcdefg", 6, "abcde…"),
        ("a", 1, "a"),
        ("abcd", 1, "…"),
        ("abc", 0, ""),
    ],
)
def test_one_line(raw: str, limit: int, expected: str) -> None:
    assert one_line(raw, limit) == expected


@given(st.text(), st.integers(min_value=0, max_value=300))
def test_one_line_is_one_safe_line_within_limit(raw: str, limit: int) -> None:
    line = one_line(raw, limit)
    assert len(line) <= limit
    assert "\n" not in line and "\t" not in line
    assert not [ch for ch in line if ord(ch) in UNSAFE]
