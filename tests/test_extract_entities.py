"""Persons with titles, organizations and locations, on sentences written for these tests."""

from __future__ import annotations

from typing import NamedTuple

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


# ----------------------------------------------------------------------------------------- wire copy
# Paragraphs written for these tests in the styles of many outlets (AP, Reuters, AFP, Xinhua, PTI, Anadolu,
# Yonhap, Trend, Report, APA, AZERTAC, local papers) on diplomacy, disasters, sport, business and culture.
# Each lists facts that must be extracted exactly: persons with their stated title, organizations, and
# locations with the ISO code of their country.


class WireCase(NamedTuple):
    text: str
    persons: dict[str, str | None]
    organizations: list[str]
    locations: dict[str, str | None]


WIRE_CASES = [
    WireCase(
        "WASHINGTON (AP) — U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in"
        " Beijing on Tuesday, the State Department said. Blinken urged China to curb exports of drone "
        "parts to Russia, spokesman Matthew Miller told reporters.",
        {
            "Antony Blinken": "U.S. Secretary of State",
            "Wang Yi": "Chinese Foreign Minister",
            "Matthew Miller": "spokesman",
        },
        ["AP", "State Department"],
        {"WASHINGTON": "US", "U.S.": "US", "Beijing": "CN", "China": "CN", "Russia": "RU"},
    ),
    WireCase(
        "New Delhi, Jan 15 (PTI) Prime Minister Narendra Modi on Monday inaugurated a new terminal at the"
        " Kempegowda International Airport in Bengaluru, officials said. Karnataka Chief Minister "
        "Siddaramaiah and Union Civil Aviation Minister Jyotiraditya Scindia were present.",
        {
            "Narendra Modi": "Prime Minister",
            "Siddaramaiah": "Karnataka Chief Minister",
            "Jyotiraditya Scindia": "Union Civil Aviation Minister",
        },
        ["PTI"],
        {"New Delhi": "IN", "Bengaluru": "IN", "Karnataka": "IN"},
    ),
    WireCase(
        "LONDON, March 4 (Reuters) - Shell Plc said on Thursday it would sell its Nigerian onshore oil "
        "business to a consortium of local firms for up to $2.4 billion, as the energy major pulls back "
        'from the Niger Delta. "This marks a significant milestone," Zoe Yujnovich, Shell\'s integrated '
        "gas and upstream director, said in a statement.",
        {"Zoe Yujnovich": "Shell's integrated gas and upstream director"},
        ["Reuters", "Shell Plc"],
        {"LONDON": "GB"},
    ),
    WireCase(
        "BAKU, Azerbaijan, February 26. An event commemorating the victims of the Khojaly genocide was "
        "held at the Embassy of Azerbaijan in Egypt, Trend reports. Ambassador Elkhan Polukhov spoke "
        "about the tragedy, noting that 613 civilians, including 63 children, were killed by Armenian "
        "armed forces with the participation of the 366th Motorized Rifle Regiment of the former Soviet "
        "army.",
        {"Elkhan Polukhov": "Ambassador"},
        ["Embassy of Azerbaijan in Egypt", "366th Motorized Rifle Regiment"],
        {"BAKU": "AZ", "Azerbaijan": "AZ", "Egypt": "EG", "Khojaly": "AZ"},
    ),
    WireCase(
        "ANKARA (AA) - Turkish President Recep Tayyip Erdogan on Wednesday received Hungarian Prime "
        "Minister Viktor Orban at the presidential complex in the capital Ankara, according to the "
        "Communications Directorate. The two leaders discussed energy cooperation and the war in Ukraine.",
        {"Recep Tayyip Erdogan": "Turkish President", "Viktor Orban": "Hungarian Prime Minister"},
        ["Communications Directorate"],
        {"ANKARA": "TR", "Ukraine": "UA"},
    ),
    WireCase(
        "BEIJING, June 12 (Xinhua) -- Chinese President Xi Jinping held talks with visiting Kazakh "
        "President Kassym-Jomart Tokayev in Beijing on Wednesday, pledging to deepen cooperation. Xi said"
        " China is ready to work with Kazakhstan to expand trade.",
        {"Xi Jinping": "Chinese President", "Kassym-Jomart Tokayev": "Kazakh President"},
        ["Xinhua"],
        {"BEIJING": "CN", "China": "CN", "Kazakhstan": "KZ"},
    ),
    WireCase(
        "SEOUL, Oct. 9 (Yonhap) -- North Korean leader Kim Jong Un oversaw a missile launch on Tuesday, "
        "the Korean Central News Agency (KCNA) reported, as South Korea's Joint Chiefs of Staff (JCS) "
        "said the missile flew about 800 kilometers before falling into the East Sea.",
        {"Kim Jong Un": "North Korean leader"},
        ["Yonhap", "Korean Central News Agency", "Joint Chiefs of Staff"],
        {"SEOUL": "KR", "South Korea": "KR"},
    ),
    WireCase(
        "Rescuers in Nepal pulled three survivors from the rubble on Sunday, two days after an earthquake"
        ' struck the remote Jajarkot district, killing at least 153 people, officials told AFP. "We are '
        "still searching,\" said Santosh Rokaya, the district's chief administrative officer.",
        {"Santosh Rokaya": "district's chief administrative officer"},
        ["AFP"],
        {"Nepal": "NP", "Jajarkot": "NP"},
    ),
    WireCase(
        "PHOENIX (AP) — A 19-year-old man was arrested Saturday after a shooting at a shopping mall in "
        "Glendale, Ariz., left two people dead, police said. Glendale Police Chief Chris Briggs said the "
        "suspect, identified as Marcus Hill, 19, of Peoria, opened fire near the food court. Dr. Anita "
        "Shah, an emergency physician at Banner Thunderbird Medical Center, said one victim was in "
        "critical condition.",
        {
            "Chris Briggs": "Glendale Police Chief",
            "Marcus Hill": None,
            "Anita Shah": "emergency physician at Banner Thunderbird Medical Center",
        },
        ["AP", "Banner Thunderbird Medical Center"],
        {"Glendale": "US", "Ariz.": "US", "Peoria": "US"},
    ),
    WireCase(
        "RIYADH, Saudi Arabia (AP) — Cristiano Ronaldo scored twice as Al Nassr beat Al Hilal 3-1 in the "
        "Riyadh derby on Friday. Ronaldo, 39, has now scored 35 goals this season. Al Hilal coach Jorge "
        "Jesus said his team lacked concentration.",
        {"Cristiano Ronaldo": None, "Jorge Jesus": "Al Hilal coach"},
        ["AP", "Al Nassr", "Al Hilal"],
        {"RIYADH": "SA", "Saudi Arabia": "SA"},
    ),
    WireCase(
        "PHILADELPHIA (AP) — Jalen Hurts threw for two touchdowns and ran for another, and the "
        "Philadelphia Eagles beat the Dallas Cowboys 28-23 on Sunday night. The Eagles moved into first "
        'place. "We found a way," Eagles coach Nick Sirianni said.',
        {"Jalen Hurts": None, "Nick Sirianni": "Eagles coach"},
        ["AP", "Philadelphia Eagles", "Dallas Cowboys"],
        {"PHILADELPHIA": "US"},
    ),
    WireCase(
        "TOKYO (AP) — Toyota Motor Corp. said Wednesday its global sales rose 7% in the fiscal year, "
        "helped by strong demand for hybrids in North America. Toyota and Honda have both raised their "
        "forecasts. Chief Executive Koji Sato told reporters in Nagoya that the company would build new "
        "battery plants.",
        {"Koji Sato": "Chief Executive"},
        ["AP", "Toyota Motor Corp.", "Honda"],
        {"TOKYO": "JP", "North America": None, "Nagoya": "JP"},
    ),
    WireCase(
        "MIAMI (AP) — Hurricane Milton strengthened into a Category 5 storm on Monday as it churned "
        "toward Florida's Gulf Coast, the National Hurricane Center said. Gov. Ron DeSantis urged "
        "residents of Tampa and Sarasota to evacuate. Milton is expected to make landfall Wednesday.",
        {"Ron DeSantis": "Gov."},
        ["AP", "National Hurricane Center"],
        {"Florida": "US", "Gulf Coast": None, "Tampa": "US", "Sarasota": "US"},
    ),
    WireCase(
        "Muslims across Indonesia celebrated Eid al-Fitr on Wednesday, with millions travelling home for "
        "the holiday. President Joko Widodo performed prayers at the Istiqlal Mosque in Jakarta. Ramadan "
        "ended on Tuesday evening, the Religious Affairs Ministry announced.",
        {"Joko Widodo": "President"},
        ["Religious Affairs Ministry"],
        {"Indonesia": "ID", "Jakarta": "ID"},
    ),
    WireCase(
        "The celebrated composer Arvo Part turned 88 on Thursday. Acclaimed Estonian conductor Paavo "
        "Jarvi led the Estonian Festival Orchestra in a concert of Part's works in Tallinn, ERR News "
        "reported.",
        {"Arvo Part": "celebrated composer", "Paavo Jarvi": "Acclaimed Estonian conductor"},
        ["Estonian Festival Orchestra", "ERR News"],
        {"Tallinn": "EE"},
    ),
    WireCase(
        "Brig. Gen. Patrick Ryder, the Pentagon press secretary, said U.S. forces struck three sites in "
        "eastern Syria used by Iran's Islamic Revolutionary Guard Corps (IRGC). Lt. Col. Sarah Higgins, a"
        " spokeswoman for U.S. Central Command, said no American troops were hurt.",
        {
            "Patrick Ryder": "Pentagon press secretary",
            "Sarah Higgins": "spokeswoman for U.S. Central Command",
        },
        ["Pentagon", "Islamic Revolutionary Guard Corps", "U.S. Central Command"],
        {"U.S.": "US", "Syria": "SY", "Iran": "IR"},
    ),
    WireCase(
        "Among the dead was Maria Gonzalez, 45, a teacher at a local primary school, her brother told the"
        " Associated Press. Another victim, Jose Ramirez, 62, had lived in the neighborhood for three "
        "decades.",
        {"Maria Gonzalez": "teacher at a local primary school"},
        ["Associated Press"],
        {},
    ),
    WireCase(
        "The Kremlin's spokesman Dmitry Peskov said on Monday that Moscow had not received any proposals "
        "from Kyiv. Ukraine's Foreign Minister Dmytro Kuleba dismissed the remarks.",
        {"Dmitry Peskov": "Kremlin's spokesman", "Dmytro Kuleba": "Ukraine's Foreign Minister"},
        ["Kremlin"],
        {"Moscow": "RU", "Kyiv": "UA", "Ukraine": "UA"},
    ),
    WireCase(
        "The deal was announced by Jensen Huang, the company's chief executive, at a conference in "
        "Taipei. Nvidia shares rose 4% on the Nasdaq.",
        {"Jensen Huang": "company's chief executive"},
        ["Nvidia", "Nasdaq"],
        {"Taipei": "TW"},
    ),
    WireCase(
        "Kabul, May 5 (Xinhua) -- At least 12 people were killed when flash floods swept through villages"
        " in Baghlan province, said Abdul Haq Shafaq, the provincial governor. Taliban spokesman "
        "Zabihullah Mujahid said aid had reached the Burka district.",
        {"Abdul Haq Shafaq": "provincial governor", "Zabihullah Mujahid": "Taliban spokesman"},
        ["Xinhua", "Taliban"],
        {"Kabul": "AF", "Baghlan": "AF"},
    ),
    WireCase(
        "Author J.K. Rowling has donated 1 million pounds to a charity supporting women in Edinburgh, the"
        " Scottish capital. The Harry Potter creator made the announcement on social media.",
        {"J.K. Rowling": "Author"},
        [],
        {"Edinburgh": "GB"},
    ),
    WireCase(
        "ULAANBAATAR, March 3 (MONTSAME). Minister of Foreign Affairs B.Battsetseg received Ambassador of"
        " Japan to Mongolia Masaru Igawa on Monday. O. Enkhtsetseg, head of the ministry's Asia "
        "department, also attended.",
        {
            "B.Battsetseg": "Minister of Foreign Affairs",
            "Masaru Igawa": "Ambassador of Japan to Mongolia",
            "O. Enkhtsetseg": "head of the ministry's Asia department",
        },
        ["MONTSAME"],
        {"ULAANBAATAR": "MN", "Japan": "JP", "Mongolia": "MN"},
    ),
    WireCase(
        "BAKU, Azerbaijan, January 12. The Ministry of Emergency Situations of Azerbaijan has "
        "extinguished a fire in a residential building in Baku's Nasimi district, the ministry told "
        "Report. No casualties were reported.",
        {},
        ["Ministry of Emergency Situations of Azerbaijan"],
        {"BAKU": "AZ", "Azerbaijan": "AZ", "Nasimi": "AZ"},
    ),
    WireCase(
        "VIENNA, Dec. 5 (APA) - The Organization for Security and Co-operation in Europe (OSCE) will hold"
        " its next ministerial meeting in Malta, Secretary General Helga Maria Schmid said. The OSCE "
        "Minsk Group was dissolved in 2022.",
        {"Helga Maria Schmid": "Secretary General"},
        ["Organization for Security and Co-operation in Europe", "APA", "OSCE Minsk Group"],
        {"VIENNA": "AT", "Malta": "MT", "Europe": None},
    ),
    WireCase(
        "The Ministry of Labour and Social Protection of Population said on Tuesday that 4,500 families "
        "had received one-off payments. Minister Sahil Babayev said the payments would continue in "
        "February, APA reports.",
        {"Sahil Babayev": "Minister"},
        ["Ministry of Labour and Social Protection of Population", "APA"],
        {},
    ),
    WireCase(
        "Former residents have begun returning to Lachin city, the first settlement in the Karabakh "
        "region to be rebuilt since the Nagorno-Karabakh conflict ended, Report informs. The Special "
        "Representative of the President in the Lachin district, Masim Mammadov, welcomed the 20 "
        "families.",
        {"Masim Mammadov": "Special Representative of the President in the Lachin district"},
        [],
        {"Lachin": "AZ", "Karabakh": "AZ", "Nagorno-Karabakh": "AZ"},
    ),
    WireCase(
        "RAMALLAH, West Bank (AP) — Israeli troops killed three Palestinians during a raid in the Jenin "
        "refugee camp in the occupied West Bank on Thursday, the Palestinian Health Ministry said. "
        "Fighting continued in the Gaza Strip, where the Hamas-run government media office said 40 people"
        " had died.",
        {},
        ["AP", "Palestinian Health Ministry", "Hamas"],
        {"RAMALLAH": "PS", "West Bank": "PS", "Jenin": "PS", "Gaza Strip": "PS"},
    ),
    WireCase(
        "KYIV, Ukraine (AP) — A Russian drone attack on the Kyiv Oblast killed two people overnight, "
        "Governor Ruslan Kravchenko said on Telegram. Ukraine's air force said it shot down 38 of 45 "
        "drones launched from Russia's Kursk region and occupied Crimea.",
        {"Ruslan Kravchenko": "Governor"},
        ["AP"],
        {"KYIV": "UA", "Ukraine": "UA", "Kyiv Oblast": "UA", "Russia": "RU", "Kursk": "RU", "Crimea": "UA"},
    ),
    WireCase(
        "PARIS (AFP) - Storm Ciaran battered northern France on Thursday, leaving 1.2 million homes "
        "without power, grid operator Enedis said. The Hauts-de-France and Brittany regions were worst "
        "hit, Interior Minister Gerald Darmanin told France Info radio.",
        {"Gerald Darmanin": "Interior Minister"},
        ["AFP", "Enedis", "France Info"],
        {"PARIS": "FR", "France": "FR", "Hauts-de-France": "FR"},
    ),
    WireCase(
        "ORLANDO, Fla. (AP) — A tornado ripped through a mobile home park in Osceola County, Fla., early "
        "Sunday, killing one person, the National Weather Service said. In Buffalo, N.Y., heavy snow "
        "closed schools.",
        {},
        ["AP", "National Weather Service"],
        {"ORLANDO": "US", "Fla.": "US", "Osceola County": "US", "Buffalo": "US", "N.Y.": "US"},
    ),
    WireCase(
        "AKTAU, Kazakhstan, Aug 14 (Trend) - Kazakhstan and Azerbaijan agreed to expand cargo shipments "
        "across the Caspian Sea, Kazakh Transport Minister Marat Karabayev said after meeting his "
        "Azerbaijani counterpart Rashad Nabiyev in Aktau.",
        {"Marat Karabayev": "Kazakh Transport Minister", "Rashad Nabiyev": "Azerbaijani counterpart"},
        [],
        {"Kazakhstan": "KZ", "Azerbaijan": "AZ", "Caspian Sea": None},
    ),
    WireCase(
        "KARACHI, Pakistan — Heavy rains flooded low-lying areas of Hyderabad and Sukkur in Sindh "
        "province on Monday, the Pakistan Meteorological Department said.",
        {},
        ["Pakistan Meteorological Department"],
        {"Pakistan": "PK", "Hyderabad": "PK", "Sukkur": "PK", "Sindh": "PK"},
    ),
    WireCase(
        "TRIPOLI, Lebanon (AP) — Clashes between rival groups in Tripoli killed four people overnight, "
        "Lebanon's state-run National News Agency reported.",
        {},
        ["AP", "National News Agency"],
        {"TRIPOLI": "LB", "Lebanon": "LB"},
    ),
    WireCase(
        "NAIROBI, Sept. 3 (Xinhua) -- Kenya's Cabinet Secretary for Health Susan Nakhumicha said Tuesday "
        "the government would recruit 3,000 nurses. She spoke at Kenyatta National Hospital in Nairobi.",
        {"Susan Nakhumicha": "Kenya's Cabinet Secretary for Health"},
        ["Xinhua", "Kenyatta National Hospital"],
        {"NAIROBI": "KE", "Kenya": "KE"},
    ),
    WireCase(
        "A Sheffield councillor has been suspended by the Labour Party after comments on social media, a "
        "spokesperson for Sheffield City Council confirmed. Councillor Tom Hunt said he regretted the "
        "remarks.",
        {"Tom Hunt": "Councillor"},
        ["Labour Party", "Sheffield City Council"],
        {"Sheffield": "GB"},
    ),
    WireCase(
        "Budapest, 12 May, AZERTAC. An exhibition of Azerbaijani carpets opened at the Museum of "
        "Ethnography in Budapest. The event was organized by the Azerbaijani Embassy in Hungary and the "
        "Azerbaijan National Carpet Museum. People's Artist Eldar Mikayilzade presented his works.",
        {"Eldar Mikayilzade": "People's Artist"},
        [
            "AZERTAC",
            "Museum of Ethnography",
            "Azerbaijani Embassy in Hungary",
            "Azerbaijan National Carpet Museum",
        ],
        {"Budapest": "HU", "Hungary": "HU", "Azerbaijan": "AZ"},
    ),
    WireCase(
        "MELBOURNE, Australia (AP) — Jannik Sinner beat Daniil Medvedev 3-6, 3-6, 6-4, 6-4, 6-3 to win "
        "the Australian Open on Sunday, becoming the first Italian man to win a Grand Slam title since "
        "1976. Medvedev's coach Gilles Cervara said his player was exhausted.",
        {"Jannik Sinner": None, "Daniil Medvedev": None, "Gilles Cervara": "Medvedev's coach"},
        ["AP"],
        {"Australia": "AU"},
    ),
    WireCase(
        "PARIS, Aug 9 (Reuters) - Imane Khelif of Algeria won Olympic gold in the women's welterweight "
        "division on Friday, beating China's Yang Liu at Roland Garros. The International Olympic "
        "Committee (IOC) defended her eligibility.",
        {"Imane Khelif": None, "Yang Liu": None},
        ["Reuters", "International Olympic Committee"],
        {"PARIS": "FR", "Algeria": "DZ", "China": "CN"},
    ),
    WireCase(
        "MUMBAI, Feb 2 (Reuters) - Adani Enterprises said on Friday its quarterly profit more than "
        "doubled. Gautam Adani, the group's chairman, said the company would raise new funds. Shares of "
        "Adani Ports and Special Economic Zone rose 3% in Mumbai.",
        {"Gautam Adani": "group's chairman"},
        ["Reuters", "Adani Enterprises"],
        {"Mumbai": "IN"},
    ),
    WireCase(
        "MANILA, Philippines (AP) — Typhoon Noru slammed into the northern Philippines on Sunday, forcing"
        " the evacuation of 74,000 people, the Office of Civil Defense said. Civil defense chief Ariel "
        "Nepomuceno said five rescuers died in Bulacan province.",
        {"Ariel Nepomuceno": "Civil defense chief"},
        ["AP", "Office of Civil Defense"],
        {"MANILA": "PH", "Philippines": "PH", "Bulacan": "PH"},
    ),
    WireCase(
        "Azerbaijani Foreign Minister Jeyhun Bayramov held a phone conversation with OSCE Secretary "
        "General Feridun Sinirlioglu, Report informs, citing the Foreign Ministry. The sides discussed "
        "the peace process between Baku and Yerevan.",
        {"Jeyhun Bayramov": "Azerbaijani Foreign Minister", "Feridun Sinirlioglu": "OSCE Secretary General"},
        ["Foreign Ministry", "OSCE"],
        {"Baku": "AZ", "Yerevan": "AM"},
    ),
    WireCase(
        "The Disaster and Emergency Management Authority (AFAD) said the quake struck Malatya's Yesilyurt"
        " district at 4:43 a.m. local time. Interior Minister Ali Yerlikaya said 23 people were injured. "
        "Malatya Mayor Sami Er said schools would stay closed.",
        {"Ali Yerlikaya": "Interior Minister", "Sami Er": "Malatya Mayor"},
        ["Disaster and Emergency Management Authority"],
        {"Malatya": "TR", "Yesilyurt": "TR"},
    ),
    WireCase(
        "Premier Li Qiang chaired a State Council executive meeting on Friday. Vice Premier He Lifeng is "
        "to visit London next week for talks with British Chancellor Rachel Reeves.",
        {"Li Qiang": "Premier", "He Lifeng": "Vice Premier", "Rachel Reeves": "British Chancellor"},
        ["State Council"],
        {"London": "GB"},
    ),
    WireCase(
        "DOHA, Qatar (AP) — Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said talks on "
        "a Gaza ceasefire had stalled. Hamas official Osama Hamdan said in Beirut that the group had not "
        "received a new proposal.",
        {"Mohammed bin Abdulrahman Al Thani": "Qatari Prime Minister", "Osama Hamdan": "Hamas official"},
        ["AP", "Hamas"],
        {"DOHA": "QA", "Qatar": "QA", "Gaza": "PS", "Beirut": "LB"},
    ),
    WireCase(
        "BERLIN (dpa) - German Chancellor Olaf Scholz's Social Democrats (SPD) slumped to third place in "
        "the European Parliament election, behind the conservative Christian Democratic Union (CDU) and "
        "the far-right Alternative for Germany (AfD).",
        {"Olaf Scholz": "German Chancellor"},
        [
            "dpa",
            "European Parliament",
            "Social Democrats",
            "Christian Democratic Union",
            "Alternative for Germany",
        ],
        {"BERLIN": "DE", "Germany": "DE"},
    ),
    WireCase(
        "Super Eagles coach Jose Peseiro has named 25 players for the qualifier against Sierra Leone in "
        "Abuja, the Nigeria Football Federation (NFF) said on Monday. Captain Ahmed Musa is included.",
        {"Jose Peseiro": "Super Eagles coach", "Ahmed Musa": "Captain"},
        ["Nigeria Football Federation"],
        {"Sierra Leone": "SL", "Abuja": "NG", "Nigeria": "NG"},
    ),
    WireCase(
        "A federal judge in Manhattan on Tuesday sentenced former FTX chief executive Sam Bankman-Fried "
        "to 25 years in prison. U.S. District Judge Lewis Kaplan said the fraud was enormous.",
        {"Sam Bankman-Fried": "former FTX chief executive", "Lewis Kaplan": "U.S. District Judge"},
        ["FTX"],
        {"Manhattan": "US", "U.S.": "US"},
    ),
    WireCase(
        "Bengaluru Police Commissioner B. Dayananda said on Sunday that three men had been arrested in "
        "connection with the blast at the Rameshwaram Cafe in Whitefield.",
        {"B. Dayananda": "Bengaluru Police Commissioner"},
        [],
        {"Bengaluru": "IN"},
    ),
    WireCase(
        "GENEVA (AP) — The World Health Organization said Thursday that a cholera outbreak in Sudan has "
        "sickened more than 10,000 people. WHO Director-General Tedros Adhanom Ghebreyesus urged donors "
        "to act, while the U.N. children's agency UNICEF said 3 million children were at risk.",
        {"Tedros Adhanom Ghebreyesus": "WHO Director-General"},
        ["AP", "World Health Organization", "U.N.", "UNICEF"],
        {"GENEVA": "CH", "Sudan": "SD"},
    ),
    WireCase(
        "Baku, 3 June, AZERTAC. The Azerbaijan national football team will face Sweden at the Baku "
        "Olympic Stadium. Head coach Fernando Santos said the squad was ready. Neftchi striker Ramil "
        "Sheydayev was called up.",
        {"Fernando Santos": "Head coach", "Ramil Sheydayev": "Neftchi striker"},
        ["AZERTAC"],
        {"Baku": "AZ", "Sweden": "SE", "Azerbaijan": "AZ"},
    ),
    WireCase(
        "Apple Inc. unveiled its new iPhone on Tuesday at its headquarters in Cupertino, California. "
        "Chief executive Tim Cook said the device was its most advanced yet. Samsung Electronics and "
        "Google also released new phones this month.",
        {"Tim Cook": "Chief executive"},
        ["Apple Inc.", "Samsung Electronics", "Google"],
        {"Cupertino": "US", "California": "US"},
    ),
    WireCase(
        "BRUSSELS (Reuters) - European Commission President Ursula von der Leyen said on Wednesday the "
        "European Union would propose new sanctions against Russia. NATO Secretary-General Mark Rutte "
        "welcomed the move.",
        {"Ursula von der Leyen": "European Commission President", "Mark Rutte": "NATO Secretary-General"},
        ["Reuters", "European Commission", "European Union", "NATO"],
        {"Russia": "RU"},
    ),
    WireCase(
        "Tashkent, 14 May (UzA) -- President of Uzbekistan Shavkat Mirziyoyev received a delegation led "
        "by the Chairman of the Board of the Asian Development Bank Masatsugu Asakawa. The sides "
        "discussed projects in the Karakalpakstan and Samarkand regions.",
        {
            "Shavkat Mirziyoyev": "President of Uzbekistan",
            "Masatsugu Asakawa": "Chairman of the Board of the Asian Development Bank",
        },
        ["UzA"],
        {"Tashkent": "UZ", "Uzbekistan": "UZ", "Samarkand": "UZ"},
    ),
    WireCase(
        "Tbilisi, February 25, AZERTAC. A memorial event dedicated to the 33rd anniversary of the Khojaly"
        " genocide was held at the Heydar Aliyev Cultural Center in Marneuli. The event was co-organized "
        "by the Azerbaijani Embassy in Georgia and the Union of Azerbaijani Women of Georgia. Ambassador "
        "Faig Guliyev said the massacre committed against civilians on February 26, 1992 will never be "
        "forgotten. Member of the Parliament of Georgia Savalan Mirzayev also addressed the gathering.",
        {"Faig Guliyev": "Ambassador", "Savalan Mirzayev": "Member of the Parliament of Georgia"},
        [
            "AZERTAC",
            "Heydar Aliyev Cultural Center",
            "Azerbaijani Embassy in Georgia",
            "Union of Azerbaijani Women of Georgia",
            "Parliament of Georgia",
        ],
        {"Tbilisi": "GE", "Marneuli": "GE", "Khojaly": "AZ", "Georgia": "GE"},
    ),
    WireCase(
        "Ankara, 20 January, Report. A commemoration ceremony for the victims of the January 20 tragedy "
        "was held at Ankara University on Monday. Rector Necdet Unuvar and Azerbaijan's Ambassador to "
        "Turkiye Rashad Mammadov laid wreaths. Students of the Faculty of Languages, History and "
        "Geography performed poems.",
        {"Necdet Unuvar": "Rector", "Rashad Mammadov": "Azerbaijan's Ambassador to Turkiye"},
        ["Ankara University"],
        {"Ankara": "TR", "Azerbaijan": "AZ", "Turkiye": "TR"},
    ),
    WireCase(
        "GUWAHATI, India, July 6 (Reuters) - Floods in the northeastern Indian state of Assam have killed"
        " at least 52 people and displaced more than 2.1 million, the Assam State Disaster Management "
        "Authority said on Saturday. Chief Minister Himanta Biswa Sarma visited relief camps in Dhubri "
        "and Morigaon districts, while rescue teams from the National Disaster Response Force evacuated "
        "villagers by boat along the swollen Brahmaputra river.",
        {"Himanta Biswa Sarma": "Chief Minister"},
        ["Reuters", "Assam State Disaster Management Authority", "National Disaster Response Force"],
        {"India": "IN", "Assam": "IN", "Dhubri": "IN", "Morigaon": "IN"},
    ),
    WireCase(
        "DHAKA, Bangladesh (AP) — A fire that tore through a seven-story building housing a popular "
        "restaurant in Dhaka's Bailey Road area killed at least 46 people, Health Minister Samanta Lal "
        "Sen said Friday. Brig. Gen. Mohammad Main Uddin, director general of the Fire Service and Civil "
        "Defence, said firefighters rescued 75 people from the building.",
        {
            "Samanta Lal Sen": "Health Minister",
            "Mohammad Main Uddin": "director general of the Fire Service and Civil Defence",
        },
        ["AP", "Fire Service and Civil Defence"],
        {"DHAKA": "BD", "Bangladesh": "BD"},
    ),
    WireCase(
        "ALBUQUERQUE, N.M. (AP) — Two people were killed and five wounded when a gunman opened fire at a "
        "park in Albuquerque on Sunday, police said. Albuquerque Police Department spokesman Gilbert "
        "Gallegos said officers arrested an 18-year-old suspect at the scene. Mayor Tim Keller called the"
        ' shooting "senseless."',
        {"Gilbert Gallegos": "Albuquerque Police Department spokesman", "Tim Keller": "Mayor"},
        ["AP", "Albuquerque Police Department"],
        {"ALBUQUERQUE": "US", "N.M.": "US"},
    ),
    WireCase(
        "Kandahar, Aug. 2 /Xinhua/ -- Three children were killed and four others injured when an "
        "unexploded mortar shell went off in Arghandab district of southern Kandahar province on Friday, "
        "a local official said. Provincial police spokesman Qari Yousuf Ahmadi said the children had "
        "found the shell near their home.",
        {"Yousuf Ahmadi": "Provincial police spokesman"},
        [],
        {"Kandahar": "AF"},
    ),
    WireCase(
        "Shimla, Sep 14 (PTI) At least eight people were killed and 21 injured when a private bus fell "
        "into a gorge in Mandi district of Himachal Pradesh on Saturday, police said. Mandi "
        "Superintendent of Police Saumya Sambasivan said the driver lost control on a sharp turn near "
        "Jogindernagar. Chief Minister Sukhvinder Singh Sukhu announced an ex gratia of Rs 4 lakh for the"
        " families of the deceased.",
        {"Saumya Sambasivan": "Mandi Superintendent of Police", "Sukhvinder Singh Sukhu": "Chief Minister"},
        ["PTI"],
        {"Mandi": "IN", "Himachal Pradesh": "IN"},
    ),
    WireCase(
        "Tashkent, 12 April (UzA) -- Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov held "
        "talks with Estonian Foreign Minister Margus Tsahkna. The sides discussed the expansion of "
        "cooperation between Uzbekistan and Estonia in the fields of digital economy and education, as "
        "well as preparations for the meeting of the Intergovernmental Commission.",
        {
            "Bakhtiyor Saidov": "Minister of Foreign Affairs of Uzbekistan",
            "Margus Tsahkna": "Estonian Foreign Minister",
        },
        ["UzA", "Intergovernmental Commission"],
        {"Tashkent": "UZ", "Uzbekistan": "UZ", "Estonia": "EE"},
    ),
    WireCase(
        "KAMPALA, Uganda — Vipers SC beat KCCA FC 2-0 at St. Mary's Stadium in Kitende on Saturday to go "
        "top of the Uganda Premier League. Striker Milton Karisa scored both goals. KCCA coach Morley "
        "Byekwaso said his side was unlucky.",
        {"Milton Karisa": "Striker", "Morley Byekwaso": "KCCA coach"},
        ["Vipers SC", "KCCA FC", "Uganda Premier League"],
        {"KAMPALA": "UG", "Uganda": "UG"},
    ),
    WireCase(
        "SEOUL, March 12 (Yonhap) -- Samsung Heavy Industries Co. said Tuesday it has won a 1.5 trillion-"
        "won order to build five container ships for a European shipping company. The shipbuilder has "
        "secured orders worth 2.3 billion dollars so far this year, according to the company. Its rival "
        "HD Korea Shipbuilding & Offshore Engineering Co. also announced a deal with a shipper from "
        "Oceania.",
        {},
        ["Yonhap", "Samsung Heavy Industries Co.", "HD Korea Shipbuilding & Offshore Engineering Co."],
        {"SEOUL": "KR", "Oceania": None, "Korea": "KR"},
    ),
    WireCase(
        "BEIJING, May 20 (Xinhua) -- An exhibition of Persian miniatures opened at the Palace Museum in "
        "Beijing on Monday, displaying 80 works from the collection of the National Museum of Iran. "
        "Iranian Ambassador to China Abdolreza Rahmani Fazli said the exhibition reflected centuries of "
        "exchange along the Silk Road. Wang Xudong, director of the Palace Museum, attended the opening.",
        {
            "Abdolreza Rahmani Fazli": "Iranian Ambassador to China",
            "Wang Xudong": "director of the Palace Museum",
        },
        ["Xinhua", "Palace Museum", "National Museum of Iran"],
        {"BEIJING": "CN", "Iran": "IR", "China": "CN"},
    ),
    WireCase(
        "More than 25,000 runners took part in the Istanbul Marathon on Sunday, the only race in the "
        "world that crosses two continents, Anadolu Agency reports. Kenyan runner Daniel Kipchumba won "
        "the men's race in 2:09:44, while Ethiopia's Sifan Melaku took the women's title. Istanbul Mayor "
        "Ekrem Imamoglu presented the trophies.",
        {"Daniel Kipchumba": "Kenyan runner", "Ekrem Imamoglu": "Istanbul Mayor"},
        ["Anadolu Agency"],
        {"Istanbul": "TR", "Ethiopia": "ET"},
    ),
    WireCase(
        "PORT-AU-PRINCE, Haiti (AP) — Gang violence has forced nearly 580,000 people from their homes, "
        "the International Organization for Migration said Tuesday. Prime Minister Garry Conille said "
        "security forces, backed by a Kenya-led multinational mission, had retaken control of the Cite "
        "Soleil neighborhood.",
        {"Garry Conille": "Prime Minister"},
        ["AP", "International Organization for Migration"],
        {"Haiti": "HT", "Kenya": "KE"},
    ),
    WireCase(
        "ISLAMABAD, Nov 8 (Reuters) - A suicide bomber killed at least 26 people at a railway station in "
        "Quetta, the capital of Pakistan's southwestern Balochistan province, officials said. The "
        "outlawed Balochistan Liberation Army (BLA) claimed responsibility. Provincial government "
        "spokesman Shahid Rind said 62 people were wounded.",
        {"Shahid Rind": "Provincial government spokesman"},
        ["Reuters", "Balochistan Liberation Army"],
        {"ISLAMABAD": "PK", "Quetta": "PK", "Pakistan": "PK", "Balochistan": "PK"},
    ),
    WireCase(
        "Baku, 8 November, Trend. President of the Republic of Azerbaijan Ilham Aliyev visited the "
        "liberated city of Shusha on the occasion of Victory Day. The head of state laid a wreath at the "
        "monument and met with veterans of the Patriotic War, the press service of the President said.",
        {"Ilham Aliyev": "President of the Republic of Azerbaijan"},
        [],
        {"Baku": "AZ", "Republic of Azerbaijan": "AZ", "Shusha": "AZ"},
    ),
    WireCase(
        "CHISINAU, June 3 (Reuters) - Moldova's President Maia Sandu said on Monday her country would "
        "hold a referendum on joining the European Union alongside the presidential election in October. "
        "Speaking after a meeting with Romanian counterpart Klaus Iohannis in Bucharest, Sandu said "
        "Moldova had made 'irreversible' progress.",
        {"Maia Sandu": "Moldova's President", "Klaus Iohannis": "Romanian counterpart"},
        ["Reuters", "European Union"],
        {"CHISINAU": "MD", "Moldova": "MD", "Bucharest": "RO"},
    ),
    WireCase(
        "NEW YORK (AP) — Stocks fell on Wall Street on Thursday after a report showed inflation remained "
        "stubborn. The S&P 500 dropped 1.1%, and the Dow Jones Industrial Average lost 350 points. Shares"
        " of Boeing fell 4% after the Federal Aviation Administration said it would extend its audit of "
        "the planemaker.",
        {},
        ["AP", "Boeing", "Federal Aviation Administration"],
        {"NEW YORK": "US"},
    ),
    WireCase(
        "The Azerbaijani Ministry of Culture and the Embassy of Azerbaijan in Italy organized a concert "
        "of mugham at the Parco della Musica auditorium in Rome, Trend reports. The program featured "
        "khanende Alim Qasimov and his daughter Fargana Qasimova, as well as the Rome Symphony Orchestra "
        "conducted by Francesco La Vecchia.",
        {"Francesco La Vecchia": None},
        ["Azerbaijani Ministry of Culture", "Embassy of Azerbaijan in Italy", "Rome Symphony Orchestra"],
        {"Rome": "IT", "Italy": "IT", "Azerbaijan": "AZ"},
    ),
    WireCase(
        "JAKARTA (Reuters) - A landslide at an illegal gold mine on Indonesia's Sulawesi island killed at"
        " least 15 people and left 10 others missing, a search and rescue official said on Monday. "
        "Heriyanto, head of the local search and rescue agency in Gorontalo province, said heavy rain "
        "hampered the operation.",
        {"Heriyanto": "head of the local search and rescue agency in Gorontalo province"},
        ["Reuters"],
        {"JAKARTA": "ID", "Indonesia": "ID", "Sulawesi": "ID", "Gorontalo": "ID"},
    ),
    WireCase(
        "CAPE TOWN, South Africa (AP) — South Africa's ruling African National Congress lost its "
        "parliamentary majority for the first time since the end of apartheid, the Electoral Commission "
        "announced Sunday. ANC Secretary-General Fikile Mbalula said the party would talk to all parties,"
        " including the Democratic Alliance.",
        {"Fikile Mbalula": "ANC Secretary-General"},
        ["AP", "African National Congress", "Electoral Commission", "Democratic Alliance"],
        {"CAPE TOWN": "ZA", "South Africa": "ZA"},
    ),
    WireCase(
        "Prague, 5 March (CTK) - Czech Prime Minister Petr Fiala met Ukrainian President Volodymyr "
        "Zelensky in Kyiv on Tuesday to discuss the Czech-led initiative to buy artillery ammunition "
        "outside the EU. Defence Minister Jana Cernochova accompanied Fiala on the trip.",
        {
            "Petr Fiala": "Czech Prime Minister",
            "Volodymyr Zelensky": "Ukrainian President",
            "Jana Cernochova": "Defence Minister",
        },
        ["EU"],
        {"Prague": "CZ", "Kyiv": "UA"},
    ),
    WireCase(
        "SYDNEY (AFP) - Bushfires raging across New South Wales have destroyed more than 40 homes, the "
        'Rural Fire Service said Thursday. "Conditions are extremely dangerous," RFS Commissioner Rob '
        "Rogers told reporters. Residents of the Blue Mountains west of Sydney were told to leave.",
        {"Rob Rogers": "RFS Commissioner"},
        ["AFP", "Rural Fire Service"],
        {"SYDNEY": "AU", "New South Wales": "AU", "Blue Mountains": "AU"},
    ),
    WireCase(
        "LAGOS, Nigeria (Reuters) - Dangote Industries said on Wednesday its 650,000 barrel-per-day "
        "refinery had started producing petrol. Aliko Dangote, the group's president, told reporters the "
        "plant would meet Nigeria's entire fuel demand. The Nigerian National Petroleum Company Ltd "
        "(NNPC) holds a 20% stake.",
        {"Aliko Dangote": "group's president"},
        ["Reuters", "Dangote Industries", "Nigerian National Petroleum Company Ltd"],
        {"LAGOS": "NG", "Nigeria": "NG"},
    ),
    WireCase(
        "Astana, 6 July, Kazinform. Kazakh President Kassym-Jomart Tokayev congratulated the national "
        "team on winning the Asian Games gold medal in wrestling. Daulet Niyazbekov defeated Iran's "
        "Amirhossein Zare in the final, the Kazakhstan Wrestling Federation said.",
        {"Kassym-Jomart Tokayev": "Kazakh President"},
        ["Kazinform", "Kazakhstan Wrestling Federation"],
        {"Astana": "KZ", "Iran": "IR", "Kazakhstan": "KZ"},
    ),
    WireCase(
        "WELLINGTON (Reuters) - New Zealand's central bank held its official cash rate at 5.5% on "
        "Wednesday. Reserve Bank of New Zealand Governor Adrian Orr said inflation was falling. Finance "
        "Minister Nicola Willis welcomed the decision.",
        {"Adrian Orr": "Reserve Bank of New Zealand Governor", "Nicola Willis": "Finance Minister"},
        ["Reuters", "Reserve Bank of New Zealand"],
        {"WELLINGTON": "NZ", "New Zealand": "NZ"},
    ),
    WireCase(
        "NAIROBI, Kenya — Gor Mahia beat AFC Leopards 2-1 in the Mashemeji derby at Nyayo National "
        "Stadium on Sunday. Gor Mahia coach Leonardo Neiva praised his players, while Leopards captain "
        "Clyde Senaji said the referee made mistakes. Two fans were slightly injured in a scuffle outside"
        " the stadium, the Kenya Red Cross said.",
        {"Leonardo Neiva": "Gor Mahia coach", "Clyde Senaji": "Leopards captain"},
        ["Gor Mahia", "AFC Leopards", "Kenya Red Cross"],
        {"NAIROBI": "KE", "Kenya": "KE"},
    ),
    WireCase(
        "MADRID (Reuters) - Real Madrid beat Bayern Munich 2-1 on Wednesday to reach the Champions League"
        " final, with Joselu scoring twice in the closing minutes. Bayern coach Thomas Tuchel said his "
        'team had been "unlucky". Manchester United and Borussia Dortmund were also in action.',
        {"Thomas Tuchel": "Bayern coach"},
        ["Reuters", "Real Madrid", "Bayern Munich", "Manchester United", "Borussia Dortmund"],
        {"MADRID": "ES"},
    ),
    WireCase(
        "GENEVA (AFP) - Doctors Without Borders (MSF) said on Friday that its hospital in Khan Younis had"
        " been hit by shelling, killing two staff members. Human Rights Watch and Amnesty International "
        "called for an investigation, and the United Nations Office for the Coordination of Humanitarian "
        "Affairs said aid deliveries had stalled.",
        {},
        [
            "AFP",
            "Doctors Without Borders",
            "Human Rights Watch",
            "Amnesty International",
            "United Nations Office for the Coordination of Humanitarian Affairs",
        ],
        {"GENEVA": "CH", "Khan Younis": "PS"},
    ),
    WireCase(
        "WASHINGTON (Reuters) - The International Monetary Fund on Tuesday raised its global growth "
        "forecast to 3.2%, citing resilient consumer spending in the United States. IMF chief economist "
        "Pierre-Olivier Gourinchas said risks remained. The World Bank will publish its own forecasts "
        "next week.",
        {"Pierre-Olivier Gourinchas": "IMF chief economist"},
        ["Reuters", "International Monetary Fund", "World Bank"],
        {"WASHINGTON": "US", "United States": "US"},
    ),
    WireCase(
        "SEOUL, Jan. 8 (Yonhap) -- Hanwha Ocean Co. said Monday it has signed a deal to build two LNG "
        "carriers for a Greek shipper. The shipbuilder's chief executive Kwon Hyuk-woong said the company"
        " aims to win orders worth $9 billion this year. Shares of Hanwha Ocean rose 2.3 percent on the "
        "Korea Exchange.",
        {"Kwon Hyuk-woong": "shipbuilder's chief executive"},
        ["Yonhap", "Hanwha Ocean Co.", "Korea Exchange"],
        {"SEOUL": "KR", "Korea": "KR"},
    ),
    WireCase(
        "HANGZHOU, Sept. 22 (Xinhua) -- An exhibition of silk textiles from the Tang Dynasty opened at "
        "the China National Silk Museum in Hangzhou, capital of east China's Zhejiang Province, on "
        "Friday. Zhao Feng, the museum's honorary curator, said the 120 exhibits included rare pieces "
        "lent by the Hermitage Museum in St. Petersburg.",
        {"Zhao Feng": "museum's honorary curator"},
        ["Xinhua", "China National Silk Museum", "Hermitage Museum"],
        {"HANGZHOU": "CN", "China": "CN", "Zhejiang Province": "CN", "St. Petersburg": "RU"},
    ),
    WireCase(
        "Baku, 21 September, AZERTAC. More than 18,000 runners from 60 countries took part in the Baku "
        "Marathon 2025 organized by the Heydar Aliyev Foundation. Ethiopian athlete Gebre Tadesse won the"
        " men's race, while Azerbaijan's Hayle Ibrahimov finished fifth. Minister of Youth and Sports "
        "Farid Gayibov presented the awards.",
        {
            "Gebre Tadesse": "Ethiopian athlete",
            "Hayle Ibrahimov": None,
            "Farid Gayibov": "Minister of Youth and Sports",
        },
        ["AZERTAC", "Heydar Aliyev Foundation"],
        {"Baku": "AZ", "Azerbaijan": "AZ"},
    ),
    WireCase(
        "Lviv, Ukraine (Ukrinform) - A Russian missile struck a residential area in Lviv overnight, "
        "killing seven people, including three children, regional governor Maksym Kozytskyi said. The "
        "State Emergency Service of Ukraine said 40 people had been rescued from the rubble.",
        {"Maksym Kozytskyi": "regional governor"},
        ["Ukrinform", "State Emergency Service of Ukraine"],
        {"Lviv": "UA", "Ukraine": "UA"},
    ),
    WireCase(
        "TEHRAN (IRNA) - Iranian Foreign Ministry spokesman Nasser Kanaani on Monday condemned the new "
        "sanctions imposed by the European Union. Kanaani told reporters that Tehran would respond. "
        "Deputy Foreign Minister for Political Affairs Ali Bagheri Kani is due to travel to Oman.",
        {
            "Nasser Kanaani": "Iranian Foreign Ministry spokesman",
            "Ali Bagheri Kani": "Deputy Foreign Minister for Political Affairs",
        },
        ["IRNA", "Iranian Foreign Ministry", "European Union"],
        {"TEHRAN": "IR", "Oman": "OM"},
    ),
    WireCase(
        "Islamabad, March 2 (APP) - Prime Minister Shehbaz Sharif chaired a meeting on the economy, "
        "attended by Finance Minister Muhammad Aurangzeb and State Bank of Pakistan Governor Jameel "
        "Ahmad. The Pakistan Muslim League-Nawaz (PML-N) has pledged to reduce inflation.",
        {
            "Shehbaz Sharif": "Prime Minister",
            "Muhammad Aurangzeb": "Finance Minister",
            "Jameel Ahmad": "State Bank of Pakistan Governor",
        },
        ["APP", "State Bank of Pakistan", "Pakistan Muslim League-Nawaz"],
        {"Islamabad": "PK", "Pakistan": "PK"},
    ),
    WireCase(
        "TOKYO (Kyodo) - Japan's Nikkei stock index hit a record high on Thursday, lifted by chip-related"
        " shares such as Tokyo Electron Ltd. and Advantest Corp. Bank of Japan Governor Kazuo Ueda said "
        "the central bank would watch markets closely.",
        {"Kazuo Ueda": "Bank of Japan Governor"},
        ["Kyodo", "Tokyo Electron Ltd.", "Advantest Corp.", "Bank of Japan"],
        {"TOKYO": "JP", "Japan": "JP"},
    ),
    WireCase(
        "LOS ANGELES (AP) — A magnitude 4.6 earthquake shook the Los Angeles area early Monday, the U.S. "
        "Geological Survey said. There were no immediate reports of damage, said Erik Scott, a spokesman "
        "for the Los Angeles Fire Department. Seismologist Lucy Jones told KTLA-TV that aftershocks were "
        "likely.",
        {"Erik Scott": "spokesman for the Los Angeles Fire Department", "Lucy Jones": "Seismologist"},
        ["AP", "U.S. Geological Survey", "Los Angeles Fire Department", "KTLA-TV"],
        {"LOS ANGELES": "US", "U.S.": "US"},
    ),
    WireCase(
        "Budapest, 9 November, Azernews. A reception on the occasion of Victory Day was held at the "
        "Embassy of Azerbaijan in Hungary. Ambassador Vilayat Guliyev noted that the 44-day war restored "
        "Azerbaijan's territorial integrity. Hungarian State Secretary for Foreign Affairs Levente Magyar"
        " and Zoltan Kovacs, spokesman for the Hungarian government, attended the event.",
        {
            "Vilayat Guliyev": "Ambassador",
            "Levente Magyar": "Hungarian State Secretary for Foreign Affairs",
            "Zoltan Kovacs": "spokesman for the Hungarian government",
        },
        ["Azernews", "Embassy of Azerbaijan in Hungary"],
        {"Budapest": "HU", "Azerbaijan": "AZ", "Hungary": "HU"},
    ),
    WireCase(
        "Helmand, Afghanistan (Pajhwok) - Four civilians, including two women, were killed when a mortar "
        "round hit a house in Nad Ali district of southern Helmand province, officials said. Mohammad "
        "Qasim Riaz, spokesman for the provincial governor, said the Taliban had launched an "
        "investigation.",
        {"Mohammad Qasim Riaz": "spokesman for the provincial governor"},
        ["Taliban"],
        {"Helmand": "AF", "Afghanistan": "AF", "Nad Ali": "AF"},
    ),
    WireCase(
        "The Ministry of Foreign Affairs of the Republic of Korea and the Korea Trade-Investment "
        "Promotion Agency (KOTRA) will host a business forum in Baku next month, Report informs. KOTRA "
        "Baku office director Kim Sung-min said 40 Korean companies would take part.",
        {"Kim Sung-min": "KOTRA Baku office director"},
        ["Ministry of Foreign Affairs of the Republic of Korea", "Korea Trade-Investment Promotion Agency"],
        {"Republic of Korea": "KR", "Baku": "AZ", "Korea": "KR"},
    ),
    WireCase(
        "Nur-Sultan, 14 June, Kazinform. Chairman of the Board of Kazakhstan Temir Zholy Talgat Amanbayev"
        " met with the delegation of Deutsche Bahn. The parties agreed to expand container traffic along "
        "the Trans-Caspian International Transport Route.",
        {"Talgat Amanbayev": "Chairman of the Board of Kazakhstan Temir Zholy"},
        ["Kazinform", "Deutsche Bahn"],
        {"Kazakhstan": "KZ"},
    ),
    WireCase(
        "KATHMANDU (AFP) - At least 38 people died when a domestic flight operated by Yeti Airlines "
        "crashed near Pokhara in central Nepal on Sunday, the Civil Aviation Authority of Nepal said. "
        "Police official Ajay K.C. said rescuers had recovered bodies from the gorge.",
        {"Ajay K.C.": "Police official"},
        ["AFP", "Yeti Airlines", "Civil Aviation Authority of Nepal"],
        {"Pokhara": "NP", "Nepal": "NP"},
    ),
    WireCase(
        "The country's top diplomat, Foreign Minister Ararat Mirzoyan, said Yerevan was ready to sign the"
        " peace treaty, Armenpress reported. Deputy Prime Minister Mher Grigoryan led the border "
        "commission.",
        {"Ararat Mirzoyan": "Foreign Minister", "Mher Grigoryan": "Deputy Prime Minister"},
        ["Armenpress"],
        {"Yerevan": "AM"},
    ),
    WireCase(
        '"We have lost everything," said Fatima Begum, a 52-year-old garment worker whose home was '
        "destroyed. Her neighbour, rickshaw puller Abdul Karim, said the water rose within minutes.",
        {"Fatima Begum": "garment worker"},
        [],
        {},
    ),
    WireCase(
        "Police identified the gunman as 34-year-old Derek Miles of Mesa. Sgt. Kevin Barnes, a spokesman "
        "for the Tucson Police Department, said Miles had no criminal record. Pima County Sheriff Chris "
        "Nanos said deputies were assisting.",
        {
            "Derek Miles": None,
            "Kevin Barnes": "spokesman for the Tucson Police Department",
            "Chris Nanos": "Pima County Sheriff",
        },
        ["Tucson Police Department"],
        {"Mesa": "US", "Pima County": "US", "Tucson": "US"},
    ),
    WireCase(
        "The statement was issued by the Deputy Governor of Helmand, Mawlawi Abdul Ahad Ahmadi, who "
        'blamed "remnants of the war" for the blast. The International Committee of the Red Cross (ICRC) '
        "said it had treated the wounded at its hospital in Lashkar Gah.",
        {"Abdul Ahad Ahmadi": "Deputy Governor of Helmand"},
        ["International Committee of the Red Cross"],
        {"Helmand": "AF", "Lashkar Gah": "AF"},
    ),
    WireCase(
        "Guests were welcomed by Nigar Akhundova, head of the Azerbaijani community of Latvia, and "
        "Latvian MP Ainars Latkovskis, chairman of the Latvia-Azerbaijan inter-parliamentary friendship "
        "group.",
        {
            "Nigar Akhundova": "head of the Azerbaijani community of Latvia",
            "Ainars Latkovskis": "Latvian MP, chairman of the Latvia-Azerbaijan inter-parliamentary friendship group",
        },
        [],
        {"Latvia": "LV"},
    ),
    WireCase(
        "Kenyan long-distance runner Hellen Obiri won the Boston Marathon for a second time on Monday. "
        "Her compatriot Sharon Lokedi finished second, while world record holder Tigst Assefa of Ethiopia"
        " pulled out.",
        {
            "Hellen Obiri": "Kenyan long-distance runner",
            "Sharon Lokedi": "compatriot",
            "Tigst Assefa": "world record holder",
        },
        [],
        {"Ethiopia": "ET"},
    ),
    WireCase(
        "Volkswagen AG said on Tuesday it would cut 35,000 jobs in Germany by 2030, after weeks of talks "
        "with the IG Metall union. Thomas Schaefer, head of the Volkswagen brand, said the deal would "
        "save 1.5 billion euros a year.",
        {"Thomas Schaefer": "head of the Volkswagen brand"},
        ["Volkswagen AG", "IG Metall"],
        {"Germany": "DE"},
    ),
    WireCase(
        "The event at the Mugham Center was attended by Deputy Minister of Culture Vasif Eyvazzade, "
        "People's Artist Farhad Badalbeyli and rector of the Baku Music Academy Ulviyya Hajibeyova.",
        {
            "Vasif Eyvazzade": "Deputy Minister of Culture",
            "Farhad Badalbeyli": "People's Artist",
            "Ulviyya Hajibeyova": "rector of the Baku Music Academy",
        },
        ["Mugham Center", "Baku Music Academy"],
        {"Baku": "AZ"},
    ),
    WireCase(
        "Ex-president Donald Trump's former lawyer Michael Cohen testified on Monday. Judge Juan Merchan "
        "told jurors to return on Tuesday.",
        {
            "Donald Trump": "Ex-president",
            "Michael Cohen": "Donald Trump's former lawyer",
            "Juan Merchan": "Judge",
        },
        [],
        {},
    ),
    WireCase(
        "Ukrainian Prime Minister Denys Shmyhal and his Polish counterpart Donald Tusk met in Warsaw, "
        "where they discussed grain exports, the Polish Press Agency (PAP) reported.",
        {"Denys Shmyhal": "Ukrainian Prime Minister", "Donald Tusk": "Polish counterpart"},
        ["Polish Press Agency"],
        {"Warsaw": "PL"},
    ),
    WireCase(
        "DHAKA (Reuters) - Bangladesh's garment exporters' body, the Bangladesh Garment Manufacturers and"
        " Exporters Association (BGMEA), said on Sunday that 130 factories had shut after protests. "
        "Commerce Adviser Sheikh Bashir Uddin met BGMEA leaders at the Secretariat.",
        {"Bashir Uddin": "Commerce Adviser"},
        ["Reuters", "Bangladesh Garment Manufacturers and Exporters Association"],
        {"DHAKA": "BD", "Bangladesh": "BD"},
    ),
    WireCase(
        "The Turkish Red Crescent (Kizilay) and the Disaster and Emergency Management Presidency (AFAD) "
        "sent 500 tents to the quake zone in Malatya, Anadolu Agency reported. Kizilay President Fatma "
        "Meric Yilmaz visited the city.",
        {"Fatma Meric Yilmaz": "Kizilay President"},
        ["Turkish Red Crescent", "Disaster and Emergency Management Presidency", "Anadolu Agency"],
        {"Malatya": "TR"},
    ),
    WireCase(
        "Kenya Power said a fault on the Kiambere-Nairobi transmission line caused the nationwide "
        "blackout. Energy Cabinet Secretary Opiyo Wandayi apologised and said the Kenya Electricity "
        "Generating Company (KenGen) had restored most plants.",
        {"Opiyo Wandayi": "Energy Cabinet Secretary"},
        ["Kenya Power", "Kenya Electricity Generating Company"],
        {"Kenya": "KE"},
    ),
    WireCase(
        "The match at the Kasarani stadium was halted for 10 minutes after fans of Tusker FC threw "
        "bottles onto the pitch, the Football Kenya Federation (FKF) said. FKF president Hussein Mohammed"
        " said the club would be fined.",
        {"Hussein Mohammed": "FKF president"},
        ["Tusker FC", "Football Kenya Federation"],
        {"Kenya": "KE"},
    ),
    WireCase(
        "Samsung Electronics Co. and SK Hynix Inc. led gains on the Korea Composite Stock Price Index "
        "(KOSPI), which rose 1.2 percent. The Financial Services Commission said it would extend the "
        "short-selling ban.",
        {},
        ["Samsung Electronics Co.", "SK Hynix Inc.", "Financial Services Commission"],
        {"Korea": "KR"},
    ),
    WireCase(
        "The exhibition, organized by the Azerbaijan Carpet Museum and the Chinese Academy of Social "
        "Sciences, will run until November at the National Museum of China in Beijing, Xinhua reported.",
        {},
        [
            "Azerbaijan Carpet Museum",
            "Chinese Academy of Social Sciences",
            "National Museum of China",
            "Xinhua",
        ],
        {"Beijing": "CN", "China": "CN", "Azerbaijan": "AZ"},
    ),
    WireCase(
        "Police in Tucson said a gunman opened fire at a convenience store on Monday. The Federal Bureau "
        "of Investigation and the Arizona Department of Public Safety joined the inquiry, said Sgt. Maria"
        " Lopez of the Pima County Sheriff's Department.",
        {"Maria Lopez": None},
        [
            "Federal Bureau of Investigation",
            "Arizona Department of Public Safety",
            "Pima County Sheriff's Department",
        ],
        {"Tucson": "US", "Arizona": "US", "Pima County": "US"},
    ),
    WireCase(
        "The Uzbek Ministry of Investment, Industry and Trade signed a memorandum with Latvia's "
        "Investment and Development Agency (LIAA) in Riga on Thursday, UzDaily reported.",
        {},
        ["Uzbek Ministry of Investment, Industry and Trade", "Investment and Development Agency"],
        {"Riga": "LV", "Latvia": "LV"},
    ),
    WireCase(
        "NATO-led forces and the Afghan National Army repelled a Taliban attack on a checkpoint in "
        "Helmand, the Ministry of Defense said. Provincial council member Abdul Majid Akhund said six "
        "civilians were wounded.",
        {"Abdul Majid Akhund": "Provincial council member"},
        ["NATO", "Afghan National Army", "Taliban", "Ministry of Defense"],
        {"Helmand": "AF"},
    ),
    WireCase(
        "Dhaka Metropolitan Police (DMP) arrested the owner of the building, said DMP Commissioner "
        "Habibur Rahman. The Rajdhani Unnayan Kartripakkha (RAJUK) had declared the building unsafe in "
        "2019.",
        {"Habibur Rahman": "DMP Commissioner"},
        ["Dhaka Metropolitan Police", "Rajdhani Unnayan Kartripakkha"],
        {"Dhaka": "BD"},
    ),
    WireCase(
        "Students of Baku State University and the Azerbaijan University of Languages laid flowers at the"
        " Khojaly genocide memorial in Baku's Khatai district, APA reports.",
        {},
        ["Baku State University", "Azerbaijan University of Languages", "APA"],
        {"Baku": "AZ", "Khatai": "AZ", "Azerbaijan": "AZ", "Khojaly": "AZ"},
    ),
    WireCase(
        "The contract with Qatar Energy will keep Hyundai Heavy Industries' Ulsan shipyard busy until "
        "2028, said Lee Sang-kyun, president of HD Hyundai Heavy Industries.",
        {"Lee Sang-kyun": "president of HD Hyundai Heavy Industries"},
        ["Qatar Energy", "Hyundai Heavy Industries", "HD Hyundai Heavy Industries"],
        {"Ulsan": "KR", "Qatar": "QA"},
    ),
]


