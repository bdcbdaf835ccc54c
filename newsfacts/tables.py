"""The warehouse tables: explicit Arrow schemas (the contract in code) and row builders.

Every table is Hive-partitioned by `year`/`month` (int32). Those two columns live in the directory names,
not in the files; `PARTITIONING` is what readers pass to get them back typed.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pyarrow as pa

from newsfacts.events import event_columns
from newsfacts.extract.facts import ArticleFacts

TS = pa.timestamp("us", tz="UTC")
PARTITION_SCHEMA = pa.schema([("year", pa.int32()), ("month", pa.int32())])


def _field(name: str, type_: pa.DataType, doc: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={"description": doc})


_SPAN = [
    _field("char_start", pa.int32(), "start of the first mention in articles.body (Python str index)", False),
    _field("char_end", pa.int32(), "end of that mention, exclusive", False),
]
_ARTICLE_ID = _field("article_id", pa.string(), "the article the fact was extracted from", False)

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            _field(
                "article_id", pa.string(), "stable id: first 16 hex digits of the raw file's SHA-256", False
            ),
            _field(
                "source_file", pa.string(), "raw file name (no directory) it was first loaded from", False
            ),
            _field("published", pa.date32(), "publication date from the metadata header", False),
            _field(
                "body",
                pa.string(),
                "article text after the metadata header, line ends normalized to LF",
                False,
            ),
            _field("dateline_place", pa.string(), "opening dateline place, e.g. BAKU"),
            _field("dateline_country", pa.string(), "opening dateline country or state, e.g. Azerbaijan"),
            _field("agency", pa.string(), "news agency the text names as its source, e.g. Trend"),
            _field("anniversary_ordinal", pa.int32(), "'34th anniversary', '34 years ago' -> 34"),
            _field("anniversary_of_year", pa.int32(), "year of the event being marked, e.g. 1992"),
            _field("url", pa.string(), "the `url` header key, when the raw file has one"),
            _field("ingested_at", TS, "when the run that loaded it started", False),
            _field("pipeline_version", pa.string(), "newsfacts version that produced the row", False),
        ]
    ),
    "counts": pa.schema(
        [
            _ARTICLE_ID,
            _field(
                "category", pa.string(), "killed, injured, captured, missing, displaced, arrested, ...", False
            ),
            _field("value", pa.int64(), "the number, words resolved ('eight' -> 8)", False),
            _field("qualifier", pa.string(), "exact, at_least, approx, at_most", False),
            _field("subject", pa.string(), "plural noun counted: people, civilians, children, ...", False),
            *_SPAN,
            _field("text", pa.string(), "the count as written in the body"),
            _field(
                "event_start",
                pa.date32(),
                "first day of the event period the count is about (newsfacts/events.py); claims group on it",
            ),
            _field("event_end", pa.date32(), "last day of that event period"),
            _field(
                "event_period", pa.string(), "the event period as a label: 1992-02, 1992, or a recent day"
            ),
            _field(
                "event_basis",
                pa.string(),
                "how the event was dated: sentence, paragraph, anniversary, article or published",
            ),
        ]
    ),
    "persons": pa.schema(
        [
            _ARTICLE_ID,
            _field("name", pa.string(), "full name as written", False),
            _field("title", pa.string(), "stated role, e.g. first secretary of the Azerbaijani Embassy"),
            *_SPAN,
        ]
    ),
    "organizations": pa.schema(
        [_ARTICLE_ID, _field("name", pa.string(), "most complete form in the text", False), *_SPAN]
    ),
    "locations": pa.schema(
        [
            _ARTICLE_ID,
            _field("name", pa.string(), "country, city or region as written", False),
            _field("country_code", pa.string(), "ISO 3166-1 alpha-2 where known"),
            *_SPAN,
        ]
    ),
    "dates": pa.schema(
        [
            _ARTICLE_ID,
            _field("text", pa.string(), "the calendar expression as written", False),
            _field("start", pa.date32(), "first day of the range it names", False),
            _field("end", pa.date32(), "last day of the range (a day: start = end)", False),
            *_SPAN,
        ]
    ),
    "quarantine": pa.schema(
        [
            _field("source_file", pa.string(), "what was rejected: the raw file name", False),
            _field("stage", pa.string(), "parse, extract, validate, write", False),
            _field("reason", pa.string(), "machine-readable code, e.g. missing_date_header", False),
            _field("detail", pa.string(), "a sentence a person can act on", False),
            _field("quarantined_at", TS, "when it was rejected; the partition follows this", False),
            _field(
                "article_id", pa.string(), "content id of the raw file (or of the article the row belongs to)"
            ),
            _field("table_name", pa.string(), "validate stage: the table the failing row was bound for"),
            _field("expectation", pa.string(), "validate stage: the expectation that failed"),
            _field("failing_value", pa.string(), "validate stage: the offending value, as text"),
            _field("row_json", pa.string(), "validate stage: the whole failing row as JSON"),
        ]
    ),
    "source_files": pa.schema(
        [
            _field("source_file", pa.string(), "raw file name (no directory)", False),
            _field("content_sha256", pa.string(), "SHA-256 of the raw bytes", False),
            _field(
                "article_id",
                pa.string(),
                "content id: the article it became, or the quarantined content",
                False,
            ),
            _field("outcome", pa.string(), "loaded, quarantined or duplicate", False),
            _field("size_bytes", pa.int64(), "file size when read", False),
            _field(
                "mtime_ns",
                pa.int64(),
                "modification time when read; lets a re-run skip unchanged files",
                False,
            ),
            _field("seen_at", TS, "when the run that read it started; the partition follows this", False),
        ]
    ),
}

_CLAIM_REPORT = pa.struct(
    [
        _field("article_id", pa.string(), "the article stating the figure", False),
        _field("agency", pa.string(), "the agency it names as its source"),
        _field("source_file", pa.string(), "raw file the article was loaded from", False),
        _field("published", pa.date32(), "the article's publication date", False),
        _field("value", pa.int64(), "the figure as this article states it", False),
        _field("qualifier", pa.string(), "exact, at_least, approx, at_most", False),
        _field("subject", pa.string(), "the subject as this article words it, e.g. civilians", False),
        _field("text", pa.string(), "the count as written in the body"),
        _field("char_start", pa.int32(), "where the count starts in articles.body", False),
        _field(
            "event_basis",
            pa.string(),
            "how the event date was found: sentence, paragraph, anniversary, article or published",
            False,
        ),
    ]
)
SCHEMAS["claims"] = pa.schema(
    [
        _field("claim_id", pa.string(), "stable id: hash of category, subject and event period", False),
        _field("category", pa.string(), "killed, injured, captured, ... (as in counts)", False),
        _field(
            "subject",
            pa.string(),
            "counted group; people also covers civilians, residents, persons, demonyms",
            False,
        ),
        _field("event_start", pa.date32(), "first day of the event period the figure is about", False),
        _field("event_end", pa.date32(), "last day of that period", False),
        _field("event_period", pa.string(), "the period as a label: 1992-02, 1992, or a recent day", False),
        _field(
            "status",
            pa.string(),
            "agree, range (consistent bounds), conflict, or single (one article)",
            False,
        ),
        _field("value", pa.int64(), "the agreed figure, when the articles allow exactly one"),
        _field("low", pa.int64(), "lowest figure every article allows; null for a conflict"),
        _field(
            "high", pa.int64(), "highest figure every article allows; null for a conflict or no upper bound"
        ),
        _field("min_stated", pa.int64(), "smallest value stated", False),
        _field("max_stated", pa.int64(), "largest value stated", False),
        _field("n_articles", pa.int32(), "distinct articles stating it", False),
        _field(
            "n_sources",
            pa.int32(),
            "distinct agencies stating it (an article without one counts alone)",
            False,
        ),
        _field("article_ids", pa.list_(pa.string()), "the articles stating it, sorted", False),
        _field("reports", pa.list_(pa.field("report", _CLAIM_REPORT)), "each statement, oldest first", False),
    ]
)
"""Derived: regrouped from counts after each run that loads articles (newsfacts.claims); partitioned by the
year/month of `event_start`."""
CLAIMS_LOGIC_VERSION = "2"
"""Stamped in every claims file's metadata. Bump it when newsfacts/claims.py or newsfacts/events.py change
what a claim holds: the next run then rebuilds every claims partition, not only those with new counts."""
CLAIMS_LOGIC_KEY = "newsfacts.claims_logic"
SCHEMAS["claims"] = SCHEMAS["claims"].with_metadata({CLAIMS_LOGIC_KEY: CLAIMS_LOGIC_VERSION})

FACT_TABLES = ("counts", "persons", "organizations", "locations", "dates")
ARTICLE_FACT_FIELDS = (
    "dateline_place",
    "dateline_country",
    "agency",
    "anniversary_ordinal",
    "anniversary_of_year",
)
PARTITION_TIME_COLUMN = {"quarantine": "quarantined_at", "source_files": "seen_at"}
"""Tables partitioned by a timestamp rather than by the article's `published` date."""


