"""Validation records and Data Docs: what each batch's validation found, as JSON and as HTML.

Layout, under the warehouse (names start with `_`, so Parquet readers ignore the folder):

    <warehouse>/_data_docs/
      index.html                         every run, newest first: the stable entry point
      runs/<run>.html                    one page per run: per-suite counts, failing expectations, links
      runs/<run>.json                    the same, for machines
      validations/<table>/<run>/...html  Great Expectations Data Docs: one page per table per batch
      expectations/<table>.html          the suites as GX renders them
      results/<run>/batch-<n>.json       raw record of each batch: statistics and GX results (unescaped)

Each validation task writes its batch's record; one build per run renders the GX pages and the run page.
Article text reaches these pages only through failing values: every string is HTML-escaped first, so a
raw file containing `<script>` shows as text.
"""

from __future__ import annotations

import copy
import html
import json
import os
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from filelock import FileLock

from newsfacts.tables import now_utc
from newsfacts.validation import SUITE_TABLES, BatchValidation, GreatExpectations, SuiteStats

DOCS_DIR = "_data_docs"
SITE_NAME = "newsfacts"
MAX_EXAMPLE_CHARS = 120


def docs_root(warehouse_dir: str | Path) -> Path:
    return Path(warehouse_dir) / DOCS_DIR


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def save_batch_record(
    warehouse_dir: str | Path, run: str, run_started: datetime, index: int, checked: BatchValidation
) -> Path:
    """Keep what a batch's validation found, for the run's Data Docs and summary."""
    path = docs_root(warehouse_dir) / "results" / run / f"batch-{index:05d}.json"
    record = {
        "run": run,
        "run_started": run_started.isoformat(),
        "batch": index,
        "stats": {table: asdict(stats) for table, stats in checked.stats.items()},
        "problems": checked.problems,
        "results": checked.results,
    }
    _atomic_write(path, json.dumps(record, default=str))
    return path


@dataclass
class RunReport:
    """A run's validation, summed over its batches."""

    run: str
    batches: int = 0
    stats: dict[str, SuiteStats] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    pages: dict[int, dict[str, tuple[str, bool]]] = field(default_factory=dict)
    """GX page of each batch and table (relative to the docs root) and whether every expectation passed"""
    page: Path | None = None
    index: Path | None = None

    @property
    def success(self) -> bool:
        return not self.problems


