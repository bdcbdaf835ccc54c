"""Validate a batch with the Great Expectations suites in `expectations/` before it is written.

One suite per table, GX 1.x JSON, read at run time: editing a file changes what is checked. What happens
when an expectation fails is its GX `severity`:

- `warning`: a row-level rule. Failing rows go to `quarantine` (stage `validate`, the expectation's name,
  the failing value, the whole row as JSON); the other rows are written.
- `critical`: a table-level rule (columns, types). A failure stops the run before the batch is written.
- `info`: reported in Data Docs and the run summary only.

An article that fails takes its facts with it (reason `article_failed_validation`, naming the article's
failing expectation), so no fact points at a missing article, and its `source_files` entry says
`quarantined`. A batch where more than the suite's `meta.newsfacts.max_failed_fraction` of a table's rows
fail (given at least `min_rows` rows) is "mostly bad" and stops the run too. The `quarantine` and
`source_files` rows cannot themselves be quarantined: every failure in their suites stops the run.

Great Expectations is imported only when a `GreatExpectations` context is made, never at module import.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from newsfacts.ingest import Batch, quarantine_row
from newsfacts.tables import FACT_TABLES, batch_schema
from newsfacts.validation_rules import RULES, Messages, RuleContext

if TYPE_CHECKING:
    import pandas as pd

SUITES_DIR = Path(__file__).resolve().parent.parent / "expectations"
ROW_TABLES = ("articles", *FACT_TABLES)
"""Tables whose failing rows are quarantined; articles first, so facts can follow their article."""
LEDGER_TABLES = ("quarantine", "source_files")
"""Bookkeeping tables, validated after the split: a failure there is a bug, and stops the run."""
SUITE_TABLES = ROW_TABLES + LEDGER_TABLES
SEVERITIES = ("critical", "warning", "info")
DEFAULT_MAX_FAILED_FRACTION = 0.5
DEFAULT_MIN_ROWS = 20
RESULT_FORMAT = {"result_format": "COMPLETE"}
"""COMPLETE: every failing row's index, not GX's default sample of 20."""
MAX_VALUE_CHARS = 500

GX_LOCK = threading.Lock()
"""Held while a task uses its context: GX keeps process-wide state, and tasks may run on threads."""


class SuiteError(ValueError):
    """A suite file that cannot be used; the message names the file and what to fix."""


class ValidationFailed(RuntimeError):
    """A table-level failure: the batch must not be written."""


@dataclass(frozen=True)
class Check:
    """One expectation of a suite, as newsfacts reads it."""

    name: str
    position: int
    severity: str
    type: str
    kwargs: dict
    derived: dict | None = None

    @property
    def columns(self) -> list[str]:
        kw = self.kwargs
        if "column" in kw:
            return [kw["column"]]
        if "column_A" in kw:
            return [kw["column_A"], kw["column_B"]]
        return list(kw.get("column_list", []))


def expectation_name(type_: str, kwargs: dict, meta: dict | None = None) -> str:
    """The name quarantine rows and messages use: `meta.name` if the suite sets one, else the type with
    its columns, e.g. `expect_column_values_to_be_between(value)`."""
    if meta and meta.get("name"):
        return str(meta["name"])
    columns = Check("", 0, "", type_, kwargs).columns
    return f"{type_}({', '.join(columns)})" if columns else type_


@dataclass(frozen=True)
class Suite:
    table: str
    path: str
    spec: dict
    checks: tuple[Check, ...]
    max_failed_fraction: float = DEFAULT_MAX_FAILED_FRACTION
    min_rows: int = DEFAULT_MIN_ROWS

    @property
    def derived(self) -> list[Check]:
        return [c for c in self.checks if c.derived]


def load_suite(path: Path, table: str) -> Suite:
    """Read and check one suite file; errors name the file and the expectation to fix."""
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SuiteError(
            f"{path} is missing: every table the flow writes needs a suite. Restore it from git."
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise SuiteError(f"{path} is not a readable JSON suite ({err}). Fix the file.") from None
    if not isinstance(spec, dict) or spec.get("name") != table:
        raise SuiteError(f'{path}: the suite\'s "name" must be "{table}", the table it checks.')
    expectations = spec.get("expectations")
    if not isinstance(expectations, list):
        raise SuiteError(f'{path}: "expectations" must be a list of GX 1.x expectations.')
    checks: list[Check] = []
    for position, e in enumerate(expectations):
        where = f"{path}, expectation {position + 1}"
        if (
            not isinstance(e, dict)
            or not isinstance(e.get("type"), str)
            or not isinstance(e.get("kwargs"), dict)
        ):
            raise SuiteError(
                f'{where}: needs a "type" (e.g. expect_column_values_to_not_be_null) and "kwargs".'
            )
        severity = e.get("severity", "critical")
        if severity not in SEVERITIES:
            raise SuiteError(f'{where}: "severity" must be one of {", ".join(SEVERITIES)}, not {severity!r}.')
        meta = e.get("meta") or {}
        derived = meta.get("derived")
        if derived is not None:
            if not isinstance(derived, dict) or derived.get("rule") not in RULES:
                raise SuiteError(f"{where}: meta.derived.rule must be one of {', '.join(RULES)}.")
            if "column" not in e["kwargs"]:
                raise SuiteError(f"{where}: a derived rule fills the column named in kwargs.column; set it.")
        checks.append(
            Check(
                expectation_name(e["type"], e["kwargs"], meta),
                position,
                severity,
                e["type"],
                e["kwargs"],
                derived,
            )
        )
    names = [c.name for c in checks]
    if dupes := sorted({n for n in names if names.count(n) > 1}):
        raise SuiteError(
            f"{path}: two expectations are both named {dupes[0]}; give one a distinct meta.name so quarantine "
            "rows say which failed."
        )
    settings = (spec.get("meta") or {}).get("newsfacts") or {}
    fraction = settings.get("max_failed_fraction", DEFAULT_MAX_FAILED_FRACTION)
    min_rows = settings.get("min_rows", DEFAULT_MIN_ROWS)
    if not isinstance(fraction, int | float) or not 0 <= fraction <= 1 or not isinstance(min_rows, int):
        raise SuiteError(
            f"{path}: meta.newsfacts needs max_failed_fraction in [0, 1] and an integer min_rows."
        )
    return Suite(table, str(path), spec, tuple(checks), float(fraction), min_rows)


def load_suites(folder: str | Path | None = None) -> dict[str, Suite]:
    """The suite of every table the flow writes, from `<folder>/<table>.json` (default: expectations/)."""
    folder = Path(folder) if folder else SUITES_DIR
    return {table: load_suite(folder / f"{table}.json", table) for table in SUITE_TABLES}


def suite_parameters(run_started: datetime) -> dict[str, Any]:
    """Values the suites refer to with `{"$PARAMETER": name}`: known at run time, not when writing JSON."""
    import pycountry

    return {
        "tomorrow": (run_started.date() + timedelta(days=1)).isoformat(),
        "iso_3166_alpha_2": sorted(c.alpha_2 for c in pycountry.countries),
    }


class GreatExpectations:
    """One ephemeral GX context with the suites registered: make one per task (contexts are not
    thread-safe), and use it under `GX_LOCK`."""

    def __init__(self, suites: dict[str, Suite]) -> None:
        import great_expectations as gx
        from great_expectations.data_context.types.base import (
            DataContextConfig,
            InMemoryStoreBackendDefaults,
            ProgressBarsConfig,
        )
        from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

        self.suites = suites
        # In-memory stores, no default Data Docs site (newsfacts adds its own under the warehouse).
        config = DataContextConfig(store_backend_defaults=InMemoryStoreBackendDefaults())
        self.context = gx.get_context(mode="ephemeral", project_config=config)
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
        source = self.context.data_sources.add_pandas("newsfacts")
        self._batches: dict[str, Any] = {}
        self._gx_suites: dict[str, Any] = {}
        self._checks: dict[str, dict[str, Check]] = {}
        for table, suite in suites.items():
            expectations = []
            for check, e in zip(suite.checks, suite.spec["expectations"], strict=True):
                fields = {k: e[k] for k in ("type", "kwargs", "meta", "notes", "description") if k in e}
                try:
                    config = ExpectationConfiguration(**fields, severity=check.severity)
                    expectations.append(config.to_domain_obj())
                except Exception as err:  # GX raises several types for a bad configuration
                    raise SuiteError(
                        f"{suite.path}, expectation {check.position + 1} ({check.name}): GX rejects it: {err}"
                    ) from None
            gx_suite = gx.ExpectationSuite(
                name=table,
                expectations=expectations,
                meta=suite.spec.get("meta"),
                notes=suite.spec.get("notes"),
            )
            if len(gx_suite.expectations) != len(suite.checks):
                raise SuiteError(
                    f"{suite.path}: GX dropped an expectation it could not read; see the log above."
                )
            self._gx_suites[table] = self.context.suites.add(gx_suite)
            self._checks[table] = {
                e.id: check
                for e, check in zip(self._gx_suites[table].expectations, suite.checks, strict=True)
            }
            self._batches[table] = source.add_dataframe_asset(table).add_batch_definition_whole_dataframe(
                "batch"
            )

    def validate(self, table: str, frame: pd.DataFrame, parameters: dict[str, Any]) -> Any:
        """One GX validation of a whole table of the batch: an ExpectationSuiteValidationResult."""
        batch = self._batches[table].get_batch(batch_parameters={"dataframe": frame})
        return batch.validate(
            self._gx_suites[table], result_format=RESULT_FORMAT, expectation_parameters=parameters
        )

    def check_of(self, table: str, expectation_id: str | None) -> Check:
        return self._checks[table][expectation_id]


# Rows to frames ------------------------------------------------------------------------------------------


def typed_columns(table: str, rows: list[dict]) -> dict[str, pa.Array]:
    """The rows' columns with the table's Arrow types: every column of the schema (a key no row has is all
    null), then keys the schema does not know, as text (`expect_table_columns_to_match_set` rejects them).

    Raises ValidationFailed when a value cannot take its column's type (a schema break).
    """
    schema = batch_schema(table)
    keys = list(dict.fromkeys([*schema.names, *(k for row in rows for k in row)]))
    columns: dict[str, pa.Array] = {}
    for key in keys:
        values = [row.get(key) for row in rows]
        if key not in schema.names:
            columns[key] = pa.array([None if v is None else str(v) for v in values], type=pa.string())
            continue
        try:
            columns[key] = pa.array(values, type=schema.field(key).type)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError) as err:
            bad = next((v for v in values if not _fits(v, schema.field(key).type)), None)
            raise ValidationFailed(
                f"{table}.{key} holds a value that is not {schema.field(key).type} ({bad!r}: {err}): the rows "
                "do not match the table's schema in newsfacts/tables.py"
            ) from None
    return columns


def to_frame(columns: dict[str, pa.Array], derived: dict[str, Messages]) -> pd.DataFrame:
    """The table as GX sees it: ArrowDtype columns (nullable ints stay ints, dates stay dates), then the
    derived columns."""
    import pandas as pd

    arrays = {**columns, **{name: pa.array(messages, type=pa.string()) for name, messages in derived.items()}}
    return pa.table(arrays).to_pandas(types_mapper=pd.ArrowDtype)


def _fits(value: object, type_: pa.DataType) -> bool:
    try:
        pa.array([value], type=type_)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
        return False
    return True


# Validating a batch --------------------------------------------------------------------------------------


@dataclass
class SuiteStats:
    """What one suite did to one batch (or, summed, to a run)."""

    evaluated: int = 0
    failed: int = 0
    """rows failing at least one of the suite's row-level expectations"""
    cascaded: int = 0
    """fact rows quarantined because their article failed"""
    failures: dict[str, int] = field(default_factory=dict)
    """rows failing each expectation"""
    examples: dict[str, str] = field(default_factory=dict)
    """a failing value of each expectation"""

    @property
    def quarantined(self) -> int:
        return self.failed + self.cascaded

    @property
    def passed(self) -> int:
        return self.evaluated - self.quarantined

    def add(self, other: SuiteStats) -> None:
        self.evaluated += other.evaluated
        self.failed += other.failed
        self.cascaded += other.cascaded
        for name, n in other.failures.items():
            self.failures[name] = self.failures.get(name, 0) + n
            self.examples.setdefault(name, other.examples.get(name, ""))


