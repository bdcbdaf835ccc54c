"""A crash mid-run or two runs at once never leave half-written or duplicate rows visible."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.dataset as ds
import pytest

import newsfacts.extract.batch
from flows.ingest_news import ingest_news
from newsfacts.tables import to_arrow
from newsfacts.warehouse import STAGING, Warehouse

AT = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def ledger_rows(names: list[str]) -> list[dict]:
    return [
        {
            "source_file": n,
            "content_sha256": n * 4,
            "article_id": n,
            "outcome": "loaded",
            "size_bytes": 1,
            "mtime_ns": 1,
            "seen_at": AT,
            "year": 2026,
            "month": 1,
        }
        for n in names
    ]


def visible_names(root: Path) -> list[str]:
    """What a reader globbing the table sees."""
    if not (root / "source_files").exists():
        return []
    dataset = ds.dataset(root / "source_files", format="parquet", partitioning="hive")
    return sorted(dataset.to_table()["source_file"].to_pylist())


def test_batch_staged_but_not_committed_is_invisible_and_rolled_back(tmp_path: Path):
    warehouse = Warehouse(tmp_path)
    warehouse.commit("t1", {"source_files": to_arrow("source_files", ledger_rows(["a"]))})
    warehouse.stage(
        "t2", {"source_files": to_arrow("source_files", ledger_rows(["b"]))}
    )  # crash before commit
    assert visible_names(tmp_path) == ["a"]
    assert warehouse.recover() == {"rolled_forward": 0, "rolled_back": 1}
    assert not any((tmp_path / STAGING).iterdir())
    assert visible_names(tmp_path) == ["a"]


def test_batch_committed_but_not_published_is_rolled_forward_once(tmp_path: Path, monkeypatch):
    warehouse = Warehouse(tmp_path)
    rows = {
        "source_files": to_arrow("source_files", ledger_rows(["a", "b"])),
        "quarantine": to_arrow(
            "quarantine",
            [
                {
                    "source_file": "q",
                    "stage": "parse",
                    "reason": "r",
                    "detail": "d",
                    "quarantined_at": AT,
                    "year": 2026,
                    "month": 1,
                }
            ],
        ),
    }
    real_replace = os.replace
    moves: list[str] = []

    def crash_after_first_move(src, dst):
        if str(src).endswith(".parquet") and moves:
            raise OSError("power cut")
        moves.append(str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash_after_first_move)
    with pytest.raises(OSError, match="power cut"):
        warehouse.commit("t1", rows)
    monkeypatch.setattr(os, "replace", real_replace)

    assert visible_names(tmp_path) == []  # the ledger is published last
    assert warehouse.recover() == {"rolled_forward": 1, "rolled_back": 0}
    assert visible_names(tmp_path) == ["a", "b"]
    assert warehouse.count_rows()["quarantine"] == 1
    assert warehouse.recover() == {"rolled_forward": 0, "rolled_back": 0}


@pytest.mark.usefixtures("prefect_backend")
def test_flow_crash_mid_run_then_rerun_loads_everything_exactly_once(
    raw_dir: Path, tmp_path: Path, monkeypatch
):
    for i in range(4):
        (raw_dir / f"extra-{i}.txt").write_text(
            f" date 2025-0{i + 1}-15 LONDON. Article number {i} is here.\n"
        )
    names = sorted(p.name for p in raw_dir.iterdir())
    warehouse = tmp_path / "warehouse"

    real_extract = newsfacts.extract.batch.extract_many
    calls = {"n": 0}

    def crash_on_third_batch(items, processes=1):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("worker killed")
        return real_extract(items, processes)

    monkeypatch.setattr(newsfacts.extract.batch, "extract_many", crash_on_third_batch)
    with pytest.raises(RuntimeError, match="worker killed"):
        ingest_news(str(raw_dir), str(warehouse), batch_size=2, processes=1)
    partial = Warehouse(warehouse).read("articles")["source_file"].to_pylist()
    assert len(partial) == len(set(partial)) == 4  # the two batches before the crash, each file once
    assert set(partial) < set(names)

    monkeypatch.setattr(newsfacts.extract.batch, "extract_many", real_extract)
    summary = ingest_news(str(raw_dir), str(warehouse), batch_size=2, processes=1)
    assert summary.files_new == len(names) - 4
    assert sorted(Warehouse(warehouse).read("articles")["source_file"].to_pylist()) == names
    ledger = Warehouse(warehouse).read("source_files")["source_file"].to_pylist()
    assert sorted(ledger) == names


def test_two_runs_started_at_once_load_each_file_once(raw_dir: Path, tmp_path: Path):
    for i in range(6):
        (raw_dir / f"extra-{i}.txt").write_text(f" date 2024-1{i % 3}-0{i + 1} PARIS. Story {i}.\n")
    warehouse = tmp_path / "warehouse"
    env = {**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING"}
    cmd = [sys.executable, "-m", "newsfacts.cli", "run", "--raw", str(raw_dir), "--warehouse", str(warehouse)]
    runs = [subprocess.Popen([*cmd, "--processes", "1"], env=env) for _ in range(2)]
    assert [run.wait(timeout=300) for run in runs] == [0, 0]

    articles = Warehouse(warehouse).read("articles")["source_file"].to_pylist()
    assert sorted(articles) == sorted(p.name for p in raw_dir.iterdir())
    assert Warehouse(warehouse).count_rows()["source_files"] == len(articles)
