"""Calendar expressions normalized to inclusive day ranges.

One regular expression over the body finds the calendar shapes news uses ("February 25-26, 1992",
"Feb. 26, 1992", "25 February", "October 1991", "December", "2008", "1988-1994"); the parsed spaCy
tokens around each hit then decide the cases a pattern cannot: a bare "May" that is a modal verb, a
four-digit count ("2000 people"), and a recurring day used as a name ("the January 20 Tragedy",
"November 8 is a day of victory"), which names no particular day. Weekdays and relative words
("Saturday", "last week", "34 years ago") are not calendar expressions and are never produced.
A month or day without a year takes its year from the publication date and the tense of its clause:
the latest such day not after publication for the past ("In December, the airline agreed" in February
is last December), the next one for the future ("will be held in January"), the nearest one for the
present ("is held between February 10 and 16"), and when the clause shows no tense the latest one not
more than two months ahead (datelines, headlines: news announces the coming days).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from newsfacts.extract.article_meta import dateline_end
from newsfacts.extract.facts import DateMention

_MONTH_NAMES = (
    *("january", "february", "march", "april", "may", "june"),
    *("july", "august", "september", "october", "november", "december"),
)
MONTHS: dict[str, int] = {name: i for i, name in enumerate(_MONTH_NAMES, 1)}
"""Month name or abbreviation (lower case, no dot) to month number."""
MONTHS.update({name[:3]: i for i, name in enumerate(_MONTH_NAMES, 1)} | {"sept": 9})

EARLIEST_YEAR = 1500
"""Four-digit numbers below this are counts, never years (news rarely dates anything earlier)."""
FUTURE_YEARS = 50
"""A year up to this far after publication is a plan ("by 2050"); beyond that it is a number."""
FUTURE_SLACK = timedelta(days=62)
"""How far after publication a yearless date in a clause of no clear tense may fall and still be read
in the publication year (the dateline, 'talks between March 1 and 3')."""
PAST_SLACK = timedelta(days=3)
"""The same for a clause in the past tense: only time zones and late publication ('was held on March 2')."""


def _month_alternation() -> str:
    forms: list[str] = []
    for name in _MONTH_NAMES:
        forms += [name.capitalize(), name.upper()]
    for abbr in {n[:3] for n in _MONTH_NAMES if len(n) > 3} | {"sept"}:
        forms += [abbr.capitalize() + r"\.?", abbr.upper() + r"\.?"]
    # Longest first so "September" wins over "Sept" and "Sep".
    return "|".join(sorted(forms, key=len, reverse=True))


_M = _month_alternation()
_D = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_Y = r"(?:1[5-9]\d\d|20\d\d)"
_SEP = r"\s*[-\u2013\u2014]\s*|\s+(?:and|to|through|till|until)\s+"
_YSEP = r"\s*[-\u2013\u2014/]\s*"
_END = r"(?![\w\u2013-]*\d)(?!\w)"
_SEASON = r"[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|SPRING|SUMMER|AUTUMN|FALL|WINTER"
_PART = r"(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)"
PARTS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
"""Ordinal of a half or quarter of a year ('the second half of 2023', 'the fourth quarter of 2024')."""
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 14),
}
"""Season to (first month, last month) in the meteorological reckoning of the northern hemisphere, where
most English-language wires are written; winter runs from December into the next year's February."""

DATE_RE = re.compile(
    rf"""
    (?<![\w.$\u00a3\u20ac/])(?<![\dA-Z]-)
    (?:
        # February 25-26, 1992 / Feb. 26, 1992 / Nov 28 / February 10 and 16 / February 28 - March 2
        (?P<m1>{_M})\s*(?P<d1>{_D})
            (?:(?:{_SEP})(?:(?P<m1b>{_M})\s*)?(?P<d1b>{_D}))?
            (?:,?\s+(?P<y1>{_Y}))?(?=\W|$)(?!\s*[-\u2013]\s*\d)
      | # 25-26 February 1992 / 20 January / 28 February - 2 March
        (?P<d2>{_D})(?:(?:\s+(?P<m2a>{_M}))?(?:{_SEP})(?P<d2b>{_D}))?\s+(?:of\s+)?(?P<m2>{_M})
            (?:,?\s+(?P<y2>{_Y}))?(?=\W|$)
      | # April-June / January-March 2024 (a quarter or season named by its months)
        (?P<m8a>{_M})\s*[-\u2013]\s*(?P<m8b>{_M})(?:,?\s+(?P<y8>{_Y}))?{_END}
      | # October 1991 / February of 1992
        (?P<m3>{_M}),?\s+(?:of\s+)?(?P<y3>{_Y}){_END}
      | # 2024-03-12 (ISO, as in statements and tables)
        (?P<iy>{_Y})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])(?![\w-])
      | # 1988-1994 / 2019-20
        (?P<y4>{_Y})(?:{_YSEP})(?P<y4b>{_Y}|\d\d){_END}
      | # the first half of 2023 / the third quarter of 2024
        (?P<p9>{_PART})\s+(?P<u9>half|quarter)\s+of\s+(?P<y9>{_Y}){_END}
      | # the summer of 2023 / spring 2021
        (?P<s7>{_SEASON})\s+(?:of\s+)?(?P<y7>{_Y})(?:[-\u2013/](?P<y7b>\d\d|{_Y}))?{_END}
      | (?P<y5>{_Y}){_END}(?!['\u2019]s\b|\s*(?:%|percent|per\s+cent))
      | (?P<m6>{"|".join(n.capitalize() for n in _MONTH_NAMES)}|Sept\.)(?![\w'\u2019-])
    )
    """,
    re.VERBOSE,
)

