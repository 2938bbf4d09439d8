"""A sum in the second conjunct of a coordination that leaves out its verb counts the noun of
its own conjunct, under the first conjunct's verb; a conjunct whose noun is the party acting,
or a clause with a verb of its own, is left alone (spaCy: slow). Each row is a sentence of its
own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
GAPPED = [
    ("Insurers put the damage at $2.1bn and losses at €150m.", "€150m", "losses"),
    ("The auditor put the deficit at £40m and arrears at £12m.", "£12m", "arrears"),
    ("The union put wages at R9,000 a month and bonuses at R1,500.", "R1,500", "bonuses"),
    ('The survey put the flooded area at 2,100 hectares and losses at "well over €15 million".',
     "€15 million", "losses"),
    ("A season ticket cost £450, and a single match ticket £38.", "£38", "single match ticket"),
    ("The standard fare costs $12, and a child's fare $6.", "$6", "child's fare"),
    ("A new school bus costs €210,000, and a minibus €95,000.", "€95,000", "minibus"),
    # a conversion in brackets after either sum goes with it
    ("A day ticket cost R$380 (about $68), and a two-day pass R$690 (about $123).", "R$690",
     "two-day pass price"),
    ("A day ticket cost R$380 (about $68), and a two-day pass R$690 (about $123).", "$123",
     "two-day pass price"),
    ("A season ticket cost £450 (about $560), and a single match ticket £38 ($47).", "$47",
     "single match ticket"),
    # the first sum's conjunct names what it is, and the second's its own
    ("Insurers put the damage at $2.1bn and losses at €150m.", "$2.1bn", "damage"),
    ("A season ticket cost £450, and a single match ticket £38.", "£450", "season ticket"),
]

# sentence, figure, counted phrase: the second conjunct's noun pays, is a place's name, or is no
# noun phrase
NOT_GAPPED = [
    ("The state paid $4m and the city $2m.", "$2m", "payments"),
    ("The club spent €40m on a striker and €12m on a goalkeeper.", "€12m",
     "spending on goalkeeper"),
    ("Its revenue reached $3bn in 2024 and $3.4bn in 2025.", "$3.4bn", "revenue"),
    ("Average fares rose to $14 a ride, with Denver at $17 and Tulsa at $11.", "$11",
     "Average fare"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), GAPPED)
def test_a_gapped_sum_counts_its_own_noun(extract, sentence: str, text: str,
                                          counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), NOT_GAPPED)
def test_no_gap_keeps_the_first_reading(extract, sentence: str, text: str,
                                        counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
