"""The Parquet warehouse: atomic batch commits, crash recovery, compaction and typed reads.

How a batch becomes visible (one transaction per batch):
1. every file is written under `_staging/<txn>/` (readers never look there: names starting with `_` are
   ignored by pyarrow, and DuckDB/Polars globs `<table>/**/*.parquet` do not reach it);
2. `_staging/<txn>/COMMIT.json` is written atomically: from here on the transaction is committed;
3. files are renamed into `<table>/year=Y/month=M/` (a rename is atomic on one filesystem), fact tables
   first and `source_files` (the ingest ledger) last; files a compaction replaces are deleted first;
4. the staging folder is removed.
A crash before 2 leaves only staging files, which the next run deletes; a crash after 2 is rolled forward by
the next run. So no reader ever sees a half-written file or a row twice. One run at a time holds
`_newsfacts.lock` (a file lock) for its whole read-decide-write cycle, so concurrent runs queue instead of
loading the same files twice.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq
from filelock import FileLock

from newsfacts.tables import PARTITION_SCHEMA, SCHEMAS

COMMIT_ORDER = ("counts", "persons", "organizations", "locations", "dates", "articles", "quarantine")
"""Facts before their articles, the ledger (`source_files`) after everything: see the module docstring."""
SORT_KEYS = ("article_id", "source_file", "char_start", "char_end", "category", "name", "stage", "reason")
PARTITIONING = ds.partitioning(PARTITION_SCHEMA, flavor="hive")
STAGING = "_staging"
LOCK_FILE = "_newsfacts.lock"


def _ordered(tables: Iterable[str]) -> list[str]:
    rank = {t: i for i, t in enumerate(COMMIT_ORDER)}
    return sorted(tables, key=lambda t: rank.get(t, len(COMMIT_ORDER)))


def _sorted(table: pa.Table) -> pa.Table:
    """Sort rows so the same input always produces the same file content, whatever the batch order."""
    keys = [(k, "ascending") for k in SORT_KEYS if k in table.column_names]
    return table.sort_by(keys) if keys and table.num_rows else table


def by_partition(table: pa.Table) -> Iterator[tuple[tuple[int, int], pa.Table]]:
    """The rows of a table carrying `year`/`month`, per partition in (year, month) order: one sort, then
    zero-copy slices (filtering the whole table once per partition costs a scan each)."""
    if not table.num_rows:
        return
    table = table.sort_by([("year", "ascending"), ("month", "ascending")])
    keys = pc.add(pc.multiply(table["year"].cast(pa.int64()), 100), table["month"].cast(pa.int64()))
    runs = pc.run_end_encode(keys.combine_chunks())
    start = 0
    for key, end in zip(runs.values.to_pylist(), runs.run_ends.to_pylist(), strict=True):
        yield (key // 100, key % 100), table.slice(start, end - start)
        start = end


def partition_of(path: Path) -> tuple[int, int]:
    """(year, month) of a file or folder under `<table>/year=Y/month=M/`."""
    folder = path if path.name.startswith("month=") else path.parent
    return int(folder.parent.name.split("=")[1]), int(folder.name.split("=")[1])


def _write_parquet(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, compression="zstd")
    with open(path, "rb") as written:
        os.fsync(written.fileno())


def _atomic_write_text(path: Path, text: str) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text)
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)


class Warehouse:
    """A warehouse folder of Hive-partitioned Parquet tables (see ../CONTRACT.md and the module docstring)."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def lock(self, timeout: float = 3600) -> FileLock:
        """The run lock: hold it from reading the ledger to the last commit."""
        self.root.mkdir(parents=True, exist_ok=True)
        return FileLock(self.root / LOCK_FILE, timeout=timeout)

    # reading -----------------------------------------------------------------------------------------
    def files(self, table: str) -> list[Path]:
        return sorted((self.root / table).glob("year=*/month=*/*.parquet"))

    def read(
        self, table: str, columns: list[str] | None = None, where: pc.Expression | None = None
    ) -> pa.Table:
        """The table (rows matching `where`, if given) with typed `year`/`month` columns (empty, with its
        schema, if never written). Columns added after a file was written read as nulls from it."""
        files = self.files(table)
        schema = pa.unify_schemas([SCHEMAS[table], PARTITION_SCHEMA])
        if not files:
            empty = schema.empty_table()
            return empty.select(columns) if columns else empty
        dataset = ds.dataset(
            [str(f) for f in files],
            schema=schema,
            format="parquet",
            partitioning=PARTITIONING,
            partition_base_dir=str(self.root / table),
        )
        return dataset.to_table(columns=columns, filter=where)

    # writing -----------------------------------------------------------------------------------------
    def stage(self, txn: str, tables: dict[str, pa.Table]) -> dict[str, int]:
        """Write a batch (tables of `tables.batch_schema`) as staged files; returns rows per table."""
        staged = self.root / STAGING / txn
        for name, table in tables.items():
            columns = SCHEMAS[name].names
            for (year, month), part in by_partition(table):
                data = _sorted(part.select(columns).cast(SCHEMAS[name]))
                _write_parquet(
                    data, staged / name / f"year={year}" / f"month={month}" / f"part-{txn}.parquet"
                )
        return {name: table.num_rows for name, table in tables.items()}

    def commit(self, txn: str, tables: dict[str, pa.Table], replaces: Iterable[Path] = ()) -> dict[str, int]:
        """Stage, mark committed, publish. Returns rows written per table.

        Safe to call again with the same `txn` after a failure: before the commit point it starts over,
        after it it finishes publishing.
        """
        if self.resume(txn):
            return {name: table.num_rows for name, table in tables.items()}
        written = self.stage(txn, tables)
        self.publish(txn, replaces)
        return written

    def resume(self, txn: str) -> bool:
        """Before staging `txn` (again): finish publishing it if it passed its commit point (True), otherwise
        delete whatever an earlier attempt staged (False)."""
        staged = self.root / STAGING / txn
        if (staged / "COMMIT.json").exists():
            self._publish(staged)
            return True
        self.abort(txn)
        return False

    def publish(self, txn: str, replaces: Iterable[Path] = ()) -> None:
        """The commit point of everything `stage` wrote under `txn` (in one call or several, e.g. one
        partition at a time): mark it committed, then move it in and delete the files it `replaces`."""
        staged = self.root / STAGING / txn
        moves = (
            [
                str(p.relative_to(staged))
                for table in _ordered(t.name for t in staged.iterdir() if t.is_dir())
                for p in sorted((staged / table).rglob("*.parquet"))
            ]
            if staged.exists()
            else []
        )
        removes = [str(p.relative_to(self.root)) for p in replaces]
        staged.mkdir(parents=True, exist_ok=True)
        _atomic_write_text(staged / "COMMIT.json", json.dumps({"moves": moves, "removes": removes}))
        self._publish(staged)

    def abort(self, txn: str) -> None:
        shutil.rmtree(self.root / STAGING / txn, ignore_errors=True)

    def _publish(self, staged: Path) -> None:
        plan = json.loads((staged / "COMMIT.json").read_text())
        for rel in plan["removes"]:
            (self.root / rel).unlink(missing_ok=True)
        for rel in plan["moves"]:
            src, dst = staged / rel, self.root / rel
            if src.exists():
                dst.parent.mkdir(parents=True, exist_ok=True)
                os.replace(src, dst)
        shutil.rmtree(staged)

    def recover(self) -> dict[str, int]:
        """Finish what a crashed run committed and delete what it had not: call under the lock."""
        done = {"rolled_forward": 0, "rolled_back": 0}
        staging = self.root / STAGING
        for staged in sorted(staging.glob("*")) if staging.exists() else []:
            if (staged / "COMMIT.json").exists():
                self._publish(staged)
                done["rolled_forward"] += 1
            else:
                shutil.rmtree(staged)
                done["rolled_back"] += 1
        return done

    def compact(self, max_files: int = 8) -> int:
        """Merge the files of any partition holding more than `max_files` into one; returns partitions merged.

        Each run adds one file per touched partition and table; this keeps the file count bounded.
        """
        merged = 0
        for table in SCHEMAS:
            partitions: dict[Path, list[Path]] = defaultdict(list)
            for f in self.files(table):
                partitions[f.parent].append(f)
            for folder, files in sorted(partitions.items()):
                if len(files) <= max_files:
                    continue
                data = pa.concat_tables(pq.read_table(f, schema=SCHEMAS[table]) for f in files)
                year, month = partition_of(folder)
                data = data.append_column("year", pa.array([year] * data.num_rows, pa.int32()))
                data = data.append_column("month", pa.array([month] * data.num_rows, pa.int32()))
                self.commit(f"compact-{uuid.uuid4().hex[:12]}", {table: data}, replaces=files)
                merged += 1
        return merged

    # state -------------------------------------------------------------------------------------------
    def known_files(self) -> pa.Table:
        """The ingest ledger: every raw file name already handled, with its hash, size and mtime."""
        return self.read(
            "source_files", ["source_file", "content_sha256", "article_id", "size_bytes", "mtime_ns"]
        )

    def count_rows(self) -> dict[str, int]:
        return {
            table: sum(pq.ParquetFile(f).metadata.num_rows for f in self.files(table)) for table in SCHEMAS
        }

    def loaded_ids(self) -> set[str]:
        ledger = self.read("source_files", ["article_id", "outcome"])
        return set(ledger.filter(pc.equal(ledger["outcome"], "loaded"))["article_id"].to_pylist())
