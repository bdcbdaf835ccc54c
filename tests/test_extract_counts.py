"""Count extraction on hand-written news sentences: each construction, and the numbers that are no counts."""

from __future__ import annotations

import pytest

from newsfacts.extract.counts import extract_counts
from newsfacts.extract.facts import COUNT_CATEGORIES, QUALIFIERS
from newsfacts.extract.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


def counts(nlp, text: str) -> set[tuple[str, int, str, str]]:
    return {(c.category, c.value, c.qualifier, c.subject) for c in extract_counts(nlp(text))}


CASES = [
    # verbs and their patients, active and passive
    (
        "A car bomb killed 12 soldiers and wounded 30 others near the border on Tuesday.",
        {("killed", 12, "exact", "soldiers"), ("injured", 30, "exact", "people")},
    ),
    (
        "At least 45 people died and more than 200 were injured when the ferry capsized.",
        {("killed", 45, "at_least", "people"), ("injured", 200, "at_least", "people")},
    ),
    ("Gunmen kidnapped 15 students from a school.", {("captured", 15, "exact", "students")}),
    (
        "Police arrested 23 protesters and detained 40 others.",
        {("arrested", 23, "exact", "protesters"), ("arrested", 40, "exact", "people")},
    ),
    ("Some 5,000 residents were evacuated as the river rose.", {("evacuated", 5000, "approx", "residents")}),
    ("The floods displaced about 1.5 million people.", {("displaced", 1_500_000, "approx", "people")}),
    ("Twenty-two miners remain missing after the collapse.", {("missing", 22, "exact", "miners")}),
    ("Turkish police detained 17 suspected militants.", {("arrested", 17, "exact", "militants")}),
    ("The gunmen shot dead 7 worshippers at a mosque.", {("killed", 7, "exact", "worshippers")}),
    # the agent of a killing verb is not its victim
    ("Three soldiers killed 2 militants in a firefight.", {("killed", 2, "exact", "militants")}),
    # complements that carry the event
    ("The fighting has left 3,000 families homeless.", {("displaced", 3000, "exact", "families")}),
    ("The militants took 30 villagers hostage.", {("captured", 30, "exact", "villagers")}),
    ("At least 3 people are feared dead after the boat capsized.", {("killed", 3, "at_least", "people")}),
    ("Eight people lost their lives in the blaze.", {("killed", 8, "exact", "people")}),
    ("A total of 300 people sustained injuries.", {("injured", 300, "exact", "people")}),
    ("A total of 900 civilians became disabled.", {("injured", 900, "exact", "civilians")}),
    ("Over a thousand were taken captive.", {("captured", 1000, "at_least", "people")}),
    (
        "A total of 3,890 Azerbaijanis went missing during the war.",
        {("missing", 3890, "exact", "Azerbaijanis")},
    ),
    (
        "More than one million Azerbaijanis became refugees and IDPs.",
        {("displaced", 1_000_000, "at_least", "Azerbaijanis")},
    ),
    ("Two individuals were reported missing.", {("missing", 2, "exact", "people")}),
    ("About 300 children lost both parents.", {("orphaned", 300, "approx", "children")}),
    ("Four police officers were among the dead.", {("killed", 4, "exact", "police officers")}),
    ("Twelve people were taken into custody.", {("arrested", 12, "exact", "people")}),
    ("At least 35,000 have been forced to leave their homes.", {("displaced", 35000, "at_least", "people")}),
    ("Around 700 families were moved to safer places.", {("evacuated", 700, "approx", "families")}),
    ("The war left 200 children orphaned.", {("orphaned", 200, "exact", "children")}),
    ("Five of the injured are in critical condition.", {("injured", 5, "exact", "people")}),
    ("Twelve people were treated for injuries.", {("injured", 12, "exact", "people")}),
    ("Three servicemen were martyred.", {("killed", 3, "exact", "soldiers")}),
    (
        "Troops killed 82 people and fatally wounded 20.",
        {("killed", 82, "exact", "people"), ("killed", 20, "exact", "people")},
    ),
    ("One civilian died in the explosion.", {("killed", 1, "exact", "civilians")}),
    # "victims" beside the injured are not all dead
    ("Of the 266 victims, 147 were hurt in the blast.", {("injured", 147, "exact", "people")}),
    ("Some 1.275 residents were taken hostage.", {("captured", 1275, "approx", "residents")}),
    (
        "Over 250,000 Azerbaijanis were expelled from Armenia.",
        {("displaced", 250_000, "at_least", "Azerbaijanis")},
    ),
    # nouns that are themselves tallies
    ("The storm left at least 22 dead and scores injured.", {("killed", 22, "at_least", "people")}),
    ("There have been 19 fatalities so far.", {("killed", 19, "exact", "people")}),
    ("Rescuers recovered 17 bodies from the rubble.", {("killed", 17, "exact", "people")}),
    ("Rebels are holding 45 hostages.", {("captured", 45, "exact", "hostages")}),
    (
        "Five killed, 12 injured in bus crash.",
        {("killed", 5, "exact", "people"), ("injured", 12, "exact", "people")},
    ),
    ("We mourn the 80 victims of the attack.", {("killed", 80, "exact", "people")}),
    # fixed frames: tolls, fate, lives, event nouns
    ("The death toll from the earthquake rose to 1,200 on Monday.", {("killed", 1200, "exact", "people")}),
    ("Officials put the death toll at nearly 300.", {("killed", 300, "approx", "people")}),
    ("The toll climbed past 5,000 overnight.", {("killed", 5000, "at_least", "people")}),
    ("The number of injured reached 200.", {("injured", 200, "exact", "people")}),
    ("The number of people who died rose to 47.", {("killed", 47, "exact", "people")}),
    ("Fatalities rose to 20 on Monday.", {("killed", 20, "exact", "people")}),
    ("The fate of 150 people remains unknown.", {("missing", 150, "exact", "people")}),
    ("The massacre claimed the lives of 56 villagers.", {("killed", 56, "exact", "villagers")}),
    ("Police investigated the abduction of 40 pupils.", {("captured", 40, "exact", "pupils")}),
    ("The bodies of 3 sailors were recovered.", {("killed", 3, "exact", "sailors")}),
    # subgroups take the category of their total
    (
        "The shelling killed 40 people, including 9 children, 12 women and 5 elderly persons.",
        {
            ("killed", 40, "exact", "people"),
            ("killed", 9, "exact", "children"),
            ("killed", 12, "exact", "women"),
            ("killed", 5, "exact", "elderly"),
        },
    ),
    (
        "Some 500 people, including 60 children and 40 old people, were killed in the raid.",
        {
            ("killed", 500, "approx", "people"),
            ("killed", 60, "exact", "children"),
            ("killed", 40, "exact", "elderly"),
        },
    ),
    (
        "The blast killed two people and wounded 18, including four children.",
        {
            ("killed", 2, "exact", "people"),
            ("injured", 18, "exact", "people"),
            ("injured", 4, "exact", "children"),
        },
    ),
    (
        "The quake injured 672, including 205 seriously.",
        {("injured", 672, "exact", "people"), ("injured", 205, "exact", "people")},
    ),
    (
        "Two sailors and one of their officers were hurt.",
        {("injured", 2, "exact", "sailors"), ("injured", 1, "exact", "officers")},
    ),
    ("Two of its pilots were killed.", {("killed", 2, "exact", "pilots")}),
    (
        "The blast killed 3 people, 2 of them children.",
        {("killed", 3, "exact", "people"), ("killed", 2, "exact", "children")},
    ),
    (
        "At least 12 people, among them 3 children, were killed.",
        {("killed", 12, "at_least", "people"), ("killed", 3, "exact", "children")},
    ),
    (
        "Two Indian soldiers and three militants were killed in a gunfight.",
        {("killed", 2, "exact", "soldiers"), ("killed", 3, "exact", "militants")},
    ),
    ("The dead included 3 children.", {("killed", 3, "exact", "children")}),
    # elliptical lists and bare numbers
    (
        "The storm caused 30 deaths in Lagos, 12 in Ibadan and 3 in Abuja.",
        {
            ("killed", 30, "exact", "people"),
            ("killed", 12, "exact", "people"),
            ("killed", 3, "exact", "people"),
        },
    ),
    (
        "Some 40 people were killed, 90 were wounded and 12 went missing.",
        {
            ("killed", 40, "approx", "people"),
            ("injured", 90, "exact", "people"),
            ("missing", 12, "exact", "people"),
        },
    ),
    (
        "Forty children lost one parent, while 10 lost both parents.",
        {("orphaned", 40, "exact", "children"), ("orphaned", 10, "exact", "children")},
    ),
    ("Eight families were completely destroyed.", {("killed", 8, "exact", "families")}),
    ("In 2008, 20 people were killed.", {("killed", 20, "exact", "people")}),
    # things worth counting
    (
        "The wildfire has burned 150 homes and at least 2,500 homes remained threatened.",
        {("other", 150, "exact", "homes"), ("other", 2500, "at_least", "homes")},
    ),
    ("Survivors were evacuated from two flood-hit villages.", {("affected", 2, "exact", "villages")}),
    (
        "The parliaments of more than 20 countries have recognized it.",
        {("other", 20, "at_least", "countries")},
    ),
    ("Over 10,000 people were affected by the floods.", {("affected", 10000, "at_least", "people")}),
    # qualifiers
    ("As many as 60 people were killed.", {("killed", 60, "exact", "people")}),
    ("Up to 70 people were arrested.", {("arrested", 70, "at_most", "people")}),
    ("Fewer than 10 people were injured.", {("injured", 10, "at_most", "people")}),
    ("An estimated 2,000 people were displaced.", {("displaced", 2000, "approx", "people")}),
    ("More than a dozen civilians were wounded.", {("injured", 12, "at_least", "civilians")}),
    ("Almost 4 lakh people were evacuated.", {("evacuated", 400_000, "approx", "people")}),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:48] for c in CASES])
