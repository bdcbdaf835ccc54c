"""Persons with titles, organizations, locations with country codes.

en_core_web_sm's NER is the starting point, but it mislabels a lot in wire copy (nationality words and
places as PERSON, people as ORG, "State Committee on Work" cut short). So every NER span is re-judged with
news-English rules: org head nouns ("... Association", "Embassy of ... in ..."), place-name patterns
("province of X", "X region"), a gazetteer (see geo.py), nationality words, and the words around a span
(a role noun or an age before a name makes it a person). The three public functions share one analysis per
Doc, cached in `doc.user_data`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import overload

from spacy.tokens import Doc, Token

from newsfacts.extract.facts import Location, Organization, Person
from newsfacts.extract.geo import city_countries, country_code, is_demonym, lookup, lookup_designated
from newsfacts.extract.nlp import load_nlp
from newsfacts.extract.titles import (
    HONORIFIC_WORDS,
    HONORIFICS,
    RANK_ABBREVIATIONS,
    ROLE_WORDS,
    WEAK_TITLES,
    courtesy_before,
    courtesy_start,
    glued_to_previous,
    honorific_len,
    is_courtesy,
    is_rank_only,
    is_role,
    post_title,
    post_title_tokens,
    pre_title,
    singular,
)


def _words(text: str) -> frozenset[str]:
    """A lexicon written as whitespace-separated words."""
    return frozenset(text.split())


_CACHE_KEY = "newsfacts_entities"

# Legal forms that end a company's registered name ("Aquaflow NV", "Meccanica Rossi SpA").
LEGAL_SUFFIXES = _words(
    """
AG GmbH BV B.V. NV N.V. SA S.A. SpA S.p.A. Srl S.r.l. SAS S.A.S. SARL Sarl SE AB ASA Oy Oyj A/S ApS KK
K.K. Pty Bhd Berhad Tbk JSC PJSC OJSC LLP Ltda S.A.B. KGaA
"""
)

ORG_HEADS = (
    _words(
        """
Committee Association Foundation Ministry Embassy Consulate Mission Delegation Representation Agency
Department Council Center Centre Autonomy Federation Confederation Union Organization Organisation
Institute Institution University Conservatory Conservatoire Gymnasium Hall Gallery Commission Force Forces
Unit Army Regiment Brigade Battalion Division Corps Navy Guard Guards Party Bank Company Corporation Corp
Corp. Inc Inc. Ltd Ltd. LLC PLC Plc Group Airlines Airways Airline Service Services Police Court Tribunal
Parliament Assembly Office Directorate Authority Bureau Board Society League Alliance Academy School
College Hospital Clinic Museum Library Fund Programme Program Network Television TV Radio Press Times
Journal Tribune Herald Gazette Media Broadcasting Chamber Congress Senate Cabinet Government Administration
Secretariat Command Club Team Orchestra Ensemble Choir Cooperative Trust Holding Holdings Industries
Motors Systems Technologies Enterprises Partners Observatory Inspectorate Prosecutor's Cross Crescent
Movement Front Coalition Caucus Tour Bloc Guild Syndicate Consortium Secretariat Headquarters United FC
Municipality Majlis Mejlis Duma Rada Knesset Bundestag Sejm Storting Riksdag Seimas Saeima Hural Khural Diet
SC AC CF FK SK BC F.C. S.C. A.C. AFC Watch Coordination Bundesrat Folketing Eduskunta Oireachtas Infirmary
Ventures Sacco SACCO Books Studios Air Railway Railways Rifles
"""
    )
    | LEGAL_SUFFIXES
)
# One-word names of legislatures, which need their country ("Japan's Diet", "Kenya's Senate").
_LEGISLATURES = _words(
    """
Parliament Senate Congress Assembly Diet Majlis Mejlis Duma Rada Knesset Bundestag Sejm Storting Riksdag
Seimas Saeima Hural Khural
"""
)
# An org named after a mission abroad keeps its "in X" / "to X" ("Azerbaijani Embassy in Bulgaria").
MISSION_HEADS = frozenset(
    {"Embassy", "Consulate", "Mission", "Delegation", "Representation", "Consulate-General"}
)
EVENT_WORDS = _words(
    """
Summit Festival Award Awards Prize Open Championship Championships Cup Games Olympics Olympiad Airshow
Show Expo Exhibition Fair Tournament Trophy Marathon Rally Week Day Tragedy Genocide Massacre War Anthem
Victory Ceremony Concert Medal Derby Session Biennale Forum Conference Congress Summit Talks Declaration
Consultations Meeting
Agreement Accord Treaty Protocol Campaign Operation Year Month Revolution Uprising January Holodomor
Dynasty Era Period Index Average Corridor Slam
"""
)
VENUE_WORDS = _words(
    """
Theatre Theater Stadium Arena Hotel Airport Square Park Street Avenue Road Bridge Tower Mall Market Bazaar
Mosque Church Cathedral Temple Station Port Harbour Harbor Building Memorial Monument Cemetery Alley
Highway Boulevard Plaza Complex Dam
"""
)
# Legislatures whose one word is their proper name ("the Bundestag voted"), unlike "the Senate".
_NAMED_LEGISLATURES = _words(
    """
Majlis Mejlis Duma Rada Knesset Bundestag Bundesrat Sejm Storting Riksdag Seimas Saeima Folketing Eduskunta
Oireachtas
"""
)
# Words that alone never name an organization ("the Committee said", "National Leader", "told the House").
GENERIC_ORG_WORDS = frozenset(
    {w.lower() for w in ORG_HEADS - _NAMED_LEGISLATURES}
    | {
        "house",
        "national",
        "motherland",
        "fatherland",
        "homeland",
        "interior",
        "foreign",
        "state",
        "republic",
        "diaspora",
        "federal",
        "local",
        "government",
        "justice",
        "defense",
        "defence",
        "health",
        "affairs",
        "international",
        "central",
        "supreme",
        "general",
        "the",
        "of",
        "and",
        "public",
        "regional",
    }
)
# Lower-case place heads: "Odesa province", "the province of Al Haouz", "Kryvyi Rih city".
LOC_HEADS = _words(
    """
city town village villages province provinces region regions regency district districts county counties
state oblast krai municipality island islands governorate prefecture territory settlement commune canton
neighbourhood neighborhood suburb capital border republic area areas river rivers port ports hamlet hamlets
pass passes peninsula tehsil tehsils taluka talukas taluk taluks upazila upazilas parish parishes block blocks
"""
)
# Plural place heads after a list of names: "the Kosi and Gandak rivers" names two rivers.
_PLURAL_LOC_HEADS = frozenset(h for h in LOC_HEADS if h.endswith("s") and h[:-1] in LOC_HEADS) | {
    "counties",
    "cities",
}
# Endings of adjectives of place ("the Amazonian region"), unlike a coined name ("Champawat districts").
_ADJECTIVE_ENDINGS = ("ian", "ean", "ese", "ic", "ish", "ine")
# Plural nouns after "border" that a list of names before it names ("the A and B border crossings").
_BORDER_POSTS = _words("crossings checkpoints posts points")
# Lower-case nouns after a hyphenated run of places that make it a route joining them ("the Baku-Tbilisi-Kars
# railway", "the Delhi-Mumbai expressway").
_ROUTE_NOUNS = _words(
    "pipeline pipelines railway railways railroad rail highway highways road roads motorway expressway "
    "route routes corridor line flight flights train trains bus ferry border canal"
)
# Lower-case nouns of natural disasters named after where they struck ("the Gissar earthquake").
_DISASTER_NOUNS = _words("earthquake quake tsunami landslide mudslide mudflow flood floods eruption disaster")
# Lower-case nouns of sites named after their place ("the Fukushima Daiichi power plant", "the ACG block").
_SITE_NOUNS = _DISASTER_NOUNS | _words(
    "plant plants reactor reactors mine mines dam refinery field fields block blocks platform deposit deposits"
)
# Words before "Center" that make it a venue ("Baku Expo Center", "Tashkent Exhibition Centre").
_VENUE_CENTRES = _words("Expo Exhibition Convention Congress Shopping Trade Sports Aquatics")
# Formal names of states led by their form ("Sultanate of Oman", "Kingdom of Bahrain", "State of Qatar").
_STATE_FORMS = _words("republic kingdom sultanate emirate state principality commonwealth federation")
# Institutions whose name a comma and their town follow ("Government Girls School, Jangebe").
_INSTITUTION_HEADS = frozenset({"School", "College", "Hospital", "Academy", "Polytechnic", "Seminary"})
# Verbs of attack whose object, placed in a region, is a village ("stormed X in Y province").
_ATTACK_VERBS = _words("storm attack raid hit strike overrun capture seize besiege shell bomb target ambush")
# Lower-case nouns that a town's name modifies ("the Nyamata church", "Gilgil police").
_TOWN_NOUNS = _words("police church mosque temple cathedral market stadium hospital prison jail airport")
# Plural place heads that a list of names follows ("the provinces of A, B and C").
_PLURAL_OF_HEADS = _words(
    "provinces regions states districts counties cities towns villages islands municipalities prefectures "
    "governorates oblasts departments ports"
)
# Lower-case nouns after a name that make it a scheme's or a prize's ("the Erasmus Mundus scholarship").
_SCHEME_NOUNS = _words(
    "scholarship scholarships programme programmes program programs scheme initiative prize award"
)
# Facilities named after the town they stand in ("its Vijayanagar plant").
_FACILITY_NOUNS = _words("plant plants factory factories shipyard refinery smelter mill facility terminal")
# Words that show a place next to them (see `_places_by_cue`), tested once per token.
_CUE_WORDS = _STATE_FORMS | _FACILITY_NOUNS | {"community", "ssr", "assr"}
LOC_OF_HEADS = _words(
    "city town village province region state district county republic oblast municipality island "
    "governorate prefecture settlement capital port"
)
# Title-case place heads that are part of the name: "Zamfara State", "Karachay-Circassian Republic".
LOC_NAME_HEADS = _words(
    """
County State Province Region Republic Oblast Krai District Governorate Prefecture Territory Area Island
Islands Bay River Valley Mountains Sea Ocean Peninsula Strait Desert Coast Highlands Plateau Lake Canyon
Shoal Shoals Reef Atoll Lagoon Archipelago Glacier Gorge Ward
"""
)
LOC_NAME_PREFIXES = frozenset({"Lake", "Mount", "Gulf", "Bay", "Sea", "Isle", "Cape", "Pulau"})
# Features named "<feature> of <name>" ("Straits of Malacca", "Bay of Bengal", "Isle of Man").
_OF_FEATURES = frozenset({"Strait", "Straits", "Gulf", "Bay", "Sea", "Isle", "Cape", "Lake", "Island"})
# Words before a natural feature's name written without them ("River Niger" gives Niger, the river).
_FEATURE_WORDS = frozenset({"River", "Lake", "Mount", "Mt."})
COMPASS = _words(
    """
northern southern eastern western central northeast northwest southeast southwest northeastern
northwestern southeastern southwestern north south east west
"""
)
# Lower-case nouns that introduce ("the group Morbid Angel") or follow ('"Birlik" organization') an org.
ORG_NOUNS = _words(
    """
group band company firm organization organisation association party movement club team union foundation
society charity agency newspaper daily broadcaster channel network outlet magazine bank airline carrier
manufacturer maker giant startup orchestra ensemble choir federation league institute fund portal
operator utility regulator watchdog insurer lender retailer automaker carmaker chipmaker shipbuilder
conglomerate producer exporter supplier provider developer publisher tabloid website militia faction
gang cartel rebels militants insurgents corporation side mafia consultancy
"""
)
# Words after a plural org noun that introduce examples of it ("carmakers such as Geely").
_EXAMPLES = re.compile(r"(?<=\s)(?:such as|including)(?=\s)")
# Org nouns of armed groups, whose names are often codes ("M23 rebels", "the ADF militia").
_ARMED_NOUNS = _words("militia faction gang cartel rebels militants insurgents")
# Lower-case nouns after a name that make it a news outlet ("told France Info radio").
MEDIA_NOUNS = _words("radio television tv newspaper daily weekly channel broadcaster magazine website agency")
# Words after a company's short name in its full name: "Toyota" and "Toyota Motor Corp." are one firm.
CORP_SUFFIXES = (
    _words(
        """
Plc PLC plc Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. Limited LLC Group Holdings Holding AG SA S.A.
NV N.V. SE ASA AB GmbH Motor Motors Company Companies International
"""
    )
    | LEGAL_SUFFIXES
)
# Last words of a firm's name that its short name leaves out ("Tangerine Lane" of "Tangerine Lane Books").
_BRAND_HEADS = _words("Books Studios Ventures Air Airlines Airways Motors Holdings Partners Industries")
# Words that end a company's registered name, after which "X and Y" is still one name.
_COMPANY_FORMS = LEGAL_SUFFIXES | _words("Ltd Ltd. Inc Inc. Corp Corp. Co Co. Limited Plc PLC")
# Heads of bodies named after their town ("Tucson Police Department").
MUNICIPAL_HEADS = frozenset(
    {
        *("Police", "Council", "Municipality", "Fire", "Sheriff's", "Mayor's", "Metropolitan"),
        *("Department", "Government", "Assembly", "Directorate"),  # "Rajasthan Tourism Department"
    }
)
# Words that make a name a sports club's ("Real Madrid", "AFC Leopards", "Dynamo Kyiv").
CLUB_WORDS = _words(
    """
FC SC AFC FK Real Atletico Athletic Athletico Borussia Bayern Inter Sporting Olympique Dynamo
Dinamo Spartak Lokomotiv Partizan Galatasaray Fenerbahce Besiktas Juventus Ajax Benfica Celtic Rangers
Wanderers Rovers Hotspur Albion United
"""
)
# Words that complete an office after "<role> of" ("Minister of State", "Chief of Staff", "Commissioner of
# Police"), so the run they start is part of the title, not an organization.
_OFFICE_OBJECTS = _words("State Staff Police Government")
# "X League" names a competition, not a body, after these words ("Champions League", "Nations League").
_CONTEST_LEAGUES = _words("Champions Europa Nations Conference")
# Verbs of leaving, after which "from X" names a place ("set out from Keti Bandar"), not a sender.
_MOTION_VERBS = _words("set leave depart flee sail fly travel return evacuate drive move escape rescue")
_SCORE = re.compile(r"\d{1,2}[-\u2013]\d{1,2}")
# Words between a result verb and the other side's name ("beat arch-rivals X", "drew with the hosts X").
_BEFORE_SIDE = ("NOUN", "ADJ", "DET", "ADP", "PUNCT")
_RESULT_VERBS = _words("beat defeat edge thrash rout stun upset overcome draw hold outclass crush down")
# Nouns whose "of the X" names a list, not a body ("the list of the Intangible Cultural Heritage ...").
_LIST_NOUNS = _words("list lists register registry roster ranking rankings")
# Lower-case adjectives that name a ministry's portfolio ("the foreign ministry").
_PORTFOLIO_ADJECTIVES = _words("foreign interior home economic environmental agricultural")
# Capitalised abbreviations NER tags as organizations that are none.
NOT_ORG_ACRONYMS = _words(
    """
LNG LPG CNG GDP GNP CEO CFO COO COVID COVID-19 AI EV EVs GMT UTC VAT SUV HIV AIDS DNA TV PM ICU ATM
DRAM NAND HBM SSD SSDs HDD GPU GPUs CPU CPUs LED LEDs OLED LCD RAM USB API APIs IoT SMS GPS LTE 5G 4G PC PCs
IPO IPOs ETF ETFs CPI PMI ESG MRI GMO ICBM ICBMs UAV UAVs SIM
"""
)
# Social platforms: "said on Telegram" names where a statement appeared, not an organization.
PLATFORMS = _words(
    "Telegram Facebook Instagram WhatsApp YouTube TikTok Twitter Threads Bluesky WeChat Weibo VK X"
)
# Prefixes of ships' names ("MV Sonar Tori-7", "HMS Defender"): a vessel, not an organization.
VESSEL_PREFIXES = _words("MV M/V MT HMS USS RMS INS BRP KRI PNS")
# Lower-case nouns after a name that make it a venue's ("the Baba Bhairavnath temple", "the Kremlin wall").
_VENUE_NOUNS = _words(
    "temple temples mosque church cathedral shrine monastery chapel pagoda gurdwara synagogue stadium wall walls"
)
# Lower-case nouns of written or recorded works before their title ("the verse novel Ice Road Hymns").
_WORK_NOUNS = _words("novel novels book memoir poem song album film movie documentary collection anthology")
# Last words of a portfolio named after a role ("Minister for ASEAN Affairs", "... for Bilateral Relations").
_FIELD_WORDS = _words("Affairs Relations Cooperation Integration Development Planning")
# Heads of a force or body that, before a capitalised role, are part of an office ("Jackson Police Chief",
# "Transport Cabinet Secretary").
_OFFICE_HEADS = _words("Police Cabinet")
# Organizations NER and the gazetteer often take for places or people (a few are also town names).
KNOWN_ORGS = _words(
    """
Hamas Hezbollah Hizbollah Taliban Houthis ISIS ISIL NATO Google Microsoft Nvidia Huawei
Samsung Toyota Honda Hyundai Nissan Sony Boeing Airbus Gazprom Rosneft SOCAR Aramco Tesla Apple Alibaba
Tencent Siemens Volkswagen Nokia Ericsson Interpol Europol FIFA UEFA Frontex Wagner ISWAP JNIM PKK
EU UN IMF OPEC ASEAN UNESCO UNICEF UNHCR OSCE WTO IAEA ECOWAS SADC CARICOM IGAD GCC OIC APEC
"""
)
# Well-known armed groups and bodies of several words that NER reads as people or places ("Boko Haram"),
# matched as written.
KNOWN_ORG_PHRASES = (
    "Boko Haram",
    "Islamic State",
    "Al-Shabaab",
    "al-Shabaab",
    "Al Shabaab",
    "Al-Qaeda",
    "al-Qaeda",
    "Al Qaeda",
    "al Qaeda",
    "Hayat Tahrir al-Sham",
    "Islamic Jihad",
    "Lashkar-e-Taiba",
    "Jaish-e-Mohammed",
    "Tehreek-e-Taliban",
    "Ansar Allah",
    "Ansarullah",
    "Al-Nusra",
    "Abu Sayyaf",
    "Ahrar al-Sham",
    "Jemaah Islamiyah",
)
# Lower-case nouns after a name that make it a product, not an organization ("the Telegram messaging app").
PRODUCT_NOUNS = _words(
    """
app apps application platform messaging messenger launcher launchers rifle rifles missile missiles
aircraft jet jets drone drones phone phones smartphone software account accounts page video videos
plane planes airliner airliners jetliner helicopter helicopters
holiday holidays festival celebration celebrations genocide tragedy massacre anniversary war
"""
)
STORM_WORDS = frozenset({"Typhoon", "Hurricane", "Cyclone", "Storm", "Tropical", "Tornado", "Super"})
HYPHEN_SUFFIXES = frozenset(
    {"based", "born", "made", "backed", "bound", "style", "era", "type", "registered"}
)
# Wire services and national agencies (case-sensitive, so "AP" but not "ap").
AGENCIES = (
    "Reuters",
    "AP",
    "Associated Press",
    "AFP",
    "Agence France-Presse",
    "DPA",
    "dpa",
    "Xinhua",
    "TASS",
    "Interfax",
    "RIA Novosti",
    "Sputnik",
    "Anadolu",
    "Anadolu Agency",
    "Kyodo",
    "Yonhap",
    "ANI",
    "PTI",
    "IANS",
    "Bernama",
    "Antara",
    "MONTSAME",
    "APA",
    "AZERTAC",
    "Azertac",
    "AzerTag",
    "Azernews",
    "News.az",
    "Report.az",
    "IRNA",
    "Tasnim",
    "ISNA",
    "WAM",
    "KUNA",
    "QNA",
    "MENA",
    "Ukrinform",
    "BelTA",
    "Kazinform",
    "AKIpress",
    "Armenpress",
    "CNN",
    "BBC",
    "Fox News",
    "Al Jazeera",
    "NHK",
    "EFE",
    "ANSA",
    "Bloomberg",
    "UPI",
    "CGTN",
    "Channels Television",
    "Trend News Agency",
    "Prensa Latina",
    "Notimex",
    "Agencia Brasil",
    "Jiji Press",
    "Kyodo News",
    "Press Trust of India",
    "Associated Press of Pakistan",
    "News Agency of Nigeria",
    "UNIAN",
    "Pajhwok",
    "Agerpres",
    "Caliber.az",
    "Day.az",
    "Vesti.az",
)
_PARTICLES = _words(
    "bin bint ibn al el ul ud de da di du dos das del della van von der den la le ter ten abu ben y"
)
_AGE = re.compile(r"\b\d{1,3}-year-old$")
_DATE_WORDS = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december"
)
_MONTHS = _words(
    "january february march april may june july august september october november december jan feb mar "
    "apr jun jul aug sep sept oct nov dec"
)
# Nouns after which "in X" names a company, not a place ("a stake in Aramco").
# Nouns for a person that an apposed name may follow ("a 67-year-old man, X").
_PERSON_NOUNS = _words("man woman boy girl teenager")
# Relatives a person has ("X, whose daughter ..."); a firm or a group has none.
_KIN_NOUNS = _words(
    "son daughter child wife husband mother father brother sister parent grandson granddaughter nephew niece"
)
_STAKE_WORDS = _words("stake stakes shares share investment investments interest interests job jobs")
_SPEECH_VERBS = _words("say tell report announce add state note claim deny confirm post")
# Organizations found by their shape (see `_known_orgs_and_teams`), kept without the head-noun tests.
_SHAPE_ORGS = ("club", "team", "media", "known")
# Words before a place inside an organization's name ("Bank of Georgia", "Alliance Francaise de Lyon").
_ROMANCE_OF = ("de", "du", "des", "di", "del", "della", "da", "do")
_OF_WORDS = frozenset({"of", "in", "to", *_ROMANCE_OF})
# Words that make a name a sports club's wherever they stand in it ("Esperance Sportive de Tunis").
CLUB_MARKERS = _words(
    "FC SC AFC CF Sportive Sportif Sporting Athletic Athletico Atletico Deportivo Esporte Calcio"
)
# NER labels that, in news copy, are mostly misreadings of a place ("held in Montevideo" as PRODUCT).
_MISREAD_LABELS = ("PRODUCT", "WORK_OF_ART", "LAW")
_GLUED = re.compile(r"[)\]]([A-Z][a-z]+)$")
# A brand written in camel case: "OpenAI", "SoftBank", "JPMorgan" (not "McNairy", "DeKalb", "LaSalle").
_CAMEL = re.compile(r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z]+[a-z]+[A-Z]\w*$")
_HYPHENATED = re.compile(r"\w+(?:[-\u2013]\w+)+")
# A capitalised word with hyphenated parts, standing alone ("Port-au-Prince", "Nikolayevsk-on-Amur").
_HYPHENATED_NAME = re.compile(r"(?<![\w-])[A-Z]\w+(?:-[^\W\d_]+)+(?![\w-])")
_INITIAL_NAME = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*[A-Z][a-z]+")
# A regnal number ending a monarch's or pope's name ("Abdullah II", "Charles III"); never a lone "I".
_REGNAL = re.compile(r"^(?:II|III|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3})$")
_QUOTE_CHARS = "\"\u201c\u201d'\u2018\u2019\u00ab\u00bb"


@dataclass
class _Person:
    name: str
    parts: set[str]
    start: int
    end: int
    titles: list[str] = field(default_factory=list)


@dataclass
class _Analysis:
    persons: list[Person]
    organizations: list[Organization]
    locations: list[Location]


def extract_persons(doc: Doc) -> list[Person]:
    """Named people, one row per person (first full mention), with the role the article states."""
    return _analyze(doc).persons


def extract_organizations(doc: Doc) -> list[Organization]:
    """Organizations in their most complete written form, one row per written form."""
    return _analyze(doc).organizations


def extract_locations(doc: Doc) -> list[Location]:
    """Countries, regions and cities as written, with the ISO alpha-2 code of their country when known."""
    return _analyze(doc).locations


# --------------------------------------------------------------------------------------------- helpers


def _cap(tok: Token) -> bool:
    """Capitalised word that can be part of a name ("Azerbaijan", "UNESCO", "O.Enkhtsetseg", "M&C")."""
    t = tok.text
    return (
        bool(t) and (t[0].isupper() or (t[0].isdigit() and tok.tag_ == "NNP")) and any(c.isalpha() for c in t)
    )


def _name_text(doc: _Tokens, start: int, end: int) -> str:
    text = doc.sl(start, end).text
    return text.strip(" ,;:" + _QUOTE_CHARS)


def _trim(doc: _Tokens, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the", trailing possessive, punctuation and quotes from a span."""
    while start < end and (
        doc[start].lower_ == "the" or doc[start].is_punct or doc[start].text in _QUOTE_CHARS
    ):
        if doc[start].text in _QUOTE_CHARS and any(t.text in _QUOTE_CHARS for t in doc.sl(start + 1, end)):
            break
        start += 1
    while end > start and (
        doc[end - 1].lower_ in ("'s", "\u2019s", "'", "\u2019")
        or (doc[end - 1].is_punct and doc[end - 1].text not in (".",))
        or doc[end - 1].text in _QUOTE_CHARS
    ):
        end -= 1
    while end > start and doc[end - 1].text == "." and end - start == 1:
        end -= 1
    return start, end