@pytest.mark.parametrize("case", WIRE_CASES, ids=[c.text[:40] for c in WIRE_CASES])
def test_wire_copy(nlp: Language, case: WireCase) -> None:
    doc = nlp(case.text)
    got_persons = {p.name: p.title for p in extract_persons(doc)}
    got_orgs = {o.name for o in extract_organizations(doc)}
    got_locs = {loc.name: loc.country_code for loc in extract_locations(doc)}
    assert {n: got_persons.get(n, "<missing>") for n in case.persons} == case.persons
    assert [o for o in case.organizations if o not in got_orgs] == []
    assert {n: got_locs.get(n, "<missing>") for n in case.locations} == case.locations


@pytest.mark.parametrize(
    ("text", "not_person", "not_org", "not_loc"),
    [
        (
            "RIYADH (AP) — Cristiano Ronaldo scored twice as Al Nassr beat Al Hilal 3-1 on Friday.",
            {"Al Nassr", "Al Hilal"},
            set(),
            {"Al Nassr"},
        ),
        (
            "The Philadelphia Eagles beat the Dallas Cowboys 28-23. The Eagles moved into first place.",
            set(),
            {"Eagles"},
            {"Eagles", "Dallas"},
        ),
        (
            "Toyota Motor Corp. said sales rose. Toyota and Honda have both raised their forecasts.",
            set(),
            {"Toyota", "Toyota and Honda"},
            {"Toyota", "Honda"},
        ),
        (
            "Hurricane Milton strengthened on Monday. Milton is expected to make landfall on Wednesday.",
            {"Milton"},
            {"Hurricane Milton", "Milton"},
            {"Milton"},
        ),
        (
            "Muslims celebrated Eid al-Fitr on Wednesday after Ramadan ended on Tuesday evening.",
            {"Eid", "Ramadan"},
            {"Eid", "Ramadan"},
            {"Eid", "Ramadan"},
        ),
        ("Shell Plc said it would sell the unit, according to Shell's statement.", set(), {"Shell"}, set()),
        (
            "Author J.K. Rowling spoke. The Harry Potter creator made the announcement.",
            {"Harry Potter"},
            set(),
            set(),
        ),
        (
            "Grid operator Enedis said power was cut, the minister told France Info radio.",
            {"Enedis", "France Info"},
            set(),
            {"France Info"},
        ),
        ("Imane Khelif won the final at Roland Garros on Friday.", {"Roland Garros"}, set(), set()),
        (
            "Governor Ruslan Kravchenko said on Telegram that two people were killed.",
            set(),
            {"Telegram"},
            set(),
        ),
        (
            "Kazakh Transport Minister Marat Karabayev met Rashad Nabiyev in Aktau.",
            set(),
            {"Kazakh Transport"},
            set(),
        ),
        (
            "Xinhua reported the visit, Kazinform said, citing the ministry.",
            set(),
            set(),
            {"Xinhua", "Kazinform"},
        ),
        (
            "Shares of Hanwha Ocean Co. rose. Hanwha Ocean said the order was its largest.",
            set(),
            set(),
            {"Hanwha Ocean"},
        ),
    ],
)
def test_weak_spots_of_news_copy(
    nlp: Language, text: str, not_person: set[str], not_org: set[str], not_loc: set[str]
) -> None:
    doc = nlp(text)
    assert not not_person & {p.name for p in extract_persons(doc)}
    assert not not_org & {o.name for o in extract_organizations(doc)}
    assert not not_loc & {loc.name for loc in extract_locations(doc)}