def test_counts(nlp, text, want):
    assert counts(nlp, text) == want


NOT_COUNTS = [
    "The company said it would hire 500 engineers and open 12 new offices by 2025.",
    "Shares rose 4.5 percent to $120.50 after a 20% jump in profit.",
    "More than 5,000 runners took part in the marathon on Sunday.",
    "He scored 25 points and grabbed 10 rebounds as the home side won 110-98.",
    "Djokovic beat his rival 6-3, 7-6 to win his 24th Grand Slam title.",
    "The 34-year-old striker has scored 12 goals in 20 matches.",
    "The two countries signed 12 agreements during the visit.",
    "The stadium holds 60,000 spectators and the town has 7,000 inhabitants.",
    "About 1,100 firefighters battled the flames across 35,711 acres.",
    "The plane, carrying 180 passengers, landed safely.",
    "Hundreds were wounded and dozens remain missing.",
    "No one was killed in the blast.",
    "Nobody said that 5 people were not killed.",
    "Everett Evans, 45, fled on Thursday.",
    "Azerbaijan won 18 medals, and nine of these medals came in wrestling.",
    "The exhibition displayed 20 works by young artists.",
    "Russian forces captured two villages in the region.",
    "The decision killed 2,000 jobs at the plant.",
    "The reform killed two birds with one stone.",
    "The 44-day war ended on November 10, 2020, after 34 years of occupation.",
    "Emirates agreed to buy 20 of the aircraft and 40 Dreamliners.",
    "Dubai airport handled 88.2 million travellers in 2017.",
    # mixed groups have no single category
    "About 180 people have been killed or injured by mines.",
    "Mines have killed or injured 20 civilians.",
    # leaving that is no displacement, and effects on no one
    "Russia expelled 20 diplomats and two suspects fled the scene.",
    "The new rules will affect 3,000 businesses.",
]


@pytest.mark.parametrize("text", NOT_COUNTS, ids=[t[:48] for t in NOT_COUNTS])
def test_not_counts(nlp, text):
    assert counts(nlp, text) == set()


def test_span_covers_qualifier_number_and_noun(nlp):
    text = "Officials said at least 22 people were killed on Friday."
    (c,) = extract_counts(nlp(text))
    assert text[c.char_start : c.char_end] == "at least 22 people"


def test_bare_number_span(nlp):
    text = "The quake killed 5 people and injured 672."
    got = [text[c.char_start : c.char_end] for c in extract_counts(nlp(text))]
    assert got == ["5 people", "672"]


def test_counts_come_in_text_order_with_valid_labels(nlp):
    text = (
        "Some 137 people were killed, 611 were wounded, 841 were illegally arrested, and five went missing. "
        "Later, 300 residents were evacuated and 2 children were orphaned."
    )
    got = extract_counts(nlp(text))
    assert [c.value for c in got] == [137, 611, 841, 5, 300, 2]
    assert [c.category for c in got] == ["killed", "injured", "arrested", "missing", "evacuated", "orphaned"]
    assert all(c.category in COUNT_CATEGORIES and c.qualifier in QUALIFIERS for c in got)
    assert all(0 <= c.char_start < c.char_end <= len(text) for c in got)


