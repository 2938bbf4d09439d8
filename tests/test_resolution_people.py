"""People whose name news copy writes short (``store.actors.people``): initials run together, a
full name without its first given name, a double-barrelled surname written as one word. Each
table: the articles (marked as in ``tests/test_resolution.py``), the mentions that must be one
actor, and the mentions that must stay apart."""

from __future__ import annotations

import pytest

from store.actors.people import written_initials
from tests.test_resolution import Ref, check_joined_apart


@pytest.mark.parametrize(("texts", "joined", "apart"), [
    (["[Ravi Shankar Menon|PERSON] opened the plant. ", "[R.S. Menon|PERSON] said so. "],
     [(0, "Ravi Shankar Menon"), (1, "R.S. Menon")], []),
    (["[Tomasz Nowak|PERSON] spoke. ", "On Friday [T.K. Nowak|PERSON] replied. "],
     [(0, "Tomasz Nowak"), (1, "T.K. Nowak")], []),
    # another first initial: another person
    (["[Ravi Shankar Menon|PERSON] spoke. ", "[K.P. Menon|PERSON] replied. "],
     [], [(0, "Ravi Shankar Menon"), (1, "K.P. Menon")]),
    # two full names fit the first initial: the initialled one is neither
    (["[Rajat Menon|PERSON] spoke. ", "[Rakesh Menon|PERSON] spoke. ",
      "[R.K. Menon|PERSON] replied. "],
     [], [(0, "Rajat Menon"), (1, "Rakesh Menon"), (2, "R.K. Menon")]),
])
def test_initials_run_together_are_initials(
        texts: list[str], joined: list[Ref], apart: list[Ref]) -> None:
    """ "R.S. Menon" folds to "rs menon": its initials are read from the name as written."""
    check_joined_apart(texts, joined, apart)


@pytest.mark.parametrize(("surface", "letters"), [
    ("H.V. Tyrell", "hv"), ("J. R. R. Tolkin", "jrr"), ("K.M. Osei", "km"),
    ("Harsh Tyrell", None), ("U.S. Navy", "us"), ("J. Kowalski", None),
])
def test_written_initials(surface: str, letters: str | None) -> None:
    assert written_initials(surface) == letters


