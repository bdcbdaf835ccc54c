"""SQL over the warehouse: a DuckDB connection with one view per table, named after it.

Each view reads `<warehouse>/<table>/**/*.parquet` with Hive partitioning, `year`/`month` typed INTEGER
(DuckDB would otherwise guess their type) and files unioned by column name, so files written before a column
was added still read. A table with no files yet is an empty view with the table's columns, so queries work
on a fresh warehouse too. Names starting with `_` (staging, the lock) are never matched.
"""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import TextIO

import duckdb
import pyarrow as pa

from newsfacts.tables import SCHEMAS, batch_schema

SHELL_HELP = """\
Statements end with ';'. Commands:
  .tables          the views and their row counts
  .schema TABLE    a view's columns and types
  .help            this text
  .quit            leave (also Ctrl-D)"""


class WarehouseNotFound(Exception):
    """The warehouse folder does not exist: nothing has been loaded there yet."""


def quote(text: str) -> str:
    """`text` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def connect(warehouse: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with a view per warehouse table (see the module docstring)."""
    root = Path(warehouse)
    if not root.is_dir():
        raise WarehouseNotFound(
            f"no warehouse at {root}: run `newsfacts run --warehouse {root}` first, or pass the "
            "folder that holds the tables with --warehouse"
        )
    con = duckdb.connect(":memory:")
    for table in SCHEMAS:
        if any((root / table).glob("year=*/month=*/*.parquet")):
            glob = (root / table).resolve().as_posix() + "/**/*.parquet"
            source = (
                f"read_parquet({quote(glob)}, hive_partitioning = true, union_by_name = true, "
                "hive_types = {'year': INTEGER, 'month': INTEGER})"
            )
        else:
            con.register(f"_empty_{table}", batch_schema(table).empty_table())
            source = f"_empty_{table}"
        con.execute(f'CREATE VIEW "{table}" AS SELECT * EXCLUDE (year, month), year, month FROM {source}')
    return con


def to_arrow(result: duckdb.DuckDBPyRelation) -> pa.Table:
    """A query result as an Arrow table (`to_arrow_table` in DuckDB 2, `fetch_arrow_table` in 1.x)."""
    convert = getattr(result, "to_arrow_table", None) or result.fetch_arrow_table
    return convert()


def query(warehouse: str | Path, sql: str) -> pa.Table:
    """Run one query over the warehouse views and return the result as an Arrow table."""
    con = connect(warehouse)
    try:
        result = con.sql(sql)
        return to_arrow(result) if result is not None else pa.table({})
    finally:
        con.close()


def format_result(result: duckdb.DuckDBPyRelation, fmt: str, out: TextIO) -> None:
    """Print a query result as a boxed table (long results abridged by DuckDB), CSV or JSON lines."""
    if fmt == "table":
        out.write(str(result))
        return
    data = to_arrow(result)
    if fmt == "csv":
        import pyarrow.csv as pacsv

        sink = pa.BufferOutputStream()
        pacsv.write_csv(data, sink)
        out.write(sink.getvalue().to_pybytes().decode())
        return
    for row in data.to_pylist():
        out.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")


def _dot_command(con: duckdb.DuckDBPyConnection, line: str, out: TextIO) -> bool:
    """Run a shell command line starting with '.'; False means quit."""
    command, _, arg = line.strip().partition(" ")
    if command in (".quit", ".exit", ".q"):
        return False
    if command == ".tables":
        for table in SCHEMAS:
            rows = con.execute(f'SELECT count(*) FROM "{table}"').fetchall()[0][0]
            out.write(f"{table:<16} {rows:>10} rows\n")
    elif command == ".schema" and arg.strip() in SCHEMAS:
        format_result(con.sql(f'DESCRIBE "{arg.strip()}"').project("column_name, column_type"), "table", out)
    elif command == ".schema":
        out.write(f"usage: .schema TABLE, one of: {', '.join(SCHEMAS)}\n")
    else:
        out.write(SHELL_HELP + "\n")
    return True


def shell(warehouse: str | Path, stdin: TextIO | None = None, out: TextIO | None = None) -> int:
    """An interactive SQL prompt over the warehouse views (reads statements from `stdin` until EOF).

    Piped input runs as a script: the exit status is 1 if any statement failed.
    """
    stdin, out = stdin or sys.stdin, out or sys.stdout
    con = connect(warehouse)
    interactive = stdin.isatty()
    if interactive:
        with contextlib.suppress(ImportError):  # line editing and history for input(), where available
            import readline  # noqa: F401
        out.write(f"newsfacts SQL over {warehouse} (DuckDB). Views: {', '.join(SCHEMAS)}.\n{SHELL_HELP}\n")
    failures = 0
    buffer: list[str] = []
    while True:
        prompt = ("   ...> " if buffer else "newsfacts> ") if interactive else ""
        try:
            line = input(prompt) if interactive else stdin.readline()
        except EOFError:
            break
        except KeyboardInterrupt:  # Ctrl-C drops the statement being typed, as in other SQL shells
            out.write("\n")
            buffer.clear()
            continue
        if not interactive and line == "":
            break
        if not buffer and line.strip().startswith("."):
            if not _dot_command(con, line, out):
                break
            continue
        buffer.append(line.rstrip("\n"))
        statement = "\n".join(buffer).strip()
        if not statement.endswith(";"):
            if not statement:
                buffer.clear()
            continue
        buffer.clear()
        try:
            result = con.sql(statement)
            if result is not None:
                format_result(result, "table", out)
        except duckdb.Error as error:
            failures += 1
            out.write(f"Error: {error}\n")
        except KeyboardInterrupt:
            failures += 1
            out.write("Interrupted.\n")
    con.close()
    return 1 if failures and not interactive else 0
