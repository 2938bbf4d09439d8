"""Bodies whose name news copy writes more than one way: each table the articles (marked as in
``tests/test_resolution.py``), the mentions that must be one actor, and those that must stay
apart."""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref, check_joined_apart


@pytest.mark.parametrize(("texts", "joined", "apart"), [
    (["[Serra Alta Eventos Ltda.|ORG] filed the plan. ",
      "[Serra Alta Eventos|ORG] refunded fans. "],
     [(0, "Serra Alta Eventos Ltda."), (1, "Serra Alta Eventos")], []),
    (["[Douro Vinhos Lda|ORG] sold the wine. ", "[Douro Vinhos|ORG] said. "],
     [(0, "Douro Vinhos Lda"), (1, "Douro Vinhos")], []),
    (["[Atlas Logistique SARL|ORG] runs the port. [Atlas Logistique|ORG] said so. "],
     [(0, "Atlas Logistique SARL"), (0, "Atlas Logistique")], []),
    # a legal form is not the whole name: another company's stays its own
    (["[Douro Vinhos Lda|ORG] and [Douro Azeites Lda|ORG] merged. "],
     [], [(0, "Douro Vinhos Lda"), (0, "Douro Azeites Lda")]),
])
def test_a_company_written_with_and_without_its_legal_form_is_one(
        texts: list[str], joined: list[Ref], apart: list[Ref]) -> None:
    check_joined_apart(texts, joined, apart)


@pytest.mark.parametrize(("texts", "joined", "apart"), [
    # the name in its own language spells the acronym; the English one is its translation
    (["The [Instituto Nacional de Pesca|ORG] ([INP|ORG]) closed the bay. ",
      "The [National Fisheries Institute|ORG] ([INP|ORG]) said stocks fell. "],
     [(0, "Instituto Nacional de Pesca"), (1, "National Fisheries Institute"), (1, "INP")], []),
    (["A filing to the [Comissão de Valores Imobiliários|ORG] ([CVI|ORG]) showed it. ",
      "The [Lusitanian Property Securities Board|ORG] ([CVI|ORG]) fined the club. "],
     [(0, "Comissão de Valores Imobiliários"), (1, "Lusitanian Property Securities Board")],
     []),
    # an English name that spells it is another body's: nothing joins
    (["The [Rapid Support Forces|ORG] ([RSF|ORG]) shelled the town. ",
      "[Reporters Without Borders|ORG] ([RSF|ORG]) protested. "],
     [], [(0, "Rapid Support Forces"), (1, "Reporters Without Borders")]),
    # two bodies' names in their own language spell it: neither is the English one's
    (["The [Instituto de Pesca|ORG] ([IP|ORG]) spoke. ",
      "The [Instituto de Petróleo|ORG] ([IP|ORG]) spoke. ",
      "The [Fisheries Institute|ORG] ([IP|ORG]) spoke. "],
     [], [(0, "Instituto de Pesca"), (1, "Instituto de Petróleo"), (2, "Fisheries Institute")]),
])
def test_an_acronym_defined_by_its_name_and_by_a_translation_is_one_body(
        texts: list[str], joined: list[Ref], apart: list[Ref]) -> None:
    check_joined_apart(texts, joined, apart)


@pytest.mark.parametrize(("texts", "joined", "apart"), [
    # a one-word region's name beside its code is that region in every article
    (["Growth was fastest in [VELMARZON|GPE] ([Region IV-B|GPE]). ",
      "Late returns came mostly from [VELMARZON|GPE] and the islands. "],
     [(0, "VELMARZON"), (0, "Region IV-B"), (1, "VELMARZON")], []),
    (["[Vorsk|GPE] ([Region 7|GPE]) grew. ", "Farms in [Vorsk|GPE] flooded. "],
     [(0, "Vorsk"), (0, "Region 7"), (1, "Vorsk")], []),
    # the code alone in another article is still another country's region, maybe
    (["[Vorsk|GPE] ([Region 7|GPE]) grew. ", "In [Region 7|GPE] the count fell. "],
     [], [(0, "Region 7"), (1, "Region 7")]),
])
def test_a_regions_one_word_name_beside_its_code_is_the_region_everywhere(
        texts: list[str], joined: list[Ref], apart: list[Ref]) -> None:
    check_joined_apart(texts, joined, apart)


@pytest.mark.parametrize(("texts", "joined", "apart"), [
    (["The [Korlin Search and Rescue Office|ORG] sent two boats. ",
      "The [Korlin SAR Office|ORG] said the search would go on. "],
     [(0, "Korlin Search and Rescue Office"), (1, "Korlin SAR Office")], []),
    (["The [Velm University College Library|ORG] reopened. ",
      "The [Velm UC Library|ORG] lent 9,000 books. "],
     [(0, "Velm University College Library"), (1, "Velm UC Library")], []),
    # two bodies the acronym may spell: neither
    (["The [Korlin Search and Rescue Office|ORG] spoke. ",
      "The [Korlin Sea Air Rescue Office|ORG] spoke. ", "The [Korlin SAR Office|ORG] spoke. "],
     [], [(0, "Korlin Search and Rescue Office"), (1, "Korlin Sea Air Rescue Office"),
          (2, "Korlin SAR Office")]),
    # the words around the acronym must be the other name's
    (["The [Korlin Search and Rescue Office|ORG] spoke. ", "The [Velm SAR Office|ORG] spoke. "],
     [], [(0, "Korlin Search and Rescue Office"), (1, "Velm SAR Office")]),
    # an acronym as the project reads one everywhere: up to seven capitals
    (["The [Velm Public Road Safety Traffic Control Works Unit Office|ORG] spoke. ",
      "The [Velm PRSTCWU Office|ORG] said the road would reopen. "],
     [(0, "Velm Public Road Safety Traffic Control Works Unit Office"),
      (1, "Velm PRSTCWU Office")], []),
])
def test_a_name_with_an_acronym_for_some_words_is_the_body_named_with_them(
        texts: list[str], joined: list[Ref], apart: list[Ref]) -> None:
    check_joined_apart(texts, joined, apart)