_TEMPORAL_NIGHT = frozenset(
    [
        *("night", "nights", "morning", "evening", "afternoon", "eve", "day", "dawn", "week", "as"),
        *("weekend", "days", "period", "date", "hours"),
    ]
)
"""'the night of February 25-26', 'as of May 1': 'of' after these still introduces a real date."""
_NAME_OF_DAY_VERBS = frozenset({"dedicated", "devoted", "timed", "tribute", "occasion", "anniversary"})
"""'dedicated to November 8', 'the anniversary of the January 20': the day is a commemoration's name."""
_RECURRING_RE = re.compile(
    r"\b(?:every|each)\s+year,?\s+(?:on\s+)?$|\bannually,?\s+(?:on\s+)?$", re.IGNORECASE
)
_YEAR_NUMBER_WORDS = frozenset(
    [
        *("no", "no.", "number", "nos", "resolution", "resolutions", "flight", "route", "article", "room"),
        *("page", "azn", "usd", "eur", "rs", "rs.", "inr", "rub", "manat", "manats", "dollars", "euros"),
    ]
)
"""Words before a four-digit number that make it a count, code or amount ('resolution 1973', 'AZN 2000')."""
_APPROXIMATORS = frozenset(
    ["about", "around", "some", "nearly", "almost", "over", "approximately", "roughly", "than", "least"]
)
"""'some 1275 residents', 'more than 1500 were': years are exact, so a hedged number is a count."""
_EVENT_PLURALS = frozenset(
    {
        "events",
        "games",
        "olympics",
        "elections",
        "talks",
        "negotiations",
        "protests",
        "riots",
        "championships",
        "finals",
        "playoffs",
        "hostilities",
        "clashes",
        "massacres",
        "awards",
        *("floods", "earthquakes", "quakes", "attacks", "bombings", "wars", "fires", "wildfires", "polls"),
        *("hearings", "sanctions", "reforms", "results", "accounts", "earnings", "floodings", "primaries"),
        *("killings", "strikes", "summits", "crises", "storms", "landslides"),
    }
)
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that", "'s", "\u2019s"})
"""'the 2022 floods', 'its 2012 orders': a determined four-digit modifier is a year ('the 2,000 people'
has its comma)."""
_COUNTED_PLURALS = frozenset(
    [
        *("people", "persons", "residents", "civilians", "children", "women", "men", "soldiers", "troops"),
        *("families", "villagers", "students", "workers", "employees", "passengers", "homes", "houses"),
        *("buildings", "households", "members", "fans", "runners", "participants", "delegates", "guests"),
        *("visitors", "tourists", "pilgrims", "migrants", "refugees", "victims"),
    ]
)
"""Plurals a four-digit number counts even after a determiner: 'the 1500 residents'."""
_CLOCK_WORDS = frozenset(
    [
        *("GMT", "UTC", "IST", "PKT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET"),
        *("CEST", "BST", "EET", "EEST", "MSK", "JST", "KST", "WIB", "hrs", "hrs.", "HRS", "GST"),
    ]
)
"""Words after a four-digit number that make it a clock time: '(1802 GMT)', 'at 1430 hrs'."""
_YEAR_MEASURES = frozenset(
    {"levels", "figures", "prices", "rates", "values", "standards", "terms", "estimates", "highs", "lows"}
)
"""Plurals a year qualifies rather than a number counts: 'from 2013 levels', 'in 2015 prices'."""
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_FUTURE_LEMMAS = frozenset({"schedule", "plan", "expect", "due", "set", "upcoming", "next", "slate"})
_FORECAST_LEMMAS = frozenset({"warn", "forecast", "predict", "anticipate", "project", "caution"})
"""Verbs of a forecast, whose dates may lie after the (past) forecast itself."""
_DEFERRAL_LEMMAS = frozenset({"adjourn", "postpone", "defer", "delay", "extend", "reschedule", "push"})
"""Verbs whose 'until' or 'to' date comes after the (past) deferral itself."""


