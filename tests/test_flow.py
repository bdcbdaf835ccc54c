"""The real flow on a temp folder: samples plus bad files in, a warehouse readers can use out."""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pytest

from flows.ingest_news import ingest_news
from newsfacts.tables import PARTITION_SCHEMA, SCHEMAS
from newsfacts.warehouse import Warehouse

pytestmark = pytest.mark.usefixtures("prefect_backend")

BAD_FILES = {
    "empty.txt": (b"", "empty_file"),
    "no-header.txt": (b"Just a body, somebody forgot the header.", "missing_date_header"),
    "feb-30.txt": (b" date 2026-02-30 A body.", "impossible_date"),
    "future.txt": (b" date 2099-01-01 A body from the future.", "future_date"),
    "latin1.txt": (b" date 2025-01-01 Caf\xe9 society.", "not_utf8"),
    "header-only.txt": (b" date 2025-01-01 ", "empty_body"),
}


def snapshot(warehouse: Path) -> dict[str, bytes]:
    """Every file under the warehouse with its content, except the Data Docs reports (a run that loads
    files adds its page and rewrites the index of runs)."""
    return {
        str(p.relative_to(warehouse)): p.read_bytes()
        for p in sorted(warehouse.rglob("*"))
        if p.is_file() and p.relative_to(warehouse).parts[0] != "_data_docs"
    }


def table(warehouse: Path, name: str) -> list[dict]:
    return Warehouse(warehouse).read(name).to_pylist()


@pytest.fixture
def mixed_raw(raw_dir: Path) -> Path:
    for name, (data, _) in BAD_FILES.items():
        (raw_dir / name).write_bytes(data)
    first = sorted(raw_dir.glob("0*.txt"))[0]
    shutil.copy2(first, raw_dir / "zz-copy-of-first.txt")
    return raw_dir


def test_flow_loads_articles_quarantines_bad_files_and_loses_nothing(mixed_raw: Path, tmp_path: Path):
    warehouse = tmp_path / "warehouse"
    summary = ingest_news(str(mixed_raw), str(warehouse), processes=1)

    samples = sorted(p for p in mixed_raw.glob("0*.txt"))
    articles = {a["source_file"]: a for a in table(warehouse, "articles")}
    assert set(articles) == {p.name for p in samples}
    for sample in samples:
        row = articles[sample.name]
        assert row["article_id"] == hashlib.sha256(sample.read_bytes()).hexdigest()[:16]
        header_date = date.fromisoformat(sample.read_text()[6:16])
        assert row["published"] == header_date
        assert (row["year"], row["month"]) == (header_date.year, header_date.month)
        assert sample.read_text().endswith(row["body"])

    quarantine = {q["source_file"]: q for q in table(warehouse, "quarantine")}
    for name, (_, reason) in BAD_FILES.items():
        assert quarantine[name]["reason"] == reason
        assert quarantine[name]["stage"] == "parse"
        assert name in quarantine[name]["detail"]
    copy = quarantine["zz-copy-of-first.txt"]
    assert copy["reason"] == "duplicate_content" and samples[0].name in copy["detail"]

    every_file = {p.name for p in mixed_raw.iterdir()}
    assert set(articles) | set(quarantine) == every_file
    assert summary.files_seen == len(every_file)
    assert summary.articles_loaded == len(samples)
    assert summary.quarantined == len(BAD_FILES) + 1


def test_warehouse_reads_back_with_pyarrow_and_duckdb(raw_dir: Path, tmp_path: Path):
    warehouse = tmp_path / "warehouse"
    ingest_news(str(raw_dir), str(warehouse), processes=1)

    partitioning = ds.partitioning(PARTITION_SCHEMA, flavor="hive")
    dataset = ds.dataset(warehouse / "articles", format="parquet", partitioning=partitioning)
    data = dataset.to_table()
    assert data.num_rows == len(list(raw_dir.iterdir()))
    assert data.schema.field("published").type == SCHEMAS["articles"].field("published").type
    assert data.schema.field("ingested_at").type == SCHEMAS["articles"].field("ingested_at").type
    for path in (warehouse / "articles").rglob("*.parquet"):
        assert path.parent.name.startswith("month=") and path.parent.parent.name.startswith("year=")

    rows = duckdb.sql(
        f"SELECT source_file, published, year, month FROM read_parquet('{warehouse}/articles/**/*.parquet', "
        "hive_partitioning = true) ORDER BY source_file"
    ).fetchall()
    assert [r[0] for r in rows] == sorted(p.name for p in raw_dir.iterdir())
    assert all((r[2], r[3]) == (r[1].year, r[1].month) for r in rows)
    meta = duckdb.sql(
        f"SELECT DISTINCT compression FROM parquet_metadata('{warehouse}/articles/**/*.parquet')"
    ).fetchall()
    assert meta == [("ZSTD",)]


def test_second_run_writes_nothing_and_a_new_file_adds_only_its_rows(raw_dir: Path, tmp_path: Path):
    warehouse = tmp_path / "warehouse"
    ingest_news(str(raw_dir), str(warehouse), processes=1)
    before = snapshot(warehouse)

    again = ingest_news(str(raw_dir), str(warehouse), processes=1)
    assert again.files_new == 0 and sum(again.rows_written.values()) == 0
    assert snapshot(warehouse) == before

    touched = next(raw_dir.iterdir())
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    assert ingest_news(str(raw_dir), str(warehouse), processes=1).files_new == 0
    assert snapshot(warehouse) == before

    (raw_dir / "new.txt").write_text(" date 2024-05-06 KYIV, Ukraine. A new article arrived today.\n")
    third = ingest_news(str(raw_dir), str(warehouse), processes=1)
    assert third.files_new == 1 and third.articles_loaded == 1
    articles = table(warehouse, "articles")
    assert sorted(a["source_file"] for a in articles) == sorted(p.name for p in raw_dir.iterdir())
    assert {k: v for k, v in snapshot(warehouse).items() if k in before} == before
