"""Ingest: find the raw files not loaded yet, read them, parse their headers into article rows.

Content-addressed: `article_id` is the first 16 hex digits of the raw bytes' SHA-256, so the same content
gets the same id under any name and on any machine. The warehouse's `source_files` ledger remembers every
name already handled; a re-run skips a file whose name, size and mtime match the ledger without reading it.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa

from newsfacts import __version__
from newsfacts.header import MAX_FILE_BYTES, ParsedArticle, parse_raw_article
from newsfacts.storage import RawEntry, list_files, open_raw
from newsfacts.tables import partition_keys


def content_id(sha256_hex: str) -> str:
    return sha256_hex[:16]


@dataclass(frozen=True, slots=True)
class RawFile:
    path: str
    size: int
    mtime_ns: int
    sha256: str
    date_hint: str = ""
    """The header's date as written, if the file starts like an article: batches are formed in date order
    so each batch touches few year/month partitions (a back-fill over years stays a few files each)."""

    @property
    def name(self) -> str:
        return os.path.basename(self.path)


_PLANNED_FILES = pa.schema(
    [
        ("path", pa.string()),
        ("size", pa.int64()),
        ("mtime_ns", pa.int64()),
        ("sha256", pa.string()),
        ("date_hint", pa.string()),
    ]
)


@dataclass
class IngestPlan:
    """What a run has to do: the new content to load, the names that repeat known content, what is skipped.

    The new files are kept as Arrow columns (about 150 bytes a file, a third of a RawFile object) and become
    RawFile objects one batch at a time: a run over 100,000 new files holds its plan in ~15 MB, not ~90 MB.
    """

    new_files: pa.Table = field(default_factory=_PLANNED_FILES.empty_table)
    duplicates: list[tuple[RawFile, str]] = field(default_factory=list)
    unchanged: int = 0

    @property
    def new(self) -> int:
        """How many files are new."""
        return self.new_files.num_rows

    @property
    def seen(self) -> int:
        return self.new + len(self.duplicates) + self.unchanged

    def batches(self, size: int) -> Iterator[list[RawFile]]:
        for start in range(0, self.new, size):
            yield [RawFile(**row) for row in self.new_files.slice(start, size).to_pylist()]


def list_raw_files(raw_dir: str | Path) -> list[RawEntry]:
    """Every regular, non-hidden file directly in `raw_dir` (a folder or an fsspec URL such as
    s3://bucket/raw), by name (sub-folders are not read)."""
    return list_files(str(raw_dir))


_DATE_HINT = re.compile(rb"date[ \t]+(\d{4}-\d{2}-\d{2})")


def _fingerprint(path: str) -> tuple[str, str]:
    """SHA-256 of the file and the date its header names (not validated here: parsing does that)."""
    with open_raw(path) as f:
        # Bounded read: an oversized file is rejected by size later; hash what an article can hold plus one.
        data = f.read(MAX_FILE_BYTES + 1)
    hint = _DATE_HINT.search(data, 0, 64)
    return hashlib.sha256(data).hexdigest(), hint.group(1).decode() if hint else ""


def plan_ingest(raw_dir: str | Path, ledger: pa.Table) -> IngestPlan:
    """Compare `raw_dir` with the ledger (`Warehouse.known_files()`) and decide what is new.

    Unreadable files are planned as new so that loading them quarantines them with the reason.
    """
    stat_known = set(
        zip(
            ledger["source_file"].to_pylist(),
            ledger["size_bytes"].to_pylist(),
            ledger["mtime_ns"].to_pylist(),
            strict=True,
        )
    )
    plan = IngestPlan()
    new: list[RawFile] = []
    # Built for the first file the stat check cannot skip: a re-run over unchanged files never needs them.
    name_known: set[tuple[str, str]] | None = None
    holder: dict[str, str] = {}
    for entry in list_raw_files(raw_dir):
        # A store that reports no modification time (mtime_ns 0) never skips by stat: the hash decides.
        if entry.mtime_ns and (entry.name, entry.size, entry.mtime_ns) in stat_known:
            plan.unchanged += 1
            continue
        if name_known is None:
            names, hashes = ledger["source_file"].to_pylist(), ledger["content_sha256"].to_pylist()
            name_known = set(zip(names, hashes, strict=True))
            holder = dict(zip(hashes, names, strict=True))
        try:
            sha, date_hint = _fingerprint(entry.path)
        except OSError:
            sha, date_hint = "", ""
        raw = RawFile(entry.path, entry.size, entry.mtime_ns, sha, date_hint)
        if (entry.name, sha) in name_known:
            plan.unchanged += 1
        elif sha and sha in holder:
            plan.duplicates.append((raw, holder[sha]))
        else:
            new.append(raw)
            if sha:
                holder[sha] = entry.name
    new.sort(key=lambda raw: (raw.date_hint or "~", raw.name))
    plan.new_files = pa.Table.from_pylist(
        [{name: getattr(raw, name) for name in _PLANNED_FILES.names} for raw in new], schema=_PLANNED_FILES
    )
    return plan


@dataclass
class Batch:
    """The rows one batch of raw files produces, by table, before they are written."""

    rows: dict[str, list[dict]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    """Time spent on it per pipeline stage (ingest, parse, extract, validate, write), for the run summary."""

    def add(self, table: str, row: dict) -> None:
        self.rows.setdefault(table, []).append(row)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))