def _short_quotes(doc: Doc, text: str) -> set[int]:
    """Token indices inside short quotations: titles of works ('Particles', "Jallikattu"), not speech."""
    inside: set[int] = set()
    for m in re.finditer(
        r"(?:(?<=\s)|(?<=^)|(?<=\())['\u2018\"\u201c]([^'\u2019\"\u201d\n]{1,60}?)['\u2019\"\u201d](?=[\s,.;:)!?]|$)",
        text,
    ):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is not None and len(span) <= 6:
            inside.update(range(span.start, span.end))
    return inside


def _agency_spans(doc: _Tokens) -> list[tuple[int, int]]:
    out = []
    for i, tok in enumerate(doc):
        for name in _AGENCY_TOKENS.get(tok.text, ()):
            n = len(name)
            if tuple(t.text for t in doc.sl(i, i + n)) == name:
                out.append((i, i + n))
    return out


def _phrase_spans(doc: _Tokens, table: dict[str, list[str]]) -> list[tuple[int, int]]:
    """Token spans of the names in `table` (keyed by their first word) written exactly, on token bounds."""
    out = []
    text = doc.text
    for i, tok in enumerate(doc):
        for name in table.get(tok.text, ()):
            if not text.startswith(name, tok.idx):
                continue
            end = tok.idx + len(name)
            j = i
            while j < len(doc) and doc[j].idx + len(doc[j].text) < end:
                j += 1
            if j < len(doc) and doc[j].idx + len(doc[j].text) == end:
                out.append((i, j + 1))
                break
    return out


def _phrase_table(names: tuple[str, ...]) -> dict[str, list[str]]:
    """Names keyed by their first word as the tokenizer splits it ("Al" of "Al-Shabaab"), longest first."""
    table: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        first = re.match(r"[^\W_]+", name)
        table.setdefault(first.group() if first else name, []).append(name)
    return table


_KNOWN_ORG_TABLE = _phrase_table(KNOWN_ORG_PHRASES)


def _build_agency_tokens() -> dict[str, list[tuple[str, ...]]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for name in AGENCIES:
        parts = tuple(re.findall(r"[\w.&'-]+", name))
        table.setdefault(parts[0], []).append(parts)
    for v in table.values():
        v.sort(key=len, reverse=True)
    return table


_AGENCY_TOKENS = _build_agency_tokens()


def _within_paragraph(doc: _Tokens, s: int, e: int, label: str) -> tuple[int, int, str]:
    """NER's span s..e cut at a line break inside it: "X.\n\nNon-oil" is "X." ending one paragraph."""
    k = next((k for k in range(s + 1, e) if doc[k].is_space and "\n" in doc[k].text), e)
    return s, k, label


def _is_place(
    text: str,
    kinds: tuple[str, ...] = ("country", "historic", "us_state", "region"),
    pop: int = 0,
    alternate: bool = True,
) -> bool:
    """`text` names a place of one of `kinds`, or a city of `pop` people or more (`alternate=False`: not
    by a city's alternate name only, which are often given names: "Ana", "Ahmad")."""
    place = lookup(text)
    if place is None:
        return False
    return place.kind in kinds or (
        pop > 0 and place.kind == "city" and place.population >= pop and (alternate or not place.alternate)
    )


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Lower-case English words the pipeline's lemmatizer knows (its WordNet-based index)."""
    index = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, ()))


def _english_word(text: str) -> bool:
    """`text` is an English dictionary word ("Energy", "Offshore"), not a coined name ("Mokoena")."""
    return text.lower() in _english_words()


# --------------------------------------------------------------------------------------------- analysis


def _analyze(doc: Doc) -> _Analysis:
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is None:
        cached = _Analyzer(doc).run()
        doc.user_data[_CACHE_KEY] = cached
    return cached


class _Tokens(list[Token]):
    """A Doc's tokens built once, in a plain list: `Doc[i]` makes a new Token object on every call and
    `Doc.text` joins all tokens again, both far too slow for the many look-ups the rules make. Runs of
    tokens are taken with `sl(start, end)`, which also knows its text."""

    def __init__(self, doc: Doc) -> None:
        super().__init__(doc)
        self.text = "".join([t.text_with_ws for t in self])

    def sl(self, start: int, end: int) -> _Slice:
        return _Slice(self, list.__getitem__(self, slice(start, end)))


class _Slice:
    """A run of cached tokens standing in for a Span: iteration, indexing and `.text` without making new
    Token objects (a Span makes them again on every access)."""

    __slots__ = ("_owner", "_toks")

    def __init__(self, owner: _Tokens, toks: list[Token]) -> None:
        self._owner = owner
        self._toks = toks

    def __len__(self) -> int:
        return len(self._toks)

    @overload
    def __getitem__(self, key: int) -> Token: ...

    @overload
    def __getitem__(self, key: slice) -> _Slice: ...

    def __getitem__(self, key: int | slice) -> Token | _Slice:
        if isinstance(key, slice):
            return _Slice(self._owner, self._toks[key])
        return self._toks[key]

    def __iter__(self) -> Iterator[Token]:
        return iter(self._toks)

    @property
    def text(self) -> str:
        if not self._toks:
            return ""
        last = self._toks[-1]
        return self._owner.text[self._toks[0].idx : last.idx + len(last.text)]


