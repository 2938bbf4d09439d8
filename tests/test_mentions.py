"""Mention extraction and repair, rule by rule, on sentences of the kinds news copy is made of.

Each case is a text, the mentions it must yield (surface, and label where the rule sets it) and
surfaces it must not yield. spaCy's small English model does the tagging; the repairs are ours.
"""

from __future__ import annotations

import itertools
import re

import pytest

from store.extract.mentions import extract_mentions
from store.extract.mentions.edges import trim
from store.extract.mentions.front import front_mentions
from store.extract.mentions.joins import _across_and, _across_list
from store.extract.mentions.outlets import dateline_place
from store.extract.mentions.spans import Span
from store.extract.nlp import load_nlp
from store.knowledge.name_words import name_words
from tests.conftest import assert_mentions

CASES = [
    # (rule, text, must have [(surface, label or None)], must not have [surface])
    ("a lone capitalised word opening a sentence, taken for a person, is no name where the "
     "article writes it in lowercase too; a surname of a longer name stays",
     "Turnout rose to 64 percent in the bakery union ballot, the Ashford Bakers Guild said. "
     "The turnout in 2019 was lower.\n\nKerry said the talks would resume. John Kerry is in "
     "Paris. Write to bakers@ashfordguild.example.org or see ashfordguild.example.org/kerry.",
     [("Ashford Bakers Guild", "ORG"), ("Kerry", "PERSON")],
     ["Turnout"]),
    ("a body's or a place's head noun straight after 'the' that modifies the noun after it is "
     "still a description of it; not a person's or a happening's head, nor one of a set phrase",
     "Dunmore residents doubted the police tally. Ice from the glacier snout fell near Karvel, "
     "and the valley track shut before the general election. Traders watched the exchange rate "
     "as troops held the front lines.",
     [("the police", "DESC"), ("the glacier", "DESC"), ("the valley", "DESC")],
     ["the general", "the exchange", "the front"]),
    ("a headline's subject without 'the', a head noun alone or after one modifier before a "
     "verb in the present, is a description; a noun before a noun is not",
     "Yields fall again\n\nCommission disputes ministry's count of 40,000 as harvest ends\n\n"
     "Fishing watchdog weighs fine for trawler firm\n\nTrawler control rules: status as on 3 "
     "May\n\nVelmora ferry capsizes on river\n\nBoats in Velmora sank.",
     [("Commission", "DESC"), ("Fishing watchdog", "DESC"), ("Velmora", None)],
     ["Trawler control", "Yields", "Velmora ferry"]),
    ("a headline's subject without 'the' at the line's end after 'says' is a description; "
     "not in a sentence closed by a stop",
     "Toll may rise for weeks, says fire service\n\nHarbour plan \"far too costly,\" says "
     "regulator\n\nBy Ilse Marsh\n\nRain fell on Velm, says the agency.\n",
     [("fire service", "DESC"), ("regulator", "DESC"), ("the agency", "DESC")],
     ["agency"]),
    ("a heading or a list item that opens with a word the article writes in lowercase too, then "
     "a lowercase word that is no verb, opens with a common noun, not a name",
     "# Trawler control rules: status as on 3 May\n\n- Energy not supplied amounted to 4 GWh."
     "\n\nThe trawler fleet and energy use grew. Reuters said Oxfam spoke.",
     [("Reuters", "ORG"), ("Oxfam", "ORG")], ["Trawler", "Energy"]),
    ("a wire service's short name signing a story on a line of its own is the agency",
     "Fires spread near Velm, officials said on Monday.\n\nAAP\n",
     [("AAP", "ORG")], []),
    ("a common noun alone in a table's header cell heads a column, it names no actor; a name "
     "in a row stays",
     "Crop losses by state, as on 3 May:\n\n| State | District | Area lost |\n|---|---|---|\n"
     "| Velmora | Ostrik | 3,000 |\n\nThe state of Velmora said losses grew. Talks in Ostrik "
     "ended.",
     [("Ostrik", None)], ["State"]),
    ("a Spanish or Portuguese name the tagger cut at its particles, or ended on one, is one "
     "name; a person's and a place's it keeps whole stay as they are",
     "A growers' group, the Asociación Campesina del Valle Seco, says 3,000 people would lose "
     "land. Loans are paid through Banco de la Nación Oriental. Minister Luiz Inácio Lula da "
     "Silva spoke in Rio de Janeiro.",
     [("Asociación Campesina del Valle Seco", "ORG"), ("Banco de la Nación Oriental", "ORG"),
      ("Luiz Inácio Lula da Silva", "PERSON"), ("Rio de Janeiro", "GPE")],
     ["Asociación", "Campesina", "Valle Seco", "Banco de la", "Nación Oriental"]),
    ("a particle that is also an English word ('do') before a plural subject or 'I' joins no "
     "name; before a singular noun and its adjectives it still does",
     "Only in Belvania do Ministers resign over a leak. Rarely in Ostria do Farm Workers march, "
     "and only in Velmora do I feel safe. Officials in Rio Grande do Sul said Banco do "
     "Nordeste lent. The Partido do Espírito Santo Novo met. "
     "Minister Luiz Inácio Lula da Silva spoke in Rio de Janeiro.",
     [("Banco do Nordeste", None), ("Rio Grande do Sul", None),
      ("Partido do Espírito Santo Novo", None),
      ("Luiz Inácio Lula da Silva", "PERSON"), ("Rio de Janeiro", "GPE")],
     ["Belvania do Ministers", "Ostria do Farm Workers", "Velmora do I"]),
    ("a place's name of capitalised words on both sides of a lowercase particle, after 'in', "
     "'near' or 'outside', is a place where the tagger took none of it",
     "Farmers in Monte da Serra lost 40 cattle; crews camped outside Aldea la Seca overnight. "
     "He lives in London.",
     [("Monte da Serra", "GPE"), ("Aldea la Seca", "GPE"), ("London", "GPE")],
     ["Monte", "Aldea", "Serra"]),
    ("a happening named after such a place, its particles and all, is one event, even before "
     "the place is found after 'in'",
     "The Aldea la Seca fire burned 900 hectares. Crews camped outside Aldea la Seca overnight. "
     "The Monte da Serra flood came later.",
     [("Aldea la Seca fire", "EVENT"), ("Aldea la Seca", "GPE"), ("Monte da Serra flood", "EVENT")],
     ["Aldea", "Seca"]),
    ("trailing possessive", "Who is backing Venn? Venn’s forces advanced on the city.",
     [("Venn", None)], ["Venn’s"]),
    ("leading article", "The United Nations said the talks would resume in Geneva.",
     [("United Nations", "ORG")], ["The United Nations"]),
    ("caption credit glued to a name",
     "HO / AL-NAHDA MEDIA \"  Abu Hamza al-Rashidi Photo: AFP  Where he is remains unclear.",
     [("Abu Hamza al-Rashidi", "PERSON")], ["Abu Hamza al-Rashidi Photo"]),
    ("credit words alone", "A bridge near Kirkuk. MANDATORY CREDIT \"AFP PHOTO / HO\"",
     [("Kirkuk", None)], ["CREDIT", "MANDATORY CREDIT"]),
    ("leading title", "The head of Northern Command, Gen Harold Pike, said in March.",
     [("Harold Pike", "PERSON")], ["Gen Harold Pike"]),
    ("a chief executive's title is no part of the name",
     '"We got it wrong and we apologise," Chief Executive Marit Solberg, 47, said in a '
     "statement.",
     [("Marit Solberg", "PERSON")], ["Executive Marit Solberg"]),
    ("a ministry's abbreviated title is no part of the name",
     "Energy CS Jonah Kirui said on Monday the plan would cost more.",
     [("Jonah Kirui", "PERSON")], ["CS Jonah Kirui", "Energy CS Jonah Kirui"]),
    ("a body's possessive before a title set beside a name is the body; the name the person",
     "Rain fell. The union would call the fund's director, Ilse Varga, on Monday, and the "
     "board's chairman Dr Tomas Ruto too.",
     [("the fund", "DESC"), ("Tomas Ruto", "PERSON"), ("the board", "DESC")],
     ["the fund's director", "the board's chairman"]),
    ("a place's name before a body's head noun, set after a body's name by a comma, describes "
     "that body; with no body's name before it, the place stays its own mention",
     "The state paid 3 million to Ossmar Bank, the Kelby lender that lost deposits. In Orsk, "
     "the Velm lender said so.",
     [("Ossmar Bank", "ORG"), ("the Kelby lender", "DESC"), ("Velm", None)],
     ["Kelby", "the Velm lender"]),
    ("a title after a body's possessive, set after a person's name by a comma, leaves the "
     "body described (as readers mark it): the name is the person",
     "Rain fell. \"We follow the list,\" said Tomas Varga, the company's director, on Monday.",
     [("Tomas Varga", "PERSON"), ("the company", "DESC")], ["the company's director"]),
    ("a person's title after a body's possessive with no name beside it is the body; after a "
     "vessel's or a place's, the person",
     "The ministry's spokesman said so. The ferry's owner, Ivo Marsh, said it sank. The "
     "state's governor agreed.",
     [("The ministry", "DESC"), ("The ferry's owner", "DESC"), ("The state's governor", "DESC")],
     ["The ministry's spokesman"]),
    ("a body's possessive before a title of two words, or a title the body's members elect, "
     "is the body",
     "The Orla Bakers' Union met. Its bread cost more, the union's president said, and the "
     "federation's chief executive, Ana Ruiz, agreed. The bakery guild's treasurer left.",
     [("the union", "DESC"), ("the federation", "DESC")],
     ["the union's president", "the federation's chief executive"]),
    ("the two ends of a route written with a hyphen are two places, however the tagger read "
     "the pair; a body's name that holds a hyphen is left whole",
     "Ossmar Coaches runs buses on the Orla-Karsby corridor, and its Tarvos-Upper Brenn "
     "service is full. The Prask-Noor ferry route reopened. Fares on the Kessel-Lind Transit "
     "Company line rose.",
     [("Orla", "GPE"), ("Karsby", "GPE"), ("Tarvos", "GPE"), ("Upper Brenn", "GPE"),
      ("Prask", None), ("Noor", None)],
     ["Orla-Karsby", "Tarvos-Upper Brenn", "Prask-Noor", "Kessel", "Lind"]),
    ("a body people call theirs is described by their pronoun",
     "Nurses went back to work after their union and the government signed a deal.",
     [("their union", "DESC")], []),
    ("a body's own union or parent is not described by its pronoun",
     "Tolland Mining said its union would strike and its parent company would pay.",
     [("Tolland Mining", None)], ["its union", "its parent company"]),
    ("a title's department is not an actor",
     "It forced the exit of Defence Secretary Alan Crewe and worried allies.",
     [("Alan Crewe", "PERSON")], ["Defence"]),
    ("a body named before a spokesman's title stays",
     "Kremlin spokesman Dmitry Peskov said on Monday that the talks had stalled.",
     [("Kremlin", "ORG"), ("Dmitry Peskov", "PERSON")], []),
    ("Secretary of State", "“It will not last”, Secretary of State Mark Holden said Tuesday.",
     [("Mark Holden", "PERSON")], ["State"]),
    ("title and demonym glued to an organisation",
     "a contest between the internationally recognized Government of National Unity and "
     "Libyan Field Marshal Mustafa Zawi’s so-called Libyan Arab Army.",
     [("Government of National Unity", "ORG"), ("Mustafa Zawi", "PERSON"),
      ("Libyan Arab Army", "ORG")],
     ["Government of National Unity and Libyan Field Marshal", "Mustafa Zawi’s"]),
    ("owner and owned in one span",
     "U.S. troops were withdrawn from Chad when Venn’s Northern Rebel Army launched its "
     "offensive.",
     [("Venn", "PERSON"), ("Northern Rebel Army", "ORG")], ["Venn’s Northern Rebel Army"]),
    ("an acronym in the name's parentheses",
     "In Karsby on Friday the World Health Organization (WHO) said cholera was spreading.",
     [("World Health Organization", "ORG"), ("WHO", "ORG")], ["World Health Organization (WHO"]),
    ("a letterhead's two names joined by a spaced dash are two names, a hyphenated name is one",
     "World Health Organization - Zambia Country Office\n\nMeasles spread in Zambia. "
     "Staff of Médecins Sans Frontières-Holland and the Eastmere-Ashby Institute came.",
     [("World Health Organization", "ORG"), ("Zambia Country Office", "ORG")],
     ["World Health Organization - Zambia Country Office", "Organization - Zambia"]),
    ("a place cut at a hyphen before a word of no entity is one name with it; two places "
     "that modify a noun, or a country and a place, stay apart",
     "Most flights at Paris-Orly were delayed on Monday in Paris. The Israel-Gaza "
     "war went on.",
     [("Paris-Orly", "LOC"), ("Paris", "GPE"), ("Israel", None)],
     ["Israel-Gaza"]),
    ("an affiliate named after its region", "That could lead to a revival of ISIS-Yemen.",
     [("ISIS-Yemen", "ORG")], ["ISIS"]),
    ("two countries joined by a hyphen stay two",
     "Veterans of the Iran-Iraq war and the Hamas-Israel war spoke.",
     [("Iran", None)], ["Iran-Iraq", "Hamas-Israel"]),
    ("a country whose name holds 'and', cut in two by the tagger, is one name again",
     "The Bosnia and Herzegovina Border Police said crossings in Bosnia and Herzegovina were shut.",
     [("Bosnia and Herzegovina Border Police", "ORG"), ("Bosnia and Herzegovina", "GPE")],
     ["Bosnia", "Herzegovina Border Police", "Herzegovina"]),
    ("a curated name the tagger misses", "IS leader Omar Farouk Haidari and most of the cadre.",
     [("IS", "ORG"), ("Omar Farouk Haidari", "PERSON")], []),
    ("a short curated name inside a line in capitals is a word",
     "ISIS IS BACK IN LIBYA\n\nOfficials said the group is regrouping.", [], ["IS"]),
    ("a curated name in any case, where it has several words",
     "African envoys met the UN Security council's members.",
     [("UN Security council", "ORG")], ["UN Security"]),
    ("a curated name with an apostrophe, written with either mark",
     "Grants from the UN Children’s Fund and a loan from the People's Bank of China arrived.",
     [("UN Children’s Fund", "ORG"), ("People's Bank of China", "ORG")], ["UN"]),
    ("an organisation split at 'for the'",
     "The UN Office for the Protection of Coastal Fisheries estimated the damage.",
     [("UN Office for the Protection of Coastal Fisheries", "ORG")],
     ["UN Office", "Protection of Coastal Fisheries"]),
    ("an organisation name ending in 'to <verb>' takes its object",
     "Partners in the Global Coalition to Disarm IS were worried.",
     [("Global Coalition to Disarm IS", "ORG")], ["Global Coalition to Disarm"]),
    ("products and amounts are not actors",
     "Ankara sold Bayraktar TB2 drones and two Ilyushin Il-76 planes worth MZN 4.2 billion.",
     [("Ankara", "GPE")], ["Bayraktar TB2", "Ilyushin Il-76", "MZN 4.2 billion"]),
    ("a share the tagger took into a name is cut off, and the name stays",
     "Our final poll showed a different picture: FN 29.0 percent, PS 24.2 percent, and turnout "
     "down.", [("PS", "ORG")], ["PS 24.2 percent"]),
    ("a currency prefix is not a country",
     "The United States said it would send US$18 million in aid.",
     [("United States", "GPE")], ["US"]),
    ("a named storm is an event, and so is its name alone after it",
     "Cyclone Marlo hit Mombasa on Thursday. Marlo killed more than 200 people.",
     [("Mombasa", None), ("Cyclone Marlo", "EVENT"), ("Marlo", "EVENT")], []),
    ("a storm's possessive is the sentence's, not the storm's name",
     "Forecasters said Cyclone Ardent's peak gusts reached 200 km/h. Storm Velna’s rain eased.",
     [("Cyclone Ardent", "EVENT"), ("Storm Velna", "EVENT")],
     ["Cyclone Ardent's", "Storm Velna’s"]),
    ("an operation is an event", "NATO launched Operation Quiet Harbour on Oct. 6.",
     [("Operation Quiet Harbour", "EVENT"), ("NATO", "ORG")], []),
    ("a run of capitalised words ending in Summit is one event",
     "Ministers met at the two-day Lagos Gulf of Guinea Maritime Summit, which closed on Tuesday.",
     [("Lagos Gulf of Guinea Maritime Summit", "EVENT")], ["Gulf of Guinea"]),
    ("a war named by a place", "Ships were attacked during the Gaza war, officials said.",
     [("Gaza war", "EVENT")], []),
    ("a census named in capitals is an event, with its year before it too",
     "Rangers flew in August for the 2031 National Heron Census, the first since 2021. The "
     "Velm Wildlife Board released results of the 2031 National Heron Census. The count fell.",
     [("2031 National Heron Census", "EVENT")], []),
    ("a census named in capitals is an event, with its year after it too",
     "The Velm Wildlife Board published the National Heron Census 2031 on Monday. It counted "
     "400 herons.",
     [("National Heron Census 2031", "EVENT")], []),
    ("the outlet of a dateline",
     "PORT ADLER, Feb 6 (CoastWire) - Diesel was still pouring into the bay.",
     [("CoastWire", "ORG")], []),
    ("a wire agency in a dateline and a copyright line",
     "Riyadh (Saudi Arabia) (AFP) - Saudi Arabia said on Monday it would help.\n\n© 2025 AFP",
     [("AFP", "ORG"), ("Saudi Arabia", "GPE")], []),
    ("a backer is not the government it backs",
     "The UN-backed Government of National Unity and the Saudi-backed Government of Sudan "
     "met.", [("UN", "ORG"), ("Government of National Unity", "ORG"),
              ("Government of Sudan", "ORG")],
     ["UN-backed Government of National Unity", "Saudi-backed Government of Sudan"]),
    ("a place's institution is one name",
     "Haiti's coast guard, which reports to Haiti's UN-backed government, said so.",
     [("Haiti's coast guard", "ORG"), ("Haiti's UN-backed government", "ORG")], []),
    ("a place's person by title, set beside a name, is a description; not without the name",
     "Peru's foreign minister, Javier Montes, said so. Kenya's minister left.",
     [("Peru's foreign minister", "DESC"), ("Javier Montes", "PERSON"),
      ("Kenya", "GPE")], ["Peru", "Kenya's minister"]),
    ("a body's person by title, set beside a name, is a description too",
     "Marlow Bakeries' former chief executive, Tomas Reyes, said bread prices would rise.",
     [("former chief executive", "DESC"), ("Marlow Bakeries", ""), ("Tomas Reyes", "PERSON")],
     ["Marlow Bakeries' former chief executive"]),
    ("a place before an office's title that is no person's head noun keeps its mention",
     "Brazil's chief executive, Ruth Calder, said fares would rise.",
     [("Brazil", "GPE"), ("chief executive", "DESC"), ("Ruth Calder", "PERSON")],
     ["Brazil's chief executive"]),
    ("'his' or 'her' before a person's head noun is a description, before another noun not",
     "The soldier's truck was hit, his mother, Ruth Calder, said. His plan failed. Her "
     "government fell.",
     [("his mother", "DESC")], ["His plan", "Her government"]),
    ("a disaster's plural after 'the' and a place's name is one happening; bare, it is any",
     "Smoke from the Dunmere fires drifted over the coast. Every spring Kell River floods "
     "swamp the rice paddies.",
     [("Dunmere fires", "EVENT")], ["Kell River floods"]),
    ("a capitalised designator, 'of' and a place name the place's administration, one name",
     "Floods hit Chile. Officials of the Region of Southern Chile said 40 people died.",
     [("Chile", "GPE"), ("Region of Southern Chile", "GPE")], ["Southern Chile"]),
    ("an office's title, its possessive and a body's head word are one name, and in "
     "lowercase one description of the body, not of the person",
     "The Federal Prosecutor's Office in Velm charged six men on Monday. The state "
     "prosecutor's office said two more were held, and the mayor's office declined to comment.",
     [("Federal Prosecutor's Office", "ORG"), ("The state prosecutor's office", "DESC"),
      ("the mayor's office", "DESC")],
     ["Federal Prosecutor", "The state prosecutor", "the mayor"]),
    ("'police' written bare, ending its phrase, is a description like 'the police'; before "
     "another noun it is not",
     "Ferry sinks as police raise count\n\nPolice said on Monday that 12 crew were held. The "
     "Morva Regional Police named two suspects, and police say more may follow. A police "
     "spokesman, Ari Lund, spoke.",
     [("police", "DESC"), ("Police", "DESC"), ("A police spokesman", "DESC")], []),
    ("a canton's capitalised designator, 'of' and its name are one name",
     "Floods hit Switzerland. The Canton of Geneva said 40 homes were cut off.",
     [("Canton of Geneva", "GPE")], ["Canton", "Geneva"]),
    ("a body's acronym and a country's name straight after it are one name, not the country",
     "Charities including UNICEF Chile say the grant is far too small.",
     [("UNICEF Chile", "ORG")], ["Chile"]),
    ("a plural possessive inside a body's name is no cut in it",
     "The union says pay fell. The anglers' charity Riverwatchers' Trust said the same.",
     [("Riverwatchers' Trust", "ORG")], ["Riverwatchers", "Trust"]),
    ("a person's name after a body's plural possessive is the body's person, not one name",
     "Calder Industries' Peter van Dijk spoke first. Kestrel Airlines' Tomas Rydell said fares "
     "would rise. The Hillside Farmers' Pension Scheme said it would sue.",
     [("Calder Industries", "ORG"), ("Peter van Dijk", "PERSON"), ("Kestrel Airlines", "ORG"),
      ("Tomas Rydell", "PERSON"), ("Hillside Farmers' Pension Scheme", "ORG")],
     ["Calder Industries' Peter van Dijk", "Kestrel Airlines' Tomas Rydell"]),
    ("an insolvency's office-holders written bare, in headline style, are a description",
     "Ossmar lenders to get as little as 3p in the pound, administrators say\n\n4 May: "
     "Administrators estimate the debts at 2bn.",
     [("administrators", "DESC"), ("Administrators", "DESC")], []),
    ("a name never runs across a sentence's end; an abbreviation or an initial is none",
     "Photo: Karel Vos\n\n© 2031 The Dunmere Ledger. All rights reserved. Troops from the "
     "U.S. Army flew to St. Louis with George W. Bush.",
     [("Dunmere Ledger", "ORG"), ("U.S. Army", None), ("St. Louis", None),
      ("George W. Bush", "PERSON")], ["Dunmere Ledger. All"]),
    ("an office in capitals set beside a person's name is a description, and so is one held at "
     "a body the article names elsewhere, the body's name with it",
     '"We got it wrong," said Dr Ilse Varga, Minister of Fisheries. "We will fix it." The '
     "port fell, said Ruth Moss, Chief Executive of the CAA, on Friday. The CAA agreed.",
     [("Ilse Varga", "PERSON"), ("Minister of Fisheries", "DESC"),
      ("Chief Executive of the CAA", "DESC")], []),
    ("a legislature written bare, with no article, is a description like 'the parliament'",
     "The fisheries minister told parliament on Friday that quotas would fall; parliament's "
     "clerk agreed. Tourists filled the parliament building.",
     [("parliament", "DESC")], ["parliament building", "the parliament"]),
    ("a place's parliament or government written after its name is one name; its military not",
     "The Faroe Islands parliament met. The U.S. military left. Ohio voters and police came.",
     [("Faroe Islands parliament", "ORG"), ("U.S.", None), ("Ohio", None)],
     ["U.S. military", "Ohio voters", "Ohio voters and police"]),
    ("a site named after a one-word name takes in its noun, after 'the' only",
     "Patients were treated at the Kelby health centre and on the Kelby peninsula. Kelby "
     "residents fled. Kelby clinic staff stayed.",
     [("Kelby health centre", "FAC"), ("Kelby peninsula", "LOC")],
     ["Kelby residents", "Kelby clinic", "Kelby clinic staff"]),
    ("a site's noun may follow two modifiers, but not when it only modifies the next noun",
     "Nurses slept at the Mwanza cholera treatment centre on Thursday. Staff of the Tabora "
     "clinic staff room left. The Lima field hospital opened.",
     [("Mwanza cholera treatment centre", "FAC"), ("Lima field hospital", "FAC")],
     ["Mwanza", "Tabora clinic", "Lima field"]),
    ("an event word before a name in capitals is an event",
     "Warships of Operation QUIET HARBOUR escorted 38 ships. Typhoon ORWEN hit. Operation "
     "X failed.",
     [("Operation QUIET HARBOUR", "EVENT"), ("Typhoon ORWEN", "EVENT")], ["Operation X"]),
    ("an acronym that keeps the 'o' of 'of' in lower case is an acronym, defined or loose",
     "The Bureau of Disaster Relief Affairs (BoDRA) said. Officials at the MoH and "
     "BoDRA agreed.",
     [("BoDRA", None), ("MoH", None)], ["Affairs (BoDRA"]),
    ("an acronym the article defines is found again, however short",
     "Unidad Costera (UC) abstained. Harlan needs the UC, officials said.",
     [("UC", None)], []),
    ("definite descriptions are kept for resolution, names are not descriptions",
     "The company said the ministry had lied. The Ministry of Energy disagreed. The state's "
     "governor spoke.",
     [("The company", "DESC"), ("the ministry", "DESC"), ("The state's governor", "DESC")],
     ["The Ministry"]),
    ("an occupation is a description, and so is a name's person ('the FTU's secretary "
     "general'), but an adjective before a toll is no occupation",
     "\"It is unfair,\" said Claire Dumas, the FTU's secretary general. Dr Ilse Varga, the "
     "epidemiologist who ran it, spoke. For Lena Ortiz, the MRS's 41-year-old leader, it was "
     "over. That is twice the government's official toll.",
     [("the FTU's secretary general", "DESC"), ("the epidemiologist", "DESC"),
      ("the MRS's 41-year-old leader", "DESC"), ("the government", "DESC")],
     ["FTU", "MRS"]),
    ("a description may be followed by a place, a person's or a body's; set beside the name, "
     "the place is in the office; 'of' and a name go on with it",
     "Dr. Tomas Okello, the district health officer in Karsby, spoke. Staff of the agency in "
     "Karsby left. The secretary of State spoke. The district health officer in Karsby left. "
     "The fire at the Orla depot spread. Staff of the Agency for Roads left.",
     [("the district health officer in Karsby", "DESC"), ("The district health officer", "DESC"),
      ("the agency", "DESC"), ("The fire", "DESC")],
     ["The secretary", "the Agency"]),
    ("a press release's capitalised head alone after 'the' is a description, a name is not",
     "The Ministry of Health said. The Ministry has updated the count. The Minister will chair "
     "a meeting. The Ministry's team came. The Ministry Health Office opened.",
     [("Ministry of Health", "ORG"), ("The Ministry", "DESC"), ("The Minister", "DESC")],
     ["The Ministry of Health", "The Ministry's", "The Ministry Health Office"]),
    ("what a body is to a name's owner, set beside another name, is one description",
     "Shares in Summitvale Holdings, Tolland's Denver-based parent, fell. Later, Summitvale "
     "Holdings, the Tolland's parent, spoke. Tolland's parent company rose.",
     [("Tolland's Denver-based parent", "DESC"), ("the Tolland's parent", "DESC")],
     ["Tolland's parent company", "Tolland's parent"]),
    ("a description before a possessive ends at its head noun, unless a title follows",
     "Storms reach the country's waters. The ministry’s count rose, the "
     "ministry's spokesman said.",
     [("the country", "DESC"), ("The ministry", "DESC"), ("the ministry", "DESC")],
     ["the country's waters", "the ministry's spokesman"]),
    ("an indefinite description is one only in apposition, of lowercase words",
     "The Orla Reef Trust (ORT), a marine charity that runs two parks, disagreed. Prices rose, "
     "a company spokesman, Ivo Lind, said. The storm killed a volunteer firefighter, officials "
     "said. Tova Kell, a Velm-based charity, helped.",
     [("a marine charity", "DESC"), ("a company spokesman", "DESC")],
     ["a volunteer firefighter", "a Velm-based charity"]),
    ("a place's possessive before a body's head is one description of the body",
     "The Harbour Pilots' Guild, the country's largest dockers' union, said so. The city's "
     "mayor spoke, and the city's old harbour office closed. The country's waters rose.",
     [("the country's largest dockers' union", "DESC"), ("the city's old harbour office", "DESC"),
      ("The country", "DESC")],
     ["the country", "the city's mayor", "The country's waters"]),
    ("the owner before a possessive is the description, whatever noun it owns, and a plural's too",
     "The commission's office will open. The islands' population grew. The regulator’s board "
     "met.",
     [("The commission", "DESC"), ("The islands", "DESC")],
     ["The commission's office", "The islands' population", "The islands'"]),
    ("a natural feature's name is a place, whatever the tagger said; a body named after it is not",
     "The Channel Islands' ruling party won. The Parliament of the Channel Islands met.",
     [("Channel Islands", "LOC"), ("Parliament of the Channel Islands", "ORG")], []),
    ("a name found once is found again",
     "AFRICOM commander Army Gen. Gregory Fairbanks has visited Chad. Brennan handed "
     "control of AFRICOM to Fairbanks this summer.",
     [("Gregory Fairbanks", "PERSON"), ("Fairbanks", "PERSON")], ["Army"]),
    ("a name's first word is found again after a word that starts a line",
     "Researchers at Marchmont University counted the dead.\n\nA different number\n\nThe "
     "Marchmont estimate contradicts another. Mike Holden Street.",
     [("Marchmont", "ORG")], ["Holden"]),
    ("a dateline in capitals", "Tanzania counts the cost\n\nTANGA, Tanzania – Rescue teams in "
     "Tanga were still searching.", [("TANGA", "GPE"), ("Tanga", "GPE")], []),
    ("a place designator makes a place",
     "121 of them in Velm province and 74 in Harlow.",
     [("Velm province", "GPE")], ["Velm province and"]),
    ("a country is a place whatever the tagger said",
     "Aid agencies question Tanzania’s flood toll.", [("Tanzania", "GPE")],
     ["Tanzania’s"]),
    ("a given name the tagger left out",
     "KHARTOUM, 14 June 2023 (Nile Wire) – Fighting between the Sudanese Armed Forces (SAF) and "
     "the paramilitary Rapid Support Forces (RSF) entered its third month on Wednesday, with the "
     "UN saying more than 2 million people had fled their homes.\n\nGen Abdel Fattah al-Burhan, "
     "the army chief, accused the RSF of looting hospitals.",
     [("Abdel Fattah al-Burhan", "PERSON")], ["Fattah al-Burhan", "Gen Abdel Fattah al-Burhan"]),
    ("a name that 'who' follows is a person's, and its surname is found again",
     "Officers announced that Hassan Ali Warsame, who had run the semi-autonomous region "
     "since 2018, was no longer in charge. Nairobi had feuded with Warsame for years.",
     [("Hassan Ali Warsame", "PERSON"), ("Warsame", "PERSON")], []),
    ("a vessel's prefix makes its name a vessel, number and all, found again without it",
     "The ferry MV Karnaphuli Star-7 sank near Ulpur on Friday. Divers reached the Karnaphuli "
     "Star-7 by noon. Ms Haldar said HMS Wexcombe stood by.",
     [("MV Karnaphuli Star-7", "FAC"), ("Karnaphuli Star-7", "FAC"), ("HMS Wexcombe", "FAC")],
     ["Ms Haldar"]),
    ("a sentence's opening conjunction or adverb is no part of the name after it",
     "The Harbour Tenants' Forum counts 520 members. If the Forum is right, rents will rise. "
     "Later Velkor AV's register listed homes.",
     [("Velkor AV", None)], ["If the Forum", "Later Velkor AV"]),
    ("a plural possessive before a body's head word is a word of its name",
     "The Velmoran Beekeepers' Federation said on Monday that hives burned. Venn's Northern "
     "Liberation Army advanced.",
     [("Velmoran Beekeepers' Federation", "ORG"), ("Northern Liberation Army", None)],
     ["Velmoran Beekeepers", "Venn's Northern Liberation Army"]),
    ("an irregular plural's possessive before a body's head word is a word of its name",
     "Prices fell, the Norwegian Fishermen's Sales Organisation said on Monday. Rents rose, "
     "the Estonian Fishermen's Sales Organisation said. Carla Nilsen's Bakery Group grew.",
     [("Norwegian Fishermen's Sales Organisation", "ORG"),
      ("Estonian Fishermen's Sales Organisation", "ORG"), ("Carla Nilsen", None)],
     ["Norwegian Fishermen", "Estonian Fishermen", "Sales Organisation",
      "Carla Nilsen's Bakery Group"]),
    ("a dateline's place in capitals is found again in title case",
     "Dozens missing after launch overturns in storm off Velmton\n\nBy Ana Ruiz\n\nVELMTON, "
     "Ruritania, July 12 (AFP) - At least 38 people drowned.",
     [("Velmton", None), ("VELMTON", None)], []),
    ("a happening named after a place is an event",
     "Rescuers reached the villages of Peru after the Arequipa earthquake on Monday.",
     [("Arequipa earthquake", "EVENT")], ["Arequipa"]),
    ("a name's possessive and a head only names the corpus calls so fit, set before a name",
     "Jobs went with Tolland Air. Tolland's receivers, Ashby Partners, say 900 staff left.",
     [("Tolland's receivers", "DESC"), ("Ashby Partners", None)], []),
    ("a masthead's name before the section bar is the outlet; a kind of document is not",
     "THE HARLOW COURIER | BUSINESS\n\nVelm shares fell on Monday, traders in Oslo said.",
     [("HARLOW COURIER", "ORG")], ["THE HARLOW COURIER"]),
    ("a newspaper's name in capitals on the first line alone is the outlet, not a person",
     "LOMBARD TRIBUNE\nYour news since 1998\n\nDivers searched off Lombard on Monday.",
     [("LOMBARD TRIBUNE", "ORG")], []),
    ("a first line in capitals that ends in no newspaper's word names no outlet",
     "VELM HARBOUR\n\nDivers searched the harbour on Monday.",
     [], ["VELM HARBOUR"]),
    ("a section's heading in capitals on the first line names no outlet",
     "BREAKING NEWS\n\nDivers searched the harbour on Monday.",
     [], ["BREAKING NEWS"]),
    ("a kind of document before the bar names no outlet",
     "PRESS STATEMENT | Velm Tenants Forum\n\nRents rose again in Oslo.",
     [], ["PRESS STATEMENT"]),
    ("a run of capitalised words no name ends, before an event noun, names a happening",
     "Volunteers said the Clean Rivers Pledge campaign had planted trees along the Oder.",
     [("Clean Rivers Pledge campaign", "EVENT")], []),
    ("a collapse named after a place is a happening",
     "Divers searched the flooded galleries after the Sarnow quarry collapse in Poland.",
     [("Sarnow quarry collapse", "EVENT")], []),
    ("an operation's name in title case the tagger misses is an event",
     'The state-funded "Operation Homecoming Bridge" began flying tourists back on Monday.',
     [("Operation Homecoming Bridge", "EVENT")], []),
    ("an event word before a person's name the tagger found makes no event of it",
     "Storm Desk Editor Joe Barr said the roads were closed.",
     [], ["Storm Desk Editor Joe"]),
    ("a year before an event noun names a happening",
     "Officials in Ghana said the 2031 census had counted four million more people.",
     [("2031 census", "EVENT")], []),
    ("a noun that modifies the next is no happening",
     "In Nairobi fire crews worked through the night to save homes.",
     [("Nairobi", None)], ["Nairobi fire"]),
    ("a nationality before the noun names no one happening",
     "It was the worst Kenyan wildfire in a decade, officials in Nairobi said.",
     [], ["Kenyan wildfire"]),
    ("a country's adjective before one of its bodies names that body",
     "Spanish police said a senior official at the Italian interior ministry had called.",
     [("Spanish police", "ORG"), ("Italian interior ministry", "ORG")], ["Spanish", "Italian"]),
    ("a country's adjective before its government stays the country's word",
     "The Greek government said Turkish forces had moved.",
     [("Greek", "NORP")], ["Greek government"]),
    ("a name before a natural feature's noun names the feature",
     "Aid reached 12 villages in the Huallaga valleys, south of the Amazon basin.",
     [("Huallaga valleys", "LOC"), ("Amazon basin", "LOC")], ["Huallaga"]),
    ("a feature's noun before a possessive, and after a name found again, names the feature",
     "Admissions have fallen to 90 a day, while the Orbigo basin's reservoirs are down to 24pc."
     "\n\nFires burned 61,000 hectares. Reservoirs in the Orbigo basin are at 24% of capacity, "
     "the Orbigo Hydrographic Confederation said.",
     [("Orbigo basin", "LOC"), ("Orbigo Hydrographic Confederation", None)], ["Orbigo"]),
    ("a feature's noun that modifies the next one stays out of the name",
     "Crews closed the Zambezi river crossing near Tete.",
     [("Zambezi", None)], ["Zambezi river"]),
    ("a relative time's possessive opens a description as the does",
     "Officials in Dravenna said last year's livestock census counted 9,000 herds, and that "
     "this week's strike would end.",
     [("last year's livestock census", "DESC"), ("this week's strike", "DESC")], []),
    ("a date before an event noun names a happening; a day's is as definite as the",
     "Before the 9 June earthquake in Ecuador, engineers warned. Tuesday's earthquake was worse.",
     [("9 June earthquake", "EVENT"), ("Tuesday's earthquake", "DESC")], []),
    ("a month abbreviated before its day, a season of two years, or a month and a year before "
     "an event noun name a happening; a blackout is one",
     "Since the Sept. 4 landslide in Peru, crews have cleared roads. The 2029-30 drought and the "
     "June 2031 blackout cost Lima dearly.",
     [("Sept. 4 landslide", "EVENT"), ("2029-30 drought", "EVENT"),
      ("June 2031 blackout", "EVENT")], []),
    ("a faith's word among a description's modifiers stays in it; a country's people's word, or "
     "one before a person's title, is a mention of its own",
     "Kasih Velm, the Catholic relief network, fed 900 families. The Ukrainian bulk carrier Orla "
     "Star sank, and the Conservative home affairs spokesman, Ian Bell, said so.",
     [("the Catholic relief network", "DESC"), ("Ukrainian", "NORP"), ("Conservative", "NORP")],
     []),
    ("Mr is not part of the name", "That appeared to persuade Mr Lowry not to go.",
     [("Lowry", "PERSON")], ["Mr Lowry"]),
    ("an honorific makes a person of a name tagged as something else",
     "Since then it has grown, the study's author, Dr Anjali Sookram, told CWN, citing footage.",
     [("Anjali Sookram", "PERSON")], ["Dr Anjali Sookram"]),
    ("a sports event's name, a possessive inside it",
     "The 2031 Velmora Women's Curling Championship will cost more than planned.",
     [("Velmora Women's Curling Championship", "EVENT")], ["Velmora Women"]),
    ("a host's name and year, before a verb or set beside a description, is its body",
     "Orlavik 2031, the organizing committee, raised its budget. Orlavik 2031 said on Monday "
     "that costs had risen.",
     [("Orlavik 2031", "ORG")], ["Orlavik"]),
    ("a body's last word after 'the' is its short form; not before another name word",
     "The Velm Observer counted 40 dead. Officials told the Observer the count was low. The "
     "Observer Prize went elsewhere.",
     [("Velm Observer", "ORG"), ("Observer", "ORG")], ["Observer Prize"]),
    ("the year of a copyright line is no part of the owner's name",
     "Read more on our site.\n\n© The Velm Observer 2031 | All rights reserved",
     [("Velm Observer", None)], ["Velm Observer 2031"]),
    ("a place's body by a head noun that needs a word saying which, and its auditor general",
     "Chile's health authority said 40 died. Ottawa's economic development office disagreed, "
     "and Peru's auditor general agreed. Kenya's office workers left early.",
     [("Chile's health authority", "ORG"), ("Ottawa's economic development office", "ORG"),
      ("Peru's auditor general", "ORG"), ("Kenya", None)], ["Kenya's office"]),
    ("a place's public service, by a word saying which, is its body",
     "Peru's wildlife service raised its count. Ottawa's ambulance service said 12 died, "
     "but Norway's service sector grew.",
     [("Peru's wildlife service", "ORG"), ("Ottawa's ambulance service", "ORG"),
      ("Norway", None)], ["Norway's service"]),
    ("what a body is, set beside its name: a utility, a network, a provider, a forecaster",
     "Orla Grid, the regional utility, cut power. Kell Aid, the relief network, said 40 "
     "families left. Velm Weather Office, the country's other big forecaster, agreed.",
     [("the regional utility", "DESC"), ("the relief network", "DESC"),
      ("the country's other big forecaster", "DESC")], []),
    ("a body known by its place's name, where the article names such a body, is described",
     "The Ostrud Board of Trade cut its forecast. The Ostrud board said rain came late, and the "
     "Velmoor Cotton Exchange agreed. The Velmoor exchange's figure was lower.",
     [("The Ostrud board", "DESC"), ("The Velmoor exchange", "DESC")], ["Ostrud", "Velmoor"]),
    ("a place before a head noun no name of the article ends with stays a place",
     "Prices rose in Kestrel. The Kestrel charity said 40 families left, and the Ostrava team "
     "counted 12.",
     [("Kestrel", None), ("Ostrava", None)], ["The Kestrel charity", "the Ostrava team"]),
    ("a place and a year before a noun, or after a preposition, are no body",
     "The Orlavik 2031 census counted 40,000 people. Talks in Orlavik 2031 went on, officials "
     "said.",
     [], ["Orlavik 2031"]),
    ("a short form in brackets after a body's name is a mention, longer or looser than an "
     "acronym",
     "The Korlandian Emergency Relief Service (SENAREM) moved 900 families. The Velmoran Air "
     "Force (FAVe) flew two planes, and the Torvask Board of Ports & Harbours (TBP&H) shut a quay.",
     [("SENAREM", "ORG"), ("FAVe", "ORG"), ("TBP&H", "ORG")], []),
    ("a given name, a surname's particles the tagger does not know and the surname are one "
     "person's name; a surname's capitalised particles belong to it",
     "Acting mayor Lorna dela Cruz-Amado opened the bridge on Monday. \"It is done,\" Dela "
     "Cruz-Amado told reporters. The club signed the Belgian defender Pieter van den Broek-Sule "
     "on Friday.",
     [("Lorna dela Cruz-Amado", "PERSON"), ("Dela Cruz-Amado", "PERSON"),
      ("Pieter van den Broek-Sule", "PERSON")], ["Broek-Sule", "Pieter van", "Lorna"]),
    ("an English word the particles happen to spell ('deter', 'tender') joins no name; only "
     "the listed run-together forms ('Delos') do",
     "Can Orlavia deter Velmora from building the dam? Can Marek deter Tovin? Kestrel tender "
     "Offers closed. Judge Maria Delos Santos-Ruiz ruled on Friday.",
     [("Maria Delos Santos-Ruiz", "PERSON")],
     ["Orlavia deter Velmora", "Marek deter Tovin", "Kestrel tender Offers"]),
    ("an office of two words before a person's name the tagger took for a body is no part of "
     "the name",
     "The figures are final, said National Statistician Ana Velasco-Reyes on Monday. Regional "
     "Director Tomas Barrera-Luna agreed. General Dynamics Land Systems won the contract.",
     [("Ana Velasco-Reyes", "PERSON"), ("Tomas Barrera-Luna", "PERSON"),
      ("General Dynamics Land Systems", "ORG")],
     ["National Statistician Ana Velasco-Reyes", "Dynamics Land Systems"]),
    ("a place's name and a masthead word after it are the paper, not the place",
     "Correction: the growth rate was 0.8 percent. The Orla Valley Ledger regrets the error. "
     "Readers in Orla Valley were told.",
     [("Orla Valley Ledger", "ORG"), ("Orla Valley", "GPE")], []),
    ("a year and an acronym a happening's name of the article spells are that edition's name",
     "The 2031 Census of Population and Dwellings (2031 CPD) began in May. The 2021 CPD counted "
     "fewer homes. The 2024 GDP rose.",
     [("2031 CPD", "EVENT"), ("2021 CPD", "EVENT")], ["CPD", "2024 GDP"]),
    ("a region's name and its code in brackets are both the place",
     "Orla Highlands (Region IV-B) grew fastest, ahead of Velm Coast (Region 7).",
     [("Orla Highlands", "GPE"), ("Region IV-B", "GPE"), ("Velm Coast", "GPE"),
      ("Region 7", "GPE")], ["IV-B"]),
    ("a body's name before a region's code in brackets stays the body: its regional office",
     "The Federal Emergency Management Agency (Region 4) sent 40 trucks, and Orla Highlands "
     "(Region IV-B) sent ten.",
     [("Federal Emergency Management Agency", "ORG"), ("Orla Highlands", "GPE")], []),
    ("a place's institution set straight before a body's name describes that body",
     "Fires burned 9,000 hectares, Peru's forest agency Serfor said. Peru's health ministry said "
     "40 people died.",
     [("Peru's forest agency", "DESC"), ("Peru's health ministry", "ORG")], []),
    ("a people's word opening a description set beside a body's name by a comma says what the "
     "body is: the whole phrase is the description; away from a name it stays its own mention",
     "Velmar Relief International, the Italian charity whose vans feed 300 bakers, said flour "
     "rose. In March, the Italian navy said 300 people were rescued.",
     [("the Italian charity", "DESC"), ("Italian navy", "ORG")], ["the Italian navy"]),
    ("a people's word opening a possessive set beside a name is no description of that name",
     "Velmar Relief International, the Italian farm ministry's agency for bakers, said flour "
     "rose.", [], ["the Italian farm ministry"]),
]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.slow
@pytest.mark.parametrize(("rule", "text", "present", "absent"), CASES, ids=[c[0] for c in CASES])
def test_repair(nlp, rule: str, text: str, present: list, absent: list[str]) -> None:
    assert_mentions(extract_mentions(nlp(text)), text, rule, present, absent)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Ferry fares rose at the quay. KVB/Ana Lisic\n\nMore.",
    "Graphic: KVB/Data desk, fig-2031-09.\n\nMore text here.",
])
def test_a_word_in_capitals_before_a_slash_is_still_a_possible_acronym(nlp, text: str) -> None:
    found = [(m.text, m.label) for m in extract_mentions(nlp(text))]
    assert ("KVB", "ACRO") in found, found  # resolution keeps it where the corpus defines it


