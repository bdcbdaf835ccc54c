"""The `newsfacts` command line.

Heavy imports (Prefect, spaCy, Great Expectations) happen inside the command that needs them, so
`newsfacts --help` answers at once.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
    from rich.table import Table

    from flows.ingest_news import ingest_news
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
    try:
        with bar:
            summary = ingest_news(
                raw_dir=str(args.raw),
                warehouse_dir=str(args.warehouse),
                batch_size=args.batch_size,
                processes=args.processes,
            )
    finally:
        progress.set_reporter(None)

    table = Table(title=f"newsfacts: {args.raw} -> {args.warehouse}", show_header=False)
    for row in summary.as_table():
        table.add_row(str(row["measure"]), str(row["value"]))
    Console().print(table)
    return 0


def _add_run(commands: argparse._SubParsersAction) -> None:
    run = commands.add_parser(
        "run",
        help="load new raw files into the warehouse (incremental: files already loaded are skipped)",
        description="Run the newsfacts Prefect flow once over a folder of raw files. Reports to the Prefect "
        "server in PREFECT_API_URL if set, otherwise to a temporary local one.",
    )
    run.add_argument("--raw", default="raw", help="folder of raw article files (default: raw)")
    run.add_argument(
        "--warehouse", default="warehouse", help="warehouse folder to write (default: warehouse)"
    )
    run.add_argument("--batch-size", type=int, default=256, help="raw files per task batch (default: 256)")
    run.add_argument(
        "--processes", type=int, default=None, help="extraction worker processes (default: one per core)"
    )
    run.set_defaults(handler=_run)


def build_parser() -> argparse.ArgumentParser:
    """One `_add_<command>` function per subcommand, each next to its handler."""
    parser = argparse.ArgumentParser(
        prog="newsfacts",
        description="Turn raw wire-news text files into validated, Hive-partitioned Parquet fact tables.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_run(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
