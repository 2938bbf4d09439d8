"""A verb of staying in or at a place of lodging is a guest's stay, no fate of the counted
noun; staying in a place that is no lodging still is; a share of how full lodging is is its
occupancy (spaCy: slow). Each row is a sentence of
its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
STAYS = [
    ("Some 3.1 million passengers stayed in guesthouses last year, the board said.",
     "3.1 million", "passengers"),
    ("About 18,000 delegates stayed at hotels near the conference centre in May.",
     "18,000", "delegates"),
    ("Nearly 2,400 pilgrims stayed in hostels along the route, the diocese said.",
     "2,400", "pilgrims"),
]

# sentence, figure, counted phrase: a place that is no lodging keeps the fate
NOT_LODGING = [
    ("Forty trawlers stayed in port during the storm.", "Forty", "idle trawlers"),
]


# sentence, figure, counted phrase: how full lodging is states its occupancy; how full another
# place is keeps its own noun
FULL = [
    ("Hostels in the old town were 96.5% full over the festival weekend, the council said.",
     "96.5%", "hostel occupancy"),
    ("Motels along the highway were 74% full during the strike, the trade group said.",
     "74%", "motel occupancy"),
    ("Reservoirs in the region are 43% full after the dry winter.", "43%", "Reservoirs"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), [*STAYS, *NOT_LODGING, *FULL])
def test_a_stay_at_a_lodging_is_no_fate(
        extract, sentence: str, text: str, counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
