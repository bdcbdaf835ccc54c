"""Which event a count is about: each count's event period, found from its own article alone.

Commemorations state old figures ("613 people were killed") paragraphs away from the date, so each count
gets the date of its event by the first rule that applies:
1. `sentence`: the nearest past date mention in the same sentence;
2. `paragraph`: the nearest past date mention in the same paragraph;
3. `anniversary`: the article marks an anniversary: its most specific past date mention in that year, else
   the year itself;
4. `article`: every past date mention of the article falls in one month: that one;
5. `published`: none of the above: the count is news of the day, dated by publication.
"Past" means ending before the publication day (the dateline's "March 2" is not an event date).
A day within a week before publication dates a recent event to the day (so "Tuesday's quake" meets an
undated report published that Tuesday); older events are dated to their month, or to their year when the
mention spans months.

Computed once, when an article's rows are built (`newsfacts.tables.fact_rows`), and stored with the count
(`counts.event_start`, `event_end`, `event_period`, `event_basis`), so grouping counts into claims never
needs an article body again.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

RECENT_DAYS = 7
BASES = ("sentence", "paragraph", "anniversary", "article", "published")

_QUOTES_CLOSE = "\"'\u201d\u2019)\\]"
_QUOTES_OPEN = "\"'\u201c\u2018(\\["
_SENTENCE_END = re.compile(rf"[.!?][{_QUOTES_CLOSE}]*\s+(?=[{_QUOTES_OPEN}]?[A-Z])|\n+")
_ABBREVIATION = re.compile(
    r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|St|Gen|Lt|Col|Capt|Sgt|Gov|Sen|Rep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec|No|Vol|vs|etc|Inc|Ltd|Co|Corp)\.$"
)


@dataclass(frozen=True)
class EventPeriod:
    """The stretch of calendar an event is dated to, at day, month or year resolution."""

    start: date
    end: date
    label: str

    @property
    def is_year_level(self) -> bool:
        return self.label.isdigit() and len(self.label) == 4


@dataclass(frozen=True)
class _Mention:
    start: date
    end: date
    char_start: int


def sentence_bounds(body: str) -> list[int]:
    """Start offsets of the sentences of `body` (a cheap splitter: good enough to scope a date)."""
    starts = [0]
    for match in _SENTENCE_END.finditer(body):
        if match.group().startswith("\n") or not _ABBREVIATION.search(
            body[max(0, match.start() - 7) : match.start() + 1]
        ):
            starts.append(match.end())
    return starts


def paragraph_bounds(body: str) -> list[int]:
    """Start offsets of the paragraphs (lines) of `body`."""
    return [0] + [m.end() for m in re.finditer(r"\n+", body)]


def period_of(start: date, end: date, published: date) -> EventPeriod:
    """The event period a date mention names: a recent day, else its month, else its year(s)."""
    if start == end and published - timedelta(days=RECENT_DAYS) <= start < published:
        return EventPeriod(start, end, start.isoformat())
    if (start.year, start.month) == (end.year, end.month):
        first = start.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return EventPeriod(first, last, f"{start:%Y-%m}")
    if start.year == end.year:
        return year_period(start.year)
    return EventPeriod(date(start.year, 1, 1), date(end.year, 12, 31), f"{start.year}-{end.year}")


def year_period(year: int) -> EventPeriod:
    return EventPeriod(date(year, 1, 1), date(year, 12, 31), str(year))


def _nearest(mentions: list[_Mention], lo: int, hi: int, at: int) -> _Mention | None:
    inside = [m for m in mentions if lo <= m.char_start < hi]
    return min(inside, key=lambda m: (abs(m.char_start - at), m.char_start)) if inside else None


def _segment(starts: list[int], at: int, length: int) -> tuple[int, int]:
    i = bisect_right(starts, at) - 1
    return starts[i], starts[i + 1] if i + 1 < len(starts) else length


def event_periods(
    body: str,
    published: date,
    anniversary_of_year: int | None,
    counts_at: list[int],
    dates: Iterable[tuple[date, date, int]],
) -> list[tuple[EventPeriod, str]]:
    """The event period and the rule that found it (its basis) for each count starting at `counts_at`."""
    past = sorted(
        (_Mention(start, end, char_start) for start, end, char_start in dates if end < published),
        key=lambda m: m.char_start,
    )
    paragraphs = paragraph_bounds(body)

    article_level: tuple[EventPeriod, str]
    in_year = [m for m in past if m.start.year == anniversary_of_year]
    if anniversary_of_year is not None and anniversary_of_year < published.year:
        best = min(in_year, key=lambda m: (m.end - m.start, m.char_start)) if in_year else None
        period = period_of(best.start, best.end, published) if best else year_period(anniversary_of_year)
        article_level = (period, "anniversary")
    elif past and len({(m.start.year, m.start.month, m.end.year, m.end.month) for m in past}) == 1:
        best = min(past, key=lambda m: (m.end - m.start, m.char_start))
        article_level = (period_of(best.start, best.end, published), "article")
    else:
        article_level = (EventPeriod(published, published, published.isoformat()), "published")

    found = []
    sentences_of: dict[int, list[int]] = {}  # paragraph start -> its sentence starts, split only when needed
    for at in counts_at:
        lo, hi = _segment(paragraphs, at, len(body))
        in_paragraph = [m for m in past if lo <= m.char_start < hi]
        if not in_paragraph:
            found.append(article_level)
            continue
        if lo not in sentences_of:
            sentences_of[lo] = [lo + start for start in sentence_bounds(body[lo:hi])]
        s_lo, s_hi = _segment(sentences_of[lo], at, hi)
        in_sentence = _nearest(in_paragraph, s_lo, s_hi, at)
        mention = in_sentence or _nearest(in_paragraph, lo, hi, at)
        basis = "sentence" if in_sentence else "paragraph"
        found.append((period_of(mention.start, mention.end, published), basis))
    return found


def event_columns(
    body: str,
    published: date,
    anniversary_of_year: int | None,
    counts_at: list[int],
    dates: Iterable[tuple[date, date, int]],
) -> list[dict[str, date | str]]:
    """The `counts.event_*` values of the counts starting at `counts_at` (see `event_periods`)."""
    return [
        {
            "event_start": period.start,
            "event_end": period.end,
            "event_period": period.label,
            "event_basis": basis,
        }
        for period, basis in event_periods(body, published, anniversary_of_year, counts_at, dates)
    ]
