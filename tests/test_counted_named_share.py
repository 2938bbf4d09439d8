"""A share whose counted phrase is only a name is that name's share ("with Norvik Capital
holding 27%": Norvik Capital's share), written with the word "share" after the name; a change
said of a name is no share of it (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, expected counted phrase (None: anything but a share)
OWNED = [
    ("The founder holds 18% of the bank, with Norvik Capital holding 27%.", "27%",
     "Norvik Capital share"),
    ("The hospital trust owns 60% of the laundry, and Kestrel Services 40%.", "40%",
     "Kestrel Services share"),
    ("In the runoff, Anna Lindqvist won 44% and Peter Sandberg 39%.", "39%",
     "Peter Sandberg share"),
    # a change said of a name, or a share of a thing: not a name's share
    ("Corvane Pharma rose 12% on Monday after the recall ended.", "12%", None),
    ("Quarry Bay accounts for 9% of the city's homes.", "9%", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), OWNED)
def test_a_share_named_only_by_a_name_is_its_share(extract, sentence: str, text: str,
                                                   counted: str | None) -> None:
    found = {f.text: f.counted for f in extract(sentence)}[text]
    if counted is None:
        assert not (found or "").endswith("share")
    else:
        assert found == counted