class _Analyzer:
    def __init__(self, raw: Doc) -> None:
        doc = _Tokens(raw)
        self.doc = doc
        self.raw = raw
        self.quoted = _short_quotes(raw, doc.text)
        self.ents = [_within_paragraph(doc, e.start, e.end, e.label_) for e in raw.ents]
        self.loc_spans: list[tuple[int, int]] = []
        self.person_tokens: set[int] = set()
        self.aliases: set[str] = set()
        self.agencies = _agency_spans(doc)
        self.gpe_tokens = {k for s, e, label in self.ents if label in ("GPE", "LOC") for k in range(s, e)}
        self.ent_tokens = {k for s, e, _ in self.ents for k in range(s, e)}
        self.person_starts = {s for s, _, label in self.ents if label == "PERSON"}
        self.extra_locs: list[tuple[int, int]] = []
        self.route_parts: set[tuple[int, int]] = set()

    def run(self) -> _Analysis:
        self.terms = self._defined_terms()
        self._strong_locations()
        self._org_candidates()
        persons = self._persons()
        locs = self._locations(persons)
        self.loc_texts = {loc.name for loc in locs}
        orgs = self._organizations(persons)
        return _Analysis(persons, orgs, locs)

    def _defined_terms(self) -> set[str]:
        """Acronyms the text defines by a lower-case phrase: "high-bandwidth memory (HBM)" is a technology,
        not an organization, wherever "HBM" recurs."""
        doc = self.doc
        terms: set[str] = set()
        for i in range(1, len(doc) - 2):
            if doc[i].text != "(" or doc[i + 2].text != ")" or not doc[i - 1].is_lower:
                continue
            acro = doc[i + 1].text
            if not (acro.isupper() and acro.isalpha() and len(acro) >= 2):
                continue
            words = []
            k = i - 1
            while k >= 0 and i - k <= 5 and (doc[k].is_lower or doc[k].text == "-"):
                words.append(doc[k].text)
                k -= 1
            if any(w[0] == acro[0].lower() for w in words) and not any(
                w in ORG_NOUNS or w.title() in ORG_HEADS for w in words
            ):  # "the national disaster management agency (NDMA)" is a body
                terms.add(acro)
        return terms

    # ------------------------------------------------------------------ locations by pattern

    def _cap_run_left(self, end: int, limit: int = 5) -> int:
        """Start of the run of capitalised name tokens that ends at `end` (exclusive)."""
        doc = self.doc
        i = end
        while i > 0 and end - i < limit:
            tok = doc[i - 1]
            if tok.text in ("-", "\u2013") and i - 2 >= 0 and _cap(doc[i - 2]) and i < end:
                i -= 2
                continue
            if not _cap(tok) or is_role(tok) or (tok.is_sent_start and tok.tag_ != "NNP"):
                break
            i -= 1
        return i

    def _cap_run_right(self, start: int, limit: int = 5) -> int:
        """End (exclusive) of the run of capitalised name tokens that starts at `start`."""
        doc = self.doc
        i = start
        while i < len(doc) and i - start < limit:
            tok = doc[i]
            if (
                tok.text in ("-", "\u2013")
                and i + 1 < len(doc)
                and i > start
                and (
                    _cap(doc[i + 1])
                    or (not tok.whitespace_ and not doc[i - 1].whitespace_ and doc[i + 1].is_alpha)
                )
            ):
                i += 2  # "Karachay-Cherkess", "Co-operation", "Hauts-de-France"
                continue
            if not _cap(tok) or is_role(tok):
                break
            i += 1
        return i

    def _strong_locations(self) -> None:
        """Spans that are places by their wording alone ("province of X", "X region", "Zamfara State")."""
        doc = self.doc
        found: list[tuple[int, int]] = []
        person_starts = {s for s, _, label in self.ents if label == "PERSON"}
        for i, tok in enumerate(doc):
            low = tok.lower_
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if tok.is_lower and low in LOC_HEADS and i > 0:
                s = self._cap_run_left(i)
                if (
                    s < i
                    and not any(
                        is_demonym(t.text) or t.text in ORG_HEADS or t.lower_ in _DATE_WORDS
                        for t in doc.sl(s, i)
                    )
                    # (a coined word the tagger took for an adjective is a name: "Champawat districts")
                    and not (
                        i - s == 1
                        and doc[s].tag_ == "JJ"
                        and lookup(doc[s].text) is None
                        and (_english_word(doc[s].text) or doc[s].lower_.endswith(_ADJECTIVE_ENDINGS))
                    )
                    # "a Fourth of July block party": a modifier, not a head
                    and not (low == "block" and i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN")
                ):  # "the Andean region" is described by an adjective, not named
                    found.append((s, i))
                    # "the Kosi and Gandak rivers", "the A, B and C border crossings"
                    if low in _PLURAL_LOC_HEADS or (
                        low == "border" and nxt is not None and nxt.lower_ in _BORDER_POSTS
                    ):
                        found += self._listed_before(s)
            if low in _CUE_WORDS:
                found += self._places_by_cue(i, low)
            if tok.is_lower and low in LOC_OF_HEADS and i + 2 < len(doc) and doc[i + 1].lower_ == "of":
                j = i + 2 + (doc[i + 2].lower_ == "the")
                e = self._cap_run_right(j)
                if e > j:
                    found.append((j, e))
            if tok.is_lower and low in _PLURAL_OF_HEADS and i + 2 < len(doc) and doc[i + 1].lower_ == "of":
                found += self._listed_after(i + 2)  # "the provinces of Vibo Valentia, Catanzaro and Crotone"
            if tok.text == "," and (town := self._town_before_region(i)) is not None:
                found.append(town)  # "from Chibok, Borno State", "at Carmont, near Stonehaven"
            if tok.text == "," and (site := self._institution_site(i)) is not None:
                found.append(site)  # "Government Secondary School, Kankara, in Katsina State"
            if low == "in" and (village := self._attacked_in_region(i)) is not None:
                found.append(village)  # "gunmen stormed Kassoumkore in Soum province"
            if (
                tok.text in LOC_NAME_HEADS
                and i > 0
                and tok.tag_ == "NNP"
                and (
                    nxt is None
                    or (not _cap(nxt) and nxt.lower_ != "of")
                    or (
                        (is_role(nxt) or i + 1 in person_starts)
                        and tok.text in ("County", "Province", "District", "Region", "Oblast")
                    )
                )
            ):  # "Zamfara State", "Pima County Sheriff Chris Nanos", "Governor of Kherson Region Ivan Petrov"
                s = self._cap_run_left(i)
                if (
                    s < i
                    and not any(t.text in ORG_HEADS for t in doc.sl(s, i))
                    # "U.S. District Judge" (but "Niger State" is a state of Nigeria)
                    and not (nxt is not None and _cap(nxt) and _is_place(doc.sl(s, i).text, ("country",)))
                ):
                    # "Gaya District Magistrate": "District Magistrate" (Attorney, Collector) is one office
                    office = tok.text == "District" and nxt is not None and is_role(nxt)
                    found.append((s, i if office else i + 1))
            if tok.text in LOC_NAME_PREFIXES and i + 1 < len(doc) and _cap(doc[i + 1]) and tok.tag_ == "NNP":
                e = self._cap_run_right(i + 1, 3)
                if i > 0 and doc[i - 1].text == "Republic":
                    continue
                # not a word inside a longer name ("Sea" of "Baku International Sea Trade Port")
                if not (i > 0 and _cap(doc[i - 1]) and doc[i - 1].tag_ == "NNP"):
                    found.append((i, e))
            if (
                tok.text in _OF_FEATURES
                and tok.tag_ in ("NNP", "NNPS")
                and i + 2 < len(doc)
                and doc[i + 1].lower_ == "of"
                and _cap(doc[i + 2])
                and not (i > 0 and _cap(doc[i - 1]))
            ):  # "the Straits of Malacca", "the Gulf of Aden", which NER may cut at "of"
                e = self._cap_run_right(i + 2, 3)
                if not any(is_demonym(t.text) or t.text in ORG_HEADS for t in doc.sl(i + 2, e)):
                    found.append((i, e))
            if (
                tok.text == "Republic"
                and i + 2 < len(doc)
                and doc[i + 1].lower_ == "of"
                and i not in self.gpe_tokens
            ):
                e = self._cap_run_right(i + 2, 3)
                if e > i + 2 and not (
                    (i > 0 and _cap(doc[i - 1])) or (i > 1 and doc[i - 1].text in ("'s", "\u2019s"))
                ):
                    found.append((i, e))
            if low in ("near", "outside") and (near := self._place_near(i)) is not None:
                found.append(near)
            if low in COMPASS and tok.is_title and (compass := self._compass_place(i)) is not None:
                found.append(compass)
            # "Belvidere, a city in northern Illinois" (but not "X, the district's chief officer")
            if (
                tok.is_lower
                and low in LOC_OF_HEADS
                and i > 3
                and not (nxt is not None and nxt.text in ("'s", "\u2019s"))
                and not any(is_role(t) for t in doc.sl(i + 1, i + 4))
            ):
                j = i - 1
                while j > 0 and doc[j].is_lower and doc[j].is_alpha and i - j < 4:
                    j -= 1
                if doc[j].text == "," and doc[j + 1].lower_ in ("a", "an", "the") and j + 1 < i:
                    s = self._cap_run_left(j, 4)
                    if s < j:
                        found.append((s, j))
        found += self._hyphenated_places()
        self.loc_spans = [(s, e) for s, e in found if e > s and not all(t.is_stop for t in self.doc.sl(s, e))]
        # "Hurricane Milton" ... "Milton is expected to make landfall": the storm's name, wherever it recurs.
        self.storm_names = {
            doc[i + 1].text
            for i in range(len(doc) - 1)
            if doc[i].text in STORM_WORDS and _cap(doc[i + 1]) and doc[i + 1].text not in STORM_WORDS
        }
        self.strong_loc_texts = {self.doc.sl(s, e).text for s, e in self.loc_spans}

    def _places_by_cue(self, i: int, low: str) -> list[tuple[int, int]]:
        """Places shown by the cue word at `i` (see `_CUE_WORDS`): an owner's facility site, a "community"
        after a preposition of place, a state's formal name, a Soviet republic."""
        doc = self.doc
        tok = doc[i]
        if low in _FACILITY_NOUNS:
            site = self._facility_site(i)
            return [site] if site is not None else []
        if low == "community":  # "near Egbu community": a village named with "community"
            if (
                tok.is_lower
                and i > 1
                and _cap(doc[i - 1])
                and doc[i - 2].lower_ in ("in", "near", "at", "from", "to")
                and not is_demonym(doc[i - 1].text)
                and not doc[i - 1].is_upper
            ):
                return [(i - 1, i)]
            return []
        if low in _STATE_FORMS:
            ok = i + 2 < len(doc) and tok.is_title and doc[i + 1].lower_ == "of"
            return self._formal_state_name(i) if ok else []
        # "the Azerbaijan SSR": NER often reads "SSR" as an org
        s = self._cap_run_left(i)
        return [(s, i + 1)] if s < i and _is_place(doc.sl(s, i + 1).text, ("historic",)) else []

    def _facility_site(self, i: int) -> tuple[int, int] | None:
        """The town an owner's facility at `i` is named after ("its Vijayanagar plant", "the company's Okpo
        shipyard"): the owner stands before the name, so the name is the site, not a firm."""
        doc = self.doc
        s = self._cap_run_left(i, 2) if doc[i].is_lower else i
        if s == i or s == 0 or doc[s - 1].lower_ not in ("its", "their", "'s", "\u2019s"):
            return None
        text = doc.sl(s, i).text
        if text in KNOWN_ORGS or any(t.text in ORG_HEADS or is_demonym(t.text) for t in doc.sl(s, i)):
            return None
        return (s, i) if lookup(text) is not None else None

    def _formal_state_name(self, i: int) -> list[tuple[int, int]]:
        """A state's formal name around the form word at `i` that the gazetteer knows ("Sultanate of
        Oman", "Hashemite Kingdom of Jordan", "Democratic Republic of the Congo"), which NER often cuts."""
        doc = self.doc
        j = i + 2 + (doc[i + 2].lower_ == "the")
        e = self._cap_run_right(j, 3)
        for s in range(self._cap_run_left(i, 3), i + 1):
            if e > j and _is_place(doc.sl(s, e).text, ("country", "historic")):
                return [(s, e)]
        return []

    def _hyphenated_places(self) -> list[tuple[int, int]]:
        """Places whose names are hyphenated words ("Port-au-Prince", "Nikolayevsk-on-Amur"), which NER
        cuts at a hyphen or misreads as people ("Croix" of "Croix-des-Bouquets")."""
        found = []
        for m in _HYPHENATED_NAME.finditer(self.doc.text):
            if not _is_place(m.group(), ("country", "historic", "us_state", "region", "subdivision"), 5000):
                found += self._route_ends(m)
                continue
            span = self.raw.char_span(m.start(), m.end())
            if span is not None and not any(
                s <= span.start < e and label == "PERSON" and e >= span.end for s, e, label in self.ents
            ):
                found.append((span.start, span.end))
        return found

    def _route_ends(self, m: re.Match[str]) -> list[tuple[int, int]]:
        """The places a hyphenated route joins ("the Baku-Tbilisi-Ceyhan pipeline", "the Osh-Bishkek
        highway"): each part a place the gazetteer knows by its own name, a route noun after them; not
        "the Trans-Caspian route" (a prefix) nor "the Molotov-Ribbentrop pact" (no route)."""
        after = self.doc.text[m.end() : m.end() + 30].split()
        if not after or after[0].strip(",.;") not in _ROUTE_NOUNS:
            return []
        parts: list[tuple[int, int]] = []
        start = m.start()
        for part in m.group().split("-"):
            span = self.raw.char_span(start, start + len(part))
            if span is None or not _is_place(
                part, ("country", "historic", "us_state", "region", "subdivision"), 5000, alternate=False
            ):
                return []
            parts.append((span.start, span.end))
            start += len(part) + 1
        self.route_parts.update(parts)
        return parts

    def _not_a_place(self, s: int, e: int) -> bool:
        """NER's place s..e is none: a technical term ("generative AI"), a word of a quoted title ("Las" of
        "Las horas quietas"), or an unknown name used as a modifier ("an Achilles injury")."""
        doc = self.doc
        text = doc.sl(s, e).text
        if text in NOT_ORG_ACRONYMS or text in self.terms:
            return True
        if all(k in self.quoted for k in range(s, e)) and (s - 1 in self.quoted or e in self.quoted):
            return True
        if text.lower() in COMPASS:
            return True  # "Secretary (East)": a bare compass word names no place
        if all(doc[k].lower_ in COMPASS for k in range(s, e)) and lookup(text) is None:
            return True  # "the Azeri Central East platform": compass words name a block, not a place
        if s > 1 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ in ("month", "months"):
            return True  # "the holy month of Ramadan"
        known = lookup(text) is not None
        if not known and s > 0 and doc[s - 1].text == "The" and not doc[s - 1].is_sent_start:
            return lookup("The " + text) is None  # "her novel The Long Field", but "The Hague"
        k = e
        while k < len(doc) and k - e < 3 and _cap(doc[k]):
            k += 1  # NER may cut the name in two: "Erasmus" | "Mundus scholarship"
        if not known and k < len(doc) and doc[k].lower_ in _SCHEME_NOUNS:
            return True  # "the Erasmus Mundus scholarship": a scheme's name
        return (
            not known
            and s > 0
            and doc[s - 1].lower_ in ("a", "an")
            and e < len(doc)
            and doc[e].is_lower
            and doc[e].pos_ == "NOUN"
        )

    def _town_of_two_words(self, s: int, e: int) -> bool:
        """An "org" of two or three coined words right after "in" or "near" whose first word is a town the
        gazetteer knows ("in Pizzo Calabro", "near Castel Volturno"): a town NER misread, not a company
        ("a stake in Tata Steel" has a dictionary word, "in Goldman Sachs" no town)."""
        doc = self.doc
        return (
            2 <= e - s <= 3
            and s >= 2
            and doc[s - 1].lower_ in ("in", "near")
            and doc[s - 2].lower_ not in _STAKE_WORDS
            and all(t.tag_ == "NNP" and t.is_title and not _english_word(t.text) for t in doc.sl(s, e))
            and not any(t.text in ORG_HEADS or t.text in CORP_SUFFIXES for t in doc.sl(s, e))
            and (place := lookup(doc[s].text)) is not None
            and not place.alternate
            and not any(s2 <= s < e2 for s2, e2 in self.agencies)
            and not (e < len(doc) and (doc[e].text in ("'s", "\u2019s") or _cap(doc[e])))
        )

    def _institution_site(self, i: int) -> tuple[int, int] | None:
        """The town written after a school's or a hospital's name and the comma at `i` ("Government Day
        Secondary School, Kankara Dutse, in ...", "General Hospital, Minna."): the institution's site."""
        doc = self.doc
        if i == 0 or doc[i - 1].text not in _INSTITUTION_HEADS:
            return None
        e = self._cap_run_right(i + 1, 3)
        if e == i + 1 or e >= len(doc) or doc[e].lower_ not in (",", ".", ";", "in", "and"):
            return None
        if any(
            t.tag_ != "NNP"
            or t.text in ORG_HEADS
            or is_courtesy(t)
            or t.lower_ in _DATE_WORDS
            or is_role(t)
            or is_demonym(t.text)
            for t in doc.sl(i + 1, e)
        ):
            return None
        return i + 1, e

    def _attacked_in_region(self, i: int) -> tuple[int, int] | None:
        """The name an attack or a raid hit, placed by the "in <region> province" at `i` ("stormed Dabra in
        Tillaberi region", "shelled Novka in Donetsk oblast"): a village, although the gazetteer may not
        know it."""
        doc = self.doc
        s = self._cap_run_left(i, 2)
        if s == i or s == 0 or doc[s - 1].lemma_ not in _ATTACK_VERBS or not doc[s - 1].tag_.startswith("VB"):
            return None
        if any(
            t.tag_ != "NNP"
            or t.text in ORG_HEADS
            or t.lower_ in _DATE_WORDS
            or is_role(t)
            or is_demonym(t.text)
            or _english_word(t.text)
            for t in doc.sl(s, i)
        ) or any(ps < i and s < pe for ps, pe, label in self.ents if label == "PERSON"):
            return None
        j = i + 1
        e = self._cap_run_right(j, 3)
        if e == j or e >= len(doc):
            return None
        designated = doc[e - 1].text in LOC_NAME_HEADS or (doc[e].is_lower and doc[e].lower_ in LOC_HEADS)
        return (s, i) if designated and lookup_designated(doc.sl(j, e).text) is not None else None

    def _listed_after(self, j: int) -> list[tuple[int, int]]:
        """The names listed after a plural place head and "of" ("the provinces of Vibo Valentia, Catanzaro and
        Crotone", "the cities of Kharkiv and Odesa")."""
        doc = self.doc
        found = []
        while j < len(doc):
            e = self._cap_run_right(j, 3)
            if e == j or any(
                is_demonym(t.text)
                or t.text in ORG_HEADS
                or t.lower_ in _DATE_WORDS
                or (t.is_upper and lookup(t.text) is None)  # "the member states of ASEAN"
                for t in doc.sl(j, e)
            ):
                break
            found.append((j, e))
            if e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ == "and":
                j = e + 2  # "A, B, and C"
            elif e < len(doc) and doc[e].lower_ in (",", "and"):
                j = e + 1
            else:
                break
        return found

    def _town_before_region(self, i: int) -> tuple[int, int] | None:
        """A name after a preposition of place and before the comma at `i` that a known region, state or
        country follows ("from Chibok, Borno State", "in Kassala, Sudan") or that "near" a known place
        follows ("at Carmont, near Stonehaven"): a town, although the gazetteer may not know it."""
        doc = self.doc
        s = self._cap_run_left(i, 3)
        if s == i or s == 0 or doc[s - 1].lower_ not in ("in", "at", "from", "near", "outside", "to"):
            return None
        if any(
            t.tag_ != "NNP"
            or t.text in ORG_HEADS
            or t.text in VENUE_WORDS
            or t.lower_ in _DATE_WORDS
            or is_role(t)
            or is_demonym(t.text)
            for t in doc.sl(s, i)
        ) or any(ps < i and s < pe for ps, pe, label in self.ents if label == "PERSON"):
            return None
        j = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "near")
        e = self._cap_run_right(j, 3)
        if e == j or (e < len(doc) and (doc[e].text in ("'s", "\u2019s") or _cap(doc[e]))):
            return None
        after = doc.sl(j, e).text
        if j > i + 1:  # "X, near Y": Y any place the gazetteer knows or NER saw
            ok = lookup(after) is not None or j in self.gpe_tokens
        else:
            place = lookup_designated(after)
            ok = place is not None and place.kind in ("country", "us_state", "region", "subdivision")
        return (s, i) if ok else None

    def _listed_before(self, s: int) -> list[tuple[int, int]]:
        """The names listed before the one at `s` that a plural place head follows ("the Esenyurt and
        Bagcilar districts", "the Kosi, Gandak and Bagmati rivers")."""
        doc = self.doc
        found = []
        while s > 1 and doc[s - 1].lower_ in (",", "and"):
            k = self._cap_run_left(s - 1, 3)
            if k == s - 1 or any(is_demonym(t.text) or t.text in ORG_HEADS for t in doc.sl(k, s - 1)):
                break
            found.append((k, s - 1))
            s = k
        return found

    @cached_property
    def _apposed(self) -> set[int]:
        """Tokens of the roles stated after the names NER found ("X, director general of Kerman Province
        Crisis Management,"): they hold no other name."""
        return {k for _, pe in self.ner_person for k in post_title_tokens(self.doc, pe, ())}

    def _compass_place(self, i: int) -> tuple[int, int] | None:
        """A compass word and a name NER left untagged, after a word of place ("in Karabakh and East
        Zangezur", "fighting in North Kivu"): a region."""
        doc = self.doc
        e = self._cap_run_right(i + 1, 2)
        if (
            e == i + 1
            or i in self.ent_tokens
            or not self._locative_before(i)
            or (e < len(doc) and _cap(doc[e]))
            or any(
                t.tag_ != "NNP"
                or t.text in ORG_HEADS
                or t.text in EVENT_WORDS
                or is_role(t)
                or is_demonym(t.text)
                for t in doc.sl(i + 1, e)
            )
        ):
            return None
        return i, e

    def _place_near(self, i: int) -> tuple[int, int] | None:
        """The name in "near X in <region>" ("near Barsoi in Bihar's Katihar district"): a town the gazetteer
        may not know, placed by the region after it."""
        doc = self.doc
        e = self._cap_run_right(i + 1, 3)
        if e == i + 1 or e + 1 >= len(doc) or doc[e].lower_ != "in":
            return None
        region = self._cap_run_right(e + 1, 3)
        if region == e + 1 or not (
            e + 1 in self.gpe_tokens
            or _is_place(doc.sl(e + 1, region).text, ("country", "us_state", "region", "subdivision"))
        ):
            return None
        if any(
            t.text in ORG_HEADS or t.text in VENUE_WORDS or is_role(t) or is_demonym(t.text) or not t.is_alpha
            for t in doc.sl(i + 1, e)
        ):
            return None
        return i + 1, e

    # ------------------------------------------------------------------ organizations

    def _extend_org_right(self, start: int, end: int) -> int:
        doc = self.doc
        while end > start and doc[end - 1].lower_ in ("of", "the", "on", "for", "with"):
            end -= 1
        heads = {t.text for t in doc.sl(start, end)}
        mission = bool(heads & MISSION_HEADS) or any(t.lower_ == "embassy" for t in doc.sl(start, end))
        while end < len(doc):
            low = doc[end].lower_
            allowed = ("of", "on", "for", "with", "and", "&", *_ROMANCE_OF)
            plural_people = is_demonym(doc[end - 1].text) and doc[end - 1].text.endswith("s")
            if mission or plural_people:
                allowed = (*allowed, "in", "to")
            if low == "in" and not mission and doc[end - 1].text.capitalize() not in ORG_HEADS:
                # "Organization for Security and Co-operation in Europe"
                j = end + 1
                e = self._cap_run_right(j, 3)
                if (
                    e > j
                    and _is_place(doc.sl(j, e).text, ("country", "region"))
                    and (e >= len(doc) or not _cap(doc[e]))
                ):
                    end = e
                break
            if low not in allowed or (low == "on" and not heads & ORG_HEADS):
                break
            if low in ("and", "&") and not (
                heads & ORG_HEADS or any(t.lower_ in ("of", "for") for t in doc.sl(start, end))
            ):
                break
            j = end + 1
            if j < len(doc) and doc[j].lower_ == "the" and low not in ("and", "&"):
                j += 1
            e = self._cap_run_right(j, 6)
            # "Head of the State Emergency Service of Ukraine Serhiy Kruk": a name NER saw ends the org
            e = next((k for k in range(j, e) if k in self.person_starts and self._name_word(doc[k])), e)
            if e == j or (e < len(doc) and doc[e].text in ("'s", "\u2019s")):
                break  # "... Committee of Kenya's National Assembly": Kenya owns the next name
            if any(doc[k].text in EVENT_WORDS or doc[k].lower_ in _DATE_WORDS for k in range(j, e)):
                break
            if all(is_demonym(doc[k].text) for k in range(j, e)):
                break  # "Aquaflow NV and Italian parts maker ...": the next clause, not the name
            # "Ministry of Labour and Social Protection", "Fire Service and Civil Defence", but not two
            # organizations in a row ("the Ministry of Health and UNICEF", "... and Interior Ministry").
            if low in ("and", "&") and (
                any(doc[k].text in ORG_HEADS or doc[k].is_upper or k in self.gpe_tokens for k in range(j, e))
                or (e < len(doc) and doc[e].lower_ in ("of", "'s", "\u2019s"))
                or any(s2 <= j < e2 for s2, e2 in self.agencies)
                or (
                    any(j <= s2 < e and label == "ORG" and s2 >= end for s2, _, label in self.ents)
                    # but "Directorate of Central and Eastern European Affairs": "Central" modifies a word
                    # after the "and", so NER's two spans are one name
                    and not (doc[end - 1].dep_ in ("amod", "compound") and j <= doc[end - 1].head.i < e)
                )
            ):
                break  # "Human Rights Watch and Amnesty International": NER saw two names
            end = e
        return end

    def _org_candidates(self) -> None:
        doc = self.doc
        spans: list[tuple[int, int, str]] = []
        org_ends = {s: e for s, e, label in self.ents if label == "ORG"}
        joined: set[int] = set()
        for s, e, label in self.ents:
            toks = doc.sl(s, e)
            if s in joined:
                continue
            if (
                label == "ORG"
                or (label in ("FAC", "PERSON", "NORP") and any(t.text in ORG_HEADS for t in toks))
                or (label == "PERSON" and self._acronym_org(s, e))
            ):
                if doc[s].lower_ == "the" and e - s > 1:
                    s += 1
                # "Chairman of the Board of the Asian Development Bank": the board is part of the title.
                if (
                    doc[s].text == "Board"
                    and e - s > 3
                    and doc[s + 1].lower_ == "of"
                    and self._after_title(s)
                ):
                    s += 3 if doc[s + 2].lower_ == "the" else 2
                # "Japan's Diet": a legislature named by one common word keeps the country that owns it.
                if e - s == 1 and doc[s].text in _LEGISLATURES and self._country_possessive(s):
                    s = self._cap_run_left(s - 1, 3)
                # "Iranian Foreign Ministry": NER left the nationality word out.
                if (
                    s > 0
                    and is_demonym(doc[s - 1].text)
                    and _cap(doc[s - 1])
                    and any(t.text in ORG_HEADS for t in doc.sl(s, e))
                ):
                    s -= 1
                # "partner Lac" + ORG "Long Power Corp.": NER left out a first word the parse joins to it
                while s > 0 and e - s < 8 and self._untagged_compound(s - 1, s, e):
                    s -= 1
                # "Konkan Paper and" + ORG "Board Ltd": a company name cut at its "and"
                if self._company_and(s - 1, e - 1):
                    s -= 2
                    while s > 0 and e - s < 8 and self._untagged_compound(s - 1, s, e):
                        s -= 1
                # "the Trade, Industry and" + ORG "Cooperatives Committee": one name cut at its last item
                if doc[e - 1].lower_ in ("and", "&") and org_ends.get(e) is not None:
                    e = org_ends[e]
                # "Committee on International Affairs" + ", " + ORG "Defense and Security": the list of
                # fields the body's name ends with
                if (end := self._fields_after(s, e, org_ends)) is not None:
                    joined.add(e + 1)
                    e = end
                # "in Ganja, Report informs": NER ran the place before a comma into the name after it
                if (
                    label == "ORG"
                    and (c := next((k for k in range(s + 1, e - 1) if doc[k].text == ","), None)) is not None
                    and lookup(doc.sl(s, c).text) is not None
                    and not any(t.text in ORG_HEADS for t in doc.sl(s, c))
                ):
                    s = c + 1
                if (m := self._two_subjects(s, e)) is not None:
                    spans += [(s, m, "ner"), (m + 1, e, "ner")]  # "Bosch and Continental have ..."
                    continue
                # "the ruling Georgian Dream party", "the Genel Maden-İş union": the org noun after a name
                # is no part of it
                if (
                    e - s >= 2
                    and doc[e - 1].is_lower
                    and doc[e - 1].lower_ in ORG_NOUNS
                    and _cap(doc[e - 2])
                    and not any(t.text in ORG_HEADS for t in doc.sl(s, e))
                ):
                    e -= 1
                spans.append((s, e, "ner"))
            elif label in ("PERSON", "GPE") and self._based_before(s):
                spans.append((s, e, "noun"))  # "Tokyo-based Kaizen Trading": a firm, not a person
        # Capitalised org head nouns NER missed: "Embassy of the Republic of Azerbaijan to Russia".
        gpe_words = {
            (s, e) for s, e, label in self.ents if label == "GPE" and lookup(doc.sl(s, e).text) is None
        }
        for i, tok in enumerate(doc):
            if tok.text in ORG_HEADS and tok.tag_ in ("NNP", "NNPS", "NN") and not tok.is_lower:
                # a head NER alone took for a place ("Azerbaijan's Embassy in Hungary") still heads an org,
                # one inside a place's name ("Soviet Union", "United States") does not
                if any(s <= i < e for s, e, _ in spans) or (
                    i in self.gpe_tokens and (i, i + 1) not in gpe_words
                ):
                    continue
                s = i
                while s > 0:
                    prev = doc[s - 1]
                    if (
                        prev.text in _QUOTE_CHARS
                        and s - 2 >= 0
                        and (_cap(doc[s - 2]) or doc[s - 2].text in _QUOTE_CHARS)
                    ):
                        s -= 1
                        continue
                    if prev.text in ("-", "\u2013") and s - 2 >= 0 and _cap(doc[s - 2]):
                        s -= 1
                        continue
                    if prev.text in ("'s", "\u2019s") and s - 2 >= 0 and _cap(doc[s - 2]):
                        s -= 2  # "Pima County Sheriff's Department"
                        continue
                    if self._company_and(s - 1, i):
                        s -= 2  # "Deccan Alloys and Steel Ltd"
                        continue
                    if (
                        not _cap(prev)
                        or prev.lower_ == "the"
                        or (is_role(prev) and prev.text not in ORG_HEADS)
                        or (prev.text in CORP_SUFFIXES and prev.text.endswith("."))
                    ):
                        break
                    s -= 1
                spans.append((s, self._romance_name_end(i), "head"))
            # "Interior ministry", "the Azerbaijani embassy in Argentina"
            if (
                tok.lower_ in ("ministry", "embassy", "consulate")
                and tok.is_lower
                and i > 0
                and _cap(doc[i - 1])
                and doc[i - 1].pos_ not in ("DET", "PRON")  # "The ministry said"
            ):
                s = i - 1
                while s > 0 and _cap(doc[s - 1]) and doc[s - 1].lower_ != "the":
                    s -= 1
                spans.append((s, i + 1, "lower"))
            elif tok.lower_ == "ministry" and (s := self._portfolio_before(i)) is not None:
                spans.append((s, i + 1, "lower"))  # "the health ministry said"
            # "the heavy-metal group Morbid Angel" / '"Birlik" diaspora organization'
            if tok.is_lower and tok.lower_ in ORG_NOUNS and tok.pos_ == "NOUN":
                if i + 1 < len(doc) and _cap(doc[i + 1]) and not is_role(doc[i + 1]):
                    e = self._cap_run_right(i + 1, 4)
                    if e < len(doc) and doc[e].text in ("'s", "\u2019s"):
                        continue
                    # "the team Kenya" is a place; "club Zenit St. Petersburg" is named after one; "chairman
                    # of the working group Tural Ganjaliyev" names the holder of a role
                    if (
                        not (_is_place(doc[i + 1].text, pop=1) and not doc[i + 1].is_upper)  # "club AS FAR"
                        and not _is_place(doc.sl(i + 1, e).text, pop=1)
                        and pre_title(doc, i + 1, ()) is None
                    ):
                        spans.append((i + 1, e, "noun"))
                named = self._name_before_org_noun(i)
                if named is not None:
                    spans.append((*named, "noun"))
                j = i - 1
                while j > 0 and doc[j].is_lower and doc[j].is_alpha and i - j < 3:
                    j -= 1
                if j > 0 and doc[j].text in _QUOTE_CHARS:
                    k = j - 1
                    while k > 0 and doc[k].text not in _QUOTE_CHARS and j - k < 5:
                        k -= 1
                    if k < j - 1 and doc[k].text in _QUOTE_CHARS and all(_cap(t) for t in doc.sl(k + 1, j)):
                        spans.append((k + 1, j, "quoted"))
        for s, e in self.agencies:
            spans.append((s, e, "agency"))
        examples = self._examples_of_org_noun()
        spans = [  # "groups including ... the Red Cross and Human Rights Watch": NER joined two names
            (s, e, how)
            for s, e, how in spans
            if how != "ner" or sum(s <= a and b <= e for a, b in examples) < 2
        ]
        spans += [(s, e, "noun") for s, e in examples]
        spans += self._known_orgs_and_teams()
        out = []
        for s, e, how in spans:
            if (
                s > 0
                and doc[s - 1].text in _QUOTE_CHARS
                and any(t.text in _QUOTE_CHARS for t in doc.sl(s, e))
            ):
                s -= 1  # 'Araz" Azerbaijan ...' -> '"Araz" Azerbaijan ...'
            s, e = _trim(doc, *self._before_open_bracket(s, e))
            e = self._before_score(s, e)
            if e <= s:
                continue
            if how in ("ner", "head", "lower"):
                e = self._extend_org_right(s, e)
            out.append((s, e, how))
        # An org name immediately followed by a region names a branch ("Airbus Middle East").
        ents_by_start = {s: (e, label) for s, e, label in self.ents}
        more = []
        for s, e, how in out:
            if how == "ner" and e in ents_by_start and ents_by_start[e][1] == "LOC":
                e2 = ents_by_start[e][0]
                if e2 >= len(doc) or not _cap(doc[e2]):
                    more.append((s, e2, "branch"))
        out += more
        # "Bloomberg" of "Bloomberg News" is the same org: keep the longer form only.
        self.org_cands = [
            (s, e, how)
            for s, e, how in out
            if how not in ("agency", "known")
            or not any(s2 <= s and e <= e2 and e2 - s2 > e - s for s2, e2, _ in out)
        ]
        # Well-known names inside a longer span, kept if that span proves to be no organization ("UN" of
        # "the UN Resident Coordinator in Rwanda").
        self.shadowed = [(s, e) for s, e, how in out if how == "known" and (s, e, how) not in self.org_cands]
        self.shape_org_tokens = {k for s, e, how in self.org_cands if how in _SHAPE_ORGS for k in range(s, e)}
        # "Philadelphia Eagles": later "the Eagles" is the team, not a place.
        for s, e, _ in self.org_cands:
            last = doc[e - 1]
            if (
                e - s >= 2
                and last.tag_ == "NNPS"
                and last.text.endswith("s")
                and lookup(doc.sl(s, e - 1).text)
            ):
                self.aliases.add(last.text)
        # Acronyms given in brackets after an org are aliases of it ("(LuxAz)"), not orgs of their own.
        agencies = {doc[s].text for s, e in self.agencies if e - s == 1}
        for s, e, _ in self.org_cands:
            if e - s < 2 or e + 2 >= len(doc) or doc[e].text != "(":
                continue
            close = next((k for k in range(e + 2, min(e + 6, len(doc))) if doc[k].text == ")"), None)
            inner = doc.sl(e + 1, close) if close is not None else None
            if (
                inner is not None
                and inner.text not in agencies
                and not any(t.whitespace_ for t in inner[:-1])
            ):
                self.aliases.add(inner.text)  # "(OSCE)", "(PML-N)"

    def _fields_after(self, s: int, e: int, org_ends: dict[int, int]) -> int | None:
        """End of the org NER tagged after a comma that continues the fields of the body at s..e
        ("Committee on International Affairs, Defense and Security"): a list of capitalised words with "and"
        and no org head, after a head and "on", "for" or "of"."""
        doc = self.doc
        end = org_ends.get(e + 1)
        if end is None or e >= len(doc) or doc[e].text != ",":
            return None
        if not any(
            doc[k].text in ORG_HEADS and doc[k + 1].lower_ in ("on", "for", "of") for k in range(s, e - 1)
        ):
            return None
        toks = doc.sl(e + 1, end)
        if not any(t.lower_ == "and" for t in toks) or any(
            t.text in ORG_HEADS or not (t.is_title or t.lower_ in ("and", ",")) for t in toks
        ):
            return None
        return end

    def _two_subjects(self, s: int, e: int) -> int | None:
        """The "and" inside NER's org s..e when it joins two names that are the subject of a plural verb
        ("Bosch and Continental have announced cuts"), else None ("Procter and Gamble has ...")."""
        doc = self.doc
        ands = [k for k in range(s + 1, e - 1) if doc[k].lower_ == "and"]
        if len(ands) != 1 or e >= len(doc):
            return None
        m = ands[0]
        verb = doc[e + 1] if doc[e].pos_ == "ADV" and e + 1 < len(doc) else doc[e]
        if verb.tag_ != "VBP" and verb.lower_ not in ("are", "were"):
            return None
        if any(
            not _cap(t) or t.text in ORG_HEADS or t.text in CORP_SUFFIXES
            for k, t in enumerate(doc.sl(s, e))
            if s + k != m
        ):
            return None
        return m

    def _based_before(self, s: int) -> bool:
        """ "<Place>-based" (or "-headquartered") comes right before token `s`: what follows is a firm."""
        doc = self.doc
        return (
            s >= 3
            and doc[s - 1].lower_ in ("based", "headquartered")
            and doc[s - 2].text in ("-", "\u2013")
            and _cap(doc[s - 3])
        )

    def _acronym_org(self, s: int, e: int) -> bool:
        """A one-word acronym NER took for a person ("data compiled by LSEG"): people are not written in
        capitals, so it names a body, unless it is a known non-org acronym or a place."""
        tok = self.doc[s]
        return (
            e - s == 1
            and len(tok.text) >= 3
            and tok.is_upper
            and tok.is_alpha
            and tok.text not in NOT_ORG_ACRONYMS
            and tok.text not in self.terms
            and lookup(tok.text) is None
        )

    def _portfolio_before(self, i: int) -> int | None:
        """Start of a lower-case portfolio before the ministry at `i` ("the health ministry", "its foreign
        affairs ministry"), written after a determiner or possessive, or of the nationality word before it
        ("the Uzbek foreign ministry"); None if there is none."""
        doc = self.doc
        s = i
        while (
            s > 1
            and i - s < 2
            and doc[s - 1].is_lower
            and doc[s - 1].is_alpha
            and (
                (doc[s - 1].tag_ in ("NN", "NNS", "NNP", "NNPS") and doc[s - 1].dep_ == "compound")
                or doc[s - 1].lower_ in _PORTFOLIO_ADJECTIVES
            )
        ):
            s -= 1
        if s < i and is_demonym(doc[s - 1].text) and _cap(doc[s - 1]):
            return s - 1  # "the Uzbek foreign ministry"
        if s == i or doc[s - 1].lower_ not in ("the", "its", "their", "'s", "\u2019s"):
            return None
        return s

    def _company_and(self, k: int, head: int) -> bool:
        """The "and"/"&" at `k` joins two words of one registered company name that ends at `head` with a
        legal form ("Deccan Alloys and Steel Ltd", "Marks & Spencer Plc"), not two companies."""
        doc = self.doc
        return (
            k > 0
            and doc[k].lower_ in ("and", "&")
            and doc[head].text in _COMPANY_FORMS
            and head - k <= 3
            and _cap(doc[k - 1])
            and not any(t.text in ORG_HEADS or t.text in CORP_SUFFIXES for t in doc.sl(k - 1, head))
            and not any(t.text in ORG_HEADS or t.is_upper for t in doc.sl(k + 1, head))
        )

    def _untagged_compound(self, k: int, s: int, e: int) -> bool:
        """Token `k`, outside every NER span, is a capitalised proper noun the parse makes part of the name
        s..e (a compound headed inside it), and no role, nationality or sentence opener."""
        tok = self.doc[k]
        return (
            k not in self.ent_tokens
            and _cap(tok)
            and tok.tag_ == "NNP"
            and tok.dep_ == "compound"
            and s <= tok.head.i < e
            and not tok.is_sent_start
            and not is_role(tok)
            and tok.lower_ not in HONORIFICS
            and not is_demonym(tok.text)
        )

    def _examples_of_org_noun(self) -> list[tuple[int, int]]:
        """Names listed as examples of a plural org noun: "manufacturers such as Longi", "groups including
        Amnesty International and Human Rights Watch"."""
        doc = self.doc
        found: list[tuple[int, int]] = []
        for m in _EXAMPLES.finditer(doc.text):
            span = self.raw.char_span(m.start(), m.end())
            if span is None or span.start < 2:
                continue
            noun = doc[span.start - 1 - (doc[span.start - 1].text == ",")]  # "firms, including X"
            if noun.tag_ != "NNS" or noun.lemma_ not in ORG_NOUNS:
                continue
            j = span.end
            while j < len(doc):
                j += doc[j].lower_ == "the"
                e = self._cap_run_right(j, 5)
                if e == j or _is_place(doc.sl(j, e).text) or is_demonym(doc[j].text):
                    break
                found.append((j, e))
                if e + 1 >= len(doc) or doc[e].lower_ not in (",", "and", "or"):
                    break
                j = e + 1 + (doc[e].text == "," and doc[e + 1].lower_ in ("and", "or"))
        return found

    def _name_before_org_noun(self, i: int) -> tuple[int, int] | None:
        """A proper name the parse makes a compound of the org noun at `i`: "the state-owned Karagandaugol
        association", "the Tata group" (not a country, province, big city, people or role: "the Kenya team",
        "the Mumbai team", "the Azerbaijani association")."""
        doc = self.doc
        armed = doc[i].lower_ in _ARMED_NOUNS  # "M23 rebels": a code names the group
        s = i
        if armed and i > 1 and doc[i - 1].like_num and doc[i - 2].tag_ == "NNP" and _cap(doc[i - 2]):
            s -= 1  # "the Barrio 18 gang": a number ends the name
        while (
            s > 0
            and i - s < 3
            and doc[s - 1].tag_ == "NNP"
            and (doc[s - 1].dep_ == "compound" or (armed and s == i) or doc[s].like_num)
            and _cap(doc[s - 1])
        ):
            s -= 1
        # "Al-Shabaab group", "Maden-İş union": the name's hyphenated first part belongs to it
        while (
            s > 1
            and i - s < 4
            and doc[s - 1].text == "-"
            and not doc[s - 1].whitespace_
            and not doc[s - 2].whitespace_
            and _cap(doc[s - 2])
        ):
            s -= 2
            while (
                s > 0
                and i - s < 4
                and doc[s - 1].tag_ == "NNP"
                and doc[s - 1].dep_ == "compound"
                and _cap(doc[s - 1])
            ):
                s -= 1
        if s == i or s == 0 or _cap(doc[s - 1]) or doc[s - 1].text in _QUOTE_CHARS:
            return None
        if any(
            _is_place(t.text, ("country", "historic", "us_state", "region", "subdivision"), 100000, False)
            or is_demonym(t.text)
            or is_role(t)
            or t.text in ORG_HEADS
            or (t.is_upper and not armed)  # "the LNG carrier" is a ship
            for t in doc.sl(s, i)
        ):
            return None
        return s, i

    def _romance_name_end(self, i: int) -> int:
        """End of a name led by its head word and a capitalised modifier before "de"/"di"/"du" ("Alliance
        Francaise de Lyon", "Banco Popular de ..."): the modifier stays with the head, so the name can run on
        through the connector."""
        doc = self.doc
        if (
            i + 3 < len(doc)
            and _cap(doc[i + 1])
            and not is_role(doc[i + 1])
            and doc[i + 2].lower_ in _ROMANCE_OF
            and _cap(doc[i + 3])
        ):
            return i + 2
        return i + 1

    def _before_open_bracket(self, s: int, e: int) -> tuple[int, int]:
        """A span cut before a bracket it opens but does not close: NER's "Southern Common Market (Mercosur"
        is "Southern Common Market", "Katihar (Bihar" a dateline."""
        doc = self.doc
        for k in range(e - 1, s - 1, -1):
            if doc[k].text == ")":
                return s, e
            if doc[k].text == "(":
                return s, k
        return s, e

    def _known_orgs_and_teams(self) -> list[tuple[int, int, str]]:
        """Organizations recognised by their shape rather than a head noun.

        "Al Nassr", "Al Hilal" (two-word "Al X" names with no role before them are clubs, channels or
        groups, not people), "Dallas Cowboys" (a place and a plural name: a team), names followed by a
        media noun ("France Info radio"), and well-known organizations NER takes for places ("Hamas").
        """
        doc = self.doc
        found: list[tuple[int, int, str]] = []
        for s, e, label in self.ents:
            first = doc[s]
            if first.lower_ == "the" and e - s > 1:
                s, first = s + 1, doc[s + 1]
            if (
                label in ("PERSON", "ORG", "GPE", "FAC", "NORP")
                and e - s == 2
                and first.text in ("Al", "El", "Al-")
                and not (s > 0 and (_cap(doc[s - 1]) or doc[s - 1].lower_ in _PARTICLES))
                and not (s > 0 and (is_role(doc[s - 1]) or doc[s - 1].lower_ in HONORIFICS))
                and not self._locative_before(s)
                and lookup(doc.sl(s, e).text) is None
                and not any(ls <= s < le for ls, le in self.loc_spans)
            ):
                found.append((s, e, "club"))
                continue
            if (
                label in ("PERSON", "ORG", "GPE", "LOC")
                and 2 <= e - s <= 3
                and doc[e - 1].text in CLUB_WORDS
                and doc[e - 1].text not in ORG_HEADS
                and _is_place(doc.sl(s, e - 1).text, ("country", "us_state", "subdivision"), 100000)
            ):  # "Montevideo Wanderers", "Blackburn Rovers": a home town and a club word
                found.append((s, e, "club"))
                continue
            if label in ("GPE", "LOC") and e < len(doc) and not (s > 0 and is_role(doc[s - 1])):
                k = e
                while k < len(doc) and doc[k].tag_ == "NNPS" and _cap(doc[k]) and k - e < 2:
                    k += 1
                last = doc[k - 1]
                if (
                    k > e
                    and last.text.endswith("s")
                    and not is_demonym(last.text)
                    and last.text not in LOC_NAME_HEADS
                    and last.text not in ORG_HEADS
                    and lookup(doc.sl(s, k).text) is None
                ):
                    found.append((s, k, "team"))
                    continue
            if (
                label in ("PERSON", "ORG", "GPE", "NORP")
                and e < len(doc)
                and doc[e].is_lower
                and doc[e].lower_ in MEDIA_NOUNS
                and not any(t.text in ORG_HEADS for t in doc.sl(s, e))
                and not (e - s == 1 and is_demonym(doc[s].text))
            ):
                found.append((s, e, "media"))
        for i, tok in enumerate(doc):
            if tok.text in KNOWN_ORGS and not any(s <= i < e for s, e, _ in found):
                found.append((i, i + 1, "known"))
            elif (
                i in self.gpe_tokens
                and _CAMEL.match(tok.text)
                and lookup(tok.text) is None
                and not (i + 1 < len(doc) and _cap(doc[i + 1]))
            ):
                found.append((i, i + 1, "known"))  # "invest in OpenAI": a brand NER took for a place
        known = _phrase_spans(doc, _KNOWN_ORG_TABLE)
        found += [(s, e, "known") for s, e in known]
        # "Islamic State West Africa Province (ISWAP)": a known group's branch, named with its acronym
        known_starts = {s for s, _ in known}
        found += [(s, e, "known" if s in known_starts else how) for s, e, how in self._named_before_acronym()]
        found += self._teams_in_results()
        found += self._acronyms_before_roles()
        found += self._named_by_apposition()
        return found

    def _acronyms_before_roles(self) -> list[tuple[int, int, str]]:
        """An acronym right before a role word names the holder's body ("RJD legislator X", "WAPDA
        captain X", "NATO chief X"), unless it is a known non-org acronym, a rank or a place."""
        doc = self.doc
        found: list[tuple[int, int, str]] = []
        for i in range(len(doc) - 2):
            tok = doc[i]
            if (
                tok.is_upper
                and tok.is_alpha
                and 3 <= len(tok.text) <= 8
                and tok.text not in NOT_ORG_ACRONYMS
                and tok.text not in self.terms
                and tok.text not in RANK_ABBREVIATIONS
                and is_role(doc[i + 1])
                and not doc[i + 1].is_upper
                and not (i > 0 and doc[i - 1].text in ("(", "-", "\u2013"))
                and lookup(tok.text) is None
                and not is_demonym(tok.text)
            ):
                found.append((i, i + 1, "known"))
        return found

    def _named_by_apposition(self) -> list[tuple[int, int, str]]:
        """A name described after a comma by a lower-case org noun: "Aslef, the train drivers' union, said",
        "Gazprom, the state gas company, ..." (no person or place)."""
        doc = self.doc
        found: list[tuple[int, int, str]] = []
        person = {k for s, e, label in self.ents if label == "PERSON" for k in range(s, e)}
        for i in range(1, len(doc) - 3):
            if doc[i].text != "," or doc[i + 1].lower_ not in ("the", "a", "an"):
                continue
            j = i + 2
            while (
                j < len(doc)
                and j - i <= 7
                and (
                    (doc[j].is_lower and doc[j].is_alpha)
                    or (j > i + 1 and is_demonym(doc[j].text))  # ", the Calabrian mafia,"
                    or doc[j].text in ("-", "'", "\u2019", "'s", "\u2019s")
                )
            ):
                j += 1
            noun = doc[j - 1]
            if (
                j == i + 2
                or j >= len(doc)
                or not (doc[j].text in (",", ".", ";") or doc[j].lower_ in ("that", "which", "whose"))
                or noun.lower_ not in ORG_NOUNS
                or noun.pos_ != "NOUN"
                or noun.tag_ == "NNS"
            ):
                continue
            s = self._cap_run_left(i, 4)
            if (
                s == i
                or any(k in person or k in self.gpe_tokens for k in range(s, i))
                or any(t.lower_ in _DATE_WORDS or t.lower_ in _MONTHS for t in doc.sl(s, i))
                or lookup(doc.sl(s, i).text) is not None
                or any(is_demonym(t.text) or is_role(t) for t in doc.sl(s, i))
            ):
                continue
            found.append((s, i, "known"))
        return found

    def _hyphen_particle(self, k: int) -> bool:
        """Token `k` is a short lower-case particle joined by hyphens to a capitalised word before it and
        the word after it ("i" of "Tehreek-i-Taliban", "e" of "Lashkar-e-Taiba", "al" of "Ahrar-al-Sham")."""
        doc = self.doc
        return (
            k >= 2
            and doc[k].is_lower
            and doc[k].is_alpha
            and len(doc[k].text) <= 3
            and not doc[k].whitespace_
            and doc[k - 1].text in ("-", "\u2013")
            and not doc[k - 1].whitespace_
            and not doc[k - 2].whitespace_
            and _cap(doc[k - 2])
        )

    def _before_score(self, s: int, e: int) -> int:
        """End of a name NER ran on into the score after it ("beat Real Madrid 2-1")."""
        doc = self.doc
        if e - s >= 2 and _SCORE.fullmatch(doc[e - 1].text) and doc[e - 2].text not in ("-", "\u2013"):
            return e - 1
        if e - s >= 4 and doc[e - 2].text in ("-", "\u2013") and doc[e - 1].like_num and doc[e - 3].like_num:
            return e - 3
        return e

    def _clubish(self, s: int, e: int) -> bool:
        """A name shaped like a sports club's: "AFC Leopards", "Real Madrid", "Bayern Munich"."""
        doc = self.doc
        if e - s < 2:
            return False
        toks = doc.sl(s, e)
        return (
            toks[0].text in CLUB_WORDS
            or toks[-1].text in CLUB_WORDS
            or any(_is_place(t.text, ("subdivision", "county"), 200000, alternate=False) for t in toks)
        ) and not any(is_demonym(t.text) or is_role(t) for t in toks)

    def _teams_in_results(self) -> list[tuple[int, int, str]]:
        """Both sides of a result ("Gor Mahia beat AFC Leopards 2-1") are clubs when one is club-shaped;
        a single score, not a tennis scoreline ("3-6, 6-4"), and no nationality word ("beat Dutch X")."""
        doc = self.doc
        found: list[tuple[int, int, str]] = []
        for i, tok in enumerate(doc):
            if tok.lemma_ not in _RESULT_VERBS or tok.pos_ not in ("VERB", "AUX") or i == 0:
                continue
            a, ae = self._cap_run_left(i, 4), i
            if a == i:  # "Gor Mahia moved top, beating ...": the subject of the clause
                a, ae = self._result_subject(tok)
            bs = i + 1
            # "beat arch-rivals AFC Leopards", "drew with the hosts": words before the other side's name
            while bs < len(doc) and bs - i <= 4 and not _cap(doc[bs]) and doc[bs].pos_ in _BEFORE_SIDE:
                bs += 1
            b = self._cap_run_right(bs, 4)
            if a == ae or b == bs or b + 2 >= len(doc):
                continue
            single_score = (
                doc[b].like_num
                and doc[b + 1].text in ("-", "\u2013")
                and doc[b + 2].like_num
                and not (b + 4 < len(doc) and doc[b + 3].text == "," and doc[b + 4].like_num)
            ) or _SCORE.fullmatch(doc[b].text) is not None
            if single_score and (self._clubish(a, ae) or self._clubish(bs, b)):
                found += [(a, ae, "club"), (bs, b, "club")]
        clubs = {doc.sl(s, e).text for s, e, _ in found}
        for s, e, label in self.ents:
            if (
                label in ("PERSON", "ORG", "GPE", "NORP", "FAC")
                and e - s >= 2
                and (
                    doc[s].text in CLUB_WORDS
                    or any(t.text in CLUB_MARKERS for t in doc.sl(s, e))
                    or doc.sl(s, e).text in clubs  # a club of a result, wherever else it is named
                )
            ):
                found.append((s, e, "club"))  # "Borussia Dortmund", "Real Madrid"
        return found

    def _result_subject(self, verb: Token) -> tuple[int, int]:
        """The capitalised name that is the subject of a result verb or of the clause it hangs from."""
        for head in (verb, verb.head):
            for subj in head.children:
                if subj.dep_ == "nsubj" and _cap(subj) and subj.i not in self.gpe_tokens:
                    return self._cap_run_left(subj.i + 1, 4), subj.i + 1
        return verb.i, verb.i

    def _named_before_acronym(self) -> list[tuple[int, int, str]]:
        """A name followed by its acronym in brackets is an organization: "Alternative for Germany (AfD)",
        "Disaster and Emergency Management Authority (AFAD)" (places such as "United Arab Emirates (UAE)"
        and people excepted)."""
        doc = self.doc
        found: list[tuple[int, int, str]] = []
        for i, tok in enumerate(doc):
            if tok.text != "(" or i + 2 >= len(doc) or doc[i + 2].text != ")" or i < 2:
                continue
            acro = doc[i + 1].text
            if not (2 <= len(acro) <= 8 and acro.isalpha() and sum(c.isupper() for c in acro) >= 2):
                continue
            s = i
            while s > 0 and i - s < 10:
                prev = doc[s - 1]
                inner_word = prev.lower_ in ("of", "for", "and", "on", "the", "in", "&", "to")
                glued = prev.text in ("-", "\u2013") and not prev.whitespace_
                if (_cap(prev) and not prev.is_sent_end) or (
                    (inner_word or glued) and s > 1 and _cap(doc[s - 2])
                ):
                    s -= 1
                elif glued and s > 3 and self._hyphen_particle(s - 2):
                    s -= 3  # "Tehreek-i-Taliban", "Lashkar-e-Taiba": a particle inside one hyphenated word
                else:
                    break
            while s < i and (
                doc[s].lower_ in ("the", "of", "for", "and", "on", "in", "&") or doc[s].is_punct
            ):
                s += 1
            if i - s < 2 or s >= i:
                continue
            text = doc.sl(s, i).text
            if lookup(text) is not None or (is_demonym(doc[s].text) and i - s == 1):
                continue
            words = [t for t in doc.sl(s, i) if t.is_alpha]
            if (
                acro[0] != doc[s].text[0]
                and not any(t.text in ORG_HEADS for t in doc.sl(s, i))
                and not (len(words) >= 3 and all(t.is_title for t in words))
            ):
                continue  # "Doctors Without Borders (MSF)" passes: three capitalised words
            if (
                acro[0] != doc[s].text[0]
                and any(k in self.gpe_tokens for k in range(s, i))
                and not any(t.text in ORG_HEADS for t in doc.sl(s, i))
            ):
                continue
            found.append((s, i, "acronym"))
        return found

    # ------------------------------------------------------------------ persons

    def _clean_person(self, s: int, e: int) -> tuple[int, int]:
        doc = self.doc
        s = self._skip_honorifics(s, e)
        while (
            s < e
            and not self._sheikh_name(s)
            and (
                doc[s].lower_ in HONORIFICS
                or doc[s].lower_ in WEAK_TITLES
                or doc[s].text in RANK_ABBREVIATIONS
                or doc[s].lower_ == "the"
                or is_role(doc[s])
                or (is_demonym(doc[s].text) and not self._given_name_after_role(s, e))
                or not _cap(doc[s])
                or doc[s].text in _QUOTE_CHARS
            )
        ):
            s += 1
        while e > s and (
            doc[e - 1].lower_ in ("'s", "\u2019s", "'", "\u2019")
            or (not doc[e - 1].is_alpha and not _cap(doc[e - 1]))
        ):
            e -= 1
        # "Culture Minister Adil Karimli": NER swallowed the title; the name starts after the last role word.
        roles = [
            k
            for k in range(s, e - 1)
            if (is_role(doc[k]) or doc[k].lower_ in HONORIFICS) and not self._title_in_name(k, s)
        ]
        if roles:
            s = roles[-1] + 1
        s = self._skip_honorifics(s, e)
        # Stop at the first token that cannot be part of a name (a person span never runs past it).
        for k in range(s, e):
            t = doc[k]
            glued = k > s and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and t.is_alpha
            if not (_cap(t) or t.lower_ in _PARTICLES or t.text in ("-", "'") or glued):
                return s, k  # "Kwon Hyuk-woong" keeps its lower-case half
        return s, e

    def _sheikh_name(self, k: int) -> bool:
        """Token `k` is a "Sheikh" that one name word alone follows ("Prime Minister Sheikh Hasina"): there it
        is part of the name, which would otherwise shrink to one word ("Sheikh Tamim bin Hamad" drops it)."""
        doc = self.doc
        return (
            doc[k].text == "Sheikh"
            and k + 1 < len(doc)
            and doc[k + 1].is_title
            and doc[k + 1].tag_ == "NNP"
            and not is_role(doc[k + 1])
            and not is_courtesy(doc[k + 1])
            and (k + 2 >= len(doc) or not (_cap(doc[k + 2]) or doc[k + 2].lower_ in _PARTICLES))
            and not courtesy_before(doc, k)
        )

    def _title_in_name(self, k: int, s: int) -> bool:
        """Token `k`, a courtesy title, is part of the name that starts at `s`: after a given name and before
        a surname ("Hassan Sheikh Mohamud"), not after a role ("Emir Sheikh Tamim")."""
        doc = self.doc
        if k == s and self._sheikh_name(k):
            return True
        return (
            k > s
            and k + 1 < len(doc)
            and doc[k].lower_ in WEAK_TITLES
            and doc[k].is_title
            and doc[k + 1].tag_ == "NNP"
            and doc[k - 1].tag_ == "NNP"
            and doc[k - 1].is_title
            and not (is_role(doc[k - 1]) or is_courtesy(doc[k - 1]) or is_demonym(doc[k - 1].text))
        )

    def _given_name_after_role(self, s: int, e: int) -> bool:
        """A nationality or faith word right after a role and before a surname is a given name: "Chief
        Executive Christian Sewing" (a nationality comes before the role: "German Chancellor Olaf")."""
        doc = self.doc
        return (
            s > 0
            and s + 1 < e
            and is_role(doc[s - 1])
            and doc[s - 1].tag_ in ("NNP", "NN")
            and not doc[s].text.endswith("s")
            and doc[s + 1].tag_ == "NNP"
            and not is_demonym(doc[s + 1].text)
        )

    def _age_start(self, s: int) -> int:
        """Start of an age written right before token `s` ("54-year-old" Viktor ...), else `s`: the
        role before the comma still names the person ("The crew commander, 54-year-old Viktor ...")."""
        doc = self.doc
        if s >= 5 and doc[s - 1].lower_ == "old" and doc[s - 3].lower_ == "year" and doc[s - 5].like_num:
            return s - 5
        return s

    def _skip_honorifics(self, s: int, e: int) -> int:
        """Start of the name after any courtesy forms at `s` ("Datuk Seri" Azlan ...), also one NER began
        inside ("His" + PERSON "Majesty King"); `e` if none is left."""
        if s > 0 and self.doc[s - 1].lower_ in HONORIFIC_WORDS:
            for back in (1, 2):
                if s - back >= 0 and (n := honorific_len(self.doc, s - back)) > back:
                    s = min(s - back + n, e)
                    break
        while s < e and (n := honorific_len(self.doc, s)):
            s = min(s + n, e)
        return s

    def _person_context(self, s: int, e: int, ner_person: set[tuple[int, int]]) -> bool:
        """Words around a span that make it a person although NER did not say so."""
        doc = self.doc
        prev = doc[s - 1] if s > 0 else None
        if prev is not None:
            if is_role(prev) or courtesy_before(doc, s):
                return True  # "Minister X", "Mr X", "Dr. X", "Hon. X"
            if (is_demonym(prev.text) and prev.lower_ not in COMPASS) or _AGE.search(
                doc.text[max(0, doc[s].idx - 16) : doc[s].idx].rstrip()
            ):
                return True  # "Kenyan Mary Oduya", but "northern Burkina Faso" is a place
            if pre_title(doc, s, ()) is not None:
                return True
            if self._country_possessive(s) and self._possessive_people and self._name_shaped(s, e):
                return True  # "Jamaica's Omar Reid ..., while South Africa's Thabo Mokoena took the 400m"
        if post_title(doc, e, ()) is not None or self._comma_apposition(s, e):
            return True
        if (
            s >= 2
            and doc[s - 1].text == ","
            and doc[s - 2].lower_ in _PERSON_NOUNS
            and e < len(doc)
            and (doc[e].text in (",", ".", ";") or doc[e].lower_ == "who")
        ):
            return True  # "a 67-year-old man, Sejdo Mehmedovic."
        if (
            e + 2 < len(doc)
            and doc[e].text == ","
            and doc[e + 1].like_num
            and doc[e + 2].text in (",", ";", ".", ")")
        ):
            return True  # "Marcus Hill, 19, of Peoria", "the victims as Ana Ruiz, 19; ..."
        if e + 1 < len(doc) and doc[e].text in ("'s", "\u2019s") and doc[e + 1].text in _QUOTE_CHARS:
            return True
        if (
            e + 3 < len(doc)
            and doc[e].text == ","
            and doc[e + 1].lower_ == "whose"
            and any(t.lemma_.lower() in _KIN_NOUNS for t in doc.sl(e + 2, min(e + 8, len(doc))))
        ):
            return True  # "said Musa Danladi, whose 12-year-old son was among those freed"
        if e - s >= 2 and doc[e - 1].text in self._aged_words and all(t.is_title for t in doc.sl(s, e)):
            return True  # "Nadia Choudhury's novel ..." and later "Choudhury, 34, said"
        if (
            e + 2 < len(doc)
            and doc[e].lower_ == "of"
            and _is_place(doc[e + 1].text, ("country",))
            and (doc[e + 2].pos_ in ("VERB", "AUX") or doc[e + 2].text in (",", "("))
            and (s == 0 or not _cap(doc[s - 1]))
        ):
            return True  # "Imane Khelif of Algeria won"
        # Listed after a plural role and another name: "paintings by artists Sattar Rahimli and Maral Aliyeva".
        if prev is not None and prev.lower_ in ("and", ",") and s >= 3:
            k = self._cap_run_left(s - 1, 4)
            if 0 < k < s - 1 and doc[k - 1].tag_ == "NNS" and is_role(doc[k - 1]) and e - s >= 2:
                return True
        # Listed together with a name NER did recognise: "Amin Sidi Boumediene ... and Marius Olteanu".
        for ps, pe in ner_person:
            if pe <= s and s - pe <= 8 and doc[s - 1].lower_ in ("and", ",") and self._list_gap(pe, s):
                return True
            if ps >= e and ps - e <= 8 and doc[e].lower_ in ("and", ",", "(") and self._list_gap(e, ps):
                return True
        return False

    @cached_property
    def _aged_words(self) -> set[str]:
        """Capitalised words written with an age after them ("Choudhury, 34, who ..."): surnames."""
        doc = self.doc
        return {
            doc[k].text
            for k in range(1, len(doc) - 3)
            if doc[k].is_title
            and doc[k].lower_ not in _DATE_WORDS
            and doc[k + 1].text == ","
            and doc[k + 2].like_num
            and doc[k + 3].text in (",", ";")
            and len(doc[k + 2].text) <= 3
        }

    def _country_possessive(self, s: int) -> bool:
        """A country's possessive comes right before token `s` ("South Africa's" Thabo ...)."""
        doc = self.doc
        if s < 2 or doc[s - 1].text not in ("'s", "\u2019s"):
            return False
        return _is_place(doc.sl(self._cap_run_left(s - 1, 3), s - 1).text, ("country",))

    @cached_property
    def _possessive_people(self) -> bool:
        """The text introduces several people NER did recognise with a country's possessive ("Ethiopia's
        Abebe Tsegaye", "Jamaica's Omar Reid"), as a results roundup does: there the same construction
        names people, while elsewhere it more often names firms ("Denmark's Novo Nordisk")."""
        found = [
            s for s, e, label in self.ents if label == "PERSON" and e - s >= 2 and self._country_possessive(s)
        ]
        return len(found) >= 2

    def _name_shaped(self, s: int, e: int) -> bool:
        """Two or three title-case words that could be a name: none an org, place-name, club, venue or event
        word, nor a word the text also writes in lower case, and no English word last ("Hoshizora
        Energy")."""
        doc = self.doc
        words = [t for t in doc.sl(s, e) if t.text not in ("-", "\u2013")]
        return (
            2 <= len(self._word_starts(s, e)) <= 3
            and all(
                t.is_title
                and t.is_alpha
                and not any(t.text in lex for lex in (ORG_HEADS, CORP_SUFFIXES, CLUB_WORDS, LOC_NAME_HEADS))
                and not any(t.text in lex for lex in (VENUE_WORDS, EVENT_WORDS))
                and t.lower_ not in self._lower_words
                for t in words
            )
            and not _english_word(doc.sl(self._word_starts(s, e)[-1], e).text)
        )

    def _comma_apposition(self, s: int, e: int) -> bool:
        """A name set off by commas after its role: "Peru's envoy to Chile, Ana Soto, who ..." (the
        role phrase before the comma must hold a role word; see `pre_title`)."""
        doc = self.doc
        return (
            s >= 2
            and doc[s - 1].text == ","
            and e < len(doc)
            and (doc[e].text in (",", ".", ";") or doc[e].lower_ == "who")
            and pre_title(doc, s - 1, ()) is not None
        )

    def _list_gap(self, a: int, b: int) -> bool:
        """Tokens a..b only separate two listed names: commas, "and", notes in brackets or quotes
        ("Amin Sidi Boumediene for 'Abou Leila' and Marius Olteanu"), never other words or numbers."""
        depth = 0
        for k in range(a, b):
            t = self.doc[k]
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth -= 1
            elif depth <= 0 and not (
                t.lower_ in (",", "and", "for", "from", "of", "with")
                or k in self.quoted
                or t.text in _QUOTE_CHARS
            ):
                return False
        return True

    def _named_thing(self, s: int, e: int) -> bool:
        """A span NER took for a person that its wording shows to be a storm, a team, a firm or a group."""
        doc = self.doc
        toks = doc.sl(s, e)
        prev = doc[s - 1] if s > 0 else None
        if toks[0].text in STORM_WORDS - {"Storm", "Super", "Tropical"}:
            return True  # "since Cyclone Sidr in 2007"
        if all(t.lower_ in COMPASS for t in toks):
            return True  # "the Azeri Central East platform": compass words name a field or an area
        if prev is not None and prev.lower_ == "the":
            return True  # "rivals of the Mara Salvatrucha": "the" never stands right before a person's name
        if prev is not None and prev.lower_ == "of" and any(pe == s - 1 for _, pe in self.ner_person):
            return True  # "analyst Marlene Vogt of Bankhaus Reiter": the employer after a person's name
        if (
            e + 2 < len(doc)
            and doc[e].text == "("
            and doc[e + 2].text == ")"
            and (acro := doc[e + 1].text.split("-")[0]).isupper()
            and len(acro) >= 2
            and acro.startswith("".join(t.text[0] for t in toks if t.is_alpha)[: len(acro)])
        ):
            return True  # "Kazakhstan Temir Zholy (KTZ)": a body introduced with its acronym
        if e - s < 2 or (prev is not None and is_role(prev)) or post_title(doc, e, ()) is not None:
            return False
        # "Montevideo Wanderers", "Blackburn Rovers": a club word ends a team's name. A place and a plural
        # alone prove nothing: "Austin Rivers", "Jordan Matthews" and "Paris Peters" are people.
        return toks[-1].text in CLUB_WORDS

    def _bad_person(self, s: int, e: int) -> bool:
        doc = self.doc
        toks = doc.sl(s, e)
        text = toks.text
        if e <= s or any(k in self.quoted for k in range(s, e)):
            return True
        if any(t.text in _FIELD_WORDS for t in toks):
            return True  # "Secretary for Foreign and Diaspora Affairs": a portfolio
        if any("(" in t.text or ")" in t.text for t in toks):
            return True  # "Press)--People" of "(Jiji Press)--People in Kobe": a dateline glued to the body
        if any(t.text in ORG_HEADS or t.text in EVENT_WORDS for t in toks):
            return True
        if text in self._company_short_names:
            return True  # "Lac Viet Metals will hold 40%" after "Lac Viet Metals Corp."
        if self._named_thing(s, e):
            return True
        if (
            any(t.text in VENUE_WORDS and toks[k].lower_ not in _PARTICLES for k, t in enumerate(toks[1:]))
            and post_title(doc, e, ()) is None
        ):
            return True  # "Gorky Park"; but "Park Ji-hoon", "Pieter van Dam", "Ann Park, a nurse" are names
        if any(any(c.isdigit() for c in t.text) for t in toks):
            return True
        if all(is_demonym(t.text) or t.lower_ in _PARTICLES for t in toks) or is_demonym(text):
            return True
        if any(
            (is_role(t) and not self._title_in_name(t.i, s))
            or (
                t.tag_.startswith("VB")
                and not (t.is_title and t.lemma_ == t.text and not t.is_sent_start)
                and not (t.i == e - 1 and self._surname_before_apposition(t.i))
            )
            or (is_demonym(t.text) and t.text.endswith("s"))
            for t in toks
        ):
            return True  # a verb inside, unless a name the tagger could not lemmatise ("Rashad Nabiyev")
        prev = doc[s - 1].lower_ if s > 0 else ""
        if (
            e - s >= 2
            and prev in ("the", "a", "an")
            and e < len(doc)
            and doc[e].is_lower
            and doc[e].pos_ == "NOUN"
        ):
            return True  # "the Harry Potter creator": a name used as a modifier
        if prev == "at" and pre_title(doc, s, ()) is None and post_title(doc, e, ()) is None:
            return True  # "at Roland Garros": a venue
        if any(
            (compound == text and lookup(part))  # the whole span: "Azerbaijan-Georgia"
            or is_demonym(part)
            or part.lower() in ROLE_WORDS
            or part.lower() in HYPHEN_SUFFIXES
            for compound in _HYPHENATED.findall(text)
            for part in compound.split("-")
        ):
            return True  # "Kenya-led"; but "Kwon Hyuk-woong", "Maria Santos-Oliveira" are names
        if e - s > 1 and any(
            t.is_upper and len(t.text) > 1 and t.is_alpha and not (t.i == e - 1 and _REGNAL.match(t.text))
            for t in toks
        ):
            return True  # "KOTRA Baku office director": an acronym is no part of a name ("Abdullah II" is)
        if text in self.strong_loc_texts or any(ls <= s and e <= le for ls, le in self.loc_spans):
            return True
        if text.upper() == text and len(text) > 1 and "." not in text:
            return True  # acronyms
        if _is_place(text):
            return True
        if (
            e - s >= 2
            and _is_place(text, (), 100000, alternate=False)
            and not self._person_context(s, e, set())
        ):
            self.extra_locs.append((s, e))
            return True  # "Ho Chi Minh City (VNA) -": a city of several words, not a name
        if (
            self._locative_before(s)
            and _is_place(text, ("subdivision", "county"), 20000)
            and not (e < len(doc) and doc[e].text in ("'s", "\u2019s"))
        ):
            self.extra_locs.append((s, e))  # "between Baku and Yerevan"
            return True
        # "Milli Majlis speaker Sahiba Gafarova": a name before a role and another name is an org or place.
        k = e
        while k < len(doc) and k - e < 3 and is_role(doc[k]):
            k += 1
        if k > e and k < len(doc) and any(ps == k for ps, _ in self.ner_person):
            return True
        prev = doc[s - 1].lower_ if s > 0 else ""
        if (
            prev in ("in", "near", "across", "throughout")
            or self._leaving_from(s - 1)  # "had set out from Keti Bandar"
        ) and not (e < len(doc) and doc[e].text in ("'s", "\u2019s")):
            self.extra_locs.append((s, e))
            return True
        return False

    def _persons(self) -> list[Person]:
        doc = self.doc
        ner_person: set[tuple[int, int]] = set()
        self.ner_person = ner_person
        cands: list[tuple[int, int]] = []
        for s, e, label in self.ents:
            if label == "PERSON":
                cs, ce = self._clean_person(s, e)
                if ce > cs:
                    ner_person.add((cs, ce))
        covered: set[int] = set()
        forced: set[tuple[int, int]] = set()
        ents_by_start = {s: (e, label) for s, e, label in self.ents}
        for s, e, label in self.ents:
            covered.update(range(s, e))
            cs, ce = self._clean_person(s, e)
            if ce <= cs:
                continue
            # "... Committee on Work with Diaspora Fuad Muradov": org words glued before a name.
            if (
                label == "PERSON"
                and ce - cs >= 3
                and cs > 0
                and doc[cs - 1].lower_ in ("with", "of", "on", "for")
                and any(oe == cs - 1 for _, oe, lab in self.ents if lab == "ORG")
            ):
                cands.append((ce - 2, ce))
                forced.add((ce - 2, ce))
                continue
            if label == "PERSON" and (
                (split := self._place_then_name(cs, ce)) is not None
                or (split := self._field_then_name(cs, ce)) is not None
            ):
                # "Ambassador to Peru Ana Maria Soto Ruiz": NER ran the title's place into the name.
                cands.append((split, ce))
                forced.add((split, ce))
                self.extra_locs.append((cs, split))
                continue
            if label == "PERSON":
                # "Iranian Ambassador to China Abdolreza Rahmani Fazli": NER left the first name out.
                if cs == s:
                    cs = self._given_names_before(cs)
                    covered.update(range(cs, s))
                # "Erik ten Hag": NER stops at a lower-case particle the tagger took for a number.
                k = ce
                while k < len(doc) and doc[k].lower_ in _PARTICLES and doc[k].is_lower:
                    k += 1
                if (
                    k > ce
                    and k < len(doc)
                    and _cap(doc[k])
                    and doc[k].tag_ == "NNP"
                    and k not in self.gpe_tokens
                ):
                    ce = k + 1
                    covered.update(range(e, ce))
                elif ce == e and self._hyphen_tail(e):
                    ce = e + 2  # "Kang Min" + "-seok": NER stopped at the hyphen of a given name
                    covered.update(range(e, ce))
                elif (
                    ce == e
                    and e < len(doc)
                    and e not in self.ent_tokens
                    and _cap(doc[e])
                    and (doc[e].tag_ == "NNP" or self._surname_before_apposition(e))
                ):
                    # "Rosa Elena" + "Vargas Llosa": untagged surnames (two at most) complete the name
                    ce = e + 1
                    if (
                        3 >= ce - cs >= 2
                        and ce + 1 < len(doc)
                        and ce not in self.ent_tokens
                        and _cap(doc[ce])
                        and doc[ce].tag_ == "NNP"
                        and not _cap(doc[ce + 1])
                    ):
                        ce += 1
                    covered.update(range(e, ce))
                elif ce == e and e in ents_by_start:
                    # "Ursula von der" + "Leyen", "Sheikh Mohammed bin Abdulrahman" + "Al Thani": NER cut
                    # one name in two at a particle.
                    e2, label2 = ents_by_start[e]
                    if (label2 == "PERSON" or doc[e - 1].lower_ in _PARTICLES) and e2 - e <= 3:
                        _, ce = self._clean_person(e, e2)
                        covered.update(range(e, e2))
                    elif (
                        # "Datuk Seri Mohd" + ORG "Fauzi Rahmat": a given name after a courtesy or role,
                        # and the rest of the name NER read as something else; "Ibrahim Kabir" + GPE
                        # "Tsafe": a surname no gazetteer knows
                        (
                            (ce - cs == 1 and cs > 0 and (courtesy_before(doc, cs) or is_role(doc[cs - 1])))
                            or (
                                e2 - e == 1
                                and label2 == "GPE"
                                and not _is_place(doc[e].text, pop=100000, alternate=False)
                            )
                        )
                        and e2 - e <= 2
                        and all(self._name_word(t) and t.is_title for t in doc.sl(e, e2))
                        and (e2 >= len(doc) or not _cap(doc[e2]))
                    ):
                        ce = e2
                        covered.update(range(e, e2))
                cands.append((cs, ce))
            elif label in ("ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT", "EVENT"):
                # "the Ministry of Foreign Affairs O.Enkhtsetseg": a name glued to the end of an org.
                last = doc[e - 1]
                if label == "ORG" and _INITIAL_NAME.match(last.text) and e - s > 1:
                    cands.append((e - 1, e))
                    forced.add((e - 1, e))
                    continue
                # '"Araz" Azerbaijan National-Cultural Autonomy Asif Musayev': a name after the org head.
                # "Catanzaro Chief Prosecutor Salvatore Di Palma-Ferrante": a name after a role word.
                heads = [
                    k
                    for k in range(s, e)
                    if doc[k].text in ORG_HEADS or (label == "ORG" and doc[k].is_title and is_role(doc[k]))
                ]
                ns = heads[-1] + 1 if heads else e
                words = self._word_starts(ns, e)  # "... Society Abolfazl Shahrokhi-Tehrani": two words
                if (
                    heads
                    and 2 <= len(words) <= 3
                    and all(_cap(doc[k]) and doc[k].text not in LOC_NAME_HEADS for k in words)
                    and lookup(doc.sl(ns, e).text) is None  # "Coast Guard District Western Visayas"
                    and pre_title(doc, ns, ()) is not None
                ):
                    cands.append((ns, e))
                    forced.add((ns, e))
                    continue
                # "Ambassador of Japan to Mongolia Masaru Igawa": a title's place glued to the name after it.
                split = self._place_then_name(s, e)
                if split is None and label == "ORG":
                    split = self._field_then_name(s, e)  # "... of Digital Development Tural Aghayev"
                if split is not None:
                    # "to Chile Diego Armando" + PERSON "Ruiz Tapia": the name runs on into the next one
                    end = e
                    if (
                        e in ents_by_start
                        and ents_by_start[e][1] == "PERSON"
                        and ents_by_start[e][0] - split <= 4
                    ):
                        end = ents_by_start[e][0]
                    cands.append((split, end))
                    forced.add((split, end))
                    self.extra_locs.append((s, split))
                    continue
                # "Chairman of the State Committee on Work with Diaspora Fuad Muradov": after a title
                # phrase, the last capitalised words of a long org span are the holder's name, when the
                # span names a body or its last word is a name found elsewhere ("Speaker of the House of
                # Representatives Bishnu Prasad Dhakal" ... "Speaker Dhakal").
                ns = self._name_tail(s, e) if e - s >= 4 else None
                if (
                    ns is not None
                    and lookup(doc.sl(ns, e).text) is None  # "... District Central Visayas"
                    and (
                        any(t.text in ORG_HEADS for t in doc.sl(s, ns))
                        or any(doc[e - 1].text == doc[pe - 1].text for _, pe in ner_person)
                    )
                    and self._after_title(s)
                ):
                    cands.append((ns, e))
                    forced.add((ns, e))
                    continue
                # "Hon. Musa" + ORG "Ndagi Bello": a given name after a courtesy form begins the name
                gs = self._given_names_before(cs) if cs == s else cs
                if gs < cs and courtesy_before(doc, gs):
                    cs = gs
                    covered.update(range(cs, s))
                elif cs == s and ce - cs == 1 and self._age_after(ce):
                    # "Pushpa" + GPE "Thagunna", "32,": a surname NER took for a place, with an age after it
                    gs = self._given_names_before(cs, titled=True)
                    if gs < cs and doc[gs].tag_ == "NNP":
                        cs = gs
                        covered.update(range(cs, s))
                if (
                    2 <= ce - cs <= 4
                    and not any(t.text in ORG_HEADS for t in doc.sl(cs, ce))
                    and self._person_context(cs, ce, ner_person)
                    and not self._named_org_by_noun(s)
                    and not self._object_of_title(s)  # "Secretary of Foreign Affairs, Marcelo Ebrard"
                ):
                    # "meteorologist Ana" + ORG "Castillo-Reyes": NER read a double surname as a firm
                    hyphenated = ce - cs == 3 and self._hyphen_tail(cs + 1)
                    if cs == s and hyphenated:
                        cs = self._given_names_before(cs)
                        covered.update(range(cs, s))
                    cands.append((cs, ce))
                elif (
                    ce - cs == 1
                    and label in ("GPE", "ORG", "NORP")
                    and doc[cs].is_sent_start
                    and lookup(doc[cs].text) is None
                    and not is_demonym(doc[cs].text)
                    and post_title(doc, ce, ()) is not None
                ):
                    cands.append((cs, ce))  # "Heriyanto, head of the local rescue agency, said"
                elif (
                    ce - cs == 1
                    and cs > s
                    and label in ("GPE", "NORP")
                    and is_role(doc[cs - 1])
                    and not _english_word(doc[cs].text)  # "Executive Power" is a body
                    and doc[cs - 1].is_title
                    and self._name_word(doc[cs])
                    and lookup(doc[cs].text) is None
                ):
                    cands.append((cs, ce))  # NORP "Empress Masako": a role and a single name
            covered.update(range(s, e))
        # "O.Enkhtsetseg": Mongolian-style initial-dot names are persons wherever NER put them.
        for k, tok in enumerate(doc):
            if _INITIAL_NAME.match(tok.text) and k not in self.gpe_tokens and (k, k + 1) not in cands:
                cands.append((k, k + 1))
                forced.add((k, k + 1))
                covered.add(k)
        # Names NER missed entirely, after a role word ("Members of the Azerbaijani Diaspora Mahir Ismayilov").
        # A one-word ORG/PERSON/NORP that is no known place may end such a name ("Leyla" + ORG "Aliyeva").
        soft = {
            s
            for s, e, label in self.ents
            if e - s == 1
            and label in ("ORG", "PERSON", "NORP")
            and doc[s].text not in ORG_HEADS
            and lookup(doc[s].text) is None
            and not is_demonym(doc[s].text)
        }
        i = 0
        while i < len(doc):
            if i in covered or not _cap(doc[i]) or doc[i].tag_ != "NNP":
                i += 1
                continue
            e = i
            while e < len(doc) and (e not in covered or (e in soft and e > i)):
                if e > i and self._hyphen_tail(e) and e + 1 not in covered:
                    e += 2  # "Jean-Pierre", "Dubois-Martin"
                    continue
                if not (
                    (_cap(doc[e]) or doc[e].lower_ in _PARTICLES)
                    and (
                        doc[e].tag_ == "NNP"
                        or (doc[e].tag_ == "NNPS" and e + 1 < len(doc) and doc[e + 1].tag_ == "NNP")
                        or (doc[e].tag_ == "NNPS" and not doc[e].lower_.endswith("s"))  # "Sinha" is no plural
                    )
                ):
                    break
                e += 1
                if e - 1 in soft:
                    break
            s, ce = self._clean_person(i, e)
            split = self._place_then_name(s, ce) if ce - s >= 3 else None
            if split is None and ce - s >= 3:
                split = self._field_then_name(s, ce)  # "Minister of Foreign Affairs Orkhan Nasibli"
            starts = self._word_starts(s, ce)  # "Minister of Economy Elchin Guliyev-Sadigov": 3 words
            if (
                split is None
                and len(starts) == 3
                and s > 0
                and doc[s - 1].lower_ in ("of", "for", "and")  # "... of Foreign Affairs and Trade Gabor X"
                and not _is_place(doc[s].text, pop=20000)  # "Economy" is also a village
                and all(doc[k].tag_ in ("NNP", "NNPS") and lookup(doc[k].text) is None for k in starts[1:])
                and pre_title(doc, s + 1, ()) is not None
            ):
                split = s + 1  # "Deputy Minister of Culture Vasif Eyvazzade"
            if split is not None:  # "Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov"
                cands.append((split, ce))
                forced.add((split, ce))
                i = max(e, i + 1)
                continue
            # keep the last two or three name tokens after a role/demonym prefix; four right after a title
            # ("Ambassador to Peru Ana Maria Soto Ruiz")
            words = self._word_starts(s, ce)
            longest = 4 if len(words) == 4 and pre_title(doc, s, ()) is not None else 3
            if len(words) > longest:
                s = words[-longest]
            if (len(words) >= 2 and self._person_context(s, ce, ner_person)) or (
                len(words) >= 2
                and s > i
                and (is_role(doc[s - 1]) or is_demonym(doc[s - 1].text))
                and any(ps > ce and ps - ce <= 3 for ps, _ in ner_person)
            ):
                cands.append((s, ce))
            i = max(e, i + 1)
        cands += self._names_after_roles(cands)
        cands = [(s, e) for s, e in sorted(set(cands)) if not self._bad_person(s, e)]
        # A candidate inside an organization name is part of that name ("Heydar Aliyev Foundation").
        org_tokens = {
            k
            for s, e, how in self.org_cands
            if (
                how in ("ner", "head", "noun", "quoted", "agency")
                and any(doc[j].text in ORG_HEADS for j in range(s, e))
            )
            or how in ("noun", "quoted", "agency", "acronym", *_SHAPE_ORGS)
            for k in range(s, e)
        }
        cands = [
            (s, e) for s, e in cands if (s, e) in forced or not all(k in org_tokens for k in range(s, e))
        ]
        for s, e in cands:
            self.person_tokens.update(range(s, e))
        persons = self._merge_persons(cands)
        # "Mohun Bagan took the lead" after "Mohun Bagan Super Giant": the short form of a club or a firm
        # the text names in full, never given a role
        shorts = self._org_short_forms()
        dropped = {p.name for p in persons if p.title is None and p.name in shorts}
        if dropped:
            persons = [p for p in persons if p.name not in dropped]
            for s, e in cands:
                if _name_text(doc, s, e) in dropped:
                    self.person_tokens.difference_update(range(s, e))
        # A lone word that joined no person ("said Yerevan was ready") blocks no place.
        parts = {w.lower() for p in persons for w in p.name.split()}
        for s, e in cands:
            if e - s == 1 and doc[s].lower_ not in parts:
                self.person_tokens.discard(s)
        return persons

    def _org_short_forms(self) -> set[str]:
        """The first two or more words of the orgs in the text whose other words are no institution's head
        ("Mohun Bagan" of "Mohun Bagan Super Giant", "Kerala Blasters" of "Kerala Blasters FC"): a body
        named after a person carries such a head ("Heydar Aliyev Foundation")."""
        doc = self.doc
        spans = [(s, e) for s, e, _ in self.org_cands]
        spans += [(s, e) for s, e, label in self.ents if label == "ORG"]
        # the whole name too, where the text introduces it as a body: "Kazakhstan Temir Zholy (KTZ)"
        bodies = ("acronym", "known", "agency", "noun")
        out = {_name_text(doc, s, e) for s, e, how in self.org_cands if how in bodies}
        for s, e in spans:
            s += doc[s].lower_ == "the"
            for n in range(s + 2, e):
                if all(
                    (t.text not in ORG_HEADS or t.text in CLUB_WORDS or t.text in CORP_SUFFIXES)
                    and _cap(t)
                    and (t.is_alpha or t.text in CORP_SUFFIXES)  # not "Blaise Harrison's 'Particles'"
                    for t in doc.sl(n, e)
                ) and all(_cap(t) for t in doc.sl(s, n)):
                    out.add(_name_text(doc, s, n))
        return out

    def _names_after_roles(self, cands: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Two to four name words right after a role noun, which NER split into odd pieces ("Magistrate"
        + GPE "Anupama" + NORP "Rajhans"): none a known place, nationality, org or role word."""
        doc = self.doc
        taken = {k for s, e in cands for k in range(s, e)}
        label_at = {k: (s, e, label) for s, e, label in self.ents for k in range(s, e)}
        found = []
        for k in range(len(doc) - 2):
            tok = doc[k]
            if (
                k + 1 in taken
                or not doc[k + 1].is_title
                or tok.pos_ not in ("NOUN", "PROPN")
                or not is_role(tok)
            ):
                continue
            e = k + 1
            while e < len(doc) and e - k <= 4 and _cap(doc[e]) and doc[e].tag_ in ("NNP", "NNPS"):
                e += 1
            if not 2 <= e - k - 1 <= 4 or (e < len(doc) and _cap(doc[e])):
                continue
            ents = [label_at[j] for j in range(k + 1, e) if j in label_at]
            if any(
                es <= k or ee > e or label not in ("GPE", "NORP", "ORG", "LOC", "FAC")
                for es, ee, label in ents
            ):
                continue
            if any(
                is_role(t)
                or t.text in ORG_HEADS
                or t.text in LOC_NAME_HEADS
                or t.text in CLUB_WORDS
                or t.lower_ in HONORIFICS
                or is_demonym(t.text)
                or not t.is_alpha
                or _is_place(t.text, pop=100000, alternate=False)
                for t in doc.sl(k + 1, e)
            ):
                continue
            found.append((k + 1, e))
        return found

    def _name_tail(self, s: int, e: int) -> int | None:
        """Start of the two or three name words that end the span s..e, else None. A third word is taken
        only after a word that can end a body's name ("... Representatives Bishnu Prasad Dhakal")."""
        doc = self.doc
        starts = self._word_starts(s, e)
        k = len(starts)
        while k > 1 and len(starts) - k < 3 and self._name_word(doc[starts[k - 1]]):
            k -= 1
        if len(starts) - k == 3:
            before = doc[starts[k] - 1]
            if not _cap(before) or not (
                before.text in ORG_HEADS
                or before.lower_ in GENERIC_ORG_WORDS
                or (before.text.endswith("s") and not before.text.endswith("ss"))
                or lookup(before.text)
            ):
                k += 1
        if len(starts) - k < 2 or not _cap(doc[starts[k] - 1]):
            return None
        return starts[k]

    @staticmethod
    def _name_word(tok: Token) -> bool:
        """A capitalised word that can be part of a person's name: no org, place, role or nationality
        word."""
        low = tok.lower_
        return (
            _cap(tok)
            and tok.tag_ in ("NNP", "NN")
            and tok.text not in ORG_HEADS
            and tok.text not in LOC_NAME_HEADS
            and tok.text not in EVENT_WORDS
            and low not in GENERIC_ORG_WORDS
            and not is_role(tok)
            and not (low.endswith("s") and low[:-1] in ROLE_WORDS)
            and not is_demonym(tok.text)
            and not _is_place(tok.text, pop=100000, alternate=False)  # "Anar" is also a small town
        )

    def _leaving_from(self, k: int) -> bool:
        """Token `k` is a "from" that a verb of leaving governs ("fled from X", "evacuated 200 tourists from
        X"): X is a place, not a sender ("a letter from X")."""
        tok = self.doc[k]
        return tok.lower_ == "from" and tok.head.lemma_ in _MOTION_VERBS

    def _surname_before_apposition(self, k: int) -> bool:
        """Token `k`, a title-case word inside a sentence that the tagger read as another word class, ends a
        name when a role follows it after a comma ("Peter Odhiambo Were, chairman of ...")."""
        doc = self.doc
        return (
            doc[k].is_title
            and not doc[k].is_sent_start
            and not is_role(doc[k])
            and post_title(doc, k + 1, ()) is not None
        )

    def _age_after(self, e: int) -> bool:
        """An age set off by commas follows token `e` ("X, 32, said")."""
        doc = self.doc
        return (
            e + 2 < len(doc)
            and doc[e].text == ","
            and doc[e + 1].like_num
            and len(doc[e + 1].text) <= 3
            and doc[e + 2].text in (",", ";")
        )

    def _given_names_before(self, s: int, titled: bool = False) -> int:
        """Start of the name at `s` with the given names (two at most) NER left out between a title and
        it: "Ambassador to China Abdolreza" + "Rahmani Fazli", "General Wilfredo" (read as an org) +
        "Quispe" + "Huaman", "Hon. Aminu" + "Yakubu Tswako"."""
        doc = self.doc
        p = s
        while s - p < 2 and p > 1 and self._given_name(p - 1):
            p -= 1
        titled = (
            titled
            or p - 1 in self.gpe_tokens
            or is_role(doc[p - 1])
            or courtesy_before(doc, p)
            or doc[p - 1].text in RANK_ABBREVIATIONS  # "SP Adamu" + "Musa Bawa"
            # "the Kenyan Ambassador to the UAE, Abdulrahman" + "Yusuf Ibrahim"
            or (p < s and doc[p - 1].text == "," and pre_title(doc, p - 1, ()) is not None)
            # "Rector of the Manas University Ahmet" + "Kaya Yildirim": one given name after a role's body
            or (
                p == s - 1
                and doc[p - 1].text in ORG_HEADS
                and not doc[p].text.endswith("s")
                and not _english_word(doc[p].text)
                and pre_title(doc, p, ()) is not None
            )
        )
        return p if titled else s

    def _given_name(self, p: int) -> bool:
        """Token `p` can be a given name NER left out (or glued to the role before it)."""
        tok = self.doc[p]
        return (
            (p not in self.ent_tokens or is_role(self.doc[p - 1]))
            and tok.tag_ == "NNP"
            and tok.is_title
            and not is_role(tok)
            and tok.lower_ not in HONORIFICS
            and tok.lower_ not in WEAK_TITLES
            and not honorific_len(self.doc, p)  # "Datuk" Onn Hafiz ...
            and tok.text not in ORG_HEADS
            and not _is_place(tok.text, pop=100000, alternate=False)
            and not is_demonym(tok.text)
        )

    def _word_starts(self, s: int, e: int) -> list[int]:
        """Tokens that begin a word of the name s..e: "Dubois-Martin" is one word of three tokens."""
        doc = self.doc
        return [
            k
            for k in range(s, e)
            if doc[k].text != "-" and not (k > s and doc[k - 1].text == "-" and not doc[k - 1].whitespace_)
        ]

    def _hyphen_tail(self, e: int) -> bool:
        """Tokens e, e+1 are "-" and a word glued on both sides to the name ending at `e`."""
        doc = self.doc
        return (
            e + 1 < len(doc)
            and doc[e].text == "-"
            and not doc[e - 1].whitespace_
            and not doc[e].whitespace_
            and doc[e + 1].is_alpha
            and doc[e + 1].lower_ not in HYPHEN_SUFFIXES
            and not is_role(doc[e + 1])
        )

    @staticmethod
    def _field_word(tok: Token) -> bool:
        """A title-case dictionary word that is no place: a word of a portfolio ("Digital", "Transport")."""
        return tok.is_title and tok.is_alpha and _english_word(tok.text) and lookup(tok.text) is None

    def _field_then_name(self, s: int, e: int) -> int | None:
        """Start of the name in a span "<field words> <Given Surname>" that ends a role's portfolio after
        "of"/"for"/"and" ("Minister of Digital Development and Transport Tural Aghayev", "Vice President
        for Field Development Rashid Orujov"), which NER reads as one org or person, else None. The field
        is title-case dictionary words; the name is two or three words, its first no dictionary word."""
        doc = self.doc
        p = s  # the portfolio may begin before the span: "of Innovation and Higher" + "Education Bekzod X"
        while p > 1 and s - p < 4 and (doc[p - 1].lower_ in ("and", "&") or self._field_word(doc[p - 1])):
            p -= 1
        if p < 2 or doc[p - 1].lower_ not in ("of", "for", "and") or lookup(doc.sl(s, e).text):
            return None
        starts = self._word_starts(s, e)
        for n in (2, 3):
            if len(starts) <= n:
                break
            ns = starts[-n]
            portfolio = doc.sl(s, ns)
            rest = doc.sl(ns, e)
            if (
                all(self._field_word(t) or t.lower_ in ("and", "&") for t in portfolio)
                and portfolio[-1].lower_ not in ("and", "&")
                and not _english_word(rest[0].text)
                and all(
                    (_cap(t) and t.is_alpha and t.tag_ in ("NNP", "NNPS"))
                    or t.text == "-"
                    or glued_to_previous(doc, t.i)
                    for t in rest
                )
                and not any(
                    t.text in ORG_HEADS or t.text in LOC_NAME_HEADS or is_demonym(t.text) or _is_place(t.text)
                    for t in rest
                )
                and pre_title(doc, ns, ()) is not None
            ):
                return ns
        return None

    def _place_then_name(self, s: int, e: int) -> int | None:
        """Start of the name in a span "<place> <Name Surname>" that ends a title phrase ("... to Mongolia
        Masaru Igawa", "President of Uzbekistan Shavkat Mirziyoyev"), else None."""
        doc = self.doc
        if (
            s < 2
            or doc[s - 1].lower_ not in ("of", "to", "in", "for")
            or lookup(doc.sl(s, e).text)
            or s in self._apposed
        ):
            return None  # "in Ho Chi Minh City" is one place
        starts = self._word_starts(s, e)  # "to Nepal Jung Sang-ho": a hyphenated name is one word
        for ns in reversed([k for k in starts[1:] if k - s <= 3]):
            rest = [doc[k] for k in starts if k >= ns]
            place = doc.sl(s, ns).text
            if (
                (
                    _is_place(place, ("country", "region", "us_state", "subdivision"), 20000)
                    or (doc[ns - 1].text in LOC_NAME_HEADS and lookup_designated(place) is not None)
                )
                and 2 <= len(rest) <= 4
                and all(_cap(t) and t.tag_ == "NNP" and not _is_place(t.text) for t in rest)
                and not any(
                    t.text in ORG_HEADS or t.text in LOC_NAME_HEADS or t.text == "City" or is_demonym(t.text)
                    for t in rest
                )
                and pre_title(doc, ns, ()) is not None
            ):
                return ns
        return None

    def _after_title(self, s: int) -> bool:
        """The span at `s` follows a role ("Chairman of the ...", "Member of ...")."""
        doc = self.doc
        k = s - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k >= 0 and doc[k].lower_ in ("of", "for"):
            k -= 1
        return k >= 0 and is_role(doc[k]) and doc[k].tag_ not in ("NNS", "NNPS")

    def _object_of_title(self, s: int) -> bool:
        """The span at `s` completes a role after "of"/"for" ("Secretary of Foreign Affairs")."""
        doc = self.doc
        k = s - 1 - (s > 1 and doc[s - 1].lower_ == "the")
        return k > 0 and doc[k].lower_ in ("of", "for") and self._after_title(s)

    def _named_org_by_noun(self, s: int) -> bool:
        return s > 0 and self.doc[s - 1].is_lower and self.doc[s - 1].lower_ in ORG_NOUNS

    def _merge_persons(self, cands: list[tuple[int, int]]) -> list[Person]:
        """One row per person: later "Ahmadov" / "Mr. Ahmadov" join the full name; titles pooled."""
        doc = self.doc
        stop = set(self.person_tokens)
        people: list[_Person] = []
        single: list[tuple[int, int, str | None]] = []
        shared: dict[int, str] = {}  # end token of a listed name -> plural title shared by the list
        for s, e in cands:
            title = self._title(s, e, stop, shared)
            raw = pre_title(doc, s, stop - set(range(s, e)))
            if raw and singular(raw) != raw:
                shared[e] = singular(raw)
            elif (k := self._list_prev(s)) in shared:
                shared[e] = shared[k]
            name = _name_text(doc, s, e)
            start = doc[s].idx
            glued = _GLUED.search(doc[s - 1].text) if s > 0 else None
            if glued:  # "(AP)Tommy Paul": a first name stuck to the dateline's closing bracket
                name = f"{glued.group(1)} {name}"
                start = doc[s - 1].idx + glued.start(1)
            elif e - s == 1 and not _INITIAL_NAME.match(doc[s].text):
                single.append((s, e, title))
                continue
            parts = {p.lower() for p in name.split()} - _PARTICLES - {"sheikh"}  # "Sheikh Hasina" is Hasina
            end = doc[e - 1].idx + len(doc[e - 1])
            match = next((p for p in people if parts <= p.parts or p.parts <= parts), None)
            if match is None:
                people.append(_Person(name, parts, start, end, [title] if title else []))
                continue
            if len(parts) > len(match.parts):
                match.name, match.parts, match.start, match.end = name, parts, start, end
            if title:
                match.titles.append(title)
        for s, _e, title in single:
            word = doc[s].text.lower()
            match = next((p for p in people if word in p.parts), None)
            if match is not None:
                if title:
                    match.titles.append(title)
                continue
            prev = doc[s - 1] if s > 0 else None
            if (
                (
                    (prev is not None and (prev.lower_ in HONORIFICS or is_role(prev)))
                    or (title is not None and post_title(doc, e, stop - {s}) is not None)
                )
                and lookup(doc[s].text) is None
                and not is_demonym(doc[s].text)
            ):  # "Siddaramaiah" after a role; "Heriyanto, head of the local rescue agency, said"
                end = doc[s].idx + len(doc[s])
                people.append(_Person(doc[s].text, {word}, doc[s].idx, end, [title] if title else []))
        return [Person(p.name, _best_title(p.titles), p.start, p.end) for p in people]

    def _list_prev(self, s: int) -> int:
        """End token of the name listed just before token `s` ("X (drums) and Y" -> end of X), else -1."""
        doc = self.doc
        if s < 2 or doc[s - 1].lower_ not in ("and", ","):
            return -1
        k = s - 1
        if doc[k - 1].text == ")":
            k = next((j for j in range(k - 1, max(k - 8, 0), -1) if doc[j].text == "("), k)
        return k

    def _title(self, s: int, e: int, stop: set[int], shared: dict[int, str]) -> str | None:
        doc = self.doc
        others = stop - set(range(s, e))
        pre = pre_title(doc, s, others)
        if pre is not None:
            pre = singular(pre)
        if pre is None:
            pre = shared.get(self._list_prev(s))
        # "Azerbaijan's Ambassador to the US, Khazar Ibrahim," / "An indigene of X, Sule Gora, who"
        # "..., Mawlawi Abdul Ahad Ahmadi, who" / "the spokesperson ..., SP Ade Bello,": look past a courtesy
        # word or a rank, which the role before the comma outranks
        s0 = self._age_start(courtesy_start(doc, s))
        # "UAE President His Highness Sheikh Mohamed ...": the role stands before the courtesy forms
        if (pre is None or pre.lower() in WEAK_TITLES or is_rank_only(pre)) and s0 < s:
            alt = pre_title(doc, s0, others)
            if alt is not None and alt.lower() not in WEAK_TITLES and not is_rank_only(alt):
                pre = singular(alt)
        closed = e < len(doc) and (doc[e].text in (",", ".", ";") or doc[e].lower_ == "who")
        if (pre is None or pre.lower() in WEAK_TITLES or is_rank_only(pre)) and s0 >= 2 and closed:
            if doc[s0 - 1].text == ",":
                pre = pre_title(doc, s0 - 1, others) or pre
        elif pre is not None and " " not in pre and s0 >= 3 and doc[s0 - 2].text == "," and closed:
            # "Nigeria's Minister of Foreign Affairs, Ambassador Ibrahim Tsafe, who ...": a bare role word
            # written as a courtesy after the office it follows
            pre = pre_title(doc, s0 - 2, others) or pre
        post = post_title(doc, e, others)
        if post is None and e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].like_num:
            post = post_title(doc, e + 2, others)  # "Maria Gonzalez, 45, a teacher at ..."
        if e < len(doc) and doc[e].text == "(" and post is None:
            close = next((k for k in range(e, min(e + 8, len(doc))) if doc[k].text == ")"), None)
            if close is not None:
                post = post_title(doc, close + 1, others)
        if pre and post:
            return post if pre.lower() in WEAK_TITLES or is_rank_only(pre) else f"{pre}, {post}"
        return pre or post

    # ------------------------------------------------------------------ organizations

    def _organizations(self, persons: list[Person]) -> list[Organization]:
        doc = self.doc
        person_parts = {w.lower() for p in persons for w in p.name.split()}
        out: list[Organization] = []
        for s, e, how in sorted(self.org_cands):
            while (
                e > s + 1
                and (e - 1) in self.person_tokens
                and any(doc[k].text in ORG_HEADS or doc[k].lower_ == "of" for k in range(s, e))
            ):
                e -= 1  # "House of Representatives Bishnu Prasad Dhakal": the holder's name ends the span
            toks = doc.sl(s, e)
            text = _name_text(doc, s, e)
            words = [t for t in toks if t.is_alpha or _cap(t)]
            if not words or not text:
                continue
            if text in self.aliases:
                continue
            if all(k in self.person_tokens for k in range(s, e)):
                continue
            if text in NOT_ORG_ACRONYMS or text in self.terms:
                continue
            if how == "ner" and e < len(doc) and _cap(doc[e]):
                e2 = self._cap_run_right(e, 4)
                if doc[e2 - 1].text in EVENT_WORDS or doc[e2 - 1].text in VENUE_WORDS:
                    continue  # "Korea Composite Stock" of "... Stock Price Index": NER cut a longer name
            if (
                how == "ner"
                and "-" in text
                and not any(t.text in ORG_HEADS for t in toks)
                and any(lookup(p) for p in text.split("-") if p)
            ):
                continue  # "the Kiambere-Nairobi line": two places
            if how == "ner" and is_role(toks[-1]) and not any(t.text in ORG_HEADS for t in toks):
                continue  # "People's Artist": an honorary title
            if (
                how == "ner"
                and re.match(r"[a-z][A-Z]", text)
                and s > 0
                and doc[s - 1].lower_ in ("its", "their", "his", "her", "new", "an", "a")
            ):
                continue  # "its new iPhone": a product
            if any(
                t.text == "League" and k > 0 and toks[k - 1].text in _CONTEST_LEAGUES and len(toks) - k <= 2
                for k, t in enumerate(toks)
            ):
                continue  # "CAF Champions League (Two)": a competition, not the body running it
            if len(toks) >= 2 and toks[-1].text == "Tour" and toks[-2].text == "World":
                continue  # "the IJF World Tour": a series of events
            if self._dateline_place(s, e):
                continue  # "ESCHEDE, Germany —": the dateline's town
            if (
                s >= 2
                and doc[s - 1].text == "("
                and e < len(doc)
                and doc[e].text == ")"
                and doc[s - 2].text in EVENT_WORDS
            ):
                continue  # "Food Industry Exhibition (InterFood Azerbaijan)": the event's short name
            if self._site_follows(s, e):
                continue  # "the Fukushima Daiichi power plant", "the Gissar earthquake": a site, not a body
            if len(toks) == 2 and toks[0].text == "Group" and re.fullmatch(r"[A-Z]\.?|\d{1,2}", toks[1].text):
                continue  # "top of Group A": a stage of a competition
            if (
                toks[0].text in _OFFICE_OBJECTS
                and s > 1
                and doc[s - 1].lower_ == "of"
                and is_role(doc[s - 2])
            ):
                continue  # "Minister of State for Trade", "Commissioner of Police for X": the office, not a body
            if how == "ner" and self._portfolio(s, e):
                continue  # "Commissioner for Physical Planning and Urban Development": the office's field
            if how == "ner" and self._listed_name(s):
                continue  # "UNESCO's list of the Intangible Cultural Heritage of Humanity": a list's name
            if how == "club" and all(t.lower_ in person_parts for t in words):
                continue  # "Al Ketbi welcomed ...": the surname of "Hamad Obaid Al Ketbi", not a club
            if (
                e - s == 1
                and toks[0].text.rstrip(".") in PLATFORMS
                and s > 0
                and doc[s - 1].lower_ in ("on", "via")
            ):
                continue  # "said on Telegram", "a post on X.": where it was said, not who
            if self._not_a_body(s, e, how):
                continue
            has_head = any(t.text in ORG_HEADS for t in toks) or how in (
                "lower",
                "agency",
                "noun",
                "quoted",
                "acronym",
            )
            if how not in ("agency", *_SHAPE_ORGS):
                if toks[0].text in STORM_WORDS:
                    continue  # "Hurricane Milton"
                if (
                    not any(t.text in ORG_HEADS for t in toks[1:])
                    and not any(t.lower_ == "of" for t in toks)
                    and how in ("ner", "head")
                    and (len(words) >= 2 or not text.isupper())
                    and e < len(doc)
                    and is_role(doc[e])
                    and doc[e].text[:1].isupper()
                ):
                    continue  # "Kazakh Transport Minister", "Union Civil Aviation Minister": a portfolio
                if (
                    (toks[-1].text in EVENT_WORDS and not self._standing_body(s, e))
                    or (toks[-1].text in VENUE_WORDS and not self._bracket_alias_after(e))
                    or (toks[0].text in VENUE_WORDS and toks[-1].text not in ORG_HEADS)
                ):
                    continue  # but "Southern Common Market (Mercosur)" is a body: venues get no alias
                if (
                    toks[-1].text in LOC_NAME_HEADS
                    and toks[-1].text not in ORG_HEADS
                    # "State Oil Company of Azerbaijan Republic": a body named after its country's form
                    and not any(
                        t.text in ORG_HEADS and t.i + 1 < e and doc[t.i + 1].lower_ == "of" for t in toks
                    )
                ) or (e - s >= 3 and doc.sl(e - 3, e).text == "Local Government Area"):
                    continue
                if all(is_demonym(t.text) for t in words) or self._demonym_compound(toks):
                    continue
                if (
                    how != "lower"
                    and all(t.lower_ in GENERIC_ORG_WORDS for t in words)
                    and (len(words) == 1 or (s > 1 and doc[s - 1].lower_ == "of" and is_role(doc[s - 2])))
                ):
                    continue  # "the Committee said"; "Commissioner of Local Government" is a portfolio
                if len(words) == 1 and (
                    is_role(words[0])
                    or (words[0].is_sent_start and words[0].tag_ != "NNP")
                    or (self._sentence_initial(s) and words[0].lower_ in self._lower_words)
                ):
                    continue  # '"Carpet weaving is ...': a common word the text also writes in lower case
                if not has_head and (
                    _is_place(text, ("country", "historic", "us_state", "region", "subdivision"), 100000)
                    or text in self.loc_texts
                ):
                    continue
                if not has_head and (
                    words[0].lower_ in person_parts
                    or text.lower() in person_parts  # "Ogunleye-Bakare said": a hyphenated surname
                    or any(k in self.person_tokens for k in range(s, e))
                ):
                    continue
                if is_role(words[0]) and (
                    not has_head
                    or (toks[0].text not in ORG_HEADS and len(toks) > 1 and toks[1].lower_ == "of")
                ):
                    continue  # "Consul General of Azerbaijan", "Superintendent of Police" are titles
                if words[0].lower_ in HONORIFICS or (
                    how != "quoted" and all(k in self.quoted for k in range(s, e))
                ):
                    continue
                if toks[-1].text not in ORG_HEADS and any(
                    t.text in EVENT_WORDS
                    and not (t.text in ORG_HEADS and self._reads_as_body(s))
                    and not self._purpose_before(s, t.i)
                    for t in toks
                ):
                    continue  # "Congress of Azerbaijanis of Kazakhstan" is a body; "Victory Day Parade" no
                if any(
                    t.is_lower
                    and t.is_alpha
                    and t.lower_ not in ("of", "on", "for", "with", "in", "to", "and", "the", "de")
                    and not (t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_)
                    for t in toks
                ) and how not in ("lower",):
                    continue
                if e < len(doc) and self._product_follows(e, 3 if not has_head else 2):
                    continue
                if (
                    len(toks) >= 2
                    and toks[-1].text in ("Center", "Centre")
                    and toks[-2].text in _VENUE_CENTRES
                ):
                    continue  # "Baku Expo Center": a venue
                if (
                    e < len(doc)
                    and doc[e].text in ("-", "\u2013")
                    and e + 1 < len(doc)
                    and doc[e + 1].lower_ in HYPHEN_SUFFIXES
                ):
                    continue
                if any(ls <= s and e <= le and le - ls > e - s for ls, le in self.loc_spans):
                    continue  # "Croix" of "Croix-des-Bouquets", "SSR" of "Azerbaijan SSR": part of a place
            out.append(Organization(text, doc[s].idx, doc[e - 1].idx + len(doc[e - 1])))
        # "Coordination of Humanitarian Affairs" inside "United Nations Office for the Coordination of ...":
        # a several-word name inside a longer one is a piece of it ("UNESCO" in "Delegation ... to UNESCO" stays).
        out = [
            o
            for o in out
            if len(o.name.split()) < 2
            or not any(
                p.char_start <= o.char_start
                and o.char_end <= p.char_end
                and p.char_end - p.char_start > o.char_end - o.char_start
                for p in out
            )
        ]
        for s, e in self.shadowed:
            start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
            if doc.sl(s, e).text in self.aliases or any(k in self.person_tokens for k in range(s, e)):
                continue  # "(GCC)" after "Gulf Cooperation Council" is its alias
            if not any(o.char_start <= start and end <= o.char_end for o in out):
                out.append(Organization(doc.sl(s, e).text, start, end))
        return _without_short_forms(_unique(out))

    def _region_named(self, s: int, e: int) -> bool:
        """A word both a region and a people's adjective, used as a noun: "markets in the Gulf and Southeast
        Asia" names the region, "Gulf states" and "the Gulf countries" do not."""
        doc = self.doc
        place = lookup(doc.sl(s, e).text)
        return (
            place is not None
            and place.kind == "region"
            and s > 0
            and doc[s - 1].lower_ == "the"
            and (e == len(doc) or not (doc[e].pos_ in ("NOUN", "PROPN") or _cap(doc[e])))
        )

    def _in_place_list(self, s: int, e: int, person_parts: set[str]) -> bool:
        """The one word s..e is an item of a list after a preposition of place whose other items are
        places ("crimes committed in Garadaghly, Khojaly, Aghdaban and Bashlibel"): a village NER took for a
        person or an org."""
        doc = self.doc
        tok = doc[s]
        if (
            e - s != 1
            or not tok.is_title
            or tok.tag_ != "NNP"
            or tok.text in ORG_HEADS
            or is_role(tok)
            or is_demonym(tok.text)
            or tok.lower_ in person_parts
            or s in self.person_tokens
            or _english_word(tok.text)
        ):
            return False
        items: list[tuple[int, int]] = []
        j = s  # items before
        while j > 1 and doc[j - 1].lower_ in (",", "and") and _cap(doc[j - 2]):
            k = self._cap_run_left(j - 1, 3)
            items.append((k, j - 1))
            j = k
            if j > 0 and doc[j - 1].lower_ == ",":
                continue
        start = j
        j = e  # items after
        while j + 1 < len(doc) and doc[j].lower_ in (",", "and") and _cap(doc[j + 1]):
            k = self._cap_run_right(j + 1, 3)
            items.append((j + 1, k))
            j = k
        if not items or not self._locative_before(start):
            return False
        # a pair ends its clause: "camps at Zokhawthar and Farkawn," (not "in Washington and Harris in")
        if len(items) == 1 and not (j < len(doc) and doc[j].text in (",", ".", ";")):
            return False
        if any(k in self.person_tokens for a, b in items for k in range(a, b)):
            return False
        placed = [
            (a, b)
            for a, b in items
            if a in self.gpe_tokens
            or any(ls <= a < le for ls, le in self.loc_spans)
            or _is_place(
                doc.sl(a, b).text, ("country", "historic", "us_state", "region", "subdivision"), 20000
            )
        ]
        return bool(placed)

    def _disaster_site(self, s: int, e: int) -> bool:
        """A name of one or two words between "the" and a disaster noun ("the Gissar earthquake", "the
        Eschede train disaster"): the place it struck, although the gazetteer may not know it."""
        doc = self.doc
        if not (1 <= e - s <= 2 and s > 0 and doc[s - 1].lower_ == "the"):
            return False
        if any(
            not t.is_title
            or t.tag_ != "NNP"
            or t.text in ORG_HEADS
            or t.text in STORM_WORDS
            or is_demonym(t.text)
            or is_role(t)
            or t.lower_ in _DATE_WORDS
            for t in doc.sl(s, e)
        ):
            return False
        for k in (e, e + 1):  # "the Gissar earthquake", "the Eschede train disaster"
            if k >= len(doc) or not doc[k].is_lower or doc[k].pos_ != "NOUN":
                return False
            if doc[k].lower_ in _DISASTER_NOUNS:
                return True
        return False

    def _dateline_place(self, s: int, e: int) -> bool:
        """The capitals opening the text before a comma and a country ("ESCHEDE, Germany —"): the dateline's
        place, not an organization."""
        doc = self.doc
        text = doc.sl(s, e).text
        return (
            s == 0
            and text.isupper()
            and text not in KNOWN_ORGS
            and not any(s2 <= s < e2 for s2, e2 in self.agencies)
            and e + 1 < len(doc)
            and doc[e].text == ","
            and (e + 1 in self.gpe_tokens or _is_place(doc[e + 1].text, ("country", "us_state")))
        )

    def _site_follows(self, s: int, e: int) -> bool:
        """A site noun follows the name, after lower-case modifiers or its acronym in brackets ("the
        Fukushima Daiichi power plant", "the Azeri-Chirag-Gunashli (ACG) block", "the Gissar earthquake"),
        and the name has no org head: a site named after its place, not a body."""
        doc = self.doc
        toks = doc.sl(s, e)
        if any(t.text in ORG_HEADS or t.text in CORP_SUFFIXES for t in toks):
            return False
        k = e
        bracketed = k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].is_upper
        if bracketed:
            k += 3
        for j in range(k, min(k + 3, len(doc))):
            if not doc[j].is_lower or doc[j].pos_ not in ("ADJ", "NOUN"):
                return False
            if doc[j].lower_ in _SITE_NOUNS:
                place = lookup(toks[0].text)  # "Fukushima" in a text on Japan, not "Tata" (in Morocco)
                return (
                    bracketed
                    or doc[j].lower_ in _DISASTER_NOUNS
                    or (place is not None and place.kind == "country")
                    or (
                        place is not None
                        and place.kind in ("region", "subdivision", "us_state")
                        and place.country_code in self._named_countries
                    )
                )
        return False

    def _purpose_before(self, s: int, k: int) -> bool:
        """An org head and "for", "of" or "on" stand between `s` and the event word at `k`: the event word
        names the body's purpose ("International Society for Fair Elections", "Committee for the Baku
        Marathon"), not the body's kind."""
        doc = self.doc
        return any(
            doc[j].text in ORG_HEADS
            and doc[j].text not in EVENT_WORDS
            and doc[j + 1].lower_ in ("for", "of", "on")
            for j in range(s, k - 1)
        )

    def _not_a_body(self, s: int, e: int, how: str) -> bool:
        """Names in organization shape that are something else: a vessel ("MV Sonar Tori-7"), a venue named
        by a lower-case noun after it ("the Baba Bhairavnath temple"), a work after its kind ("the novel Ice
        Road Hymns"), a storm named again ("Typhoon Helena" ... "Helena"), money ("N10m"), places joined by
        "and" ("between Perth and Inverness"), an office ("Jackson Police Chief X", "UN Resident Coordinator
        in Rwanda"), or one piece of a hyphenated name ("Tehreek" of "Tehreek-i-Taliban")."""
        doc = self.doc
        toks = doc.sl(s, e)
        text = toks.text
        nxt = doc[e] if e < len(doc) else None
        if toks[0].text in VESSEL_PREFIXES and (e - s > 1 or (nxt is not None and _cap(nxt))):
            return True
        if how == "known":
            return False
        if nxt is not None and nxt.is_lower and nxt.lower_ in _VENUE_NOUNS:
            return True
        if s > 0 and doc[s - 1].is_lower and doc[s - 1].lower_ in _WORK_NOUNS:
            return True
        if text in self.storm_names:
            return True
        if re.fullmatch(r"[A-Z]{1,2}\d[\d.,]*(?:m|bn|k)?", text) and (
            text[-1].isalpha() or (nxt is not None and nxt.lower_ in ("m", "bn", "million", "billion", "k"))
        ):
            return True
        parts = re.split(r",\s*|\s+and\s+", text)
        if (
            len(parts) >= 2
            and all(lookup(p) is not None for p in parts)
            and not any(t.text in ORG_HEADS for t in toks)
        ):
            return True
        if (
            how in ("ner", "head")
            and toks[-1].text in _OFFICE_HEADS
            and nxt is not None
            and nxt.is_title
            and is_role(nxt)
            and not any(t.text in ORG_HEADS for t in toks[:-1])
        ):
            return True
        if how == "ner" and self._office_in_name(s, e):
            return True
        if (
            how == "ner"
            and toks[-1].text in _FIELD_WORDS
            and not any(t.text in ORG_HEADS for t in toks)
            and self._portfolio_item(s)
        ):
            return True
        # a single word glued by a hyphen to the words after it, when NER cut the name there
        return (
            e - s == 1
            and nxt is not None
            and nxt.text == "-"
            and not toks[0].whitespace_
            and not nxt.whitespace_
            and e + 1 < len(doc)
            and doc[e + 1].is_alpha
            and doc[e + 1].lower_ not in HYPHEN_SUFFIXES
            and any(s2 <= s and e < e2 for s2, e2, _ in self.org_cands)
        )

    def _portfolio_item(self, s: int) -> bool:
        """The name at `s` is one field in the list after "<role> for/of" ("Undersecretary for Bilateral
        Relations and ASEAN Affairs")."""
        doc = self.doc
        k = s - 1
        while k > 1 and s - k < 8 and (doc[k].is_title or doc[k].is_upper or doc[k].lower_ in (",", "and")):
            k -= 1
        return k > 0 and doc[k].lower_ in ("of", "for") and is_role(doc[k - 1])

    def _office_in_name(self, s: int, e: int) -> bool:
        """NER's org s..e is an office: a singular role word, no org head before it, and nothing after its
        role words but "in/of/to/for ..." ("UN Resident Coordinator in Rwanda", "Inspector-General of
        Police"; but "Mothers of Srebrenica" and "Doctors Without Borders" are bodies)."""
        doc = self.doc
        k = next((k for k in range(s, e) if is_role(doc[k]) and doc[k].text not in ORG_HEADS), None)
        if k is None or doc[k].tag_ in ("NNS", "NNPS") or any(doc[j].text in ORG_HEADS for j in range(s, k)):
            return False
        m = k
        while m < e and (is_role(doc[m]) or doc[m].text in ("-", "\u2013") or doc[m].lower_ == "general"):
            m += 1
        return m == e or doc[m].lower_ in ("in", "of", "to", "for")

    @staticmethod
    def _demonym_compound(toks: _Slice) -> bool:
        """A hyphenated pair of words, one a nationality or faith ("Bolshevik-Dashnak" units, "Turkish-Greek"
        talks), with no org head: an adjective, not a name."""
        return (
            len(toks) == 3
            and toks[1].text in ("-", "\u2013")
            and (is_demonym(toks[0].text) or is_demonym(toks[2].text))
        )

    def _portfolio(self, s: int, e: int) -> bool:
        """The span s..e is a list of fields after "<role> of/for" ("Minister of Culture, Sports and Youth",
        "Commissioner for Planning and Urban Development"): words joined by "and", none an org head or a
        place, with no "the" before them."""
        doc = self.doc
        toks = doc.sl(s, e)
        if not any(t.lower_ in ("and", "&") for t in toks) or any(
            t.text in ORG_HEADS or t.text in CORP_SUFFIXES or t.is_upper or _is_place(t.text) for t in toks
        ):
            return False
        k = s - 1
        while k > 1 and s - k < 6 and (doc[k].text == "," or doc[k].is_title):
            k -= 1  # the first items of the list: "of Education, Science and Technology"
        return k > 0 and doc[k].lower_ in ("of", "for") and is_role(doc[k - 1])

    @cached_property
    def _lower_words(self) -> set[str]:
        """Words the text writes in lower case somewhere."""
        return {t.text for t in self.doc if t.is_lower and t.is_alpha}

    def _sentence_initial(self, s: int) -> bool:
        """Token `s` opens its sentence, perhaps after an opening quote."""
        doc = self.doc
        k = s
        while k > 0 and doc[k - 1].text in _QUOTE_CHARS:
            k -= 1
        return doc[k].is_sent_start or k == 0

    def _listed_name(self, s: int) -> bool:
        """The name at `s` follows "list/register of (the)": it names a list, not a body."""
        doc = self.doc
        k = s - 1 - (s > 1 and doc[s - 1].lower_ == "the")
        return k > 0 and doc[k].lower_ == "of" and doc[k - 1].lower_ in _LIST_NOUNS

    def _bracket_alias_after(self, e: int) -> bool:
        """A one-word capitalised alias in brackets follows token `e` ("... Market (Mercosur)")."""
        doc = self.doc
        return e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and _cap(doc[e + 1])

    def _standing_body(self, s: int, e: int) -> bool:
        """The "African National Congress" is a party, "World Congress of Azerbaijanis" a meeting: a word that is
        both an org head and an event word names a body unless the name reads like an event's."""
        return self.doc[e - 1].text in ORG_HEADS and self._reads_as_body(s)

    def _reads_as_body(self, s: int) -> bool:
        """The name at `s` does not open like an event's ("World ...", "Annual ...", "the 5th ...")."""
        doc = self.doc
        first = doc[s]
        return not (
            first.text in ("World", "International", "Global", "Annual", "Regional")
            or first.like_num
            or (
                s > 0
                and (doc[s - 1].like_num or (doc[s - 1].tag_ == "JJ" and doc[s - 1].lower_.endswith("th")))
            )
        )

    def _product_follows(self, e: int, reach: int = 2) -> bool:
        """A product noun follows the name within `reach` words, after lower-case modifiers ("the Telegram
        messaging app", "BrahMos supersonic cruise missiles")."""
        doc = self.doc
        for k in range(e, min(e + reach, len(doc))):
            if not doc[k].is_lower:
                return False
            if doc[k].lower_ in PRODUCT_NOUNS:
                return True
            if k > e and doc[k].pos_ not in ("ADJ", "NOUN"):
                return False
        return False

    # ------------------------------------------------------------------ locations

    def _locations(self, persons: list[Person]) -> list[Location]:
        doc = self.doc
        person_parts = {w.lower() for p in persons for w in p.name.split()}
        # the place the person rules cut from a title ("Ambassador to Peru"), unless it is a field of the
        # office in dictionary words ("Minister of Education and Science")
        spans: list[tuple[int, int]] = list(self.loc_spans) + [
            (s, e)
            for s, e in self.extra_locs
            if lookup(doc.sl(s, e).text) is not None
            or not all(_english_word(t.text) or not t.is_alpha or t.is_stop for t in doc.sl(s, e))
        ]
        # "Emirates" of "Emirates Airlines" (but not "Gubio" of "the Gubio local council": no org's name)
        org_alias_starts = {
            doc[s].text
            for s, e, how in self.org_cands
            if how == "ner" and e - s > 1 and not any(t.is_lower and t.pos_ == "NOUN" for t in doc.sl(s, e))
        }
        for s, e, label in self.ents:
            cs, ce = _trim(doc, s, e)
            ce = self._before_score(cs, ce) if ce - cs > 1 else ce  # "beating Uganda 3-1"
            while ce > cs and doc[ce - 1].is_lower:
                ce -= 1
            while cs < ce and doc[cs].is_lower:
                cs += 1
            if ce <= cs:
                continue
            text = doc.sl(cs, ce).text
            if label in ("GPE", "LOC") and any(doc[k].text == "," for k in range(cs, ce)):
                # "Ganja, Sheki": NER glued a list of places together
                spans += self._list_parts(cs, ce, (",",))
                continue
            if label in _MISREAD_LABELS and any(doc[k].lower_ in (",", "and") for k in range(cs, ce)):
                # "hit Kharkiv and Odesa" as WORK_OF_ART: a list of known places is a list of places
                parts = self._list_parts(cs, ce, (",", "and"))
                if all(
                    _is_place(
                        doc.sl(a, b).text, ("country", "region", "us_state", "subdivision"), 20000, False
                    )
                    for a, b in parts
                ):
                    spans += parts
                continue
            if label in ("GPE", "LOC"):
                if self._not_a_place(cs, ce):
                    continue
                if (
                    text in org_alias_starts
                    and not _is_place(
                        text, ("country", "historic", "us_state", "region", "subdivision", "city", "county")
                    )
                    and not (cs > 0 and doc[cs - 1].lower_ in ("in", "near", "outside", "around", "across"))
                ):
                    continue  # "Emirates" of "Emirates Airlines" (but "just outside Srebrenica")
                if lookup(text) is None and self._in_org_name(cs, ce):
                    continue  # "Alloys" of "Deccan Alloys"
                spans.append((cs, ce))
            elif label in ("PERSON", "ORG", "NORP", "FAC", "EVENT", *_MISREAD_LABELS):
                if self._disaster_site(cs, ce):
                    spans.append((cs, ce))  # "the Gissar earthquake", "the Eschede train disaster"
                    continue
                if label in ("PERSON", "ORG") and self._in_place_list(cs, ce, person_parts):
                    spans.append((cs, ce))  # "in Garadaghly, Khojaly, Aghdaban and Bashlibel"
                    continue
                if label == "ORG" and ce - cs >= 3 and doc.sl(ce - 3, ce).text == "Local Government Area":
                    spans.append((cs, ce))
                    continue
                if (
                    label == "ORG"
                    and (cs > 0 and doc[cs - 1].lower_ in COMPASS)
                    and not any(t.text in ORG_HEADS for t in doc.sl(cs, ce))
                ):
                    spans.append((cs, ce))
                    continue
                strict = ("country", "historic", "us_state", "region", "subdivision")
                if (text.isupper() and cs > 0) or any(s2 <= cs < e2 for s2, e2 in self.agencies):
                    strict = ("country", "historic", "us_state", "region")  # "IRNA" is no town
                # A town NER took for an org or a person: a small one only after a locative word, and never
                # one that speaks ("Milton said").
                pop = 0 if text.isupper() else (20000 if self._locative_before(cs) else 100000)
                if label in _MISREAD_LABELS and self._leaving_from(cs - 1):
                    pop = 1  # "travelling from Mirebalais": any town the gazetteer knows
                # "at the Nyamata church", "Gilgil police said": a town's church, a town's police
                town_noun = (
                    pop > 0
                    and ce < len(doc)
                    and doc[ce].is_lower
                    and doc[ce].lower_ in (_TOWN_NOUNS if label != "PERSON" else ("police",))
                )  # a hospital or a stadium named after a person ("the Mandela stadium") is no town's
                if town_noun:
                    pop = 5000
                if ce < len(doc) and doc[ce].lemma_ in _SPEECH_VERBS:
                    pop = 10**10
                if _is_place(text, strict, pop, alternate=not town_noun) and not (
                    label == "PERSON" and not town_noun and self._person_context(cs, ce, set())
                ):
                    spans.append((cs, ce))
                    continue
                # "at St. Mary's Stadium in Kitende": a one-word "org" right after "in" is a town NER misread.
                if (
                    label == "ORG"
                    and ce - cs == 1
                    and cs >= 2
                    and (
                        doc[cs - 1].lower_ in ("in", "near")
                        or (
                            self._leaving_from(cs - 1) and lookup(text) is not None
                        )  # not "fled from Evergrande"
                    )
                    and doc[cs - 2].lower_ not in _STAKE_WORDS
                    and doc[cs].tag_ == "NNP"
                    and not doc[cs].is_upper
                    and doc[cs].text not in ORG_HEADS
                    and not any(s2 <= cs < e2 for s2, e2, _ in self.org_cands if e2 - s2 > 1)
                    and not any(s2 <= cs < e2 for s2, e2 in self.agencies)
                    and not (ce < len(doc) and (doc[ce].text in ("'s", "\u2019s") or _cap(doc[ce])))
                ):
                    spans.append((cs, ce))
                    continue
                if label == "ORG" and self._town_of_two_words(cs, ce):
                    spans.append((cs, ce))  # "a hotel owner in Pizzo Calabro"
                    continue
                # Places named inside organizations, people's titles and events: "Embassy of Azerbaijan to
                # Russia", "the Great Hanshin Earthquake".
                if label in ("ORG", "FAC", "EVENT"):
                    spans.extend(self._places_inside(cs, ce))
        # Places inside rule-found organizations, and known places NER left untagged ("Ulaanbaatar").
        # places named by a club or group ("West Africa" of "Islamic State West Africa Province", "Tunis" of
        # "Esperance Sportive de Tunis") stay places, although the name as a whole is no place
        inside_known: set[tuple[int, int]] = set()
        for s, e, how in self.org_cands:
            inside = self._places_inside(s, e)
            spans.extend(inside)
            inside_known.update(
                (i, j)
                for i, j in inside
                if (how in ("known", "club") and e - s > 1) or doc[i - 1].lower_ in _OF_WORDS
            )
        tagged = {
            k for s, e, label in self.ents if label not in ("DATE", *_MISREAD_LABELS) for k in range(s, e)
        }
        # words the rules joined to an org ("Lac" of "Lac Long Power Corp.") are places only as
        # `_places_inside` finds them
        tagged.update(k for s, e, how in self.org_cands if how == "ner" for k in range(s, e))
        noun_named = {(s, e) for s, e, how in self.org_cands if how == "noun"}
        i = 0
        while i < len(doc):
            e = self._cap_run_right(i, 4) if _cap(doc[i]) and doc[i].tag_ == "NNP" and i not in tagged else i
            if e > i and (
                i == 0 or not _cap(doc[i - 1]) or doc[i - 1].lower_ == "the" or is_demonym(doc[i - 1].text)
            ):  # "the Ecuadorian Andes"
                # the longest untagged known name the run starts with ("Uzbekistan" of "Uzbekistan Shavkat
                # Mirziyoyev", where NER tagged only the person)
                while e > i and (
                    any(k in tagged or k in self.quoted for k in range(i, e))
                    or lookup(doc.sl(i, e).text) is None
                ):
                    e -= 1
                if e == i:
                    i += 1
                    continue
                text = doc.sl(i, e).text
                place = lookup(text)
                bracketed = i > 0 and doc[i - 1].text == "(" and not (i > 1 and lookup(doc[i - 2].text))
                prep = i > 0 and (
                    doc[i - 1].lower_ in ("in", "at", "near", "from", "to", "across", "outside")
                    or (doc[i - 1].lower_ in ("and", ",") and self._locative_before(i))  # "from X and Y"
                )
                if (
                    place is not None
                    and not bracketed
                    and not self._in_org_name(i, e)  # "Lac" of "Lac Long Power" (a firm named elsewhere)
                    and (
                        place.kind in ("country", "historic", "us_state", "region", "subdivision")
                        or (place.kind == "city" and place.population >= 50000 and (prep or i == 0))
                        # "fled to Djibo and Dori": a smaller town listed after a place NER saw
                        or (
                            place.kind == "city"
                            and place.population >= 20000
                            and not place.alternate
                            and doc[i - 1].lower_ == "and"
                            and ((i - 2) in self.gpe_tokens or lookup(doc[i - 2].text) is not None)
                            and self._locative_before(i)
                        )
                    )
                ):
                    spans.append((i, e))
            i = max(e, i + 1)
        out: list[Location] = []
        for s, e in sorted(set(spans)):
            s, e = _trim(doc, s, e)
            if e <= s:
                continue
            text = _name_text(doc, s, e)
            if not text:
                continue
            toks = doc.sl(s, e)
            if any(k in self.person_tokens for k in range(s, e)) or (
                (s, e) not in inside_known and any(k in self.shape_org_tokens for k in range(s, e))
            ):
                continue
            if (
                any(s2 <= s < e2 and not (s > s2 and doc[s - 1].lower_ == "of") for s2, e2 in self.agencies)
                or (s, e) in noun_named
            ):  # "Kazinform", "Xinhua": the agency, though towns bear the name; "the Tata group"; but
                continue  # "News Agency of Nigeria" names Nigeria
            if (
                s > 1
                and doc[s - 1].text in ("-", "\u2013")
                and not doc[s - 1].whitespace_
                and not doc[s - 2].whitespace_
                and not self._paired_name(s - 2)
                and (s, e) not in self.route_parts
            ):
                continue  # "Trans-Caspian": part of a longer word; but "ASEAN-Central Asia" pairs two names
            if any(
                doc.sl(s2, e2).text.startswith(text + " ")
                and all(t.text in CORP_SUFFIXES for t in doc.sl(s2 + e - s, e2))
                for s2, e2, _ in self.org_cands
                if e2 - s2 > e - s
            ):
                continue  # "Hanwha Ocean" of "Hanwha Ocean Co." is the company
            if not _is_place(text, ("country", "region", "us_state", "subdivision"), 100000, False) and any(
                s2 <= s and e <= e2 and doc[e2 - 1].text in LEGAL_SUFFIXES for s2, e2, _ in self.org_cands
            ):
                continue  # "Emirates" and "NBD" of "Emirates NBD PJSC": a registered company's name
            if (
                e + 1 < len(doc)
                and doc[s].text in ("St.", "St", "Saint", "San", "Santa")
                and doc[e].text in ("'s", "\u2019s")
                and (doc[e + 1].text in VENUE_WORDS or doc[e + 1].text in ORG_HEADS)
            ):
                continue  # "St. Mary's Stadium", "St Andrew's Hospital"
            if (
                s > 0
                and (s - 1) in self.person_tokens
                and doc[s - 1].whitespace_
                and doc[s].tag_ == "NNP"
                and e < len(doc)
                and not _cap(doc[e])
                and not _is_place(text, ("country", "historic", "us_state", "region", "subdivision"))
            ):
                continue  # "Ambassador Ibrahim Kabir Tsafe, who chairs": the surname NER took for a town
            if (
                e - s == 1
                and s > 0
                and _cap(doc[s - 1])
                and doc[s - 1].tag_ == "NNP"
                and s - 1 not in self.gpe_tokens
                and e + 2 < len(doc)
                and doc[e].text == ","
                and doc[e + 1].like_num
                and len(doc[e + 1].text) <= 3
                and doc[e + 2].text in (",", ";")
            ):
                continue  # "Pushpa Thagunna, 32, said": a name with an age
            if e - s == 1 and text.lower() in person_parts:
                continue
            if self._date_or_code(s, e):
                continue
            if (is_demonym(text) or all(is_demonym(t.text) for t in toks)) and not self._region_named(s, e):
                continue
            if any(
                is_role(t) and t.text not in LOC_NAME_HEADS and not glued_to_previous(doc, t.i) for t in toks
            ):
                continue  # but "Port-au-Prince" is a city
            if toks[-1].text in EVENT_WORDS or (
                toks[-1].text in ORG_HEADS and toks[-1].text not in LOC_NAME_HEADS and not _is_place(text)
            ):
                continue
            if (
                e + 1 < len(doc)
                and doc[e].text in ("-", "\u2013")
                and doc[e + 1].lower_ in HYPHEN_SUFFIXES
                and country_code(text) is None
            ):
                continue  # "Gulf-based airports": a vague region; "a Delhi-bound bus" names Delhi
            if (
                text in self.aliases
                or text in self.storm_names
                or doc[s].text in STORM_WORDS
                or (s > 0 and doc[s - 1].text in STORM_WORDS)
            ):
                continue  # "Typhoon Doksuri" is weather, not a place
            # "River Niger" names the river, not the country: no code, so no country named either
            code = None if s > 0 and doc[s - 1].text in _FEATURE_WORDS else country_code(text)
            out.append(Location(text, code, doc[s].idx, doc[e - 1].idx + len(doc[e - 1])))
        return _in_context(
            _unique(_outermost(out)), {doc.sl(s, e).text for s, e in self.loc_spans}, text=doc.text
        )

    @cached_property
    def _org_names(self) -> set[str]:
        """Names of several words the org rules found, except those that are places themselves."""
        doc = self.doc
        names = {doc.sl(s, e).text for s, e, _ in self.org_cands if e - s > 1}
        return {n for n in names if lookup(n) is None and n not in self.strong_loc_texts}

    @cached_property
    def _company_short_names(self) -> set[str]:
        """Company names found with their legal form, written without it or cut shorter still ("Lac Viet
        Metals" and "Lac Viet" of "Lac Viet Metals Corp.")."""
        out = set()
        for s, e, _ in self.org_cands:
            k = e
            while k > s + 1 and (
                self.doc[k - 1].text in _COMPANY_FORMS or self.doc[k - 1].text in _BRAND_HEADS
            ):
                k -= 1
            if k < e:
                out.update(self.doc.sl(s, j).text for j in range(s + 2, k + 1))
        return out

    def _in_org_name(self, s: int, e: int) -> bool:
        """The capitalised run around s..e names (or begins the name of) an organization found elsewhere in
        the text: "Deccan Alloys said" after "Deccan Alloys and Steel Ltd"."""
        a, b = self._cap_run_left(s), self._cap_run_right(e)
        if b - a < 2:
            return False
        run = self.doc.sl(a, b).text
        return lookup(run) is None and any(n == run or n.startswith(run + " ") for n in self._org_names)

    def _paired_name(self, k: int) -> bool:
        """Token `k`, before a hyphen, is a name of its own that the hyphen pairs with the next one
        ("ASEAN-Central Asia", "Kenya-Uganda"): an acronym or a country, not a prefix ("Trans-")."""
        tok = self.doc[k]
        return (tok.is_upper and tok.is_alpha and len(tok.text) >= 2) or _is_place(tok.text, ("country",))

    def _list_parts(self, s: int, e: int, seps: tuple[str, ...]) -> list[tuple[int, int]]:
        """The items of a list written s..e, split at the separator words `seps`."""
        parts = []
        start = s
        for k in range(s, e + 1):
            if k == e or self.doc[k].lower_ in seps:
                if k > start:
                    parts.append((start, k))
                start = k + 1
        return parts

    def _date_or_code(self, s: int, e: int) -> bool:
        """A month before a day number ("Mar 15"), a code of letters and digits ("EF3", "M23") or a brand
        written in camel case ("OpenAI"): not a place, although a gazetteer may know the letters (Mar is an
        alternate name of a city)."""
        doc = self.doc
        text = doc.sl(s, e).text
        if (
            (any(c.isdigit() for c in text) and any(c.isalpha() for c in text)) or _CAMEL.match(text)
        ) and lookup(text) is None:
            return True
        return e - s == 1 and doc[s].lower_.rstrip(".") in _MONTHS and e < len(doc) and doc[e].like_num

    def _locative_before(self, s: int) -> bool:
        """A preposition of place before token `s`, or a place listed just before ("Baku and Yerevan")."""
        doc = self.doc
        if s == 0:
            return False
        prev = doc[s - 1].lower_
        if prev in ("in", "at", "near", "from", "to", "across", "outside", "into", "between", "of", "via"):
            return True
        if prev not in ("and", ",") or s < 2:
            return False
        # the name listed before is a place NER saw, or follows such a preposition ("of Supaul and Araria")
        listed = self._cap_run_left(s - 1, 3)
        return (s - 2) in self.gpe_tokens or (listed < s - 1 and self._locative_before(listed))

    def _places_inside(self, s: int, e: int) -> list[tuple[int, int]]:
        """Places named inside an org name: countries anywhere, provinces after of/in/to or leading a
        company's name, towns only after of/in/to ("Autonomy of the Azerbaijanis of Makhachkala", "Shanxi Coal Mining
        Co.", but not "Toyota Motor Corp.")."""
        doc = self.doc
        found = []
        # A city body is named after its city: "Tucson Police Department", "Sheffield City Council".
        municipal = any(doc[k].text in MUNICIPAL_HEADS for k in range(s, e))
        company = doc[e - 1].text in CORP_SUFFIXES
        # a venue is named after its town: "Baku Expo Center", "Kuala Lumpur Convention Centre"
        venue = e - s >= 2 and doc[e - 1].text in ("Center", "Centre") and doc[e - 2].text in _VENUE_CENTRES
        # a club is named after its city: "Russian club Zenit St. Petersburg", "Dynamo Kyiv"
        club = (
            (s > 0 and doc[s - 1].lower_ in ("club", "team"))
            or doc[s].text in CLUB_WORDS
            or any(doc[k].text in CLUB_MARKERS or doc[k].text in CLUB_WORDS for k in range(s + 1, e))
        )
        i = s
        while i < e:
            k = i - 1 if i > 0 and doc[i - 1].lower_ != "the" else i - 2
            after_of = (
                # "Universidad de Chile", but not "Di" of the surname "Di Palma-Ferrante"
                (
                    k >= 0
                    and doc[k].lower_ in _OF_WORDS
                    and (doc[k].is_lower or doc[k].lower_ in ("of", "in", "to"))
                )
                or (municipal and i == s)
                # "Coast Guard District Central Visayas", but not "Fleet" of "Black Sea Fleet"
                or (i > s and doc[i - 1].text in LOC_NAME_HEADS and not (found and found[-1][1] == i))
            )
            lead = company and i == s
            for n in (4, 3, 2, 1):
                j = i + n
                if j > e or not _cap(doc[i]) or not _cap(doc[j - 1]) or doc[i].text in VENUE_WORDS:
                    continue
                text = doc.sl(i, j).text
                # an acronym is no town ("FAR" of the club "AS FAR")
                # a club's home leads its name too ("Kerala Blasters FC", "Montevideo Wanderers"), but a club
                # word is none ("Bayern Munich", "Ajax Amsterdam")
                pop = 0 if text.isupper() else 20000 if after_of else (100000 if club or venue else 0)
                if club and (doc[i].text in CLUB_WORDS or doc[i].text in CLUB_MARKERS):
                    continue
                # a province may also lead a company's name ("Shanxi Coal Mining Co."); a town may not
                # and a province in a text on its country leads a body's name ("the Assam Rifles")
                kinds = ("country", "historic", "us_state", "region", "subdivision")[
                    : 5 if pop or lead or i == s else 4
                ]
                # a city body's town is named by its own name, not an alternate ("Far" of "Far Eastern ...")
                alternate = not (municipal and i == s)
                if _is_place(text, kinds, pop, alternate) and (
                    i > s or municipal or club or venue or self._leading_place(text)
                ):
                    found.append((i, j))
                    i = j - 1
                    break
            i += 1
        return found

    @cached_property
    def _named_countries(self) -> set[str]:
        """Country codes of the places NER tagged in the text."""
        doc = self.doc
        codes = (country_code(doc.sl(s, e).text) for s, e, label in self.ents if label == "GPE")
        return {c for c in codes if c}

    def _leading_place(self, text: str) -> bool:
        """A place that leads an org's name is named as a place ("Korea Exchange", "Darfur Victims Support
        Network", "of the Baku Music Academy") when it is a country, a town, a region of several words or
        lies in a country the text names; a province elsewhere ("Lac Long Power Corp.") or a sea ("Atlantic
        Gas Shipping") makes a brand."""
        place = lookup(text)
        return place is not None and (
            place.kind in ("country", "historic", "us_state", "city")
            or (place.kind == "region" and " " in text)
            or place.country_code in self._named_countries
        )


