"""Actor resolution, rule by rule, on small hand-made corpora (no spaCy: mentions are given).

Each case is a few articles written with their mentions marked ``[surface|LABEL]``; it lists
mentions that must resolve to one actor and mentions that must NOT. A mention is referred to as
``(article index, surface)`` (its first occurrence in that article).
"""

from __future__ import annotations

import re

import pytest

from store.actors.fuzzy import (
    DISTINCT_PAIRS,
    VARIANT_PAIRS,
    forms_agree,
    is_variant,
    similarity,
    threshold_for,
    variant_form,
)
from store.actors.graph import UnionFind
from store.actors.links import link_rows
from store.actors.lookup import ActorIndex
from store.actors.records import ArticleMentions
from store.actors.resolve import actor_rows, resolve_articles
from store.actors.spelling import skeleton
from store.knowledge.folding import initials, name_key

MARK = re.compile(r"\[([^\]|]+)\|([A-Z]+)\]")

Ref = tuple[int, str]


def article(index: int, marked: str) -> ArticleMentions:
    """An article from marked text; sentences end at ". "."""
    text, items, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        text.append(marked[last:m.start()])
        pos += m.start() - last
        surface, label = m.group(1), m.group(2)
        items.append([pos, pos + len(surface), label, None, 0])
        text.append(surface)
        pos += len(surface)
        last = m.end()
    text.append(marked[last:])
    full = "".join(text)
    bounds = [0] + [m.end() for m in re.finditer(r"\. ", full)] + [len(full) + 1]
    sentences = [[bounds[i], bounds[i + 1] - 1] for i in range(len(bounds) - 1)]
    for item in items:
        item[4] = next(i for i, (s, e) in enumerate(sentences) if s <= item[0] < e + 1)
    return ArticleMentions(f"art{index}", index, full, items, sentences)


def resolve(texts: list[str], edits: list[dict] | None = None):
    articles = [article(i, t) for i, t in enumerate(texts)]
    clusters = resolve_articles(articles, edits or [])
    return articles, clusters


def check_joined_apart(texts: list[str], joined: list[Ref], apart: list[Ref]) -> None:
    """The mentions ``joined`` are one actor, and each of ``apart`` another."""
    articles, _ = resolve(texts)
    if joined:
        assert len({actor_of(articles, ref) for ref in joined}) == 1
    if apart:
        assert len({actor_of(articles, ref) for ref in apart}) == len(apart)


def actor_of(articles: list[ArticleMentions], ref: Ref) -> str:
    index, surface = ref
    art = articles[index]
    for item in art.items:
        if art.text[item[0]:item[1]] == surface:
            return item[3]
    raise AssertionError(f"no mention {surface!r} in article {index}")


