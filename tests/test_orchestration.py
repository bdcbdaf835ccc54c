"""Orchestration: cached extraction across runs, IO retries, Dask scale-out, fsspec locations."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path

import fsspec
import pyarrow as pa
import pytest

import flows.ingest_news
import newsfacts.extract.batch
from flows.ingest_news import ingest_news, task_runner
from newsfacts import orchestration
from newsfacts.orchestration import RESULTS_DIR, extraction_cache_key
from newsfacts.storage import UnsupportedLocation, warehouse_path
from newsfacts.tables import SCHEMAS
from newsfacts.warehouse import Warehouse
from tasks.write import write_batch

REPO = Path(__file__).resolve().parent.parent
SAMPLES = sorted((REPO / "raw").glob("*.txt"))


def article(body: str, published: date = date(2025, 3, 1), **stamps: object) -> dict:
    return {"body": body, "published": published, **stamps}


def test_extraction_cache_key_follows_content_and_code_not_names_or_run_stamps(monkeypatch):
    batch = [article("BAKU. Ten people were injured.", source_file="a.txt", ingested_at=1)]
    same_content_elsewhere = [article("BAKU. Ten people were injured.", source_file="b.txt", ingested_at=2)]
    assert extraction_cache_key(batch) == extraction_cache_key(same_content_elsewhere)

    assert extraction_cache_key(batch) != extraction_cache_key([article("BAKU. Ten people were killed.")])
    assert extraction_cache_key(batch) != extraction_cache_key(
        [article("BAKU. Ten people were injured.", date(2025, 3, 2))]
    )
    before_upgrade = extraction_cache_key(batch)
    monkeypatch.setattr(orchestration, "code_version", lambda: "a new extraction rule")
    assert extraction_cache_key(batch) != before_upgrade


def test_editing_extraction_code_changes_the_code_version(tmp_path: Path, monkeypatch):
    sources = tmp_path / "extract"
    shutil.copytree(orchestration.EXTRACT_SOURCES, sources, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(orchestration, "EXTRACT_SOURCES", sources)
    before = orchestration.code_version.__wrapped__()
    assert orchestration.code_version.__wrapped__() == before
    with open(sources / "counts.py", "a") as f:
        f.write("\n# a changed rule\n")
    assert orchestration.code_version.__wrapped__() != before


def raw_folder(root: Path, extra: int) -> Path:
    """The shipped samples, `extra` variants of them (new content), and one file that is not an article."""
    raw = root / "raw"
    raw.mkdir()
    for sample in SAMPLES:
        shutil.copy2(sample, raw / sample.name)
    for i in range(extra):
        sample = SAMPLES[i % len(SAMPLES)]
        text = sample.read_text(encoding="utf-8").rstrip()
        (raw / f"variant-{i}.txt").write_text(f"{text} Officials gave update number {i + 1} later.\n")
    (raw / "empty.txt").write_bytes(b"")
    return raw


def source_names(warehouse: Path) -> set[str]:
    w = Warehouse(warehouse)
    return set(w.read("articles")["source_file"].to_pylist()) | set(
        w.read("quarantine")["source_file"].to_pylist()
    )


@pytest.mark.usefixtures("prefect_backend")
def test_a_run_after_a_failed_write_reuses_cached_facts_and_loses_no_rows(tmp_path: Path, monkeypatch):
    raw = raw_folder(tmp_path, extra=2)
    warehouse = tmp_path / "warehouse"
    extracted: list[str] = []
    real_extract = newsfacts.extract.batch.extract_many

    def counting_extract(items, processes=1):
        extracted.extend(body for body, _ in items)
        return real_extract(items, processes)

    monkeypatch.setattr(newsfacts.extract.batch, "extract_many", counting_extract)

    real_commit = Warehouse.commit
    attempts: list[str] = []

    def disk_full_on_batch_1(self, txn, tables, replaces=()):
        if txn.endswith("-00001"):
            attempts.append(txn)
            raise OSError(28, "No space left on device")
        return real_commit(self, txn, tables, replaces)

    monkeypatch.setattr(Warehouse, "commit", disk_full_on_batch_1)
    monkeypatch.setattr(flows.ingest_news, "write_batch", write_batch.with_options(retry_delay_seconds=0))
    with pytest.raises(OSError, match="No space left"):
        ingest_news(str(raw), str(warehouse), batch_size=2, processes=1)
    assert len(attempts) == 4  # an IO error is retried three times before the run gives up
    assert any((warehouse / RESULTS_DIR).iterdir())  # the failed batch's facts were kept
    first_run_extracted = list(extracted)
    committed = set(Warehouse(warehouse).read("articles")["body"].to_pylist())
    failed_batch_bodies = {body for body in first_run_extracted if body not in committed}
    handled_in_first_run = Warehouse(warehouse).count_rows()["source_files"]
    assert failed_batch_bodies  # extracted in the first run, but its write never committed

    monkeypatch.setattr(Warehouse, "commit", real_commit)
    extracted.clear()
    summary = ingest_news(str(raw), str(warehouse), batch_size=2, processes=1)

    assert not failed_batch_bodies & set(extracted)  # their facts came from the cache, not from spaCy again
    assert summary.files_new == len(list(raw.iterdir())) - handled_in_first_run
    assert source_names(warehouse) == {p.name for p in raw.iterdir()}
    ledger = Warehouse(warehouse).read("source_files")["source_file"].to_pylist()
    assert sorted(ledger) == sorted(p.name for p in raw.iterdir())
    assert not any((warehouse / RESULTS_DIR).glob("*"))  # all committed: nothing left to reuse


def comparable(warehouse: Path) -> dict[str, list[dict]]:
    """Every table's rows without what depends on when the run happened (stamps and run-time partitions)."""
    out = {}
    for name in SCHEMAS:
        table = Warehouse(warehouse).read(name)
        run_dependent = [f.name for f in table.schema if pa.types.is_timestamp(f.type)] + ["row_json"]
        if any(pa.types.is_timestamp(f.type) for f in SCHEMAS[name]) and name != "articles":
            run_dependent += ["year", "month"]
        table = table.drop_columns([c for c in run_dependent if c in table.column_names])
        out[name] = sorted(table.to_pylist(), key=repr)
    return out


