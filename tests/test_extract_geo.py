"""Locations: gazetteer names, place-name patterns and what is not a place, on sentences written for these
tests (round four of the extraction rules)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsfacts.extract.entities import extract_locations
from newsfacts.extract.geo import country_code, is_demonym, lookup
from newsfacts.extract.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


def locs(nlp: Language, text: str) -> dict[str, str | None]:
    return {loc.name: loc.country_code for loc in extract_locations(nlp(text))}


# ----------------------------------------------------------------------------------------- gazetteer


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Bosnia", "BA"),
        ("Bosnia-Herzegovina", "BA"),
        ("Burkina", "BF"),
        ("Visayas", "PH"),
        ("Kyushu", "JP"),
        ("Shikoku", "JP"),
        ("Tigray", "ET"),
    ],
)
def test_short_country_forms_and_regions(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize("name", ["Andes", "Indo-Pacific", "Asia-Pacific", "Sahara", "Urals", "Hindu Kush"])
def test_mountain_ranges_and_macro_regions(name: str) -> None:
    place = lookup(name)
    assert place is not None and place.kind == "region" and place.country_code is None


def test_country_whose_name_looks_like_a_plural_demonym() -> None:
    assert not is_demonym("Laos")
    assert is_demonym("Lao")
    assert is_demonym("Kazakhs")


@pytest.mark.parametrize("word", ["Tutsi", "Hutus", "Bosniaks", "Serbs", "Oromo"])
def test_ethnic_groups_are_demonyms(word: str) -> None:
    assert is_demonym(word)


# ----------------------------------------------------------------------------------------- patterns


def test_country_named_like_a_plural_is_a_location(nlp: Language) -> None:
    found = locs(nlp, "Vietnam and Laos signed a border protocol in Hanoi.")
    assert found.get("Laos") == "LA"


def test_south_asian_subdivision_heads_are_dropped(nlp: Language) -> None:
    found = locs(nlp, "Three people died in Sindh's Kotri tehsil and two in the Phulji taluka, police said.")
    assert "Kotri" in found and "Phulji" in found


def test_parish_is_a_place_head(nlp: Language) -> None:
    found = locs(nlp, "The truck overturned in the Tarqui parish of Manabi province on Sunday.")
    assert "Tarqui" in found


def test_listed_blocks_are_places(nlp: Language) -> None:
    found = locs(nlp, "Most of the dead came from the Baniapur, Lahladpur and Ekma blocks of the district.")
    assert {"Baniapur", "Lahladpur", "Ekma"} <= set(found)


def test_place_inside_an_agency_name_after_of(nlp: Language) -> None:
    found = locs(nlp, "The Associated Press of Pakistan said the convoy reached the border on Monday.")
    assert "Pakistan" in found


def test_place_inside_an_event_name(nlp: Language) -> None:
    found = locs(nlp, "Survivors of the Great Kanto Earthquake were honored at a ceremony in the capital.")
    assert "Kanto" in found


def test_mountain_range_after_a_demonym(nlp: Language) -> None:
    found = locs(nlp, "The truck plunged into a gorge high in the Peruvian Andes on Friday.")
    assert any(name.endswith("Andes") for name in found)


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        ("The talks were led by Joint Secretary (West) Meera Kapoor of the ministry.", {"West"}),
        ("Pilgrims crowded the shrine during the holy month of Kartik, officials said.", {"Kartik"}),
        ("Reviewers praised Leila Haddad's debut, The Quiet Harbour, before the award.", {"Quiet Harbour"}),
        (
            "Since 2015, more than 900 Ghanaian students have studied in Hungary under the Pannonia Nova "
            "scholarship programme.",
            {"Pannonia", "Pannonia Nova", "Nova"},
        ),
        ("Mourners recalled the genocide against the Tutsi at a vigil in Kigali.", {"Tutsi"}),
    ],
)
def test_words_that_are_not_places(nlp: Language, text: str, not_places: set[str]) -> None:
    assert not not_places & set(locs(nlp, text))


def test_names_listed_after_a_plural_head_and_of(nlp: Language) -> None:
    found = locs(nlp, "Raids were carried out in the districts of Ranvar, Kolhapi and Dethora on Tuesday.")
    assert {"Ranvar", "Kolhapi", "Dethora"} <= set(found)


def test_member_states_of_a_bloc_are_no_list_of_places(nlp: Language) -> None:
    assert "ASEAN" not in locs(nlp, "The plan was backed by the member states of ASEAN at the meeting.")


def test_unknown_town_written_with_its_state(nlp: Language) -> None:
    found = locs(nlp, "The girls were taken from Gwambe, Borno State, in a night raid.")
    assert "Gwambe" in found


def test_unknown_town_written_near_a_known_one(nlp: Language) -> None:
    found = locs(nlp, "In 2019 a freight train hit a landslip at Kelmuir, near Aberdeen, killing two.")
    assert "Kelmuir" in found


def test_month_before_a_country_is_no_town(nlp: Language) -> None:
    assert "January" not in locs(nlp, "The talks began in January, Kenya's foreign ministry said.")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted 25 students from Government Day Secondary School, Kankara Dutse, in Niger State.",
        "The wounded were taken to General Hospital, Kankara Dutse, police said.",
    ],
)
def test_town_after_a_school_or_hospital_name(nlp: Language, text: str) -> None:
    assert "Kankara Dutse" in locs(nlp, text)


def test_person_after_a_hospital_name_is_no_town(nlp: Language) -> None:
    text = "He was taken to the Aga Khan University Hospital, Dr. Amina Yusuf said."
    assert "Amina Yusuf" not in locs(nlp, text)


def test_hyphenated_pair_before_a_noun_names_two_places(nlp: Language) -> None:
    found = locs(nlp, "The bus overturned on the Nakuru-Eldoret highway late on Sunday.")
    assert "Nakuru-Eldoret" not in found


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Many were killed inside the Nyamata church during the massacre.", "Nyamata"),
        ("Gilgil police boss Samuel Kiprop said the driver had fled.", "Gilgil"),
    ],
)
def test_town_named_by_its_church_or_police(nlp: Language, text: str, town: str) -> None:
    assert town in locs(nlp, text)


def test_surname_after_a_person_is_no_town(nlp: Language) -> None:
    text = "Declaring the session open, Ambassador Ibrahim Kabir Tsafe, who chairs the council, spoke."
    assert "Tsafe" not in locs(nlp, text)


def test_name_with_an_age_is_no_town(nlp: Language) -> None:
    text = "Kamala Thagunna, 32, said she pulled her son out through a window."
    assert "Thagunna" not in locs(nlp, text)


def test_town_after_outside_is_a_place_even_if_a_center_bears_its_name(nlp: Language) -> None:
    text = (
        "The victims were buried at the cemetery just outside Vrbanja. "
        "The Vrbanja-Kosovac Memorial Center keeps their names."
    )
    assert "Vrbanja" in locs(nlp, text)


def test_small_town_listed_after_a_known_one(nlp: Language) -> None:
    found = locs(nlp, "Thousands of residents had fled to Djibo and Dori since Sunday, officials said.")
    assert {"Djibo", "Dori"} <= set(found)


def test_capitalized_romance_particle_is_a_surname(nlp: Language) -> None:
    text = "Chief Prosecutor Salvatore Di Palma-Ferrante told a news conference the raids were over."
    assert "Palma" not in locs(nlp, text)


def test_village_an_attack_hit_in_a_named_province(nlp: Language) -> None:
    found = locs(nlp, "Gunmen on motorbikes stormed Silgadjé in Soum province late Saturday, torching homes.")
    assert "Silgadjé" in found


def test_compass_word_before_a_country_is_no_nationality(nlp: Language) -> None:
    text = (
        "Suspected jihadists killed at least 30 civilians in an attack on a village in northern Burkina Faso."
    )
    found = locs(nlp, text)
    assert "Burkina Faso" in found


def test_month_before_a_place_head_is_no_place(nlp: Language) -> None:
    found = locs(nlp, "Gunfire erupted at a crowded Fourth of July block party in Memphis.")
    assert "July" not in found and "Memphis" in found


def test_korean_provinces_by_their_english_names(nlp: Language) -> None:
    assert country_code("North Chungcheong") == "KR"
    found = locs(nlp, "The blaze was put out, the North Chungcheong Provincial Fire Headquarters said.")
    assert "North Chungcheong" in found


def test_town_of_two_words_ner_took_for_an_org(nlp: Language) -> None:
    text = "The probe began after a hotel owner in Amantea Calabro reported extortion demands to police."
    assert "Amantea Calabro" in locs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The fund bought a stake in Goldman Sachs last year.",
        "Analysts in Morgan Stanley expect rates to fall.",
    ],
)
def test_company_after_in_is_no_town(nlp: Language, text: str) -> None:
    assert not {"Goldman Sachs", "Morgan Stanley", "Goldman", "Morgan"} & set(locs(nlp, text))


@pytest.mark.parametrize(("name", "code"), [("Al Khobar", "SA"), ("Al-Khobar", "SA"), ("Ad Dammam", "SA")])
def test_arabic_article_spellings_of_cities(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize("name", ["Los", "LOS", "Las"])
def test_airport_codes_are_no_city_names(name: str) -> None:
    assert lookup(name) is None


def test_initials_stay_a_city_name() -> None:
    assert country_code("NYC") == "US"


# ----------------------------------------------------------------------------------------- round six


def test_coined_name_tagged_as_adjective_before_a_plural_head(nlp: Language) -> None:
    found = locs(nlp, "An orange alert was issued for Almora, Ranikhet and Lohaghat districts on Monday.")
    assert {"Almora", "Ranikhet", "Lohaghat"} <= set(found)
    assert not {"Amazonian", "Andean"} & set(
        locs(nlp, "Rain fell on the Amazonian region and the Andean region.")
    )


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "The authorities closed the river ports of Narayanganj and Chandpur on Friday.",
            {"Narayanganj", "Chandpur"},
        ),
        ("Trucks queued at the Torkham and Chaman border crossings for days.", {"Torkham", "Chaman"}),
        ("The minibus slid off the road near the Shar-Dzhar pass after heavy snow.", {"Shar-Dzhar"}),
    ],
)
def test_ports_crossings_and_passes(nlp: Language, text: str, places: set[str]) -> None:
    assert places <= set(locs(nlp, text))


def test_boarding_pass_is_no_place(nlp: Language) -> None:
    assert locs(nlp, "She showed her boarding pass at the gate.") == {}


def test_places_joined_by_a_route(nlp: Language) -> None:
    found = locs(nlp, "Oil flows through the Kirkuk-Ceyhan pipeline, and the Bishkek-Osh highway was shut.")
    assert {"Kirkuk", "Ceyhan", "Bishkek", "Osh"} <= set(found)


@pytest.mark.parametrize(
    "text",
    [
        "Freight along the Trans-Caspian route rose sharply.",
        "Historians discussed the Molotov-Ribbentrop pact.",
    ],
)
def test_hyphenated_prefix_or_pact_is_no_route(nlp: Language, text: str) -> None:
    assert not {"Trans", "Caspian", "Molotov", "Ribbentrop"} & set(locs(nlp, text))


def test_feature_of_name_that_ner_cuts(nlp: Language) -> None:
    found = locs(nlp, "Navies patrol the Straits of Johor and the Gulf of Oman against smugglers.")
    assert "Straits of Johor" in found and "Straits" not in found


def test_sea_inside_an_org_name_is_no_place(nlp: Language) -> None:
    found = locs(nlp, "The Odesa Commercial Sea Trade Port raised its capacity this year.")
    assert not any(name.startswith("Sea") for name in found)


def test_island_prefix_and_ward(nlp: Language) -> None:
    assert "Pulau Tioman" in locs(nlp, "A ferry sank in rough seas off Pulau Tioman on Monday.")
    assert "Minato Ward" in locs(nlp, "The rally took place in Tokyo's Minato Ward on Sunday.")


@pytest.mark.parametrize(
    ("name", "code"),
    [("Lower Saxony", "DE"), ("Bavaria", "DE"), ("Lombardy", "IT"), ("Catalonia", "ES"), ("Flanders", "BE")],
)
def test_english_names_of_european_regions(name: str, code: str) -> None:
    assert country_code(name) == code


def test_club_home_leads_its_name(nlp: Language) -> None:
    found = locs(nlp, "Odisha FC signed the striker from Bolivar after Kerala Blasters FC lost to Goa.")
    assert "Odisha" in found
    found = locs(nlp, "The midfielder joined the club from Asuncion Wanderers in March.")
    assert "Asuncion" in found


def test_province_leads_a_body_in_a_text_on_its_country(nlp: Language) -> None:
    found = locs(nlp, "In India, the border with Myanmar is guarded by the Assam Rifles.")
    assert "Assam" in found


def test_disaster_named_after_a_place(nlp: Language) -> None:
    found = locs(nlp, "The Khait earthquake of 1949 buried the town under a landslide.")
    assert "Khait" in found


def test_villages_listed_with_known_places(nlp: Language) -> None:
    found = locs(nlp, "Witnesses described killings in Khojaly, Shusha, Meshali and Jamilli during the war.")
    assert {"Meshali", "Jamilli"} <= set(found)
    found = locs(nlp, "Tents were set up at Zokhawthar and Vaphai, officials said.")
    assert "Vaphai" in found


def test_gulf_as_a_region_but_not_as_an_adjective(nlp: Language) -> None:
    assert "Gulf" in locs(nlp, "Exporters are looking for buyers in the Gulf and Central Asia.")
    assert "Gulf" not in locs(nlp, "Ministers of the Gulf states met in Riyadh.")


@pytest.mark.parametrize(
    "text",
    [
        "The Absheron Central East platform began pumping gas in May.",
        "Tajikistan's Deputy Minister of Culture and Science Dilbar Saidova opened the show.",
        "The city hosted a Grand Slam for the fifth time.",
        "Pipelines through the Middle Corridor will carry more freight.",
    ],
)
def test_compass_blocks_fields_of_office_events_and_corridors_are_not_places(
    nlp: Language, text: str
) -> None:
    found = set(locs(nlp, text))
    assert not {"Central East", "Science", "Culture and Science", "Grand Slam", "Middle Corridor"} & found


def test_venue_named_after_its_city(nlp: Language) -> None:
    assert "Tashkent" in locs(nlp, "The fair opened at Tashkent Expo Center on Monday.")