CASES = [
    # (name, articles, must join, must stay apart)
    ("a lone word that is not a body's, at the end of a body's name after its 'of' or its "
     "particle, is what the body is named after, not the body",
     ["In the [Ostra|NORP] valley the dispute goes on. The [Liga Pesquera del Valle Ostra|ORG] "
      "says 900 people would move. Boats from the [Ostra|LOC] valley sailed. The "
      "[Friends of Karvel|ORG] met in [Karvel|GPE] and [Karvel|LOC].",
      "A dam on the [Ostra River|LOC] is planned."],
     [],
     [[(0, "Ostra"), (0, "Liga Pesquera del Valle Ostra")],
      [(0, "Karvel"), (0, "Friends of Karvel")]]),
    ("keys ignore case, dots, 'the', possessives, designators",
     ["[The U.S. Commerce Department|ORG] acted. [US Commerce Department|ORG] again.",
      "Floods in [Velm province|GPE] and [Velm|GPE]."],
     [[(0, "The U.S. Commerce Department"), (0, "US Commerce Department")],
      [(1, "Velm province"), (1, "Velm")]], []),
    ("curated aliases join names no rule can",
     ["[IS|ORG] and [ISIS|ORG] and [Da’esh|ORG].", "[Islamic State|ORG] and [ISIL|ORG].",
      "[U.S.|GPE] and [USA|GPE].", "[United States|GPE] and [US|GPE]."],
     [[(0, "IS"), (0, "ISIS"), (0, "Da’esh"), (1, "Islamic State"), (1, "ISIL")],
      [(2, "U.S."), (2, "USA"), (3, "United States"), (3, "US")]], []),
    ("a demonym joins its country; a stateless people's word does not",
     ["[The Turkish|NORP] government and [Turkey|GPE]. [Iraqi|NORP] forces in [Iraq|GPE]. "
      "[Kurdish|NORP] fighters in [Syria|GPE]. [Iran|GPE] too."],
     [[(0, "The Turkish"), (0, "Turkey")], [(0, "Iraqi"), (0, "Iraq")]],
     [[(0, "Kurdish"), (0, "Syria")], [(0, "Kurdish"), (0, "Iraq")], [(0, "Iraq"), (0, "Iran")]]),
    ("an administrator's title the tagger kept is no part of the name",
     ["[Administrator Lydia Santos|PERSON] toured the grid.", "[Lydia Santos|PERSON] spoke."],
     [[(0, "Administrator Lydia Santos"), (1, "Lydia Santos")]], []),
    ("a storm's other name in brackets is the storm, and so is the storm under that name",
     ["[Typhoon Mangkhut|EVENT] ([Ompong|ORG]) hit Luzon. [Cyclone Idai|EVENT] "
      "([Mozambique|GPE]) too.",
      "[Super Typhoon Ompong|EVENT] left. [Ompong|ORG] again.",
      "[Hurricane Maria|EVENT] and [Maria|PERSON] spoke."],
     [[(0, "Typhoon Mangkhut"), (0, "Ompong"), (1, "Super Typhoon Ompong"), (1, "Ompong")]],
     [[(0, "Cyclone Idai"), (0, "Mozambique")], [(0, "Typhoon Mangkhut"), (2, "Hurricane Maria")]]),
    ("a feature known by a name with its feature word is a place to a description, whatever "
     "label the tagger gave its shorter name",
     ["Ships crossed the [Sawa Kol Strait|LOC].",
      "[Sawa Kol|ORG] was busy. [Sawa Kol|ORG] again. [Sawa Kol|ORG] too. Traffic through "
      "[the strait|DESC] fell."],
     [[(0, "Sawa Kol Strait"), (1, "Sawa Kol"), (1, "the strait")]], []),
    ("'the hamlet' among several places that may be one is the one the corpus calls a "
     "hamlet; 'the country' is not the one the corpus happened to call a country",
     ["Snow cut off the hamlet of [Orsk|GPE] and the country of [Chad|GPE].",
      "[Orsk|GPE] and [Dravlin|GPE] were cut off. Rescuers reached [the hamlet|DESC] on foot.",
      "[Chad|GPE] and [Niger|GPE] met. Aid reached [the country|DESC] by air."],
     [[(1, "Orsk"), (1, "the hamlet")]],
     [[(1, "Dravlin"), (1, "the hamlet")], [(2, "Chad"), (2, "the country")],
      [(2, "Niger"), (2, "the country")]]),
    ("a place's description in an article that names none is the one place of its kind the "
     "corpus names twice as often as any other, in two articles; never a body so",
     ["The [Orla glacier|LOC] moved 8 metres. The [Orla glacier|LOC] broke. The "
      "[Velm Drivers' Union|ORG] struck. The [Velm Drivers' Union|ORG] won.",
      "Ice from the [Orla glacier|LOC] fell. [Velm Drivers' Union|ORG] again.",
      "The [Tarn glacier|LOC] is smaller. The [Karsby Miners' Union|ORG] met.",
      "Sensors on [the glacier|DESC] failed. [The union|DESC] said so."],
     [[(3, "the glacier"), (0, "Orla glacier")]],
     [[(3, "the glacier"), (2, "Tarn glacier")], [(3, "The union"), (0, "Velm Drivers' Union")],
      [(3, "The union"), (2, "Karsby Miners' Union")]]),
    ("a description in an article that names none is the one body the corpus calls by its "
     "head, whatever its name says",
     ["[Tolland Freight|ORG], [the operator|DESC], said 12 boats sailed.",
      "Boats sank off [Karsby|GPE]. [The operator|DESC] said all were listed."],
     [[(0, "Tolland Freight"), (1, "The operator")]], []),
    ("two bodies the corpus calls by the head: a description in an article that names neither "
     "names nobody",
     ["[Tolland Freight|ORG], [the operator|DESC], said 12 boats sailed.",
      "[Orla Lines|ORG], [the operator|DESC], said 3 boats sailed.",
      "Boats sank off [Karsby|GPE]. [The operator|DESC] said all were listed."],
     [], [[(0, "Tolland Freight"), (2, "The operator")], [(1, "Orla Lines"), (2, "The operator")]]),
    ("'the city' among several places is the only one its paragraph named, never the one "
     "named most often",
     ["[Westland|GPE] voted. [Westland|GPE] again. [Westland|GPE] more.\n\nIn [Corran|GPE] "
      "port, [the city|DESC] was calm.\n\n[Dunmore|GPE] and [Ashby|GPE] met. [the town|DESC] "
      "was quiet."],
     [[(0, "Corran"), (0, "the city")]],
     [[(0, "the town"), (0, "Dunmore")], [(0, "the town"), (0, "Ashby")],
      [(0, "the town"), (0, "Westland")]]),
    ("of several places in a paragraph, 'the town' is the only one named in its own sentence",
     ["Fishermen from [Dunmore|GPE] and [Ashby|GPE] are missing. Police in [Ashby|GPE], where "
      "it came ashore, found 17 bodies in [the town|DESC] alone. Near [Corran|GPE] and "
      "[Leith|GPE], [the town|DESC] was calm."],
     [[(0, "Ashby"), (0, "the town")]],
     [[(0, "the town"), (0, "Dunmore")]]),
    ("an organisation's first word joins its full name in its article, even where the tagger "
     "took the full name for a person's",
     ["[Sondra Analytics|PERSON] polled. [Sondra|ORG] erred. [Sondra|ORG] again.",
      "[Lena Ortiz|PERSON] spoke. [Ortiz|ORG] left."],
     [[(0, "Sondra Analytics"), (0, "Sondra")], [(1, "Lena Ortiz"), (1, "Ortiz")]], []),
    ("the end of a rank the tagger kept ('Petty Officer 3rd Class') is no part of the name",
     ["[Class Dana Ruiz|PERSON] served.", "[Dana Ruiz|PERSON] spoke."],
     [[(0, "Class Dana Ruiz"), (1, "Dana Ruiz")]], []),
    ("a surname joins the full name in its article, whatever label the tagger gave it",
     ["[Dario Venn|PERSON] spoke. [Venn|PERSON] left. [Moammar Gadhafi|PERSON] ruled. "
      "[Gadhafi|ORG] fell. [António Guterres|PERSON] said. [Guterres|PERSON] said. "
      "[Volodymyr Zelenskyy|PERSON] met him. [Zelenskyy|GPE] told Congress."],
     [[(0, "Dario Venn"), (0, "Venn")], [(0, "Moammar Gadhafi"), (0, "Gadhafi")],
      [(0, "António Guterres"), (0, "Guterres")],
      [(0, "Volodymyr Zelenskyy"), (0, "Zelenskyy")]],
     [[(0, "Venn"), (0, "Gadhafi")]]),
    ("a first name joins the one full name it starts, in its article",
     ["[Kyle Rempfer|PERSON] wrote this. [Kyle|PERSON] served."],
     [[(0, "Kyle Rempfer"), (0, "Kyle")]], []),
    ("a surname two full names share in one article stays apart from both",
     ["[Ana Moreira|PERSON] and [Tomás Moreira|PERSON] spoke. [Moreira|PERSON] said."],
     [], [[(0, "Moreira"), (0, "Ana Moreira")], [(0, "Moreira"), (0, "Tomás Moreira")],
          [(0, "Ana Moreira"), (0, "Tomás Moreira")]]),
    ("a place is not the person it shares a name with",
     ["[George Washington|PERSON] slept. Officials in [Washington|GPE] said."],
     [], [[(0, "George Washington"), (0, "Washington")]]),
    ("a lone surname finds the corpus's one full name with it",
     ["[John Kerry|PERSON] spoke.", "[Kerry|PERSON] told reporters."],
     [[(0, "John Kerry"), (1, "Kerry")]], []),
    ("same surname, different people in different articles: apart unless a full name ties",
     ["[Ana Moreira|PERSON] said. [Moreira|PERSON] said.",
      "[Tomás Moreira|PERSON] said. [Moreira|PERSON] said.",
      "[John Smith|PERSON] spoke.", "[Mary Smith|PERSON] spoke.", "[Smith|PERSON] spoke."],
     [[(0, "Ana Moreira"), (0, "Moreira")], [(1, "Tomás Moreira"), (1, "Moreira")]],
     [[(0, "Moreira"), (1, "Moreira")], [(0, "Ana Moreira"), (1, "Tomás Moreira")],
      [(4, "Smith"), (2, "John Smith")], [(4, "Smith"), (3, "Mary Smith")],
      [(2, "John Smith"), (3, "Mary Smith")]]),
    ("surnames with no full name anywhere are one actor",
     ["Mr [Trump|PERSON] said.", "Mr [Trump|PERSON] left."],
     [[(0, "Trump"), (1, "Trump")]], []),
    ("a name without its middle initial joins the one name that has it",
     ["[Thomas D. Kettering|PERSON] said.", "[Thomas Kettering|PERSON] said.",
      "[George W. Bush|PERSON] ran.", "[George H. W. Bush|PERSON] ran.",
      "[George Bush|PERSON] ran."],
     [[(0, "Thomas D. Kettering"), (1, "Thomas Kettering")]],
     [[(2, "George W. Bush"), (3, "George H. W. Bush")],
      [(4, "George Bush"), (2, "George W. Bush")],
      [(4, "George Bush"), (3, "George H. W. Bush")]]),
    ("an acronym defined in the text",
     ["the [Syrian Democratic Forces|ORG] ([SDF|ORG]) and the [National Agency for Flood "
      "Risk Management and Recovery|ORG] ([NAFRM|ORG]). [NAFRM|ORG] said.", "[NAFRM|ORG] said."],
     [[(0, "Syrian Democratic Forces"), (0, "SDF")],
      [(0, "National Agency for Flood Risk Management and Recovery"), (1, "NAFRM")]], []),
    ("an acronym 'known as' after a name is defined by it, a name after 'known as' is not",
     ["The [Korlin Institute of Statistics and Cartography|ORG], known as [INECA|ORG], said.",
      "[INECA|ORG] said.",
      "The [Korlin Water Board|ORG], known as [Joburg Water|ORG], said. [KWB|ORG] agreed.",
      "[Ama Diallo|PERSON], known as [KB|ORG], said. [KB|ORG] said."],
     [[(0, "Korlin Institute of Statistics and Cartography"), (0, "INECA"), (1, "INECA")]],
     [[(2, "Korlin Water Board"), (2, "Joburg Water")], [(3, "Ama Diallo"), (3, "KB")]]),
    ("one word in brackets after a body's name is its short name across the corpus",
     ["The [Ministry of Finance|ORG] ([Treasuria|ORG]) said.", "[Treasuria|ORG] expects more.",
      "The [Ministry of Health|ORG] ([Gaza|GPE]) said. The [Korlin Water Board|ORG] "
      "([Reuters|ORG]) - The [Korlin Water Board|ORG] said. [Reuters|ORG] reported."],
     [[(0, "Ministry of Finance"), (0, "Treasuria"), (1, "Treasuria")]],
     [[(2, "Ministry of Health"), (2, "Gaza")], [(2, "Korlin Water Board"), (2, "Reuters")]]),
    ("words of a body's name in brackets after it are its short name across the corpus",
     ["The [Harlow Valley Water and Sewerage Board|ORG] ([Harlow Water|ORG]) said.",
      "[Harlow Water|ORG] expects more rain.",
      "The [Orrin Port Authority|ORG] ([Port Authority|ORG]) and the [Velm Grain Exchange|ORG] "
      "([Velm Grain Board|ORG]) met."],
     [[(0, "Harlow Valley Water and Sewerage Board"), (0, "Harlow Water"), (1, "Harlow Water")]],
     [[(2, "Orrin Port Authority"), (2, "Port Authority")],
      [(2, "Velm Grain Exchange"), (2, "Velm Grain Board")]]),
    ("an acronym that keeps the 'o' of 'of' in lower case is defined like any other",
     ["The [Bureau of Disaster Relief Affairs|ORG] ([BoDRA|ORG]) said. The "
      "[Ministry of Health|ORG] ([MoH|ORG]) agreed.", "[BoDRA|ACRO] and the [MoH|ORG] met."],
     [[(0, "Bureau of Disaster Relief Affairs"), (0, "BoDRA"), (1, "BoDRA")],
      [(0, "Ministry of Health"), (0, "MoH"), (1, "MoH")]],
     [[(1, "BoDRA"), (1, "MoH")]]),
    ("a dateline in capitals before an outlet's name is no acronym",
     ["[NAIROBI|GPE] ([Horn Monitor|ORG]) — Fighting continued."],
     [], [[(0, "NAIROBI"), (0, "Horn Monitor")]]),
    ("an acronym from initials, when one long name has them",
     ["The [Government of National Unity|ORG] and the [Northern Liberation Army|ORG].",
      "[GNU|ORG] forces and [NLA|ORG] territory.",
      "[Northern Alliance Army|ORG] and [Nation Action Alliance|ORG]. [NAA|ORG] said."],
     [[(0, "Government of National Unity"), (1, "GNU")],
      [(0, "Northern Liberation Army"), (1, "NLA")]],
     [[(2, "NAA"), (2, "Northern Alliance Army")], [(2, "NAA"), (2, "Nation Action Alliance")],
      [(1, "GNU"), (1, "NLA")]]),
    ("an acronym defined in an article means that there, not its curated meaning",
     ["[Reporters Without Borders|ORG] ([RSF|ORG]) said.", "The [RSF|ORG] shelled the town.",
      "The [Rapid Support Forces|ORG] advanced."],
     [[(0, "Reporters Without Borders"), (0, "RSF")], [(1, "RSF"), (2, "Rapid Support Forces")]],
     [[(0, "RSF"), (1, "RSF")]]),
    ("a shortened organisation name joins the long one in its article",
     ["the [Global Coalition to Disarm IS|ORG] met. The [Global Coalition|ORG] said.",
      "[United States Congress|ORG] voted. [Congress|ORG] passed it.",
      "[Department of Transport|ORG] and the [Department of Transport Office of the Chief "
      "Auditor|ORG]."],
     [[(0, "Global Coalition to Disarm IS"), (0, "Global Coalition")],
      [(1, "United States Congress"), (1, "Congress")]],
     [[(2, "Department of Transport"),
       (2, "Department of Transport Office of the Chief Auditor")]]),
    ("transliteration variants across articles; alike but different names apart",
     ["[Moammar Gadhafi|PERSON] ruled.", "Col. [Muammar el-Qaddafi|PERSON] ruled.",
      "[Mohammed al-Rashidi|PERSON] said.", "[Muhammad el-Rasheedi|PERSON] said.",
      "[Hassan Ali|PERSON] and [Hussein Ali|PERSON].", "[Niger|GPE] and [Nigeria|GPE].",
      "[Austria|GPE] and [Australia|GPE]."],
     [[(0, "Moammar Gadhafi"), (1, "Muammar el-Qaddafi")],
      [(2, "Mohammed al-Rashidi"), (3, "Muhammad el-Rasheedi")]],
     [[(4, "Hassan Ali"), (4, "Hussein Ali")], [(5, "Niger"), (5, "Nigeria")],
      [(6, "Austria"), (6, "Australia")]]),
    ("a person's first surname written alone is the one full name of its article with it "
     "before the last name; a last name or two such full names come first",
     ["Director [Marisol Ibáñez Cortina|PERSON] spoke. \"Rain will come,\" [Ibáñez|PERSON] said.",
      "[Tomás Rivero Lagos|PERSON] and [Ana Rivero Paz|PERSON] met. [Rivero|PERSON] left.",
      "[Elena Soto Vidal|PERSON] and [Pablo Soto|PERSON] met. [Soto|PERSON] left."],
     [[(0, "Marisol Ibáñez Cortina"), (0, "Ibáñez")], [(2, "Pablo Soto"), (2, "Soto")]],
     [[(1, "Rivero"), (1, "Tomás Rivero Lagos")], [(1, "Rivero"), (1, "Ana Rivero Paz")],
      [(2, "Soto"), (2, "Elena Soto Vidal")]]),
    ("a place written in syllables and as one word is one place; a name whose syllables "
     "written together are another word's sound stays apart, and so does a person's name "
     "in syllables without its language's marks",
     ["Prices rose in [Đà Lạt|GPE] on Monday.", "Traders in [Dalat|GPE] said so.",
      "Shops in [Bến Tre|GPE] shut.", "In [Bentre|GPE] rain fell.",
      "Roads in [Hạ Long|GPE] flooded.", "Water in [Halan|GPE] ran out.",
      "Lines in [Kelmont|GPE] ran.", "Association of Growers, [Mỹ Tho|PERSON]",
      "Traders in [Mytho|GPE] said so. Historian [Su Lan|PERSON] wrote of [Sulan|GPE]."],
     [[(0, "Đà Lạt"), (1, "Dalat")], [(2, "Bến Tre"), (3, "Bentre")],
      [(7, "Mỹ Tho"), (8, "Mytho")]],
     [[(4, "Hạ Long"), (5, "Halan")], [(0, "Đà Lạt"), (6, "Kelmont")],
      [(8, "Su Lan"), (8, "Sulan")]]),
    ("a body described by its place's name is the body whose name holds the place, never "
     "the place",
     ["The [Ostrud Board of Trade|ORG] met in [Ostrud|GPE]. [The Ostrud board|DESC] said. The "
      "[Velmoor Water Board|ORG] agreed.",
      "The [Ostrava Grain Exchange|ORG] and [Ostrava|GPE]. [The Ostrava exchange|DESC] said. "
      "[The Dunmore exchange|DESC] did not."],
     [[(0, "Ostrud Board of Trade"), (0, "The Ostrud board")],
      [(1, "Ostrava Grain Exchange"), (1, "The Ostrava exchange")]],
     [[(0, "The Ostrud board"), (0, "Ostrud")], [(0, "The Ostrud board"),
                                                 (0, "Velmoor Water Board")],
      [(1, "The Ostrava exchange"), (1, "Ostrava")],
      [(1, "The Dunmore exchange"), (1, "Ostrava Grain Exchange")]]),
    ("a body's name defines the acronym in brackets after it, even one of its name in another "
     "language; never a news agency's credit",
     ["The [Velm Flood Relief Agency|ORG] ([BPBV|ORG]) said 40 died. Later [BPBV|ORG] said more.",
      "The [Orla Port Trust|ORG] ([AFP|ORG]) reopened the quay."],
     [[(0, "Velm Flood Relief Agency"), (0, "BPBV")]],
     [[(1, "Orla Port Trust"), (1, "AFP")]]),
    ("an agency's credit in brackets after a dateline's country is no short form of it; a "
     "place's initials in brackets are",
     ["[KARSBY|GPE], [Aldoria|GPE] ([AP|ORG]) — Floods hit [Aldoria|GPE].",
      "The [Velmoran Arab Emirates|GPE] ([VAE|ORG]) said the [VAE|ORG] would pay."],
     [[(1, "Velmoran Arab Emirates"), (1, "VAE")]],
     [[(0, "Aldoria"), (0, "AP")]]),
    ("a utility, a network or a forecaster set beside a name is that name, and only that",
     ["[Orla Grid|ORG], [the regional utility|DESC], cut power. [Kell Aid|ORG] helped.",
      "[Velm Weather Office|ORG], [the country's other big forecaster|DESC], agreed. "
      "[The network|DESC] did not."],
     [[(0, "Orla Grid"), (0, "the regional utility")],
      [(1, "Velm Weather Office"), (1, "the country's other big forecaster")]],
     [[(0, "Kell Aid"), (0, "the regional utility")]]),
    ("a lone word its article writes as a place ('at X', 'in X') is the place there, not a "
     "body named after it, whatever the tagger called it",
     ["The [Ostrud Board of Trade|ORG] cut its forecast. Wheat sold at [Ostrud|ORG] fell.",
      "[Velmoor Grain Mills|ORG] hired 40. [Velmoor|ORG] said so.",
      "Farmers met in [Dunmore|ORG]. The [Dunmore Courier|ORG] reported it."],
     [[(1, "Velmoor Grain Mills"), (1, "Velmoor")]],
     [[(0, "Ostrud Board of Trade"), (0, "Ostrud")],
      [(2, "Dunmore"), (2, "Dunmore Courier")]]),
    ("a dateline's word in capitals is the town the article is filed from there, not a body "
     "named after it, whatever the tagger called it; without a dateline the word shortens",
     ["[HOLMBY|ORG], May 4 - The [Holmby Chess Club|ORG] won the cup. [Holmby|ORG] has 9,000 "
      "people.",
      "[ARNVIK|PERSON], Feb 2 - [Galerie Arnvik|PERSON] opened a show. Taxes in the canton of "
      "[Arnvik|PERSON] rose.",
      "[Dunvale Bus Company|ORG] cut fares. [Dunvale|ORG] said so."],
     [[(2, "Dunvale Bus Company"), (2, "Dunvale")], [(0, "HOLMBY"), (0, "Holmby")],
      [(1, "ARNVIK"), (1, "Arnvik")]],
     [[(0, "Holmby Chess Club"), (0, "HOLMBY")], [(1, "Galerie Arnvik"), (1, "ARNVIK")]]),
    ("a word the corpus mostly writes alone as a body stays the body after one 'at': a person "
     "at a bank, a union, a hospital; a town written after 'at' as often, or ending the names "
     "of things made there, stays the town",
     ["[Corvell Savings Bank|ORG] cut its rate. [Corvell|ORG] said profits fell.",
      "[Corvell|ORG] lost a case. A clerk at [Corvell|ORG] said so. [Corvell|ORG] will appeal.",
      "The [Hartwick Nurses Union|ORG] struck. [Hartwick|ORG] members voted. Staff at "
      "[Hartwick|ORG] walked out. [Hartwick|ORG] said pay was low.",
      "[Lindqvist Pharma|ORG] recalled a drug. [Lindqvist|ORG] said a chemist at [Lindqvist|ORG] "
      "found the flaw. [Lindqvist|ORG] shares fell.",
      "The [Pellow Board of Trade|ORG] cut its forecast. Corn sold at [Pellow|ORG] fell.",
      "Farmers met in [Pellow|ORG]. The [Pellow Board of Trade|ORG] spoke.",
      "The [Cave des Vins de Sorbel|ORG] sold less. [Sorbel|ORG] prices rose. [Sorbel|ORG] "
      "sales fell. Frost struck at [Sorbel|ORG]."],
     [[(0, "Corvell Savings Bank"), (1, "Corvell")],
      [(2, "Hartwick Nurses Union"), (2, "Hartwick")],
      [(3, "Lindqvist Pharma"), (3, "Lindqvist")]],
     [[(4, "Pellow Board of Trade"), (4, "Pellow")],
      [(5, "Pellow"), (5, "Pellow Board of Trade")],
      [(6, "Cave des Vins de Sorbel"), (6, "Sorbel")]]),
    ("a description joins the one earlier actor that fits its head noun",
     ["The [Ministry of Energy|ORG] said so. Later [the ministry|DESC] said more.",
      "[Karavel Shipping|ORG] owns it. [The company|DESC] said.",
      "[Ohio|GPE] Gov. [Rita Harlan|PERSON] spoke. [The state's governor|DESC] said.",
      "[Cyclone Marlo|EVENT] crossed. [The storm|DESC] passed.",
      "[Saudi Arabia|GPE] and [Egypt|GPE] met. [The kingdom|DESC] will pay.",
      "[NATO|ORG] met. [The alliance|DESC] agreed."],
     [[(0, "Ministry of Energy"), (0, "the ministry")], [(1, "Karavel Shipping"),
                                                        (1, "The company")],
      [(2, "Rita Harlan"), (2, "The state's governor")], [(3, "Cyclone Marlo"),
                                                           (3, "The storm")],
      [(4, "Saudi Arabia"), (4, "The kingdom")], [(5, "NATO"), (5, "The alliance")]],
     [[(4, "Egypt"), (4, "The kingdom")]]),
    ("a company named for its trade, a utility and a regulator are found by their descriptions",
     ["[Korlin Technologies|ORG] said. [The company|DESC] said more.",
      "[Northvale Water|ORG] cut supply. [The utility|DESC] said.",
      "[Data Privacy Authority|ORG] fined it. [The regulator|DESC] said.",
      "[Department of Water|ORG] said. [The utility|DESC] said.",
      "[Korlin Technologies|ORG] met [Data Privacy Authority|ORG]. [The regulator|DESC] said."],
     [[(0, "Korlin Technologies"), (0, "The company")],
      [(1, "Northvale Water"), (1, "The utility")],
      [(2, "Data Privacy Authority"), (2, "The regulator")],
      [(4, "Data Privacy Authority"), (4, "The regulator")]],
     [[(3, "Department of Water"), (3, "The utility")],
      [(4, "Korlin Technologies"), (4, "The regulator")]]),
    ("a works or a laboratory is found by its description, only where its name says it is one",
     ["A fire shut the [Karsby refinery|FAC]. [The refinery|DESC] said.",
      "[Velm Public Health Laboratory|ORG] tested it. [The laboratory|DESC] said.",
      "[Orla Shipping|ORG] met [Korlin Smelter|FAC]. [The smelter|DESC] closed.",
      "[Orla Shipping|ORG] said. [The refinery|DESC] closed."],
     [[(0, "Karsby refinery"), (0, "The refinery")],
      [(1, "Velm Public Health Laboratory"), (1, "The laboratory")],
      [(2, "Korlin Smelter"), (2, "The smelter")]],
     [[(2, "Orla Shipping"), (2, "The smelter")], [(3, "Orla Shipping"), (3, "The refinery")]]),
    ("a body a person's or people's pronoun owns is the one body that fits, never the one "
     "named most of several",
     ["The [Velm Nurses Union|ORG] met. Nurses said [their union|DESC] would strike.",
      "[Orla Bank|ORG] raised rates. [Ana Lind|PERSON], an economist at [Velm Savings Bank|ORG],"
      " said [her bank|DESC] expects more. [Orla Bank|ORG] said so. [The bank|DESC] agreed."],
     [[(0, "Velm Nurses Union"), (0, "their union")], [(1, "Orla Bank"), (1, "The bank")]],
     [[(1, "Orla Bank"), (1, "her bank")]]),
    ("a body one person's pronoun owns is never one the article names only after it",
     ["[Ana Lind|PERSON] said [her bank|DESC] expects more. [Orla Bank|ORG] raised rates.",
      "Nurses said [their union|DESC] would strike, the [Velm Nurses Union|ORG] said."],
     [[(1, "their union"), (1, "Velm Nurses Union")]], [[(0, "her bank"), (0, "Orla Bank")]]),
    ("a ministry named by its portfolio before the word is the ministry of that portfolio",
     ["The [Finance Ministry|ORG] said. The [Ministry of Finance|ORG] agreed.",
      "The [Interior Ministry|ORG] said. The [Ministry of the Interior|ORG] agreed.",
      "The [Finance Ministry|ORG] said. The [Ministry of Health|ORG] agreed. [Korlin Ministry|ORG]"
      " and [Ministry of Korlin|ORG]."],
     [[(0, "Finance Ministry"), (0, "Ministry of Finance")],
      [(1, "Interior Ministry"), (1, "Ministry of the Interior")]],
     [[(2, "Finance Ministry"), (2, "Ministry of Health")],
      [(2, "Korlin Ministry"), (2, "Ministry of Korlin")]]),
    ("a supermarket chain named by its trade is 'the company' and 'the chain'",
     ["[Harwood Grocers|ORG] cut bread prices. [The company|DESC] said flour was cheaper.",
      "[Tallis Supermarkets|ORG] shut a bakery. [the chain|DESC] blamed rents."],
     [[(0, "Harwood Grocers"), (0, "The company")], [(1, "Tallis Supermarkets"), (1, "the chain")]],
     []),
    ("a description set straight before a name of its type is that name",
     ["[Acme Water|ORG] and [Northvale Water|ORG] met. [The city-owned utility|DESC] "
      "[Northvale Water|ORG] said.",
      "[Korlin Systems|ORG] met [Northvale Water|ORG]. [the research firm|DESC] "
      "[Voxa Labs|ORG] said.",
      "[Korlin Systems|ORG] said. [the company|DESC] [Ohio|GPE] loves.",
      "[Korlin Systems|ORG] met [Ohio|GPE]. [the company|DESC]. [Ohio|GPE] said."],
     [[(0, "Northvale Water"), (0, "The city-owned utility")],
      [(1, "Voxa Labs"), (1, "the research firm")],
      [(2, "Korlin Systems"), (2, "the company")]],
     [[(0, "Acme Water"), (0, "The city-owned utility")],
      [(1, "Korlin Systems"), (1, "the research firm")],
      [(2, "Ohio"), (2, "the company")], [(3, "Ohio"), (3, "the company")]]),
    ("a body named in another language by its head and 'de' is its English name",
     ["The [Banco de Korlandia|ORG] said. The [Bank of Korlandia|ORG] agreed.",
      "The [Ministerio de la Salud|ORG] said. The [Ministry of Salud|ORG] agreed.",
      "The [Banco Korlandia|ORG] said. The [Bank of Korlandia|ORG] agreed. [Juan Banco de Soto|"
      "PERSON] and [Bank of Soto|ORG]."],
     [[(0, "Banco de Korlandia"), (0, "Bank of Korlandia")],
      [(1, "Ministerio de la Salud"), (1, "Ministry of Salud")]],
     [[(2, "Banco Korlandia"), (2, "Bank of Korlandia")],
      [(2, "Juan Banco de Soto"), (2, "Bank of Soto")]]),
    ("a dam and a reservoir are found by their descriptions",
     ["[Korlin Dam|LOC] fell to 20%. [The dam|DESC] is low.",
      "[Korlin Dam|LOC], [the main reservoir|DESC], fell. [the reservoir|DESC] is low.",
      "[Korlin River|LOC] and [Korlin Dam|LOC]. [The reservoir|DESC] is low. [Ohio|GPE] and "
      "[Korlin Dam|LOC]."],
     [[(0, "Korlin Dam"), (0, "The dam")],
      [(1, "Korlin Dam"), (1, "the main reservoir"), (1, "the reservoir")],
      [(2, "Korlin Dam"), (2, "The reservoir")]],
     [[(2, "Korlin River"), (2, "The reservoir")], [(2, "Ohio"), (2, "The reservoir")]]),
    ("a place's one word is not the body named after the place",
     ["The [Korlin Growers' Association|ORG] met. Farms in the [Korlin|LOC] valley dried up.",
      "[Saltmarsh Paria Energy|ORG] leaked. [Saltmarsh|ORG] said.",
      "The [Korlin Canal Authority|ORG] and the [Korlin Canal|LOC]. Ships in [Korlin|LOC].",
      "The [Ashby University|ORG] study. Researchers at [Ashby|LOC] said."],
     [[(1, "Saltmarsh Paria Energy"), (1, "Saltmarsh")], [(2, "Korlin Canal"), (2, "Korlin")],
      [(3, "Ashby University"), (3, "Ashby")]],
     [[(0, "Korlin Growers' Association"), (0, "Korlin")],
      [(2, "Korlin Canal Authority"), (2, "Korlin")]]),
    ("a people's word is not the body named after the people",
     ["[Velmish|NORP] hospitals filled, the [Velmish Health Service|ORG] said.",
      "The [Dorvan Farmers Board|ORG] said. [Dorvan|NORP] farmers wept.",
      "[Orvik Pacific Shipping|ORG] said. [Orvik|ORG] owns it."],
     [[(2, "Orvik Pacific Shipping"), (2, "Orvik")]],
     [[(0, "Velmish"), (0, "Velmish Health Service")],
      [(1, "Dorvan Farmers Board"), (1, "Dorvan")]]),
    ("a title counts only when nothing but names stands between it and the name",
     ["Ohio Gov. [Rita Harlan|PERSON] praised Petty Officer [Owen Voss|PERSON]. "
      "Gov. [Harlan|PERSON] calls [Voss|PERSON] a hero. [The governor|DESC] spoke.",
      "Governor of Ohio [Rita Harlan|PERSON] spoke. [The governor|DESC] left."],
     [[(0, "Rita Harlan"), (0, "The governor")], [(1, "Rita Harlan"), (1, "The governor")]],
     [[(0, "Owen Voss"), (0, "The governor")]]),
    ("an airline, a union and a company named by its trade are found by their descriptions",
     ["[Skyward Air|ORG] grounded its jets. [The airline|DESC] said so.",
      "[Federation of Port and Rail Workers|ORG] struck. [The union|DESC] said so.",
      "[Velm Nurses' Guild|ORG] marched. [The union|DESC] said so.",
      "[Tarn Mining Ltd|ORG] met [Oster Boring|ORG]. [the boring firm|DESC] said so.",
      "[Tarn Mining Ltd|ORG] said. [The airline|DESC] said more. [The union|DESC] too.",
      "[Tarn Mining Ltd|ORG] said. [the boring firm|DESC] said more."],
     [[(0, "Skyward Air"), (0, "The airline")],
      [(1, "Federation of Port and Rail Workers"), (1, "The union")],
      [(2, "Velm Nurses' Guild"), (2, "The union")],
      [(3, "Oster Boring"), (3, "the boring firm")]],
     [[(4, "Tarn Mining Ltd"), (4, "The airline")], [(4, "Tarn Mining Ltd"), (4, "The union")],
      [(3, "Tarn Mining Ltd"), (3, "the boring firm")],
      [(5, "Tarn Mining Ltd"), (5, "the boring firm")]]),
    ("receivers set beside a name are that name, and so are 'the receivers' wherever the "
     "article names it; on their own they name nobody",
     ["[Tolland Air|ORG] failed. [Tolland's receivers|DESC], [Ashby Partners|ORG], said so. "
      "[The receivers|DESC] counted.",
      "[Ashby Partners|ORG] wrote. [the receivers|DESC] said more.",
      "[Corran Partners|ORG] wrote. [the receivers|DESC] said more."],
     [[(0, "Tolland's receivers"), (0, "Ashby Partners"), (0, "The receivers"),
       (1, "the receivers")]],
     [[(2, "Corran Partners"), (2, "the receivers")],
      [(0, "Tolland Air"), (0, "The receivers")]]),
    ("a description set beside a name with its bracketed short form is that name",
     ["[Velm Port Authority|ORG] spoke. [The dockers' union|DESC], the [Harbour Dockers' Guild|"
      "ORG] ([HDG|ORG]), said so."],
     [[(0, "The dockers' union"), (0, "Harbour Dockers' Guild")]],
     [[(0, "The dockers' union"), (0, "Velm Port Authority")]]),
    ("a description the article resolved counts as a name for the descriptions after it, "
     "with its modifiers",
     ["The [Ministry of Fisheries|ORG] and the [Ministry of Agriculture|ORG] said so.",
      "Catches fell, [the fisheries ministry|DESC] said. [The ministry|DESC] added more.",
      "Catches fell, [the fisheries ministry|DESC] said. [the agriculture ministry|DESC] "
      "disagreed.",
      "[Velm Global Health|ORG] spoke. [the health ministry|DESC] said so.",
      "[Velm|GPE]'s [health ministry|ORG] spoke. [the agriculture ministry|DESC] said so."],
     [[(0, "Ministry of Fisheries"), (1, "the fisheries ministry"), (1, "The ministry"),
       (2, "the fisheries ministry")],
      [(0, "Ministry of Agriculture"), (2, "the agriculture ministry")]],
     [[(3, "Velm Global Health"), (3, "the health ministry")],
      [(4, "health ministry"), (4, "the agriculture ministry")]]),
    ("a lone word is the one company whose name it starts, unless a person bears it",
     ["[Orvane Mining Corporation|ORG] dug on.", "[Orvane|PERSON] shares fell.",
      "[Ostrud Shipping Ltd|ORG] sailed. [Karl Ostrud|PERSON] spoke.",
      "[Ostrud|PERSON] said so."],
     [[(0, "Orvane Mining Corporation"), (1, "Orvane")]],
     [[(2, "Ostrud Shipping Ltd"), (3, "Ostrud")]]),
    ("a company is the one its first words start in any article, whatever the tagger called "
     "them, but not where they are written as a place or start two companies' names",
     ["[Brambleton Hearth Capital|ORG] bid for the bakery chain. [Brambleton Hearth|GPE] "
      "raised its offer.",
      "[Brambleton Hearth|PERSON] walked away. [Brambleton|ORG] said no more.",
      "[Kessford Oven Partners|ORG] and [Kessford Oven Securities|ORG] met. [Kessford Oven|ORG] "
      "said so.",
      "[Port Marrow Ventures|ORG] lent money. Bakers in [Port Marrow|GPE] cut prices.",
      "[Tamsin Bakeries Ireland Limited|ORG] opened a shop. [Tamsin Bakeries|ORG] said so. "
      "[Ana Vell of Marrow Capital Research|ORG] spoke. [Ana Vell|PERSON] left."],
     [[(0, "Brambleton Hearth Capital"), (0, "Brambleton Hearth"), (1, "Brambleton Hearth"),
       (1, "Brambleton")]],
     [[(2, "Kessford Oven Partners"), (2, "Kessford Oven")],
      [(2, "Kessford Oven Securities"), (2, "Kessford Oven")],
      [(3, "Port Marrow Ventures"), (3, "Port Marrow")],
      [(4, "Tamsin Bakeries Ireland Limited"), (4, "Tamsin Bakeries")],
      [(4, "Ana Vell of Marrow Capital Research"), (4, "Ana Vell")]]),
    ("a lone word an article writes as a place is the town in every article, not the one "
     "company named after it",
     ["[BRELLIN|GPE], Orla, May 2 (Wire) - Bakeries in [Brellin|GPE] raised bread prices.",
      "[Brellin Regional Water|ORG] said the lakes were low.",
      "The lakes that supply [Brellin|ORG] fell to a third of their capacity. [Brellin|ORG] "
      "households cut their use. Schools of [Brellin|ORG] shut taps."],
     [[(0, "Brellin"), (2, "Brellin")]],
     [[(1, "Brellin Regional Water"), (2, "Brellin")]]),
    ("an office's title set beside a person's name is that person",
     ["Bread sold out, [Marlow Bakeries|ORG] said. Prices will rise, said Marlow Bakeries' "
      "[former chief executive|DESC], [Tomas Reyes|PERSON]. [Reyes|PERSON] left in May."],
     [[(0, "former chief executive"), (0, "Tomas Reyes")]],
     [[(0, "Marlow Bakeries"), (0, "Tomas Reyes")]]),
    ("a description set straight before a name says what the corpus calls it, as one set "
     "beside it by a comma does",
     ["Fires spread, [Ossmar|GPE]'s [forest agency|DESC] [CORFA|ORG] said.",
      "The toll rose, [the Servicio Forense|ORG] ([SF|ORG]) said.\n\n[CORFA|ORG] put the area "
      "at 26,500 hectares. [The agency|DESC] said 74 fires were active."],
     [[(0, "CORFA"), (0, "forest agency"), (1, "CORFA"), (1, "The agency")]],
     [[(1, "the Servicio Forense"), (1, "The agency")]]),
    ("a lone word is the one bank whose name it starts, as it is a company's, but not a central "
     "or a reserve bank's",
     ["[Harvel Bank|ORG] lost deposits. [Harvel|PERSON] shares fell.",
      "[Harvel|PERSON] closed 60 branches.",
      "[Ostrava Reserve Bank|ORG] met.", "[Ostrava|PERSON] spoke."],
     [[(0, "Harvel Bank"), (0, "Harvel"), (1, "Harvel")]],
     [[(2, "Ostrava Reserve Bank"), (3, "Ostrava")]]),
    ("a collapse, a disaster and an accident are the happening named after a name the article "
     "gives",
     ["[The Sarnow quarry collapse|EVENT] killed four. [The collapse|DESC] shut the site. "
      "[The disaster|DESC] was the worst.",
      "[Sarnow|GPE] mourned. [The collapse|DESC] and [the accident|DESC] left it poorer.",
      "[Ostrava|GPE] mourned. [The accident|DESC] left it poorer."],
     [[(0, "The Sarnow quarry collapse"), (0, "The collapse"), (0, "The disaster"),
       (1, "The collapse"), (1, "the accident")]],
     [[(0, "The Sarnow quarry collapse"), (2, "The accident")]]),
    ("a description with two candidates, before or after it, or none names nobody",
     ["[Brekstad Shipping|ORG] and [Karavel Shipping|ORG] met. [The company|DESC] said.",
      "[The company|DESC] said. [Karavel Shipping|ORG] and [Brekstad Shipping|ORG] met.",
      "[The Ministry of Energy|ORG] said. [The company|DESC] disagreed."],
     [], [[(0, "The company"), (0, "Brekstad Shipping")],
          [(0, "The company"), (0, "Karavel Shipping")],
          [(1, "The company"), (1, "Karavel Shipping")],
          [(1, "The company"), (1, "Brekstad Shipping")],
          [(2, "The company"), (2, "The Ministry of Energy")]]),
    ("a description before any name that fits it is the one actor of the article that does",
     ["[The union|DESC]'s count was higher, said the [Federation of Rail Workers|ORG].",
      "[The government|DESC] will pay, officials in [Peru|GPE] said.",
      "[The government|DESC] will pay, officials in [Peru|GPE] and [Chile|GPE] said.",
      "[The company|DESC] said. [Karavel Shipping|ORG] owns it. [Brekstad Shipping|ORG] "
      "bought it.",
      "[Harbour Relief|ORG] counted more. [The group|DESC]'s survey was cited by the "
      "[Velm Advisory Group|ORG].",
      "What can [the international coalition|DESC] do? Sponsor: the [Coalition for Safe "
      "Roads|ORG]."],
     [[(0, "The union"), (0, "Federation of Rail Workers")]],
     [[(1, "The government"), (1, "Peru")], [(2, "The government"), (2, "Peru")],
      [(2, "The government"), (2, "Chile")], [(3, "The company"), (3, "Karavel Shipping")],
      [(4, "The group"), (4, "Velm Advisory Group")],
      [(5, "the international coalition"), (5, "Coalition for Safe Roads")]]),
    ("of several that fit, a description names the one the article names twice as often",
     ["[Tolland Minerals Ltd|ORG] leaked. [Tolland|ORG], a unit of [Summitvale Holdings Inc|ORG]"
      ", said. [The company|DESC] said.",
      "[Brekstad Shipping|ORG] met [Karavel Shipping|ORG]. [Brekstad|ORG] said. "
      "[Karavel|ORG] said. [The company|DESC] said.",
      "[Brekstad Shipping|ORG] met [Karavel Shipping|ORG]. [The company|DESC] said. "
      "[Brekstad|ORG] said. [Brekstad|ORG] said.",
      "[Karavel Shipping|ORG] lost a ship.\n\n[Brekstad Shipping|ORG] waits. [The company|DESC]"
      " said.",
      "[Karavel Shipping|ORG] lost a ship.\n\n[Brekstad Shipping|ORG] and [Acme Shipping|ORG] "
      "wait. [The company|DESC] said."],
     [[(0, "Tolland Minerals Ltd"), (0, "The company")], [(3, "Brekstad Shipping"),
                                                         (3, "The company")]],
     [[(0, "Summitvale Holdings Inc"), (0, "The company")],
      [(1, "The company"), (1, "Brekstad Shipping")],
      [(1, "The company"), (1, "Karavel Shipping")],
      [(2, "The company"), (2, "Brekstad Shipping")],
      [(2, "The company"), (2, "Karavel Shipping")],
      [(4, "The company"), (4, "Brekstad Shipping")], [(4, "The company"), (4, "Acme Shipping")],
      [(4, "The company"), (4, "Karavel Shipping")]]),
    ("an occupation set beside the name before it is that person, though a clause goes on",
     ["said [Ilse Varga|PERSON], [the epidemiologist|DESC] who led the team. [Rita Harlan|"
      "PERSON] spoke.",
      "said [Tomas Okello|PERSON], [the district health officer|DESC] in [Karsby|GPE].",
      "said [Claire Dumas|PERSON], [the FTU's secretary general|DESC].",
      "[Rita Harlan|PERSON] spoke. [The epidemiologist|DESC] agreed.",
      "[Rita Harlan|PERSON], [the epidemiologist|DESC] and [Owen Voss|PERSON] met."],
     [[(0, "Ilse Varga"), (0, "the epidemiologist")],
      [(1, "Tomas Okello"), (1, "the district health officer")],
      [(2, "Claire Dumas"), (2, "the FTU's secretary general")]],
     [[(3, "Rita Harlan"), (3, "The epidemiologist")],
      [(4, "Rita Harlan"), (4, "the epidemiologist")]]),
    ("what a body is, set beside its name, is that body; on its own it names nobody",
     ["Shares in [Summitvale Holdings|ORG], [Tolland's parent|DESC], fell. [Tolland|ORG] "
      "fell too.",
      "[Coastal Water Trust|ORG] ([CWT|ORG]), [the medical charity|DESC] that runs two "
      "centres, said so.",
      "a health fund that [the official health funding council|DESC], the [HFC|ORG], "
      "expects to run short.",
      "[Summitvale Holdings|ORG] spoke. [The parent|DESC] agreed."],
     [[(0, "Summitvale Holdings"), (0, "Tolland's parent")],
      [(1, "Coastal Water Trust"), (1, "the medical charity")],
      [(2, "HFC"), (2, "the official health funding council")]],
     [[(0, "Tolland's parent"), (0, "Tolland")],
      [(3, "Summitvale Holdings"), (3, "The parent")]]),
    ("a description set beside a name by a comma is that name, whatever came before",
     ["[Brekstad Shipping|ORG] met them. [The operator|DESC], [Karavel Shipping|ORG], said.",
      "[Brekstad Shipping|ORG] and [Karavel Shipping|ORG], [the company|DESC], met.",
      "[The governor|DESC], [Rita Harlan|PERSON]. [Ohio|GPE] agreed.",
      "[The company|DESC], [Brekstad Shipping|ORG] and [Karavel Shipping|ORG] met.",
      "[The ministry|DESC], [Rita Harlan|PERSON], said.",
      "[Brekstad Shipping|ORG], [the company|DESC] and [Ohio|GPE] met.",
      "[Rita Harlan|PERSON] spoke. [The ship's master|DESC], Capt. [Owen Voss|PERSON], said.",
      "[Rita Harlan|PERSON] spoke. [The ship's master|DESC], and [Owen Voss|PERSON], said.",
      "[Owen Voss|PERSON] was hurt, [his mother|DESC], [Ruth Voss|PERSON], said.",
      "[Owen Voss|PERSON] was hurt. [His mother|DESC] said so.",
      "[Rita Harlan|PERSON] met [Peru's foreign minister|DESC], [Javier Montes|PERSON],"
      " in Lima."],
     [[(0, "The operator"), (0, "Karavel Shipping")],
      [(1, "Karavel Shipping"), (1, "the company")],
      [(2, "The governor"), (2, "Rita Harlan")],
      [(6, "The ship's master"), (6, "Owen Voss")],
      [(8, "his mother"), (8, "Ruth Voss")],
      [(10, "Peru's foreign minister"), (10, "Javier Montes")]],
     [[(0, "The operator"), (0, "Brekstad Shipping")],
      [(1, "the company"), (1, "Brekstad Shipping")],
      [(3, "The company"), (3, "Brekstad Shipping")],
      [(4, "The ministry"), (4, "Rita Harlan")],
      [(5, "the company"), (5, "Ohio")], [(7, "The ship's master"), (7, "Owen Voss")],
      [(8, "his mother"), (8, "Owen Voss")], [(9, "His mother"), (9, "Owen Voss")]]),
    ("'the country' is the one sovereign state named earlier, not a region or a city",
     ["Storms hit the [Philippines|GPE] and [Eastern Visayas|LOC]. [The country|DESC] counts.",
      "[Kenya|GPE] and [Uganda|GPE] met. [The country|DESC] said.",
      "[Manila|GPE] flooded. [The country|DESC] said."],
     [[(0, "Philippines"), (0, "The country")]],
     [[(1, "The country"), (1, "Kenya")], [(1, "The country"), (1, "Uganda")],
      [(2, "The country"), (2, "Manila")]]),
    ("'the town' is the one place named earlier that is no country, province or region",
     ["[Kenya|GPE] and [Garissa|GPE] flooded. [The town|DESC] is cut off.",
      "[Kenya|GPE] and [Lamu County|GPE] flooded. [The town|DESC] is cut off.",
      "[Garissa|GPE] and [Dadaab|GPE] flooded. [Dadaab|GPE] too.\n\n[The town|DESC] waits."],
     [[(0, "Garissa"), (0, "The town")]],
     [[(0, "Kenya"), (0, "The town")], [(1, "Kenya"), (1, "The town")],
      [(1, "Lamu County"), (1, "The town")], [(2, "Dadaab"), (2, "The town")],
      [(2, "Garissa"), (2, "The town")]]),
    ("'the archipelago' is the one group of islands named earlier",
     ["The [Orrin Islands|LOC] and [Madrid|GPE] voted. [The archipelago|DESC] chose.",
      "[Madrid|GPE] voted. [The archipelago|DESC] chose."],
     [[(0, "Orrin Islands"), (0, "The archipelago")]],
     [[(1, "Madrid"), (1, "The archipelago")], [(0, "Madrid"), (0, "The archipelago")]]),
    ("a sports event's word stands for the one such event of the article; 'the event' for its "
     "one happening",
     ["The [Velmora Women's Curling Championship|EVENT] opens. [The championship|DESC] and "
      "[the tournament|DESC] will cost more; [the event|DESC] sold out.",
      "[The event|DESC] was moved. [Orla|GPE] complained.",
      "The [Kestrel Cup|EVENT] and the [Harlow Summit|EVENT] met. [The event|DESC] ended."],
     [[(0, "Velmora Women's Curling Championship"), (0, "The championship"),
       (0, "the tournament"), (0, "the event")]],
     [[(1, "The event"), (1, "Orla")], [(2, "Kestrel Cup"), (2, "The event")],
      [(2, "Harlow Summit"), (2, "The event")]]),
    ("a lone word is the name that ends with it before one that starts with it",
     ["The [Velm Observer|ORG] said. Told the [Observer|ORG]. Sign up to [Observer Weekend|ORG].",
      "[Saltmarsh|ORG] said. [Saltmarsh Paria Energy|ORG] owns it."],
     [[(0, "Velm Observer"), (0, "Observer")], [(1, "Saltmarsh"), (1, "Saltmarsh Paria Energy")]],
     [[(0, "Observer Weekend"), (0, "Observer")]]),
    ("one acronym defined apart by names that share a word saying which is one body; a shared "
     "head noun or word of scope says nothing",
     ["Orla's [Geophysical Institute|ORG] ([IGO|ORG]) said. The [IGO|ORG] agreed.",
      "The [Geophysical Institute of Orla|ORG] ([IGO|ORG]) said.",
      "The [National Intelligence Service|ORG] ([NIS|ORG]) said.",
      "The [National Institute of Statistics|ORG] ([NIS|ORG]) said."],
     [[(0, "Geophysical Institute"), (0, "IGO"), (1, "Geophysical Institute of Orla")]],
     [[(2, "National Intelligence Service"), (3, "National Institute of Statistics")]]),
    ("a description its article names nothing for is the one name of the corpus that holds its "
     "head noun and fits; of two, none; never a name that does not say it",
     ["The [Karsby refinery|FAC] burned.", "[The refinery|DESC] restarted.",
      "The [Velm Nurses Union|ORG] struck.", "[The union|DESC] said. [The rail union|DESC] too.",
      "The [Orla Grain Exchange|ORG] and the [Velm Grain Exchange|ORG] met.",
      "[The exchange|DESC] rose. [Tarn Mining Ltd|ORG] said. [The company|DESC] said."],
     [[(0, "Karsby refinery"), (1, "The refinery")], [(2, "Velm Nurses Union"), (3, "The union")]],
     [[(2, "Velm Nurses Union"), (3, "The rail union")],
      [(4, "Orla Grain Exchange"), (5, "The exchange")],
      [(4, "Velm Grain Exchange"), (5, "The exchange")]]),
    ("a description whose modifier is a trade the corpus names bodies by reaches the one name "
     "of the corpus holding its head noun and that word; of two, none",
     ["The [Harlow Valley Water Service|ORG] cut supply. [Dunmore Water|ORG] did not.",
      "Homes were dry for a week, [the water service|DESC] said.",
      "The [Tolland Rescue Service|ORG] and [Kelby Rescue Service|ORG] came. [Orla Rescue|ORG] "
      "too.", "[The rescue service|DESC] said."],
     [[(0, "Harlow Valley Water Service"), (1, "the water service")]],
     [[(2, "Tolland Rescue Service"), (3, "The rescue service")],
      [(2, "Kelby Rescue Service"), (3, "The rescue service")]]),
    ("'the gang' is a group the corpus calls a gang, in any article; never one it does not",
     ["Police raided the [Ossmar|ORG] gang in [Kelby|GPE]. [The gang|DESC] fled.",
      "[The gang|DESC] behind the fraud is [Ossmar|ORG], a detective said.",
      "[Orla Mining|ORG] was robbed. [The gang|DESC] took 40 tonnes."],
     [[(0, "Ossmar"), (0, "The gang"), (1, "The gang"), (1, "Ossmar")]],
     [[(2, "Orla Mining"), (2, "The gang")], [(0, "Kelby"), (0, "The gang")]]),
    ("a description set beside a name further on teaches the descriptions before it only when "
     "it says no more than they do",
     ["The [Orla Rescue Service|ORG] was stretched.\n\nDr Ana Pell, [the service|DESC]'s chief, "
      "spoke.\n\nCall [Lifeline Velm|ORG], [the national support service|DESC], for help.",
      "Riders queued as [the operator|DESC] cut sailings.\n\nA spokesman for [Harbin "
      "Ferries|ORG], [the operator|DESC], apologised."],
     [[(0, "Orla Rescue Service"), (0, "the service")],
      [(1, "the operator"), (1, "Harbin Ferries")]],
     [[(0, "the service"), (0, "Lifeline Velm")]]),
    ("an acronym given in brackets after a name is that naming, not a second one: of two that "
     "fit, named once each, the description names neither",
     ["The [Harlow Rescue Service|ORG] was hit. The [Orla Ambulance Service|ORG] ([OAS|ORG]) "
      "diverted crews.\n\nA surgeon said [the service|DESC] was short of staff."],
     [], [[(0, "Orla Ambulance Service"), (0, "the service")],
          [(0, "Harlow Rescue Service"), (0, "the service")]]),
    ("a description never reaches into another article",
     ["[Karavel Shipping|ORG] owns it.", "[The company|DESC] said."],
     [], [[(0, "Karavel Shipping"), (1, "The company")]]),
    ("a storm's name alone is the storm, in any article; an operation keeps its word",
     ["[Super Typhoon Orwen|EVENT] hit. [Orwen|EVENT] killed 27.",
      "[Typhoon Orwen|EVENT] killed more.", "[Operation Atalanta|EVENT] and [Atalanta|GPE].",
      "The worst since [Mirren|PERSON] in 2009.", "[Typhoon Mirren|EVENT] hit Kelby.",
      "[Hurricane Maria|EVENT] and [Maria|PERSON] spoke."],
     [[(0, "Super Typhoon Orwen"), (0, "Orwen"), (1, "Typhoon Orwen")],
      [(3, "Mirren"), (4, "Typhoon Mirren")]],
     [[(2, "Operation Atalanta"), (2, "Atalanta")], [(5, "Hurricane Maria"), (5, "Maria")]]),
    ("a lone word joins the one longer name of its article it shortens, not a city",
     ["[The New York Times|ORG] reported; [the Times|ORG] said.",
      "The [Orrin Islands Electoral Board|ORG] counted. The [Board|ORG] said.",
      "Round the [Cape of Good Hope|LOC]. The [Cape|LOC] route.",
      "Ships in the [Gulf of Aden|LOC] and the port of [Aden|GPE].",
      "[Tolland Ridge Minerals|ORG] leaked. [Tolland|ORG] said."],
     [[(0, "The New York Times"), (0, "the Times")],
      [(1, "Orrin Islands Electoral Board"), (1, "Board")],
      [(2, "Cape of Good Hope"), (2, "Cape")], [(4, "Tolland Ridge Minerals"), (4, "Tolland")]],
     [[(3, "Gulf of Aden"), (3, "Aden")]]),
    ("a place's institution is its formal name, not the place",
     ["[Sudan's Saudi-backed government|ORG] said. [Sudan|GPE] too.",
      "The [Government of Sudan|ORG] replied."],
     [[(0, "Sudan's Saudi-backed government"), (1, "Government of Sudan")]],
     [[(0, "Sudan's Saudi-backed government"), (0, "Sudan")]]),
    ("a place named with and without its feature word is one place, unless a political place",
     ["Ships crossed the [Bab el-Mandeb strait|LOC], the [Bab el-Mandeb Strait|LOC].",
      "Attacks near [Bab el-Mandeb|ORG] went on. Traffic through [the strait|DESC] fell.",
      "The [Suez Canal|LOC] is near [Suez|GPE]. The [Marova Peninsula|LOC] and [Marova|GPE]."],
     [[(0, "Bab el-Mandeb strait"), (1, "Bab el-Mandeb"), (1, "the strait")]],
     [[(2, "Suez Canal"), (2, "Suez")], [(2, "Marova Peninsula"), (2, "Marova")]]),
    ("a place's parliament written after its name is the parliament, which 'the parliament' is",
     ["The [Orrin Islands parliament|ORG] met. [Orrin Islands|LOC] voters. [The regional "
      "parliament|DESC] sat.", "The [Parliament of the Orrin Islands|ORG] met.",
      "The [UN refugee agency|ORG] and the [UN Refugee Agency|ORG] said."],
     [[(0, "Orrin Islands parliament"), (1, "Parliament of the Orrin Islands"),
       (0, "The regional parliament")],
      [(2, "UN refugee agency"), (2, "UN Refugee Agency")]],
     [[(0, "Orrin Islands parliament"), (0, "Orrin Islands")]]),
    ("the country or curated name before a body's name is dropped to find it",
     ["[NATO|ORG] runs the [NATO Allied Coastal Command|ORG]. The [Allied Coastal "
      "Command|ORG] said."],
     [[(0, "NATO Allied Coastal Command"), (0, "Allied Coastal Command")]],
     [[(0, "NATO"), (0, "Allied Coastal Command")]]),
    ("a place the article names, written before a body's name, is dropped to find it",
     ["The [Orrin Islands Electoral Board|ORG] counted. [Orrin Islands|LOC] voters. The "
      "[Electoral Board|ORG] said.",
      "The [Harbour Watch Council|ORG] met. The [Watch Council|ORG] too."],
     [[(0, "Orrin Islands Electoral Board"), (0, "Electoral Board")]],
     [[(0, "Orrin Islands"), (0, "Electoral Board")],
      [(1, "Harbour Watch Council"), (1, "Watch Council")]]),
    ("a people's word in the plural is the people, in the singular too",
     ["Most [Velmorans|NORP] voted. [Velmoran|NORP] voters abroad did not.",
      "The [Velmoran|NORP] vote. [Kenyans|NORP] and a [Kenyan|NORP] said so."],
     [[(0, "Velmorans"), (0, "Velmoran"), (1, "Velmoran")], [(1, "Kenyans"), (1, "Kenyan")]],
     [[(0, "Velmorans"), (1, "Kenyan")]]),
    ("a name tagged as a person defines the acronym of exactly its initials beside it",
     ["The [Liga Costera|PERSON] ([LC|ACRO]) won. The [LC|ACRO] will govern.",
      "[Ahmed Salem|PERSON] ([AFP|ACRO]) said so. [Omar Hadley|PERSON] ([OHX|ACRO]) too."],
     [[(0, "Liga Costera"), (0, "LC")]],
     [[(1, "Ahmed Salem"), (1, "AFP")], [(1, "Omar Hadley"), (1, "OHX")]]),
    ("a word in capitals is an actor only when the corpus says what it stands for",
     ["The [United Kingdom Coastal Survey Operations|ORG] logged it.",
      "[UKCSO|ACRO] logged more. The [CEO|ACRO] left."],
     [[(0, "United Kingdom Coastal Survey Operations"), (1, "UKCSO")]], []),
    ("a company's legal form does not matter; a person's or a place's last word does",
     ["The operator, [Tolland Ridge Minerals Ltd|ORG], said so.",
      "[Tolland Ridge Minerals|ORG] and its parent [Summitvale Holdings Inc.|ORG] said.",
      "[Summitvale Holdings|ORG] shares fell. [Acme Holdings plc|ORG] and [Acme Holdings|ORG].",
      "[Orvane Power Limited|ORG] said. [Orvane Power|ORG] shares fell."],
     [[(0, "Tolland Ridge Minerals Ltd"), (1, "Tolland Ridge Minerals")],
      [(1, "Summitvale Holdings Inc."), (2, "Summitvale Holdings")],
      [(2, "Acme Holdings plc"), (2, "Acme Holdings")],
      [(3, "Orvane Power Limited"), (3, "Orvane Power")]],
     [[(0, "Tolland Ridge Minerals Ltd"), (1, "Summitvale Holdings Inc.")]]),
    ("a vessel's prefix does not matter; a place its name starts with is not the vessel",
     ["The [MV Karnaphuli Star-7|FAC] sank on the [Karnaphuli|LOC] at dawn. Divers reached "
      "the [Karnaphuli Star-7|FAC] later. Witnesses said [the ferry|DESC] was full.",
      "The [Karnaphuli Star-7|FAC] had been inspected in May."],
     [[(0, "MV Karnaphuli Star-7"), (0, "Karnaphuli Star-7"), (0, "the ferry"),
       (1, "Karnaphuli Star-7")]],
     [[(0, "MV Karnaphuli Star-7"), (0, "Karnaphuli")]]),
    ("a word the corpus mostly tags as a place is no body's short name where once an org",
     ["The [Tarvos Fire Directorate|ORG] counted homes. Farmers on [Tarvos|ORG] wait.",
      "Fires burn on [Tarvos|LOC]. Roads on [Tarvos|GPE] closed.",
      "The [Saltmarsh Paria Energy|ORG] well. [Saltmarsh|ORG] said so."],
     [[(0, "Tarvos"), (1, "Tarvos")], [(2, "Saltmarsh Paria Energy"), (2, "Saltmarsh")]],
     [[(0, "Tarvos Fire Directorate"), (0, "Tarvos")]]),
    ("a head noun or its plural in the name: forums, observatories, auditors",
     ["The [Harlow Riverside Tenants' Forum|ORG] met. [The forum|DESC] asked for more.",
      "The [National Court of Auditors|ORG] reported. [The auditor|DESC] put it at ten.",
      "The [Coastal Bird Observatory|ORG] counted. [the observatory|DESC] said.",
      "The [Orla Fire Directorate|ORG] spoke. [The directorate|DESC]'s map."],
     [[(0, "Harlow Riverside Tenants' Forum"), (0, "The forum")],
      [(1, "National Court of Auditors"), (1, "The auditor")],
      [(2, "Coastal Bird Observatory"), (2, "the observatory")],
      [(3, "Orla Fire Directorate"), (3, "The directorate")]], []),
    ("a later description of the head set beside a name is that name",
     ["[Velkor Rail|ORG], [the state company|DESC] laying the track, said so. Later [the "
      "company|DESC] said more.",
      "[Velkor Rail|ORG] and [Ohio|GPE]. [The company|DESC] said so.",
      "As [the owner|DESC], [Rafiq Sarwar|PERSON], was held, police said. [The owner|DESC] had "
      "fled.",
      "[The owner|DESC] lied. Police charged [the owner|DESC], [Dina Ferro|PERSON], with fraud.",
      "[Ilse Varga|PERSON] spoke. Police said [the owner|DESC] had fled. [Rafiq Sarwar|PERSON] "
      "too."],
     [[(0, "Velkor Rail"), (0, "the company"), (1, "The company")],
      [(2, "Rafiq Sarwar"), (2, "the owner"), (2, "The owner")],
      [(3, "Dina Ferro"), (3, "The owner"), (3, "the owner")]],
     [[(4, "Ilse Varga"), (4, "the owner")]]),
    ("a place the corpus called an island is the island, in every article",
     ["Fires burned on the Aegean island of [Tarvos|LOC] and in [Greece|GPE]. Half of [the "
      "island|DESC] is ash.",
      "Fires burned on [Tarvos|LOC]. Half of [the island|DESC] is ash.",
      "Fires burned on [Corran|LOC]. Half of [the island|DESC] is ash."],
     [[(0, "Tarvos"), (0, "the island"), (1, "the island")]],
     [[(2, "Corran"), (2, "the island")]]),
    ("a route or a disaster the article named with its head noun: the line, the fire",
     ["Work on the [Velkor|GPE] high-speed line resumed. [The line|DESC] opens in May.",
      "The [Kandor|PERSON] fire spread. [The fire|DESC] burned homes.",
      "[Marlow|GPE] said rail would come. [The line|DESC] is old.",
      "A [Ashby University|ORG] team sampled it. [The team|DESC] said so.",
      "Officials told [Kestrel Wire|ORG] fire crews were out. [The fire|DESC] spread.",
      "Crews reached the [Orla Alpha|FAC] platform. [The platform|DESC] was shut."],
     [[(0, "Velkor"), (0, "The line")], [(1, "Kandor"), (1, "The fire")],
      [(5, "Orla Alpha"), (5, "The platform")]],
     [[(2, "Marlow"), (2, "The line")], [(3, "Ashby University"), (3, "The team")],
      [(4, "Kestrel Wire"), (4, "The fire")]]),
    ("a happening's description in an article that names none is the corpus's one happening "
     "of its kind, or the one it names most; not one of two named as often",
     ["Crops failed in the [July heatwave|EVENT] and the [2030 Velm drought|EVENT].",
      "[The heatwave|DESC] closed schools.", "Since [the heatwave|DESC], rain.",
      "The [2031 Velm census|EVENT] ran. The [2031 census|EVENT] counted 4 million.",
      "The [2021 census|EVENT] was older.", "[The census|DESC] missed people.",
      "The [Kandor fire|EVENT] and the [Orla fire|EVENT] spread.", "[The fire|DESC] is out."],
     [[(0, "July heatwave"), (1, "The heatwave"), (2, "the heatwave")],
      [(3, "2031 Velm census"), (5, "The census")]],
     [[(0, "2030 Velm drought"), (1, "The heatwave")], [(4, "2021 census"), (5, "The census")],
      [(6, "Kandor fire"), (7, "The fire")], [(6, "Orla fire"), (7, "The fire")]]),
    ("an algal bloom is a happening: 'the bloom' after a named one is that one, and the "
     "descriptions of a corpus that names none are one bloom only described",
     ["The [Kessel reservoir bloom|EVENT] spread. [The bloom|DESC] closed the beach.",
      "Rowers left the lake before [the bloom|DESC] reached it."],
     [[(0, "Kessel reservoir bloom"), (0, "The bloom"), (1, "the bloom")]], []),
    ("a happening named by a name of its own is what its descriptions stand for in articles "
     "that do not name it; one named after a place or a body only where the article names that",
     ["The [Clean Rivers campaign|EVENT] began on Monday.", "[The campaign|DESC] reached 9 towns.",
      "Rain fell on [Harlow|GPE]. The [Harlow breach|EVENT] cost more.",
      "[The breach|DESC] was closed."],
     [[(0, "Clean Rivers campaign"), (1, "The campaign")]],
     [[(2, "Harlow breach"), (3, "The breach")]]),
    ("a month abbreviated before its day is that month: the blackout of Sept. 9 is the September "
     "one, not the April one",
     ["The [September 2031 blackout|EVENT] cut 9 towns.", "Since the [Sept. 9 blackout|EVENT], "
      "more.", "The [April 2031 blackout|EVENT] was smaller."],
     [[(0, "September 2031 blackout"), (1, "Sept. 9 blackout")]],
     [[(1, "Sept. 9 blackout"), (2, "April 2031 blackout")]]),
    ("a name the corpus gives an acronym is a body's, though the tagger took it for a person's: "
     "no lone word is its surname",
     ["The [Sahabat Tani Velm|ORG] ([STV|ORG]) fed 900 families.",
      "[Sahabat Tani Velm|PERSON] says more. Crops on [Velm|PERSON] failed.",
      "Ash fell on [Velm|PERSON]."],
     [[(0, "Sahabat Tani Velm"), (0, "STV"), (1, "Sahabat Tani Velm")],
      [(1, "Velm"), (2, "Velm")]],
     [[(1, "Sahabat Tani Velm"), (1, "Velm")], [(0, "Sahabat Tani Velm"), (2, "Velm")]]),
    ("a volcano named with its generic word is 'the volcano'; a regency is one place with and "
     "without its designator, and 'the regency'",
     ["Ash rose from [Mount Kelvar|LOC]. [The volcano|DESC] rumbled. [Velm|GPE] shook.",
      "Homes in [Tarsa Regency|GPE] burned. [Tarsa|GPE] wept. [the regency|DESC] asked for aid.",
      "Ash rose over [Velm|GPE]. [The volcano|DESC] rumbled."],
     [[(0, "Mount Kelvar"), (0, "The volcano")],
      [(1, "Tarsa Regency"), (1, "Tarsa"), (1, "the regency")]],
     [[(0, "Velm"), (0, "The volcano")], [(2, "Velm"), (2, "The volcano")]]),
    ("a lone word is no shortening of a place named with a direction before it",
     ["Ash fell on [Orla|ORG]. Villages in [East Orla|GPE] emptied. The [Kell|ORG] said so, and "
      "the [Port of Kell|ORG] shut."],
     [[(0, "Kell"), (0, "Port of Kell")]], [[(0, "Orla"), (0, "East Orla")]]),
    ("one happening named three ways across articles is one event, an older one another",
     ["The [2031 Velm census|EVENT] counted 4 million.", "The [Velm census|EVENT] ran late.",
      "Since the [2031 census|EVENT], more.", "Up from the [2021 census|EVENT] and the [2031 "
      "census|EVENT].", "The [2031 school census|EVENT] counted pupils."],
     [[(0, "2031 Velm census"), (1, "Velm census"), (2, "2031 census"), (3, "2031 census")]],
     [[(0, "2031 Velm census"), (3, "2021 census")], [(1, "Velm census"), (3, "2021 census")],
      [(2, "2031 census"), (4, "2031 school census")]]),
    ("a happening named with its year after it is the one named with it before or none",
     ["The [National Heron Census 2031|EVENT] counted 400 herons.",
      "The [National Heron Census|EVENT] ran late.", "Up from the [2021 census|EVENT].",
      "The [Orla Heron Census 2021|EVENT] counted fewer."],
     [[(0, "National Heron Census 2031"), (1, "National Heron Census")]],
     [[(0, "National Heron Census 2031"), (2, "2021 census")],
      [(0, "National Heron Census 2031"), (3, "Orla Heron Census 2021")]]),
    ("happenings named by two months are two events, one month and its year one",
     ["The [May floods|EVENT] were worse than the [September 2029 floods|EVENT].",
      "After the [September floods|EVENT], roads shut.",
      "The [2029 floods|EVENT] closed schools."],
     [[(1, "September floods"), (0, "September 2029 floods"), (2, "2029 floods")]],
     [[(0, "May floods"), (0, "September 2029 floods")]]),
    ("the fires of two places are two events; a quake is an earthquake",
     ["The [Velm fire|EVENT] spread.", "The [Dovren fire|EVENT] spread.",
      "The [Orla quake|EVENT] hit.", "The [Orla earthquake|EVENT] hit."],
     [[(2, "Orla quake"), (3, "Orla earthquake")]], [[(0, "Velm fire"), (1, "Dovren fire")]]),
    ("a year without a name fits the story's latest happening of its kind",
     ["The [2029 vote|EVENT] and the [2034 election|EVENT].", "The [Velm election|EVENT] nears."],
     [[(0, "2034 election"), (1, "Velm election")]], [[(0, "2029 vote"), (1, "Velm election")]]),
    ("a name set beside a happening's description is the happening's name",
     ["The [Kandor fire|EVENT] spread. [The largest fire|DESC], [Kandor|GPE], burned on.",
      "The [Velm fire|EVENT] spread. [The fire|DESC], [Orla|GPE] said, burned on."],
     [[(0, "Kandor fire"), (0, "Kandor"), (0, "The largest fire")]],
     [[(1, "Velm fire"), (1, "Orla")]]),
    ("the fire is the happening, not the place it is named after",
     ["The [Kandor|GPE] fire spread.",
      "The [Kandor fire|EVENT] spread. [Kandor|GPE] wept. [The fire|DESC] burned homes."],
     [[(1, "Kandor fire"), (1, "The fire")]], [[(1, "Kandor"), (1, "The fire")]]),
    ("a day's happening is none named by its year; two sorts of strike are two",
     ["The [2007 Velm earthquake|EVENT] was worse. [Saturday's quake|DESC] hit.",
      "The [2019 transport strike|EVENT] was long. [The rolling strike|DESC] began.",
      "The [2019 transport strike|EVENT] was long. [The transport strike|DESC] ended."],
     [[(2, "2019 transport strike"), (2, "The transport strike")]],
     [[(0, "2007 Velm earthquake"), (0, "Saturday's quake")],
      [(1, "2019 transport strike"), (1, "The rolling strike")]]),
    ("a date without a year is no reason to pick the one dated happening",
     ["The [2007 Pisco earthquake|EVENT] was small.", "The [Velm earthquake|EVENT] hit.",
      "After the [14 March earthquake|EVENT], aid came."],
     [], [[(0, "2007 Pisco earthquake"), (2, "14 March earthquake")]]),
    ("the agency is a bureau, an office or a service named earlier",
     ["The [Velm Bureau of Statistics|ORG] counted. [The agency|DESC] said so.",
      "The [Orla Meteorological Service|ORG] warned. [The meteorological agency|DESC] "
      "said.",
      "The [Velm Growers' Union|ORG] met. [The agency|DESC] said so.",
      "The [Velm Data Commission|ORG] fined it. A poll by [the research agency|DESC] "
      "[Kestra|GPE] found more."],
     [[(0, "Velm Bureau of Statistics"), (0, "The agency")],
      [(1, "Orla Meteorological Service"), (1, "The meteorological agency")]],
     [[(2, "Velm Growers' Union"), (2, "The agency")],
      [(3, "Velm Data Commission"), (3, "the research agency")]]),
    ("of several bodies that fit the agency, the one whose name says agency",
     ["The [Orla Water Service|ORG] said it and the [Orla Water Service|ORG] said more. The "
      "[Tarn Weather Agency|ORG] warned. [The agency|DESC] said so.",
      "The [Kelm Fire Service|ORG] and the [Kelm Fire Bureau|ORG] met. [The agency|DESC] said."],
     [[(0, "Tarn Weather Agency"), (0, "The agency")]],
     [[(0, "Orla Water Service"), (0, "The agency")],
      [(1, "Kelm Fire Service"), (1, "The agency")], [(1, "Kelm Fire Bureau"), (1, "The agency")]]),
    ("the agency is a public corporation or an international organisation named earlier, but "
     "one whose name says agency comes first",
     ["The [Velm Housing and Mortgage Corporation|ORG] counted starts. [The agency|DESC] said so.",
      "The [World Pasture Organization|ORG] warned. [The agency|DESC] said swarms grow.",
      "The [Vorsk Rail Corporation|ORG] and the [Vorsk Rail Safety Agency|ORG] met. "
      "[The agency|DESC] said."],
     [[(0, "Velm Housing and Mortgage Corporation"), (0, "The agency")],
      [(1, "World Pasture Organization"), (1, "The agency")],
      [(2, "Vorsk Rail Safety Agency"), (2, "The agency")]],
     [[(2, "Vorsk Rail Corporation"), (2, "The agency")]]),
    ("a description that gives an acronym in brackets is the acronym's body",
     ["Clinics filled, [the regional ambulance service|DESC] ([ORAS|ORG]) said. The "
      "[Orla Regional Ambulance Service|ORG] ([ORAS|ORG]) runs 40 crews.",
      "Rates rose, [the national statistics agency|DESC] ([VSA|ORG]) said, and "
      "[Velm Water Agency|ORG] agreed.",
      "\"It is a cut,\" said [Ivo Lind|PERSON], [chief executive of the Orla Fishers' League|DESC]"
      " ([OFL|ORG])."],
     [[(0, "the regional ambulance service"), (0, "Orla Regional Ambulance Service")],
      [(1, "the national statistics agency"), (1, "VSA")],
      [(2, "Ivo Lind"), (2, "chief executive of the Orla Fishers' League")]],
     [[(1, "the national statistics agency"), (1, "Velm Water Agency")]]),
    ("a description before a name that only says its kind is that name in its own paragraph",
     ["Imports eased, [the regulator|DESC] said.\n\nThe [Orla Flood Relief Agency|ORG] "
      "counted the dead.",
      "Imports eased, [the regulator|DESC] said, as the [Velm Fuel Agency|ORG] had warned.",
      "Imports eased, [the regulator|DESC] said.\n\nThe [Kestin Fuel Regulator|ORG] warned."],
     [[(1, "the regulator"), (1, "Velm Fuel Agency")],
      [(2, "the regulator"), (2, "Kestin Fuel Regulator")]],
     [[(0, "the regulator"), (0, "Orla Flood Relief Agency")]]),
    ("a happening the corpus names after a name this article gives is its description's",
     ["Data was stolen in the [Harlow breach|EVENT].",
      "[Harlow|ORG] said [the breach|DESC] cost it.", "[Velm|ORG] said [the breach|DESC] cost it.",
      "The [Orla fire|EVENT] and the [Kandor fire|EVENT].", "[Orla|GPE] and [Kandor|GPE] burned. "
      "[The fire|DESC] spread."],
     [[(0, "Harlow breach"), (1, "the breach")]],
     [[(0, "Harlow breach"), (2, "the breach")], [(3, "Orla fire"), (4, "The fire")],
      [(3, "Kandor fire"), (4, "The fire")]]),
    ("a name without its one middle name is that person; two middle names, not sure",
     ["[Dr. Ruth Ellen Calder|PERSON] spoke.", "[Ruth Calder|PERSON] and [Calder|PERSON] spoke.",
      "[Omar Lee Vance|PERSON] met [Omar Ray Vance|PERSON].", "[Omar Vance|PERSON] spoke."],
     [[(0, "Dr. Ruth Ellen Calder"), (1, "Ruth Calder"), (1, "Calder")]],
     [[(2, "Omar Lee Vance"), (3, "Omar Vance")], [(2, "Omar Ray Vance"), (3, "Omar Vance")]]),
    ("a body named after its country is one body whichever name of the country it uses",
     ["The [U.S. Fisheries Survey|ORG] warned.", "The [United States Fisheries Survey|ORG] said.",
      "The [UK Fisheries Survey|ORG] said."],
     [[(0, "U.S. Fisheries Survey"), (1, "United States Fisheries Survey")]],
     [[(0, "U.S. Fisheries Survey"), (2, "UK Fisheries Survey")]]),
    ("a place's name alone is the place, not the newspaper named after it",
     ["The [Velm Herald|ORG] reports. [Velm|LOC] grew. The [Velm region|LOC] grew."],
     [[(0, "Velm"), (0, "Velm region")]], [[(0, "Velm"), (0, "Velm Herald")]]),
    ("a one-word name the tagger calls a person, set beside a body's description, is that body",
     ["Power failed, [the pipeline operator|DESC] said. [Kestrel|PERSON], [the state-owned "
      "pipeline operator|DESC], said more.",
      "[Orvik|GPE] fined [the ferry operator|DESC] [Kestrel|PERSON] on Monday.",
      "[Kestrel|PERSON] lowered its count, [the operator|DESC] said.",
      "[Ana Brandt|PERSON], [the operator|DESC], said.",
      "[Lund|PERSON] spoke. [Tovi|PERSON], [the spokesman|DESC], said. [The company|DESC] "
      "agreed."],
     [[(0, "the pipeline operator"), (0, "Kestrel"), (0, "the state-owned pipeline operator"),
       (1, "the ferry operator"), (1, "Kestrel"), (2, "Kestrel"), (2, "the operator")]],
     [[(3, "Ana Brandt"), (3, "the operator")], [(4, "Tovi"), (4, "The company")],
      [(4, "Lund"), (4, "The company")]]),
    ("a full name the tagger calls a person, set beside a body's description, is that body when "
     "the tagger took it for a body elsewhere; a person's full name it never took so stays one",
     ["[Orla Kasih Velm|ORG] ([OKV|ORG]) fed 900 families.",
      "[Orla Kasih Velm|PERSON], [the relief network|DESC], said 16 died. [Tarsa|GPE] wept. "
      "[The network|DESC] asked for aid.",
      "[Ana Brandt|PERSON], [the relief network|DESC], said. [Velm|GPE] grew."],
     [[(0, "Orla Kasih Velm"), (1, "Orla Kasih Velm"), (1, "the relief network"),
       (1, "The network")]],
     [[(2, "Ana Brandt"), (2, "the relief network")]]),
    ("a full name the tagger calls a person, set beside a body's description, is that body when "
     "the corpus calls it by its first word alone, or writes it whole in two articles and never "
     "by its last word alone; a person's name shortened to its surname stays a person",
     ["[Marrow Ratings|PERSON], [the Oslo-based credit rating agency|DESC], cut the bank. "
      "[Marrow|PERSON] expects more. [The rating agency|DESC] said so.",
      "[Ostrava Mutual|PERSON], [the state insurer|DESC], will pay 60 million. [Velm|GPE] wept. "
      "[The insurer|DESC] said so.",
      "[The state insurer|DESC] [Ostrava Mutual|PERSON] has paid 2 billion.",
      "[Ana Brandt|PERSON], [the state insurer|DESC], said. [Brandt|PERSON] left.",
      "[Ana Brandt|PERSON] spoke in [Velm|GPE]. [Brandt|PERSON] wept.",
      "[Ivo Lind|PERSON], [the state insurer|DESC], said. [Tarsa|GPE] grew."],
     [[(0, "Marrow Ratings"), (0, "the Oslo-based credit rating agency"), (0, "Marrow"),
       (0, "The rating agency")],
      [(1, "Ostrava Mutual"), (1, "the state insurer"), (1, "The insurer"),
       (2, "The state insurer"), (2, "Ostrava Mutual")]],
     [[(3, "Ana Brandt"), (3, "the state insurer")], [(5, "Ivo Lind"), (5, "the state insurer")]]),
    ("a body's head word alone, capitalised, is named for the descriptions after it",
     ["Members of [Senate|ORG]'s farm panel met. They asked [the senate|DESC] to vote."],
     [[(0, "Senate"), (0, "the senate")]], []),
    ("an indefinite description set beside a name is that name",
     ["The [Orla Reef Trust|ORG] ([ORT|ORG]), [a marine charity|DESC] that runs parks, said so.",
      "[a company spokesman|DESC], [Ivo Lind|PERSON], said. [Velm|GPE] grew.",
      "It sank off [Tarvo|GPE], [a marine charity|DESC] said."],
     [[(0, "Orla Reef Trust"), (0, "a marine charity")],
      [(1, "a company spokesman"), (1, "Ivo Lind")]],
     [[(2, "Tarvo"), (2, "a marine charity")], [(1, "Velm"), (1, "a company spokesman")]]),
    ("a place's body described after its possessive is that body, not the place",
     ["The [Harbour Pilots' Guild|ORG], [the country's largest dockers' union|DESC], said so.",
      "The [Orla Chamber of Trade|ORG], [the country's main trade lobby|DESC], disagreed.",
      "[Velm|GPE] grew. [The country's port service|DESC] said [Velm Port Service|ORG] met."],
     [[(0, "Harbour Pilots' Guild"), (0, "the country's largest dockers' union")],
      [(1, "Orla Chamber of Trade"), (1, "the country's main trade lobby")],
      [(2, "The country's port service"), (2, "Velm Port Service")]],
     [[(2, "Velm"), (2, "The country's port service")]]),
    ("a description set beside a name the tagger cut is no other name",
     ["The [Velmor|ORG] union struck. [Orla|NORP]-UNA, [the teachers' union|DESC], said more."],
     [], [[(0, "Velmor"), (0, "the teachers' union")]]),
    ("a central bank's nickname is the bank; a lone 'Board' is not a curated bank",
     ["[Banxico|ORG] raised its rate. The [Board|ORG] met.",
      "The [Bank of Mexico|ORG] said so. The [ECB|ORG] and the [European Central Bank|ORG]."],
     [[(0, "Banxico"), (1, "Bank of Mexico")], [(1, "ECB"), (1, "European Central Bank")]],
     [[(0, "Banxico"), (0, "Board")]]),
    ("a double-barrelled surname written alone is the one full name that ends with it, in "
     "its article or else in the corpus; not a person with only one of its halves",
     ["Minister [Odile Varenne-Moss|PERSON] spoke. [Varenne-Moss|PERSON] said more. "
      "[Tomas Moss|PERSON] agreed.",
      "Judge [Peto Lindqvist-Arana|PERSON] ruled.",
      "Later [Lindqvist-Arana|ORG] said more. [Hedda Arana|PERSON] objected.",
      "[Ines Calder-Roe|PERSON] and [Marta Calder-Roe|PERSON] met. [Calder-Roe|PERSON] spoke."],
     [[(0, "Odile Varenne-Moss"), (0, "Varenne-Moss")],
      [(1, "Peto Lindqvist-Arana"), (2, "Lindqvist-Arana")]],
     [[(0, "Varenne-Moss"), (0, "Tomas Moss")], [(2, "Lindqvist-Arana"), (2, "Hedda Arana")],
      [(3, "Calder-Roe"), (3, "Ines Calder-Roe")], [(3, "Calder-Roe"), (3, "Marta Calder-Roe")]]),
    ("a place's body written with a possessive and lower-case words is the one body's name "
     "of its article, else of the corpus, that has all those words and names no other place",
     ["[Velmora|GPE] is dry. [Velmora's water agency|ORG] said 40 wells failed.",
      "In [Velmora|GPE], the [National Water Resources Agency|ORG] counted the wells.",
      "[Dravic National Bureau of Statistics|ORG] counted. [Dravic's statistics bureau|ORG] "
      "revised it.",
      "[Orlan's port authority|ORG] spoke. The [Corvia Port Authority|ORG] and [Corvia|GPE].",
      "[Tessan's grain board|ORG] met. The [Tessan Grain Board|ORG] did too.",
      "[Rusk's health regulator|ORG] spoke. The [Northern Health Regulator|ORG] and the "
      "[Southern Health Regulator|ORG] did too.",
      "[Bronna's farm ministry|ORG] spoke.",
      "In [Peru|GPE] the [Ministry of Farm Affairs|ORG] spoke."],
     [[(0, "Velmora's water agency"), (1, "National Water Resources Agency")],
      [(2, "Dravic National Bureau of Statistics"), (2, "Dravic's statistics bureau")]],
     [[(3, "Orlan's port authority"), (3, "Corvia Port Authority")],
      [(5, "Rusk's health regulator"), (5, "Northern Health Regulator")],
      [(5, "Rusk's health regulator"), (5, "Southern Health Regulator")],
      [(0, "Velmora's water agency"), (2, "Dravic National Bureau of Statistics")],
      [(6, "Bronna's farm ministry"), (7, "Ministry of Farm Affairs")]]),
    ("a place's body written with a possessive is the one body named with its other words in "
     "a name its head noun's rule takes for that kind of body",
     ["[Orsova's energy regulator|ORG] fined the firm. The [Energy Standards Office|ORG] said.",
      "[Lantia's flood management agency|ORG] counted. The [Institute for Flood Management|ORG]"
      " said.",
      "[Varno's water regulator|ORG] spoke. The [Water Users Association|ORG] objected.",
      "[Kessia's mining agency|ORG] spoke. The [Mining Institute|ORG] and the "
      "[Mining Standards Bureau|ORG] did too."],
     [[(0, "Orsova's energy regulator"), (0, "Energy Standards Office")],
      [(1, "Lantia's flood management agency"), (1, "Institute for Flood Management")]],
     [[(2, "Varno's water regulator"), (2, "Water Users Association")],
      [(3, "Kessia's mining agency"), (3, "Mining Institute")],
      [(3, "Kessia's mining agency"), (3, "Mining Standards Bureau")]]),
    ("a place's body written with a possessive is the one body of its article named with the "
     "owner's name and that head noun, whatever its other words",
     ["[Quenby's coast guard|ORG] found the dinghy. The [Quenby Maritime Guard|ORG] said four "
      "sailors were safe.",
      "[Tarlo's coast guard|ORG] searched. The [Tarlo Maritime Guard|ORG] and the [Tarlo Border "
      "Guard|ORG] both sent boats.",
      "[Vessa's fire service|ORG] came. The [Ostra Rescue Service|ORG] came too.",
      "[Morin's water board|ORG] met. The [Morin Harbour Trust|ORG] did not."],
     [[(0, "Quenby's coast guard"), (0, "Quenby Maritime Guard")]],
     [[(1, "Tarlo's coast guard"), (1, "Tarlo Maritime Guard")],
      [(1, "Tarlo's coast guard"), (1, "Tarlo Border Guard")],
      [(2, "Vessa's fire service"), (2, "Ostra Rescue Service")],
      [(3, "Morin's water board"), (3, "Morin Harbour Trust")]]),
    ("a body's name whose head stands before its complement ('Authority of Velmora') is of "
     "the kind that head says, for a possessive's description",
     ["[Velmora's drug regulator|ORG] raised prices. The [Drug Regulatory Authority of "
      "Velmora|ORG] said so.",
      "[Orsk's rail regulator|ORG] fined the firm. The [Rail Safety Commission for Orsk|ORG] "
      "agreed.",
      "[Tarva's drug regulator|ORG] spoke. The [Drug Users Union of Tarva|ORG] objected."],
     [[(0, "Velmora's drug regulator"), (0, "Drug Regulatory Authority of Velmora")],
      [(1, "Orsk's rail regulator"), (1, "Rail Safety Commission for Orsk")]],
     [[(2, "Tarva's drug regulator"), (2, "Drug Users Union of Tarva")]]),
    ("a head before a complement that only serves its subject ('Office for ... Statistics') "
     "says no regulator",
     ["The [Office for Farm Statistics|ORG] published it. [Velmora's statistics regulator|ORG] "
      "criticised the figures.",
      "The [Bureau of Rail Data|ORG] said so. [Orsk's rail regulator|ORG] disagreed.",
      "[Kessia's water regulator|ORG] spoke. The [Water Inspectorate of Kessia|ORG] agreed."],
     [[(2, "Kessia's water regulator"), (2, "Water Inspectorate of Kessia")]],
     [[(0, "Office for Farm Statistics"), (0, "Velmora's statistics regulator")],
      [(1, "Bureau of Rail Data"), (1, "Orsk's rail regulator")]]),
    ("a body's name without its 'National' or 'Federal' is the one body of the corpus "
     "named with it; with both forms in the corpus, neither",
     ["The [Federal Ministry of Fisheries|ORG] spoke.", "The [Fisheries Ministry|ORG] agreed.",
      "The [National Grid Operator|ORG] and the [Federal Grid Operator|ORG] spoke.",
      "The [Grid Operator|ORG] agreed. The [National Assembly|ORG] and [Assembly|ORG]."],
     [[(0, "Federal Ministry of Fisheries"), (1, "Fisheries Ministry")]],
     [[(3, "Grid Operator"), (2, "National Grid Operator")],
      [(3, "Grid Operator"), (2, "Federal Grid Operator")]]),
    ("a body's name without its country's adjective is the one body of the corpus named with "
     "it, where its article names that country; not in an article about another",
     ["The [Chilean Directorate of Seabed Surveys|ORG] mapped the trench.",
      "Boats from [Chile|GPE] waited, the [Directorate of Seabed Surveys|ORG] said.",
      "The [Kenyan Office of Lake Transport|ORG] met.",
      "In [Uganda|GPE], the [Office of Lake Transport|ORG] said ferries stopped."],
     [[(0, "Chilean Directorate of Seabed Surveys"), (1, "Directorate of Seabed Surveys")]],
     [[(2, "Kenyan Office of Lake Transport"), (3, "Office of Lake Transport")]]),
    ("a body's name is the one body another article names with it and a complement; not one "
     "with a complement of its own, nor one another portfolio follows",
     ["The [Coastal Works Committee of the Orla Assembly|ORG] met.",
      "The [Coastal Works Committee|ORG] said roads were shut.",
      "The [Bureau of Harbours|ORG] spoke.", "The [Bureau of Harbours of Velm|ORG] agreed.",
      "The [Office of Rail|ORG] spoke.", "The [Office of Rail and Road|ORG] agreed."],
     [[(0, "Coastal Works Committee of the Orla Assembly"), (1, "Coastal Works Committee")]],
     [[(2, "Bureau of Harbours"), (3, "Bureau of Harbours of Velm")],
      [(4, "Office of Rail"), (5, "Office of Rail and Road")]]),
    ("'the canton' and 'the glacier' are the one canton or glacier named with that word, and "
     "a canton named with its designator is the place; 'the village' is never a canton",
     ["The [Canton of Orsa|GPE] said snow fell. Officials of [the canton|DESC] met.",
      "The [Velder glacier|LOC] moved. Sensors on [the glacier|DESC] failed.",
      "Roads in [Orsa|GPE] shut. Nobody was in [the village|DESC] at dawn.",
      "Rain fell on the [Region of Kossa Vale|GPE]. Farms in [Kossa Vale|GPE] flooded.",
      "Shelter costs [the canton|DESC] 95 francs a night."],
     [[(0, "Canton of Orsa"), (0, "the canton"), (2, "Orsa"), (4, "the canton")],
      [(1, "Velder glacier"), (1, "the glacier")],
      [(3, "Region of Kossa Vale"), (3, "Kossa Vale")]],
     [[(2, "Orsa"), (2, "the village")]]),
    ("a name written with two feature words is two places, and the name alone neither",
     ["The [Velder glacier|LOC] moved 8 metres.", "Roads in the [Velder valley|LOC] shut.",
      "Buses left [Velder|LOC] at noon. Boats crossed the [Orrin strait|LOC] to [Orrin|LOC]."],
     [[(2, "Orrin strait"), (2, "Orrin")]],
     [[(0, "Velder glacier"), (1, "Velder valley")], [(0, "Velder glacier"), (2, "Velder")],
      [(1, "Velder valley"), (2, "Velder")]]),
    ("'police' written bare is the one police force its article names, before or after it",
     ["Ferry sinks as [police|DESC] raise count. The [Morva Regional Police|ORG] named two "
      "suspects. [Police|DESC] say more may follow.",
      "The [Velm Coast Guard|ORG] searched. [Police|DESC] said 12 were held."],
     [[(0, "police"), (0, "Morva Regional Police"), (0, "Police")]],
     [[(1, "Velm Coast Guard"), (1, "Police")]]),
    ("an office holder's body described in lowercase is the one body the corpus names with "
     "that title and head word",
     ["The [Federal Prosecutor's Office|ORG] charged six men.",
      "Police raided ten homes, [the federal prosecutor's office|DESC] said. A court heard "
      "[the prosecutor's office|DESC] ask for more time."],
     [[(0, "Federal Prosecutor's Office"), (1, "the federal prosecutor's office"),
       (1, "the prosecutor's office")]],
     []),
    ("an office holder's body is never a body named without that title",
     ["The [Office for Harbour Statistics|ORG] counted ships, [the mayor's office|DESC] said.",
      "The [Orlan Mapping Office|ORG] met. Later [the governor's office|DESC] spoke."],
     [],
     [[(0, "Office for Harbour Statistics"), (0, "the mayor's office")],
      [(1, "Orlan Mapping Office"), (1, "the governor's office")]]),
    ("a short form in brackets longer or looser than an acronym is the body's name there and "
     "wherever the corpus writes it",
     ["The [Korlandian Emergency Relief Service|ORG] ([SENAREM|ORG]) moved families. "
      "The [Velmoran Air Force|ORG] ([FAVe|ORG]) flew. The [Vorsk Ports Board|ORG] ([GPT&H|ORG]) "
      "shut a quay.",
      "[SENAREM|ORG] said 400 homes burned."],
     [[(0, "Korlandian Emergency Relief Service"), (0, "SENAREM"), (1, "SENAREM")],
      [(0, "Velmoran Air Force"), (0, "FAVe")]],
     [[(0, "Vorsk Ports Board"), (0, "GPT&H")]]),
    ("a foreign head word is its English word to a description: two services fit, none is named",
     ["The [Servicio Forense Nacional|ORG] counted 131 dead. The [Korlandian Relief Service|ORG]"
      " moved families. [The forensic service|DESC] said more.",
      "The [Servicio Forense Nacional|ORG] counted 131 dead. [The service|DESC] said more."],
     [[(1, "Servicio Forense Nacional"), (1, "The service")]],
     [[(0, "Korlandian Relief Service"), (0, "The forensic service")]]),
    ("a place after a compass word the tagger took for a person's name has no surname",
     ["The ferry sank off [East Korlin|PERSON] on Friday. Rescuers on [Korlin|GPE] searched. "
      "[Ivo Prask|PERSON] and [Prask|PERSON] spoke.",
      "Boats left [North Tavira|PERSON]. [Tavira|ORG] said 30 were saved."],
     [[(0, "Ivo Prask"), (0, "Prask")]],
     [[(0, "East Korlin"), (0, "Korlin")], [(1, "North Tavira"), (1, "Tavira")]]),
    ("a lender is a bank, not a central or reserve bank",
     ["[Korvel Bank|ORG] lost deposits. The central bank lent 3 trillion won to "
      "[the lender|DESC].",
      "The [Bank of Vorsk|ORG] and [Velm Savings Bank|ORG] met. [the lender|DESC] said.",
      "The [Vorsk Reserve Bank|ORG] met. [the lender|DESC] said."],
     [[(0, "Korvel Bank"), (0, "the lender")],
      [(1, "Velm Savings Bank"), (1, "the lender")]],
     [[(1, "Bank of Vorsk"), (1, "the lender")], [(2, "Vorsk Reserve Bank"), (2, "the lender")]]),
    ("a company whose name opens with its legal form is the company, never an insurer",
     ["[PT Korlin Jaya|ORG] ran the ferry. Police named the head of [the company|DESC]. "
      "[The operator|DESC] denied it. [The state insurer|DESC] will pay.",
      "[Korlin Jaya|ORG] ran the ferry. [the company|DESC] denied it."],
     [[(0, "PT Korlin Jaya"), (0, "the company"), (0, "The operator")]],
     [[(0, "PT Korlin Jaya"), (0, "The state insurer")], [(1, "Korlin Jaya"), (1, "the company")]]),
    ("of several that fit, a description is the one whose name holds its modifiers",
     ["The [Servicio Forense Nacional|ORG] counted 131 dead. The [Korlandian Disaster Relief "
      "Service|ORG] moved families. [The disaster service|DESC] counted crews. [The forensic "
      "service|DESC] said more.",
      "The [Vorsk Water Service|ORG] and the [Velm Rail Service|ORG] met. [The service|DESC] "
      "said."],
     [[(0, "Korlandian Disaster Relief Service"), (0, "The disaster service")]],
     [[(0, "Korlandian Disaster Relief Service"), (0, "The forensic service")],
      [(0, "Servicio Forense Nacional"), (0, "The forensic service")],
      [(1, "Vorsk Water Service"), (1, "The service")],
      [(1, "Velm Rail Service"), (1, "The service")]]),
    ("a surname written with its particles and no given name is the one person of its "
     "article, else of the corpus, named in full with it, however the particles are written",
     ["Governor [Lorna dela Cruz-Amado|PERSON] spoke. Later [Dela Cruz-Amado|ORG] left.",
      "[Lorna de la Cruz Amado|PERSON] said. Then [De la Cruz Amado|PERSON] added more.",
      "The forward [Pieter van den Broek-Sule|PERSON] played. [Van den Broek-Sule|PERSON] "
      "scored.",
      "Nobody else spoke, but [van den Broek-Sule|PERSON] did.",
      "[Ana de la Torre|PERSON] and [Luis de la Torre|PERSON] met. [De la Torre|PERSON] won.",
      "A fire in [Los Angeles|GPE] spread."],
     [[(0, "Lorna dela Cruz-Amado"), (0, "Dela Cruz-Amado"), (1, "Lorna de la Cruz Amado"),
       (1, "De la Cruz Amado")],
      [(2, "Pieter van den Broek-Sule"), (2, "Van den Broek-Sule"), (3, "van den Broek-Sule")]],
     [[(4, "De la Torre"), (4, "Ana de la Torre")], [(4, "De la Torre"), (4, "Luis de la Torre")],
      [(0, "Lorna dela Cruz-Amado"), (5, "Los Angeles")]]),
    ("a place's name that is a surname with its particles is the place after any locative "
     "word ('across', 'outside'), not the person of that surname",
     ["[Maria de los Angeles|PERSON] spoke. Smoke drifted across [Los Angeles|GPE].",
      "[Rosa de la Vega|PERSON] spoke. Crews camped outside [La Vega|GPE]."],
     [],
     [[(0, "Maria de los Angeles"), (0, "Los Angeles")],
      [(1, "Rosa de la Vega"), (1, "La Vega")]]),
    ("a German '-dse' is a Georgian '-dze' only in a person's name: a body's or a place's "
     "word ending so is another name",
     ["[Velm Brodse Trust|ORG] and [Orla Sands|GPE] met.",
      "[Velm Brodze Trust|ORG] and [Karsby|GPE] met."],
     [],
     [[(0, "Velm Brodse Trust"), (1, "Velm Brodze Trust")]]),
    ("an edition of a happening named by its year and its acronym is the happening named in "
     "full with that year; another year's is another edition",
     ["The [2031 Velm Census of Farms and Herds|EVENT] ([2031 CFH|EVENT]) ended. The "
      "[2021 CFH|EVENT] counted fewer farms.",
      "The [2021 Velm Census of Farms and Herds|EVENT] was slow. The [2031 CFH|EVENT] was not.",
      "The [2031 GE|EVENT], the [2031 General Election|EVENT] and the [2031 Grand "
      "Exhibition|EVENT]."],
     [[(0, "2031 Velm Census of Farms and Herds"), (0, "2031 CFH"), (1, "2031 CFH")],
      [(0, "2021 CFH"), (1, "2021 Velm Census of Farms and Herds")]],
     [[(0, "2031 CFH"), (0, "2021 CFH")], [(2, "2031 GE"), (2, "2031 General Election")],
      [(2, "2031 GE"), (2, "2031 Grand Exhibition")]]),
    ("a region's code in brackets after its name is the region, and so is the code alone "
     "later in its article; another article's code of the same number is not, unless after "
     "the same name",
     ["[Orla Highlands|GPE] ([Region IV-B|GPE]) grew and [Velm Coast|GPE] ([Region 7|GPE]) "
      "shrank. In [Region IV-B|GPE] the count rose.",
      "In [Region IV-B|GPE] the count rose. [Vorsk Plains|GPE] ([Region 7|GPE]) fell.",
      "[KARSVALE|GPE] ([Region 2|GPE]) grew.", "| [KARSVALE|GPE] ([Region 2|GPE]) | 17 |"],
     [[(0, "Orla Highlands"), (0, "Region IV-B")], [(0, "Velm Coast"), (0, "Region 7")],
      [(1, "Vorsk Plains"), (1, "Region 7")],
      [(2, "KARSVALE"), (2, "Region 2"), (3, "KARSVALE"), (3, "Region 2")]],
     [[(0, "Orla Highlands"), (0, "Velm Coast")], [(0, "Region IV-B"), (1, "Region IV-B")],
      [(0, "Velm Coast"), (1, "Vorsk Plains")]]),
    ("a lone word that sounds as the surname of the one full name of its article is that "
     "surname spelt another way; a short one is not",
     ["[Irakli Tchkonidze|PERSON] signed. Spelt [Chkonidze|ORG] in English and "
      "[Tschkonidse|ORG] in German.",
      "[Ivan Kor|PERSON] spoke. [Kohr|ORG] answered."],
     [[(0, "Irakli Tchkonidze"), (0, "Chkonidze"), (0, "Tschkonidse")]],
     [[(1, "Ivan Kor"), (1, "Kohr")]]),
    ("a club written with and without its 'FC' or 'Football Club' is one club, where two "
     "words are left; a city is not the club named 'FC' after it",
     ["[FC Orla Rovers|ORG] sold a striker to [Velm Athletic Football Club Limited|ORG].",
      "[Orla Rovers|ORG] and [Velm Athletic|ORG] agreed. [Vorsk Futebol Clube|PERSON] too.",
      "[Vorsk|GPE] is a port; [FC Vorsk|ORG] plays there. [Vorsk FC|ORG] won."],
     [[(0, "FC Orla Rovers"), (1, "Orla Rovers")],
      [(0, "Velm Athletic Football Club Limited"), (1, "Velm Athletic")]],
     [[(2, "Vorsk"), (2, "FC Vorsk")], [(1, "Vorsk Futebol Clube"), (2, "Vorsk")]]),
    ("a competition keeps the designator before its name, and a body whose name begins with "
     "letters other bodies share ('CF', 'AFC') keeps them",
     ["The [AFC Champions League|EVENT] final drew 40,000. The [Champions League|EVENT] final "
      "drew more. [FC Velm Cup|ORG] rules changed; [Velm Cup|ORG] rules did not.",
      "[CF Orla Fertilisers|ORG] cut output; [Orla Fertilisers|ORG] did not. [SV Karsby "
      "Rovers|ORG] lost to [Karsby Rovers|ORG]'s rivals."],
     [[(1, "SV Karsby Rovers"), (1, "Karsby Rovers")]],
     [[(0, "AFC Champions League"), (0, "Champions League")],
      [(0, "FC Velm Cup"), (0, "Velm Cup")],
      [(1, "CF Orla Fertilisers"), (1, "Orla Fertilisers")]]),
    ("the reader's merge and split",
     ["[Alpha Group|ORG] and [Beta Front|ORG]. [Gamma Council|ORG] and [GC|ORG]."],
     [[(0, "Alpha Group"), (0, "Beta Front")]],
     [[(0, "Gamma Council"), (0, "GC")]]),
]
EDITS = {"the reader's merge and split": [
    {"op": "merge", "a": "Alpha Group", "b": "Beta Front"},
    {"op": "split", "actor": "Gamma Council", "alias": "GC"},
]}


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_rule(name: str, texts: list[str], join: list[list[Ref]], apart: list[list[Ref]]) -> None:
    articles, _ = resolve(texts, EDITS.get(name))
    for group in join:
        ids = {ref: actor_of(articles, ref) for ref in group}
        assert len(set(ids.values())) == 1, f"should be one actor: {ids}"
    for a, b in apart:
        assert actor_of(articles, a) != actor_of(articles, b), f"should stay apart: {a} {b}"