def quarantine_row(
    source_file: str,
    stage: str,
    reason: str,
    detail: str,
    at: datetime,
    article_id: str | None = None,
    **extra: str,
) -> dict:
    return {
        "source_file": source_file,
        "stage": stage,
        "reason": reason,
        "detail": detail,
        "quarantined_at": at,
        "article_id": article_id,
        **extra,
        **partition_keys(at),
    }


def ledger_row(raw: RawFile, sha: str, outcome: str, at: datetime) -> dict:
    return {
        "source_file": raw.name,
        "content_sha256": sha,
        "article_id": content_id(sha),
        "outcome": outcome,
        "size_bytes": raw.size,
        "mtime_ns": raw.mtime_ns,
        "seen_at": at,
        **partition_keys(at),
    }


def record_duplicates(duplicates: list[tuple[RawFile, str]], run_started: datetime) -> Batch:
    """A second name for known content is not loaded again, but recorded: in quarantine and the ledger."""
    batch = Batch()
    for raw, first_name in duplicates:
        detail = (
            f"{raw.name} has the same content as {first_name}, already loaded as article "
            f"{content_id(raw.sha256)}; it was not loaded twice. Delete {raw.name} if it is a copy."
        )
        batch.add(
            "quarantine",
            quarantine_row(
                raw.name, "parse", "duplicate_content", detail, run_started, content_id(raw.sha256)
            ),
        )
        batch.add("source_files", ledger_row(raw, raw.sha256, "duplicate", run_started))
    return batch


def load_batch(files: list[RawFile], run_started: datetime, today: date | None = None) -> Batch:
    """Read and parse a batch of raw files: article rows (facts still empty) or quarantine rows."""
    today = today or run_started.date()
    batch = Batch()
    reading = parsing = 0.0
    for raw in files:
        started = time.perf_counter()
        try:
            with open_raw(raw.path) as f:
                data = f.read(MAX_FILE_BYTES + 1)
        except OSError as err:
            detail = f"{raw.name} could not be read ({err.strerror or err}). Check its permissions, then run again."
            batch.add("quarantine", quarantine_row(raw.name, "parse", "unreadable", detail, run_started))
            continue
        sha = hashlib.sha256(data).hexdigest()
        read = time.perf_counter()
        reading += read - started
        parsed = parse_raw_article(data, today, size=max(raw.size, len(data)))
        if isinstance(parsed, ParsedArticle):
            batch.add(
                "articles",
                {
                    "article_id": content_id(sha),
                    "source_file": raw.name,
                    "published": parsed.published,
                    "body": parsed.body,
                    "url": parsed.header.get("url"),
                    "ingested_at": run_started,
                    "pipeline_version": __version__,
                    **partition_keys(parsed.published),
                },
            )
            batch.add("source_files", ledger_row(raw, sha, "loaded", run_started))
        else:
            detail = f"{raw.name}: {parsed.detail}"
            batch.add(
                "quarantine",
                quarantine_row(raw.name, "parse", parsed.reason, detail, run_started, content_id(sha)),
            )
            batch.add("source_files", ledger_row(raw, sha, "quarantined", run_started))
        parsing += time.perf_counter() - read
    batch.seconds = {"ingest": reading, "parse": parsing}
    return batch
