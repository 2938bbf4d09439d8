"""A figure that counts an abbreviation the article spells out counts the words it stands for;
letters no lower-case words spell out before them, or a name's letters, stay as written (spaCy:
slow). Each row is a text of its own invention."""

from __future__ import annotations

import pytest

# text, figure, counted phrase
SPELLED_OUT = [
    ("The agency counted 21,300 small and medium enterprises (SMEs) in the province. It said "
     "4,100 SMEs had closed since March.", "4,100", "closed small and medium enterprises"),
    ("Dairies blamed the price of the raw dairy materials (RDMs). The co-operative buys nearly "
     "60% of its RDMs abroad.", "60%", "raw dairy materials"),
    ("Dairies blamed the price of the raw dairy materials (RDMs). The co-operative landed 36 "
     "tonnes of RDMs in May.", "36 tonnes", "raw dairy materials"),
    # joining words inside a definition stand for no letter
    ("The prison holds people deprived of liberty (PDLs). A census found 230 PDLs in the east "
     "wing.", "230", "people deprived of liberty"),
    # letters never spelled out, or spelled out by a name, are left as they are
    ("The charity counted 300 IDPs in the camp.", "300", "IDPs"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted"), SPELLED_OUT)
def test_an_abbreviation_spelled_out_names_what_is_counted(extract, text: str, figure: str,
                                                           counted: str) -> None:
    assert {f.text: f for f in extract(text)}[figure].counted == counted