@pytest.mark.parametrize(("texts", "joined", "apart"), [
    (["Its director, [Rashid Anwar Malik|PERSON], spoke. The director, [Anwar Malik|PERSON], "
      "said the count was low. "],
     [(0, "Rashid Anwar Malik"), (0, "Anwar Malik")], []),
    # a double surname without the given name
    (["[Lucía Herrero Vidal|PERSON] chairs the board. [Herrero Vidal|PERSON] said no. "],
     [(0, "Lucía Herrero Vidal"), (0, "Herrero Vidal")], []),
    # across articles, a given name more may be another person's
    (["Judge [Tomás Ignacio Ferreyra|PERSON] ruled on it. ",
      "[Ignacio Ferreyra|PERSON], a welder, said he would appeal. "],
     [], [(0, "Tomás Ignacio Ferreyra"), (1, "Ignacio Ferreyra")]),
    (["[Lina Sofía Baptista|PERSON], a lawyer, spoke. ",
      "[Sofía Baptista|PERSON], a union spokeswoman, replied. "],
     [], [(0, "Lina Sofía Baptista"), (1, "Sofía Baptista")]),
    # "Mohammad" left off in another article: the name copy drops
    (["[Mohammad Tariq Hossain|PERSON] said. ", "A spokesman, [Tariq Hossain|PERSON], said. "],
     [(0, "Mohammad Tariq Hossain"), (1, "Tariq Hossain")], []),
    # "Md" written or not before the name it abbreviates
    (["[Md Abdul Karim|PERSON] said. ", "A spokesman, [Abdul Karim|PERSON], said. "],
     [(0, "Md Abdul Karim"), (1, "Abdul Karim")], []),
    # two people the corpus names with those words after a given name: neither
    (["[Rashid Anwar Malik|PERSON] spoke. ", "[Sara Anwar Malik|PERSON] spoke. ",
      "[Anwar Malik|PERSON] replied. "],
     [], [(0, "Rashid Anwar Malik"), (1, "Sara Anwar Malik"), (2, "Anwar Malik")]),
    # three last names the tagger took for a body's are still the person's
    (["[Ana Lúcia Barros Leme|PERSON] spoke. ",
      "The deal, signed by prosecutor [Lúcia Barros Leme|ORG], stands. "],
     [(0, "Ana Lúcia Barros Leme"), (1, "Lúcia Barros Leme")], []),
    # three names shared tie two articles' people too
    (["[Rui Tomás Vaz Lobo|PERSON] spoke. ", "[Tomás Vaz Lobo|PERSON] replied. "],
     [(0, "Rui Tomás Vaz Lobo"), (1, "Tomás Vaz Lobo")], []),
    # two words tagged a body's are not enough: "Barros Leme" may be a firm
    (["[Ana Lúcia Barros Leme|PERSON] spoke. ", "[Barros Leme|ORG] sold it. "],
     [], [(0, "Ana Lúcia Barros Leme"), (1, "Barros Leme")]),
    # a name right after a word of kinship is a relative who shares the names
    (["[Maria Elena Souza|PERSON] runs the farm with her daughter [Elena Souza|PERSON]. "],
     [], [(0, "Maria Elena Souza"), (0, "Elena Souza")]),
    (["[Rashid Anwar Malik|PERSON] spoke. His son, [Anwar Malik|PERSON], said 3 were hurt. "],
     [], [(0, "Rashid Anwar Malik"), (0, "Anwar Malik")]),
    # the words must be the longer name's last ones
    (["[Rashid Anwar Malik|PERSON] spoke. ", "[Rashid Anwar|PERSON] replied. "],
     [], [(0, "Rashid Anwar Malik"), (1, "Rashid Anwar")]),
])
def test_a_name_without_its_first_given_name_is_the_one_full_name_it_ends(
        texts: list[str], joined: list[Ref], apart: list[Ref]) -> None:
    check_joined_apart(texts, joined, apart)


@pytest.mark.parametrize(("texts", "joined", "apart"), [
    (["Counsel [Meera Das-Gupta|PERSON] argued first. Ms [Dasgupta|PERSON] said the data "
      "were old. "],
     [(0, "Meera Das-Gupta"), (0, "Dasgupta")], []),
    (["[Odile Varenne-Moss|PERSON] spoke. Later [Varennemoss|PERSON] left. "],
     [(0, "Odile Varenne-Moss"), (0, "Varennemoss")], []),
    # two people of the article with that surname: the lone word is neither
    (["[Meera Das-Gupta|PERSON] and [Anil Das-Gupta|PERSON] spoke. [Dasgupta|PERSON] left. "],
     [], [(0, "Meera Das-Gupta"), (0, "Anil Das-Gupta"), (0, "Dasgupta")]),
])
def test_a_double_barrelled_surname_written_as_one_word_is_its_person(
        texts: list[str], joined: list[Ref], apart: list[Ref]) -> None:
    check_joined_apart(texts, joined, apart)