def _outermost(locations: list[Location]) -> list[Location]:
    """Mentions not lying inside a longer one found at the same place: "Karaganda" of "Karaganda Region"."""
    return [
        loc
        for loc in locations
        if not any(
            o.char_start <= loc.char_start
            and loc.char_end <= o.char_end
            and o.char_end - o.char_start > loc.char_end - loc.char_start
            for o in locations
        )
    ]


def _without_short_forms(orgs: list[Organization]) -> list[Organization]:
    """Drop a company's short name when its full name is listed too: "Shell" of "Shell Plc", "Toyota" of
    "Toyota Motor Corp.", "Eagles" of "Philadelphia Eagles" (a branch such as "Airbus Middle East" stays)."""
    names = [o.name.split() for o in orgs]
    out = []
    for org, words in zip(orgs, names, strict=True):
        n = len(words)
        short = any(
            len(full) > n
            and (
                # "National Assembly" of "National Assembly of Korea", "Hoshizora" of "Hoshizora Energy
                # Holdings": the fullest form stands for both
                (full[:n] == words and (n > 1 or full[-1] in CORP_SUFFIXES))
                or (n == 1 and full[-1] == words[0] and words[0].endswith("s") and words[0][0].isupper())
            )
            for full in names
        )
        if not short:
            out.append(org)
    return out