def escaped(value: Any) -> Any:
    """`value` with every string HTML-escaped, however deeply nested."""
    if isinstance(value, str):
        return html.escape(value)
    if isinstance(value, dict):
        return {k: escaped(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [escaped(v) for v in value]
    return value


def escape_result(result: dict) -> dict:
    """A GX suite result safe to render: GX's Data Docs put observed and unexpected values into the page
    unescaped, so escape them (and exception messages) before rendering."""
    safe = copy.deepcopy(result)
    for r in safe.get("results", []):
        r["result"] = escaped(r.get("result") or {})
        r["exception_info"] = escaped(r.get("exception_info") or {})
    return safe


def build_run_docs(gx: GreatExpectations, warehouse_dir: str | Path, run: str) -> RunReport | None:
    """Render the run's GX pages, its run page and the index from the batch records; None if the run
    validated nothing."""
    from great_expectations.core.expectation_validation_result import ExpectationSuiteValidationResultSchema
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    root = docs_root(warehouse_dir).resolve()
    records = [json.loads(p.read_text()) for p in sorted((root / "results" / run).glob("batch-*.json"))]
    if not records:
        return None
    report = RunReport(run, batches=len(records))
    schema = ExpectationSuiteValidationResultSchema()
    store = gx.context.validation_results_store
    keys: dict[Any, tuple[int, str, bool]] = {}
    for record in records:
        for table, stats in record["stats"].items():
            report.stats.setdefault(table, SuiteStats()).add(SuiteStats(**stats))
        report.problems += [f"batch {record['batch']}: {p}" for p in record["problems"]]
        run_id = RunIdentifier(run_name=run, run_time=datetime.fromisoformat(record["run_started"]))
        for table, result in record["results"].items():
            key = ValidationResultIdentifier(
                expectation_suite_identifier=ExpectationSuiteIdentifier(name=table),
                run_id=run_id,
                batch_identifier=f"batch-{record['batch']:05d}",
            )
            loaded = schema.load(escape_result(result))
            loaded.meta.update(run_id=run_id, validation_time=run_id.run_time, batch=record["batch"])
            store.set(key, loaded)
            keys[key] = (record["batch"], table, bool(result.get("success")))

    root.mkdir(parents=True, exist_ok=True)
    with FileLock(root / "_build.lock"):
        if SITE_NAME not in gx.context.list_data_docs_sites():
            gx.context.add_data_docs_site(
                SITE_NAME,
                {
                    "class_name": "SiteBuilder",
                    "store_backend": {
                        "class_name": "TupleFilesystemStoreBackend",
                        "base_directory": str(root),
                    },
                    "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                },
            )
        suites = [ExpectationSuiteIdentifier(name=t) for t in SUITE_TABLES if t in gx.suites]
        gx.context.build_data_docs(
            site_names=[SITE_NAME], resource_identifiers=[*keys, *suites], build_index=False
        )
        for key, (batch, table, passed) in keys.items():
            url = gx.context.get_docs_sites_urls(
                resource_identifier=key, site_name=SITE_NAME, only_if_exists=False
            )
            page = Path(unquote(urlparse(url[0]["site_url"]).path))
            report.pages.setdefault(batch, {})[table] = (page.relative_to(root).as_posix(), passed)
        report.page = root / "runs" / f"{run}.html"
        _atomic_write(report.page, run_page_html(report))
        _atomic_write(root / "runs" / f"{run}.json", json.dumps(run_summary(report), indent=2))
        report.index = root / "index.html"
        _atomic_write(report.index, index_html(root))
    return report


# Pages ---------------------------------------------------------------------------------------------------


def _render(template: str, **context: Any) -> str:
    """A page from newsfacts/templates, autoescaped: every value inserted is HTML-escaped."""
    from jinja2 import Environment, PackageLoader

    env = Environment(loader=PackageLoader("newsfacts", "templates"), autoescape=True)
    return env.get_template(template).render(**context)


def _short(value: str, limit: int = MAX_EXAMPLE_CHARS) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "\u2026"


def run_summary(report: RunReport) -> dict:
    return {
        "run": report.run,
        "built_at": now_utc().isoformat(),
        "success": report.success,
        "batches": report.batches,
        "evaluated": sum(s.evaluated for s in report.stats.values()),
        "quarantined": sum(s.quarantined for s in report.stats.values()),
        "suites": {
            t: {
                "evaluated": s.evaluated,
                "passed": s.passed,
                "failed": s.failed,
                "cascaded": s.cascaded,
                "quarantined": s.quarantined,
                "failures": s.failures,
            }
            for t, s in report.stats.items()
        },
        "problems": report.problems,
    }


def run_page_html(report: RunReport) -> str:
    """The run's page: suites, failing expectations with an example value, and every GX page."""
    failing = [
        (table, name, rows, _short(stats.examples.get(name, "")))
        for table, stats in report.stats.items()
        for name, rows in sorted(stats.failures.items(), key=lambda item: -item[1])
    ]
    return _render(
        "validation_run.html.j2",
        run=report.run,
        problems=report.problems,
        batches=report.batches,
        stats=report.stats,
        failing=failing,
        tables=[t for t in SUITE_TABLES if any(t in pages for pages in report.pages.values())],
        pages=sorted(report.pages.items()),
    )


def index_html(root: Path) -> str:
    """Every run with a page, newest first."""
    runs = []
    for path in sorted((root / "runs").glob("*.json"), reverse=True):
        try:
            summary = json.loads(path.read_text())
        except (OSError, json.JSONDecodeError):
            continue
        runs.append({**summary, "page": f"{path.stem}.html"})
    return _render("validation_index.html.j2", runs=runs)


# Markdown (Prefect artifact) -----------------------------------------------------------------------------

_MD_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_{}[]()#+!|~"})


def md_text(value: object) -> str:
    """Text safe inside a markdown table cell: HTML escaped, markdown syntax and line breaks neutralised."""
    return html.escape(_short(str(value))).translate(_MD_SPECIAL)


def summary_markdown(report: RunReport) -> str:
    """Each suite's evaluated, passed, failed and quarantined rows; the failing expectations."""
    lines = [
        f"### Validation of run {md_text(report.run)}",
        "",
        f"{report.batches} batch(es) validated; "
        + (
            "every table-level check passed."
            if report.success
            else "**the run stopped on a table-level failure**:"
        ),
        "",
    ]
    lines += [f"- {md_text(p)}" for p in report.problems] + ([""] if report.problems else [])
    lines += ["| suite | evaluated | passed | failed | quarantined |", "|---|--:|--:|--:|--:|"]
    lines += [
        f"| {md_text(t)} | {s.evaluated} | {s.passed} | {s.failed} | {s.quarantined} |"
        for t, s in report.stats.items()
    ]
    failing = [
        (t, name, n, s.examples.get(name, ""))
        for t, s in report.stats.items()
        for name, n in s.failures.items()
    ]
    if failing:
        lines += ["", "| suite | failing expectation | rows | example value |", "|---|---|--:|---|"]
        lines += [f"| {md_text(t)} | {md_text(name)} | {n} | {md_text(ex)} |" for t, name, n, ex in failing]
    if any(s.cascaded for s in report.stats.values()):
        lines += [
            "",
            "Quarantined facts include those of failed articles (reason `article_failed_validation`).",
        ]
    return "\n".join(lines) + "\n"