@pytest.mark.parametrize(("texts", "joined", "apart"), [
    # a double surname written with a space in one article, a hyphen and a second given name
    # in another
    (["[Severino Arruda Bezerra-Tavora|PERSON] signed the order. ",
      "[Severino Bezerra Tavora|PERSON] denied it. "],
     [(0, "Severino Arruda Bezerra-Tavora"), (1, "Severino Bezerra Tavora")], []),
    (["The striker [Lucía María Ortega Ruiz|PERSON] scored. ",
      "[Lucía Ortega Ruiz|PERSON] left. ", "[Lucía Ortega|PERSON] signed. "],
     [(0, "Lucía María Ortega Ruiz"), (1, "Lucía Ortega Ruiz")], []),
    # two forms with as many middle names, or one that says a name the longest does not: apart
    (["[Ana Clara Souza|PERSON] spoke. ", "[Ana Beatriz Souza|PERSON] replied. ",
      "[Ana Souza|PERSON] left. "],
     [], [(0, "Ana Clara Souza"), (1, "Ana Beatriz Souza"), (2, "Ana Souza")]),
    (["[Jonas Peter Adler Brandt|PERSON] spoke. ", "[Jonas Karl Brandt|PERSON] replied. "],
     [], [(0, "Jonas Peter Adler Brandt"), (1, "Jonas Karl Brandt")]),
])
def test_a_name_whose_middle_names_are_some_of_the_fullest_form_s_is_that_person(
        texts: list[str], joined: list[Ref], apart: list[Ref]) -> None:
    """The middle names of every form are some of the one fullest form's, in its order."""
    check_joined_apart(texts, joined, apart)


@pytest.mark.parametrize(("texts", "joined", "apart"), [
    # a father and a son of one first and last name, both written in full in one article: the
    # shorter full form is no short form of the fuller one
    (["[Henry Arthur Lowell Marsh|PERSON] founded the firm. His son [Henry Lowell Marsh|PERSON] "
      "ran it. ", "[Henry Marsh|PERSON] sold it. "],
     [], [(0, "Henry Arthur Lowell Marsh"), (0, "Henry Lowell Marsh")]),
    (["[Clara Jane Ross Vane|PERSON] spoke, and her niece [Clara Ross Vane|PERSON] too. "],
     [], [(0, "Clara Jane Ross Vane"), (0, "Clara Ross Vane")]),
    # a form that leaves out two middle names joins none
    (["[Henry Arthur Lowell Marsh|PERSON] founded the firm. ", "[Henry Marsh|PERSON] sold it. "],
     [], [(0, "Henry Arthur Lowell Marsh"), (1, "Henry Marsh")]),
    # in two articles, one middle name left out: one person
    (["[Henry Arthur Lowell Marsh|PERSON] founded the firm. ",
      "[Henry Lowell Marsh|PERSON] ran it. "],
     [(0, "Henry Arthur Lowell Marsh"), (1, "Henry Lowell Marsh")], []),
])
def test_two_full_forms_of_one_first_and_last_name_in_one_article_are_two_people(
        texts: list[str], joined: list[Ref], apart: list[Ref]) -> None:
    """An article that writes one first and last name in full twice, with other middle names,
    names two people (a father and a son): the shorter is not the fuller's short form."""
    check_joined_apart(texts, joined, apart)


@pytest.mark.parametrize(("texts", "joined", "apart"), [
    # a surname alone the tagger took for a body's, in an article without the full name
    (["Head baker [Tilda Fensmark|PERSON] opened the shop. ",
      "[Fensmark|ORG] said rye would cost more. "],
     [(0, "Tilda Fensmark"), (1, "Fensmark")], []),
    # two people of the corpus with that surname: neither
    (["Head baker [Tilda Fensmark|PERSON] opened the shop. ",
      "Coach [Ole Fensmark|PERSON] ran the marathon. ", "[Fensmark|ORG] said no. "],
     [], [(0, "Tilda Fensmark"), (1, "Ole Fensmark"), (2, "Fensmark")]),
    # a body the corpus names with the word first: the word may be the body's
    (["Head baker [Tilda Fensmark|PERSON] opened the shop. ",
      "[Fensmark Mills|ORG] raised prices. ", "[Fensmark|ORG] said no. "],
     [], [(0, "Tilda Fensmark"), (2, "Fensmark")]),
])
def test_a_surname_tagged_a_body_s_is_the_one_person_of_the_corpus_with_it(
        texts: list[str], joined: list[Ref], apart: list[Ref]) -> None:
    check_joined_apart(texts, joined, apart)