@pytest.mark.slow
def test_mentions_never_overlap_and_stay_in_order(nlp) -> None:
    text = ("The U.S. State Department sanctioned ISIS-Yemen financiers in Aden, Yemen’s "
            "second city, and the UN Office for the Protection of Coastal Fisheries (OPCF) "
            "said Mr Lowry would visit. " * 3)
    found = extract_mentions(nlp(text))
    assert found
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


@pytest.mark.slow
@pytest.mark.parametrize(("text", "office", "kept"), [
    # an office held at a body or a place the article names elsewhere, set beside a person's
    # name, is one description
    ("KMB warned. Maria Lopez, head of the weather bureau KMB, said rain would come.",
     "head of the weather bureau KMB", None),
    ("DRMA said so. Rain will come, said Col. Peter Marsh, Head of DRMA.", "Head of DRMA", None),
    ("Dr Lisa Okoro, the UNDP representative in Tavira. She said it. Tavira wept.",
     "the UNDP representative in Tavira", None),
    ("Jon Baird, joint liquidator at Harwell Partners, said: no. Harwell Partners left.",
     "joint liquidator at Harwell Partners", None),
    # a short form in brackets after the body's name, used elsewhere, names it elsewhere
    ("said Omar Sabry, chief executive of the Red Sea Anglers' Union (RSAU). RSAU fell.",
     "chief executive of the Red Sea Anglers' Union", "RSAU"),
    # the only place the article names the body: the body keeps its mention
    ("Maria Lopez, president of the Kell Growers' Association, said the union would sue.",
     None, "Kell Growers' Association"),
    # not an office: a verb, a kin word, a person's name after it, no comma
    ("Maria Lopez, speaking in Tavira, said rain would come.", None, "Tavira"),
    ("Maria Lopez, daughter of Peter Marsh, spoke.", None, "Peter Marsh"),
    ("Maria Lopez, an analyst at Harwell Partners, said: no.", None, "Harwell Partners"),
    ("Maria Lopez head of the weather bureau KMB said no.", None, None),
])
def test_an_office_held_at_a_body_beside_a_persons_name_is_one_description(
        nlp, text: str, office: str | None, kept: str | None) -> None:
    found = {m.text: m.label for m in extract_mentions(nlp(text))}
    if office is not None:
        assert found.get(office) == "DESC", found
    else:
        assert not any(label == "DESC" and re.search(r" (?:of|at|in) ", surface)
                       for surface, label in found.items()), found
    if kept is not None:
        assert kept in found, found