@dataclass
class BatchValidation:
    """The outcome: the batch to write (good rows, quarantine rows, updated ledger), per-suite statistics,
    the GX results (JSON) and the table-level failures that must stop the run."""

    batch: Batch
    stats: dict[str, SuiteStats] = field(default_factory=dict)
    results: dict[str, dict] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Failure:
    check: Check
    value: str


def validate_batch(batch: Batch, gx: GreatExpectations, run_started: datetime) -> BatchValidation:
    """Run each table's suite once over the batch and split rows into written and quarantined."""
    parameters = suite_parameters(run_started)
    articles = batch.rows.get("articles", [])
    ctx = RuleContext(articles={a["article_id"]: a for a in articles if a.get("article_id")})
    out = BatchValidation(Batch())
    for table in batch.rows:
        if batch.rows[table] and table not in SUITE_TABLES:
            out.problems.append(f"table {table} has no suite: add expectations/{table}.json")

    failures = {
        table: _run_suite(table, batch.rows[table], gx, ctx, parameters, out, row_level=True)
        for table in ROW_TABLES
        if batch.rows.get(table)
    }
    failed_articles = {articles[i]["article_id"]: fs[0] for i, fs in failures.get("articles", {}).items()}
    quarantine = list(batch.rows.get("quarantine", []))
    for table, table_failures in failures.items():
        good = []
        for i, row in enumerate(batch.rows[table]):
            if i in table_failures:
                quarantine.append(_quarantine(table, row, table_failures[i], ctx, run_started))
            elif table != "articles" and row.get("article_id") in failed_articles:
                quarantine.append(_cascade(table, row, failed_articles[row["article_id"]], ctx, run_started))
                out.stats[table].cascaded += 1
            else:
                good.append(row)
        if good:
            out.batch.rows[table] = good

    ledger = [dict(r) for r in batch.rows.get("source_files", [])]
    for entry in ledger:
        if entry.get("article_id") in failed_articles and entry.get("outcome") == "loaded":
            entry["outcome"] = "quarantined"
    ctx.written_articles = {a["article_id"] for a in out.batch.rows.get("articles", [])}
    ctx.quarantined_ids = {q["article_id"] for q in quarantine if q.get("article_id")}
    for table, rows in (("quarantine", quarantine), ("source_files", ledger)):
        if rows:
            out.batch.rows[table] = rows
            _run_suite(table, rows, gx, ctx, parameters, out, row_level=False)

    for table in failures:
        suite, stats = gx.suites[table], out.stats[table]
        if stats.evaluated >= suite.min_rows and stats.failed > suite.max_failed_fraction * stats.evaluated:
            worst, rows = max(stats.failures.items(), key=lambda item: item[1])
            out.problems.append(
                f"suite {suite.path}: {stats.failed} of {stats.evaluated} {table} rows failed, more than its "
                f"max_failed_fraction {suite.max_failed_fraction:g} (a mostly-bad batch); most often "
                f"{worst} ({rows} rows, e.g. {stats.examples[worst]!r})"
            )
    return out