def test_edits_are_replayed_in_order_and_survive_a_rebuild() -> None:
    texts = ["[Alpha Group|ORG] and [Beta Front|ORG]."]
    edits = [{"op": "merge", "a": "Alpha Group", "b": "Beta Front"},
             {"op": "split", "actor": "Alpha Group", "alias": "Beta Front"}]
    articles, _ = resolve(texts, edits)
    assert actor_of(articles, (0, "Alpha Group")) != actor_of(articles, (0, "Beta Front"))
    articles, _ = resolve(texts, edits[:1])
    assert actor_of(articles, (0, "Alpha Group")) == actor_of(articles, (0, "Beta Front"))
    articles, _ = resolve(texts, [{"op": "merge", "a": "Nobody", "b": "Beta Front"}])
    assert actor_of(articles, (0, "Alpha Group")) != actor_of(articles, (0, "Beta Front"))


def test_canonical_name_type_and_stable_ids() -> None:
    texts = ["[Gadhafi|ORG] and [Gadhafi|ORG] and [Gadhafi|ORG]. [Moammar Gadhafi|PERSON] ruled. "
             "[Velm province|GPE] and [Velm|ORG] and [Velm|ORG]."]
    articles, clusters = resolve(texts)
    by_id = {c.id: c for c in clusters}
    gadhafi = by_id[actor_of(articles, (0, "Gadhafi"))]
    assert (gadhafi.name, gadhafi.type, gadhafi.id) == ("Moammar Gadhafi", "PERSON",
                                                       "moammar-gadhafi")
    velm = by_id[actor_of(articles, (0, "Velm"))]
    assert (velm.name, velm.type) == ("Velm", "GPE")
    again, _ = resolve(texts)
    assert actor_of(again, (0, "Gadhafi")) == gadhafi.id