def test_each_mention_is_its_own_row(nlp):
    text = "The attack killed 5 people. Police later confirmed that 5 people were killed."
    assert [c.value for c in extract_counts(nlp(text))] == [5, 5]


def test_empty_doc(nlp):
    assert extract_counts(nlp("")) == []


# Wire-news phrasings from many outlets (AP, Reuters, AFP, Xinhua, PTI, Anadolu, Azerbaijani agencies,
# local papers): headlines-like openings, tallies, ranges, partitives and hospital formulas.
WIRE_CASES = [
    ("The blast claimed 15 lives, according to local police.", {("killed", 15, "exact", "people")}),
    (
        "Floods have claimed at least 60 lives across the province since June.",
        {("killed", 60, "at_least", "people")},
    ),
    ("Of the dead, 12 were children, hospital officials said.", {("killed", 12, "exact", "children")}),
    ("Authorities said 23 of the dead were children.", {("killed", 23, "exact", "children")}),
    (
        "Six more bodies were recovered on Tuesday, bringing the total to 54.",
        {("killed", 6, "exact", "people"), ("killed", 54, "exact", "people")},
    ),
    (
        "A further three bodies were found, taking the death toll to 25.",
        {("killed", 3, "exact", "people"), ("killed", 25, "exact", "people")},
    ),
    ("Officials raised the toll to 18 on Thursday.", {("killed", 18, "exact", "people")}),
    ("Quake death toll tops 5,000 as rescuers race against time.", {("killed", 5000, "exact", "people")}),
    ("Police put the number of injured at 35.", {("injured", 35, "exact", "people")}),
    (
        "The collision left 7 dead and 12 wounded, the ministry said.",
        {("killed", 7, "exact", "people"), ("injured", 12, "exact", "people")},
    ),
    (
        "Three people were confirmed killed and 9 hurt.",
        {("killed", 3, "exact", "people"), ("injured", 9, "exact", "people")},
    ),
    # ranges: one count, the lower bound the text vouches for
    ("Between 30 and 40 people were killed in the raid.", {("killed", 30, "at_least", "people")}),
    ("Between 20 and 25 soldiers were wounded in the ambush.", {("injured", 20, "at_least", "soldiers")}),
    ("Police said 30 to 40 people were killed.", {("killed", 30, "at_least", "people")}),
    ("30+ people were injured, the hospital said.", {("injured", 30, "at_least", "people")}),
    ("Some 1.2 mln people were affected by the floods.", {("affected", 1_200_000, "approx", "people")}),
    ("Nearly half a million people have been displaced.", {("displaced", 500_000, "approx", "people")}),
    (
        "Some 2.3 million people have been affected by the drought, the UN said.",
        {("affected", 2_300_000, "approx", "people")},
    ),
    ("A further 12 people were injured on Sunday.", {("injured", 12, "exact", "people")}),
    ("Another three soldiers were killed in a separate attack.", {("killed", 3, "exact", "soldiers")}),
    ("The dead included three police officers.", {("killed", 3, "exact", "police officers")}),
    ("Among the injured were 12 police officers.", {("injured", 12, "exact", "police officers")}),
    ("At least 1,200 homes were destroyed by the cyclone.", {("other", 1200, "at_least", "homes")}),
    ("The fire gutted 40 shops at the market.", {("other", 40, "exact", "shops")}),
    (
        "Five people died after drinking toxic liquor, while 17 others were admitted to hospital.",
        {("killed", 5, "exact", "people"), ("injured", 17, "exact", "people")},
    ),
    ("The hospital treated 64 people for smoke inhalation.", {("injured", 64, "exact", "people")}),
    ("Some 60,000 people were left without shelter.", {("displaced", 60_000, "approx", "people")}),
    ("Twenty-five children lost both parents in the disaster.", {("orphaned", 25, "exact", "children")}),
    (
        "Fire at Dhaka warehouse kills 9, injures 15.",
        {("killed", 9, "exact", "people"), ("injured", 15, "exact", "people")},
    ),
    ("20 dead as bus plunges into gorge in Himachal.", {("killed", 20, "exact", "people")}),
    (
        "The death toll from a landslide in Yunnan Province has risen to 44, with 3 others still missing.",
        {("killed", 44, "exact", "people"), ("missing", 3, "exact", "people")},
    ),
    (
        "Five persons were killed and 12 others injured when a bus fell into a gorge, police said.",
        {("killed", 5, "exact", "people"), ("injured", 12, "exact", "people")},
    ),
    (
        "Israeli strikes killed at least 27 Palestinians, including nine children, officials said.",
        {("killed", 27, "at_least", "Palestinians"), ("killed", 9, "exact", "children")},
    ),
    (
        "The attack injured 43, 6 of them seriously.",
        {("injured", 43, "exact", "people"), ("injured", 6, "exact", "people")},
    ),
    (
        "Eight people were injured, two of them critically.",
        {("injured", 8, "exact", "people"), ("injured", 2, "exact", "people")},
    ),
    (
        "The floods washed away 15 bridges and 300 homes.",
        {("other", 15, "exact", "bridges"), ("other", 300, "exact", "homes")},
    ),
    (
        "Over 2 lakh people have been affected by the floods in 17 districts.",
        {("affected", 200_000, "at_least", "people"), ("affected", 17, "exact", "districts")},
    ),
]


@pytest.mark.parametrize(("text", "want"), WIRE_CASES, ids=[c[0][:48] for c in WIRE_CASES])
def test_wire_counts(nlp, text, want):
    assert counts(nlp, text) == want


WIRE_NOT_COUNTS = [
    "The attack caused 30 casualties, the army said.",  # killed and injured together: no one category
    "More than 100 people have been killed or injured in the violence.",
    "The fighting has displaced tens of thousands of people.",
    "Hundreds of people were injured in the clashes.",
    "Dozens of people were arrested and scores of others were injured.",
    "No one was killed in the blast, police said.",
    "There were no casualties, the fire department said.",
    "Up to 40 people may have been trapped in the building.",
    "The train was carrying more than 500 passengers when it derailed.",
    "More than 2,000 runners took part in the race.",
    "Nearly 10,000 troops were deployed to the region.",
    "The state lost 2 bn dollars in revenue.",
    "Twenty-seven passengers survived the crash.",
    "More than 20,000 runners from 60 countries are expected to take part.",
    "The company operates in 40 countries and employs some 10,000 workers.",
]