def _in_context(
    locations: list[Location], described: set[str], extra: str | None = None, text: str = ""
) -> list[Location]:
    """Country codes read in the article's context: a city written with its country ("Tripoli, Lebanon",
    "Lebanon's Tripoli") takes that country; an ambiguous city takes the country the article names when a
    comparable city of that name lies there ("Tripoli" with Lebanon is LB, not LY; "St. Petersburg" stays
    RU beside the US, see `namesake_country`); a district or province the gazetteer does not know
    ("Jajarkot district") takes the article's country when it names exactly one."""
    named = {loc.country_code for loc in locations if loc.country_code and _is_place(loc.name, ("country",))}
    if extra:
        named.add(extra)
    out = []
    for loc in locations:
        code = loc.country_code
        if code:
            code = _tied_country(text, loc) or (country_code(loc.name, named) if named else code)
        elif loc.name in described and len(named) == 1 and lookup(loc.name) is None:
            code = next(iter(named))
        out.append(loc if code == loc.country_code or code is None else replace(loc, country_code=code))
    return out


_TIE_AFTER = re.compile(r",\s+((?:[A-Z][\w.'\u2019-]*\s?){1,3})")
_TIE_BEFORE = re.compile(r"((?:[A-Z][\w.-]*\s)*[A-Z][\w.-]*)['\u2019]s\s+$")