def test_city_takes_the_country_the_article_names(nlp: Language) -> None:
    text = "Clashes in Tripoli killed four people overnight, Lebanon's state news agency reported."
    assert locs(nlp, text)["Tripoli"] == "LB"
    assert locs(nlp, "Clashes in Tripoli killed four people overnight.")["Tripoli"] == "LY"
    dateline = with_dateline(extract_locations(nlp("Four people died in Hyderabad.")), None, "", "Pakistan")
    assert {loc.name: loc.country_code for loc in dateline}["Hyderabad"] == "PK"


def test_gazetteer_alternate_names() -> None:
    assert country_code("Bombay") == "IN" and country_code("Calcutta") == "IN"
    assert lookup("Google") is None  # an alternate name of Topeka, ignored
    assert country_code("Kyiv Oblast") == "UA"
    assert country_code("Tripoli", {"LB"}) == "LB" and country_code("Tripoli") == "LY"


# ----------------------------------------------------------------------------------------- names and titles
# Shapes of names and titles that NER splits or misreads in wire copy; each test has a case that must not fire.


def test_hyphenated_given_names_and_double_surnames(nlp: Language) -> None:
    text = (
        "Chief Operating Officer Han Jae-wook said orders rose. Lawmaker Jean-Luc Moreau-Petit, a member "
        "of the Senate, objected. Dr. Lucia Santos-Oliveira, director of the Porto Eye Clinic, agreed."
    )
    got = persons(nlp, text)
    assert got["Han Jae-wook"] == "Chief Operating Officer"
    assert got["Jean-Luc Moreau-Petit"].startswith("Lawmaker")
    assert got["Lucia Santos-Oliveira"] == "director of the Porto Eye Clinic"
    # a compound of places is no name
    assert persons(nlp, "The Brazil-Argentina match drew 70,000 fans.") == {}