@pytest.mark.parametrize(("surface", "place"), [
    ("Ohio Gov. Rita Harlan", "Ohio"),
    ("Texas Sen. Jane Doe", "Texas"),
    ("US President Joe Biden", "US"),
    ("UK Prime Minister Keir Starmer", "UK"),
    ("New York Mayor Ana Ruiz", "New York"),
    ("Kolvar District Magistrate Tomas Wrenfield", "Kolvar District"),
    ("Orlanda County Magistrate Pia Senn", "Orlanda County"),
    ("Vice President Kamala Harris", None),  # a title before the title, not a place
    ("Gov. Rita Harlan", None),  # no place at all
    ("Ohio Gov.", None),  # no person after the title
])
def test_a_place_before_a_title_of_office_is_its_own_mention(surface: str,
                                                             place: str | None) -> None:
    from store.extract.mentions.edges import _place_then_title

    end = _place_then_title(surface)
    assert (surface[:end] if end else None) == place


@pytest.mark.parametrize(("place", "bare"), [
    ("Kolvar District", "Kolvar"),
    ("Orlanda County", "Orlanda"),
    ("Upper Tessen Province", "Upper Tessen"),
    ("New York", "New York"),  # no designator after it
    ("Kolvar", "Kolvar"),
    ("District", "District"),  # a designator alone names no place
])
def test_a_place_before_a_title_is_looked_for_without_its_designator(place: str,
                                                                     bare: str) -> None:
    from store.extract.mentions.edges import _without_designator

    assert _without_designator(place) == bare


