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
from dataclasses import dataclass, field
from typing import overload

from spacy.tokens import Doc, Span, Token

from newsfacts.extract.facts import Location, Organization, Person
from newsfacts.extract.geo import country_code, is_demonym, lookup
from newsfacts.extract.titles import HONORIFICS, WEAK_TITLES, is_role, post_title, pre_title, singular


def _words(text: str) -> frozenset[str]:
    """A lexicon written as whitespace-separated words."""
    return frozenset(text.split())


_CACHE_KEY = "newsfacts_entities"

ORG_HEADS = _words(
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
Municipality Majlis Mejlis Duma Rada Knesset Bundestag Sejm Storting Riksdag Seimas Saeima Hural Khural
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
Agreement Accord Treaty Protocol Campaign Operation Year Month Revolution Uprising January Holodomor
"""
)
VENUE_WORDS = _words(
    """
Theatre Theater Stadium Arena Hotel Airport Square Park Street Avenue Road Bridge Tower Mall Market Bazaar
Mosque Church Cathedral Temple Station Port Harbour Harbor Building Memorial Monument Cemetery Alley
Highway Boulevard Plaza Complex Dam
"""
)
# Words that alone never name an organization ("the Committee said", "National Leader").
GENERIC_ORG_WORDS = frozenset(
    {w.lower() for w in ORG_HEADS}
    | {
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
city town village villages province provinces region regency district county state oblast krai
municipality island islands governorate prefecture territory settlement commune canton neighbourhood
neighborhood suburb capital border republic area areas
"""
)
LOC_OF_HEADS = _words(
    "city town village province region state district county republic oblast municipality island "
    "governorate prefecture settlement capital"
)
# Title-case place heads that are part of the name: "Zamfara State", "Karachay-Circassian Republic".
LOC_NAME_HEADS = _words(
    """
County State Province Region Republic Oblast Krai District Governorate Prefecture Territory Area Island
Islands Bay River Valley Mountains Sea Ocean Peninsula Strait Desert Coast Highlands Plateau Lake Canyon
"""
)
LOC_NAME_PREFIXES = frozenset({"Lake", "Mount", "Gulf", "Bay", "Sea", "Isle", "Cape"})
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
"""
)
# Lower-case nouns after a name that make it a product, not an organization ("the Telegram messaging app").
PRODUCT_NOUNS = _words(
    """
app apps application platform messaging messenger launcher launchers rifle rifles missile missiles
aircraft jet jets drone drones phone phones smartphone software account accounts page video videos
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
_GLUED = re.compile(r"[)\]]([A-Z][a-z]+)$")
_INITIAL_NAME = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*[A-Z][a-z]+")
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
    text = doc[start:end].text
    return text.strip(" ,;:" + _QUOTE_CHARS)