def test_first_name_before_a_surname_ner_took_for_a_firm(nlp: Language) -> None:
    got = persons(nlp, "Weather Bureau forecaster Elena Marquez-Rivas said the storm would weaken by Friday.")
    assert got == {"Elena Marquez-Rivas": "Weather Bureau forecaster"}


def test_venue_words_as_surnames(nlp: Language) -> None:
    text = (
        "Finance chief Park Min-ho said sales doubled. The firm was set up by chemist-turned-engineer "
        'Joost van Dam. "We are ready," said Helen Park, a spokeswoman for the Red Cross.'
    )
    got = persons(nlp, text)
    assert got["Park Min-ho"] == "Finance chief"
    assert got["Helen Park"] == "spokeswoman for the Red Cross"
    assert "Joost van Dam" in got
    assert persons(nlp, "Crowds gathered in Gorky Park on Sunday.") == {}


def test_title_with_place_that_ner_joined_to_the_name(nlp: Language) -> None:
    text = (
        "Peruvian Ambassador to Japan Rosa Elena Vargas Llosa opened the fair. Later, Ecuadorian "
        "Ambassador to Chile Diego Armando Ruiz Tapia spoke."
    )
    got = persons(nlp, text)
    assert got["Rosa Elena Vargas Llosa"] == "Peruvian Ambassador to Japan"
    assert got["Diego Armando Ruiz Tapia"] == "Ecuadorian Ambassador to Chile"
    assert {"Japan", "Chile"} <= set(locs(nlp, text))
    # a city of several words is not split into a place and a name
    got = persons(nlp, "Ana Paz, who was consul in Ho Chi Minh City until 2020, retired.")
    assert "Chi Minh City" not in got and "Minh City" not in got


