"""The `newsfacts` command line.

Heavy imports (Prefect, spaCy, Great Expectations) happen inside the command that needs them, so
`newsfacts --help` answers at once.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from newsfacts.memory import tune_allocators


def _run(args: argparse.Namespace) -> int:
    from newsfacts.prefect_api import prefect_api

    with prefect_api() as temporary_api:  # first: a temporary API boots while the flow's modules import
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
        from rich.table import Table

        from flows.ingest_news import DEFAULT_BATCH_SIZE, ingest_news, task_runner
        from newsfacts import progress

        console = Console(stderr=True)
        bar = Progress(
            TextColumn("[bold]ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
        )
        task_id = bar.add_task("files", total=None)
        progress.set_reporter(lambda done, total: bar.update(task_id, completed=done, total=total))
        flow = ingest_news
        if args.dask_address or args.workers:
            flow = ingest_news.with_options(task_runner=task_runner(args.dask_address, args.workers))
        if temporary_api:
            temporary_api.wait_until_ready()
        try:
            with bar:
                summary = flow(
                    raw_dir=str(args.raw),
                    warehouse_dir=str(args.warehouse),
                    batch_size=args.batch_size or DEFAULT_BATCH_SIZE,
                    processes=args.processes,
                )
        finally:
            progress.set_reporter(None)

    table = Table(title=f"newsfacts: {args.raw} -> {args.warehouse}", show_header=False)
    for row in summary.as_table():
        table.add_row(str(row["measure"]), str(row["value"]))
    Console().print(table)
    if args.summary_json:
        args.summary_json.write_text(json.dumps(asdict(summary), indent=2))
    return 0


def _add_run(commands: argparse._SubParsersAction) -> None:
    run = commands.add_parser(
        "run",
        help="load new raw files into the warehouse (incremental: files already loaded are skipped)",
        description="Run the newsfacts Prefect flow once over a folder of raw files. Reports to the Prefect "
        "server in PREFECT_API_URL if set, otherwise to a temporary local one.",
    )
    run.add_argument(
        "--raw",
        default="raw",
        help="folder or fsspec URL (s3://..., file://...) of raw article files (default: raw)",
    )
    run.add_argument(
        "--warehouse",
        default="warehouse",
        help="warehouse folder or file:// URL to write (default: warehouse)",
    )
    _add_batch_options(run)
    run.add_argument(
        "--summary-json", type=Path, metavar="FILE", help="also write the run summary as JSON here"
    )
    cluster = run.add_mutually_exclusive_group()
    cluster.add_argument(
        "--dask-address",
        metavar="tcp://HOST:PORT",
        help="run batch tasks on this Dask scheduler's workers (they must reach the raw and warehouse "
        "locations, and PREFECT_API_URL if set)",
    )
    cluster.add_argument(
        "--workers",
        type=_positive_int,
        metavar="N",
        help="run batch tasks on a local Dask cluster of N worker processes (one spaCy model each)",
    )
    run.set_defaults(handler=_run)


def _add_batch_options(parser: argparse.ArgumentParser) -> None:
    """Options of `run` and `serve`; unset, they take the flow's defaults (DEFAULT_BATCH_SIZE in
    flows/ingest_news.py, one extraction process per core)."""
    parser.add_argument(
        "--batch-size",
        type=_positive_int,
        default=None,
        help="raw files per task batch (default: 2000; Great Expectations costs ~0.65 s a batch)",
    )
    parser.add_argument(
        "--processes",
        type=_positive_int,
        default=None,
        help="extraction worker processes (default: one per core)",
    )


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def _serve(args: argparse.Namespace) -> int:
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.settings import PREFECT_API_URL

    from flows.ingest_news import DEFAULT_BATCH_SIZE, ingest_news
    from newsfacts.storage import absolute

    if not PREFECT_API_URL.value():
        print(
            "newsfacts serve: PREFECT_API_URL is not set, so the schedule and its runs live in a temporary "
            "API that ends with this process. Start `prefect server start` and set PREFECT_API_URL to keep "
            "them and see them in the UI.",
            file=sys.stderr,
        )
    ingest_news.serve(
        name=args.name,
        cron=args.cron,
        parameters={
            # Served runs start in their own process: pin relative folders to where `serve` started.
            "raw_dir": absolute(args.raw),
            "warehouse_dir": absolute(args.warehouse),
            "batch_size": args.batch_size or DEFAULT_BATCH_SIZE,
            "processes": args.processes,
        },
        # One run at a time: a run due while another is still going waits for it (on top of the file lock).
        global_limit=ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.ENQUEUE),
        description=f"Load new raw files from {args.raw} into {args.warehouse} on the schedule {args.cron!r}.",
    )
    return 0


def _add_serve(commands: argparse._SubParsersAction) -> None:
    serve = commands.add_parser(
        "serve",
        help="run the flow on a schedule (a Prefect deployment served from this process)",
        description="Create the deployment newsfacts-ingest/<name> with a cron schedule and run its flow "
        "runs from this process until stopped (Ctrl-C). Runs appear in the Prefect UI of PREFECT_API_URL "
        "(start one with `prefect server start`). At most one run at a time: a run that comes due while "
        "another is going waits for it. For a work pool and worker instead, see prefect.yaml.",
    )
    serve.add_argument("--cron", required=True, help='schedule, e.g. "*/15 * * * *" (every 15 minutes, UTC)')
    serve.add_argument("--name", default="scheduled", help="deployment name (default: scheduled)")
    serve.add_argument("--raw", default="raw", help="folder of raw article files (default: raw)")
    serve.add_argument(
        "--warehouse", default="warehouse", help="warehouse folder to write (default: warehouse)"
    )
    _add_batch_options(serve)
    serve.set_defaults(handler=_serve)


def _sql(args: argparse.Namespace) -> int:
    import duckdb

    from newsfacts import sql

    try:
        if args.shell:
            return sql.shell(args.warehouse)
        if not args.query:
            print("newsfacts sql: give a query, '-' to read one from stdin, or --shell", file=sys.stderr)
            return 2
        statement = sys.stdin.read() if args.query == "-" else args.query
        con = sql.connect(args.warehouse)
        result = con.sql(statement)
        if result is not None:
            sql.format_result(result, args.format, sys.stdout)
        return 0
    except sql.WarehouseNotFound as error:
        print(f"newsfacts sql: {error}", file=sys.stderr)
        return 2
    except duckdb.Error as error:
        print(f"newsfacts sql: {error}", file=sys.stderr)
        print(
            f"(views: {', '.join(sql.SCHEMAS)}; `newsfacts sql --shell` then .schema TABLE)", file=sys.stderr
        )
        return 1


def _add_sql(commands: argparse._SubParsersAction) -> None:
    sql = commands.add_parser(
        "sql",
        help="query the warehouse with DuckDB SQL (one view per table)",
        description="Run DuckDB SQL over the warehouse. Every table is a view named after it (articles, "
        "counts, persons, organizations, locations, dates, quarantine, source_files, claims) with typed "
        'year/month partition columns. Example: newsfacts sql "SELECT agency, count(*) FROM articles '
        'GROUP BY agency"',
    )
    sql.add_argument("query", nargs="?", help="the SQL to run ('-' reads it from stdin)")
    sql.add_argument("--shell", action="store_true", help="interactive prompt instead of one query")
    sql.add_argument("--warehouse", default="warehouse", help="warehouse folder (default: warehouse)")
    sql.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="table (boxed, long results abridged), csv or json (one object per line); default: table",
    )
    sql.set_defaults(handler=_sql)


def _report(args: argparse.Namespace) -> int:
    from newsfacts import report, sql

    try:
        path = report.write_report(args.warehouse, args.output)
    except sql.WarehouseNotFound as error:
        print(f"newsfacts report: {error}", file=sys.stderr)
        return 2
    print(f"report written to {path} (self-contained: open it in any browser, offline)")
    return 0


def _add_report(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser(
        "report",
        help="write a self-contained HTML report of the warehouse (plots, no network needed)",
        description="Write one HTML file with plots of the warehouse: facts per day, counts by category, "
        "top entities, quarantine reasons, validation pass rate over runs, and the claims sources disagree on.",
    )
    report.add_argument("--warehouse", default="warehouse", help="warehouse folder (default: warehouse)")
    report.add_argument(
        "--output",
        default="newsfacts-report.html",
        help="HTML file to write (default: newsfacts-report.html)",
    )
    report.set_defaults(handler=_report)


def _dictionary(args: argparse.Namespace) -> int:
    from newsfacts import dictionary

    if args.check:
        if dictionary.is_current(args.output):
            return 0
        print(
            f"newsfacts dictionary: {args.output} does not match the table schemas in newsfacts/tables.py; "
            "run `newsfacts dictionary` to regenerate it",
            file=sys.stderr,
        )
        return 1
    print(f"data dictionary written to {dictionary.write(args.output)}")
    return 0


def _add_dictionary(commands: argparse._SubParsersAction) -> None:
    dictionary = commands.add_parser(
        "dictionary",
        help="write the data dictionary (Markdown) generated from the table schemas",
        description="Generate the data dictionary from the table schemas in newsfacts/tables.py, the same "
        "column descriptions every Parquet file carries in its schema metadata.",
    )
    dictionary.add_argument(
        "--output",
        default="docs/DATA_DICTIONARY.md",
        help="file to write (default: docs/DATA_DICTIONARY.md, the one committed with the code)",
    )
    dictionary.add_argument(
        "--check", action="store_true", help="only check the file is current (exit 1 if not)"
    )
    dictionary.set_defaults(handler=_dictionary)


def _bench(args: argparse.Namespace) -> int:
    from newsfacts.bench import append_to_markdown, result_json, run_benchmark

    for articles in args.articles:
        result = run_benchmark(
            articles, args.workdir, templates_dir=Path("raw"), floor_sample=args.floor_sample
        )
        print(result_json(result))
        append_to_markdown(result, args.output)
        print(f"appended to {args.output}", file=sys.stderr)
    return 0


def _add_bench(commands: argparse._SubParsersAction) -> None:
    bench = commands.add_parser(
        "bench",
        help="benchmark end-to-end throughput against the IO and NLP floors; append to BENCHMARKS.md",
        description="Build a synthetic corpus of N dev-like articles (varied dates, numbers and names), run "
        "`newsfacts run` over it, re-run it (no-op), and measure the IO floor (read + one regex) and the NLP "
        "floor (bare nlp.pipe) on the same corpus. Figures go to stdout (JSON) and BENCHMARKS.md.",
    )
    bench.add_argument(
        "--articles", type=_positive_int, nargs="+", default=[20_000], help="corpus sizes (default: 20000)"
    )
    bench.add_argument(
        "--workdir",
        type=Path,
        default=Path("bench-data"),
        help="where corpora and warehouses go (default: bench-data)",
    )
    bench.add_argument(
        "--output", type=Path, default=Path("BENCHMARKS.md"), help="markdown file to append to"
    )
    bench.add_argument(
        "--floor-sample",
        type=_positive_int,
        metavar="N",
        help="measure the NLP floors and extraction speed on the corpus' first N articles (default: all)",
    )
    bench.set_defaults(handler=_bench)


def build_parser() -> argparse.ArgumentParser:
    """One `_add_<command>` function per subcommand, each next to its handler."""
    parser = argparse.ArgumentParser(
        prog="newsfacts",
        description="Turn raw wire-news text files into validated, Hive-partitioned Parquet fact tables.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_run(commands)
    _add_serve(commands)
    _add_sql(commands)
    _add_report(commands)
    _add_dictionary(commands)
    _add_bench(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    tune_allocators()  # first: before anything imports pyarrow or starts a thread
    # The temporary Prefect API would try to phone home on every run; an explicit setting still wins.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # Prefect gives its temporary API 20 s to start, which a busy 2-core machine can exceed (the run then
    # fails with "Timed out while attempting to connect to ephemeral Prefect API server").
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