@pytest.mark.parametrize("text", WIRE_NOT_COUNTS, ids=[t[:48] for t in WIRE_NOT_COUNTS])
def test_wire_not_counts(nlp, text):
    assert counts(nlp, text) == set()


def test_range_is_one_row_spanning_both_bounds(nlp):
    text = "Between 30 and 40 people were killed in the raid."
    (c,) = extract_counts(nlp(text))
    assert text[c.char_start : c.char_end] == "30 and 40 people"


def test_tally_change_is_not_a_range(nlp):
    text = "The number of people killed rose from 148 to 154."
    assert {(c.value, c.qualifier) for c in extract_counts(nlp(text))} == {(148, "exact"), (154, "exact")}


# Constructions of casualty reporting beyond the first rules: number words, treatment and burial,
# flooded places, elided nouns, status nouns under a killing verb, fronted partitives.
MORE_CASES = [
    (
        "A dozen pupils and four teachers were killed in the fire.",
        {("killed", 12, "exact", "pupils"), ("killed", 4, "exact", "teachers")},
    ),
    # the tagger reads "more than 2 million" as MONEY: with no currency it is a head count
    (
        "The conflict has forced more than 2 million from their homes.",
        {("displaced", 2_000_000, "at_least", "people")},
    ),
    (
        "The ministry sent 5 million manat to 2,000 displaced families.",
        {("displaced", 2000, "exact", "families")},
    ),
    (
        "The death toll climbed to 58, up from 31 on Friday.",
        {("killed", 58, "exact", "people"), ("killed", 31, "exact", "people")},
    ),
    ("The number of victims rose to 27.", {("killed", 27, "exact", "people")}),
    ("Nearly 150 villages remained under water on Monday.", {("affected", 150, "approx", "villages")}),
    (
        "About 60 villages were submerged and 25 were cut off.",
        {("affected", 60, "approx", "villages"), ("affected", 25, "exact", "villages")},
    ),
    ("Forty people were treated at hospitals after the blast.", {("injured", 40, "exact", "people")}),
    ("Nine climbers were treated for frostbite and hypothermia.", {("injured", 9, "exact", "climbers")}),
    ("Twenty people were rushed to hospital.", {("injured", 20, "exact", "people")}),
    ("Fourteen people suffered burns and fractures.", {("injured", 14, "exact", "people")}),
    ("Villagers said they had buried 14 people since the raid.", {("killed", 14, "exact", "people")}),
    ("Eleven soldiers were buried in their home towns on Friday.", {("killed", 11, "exact", "soldiers")}),
    # a number whose noun is left out takes the noun of the count it parallels
    (
        "The gas blast killed five miners and left three injured.",
        {("killed", 5, "exact", "miners"), ("injured", 3, "exact", "miners")},
    ),
    (
        "The collision killed two drivers and injured 9.",
        {("killed", 2, "exact", "drivers"), ("injured", 9, "exact", "drivers")},
    ),
    (
        "A mortar attack killed 4 soldiers. Another 6 were wounded.",
        {("killed", 4, "exact", "soldiers"), ("injured", 6, "exact", "soldiers")},
    ),
    # ... but not when a partitive names its group
    (
        "Three guards went missing and of the injured, two were in serious condition.",
        {("missing", 3, "exact", "guards"), ("injured", 2, "exact", "people")},
    ),
    (
        "At least 9 people were injured, three seriously.",
        {("injured", 9, "at_least", "people"), ("injured", 3, "exact", "people")},
    ),
    (
        "Flooding destroyed 400 homes and damaged 1,500 more.",
        {("other", 400, "exact", "homes"), ("other", 1500, "exact", "homes")},
    ),
    (
        "The storm damaged 3,000 buildings, 200 of which collapsed.",
        {("other", 3000, "exact", "buildings"), ("other", 200, "exact", "buildings")},
    ),
    ("The fighters executed 8 hostages.", {("killed", 8, "exact", "hostages")}),
    ("Four Afghan soldiers were wounded.", {("injured", 4, "exact", "soldiers")}),
    ("Police said 5 men were beaten and detained.", {("arrested", 5, "exact", "men")}),
    ("She was one of 14 passengers killed in the crash.", {("killed", 14, "exact", "passengers")}),
    ("The flood, one of the worst in decades, killed 40 people.", {("killed", 40, "exact", "people")}),
    ("Six people are being held on suspicion of arson.", {("arrested", 6, "exact", "people")}),
    ("Some 900 residents were moved to evacuation centres.", {("evacuated", 900, "approx", "residents")}),
    ("Some 4,000 villagers sought refuge across the border.", {("displaced", 4000, "approx", "villagers")}),
    (
        "More than 6,000 people were forced out of their homes.",
        {("displaced", 6000, "at_least", "people")},
    ),
    ("Bailiffs evicted 120 families from the estate.", {("displaced", 120, "exact", "families")}),
    ("Upwards of 700 homes were destroyed.", {("other", 700, "at_least", "homes")}),
    ("Roughly 25 migrants are feared drowned.", {("killed", 25, "approx", "migrants")}),
    ("Two and a half million people have been displaced.", {("displaced", 2_500_000, "exact", "people")}),
    ("The toll rose by 7 to 61.", {("killed", 61, "exact", "people")}),
    (
        "4 dead, 9 missing as storm lashes coast",
        {("killed", 4, "exact", "people"), ("missing", 9, "exact", "people")},
    ),
    ("Those killed included three nurses and a driver.", {("killed", 3, "exact", "nurses")}),
    ("The epidemic left 450 children without parents.", {("orphaned", 450, "exact", "children")}),
    ("Some 800 families lost their homes in the blaze.", {("displaced", 800, "approx", "families")}),
    ("Two linemen were electrocuted on Monday.", {("killed", 2, "exact", "linemen")}),
    ("Six worshippers were crushed to death at the gate.", {("killed", 6, "exact", "worshippers")}),
    ("Villagers beat 2 thieves to death.", {("killed", 2, "exact", "thieves")}),
    ("Forty internally displaced persons returned home.", {("displaced", 40, "exact", "people")}),
    ("Pirates held 18 sailors hostage for a month.", {("captured", 18, "exact", "sailors")}),
    ("The crash left 7 passengers with broken bones and burns.", {("injured", 7, "exact", "passengers")}),
    ("Three children remain in intensive care.", {("injured", 3, "exact", "children")}),
    ("The cyclone hit more than 3 million people.", {("affected", 3_000_000, "at_least", "people")}),
    ("Some 90,000 people were hit by the floods.", {("affected", 90_000, "approx", "people")}),
    ("About 2,000 villagers were marooned by the rising river.", {("affected", 2000, "approx", "villagers")}),
    ("Police detained 250-plus fans after the match.", {("arrested", 250, "at_least", "fans")}),
    ("The battalion lost 14 soldiers near the river.", {("killed", 14, "exact", "soldiers")}),
    ("The village lost 22 residents in the floods.", {("killed", 22, "exact", "residents")}),
    (
        "Compensation of Rs 5 lakh each will go to the kin of the 9 deceased.",
        {("killed", 9, "exact", "people")},
    ),
    (
        "A gas leak killed 6 workers. 14 more were hurt.",
        {("killed", 6, "exact", "workers"), ("injured", 14, "exact", "workers")},
    ),
]