def _run_suite(
    table: str,
    rows: list[dict],
    gx: GreatExpectations,
    ctx: RuleContext,
    parameters: dict[str, Any],
    out: BatchValidation,
    row_level: bool,
) -> dict[int, list[_Failure]]:
    """Validate one table; record stats, results and problems; return failing rows by position."""
    suite = gx.suites[table]
    stats = out.stats[table] = SuiteStats(evaluated=len(rows))
    try:
        columns = typed_columns(table, rows)  # first: the derived rules may rely on the types
    except ValidationFailed as err:
        out.problems.append(f"suite {suite.path}: {err}")
        return {}
    derived = {c.kwargs["column"]: RULES[c.derived["rule"]](rows, ctx, c.derived) for c in suite.derived}
    frame = to_frame(columns, derived)
    result = gx.validate(table, frame, parameters)
    out.results[table] = result.to_json_dict()
    per_row: dict[int, list[_Failure]] = defaultdict(list)
    for r in result.results:
        check = gx.check_of(table, r.expectation_config.id)
        raised = _exception_message(r.exception_info)
        if raised:
            out.problems.append(
                f"suite {suite.path}, expectation {check.name} could not be evaluated: {raised}"
            )
            continue
        if r.success or check.severity == "info":
            continue
        indexes = r.result.get("unexpected_index_list")
        if check.severity == "critical" or not row_level or indexes is None:
            out.problems.append(
                f"suite {suite.path}, expectation {check.name} ({check.severity}) failed: {_observed(r.result)}"
            )
            continue
        indexes = sorted(set(indexes))
        for i in indexes:
            per_row[i].append(_Failure(check, _failing_value(check, rows[i], derived, i)))
        stats.failures[check.name] = len(indexes)
        stats.examples[check.name] = per_row[indexes[0]][-1].value
    for found in per_row.values():
        found.sort(key=lambda f: f.check.position)
    stats.failed = len(per_row)
    return per_row


