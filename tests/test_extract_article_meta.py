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