def _trim(doc: _Tokens, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the", trailing possessive, punctuation and quotes from a span."""
    while start < end and (
        doc[start].lower_ == "the" or doc[start].is_punct or doc[start].text in _QUOTE_CHARS
    ):
        if doc[start].text in _QUOTE_CHARS and any(t.text in _QUOTE_CHARS for t in doc[start + 1 : end]):
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
            if tuple(t.text for t in doc[i : i + n]) == name:
                out.append((i, i + n))
    return out


def _build_agency_tokens() -> dict[str, list[tuple[str, ...]]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for name in AGENCIES:
        parts = tuple(re.findall(r"[\w.&'-]+", name))
        table.setdefault(parts[0], []).append(parts)
    for v in table.values():
        v.sort(key=len, reverse=True)
    return table


_AGENCY_TOKENS = _build_agency_tokens()


def _is_place(
    text: str, kinds: tuple[str, ...] = ("country", "historic", "us_state", "region"), pop: int = 0
) -> bool:
    place = lookup(text)
    if place is None:
        return False
    return place.kind in kinds or (pop > 0 and place.kind == "city" and place.population >= pop)


# --------------------------------------------------------------------------------------------- analysis


def _analyze(doc: Doc) -> _Analysis:
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is None:
        cached = _Analyzer(doc).run()
        doc.user_data[_CACHE_KEY] = cached
    return cached


class _Tokens:
    """A Doc whose tokens are built once: `Doc[i]` makes a new Token object on every call, and
    `Doc.text` joins all tokens again, both far too slow for the many look-ups the rules make."""

    __slots__ = ("_doc", "_toks", "text")

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._toks = list(doc)
        self.text = doc.text

    def __len__(self) -> int:
        return len(self._toks)

    @overload
    def __getitem__(self, key: int) -> Token: ...

    @overload
    def __getitem__(self, key: slice) -> Span: ...

    def __getitem__(self, key: int | slice) -> Token | Span:
        if isinstance(key, slice):
            return self._doc[key]
        return self._toks[key]

    def __iter__(self) -> Iterator[Token]:
        return iter(self._toks)


class _Analyzer:
    def __init__(self, raw: Doc) -> None:
        doc = _Tokens(raw)
        self.doc = doc
        self.quoted = _short_quotes(raw, doc.text)
        self.ents = [(e.start, e.end, e.label_) for e in raw.ents]
        self.loc_spans: list[tuple[int, int]] = []
        self.person_tokens: set[int] = set()
        self.aliases: set[str] = set()
        self.agencies = _agency_spans(doc)
        self.gpe_tokens = {k for s, e, label in self.ents if label in ("GPE", "LOC") for k in range(s, e)}
        self.extra_locs: list[tuple[int, int]] = []

    def run(self) -> _Analysis:
        self._strong_locations()
        self._org_candidates()
        persons = self._persons()
        locs = self._locations(persons)
        self.loc_texts = {loc.name for loc in locs}
        orgs = self._organizations(persons)
        return _Analysis(persons, orgs, locs)

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
            if tok.text in ("-", "\u2013") and i + 1 < len(doc) and _cap(doc[i + 1]) and i > start:
                i += 2
                continue
            if not _cap(tok) or is_role(tok):
                break
            i += 1
        return i

    def _strong_locations(self) -> None:
        """Spans that are places by their wording alone ("province of X", "X region", "Zamfara State")."""
        doc = self.doc
        found: list[tuple[int, int]] = []
        for i, tok in enumerate(doc):
            low = tok.lower_
            if tok.is_lower and low in LOC_HEADS and i > 0:
                s = self._cap_run_left(i)
                if s < i and not any(is_demonym(t.text) or t.text in ORG_HEADS for t in doc[s:i]):
                    found.append((s, i))
            if tok.is_lower and low in LOC_OF_HEADS and i + 2 < len(doc) and doc[i + 1].lower_ == "of":
                j = i + 2 + (doc[i + 2].lower_ == "the")
                e = self._cap_run_right(j)
                if e > j:
                    found.append((j, e))
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if (
                tok.text in LOC_NAME_HEADS
                and i > 0
                and tok.tag_ == "NNP"
                and (nxt is None or (not _cap(nxt) and nxt.lower_ != "of"))
            ):
                s = self._cap_run_left(i)
                if s < i and not any(t.text in ORG_HEADS for t in doc[s:i]):
                    found.append((s, i + 1))
            if tok.text in LOC_NAME_PREFIXES and i + 1 < len(doc) and _cap(doc[i + 1]) and tok.tag_ == "NNP":
                e = self._cap_run_right(i + 1, 3)
                if i > 0 and doc[i - 1].text == "Republic":
                    continue
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
            # "Belvidere, a city in northern Illinois"
            if tok.is_lower and low in LOC_OF_HEADS and i > 3:
                j = i - 1
                while j > 0 and doc[j].is_lower and doc[j].is_alpha and i - j < 4:
                    j -= 1
                if doc[j].text == "," and doc[j + 1].lower_ in ("a", "an", "the") and j + 1 < i:
                    s = self._cap_run_left(j, 4)
                    if s < j:
                        found.append((s, j))
        self.loc_spans = [(s, e) for s, e in found if e > s and not all(t.is_stop for t in self.doc[s:e])]
        self.strong_loc_texts = {self.doc[s:e].text for s, e in self.loc_spans}

    # ------------------------------------------------------------------ organizations

    def _extend_org_right(self, start: int, end: int) -> int:
        doc = self.doc
        while end > start and doc[end - 1].lower_ in ("of", "the", "on", "for", "with"):
            end -= 1
        heads = {t.text for t in doc[start:end]}
        mission = bool(heads & MISSION_HEADS) or any(t.lower_ == "embassy" for t in doc[start:end])
        while end < len(doc):
            low = doc[end].lower_
            allowed = ("of", "on", "for", "with")
            plural_people = is_demonym(doc[end - 1].text) and doc[end - 1].text.endswith("s")
            if mission or plural_people:
                allowed = (*allowed, "in", "to")
            if low not in allowed or (low == "on" and not heads & ORG_HEADS):
                break
            j = end + 1
            if j < len(doc) and doc[j].lower_ == "the":
                j += 1
            e = self._cap_run_right(j, 6)
            if e == j:
                break
            if any(doc[k].text in EVENT_WORDS or doc[k].lower_ in _DATE_WORDS for k in range(j, e)):
                break
            end = e
        return end

    def _org_candidates(self) -> None:
        doc = self.doc
        spans: list[tuple[int, int, str]] = []
        for s, e, label in self.ents:
            toks = doc[s:e]
            if label == "ORG" or (
                label in ("FAC", "PERSON", "NORP") and any(t.text in ORG_HEADS for t in toks)
            ):
                spans.append((s, e, "ner"))
        # Capitalised org head nouns NER missed: "Embassy of the Republic of Azerbaijan to Russia".
        for i, tok in enumerate(doc):
            if tok.text in ORG_HEADS and tok.tag_ in ("NNP", "NNPS", "NN") and not tok.is_lower:
                if any(s <= i < e for s, e, _ in spans) or i in self.gpe_tokens:
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
                    if (
                        not _cap(prev)
                        or prev.lower_ == "the"
                        or (is_role(prev) and prev.text not in ORG_HEADS)
                    ):
                        break
                    s -= 1
                spans.append((s, i + 1, "head"))
            # "Interior ministry", "the Azerbaijani embassy in Argentina"
            if (
                tok.lower_ in ("ministry", "embassy", "consulate")
                and tok.is_lower
                and i > 0
                and _cap(doc[i - 1])
            ):
                s = i - 1
                while s > 0 and _cap(doc[s - 1]) and doc[s - 1].lower_ != "the":
                    s -= 1
                spans.append((s, i + 1, "lower"))
            # "the heavy-metal group Morbid Angel" / '"Birlik" diaspora organization'
            if tok.is_lower and tok.lower_ in ORG_NOUNS and tok.pos_ == "NOUN":
                if i + 1 < len(doc) and _cap(doc[i + 1]) and not is_role(doc[i + 1]):
                    e = self._cap_run_right(i + 1, 4)
                    if e < len(doc) and doc[e].text in ("'s", "\u2019s"):
                        continue
                    if not any(_is_place(t.text, pop=1) for t in doc[i + 1 : e]):
                        spans.append((i + 1, e, "noun"))
                j = i - 1
                while j > 0 and doc[j].is_lower and doc[j].is_alpha and i - j < 3:
                    j -= 1
                if j > 0 and doc[j].text in _QUOTE_CHARS:
                    k = j - 1
                    while k > 0 and doc[k].text not in _QUOTE_CHARS and j - k < 5:
                        k -= 1
                    if k < j - 1 and doc[k].text in _QUOTE_CHARS and all(_cap(t) for t in doc[k + 1 : j]):
                        spans.append((k + 1, j, "quoted"))
        for s, e in self.agencies:
            spans.append((s, e, "agency"))
        out = []
        for s, e, how in spans:
            if s > 0 and doc[s - 1].text in _QUOTE_CHARS and any(t.text in _QUOTE_CHARS for t in doc[s:e]):
                s -= 1  # 'Araz" Azerbaijan ...' -> '"Araz" Azerbaijan ...'
            s, e = _trim(doc, s, e)
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
            if how != "agency" or not any(s2 <= s and e <= e2 and e2 - s2 > e - s for s2, e2, _ in out)
        ]
        # Acronyms given in brackets after an org are aliases of it ("(LuxAz)"), not orgs of their own.
        agencies = {doc[s].text for s, e in self.agencies if e - s == 1}
        for s, e, _ in self.org_cands:
            bracketed = e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")"
            if e - s > 1 and bracketed and doc[e + 1].text not in agencies:
                self.aliases.add(doc[e + 1].text)

    # ------------------------------------------------------------------ persons

    def _clean_person(self, s: int, e: int) -> tuple[int, int]:
        doc = self.doc
        while s < e and (
            doc[s].lower_ in HONORIFICS
            or doc[s].lower_ in WEAK_TITLES
            or doc[s].lower_ == "the"
            or is_role(doc[s])
            or is_demonym(doc[s].text)
            or not _cap(doc[s])
            or doc[s].text in _QUOTE_CHARS
        ):
            s += 1
        while e > s and (
            doc[e - 1].lower_ in ("'s", "\u2019s", "'", "\u2019")
            or (not doc[e - 1].is_alpha and not _cap(doc[e - 1]))
        ):
            e -= 1
        # "Culture Minister Adil Karimli": NER swallowed the title; the name starts after the last role word.
        roles = [k for k in range(s, e - 1) if is_role(doc[k]) or doc[k].lower_ in HONORIFICS]
        if roles:
            s = roles[-1] + 1
        # Stop at the first token that cannot be part of a name (a person span never runs past it).
        for k in range(s, e):
            t = doc[k]
            if not (_cap(t) or t.lower_ in _PARTICLES or t.text in ("-", "'")):
                return s, k
        return s, e

    def _person_context(self, s: int, e: int, ner_person: set[tuple[int, int]]) -> bool:
        """Words around a span that make it a person although NER did not say so."""
        doc = self.doc
        prev = doc[s - 1] if s > 0 else None
        if prev is not None:
            if is_role(prev) or prev.lower_ in HONORIFICS or prev.lower_ in WEAK_TITLES:
                return True
            if is_demonym(prev.text) or _AGE.search(doc.text[max(0, doc[s].idx - 16) : doc[s].idx].rstrip()):
                return True
            if pre_title(doc, s, ()) is not None:
                return True
        if post_title(doc, e, ()) is not None:
            return True
        if e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].like_num and doc[e + 2].text == ",":
            return True
        if e + 1 < len(doc) and doc[e].text in ("'s", "\u2019s") and doc[e + 1].text in _QUOTE_CHARS:
            return True
        # Listed together with a name NER did recognise: "Amin Sidi Boumediene ... and Marius Olteanu".
        for ps, pe in ner_person:
            if pe <= s and s - pe <= 8 and doc[s - 1].lower_ in ("and", ","):
                return True
            if ps >= e and ps - e <= 8 and doc[e].lower_ in ("and", ",", "("):
                return True
        return False

    def _bad_person(self, s: int, e: int) -> bool:
        doc = self.doc
        toks = doc[s:e]
        text = toks.text
        if e <= s or any(k in self.quoted for k in range(s, e)):
            return True
        if any(t.text in ORG_HEADS or t.text in EVENT_WORDS or t.text in VENUE_WORDS for t in toks):
            return True
        if any(any(c.isdigit() for c in t.text) for t in toks):
            return True
        if all(is_demonym(t.text) or t.lower_ in _PARTICLES for t in toks) or is_demonym(text):
            return True
        if any(
            is_role(t) or t.tag_.startswith("VB") or (is_demonym(t.text) and t.text.endswith("s"))
            for t in toks
        ):
            return True
        if "-" in text and e - s <= 3:
            return True
        if text in self.strong_loc_texts or any(ls <= s and e <= le for ls, le in self.loc_spans):
            return True
        if text.upper() == text and len(text) > 1 and "." not in text:
            return True  # acronyms
        if _is_place(text):
            return True
        # "Milli Majlis speaker Sahiba Gafarova": a name before a role and another name is an org or place.
        k = e
        while k < len(doc) and k - e < 3 and doc[k].is_lower and is_role(doc[k]):
            k += 1
        if k > e and k < len(doc) and any(ps == k for ps, _ in self.ner_person):
            return True
        prev = doc[s - 1].lower_ if s > 0 else ""
        if prev in ("in", "near", "across", "throughout") and not (
            e < len(doc) and doc[e].text in ("'s", "\u2019s")
        ):
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
        ent_tokens = {k for s, e, _ in self.ents for k in range(s, e)}
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
            if label == "PERSON":
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
                elif (
                    ce == e and e < len(doc) and e not in ent_tokens and _cap(doc[e]) and doc[e].tag_ == "NNP"
                ):
                    ce = e + 1
                    covered.add(e)
                cands.append((cs, ce))
            elif label in ("ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT", "EVENT"):
                # "the Ministry of Foreign Affairs O.Enkhtsetseg": a name glued to the end of an org.
                last = doc[e - 1]
                if label == "ORG" and _INITIAL_NAME.match(last.text) and e - s > 1:
                    cands.append((e - 1, e))
                    forced.add((e - 1, e))
                    continue
                # '"Araz" Azerbaijan National-Cultural Autonomy Asif Musayev': a name after the org head.
                heads = [k for k in range(s, e) if doc[k].text in ORG_HEADS]
                if heads and 2 <= e - heads[-1] - 1 <= 3:
                    ns = heads[-1] + 1
                    if all(_cap(t) for t in doc[ns:e]) and pre_title(doc, ns, ()) is not None:
                        cands.append((ns, e))
                        forced.add((ns, e))
                        continue
                # "Chairman of the State Committee on Work with Diaspora Fuad Muradov": after a title
                # phrase, the last two capitalised words of a long org span are the holder's name.
                ns = e - 2
                if (
                    e - s >= 4
                    and _cap(doc[ns - 1])
                    and all(_cap(t) and t.tag_ == "NNP" for t in doc[ns:e])
                    and not any(
                        t.text in ORG_HEADS
                        or t.text in LOC_NAME_HEADS
                        or is_demonym(t.text)
                        or lookup(t.text)
                        for t in doc[ns:e]
                    )
                    and any(t.text in ORG_HEADS for t in doc[s:ns])
                    and self._after_title(s)
                ):
                    cands.append((ns, e))
                    forced.add((ns, e))
                    continue
                if (
                    2 <= ce - cs <= 4
                    and not any(t.text in ORG_HEADS for t in doc[cs:ce])
                    and self._person_context(cs, ce, ner_person)
                    and not self._named_org_by_noun(s)
                ):
                    cands.append((cs, ce))
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
            while (
                e < len(doc)
                and (e not in covered or (e in soft and e > i))
                and (_cap(doc[e]) or doc[e].lower_ in _PARTICLES)
                and doc[e].tag_ == "NNP"
            ):
                e += 1
                if e - 1 in soft:
                    break
            s, ce = self._clean_person(i, e)
            # keep the last two or three name tokens after a role/demonym prefix
            while ce - s > 3:
                s += 1
            if (ce - s >= 2 and self._person_context(s, ce, ner_person)) or (
                ce - s >= 2
                and s > i
                and (is_role(doc[s - 1]) or is_demonym(doc[s - 1].text))
                and any(ps > ce and ps - ce <= 3 for ps, _ in ner_person)
            ):
                cands.append((s, ce))
            i = max(e, i + 1)
        cands = [(s, e) for s, e in sorted(set(cands)) if not self._bad_person(s, e)]
        # A candidate inside an organization name is part of that name ("Heydar Aliyev Foundation").
        org_tokens = {
            k
            for s, e, how in self.org_cands
            if (
                how in ("ner", "head", "noun", "quoted", "agency")
                and any(doc[j].text in ORG_HEADS for j in range(s, e))
            )
            or how in ("noun", "quoted", "agency")
            for k in range(s, e)
        }
        cands = [
            (s, e) for s, e in cands if (s, e) in forced or not all(k in org_tokens for k in range(s, e))
        ]
        for s, e in cands:
            self.person_tokens.update(range(s, e))
        return self._merge_persons(cands)

    def _after_title(self, s: int) -> bool:
        """The span at `s` follows a role ("Chairman of the ...", "Member of ...")."""
        doc = self.doc
        k = s - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k >= 0 and doc[k].lower_ in ("of", "for"):
            k -= 1
        return k >= 0 and is_role(doc[k]) and doc[k].tag_ not in ("NNS", "NNPS")

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
            parts = {p.lower() for p in name.split()} - _PARTICLES
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
                prev is not None
                and (prev.lower_ in HONORIFICS or is_role(prev))
                and lookup(doc[s].text) is None
                and not is_demonym(doc[s].text)
            ):
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
        if (
            pre is None
            and s >= 2
            and doc[s - 1].text == ","
            and e < len(doc)
            and (doc[e].text in (",", ".") or doc[e].lower_ == "who")
        ):
            pre = pre_title(doc, s - 1, others)
        post = post_title(doc, e, others)
        if e < len(doc) and doc[e].text == "(" and post is None:
            close = next((k for k in range(e, min(e + 8, len(doc))) if doc[k].text == ")"), None)
            if close is not None:
                post = post_title(doc, close + 1, others)
        if pre and post:
            return post if pre.lower() in WEAK_TITLES else f"{pre}, {post}"
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
                and any(doc[k].text in ORG_HEADS for k in range(s, e))
            ):
                e -= 1
            toks = doc[s:e]
            text = _name_text(doc, s, e)
            words = [t for t in toks if t.is_alpha or _cap(t)]
            if not words or not text:
                continue
            if text in self.aliases:
                continue
            if all(k in self.person_tokens for k in range(s, e)):
                continue
            has_head = any(t.text in ORG_HEADS for t in toks) or how in ("lower", "agency", "noun", "quoted")
            if how != "agency":
                if (
                    toks[-1].text in EVENT_WORDS
                    or toks[-1].text in VENUE_WORDS
                    or toks[0].text in VENUE_WORDS
                ):
                    continue
                if (toks[-1].text in LOC_NAME_HEADS and toks[-1].text not in ORG_HEADS) or (
                    e - s >= 3 and doc[e - 3 : e].text == "Local Government Area"
                ):
                    continue
                if all(is_demonym(t.text) for t in words):
                    continue
                if (
                    how != "lower"
                    and all(t.lower_ in GENERIC_ORG_WORDS for t in words)
                    and (len(words) == 1 or (s > 1 and doc[s - 1].lower_ == "of" and is_role(doc[s - 2])))
                ):
                    continue  # "the Committee said"; "Commissioner of Local Government" is a portfolio
                if len(words) == 1 and (
                    is_role(words[0]) or (words[0].is_sent_start and words[0].tag_ != "NNP")
                ):
                    continue
                if not has_head and (
                    _is_place(text, ("country", "historic", "us_state", "region", "subdivision"), 100000)
                    or text in self.loc_texts
                ):
                    continue
                if not has_head and (
                    words[0].lower_ in person_parts or any(k in self.person_tokens for k in range(s, e))
                ):
                    continue
                if is_role(words[0]) and not has_head:
                    continue  # "Consul General of Azerbaijan" is a title
                if words[0].lower_ in HONORIFICS or (
                    how != "quoted" and all(k in self.quoted for k in range(s, e))
                ):
                    continue
                if any(t.text in EVENT_WORDS for t in toks) and toks[-1].text not in ORG_HEADS:
                    continue
                if any(
                    t.is_lower
                    and t.is_alpha
                    and t.lower_ not in ("of", "on", "for", "with", "in", "to", "and", "the", "de")
                    for t in toks
                ) and how not in ("lower",):
                    continue
                if e < len(doc) and self._product_follows(e):
                    continue
                if (
                    e < len(doc)
                    and doc[e].text in ("-", "\u2013")
                    and e + 1 < len(doc)
                    and doc[e + 1].lower_ in HYPHEN_SUFFIXES
                ):
                    continue
            out.append(Organization(text, doc[s].idx, doc[e - 1].idx + len(doc[e - 1])))
        return _unique(out)

    def _product_follows(self, e: int) -> bool:
        doc = self.doc
        for k in range(e, min(e + 2, len(doc))):
            if not doc[k].is_lower:
                return False
            if doc[k].lower_ in PRODUCT_NOUNS:
                return True
        return False

    # ------------------------------------------------------------------ locations

    def _locations(self, persons: list[Person]) -> list[Location]:
        doc = self.doc
        person_parts = {w.lower() for p in persons for w in p.name.split()}
        spans: list[tuple[int, int]] = list(self.loc_spans) + self.extra_locs
        org_alias_starts = {doc[s].text for s, e, how in self.org_cands if how == "ner" and e - s > 1}
        for s, e, label in self.ents:
            cs, ce = _trim(doc, s, e)
            while ce > cs and doc[ce - 1].is_lower:
                ce -= 1
            while cs < ce and doc[cs].is_lower:
                cs += 1
            if ce <= cs:
                continue
            text = doc[cs:ce].text
            if label in ("GPE", "LOC") and any(doc[k].text == "," for k in range(cs, ce)):
                # "Ganja, Sheki": NER glued a list of places together
                start = cs
                for k in range(cs, ce + 1):
                    if k == ce or doc[k].text == ",":
                        if k > start:
                            spans.append((start, k))
                        start = k + 1
                continue
            if label in ("GPE", "LOC"):
                if text in org_alias_starts and not _is_place(
                    text, ("country", "historic", "us_state", "region", "subdivision", "city", "county")
                ):
                    continue  # "Emirates" of "Emirates Airlines"
                spans.append((cs, ce))
            elif label in ("PERSON", "ORG", "NORP", "FAC", "EVENT"):
                if label == "ORG" and ce - cs >= 3 and doc[ce - 3 : ce].text == "Local Government Area":
                    spans.append((cs, ce))
                    continue
                if (
                    label == "ORG"
                    and (cs > 0 and doc[cs - 1].lower_ in COMPASS)
                    and not any(t.text in ORG_HEADS for t in doc[cs:ce])
                ):
                    spans.append((cs, ce))
                    continue
                strict = ("country", "historic", "us_state", "region", "subdivision")
                if (text.isupper() and cs > 0) or any(s2 <= cs < e2 for s2, e2 in self.agencies):
                    strict = ("country", "historic", "us_state", "region")  # "IRNA" is no town
                if _is_place(text, strict, 0 if text.isupper() else 20000) and not (
                    label == "PERSON" and self._person_context(cs, ce, set())
                ):
                    spans.append((cs, ce))
                    continue
                # Places named inside organizations and people's titles: "Embassy of Azerbaijan to Russia".
                if label in ("ORG", "FAC"):
                    spans.extend(self._places_inside(cs, ce))
        # Places inside rule-found organizations, and known places NER left untagged ("Ulaanbaatar").
        for s, e, _how in self.org_cands:
            spans.extend(self._places_inside(s, e))
        tagged = {k for s, e, label in self.ents if label != "DATE" for k in range(s, e)}
        i = 0
        while i < len(doc):
            e = self._cap_run_right(i, 4) if _cap(doc[i]) and doc[i].tag_ == "NNP" and i not in tagged else i
            if (
                e > i
                and (i == 0 or not _cap(doc[i - 1]))
                and not any(k in tagged or k in self.quoted for k in range(i, e))
            ):
                text = doc[i:e].text
                place = lookup(text)
                bracketed = i > 0 and doc[i - 1].text == "(" and not (i > 1 and lookup(doc[i - 2].text))
                prep = i > 0 and doc[i - 1].lower_ in ("in", "at", "near", "from", "to", "across", "outside")
                if (
                    place is not None
                    and not bracketed
                    and (
                        place.kind in ("country", "historic", "us_state", "region", "subdivision")
                        or (place.kind == "city" and place.population >= 50000 and (prep or i == 0))
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
            toks = doc[s:e]
            if any(k in self.person_tokens for k in range(s, e)):
                continue
            if e - s == 1 and text.lower() in person_parts:
                continue
            if is_demonym(text) or all(is_demonym(t.text) for t in toks):
                continue
            if any(is_role(t) and t.text not in LOC_NAME_HEADS for t in toks):
                continue
            if toks[-1].text in EVENT_WORDS or (
                toks[-1].text in ORG_HEADS and toks[-1].text not in LOC_NAME_HEADS and not _is_place(text)
            ):
                continue
            if e + 1 < len(doc) and doc[e].text in ("-", "\u2013") and doc[e + 1].lower_ in HYPHEN_SUFFIXES:
                continue
            if (
                text in self.aliases
                or doc[s].text in STORM_WORDS
                or (s > 0 and doc[s - 1].text in STORM_WORDS)
            ):
                continue  # "Typhoon Doksuri" is weather, not a place
            out.append(Location(text, country_code(text), doc[s].idx, doc[e - 1].idx + len(doc[e - 1])))
        return _unique(out)

    def _places_inside(self, s: int, e: int) -> list[tuple[int, int]]:
        """Places named inside an org name: countries anywhere, towns only after of/in/to
        ("Autonomy of the Azerbaijanis of Makhachkala", but not "Toyota Motor Corp.")."""
        doc = self.doc
        found = []
        i = s
        while i < e:
            k = i - 1 if i > 0 and doc[i - 1].lower_ != "the" else i - 2
            after_of = k >= 0 and doc[k].lower_ in ("of", "in", "to")
            for n in (4, 3, 2, 1):
                j = i + n
                if j > e or not _cap(doc[i]) or not _cap(doc[j - 1]) or doc[i].text in VENUE_WORDS:
                    continue
                text = doc[i:j].text
                pop = 20000 if after_of and not text.isupper() else 0
                if _is_place(text, ("country", "historic", "us_state", "region"), pop):
                    found.append((i, j))
                    i = j - 1
                    break
            i += 1
        return found


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


def with_dateline(locations: list[Location], place: str | None, text: str) -> list[Location]:
    """The dateline place ("BAKU") is a location of the article too; add it once, first."""
    if not place or any(_norm_key(loc.name) == _norm_key(place) for loc in locations):
        return locations
    start, end = _find(text, place)
    return [Location(place, country_code(place), start, end), *locations]


def with_agency(orgs: list[Organization], agency: str | None, text: str) -> list[Organization]:
    """The source agency ("Trend", "AP") is an organization of the article too; add it once."""
    if not agency or any(_norm_key(org.name) == _norm_key(agency) for org in orgs):
        return orgs
    start, end = _find(text, agency)
    return [*orgs, Organization(agency, start, end)]
