"""Readings on a named index and measures copy shortens: a number on the air quality index is a
reading on it (not a count of the sentence's nearest noun), a column headed by the index holds
readings, a bare "micrograms" in an article that gives a concentration in air is that
concentration, and a density per square metre is per m2."""

from __future__ import annotations

import pytest

AQI = [
    # sentence, figure, unit, counted
    ("Karachi's air quality index hit 388 on Friday, the worst in the country.", "388", "AQI",
     "air quality index"),
    ("The board put the average AQI at 301, against 356 a day earlier.", "301", "AQI",
     "air quality index"),
    ("The city's AQI was 247 on Tuesday, in the 'poor' band, after 40 stations reported.",
     "247", "AQI", "air quality index"),
    ("The agency's AQI for Sunday stood at 412, its monitors said.", "412", "AQI",
     "air quality index"),
    ("The average reading fell to 290 on the AQI scale.", "290", "AQI", "air quality index"),
    # the date the reading is for between the index and the number
    ("The harbour board revised its AQI for 12 June 2027 from 188 to 176.", "188", "AQI",
     "air quality index"),
    ("The harbour board lowered its AQI for June 12 from 188 to 176.", "176", "AQI",
     "air quality index"),
    # a count in the sentence of a reading stays a count of its noun
    ("The AQI in 14 districts crossed 300 on Monday.", "14", "districts", "districts"),
    ("The AQI was 330 and 61 flights were delayed.", "61", "flights", "flights"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit", "counted"), AQI)
def test_a_number_on_the_air_quality_index_is_a_reading(extract, sentence: str, text: str,
                                                        unit: str, counted: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.unit, fig.counted) == (unit, counted)


TABLES = [
    ("Readings by day.\n\n| Day | AQI (revised) | Stations |\n|---|---|---|\n"
     "| Monday | 318 | 36 |\n", "318", "AQI"),
    ("Readings by day.\n\n| Day | Air quality index | Stations |\n|---|---|---|\n"
     "| Monday | 276 | 36 |\n", "276", "AQI"),
    ("Readings by day.\n\n| Day | AQI | PM2.5 (µg/m³) |\n|---|---|---|\n"
     "| Monday | 318 | 204 |\n", "204", "ug/m3"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("table", "text", "unit"), TABLES)
def test_a_column_headed_by_an_index_holds_readings(extract, table: str, text: str,
                                                    unit: str) -> None:
    assert {f.text: f.unit for f in extract(table)}[text] == unit


SHORTENED = [
    # a bare "micrograms" where the article gives a concentration in air
    ("PM10 averaged 230 micrograms per cubic metre, against a guideline of 45 micrograms.",
     "45 micrograms", "ug/m3"),
    ("Ozone reached 190 µg/m³ on Monday. The EU target is 120 micrograms.", "120 micrograms",
     "ug/m3"),
    # ... and elsewhere a mass
    ("The trial gave 200 micrograms of the hormone.", "200 micrograms", "micrograms"),
    # ... and so even in an article that gives the concentration, and so is a bare mass in the
    # sentence of a mass of a substance
    ("Smog reached 60 micrograms per cubic metre. Each tablet held 80 micrograms of folate "
     "rather than 40 micrograms.", "80 micrograms", "micrograms per tablet"),
    ("Smog reached 60 micrograms per cubic metre. Each tablet held 80 micrograms of folate "
     "rather than 40 micrograms.", "40 micrograms", "micrograms per tablet"),
    # ... and so is a bare mass in a sentence that names no air, pollutant or norm of them
    ("Smog reached 60 micrograms per cubic metre. Each pill contains 25 micrograms instead of "
     "50 micrograms.", "50 micrograms", "micrograms per pill"),
    ("Ozone peaked at 150 µg/m³. The old patches released 70 micrograms.", "70 micrograms",
     "micrograms"),
    # a density per square metre, by the square metre's symbol
    ("Crowd density reached five people per square metre near the gate.", "five",
     "people per m2"),
    ("The hall of 2,400 square metres was full.", "2,400 square metres", "m2"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), SHORTENED)
def test_a_measure_copy_shortens_keeps_its_unit(extract, sentence: str, text: str,
                                                unit: str) -> None:
    assert {f.text: f.unit for f in extract(sentence)}[text] == unit