def _month(word: str) -> int:
    return MONTHS[
        word.rstrip(".").lower()[:4] if word.lower().startswith("sept") else word.rstrip(".").lower()[:3]
    ]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _prev_words(doc: Doc, span: Span, n: int = 3) -> list[str]:
    """Lower-case words before the span, nearest first, skipping weekdays and commas ('Wednesday, April 4')."""
    out: list[str] = []
    i = span.start - 1
    while i >= 0 and len(out) < n:
        t = doc[i]
        if not (t.is_punct or t.lower_ in _WEEKDAYS):
            out.append(t.lower_)
        i -= 1
    return out


_WEEKDAYS = frozenset(calendar.day_name[i].lower() for i in range(7))


def _tense(doc: Doc, span: Span, published: date, in_dateline: bool) -> str | int:
    """How to place a yearless date: an explicit year ('December last year'), or 'last', 'next',
    'future' ('will be held in March'), 'present' ('starts in June'), 'past' ('was held in May') or
    'default' when the clause shows no tense."""
    if in_dateline:
        return "default"
    after = doc[span.end : span.end + 4]
    words = [t.lower_ for t in after if not t.is_punct and t.lower_ != "of"][:2]
    if len(words) == 2 and words[1] == "year" and words[0] in _YEAR_OFFSETS:
        return published.year + _YEAR_OFFSETS[words[0]]
    before = [t.lower_ for t in doc[max(span.start - 2, 0) : span.start]]
    if "last" in before or "past" in before:
        return "last"
    if any(w in ("next", "upcoming", "coming") for w in before):
        return "next"
    tok: Token = span.root
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX") or tok.lemma_ in _FUTURE_LEMMAS or tok.head is tok:
            break
        tok = tok.head
    if tok.lemma_ in _FUTURE_LEMMAS:
        return "future"
    if tok.lemma_ in _FORECAST_LEMMAS:
        return "present"  # "warned of more rain from Dec 30": a coming day, or the day of the warning
    if tok.lemma_ in _DEFERRAL_LEMMAS and before[-1:] and before[-1] in ("until", "till", "to"):
        return (
            "present"  # "the trial was adjourned until Sept 12": a day after the deferral, near publication
        )
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in _FUTURE_AUX for c in aux):
        return "future"
    if tok.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ in ("has", "have", "had") for c in aux):
        return "past"
    if tok.tag_ == "VBN" and not aux:
        return "default"  # "the forum held in Baku on March 5"
    if tok.pos_ in ("VERB", "AUX"):
        return "present"  # "is held between February 10 and 16", "the tournament starts in June"
    return "default"


_YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}


def _place_in_year(
    published: date, month: int, day: int | None, end_month: int, end_day: int | None, tense: str | int
) -> tuple[date, date] | None:
    """Choose the year for a yearless date (see module doc): the latest one not clearly after publication
    for the past, the earliest not before it for the future, the nearest for the present tense."""

    def at(year: int) -> tuple[date, date] | None:
        start = _safe_date(year, month, day or 1)
        stop_year = (
            year + 1 if (end_month, end_day or 31) < (month, day or 1) else year
        )  # "December 30 - January 2"
        stop = _safe_date(stop_year, end_month, end_day) if end_day else _month_end(stop_year, end_month)
        return (start, stop) if start and stop else None

    if isinstance(tense, int):
        return at(tense)
    year = published.year
    if tense == "present":  # the nearer of this year's and the neighbouring years' reading
        options = [r for r in (at(year - 1), at(year), at(year + 1)) if r is not None]
        return min(options, key=lambda r: abs((r[0] + (r[1] - r[0]) / 2 - published).days), default=None)
    if tense in ("default", "past", "last"):
        limit = published + {"default": FUTURE_SLACK, "past": PAST_SLACK}.get(tense, timedelta(0))
        rng = at(year)
        if rng is not None and rng[0] > limit:
            rng = at(year - 1)
        return rng
    rng = at(year)
    if rng is not None and rng[1] < published:
        rng = at(year + 1)
    return rng