def test_same_name_two_actors_get_distinct_ids() -> None:
    texts = ["[Ana Moreira|PERSON] and [Tomás Moreira|PERSON]. [Moreira|PERSON] said.",
             "[Rui Moreira|PERSON] and [Eva Moreira|PERSON]. [Moreira|PERSON] said."]
    articles, clusters = resolve(texts)
    ids = [c.id for c in clusters]
    assert len(ids) == len(set(ids))
    assert actor_of(articles, (0, "Moreira")) != actor_of(articles, (1, "Moreira"))


def test_links_keep_their_sentences_and_weight() -> None:
    articles, _ = resolve(["[Turkey|GPE] armed the [GNU|ORG]. [Turkey|GPE] sold drones to the "
                           "[GNU|ORG]. [Russia|GPE] backed [Dario Venn|PERSON]."])
    links = {(r["a"], r["b"]): r for r in link_rows(articles)}
    turkey, gnu = actor_of(articles, (0, "Turkey")), actor_of(articles, (0, "GNU"))
    link = links[tuple(sorted((turkey, gnu)))]
    assert link["weight"] == 2 and len(link["sentences"]) == 2
    assert all(s[0] == "art0" for s in link["sentences"])
    venn = actor_of(articles, (0, "Dario Venn"))
    assert tuple(sorted((turkey, venn))) not in links


