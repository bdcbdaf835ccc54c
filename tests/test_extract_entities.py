"""Persons with titles, organizations and locations, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsfacts.extract.entities import (
    extract_locations,
    extract_organizations,
    extract_persons,
    with_agency,
    with_dateline,
)
from newsfacts.extract.facts import Location, Organization
from newsfacts.extract.geo import country_code, is_demonym, lookup
from newsfacts.extract.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


def persons(nlp: Language, text: str) -> dict[str, str | None]:
    return {p.name: p.title for p in extract_persons(nlp(text))}


def orgs(nlp: Language, text: str) -> list[str]:
    return [o.name for o in extract_organizations(nlp(text))]


def locs(nlp: Language, text: str) -> dict[str, str | None]:
    return {loc.name: loc.country_code for loc in extract_locations(nlp(text))}


# ----------------------------------------------------------------------------------------- persons


def test_apposition_title_after_name(nlp: Language) -> None:
    got = persons(
        nlp,
        "Opening the meeting, Farid Mammadov, chairman of the Azerbaijan-Georgia Friendship Society, "
        "thanked the guests.",
    )
    assert got == {"Farid Mammadov": "chairman of the Azerbaijan-Georgia Friendship Society"}


def test_title_phrase_before_name(nlp: Language) -> None:
    got = persons(
        nlp, "Speaking at the ceremony, Azerbaijan's Ambassador to Poland Rahman Mustafayev laid flowers."
    )
    assert got["Rahman Mustafayev"] == "Azerbaijan's Ambassador to Poland"


def test_short_title_and_abbreviated_title(nlp: Language) -> None:
    got = persons(nlp, "Gov. Gavin Newsom declared an emergency. President Joe Biden approved federal aid.")
    assert got == {"Gavin Newsom": "Gov.", "Joe Biden": "President"}


def test_nationality_and_office_before_name(nlp: Language) -> None:
    got = persons(nlp, "Turkish Foreign Minister Hakan Fidan met his Hungarian counterpart Peter Szijjarto.")
    assert got["Hakan Fidan"] == "Turkish Foreign Minister"
    assert got["Peter Szijjarto"] == "Hungarian counterpart"


def test_said_name_a_spokesman_for(nlp: Language) -> None:
    got = persons(nlp, "The road was closed, said Kevin Walsh, a spokesman for the state highway patrol.")
    assert got == {"Kevin Walsh": "spokesman for the state highway patrol"}


def test_who_is_the(nlp: Language) -> None:
    got = persons(nlp, "The plan was backed by Maria Lopez, who is the mayor of the town, on Monday.")
    assert got["Maria Lopez"] == "mayor of the town"


def test_title_before_comma_apposition(nlp: Language) -> None:
    got = persons(nlp, "A former governor of the province, Ahmad Karimi, was not at home when gunmen came.")
    assert got == {"Ahmad Karimi": "former governor of the province"}


def test_plural_title_is_shared_by_a_list_and_singular(nlp: Language) -> None:
    got = persons(nlp, "The works of renowned composers Uzeyir Hajibeyli and Fikret Amirov were performed.")
    assert got == {"Uzeyir Hajibeyli": "renowned composer", "Fikret Amirov": "renowned composer"}


def test_later_mentions_merge_into_the_full_name(nlp: Language) -> None:
    text = (
        "Rescue chief Budi Santoso said the search would go on. Santoso added that rain slowed the work. "
        "Mr. Santoso later left the site."
    )
    found = extract_persons(nlp(text))
    assert [p.name for p in found] == ["Budi Santoso"]
    assert (found[0].char_start, found[0].char_end) == (13, 25)
    assert found[0].title == "Rescue chief"


def test_no_title_when_none_is_stated(nlp: Language) -> None:
    assert persons(nlp, "Tommy Baker, 45, fled his home on Thursday.") == {"Tommy Baker": None}


def test_initial_dot_name(nlp: Language) -> None:
    got = persons(nlp, "State Secretary B.Battsetseg met the delegation on Monday.")
    assert got == {"B.Battsetseg": "State Secretary"}


def test_name_after_role_word_that_ner_misses(nlp: Language) -> None:
    got = persons(
        nlp, "The evening ended with a recital by tar virtuoso Sahib Pashazade and pianist Elnara Gasimova."
    )
    assert got["Sahib Pashazade"] == "tar virtuoso"
    assert got["Elnara Gasimova"] == "pianist"


def test_nationality_word_before_name_is_not_part_of_it(nlp: Language) -> None:
    got = persons(nlp, "In the final he beat Georgian Levan Kapanadze and then Serbian Milan Jovic.")
    assert "Levan Kapanadze" in got and "Milan Jovic" in got
    assert not any("Georgian" in name or "Serbian" in name for name in got)


def test_nationality_words_places_and_quoted_titles_are_not_persons(nlp: Language) -> None:
    text = (
        "The Azerbaijani community in Tbilisi gathered on Monday. Ukrainians and Azerbaijanis laid flowers. "
        "The film 'Sunflower' was shown in the Diaspora hall."
    )
    assert persons(nlp, text) == {}


# ----------------------------------------------------------------------------------------- organizations


def test_org_name_completed_past_the_ner_span(nlp: Language) -> None:
    got = orgs(
        nlp, "The State Committee on Affairs with Religious Associations of Azerbaijan told Trend on Friday."
    )
    assert "State Committee on Affairs with Religious Associations of Azerbaijan" in got


def test_embassy_of_country_to_country(nlp: Language) -> None:
    got = orgs(nlp, "Embassy of the Republic of Kazakhstan to Austria organized a reception.")
    assert got == ["Embassy of the Republic of Kazakhstan to Austria"]


def test_embassy_keeps_its_host_country_but_a_venue_does_not(nlp: Language) -> None:
    text = "An event was held at the Azerbaijani embassy in Canada and at the Azerbaijan House in Berlin."
    got = orgs(nlp, text)
    assert "Azerbaijani embassy in Canada" in got
    assert not any("Berlin" in name for name in got)


def test_lowercase_ministry(nlp: Language) -> None:
    assert "Health ministry" in orgs(nlp, "At least 40 people died, the Health ministry said on Sunday.")


def test_quoted_name_before_organization_noun(nlp: Language) -> None:
    got = orgs(nlp, 'The rally was organized by the "Vatan" public organization in the city.')
    assert got == ["Vatan"]


def test_bracketed_acronym_generic_words_and_products_are_not_orgs(nlp: Language) -> None:
    text = (
        "The Azerbaijani Youth Union of Georgia (AYUG) held a meeting. The Committee said it would "
        "post a statement on the Telegram messaging app."
    )
    got = orgs(nlp, text)
    assert "Azerbaijani Youth Union of Georgia" in got
    assert "AYUG" not in got and "Committee" not in got and "Telegram" not in got


def test_events_are_not_orgs(nlp: Language) -> None:
    got = orgs(nlp, "She won gold at the World Judo Championships and spoke at the Global Energy Summit.")
    assert got == []


def test_agencies_are_orgs(nlp: Language) -> None:
    got = orgs(nlp, "Two soldiers were wounded, an official told AFP, citing a report by Xinhua.")
    assert "AFP" in got and "Xinhua" in got


# ----------------------------------------------------------------------------------------- locations


def test_place_heads_are_not_part_of_the_name(nlp: Language) -> None:
    text = "Floods hit the province of Sindh and the Punjab region, and reached Multan city on Monday."
    got = locs(nlp, text)
    assert {"Sindh", "Punjab", "Multan"} <= set(got)
    assert got["Sindh"] == "PK"


def test_nationality_words_are_not_locations(nlp: Language) -> None:
    got = locs(nlp, "Ukrainian and Azerbaijani volunteers met Turkish officials in Ankara.")
    assert got == {"Ankara": "TR"}


def test_country_codes(nlp: Language) -> None:
    got = locs(
        nlp, "FRESNO, Calif. - The couple moved from the UAE to the United States after the USSR collapsed."
    )
    assert got["Calif."] == "US"
    assert got["UAE"] == "AE"
    assert got["United States"] == "US"
    assert got["USSR"] is None


def test_capitalised_place_names_and_dash_based(nlp: Language) -> None:
    text = "Rain hit the Karachay-Cherkess Republic and Lake Sevan; a Gulf-based carrier cancelled flights."
    got = locs(nlp, text)
    assert "Karachay-Cherkess Republic" in got and "Lake Sevan" in got
    assert "Gulf" not in got


def test_person_surname_is_not_a_location(nlp: Language) -> None:
    got = locs(nlp, "Coach Mark Taylor praised the team. Taylor said the players in Sydney were ready.")
    assert "Taylor" not in got and "Sydney" in got


# ----------------------------------------------------------------------------------------- gazetteer and merging


def test_gazetteer() -> None:
    assert country_code("Baku") == "AZ"
    assert country_code("BAKU") == "AZ"
    assert country_code("Republic of Azerbaijan") == "AZ"
    assert country_code("Soviet Union") is None and lookup("Soviet Union") is not None
    assert country_code("Atlantis Prime") is None
    assert is_demonym("Azerbaijanis") and is_demonym("Ukrainian") and not is_demonym("Ukraine")


def test_dateline_and_agency_are_added_once() -> None:
    text = "BAKU, Azerbaijan, March 1. Trend reports."
    baku = Location("Baku", "AZ", 0, 4)
    assert with_dateline([baku], "BAKU", text) == [baku]
    added = with_dateline([], "BAKU", text)
    assert added == [Location("BAKU", "AZ", 0, 4)]
    assert with_agency([], "Trend", text) == [Organization("Trend", 27, 32)]
    assert with_agency([Organization("Trend", 27, 32)], "Trend", text) == [Organization("Trend", 27, 32)]
    assert with_agency([], None, text) == []


def test_name_glued_to_the_org_of_its_title(nlp: Language) -> None:
    text = (
        "Chairman of the State Committee on Work with Diaspora Fuad Muradov and Member of the Milli Majlis "
        "Ganira Pashayeva attended the event."
    )
    got = persons(nlp, text)
    assert got["Fuad Muradov"] == "Chairman of the State Committee on Work with Diaspora"
    assert got["Ganira Pashayeva"] == "Member of the Milli Majlis"
    assert "State Committee on Work with Diaspora" in orgs(nlp, text)


def test_listed_places_storms_and_company_towns(nlp: Language) -> None:
    got = locs(nlp, "Events were held in Ganja, Sheki and Lankaran after Typhoon Doksuri hit Manila.")
    assert {"Ganja", "Sheki", "Lankaran", "Manila"} <= set(got)
    assert "Doksuri" not in got and "Typhoon" not in got
    assert "Kathmandu" not in locs(nlp, "The Kathmandu Post reported the news on Monday.")