def now_utc() -> datetime:
    return datetime.now(UTC)


def partition_keys(day: date | datetime) -> dict[str, int]:
    """The `year`/`month` partition values rows carry until the writer moves them into directory names."""
    return {"year": day.year, "month": day.month}


def fact_rows(article_id: str, body: str, published: date, facts: ArticleFacts) -> dict[str, list[dict]]:
    """The fact-table rows of one article, keyed by table name, in the article's partition."""
    part = partition_keys(published)
    rows = {
        table: [{"article_id": article_id, **dataclasses.asdict(f), **part} for f in getattr(facts, table)]
        for table in FACT_TABLES
    }
    counts = rows["counts"]
    events = event_columns(
        body,
        published,
        facts.anniversary_of_year,
        [row["char_start"] for row in counts],
        [(d.start, d.end, d.char_start) for d in facts.dates],
    )
    for row, event in zip(counts, events, strict=True):
        row["text"] = body[row["char_start"] : row["char_end"]]
        row.update(event)
    return rows


def batch_schema(table: str) -> pa.Schema:
    """A table's schema plus the `year`/`month` partition columns its rows carry until they are written."""
    return pa.unify_schemas([SCHEMAS[table], PARTITION_SCHEMA])


def to_arrow(table: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts carrying `year`/`month`) to an Arrow table of the table's batch schema."""
    return pa.Table.from_pylist(rows, schema=batch_schema(table))