def _tied_country(text: str, loc: Location) -> str | None:
    """The country a city is written with, right after a comma ("Paris, Texas", "Tripoli, Lebanon") or as a
    possessive before it ("Lebanon's Tripoli"), when a city of that name lies there; else None."""
    place = lookup(loc.name) if text else None
    if place is None or place.kind not in ("city", "subdivision"):
        return None
    homes = city_countries(loc.name, min_pop=0) | {place.country_code}
    after = _TIE_AFTER.match(text, loc.char_end, loc.char_end + 40)
    before = _TIE_BEFORE.search(text[max(0, loc.char_start - 40) : loc.char_start])
    for m in (after, before):
        if m is None:
            continue
        words = m.group(1).split()
        for n in range(len(words), 0, -1):  # "Abu Dhabi, United Arab Emirates": the longest name first
            name = " ".join(words[:n] if m is after else words[-n:]).rstrip(",")
            place = lookup(name) or lookup(name.rstrip("."))  # "Calif." keeps its point, "Chile." not
            if place is not None and place.kind in ("country", "us_state") and place.country_code in homes:
                return place.country_code
    return None


def _best_title(titles: list[str]) -> str | None:
    strong = [t for t in titles if t.lower() not in WEAK_TITLES]
    pool = strong or titles
    if not pool:
        return None
    return max(pool, key=lambda t: len(t.split()))


