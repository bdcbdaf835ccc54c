"""The data dictionary: generated from the schemas, committed, and the same descriptions in every file."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsfacts import dictionary
from newsfacts.cli import main
from newsfacts.tables import SCHEMAS, to_arrow
from newsfacts.warehouse import Warehouse

REPO = Path(__file__).resolve().parent.parent


def test_committed_dictionary_is_the_generated_one():
    committed = REPO / dictionary.DICTIONARY_PATH
    assert committed.read_text() == dictionary.render(), (
        "docs/DATA_DICTIONARY.md is stale: run `newsfacts dictionary` and commit the result"
    )


def test_every_column_is_described_and_documented():
    text = dictionary.render()
    for table, schema in SCHEMAS.items():
        assert f"## {table}" in text
        for name, field in dictionary.columns(schema):
            assert dictionary.description(field), f"{table}.{name} has no description in newsfacts/tables.py"
            assert f"| `{name}` |" in text


def _sample(type_: pa.DataType) -> object:
    """A value of any column type, so one row of every table can be written."""
    if pa.types.is_list(type_):
        return []
    if pa.types.is_timestamp(type_):
        return datetime(2025, 1, 1, tzinfo=UTC)
    if pa.types.is_date(type_):
        return date(2025, 1, 1)
    if pa.types.is_integer(type_):
        return 1
    return "x"


def test_parquet_files_carry_the_column_descriptions(tmp_path: Path):
    warehouse = Warehouse(tmp_path)
    rows = {
        t: [{**{f.name: _sample(f.type) for f in s}, "year": 2025, "month": 1}] for t, s in SCHEMAS.items()
    }
    warehouse.commit("one-of-each", {t: to_arrow(t, r) for t, r in rows.items()})

    for table, schema in SCHEMAS.items():
        (written,) = warehouse.files(table)
        in_file = pq.read_schema(written)
        for name, field in dictionary.columns(schema):
            if "[]." in name:
                parent, child = name.split("[].")
                stored = in_file.field(parent).type.value_type.field(child)
            else:
                stored = in_file.field(name)
            assert dictionary.description(stored) == dictionary.description(field), f"{table}.{name}"


def test_cli_writes_and_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    target = tmp_path / "docs" / "DICT.md"
    assert main(["dictionary", "--check", "--output", str(target)]) == 1
    assert "newsfacts dictionary" in capsys.readouterr().err

    assert main(["dictionary", "--output", str(target)]) == 0
    assert main(["dictionary", "--check", "--output", str(target)]) == 0
    target.write_text(target.read_text().replace("| no |", "| yes |", 1))
    assert main(["dictionary", "--check", "--output", str(target)]) == 1