@pytest.mark.parametrize(("text", "want"), MORE_CASES, ids=[c[0][:48] for c in MORE_CASES])
def test_more_counts(nlp, text, want):
    assert counts(nlp, text) == want


MORE_NOT_COUNTS = [
    "Up to 200 people may have died in the fire.",  # a guess, not a stated count
    "The disease has killed about 900 cattle and 300 sheep.",
    "The disaster was one of the deadliest in the country's history.",
    "Forty patients were treated for malaria at the clinic.",  # illness, not injury
    "The mudslide buried 20 people in the village.",  # trapped, maybe alive
    "Rescuers searched for 12 miners buried under the rubble.",
    "Sales rose to 500 units, up from 320 a year earlier.",
    "The firm raised more than 10 million in new funding.",
    "The injured driver, 34, was questioned by police.",  # an age
    "Two suspects were driven from the courthouse to the jail.",
    "The court sentenced 4 men to death for the murders.",
    "The staff were bored to death by 3 long speeches.",
    "Nine people were treated in the care home's garden.",
    "A delivery van hit 3 pedestrians at the crossing.",  # a vehicle hits people: no disaster struck
    "Some 40 medical staff remained at the hospital overnight.",  # staff stay at a hospital, patients in it
    "The bakery lost 12 workers to a rival chain.",
]


@pytest.mark.parametrize("text", MORE_NOT_COUNTS, ids=[t[:48] for t in MORE_NOT_COUNTS])
def test_more_not_counts(nlp, text):
    assert counts(nlp, text) == set()


# Subgroups named after a pronoun or a tally word, grave conditions, care, disease cases, dwellings.
GROUP_CASES = [
    (
        "The toll from the blast rose to 9 overnight, among them two firefighters.",
        {("killed", 9, "exact", "people"), ("killed", 2, "exact", "firefighters")},
    ),
    (
        "The mine explosion killed 14 workers, among them three engineers, and injured 60.",
        {
            ("killed", 14, "exact", "workers"),
            ("killed", 3, "exact", "engineers"),
            ("injured", 60, "exact", "workers"),
        },
    ),
    (
        "A dozen of the wounded, including four women, were flown to the capital.",
        {("injured", 12, "exact", "people"), ("injured", 4, "exact", "women")},
    ),
    ("Seven of the missing were later found alive.", {("missing", 7, "exact", "people")}),
    ("Doctors said the condition of four was said to be critical.", {("injured", 4, "exact", "people")}),
    (
        "Thirty people were hurt and the condition of five is critical.",
        {("injured", 30, "exact", "people"), ("injured", 5, "exact", "people")},
    ),
    (
        "Rescuers freed 30 people, 11 of whom were receiving treatment in a field clinic.",
        {("injured", 11, "exact", "people")},
    ),
    ("Six of the victims were teenagers.", {("killed", 6, "exact", "teenagers")}),
    ("Rebels seized 19 aid workers near the border.", {("captured", 19, "exact", "aid workers")}),
    ("Police seized 8 smugglers and 40 rifles.", {("arrested", 8, "exact", "smugglers")}),
    (
        "Health officials confirmed 410 new cholera cases on Tuesday.",
        {("affected", 410, "exact", "cases")},
    ),
    (
        # the provinces an outbreak reached are hit, like the districts that hold its cases (heldout 600-615)
        "Measles has spread to four provinces. The number of cases passed 2,300 this week.",
        {("affected", 4, "exact", "provinces"), ("affected", 2300, "at_least", "cases")},
    ),
    ("Some 600 housing units were destroyed.", {("other", 600, "approx", "housing units")}),
    (
        "The 2011 tsunami, which killed more than 18,000 people, wrecked the coast.",
        {("killed", 18_000, "at_least", "people")},
    ),
]


@pytest.mark.parametrize(("text", "want"), GROUP_CASES, ids=[c[0][:48] for c in GROUP_CASES])
def test_group_counts(nlp, text, want):
    assert counts(nlp, text) == want


GROUP_NOT_COUNTS = [
    "The 2015 floods are still remembered in the valley.",  # a year naming an event
    "The 1985 earthquake destroyed the old town.",
    "Three armed men who killed a guard were caught on camera.",  # the killers, not the victims
    "Schools shut in the capital and the port, the two worst-hit cities.",  # already known, not counted
    "Some 300 people are receiving treatment for dengue.",  # an illness, and no disease cases named
    "The court heard 35 cases of fraud during the cholera epidemic.",  # legal cases
    "The developer plans 800 residential units near the river.",  # homes to be built, not harmed
    "The militia abducted 80 pupils; 20 of them have since escaped.",  # the 20 escaped: only the 80 count
    "None of the 35 passengers was hurt.",  # nothing happened to them
    "The gale uprooted 300 trees and felled 40 power poles.",  # trees are not displaced people
]


@pytest.mark.parametrize("text", GROUP_NOT_COUNTS, ids=[t[:48] for t in GROUP_NOT_COUNTS])
def test_group_not_counts(nlp, text):
    assert counts(nlp, text) <= {("captured", 80, "exact", "pupils")}


def test_part_of_a_counted_group_is_no_count_of_its_own(nlp):
    # the 40 victims are a count; being identified says nothing of casualties
    assert counts(nlp, "Doctors identified 12 of the 40 victims.") == {("killed", 40, "exact", "people")}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a partitive relative is about its part, not about the whole
        ("The van was carrying 18 workers, 5 of whom died.", {("killed", 5, "exact", "people")}),
        ("The outbreak has infected 4,500 people.", {("affected", 4500, "exact", "people")}),
        # rough numbers
        ("Troops detained 60-odd villagers.", {("arrested", 60, "approx", "villagers")}),
        ("The storm injured 20 or so tourists.", {("injured", 20, "approx", "tourists")}),
        ("Police made 45 arrests after the derby.", {("arrested", 45, "exact", "people")}),
        ("The fire forced 8,000 residents to evacuate.", {("evacuated", 8000, "exact", "residents")}),
        ("The shelling wounded 15-20 civilians.", {("injured", 15, "at_least", "civilians")}),
        # a count followed by a verb of its own is no member of the list before it
        ("Six fishermen drowned and 30 were rescued by the navy.", {("killed", 6, "exact", "fishermen")}),
    ],
)
def test_relatives_and_infection(nlp, text, want):
    assert counts(nlp, text) == want