@pytest.mark.parametrize(("title", "is_title"), [
    ("Magistrate", True),  # "Kolvar District Magistrate Tomas Wrenfield"
    ("Statistician-General", True),  # "said Statistician-General Ivo Sanu"
    ("Magistrates", False),
])
def test_offices_written_before_a_name_are_titles(title: str, is_title: bool) -> None:
    from store.extract.mentions.spans import bare_word
    from store.knowledge.name_words import name_words

    assert (bare_word(title) in name_words().titles) is is_title


@pytest.mark.parametrize(("surface", "backer"), [
    ("UN-backed Government of National Unity", "UN"),
    ("Saudi-backed Government of Sudan", "Saudi"),
    ("Iran-aligned Velm militia", "Iran"),
    ("Government of National Unity", None),
    ("Guinea-Bissau Armed Forces", None),  # a hyphen inside a name is no backer
])
def test_a_backer_is_cut_from_what_it_backs(surface: str, backer: str | None) -> None:
    from store.extract.mentions.edges import _backer_prefix

    found = _backer_prefix(surface)
    assert (surface[:found[0]] if found else None) == backer


@pytest.mark.slow
def test_a_name_the_tagger_took_into_a_time_or_a_count_is_found_again(nlp) -> None:
    text = ("Liga Costera (LC) took 29 seats. A Canal Norte TV survey released at 8pm put the "
            "LC at between 31.5 and 33.5 percent.")
    doc = nlp(text)
    assert any(e.label_ == "TIME" and "LC" in e.text for e in doc.ents)  # what the rule is for
    assert [m.text for m in extract_mentions(doc)].count("LC") == 2