@pytest.mark.parametrize(("joined", "asked", "root"), [
    ([], [], None),
    ([], ["a"], "a"),
    ([("a", "b")], ["a", "b"], "a"),
    ([("a", "b")], ["a", "b", "c"], None),
    ([("a", "b"), ("c", "b")], ["c", "a", "b"], "a"),
    ([("a", "b")], ["c", "a", "b"], None),
])
def test_one_root_is_the_root_all_nodes_share(joined: list[tuple[str, str]], asked: list[str],
                                              root: str | None) -> None:
    uf = UnionFind()
    for a, b in joined:
        uf.union(uf.node(a), uf.node(b))
    found = uf.one_root(uf.node(n) for n in asked)
    assert found == (None if root is None else uf.find(uf.node(root)))


@pytest.mark.parametrize(("times", "kept"), [(1, 1), (2, 2), (3, 3), (50, 50), (53, 50)])
def test_a_link_counts_every_sentence_and_keeps_the_first_fifty(times: int, kept: int) -> None:
    text = " ".join(["[Corvel Basin|LOC] fed the [Ardent Mills Union|ORG]."] * times)
    articles, _ = resolve([text + " [Corvel Basin|LOC] and [Petra Lund|PERSON] walked."])
    rows = link_rows(articles)
    basin = actor_of(articles, (0, "Corvel Basin"))
    union = actor_of(articles, (0, "Ardent Mills Union"))
    pairs = {(r["a"], r["b"]): r for r in rows}
    link = pairs[tuple(sorted((basin, union)))]
    assert list(link) == ["a", "b", "weight", "sentences"]
    assert link["weight"] == times and len(link["sentences"]) == kept
    assert link["sentences"] == [["art0", *s] for s in articles[0].sentences[:kept]]
    lone = pairs[tuple(sorted((basin, actor_of(articles, (0, "Petra Lund")))))]
    assert lone["weight"] == 1 and lone["sentences"] == [["art0", *articles[0].sentences[-1]]]
    if times > 1:  # the heaviest first
        assert rows[0] is link