def _is_day_name(doc: Doc, span: Span) -> bool:
    """A yearless day used as the name of a recurring commemoration, not as the time of something."""
    before = _prev_words(doc, span)
    if _RECURRING_RE.search(doc.text[max(span.start_char - 30, 0) : span.start_char]):
        return True  # "every year on January 20": a date that recurs names no particular day
    if before[:1] == ["the"] and " of " not in span.text:  # "the January 20 Tragedy", not "the 20th of May"
        return True
    if before[:1] == ["to"] and before[1:2] and before[1] in _NAME_OF_DAY_VERBS:
        return True
    if before[:1] == ["of"] and not (before[1:2] and before[1] in _TEMPORAL_NIGHT):
        return True
    root = span.root
    timed = before[:1] and before[0] in _TIME_PREPOSITIONS  # "signed on Sept. 30": a time, however parsed
    if root.dep_ in ("nsubj", "nsubjpass", "compound", "nmod") and not timed and not _is_set_date(root):
        return True  # "November 8 is a day ...", but "with January 25 fixed as the record date"
    if any(c.dep_ == "appos" for c in root.children):  # "November 8 - Victory Day"
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.text in "-\u2013\u2014" and span.end + 1 < len(doc):
        after = doc[span.end + 1]
        if after.is_title and after.pos_ in ("PROPN", "NOUN"):
            return True
    return (
        nxt is not None and nxt.pos_ == "NOUN" and nxt.is_lower and nxt.head.i == nxt.i and root.head is nxt
    )


def _is_set_date(root: Token) -> bool:
    """'January 25 was fixed as the record date', 'March 3 has been set for the vote': a day that is the
    subject of setting it is a real day, not the name of a commemoration."""
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in _SETTING_LEMMAS


def _is_bare_month_name(doc: Doc, tok: Token) -> bool:
    """'May' the modal, 'April' the person, 'Black January' the name, 'the Fourth of July' the holiday:
    a capitalized month word that is no date."""
    if tok.tag_ not in ("NNP", "NN") or tok.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART"):
        return True
    if tok.i == 0:
        return False
    if tok.i >= 2 and doc[tok.i - 1].lower_ == "of" and doc[tok.i - 2].lower_ in _ORDINAL_WORDS:
        return True
    prev = doc[tok.i - 1]
    return prev.is_title and prev.pos_ in ("PROPN", "ADJ", "NOUN") and prev.lower_ not in _MONTH_QUALIFIERS


_SCHEDULED_EVENTS = frozenset(
    [
        *("election", "elections", "polls", "poll", "vote", "voting", "referendum", "runoff", "run-off"),
        *("deadline", "meeting", "summit", "talks", "hearing", "session", "sitting", "ballot", "primary"),
    ]
)
"""Events held on a day set in advance, which a date before them dates ('the March 3 vote')."""
_SETTING_LEMMAS = frozenset({"fix", "set", "schedule", "reschedule", "slate", "choose", "pick"})
_ORDINAL_WORDS = frozenset(
    [
        *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
        *("eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth"),
        *("eighteenth", "nineteenth", "twentieth", "thirtieth"),
    ]
)
"""Spelled day ordinals: 'the Fourth of July' names a holiday, not the month."""
_TIME_PREPOSITIONS = frozenset({"on", "since", "until", "till", "by", "before", "after", "from"})
"""Prepositions that make the date after them the time of something ('on March 3', 'since May 1')."""
_MONTH_QUALIFIERS = frozenset(
    {"last", "next", "this", "early", "late", "mid", "since", "until", "in", "during"}
)


def _year_is_count(doc: Doc, span: Span) -> bool:
    """'2000 people', 'resolution 1973', '$1500': a four-digit number that is not a year."""
    before = _prev_words(doc, span, 2)
    if before and (before[0] in _YEAR_NUMBER_WORDS or before[0] in _APPROXIMATORS):
        return True
    if before[:2] in (["of", "total"], ["to", "up"]):
        return True
    if span.start > 0 and doc[span.start - 1].is_currency:
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None:
        return False
    if nxt.text in _CLOCK_WORDS or (
        nxt.lower_ == "local" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "time"
    ):
        return True  # "at 11:47 p.m. (1802 GMT)", "at 1430 hrs": a clock time
    if nxt.lower_ in _YEAR_MEASURES:
        return False
    if nxt.tag_ == "NNS" and nxt.lower_ not in _EVENT_PLURALS and not nxt.is_title:
        determined = span.start > 0 and doc[span.start - 1].lower_ in _DETERMINERS
        return not determined or nxt.lower_ in _COUNTED_PLURALS
    if nxt.lower_ in ("and", "to", "or", "-", "\u2013") and span.end + 2 < len(doc):
        other, after = doc[span.end + 1], doc[span.end + 2]  # "between 1500 and 2000 people"
        if other.like_num and after.tag_ == "NNS" and after.lower_ not in _EVENT_PLURALS:
            return True
    return nxt.like_num or nxt.lower_ in ("million", "billion", "thousand")