@pytest.mark.slow
def test_a_two_letter_acronym_the_tagger_found_twice_is_found_again(nlp) -> None:
    text = ("Voters backed the FP. FP officials and FP members said the count gave the FP 12 "
            "seats.\n\nWHY THE FP WON\n\nIt did.")
    doc = nlp(text)
    tagged = [e.start_char for e in doc.ents if e.text == "FP"]
    found = [m.start for m in extract_mentions(doc) if m.text == "FP"]
    assert len(tagged) == 3  # what the rule is for: the tagger misses the fourth
    assert found == [18, 22, 39, 74]
    assert text.index("THE FP") + 4 not in found  # a headline in capitals is words


@pytest.mark.slow
def test_a_name_the_tagger_took_for_a_title_is_found_again(nlp) -> None:
    text = ('Tankers avoided the Coral Sea in May.\n\n"The Coral Sea is not a battleground, it is '
            'a road for every nation on its coasts," the minister said.')
    doc = nlp(text)
    assert any(e.label_ == "WORK_OF_ART" and e.text == "The Coral Sea" for e in doc.ents)
    assert [m.text for m in extract_mentions(doc)].count("Coral Sea") == 2


@pytest.mark.parametrize(("surface", "names"), [
    ("Brașov, Timișoara", ["Brașov", "Timișoara"]),
    ("Kelby, Northern Velm", ["Kelby", "Northern Velm"]),
    ("Washington, D.C.", []),  # an abbreviation is no name of a list
    ("Parks Division of the Ministry of Tourism, Sport and Parks", []),
    ("Smith, Jones, Brown and Partners", []),
    ("UNICEF, WFP", []),
])
def test_a_list_the_tagger_took_for_one_name_is_its_names(surface: str, names: list[str]) -> None:
    from store.extract.mentions.edges import _listed

    found = _listed(surface)
    assert [part for _, part in found] == names
    assert all(surface[offset:offset + len(part)] == part for offset, part in found)


@pytest.mark.parametrize(("text", "tagged", "names"), [
    # a byline's writer in capitals the tagger ran on into the outlet: two names
    ("Floods close port\n\nBy TOMAS RUTO Velm Wire Service\n\nKARSBY - Rain fell.",
     "TOMAS RUTO Velm Wire Service", [("TOMAS RUTO", "PERSON"), ("Velm Wire Service", "ORG")]),
    ("By ILSE MARIA VARGA Orla Press", "ILSE MARIA VARGA Orla", [("ILSE MARIA VARGA", "PERSON"),
                                                                ("Orla", "ORG")]),
    # not a byline, or no name in capitals before the outlet
    ("He said KARSBY PORT Authority staff left.", "KARSBY PORT Authority",
     [("KARSBY PORT Authority", "ORG")]),
    ("By Tomas Ruto Velm Wire Service", "Tomas Ruto Velm Wire Service",
     [("Tomas Ruto Velm Wire Service", "ORG")]),
    ("By TOMAS RUTO\n", "TOMAS RUTO", [("TOMAS RUTO", "ORG")]),
])
def test_a_bylines_writer_in_capitals_is_cut_from_its_outlet(
        text: str, tagged: str, names: list[tuple[str, str]]) -> None:
    from store.extract.mentions.edges import split

    start = text.index(tagged)
    found = split(text, start, start + len(tagged), "ORG", None)
    assert [(text[s.start:s.end], s.label) for s in found] == names


@pytest.mark.parametrize(("surface", "names"), [
    # a letterhead's body and its department, a comma between: two names
    ("Ministry of Water, Irrigation Department", ["Ministry of Water", "Irrigation Department"]),
    ("Velm Port Authority, Office of the Harbour Master",
     ["Velm Port Authority", "Office of the Harbour Master"]),
    # one name with a list in it: what follows the comma has no head of its own
    ("Department for Roads, Bridges and Rural Transport",
     ["Department for Roads, Bridges and Rural Transport"]),
    ("Orla Nurses, Midwives and Carers Union", ["Orla Nurses, Midwives and Carers Union"]),
    ("University of Velm, Karsby", ["University of Velm, Karsby"]),
])
def test_two_bodies_of_a_letterhead_are_two_names(surface: str, names: list[str]) -> None:
    from store.extract.mentions.edges import split

    assert [surface[s.start:s.end] for s in split(surface, 0, len(surface), "ORG", None)] == names


@pytest.mark.parametrize(("surface", "names"), [
    ("IslandPress/Maria Gomes", ["IslandPress", "Maria Gomes"]),
    ("ISIS/ISIL", ["ISIS", "ISIL"]),
    ("Lead Auditor General / DoT Auditor General",
     ["Lead Auditor General / DoT Auditor General"]),  # spaced: one name of two bodies
    ("AFP/getty images", ["AFP/getty images"]),
    ("ORSKWIRE/Ana Lisic\n\n", ["ORSKWIRE", "Ana Lisic"]),  # the tagger's line breaks after it
    ("Orsk Courier / Ana Lisic", ["Orsk Courier"]),  # a spaced credit: the photographer is no actor
    ("AP / Juan Ortiz Perez", ["AP"]),
    ("Harbour Ledger / Port Authority", ["Harbour Ledger / Port Authority"]),
])
def test_a_credit_of_two_names_by_a_slash_is_split(surface: str, names: list[str]) -> None:
    from store.extract.mentions.edges import split

    assert [surface[s.start:s.end] for s in split(surface, 0, len(surface), "ORG", None)] == names