@pytest.mark.usefixtures("prefect_backend")
def test_a_dask_cluster_writes_the_same_warehouse_as_the_local_runner(tmp_path: Path, monkeypatch):
    from distributed import LocalCluster
    from prefect.settings import PREFECT_API_URL

    raw = raw_folder(tmp_path, extra=3)
    ingest_news(str(raw), str(tmp_path / "local"), batch_size=2, processes=1)

    # Workers report their task runs to the same API as the flow (a remote cluster sets this itself).
    monkeypatch.setenv("PREFECT_API_URL", PREFECT_API_URL.value())
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        on_dask = ingest_news.with_options(task_runner=task_runner(dask_address=cluster.scheduler_address))
        summary = on_dask(str(raw), str(tmp_path / "dask"), batch_size=2)

    assert summary.files_new == len(list(raw.iterdir()))
    local, dask = comparable(tmp_path / "local"), comparable(tmp_path / "dask")
    assert local["articles"]  # the comparison is not vacuous
    for name in SCHEMAS:
        assert dask[name] == local[name], name


def test_cli_runs_on_a_local_dask_cluster_reporting_to_one_api(tmp_path: Path):
    raw = raw_folder(tmp_path, extra=1)
    warehouse = tmp_path / "warehouse"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    command = [sys.executable, "-m", "newsfacts.cli", "run", "--raw", str(raw), "--warehouse", str(warehouse)]
    result = subprocess.run(
        [*command, "--workers", "2", "--batch-size", "2"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert source_names(warehouse) == {p.name for p in raw.iterdir()}
    # The workers' task runs go to the flow's temporary API, not to one API each.
    assert result.stderr.count("Starting temporary server") == 1


@pytest.mark.usefixtures("prefect_backend")
def test_raw_files_from_an_fsspec_url_into_a_file_url_warehouse(tmp_path: Path):
    memory = fsspec.filesystem("memory")
    root = f"/raw-{uuid.uuid4().hex}"
    for sample in SAMPLES:
        memory.pipe(f"{root}/{sample.name}", sample.read_bytes())
    memory.pipe(f"{root}/empty.txt", b"")
    memory.pipe(f"{root}/.hidden", b"not a raw file")
    warehouse = tmp_path / "warehouse"

    first = ingest_news(f"memory://{root}", warehouse.as_uri(), processes=1)
    names = {s.name for s in SAMPLES} | {"empty.txt"}
    assert source_names(warehouse) == names
    assert first.files_seen == len(names)

    again = ingest_news(f"memory://{root}", warehouse.as_uri(), processes=1)
    assert again.files_new == 0 and again.files_unchanged == len(names)


def test_the_warehouse_refuses_an_object_store_and_says_what_to_use(tmp_path: Path):
    assert warehouse_path(tmp_path.as_uri()) == str(tmp_path)
    assert warehouse_path("warehouse") == "warehouse"
    with pytest.raises(UnsupportedLocation, match=r"s3://bucket/warehouse.*rename.*local folder"):
        warehouse_path("s3://bucket/warehouse")
