"""Numbers that say where to reach someone are no figures: telephone numbers in groups, the
number a verb of reaching takes, house numbers and postcodes
(``store.extract.figures.contact_numbers``)."""

from __future__ import annotations

import pytest

from store.extract.figures.contact_numbers import in_contact_details
from store.extract.numbers import scan


def _flags(text: str) -> dict[str, bool]:
    return {e.text: in_contact_details(e, text) for e in scan(text)}


@pytest.mark.parametrize("text, number", [
    ("Media enquiries: 415 555 0142 | press@harbourbank.example", "415"),
    ("Media enquiries: 415 555 0142 | press@harbourbank.example", "555"),
    ("Voters can check their polling station on 01 42 76 40 40 until Friday.", "42"),
    ("Bookings close at noon: (02) 555 0142 for the clinic.", "555"),
    ("Pharmacists should contact the regulator on 111 or by email.", "111"),
    ("Parents can call the school board on 1234.", "1234"),
    # the verbs listed once as contact words reach a number too
    ("Residents can phone the council on 3030.", "3030"),
    ("Dial the helpline at 5151 or write in.", "5151"),
    ("Ballots may be returned to 7 bis rue des Lilas, 75011 Paris.", "7"),
    ("Ballots may be returned to 7 bis rue des Lilas, 75011 Paris.", "75011"),
    ("The strikers met outside 10 Downing Street on Monday.", "10"),
    ("The court sits at Avenida da Liberdade 190 in Lisbon.", "190"),
    ("Claims office, 3rd floor, Sector 5, Noida 201301", "201301"),
    ("The bank's office at Via Roma 44 will stay closed.", "44"),
    ("Send forms to the depot, 12 place Vendôme, 75001 Paris.", "12"),
    ("Send forms to the depot, 12 place Vendôme, 75001 Paris.", "75001"),
])
def test_contact_details_are_no_figures(text: str, number: str) -> None:
    assert _flags(text)[number] is True


@pytest.mark.parametrize("text, number", [
    ("The union has 12 500 members and 300 shop stewards.", "12 500"),  # one number
    ("The union has 12 500 members and 300 shop stewards.", "300"),
    ("The bank lost 412 million dollars on 3 loans.", "3"),
    ("The recall covers 48,000 packs sold in 12 countries.", "12"),
    ("Officials contacted 1,200 voters on the register.", "1,200"),
    ("Turnout rose to 61.5% in 2029 from 58.2% in 2024.", "61.5%"),
    ("The school budget is 15 million rand, up 7 percent.", "15 million rand"),
    ("Prices on Main Street rose 12% this year.", "12%"),
    ("About 30000 Uyghurs left the region, and some 12000 Tajiks fled.", "30000"),
    ("About 30000 Uyghurs left the region, and some 12000 Tajiks fled.", "12000"),
    ("Nearly 45000 Somalis crossed into the camps.", "45000"),
    ("The charity shipped 400 via the port of Durban.", "400"),
    ("Outside Square Ambiorix 2,500 nurses rallied.", "2,500"),
    ("In Place Bellecour 4000 students marched.", "4000"),
    # a thousands separator, or an English street word in lower case or opening a name
    ("There were 1,450 road deaths in the province last year.", "1,450"),
    ("The city has 3,000 street vendors and 800 hawkers.", "3,000"),
    ("The town counted 300 road crashes in June.", "300"),
    ("About 12,000 drive into the city each day.", "12,000"),
    ("Road Deaths Hit 1,450 as Holiday Traffic Peaks", "1,450"),
    ("Wall Street Banks Cut 1,200 Jobs", "1,200"),
    ("United Way Gave 400 Families Food Vouchers", "400"),
    # a verb of reaching before a count with a thousands separator, or "reach" a level
    ("Officials expect the death toll to reach a peak at 5,000.", "5,000"),
    ("The strike could reach its height at 40,000.", "40,000"),
    ("Organisers said turnout would reach its peak at 900.", "900"),
])
def test_counts_and_amounts_stay_figures(text: str, number: str) -> None:
    assert _flags(text).get(number) is False


@pytest.mark.slow
@pytest.mark.parametrize("text, number", [
    ("Readers can reach the newsroom on 0800 555 010 or at 14 Rue Haute, 1000 Brussels.", "14"),
    ("For the press office: 312 555 0187 | desk@courier.example", "312"),
])
def test_the_grammar_leaves_contact_lines_out(extract, text: str, number: str) -> None:
    assert all(f.text != number for f in extract(text))