def test_comma_apposition_after_the_role(nlp: Language) -> None:
    text = "The guests included Chile's ambassador to Peru, Vo Thanh Nam, who is also accredited to Bolivia."
    assert persons(nlp, text) == {"Vo Thanh Nam": "Chile's ambassador to Peru"}
    assert persons(nlp, "Trade with Peru, Bolivia and Ecuador grew, the ambassador said.") == {}


def test_honorific_strings_are_not_part_of_the_name(nlp: Language) -> None:
    text = (
        "Malaysian Trade Minister Datuk Seri Kamal Idris met Tan Sri Lim Boon Keat in Penang. Finance "
        "Minister Sri Mulyani Indrawati also attended."
    )
    got = persons(nlp, text)
    assert got["Kamal Idris"] == "Malaysian Trade Minister"
    assert "Lim Boon Keat" in got
    assert not any(name.startswith(("Datuk", "Tan Sri", "Seri")) for name in got)


def test_more_role_words(nlp: Language) -> None:
    text = (
        "Gaya District Magistrate Rakesh Kumar Singh visited the site. Later, substitute Omar Haddad "
        "scored and dancer Leela Bai performed."
    )
    got = persons(nlp, text)
    assert got["Rakesh Kumar Singh"] == "Gaya District Magistrate"
    assert got["Omar Haddad"] == "substitute" and got["Leela Bai"] == "dancer"
    assert "Gaya" in locs(nlp, text) and "Gaya District" not in locs(nlp, text)


def test_name_after_a_role_that_ner_cut_into_a_place_and_a_people(nlp: Language) -> None:
    got = persons(nlp, "Katni District Collector Anupama Rajhans told reporters the road was shut.")
    assert got == {"Anupama Rajhans": "Katni District Collector"}
    assert "Anupama Rajhans" not in orgs(nlp, "Katni District Collector Anupama Rajhans told reporters.")


def test_designated_region_in_the_title(nlp: Language) -> None:
    text = '"We will rebuild," said Deputy Akim of Almaty Region Serik Bekov.'
    assert persons(nlp, text) == {"Serik Bekov": "Deputy Akim of Almaty Region"}
    assert set(locs(nlp, text)) == {"Almaty Region"}


def test_place_after_a_designation_inside_an_org_is_no_person(nlp: Language) -> None:
    text = "Ramon Cruz, commander of Coast Guard District Western Visayas, said the search was widened."
    assert persons(nlp, text) == {"Ramon Cruz": "commander of Coast Guard District Western Visayas"}
    assert "Western Visayas" in locs(nlp, text)


# ----------------------------------------------------------------------------------------- organizations (shapes)


def test_companies_with_legal_suffixes(nlp: Language) -> None:
    text = (
        "Siemens agreed to buy Belgian pump maker Aquaflow NV and Italian parts supplier Meccanica Rossi "
        "SpA, and Dutch sensor maker Lindqvist Sensing BV."
    )
    got = orgs(nlp, text)
    assert {"Aquaflow NV", "Meccanica Rossi SpA", "Lindqvist Sensing BV"} <= set(got)
    assert persons(nlp, text) == {}
    assert "Aquaflow NV and Italian" not in got


def test_known_armed_groups(nlp: Language) -> None:
    text = (
        "The attackers were members of Islamic State West Africa Province (ISWAP), which broke away from "
        "Boko Haram in 2016. Al-Shabaab claimed a separate attack."
    )
    got = orgs(nlp, text)
    assert {"Islamic State West Africa Province", "Boko Haram", "Al-Shabaab"} <= set(got)
    assert "ISWAP" not in got
    assert persons(nlp, text) == {}
    assert set(locs(nlp, text)) == {"West Africa"}


def test_technology_acronyms_are_not_orgs(nlp: Language) -> None:
    text = (
        "Profit rose on demand for high-bandwidth memory (HBM) chips. HBM capacity is sold out, but "
        "DRAM prices may fall. The national disaster management agency (NDMA) issued a warning."
    )
    got = orgs(nlp, text)
    assert "HBM" not in got and "DRAM" not in got
    assert "NDMA" in got


def test_clubs_and_romance_names_keep_their_places(nlp: Language) -> None:
    text = (
        "Al Ahly beat Espérance Sportive de Tunis 2-0 in the CAF Champions League. The concert was "
        "organised with the Alliance Française de Lyon and the Punjab Tourism Department."
    )
    got = orgs(nlp, text)
    assert {"Espérance Sportive de Tunis", "Alliance Française de Lyon", "Punjab Tourism Department"} <= set(
        got
    )
    assert "CAF Champions League" not in got
    assert persons(nlp, text) == {}
    assert {"Tunis", "Lyon", "Punjab"} <= set(locs(nlp, text))
    assert "Arab League" in orgs(nlp, "The Arab League met in Cairo on Monday.")


def test_surname_and_office_are_not_orgs(nlp: Language) -> None:
    text = (
        "Hamad Saeed Al Mansoori, Minister of State for Foreign Trade, received the delegation. "
        "Al Mansoori welcomed the guests."
    )
    assert orgs(nlp, text) == []
    assert persons(nlp, text) == {"Hamad Saeed Al Mansoori": "Minister of State for Foreign Trade"}
    assert orgs(nlp, "Al Nassr beat Al Hilal 3-1 on Friday.") == ["Al Nassr", "Al Hilal"]


def test_org_names_ner_cut_at_an_open_bracket_or_ended_with_a_venue_word(nlp: Language) -> None:
    text = "Talks between Vietnam and the Southern Common Market (Mercosur) were held in Montevideo."
    assert orgs(nlp, text) == ["Southern Common Market"]
    assert orgs(nlp, "Gaya (Bihar), Aug 3 (PTI) Nine people died.") == ["PTI"]
    assert orgs(nlp, "Prices rose at the Central Market on Monday.") == []


def test_determiner_before_lowercase_ministry(nlp: Language) -> None:
    assert orgs(nlp, "The ministry said the talks would resume. His embassy declined to comment.") == []


# ----------------------------------------------------------------------------------------- locations (shapes)


def test_subdivisions_as_news_names_them(nlp: Language) -> None:
    assert country_code("Shanxi") == "CN" and country_code("Xinjiang") == "CN"
    assert country_code("Central Visayas") == "PH" and country_code("Darfur") == "SD"
    assert lookup("Beijing").kind == "city"  # a municipality stays the city
    got = locs(nlp, "Li Wei, vice governor of Shanxi, rushed to the mine. Shanxi produces most of the coal.")
    assert got == {"Shanxi": "CN"}


def test_places_ner_misread_as_works_or_products(nlp: Language) -> None:
    text = (
        "The trade talks were held in Montevideo in March. Russian strikes hit Kharkiv and Odesa overnight."
    )
    assert {"Montevideo", "Kharkiv", "Odesa"} <= set(locs(nlp, text))


def test_place_before_bound_or_based(nlp: Language) -> None:
    got = locs(
        nlp, "A Guwahati-bound train derailed, the Munich-based firm said, and Gulf-based carriers agreed."
    )
    assert "Guwahati" in got and "Munich" in got
    assert "Gulf" not in got


def test_dates_and_codes_are_not_places(nlp: Language) -> None:
    text = "Katni (Madhya Pradesh), Mar 15 (PTI) The tornado was rated EF3 and another EF2 near Tulsa."
    got = locs(nlp, text)
    assert "Mar" not in got and "EF3" not in got and "EF2" not in got
    assert "Tulsa" in got


def test_town_named_in_a_local_body(nlp: Language) -> None:
    text = "Gunmen struck near Gubio in Borno state, said the chairman of the Gubio local council."
    assert {"Gubio", "Borno"} <= set(locs(nlp, text))


def test_ranks_before_a_name_and_a_city_dateline(nlp: Language) -> None:
    text = (
        "Ho Chi Minh City (VNA) - Fire Service Director General Brig Gen Md Main Uddin said the blaze was "
        "under control."
    )
    got = persons(nlp, text)
    assert list(got) == ["Md Main Uddin"]
    assert "Ho Chi Minh City" in locs(nlp, text)


def test_nationality_word_as_given_name_after_a_role(nlp: Language) -> None:
    got = persons(nlp, "The bank will cut 3,000 jobs, Chief Executive Christian Sewing told analysts.")
    assert got == {"Christian Sewing": "Chief Executive"}
    assert "Georgian Levan Kapanadze" not in persons(nlp, "He then beat Georgian Levan Kapanadze.")


def test_office_words_after_a_role_are_not_orgs(nlp: Language) -> None:
    text = (
        "The driver was arrested, Superintendent of Police Vikram Chauhan said. The Commissioner of "
        "Police for Nairobi, Adamson Bungei, said 12 people were held."
    )
    assert orgs(nlp, text) == []
    got = persons(nlp, text)
    assert got["Vikram Chauhan"] == "Superintendent of Police"
    assert got["Adamson Bungei"] == "Commissioner of Police for Nairobi"
    assert "Nairobi Police Service" in orgs(nlp, "The Nairobi Police Service said 12 people were held.")


def test_name_compounded_with_an_org_noun(nlp: Language) -> None:
    text = "The mine, run by the state-owned Temirugol association, closed. The Adani group denied it."
    assert orgs(nlp, text) == ["Temirugol", "Adani"]
    assert orgs(nlp, "The Kenya team and the Azerbaijani association met the Smith family.") == []


def test_town_near_a_named_region_and_a_port(nlp: Language) -> None:
    text = "A train derailed near Barsoi in Bihar's Katihar district. The ferry was bound for Hagnaya port."
    got = locs(nlp, text)
    assert {"Barsoi", "Bihar", "Katihar", "Hagnaya"} <= set(got)
    assert locs(nlp, "Protesters gathered near the Kremlin in Moscow.") == {"Moscow": "RU"}


def test_clubs_named_after_their_city_in_a_result(nlp: Language) -> None:
    text = "LONDON (AP) - Manchester City beat Arsenal 2-1 on Sunday. City manager Pep Guardiola was pleased."
    assert {"Manchester City", "Arsenal"} <= set(orgs(nlp, text))
    assert "Manchester City" not in locs(nlp, text)


def test_camel_case_brand_is_no_place(nlp: Language) -> None:
    text = "The fund will invest in OpenAI and move its office from Seattle to McAllen, Texas."
    assert "OpenAI" in orgs(nlp, text)
    got = locs(nlp, text)
    assert "OpenAI" not in got and {"Seattle", "McAllen", "Texas"} <= set(got)


def test_words_of_a_registered_company_name_are_no_places(nlp: Language) -> None:
    text = "Exports rose, said Gulf Falcon PJSC chief economist Sara Haddad in Dubai."
    assert "Gulf Falcon PJSC" in orgs(nlp, text)
    got = locs(nlp, text)
    assert "Falcon" not in got and "Gulf Falcon" not in got and "Dubai" in got
    assert "Shanxi" in locs(nlp, "The mine is run by Shanxi Coal Mining Co., Ltd. in Luliang.")


# ------------------------------------------------------------------ long titles, portfolios, company names


def test_plain_roles_before_and_after_a_name(nlp: Language) -> None:
    got = persons(nlp, '"We were lucky," said bus passenger Elena Marquez Soto, 29.')
    assert got == {"Elena Marquez Soto": "bus passenger"}
    got = persons(nlp, '"We lost everything," said Anita Das, a pilgrim from Puri.')
    assert got == {"Anita Das": "pilgrim from Puri"}
    # "from" continues a role, not a clause after it
    assert persons(nlp, "Rahul Mehta, a teacher, arrived from Pune on Monday.") == {"Rahul Mehta": "teacher"}


def test_nationality_and_playing_position(nlp: Language) -> None:
    got = persons(nlp, "Brazilian forward Thiago Mendes Rocha scored twice before halftime.")
    assert got == {"Thiago Mendes Rocha": "Brazilian forward"}
    assert persons(nlp, "Moving forward, Ana Silva said the club would rebuild.") == {"Ana Silva": None}
    got = persons(nlp, "Kylian Mbappe, the French forward, scored twice for PSG.")
    assert got == {"Kylian Mbappe": "French forward"}


def test_portfolio_list_in_a_title(nlp: Language) -> None:
    text = "Jordan's Minister of Education, Science and Technology Samir Haddad opened the fair."
    assert persons(nlp, text) == {"Samir Haddad": "Jordan's Minister of Education, Science and Technology"}
    assert orgs(nlp, text) == []  # the portfolio is no body
    got = persons(nlp, "On Monday, Health Minister Ana Silva said the clinics were full.")
    assert got == {"Ana Silva": "Health Minister"}


def test_portfolio_after_commissioner_and_honorific_before_name(nlp: Language) -> None:
    text = (
        "The Kano State Commissioner for Water Resources and Rural Development, Mr Musa Bello, said the "
        "state would pay."
    )
    assert persons(nlp, text) == {
        "Musa Bello": "Kano State Commissioner for Water Resources and Rural Development"
    }
    assert orgs(nlp, text) == []


def test_bracketed_acronym_inside_a_title(nlp: Language) -> None:
    text = "National Grid Authority (NGA) chief executive officer Tan Boon Keat said demand rose."
    assert persons(nlp, text) == {"Tan Boon Keat": "National Grid Authority chief executive officer"}
    text = "An official of the Provincial Disaster Management Authority (PDMA), Sajid Khan, said 30 had died."
    assert persons(nlp, text) == {"Sajid Khan": "official of the Provincial Disaster Management Authority"}
    # a dateline's agency in brackets is no part of the title after it
    got = persons(nlp, "NEW DELHI (PTI) Prime Minister Narendra Modi opened the bridge on Monday.")
    assert got == {"Narendra Modi": "Prime Minister"}


def test_role_after_a_name_outranks_a_rank_before_it(nlp: Language) -> None:
    text = (
        "The victims were named, the commander of the northern police district, General Ricardo Soto "
        "Paredes, told reporters."
    )
    assert persons(nlp, text) == {"Ricardo Soto Paredes": "commander of the northern police district"}
    text = "A spokesman for the Delta State Police Command, SP Bright Okon, said five suspects were held."
    assert persons(nlp, text) == {"Bright Okon": "spokesman for the Delta State Police Command"}
    assert persons(nlp, "General Ricardo Soto Paredes said the road was closed.") == {
        "Ricardo Soto Paredes": "General"
    }