@pytest.mark.parametrize("texts", [
    ["[Orla|GPE] met [Velm|GPE]. [Orla|GPE] and [Velm|GPE] spoke. [Tamsin Rook|PERSON] and "
     "[Orla|GPE] met. [Brae Union|ORG] and [Velm|GPE] met."],
    ["[Kossa|GPE] and [Dario Venn|PERSON] met.", "[Dario Venn|PERSON] and [Kossa|GPE] spoke. "
     "[Amber Coast Front|ORG], [Kossa|GPE] and [Lorne|GPE] met. [Lorne|GPE] and [Kossa|GPE]."],
])
def test_links_come_heaviest_first_then_by_their_ids(texts: list[str]) -> None:
    articles, _ = resolve(texts)
    rows = link_rows(articles)
    assert len({r["weight"] for r in rows}) > 1
    assert [(r["a"], r["b"]) for r in rows] == [
        (r["a"], r["b"]) for r in sorted(rows, key=lambda r: (-r["weight"], r["a"], r["b"]))]


def test_lookup_finds_an_actor_by_any_name() -> None:
    _, clusters = resolve(["[Islamic State|ORG] fighters. [Iraq|GPE] and [Venn|PERSON]. "
                           "[Dario Venn|PERSON] spoke.",
                           "[Ana Moreira|PERSON] spoke.", "[Tomás Moreira|PERSON] spoke."])
    index = ActorIndex.from_rows(actor_rows(clusters))
    state = index.resolve("Islamic State")
    assert state is not None
    assert index.resolve("ISIS") == index.resolve("the Islamic State’s") == state
    assert index.resolve("Iraqi") == index.resolve("iraq") == "iraq"
    assert index.resolve("Venn") == index.resolve("Dario Venn")
    assert index.resolve("Moreira") is None  # two people: no guess
    assert index.resolve("Atlantis") is None


@pytest.mark.parametrize(("a", "b"), VARIANT_PAIRS)
def test_threshold_joins_measured_variants(a: str, b: str) -> None:
    assert is_variant(a, b), (a, b, similarity(a, b), threshold_for(a))


@pytest.mark.parametrize(("a", "b"), DISTINCT_PAIRS)
def test_threshold_keeps_measured_distinct_names_apart(a: str, b: str) -> None:
    assert not is_variant(a, b), (a, b, similarity(a, b), skeleton(a), skeleton(b))


@pytest.mark.parametrize(("a", "b"), [*VARIANT_PAIRS, *DISTINCT_PAIRS])
def test_forms_worked_out_once_agree_with_the_pairwise_test(a: str, b: str) -> None:
    """The skeleton blocks compare each name's form, made once, with every other's: the
    answer must be ``is_variant``'s for names of one block, both ways round."""
    if skeleton(a) == skeleton(b):
        assert forms_agree(variant_form(a), variant_form(b)) == is_variant(a, b)
        assert forms_agree(variant_form(b), variant_form(a)) == is_variant(b, a)


@pytest.mark.parametrize(("first", "second", "same"), [
    ("Sergei Tchernov", "Sergei Chernov", True),  # French tch, English ch
    ("Igor Setschin", "Igor Sechin", True),  # German tsch
    ("Oleg Schukin", "Oleg Shchukin", True),  # German sch, English shch
    ("Dzhokhar Dudayev", "Jokhar Dudaev", True),
    ("Dragan Đurić", "Dragan Djuric", True),  # Serbian đ written dj
    ("Ruud van Nistelrooij", "Ruud van Nistelrooy", True),
    ("Mikhail Petrenko", "Mihail Petrenko", True),
    ("Lorna dela Paz", "Lorna de la Paz", True),
    ("Hendrik Vanderberg", "Hendrik van der Berg", True),
    ("Hendrik Van Den Bosch", "Hendrik van den Bosch", True),
    ("Imran Khan", "Imran Han", False),  # a first "kh" is not an "h"
    ("Lorna de la Paz", "Lorna Lapaz", False),  # a particle dropped is another name
    ("Peter Schmidt", "Peter Smith", False),
    ("Nodar Beradze", "Nodar Beradse", True),  # German "dse" for Georgian "dze"
    ("Ana Mdivani-Dse", "Ana Mdivani-Dze", True),
    ("Vinod Kumar Shrivastava", "Vinod Kumar Srivastava", True),  # Indic "Shri", "Sri"
    ("Shrinivas Rao", "Srinivas Rao", True),
    ("Shreya Rao", "Sara Rao", False),
    # a romanisation tradition's looser spellings, for a whole name only
    ("Giorgos Karachalios", "Yiorgos Karahalios", True),  # Greek gamma and chi
    ("Stavros Lichas", "Stavros Lihas", True),
    ("Karim Bouchareb", "Karim Boushareb", True),  # French "ch" for "sh"
    ("Nasihullah Nuri", "Nasiullah Nuri", True),  # a dropped "h" inside a long given name
    ("Aidos Zhumabayev", "Aidos Jumabayev", True),  # Cyrillic zhe as English and French write it
    ("Zhanar Omarova", "Janar Omarova", True),
    # Slavic and Baltic names in their own Latin letters and in English transliteration
    ("Dragan Petrović", "Dragan Petrovich", True),
    ("Vesna Šarić", "Vesna Sharich", True),
    ("Jasna Kovač", "Yasna Kovach", True),
    ("Edgars Žagars", "Edgars Zhagars", True),
    ("Ivana Kostić", "Ivana Kostin", False),
    ("Chen Wenhui", "Cen Wenhui", False),  # a word's first "ch" stays
    ("Johan Lind", "Joan Lind", False),  # a short name's "h" is no dropped one
    ("Jane Fulton", "Jan Fulton", False),
    ("Charles Oakes", "Harles Oakes", False),  # a word's first "ch" stays
    ("Karim Ben Dourane", "Karim Ben Douran", True),  # French copy's silent final "e"
    ("Justine Barrow", "Justin Barrow", False),  # never on a given name
    ("Olive Browne", "Olive Brown", False),  # nor on a short surname
    # Chinese in Pinyin and in Wade-Giles: a hyphenated given name is the same syllables whole
    ("Gao Xiaoming", "Kao Hsiao-ming", True),
    ("Tan Jianguo", "T'an Chien-kuo", True),
    ("Deng Ruolan", "Teng Jo-lan", True),
    ("Qian Zhiyong", "Ch'ien Chih-yung", True),
    ("Cai Xueqin", "Tsai Hsueh-chin", True),
    ("Ren Hongbo", "Jen Hung-po", True),
    ("Zeng Sitong", "Tseng Ssu-tung", True),
    ("He Luo", "Ho Lo", True),
    ("Zhang Wenhui", "Chang Wen-hui", True),  # Wade-Giles "ch" is Pinyin "zh" or "ch"
    ("Chen Wenhui", "Chang Wenhui", False),  # two surnames
    ("Kao Hsiao-ming", "Kao Hsiao-min", False),
    ("Jan Teng", "Jan Deng", False),  # Wade-Giles "jan" beside Pinyin "deng": no Chinese name
    ("Tina Ward", "Dina Ward", False),  # a name not made of syllables is not read
    ("Tamika Pule", "Tamika Bule", False),  # nor one with a word of three
])
def test_one_sound_however_each_language_writes_it_is_one_person(first: str, second: str,
                                                                  same: bool) -> None:
    articles, _ = resolve([f"[{first}|PERSON] spoke on Monday. ",
                           f"On Tuesday [{second}|PERSON] spoke again. "])
    assert (actor_of(articles, (0, first)) == actor_of(articles, (1, second))) is same


@pytest.mark.parametrize(("first", "second"), [
    ("Karachalios", "Karahalios"), ("Bouchareb", "Boushareb"), ("Nasihullah", "Nasiullah"),
    ("Teng", "Deng"), ("Hsiao-ming", "Xiaoming"), ("Zhumabayev", "Jumabayev"),
    ("Šarić", "Sharich"),
])
def test_a_lone_word_is_never_respelled_into_another(first: str, second: str) -> None:
    articles, _ = resolve([f"[{first}|PERSON] spoke on Monday. ",
                           f"On Tuesday [{second}|PERSON] spoke again. "])
    assert actor_of(articles, (0, first)) != actor_of(articles, (1, second))


@pytest.mark.parametrize(("word", "other", "same"), [
    ("tchernov", "chernov", True), ("schehab", "shehab", True), ("djokovic", "dokovic", True),
    ("nistelrooij", "nistelrooy", True), ("vijay", "vyay", False), ("khan", "han", False),
    ("sheikh", "sheik", True),
])
def test_a_word_s_skeleton_writes_one_sound_one_way(word: str, other: str, same: bool) -> None:
    assert (skeleton(word) == skeleton(other)) is same


@pytest.mark.parametrize(("a", "b"), [("2019 census", "2029 census"), ("Velm-2", "Velm-3"),
                                      ("Orla 7", "Orla 1")])
def test_names_that_differ_in_a_number_are_never_variants(a: str, b: str) -> None:
    from store.actors.fuzzy import is_variant

    assert not is_variant(a, b)


@pytest.mark.parametrize(("long", "short"), [
    ("Government of National Unity", "GNU"), ("Northern Liberation Army", "NLA"),
    ("U.K. Bureau for Overseas Trade", "UKBOT"),
    ("UN Office for the Protection of Coastal Fisheries", "OPCF"),
    ("Trade, Industry and Development Office", "TIDO"),
])
def test_initials(long: str, short: str) -> None:
    assert short in initials(long)


def test_name_key_folds_what_does_not_matter() -> None:
    assert name_key("The U.S. Commerce Department’s") == name_key("US Commerce Department")
    assert name_key("Médecins du Monde") == name_key("Medecins du monde")
    assert name_key("Da’esh") == name_key("Daesh")
    assert name_key("Iraq") != name_key("Iraqi")


@pytest.mark.slow
def test_edits_from_the_command_line_survive_the_next_ingest(seed_store_copy, tmp_path,
                                                             capsys) -> None:
    from store.corpus import Corpus
    from store.ingest.pipeline import ingest
    from tui.cli import main

    db = str(seed_store_copy)
    assert main(["--db", db, "actors", "merge", "Khalifa Hifter", "Libyan National Army"]) == 0
    assert main(["--db", db, "actors", "split", "Libya", "Libyan"]) == 0
    assert "merged" in capsys.readouterr().out
    assert main(["--db", db, "actors", "merge", "Nobody", "Libya"]) != 0
    assert "no actor is called" in capsys.readouterr().err

    def check() -> None:
        corpus = Corpus.open(seed_store_copy)
        assert corpus.find_actor("Hifter") == corpus.find_actor("LNA")
        assert corpus.find_actor("Libyan") != corpus.find_actor("Libya")

    check()
    extra = tmp_path / "new" / "new.txt"
    extra.parent.mkdir()
    extra.write_text("Khalifa Hifter met Libyan officials in Benghazi, Libya.\n", encoding="utf-8")
    report = ingest([extra.parent], seed_store_copy)
    assert report.added == 1
    check()
    rows = Corpus.open(seed_store_copy)._data["user"].values()
    assert [r["op"] for r in rows] == ["merge", "split"]


def test_a_name_that_looks_like_a_command_is_still_a_name(committed_store, capsys) -> None:
    from tui.cli import main

    assert main(["--db", str(committed_store), "actors", "Khalifa", "Hifter"]) == 0
    assert "Khalifa Hifter" in capsys.readouterr().out
    assert main(["--db", str(committed_store), "actors", "merge"]) != 0
    assert "no actor matches 'merge'" in capsys.readouterr().err  # looked up as a name


def test_next_mention_walks_an_actor_through_the_corpus(committed_store) -> None:
    from store.corpus import Corpus

    corpus = Corpus.open(committed_store)
    hifter = corpus.find_actor("Hifter")
    mentions = corpus.mentions(hifter.id)
    assert len(mentions) > 2
    here = mentions[0]
    for expected in [*mentions[1:], mentions[0]]:  # forward, wrapping round
        here = corpus.next_mention(hifter.id, (here.article, here.start))
        assert (here.article, here.start) == (expected.article, expected.start)
    inside = (mentions[1].article, mentions[1].start + 2)  # the cursor inside a mention
    assert corpus.next_mention(hifter.id, inside, -1).start == mentions[0].start
    assert corpus.next_mention(hifter.id, inside, 1).start == mentions[2].start
    single = next(a for a in corpus.actors() if a.n_mentions == 1)
    only = corpus.mentions(single.id)[0]
    assert corpus.next_mention(single.id, (only.article, only.start)) is None
    assert corpus.mention_at(only.article, only.start).actor == single.id


def test_the_read_path_finds_actors_without_spacy(committed_store) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys; from store.corpus import Corpus\n"
            f"c = Corpus.open({str(committed_store)!r})\n"
            "assert c.find_actor('ISIS').name == 'Islamic State'\n"
            "assert c.find_actor('Iraqi').name == 'Iraq'\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'textual')))")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env)
    assert out.stdout.strip() == "[]"


def test_an_unresolved_description_or_acronym_names_no_actor() -> None:
    articles, clusters = resolve(["[The company|DESC] said. The [CEO|ACRO] left.",
                                  "[Karavel Shipping|ORG] owns it."])
    assert actor_of(articles, (0, "The company")) is None
    assert actor_of(articles, (0, "CEO")) is None
    names = {c.name for c in clusters}
    assert names == {"Karavel Shipping"}


@pytest.mark.parametrize(("texts", "dates", "same", "apart"), [
    # the one dated eruption is twelve years before the article: recalled, not the story's
    (["Twelve years ago, the [February 2019 eruption|EVENT] drove 900 from their homes.",
      "[Mount Orla eruption|EVENT]: the count", "Ash fell after [the eruption|DESC]."],
     ["2031-05-02", "2031-05-09", "2031-05-04"], [],
     [[(0, "February 2019 eruption"), (1, "Mount Orla eruption")],
      [(0, "February 2019 eruption"), (2, "the eruption")]]),
    # the same names a year after the eruption: the story's own
    (["Last year the [February 2019 eruption|EVENT] drove 900 from their homes.",
      "[Mount Orla eruption|EVENT]: the count"],
     ["2020-05-02", "2020-05-09"], [[(0, "February 2019 eruption"), (1, "Mount Orla eruption")]],
     []),
    # a description in the article that recalls the older census is not that census
    (["The count fell since the [2021 census|EVENT]. About [the census|DESC]: it ran in May."],
     ["2031-10-21"], [], [[(0, "2021 census"), (0, "the census")]]),
    # "the eruption of Mount Orla" says what happened there, not what the mountain is
    (["Ash from the eruption of [Mount Orla|LOC] fell.",
      "[Mount Orla|LOC] erupted. Since [the eruption|DESC], ash."],
     ["2031-05-02", "2031-05-03"], [], [[(1, "Mount Orla"), (1, "the eruption")]]),
])
def test_a_happening_named_by_a_year_long_before_its_article_is_recalled_not_the_story_s(
        texts: list[str], dates: list[str], same: list[list[Ref]],
        apart: list[list[Ref]]) -> None:
    articles = [article(i, t) for i, t in enumerate(texts)]
    for art, date in zip(articles, dates, strict=True):
        art.date = date
    resolve_articles(articles, [])
    for group in same:
        assert len({actor_of(articles, ref) for ref in group}) == 1, group
    for a, b in apart:
        assert actor_of(articles, a) != actor_of(articles, b), (a, b)


def test_a_happening_only_described_is_one_event_of_the_corpus() -> None:
    """"The drought" in two articles of a corpus that never names a drought: one event, only
    described, typed an event; "the ministry" with nothing named still names nobody."""
    articles, clusters = resolve(["[The drought|DESC] hit [Velm|GPE]. [The ministry|DESC] said.",
                                  "Since [the drought|DESC] began, wells dried."])
    first, second = actor_of(articles, (0, "The drought")), actor_of(articles, (1, "the drought"))
    assert first is not None and first == second
    assert actor_of(articles, (0, "The ministry")) is None
    drought = next(c for c in clusters if c.name == "Drought")
    assert drought.type == "EVENT" and drought.aliases == ["Drought"]


def test_a_resolved_description_keeps_its_reason_and_is_no_alias() -> None:
    articles, clusters = resolve(["The [Ministry of Energy|ORG] said. [The ministry|DESC] "
                                  "added."])
    ministry = next(c for c in clusters if c.name == "Ministry of Energy")
    assert ministry.aliases == ["Ministry of Energy"]
    (_article, start, end, why), = ministry.reasons
    assert articles[0].text[start:end] == "The ministry"
    assert "“ministry” in its name" in why


def test_a_country_is_a_place_for_a_description_however_often_its_adjective_is_used() -> None:
    """"the country" after "Libya" is Libya even where the corpus says "Libyan" more often than
    "Libya": the candidate has the type it will be named with, so adding articles elsewhere
    never changes what an article's description stands for."""
    texts = ["[Libyan|NORP] forces and [Libyan|NORP] troops. [Libyan|NORP] men.",
             "Talks in [Libya|GPE] went on. [The country|DESC] is split."]
    articles, _ = resolve(texts)
    assert actor_of(articles, (1, "The country")) == actor_of(articles, (1, "Libya"))


@pytest.mark.parametrize(("texts", "same", "none"), [
    # the state after the city of a dateline: "the country" and "the government" are its
    (["PELLRA, [Quorvany|GPE], May 2 (Reuters) - [Quorvany|GPE] cut rates. [The country|DESC] "
      "borrows less. [The government|DESC] agreed.",
      "[Quorvany|GPE] voted. [The government|DESC] fell."],
     [[(0, "Quorvany"), (0, "The country")], [(0, "The government"), (1, "The government")]],
     []),
    # the people's adjective written anywhere in the corpus ("Sandovian" of "Sandovia")
    (["Orchards in [Sandovia|GPE] froze. [the country|DESC] imports apples.",
      "The [Sandovian Growers' League|ORG] met."],
     [[(0, "Sandovia"), (0, "the country")]], []),
    # and so whatever label the tagger gave its name most often
    (["[Sandovia|ORG] froze, and [Sandovia|ORG] wept. [the country|DESC] imports apples.",
      "The [Sandovian Growers' League|ORG] met in [Sandovia|GPE]."],
     [[(0, "Sandovia"), (0, "the country")]], []),
    # no such sign: a town is no country; a listed state comes before an unlisted one
    (["Orchards in [Pellra|GPE] froze. [the country|DESC] imports apples.",
      "KIRRO, [Quorvany|GPE] (AP) - [Chile|GPE] and [Quorvany|GPE] met. [Chile|GPE] again. "
      "[the country|DESC] grows."],
     [[(1, "Chile"), (1, "the country")]],
     [[(0, "Pellra"), (0, "the country")], [(1, "Quorvany"), (1, "the country")]]),
])
def test_a_state_the_country_list_lacks_is_a_country_where_the_corpus_writes_it_as_one(
        texts: list[str], same: list[list[Ref]], none: list[list[Ref]]) -> None:
    """A state the country list does not know is a country for "the country" and "the
    government" when the corpus writes it as one: the place after a dateline's city, or one
    whose people's adjective it writes; only where no listed state fits."""
    articles, _ = resolve(texts)
    for refs in same:
        assert len({actor_of(articles, ref) for ref in refs}) == 1, refs
        assert actor_of(articles, refs[0]) is not None
    for a, b in none:
        assert actor_of(articles, a) != actor_of(articles, b)


@pytest.mark.parametrize("second", [
    "Farmers in [Karsby|GPE] are angry. [The government|DESC] announced a fund.",
    # no place at all: a trade paper's "the government's new levy" is the corpus's one too
    "Growers are angry. [The government|DESC] announced a fund.",
    "[Tarnwell Mills|ORG] cut 40 jobs after [the government|DESC] raised its levy.",
    "[The government|DESC] met.",
])
def test_the_government_of_a_countryless_article_is_the_one_the_corpus_names(
        second: str) -> None:
    """"the government" in an article that names no country is the one country's government
    the rest of the corpus names so."""
    articles, _ = resolve(["Rain failed in [Uruguay|GPE]. [The government|DESC] cut its forecast.",
                           second])
    actor = actor_of(articles, (0, "The government"))
    found = "the government" if "[the government" in second else "The government"
    assert actor is not None and actor_of(articles, (1, found)) == actor


@pytest.mark.parametrize("texts", [
    ["Rain failed in [Uruguay|GPE]. [The government|DESC] cut its forecast.",
     "Floods in [Paraguay|GPE]. [The government|DESC] sent troops.",
     "Farmers in [Karsby|GPE] are angry. [The government|DESC] announced a fund."],
    ["Rain failed in [Uruguay|GPE]. [The government|DESC] cut its forecast.",
     "Floods in [Paraguay|GPE]. [The government|DESC] sent troops.",
     "[The government|DESC] announced a fund."],
])
def test_the_government_of_a_countryless_article_needs_one_in_the_corpus(
        texts: list[str]) -> None:
    """"the government" in an article that names no country is nobody where the corpus names
    two countries' governments."""
    articles, _ = resolve(texts)
    assert actor_of(articles, (len(texts) - 1, "The government")) is None


@pytest.mark.parametrize(("texts", "same", "none"), [
    (["[Chile|GPE] mourned. [The army|DESC] flew in tents.",
      "In [Chile|GPE], [the army|DESC] reopened roads.",
      "[Chile|GPE] and [Bolivia|GPE] met. [The army|DESC] waited."],
     [(0, "The army"), (1, "the army")], (2, "The army")),
    (["[Ghana|GPE] voted. [The cabinet|DESC] approved the plan.",
      "[Ghana|GPE] wept. [The cabinet|DESC] met again.",
      "[Ghana|GPE] and [Togo|GPE] met. [The cabinet|DESC] met."],
     [(0, "The cabinet"), (1, "The cabinet")], (2, "The cabinet")),
])
def test_an_army_or_a_cabinet_is_the_one_country_s(texts: list[str], same: list[Ref],
                                                   none: Ref) -> None:
    """"the army" after one country named is that country's army, one actor across articles;
    after two it names nobody (after none, the one the corpus names: below)."""
    articles, _ = resolve(texts)
    assert len({actor_of(articles, ref) for ref in same}) == 1
    assert actor_of(articles, same[0]) is not None
    assert actor_of(articles, none) is None