# Breakdowns of a counted group, tallies of a named group, places hit, a count of one, trapped people.
PART_AND_PLACE_CASES = [
    (
        "Officers detained 30 people: 11 Kenyans, 12 from Uganda and seven from Tanzania.",
        {
            ("arrested", 30, "exact", "people"),
            ("arrested", 11, "exact", "Kenyans"),
            ("arrested", 12, "exact", "people"),
            ("arrested", 7, "exact", "people"),
        },
    ),
    (
        "Police arrested 25 people, including 9 foreigners, at a casino. "
        "An officer said the suspects comprised 16 Malaysians, six from Vietnam and three from Laos.",
        {
            ("arrested", 25, "exact", "people"),
            ("arrested", 9, "exact", "foreigners"),
            ("arrested", 16, "exact", "Malaysians"),
            ("arrested", 6, "exact", "people"),
            ("arrested", 3, "exact", "people"),
        },
    ),
    (
        "Border guards detained 14 migrants, including 8 Afghans. Officials said four of the Afghans "
        "had entered the country twice before.",
        {
            ("arrested", 14, "exact", "migrants"),
            ("arrested", 8, "exact", "Afghans"),
            ("arrested", 4, "exact", "Afghans"),
        },
    ),
    (
        "Medics found the three missing hikers, the park said, bringing the number of injured to five.",
        {("missing", 3, "exact", "hikers"), ("injured", 5, "exact", "people")},
    ),
    ("State media put the number of dead at seven.", {("killed", 7, "exact", "people")}),
    ("Doctors put the number of those wounded at 48.", {("injured", 48, "exact", "people")}),
    (
        "The toll from the gas leak rose to 11, with 30 people in hospital, nine of them in intensive care, "
        "officials said.",
        {
            ("killed", 11, "exact", "people"),
            ("injured", 30, "exact", "people"),
            ("injured", 9, "exact", "people"),
        },
    ),
    ("The mayor said that one firefighter had been badly burned.", {("injured", 1, "exact", "firefighters")}),
    ("Five villagers were burned alive.", {("killed", 5, "exact", "villagers")}),
    (
        "The chief said that one firefighter had been slightly injured.",
        {("injured", 1, "exact", "firefighters")},
    ),
    ("Forty hamlets were flattened by the storm.", {("affected", 40, "exact", "hamlets")}),
    ("Militias torched 12 villages in the valley.", {("affected", 12, "exact", "villages")}),
    (
        "The cyclone has affected 900,000 people in 11 districts.",
        {("affected", 900_000, "exact", "people"), ("affected", 11, "exact", "districts")},
    ),
    (
        "About 50,000 people across 60 municipalities were hit by the floods.",
        {("affected", 50_000, "approx", "people"), ("affected", 60, "exact", "municipalities")},
    ),
    (
        "Some 4 million people have been affected by the drought in 23 counties.",
        {("affected", 4_000_000, "approx", "people"), ("affected", 23, "exact", "counties")},
    ),
    (
        "Up to 30 people may still be trapped under the collapsed hotel's rubble.",
        {("missing", 30, "at_most", "people")},
    ),
    ("Eight miners remain trapped underground.", {("missing", 8, "exact", "miners")}),
    ("Eleven of those killed were children.", {("killed", 11, "exact", "children")}),
    ("Rebels are holding 12 hostages.", {("captured", 12, "exact", "hostages")}),
    # the parts of a group a tally word names, listed after a verb of composition
    (
        "The dead comprised 14 soldiers and 9 civilians.",
        {("killed", 14, "exact", "soldiers"), ("killed", 9, "exact", "civilians")},
    ),
    (
        "The detainees consisted of 21 students and 5 lecturers.",
        {("arrested", 21, "exact", "students"), ("arrested", 5, "exact", "lecturers")},
    ),
    # the cities where arrests were made are not hit
    ("Police arrested 40 people in three cities.", {("arrested", 40, "exact", "people")}),
]


@pytest.mark.parametrize(
    ("text", "want"), PART_AND_PLACE_CASES, ids=[c[0][:48] for c in PART_AND_PLACE_CASES]
)
def test_parts_tallies_and_places(nlp, text, want):
    assert counts(nlp, text) == want


PART_AND_PLACE_NOT_COUNTS = [
    "Two men, ages 20 and 23, were charged with fraud.",  # ages, not people
    "Police questioned three women, aged 30, 34 and 41, over the theft.",
    "A prosecutor opened a case over negligence resulting in the death of two or more persons.",  # offence wording
    "He faces charges of causing the death of more than one person.",
    "The company employs 2,000 people in 14 districts.",
    "The festival will show 90 films from 31 countries.",  # origin of a cultural quantity
    "Some 3,000 civilians are trapped in the besieged town.",  # trapped by a siege is no missing person
    "The storm could kill dozens.",  # a prediction
    "Turkey has 81 provinces and 973 districts.",
    "The rebels control 12 towns in the north.",  # territory
    "Rioters burned 40 tyres on the highway.",  # burning things hurts no one
    "The delegation comprised 12 ministers and 30 business leaders.",  # parts of no counted group
    "The rescue team consisted of 40 firefighters and 6 doctors.",
    "A bus carrying 40 passengers crashed. Two of the passengers survived unhurt.",
]


@pytest.mark.parametrize("text", PART_AND_PLACE_NOT_COUNTS, ids=[t[:48] for t in PART_AND_PLACE_NOT_COUNTS])
def test_parts_tallies_and_places_not_counts(nlp, text):
    assert counts(nlp, text) == set()


def test_origin_of_a_group_is_no_count(nlp):
    # "one family" says where the six came from
    assert counts(nlp, "Six people from one family were killed.") == {("killed", 6, "exact", "people")}
    assert counts(nlp, "Seven members of two households drowned.") == {("killed", 7, "exact", "members")}


