"""Claims: the same figure as reported across articles, grouped, with whether the sources agree.

A claim is one (category, subject, event period): "killed / people / 1992-02" gathers every count of people
killed in the events of February 1992, whichever article states it. Its `reports` keep each statement
(article, agency, value, qualifier, text) so nothing is averaged away.

Which event a count is about. Commemorations state old figures ("613 people were killed") paragraphs away
from the date, so each count gets the date of its event by the first rule that applies:
1. `sentence`: the nearest past date mention in the same sentence;
2. `paragraph`: the nearest past date mention in the same paragraph;
3. `anniversary`: the article marks an anniversary: its most specific past date mention in that year, else
   the year itself;
4. `article`: every past date mention of the article falls in one month: that one;
5. `published`: none of the above: the count is news of the day, dated by publication.
"Past" means ending before the publication day (the dateline's "March 2" is not an event date).
A day within a week before publication dates a recent event to the day (so "Tuesday's quake" meets an
undated report published that Tuesday); older events are dated to their month, or to their year when the
mention spans months; a year-level report joins the one month-level claim of that year with the same
category and subject when there is exactly one.

Subjects: the general nouns for people (people, civilians, residents, persons, victims, ...) and
capitalized demonyms (Azerbaijanis) count the same population and are grouped as `people`; narrower groups
(children, women, soldiers, families) stay their own claims.

Agreement. Each statement allows a range of true figures: exact v -> [v, v]; at_least v -> [v, inf);
at_most v -> [0, v]; approx v -> [0.9 v, 1.1 v]. One article may state several figures for one claim
("130 children lost one parent, and 25 lost both"): those are different facts, not a contradiction, so an
article allows any figure one of its statements allows. A claim's status:
- `conflict`: no figure is allowed by every article (613 vs 612; exact 800 vs at_least 1000);
- `single`: stated by one article only;
- `agree`: every article states the same figures with the same qualifiers;
- `range`: consistent but stated differently ("1275 taken captive" and "over a thousand").
`low`/`high` bound the figures every article allows (null for a conflict; `high` null if unbounded) and
`value` is the agreed figure when that is exactly one number.
"""

from __future__ import annotations

import hashlib
import math
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from newsfacts.tables import SCHEMAS, partition_keys

PEOPLE_NOUNS = frozenset(
    {
        "people",
        "persons",
        "person",
        "civilians",
        "residents",
        "inhabitants",
        "individuals",
        "citizens",
        "victims",
        "lives",
        "souls",
        "population",
    }
)
APPROX_TOLERANCE = 0.10
RECENT_DAYS = 7
STATUSES = ("agree", "range", "conflict", "single")

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


def normalize_subject(subject: str) -> str:
    """Group the nouns that count the same people: civilians, residents, Azerbaijanis -> people."""
    word = subject.strip()
    if word.lower() in PEOPLE_NOUNS or (word[:1].isupper() and word.endswith("s") and " " not in word):
        return "people"
    return word.lower()


def statement_bounds(value: int, qualifier: str) -> tuple[int, float]:
    """The true figures a statement allows, as an inclusive [low, high] (high may be infinite)."""
    if qualifier == "at_least":
        return value, math.inf
    if qualifier == "at_most":
        return 0, value
    if qualifier == "approx":
        return math.floor(value * (1 - APPROX_TOLERANCE)), math.ceil(value * (1 + APPROX_TOLERANCE))
    return value, value


def agreement(statements: list[tuple[str, int, str]]) -> tuple[str, int | None, int | None]:
    """Status, low and high of (article_id, value, qualifier) statements: see the module docstring."""
    allowed: dict[str, list[tuple[int, float]]] = defaultdict(list)
    stated: dict[str, set[tuple[int, str]]] = defaultdict(set)
    for article, value, qualifier in statements:
        allowed[article].append(statement_bounds(value, qualifier))
        stated[article].add((value, qualifier))
    # The figures every article allows form closed intervals whose ends are statement ends: test those.
    ends = sorted({end for spans in allowed.values() for span in spans for end in span if end != math.inf})
    beyond = ends[-1] + 1  # stands for "any larger figure"
    feasible = [
        x
        for x in [*ends, beyond]
        if all(any(lo <= x <= hi for lo, hi in spans) for spans in allowed.values())
    ]
    if not feasible:
        return "conflict", None, None
    low, high = feasible[0], (None if feasible[-1] == beyond else feasible[-1])
    if len(allowed) == 1:
        return "single", low, high
    if len({frozenset(s) for s in stated.values()}) == 1:
        return "agree", low, high
    return "range", low, high


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