def test_rank_after_another_role_is_no_part_of_it(nlp: Language) -> None:
    got = persons(nlp, "Army spokesman Brigadier General Onyema Nwachukwu said the children were safe.")
    assert got == {"Onyema Nwachukwu": "Army spokesman"}
    got = persons(nlp, "Lieutenant General Ali Reza said the troops withdrew.")
    assert got == {"Ali Reza": "Lieutenant General"}
    got = persons(nlp, "NATO Secretary General Mark Rutte arrived in Kyiv.")
    assert got == {"Mark Rutte": "NATO Secretary General"}


def test_org_in_a_role_after_a_name_holds_no_person(nlp: Language) -> None:
    text = "Ali Rezaei, head of Fars Province Emergency Management, told reporters the toll had risen."
    assert persons(nlp, text) == {"Ali Rezaei": "head of Fars Province Emergency Management"}
    assert "Fars Province Emergency Management" in orgs(nlp, text)


def test_hyphenated_name_after_a_title_place(nlp: Language) -> None:
    text = "The Ambassador of the Republic of Korea to Ghana Lee Hye-won attended the dinner."
    assert persons(nlp, text) == {"Lee Hye-won": "Ambassador of the Republic of Korea to Ghana"}
    assert "Ghana" in locs(nlp, text)


def test_name_glued_to_the_end_of_a_body_after_its_title(nlp: Language) -> None:
    text = "Director of the Sudan Relief Foundation Ahmed Idris Wambua said aid had arrived."
    assert persons(nlp, text) == {"Ahmed Idris Wambua": "Director of the Sudan Relief Foundation"}
    text = (
        "The delegation called on Speaker of the National Assembly Amadou Bocar Diallo in Bamako. "
        "Speaker Diallo thanked them."
    )
    assert persons(nlp, text) == {"Amadou Bocar Diallo": "Speaker of the National Assembly"}
    assert orgs(nlp, text) == ["National Assembly"]
    text = (
        "Representative of the Ministry of Culture Anar Karimov and Rector of Baku State University "
        "Elchin Babayev spoke."
    )
    assert persons(nlp, text) == {
        "Anar Karimov": "Representative of the Ministry of Culture",
        "Elchin Babayev": "Rector of Baku State University",
    }
    # no title before the span: the words stay with the organization
    assert persons(nlp, "Officials at the Ministry of Energy Ramil Hasanov said prices rose.") == {}


def test_holder_named_after_a_working_group(nlp: Language) -> None:
    text = (
        "Member of the Milli Majlis, chairman of the Azerbaijan-Germany interparliamentary working group "
        "Tural Ganjaliyev attended the event."
    )
    assert persons(nlp, text) == {
        "Tural Ganjaliyev": "chairman of the Azerbaijan-Germany interparliamentary working group"
    }
    assert "Tural Ganjaliyev" not in orgs(nlp, text)
    assert orgs(nlp, "The concert featured the heavy-metal group Morbid Angel.") == ["Morbid Angel"]


def test_org_after_a_title_stops_at_the_name_ner_saw(nlp: Language) -> None:
    text = "Head of the State Emergency Service of Ukraine Serhiy Kruk said rescuers worked overnight."
    assert persons(nlp, text) == {"Serhiy Kruk": "Head of the State Emergency Service of Ukraine"}
    assert orgs(nlp, text) == ["State Emergency Service of Ukraine"]


def test_role_before_a_comma_completed_by_an_office(nlp: Language) -> None:
    text = "Mexico's Secretary of Foreign Affairs, Marcelo Ebrard, met Antony Blinken."
    assert persons(nlp, text)["Marcelo Ebrard"] == "Mexico's Secretary of Foreign Affairs"
    assert "Foreign Affairs" not in persons(nlp, text)


def test_surname_the_tagger_read_as_a_verb_and_a_list_in_a_role(nlp: Language) -> None:
    text = (
        "The delegation was led by Samuel Kiprono Were, chairman of the Trade, Industry and Cooperatives "
        "Committee of Kenya's Senate. Later, Were praised the talks."
    )
    assert persons(nlp, text) == {
        "Samuel Kiprono Were": "chairman of the Trade, Industry and Cooperatives Committee of Kenya's Senate"
    }
    # the one-word legislature keeps its country, as "Kenya's National Assembly" does
    assert orgs(nlp, text) == ["Trade, Industry and Cooperatives Committee", "Kenya's Senate"]
    got = persons(nlp, "Maria Lopez, head of the Sports Department, Juan Perez and Ana Ruiz attended.")
    assert got["Maria Lopez"] == "head of the Sports Department"


def test_capitalised_plural_inside_a_title_stays(nlp: Language) -> None:
    got = persons(nlp, '"It was tough," said Kaizer Chiefs coach Nasreddine Nabi.')
    assert got == {"Nasreddine Nabi": "Kaizer Chiefs coach"}
    got = persons(nlp, "Azerbaijani Diaspora Members Ali Aliyev and Vali Valiyev attended.")
    assert got == {"Ali Aliyev": "Azerbaijani Diaspora Member", "Vali Valiyev": "Azerbaijani Diaspora Member"}


# ------------------------------------------------------------------ organizations


def test_lower_case_ministry(nlp: Language) -> None:
    assert orgs(nlp, "Fourteen people died, the health ministry said on Thursday.") == ["health ministry"]
    assert orgs(nlp, "Japan's foreign affairs ministry protested.") == ["foreign affairs ministry"]
    assert orgs(nlp, "The Uzbek foreign ministry summoned the envoy.") == ["Uzbek foreign ministry"]
    assert orgs(nlp, "A new ministry was created. The same ministry denied it.") == []


def test_lower_case_ministry_keeps_no_place_after_it(nlp: Language) -> None:
    text = "The Palestinian health ministry in Gaza said 40 people were killed."
    assert orgs(nlp, text) == ["Palestinian health ministry"]
    text = "The Organization for Security and Co-operation in Europe sent observers."
    assert orgs(nlp, text) == ["Organization for Security and Co-operation in Europe"]


def test_company_name_with_and_and_its_short_form(nlp: Language) -> None:
    text = "Sahyadri Tubes and Pipes Ltd reported a profit. Sahyadri Tubes said exports fell."
    assert orgs(nlp, text) == ["Sahyadri Tubes and Pipes Ltd"]
    assert "Malwa Textiles and Yarns Ltd" in orgs(
        nlp, "PUNE (Reuters) - Malwa Textiles and Yarns Ltd said sales rose."
    )
    text = "Tata Steel Ltd and JSW Steel Ltd signed the deal."
    assert orgs(nlp, text) == ["Tata Steel Ltd", "JSW Steel Ltd"]


def test_first_word_of_a_company_name_ner_left_out(nlp: Language) -> None:
    text = (
        "Mining Holdings will build the smelter with local partner Lac Viet Metals Corp. in Vietnam. "
        "Lac Viet Metals will hold 40%."
    )
    assert orgs(nlp, text) == ["Mining Holdings", "Lac Viet Metals Corp."]
    assert persons(nlp, text) == {}
    assert set(locs(nlp, text)) == {"Vietnam"}  # "Lac" is also a province of Chad


def test_firm_after_place_based_and_acronym_read_as_person(nlp: Language) -> None:
    text = "Osaka-based Sakura Logistics signed a deal, according to figures from LSEG."
    assert persons(nlp, text) == {}
    assert orgs(nlp, text) == ["Sakura Logistics", "LSEG"]
    got = persons(nlp, "London-based analyst John Smith said prices would rise.")
    assert got == {"John Smith": "analyst"}


def test_surname_alone_is_no_org_and_venue_word_leading_a_body(nlp: Language) -> None:
    text = (
        "Dr Chinedu Okafor-Eze, head of the rescue agency, spoke. Okafor-Eze said the search went on. "
        "The Building Safety Guild said 130 buildings had collapsed."
    )
    assert orgs(nlp, text) == ["Building Safety Guild"]
    assert orgs(nlp, "Tower Bridge was closed.") == []


def test_competition_group_and_stock_average_are_no_orgs(nlp: Language) -> None:
    text = "Morocco topped Group C. The benchmark Nikkei Stock Average rose 1.2%."
    assert orgs(nlp, text) == []
    assert orgs(nlp, "Shares of the Jardine Matheson Group rose.") == ["Jardine Matheson Group"]


def test_two_ner_names_joined_by_a_shared_modifier(nlp: Language) -> None:
    text = (
        "Karimov, the head of the Division of Western and Southern European Affairs at the Foreign "
        "Ministry, spoke."
    )
    assert orgs(nlp, text) == ["Division of Western and Southern European Affairs", "Foreign Ministry"]
    got = orgs(nlp, "Human Rights Watch and Amnesty International criticised the law.")
    assert got == ["Human Rights Watch", "Amnesty International"]


def test_club_named_after_its_city(nlp: Language) -> None:
    text = "The midfielder, who plays for Ukrainian club Metalist Kharkiv, scored the opener."
    assert orgs(nlp, text) == ["Metalist Kharkiv"]
    assert persons(nlp, text) == {}
    assert locs(nlp, text) == {"Kharkiv": "UA"}


def test_sides_of_a_result_after_a_clause_and_a_score_ner_ran_into(nlp: Language) -> None:
    text = "Kaizer Chiefs moved top on Sunday, beating arch-rivals Orlando Pirates 2-0 in Soweto."
    assert orgs(nlp, text) == ["Kaizer Chiefs", "Orlando Pirates"]
    assert "Real Madrid" in orgs(nlp, "Barcelona beat Real Madrid 2-1 on Sunday.")
    text = "Kenya moved top on Sunday, beating Uganda 3-1 in Nairobi."
    assert orgs(nlp, text) == [] and {"Kenya", "Uganda", "Nairobi"} <= set(locs(nlp, text))


def test_body_named_congress_and_embassy_read_as_place(nlp: Language) -> None:
    text = "Members of the Congress of Ukrainians of Canada laid flowers. The World Congress of Azerbaijanis opened."
    assert orgs(nlp, text) == ["Congress of Ukrainians of Canada"]
    text = "Georgia's Embassy in Austria held a reception in Vienna."
    assert orgs(nlp, text) == ["Georgia's Embassy in Austria"]
    assert orgs(nlp, "The Soviet Union collapsed. The United States objected.") == []


def test_well_known_bodies_by_acronym(nlp: Language) -> None:
    assert orgs(nlp, "The road is funded under the EU Green Deal.") == ["EU"]
    got = persons(nlp, "UN Secretary-General Antonio Guterres called for a ceasefire.")
    assert got == {"Antonio Guterres": "UN Secretary-General"}


def test_sentence_initial_common_word_is_no_org(nlp: Language) -> None:
    text = '"Carpet weaving is an art of patience," the curator said. Azerbaijani carpet weaving is old.'
    assert orgs(nlp, text) == []
    assert orgs(nlp, '"Carpet weaving is an art of patience," the curator said.') == ["Carpet"]


def test_sea_leading_a_company_name_and_a_list_name(nlp: Language) -> None:
    text = "Norway's Pacific Tanker Lines ordered two vessels."
    assert orgs(nlp, text) == ["Pacific Tanker Lines"]
    assert "Pacific" not in locs(nlp, text)
    text = "The dance joined UNESCO's list of the Masterpieces of Oral Heritage in 2005."
    assert orgs(nlp, text) == ["UNESCO"]
    assert "Korea" in locs(nlp, "Shares on the Korea Exchange fell 2%.")


# ------------------------------------------------------------------ locations


def test_place_after_a_verb_of_leaving(nlp: Language) -> None:
    text = "Four boatmen who had set out from Ormara Creek on Monday have not returned."
    assert persons(nlp, text) == {} and "Ormara Creek" in locs(nlp, text)
    text = "Police evacuated 200 tourists from Rhodes."
    assert orgs(nlp, text) == [] and "Rhodes" in locs(nlp, text)
    assert "Ramil Hasanov" in persons(nlp, "The letter from Ramil Hasanov was read aloud.")
    assert orgs(nlp, "Investors fled from Evergrande as losses mounted.") == ["Evergrande"]


def test_compass_word_and_untagged_name_in_a_list_of_places(nlp: Language) -> None:
    doc = nlp("Families returned to villages in Fuzuli and East Zangezur this year.")
    doc.ents = [e for e in doc.ents if e.text != "East Zangezur"]  # as NER leaves it in some texts
    assert "East Zangezur" in {loc.name for loc in extract_locations(doc)}
    assert "East African Community" in orgs(nlp, "The East African Community met in Arusha.")
    assert "East African Community" not in locs(nlp, "The East African Community met in Arusha.")


def test_adjective_before_region_and_names_paired_by_a_hyphen(nlp: Language) -> None:
    text = "The bus overturned in the Himalayan region of Ladakh, in northern India."
    assert locs(nlp, text) == {"Ladakh": "IN", "India": "IN"}
    assert "Amhara" in locs(nlp, "Fighting spread in the Amhara region of Ethiopia.")
    assert "Central Asia" in locs(nlp, "Leaders met at the EU-Central Asia Summit in Samarkand.")
    assert locs(nlp, "The Trans-Caspian pipeline was discussed.") == {}


# ------------------------------------------------------------------ courtesy forms, regnal names, who-heads


def test_courtesy_forms_are_dropped_and_a_title_is_read_past_them(nlp: Language) -> None:
    text = "The Chairman of Bida Local Government Area, Hon. Musa Ndagi Bello, visited the market."
    assert persons(nlp, text) == {"Musa Ndagi Bello": "Chairman of Bida Local Government Area"}
    got = persons(nlp, "Alhaji Umar Dikko, director of the ports agency, spoke in Kano.")
    assert got == {"Umar Dikko": "director of the ports agency"}
    # "Hon" without its point is a name, not the courtesy
    assert persons(nlp, "Hon Lik, a pharmacist, patented the device.") == {"Hon Lik": "pharmacist"}


def test_monarch_with_regnal_number_and_royal_courtesy(nlp: Language) -> None:
    text = "The envoy handed a letter from His Majesty King Hamad II to His Highness the Amir of Qatar."
    assert persons(nlp, text) == {"Hamad II": "King"}
    assert persons(nlp, "World War II veterans gathered in Moscow.") == {}


def test_courtesy_title_inside_a_name(nlp: Language) -> None:
    text = "Talks were overshadowed by Somali President Abdi Sheikh Warsame, who left early."
    assert persons(nlp, text) == {"Abdi Sheikh Warsame": "Somali President"}
    # after a role or a courtesy form, "Sheikh" is no part of the name
    got = persons(nlp, "Emir Sheikh Tamim bin Hamad Al Thani received the delegation.")
    assert got == {"Tamim bin Hamad Al Thani": "Emir"}
    assert persons(nlp, "Mr. Sheikh Ahmed Ali, a trader, was not surprised.") == {"Ahmed Ali": "trader"}


def test_amir_is_a_role_only_before_of(nlp: Language) -> None:
    text = "He met the Amir of Kuwait Sheikh Nawaf Al-Jaber in the capital. Amir Khan, a boxer, attended."
    got = persons(nlp, text)
    assert got["Nawaf Al-Jaber"] == "Amir of Kuwait" and got["Amir Khan"] == "boxer"


def test_role_before_comma_read_past_an_age(nlp: Language) -> None:
    text = "The ship's captain, 48-year-old Rolando Diaz, was rescued by the navy."
    assert persons(nlp, text) == {"Rolando Diaz": "ship's captain"}
    assert persons(nlp, "A 48-year-old Rolando Diaz was later named in reports.") == {"Rolando Diaz": None}


def test_bracketed_field_of_a_role(nlp: Language) -> None:
    text = "Principal Secretary (Health) Anil Kumar Sinha told reporters the wards were full."
    assert persons(nlp, text) == {"Anil Kumar Sinha": "Principal Secretary (Health)"}
    text = "The Minister of State (Finance) Pankaj Chaudhary replied to the question."
    assert persons(nlp, text) == {"Pankaj Chaudhary": "Minister of State (Finance)"}
    # a bracket after a place is no field of a role
    got = persons(nlp, "In New Delhi (India) Rajesh Malhotra, a trader, said prices rose.")
    assert got == {"Rajesh Malhotra": "trader"}


def test_lower_case_portfolio_list_before_a_comma(nlp: Language) -> None:
    text = "The EU's commissioner for trade, industry and jobs, Maria Jensen, visited Nairobi."
    assert persons(nlp, text) == {"Maria Jensen": "EU's commissioner for trade, industry and jobs"}