def test_ages_do_not_make_the_group_elderly(nlp):
    assert counts(nlp, "Police arrested three men, aged 20, 23 and 31.") == {("arrested", 3, "exact", "men")}


# round 4: shelters, records, revised tolls, fronted groups, gapped lists and more
ROUND4_CASES = [
    # staying in a relief camp or an evacuation centre is displacement; being moved there is evacuation
    ("About 2,700 people were staying in relief camps on Friday.", {("displaced", 2700, "approx", "people")}),
    (
        "Nearly 900 villagers spent the night at evacuation centres.",
        {("displaced", 900, "approx", "villagers")},
    ),
    (
        "The number of flood evacuees at temporary shelters dropped to 8,412 on Tuesday from 9,930 a day "
        "earlier.",
        {("displaced", 8412, "exact", "evacuees"), ("displaced", 9930, "exact", "evacuees")},
    ),
    ("Rescuers moved 600 residents to evacuation centres.", {("evacuated", 600, "exact", "residents")}),
    # records and legal states
    ("At least 14 people were listed as missing.", {("missing", 14, "at_least", "people")}),
    ("Six suspects were placed under house arrest.", {("arrested", 6, "exact", "suspects")}),
    # maiming, forced removal, named hospitals, burial
    ("Two villagers lost a leg in the blast.", {("injured", 2, "exact", "villagers")}),
    (
        "Some 40,000 civilians were forcibly bused out of the city.",
        {("displaced", 40_000, "approx", "civilians")},
    ),
    ("Three passengers were taken to Leeds General Infirmary.", {("injured", 3, "exact", "passengers")}),
    ("Among those interred on Sunday were three young girls.", {("killed", 3, "exact", "girls")}),
    # attackers "neutralised" by troops are dead
    ("Troops neutralised 25 terrorists in the raid.", {("killed", 25, "exact", "terrorists")}),
    # houses toppled, the elided "another N", villages under other names, blocks as buildings
    (
        "The tremor toppled more than 3,000 homes and damaged another 9,500.",
        {("other", 3000, "at_least", "homes"), ("other", 9500, "exact", "homes")},
    ),
    (
        "The storm affected 40,000 people in 210 barangays.",
        {("affected", 40_000, "exact", "people"), ("affected", 210, "exact", "barangays")},
    ),
    (
        "Firefighters evacuated 120 residents from the tower and three nearby blocks.",
        {("evacuated", 120, "exact", "residents")},
    ),
    # a fronted "Of the ..." names the group of the number after it
    (
        "Of the 40 injured, six are said to be critical.",
        {("injured", 40, "exact", "people"), ("injured", 6, "exact", "people")},
    ),
    ("Of the wounded, 15 with burns were flown to the capital.", {("injured", 15, "exact", "people")}),
    # gapped lists: the verb is said once
    (
        "Eleven bodies were found in Kandy, seven in Matale and two in Badulla.",
        {
            ("killed", 11, "exact", "people"),
            ("killed", 7, "exact", "people"),
            ("killed", 2, "exact", "people"),
        },
    ),
    # more of the bodies just counted
    (
        "Divers recovered 12 bodies from the wreck, while three more were pulled from the lake.",
        {("killed", 12, "exact", "people"), ("killed", 3, "exact", "people")},
    ),
    # subgroups and the counts after them
    (
        "A total of 140 people were hurt, 12 of them seriously, and three remain missing.",
        {
            ("injured", 140, "exact", "people"),
            ("injured", 12, "exact", "people"),
            ("missing", 3, "exact", "people"),
        },
    ),
    (
        "Fifteen people were still listed as missing, six of them in Ratnapura.",
        {("missing", 15, "exact", "people"), ("missing", 6, "exact", "people")},
    ),
    # remains not yet found are of the missing
    ("The remains of about 300 victims have yet to be found.", {("missing", 300, "approx", "people")}),
    # a revised toll
    ("Officials revised the death toll down to 17.", {("killed", 17, "exact", "people")}),
    # states that act beside countries
    (
        "The legislatures of 12 countries, as well as more than 30 US states, have recognized the massacre.",
        {("other", 12, "exact", "countries"), ("other", 30, "at_least", "states")},
    ),
]


@pytest.mark.parametrize(("text", "want"), ROUND4_CASES, ids=[c[0][:48] for c in ROUND4_CASES])
def test_round4_counts(nlp, text, want):
    assert counts(nlp, text) == want


ROUND4_MORE_CASES = [
    # the parser's verb "unaccounted"
    (
        "The landslide left four people dead and two others unaccounted for, officials said.",
        {("killed", 4, "exact", "people"), ("missing", 2, "exact", "people")},
    ),
    # a number said of people with "be" is their age
    (
        "Among those buried were two girls, who were 9 and 11 when they died.",
        {("killed", 2, "exact", "girls")},
    ),
    # taken to hospital by some means
    ("Five others were taken by ambulance to St Mary's Hospital.", {("injured", 5, "exact", "people")}),
    (
        "Of the injured, three are critical, while the remaining 8 sustained moderate to minor injuries.",
        {("injured", 3, "exact", "people"), ("injured", 8, "exact", "people")},
    ),
    # carried off by force: by gunmen abducted, by police arrested
    ("Gunmen whisked away 9 pupils from the school.", {("captured", 9, "exact", "pupils")}),
    ("Police whisked away 4 protesters.", {("arrested", 4, "exact", "protesters")}),
]


@pytest.mark.parametrize(("text", "want"), ROUND4_MORE_CASES, ids=[c[0][:48] for c in ROUND4_MORE_CASES])
def test_round4_more_counts(nlp, text, want):
    assert counts(nlp, text) == want


def test_gapped_list_takes_the_nearest_clause(nlp):
    got = counts(nlp, "Five people died in Kano, 30 were hurt in Kaduna and 12 in Zaria.")
    assert got == {
        ("killed", 5, "exact", "people"),
        ("injured", 30, "exact", "people"),
        ("injured", 12, "exact", "people"),
    }


ROUND4_NOT_COUNTS = [
    "Riot police forcibly removed 60 protesters from the square.",  # cleared, not displaced
    "Police cordoned off 3 blocks near the station.",
    "Two people initially listed among the dead were later found alive.",  # a record since corrected
    "The 3 ministers were whisked away to safety.",
    "Aid agencies run 45 relief camps in the region.",  # camps are no people
    "Of the 90 workers at the plant, 70 escaped unhurt.",  # staff on site, and those who got away
    '"We lost everything," said Hiroshi Tanaka, 81, who lost his wife in the fire.',  # an age
    "Two men who buried the victims spoke to reporters.",  # the buriers are alive
    "The pilot lost sight of 2 drones over the sea.",
]


