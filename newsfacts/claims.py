"""Claims: the same figure as reported across articles, grouped, with whether the sources agree.

A claim is one (category, subject, event period): "killed / people / 1992-02" gathers every count of people
killed in the events of February 1992, whichever article states it. Its `reports` keep each statement
(article, agency, value, qualifier, text) so nothing is averaged away. Which event a count is about is
decided from its own article at extraction (newsfacts/events.py, stored as `counts.event_*`); a year-level
event joins the one month-level claim of that year with the same category and subject, when there is one.

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
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newsfacts.events import EventPeriod, event_columns
from newsfacts.sql import quote, to_arrow
from newsfacts.tables import CLAIMS_LOGIC_KEY, CLAIMS_LOGIC_VERSION, SCHEMAS, batch_schema, partition_keys
from newsfacts.warehouse import Warehouse, partition_of

if TYPE_CHECKING:
    import duckdb

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
STATUSES = ("agree", "range", "conflict", "single")
EVENT_COLUMNS = ["event_start", "event_end", "event_period", "event_basis"]
STATEMENT_COLUMNS = [
    "article_id",
    "category",
    "value",
    "qualifier",
    "subject",
    "char_start",
    "text",
    *EVENT_COLUMNS,
]
"""What claims read of `counts`."""
ARTICLE_COLUMNS = ["article_id", "agency", "source_file", "published"]
"""What claims read of `articles`: never the body (events are already on the counts)."""
REPORT_FIELDS = [
    "article_id",
    "agency",
    "source_file",
    "published",
    "value",
    "qualifier",
    "subject",
    "text",
    "char_start",
    "event_basis",
]
"""What each statement of a claim keeps in its `reports`."""
DUCKDB_MEMORY_LIMIT = "256MB"
"""DuckDB's working memory for regrouping claims; beyond it, it spills to disk."""
_SQL_TYPES = {pa.string(): "VARCHAR", pa.date32(): "DATE", pa.int64(): "BIGINT", pa.int32(): "INTEGER"}
_KEY_COLUMNS = ["category", "claim_subject", "event_start", "event_end", "event_period"]
_CLAIM_KEY_SCHEMA = pa.schema(
    [
        ("category", pa.string()),
        ("claim_subject", pa.string()),
        ("event_start", pa.date32()),
        ("event_end", pa.date32()),
        ("event_period", pa.string()),
        ("claim_start", pa.date32()),
        ("claim_end", pa.date32()),
        ("claim_period", pa.string()),
        ("claim_id", pa.string()),
        ("year", pa.int32()),
        ("month", pa.int32()),
    ]
)


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


def claim_id(category: str, subject: str, period: EventPeriod) -> str:
    """Stable id of a claim: the same category, subject and event period always get the same id."""
    key = f"{category}|{subject}|{period.start.isoformat()}|{period.end.isoformat()}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def build_claims(articles: pa.Table, counts: pa.Table, dates: pa.Table | None = None) -> pa.Table:
    """The whole claims table (in `tables.batch_schema("claims")`) from `articles` and `counts`.

    `articles` needs article_id, agency, source_file and published. Counts without event columns (written
    before they existed) are dated here from their article, which also needs its body, anniversary_of_year
    and the `dates` table.
    """
    with _connect() as con:
        con.register("counts", with_events(counts, articles, dates))
        con.register("articles_in", articles.select(ARTICLE_COLUMNS))
        _define_statements(con)
        parts = [claims_of(part) for _, part in statements_by_partition(con)]
    return pa.concat_tables(parts) if parts else batch_schema("claims").empty_table()


