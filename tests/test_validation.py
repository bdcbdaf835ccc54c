"""Validation on hand-built batches: each expectation quarantines the row built to break it, nothing is
lost, table-level failures stop the batch, suite edits take effect, Data Docs escape article text."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from newsfacts.ingest import Batch
from newsfacts.tables import FACT_TABLES, SCHEMAS
from newsfacts.validation import (
    GX_LOCK,
    ROW_TABLES,
    SUITE_TABLES,
    SUITES_DIR,
    GreatExpectations,
    SuiteError,
    load_suites,
    validate_batch,
)
from newsfacts.validation_docs import build_run_docs, save_batch_record, summary_markdown

RUN = datetime(2026, 3, 3, 12, tzinfo=UTC)
ID = "0123456789abcdef"
BODY = (
    "BAKU, Azerbaijan, March 2. In all 613 people were killed, including 63 children. "
    "Ilham Aliyev spoke at the United Nations in Baku on March 2."
)
PART = {"year": 2026, "month": 3}
EVENT_OF_THE_DAY = {
    "event_start": date(2026, 3, 2),
    "event_end": date(2026, 3, 2),
    "event_period": "2026-03-02",
    "event_basis": "published",
}


def span(text: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = BODY.index(text, start + 1)
    return {"char_start": start, "char_end": start + len(text)}


def good_rows() -> dict[str, list[dict]]:
    """One article and its facts, every row valid."""
    fact = {"article_id": ID, **PART}
    return {
        "articles": [
            {
                "article_id": ID,
                "source_file": "a.txt",
                "published": date(2026, 3, 2),
                "body": BODY,
                "dateline_place": "BAKU",
                "dateline_country": "Azerbaijan",
                "agency": None,
                "anniversary_ordinal": 34,
                "anniversary_of_year": 1992,
                "url": None,
                "ingested_at": RUN,
                "pipeline_version": "0.1.0",
                **PART,
            }
        ],
        "counts": [
            {
                **fact,
                "category": "killed",
                "value": 613,
                "qualifier": "exact",
                "subject": "people",
                "text": "613 people",
                **span("613 people"),
                **EVENT_OF_THE_DAY,
            },
            {
                **fact,
                "category": "killed",
                "value": 63,
                "qualifier": "exact",
                "subject": "children",
                "text": "63 children",
                **span("63 children"),
                **EVENT_OF_THE_DAY,
            },
        ],
        "persons": [{**fact, "name": "Ilham Aliyev", "title": None, **span("Ilham Aliyev")}],
        "organizations": [{**fact, "name": "United Nations", **span("United Nations")}],
        "locations": [{**fact, "name": "Baku", "country_code": "AZ", **span("Baku")}],
        "dates": [
            {
                **fact,
                "text": "March 2",
                "start": date(2026, 3, 2),
                "end": date(2026, 3, 2),
                **span("March 2", 1),
            }
        ],
        "source_files": [
            {
                "source_file": "a.txt",
                "content_sha256": ID + "0" * 48,
                "article_id": ID,
                "outcome": "loaded",
                "size_bytes": len(BODY) + 17,
                "mtime_ns": 1,
                "seen_at": RUN,
                **PART,
            }
        ],
    }


@pytest.fixture(scope="module")
def gx() -> GreatExpectations:
    return GreatExpectations(load_suites())


def check(batch: Batch, gx: GreatExpectations):
    with GX_LOCK:
        return validate_batch(batch, gx, RUN)


def validate_quarantine(out, table: str) -> list[dict]:
    return [
        q
        for q in out.batch.rows.get("quarantine", [])
        if q["stage"] == "validate" and q["table_name"] == table
    ]


def assert_nothing_lost(before: Batch, out) -> None:
    """Every row that went in is written or quarantined, once."""
    for table in ROW_TABLES:
        assert len(before.rows.get(table, [])) == len(out.batch.rows.get(table, [])) + len(
            validate_quarantine(out, table)
        ), table
    assert len(out.batch.rows["source_files"]) == len(before.rows["source_files"])


def test_a_valid_batch_passes_untouched(gx):
    batch = Batch(good_rows())
    out = check(batch, gx)
    assert out.problems == []
    assert out.batch.rows == batch.rows
    assert all(s.passed == s.evaluated for s in out.stats.values())
    assert set(out.results) == set(batch.rows)


TOMORROW_PLUS_ONE = RUN.date() + timedelta(days=2)
BREAKERS = [
    (
        "articles",
        0,
        {"published": date(1899, 12, 31), "year": 1899, "month": 12, "anniversary_ordinal": None},
        "expect_column_values_to_be_between(published)",
    ),
    ("articles", 0, {"published": TOMORROW_PLUS_ONE}, "expect_column_values_to_be_between(published)"),
    ("articles", 0, {"source_file": None}, "expect_column_values_to_not_be_null(source_file)"),
    ("articles", 0, {"anniversary_ordinal": 30}, "expect_column_values_to_be_null(check_anniversary_year)"),
    (
        "articles",
        0,
        {"anniversary_ordinal": 0, "anniversary_of_year": 2026},
        "expect_column_values_to_be_between(anniversary_ordinal)",
    ),
    ("articles", 0, {"body": ""}, "expect_column_value_lengths_to_be_between(body)"),
    ("counts", 0, {"category": "massacred"}, "expect_column_values_to_be_in_set(category)"),
    ("counts", 0, {"qualifier": "roughly"}, "expect_column_values_to_be_in_set(qualifier)"),
    ("counts", 1, {"value": -1}, "expect_column_values_to_be_between(value)"),
    ("counts", 0, {"value": 5_000_000_000}, "expect_column_values_to_be_between(value)"),
    ("counts", 0, {"subject": None}, "expect_column_values_to_not_be_null(subject)"),
    ("counts", 1, {"value": 700}, "expect_column_values_to_be_null(check_subgroup_within_total)"),
    (
        "counts",
        0,
        {"char_start": 40, "char_end": 30},
        "expect_column_pair_values_a_to_be_greater_than_b(char_end, char_start)",
    ),
    ("counts", 0, {"char_end": 10_000}, "expect_column_values_to_be_null(check_span_in_body)"),
    ("counts", 0, {"event_start": None}, "expect_column_values_to_not_be_null(event_start)"),
    ("counts", 0, {"event_basis": "guessed"}, "expect_column_values_to_be_in_set(event_basis)"),
    (
        "counts",
        1,
        {"event_end": date(2026, 3, 1)},
        "expect_column_pair_values_a_to_be_greater_than_b(event_end, event_start)",
    ),
    (
        "counts",
        0,
        {"article_id": "ffffffffffffffff"},
        "expect_column_values_to_be_null(check_article_present)",
    ),
    ("persons", 0, {"name": "1234"}, "expect_column_values_to_match_regex(name)"),
    ("persons", 0, {"name": None}, "expect_column_values_to_not_be_null(name)"),
    ("organizations", 0, {"char_start": -3}, "expect_column_values_to_be_null(check_span_in_body)"),
    ("locations", 0, {"country_code": "XX"}, "expect_column_values_to_be_in_set(country_code)"),
    ("locations", 0, {"country_code": "az"}, "expect_column_values_to_match_regex(country_code)"),
    ("dates", 0, {"end": date(2026, 3, 1)}, "expect_column_pair_values_a_to_be_greater_than_b(end, start)"),
    ("dates", 0, {"start": date(999, 1, 1)}, "expect_column_values_to_be_between(start)"),
    ("dates", 0, {"end": None}, "expect_column_values_to_not_be_null(end)"),
]


@pytest.mark.parametrize(("table", "row", "change", "expectation"), BREAKERS)
def test_a_row_built_to_break_an_expectation_is_quarantined_with_its_name(
    gx, table, row, change, expectation
):
    rows = good_rows()
    rows[table][row].update(change)
    broken = dict(rows[table][row])
    batch = Batch(rows)
    out = check(batch, gx)

    assert out.problems == []
    failed = [q for q in validate_quarantine(out, table) if q["reason"] == "failed_expectation"]
    assert len(failed) == 1
    assert failed[0]["expectation"] == expectation
    assert failed[0]["failing_value"]
    assert json.loads(failed[0]["row_json"])["article_id"] == broken["article_id"]
    assert broken not in out.batch.rows.get(table, [])
    assert out.stats[table].failures[expectation] == 1
    assert_nothing_lost(batch, out)


def test_a_failed_article_takes_its_facts_and_its_ledger_entry_says_quarantined(gx):
    rows = good_rows()
    rows["articles"][0]["published"] = date(1850, 1, 1)
    batch = Batch(rows)
    out = check(batch, gx)

    assert out.problems == []
    assert not any(out.batch.rows.get(t) for t in ("articles", *FACT_TABLES))
    for table in FACT_TABLES:
        quarantined = validate_quarantine(out, table)
        assert len(quarantined) == len(rows[table])
        for q in quarantined:
            assert q["reason"] == "article_failed_validation"
            assert q["expectation"] == "expect_column_values_to_be_between(published)"
            assert ID in q["detail"]
    assert [e["outcome"] for e in out.batch.rows["source_files"]] == ["quarantined"]
    assert out.stats["counts"].cascaded == 2
    assert_nothing_lost(batch, out)


def test_duplicates_fail_uniqueness_and_every_copy_is_kept_in_quarantine(gx):
    rows = good_rows()
    rows["persons"].append(dict(rows["persons"][0]))
    twin = {**rows["articles"][0], "source_file": "a-copy.txt"}
    rows["articles"].append(twin)
    batch = Batch(rows)
    out = check(batch, gx)

    assert [q["expectation"] for q in validate_quarantine(out, "articles")] == [
        "expect_column_values_to_be_unique(article_id)"
    ] * 2
    assert not out.batch.rows.get("articles")
    assert_nothing_lost(batch, out)


def many_counts(n: int, bad: int) -> list[dict]:
    return [
        {
            "article_id": ID,
            "category": "massacred" if i < bad else "killed",
            "value": i,
            "qualifier": "exact",
            "subject": "people",
            "char_start": i,
            "char_end": i + 1,
            "text": BODY[i],
            **EVENT_OF_THE_DAY,
            **PART,
        }
        for i in range(n)
    ]


TABLE_LEVEL = [
    (
        "a value of the wrong type",
        "counts",
        lambda r: r["counts"][0].update(value="eight"),
        ["counts.json", "counts.value"],
    ),
    (
        "a column the schema does not have",
        "counts",
        lambda r: r["counts"][0].update(confidence=0.9),
        ["counts.json", "expect_table_columns_to_match_set"],
    ),
    (
        "a mostly-bad batch",
        "counts",
        lambda r: r.update(counts=many_counts(30, 20)),
        ["counts.json", "max_failed_fraction", "expect_column_values_to_be_in_set(category)"],
    ),
    (
        "a ledger that disagrees",
        "source_files",
        lambda r: r["source_files"][0].update(article_id="ffffffffffffffff"),
        ["source_files.json", "check_ledger_outcome"],
    ),
]


@pytest.mark.parametrize(("case", "table", "breaks", "named"), TABLE_LEVEL, ids=[c[0] for c in TABLE_LEVEL])
def test_table_level_failures_name_the_suite_and_expectation(gx, case, table, breaks, named):
    rows = good_rows()
    breaks(rows)
    out = check(Batch(rows), gx)
    assert len(out.problems) == 1
    for fragment in named:
        assert fragment in out.problems[0]


def test_a_small_batch_with_failures_is_not_mostly_bad(gx):
    rows = good_rows()
    rows["counts"] = many_counts(10, 9)  # under the suite's min_rows: rows are quarantined, the run goes on
    out = check(Batch(rows), gx)
    assert out.problems == [] and out.stats["counts"].failed == 9


def test_editing_a_suite_changes_what_is_checked(tmp_path: Path):
    rows = good_rows()
    rows["counts"][0]["value"] = 2000
    rows["counts"][1]["category"] = "massacred"
    before = check(Batch(rows), GreatExpectations(load_suites()))
    assert [q["expectation"] for q in validate_quarantine(before, "counts")] == [
        "expect_column_values_to_be_in_set(category)"
    ]

    suites = tmp_path / "expectations"
    shutil.copytree(SUITES_DIR, suites)
    spec = json.loads((suites / "counts.json").read_text())
    spec["expectations"] = [
        e
        for e in spec["expectations"]
        if e["kwargs"].get("column") != "category" or e["type"] != "expect_column_values_to_be_in_set"
    ]
    for e in spec["expectations"]:
        if e["type"] == "expect_column_values_to_be_between" and e["kwargs"]["column"] == "value":
            e["kwargs"]["max_value"] = 1000
    (suites / "counts.json").write_text(json.dumps(spec))

    after = check(Batch(good_rows() | {"counts": rows["counts"]}), GreatExpectations(load_suites(suites)))
    assert [(q["expectation"], q["failing_value"]) for q in validate_quarantine(after, "counts")] == [
        ("expect_column_values_to_be_between(value)", "2000")
    ]


def test_data_docs_report_the_failing_expectation_and_escape_article_text(gx, tmp_path: Path):
    rows = good_rows()
    rows["counts"][0]["category"] = "<script>alert('x')</script>"
    out = check(Batch(rows), gx)
    save_batch_record(tmp_path, "run1", RUN, 0, out)
    with GX_LOCK:
        report = build_run_docs(gx, tmp_path, "run1")

    page = report.page.read_text()
    assert "expect_column_values_to_be_in_set(category)" in page
    gx_page, passed = report.pages[0]["counts"]
    gx_html = (tmp_path / "_data_docs" / gx_page).read_text()
    assert not passed and "must belong to this set" in gx_html
    markdown = summary_markdown(report)
    assert "| counts | 2 | 1 | 1 | 1 |" in markdown
    for text in (page, gx_html, markdown):
        assert "&lt;script&gt;alert" in text
        assert "<script>alert" not in text
    assert 'href="runs/run1.html"' in report.index.read_text()


def test_suites_list_exactly_the_schema_columns_and_their_derived_checks():
    for table, suite in load_suites().items():
        derived = [c.kwargs["column"] for c in suite.derived]
        (columns,) = [
            c.kwargs["column_set"] for c in suite.checks if c.type == "expect_table_columns_to_match_set"
        ]
        assert columns == [*SCHEMAS[table].names, "year", "month", *derived], table
        typed = {c.kwargs["column"] for c in suite.checks if c.type == "expect_column_values_to_be_of_type"}
        assert typed == set(SCHEMAS[table].names), table
    assert set(load_suites()) == set(SUITE_TABLES)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda text: text[:-20], "not a readable JSON suite"),
        (lambda text: text.replace('"rule": "span_in_body"', '"rule": "nonsense"'), "meta.derived.rule"),
        (lambda text: text.replace('"severity": "warning"', '"severity": "fatal"', 1), "severity"),
    ],
)
def test_a_broken_suite_file_is_named_in_the_error(tmp_path: Path, edit, message):
    shutil.copytree(SUITES_DIR, tmp_path / "expectations")
    path = tmp_path / "expectations" / "persons.json"
    path.write_text(edit(path.read_text()))
    with pytest.raises(SuiteError, match=message) as err:
        load_suites(tmp_path / "expectations")
    assert "persons.json" in str(err.value)


def test_the_cli_and_validation_modules_do_not_import_great_expectations():
    code = (
        "import sys, newsfacts.cli, newsfacts.validation, newsfacts.validation_docs; "
        "sys.exit('great_expectations' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
