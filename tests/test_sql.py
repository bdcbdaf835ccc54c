"""`newsfacts sql`: DuckDB views named after the tables, the shell, and the documented example queries."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pyarrow as pa
import pytest
from analyst_warehouse import build

from newsfacts import sql
from newsfacts.cli import main
from newsfacts.tables import SCHEMAS, to_arrow
from newsfacts.warehouse import STAGING, Warehouse

REPO = Path(__file__).resolve().parent.parent
DOCS_WITH_SQL = [REPO / "README.md", REPO / "docs" / "ANALYST_GUIDE.md"]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("analyst") / "warehouse")


def test_every_table_is_a_view_with_typed_partitions(warehouse: Path):
    con = sql.connect(warehouse)
    views = {
        row[0] for row in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
    }
    assert views == set(SCHEMAS)

    data = sql.query(warehouse, "SELECT year, month, published FROM articles ORDER BY published")
    assert data.schema.field("year").type == pa.int32() and data.schema.field("month").type == pa.int32()
    assert [(r["year"], r["month"]) for r in data.to_pylist()] == [
        (r["published"].year, r["published"].month) for r in data.to_pylist()
    ]
    per_month = sql.query(
        warehouse, "SELECT year, month, count(*) AS n FROM articles GROUP BY ALL ORDER BY ALL"
    )
    assert per_month.to_pylist() == [{"year": 2026, "month": 2, "n": 1}, {"year": 2026, "month": 3, "n": 3}]


def test_a_table_without_files_is_an_empty_view_with_its_columns(tmp_path: Path):
    warehouse = Warehouse(tmp_path / "wh")
    warehouse.root.mkdir()
    rows = sql.query(warehouse.root, "SELECT reason, count(*) AS n FROM quarantine GROUP BY reason")
    assert rows.num_rows == 0
    columns = sql.query(warehouse.root, "DESCRIBE claims")["column_name"].to_pylist()
    assert columns == [*SCHEMAS["claims"].names, "year", "month"]


def test_staged_files_of_an_unfinished_commit_are_not_visible(warehouse: Path, tmp_path: Path):
    before = sql.query(warehouse, "SELECT count(*) AS n FROM counts")["n"][0].as_py()
    staged = Warehouse(warehouse)
    row = {
        "article_id": "zz",
        "category": "killed",
        "value": 1,
        "qualifier": "exact",
        "subject": "people",
        "char_start": 0,
        "char_end": 1,
        "text": "1",
        "year": 2026,
        "month": 3,
    }
    staged.stage("unfinished", {"counts": to_arrow("counts", [row])})
    try:
        assert sql.query(warehouse, "SELECT count(*) AS n FROM counts")["n"][0].as_py() == before
    finally:
        staged.abort("unfinished")
    assert not any((warehouse / STAGING).glob("unfinished"))


def test_cli_prints_csv_and_json(warehouse: Path, capsys: pytest.CaptureFixture[str]):
    query = (
        "SELECT agency, count(*) AS n FROM articles WHERE agency IS NOT NULL GROUP BY agency ORDER BY agency"
    )
    assert main(["sql", "--warehouse", str(warehouse), "--format", "csv", query]) == 0
    assert capsys.readouterr().out.splitlines() == ['"agency","n"', '"AzerTag",1', '"Report",1', '"Trend",1']

    assert main(["sql", "--warehouse", str(warehouse), "--format", "json", query]) == 0
    assert capsys.readouterr().out.splitlines()[0] == '{"agency": "AzerTag", "n": 1}'


def test_cli_errors_say_what_to_do(warehouse: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    missing = tmp_path / "no-such-warehouse"
    assert main(["sql", "--warehouse", str(missing), "SELECT 1"]) == 2
    err = capsys.readouterr().err
    assert str(missing) in err and "newsfacts run" in err

    assert main(["sql", "--warehouse", str(warehouse), "SELECT nope FROM articles"]) == 1
    err = capsys.readouterr().err
    assert "nope" in err and "claims" in err  # the failing name and the views there are


def test_shell_runs_statements_and_dot_commands(warehouse: Path):
    script = io.StringIO(
        ".tables\n"
        "SELECT status, count(*) AS n\n  FROM claims GROUP BY status ORDER BY status;\n"
        ".schema persons\n"
        "SELECT nope FROM claims;\n"
        ".quit\n"
        "SELECT 'not reached';\n"
    )
    out = io.StringIO()
    assert sql.shell(warehouse, stdin=script, out=out) == 1  # a statement failed: a script must say so
    text = out.getvalue()
    assert re.search(r"^claims\s+3 rows$", text, re.MULTILINE)
    assert re.search(r"conflict\s*│\s*1", text) and re.search(r"range\s*│\s*1", text)
    assert "title" in text  # .schema persons
    assert "Error:" in text and "nope" in text
    assert "not reached" not in text


def _sql_blocks(path: Path) -> list[str]:
    return re.findall(r"```sql\n(.*?)```", path.read_text(), re.DOTALL)


@pytest.mark.parametrize("doc", DOCS_WITH_SQL, ids=lambda p: p.name)
def test_documented_queries_run_and_answer(doc: Path, warehouse: Path, monkeypatch: pytest.MonkeyPatch):
    """Every ```sql example in the docs runs against a warehouse at ./warehouse and returns rows."""
    blocks = _sql_blocks(doc)
    assert blocks, f"{doc} has no sql examples"
    monkeypatch.chdir(warehouse.parent)
    con = sql.connect("warehouse")
    for block in blocks:
        result = con.sql(block)
        assert result is not None and result.fetchall(), f"no rows from:\n{block}"


def test_guide_answers_deaths_per_event_and_who_reports_which_figure(warehouse: Path):
    guide = _sql_blocks(REPO / "docs" / "ANALYST_GUIDE.md")
    con = sql.connect(warehouse)
    deaths = sql.to_arrow(con.sql(guide[0])).to_pylist()
    khojaly = next(d for d in deaths if d["event_period"] == "1992-02" and d["subject"] == "people")
    assert khojaly["status"] == "conflict" and khojaly["n_articles"] == 3

    who = sql.to_arrow(con.sql(guide[1])).to_pylist()
    figures = {(w["agency"], w["value"]) for w in who if w["category"] == "killed"}
    assert {("Report", 613), ("Trend", 613), ("AzerTag", 612)} <= figures