def _tagged(words: list[str], ents: list[str]):
    """A parsed document with the tagger's entities as given (BILUO-free IOB tags)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, ents=ents)


@pytest.mark.slow
@pytest.mark.parametrize(("words", "ents", "bodies"), [
    (["Velkor", "AV", "said", "AV", "will", "pay"],
     ["B-PRODUCT", "I-PRODUCT", "O", "B-ORG", "O", "O"], ["Velkor AV"]),
    (["Orla", "Rail", "SpA", "said"], ["B-PRODUCT", "I-PRODUCT", "I-PRODUCT", "O"],
     ["Orla Rail SpA"]),
    (["Kestrel", "Voyager", "sold", "well"], ["B-PRODUCT", "I-PRODUCT", "O", "O"], []),
])
def test_a_body_the_tagger_took_for_a_product_is_a_body(words: list[str], ents: list[str],
                                                        bodies: list[str]) -> None:
    """And a repeat may take the place of a product the tagger saw in a known name."""
    from store.extract.mentions.products import product_bodies
    from store.extract.mentions.spans import DocView

    doc = _tagged(words, ents)
    found = product_bodies(doc.text, DocView(doc))
    assert [doc.text[s.start:s.end] for s in found] == bodies
    assert all(s.label == "ORG" for s in found)


@pytest.mark.parametrize(("text", "vessels"), [
    ("The tanker MT Sable Crest 2 ran aground.", ["MT Sable Crest 2"]),
    ("Crews from HMS Wexcombe and USS Dorrance helped.", ["HMS Wexcombe", "USS Dorrance"]),
    ("The M/V Orla-3 left port.", ["M/V Orla-3"]),
    ("Ms Haldar and SS ARMY", []),
    ("the MV left", []),
])
def test_a_vessels_prefix_marks_its_name(text: str, vessels: list[str]) -> None:
    from store.extract.mentions.vessels import vessel_spans

    found = [text[s.start:s.end] for s in vessel_spans(text)]
    assert found == vessels


@pytest.mark.parametrize(("surface", "reference"), [
    ("SONDEA-CIT-2026-04", True), ("EVC-2024-10-16-0417", True), ("IDI-EST-0926", True),
    ("CTF-470", False), ("G-20", False), ("Al-Shabaab", False), ("Bab-el-Mandeb", False),
    ("NWB/MEDIA/2026/04", True), ("KWB/2026-117", True), ("AC/DC", False), ("UN/AU", False),
])
def test_a_documents_reference_is_no_name(surface: str, reference: bool) -> None:
    from store.extract.mentions.junk import _is_reference

    assert _is_reference(surface) is reference


@pytest.mark.parametrize(("surface", "name"), [
    ("Courier Staff Writer", "Courier"),
    ("Valley Herald Correspondent", "Valley Herald"),
    ("Foreign Correspondents Club", "Foreign Correspondents Club"),
    ("Staff Writer", "Staff Writer"),  # a role alone is no outlet's name either way
])
def test_a_bylines_role_is_no_part_of_the_outlets_name(surface: str, name: str) -> None:
    from store.extract.mentions.edges import trim
    from store.extract.mentions.spans import Span

    text = f"By Dana Whitfield, {surface}\n\nThe story."
    start = text.index(surface)
    span = trim(text, Span(start, start + len(surface), "ORG"))
    assert span is not None and text[span.start:span.end] == name


@pytest.mark.parametrize(("text", "tagged", "expected"), [
    # the tagger found only the tail of a body's name: the head is taken back in
    ("PORT ADLER - The Ministry of Mines and Mining Industries has raised its estimate.",
     "Mining Industries", "Ministry of Mines and Mining Industries"),
    ("A spokesman for the Department of Health and Human Services said.",
     "Human Services", "Department of Health and Human Services"),
    ("The Office for the Protection of Coastal Fisheries said.",
     "Protection of Coastal Fisheries", "Office for the Protection of Coastal Fisheries"),
    # a minister's portfolio names nobody
    ("Under the regulations, the Minister of Mines and Mining Industries has imposed a fine.",
     "Mining Industries", None),
    ("Rohan Bissoon, Minister of Mines and Mining Industries, said.",
     "Mines and Mining Industries", None),
    # anything else before the name stays outside it
    ("He is the Director of Amnesty International.", "Amnesty International",
     "Amnesty International"),
    ("Fighting between the army and Velm People's Front went on.",
     "Velm People's Front", "Velm People's Front"),
    ("The Ministry of\nMining Industries said.", "Mining Industries", "Mining Industries"),
    # a title's portfolio the tagger took in with its holder's name: the person alone
    ("Cabinet Secretary for Energy Tomas Ruto said.", "Energy Tomas Ruto", "Tomas Ruto"),
    ("Secretary of Roads, Bridges and Ports Ilse Varga said:",
     "Roads, Bridges and Ports Ilse Varga", "Ilse Varga"),
    ("the Minister of Mines and Mining Industries Rohan Bissoon said",
     "Mining Industries Rohan Bissoon", None),  # where the portfolio ends is not sure
])
def test_a_bodys_cut_head_is_taken_back_and_a_portfolio_dropped(
        text: str, tagged: str, expected: str | None) -> None:
    from store.extract.mentions.heads import with_cut_heads
    from store.extract.mentions.spans import Span

    start = text.index(tagged)
    found = with_cut_heads(text, [Span(start, start + len(tagged), "ORG")])
    assert [text[s.start:s.end] for s in found] == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "tagged", "defined", "expected"), [
    # a body's office under the acronym the article defines: the body speaking
    ("Contact: Orla Water Board (OWB). Enquiries: OWB Press Desk, +1 555 0101",
     "OWB Press Desk", {"OWB"}, "OWB"),
    ("Enquiries: KWA Corporate Communications Division, press@kwa.example",
     "KWA Corporate Communications Division", {"KWA"}, "KWA"),
    # a body of its own under the acronym, an acronym the article does not define, a long run
    ("The OWB Regional Office said.", "OWB Regional Office", {"OWB"}, "OWB Regional Office"),
    ("Enquiries: OWB Press Desk, +1 555 0101", "OWB Press Desk", set(), "OWB Press Desk"),
    ("The OWB Press Desk Team Lead Unit said.", "OWB Press Desk Team Lead Unit", {"OWB"},
     "OWB Press Desk Team Lead Unit"),
])
def test_a_bodys_office_under_its_defined_acronym_is_the_body(
        text: str, tagged: str, defined: set[str], expected: str) -> None:
    from store.extract.mentions.acronymed import as_acronyms
    from store.extract.mentions.spans import Span

    start = text.index(tagged)
    found = as_acronyms(text, [Span(start, start + len(tagged), "ORG")], frozenset(defined))
    assert [text[s.start:s.end] for s in found] == [expected]


@pytest.mark.parametrize(("text", "tagged", "expected"), [
    # a body named by a list before its head: the tagger's pieces are one name
    ("The Velm Nurses, Midwives and Carers Association said on Monday.",
     [("Velm Nurses", "ORG"), ("Midwives", "NORP"), ("Carers Association", "ORG")],
     ["Velm Nurses, Midwives and Carers Association"]),
    ("fined the Orla Pilots, Navigators and Deckhands Union 2m kroner",
     [("Orla Pilots", "ORG"), ("Navigators", "NORP"), ("Deckhands Union", "ORG")],
     ["Orla Pilots, Navigators and Deckhands Union"]),
    ("The Land and Water Court ruled on Friday.", [("Water Court", "ORG")],
     ["Land and Water Court"]),
    # two bodies the tagger found, no list: two names
    ("the Senate and House Ethics Committee said", [("Senate", "ORG"),
     ("House Ethics Committee", "ORG")], ["Senate", "House Ethics Committee"]),
    # places or people in the list: their body, not one name
    ("The Orla, Velm and Tarvos Water Board met.", [("Orla", "GPE"), ("Velm", "GPE"),
     ("Tarvos Water Board", "ORG")], ["Orla", "Velm", "Tarvos Water Board"]),
    # no "the" before the list, no head after it, or a line between
    ("Farmers, Growers and Carers Association members met.", [("Carers Association", "ORG")],
     ["Carers Association"]),
    ("the Nurses, Midwives and Carers Gazette said", [("Carers Gazette", "ORG")],
     ["Carers Gazette"]),
    ("the Nurses, Midwives and\nCarers Association said", [("Carers Association", "ORG")],
     ["Carers Association"]),
])
def test_a_bodys_name_cut_in_its_list_is_one_name(text: str, tagged: list[tuple[str, str]],
                                                  expected: list[str]) -> None:
    from store.extract.mentions.heads import with_cut_lists
    from store.extract.mentions.spans import Span

    spans = [Span(text.index(s), text.index(s) + len(s), label) for s, label in tagged]
    assert [text[s.start:s.end] for s in with_cut_lists(text, spans)] == expected


@pytest.mark.slow
@pytest.mark.parametrize(("words", "person", "name"), [
    # a title's portfolio before the name is no given name
    (["Cabinet", "Secretary", "for", "Health", "Jonah", "Kirui", "said"], (4, 6), "Jonah Kirui"),
    (["Secretary", "of", "the", "Treasury", "Ilse", "Varga", "said"], (4, 6), "Ilse Varga"),
    # a given name the tagger left out is taken back in
    (["Gen", "Abdel", "Fattah", "al-Burhan", "said"], (2, 4), "Abdel Fattah al-Burhan"),
    (["the", "family", "of", "Abdel", "Fattah", "al-Burhan"], (4, 6), "Abdel Fattah al-Burhan"),
])
def test_a_given_name_is_taken_in_but_not_a_portfolio(words: list[str], person: tuple[int, int],
                                                      name: str) -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from store.extract.mentions.edges import with_given_names
    from store.extract.mentions.spans import DocView

    ents = ["O"] * len(words)
    ents[person[0]] = "B-PERSON"
    for i in range(person[0] + 1, person[1]):
        ents[i] = "I-PERSON"
    pos = ["PROPN" if w[:1].isupper() else "ADP" for w in words]
    doc = Doc(Vocab(), words=words, ents=ents, pos=pos)
    span = doc[person[0]:person[1]]
    found = with_given_names(doc.text, Span(span.start_char, span.end_char, "PERSON"),
                             DocView(doc))
    assert doc.text[found.start:found.end] == name


@pytest.mark.parametrize(("text", "name"), [
    ("with help from the Public Defender's Office (PDO). The review",
     "Public Defender's Office"),
    ("fighters of the Velm People's Front (VPF) said", "Velm People's Front"),
    ("the Office for the Protection of Coastal Fisheries (OPCF) said",
     "Office for the Protection of Coastal Fisheries"),
    # a capitalised word left over at the front: where the name starts is not sure
    ("On Thursday Public Works Department (PWD) said", None),
    ("The UN Office for the Protection of Coastal Fisheries (OPCF) said", None),
    # the capitals do not spell the acronym, or words in lowercase between
    ("pressure readings at the Kestrel Bravo platform (PSI) rose", None),
    ("the Public Defender's Office (PDOX) said", None),
    ("the Public Defender's busy Office (PDO) said", None),
    # a word in capitals inside the name gives its letters, or its first one
    ("Universities UK (UUK) said fees must rise", "Universities UK"),
    ("a ruling by the US Grains Council (USGC) on Friday", "US Grains Council"),
    ("according to NHS Velmora (NHSV), the wait grew", "NHS Velmora"),
    ("the Velm UK Trust (VUT) paid", "Velm UK Trust"),
    ("Energy UK (EUKX) said", None),
])
def test_a_name_its_acronym_spells_is_found(text: str, name: str | None) -> None:
    from store.extract.mentions.spelled import spelled_spans

    assert [text[s.start:s.end] for s in spelled_spans(text)] == ([name] if name else [])


@pytest.mark.parametrize(("text", "first", "second", "whole"), [
    ("the Korlin Institute of Statistics and Cartography (KISC) said",
     "Korlin Institute of Statistics", "Cartography", True),
    ("The Korlin Institute of Statistics and Cartography, known as INECA, said",
     "Korlin Institute of Statistics", "Cartography", True),
    # two bodies: no acronym of the whole after them, or the second no single word
    ("the Ministry of Health and Oxfam said", "Ministry of Health", "Oxfam", False),
    ("the Ministry of Health and Oxfam, which runs", "Ministry of Health", "Oxfam", False),
    ("the Ministry of Health and WHO (UN) said", "Ministry of Health", "WHO", False),
    ("the Korlin Water Board and Cartography (KWBC) said", "Korlin Water Board", "Cartography",
     False),
])
def test_a_bodys_name_cut_at_its_and_is_one_before_its_acronym(text: str, first: str,
                                                                second: str, whole: bool) -> None:
    a = Span(text.index(first), text.index(first) + len(first), "ORG")
    b = Span(text.index(second), text.index(second) + len(second), "ORG")
    found = _across_and(text, a, b)
    assert (found is not None and (found.start, found.end) == (a.start, b.end)) == whole


@pytest.mark.parametrize(("text", "name", "label"), [
    ("The utility Northvale Metro Water (NMW) said. Northvale Metro Water cut",
     "Northvale Metro Water", "ORG"),
    ("said Korlin Data Systems (KDS) on Monday", "Korlin Data Systems", "ORG"),
    ("said Korlin Data Systems (K.D.S.) on Monday", "Korlin Data Systems", "ORG"),
    # letters that do not spell the name, two initials, one word, or no acronym: still a person
    ("said Ebba Sjölander (CEO) on Monday", "Ebba Sjölander", "PERSON"),
    ("said Ebba Sjölander (ML) on Monday", "Ebba Sjölander", "PERSON"),
    ("said Lindqvist (LQ) on Monday", "Lindqvist", "PERSON"),
    ("said Ebba Sjölander (Reuters) on Monday", "Ebba Sjölander", "PERSON"),
    ("said Ebba Sjölander, 52, on Monday", "Ebba Sjölander", "PERSON"),
])
def test_a_name_given_its_acronym_is_a_bodys(text: str, name: str, label: str) -> None:
    from store.extract.mentions.acronymed import as_bodies
    from store.extract.mentions.spans import Span

    spans = [Span(m.start(), m.end(), "PERSON") for m in re.finditer(re.escape(name), text)]
    assert {s.label for s in as_bodies(text, spans)} == {label}


@pytest.mark.parametrize(("text", "opener", "other", "name"), [
    # a headline's first word glued to a storm's name the article gives in full
    ("Official Orwen death toll climbs\n\nThe official toll of Super Typhoon Orwen rose.",
     "Official Orwen", ("Super Typhoon Orwen", "EVENT"), "Orwen"),
    # a word never written in lowercase may be the name's own
    ("Dario Lopez spoke\n\nThe review by Ana Lopez was read.", "Dario Lopez",
     ("Ana Lopez", "PERSON"), "Dario Lopez"),
    # written so inside a line too: one name
    ("Official Orwen spoke\n\nThe official said Official Orwen and Super Typhoon Orwen met.",
     "Official Orwen", ("Super Typhoon Orwen", "EVENT"), "Official Orwen"),
    # not at a line's start
    ("Then Official Orwen spoke. The official toll of Super Typhoon Orwen rose.",
     "Official Orwen", ("Super Typhoon Orwen", "EVENT"), "Official Orwen"),
])
def test_a_line_opening_common_word_is_cut_from_a_name(text: str, opener: str,
                                                       other: tuple[str, str], name: str) -> None:
    from store.extract.mentions.openers import without_line_openers
    from store.extract.mentions.spans import Span

    start, at = text.index(opener), text.rindex(other[0])
    spans = [Span(start, start + len(opener), "PERSON"), Span(at, at + len(other[0]), other[1])]
    found = without_line_openers(text, spans)
    assert text[found[0].start:found[0].end] == name


@pytest.mark.parametrize(("text", "surname", "next_to_name"), [
    ("Reference: Marchetti L, et al. Excess mortality.", "Marchetti", False),
    ("Marchetti L, Santos RD; Lim J.", "Santos", False),
    ("They met on Holden Street.", "Holden", True),
    ("Holden US said so.", "Holden", True),
    ("said Mike Holden.", "Holden", True),
])
def test_a_surname_before_a_references_initials_stands_alone(text: str, surname: str,
                                                              next_to_name: bool) -> None:
    from store.extract.mentions.repeats import _next_to_name

    start = text.index(surname)
    assert _next_to_name(text, start, start + len(surname)) is next_to_name


@pytest.mark.parametrize(("text", "surname", "tails", "tail"), [
    ('excess deaths," Dela Cruz said.', "Cruz", {"Dela Cruz"}, "Dela Cruz"),
    ("said Maria Cruz.", "Cruz", {"Dela Cruz"}, None),  # another word before: another name
    ("said Dela Cruz.", "Cruz", set(), None),  # no full name of three words with that tail
])
def test_a_surname_after_its_own_middle_word_is_still_the_persons(
        text: str, surname: str, tails: set[str], tail: str | None) -> None:
    from store.extract.mentions.repeats import _own_tail

    start = text.index(surname)
    found = _own_tail(text, start, surname, tails)
    assert (text[found:start + len(surname)] if found is not None else None) == tail


@pytest.mark.parametrize(("text", "names"), [
    ("Orla Vantree met the Vantree board.", ["Orla Vantree", "Vantree"]),
    ("Vantree-Holm and Vantree, then Vantrees.", ["Vantree"]),  # a hyphen or a letter touching
    ("KESTREL RIDGE said Kestrel Ridge Mining and Kestrel.",
     ["Kestrel Ridge Mining", "Kestrel Ridge", "Kestrel", "KESTREL RIDGE"]),
    ("Ridge Ridge Ridge", ["Ridge Ridge", "Ridge"]),  # overlapping finds: the first one holds
    ("aaa aa a", ["a", "aa", "aaa"]),
    ("_Lorn Lorn1 Lorn", ["Lorn"]),  # an underscore or a digit is a word character
    ("Émile Corvan and Corvan's team", ["Corvan", "Émile Corvan"]),
    ("", ["Lorn"]),
    ("No name here.", ["Lorn", "Vorsk"]),
])
def test_repeated_names_are_found_as_one_pattern_of_them_finds_them(
        text: str, names: list[str]) -> None:
    import re

    from store.extract.mentions.repeats import _occurrences

    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(
        re.escape(k) for k in sorted(names, key=len, reverse=True)) + r")(?![\w-])")
    expected = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    assert _occurrences(text, names) == expected


@pytest.mark.parametrize(("text", "names", "found"), [
    # two names of the article joined by a hyphen: each is found there
    ("Ferries on the Velmora-Vorsk route.", ["Velmora", "Vorsk"], ["Velmora", "Vorsk"]),
    ("the Orlen-Prask corridor and Prask", ["Orlen", "Prask"], ["Orlen", "Prask", "Prask"]),
    ("fares on the Kelso–Varn line", ["Kelso", "Varn"], ["Kelso", "Varn"]),  # an en dash
    # a hyphen to a word no name of the article: neither is read
    ("Velmora-Holm airport", ["Velmora"], []),
    ("the Velmora-Vorsk-Ivo road", ["Velmora", "Vorsk"], []),  # three parts: one name
    ("Vorsk-Velmora-based firm", ["Velmora", "Vorsk"], []),  # the partner joined on: none
    ("a Velmora-Vorskan deal", ["Velmora", "Vorsk"], []),
])
def test_two_names_joined_by_a_hyphen_are_both_found(
        text: str, names: list[str], found: list[str]) -> None:
    from store.extract.mentions.repeats import _occurrences

    assert [name for _, _, name in _occurrences(text, names)] == found


@pytest.mark.parametrize(("spans", "stretch", "inside"), [
    ([(6, 8)], (0, 8), True),  # "AV" of "Velkor AV": the repeat takes its place
    ([(0, 8)], (0, 8), False),  # the name itself, found already
    ([(4, 12)], (0, 8), False),  # a mention reaching out of the stretch
    ([(0, 3), (20, 24)], (2, 8), False),
])
def test_a_repeat_takes_the_place_only_of_shorter_mentions_inside_it(
        spans: list[tuple[int, int]], stretch: tuple[int, int], inside: bool) -> None:
    from store.extract.mentions.repeats import _Taken
    from store.extract.mentions.spans import Span

    assert _Taken([Span(s, e, "ORG") for s, e in spans]).only_inside(*stretch) == inside


@pytest.mark.parametrize(("text", "body"), [
    ("The Velm district administration paid 300 families.", "Velm district administration"),
    ("Velm's district administration paid.", "Velm's district administration"),
    ("The Velm city council met.", "Velm city council"),
    ("The Velm district office paid.", None),
])
def test_a_places_local_body_written_after_it_is_one_name(text: str, body: str | None) -> None:
    from store.extract.mentions.descriptions import institution_spans
    from store.extract.mentions.spans import Span

    start = text.index("Velm")
    found = institution_spans(text, [Span(start, start + 4, "GPE")])
    assert [text[s.start:s.end] for s in found] == ([body] if body else [])


@pytest.mark.parametrize(("text", "labels", "body"), [
    # the tagger takes the place for a person or a body before its institution
    ("Floods hit Kolvaria. Kolvaria's government pays 200 rupees.", ("GPE", "PERSON"),
     "Kolvaria's government"),
    ("Floods hit Kolvaria. Kolvaria's health ministry paid.", ("GPE", "ORG"),
     "Kolvaria's health ministry"),
    ("Kolvaria's government paid. Floods hit Kolvaria.", ("PERSON", "LOC"),
     "Kolvaria's government"),
    # a name the article never tags as a place stays what it is
    ("Tamsin Kolvaria spoke. Kolvaria's government paid.", ("PERSON", "PERSON"), None),
    ("Floods hit Kolvaria. Kolvaria's capital shortfall grew.", ("GPE", "PERSON"), None),
])
def test_a_name_the_article_tags_as_a_place_is_that_place_before_its_institution(
        text: str, labels: tuple[str, str], body: str | None) -> None:
    from store.extract.mentions.descriptions import institution_spans
    from store.extract.mentions.spans import Span

    first = text.index("Kolvaria")
    second = text.index("Kolvaria", first + 1)
    spans = [Span(first, first + 8, labels[0]), Span(second, second + 8, labels[1])]
    if labels[0] == "PERSON" and text.startswith("Tamsin"):
        spans[0] = Span(0, first + 8, "PERSON")
    found = institution_spans(text, spans)
    assert [text[s.start:s.end] for s in found] == ([body] if body else [])


@pytest.mark.slow
def test_a_stretch_the_tagger_took_whole_for_a_product_is_told_apart() -> None:
    from store.extract.mentions.spans import DocView

    doc = _tagged(["storm", "off", "Velmton", "and", "Kestrel", "Voyager"],
                  ["O", "O", "B-PRODUCT", "O", "B-PRODUCT", "I-PRODUCT"])
    view = DocView(doc)
    start = doc.text.index("Velmton")
    assert view.is_product(start, start + len("Velmton"))
    kestrel = doc.text.index("Kestrel")
    assert not view.is_product(kestrel, kestrel + len("Kestrel"))  # a part of a longer one


@pytest.mark.parametrize(("text", "events"), [
    ("Follow HarbourTenants\n\nHarbour Tenants Forum said so.", ["Harbour Tenants Forum"]),
    ("The Port Adler Coastal Security Summit opened.", ["Port Adler Coastal Security Summit"]),
])
def test_an_event_name_never_runs_across_a_line_break(text: str, events: list[str]) -> None:
    from store.extract.mentions.events import event_spans

    assert [text[s.start:s.end] for s in event_spans(text, [])] == events


@pytest.mark.parametrize(("text", "word", "label"), [
    ("A spokesman told the Sentinel on Friday.", "Sentinel", "ORG"),
    ("The Courier regrets the error.", "Courier", "ORG"),
    ("Mayor Ruth Kamau spoke.", "Ruth Kamau", "PERSON"),
])
def test_one_word_after_the_names_no_person(text: str, word: str, label: str) -> None:
    """The tagger takes "the Herald" for a person now and then; no person is "the Smith"."""
    start = text.index(word)
    assert trim(text, Span(start, start + len(word), "PERSON")).label == label


@pytest.mark.parametrize(("front", "body", "names"), [
    # a name the body writes is found again in the title and the outlet, with its label
    ('Velm Water Agency lowers Karsby count', 'The [Velm Water Agency|ORG] said [Karsby|GPE] '
     'lost 40 homes.', [("Velm Water Agency", "ORG"), ("Karsby", "GPE")]),
    # the longer name first; a name only inside a word is none
    ('Orla Grid Authority, press release', 'The [Orla Grid Authority|ORG] and [Orla|GPE] and '
     '[Grid|ORG].', [("Orla Grid Authority", "ORG")]),
    ('Orlando fund grows', 'Rain in [Orla|GPE].', []),
    # a lowercase description or a word of one letter is no name to look for
    ('The agency says so', 'Later [the agency|DESC] said so.', []),
    # a reference number opens with the issuer's short form, hyphened or slashed to the rest;
    # a name's word hyphened to another is still no name
    ('VWA-PR-2030-07', 'The [VWA|ORG] said so.', [("VWA", "ORG")]),
    ('KBA/CC/2031/118', 'The [KBA|ORG] said so.', [("KBA", "ORG")]),
    ('Orla-Brenn bus route', 'Buses in [Orla|GPE].', []),
])
def test_the_front_matters_names_are_the_names_its_body_writes(
        front: str, body: str, names: list[tuple[str, str]]) -> None:
    text, items, pos, last = [], [], len(front) + 1, 0
    for m in re.finditer(r"\[([^\]|]+)\|([A-Z]+)\]", body):
        text.append(body[last:m.start()])
        pos += m.start() - last
        items.append([pos, pos + len(m.group(1)), m.group(2), None, 0])
        text.append(m.group(1))
        pos += len(m.group(1))
        last = m.end()
    full = front + "\n" + "".join(text) + body[last:]
    found = front_mentions(full, ((0, len(front)),), items)
    assert [(full[s:e], label) for s, e, label, *_ in found] == names


@pytest.mark.parametrize(("front", "values"), [
    # a release names the body that issues it as its title and outlet do
    ('title: "Velm Water Agency lowers its count"\nissuer: "Velm Water Agency"\ndate: 2030-01-02',
     ["Velm Water Agency lowers its count", "Velm Water Agency"]),
    ("organisation: 'Orla Grid Authority (OGA), press release'\nurl: https://oga.example/1",
     ["Orla Grid Authority (OGA), press release"]),
    ('Organization: Karsby Port Board\nregulator: "KSC"\ndepartment: Ministry of Ports',
     ["Karsby Port Board", "KSC", "Ministry of Ports"]),
    # a news paper's section written as its department names no body; a body's name does
    ("department: Business\ntitle: Port fees rise", ["Port fees rise"]),
    ('department: "World News"', []),
    ("department: Velm Revenue Authority", ["Velm Revenue Authority"]),
    ("department: VRA", ["VRA"]),
    # a date, an address, a number or a byline names no body of the article
    ("date: 2030-01-02\nurl: https://velm.example/agency\nrelease_no: 14\nauthor: Ana Ruiz", []),
    # a release's ministry and a reference number with a short form in capitals; not its
    # country, a lone word whose label the body's mentions would give
    ('ministry: "Ministry of Ports"\ncountry: Velmora\nreference: "VPA/PR/2030/014"\n'
     'bulletin_no: VPA-07\naudit_no: "30/14"',
     ["Ministry of Ports", "VPA/PR/2030/014", "VPA-07"]),
])
def test_a_releases_front_matter_names_its_issuer(front: str, values: list[str]) -> None:
    from store.ingest.documents import naming_values

    assert [v for _, _, v in naming_values(f"---\n{front}\n---\nBody.\n")] == values


class _Untagged:
    """A parsed document whose tagger found no name anywhere."""

    def in_entity(self, start: int, end: int, *, names_only: bool = False) -> bool:
        return False


@pytest.mark.parametrize(("text", "place"), [
    ("Floods shut river port\n\nVELMARO - Rescue teams searched the flooded port for a third "
     "day on Sunday.", "VELMARO"),
    ("Regulator fines grid firm\n\nKESTRAVIK, Quessania, Nov 10, 2026 (CWN) - The regulator "
     "fined the operator on Tuesday.", "KESTRAVIK"),
    ("**Orlen Games Committee**\n\nPORT ADLIN, Friday March 6, 2026 | For immediate release",
     "PORT ADLIN"),
    ("PRESS RELEASE - FOR IMMEDIATE RELEASE\n\nThe board met on Monday.", None),
    ("UPDATE - The committee will update its count on Monday after the vote.", None),
    ("STATEMENT - The agency said on Monday that the count had risen to nine.", None),
    ("ORVA - Orvane Resource Alliance\n\nThe alliance met.", None),
    ("KESTRAVIK PORT AUTHORITY\nAnnual figures", None),
])
def test_a_datelines_place_in_capitals_is_a_place(text: str, place: str | None) -> None:
    span = dateline_place(text, _Untagged())  # type: ignore[arg-type]
    assert (text[span.start:span.end] if span else None) == place
    assert span is None or span.label == "GPE"


@pytest.mark.parametrize(("text", "first", "second", "whole"), [
    # a body's "X for Y and Z" cut at its "and", the acronym after it the whole's
    ("the Centre for Seismology and Tectonic Hazard Mitigation (PSMBT) for ash",
     "Centre for Seismology", "Tectonic Hazard Mitigation",
     "Centre for Seismology and Tectonic Hazard Mitigation"),
    ("the Institute of Soils and Dryland Crops (ISDC) said",
     "Institute of Soils", "Dryland Crops", "Institute of Soils and Dryland Crops"),
    # a list of two bodies: the acronym is the second one's own initials
    ("the Office of Audit and World Grain Council (WGC) met", "Office of Audit",
     "World Grain Council", None),
    # no acronym after it: nothing says it is one name
    ("the Ministry of Roads and Velm Transit Board said", "Ministry of Roads",
     "Velm Transit Board", None),
])
def test_a_body_cut_at_its_and_is_joined_before_its_acronym(text, first, second, whole):
    a = Span(text.index(first), text.index(first) + len(first), "ORG")
    b = Span(text.index(second), text.index(second) + len(second), "ORG")
    got = _across_and(text, a, b)
    assert (text[got.start:got.end] if got else None) == whole


@pytest.mark.parametrize(("text", "first", "second", "whole"), [
    # a body's "X of A, B and C" cut at the list's commas: one name
    ("The Ministry of Health Services, Regulations and Coordination said on Monday",
     "Ministry of Health Services", "Coordination",
     "Ministry of Health Services, Regulations and Coordination"),
    ("a grant from the Department for Schools, Sport and Youth Affairs to clubs",
     "Department for Schools", "Youth Affairs",
     "Department for Schools, Sport and Youth Affairs"),
    ("the Office of Trade, Tourism, Mines and Energy in Velm", "Office of Trade", "Energy",
     "Office of Trade, Tourism, Mines and Energy"),
    # a list of bodies: a body's head noun in the list, or a name that is no body's "X of"
    ("the Ministry of Health, Oxfam and Velm Council met", "Ministry of Health", "Velm Council",
     None),
    ("the Ministry of Health, Food Agency and Water said", "Ministry of Health", "Water", None),
    ("Velm Harbour Trust, Dockers and Pilots said", "Velm Harbour Trust", "Pilots", None),
])
def test_a_bodys_name_cut_at_its_lists_commas_is_one(text, first, second, whole):
    a = Span(text.index(first), text.index(first) + len(first), "ORG")
    b = Span(text.index(second), text.index(second) + len(second), "ORG")
    got = _across_list(text, a, b, name_words().org_heads)
    assert (text[got.start:got.end] if got else None) == whole


@pytest.mark.slow
@pytest.mark.parametrize(("text", "places"), [
    # a name after "the" and before a feature's noun or a lowercase designator ending the phrase
    ("Snow closed the road into the Tolvar valley on Friday.", [("Tolvar valley", "LOC")]),
    ("Crews dug a channel in the neighbouring Fenn valley.", [("Fenn valley", "LOC")]),
    ("Floods reached the Orsk province on Monday.", [("Orsk province", "GPE")]),
    # a lowercase designator and "of" before the name: the place alone
    ("A new bridge will cost CHF 12 million, the municipality of Unterbach estimates.",
     [("Unterbach", "GPE")]),
    ("The hamlet belongs to the canton of Vorsch.", [("Vorsch", "GPE")]),
    # the noun modifies the next one, the name is a demonym, the designator names no division,
    # the name is in capitals (a currency), no "the" before the name
    ("Snow closed the Tolvar valley road on Friday.", []),
    ("Smoke rose over the Swiss canton on Monday.", []),
    ("The cost fell to the mayor of Unterbach alone.", []),
    ("It cost the canton of CHF 4 million.", []),
    ("Herders in Tolvar valley lost 300 goats.", []),
])
def test_a_place_the_tagger_missed_is_named_by_its_designator(
        nlp, text: str, places: list[tuple[str, str]]) -> None:
    from store.extract.mentions.joins import untagged_places
    from store.extract.mentions.spans import DocView

    found = untagged_places(text, [], DocView(nlp(text)))
    assert [(text[s.start:s.end], s.label) for s in found] == places


@pytest.mark.slow
def test_a_place_the_tagger_missed_is_not_found_where_a_span_covers_it(nlp) -> None:
    from store.extract.mentions.joins import untagged_places
    from store.extract.mentions.spans import DocView

    text = "Snow closed the road into the Tolvar valley on Friday."
    start = text.index("Tolvar")
    assert untagged_places(text, [Span(start, start + 6, "GPE")], DocView(nlp(text))) == []
    surfaces = [m.text for m in extract_mentions(nlp(text))]
    assert "Tolvar valley" in surfaces
    # a political place the article names keeps its name before a feature's noun
    text = "The district of Koldan lost power. Crews reached the Koldan valley on Monday."
    assert [m.text for m in extract_mentions(nlp(text))] == ["Koldan", "Koldan"]


@pytest.mark.parametrize(("text", "surface", "label", "name"), [
    # an office written as a title before a person's name is no part of the name
    ("It is scare-mongering. Economist Ana Lind-Moreau of Velm Bank puts it lower.",
     "Economist Ana Lind-Moreau", "PERSON", "Ana Lind-Moreau"),
    ("Chief Analyst Ivo Maric said so.", "Chief Analyst Ivo Maric", "PERSON", "Ivo Maric"),
    ("Railway Minister Shri Arun Mehta-Rao said every family would be paid.",
     "Shri Arun Mehta-Rao", "PERSON", "Arun Mehta-Rao"),
    ("Smt Kavita Rao opened the ward.", "Smt Kavita Rao", "PERSON", "Kavita Rao"),
    # a caption's or a credit's word where the credit opens: the body credited
    ("Strikers at the gate. (Photo Velm Ledger / Ana Lind, VL-2031)", "Photo Velm Ledger",
     "ORG", "Velm Ledger"),
    ("Courtesy Orla Reef Trust / Ana Lind\nDivers at work.", "Courtesy Orla Reef Trust", "ORG",
     "Orla Reef Trust"),
    ("A diver at work | Handout Orla Reef Trust", "Handout Orla Reef Trust", "ORG",
     "Orla Reef Trust"),
    ("Image: Velm Ledger\nDivers at work.", "Image: Velm Ledger", "ORG", "Velm Ledger"),
    # a caption word that begins a name of its own, at a line's start or in brackets
    ("Credit Suisse said the bank would close.", "Credit Suisse", "ORG", "Credit Suisse"),
    ("The series moved to a new house (Image Comics) in May.", "Image Comics", "ORG",
     "Image Comics"),
    ("The standard (Video Electronics Standards Association) was set.",
     "Video Electronics Standards Association", "ORG",
     "Video Electronics Standards Association"),
    ("Photo Velm Ledger won the prize for its pictures of the flood.", "Photo Velm Ledger",
     "ORG", "Photo Velm Ledger"),
    # not inside a sentence, and not before a lowercase word
    ("They bought Picture House Films last year.", "Picture House Films", "ORG",
     "Picture House Films"),
    ("(Photo archive) The museum reopened.", "Photo archive", "ORG", "Photo archive"),
    # a name that is a head noun alone is left as it is
    ("Economist said so.", "Economist", "PERSON", "Economist"),
])
def test_a_title_or_a_credit_glued_before_a_name_is_cut(text: str, surface: str, label: str,
                                                        name: str) -> None:
    """The tagger glues a sentence's first word onto the name after it: an occupation written as
    a title ("Economist Ana Lind"), an honorific of Indian copy ("Shri"), a credit's word."""
    start = text.index(surface)
    span = trim(text, Span(start, start + len(surface), label))
    assert span is not None and text[span.start:span.end] == name


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), [
    ("The claim is scare-mongering. Economist Ana Lind-Moreau of Velm Bank puts the cost lower.",
     "Ana Lind-Moreau"),
    ("Prices will rise, Analyst Ivo Maric-Tran wrote.", "Ivo Maric-Tran"),
])
def test_an_office_written_as_a_title_is_not_taken_in_as_a_given_name(nlp, text: str,
                                                                      name: str) -> None:
    found = [m.text for m in extract_mentions(nlp(text))]
    assert name in found, found