def with_events(counts: pa.Table, articles: pa.Table, dates: pa.Table | None) -> pa.Table:
    """`counts` (STATEMENT_COLUMNS) with every event column filled: rows that lack them get them from their
    article's body and date mentions, as extraction would have (newsfacts.events)."""
    for name in EVENT_COLUMNS:
        if name not in counts.column_names:
            counts = counts.append_column(name, pa.nulls(counts.num_rows, SCHEMAS["counts"].field(name).type))
    counts = counts.select(STATEMENT_COLUMNS)
    undated = pc.is_null(counts["event_start"])
    if not pc.any(undated).as_py():
        return counts
    rows = counts.filter(undated).to_pylist()
    ids = pa.array(sorted({row["article_id"] for row in rows}), pa.string())
    sources = {
        a["article_id"]: a
        for a in articles.filter(pc.is_in(articles["article_id"], value_set=ids))
        .select(["article_id", "published", "body", "anniversary_of_year"])
        .to_pylist()
    }
    mentions: dict[str, list[tuple[date, date, int]]] = defaultdict(list)
    if dates is not None:
        for m in dates.filter(pc.is_in(dates["article_id"], value_set=ids)).to_pylist():
            mentions[m["article_id"]].append((m["start"], m["end"], m["char_start"]))
    by_article: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_article[row["article_id"]].append(row)
    for article_id, of_article in by_article.items():
        article = sources.get(article_id)
        if article is None:
            continue  # not a loaded article: its counts make no statement anyway
        events = event_columns(
            article["body"],
            article["published"],
            article["anniversary_of_year"],
            [row["char_start"] for row in of_article],
            mentions[article_id],
        )
        for row, event in zip(of_article, events, strict=True):
            row.update(event)
    return pa.concat_tables(
        [counts.filter(pc.invert(undated)), pa.Table.from_pylist(rows, schema=counts.schema)]
    )


@contextmanager
def _connect() -> Iterator[duckdb.DuckDBPyConnection]:
    """A DuckDB connection that keeps claims work out of core: its working memory stays under
    `DUCKDB_MEMORY_LIMIT` whatever the warehouse's size, spilling to a temporary folder beyond it."""
    import duckdb

    with tempfile.TemporaryDirectory(prefix="newsfacts-claims-") as spill:
        con = duckdb.connect(
            ":memory:",
            config={"memory_limit": DUCKDB_MEMORY_LIMIT, "temp_directory": spill, "threads": 2},
        )
        try:
            yield con
        finally:
            con.close()


def _define_statements(con: duckdb.DuckDBPyConnection) -> None:
    """Define the view `statements`: each count of a loaded article with its source (agency, source_file,
    published) and the claim it belongs to (`claim_subject`, `claim_start`/`claim_end`/`claim_period`,
    `claim_id`) with that claim's partition (`year`, `month`).

    Reads the relations `counts` (STATEMENT_COLUMNS, events filled) and `articles_in` (ARTICLE_COLUMNS).
    Python only touches the distinct subjects and claim keys, never one row per count.
    """
    con.execute(
        "CREATE TEMP TABLE articles AS SELECT article_id, first(agency) AS agency, "
        "first(source_file) AS source_file, first(published) AS published FROM articles_in GROUP BY article_id"
    )
    subjects = [
        s for (s,) in con.sql("SELECT DISTINCT subject FROM counts WHERE subject IS NOT NULL").fetchall()
    ]
    subject_map = pa.table(
        {
            "subject": pa.array(subjects, pa.string()),
            "claim_subject": [normalize_subject(s) for s in subjects],
        }
    )
    con.register("subject_map", subject_map)
    con.execute(
        "CREATE TEMP VIEW loaded_counts AS SELECT c.*, m.claim_subject FROM counts AS c "
        "JOIN subject_map AS m USING (subject) SEMI JOIN articles AS a USING (article_id)"
    )
    keys = to_arrow(con.sql(f"SELECT DISTINCT {', '.join(_KEY_COLUMNS)} FROM loaded_counts"))
    con.register("claim_keys", _claim_keys(keys))
    on = " AND ".join(f"k.{c} = c.{c}" for c in _KEY_COLUMNS)
    con.execute(
        "CREATE TEMP VIEW statements AS SELECT k.year, k.month, k.claim_id, c.category, c.claim_subject, "
        "k.claim_start, k.claim_end, k.claim_period, c.article_id, a.agency, a.source_file, a.published, "
        "c.value, c.qualifier, c.subject, c.text, c.char_start, c.event_basis "
        f"FROM loaded_counts AS c JOIN claim_keys AS k ON {on} JOIN articles AS a USING (article_id)"
    )