def _exception_message(info: Any) -> str | None:
    """GX reports an expectation that raised in `exception_info`, flat or keyed by metric."""
    if not isinstance(info, dict):
        return None
    if "raised_exception" in info:
        return (info.get("exception_message") or "error") if info.get("raised_exception") else None
    for nested in info.values():
        if message := _exception_message(nested):
            return message
    return None


def _observed(result: dict) -> str:
    if "observed_value" in result:
        return f"observed {_text(result['observed_value'])}"
    sample = ", ".join(_text(v) for v in (result.get("partial_unexpected_list") or [])[:3])
    return f"{result.get('unexpected_count')} of {result.get('element_count')} rows, e.g. {sample}"


def _text(value: object) -> str:
    if value is None or type(value).__name__ == "NAType":  # pandas.NA, without importing pandas
        return "null"
    if isinstance(value, str) and not value:
        return "(empty string)"
    text = value.isoformat() if isinstance(value, date) else str(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "\u2026"


def _failing_value(check: Check, row: dict, derived: dict[str, Messages], i: int) -> str:
    """The offending value as text: the derived rule's sentence, the column's value, or `col=value` pairs."""
    columns = check.columns
    if check.derived or (len(columns) == 1 and columns[0] in derived):
        return _text(derived[columns[0]][i])
    if len(columns) == 1:
        return _text(row.get(columns[0]))
    return ", ".join(f"{c}={_text(row.get(c))}" for c in columns)


def row_json(row: dict) -> str:
    """The whole row, so a quarantined row can be inspected or replayed without the raw file."""
    return json.dumps(row, default=_text, ensure_ascii=False, sort_keys=True)


def _source_file(row: dict, ctx: RuleContext) -> str:
    article_id = row.get("article_id")
    return (
        row.get("source_file")
        or ctx.articles.get(article_id, {}).get("source_file")
        or f"(unknown source file of article {article_id})"
    )


def _quarantine(table: str, row: dict, failures: list[_Failure], ctx: RuleContext, at: datetime) -> dict:
    source, first = _source_file(row, ctx), failures[0]
    what = "article" if table == "articles" else f"{table} row of article {row.get('article_id')}"
    found = "; ".join(f"{f.check.name}: {f.value}" for f in failures)
    consequence = "It was not loaded, nor were its facts" if table == "articles" else "It was not loaded"
    detail = (
        f"{source}: the {what} failed validation ({found}). {consequence}. Fix the extraction, or the suite "
        f"expectations/{table}.json if the rule is wrong."
    )
    return quarantine_row(
        source,
        "validate",
        "failed_expectation",
        detail,
        at,
        row.get("article_id"),
        table_name=table,
        expectation=first.check.name,
        failing_value=first.value,
        row_json=row_json(row),
    )


def _cascade(table: str, row: dict, article_failure: _Failure, ctx: RuleContext, at: datetime) -> dict:
    source = _source_file(row, ctx)
    detail = (
        f"{source}: {table} row not loaded because its article {row['article_id']} failed validation "
        f"({article_failure.check.name}: {article_failure.value}); see that article's quarantine row."
    )
    return quarantine_row(
        source,
        "validate",
        "article_failed_validation",
        detail,
        at,
        row["article_id"],
        table_name=table,
        expectation=article_failure.check.name,
        failing_value=article_failure.value,
        row_json=row_json(row),
    )