def test_the_government_of_the_one_country_named_is_an_actor_of_its_own() -> None:
    articles, clusters = resolve([
        "Storms hit the [Philippines|GPE] and [Manila|GPE]. [The government|DESC] said 38 died.",
        "In the [Philippines|GPE], [the government|DESC] revised it.",
        "The [Government of the Philippines|ORG] spoke.",
        "[Kenya|GPE] and [Uganda|GPE] met. [The government|DESC] said.",
        "The [Ministry of Health|ORG] spoke. [The government|DESC] agreed.",
        "[Peru|GPE] voted. The [Peruvian Government|ORG] and [the government|DESC] said.",
        "[Peru|GPE] voted. [The provincial government|DESC] and [the federal government|DESC]."])
    government = actor_of(articles, (0, "The government"))
    assert government == actor_of(articles, (1, "the government")) \
        == actor_of(articles, (2, "Government of the Philippines"))
    assert government != actor_of(articles, (0, "Philippines"))
    assert actor_of(articles, (3, "The government")) is None  # two countries
    assert actor_of(articles, (4, "The government")) is None  # no country
    peru = actor_of(articles, (5, "Peruvian Government"))
    assert actor_of(articles, (5, "the government")) == peru  # a government named: that one
    assert actor_of(articles, (6, "The provincial government")) is None
    assert actor_of(articles, (6, "the federal government")) is not None
    by_id = {c.id: c for c in clusters}
    assert by_id[government].name == "Government of the Philippines"
    assert by_id[government].type == "ORG"
    alone = resolve(["[Kenya|GPE] voted. [The government|DESC] said."])[1]
    named = {c.name: c for c in alone}
    assert named["Government of Kenya"].aliases == ["Government of Kenya"]
    assert "the government of Kenya" in named["Government of Kenya"].reasons[0][3]


@pytest.mark.parametrize(("texts", "same", "apart"), [
    # "parliament" written bare is the legislature the article named, whatever its head word
    (["The [Orlan National Assembly|ORG] sat late. The minister told [parliament|DESC] the "
      "tolls would rise."],
     [(0, "Orlan National Assembly"), (0, "parliament")], []),
    # with none named, the one country's, like "the parliament"; never an audit body
    (["In [Ghana|GPE], the minister told [parliament|DESC] about cocoa.",
      "[Ghana|GPE] voted. [The parliament|DESC] met.",
      "The [Audit Chamber|ORG] of [Ghana|GPE] objected. [The parliament|DESC] did not."],
     [(0, "parliament"), (1, "The parliament"), (2, "The parliament")],
     [(2, "Audit Chamber")]),
])
def test_parliament_written_bare_is_the_country_s_legislature(texts: list[str], same: list[Ref],
                                                              apart: list[Ref]) -> None:
    articles, _ = resolve(texts)
    assert len({actor_of(articles, ref) for ref in same}) == 1
    assert actor_of(articles, same[0]) is not None
    for ref in apart:
        assert actor_of(articles, ref) != actor_of(articles, same[0])


@pytest.mark.parametrize(("texts", "apart", "same"), [
    # a product named after its place, which the tagger took for a person: the article writes
    # the place after "at" or "in", so its lone word is the place, not that "person"
    (["[Petit Varenne|PERSON] sold well. Growers at Varenne said [Varenne|ORG] prices rose."],
     [((0, "Petit Varenne"), (0, "Varenne"))], []),
    (["Dealers said [Grand Orsolo|PERSON] cars are scarce. In Orsolo the plant shut, and "
      "[Orsolo|PERSON] output fell.", "[Grand Orsolo|PERSON] sales slowed."],
     [((0, "Grand Orsolo"), (0, "Orsolo"))], []),
    (["Prices of [Aged Kellin|PERSON] cheese doubled. [Kellin|GPE] farms near Kellin closed.",
      "Buyers at Kellin said [Kellin|PERSON] was dear.", "[Aged Kellin|PERSON] is rare."],
     [((0, "Aged Kellin"), (0, "Kellin")), ((2, "Aged Kellin"), (1, "Kellin"))], []),
    # a person's surname is still the person: a possessive after "at" is no place
    (["[Ana Lind|PERSON] resigned. Reporters gathered at Lind's home, and [Lind|PERSON] said "
      "little."],
     [], [((0, "Ana Lind"), (0, "Lind"))]),
    (["[Ruth Calder|PERSON] flew in from Oslo. [Calder|PERSON] said the talks failed."],
     [], [((0, "Ruth Calder"), (0, "Calder"))]),
])
def test_a_word_its_article_writes_as_a_place_is_no_persons_surname(
        texts: list[str], apart: list[tuple[Ref, Ref]], same: list[tuple[Ref, Ref]]) -> None:
    articles, _ = resolve(texts)
    for one, other in apart:
        assert actor_of(articles, one) != actor_of(articles, other)
    for one, other in same:
        assert actor_of(articles, one) == actor_of(articles, other)


def test_the_capital_after_a_preposition_is_the_dateline_s_place() -> None:
    articles, _ = resolve([
        "[KIRRO|ORG], June 4 (Reuters) - The mayor of [Pellston|GPE] spoke at a rally in "
        "[the capital|DESC] on Sunday.",
        "[KIRRO|ORG], June 9 (Reuters) - Ferry lines raised [the capital|DESC] they need.",
        "Farmers from [Pellston|GPE] marched to [the capital|DESC]."])
    assert actor_of(articles, (0, "the capital")) == actor_of(articles, (0, "KIRRO"))
    assert actor_of(articles, (0, "the capital")) != actor_of(articles, (0, "Pellston"))
    assert actor_of(articles, (1, "the capital")) is None  # money, not a city
    assert actor_of(articles, (2, "the capital")) is None  # no dateline


@pytest.mark.parametrize("text", [
    # a headline above the dateline: the place of the dateline below it
    "Bakers march in [the capital|DESC]\n[KIRRO|ORG], June 4 (Reuters) - Bread ran short in "
    "[Kirro|GPE].",
    # the preposition opens its sentence
    "[KIRRO|ORG], June 4 (Reuters) - Bread ran short. Outside [the capital|DESC], mills shut.",
])
def test_the_capital_above_the_dateline_or_after_a_capitalised_preposition(text: str) -> None:
    articles, _ = resolve([text])
    assert actor_of(articles, (0, "the capital")) == actor_of(articles, (0, "KIRRO"))


@pytest.mark.parametrize(("text", "dateline"), [
    # the dateline's place, named just before, lies some way from the capital: not it
    ("[VORSK|ORG], May 2 (AFP) - In [Vorsk|GPE], 140 kilometres southwest of [the capital|DESC], "
     "wells ran dry.", False),
    ("[VORSK|ORG], May 2 (AFP) - Crews near [Vorsk|GPE] drove 90 miles from [the capital|DESC].",
     False),
    # another place some way from it: the capital is still the dateline's
    ("[VORSK|ORG], May 2 (AFP) - In [Olm|GPE], 140 kilometres southwest of [the capital|DESC], "
     "wells ran dry.", True),
    ("[VORSK|ORG], May 2 (AFP) - [Vorsk|GPE] is dry. Farmers marched to [the capital|DESC].", True),
])
def test_the_capital_a_distance_from_the_dateline_s_place_is_not_it(text: str,
                                                                     dateline: bool) -> None:
    articles, _ = resolve([text])
    same = actor_of(articles, (0, "the capital")) == actor_of(articles, (0, "VORSK"))
    assert same == dateline


@pytest.mark.parametrize(("text", "description", "name"), [
    ("[Orvik Motor Corporation|ORG] recalled vans. [The carmaker|DESC] said 12 were hurt.",
     "The carmaker", "Orvik Motor Corporation"),
    ("[Pellacor Pharmaceuticals|ORG] and the [Health Board|ORG] met. [The drugmaker|DESC] "
     "agreed.", "The drugmaker", "Pellacor Pharmaceuticals"),
])
def test_a_business_named_by_what_it_makes_is_the_company_named_before(
        text: str, description: str, name: str) -> None:
    articles, _ = resolve([text])
    assert actor_of(articles, (0, description)) == actor_of(articles, (0, name))


def test_administrators_written_bare_are_the_firm_the_corpus_calls_so() -> None:
    articles, _ = resolve([
        "[Ossmar's receivers|DESC], [Ashcombe Partners|ORG], said debts were large.",
        "Lenders face losses as [receivers|DESC] put debts at 2bn. [Ashcombe Partners|ORG] "
        "wrote to them.",
        "Lenders face losses as [receivers|DESC] put debts at 3bn."])
    assert actor_of(articles, (1, "receivers")) == actor_of(articles, (0, "Ashcombe Partners"))
    assert actor_of(articles, (2, "receivers")) is None  # the firm is named nowhere in it


def test_a_site_with_and_without_its_title_is_one_site() -> None:
    articles, _ = resolve([
        "Rangers in [Korro Hills National Park|ORG] counted 40 rhinos.",
        "Poachers entered [Korro Hills|LOC] at night. Flights to [Dunmere Airport|FAC] and "
        "[Dunmere|GPE] resumed.",
        "The [Selby Dam|FAC] and the [Selby River|LOC] rose. [Selby|LOC] flooded."])
    assert actor_of(articles, (0, "Korro Hills National Park")) == actor_of(
        articles, (1, "Korro Hills"))
    assert actor_of(articles, (1, "Dunmere Airport")) != actor_of(articles, (1, "Dunmere"))
    assert actor_of(articles, (2, "Selby Dam")) != actor_of(articles, (2, "Selby River"))


def test_a_newspaper_s_title_word_alone_is_the_one_paper_the_corpus_names_with_it() -> None:
    articles, _ = resolve([
        "[The Dunmere Sentinel|ORG] reported the fire.",
        "A spokesman told the [Sentinel|ORG] the toll had risen.",
        "[The Kelby Courier|ORG] and [The Orla Courier|ORG] ran it. A reader told the "
        "[Courier|ORG]."])
    assert actor_of(articles, (1, "Sentinel")) == actor_of(articles, (0, "The Dunmere Sentinel"))
    assert actor_of(articles, (2, "Courier")) not in (
        actor_of(articles, (2, "The Kelby Courier")), actor_of(articles, (2, "The Orla Courier")))


def test_an_office_set_beside_a_person_is_that_person() -> None:
    articles, _ = resolve([
        '"It is fixed," said [Tom Ekberg|PERSON], [President and Chief Executive|DESC]. '
        '"Our team is proud."',
        "[Minister of Fisheries|DESC] will speak."])
    assert actor_of(articles, (0, "President and Chief Executive")) == actor_of(
        articles, (0, "Tom Ekberg"))
    assert actor_of(articles, (1, "Minister of Fisheries")) is None  # beside nobody


@pytest.mark.parametrize("text", [
    "The dam held, said [Maria Lopez|PERSON], [head of the Kelby Water Agency|DESC], on Monday.",
    "[Maria Lopez|PERSON], [the UNDP representative in Tavira|DESC], spoke. [Tavira|GPE] "
    "wept.",
    "[Maria Lopez|PERSON], [Chief Executive of the Port Authority|DESC]. [The Port "
    "Authority|ORG] agreed.",
])
def test_an_office_held_at_a_body_set_beside_a_person_is_that_person(text: str) -> None:
    articles, _ = resolve([text, "[The Kelby Water Agency|ORG] said [the agency|DESC] would pay."])
    office = next(m.group(1) for m in re.finditer(r"\[([^|\]]+)\|DESC\]", text))
    assert actor_of(articles, (0, office)) == actor_of(articles, (0, "Maria Lopez"))


def test_the_government_among_several_countries_is_the_story_s_country() -> None:
    articles, clusters = resolve([
        # named most often: the story's country; then the same government again
        "[Peru|GPE] voted. Floods hit [Peru|GPE]. [The government|DESC] will pay. "
        "[Chile|GPE] and [Japan|GPE] sent aid. [Peru|GPE] thanked them. [the government|DESC] "
        "spent it.",
        # named as often as another: no one's
        "[Peru|GPE] and [Chile|GPE] met. [The government|DESC] will pay.",
        # one country first, then several: the same government as before
        "Floods hit [Bolivia|GPE]. [The government|DESC] will pay. [Chile|GPE] and "
        "[Japan|GPE] sent aid, as did [Spain|GPE]. [the government|DESC] spent it."])
    names = {c.id: c.name for c in clusters}
    assert names[actor_of(articles, (0, "The government"))] == "Government of Peru"
    assert actor_of(articles, (0, "the government")) == actor_of(articles, (0, "The government"))
    assert actor_of(articles, (1, "The government")) is None
    assert names[actor_of(articles, (2, "the government"))] == "Government of Bolivia"


def test_the_government_before_the_one_country_named_is_that_country_s() -> None:
    articles, clusters = resolve([
        "[The government|DESC] will pay, officials in [Peru|GPE] said.",
        "[The government|DESC] will pay, officials in [Peru|GPE] and [Chile|GPE] said."])
    names = {c.id: c.name for c in clusters}
    assert names[actor_of(articles, (0, "The government"))] == "Government of Peru"
    assert actor_of(articles, (1, "The government")) is None  # two countries


@pytest.mark.parametrize(("texts", "joined", "nobody"), [
    # "the interior ministry" with no ministry named: that ministry of the one country named
    (["Crowds marched in [France|GPE]. [the interior ministry|DESC] said 1 million.",
      "In [France|GPE], [The interior ministry|DESC] revised it.",
      "[France's interior ministry|ORG] spoke."],
     [(0, "the interior ministry"), (1, "The interior ministry"),
      (2, "France's interior ministry")], []),
    # the one ministry of that portfolio the corpus names is that ministry
    (["Crowds marched in [France|GPE]. [the interior ministry|DESC] said 1 million.",
      "The [Ministry of the Interior|ORG] publishes the final figures.",
      "In [France|GPE], [the education ministry|DESC] spoke."],
     [(0, "the interior ministry"), (1, "Ministry of the Interior")], []),
    # and so is the one named with its state's scope word before it, "Federal", "National"
    (["Catches fell in [Norway|GPE]. [the fisheries ministry|DESC] said 9 tonnes.",
      "The [Federal Ministry of Fisheries|ORG] revised its count."],
     [(0, "the fisheries ministry"), (1, "Federal Ministry of Fisheries")], []),
    # two portfolios are two ministries, and "the ministry" alone says not which
    (["Crowds marched in [France|GPE]. [the interior ministry|DESC] said so.",
      "In [France|GPE], [the education ministry|DESC] and [the ministry|DESC] spoke."],
     [], [(1, "the ministry")]),
    # two countries: which one's, nobody can say
    (["[France|GPE] and [Spain|GPE] met. [the interior ministry|DESC] said so."],
     [], [(0, "the interior ministry")]),
])
def test_a_ministry_by_portfolio_is_that_ministry_of_the_one_country_named(
        texts: list[str], joined: list[Ref], nobody: list[Ref]) -> None:
    articles, _ = resolve(texts)
    ids = {actor_of(articles, ref) for ref in joined}
    assert None not in ids and len(ids) <= 1
    assert all(actor_of(articles, ref) is None for ref in nobody)
    if len(texts) == 2 and not joined:
        assert actor_of(articles, (0, "the interior ministry")) is not None
        assert actor_of(articles, (1, "the education ministry")) not in \
            (None, actor_of(articles, (0, "the interior ministry")))


@pytest.mark.parametrize(("texts", "child", "parent"), [
    (["The [U.S. Navy|ORG] and the [United States|GPE]."], "U.S. Navy", "United States"),
    (["The [Italian Navy|ORG] sailed. [Italy|GPE] paid."], "Italian Navy", "Italy"),
    (["The [Government of Yemen|ORG] in [Yemen|GPE]."], "Government of Yemen", "Yemen"),
    (["[Yemen's coast guard|ORG] and [Yemen|GPE]."], "Yemen's coast guard", "Yemen"),
    (["[NATO|ORG]'s [Allied Coastal Command|ORG] said."], "Allied Coastal Command",
     "North Atlantic Treaty Organization"),
    (["the [Ashby School|ORG] at [Eastmere University|ORG] found."], "Ashby School",
     "Eastmere University"),
    (["[Harwick Vale University|ORG] and its [Harwick Vale Ainsley School of Public "
      "Health|ORG]."], "Harwick Vale Ainsley School of Public Health",
     "Harwick Vale University"),
    (["The [UN Security Council|ORG] and the [United Nations|ORG]."],
     "United Nations Security Council", "United Nations"),
])
def test_a_part_knows_its_parent(texts: list[str], child: str, parent: str) -> None:
    _, clusters = resolve(texts)
    by_name = {c.name: c for c in clusters}
    assert by_name[child].part_of == by_name[parent].id
    assert by_name[parent].part_of is None  # and the parent is not its part


@pytest.mark.parametrize(("texts", "joined", "name", "nobody"), [
    # a body the article only describes, described again: one actor, called by the first
    (["[The regional transport authority|DESC] raised fares. Riders met [Ilse Marrow|PERSON]. "
      "[The authority|DESC] said costs rose."],
     [(0, "The regional transport authority"), (0, "The authority")],
     "Regional transport authority", []),
    (["[A Kelby haulage company|DESC] sued. [Tomas Reyn|PERSON] spoke for [the company|DESC]."],
     [(0, "A Kelby haulage company"), (0, "the company")], "Kelby haulage company", []),
    # modifiers that are not the first one's: another body; and a lone description names nobody
    (["[The transport authority|DESC] met [the water authority|DESC]. [The port authority|DESC] "
      "left."], [], "", [(0, "The transport authority"), (0, "the water authority"),
                         (0, "The port authority")]),
    # two bodies described alike: "the company" says not which
    (["[A shipping company|DESC] sued [a shipping company|DESC]. [The company|DESC] lost."],
     [], "", [(0, "A shipping company"), (0, "The company")]),
    # not a structure ("the line" is a body only where the corpus calls a name so)
    (["A leak shut [the export line|DESC] for a week. [The line|DESC] reopened on Monday."], [],
     "", [(0, "the export line"), (0, "The line")]),
    # never across articles, and never a possessive's ("its union": whose, not which)
    (["[The dockers' union|DESC] struck.", "[The union|DESC] said."], [], "",
     [(0, "The dockers' union"), (1, "The union")]),
    (["[Orla Ferries|ORG] staff joined [a union|DESC]. [Its union|DESC] voted."], [], "",
     [(0, "a union"), (0, "Its union")]),
])
def test_a_body_only_described_and_described_again_is_one_actor(
        texts: list[str], joined: list[Ref], name: str, nobody: list[Ref]) -> None:
    articles, clusters = resolve(texts)
    ids = {actor_of(articles, ref) for ref in joined}
    if joined:
        assert None not in ids and len(ids) == 1
        assert {c.name for c in clusters if c.id in ids} == {name}
    assert all(actor_of(articles, ref) is None for ref in nobody)


@pytest.mark.parametrize("order", [[0, 1, 2], [2, 0, 1], [1, 2, 0]])
def test_mentions_parts_and_ids_do_not_depend_on_the_order_articles_come_in(
        order: list[int]) -> None:
    """Each actor's mentions in corpus order, its parent and every mention's actor id, whether
    the articles come in corpus order (no sort needed) or not, and on a second resolution of
    the same articles (a description that names nobody the second time keeps no stale id)."""
    texts = ["The [Tarrow School|ORG] at [Kelvane University|ORG] met [Omari Lusk|PERSON].",
             "[Kelvane University|ORG] said [Lusk|PERSON] left. [the ferry line|DESC] paused.",
             "[Omari Lusk|PERSON] and the [Tarrow School|ORG] at [Kelvane University|ORG]."]
    articles = [article(i, t) for i, t in enumerate(texts)]
    expected = None
    for _ in range(2):
        clusters = resolve_articles([articles[i] for i in order])
        by_name = {c.name: c for c in clusters}
        for c in clusters:
            assert [(m.order, m.start) for m in c.mentions] == sorted(
                (m.order, m.start) for m in c.mentions)
        assert by_name["Tarrow School"].part_of == by_name["Kelvane University"].id
        ids = [item[3] for art in articles for item in art.items]
        assert [item[3] for item in articles[1].items if item[2] == "DESC"] == [None]
        assert ids.count(by_name["Omari Lusk"].id) == 3
        assert expected in (None, ids)
        expected = ids


def test_a_merge_keeps_the_name_merged_into_and_both_edits_show() -> None:
    texts = ["[Alpha Group|ORG] and [Beta Front Of The Long Name|ORG]. [Gamma Council|ORG] and "
             "[GC|ORG]."]
    edits = [{"op": "merge", "a": "Alpha Group", "b": "Beta Front Of The Long Name"},
             {"op": "split", "actor": "Gamma Council", "alias": "GC"}]
    _, clusters = resolve(texts, edits)
    merged = next(c for c in clusters if len(c.mentions) == 2 and c.name != "Gamma Council")
    assert merged.name == "Alpha Group"  # not the longer name canonical naming would pick
    assert any("Beta Front" in e for e in merged.edits)
    gamma = next(c for c in clusters if c.name == "Gamma Council")
    assert any("GC" in e for e in gamma.edits)
    split_off = next(c for c in clusters if c.name == "GC")
    assert any("Gamma Council" in e for e in split_off.edits)


def test_a_name_tagged_elsewhere_is_found_again_where_no_sentence_was_kept() -> None:
    """A name tagged elsewhere, in a sentence the article kept none of (no mention of its own
    there: a headline), is found again in a sentence made for it, the stretch of its line
    between the sentences around; not a lone word the corpus mostly takes for a person's."""
    from store.actors.refind import refound

    texts = ["The [Orla Grid Company|ORG] and [Karsby|GPE] and [Karsby|GPE] and [Wren|PERSON] "
             "and [Wren|PERSON].",
             "Orla Grid Company cuts power to Karsby\n\nBy a reporter\n\nWren was not there. "
             "Rain fell on [Ohio|GPE]."]
    articles = [article(i, t) for i, t in enumerate(texts)]
    kept = articles[1].sentences[-1]  # only the sentence that holds a mention is kept
    articles[1].sentences = [kept]
    articles[1].items = [[*item[:4], 0] for item in articles[1].items]
    art = refound(articles)[1]
    found = {art.text[s:e]: art.text[art.sentences[n][0]:art.sentences[n][1]]
             for s, e, _, _, n in art.items}
    assert found == {"Orla Grid Company": "Orla Grid Company cuts power to Karsby",
                     "Karsby": "Orla Grid Company cuts power to Karsby",
                     "Ohio": art.text[kept[0]:kept[1]]}


@pytest.mark.parametrize(("text", "cut_at", "kept_from"), [
    # the parser ended a sentence inside the name, which starts a paragraph
    ("Rain fell.\n\nKelby University has cut 380 posts, [Ohio|GPE] said.", "Kelby", "Kelby"),
    # the name starts where no sentence was kept (after a headline) and runs into one
    ("Kelby: the test case\n\nKelby University, which cut jobs, told [Ohio|GPE] so.",
     "Kelby University", "Kelby University,"),
])
def test_a_name_the_parser_cut_a_sentence_inside_is_found_again(text: str, cut_at: str,
                                                                 kept_from: str) -> None:
    """A name tagged elsewhere that the parser cut a sentence inside ("Kelby | University has
    cut 380 posts") is found again, in one sentence made of the two halves."""
    from store.actors.refind import refound

    texts = ["The [Kelby University|ORG] said so.", text]
    articles = [article(i, t) for i, t in enumerate(texts)]
    art = articles[1]
    at = art.text.index("Kelby University")
    split = at + len(cut_at) if cut_at == "Kelby" else art.text.index("University,")
    rest = art.text.index(".", split) + 1
    art.sentences = [[at, split], [split + 1, rest]] if cut_at == "Kelby" else [[split, rest]]
    art.items = [[*item[:4], len(art.sentences) - 1] for item in art.items]
    art = refound(articles)[1]
    found = {art.text[s:e]: art.text[art.sentences[n][0]:art.sentences[n][1]]
             for s, e, _, _, n in art.items}
    assert found["Kelby University"].startswith(kept_from)
    assert found["Kelby University"].endswith(art.text[rest - 6:rest])  # the second half's end