def test_who_heads_states_a_role(nlp: Language) -> None:
    text = (
        "Sarah Kim, who heads the Seoul-based Korea Institute for Defense Analyses, said talks had stalled."
    )
    assert persons(nlp, text) == {"Sarah Kim": "head of the Seoul-based Korea Institute for Defense Analyses"}
    text = "Dr. Ngozi Okafor, who chairs the Lagos Business Council, opened the fair."
    assert persons(nlp, text) == {"Ngozi Okafor": "chair of the Lagos Business Council"}
    # "heads" as a verb of motion states nothing
    assert persons(nlp, "Peter Olsen, who heads home on Friday, said little.").get("Peter Olsen") is None


def test_apposition_with_a_hyphenated_participle_and_new_role_words(nlp: Language) -> None:
    text = "Peter Olsen, a senior fellow at the Washington-based Atlantic Council, disagreed."
    assert persons(nlp, text) == {"Peter Olsen": "senior fellow at the Washington-based Atlantic Council"}
    text = "Maria Lopez, a participant in the 2019 protests, recalled the day."
    assert persons(nlp, text) == {"Maria Lopez": "participant in the 2019 protests"}
    text = "Kenyan hurdler Wycliffe Kinyamal and Ugandan marathoner Joshua Cheptegei won their races."
    assert persons(nlp, text) == {
        "Wycliffe Kinyamal": "Kenyan hurdler",
        "Joshua Cheptegei": "Ugandan marathoner",
    }


def test_country_possessive_names_people_in_a_results_roundup(nlp: Language) -> None:
    text = (
        "Egypt's Mohamed Salah scored twice, Ghana's Thomas Partey was booked, while South Africa's "
        "Thabo Mokoena added a third."
    )
    assert set(persons(nlp, text)) == {"Mohamed Salah", "Thomas Partey", "Thabo Mokoena"}
    assert orgs(nlp, text) == []
    # a firm named the same way stays a firm
    assert orgs(nlp, "Denmark's Novo Nordisk and Japan's Hoshizora Energy reported results.") == [
        "Hoshizora Energy"
    ]


def test_agency_and_company_short_names_are_no_people(nlp: Language) -> None:
    assert persons(nlp, "The film festival ended in Havana, according to Prensa Latina.") == {}
    text = (
        "The deal was signed with UK-based Nordvik Petroleum Ltd. Under the deal, Nordvik Petroleum "
        "will hold 60 percent."
    )
    assert persons(nlp, text) == {}
    assert persons(nlp, "John Smith, a farmer, met Smith Holdings Ltd.") == {"John Smith": "farmer"}


# ------------------------------------------------------------------ organizations (round 3)


def test_armed_groups_named_before_their_noun(nlp: Language) -> None:
    text = "Police said the kidnappers belong to the Tren de Aragua gang."
    assert orgs(nlp, text) == ["Tren de Aragua"]
    assert orgs(nlp, "Clashes between the army and ADF rebels continued.") == ["ADF"]
    assert orgs(nlp, "Syrian rebels withdrew.") == []
    assert orgs(nlp, "The LNG carrier docked in Qatar.") == []


def test_club_named_by_an_acronym(nlp: Language) -> None:
    text = "The 22-year-old, who plays for the Dakar club AS Douanes, scored."
    assert orgs(nlp, text) == ["AS Douanes"]
    assert "AS" not in locs(nlp, text)


def test_names_listed_as_examples_of_an_org_noun(nlp: Language) -> None:
    text = "Chinese carmakers such as Geely and Chery expanded in Europe."
    assert orgs(nlp, text) == ["Geely", "Chery"]
    text = "Rights groups including Amnesty International, the Red Cross and Human Rights Watch condemned it."
    assert orgs(nlp, text) == ["Amnesty International", "Red Cross", "Human Rights Watch"]
    assert orgs(nlp, "Countries such as Chile and Peru objected.") == []


def test_models_and_nationality_pairs_are_no_organizations(nlp: Language) -> None:
    assert orgs(nlp, "In 2019, an Il-76 transport plane crashed near Kabul.") == []
    assert orgs(nlp, "Turkish-Armenian talks resumed in Geneva.") == []
    text = "The Azerbaijan-Turkey Business Council met in Baku."
    assert orgs(nlp, text) == ["Azerbaijan-Turkey Business Council"]


def test_one_word_legislature_keeps_its_country(nlp: Language) -> None:
    text = "The treaty must be approved by Japan's Diet and Russia's Investigative Committee."
    assert orgs(nlp, text) == ["Japan's Diet", "Investigative Committee"]


def test_general_coordination_is_a_body(nlp: Language) -> None:
    text = "Ahmed Musa, spokesman for the General Coordination for Returnees in Kordofan, said so."
    assert orgs(nlp, text) == ["General Coordination for Returnees in Kordofan"]


# ------------------------------------------------------------------ locations (round 3)


def test_famous_city_keeps_its_country_beside_a_namesakes_country(nlp: Language) -> None:
    text = (
        "Striker Ali Karimov, who plays for Russian club Zenit St. Petersburg, scored twice as Uzbekistan "
        "beat Iran. The next World Cup will be held in the United States."
    )
    assert locs(nlp, text)["St. Petersburg"] == "RU"
    # a namesake of comparable size follows the article
    assert locs(nlp, "Four people died in Hyderabad, officials in Pakistan said.")["Hyderabad"] == "PK"
    assert country_code("St. Petersburg", {"US"}) == "RU" and country_code("Tripoli", {"LB"}) == "LB"


def test_city_written_with_its_country(nlp: Language) -> None:
    got = locs(nlp, "The mayor of Paris, Texas, met farmers. Gang members were arrested in Santiago, Chile.")
    assert got["Paris"] == "US" and got["Santiago"] == "CL"
    assert locs(nlp, "Fighting in Lebanon's Tripoli and in Libya's capital.")["Tripoli"] == "LB"
    # a list of places is no tie: Baku is no Georgian city
    assert locs(nlp, "Ministers from Baku, Georgia and Turkey met in Tbilisi.")["Baku"] == "AZ"
    doc = nlp("Gunmen attacked Tripoli, Lebanon.")
    dateline = with_dateline(extract_locations(doc), None, doc.text, "Libya")
    assert {loc.name: loc.country_code for loc in dateline}["Tripoli"] == "LB"


def test_formal_state_names(nlp: Language) -> None:
    text = "Fighting in eastern Democratic Republic of the Congo displaced thousands."
    assert locs(nlp, text) == {"Democratic Republic of the Congo": "CD"}
    assert persons(nlp, text) == {}
    text = "The Hashemite Kingdom of Jordan and the Sultanate of Oman sent aid."
    assert locs(nlp, text) == {"Hashemite Kingdom of Jordan": "JO", "Sultanate of Oman": "OM"}
    assert locs(nlp, "The State of Emergency was lifted on Monday.") == {}


def test_soviet_republics_are_historic_states(nlp: Language) -> None:
    text = "Delegates from the Azerbaijan SSR met in Moscow in 1975."
    assert locs(nlp, text) == {"Azerbaijan SSR": None, "Moscow": "RU"}
    assert orgs(nlp, text) == []
    assert lookup("Ukrainian SSR") is not None and lookup("Ukrainian SSRs") is None


def test_lower_case_place_heads_and_lists_before_them(nlp: Language) -> None:
    got = locs(nlp, "Rescuers searched the Kaveri and Hemavathi rivers, the Karnataka government said.")
    assert {"Kaveri", "Hemavathi", "Karnataka"} <= set(got)
    got = locs(nlp, "The toxic drinks were sold in the Kadikoy and Uskudar districts.")
    assert set(got) == {"Kadikoy", "Uskudar"}
    assert "Absheron" in locs(nlp, "Oil was found southeast of the Absheron peninsula.")
    assert "La Esperanza" in locs(nlp, "Most residents of the La Esperanza hamlet were asleep.")


def test_community_names_a_village_after_a_preposition(nlp: Language) -> None:
    assert "Bama" in locs(nlp, "A boat capsized near Bama community in Borno State.")
    assert locs(nlp, "The Dalit community and the business community welcomed aid.") == {}


def test_hyphenated_place_names(nlp: Language) -> None:
    text = (
        "Gunmen kidnapped travellers on the outskirts of Port-au-Prince. Jean-Pierre Bemba spoke in Kinshasa."
    )
    assert locs(nlp, text) == {"Port-au-Prince": "HT", "Kinshasa": "CD"}
    assert "Jean-Pierre Bemba" in persons(nlp, text)
    text = "A nurse who commutes daily from Croix-des-Bouquets spoke."
    assert locs(nlp, text) == {"Croix-des-Bouquets": "HT"} and orgs(nlp, text) == []


def test_state_named_after_a_country_and_natural_features(nlp: Language) -> None:
    text = "The boat capsized on the River Niger in Mokwa Local Government Area of Niger State."
    got = locs(nlp, text)
    assert "Niger State" in got and got["Niger"] is None  # the river, not the country
    assert "U.S. District" not in locs(nlp, "A U.S. District Judge ruled.")
    text = "Ships clashed near the Scarborough Shoal and the Great Barrier Reef."
    assert set(locs(nlp, text)) == {"Scarborough Shoal", "Great Barrier Reef"}


def test_town_in_a_list_or_after_a_verb_of_leaving(nlp: Language) -> None:
    got = locs(nlp, "Minister Ravi Kumar conducted an aerial survey of Supaul and Araria on Monday.")
    assert {"Supaul", "Araria"} <= set(got)
    got = locs(nlp, "Visitors came from Mombasa, Nakuru and Eldoret.")
    assert set(got) == {"Mombasa", "Nakuru", "Eldoret"}
    assert "Mirebalais" in locs(
        nlp, "The minibus, which was travelling from Mirebalais to the capital, stopped."
    )


def test_terms_modifiers_and_quoted_titles_are_no_places(nlp: Language) -> None:
    text = 'Demand for generative AI grew. She had an Achilles injury. The drama "Las horas quietas" won.'
    assert locs(nlp, text) == {}
    assert (
        locs(nlp, "The Far Eastern Interregional Investigative Department for Transport opened a case.") == {}
    )


def test_town_named_as_the_site_of_an_owners_facility(nlp: Language) -> None:
    assert "Sanand" in locs(nlp, "The carmaker will expand output at its Sanand plant next year.")
    assert "Okpo" in locs(nlp, "The tankers will be built at the company's Okpo shipyard.")
    # a well-known firm's name before its plant is no town
    assert locs(nlp, "The group said its Toyota plant would reopen.") == {}


# ------------------------------------------------------------------ round 4: persons and titles


def test_imperial_roles_before_a_single_name(nlp: Language) -> None:
    got = persons(nlp, "Emperor Tomohito and Empress Sayako attended a memorial service in Sendai on Monday.")
    assert got == {"Tomohito": "Emperor", "Sayako": "Empress"}


def test_role_before_courtesy_forms_wins_over_the_courtesy(nlp: Language) -> None:
    got = persons(nlp, "Omani Foreign Minister His Highness Sayyid Badr bin Hamad received the delegation.")
    assert got == {"Badr bin Hamad": "Omani Foreign Minister"}
    got = persons(
        nlp,
        "He conveyed the greetings of His Highness the Amir Sheikh Mishal Al-Ahmad Al-Sabah to the "
        "President.",
    )
    assert got == {"Mishal Al-Ahmad Al-Sabah": "Amir"}


def test_malaysian_chief_minister_and_ranked_courtesy(nlp: Language) -> None:
    got = persons(nlp, "Johor Menteri Besar Datuk Onn Hafiz Ghazi said 300 families had been moved.")
    assert got == {"Onn Hafiz Ghazi": "Johor Menteri Besar"}
    text = "The toll rose to nine, Inspector-General of Police Tan Sri Razak Hamid Yusof said."
    assert persons(nlp, text) == {"Razak Hamid Yusof": "Inspector-General of Police"}
    assert orgs(nlp, text) == []


def test_hausa_courtesy_after_an_apposed_role(nlp: Language) -> None:
    got = persons(nlp, "A parent, Mallam Isa Garba, said his son was among the pupils taken.")
    assert got == {"Isa Garba": "parent"}


def test_apposition_closed_by_a_semicolon_and_a_courtesy_role_word(nlp: Language) -> None:
    got = persons(
        nlp,
        "The delegation included Ghana's Minister for Trade and Industry, Kofi Mensah Boateng; and the "
        "Ghanaian Ambassador to Egypt, Ama Serwaa Owusu.",
    )
    assert got == {
        "Kofi Mensah Boateng": "Ghana's Minister for Trade and Industry",
        "Ama Serwaa Owusu": "Ghanaian Ambassador to Egypt",
    }
    got = persons(
        nlp,
        "Opening the session, Ghana's Minister of Foreign Affairs, Ambassador Kwame Asante Darko, who "
        "chairs the council, called for unity.",
    )
    assert got == {"Kwame Asante Darko": "Ghana's Minister of Foreign Affairs"}


def test_role_object_with_and_the_and_a_bracketed_field(nlp: Language) -> None:
    got = persons(
        nlp,
        "Also present was the Special Envoy of the AU Chairperson for Central Africa and the Horn, "
        "Jean-Marc Ilunga.",
    )
    assert got == {"Jean-Marc Ilunga": "Special Envoy of the AU Chairperson for Central Africa and the Horn"}
    got = persons(nlp, "The talks were led by Secretary (West) in the Foreign Ministry Rajiv Malhotra.")
    assert got == {"Rajiv Malhotra": "Secretary (West) in the Foreign Ministry"}


def test_hyphenated_words_before_a_role_and_then_after_a_comma(nlp: Language) -> None:
    got = persons(nlp, "The prize went to Kenyan-born novelist Wanjiku Mwangi on Friday.")
    assert got == {"Wanjiku Mwangi": "Kenyan-born novelist"}
    got = persons(nlp, "The plane carrying then-governor Peter Otieno crashed near the border.")
    assert got == {"Peter Otieno": "then-governor"}
    got = persons(nlp, "Roberto Alves, then chairman of the Vale Mining Corporation, resigned in 1998.")
    assert got == {"Roberto Alves": "chairman of the Vale Mining Corporation"}


def test_offices_listed_after_a_name(nlp: Language) -> None:
    got = persons(
        nlp,
        "Exports rose 9 percent, Sheikh Mansour bin Khalid, Deputy President, Prime Minister and Ruler "
        "of Fujairah, announced on Monday.",
    )
    assert got == {"Mansour bin Khalid": "Deputy President, Prime Minister and Ruler of Fujairah"}


def test_role_words_of_bosses_riders_and_cricketers(nlp: Language) -> None:
    got = persons(
        nlp,
        "Nakuru police boss Samuel Kiprono said the lorry lost control. Peter Odhiambo, a motorcycle "
        "rider who saw the crash, called for help.",
    )
    assert got == {"Samuel Kiprono": "Nakuru police boss", "Peter Odhiambo": "motorcycle rider"}
    got = persons(nlp, "Opener Imran Latif made 88 before left-arm spinner Waqas Bhatti took six wickets.")
    assert got == {"Imran Latif": "Opener", "Waqas Bhatti": "left-arm spinner"}


def test_victims_listed_with_ages_and_semicolons(nlp: Language) -> None:
    got = persons(nlp, "Police named the dead as Tyrone Baker, 21; Keisha Lane, 17; and Omar Reed, 40.")
    assert set(got) == {"Tyrone Baker", "Keisha Lane", "Omar Reed"}
    assert orgs(nlp, "Police named the dead as Tyrone Baker, 21; Keisha Lane, 17; and Omar Reed, 40.") == []


def test_dateline_bracket_glued_to_the_body_is_no_name(nlp: Language) -> None:
    assert persons(nlp, "Sendai, March 11 (Jiji Press)--People across the city fell silent.") == {}


# ------------------------------------------------------------------ round 4: organizations


def test_vessels_venues_works_and_storms_are_no_organizations(nlp: Language) -> None:
    assert orgs(nlp, "The MV Lady Grace sank off Cebu while the MT Ocean Star was towed to port.") == []
    assert orgs(nlp, "Thousands gathered at the Baba Siddhnath temple before dawn.") == []
    assert orgs(nlp, "Her debut novel Winter Salt Harbour sold 40,000 copies.") == []
    text = "Typhoon Marisol killed 12 people. Marisol left the country on Friday."
    assert orgs(nlp, text) == []


def test_money_places_and_offices_are_no_organizations(nlp: Language) -> None:
    assert orgs(nlp, "The state government approved N25m for the families of the victims.") == []
    assert orgs(nlp, "The railway between Glasgow and Aberdeen was closed for a week.") == []
    text = "Nairobi Police Chief Adamson Bungei said two suspects were held."
    assert orgs(nlp, text) == []
    assert persons(nlp, text) == {"Adamson Bungei": "Nairobi Police Chief"}
    text = "Health Cabinet Secretary Mary Wanjiru Otieno visited the hospital."
    assert orgs(nlp, text) == []