def extract_dates(doc: Doc, published: date) -> list[DateMention]:
    """Every calendar expression in the body with the inclusive range of days it names.

    A date inside the opening dateline ("BAKU, Azerbaijan, March 2.") is always a real date.
    """
    text = doc.text
    opening = dateline_end(text)
    out: list[DateMention] = []
    for m in DATE_RE.finditer(text):
        span = _tokens(doc, m.start(), m.end())
        if span is None or not len(span):
            continue
        m_start, end = m.start(), m.end()
        g = m.groupdict()
        if g["m1"] or g["d2"]:
            dashed = g["d1b"] and not text[m.end("d1") : m.start("d1b")].strip(" \t")[:1].isalpha()
            if g["m1"] and g["d1b"] and not g["y1"] and not dashed and _counted_after(doc, span):
                end = m.end("d1")  # "on March 5 and 20 people died": the second number is a count
                span = _tokens(doc, m.start(), end) or span
                g = {**g, "m1b": None, "d1b": None}
            rng = _day_range(doc, span, g, published, in_dateline=end <= opening)
        elif g["m8a"]:
            rng = _month_range(doc, span, g, published)
        elif g["iy"]:
            day = _safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
            rng = (day, day) if day else None
        elif g["m3"]:
            year, month = int(g["y3"]), _month(g["m3"])
            rng = date(year, month, 1), _month_end(year, month)
        elif g["y4"]:
            y_a, y_b = int(g["y4"]), int(g["y4b"])
            if y_b < 100:  # "2019-20"
                y_b += y_a - y_a % 100
            ok = y_a < y_b <= published.year + FUTURE_YEARS and not _year_is_count(doc, span)
            rng = (date(y_a, 1, 1), date(y_b, 12, 31)) if ok else None
        elif g["p9"]:
            rng = _part_range(PARTS[g["p9"].lower()], g["u9"], int(g["y9"]), published)
        elif g["s7"]:
            year_span = _tokens(doc, m.start("y7"), m.end("y7"))
            if year_span is not None and _year_is_count(doc, year_span):
                rng = None  # "a fall of 2000 points"
            elif _is_named_season(doc, span):
                rng, m_start = (
                    _year_range(int(g["y7"]), published),
                    m.start("y7"),
                )  # "the Arab Spring of 2011"
            else:
                rng = _season_range(g["s7"], int(g["y7"]), g["y7b"], published)
        elif g["y5"]:
            year = int(g["y5"])
            ok = EARLIEST_YEAR <= year <= published.year + FUTURE_YEARS and not _year_is_count(doc, span)
            rng = (date(year, 1, 1), date(year, 12, 31)) if ok else None
        elif _is_bare_month_name(doc, span[0]):
            rng = None
        else:
            month = _month(g["m6"])
            rng = _place_in_year(published, month, None, month, None, _tense(doc, span, published, False))
        if rng is not None:
            out.append(DateMention(text[m_start:end], rng[0], rng[1], m_start, end))
    return _merge_between(text, out)


def _month_range(doc: Doc, span: Span, g: dict[str, str | None], published: date) -> tuple[date, date] | None:
    """'April-June 2024', 'the January-March quarter': from the first month's first day to the last's last."""
    first, last = _month(g["m8a"] or ""), _month(g["m8b"] or "")
    if g["y8"]:
        year = int(g["y8"])
        start_year = year - 1 if last < first else year  # "December-February 2024"
        return date(start_year, first, 1), _month_end(year, last)
    return _place_in_year(published, first, None, last, None, _tense(doc, span, published, False))


def _part_range(part: int, unit: str, year: int, published: date) -> tuple[date, date] | None:
    """'the first half of 2023' is January to June, 'the third quarter of 2024' July to September."""
    months = 6 if unit == "half" else 3
    if part * months > 12 or _year_range(year, published) is None:
        return None  # "the third half of 2023" is no part of a year
    first = (part - 1) * months + 1
    return date(year, first, 1), _month_end(year, first + months - 1)


