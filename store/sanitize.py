"""Make untrusted text safe to put on a terminal without changing its length.

Article text, file names and store contents come from strangers. Escape sequences
in them could recolour the screen, move the cursor or (OSC 52) write to the
clipboard; bidirectional overrides and zero-width characters can make a quote read
differently from what is stored. Every such code point is swapped for exactly one
visible character, so character offsets computed on the raw text stay valid on the
displayed text.

Stand-ins:

* C0 controls except "\\n" and "\\t": the matching control picture (ESC -> "␛").
* DEL: "␡".
* C1 controls U+0080-U+009F: "�" (U+FFFD). There are no pictures for them, and
  they are almost always mis-decoded text, which is what U+FFFD means.
* Bidirectional marks, embeddings, overrides and isolates: "⇄".
* Line and paragraph separators U+2028/U+2029: "↵" (some renderers break lines there).
* Zero-width and other invisible format characters, including the tag block
  U+E0000-U+E007F (used to smuggle hidden text): "·".
* Lone surrogates (only reachable through lossy decoding): "�"; terminals
  cannot encode them at all.
"""

__all__ = ["json_safe", "one_line", "visible"]

CONTROL_PICTURE_BASE = 0x2400
DEL_PICTURE = "␡"
C1_STAND_IN = "\ufffd"
BIDI_STAND_IN = "⇄"
SEPARATOR_STAND_IN = "↵"
INVISIBLE_STAND_IN = "·"

_BIDI = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_SEPARATORS = [0x2028, 0x2029]
_INVISIBLE = [
    0x180E,  # Mongolian vowel separator
    *range(0x200B, 0x200E),  # zero width space, non-joiner, joiner
    *range(0x2060, 0x2065),  # word joiner, invisible math operators
    *range(0x206A, 0x2070),  # deprecated shaping controls
    0xFEFF,  # zero width no-break space (BOM)
    *range(0xFFF9, 0xFFFC),  # interlinear annotation
    *range(0xE0000, 0xE0080),  # tag characters
]


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x20):
        if chr(code) not in "\n\t":
            table[code] = chr(CONTROL_PICTURE_BASE + code)
    table[0x7F] = DEL_PICTURE
    table.update(dict.fromkeys(range(0x80, 0xA0), C1_STAND_IN))
    table.update(dict.fromkeys(_BIDI, BIDI_STAND_IN))
    table.update(dict.fromkeys(_SEPARATORS, SEPARATOR_STAND_IN))
    table.update(dict.fromkeys(_INVISIBLE, INVISIBLE_STAND_IN))
    table.update(dict.fromkeys(range(0xD800, 0xE000), C1_STAND_IN))
    return table


_TABLE = _build_table()

#: Every code point visible() replaces.
UNSAFE: frozenset[int] = frozenset(_TABLE)


def visible(s: str) -> str:
    """Return s with every terminal-driving or hiding code point made visible.

    The result has the same length as s, so offsets into s apply to it too.
    """
    return s.translate(_TABLE)


_ONE_LINE = str.maketrans({"\n": " ", "\t": " "})


def one_line(s: str, limit: int = 200) -> str:
    """Return s as a single safe line of at most limit characters, for messages and cells."""
    flat = visible(s).translate(_ONE_LINE)
    if len(flat) <= limit:
        return flat
    if limit <= 0:
        return ""
    return flat[: limit - 1] + "…"


def _json_escape(code: int) -> str:
    """The JSON escape of one code point (a surrogate pair above the BMP)."""
    if code > 0xFFFF:
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


# Only code points inside JSON strings can be unsafe (the syntax around them is ASCII), and there
# they are written as escapes: the document keeps its data exactly, the terminal sees ASCII.
_JSON_TABLE = {code: _json_escape(code) for code in UNSAFE if code >= 0x20}


def json_safe(document: bytes) -> bytes:
    """A UTF-8 JSON document with every code point ``visible`` would replace written as a
    ``\\uXXXX`` escape, so ``--json`` and ``export`` can go to a terminal: bidi controls, C1
    controls, DEL and zero-width characters no longer pass through raw (JSON encoders escape only
    C0 controls), and a parser reads the same strings back."""
    text = document.decode("utf-8")
    if text.isascii():
        return document
    return text.translate(_JSON_TABLE).encode("utf-8")