def test_known_body_inside_an_office(nlp: Language) -> None:
    text = "Anna Berglund, the UN Resident Coordinator in Kenya, read the message."
    assert orgs(nlp, text) == ["UN"]
    text = (
        "The talks were led by Carmen Lopez Dizon, Undersecretary for Multilateral Relations and ASEAN Affairs at "
        "the Department of Foreign Affairs."
    )
    assert set(orgs(nlp, text)) == {"ASEAN", "Department of Foreign Affairs"}


def test_hyphenated_group_name_before_its_acronym(nlp: Language) -> None:
    text = "The banned Tehreek-e-Labbaik Pakistan (TLP) denied any role in the attack."
    assert orgs(nlp, text) == ["Tehreek-e-Labbaik Pakistan"]
    text = "The area is held by the Movement to Restore Unity and Justice (MRUJ), officials said."
    assert orgs(nlp, text) == ["Movement to Restore Unity and Justice"]


def test_body_named_after_a_republic_and_proper_legislatures(nlp: Language) -> None:
    text = "The deal was signed by the National Bank of Kyrgyz Republic (NBKR) on Monday."
    assert "National Bank of Kyrgyz Republic" in orgs(nlp, text)
    got = orgs(nlp, "The Knesset approved the bill on Monday, and the Bundesrat will vote on it in May.")
    assert set(got) == {"Knesset", "Bundesrat"}
    assert orgs(nlp, '"We will not pay," he told the House.') == []


def test_org_named_by_an_apposition_or_before_a_role(nlp: Language) -> None:
    text = "Unite, the transport workers' union, said the strike would go ahead."
    assert orgs(nlp, text) == ["Unite"]
    text = "PDP senator Ahmed Bello Musa said the party would appeal."
    assert orgs(nlp, text) == ["PDP"]
    assert persons(nlp, text) == {"Ahmed Bello Musa": "PDP senator"}


def test_more_org_heads_and_org_nouns(nlp: Language) -> None:
    text = (
        "The round drew Ridgeback Ventures and Harbourlight Books. Two patients went to Perth Royal "
        "Infirmary, and the bus belonged to Tahmeed Express Sacco."
    )
    assert set(orgs(nlp, text)) == {
        "Ridgeback Ventures",
        "Harbourlight Books",
        "Perth Royal Infirmary",
        "Tahmeed Express Sacco",
    }
    assert persons(nlp, text) == {}
    got = orgs(nlp, "Russia's state steel corporation Severmet will build the plant.")
    assert got == ["Severmet"]
    got = orgs(nlp, "Turkish side Galatasaray Daikin won the cup on Sunday.")
    assert got == ["Galatasaray Daikin"]


def test_two_companies_as_the_subject_of_a_plural_verb(nlp: Language) -> None:
    # NER sometimes reads "A and B" as one org; here that reading is given, so the rule is what is tested
    def merged(text: str, name: str) -> list[str]:
        doc = nlp(text)
        start = text.index(name)
        doc.ents = [doc.char_span(start, start + len(name), label="ORG")]
        return [o.name for o in extract_organizations(doc)]

    text = "Profits fell, while Thales and Safran have also announced job cuts."
    assert merged(text, "Thales and Safran") == ["Thales", "Safran"]
    text = "Profits fell, while Procter and Gamble has also announced job cuts."
    assert merged(text, "Procter and Gamble") == ["Procter and Gamble"]


def test_meetings_platforms_and_products_are_no_organizations(nlp: Language) -> None:
    text = "Officials held the sixth round of Joint Policy Consultations in Manila."
    assert orgs(nlp, text) == []
    assert orgs(nlp, '"We will win," he said in a post on X.') == []
    assert orgs(nlp, "The navy ordered Akash supersonic cruise missiles last year.") == []


def test_name_apposed_to_a_man_or_woman(nlp: Language) -> None:
    text = "Among those buried this year was a 71-year-old man, Dzevad Hodzic."
    assert persons(nlp, text) == {"Dzevad Hodzic": None}
    assert orgs(nlp, text) == []


def test_names_ner_cut_or_missed_after_roles(nlp: Language) -> None:
    text = (
        "The delegation included Uganda's Minister for Local and Regional Affairs, Grace Akello Nantume; "
        "and the Ugandan Ambassador to Qatar, Abdulkarim Hassan Omar."
    )
    assert persons(nlp, text) == {
        "Grace Akello Nantume": "Uganda's Minister for Local and Regional Affairs",
        "Abdulkarim Hassan Omar": "Ugandan Ambassador to Qatar",
    }
    text = "The state Police Public Relations Officer, SP Wasiu Abiodun Adeyemi, confirmed the incident on Monday."
    assert persons(nlp, text) == {"Wasiu Abiodun Adeyemi": "state Police Public Relations Officer"}
    text = "Talks were held with Polish Minister of Foreign Affairs and Trade Tomasz Zielinski in Warsaw."
    assert persons(nlp, text) == {"Tomasz Zielinski": "Polish Minister of Foreign Affairs and Trade"}
    text = "The forum was co-chaired by Georgia's Minister of Economy Levan Tsiklauri-Beridze on Monday."
    assert persons(nlp, text) == {"Levan Tsiklauri-Beridze": "Georgia's Minister of Economy"}


def test_name_after_a_role_inside_an_org_span(nlp: Language) -> None:
    text = "Ten suspects were held, Palermo Chief Prosecutor Maurizio Di Lauro-Bianchi told reporters."
    doc = nlp(text)
    start = text.index("Palermo")
    end = text.index(" told")
    doc.ents = [doc.char_span(start, end, label="ORG")]  # NER's reading of the whole run as one org
    assert {p.name: p.title for p in extract_persons(doc)} == {
        "Maurizio Di Lauro-Bianchi": "Palermo Chief Prosecutor"
    }
    assert extract_organizations(doc) == []


def test_second_name_listed_after_a_plural_role(nlp: Language) -> None:
    text = "The hall shows paintings by artists Tahir Salahov and Nadira Gasimova, which are on loan."
    assert persons(nlp, text) == {"Tahir Salahov": "artist", "Nadira Gasimova": "artist"}


def test_entity_cut_at_a_paragraph_break(nlp: Language) -> None:
    assert orgs(nlp, "He wrote in a post on X.\n\nExports rose 9 percent in May.") == []


def test_regional_blocs_are_known_organizations(nlp: Language) -> None:
    text = "Three juntas announced their withdrawal from SADC in March, officials said."
    assert orgs(nlp, text) == ["SADC"]


def test_firm_short_name_without_its_head_is_no_person(nlp: Language) -> None:
    text = (
        "The novel was published by the independent press Harbourlight Tide Books. Harbourlight Tide's "
        "founder, Anita Rao, said the win mattered."
    )
    assert persons(nlp, text) == {"Anita Rao": "Harbourlight Tide's founder"}
    assert orgs(nlp, text) == ["Harbourlight Tide Books"]
    text = "Baku City Executive Power and the ministry organised the race."
    assert persons(nlp, text) == {}


def test_name_read_as_org_is_a_person_when_its_surname_gets_an_age(nlp: Language) -> None:
    text = (
        "Sofia Marchetti's The Long Winter won the prize. Marchetti, 41, who grew up in Turin, was stunned."
    )
    doc = nlp(text)
    doc.ents = [doc.char_span(0, len("Sofia Marchetti"), label="ORG")]  # NER's misreading, given
    assert [p.name for p in extract_persons(doc)] == ["Sofia Marchetti"]
    assert extract_organizations(doc) == []


def test_given_name_before_a_surname_read_as_a_place_with_an_age(nlp: Language) -> None:
    text = "The roof fell in at dawn.\n\nKamala Bhattarai, 45, said her house collapsed."
    doc = nlp(text)
    start = text.index("Bhattarai")
    doc.ents = [doc.char_span(start, start + len("Bhattarai"), label="GPE")]  # NER's misreading, given
    assert [p.name for p in extract_persons(doc)] == ["Kamala Bhattarai"]


# ------------------------------------------------------------ persons: portfolio, team and firm names


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "The accord was signed by Uzbekistan's Minister of Innovation and Higher Education Bekzod "
            "Tursunov in Tashkent.",
            "Bekzod Tursunov",
            "Uzbekistan's Minister of Innovation and Higher Education",
        ),
        (
            "The talks were chaired by Deputy Minister of Energy and Natural Resources Ruslan Abdikarimov "
            "on Friday.",
            "Ruslan Abdikarimov",
            "Deputy Minister of Energy and Natural Resources",
        ),
        (
            "KazMunayGas Vice President for Upstream Operations Daulet Zhaksybekov said output would rise.",
            "Daulet Zhaksybekov",
            "KazMunayGas Vice President for Upstream Operations",
        ),
        # a place after "to" is no portfolio, and the name stays whole
        (
            "Mongolia's Ambassador to Kazakhstan Batbayar Ganbold met the Minister of Foreign Affairs.",
            "Batbayar Ganbold",
            "Mongolia's Ambassador to Kazakhstan",
        ),
        (
            "The contract was presented by Rector of the Ilia State University Zurab Tsereteli and two deans.",
            "Zurab Tsereteli",
            "Rector of the Ilia State University",
        ),
    ],
)
def test_name_after_a_portfolio_of_dictionary_words(nlp: Language, text: str, name: str, title: str) -> None:
    assert persons(nlp, text) == {name: title}


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the port had not been hit so hard since Typhoon Haiyan in 2013.",
        "The consortium operates the North West field and the South East platform.",
        "Clashes broke out between members of the Los Zetas cartel and the Sinaloa group.",
        "The contract went to Bulgaria Trans Logistik (BTL), which will run the terminal.",
        "Rovigo Wanderers beat the home side 2-1.",
        "Aral Sports Club won the cup on Sunday. Aral Sports took the lead after ten minutes.",
        "Dundee Harriers FC won the final. Dundee Harriers had lost three finals before.",
    ],
)
def test_storms_areas_gangs_firms_and_teams_are_no_persons(nlp: Language, text: str) -> None:
    assert persons(nlp, text) == {}


def test_employer_after_a_name_is_no_person(nlp: Language) -> None:
    text = '"The offer undervalues the company," said analyst Petra Lindqvist of Nordhavn Securities.'
    assert persons(nlp, text) == {"Petra Lindqvist": "analyst"}


def test_named_things_keep_people_with_roles_and_namesakes(nlp: Language) -> None:
    # a role before the name keeps a name a person
    assert persons(nlp, "Guard Austin Rivers scored 20 points.") == {"Austin Rivers": "Guard"}
    # a foundation named after a person does not make the person a short form of it
    text = "The Heydar Aliyev Foundation funded the school, which is named after Heydar Aliyev."
    assert persons(nlp, text) == {"Heydar Aliyev": None}


def test_sheikh_before_a_single_name_is_part_of_it(nlp: Language) -> None:
    text = "Commerce Minister Sheikh Rahman met the exporters. Rahman promised support."
    assert persons(nlp, text) == {"Sheikh Rahman": "Commerce Minister"}


def test_whose_relative_makes_a_person(nlp: Language) -> None:
    text = '"We will not give up," said Ibrahim Musa, whose nine-year-old son is still missing.'
    assert persons(nlp, text) == {"Ibrahim Musa": None}


# ------------------------------------------------------------------------- titles: more role shapes


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            '"We deserved it," Volga Sharks head coach Pavel Orlov told reporters.',
            "Pavel Orlov",
            "Volga Sharks head coach",
        ),
        (
            "The winner came from Ghanaian international Kwame Boateng in the second half.",
            "Kwame Boateng",
            "Ghanaian international",
        ),
        (
            "Lena Vogel, the candidate of the governing Civic Union party, conceded defeat.",
            "Lena Vogel",
            "candidate of the governing Civic Union party",
        ),
        (
            "Former hostage Ilyas Nuriyev, who was held for two years, spoke at the ceremony.",
            "Ilyas Nuriyev",
            "Former hostage",
        ),
    ],
)
def test_more_role_shapes(nlp: Language, text: str, name: str, title: str) -> None:
    assert persons(nlp, text) == {name: title}


def test_international_is_a_role_only_between_a_nationality_and_a_name(nlp: Language) -> None:
    text = "Delegates attended the annual international Baku Energy Week."
    assert persons(nlp, text) == {}


def test_name_after_an_agencys_acronym(nlp: Language) -> None:
    text = (
        "The fair was opened by Deputy Minister of Economy Anar Guliyev, director of the Small and Medium "
        "Business Development Agency (KOBIA) Orkhan Mammadov, and several ambassadors."
    )
    assert persons(nlp, text) == {
        "Anar Guliyev": "Deputy Minister of Economy",
        "Orkhan Mammadov": "director of the Small and Medium Business Development Agency",
    }


# ------------------------------------------------------------------ organizations, round six


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The Islamic State-linked Al-Mourabitoun group claimed the attack on Sunday.", "Al-Mourabitoun"),
        ("Workers of the Hak-İş union called a strike at the port.", "Hak-İş"),
        ("Voters backed the ruling Civil Contract party in the capital.", "Civil Contract"),
        (
            "According to the London-based risk consultancy Verisk Maplecroft, risks rose.",
            "Verisk Maplecroft",
        ),
        ("Police blamed members of the Calle 22 gang for the killings.", "Calle 22"),
        ("The Tbilisi Railway said trains were running again.", "Tbilisi Railway"),
        ("The pass is guarded by the Gorkha Rifles.", "Gorkha Rifles"),
        (
            "The Foundation for Free and Fair Elections deployed 300 observers.",
            "Foundation for Free and Fair Elections",
        ),
    ],
)
def test_org_shapes_of_round_six(nlp: Language, text: str, org: str) -> None:
    assert org in orgs(nlp, text)


def test_al_prefixed_group_is_not_listed_twice(nlp: Language) -> None:
    found = orgs(nlp, "The Al-Qaeda-linked Al-Mourabitoun group claimed the attack.")
    assert "Mourabitoun" not in found


def test_committee_named_with_a_list_of_fields(nlp: Language) -> None:
    text = "She chairs the Committee on Foreign Affairs, Defence and Security, the parliament said."
    found = orgs(nlp, text)
    assert "Committee on Foreign Affairs, Defence and Security" in found
    assert "Defence and Security" not in found


def test_place_before_a_comma_is_cut_from_the_agency(nlp: Language) -> None:
    text = (
        "Kazakhstan's Alageum Electric and Uzbekistan's Uzmetkombinat have agreed to build a plant in Ganja, "
        "Report informs citing the press service of Alageum Electric."
    )
    found = orgs(nlp, text)
    assert "Report" in found and not any("Ganja" in o for o in found)


def test_club_named_after_its_home(nlp: Language) -> None:
    assert "Asuncion Wanderers" in orgs(
        nlp, "The midfielder joined the club from Asuncion Wanderers in March."
    )


@pytest.mark.parametrize(
    ("text", "not_orgs"),
    [
        ("KOZLU, Turkey — Miners gathered at the pit on Sunday.", {"KOZLU"}),
        ("The Spitak earthquake of 1988 killed thousands.", {"Spitak"}),
        ("In Japan, workers entered the Fukushima Daini power plant.", {"Fukushima Daini"}),
        ("Output came from the Shah Deniz (SD) field in the Caspian.", {"Shah Deniz"}),
        ("The winners qualify for the AFC Champions League Two next season.", {"AFC Champions League Two"}),
        ("The next stop of the ATP World Tour is in Vienna.", {"ATP World Tour"}),
        ("Gas flows through the Trans-Adriatic Gas Corridor to Italy.", {"Trans-Adriatic Gas Corridor"}),
        ("The fair opened at Tashkent Expo Center on Monday.", {"Tashkent Expo Center"}),
        (
            "The 12th Kazakhstan International Agriculture Exhibition (AgroWorld Kazakhstan) opened on Monday.",
            {"AgroWorld Kazakhstan"},
        ),
    ],
)
def test_datelines_sites_competitions_and_venues_are_not_orgs(
    nlp: Language, text: str, not_orgs: set[str]
) -> None:
    assert not not_orgs & set(orgs(nlp, text))


def test_company_before_its_plant_stays_an_org(nlp: Language) -> None:
    assert "Tata Steel" in orgs(nlp, "Workers at the Tata Steel plant went on strike.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Austin Rivers scored 20 points on Sunday.", "Austin Rivers"),
        ("Police said Jordan Matthews was arrested on Monday.", "Jordan Matthews"),
        ("The mayor met Florence Adams at the town hall.", "Florence Adams"),
    ],
)
def test_a_place_then_a_plural_looking_surname_is_still_a_person(nlp: Language, text: str, name: str) -> None:
    # Team names look the same ("Kerala Blasters"), but a given name that is also a place is common.
    assert name in persons(nlp, text)
    assert name not in orgs(nlp, text)