def _year_range(year: int, published: date) -> tuple[date, date] | None:
    """The whole of a year, unless it is too far ahead to be one."""
    ok = EARLIEST_YEAR <= year <= published.year + FUTURE_YEARS
    return (date(year, 1, 1), date(year, 12, 31)) if ok else None


def _is_named_season(doc: Doc, span: Span) -> bool:
    """'Arab Spring of 2011', 'the Summer 2024 Games': a capitalized season after or before a capitalized
    word is part of a name."""
    if not doc[span.start].is_title:
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.is_title and nxt.pos_ in ("PROPN", "NOUN"):
        return True  # "Winter 2022 Olympics"
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    return prev.is_title and not prev.is_sent_start and prev.lower_ not in _MONTH_QUALIFIERS


def _season_range(season: str, year: int, second: str | None, published: date) -> tuple[date, date] | None:
    """The months of 'the summer of 2023' or 'the winter of 2021-22' (a winter may name both its years);
    a year too far ahead is a number, as for a bare year."""
    if not EARLIEST_YEAR <= year <= published.year + FUTURE_YEARS:
        return None
    if second is not None and (season.lower() != "winter" or int(second[-2:]) != (year + 1) % 100):
        return None
    first, last = SEASONS[season.lower()]
    return date(year, first, 1), _month_end(year + (last - 1) // 12, (last - 1) % 12 + 1)


def _day_range(
    doc: Doc, span: Span, g: dict[str, str | None], published: date, in_dateline: bool
) -> tuple[date, date] | None:
    """The days named by a month-day hit ('February 25-26, 1992', '20 January', 'Nov 28')."""
    if g["m1"]:
        m_a, d_a, m_b, d_b, y = g["m1"], g["d1"], g["m1b"] or g["m1"], g["d1b"], g["y1"]
    else:
        m_a, d_a, m_b, d_b, y = g["m2a"] or g["m2"], g["d2"], g["m2"], g["d2b"], g["y2"]
    if not (m_a and d_a and m_b):
        return None
    start_m, start_d = _month(m_a), _day(d_a)
    end_m, end_d = _month(m_b), _day(d_b or d_a)
    if d_b and (end_m, end_d) <= (start_m, start_d) and end_m == start_m:
        return None  # "May 15 and 5": not a range
    if y:
        start, stop = _safe_date(int(y), start_m, start_d), _safe_date(int(y), end_m, end_d)
        return (start, stop) if start and stop and start <= stop else None
    if not in_dateline and _scheduled_event(doc, span):
        tense: str | int = "present"  # "the February 8 elections": the nearest such day, before or after
    elif not in_dateline and _is_day_name(doc, span):
        return None
    else:
        tense = _tense(doc, span, published, in_dateline)
    return _place_in_year(published, start_m, start_d, end_m, end_d, tense)


def _scheduled_event(doc: Doc, span: Span) -> bool:
    """A yearless day that dates a scheduled event named after it ('the February 8 general elections',
    'the June 30 deadline'): a real day, not a commemoration's name ('the January 20 tragedy')."""
    for tok in doc[span.end : span.end + 4]:
        if tok.lower_ in _SCHEDULED_EVENTS:
            return True
        if not (tok.is_lower and tok.pos_ in ("ADJ", "NOUN")):
            return False
    return False


def _counted_after(doc: Doc, span: Span) -> bool:
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.tag_ in ("NNS", "NN") and nxt.pos_ == "NOUN"


_BETWEEN_RE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_AND_RE = re.compile(r"^\s+(?:and|to|until|till|through)\s+$")
_TO_RE = re.compile(r"^\s+(?:to|until|till|through)\s+$")
"""'Dec. 30, 2023 to Jan. 2, 2024': two dates joined by 'to' name one span even without 'from'."""


def _merge_between(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """'between 1988 and 1994', 'from May 1 to June 3, 2020': two hits that name one range."""
    out: list[DateMention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        if i + 1 < len(mentions):
            b = mentions[i + 1]
            joined = text[a.char_end : b.char_start]
            opened = _BETWEEN_RE.search(text[max(a.char_start - 9, 0) : a.char_start])
            if (_TO_RE.match(joined) or (opened and _AND_RE.match(joined))) and a.start <= b.start:
                out.append(
                    DateMention(text[a.char_start : b.char_end], a.start, b.end, a.char_start, b.char_end)
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out