def statements_by_partition(
    con: duckdb.DuckDBPyConnection, only: set[tuple[int, int]] | None = None
) -> Iterator[tuple[tuple[int, int], pa.Table]]:
    """The `statements` view, one claims partition at a time (all partitions, or those in `only`).

    DuckDB writes the statements to a temporary folder partitioned by year and month (streaming, within its
    memory limit); each partition is then read back alone, so memory follows the largest partition, not the
    warehouse.
    """
    where = ""
    if only is not None:
        wanted = pa.table({"key": pa.array([y * 100 + m for y, m in sorted(only)], pa.int64())})
        con.register("wanted_partitions", wanted)
        where = " WHERE year * 100 + month IN (SELECT key FROM wanted_partitions)"
    with tempfile.TemporaryDirectory(prefix="newsfacts-statements-") as folder:
        target = Path(folder) / "statements"
        con.execute(
            f"COPY (SELECT * FROM statements{where}) TO {quote(target.as_posix())} "
            "(FORMAT parquet, PARTITION_BY (year, month))"
        )
        parts = sorted((partition_of(d), d) for d in target.glob("year=*/month=*") if d.is_dir())
        for key, part in parts:
            yield key, pq.read_table(part)


def _file_list(files: list[Path]) -> str:
    """Parquet files as an SQL list literal, for read_parquet and parquet_schema."""
    return "[" + ", ".join(quote(f.as_posix()) for f in files) + "]"


def _parquet_scan(
    con: duckdb.DuckDBPyConnection, warehouse: Warehouse, table: str, columns: list[str]
) -> str:
    """SQL reading `columns` of a warehouse table with DuckDB's own Parquet reader (which stays within its
    memory limit); a column no file has yet (written before it existed) reads as typed nulls."""
    files = warehouse.files(table)
    if not files:
        con.register(f"empty_{table}", SCHEMAS[table].empty_table())
        return f"(SELECT {', '.join(columns)} FROM empty_{table})"
    listing = _file_list(files)
    present = {name for (name,) in con.sql(f"SELECT DISTINCT name FROM parquet_schema({listing})").fetchall()}
    select = [
        name if name in present else f"CAST(NULL AS {_SQL_TYPES[SCHEMAS[table].field(name).type]}) AS {name}"
        for name in columns
    ]
    return f"(SELECT {', '.join(select)} FROM read_parquet({listing}, union_by_name = true))"


def _claim_keys(keys: pa.Table) -> pa.Table:
    """For each distinct (category, claim_subject, event period): the claim it joins. A year-level period
    joins the one month-level claim of that year with the same category and subject, when there is one."""
    rows = keys.to_pylist()
    months: dict[tuple[str, str, int], list[EventPeriod]] = defaultdict(list)
    for row in rows:
        period = _period(row)
        if not period.is_year_level and period.start.year == period.end.year and len(period.label) == 7:
            months[(row["category"], row["claim_subject"], period.start.year)].append(period)
    for row in rows:
        period = _period(row)
        if period.is_year_level:
            candidates = months.get((row["category"], row["claim_subject"], period.start.year), [])
            period = candidates[0] if len(candidates) == 1 else period
        row.update(
            claim_start=period.start,
            claim_end=period.end,
            claim_period=period.label,
            claim_id=claim_id(row["category"], row["claim_subject"], period),
            **partition_keys(period.start),
        )
    return pa.Table.from_pylist(rows, schema=_CLAIM_KEY_SCHEMA)


def _period(row: dict) -> EventPeriod:
    return EventPeriod(row["event_start"], row["event_end"], row["event_period"])


def claims_of(statements: pa.Table) -> pa.Table:
    """Claim rows (batch schema) from rows of the `statements` view (see `_define_statements`)."""
    groups: dict[tuple[str, str, EventPeriod], list[dict]] = defaultdict(list)
    for row in statements.to_pylist():
        period = EventPeriod(row["claim_start"], row["claim_end"], row["claim_period"])
        groups[(row["category"], row["claim_subject"], period)].append({k: row[k] for k in REPORT_FIELDS})
    return pa.Table.from_pylist(
        [_claim_row(key, reports) for key, reports in sorted(groups.items(), key=_group_order)],
        schema=batch_schema("claims"),
    )