@pytest.mark.parametrize(("text", "surface", "kept"), [
    ("Importers paid more, the Freight & Trade Alliance said.", "Freight & Trade Alliance", True),
    ("Shares of Pellow & Wren fell.", "Pellow & Wren", True),
    ("The Velm Port & Rail Authority met.", "Velm Port & Rail Authority", True),
    # a word of no letters other than an ampersand is still no name's
    ("It cost MZN 4.5 billion.", "MZN 4.5 billion", False),
    ("Prices rose 40 % in Velm.", "40 % in Velm", False),
])
def test_an_ampersand_between_words_of_a_name_keeps_it_a_name(text: str, surface: str,
                                                               kept: bool) -> None:
    from store.extract.mentions.junk import without_junk

    start = text.index(surface)
    spans = without_junk(text, [Span(start, start + len(surface), "ORG")])
    assert bool(spans) is kept


@pytest.mark.parametrize(("name", "letters"), [
    ("Velm Census of Farms and Herds", {"VCFH", "CFH", "VCFAH", "CFAH"}),
    ("Census of Population and Dwellings", {"CPD", "CPAD", "PAD", "PD"}),
])
def test_an_editions_letters_are_the_initials_resolution_joins_it_by(name: str,
                                                                     letters: set[str]) -> None:
    from store.extract.mentions.editions import spelled_as
    from store.knowledge.folding import initials

    assert spelled_as(name) >= initials(name)
    assert spelled_as(name) & letters


@pytest.mark.slow
@pytest.mark.parametrize(("text", "whole", "parts"), [
    # a body named with a common word, a hyphen and its country, that the tagger cut there
    ("Striking drivers at Métro-France cut services on 14 lines.", "Métro-France", []),
    ("Métro-France carried 2 million riders in May, the operator said.", "Métro-France",
     ["France"]),
    ("Météo-Belgique and Météo-France disagreed by 12 mm on the rainfall.", "Météo-France",
     ["France"]),
    # two actors side by side: a first part the article writes alone, a country, a people
    ("Hamas said the Hamas-France talks failed after 3 rounds.", None, ["Hamas-France"]),
    ("The Russia-France summit drew 300 delegates to Nice.", None, ["Russia-France"]),
])
def test_a_body_named_with_its_country_after_a_hyphen_is_one_name(
        nlp, text: str, whole: str | None, parts: list[str]) -> None:
    found = {m.text: m.label for m in extract_mentions(nlp(text))}
    if whole is not None:
        assert found.get(whole) == "ORG", found
    for part in parts:
        assert part not in found, found