def _unique(items: list) -> list:
    """One row per written form (case- and article-insensitive), keeping the first mention's span."""
    seen: set[str] = set()
    out = []
    for it in sorted(items, key=lambda x: x.char_start):
        key = re.sub(r"[\W_]+", " ", it.name.lower()).strip()
        key = key[4:] if key.startswith("the ") else key
        if key and key not in seen:
            seen.add(key)
            out.append(it)
    return out


def _norm_key(name: str) -> str:
    key = re.sub(r"[\W_]+", " ", name.lower()).strip()
    return key[4:] if key.startswith("the ") else key


def _find(text: str, name: str) -> tuple[int, int]:
    at = text.find(name)
    if at < 0:
        at = text.lower().find(name.lower())
    return (at, at + len(name)) if at >= 0 else (0, 0)


def with_dateline(
    locations: list[Location], place: str | None, text: str, country: str | None = None
) -> list[Location]:
    """The dateline place ("BAKU") is a location of the article too; add it once, first.

    A dateline country ("TRIPOLI, Lebanon") settles which country an ambiguous city name belongs to.
    """
    code = country_code(country) if country else None
    if code:
        locations = _in_context(locations, set(), code, text)
    if not place or any(_norm_key(loc.name) == _norm_key(place) for loc in locations):
        return locations
    start, end = _find(text, place)
    return [Location(place, country_code(place, {code} if code else frozenset()), start, end), *locations]


def with_agency(orgs: list[Organization], agency: str | None, text: str) -> list[Organization]:
    """The source agency ("Trend", "AP") is an organization of the article too; add it once."""
    if not agency or any(_norm_key(org.name) == _norm_key(agency) for org in orgs):
        return orgs
    start, end = _find(text, agency)
    return [*orgs, Organization(agency, start, end)]