@pytest.mark.parametrize(("texts", "found", "not_found"), [
    # several words: looked for after one tag; one word: after two, and never a common word
    (["[Ashby Dam|LOC] fell. [Korlin|ORG] said. [Korlin|ORG] agreed. [Parys|GPE] waits.",
      "Then Ashby Dam rose in [Ohio|GPE]. Korlin said so in [Ohio|GPE]. Parys in [Ohio|GPE]."],
     [(1, "Ashby Dam"), (1, "Korlin")], [(1, "Parys")]),
    (["[Economy|GPE] and [Economy|GPE] rose.", "The economy in [Ohio|GPE]. Economy in [Ohio|GPE]."],
     [], [(1, "Economy")]),
    # a place tagged once is looked for where the corpus writes it three times or more; a body
    # tagged once, or a place written twice, is not
    (["Cod landed at [Tarnhead|GPE]. [Brisk|ORG] buys.", "Tarnhead boats sat idle. At Tarnhead "
      "market, Brisk paid less in [Ohio|GPE]. Brisk said so."],
     [(1, "Tarnhead")], [(1, "Brisk")]),
    (["Cod landed at [Tarnhead|GPE].", "Tarnhead boats sat idle in [Ohio|GPE]."],
     [], [(1, "Tarnhead")]),
    # a word boundary on each side, and no mention covering it
    (["[Korlin Dam|LOC] and [Korlin Dam|LOC].",
      "Korlin Dams in [Ohio|GPE]. The [Korlin Dam Authority|ORG] said."],
     [], [(1, "Korlin Dam")]),
    # a mention inside it, shorter, gives way to the longer name; one reaching out does not
    (["[Velkor AV|ORG] said so in [Ohio|GPE].",
      "Then Velkor [AV|ORG] rose in [Ohio|GPE].",
      "Then [Velkor AV Trust|ORG] rose in [Ohio|GPE]."],
     [(0, "Velkor AV"), (1, "Velkor AV")], [(2, "Velkor AV")]),
    # and so do mentions the tagger cut it into from its first word ("Kell Anglers" a person,
    # "Guild" a place)
    (["The [Kell Anglers' Guild|ORG] met in [Ohio|GPE].",
      "The [Kell Anglers|PERSON]' [Guild|LOC] met in [Ohio|GPE].",
      "The [Kell Anglers' Guild Trust|ORG] met in [Ohio|GPE]."],
     [(1, "Kell Anglers' Guild")], [(2, "Kell Anglers' Guild")]),
])
def test_a_name_tagged_elsewhere_is_found_again(texts: list[str], found: list[Ref],
                                                not_found: list[Ref]) -> None:
    from store.actors.refind import refound

    articles = refound([article(i, t) for i, t in enumerate(texts)])
    for index, surface in found + not_found:
        art = articles[index]
        at = art.text.index(surface)
        hit = any(item[0] == at and item[1] == at + len(surface) for item in art.items)
        assert hit == ((index, surface) in found), (index, surface)
    for art in articles:
        for start, end, *_, sentence in art.items:  # each in a sentence the article keeps
            assert art.sentences[sentence][0] <= start < end <= art.sentences[sentence][1]
        assert [i[0] for i in art.items] == sorted(i[0] for i in art.items)
    # a rebuild over the stored mentions finds nothing more: the found names are looked for alike
    again = [[list(i) for i in art.items] for art in articles]
    assert [art.items for art in refound(articles)] == again


@pytest.mark.parametrize(("texts", "joined", "nobody"), [
    # what a description's words say is read once for the corpus, but what it stands for is
    # still its own article's: each "the agency" is the agency its article names
    (["[Orla Water Agency|ORG] cut supply. [The agency|DESC] said.",
      "[Velm Data Agency|ORG] met. [The agency|DESC] spoke."],
     [[(0, "Orla Water Agency"), (0, "The agency")], [(1, "Velm Data Agency"), (1, "The agency")]],
     []),
    # the words before a name are read once per mention, not once per name: the same person
    # named without a title in another article is no governor there
    (["Ostland Gov. [Rita Harlan|PERSON] spoke. [The governor|DESC] left.",
      "[Rita Harlan|PERSON] spoke. [The governor|DESC] left."],
     [[(0, "Rita Harlan"), (0, "The governor")]], [(1, "The governor")]),
])
def test_what_is_read_once_for_a_description_or_a_name_keeps_to_its_article(
        texts: list[str], joined: list[list[Ref]], nobody: list[Ref]) -> None:
    articles, _ = resolve(texts)
    for refs in joined:
        ids = {actor_of(articles, ref) for ref in refs}
        assert None not in ids and len(ids) == 1
    assert all(actor_of(articles, ref) is None for ref in nobody)


@pytest.mark.parametrize(("texts", "ref", "kind"), [
    (["[VELDEN|GPE], June 2 (Wire) - Floods cut off [Velden|PERSON]. Nobody in [the hamlet|DESC] "
      "was hurt.", "Buses left [Velden|PERSON] at noon."], (1, "Velden"), "GPE"),
    (["[Ostrud|PERSON] said the count was wrong. [Ostrud|PERSON] spoke again."],
     (0, "Ostrud"), "PERSON"),
    (["[Ingvild Ostrud|PERSON] spoke. [TARVIK|GPE] FIRES BACK, said a headline."],
     (0, "Ingvild Ostrud"), "PERSON"),
])
def test_a_lone_word_the_tagger_calls_a_person_but_a_dateline_names_is_a_place(
        texts: list[str], ref: Ref, kind: str) -> None:
    articles, clusters = resolve(texts)
    by_id = {c.id: c for c in clusters}
    assert by_id[actor_of(articles, ref)].type == kind
    if kind == "GPE":
        assert actor_of(articles, (0, "the hamlet")) == actor_of(articles, ref)


@pytest.mark.parametrize(("texts", "joined", "apart"), [
    # "the Navy" in an article that names no navy: the one navy the corpus names
    (["An [Orlandan Navy|ORG] frigate stood by off [Kesh|GPE].",
      "Divers from [Navy|ORG] and the police searched the hull off [Kesh|GPE]."],
     [(1, "Navy"), (0, "Orlandan Navy")], []),
    # "Customs" after the body whose name holds the word, in its own article, and in an article
    # that names none: the one customs body of the corpus
    (["The [Directorate of Customs and Tariffs|ORG] reported 6 tonnes. [Customs|ORG] inspect "
      "900 boxes a day.",
      "[Customs|ORG] scan about 900 boxes a day at [Velmport|GPE]."],
     [(0, "Customs"), (0, "Directorate of Customs and Tariffs"), (1, "Customs")], []),
    # two navies named in the corpus: the word alone is neither
    (["The [Orlandan Navy|ORG] and the [Kesh Navy|ORG] met.",
      "Divers from [Navy|ORG] searched the hull."],
     [], [(1, "Navy"), (0, "Orlandan Navy"), (0, "Kesh Navy")]),
])
def test_a_body_word_alone_is_the_one_body_the_corpus_names_with_it(
        texts: list[str], joined: list[Ref], apart: list[Ref]) -> None:
    """A capitalised head word written alone ("Navy", "Customs") that no name of its own article
    fits is the one body of the corpus whose name holds the word; with two, neither."""
    articles, _ = resolve(texts)
    if joined:
        assert len({actor_of(articles, ref) for ref in joined}) == 1
        assert actor_of(articles, joined[0]) is not None
    if apart:
        assert len({actor_of(articles, ref) for ref in apart}) == len(apart)


@pytest.mark.parametrize(("texts", "joined", "apart"), [
    # the abbreviated and the spelled-out legal form, and the name without it, are one company
    (["The [Orlan Freight and Storage Corp|ORG] said rents rose.",
      "The [Orlan Freight and Storage Corporation|ORG] ([OFSC|ORG]) said rents rose again.",
      "A senior [Orlan Freight and Storage|ORG] official said so."],
     [(0, "Orlan Freight and Storage Corp"), (1, "Orlan Freight and Storage Corporation"),
      (2, "Orlan Freight and Storage")], []),
    (["[Velm Mutual Insurance Company|ORG] paid 40 claims.",
      "A [Velm Mutual Insurance|ORG] official said 12 more were due."],
     [(0, "Velm Mutual Insurance Company"), (1, "Velm Mutual Insurance")], []),
    # not where the rest is a place's name, nor a name of one word
    (["The [Harrow Bay Company|ORG] traded furs.", "Ice covered [Harrow Bay|LOC]."],
     [], [(0, "Harrow Bay Company"), (1, "Harrow Bay")]),
    (["The [Tarvel Company|ORG] opened.", "[Tarvel|GPE] voted."],
     [], [(0, "Tarvel Company"), (1, "Tarvel")]),
])
def test_a_company_with_and_without_its_spelled_out_legal_form_is_one(
        texts: list[str], joined: list[Ref], apart: list[Ref]) -> None:
    """"Corporation", "Company", "Incorporated" after a name of two words or more are its legal
    form, like "Corp", "Co", "Inc": "X Corporation", "X Corp" and "X" are one company."""
    articles, _ = resolve(texts)
    if joined:
        assert len({actor_of(articles, ref) for ref in joined}) == 1
    if apart:
        assert len({actor_of(articles, ref) for ref in apart}) == len(apart)


def _one_actor_and_apart(texts: list[str], same: list[Ref],
                         apart: list[tuple[Ref, Ref]]) -> None:
    """The mentions of ``same`` resolve to one actor; each pair of ``apart`` to two."""
    articles, _ = resolve(texts)
    actors = {actor_of(articles, ref) for ref in same}
    assert not same or (len(actors) == 1 and None not in actors), actors
    for a, b in apart:
        assert actor_of(articles, a) != actor_of(articles, b)


@pytest.mark.parametrize(("texts", "same", "apart"), [
    # the long name's initials written as a word before its last word, in brackets
    (["The [Velm Export Council|ORG] ([Ve Council|ORG]) said exports fell. The [Ve Council|ORG] "
      "expects more.", "The [Ve Council|ORG] repeated its estimate."],
     [(0, "Velm Export Council"), (0, "Ve Council"), (1, "Ve Council")], []),
    (["The [Orla Port Workers' Union|ORG] ([OPW Union|ORG]) walked out.",
      "The [OPW Union|ORG] says 900 struck."],
     [(0, "Orla Port Workers' Union"), (1, "OPW Union")], []),
    # initials of one word only, or letters that are not the name's initials: no short name
    (["The [Harbour Trust|ORG] ([Ha Trust|ORG]) met.", "The [Ha Trust|ORG] did not."],
     [], [((0, "Harbour Trust"), (1, "Ha Trust"))]),
    (["The [Kessel Mining Group|ORG] ([Ab Group|ORG]) met.", "The [Ab Group|ORG] did not."],
     [], [((0, "Kessel Mining Group"), (1, "Ab Group"))]),
])
def test_a_short_name_of_initials_and_last_words_in_brackets_is_the_long_name(
        texts: list[str], same: list[Ref], apart: list[tuple[Ref, Ref]]) -> None:
    _one_actor_and_apart(texts, same, apart)


@pytest.mark.parametrize(("text", "description", "name"), [
    ("Dockers struck at [Velm Quay Terminals|ORG] on Monday. [The stevedore|DESC] said ships "
     "waited.", "The stevedore", "Velm Quay Terminals"),
    ("[Orla Stevedoring|ORG] and the [Harbour Board|ORG] met. [The company|DESC] agreed.",
     "The company", "Orla Stevedoring"),
    ("The [Ministry of Railways|ORG] said little. [Velm Railways|ORG], the state network, "
     "carries 2 million a day. [The railway|DESC] paid 40 families.", "The railway",
     "Velm Railways"),
    ("[The railway|DESC] has paid 40 families, [Orla State Railway|ORG] said.", "The railway",
     "Orla State Railway"),
])
def test_a_stevedore_or_a_railway_is_the_body_named_so(text: str, description: str,
                                                     name: str) -> None:
    articles, _ = resolve([text])
    assert actor_of(articles, (0, description)) == actor_of(articles, (0, name))


@pytest.mark.parametrize(("text", "description"), [
    # the ministry of railways or the railway workers' union is never "the railway"
    ("The [Ministry of Railways|ORG] said little. [The railway|DESC] paid 40 families.",
     "The railway"),
    ("The [Velm Railway Workers' Union|ORG] struck. [The railway|DESC] paid 40 families.",
     "The railway"),
    # two railways named: neither
    ("[Velm Railways|ORG] and [Orla Railway|ORG] met. [The railway|DESC] paid.", "The railway"),
])
def test_a_railway_s_ministry_or_union_is_not_the_railway(text: str, description: str) -> None:
    articles, _ = resolve([text])
    assert actor_of(articles, (0, description)) is None


@pytest.mark.parametrize(("texts", "same", "apart"), [
    # one body's acronym defined by its name in its own language and in English
    (["The [Instituto Geofísico de Orla|ORG] ([IGO|ORG]) said. The [IGO|ORG] agreed.",
      "Orla's [Geophysical Institute|ORG] ([IGO|ORG]) said."],
     [(0, "Instituto Geofísico de Orla"), (0, "IGO"), (1, "Geophysical Institute")], []),
    (["The [Oficina Hidrográfica Nacional|ORG] ([OHN|ORG]) said.",
      "The [Office of National Hydrography|ORG] ([OHN|ORG]) said."],
     [(0, "Oficina Hidrográfica Nacional"), (1, "Office of National Hydrography")], []),
    # the foreign head noun alone, or words that differ in sound, say nothing
    (["The [Instituto de Velm|ORG] ([IDV|ORG]) said.",
      "The [Institute of Data and Vision|ORG] ([IDV|ORG]) said."],
     [], [((0, "Instituto de Velm"), (1, "Institute of Data and Vision"))]),
    (["The [Instituto Nacional de Estadística|ORG] ([INE|ORG]) said.",
      "The [Institute of Nuclear Energy|ORG] ([INE|ORG]) said."],
     [], [((0, "Instituto Nacional de Estadística"), (1, "Institute of Nuclear Energy"))]),
    # two English names whose words sound alike but are spelled apart: two bodies
    (["The [Office of State Audit|ORG] ([OSA|ORG]) said.",
      "The [Office of Statistical Analysis|ORG] ([OSA|ORG]) said."],
     [], [((0, "Office of State Audit"), (1, "Office of Statistical Analysis"))]),
    (["The [Monetary Policy Unit|ORG] ([MPU|ORG]) said.",
      "The [Monitoring and Planning Unit|ORG] ([MPU|ORG]) said."],
     [], [((0, "Monetary Policy Unit"), (1, "Monitoring and Planning Unit"))]),
    # one English name shortened in another article: the word spelled alike is one body
    (["The [Geophysical Institute of Orla|ORG] ([GIO|ORG]) said.",
      "The [Geophysical Institute|ORG] ([GIO|ORG]) said."],
     [(0, "Geophysical Institute of Orla"), (1, "Geophysical Institute")], []),
])
def test_an_acronym_defined_in_two_languages_by_words_that_sound_alike_is_one_body(
        texts: list[str], same: list[Ref], apart: list[tuple[Ref, Ref]]) -> None:
    _one_actor_and_apart(texts, same, apart)


@pytest.mark.parametrize(("texts", "found", "not_found"), [
    # the tagger found the head of a body's name and missed "of" and its place: one name
    (["Rain fell on [North Velm|GPE] and [North Velm|GPE].",
      "As per the [Government|ORG] of North Velm, 74 died. [North Velm|GPE] mourns."],
     [(1, "Government of North Velm"), (1, "North Velm")], [(1, "Government")]),
    # none found of the body's head: the place ending its name is no mention of its own
    (["Rain fell on [Orla|GPE], [Orla|GPE] and [Orla|GPE].",
      "The Ministry of Orla said 74 died in [Ohio|GPE]. Then Orla mourned in [Ohio|GPE]."],
     [(1, "Orla")], [(1, "Ministry of Orla")]),
    # a head noun that is as often a part of a place, in a title-case headline: the place
    (["Rain fell on [Orla|GPE], [Orla|GPE] and [Orla|GPE].",
      "Floods Hit Centre of Orla\nWater rose in [Ohio|GPE]."],
     [(1, "Orla")], [(1, "Centre of Orla")]),
    (["Rain fell on [Orla|GPE], [Orla|GPE] and [Orla|GPE].",
      "Storm Reaches Downtown Center of Orla\nWater rose in [Ohio|GPE]."],
     [(1, "Orla")], [(1, "Center of Orla")]),
    (["Rain fell on [Orla|GPE], [Orla|GPE] and [Orla|GPE].",
      "Crowds Gather at Front of Orla Parliament\nWater rose in [Ohio|GPE]."],
     [(1, "Orla")], [(1, "Front of Orla")]),
    # a body's head noun in a title-case headline still takes the place into its name
    (["Rain fell on [Orla|GPE], [Orla|GPE] and [Orla|GPE].",
      "Floods Hit Ministry of Orla\nWater rose in [Ohio|GPE]."],
     [], [(1, "Orla")]),
    # a title before "of" is no body's head: the place is found again
    (["Rain fell on [Orla|GPE], [Orla|GPE] and [Orla|GPE].",
      "The President of Orla spoke in [Ohio|GPE]."],
     [(1, "Orla")], []),
])
def test_a_place_that_ends_a_body_s_name_is_the_body_s(texts: list[str], found: list[Ref],
                                                       not_found: list[Ref]) -> None:
    from store.actors.refind import refound

    articles = refound([article(i, t) for i, t in enumerate(texts)])
    for index, surface in found + not_found:
        art = articles[index]
        hits = [m.start() for m in re.finditer(re.escape(surface), art.text)]
        hit = any(item[0] in hits and art.text[item[0]:item[1]] == surface for item in art.items)
        assert hit == ((index, surface) in found), (index, surface, art.items)


def test_a_body_named_with_of_and_its_place_is_the_place_s_body_written_so() -> None:
    articles, _ = resolve([
        "Rain fell on [North Velm|GPE]. [North Velm's government|ORG] pays 200 a victim.",
        "As per the [Government|ORG] of North Velm, 74 died. [North Velm|GPE] mourns."])
    assert actor_of(articles, (1, "Government of North Velm")) == \
        actor_of(articles, (0, "North Velm's government"))
    assert actor_of(articles, (1, "Government of North Velm")) != \
        actor_of(articles, (1, "North Velm"))


@pytest.mark.parametrize(("texts", "joined", "apart"), [
    # a place the tagger called a body, in the paper named after it, is the place
    (["[Lombard Tribune|ORG] reports. Divers searched off [Lombard|ORG] on Monday.",
      "Ferries left [Lombard|ORG] at dawn."],
     [(0, "Lombard"), (1, "Lombard")], [(0, "Lombard Tribune"), (0, "Lombard")]),
    (["[Orla Herald|ORG] staff said fishing boats left [Orla|GPE] on Monday."],
     [], [(0, "Orla Herald"), (0, "Orla")]),
    # a company's first word still names the company
    (["[Saltmarsh Paria Energy|ORG] said output rose. [Saltmarsh|ORG] will drill again."],
     [(0, "Saltmarsh"), (0, "Saltmarsh Paria Energy")], []),
])
def test_a_newspaper_named_after_a_place_is_not_the_place(
        texts: list[str], joined: list[Ref], apart: list[Ref]) -> None:
    """The first word of a paper's name ("Lombard" of the "Lombard Tribune"), however the
    tagger labelled it, is the place the paper is named after, not the paper."""
    articles, _ = resolve(texts)
    if joined:
        assert len({actor_of(articles, ref) for ref in joined}) == 1
    if apart:
        assert len({actor_of(articles, ref) for ref in apart}) == len(apart)


@pytest.mark.parametrize(("texts", "joined", "apart"), [
    (["[Jan Kowalski|PERSON] spoke on Monday. ", "On Tuesday [J. Kowalski|PERSON] replied. "],
     [(0, "Jan Kowalski"), (1, "J. Kowalski")], []),
    (["[Maria Lindqvist|PERSON] and [M. A. Lindqvist|PERSON] wrote the study. "],
     [(0, "Maria Lindqvist"), (0, "M. A. Lindqvist")], []),
    # two full names fit the initial: the initialled one is neither
    (["[Jan Kowalski|PERSON] spoke. ", "[Jerzy Kowalski|PERSON] spoke. ",
      "[J. Kowalski|PERSON] replied. "],
     [], [(0, "Jan Kowalski"), (1, "Jerzy Kowalski"), (2, "J. Kowalski")]),
    # another first initial: another person
    (["[Jan Kowalski|PERSON] spoke. ", "[P. Kowalski|PERSON] replied. "],
     [], [(0, "Jan Kowalski"), (1, "P. Kowalski")]),
])
def test_a_surname_after_initials_is_the_one_full_name_they_fit(
        texts: list[str], joined: list[Ref], apart: list[Ref]) -> None:
    articles, _ = resolve(texts)
    if joined:
        assert len({actor_of(articles, ref) for ref in joined}) == 1
    if apart:
        assert len({actor_of(articles, ref) for ref in apart}) == len(apart)


@pytest.mark.parametrize(("texts", "join", "apart"), [
    # a route or a structure named after a word is not the body named with that word first
    (["[Kelvar Rail Partners|ORG] signed the contract. Work on the [Kelvar|ORG] high-speed "
      "line stopped for 30 days."],
     [], [(0, "Kelvar Rail Partners"), (0, "Kelvar")]),
    (["[Ostrom Mining Group|ORG] posted a loss. Output at the [Ostrom|ORG] mine fell 40%."],
     [], [(0, "Ostrom Mining Group"), (0, "Ostrom")]),
    (["[Halden Energy Corporation|ORG] cut 300 jobs.",
      "Workers at the [Halden|ORG] plant struck on Monday."],
     [], [(0, "Halden Energy Corporation"), (1, "Halden")]),
    (["Tolls on the [Brisa|ORG] bridge rose. [Brisa Toll Holdings|ORG] blamed costs."],
     [], [(0, "Brisa"), (0, "Brisa Toll Holdings")]),
    # the body's short name stays the body: said, a board's, no structure after it
    (["[Orvane Mining Corporation|ORG] cut jobs. [Orvane|ORG] said output fell. The "
      "[Orvane|ORG] board met."],
     [(0, "Orvane Mining Corporation"), (0, "Orvane")], []),
])
def test_a_word_written_as_a_structures_name_is_not_a_body_named_with_it(
        texts: list[str], join: list[Ref], apart: list[Ref]) -> None:
    check_joined_apart(texts, join, apart)


@pytest.mark.parametrize(("first", "second", "same"), [
    ("[Port of Quenby|FAC] reopened. ", "Ferries left [Quenby Port|ORG] late. ", True),
    ("The [Port of Quenby|GPE] reopened. ", "Ferries left [Quenby Harbour|FAC] late. ", False),
    ("The [Harbour of Quenby|LOC] froze. ", "Ferries left [Quenby Harbour|FAC] late. ", True),
    ("The [University of Quenby|ORG] shut. ", "[Quenby University|ORG] opened. ", False),
])
def test_a_port_named_before_and_after_its_place_is_one_port(first: str, second: str,
                                                             same: bool) -> None:
    articles, _ = resolve([first, second])
    a = MARK.search(first).group(1)
    b = MARK.search(second).group(1)
    assert (actor_of(articles, (0, a)) == actor_of(articles, (1, b))) is same
