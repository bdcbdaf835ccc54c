"""Opening dateline, source agency and anniversary, on invented wire-style sentences."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from newsfacts.extract.article_meta import extract_agency, extract_anniversary, extract_dateline
from newsfacts.extract.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


# --------------------------------------------------------------------------- dateline


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("TBILISI, Georgia, March 9. The parliament approved the budget.", ("TBILISI", "Georgia")),
        ("FRESNO, Calif. \u2014 A wildfire forced hundreds from their homes.", ("FRESNO", None)),
        ("OSLO (AP) \u2014 Norway's central bank raised rates.", ("OSLO", None)),
        ("HELSINKI (AP)Finland's president met the delegation.", ("HELSINKI", None)),
        ("Astana /Kazinform/ The Senate passed the law.", ("Astana", None)),
        ("Shillong (Meghalaya) [India], Oct 3 (ANI): Heavy rain lashed the state.", ("Shillong", "India")),
        ("NAIROBI, Kenya (Reuters) - Floods displaced thousands.", ("NAIROBI", "Kenya")),
        ("Ganja, Azerbaijan, Jan. 12, AZERTAC. A new school opened.", ("Ganja", "Azerbaijan")),
        ("ST. PAUL, Minn. -- Lawmakers adjourned early.", ("ST. PAUL", None)),
        ("Nairobi - Kenya's president said the talks would resume.", ("Nairobi", None)),
    ],
)
def test_dateline_formats(body: str, expected: tuple[str, str | None]) -> None:
    assert extract_dateline(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Georgia has marked the anniversary of its independence with a parade.",
        "Tbilisi, the capital of Georgia, hosted the summit on Monday.",
        "Georgia, Armenia sign a transit agreement.",
        "On 12 April 2016 fighting broke out along the line.",
        "BREAKING: A strong earthquake hit the region.",
        "National Wrestling Federation (NWF) announced the squad.",
        "Memorial - 30 years of remembrance",
    ],
)
def test_ordinary_openings_have_no_dateline(body: str) -> None:
    assert extract_dateline(body) == (None, None)


# --------------------------------------------------------------------------- agency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor opened a new park, APA reports.", "APA"),
        ("The ministry said the road was repaired, a source told Trend.", "Trend"),
        ("Exports grew by 5 percent, Report informs referring to the customs committee.", "Report"),
        ("According to Report, the session was attended by envoys.", "Report"),
        ("The forum ended in Shusha, Caliber.Az reports, citing the organizers.", "Caliber.Az"),
        ("The delegation arrived in Baku, reports AZERTAC.", "AZERTAC"),
        ("A spokesman told Sky News that the airport was closed.", "Sky News"),
        ("As local media reported, citing EFE, the dam broke at night.", "EFE"),
        ("OSLO (AP) \u2014 Norway's central bank raised rates.", "AP"),
        ("Astana /Kazinform/ The Senate passed the law.", "Kazinform"),
        ("Footage verified by Reuters showed the damaged bridge.", "Reuters"),
        ("The governor told Xinhua on Monday that roads were blocked.", "Xinhua"),
        # names no lexicon lists, in the formulas only an outlet fills
        ("Bread prices rose again, Qafqazinfo reports.", "Qafqazinfo"),
        ("A villager told Arise Television that the gunmen fled.", "Arise Television"),
    ],
)
def test_agency_found(nlp: Language, text: str, expected: str) -> None:
    assert extract_agency(nlp(text)) == expected


def test_own_reporter_beats_other_outlets(nlp: Language) -> None:
    text = "CBS News reported a second victim in the county. The sheriff told AFP the search would go on."
    assert extract_agency(nlp(text)) == "AFP"


@pytest.mark.parametrize(
    "text",
    [
        "The president told reporters that the talks went well.",
        "According to the Interior Ministry, 12 people were detained.",
        "According to Elnur Mammadov, the project will finish soon.",
        "The minister told Parliament that the budget was balanced.",
        "The coach told Mia to rest before the final.",
        "Trade grew, the Ministry of Economy reports.",
        "The agency said that rainfall would continue, according to an updated report.",
    ],
)
def test_no_agency(nlp: Language, text: str) -> None:
    assert extract_agency(nlp(text)) is None


# --------------------------------------------------------------------------- anniversary

PUB = date(2023, 3, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Events marking the 105th anniversary of the March 1918 massacres were held abroad.",
            (105, 1918),
        ),
        ("A ceremony marked the twenty-fifth anniversary of the tragedy.", (25, 1998)),
        ("The mourners honored the memory of the victims of the flood 30 years ago.", (30, 1993)),
        ("Today marks 20 years since the earthquake struck the town.", (20, 2003)),
        ("Thirty years have passed since the massacre of villagers.", (30, 1993)),
        ("The 40th anniversary of the blast, which took place in 1982, was marked.", (40, 1982)),
    ],
)
def test_anniversary(nlp: Language, text: str, expected: tuple[int, int]) -> None:
    assert extract_anniversary(nlp(text), PUB) == expected


def test_event_year_within_one_year_is_preferred(nlp: Language) -> None:
    # Published in January, remembering a December event: 2024 - 31 = 1993, but the text names 1992.
    text = "The 31st anniversary of the siege that began in December 1992 was observed."
    assert extract_anniversary(nlp(text), date(2024, 1, 5)) == (31, 1992)


@pytest.mark.parametrize(
    "text",
    [
        "He won the same title four years ago in Paris.",
        "The 75th session of the General Assembly opened in New York.",
        "The Centenary Award went to a debut film.",
        "Two years after the war, the town is being rebuilt.",
    ],
)
def test_no_anniversary(nlp: Language, text: str) -> None:
    assert extract_anniversary(nlp(text), PUB) == (None, None)


# --------------------------------------------------------------------------- wire styles, round two


@pytest.mark.parametrize(
    ("body", "place", "agency"),
    [
        ("PARIS (AFP) \u2014 France's president called for calm on Sunday.", ("PARIS", None), "AFP"),
        ("BEIJING, June 3 (Xinhua) -- China's exports rose 7.6 percent.", ("BEIJING", None), "Xinhua"),
        ("WASHINGTON, Aug 3 (Reuters) - U.S. job growth slowed in July.", ("WASHINGTON", None), "Reuters"),
        ("ISLAMABAD: Pakistan's prime minister chaired a meeting.", ("ISLAMABAD", None), None),
        ("New Delhi, Jan 5 (PTI) The government announced a new scheme.", ("New Delhi", None), "PTI"),
        ("Yerevan /ARMENPRESS/. The government approved the plan.", ("Yerevan", None), "ARMENPRESS"),
        ("Islamabad, Pakistan, Aug 3 (APP): The prime minister met.", ("Islamabad", "Pakistan"), "APP"),
        ("Tashkent, 4 March 2024 (UzA) \u2014 The talks opened.", ("Tashkent", None), "UzA"),
        ("Beijing, March 3 (Xinhua/Li Ming) -- China said.", ("Beijing", None), "Xinhua"),
        (
            "BAKU, Azerbaijan, Feb. 25 By Jane Smith - Trend: Azerbaijan marks the day.",
            ("BAKU", "Azerbaijan"),
            "Trend",
        ),
        ("Turkey's parliament approved the bill. \u2014 Anadolu Agency", (None, None), "Anadolu Agency"),
        ("The bill was approved on Thursday, via Reuters.", (None, None), "Reuters"),
        ("The minister spoke to Trend on the sidelines of the forum.", (None, None), "Trend"),
        ("The minister spoke to Putin on the sidelines of the forum.", (None, None), None),
    ],
)
def test_wire_dateline_and_agency(
    nlp: Language, body: str, place: tuple[str | None, str | None], agency: str | None
) -> None:
    assert extract_dateline(body) == place
    assert extract_agency(nlp(body)) == agency


def test_agency_marker_after_unknown_mixed_case_name_is_no_dateline() -> None:
    assert extract_dateline("Minister of Health (MOH). The rule applies.") == (None, None)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Azerbaijan marks the thirtieth anniversary of the Khojaly tragedy.", date(2022, 2, 26), (30, 1992)),
        ("A quarter of a century has passed since the massacre of 1992.", date(2017, 2, 26), (25, 1992)),
        (
            "Half a century has passed since the massacre, but the victims are remembered.",
            date(2020, 3, 1),
            (50, 1970),
        ),
        ("Thirty-two years have passed since the genocide.", date(2024, 2, 26), (32, 1992)),
        (
            "It has been 30 years since the genocide, and the memory of the victims lives on.",
            date(2022, 2, 26),
            (30, 1992),
        ),
        ("Friday marks the 10th anniversary of the mine disaster.", date(2024, 5, 13), (10, 2014)),
    ],
)
def test_wire_anniversary(nlp: Language, text: str, published: date, expected: tuple[int, int]) -> None:
    assert extract_anniversary(nlp(text), published) == expected


def test_years_ago_without_commemoration_is_no_anniversary(nlp: Language) -> None:
    assert extract_anniversary(nlp("The company was founded 50 years ago."), PUB) == (None, None)


# --------------------------------------------------------------------------- wire styles, round three


@pytest.mark.parametrize(
    ("body", "place", "agency"),
    [
        # Spanish-language wires close the dateline with ".-"
        ("Quito, 14 Mar (EFE).- Heavy rain flooded the coast.", ("Quito", None), "EFE"),
        ("BOGOTA, 2 Jun (EFE) .- The senate voted.", ("BOGOTA", None), "EFE"),
        # a story filed from two cities names the first as its place
        ("RAFAH/AMMAN, May 2 (Reuters) - Aid trucks crossed.", ("RAFAH", None), "Reuters"),
        ("BRUSSELS/PARIS (AFP) - Ministers met.", ("BRUSSELS", None), "AFP"),
        # a newspaper in the marker
        ("Lahore, May 2 (Morning Chronicle) - Prices rose.", ("Lahore", None), "Morning Chronicle"),
        # a clock time after the date
        ("Kyiv, 3 May 2024, 09:40 \u2014 The city council met.", ("Kyiv", None), None),
        # a story that opens with its wire marker alone has an agency but no dateline
        ("(Reuters) - Oil prices rose on Tuesday.", (None, None), "Reuters"),
        ("(Bloomberg) -- The bank kept rates on hold.", (None, None), "Bloomberg"),
        ("(Updated) - Oil prices rose on Tuesday.", (None, None), None),
        # newspapers named as the source
        ("The carmaker will build a plant in Ohio, Nikkei has learned.", (None, None), "Nikkei"),
        ("The chief executive told Caixin the plan was on track.", (None, None), "Caixin"),
        ("The benchmark Nikkei Stock Average fell 2% on Monday.", (None, None), None),
        # a bureau's report, and an agency named after its description
        ("The exhibition opened on Friday, Trend's Ankara bureau reports.", (None, None), "Trend"),
        ("State news agency QNA said the emir had arrived.", (None, None), "QNA"),
        ("The figures were released by the official news agency BSS.", (None, None), "BSS"),
        ("The ruling party has learned its lesson, analysts said.", (None, None), None),
        # full names with "of", and outlets the text describes as such
        (
            "A senior officer told the Press Trust of India that the road was shut.",
            (None, None),
            "Press Trust of India",
        ),
        ("According to the Bank of Ghana, reserves fell.", (None, None), None),
        ("Residents told local broadcaster KTN that the river burst its banks.", (None, None), "KTN"),
        ("A source told Spanish newspaper Heraldo that the deal was off.", (None, None), "Heraldo"),
        ("The pro-opposition daily Cumhuriyet reported the arrests.", (None, None), "Cumhuriyet"),
        (
            "He spoke in remarks carried by the official Emirates News Agency.",
            (None, None),
            "Emirates News Agency",
        ),
        ("The interview was aired by Channel 4 News.", (None, None), "Channel 4 News"),
        ("The minister told the daily briefing that prices fell.", (None, None), None),
        ("The atlas, published by Oxford University Press, sold well.", (None, None), None),
    ],
)
def test_wire_dateline_and_agency_more(
    nlp: Language, body: str, place: tuple[str | None, str | None], agency: str | None
) -> None:
    assert extract_dateline(body) == place
    assert extract_agency(nlp(body)) == agency


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Tuesday marks exactly one year since the earthquake.", date(2024, 2, 6), (1, 2023)),
        ("The town marked 15 years since the mine collapse.", date(2025, 4, 2), (15, 2010)),
    ],
)
def test_marks_years_since(nlp: Language, text: str, published: date, expected: tuple[int, int]) -> None:
    assert extract_anniversary(nlp(text), published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A year ago, the flood killed many victims in the valley.",  # everyday "a year ago"
        "Prices rose one year since the reform, analysts said.",
    ],
)
def test_one_year_needs_marks(nlp: Language, text: str) -> None:
    assert extract_anniversary(nlp(text), PUB) == (None, None)


# --------------------------------------------------------------------------- decades, "years on", small numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two years ago the flood swept the valley; mourners laid wreaths for the victims.", (2, 2021)),
        ("Survivors gathered to remember the victims, a decade since the mine collapsed.", (10, 2013)),
        ("Three decades on, the memorial still draws mourners.", (30, 1993)),
        ("Fifteen years on from the siege, the town honored its victims.", (15, 2008)),
    ],
)
def test_decades_and_years_on(nlp: Language, text: str, expected: tuple[int, int]) -> None:
    assert extract_anniversary(nlp(text), PUB) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He spent 30 years on death row after the massacre.",  # "on" that opens a phrase
        "The families of the victims have waited two decades for a verdict.",  # no "since" or "ago"
        "The club was relegated a decade ago.",  # nothing commemorated
    ],
)
def test_no_anniversary_in_decades_and_years_on(nlp: Language, text: str) -> None:
    assert extract_anniversary(nlp(text), PUB) == (None, None)


# --------------------------------------------------------------------------- round four


@pytest.mark.parametrize(
    ("body", "place", "agency"),
    [
        # the wire's marker before the place
        ("(ANSA) - PALERMO, JUN 4 - Police seized a cargo of arms.", ("PALERMO", None), "ANSA"),
        ("(EFE) - LIMA, 3 May - The congress met.", ("LIMA", None), "EFE"),
        # a country written with a hyphen or in its short form
        (
            "MOSTAR, Bosnia-Herzegovina (AP) \u2014 Floods cut the road.",
            ("MOSTAR", "Bosnia-Herzegovina"),
            "AP",
        ),
        ("BOBO-DIOULASSO, Burkina (AFP) - Gunmen attacked a convoy.", ("BOBO-DIOULASSO", "Burkina"), "AFP"),
        # a newspaper named as the one its reporter was told
        ("A police officer told Dawn that the road had been closed.", (None, None), "Dawn"),
        ("According to Kompas, the bridge collapsed at night.", (None, None), "Kompas"),
    ],
)
def test_wire_dateline_and_agency_round_four(
    nlp: Language, body: str, place: tuple[str | None, str | None], agency: str | None
) -> None:
    assert extract_dateline(body) == place
    assert extract_agency(nlp(body)) == agency


def test_agency_marker_before_a_plain_sentence_is_no_dateline() -> None:
    assert extract_dateline("(Reuters) - Oil prices rose on Tuesday after the talks.") == (None, None)


def test_person_who_shares_a_papers_name_is_no_agency(nlp: Language) -> None:
    text = "The coach told Dawn Whitaker, the team's captain, that she would start."
    assert extract_agency(nlp(text)) is None


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Crowds gathered for the 29th commemoration of the 1995 massacre.", date(2024, 7, 11), (29, 1995)),
        ("The city held the twentieth commemoration of the flood victims.", date(2021, 5, 2), (20, 2001)),
    ],
)
def test_nth_commemoration(nlp: Language, text: str, published: date, expected: tuple[int, int]) -> None:
    assert extract_anniversary(nlp(text), published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two people drowned, a rescue official told Anadolu Agency. Police detained the driver.",
            "Anadolu Agency",
        ),
        (
            "The minister spoke in remarks carried by the official Kuwait News Agency. He gave no details.",
            "Kuwait News Agency",
        ),
        ("An official told U.S. News that the plan was dead.", "U.S. News"),
    ],
)
def test_agency_name_ends_at_the_sentence(nlp: Language, text: str, expected: str) -> None:
    assert extract_agency(nlp(text)) == expected


def test_agency_named_agency_is_no_news_agency(nlp: Language) -> None:
    text = "Demand for coal rose again, according to the International Energy Agency. The ministry disagreed."
    assert extract_agency(nlp(text)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OSH (Turkpress) - The governor opened a new bridge over the river.", "Turkpress"),
        ("ALMATY (Qazinform) - Exports of wheat rose by a fifth.", "Qazinform"),
        # a place in brackets is no agency, although it ends like one
        ("CYPRESS (Tex.) - The school board met on Tuesday.", None),
    ],
)
def test_agency_glued_to_a_media_word(nlp: Language, text: str, expected: str | None) -> None:
    assert extract_agency(nlp(text)) == expected


def test_years_ago_recalling_the_event_of_a_memorial_story(nlp: Language) -> None:
    text = (
        "Residents of Valmora laid flowers at the memorial to the victims of the dam collapse on Sunday.\n\n"
        "Twenty-one years ago, on the morning of May 3, 2002, the dam gave way and flooded the valley."
    )
    assert extract_anniversary(nlp(text), date(2023, 5, 3)) == (21, 2002)


@pytest.mark.parametrize(
    "text",
    [
        # no memorial in the lead: a business story recalling its past
        "The firm opened its third plant in Ostrava on Monday.\n\n"
        "Eleven years ago, in 2012, it had a single workshop and nine employees.",
        # a memorial lead, but the year stated is not the one the span points to
        "Mourners gathered at the memorial to the miners on Friday.\n\n"
        "Eleven years ago, the mine was sold; the shaft was sealed in 2009.",
    ],
)
def test_years_ago_without_a_recalled_memorial_event(nlp: Language, text: str) -> None:
    assert extract_anniversary(nlp(text), date(2023, 4, 14)) == (None, None)
