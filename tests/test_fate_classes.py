"""What the verb of a count's clause says befell the counted things ("40 barges were tied up",
"crews reconnected 9,000 subscribers"): the extractor writes its class before the noun ("idle
barges"), and two classes of one noun are two counts, only when the corpus gives the noun both
(a figure that says no class meets the others as before). Each row is an invented sentence."""

from __future__ import annotations

import pytest

from tests.test_conflicts import figure, groups

# sentence, figure, counted phrase
VERB_CLASSES = [
    ("Some 40 barges were tied up at Velmora quay on Monday.", "40", "idle barges"),
    ("The owners laid up 40 barges after the ban.", "40", "idle barges"),
    ("Only 25 barges are still fishing off Vorsk.", "25", "active barges"),
    ("About 12,000 subscribers remain without power in Ulvik.", "12,000", "remaining subscribers"),
    ("Crews reconnected 9,000 subscribers overnight.", "9,000", "reconnected subscribers"),
    ("About 55,000 subscribers were reconnected by Tuesday.", "55,000",
     "reconnected subscribers"),
    ("The gale cut off 210,000 subscribers across Hestmark.", "210,000",
     "disconnected subscribers"),
    ("In all, 210,000 subscribers lost power.", "210,000", "disconnected subscribers"),
    ("The storm left 80,000 subscribers without power.", "80,000", "disconnected subscribers"),
    # the noun's own clause says what they are before the verb it is subject of
    ("The 300 subscribers who lost power were compensated.", "300",
     "disconnected subscribers"),
    ("Some 3,100 homesteads are eligible for the grant.", "3,100", "eligible homesteads"),
    # "remain" alone says no fate ("3,450 pilgrims remain in Oskar"), "remain without" does
    ("Some 3,450 pilgrims remain stranded near Oskar.", "3,450", "pilgrims"),
    ("The fund has paid 1,200 homesteads so far.", "1,200", "paid homesteads"),
    ("Inspectors culled 2.1 million ducks.", "2.1 million", "culled ducks"),
    # a verb of giving with an object of its own befalls that object, not the noun that gives
    ("A relief fund paying 300 families each month opened in Dunmore.", "300", "paid families"),
    ("The Orlen levy pays for a €90m grant scheme paying €60 a week to carers.", "€90m",
     "grant scheme"),
    ("A guild refunding 450 members was set up in Kestow.", "450", "paid members"),
    ("Prosecutors say eleven porters were paid €9,000 each to look away.", "eleven",
     "paid porters"),
    # a verb of no class says nothing; a fates verb is still written after the noun
    ("Some 640 barges crossed the strait in May.", "640", "barges"),
    ("Some 8,400 cabins have been destroyed.", "8,400", "cabins destroyed"),
    # a chain's stores to close and those kept open; patients treated; an increment
    ("The grocer plans to shut 38 kiosks.", "38", "closed kiosks"),
    ("It has cut the number of kiosks it will close from 38 to 30.", "30", "closed kiosks"),
    ("The owner said eight kiosks had been saved.", "eight", "saved kiosks"),
    ("Paramedics treated 96 cyclists at the finish.", "96", "treated cyclists"),
    ("The ferry line has added 14 vessels since March.", "14", "added vessels"),
    ("The museum bought 35 tapestries at the spring auction.", "35", "bought tapestries"),
    ("The library purchased 900 atlases in May.", "900", "bought atlases"),
    # a measure before the noun sizes it: no count of what befell it
    ("Crews shut the 40,000 bpd Orvik terminal on Friday.", "40,000 bpd", "Orvik terminal"),
    # a number that borrows its noun keeps its own verb's class, not its donor's
    ("Paramedics treated 96 cyclists, and 11 were taken to hospital.", "11",
     "hospitalised cyclists"),
    ("Paramedics treated 96 cyclists, and 11 were sent home.", "11", "cyclists"),
    # what the counted did as the subject of a verb with an object of its own
    ("Some 2,300 swimmers have entered the Lake Orvan crossing.", "2,300", "entered swimmers"),
    ("Only 1,900 swimmers finished the Lake Orvan crossing.", "1,900", "finished swimmers"),
    # a verb of no class with an object says nothing of its subject
    ("Some 2,300 swimmers watched the Lake Orvan crossing.", "2,300", "swimmers"),
    # a stay in hospital is a state a part of the people counted are in
    ("Nineteen cyclists remained in hospital overnight.", "Nineteen", "hospitalised cyclists"),
    ("Six hikers are still in hospital in Orvan.", "Six", "hospitalised hikers"),
    # what got away and what was caught again
    ("Some 2,700 pheasants escaped from the Dunmore estate in the gale.", "2,700",
     "escaped pheasants"),
    ("Keepers have recaptured 410 pheasants so far.", "410", "recaptured pheasants"),
    ("About 90 pheasants had been recaptured by Friday.", "90", "recaptured pheasants"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, text, counted", VERB_CLASSES)
def test_the_verb_of_the_clause_gives_the_class_of_what_befell_the_counted(
        extract, sentence, text, counted):
    found = {f.text: f for f in extract(sentence)}
    assert found[text].counted == counted


# two classes of one noun never meet; one class meets the figures that say none
@pytest.mark.parametrize("first, second, made", [
    (("Some 140 barges were tied up.", 140, "idle barges"),
     ("Only 60 barges were still fishing.", 60, "active barges"), []),
    (("Crews reconnected 9,000 subscribers.", 9000, "reconnected subscribers"),
     ("In all, 210,000 subscribers lost power.", 210000, "disconnected subscribers"), []),
    (("Some 3,100 homesteads are eligible.", 3100, "eligible homesteads"),
     ("The fund paid 1,200 homesteads.", 1200, "paid homesteads"), []),
    (("The grocer will close 38 kiosks.", 38, "closed kiosks"),
     ("Eight kiosks had been saved.", 8, "saved kiosks"), []),
    (("Some 2,300 swimmers entered the race.", 2300, "entered swimmers"),
     ("Only 1,900 swimmers finished it.", 1900, "finished swimmers"), []),
    # an increment never meets the stock, though the corpus gives the noun no other class
    (("The ferry line runs 120 vessels.", 120, "vessels"),
     ("The ferry line added 14 vessels.", 14, "added vessels"), []),
    (("The museum holds 410 clocks.", 410, "clocks"),
     ("The museum bought 35 clocks.", 35, "bought clocks"), []),
    # a state that is a part of the people counted never meets them, though the corpus gives
    # the noun no other class
    (("Timing data showed 410 cyclists skipped a checkpoint.", 410, "cyclists"),
     ("Nineteen cyclists remained in hospital.", 19, "hospitalised cyclists"), []),
    (("The estate reared 9,000 pheasants.", 9000, "pheasants"),
     ("Keepers recaptured 410 pheasants.", 410, "recaptured pheasants"), []),
    # one class said two ways ("cut off", "lost power") is one count
    (("The gale cut off 210,000 subscribers.", 210000, "disconnected subscribers"),
     ("Some 390,000 subscribers lost power.", 390000, "disconnected subscribers"),
     ["contradiction"]),
    # one class in the corpus: the figure that names it and the one that does not meet
    (("Some 140 barges were tied up.", 140, "idle barges"),
     ("The federation counts 140 barges.", 140, "barges"), ["consistent"]),
])
def test_classes_of_what_befell_a_noun_tell_its_counts_apart(first, second, made):
    pairs = zip("ab", (first, second), strict=True)
    rows = groups(*(figure(article, sentence, value, unit="count", counted=counted,
                           head=counted.split()[-1].rstrip("s"), when="2031-05")
                    for article, (sentence, value, counted) in pairs))
    assert [g["verdict"] for g in rows if g["parent"] is None] == made


# of two classes, the one most figures say is what the story counts: the figures that say no
# class meet it, and the other class stands apart
def test_figures_that_say_no_class_meet_the_class_most_figures_say():
    rows = groups(
        figure("a", "In all, 210,000 subscribers lost power.", 210000, unit="count",
               counted="disconnected subscribers", head="subscriber", when="2031-05"),
        figure("b", "The gale cut off 390,000 subscribers.", 390000, unit="count",
               counted="disconnected subscribers", head="subscriber", when="2031-05"),
        figure("c", "The outage hit 400,000 subscribers.", 400000, unit="count",
               counted="subscribers", head="subscriber", when="2031-05"),
        figure("d", "Crews reconnected 9,000 subscribers.", 9000, unit="count",
               counted="reconnected subscribers", head="subscriber", when="2031-05"))
    outer = [g for g in rows if g["parent"] is None]
    assert len(outer) == 1 and outer[0]["verdict"] == "contradiction"
    assert len(outer[0]["figures"]) == 3


def test_a_sum_paid_takes_no_class_of_what_befell_it():
    rows = groups(*(figure(article, sentence, value, unit="EUR", counted=counted, head="euro",
                           when="2031-05")
                    for article, sentence, value, counted in (
                        ("a", "The fund paid 40 euros.", 40, "paid euros"),
                        ("b", "Some 40 euros remain without a claimant.", 40,
                         "remaining euros"))))
    assert [g["verdict"] for g in rows if g["parent"] is None] == ["consistent"]


# a share of what was bought or added is a share as any other: it meets the share told without
@pytest.mark.parametrize("counted", ["bought grain", "added grain"])
def test_a_share_of_an_increment_meets_the_share(counted):
    rows = groups(figure("a", "Some 12% of the grain the mill buys is spoilt.", 12, unit="percent",
                         counted=counted, head="grain", when="2031-05"),
                  figure("b", "Some 12% of its grain is spoilt.", 12, unit="percent",
                         counted="grain", head="grain", when="2031-05"))
    assert [g["verdict"] for g in rows if g["parent"] is None] == ["consistent"]