def _group_order(item: tuple[tuple[str, str, EventPeriod], list[dict]]) -> tuple:
    (category, subject, period), _ = item
    return category, subject, period.start, period.end


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
    """Regroup the warehouse's counts into claims and atomically replace the claims partitions that changed.

    Derived data, kept current incrementally: a partition is rebuilt only when the statements it should hold
    differ from those its files hold (or its files predate CLAIMS_LOGIC_VERSION); an unchanged partition
    keeps its file, so a rebuild with nothing new changes nothing on disk. Memory does not grow with the
    warehouse: DuckDB scans a few columns of `counts` and `articles` (never a body) out of core, and only
    stale partitions become Python rows, one partition at a time, each staged before the next is read.
    Returns the number of claim rows written. Call under the run lock.
    """
    warehouse = Warehouse(warehouse_root)
    if warehouse.resume(txn):
        return 0  # an earlier attempt passed its commit point: now published
    with _connect() as con:
        con.execute(
            f"CREATE TEMP VIEW stored_counts AS {_parquet_scan(con, warehouse, 'counts', STATEMENT_COLUMNS)}"
        )
        con.execute(
            f"CREATE TEMP VIEW articles_in AS {_parquet_scan(con, warehouse, 'articles', ARTICLE_COLUMNS)}"
        )
        con.register("redated", _redated_counts(con, warehouse))
        con.execute(
            "CREATE TEMP VIEW counts AS SELECT * FROM stored_counts WHERE event_start IS NOT NULL "
            "UNION ALL SELECT * FROM redated"
        )
        _define_statements(con)
        stale = stale_partitions(con, warehouse)
        if not stale:
            return 0
        written = 0
        for _, part in statements_by_partition(con, stale):
            claims = claims_of(part)
            warehouse.stage(txn, {"claims": claims})
            written += claims.num_rows
    warehouse.publish(txn, replaces=[f for f in warehouse.files("claims") if partition_of(f) in stale])
    return written


def _redated_counts(con: duckdb.DuckDBPyConnection, warehouse: Warehouse) -> pa.Table:
    """Counts written before events were stored on them, dated from their articles (usually none)."""
    undated = to_arrow(con.sql("SELECT * FROM stored_counts WHERE event_start IS NULL"))
    if not undated.num_rows:
        return undated
    only = pc.field("article_id").isin(pc.unique(undated["article_id"]))
    return with_events(
        undated,
        warehouse.read("articles", [*ARTICLE_COLUMNS, "body", "anniversary_of_year"], only),
        warehouse.read("dates", ["article_id", "start", "end", "char_start"], only),
    )


def stale_partitions(con: duckdb.DuckDBPyConnection, warehouse: Warehouse) -> set[tuple[int, int]]:
    """Claims partitions whose files do not hold exactly the statements they should.

    Compared by a fingerprint per partition (row count and the sum of a hash of each statement), computed by
    DuckDB over the `statements` view and over the `reports` already in the claims files; files written by
    another CLAIMS_LOGIC_VERSION make their partition stale too.
    """
    expected = _fingerprints(
        con,
        "SELECT year, month, claim_id, category, article_id, char_start, value, qualifier, subject "
        "FROM statements",
    )
    files = warehouse.files("claims")
    if not files:
        return set(expected)
    listing = _file_list(files)
    existing = _fingerprints(
        con,
        f"SELECT c.year, c.month, c.claim_id, c.category, r.article_id, r.char_start, r.value, r.qualifier, "
        f"r.subject FROM read_parquet({listing}, hive_partitioning = true, "
        "hive_types = {'year': INTEGER, 'month': INTEGER}) AS c, unnest(c.reports) AS t(r)",
    )
    stamped = {
        name
        for (name,) in con.sql(
            f"SELECT file_name FROM parquet_kv_metadata({listing}) "
            f"WHERE decode(key) = '{CLAIMS_LOGIC_KEY}' AND decode(value) = '{CLAIMS_LOGIC_VERSION}'"
        ).fetchall()
    }
    outdated = {partition_of(f) for f in files if f.as_posix() not in stamped}
    return {p for p in expected.keys() | existing.keys() if expected.get(p) != existing.get(p)} | outdated


def _fingerprints(con: duckdb.DuckDBPyConnection, rows_sql: str) -> dict[tuple[int, int], tuple[int, int]]:
    """(year, month) -> (statements, sum of their hashes) for the statements `rows_sql` selects."""
    return {
        (year, month): (n, total)
        for year, month, n, total in con.sql(
            f"SELECT year, month, count(*), sum(hash(claim_id, category, article_id, char_start, value, "
            f"qualifier, subject)::HUGEINT) FROM ({rows_sql}) GROUP BY year, month"
        ).fetchall()
    }