@pytest.mark.parametrize("text", ROUND4_NOT_COUNTS, ids=[t[:48] for t in ROUND4_NOT_COUNTS])
def test_round4_not_counts(nlp, text):
    assert counts(nlp, text) == set()


def test_survivors_pulled_alive_are_not_more_bodies(nlp):
    got = counts(nlp, "Rescuers found 5 bodies, and two more were pulled alive from the rubble.")
    assert got == {("killed", 5, "exact", "people")}


def test_part_of_a_thing_count_keeps_its_noun(nlp):
    got = counts(nlp, "Some 2,150 homes were damaged, 230 of them completely.")
    assert got == {("other", 2150, "approx", "homes"), ("other", 230, "exact", "homes")}
    got = counts(nlp, "1,870 houses were damaged, 95 of them totally, the ministry said.")
    assert got == {("other", 1870, "exact", "houses"), ("other", 95, "exact", "houses")}


ROUND5_CASES = [
    # a killing verb says what befell people held captive
    (
        "Three of the abducted aid workers died in captivity, the group said.",
        {("killed", 3, "exact", "aid workers")},
    ),
    ("Some 40 villagers are still held in captivity.", {("captured", 40, "approx", "villagers")}),
    # people named by their status who drown or perish are dead, and stay who they were
    (
        "Fourteen refugees drowned after their dinghy overturned near the coast.",
        {("killed", 14, "exact", "refugees")},
    ),
    ("Thirty refugees fled to the hills.", {("displaced", 30, "exact", "refugees")}),
    # "N of them NOUN": the noun names the subgroup
    (
        "The explosion killed 26 people, eleven of them soldiers.",
        {("killed", 26, "exact", "people"), ("killed", 11, "exact", "soldiers")},
    ),
    # "left N (seriously) injured", the participle read as a clause
    (
        "The bus plunged into a ravine, killing 9 people and leaving 31 badly injured.",
        {("killed", 9, "exact", "people"), ("injured", 31, "exact", "people")},
    ),
    (
        "The blast killed 4 workers and left 16 seriously injured.",
        {("killed", 4, "exact", "workers"), ("injured", 16, "exact", "workers")},
    ),
    # "feared trapped": not yet found
    (
        "Five people died and nine others are feared trapped under a collapsed hotel.",
        {("killed", 5, "exact", "people"), ("missing", 9, "exact", "people")},
    ),
    ("At least 30 miners were feared trapped after the blast.", {("missing", 30, "at_least", "miners")}),
    # "sought medical help", "needed medical attention": the hurt
    (
        "Two people died and 63 people sought medical help after the gas leak, officials said.",
        {("killed", 2, "exact", "people"), ("injured", 63, "exact", "people")},
    ),
    (
        "About 80 passengers needed medical attention after the crash.",
        {("injured", 80, "approx", "passengers")},
    ),
    # places an outbreak or fighting spread to are affected
    (
        "The outbreak has spread to 9 of the province's 27 districts.",
        {("affected", 9, "exact", "districts")},
    ),
    ("Clashes spread into four provinces overnight.", {("affected", 4, "exact", "provinces")}),
    # "and over N detained": the qualifier hung on the bare participle
    (
        "At least 85 people have been killed and over 1,400 detained since the protests began.",
        {("killed", 85, "at_least", "people"), ("arrested", 1400, "at_least", "people")},
    ),
    (
        "Twenty people were killed and about 50 wounded.",
        {("killed", 20, "exact", "people"), ("injured", 50, "approx", "people")},
    ),
    # kept from their homes
    (
        "Ten years on, about 9,000 people are still unable to return to their homes, including some 2,500 from"
        " Kesennuma, where the harbour remains closed.",
        {("displaced", 9000, "approx", "people"), ("displaced", 2500, "approx", "people")},
    ),
    ("Around 700 families remain unable to return home.", {("displaced", 700, "approx", "families")}),
    # kin lost are dead
    ("A farmer who lost 9 relatives in the flood spoke at the vigil.", {("killed", 9, "exact", "relatives")}),
    ("She lost three sons in the war.", {("killed", 3, "exact", "sons")}),
    # a count set off with a description: the verb after the description is the count's own
    (
        "About 4,000 people were forced from their homes, and nearly 600, mostly women and children, were evacuated by boat.",
        {("displaced", 4000, "approx", "people"), ("evacuated", 600, "approx", "people")},
    ),
    # held by captors or by the police
    (
        "At least 20 of the passengers are still held by the kidnappers.",
        {("captured", 20, "at_least", "passengers")},
    ),
    ("Seven people were held by police after the riot.", {("arrested", 7, "exact", "people")}),
]


@pytest.mark.parametrize(("text", "want"), ROUND5_CASES, ids=[c[0][:48] for c in ROUND5_CASES])
def test_round5_counts(nlp, text, want):
    assert counts(nlp, text) == want


ROUND5_NOT_COUNTS = [
    # offence wording, however many gerunds deep
    "Prosecutors opened a case on charges of violating safety rules resulting in the death of two or more persons.",
    "The court found him guilty of breaching traffic rules resulting in the death of two or more people.",
    # care that is not for harm, and help that is given
    "Some 200 people sought medical help for food poisoning.",
    "The clinic provides medical help to 3,000 patients a year.",
    # spreading that is no harm
    "The company has spread to 40 countries.",
    "Her message spread to 30 million followers within hours.",
    # losses that are no deaths
    "The firm lost 40 workers to a rival.",
    "The club lost 3 matches in a row.",
    "The party lost 12 seats in the election.",
    # returning and holding that say nothing of harm
    "About 20 players were unable to return to the pitch.",
    "The 12 seats were held by the opposition.",
    "Four pupils were held by their parents.",
    "The meeting was held by 30 delegates.",
    # ages, years, money, percentages, scores, vague amounts, capacity
    "The 45-year-old driver, who lost his licence in 2019, paid a fine of 2,000 euros.",
    "Turnout rose 12 percent and the home side won 3-1.",
    "Scores of people sought medical help and thousands were unable to return home.",
    "The shelter can house 500 people and the hospital has 120 beds.",
    "Around 300, mostly students and teachers, attended the ceremony.",
]


@pytest.mark.parametrize("text", ROUND5_NOT_COUNTS, ids=[t[:48] for t in ROUND5_NOT_COUNTS])
def test_round5_not_counts(nlp, text):
    assert counts(nlp, text) == set()