def claim_id(category: str, subject: str, period: EventPeriod) -> str:
    """Stable id of a claim: the same category, subject and event period always get the same id."""
    key = f"{category}|{subject}|{period.start.isoformat()}|{period.end.isoformat()}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def build_claims(articles: pa.Table, counts: pa.Table, dates: pa.Table) -> pa.Table:
    """The claims table (in `tables.batch_schema("claims")`) from whole `articles`, `counts` and `dates`.

    `articles` needs article_id, published, body, agency, source_file and anniversary_of_year.
    """
    count_rows = counts.select(
        ["article_id", "category", "value", "qualifier", "subject", "char_start", "char_end", "text"]
    ).to_pylist()
    wanted = {row["article_id"] for row in count_rows}
    # Only articles that state a count matter: filter in Arrow before bodies become Python strings.
    with_counts = articles.filter(
        pc.is_in(articles["article_id"], value_set=pa.array(sorted(wanted), pa.string()))
    )
    by_article = {
        row["article_id"]: row
        for row in with_counts.select(
            ["article_id", "published", "body", "agency", "source_file", "anniversary_of_year"]
        ).to_pylist()
    }
    mentions: dict[str, list[tuple[date, date, int]]] = defaultdict(list)
    for row in dates.select(["article_id", "start", "end", "char_start"]).to_pylist():
        if row["article_id"] in wanted:
            mentions[row["article_id"]].append((row["start"], row["end"], row["char_start"]))
    counts_of: dict[str, list[dict]] = defaultdict(list)
    for row in count_rows:
        if row["article_id"] in by_article:  # facts of an article that is not loaded are not claims
            counts_of[row["article_id"]].append(row)

    groups: dict[tuple[str, str, EventPeriod], list[dict]] = defaultdict(list)
    for article_id, rows in sorted(counts_of.items()):
        article = by_article[article_id]
        periods = event_periods(
            article["body"],
            article["published"],
            article["anniversary_of_year"],
            [row["char_start"] for row in rows],
            mentions[article_id],
        )
        for row, (period, basis) in zip(rows, periods, strict=True):
            report = {
                "article_id": article_id,
                "agency": article["agency"],
                "source_file": article["source_file"],
                "published": article["published"],
                "value": row["value"],
                "qualifier": row["qualifier"],
                "subject": row["subject"],
                "text": row["text"],
                "char_start": row["char_start"],
                "event_basis": basis,
            }
            groups[(row["category"], normalize_subject(row["subject"]), period)].append(report)

    _fold_years_into_months(groups)
    return pa.Table.from_pylist(
        [_claim_row(key, reports) for key, reports in sorted(groups.items(), key=_group_order)],
        schema=pa.unify_schemas(
            [SCHEMAS["claims"], pa.schema([("year", pa.int32()), ("month", pa.int32())])]
        ),
    )


def _group_order(item: tuple[tuple[str, str, EventPeriod], list[dict]]) -> tuple:
    (category, subject, period), _ = item
    return category, subject, period.start, period.end


def _fold_years_into_months(groups: dict[tuple[str, str, EventPeriod], list[dict]]) -> None:
    """Move year-level reports into the single month-level claim of that year, when there is one."""
    for key in [k for k in groups if k[2].is_year_level]:
        category, subject, period = key
        months = [
            k[2]
            for k in groups
            if k[:2] == (category, subject)
            and not k[2].is_year_level
            and k[2].start.year == k[2].end.year == period.start.year
            and len(k[2].label) == 7
        ]
        if len(months) == 1:
            groups[(category, subject, months[0])].extend(groups.pop(key))


def _claim_row(key: tuple[str, str, EventPeriod], reports: list[dict]) -> dict:
    category, subject, period = key
    reports = sorted(reports, key=lambda r: (r["published"], r["article_id"], r["char_start"]))
    status, low, high = agreement([(r["article_id"], r["value"], r["qualifier"]) for r in reports])
    article_ids = sorted({r["article_id"] for r in reports})
    sources = {r["agency"] or f"article:{r['article_id']}" for r in reports}
    values = [r["value"] for r in reports]
    return {
        "claim_id": claim_id(category, subject, period),
        "category": category,
        "subject": subject,
        "event_start": period.start,
        "event_end": period.end,
        "event_period": period.label,
        "status": status,
        "value": low if low is not None and low == high else None,
        "low": low,
        "high": high,
        "min_stated": min(values),
        "max_stated": max(values),
        "n_articles": len(article_ids),
        "n_sources": len(sources),
        "article_ids": article_ids,
        "reports": reports,
        **partition_keys(period.start),
    }


def rebuild_claims(warehouse_root: str | Path, txn: str) -> int:
    """Recompute claims from the whole warehouse and publish the partitions that changed, atomically.

    Derived data: the previous claims files of a changed partition are replaced in the same commit; an
    unchanged partition keeps its file, so a rebuild with nothing new changes nothing on disk.
    Returns the number of claim rows written. Call under the run lock.
    """
    import pyarrow.parquet as pq

    from newsfacts.warehouse import Warehouse

    warehouse = Warehouse(warehouse_root)
    article_columns = ["article_id", "published", "body", "agency", "source_file", "anniversary_of_year"]
    claims = build_claims(
        warehouse.read("articles", article_columns), warehouse.read("counts"), warehouse.read("dates")
    )
    old_files: dict[tuple[int, int], list[Path]] = defaultdict(list)
    for f in warehouse.files("claims"):
        old_files[(int(f.parent.parent.name[5:]), int(f.parent.name[6:]))].append(f)

    changed: dict[tuple[int, int], pa.Table] = {}
    new_keys = set(zip(claims["year"].to_pylist(), claims["month"].to_pylist(), strict=True))
    for year, month in sorted(new_keys):
        part = claims.filter((pc.field("year") == year) & (pc.field("month") == month))
        files = old_files.get((year, month), [])
        if len(files) == 1:
            old = pq.read_table(files[0], schema=SCHEMAS["claims"]).sort_by("claim_id")
            if old.equals(part.drop_columns(["year", "month"]).sort_by("claim_id")):
                continue
        changed[(year, month)] = part
    replaces = [f for key, files in old_files.items() if key in changed or key not in new_keys for f in files]
    if not changed and not replaces:
        return 0
    data = pa.concat_tables(changed.values()) if changed else claims.schema.empty_table()
    return warehouse.commit(txn, {"claims": data}, replaces=replaces)["claims"]
