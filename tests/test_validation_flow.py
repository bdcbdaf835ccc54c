"""Validation inside the real flow, with a stand-in extractor (so the test does not depend on extraction
quality): rows are counted from raw file to warehouse or quarantine, Data Docs and artifacts are published,
and a mostly-bad batch stops the run without writing anything of it."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import (
    ArtifactFilter,
    ArtifactFilterFlowRunId,
    FlowRunFilter,
    TaskRunFilter,
)
from prefect.client.schemas.sorting import ArtifactSort

import newsfacts.extract.batch
from flows.ingest_news import ingest_news
from newsfacts.extract.facts import ArticleFacts, Count, Location
from newsfacts.tables import FACT_TABLES
from newsfacts.validation import ValidationFailed
from newsfacts.warehouse import Warehouse

pytestmark = pytest.mark.usefixtures("prefect_backend")

RAW = {
    "good.txt": " date 2026-03-02 BAKU, Azerbaijan. In all 613 people were killed in Baku.\n",
    "tagged.txt": " date 2026-03-02 In all 613 people were killed. TAG:<script>alert('x')</script>\n",
    "anniversary.txt": " date 2026-03-02 ANNIVERSARY of the day 613 people were killed in Baku.\n",
    "no-header.txt": "A body without its date header.\n",
}


def stand_in_facts(body: str, produced: Counter) -> ArticleFacts:
    """Facts read off marker words: good ones, a count with the category after TAG:, a wrong anniversary,
    or (MOSTLY BAD) 25 negative counts."""

    def at(text: str) -> tuple[int, int]:
        start = body.index(text)
        return start, start + len(text)

    facts = ArticleFacts()
    if "613 people" in body:
        facts.counts.append(Count("killed", 613, "exact", "people", *at("613 people")))
    if "Baku" in body:
        facts.locations.append(Location("Baku", "AZ", *at("Baku")))
    if "TAG:" in body:
        tag = body.split("TAG:")[1].strip()
        facts.counts.append(Count(tag, 5, "exact", "people", *at(tag)))
    if "ANNIVERSARY" in body:
        facts.anniversary_ordinal, facts.anniversary_of_year = 30, 1990  # 2020, not 2026
    if "MOSTLY BAD" in body:
        facts.counts += [Count("killed", -1, "exact", "people", i, i + 1) for i in range(25)]
    for table in FACT_TABLES:
        produced[table] += len(getattr(facts, table))
    return facts


@pytest.fixture
def produced(monkeypatch: pytest.MonkeyPatch) -> Counter:
    """Fact rows the stand-in extractor produced, by table."""
    counter: Counter = Counter()

    def extract_many(items: list[tuple[str, date]], processes: int = 1) -> list[ArticleFacts]:
        return [stand_in_facts(body, counter) for body, _ in items]

    monkeypatch.setattr(newsfacts.extract.batch, "extract_many", extract_many)
    return counter


def write_raw(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


def test_every_row_ends_in_the_warehouse_or_quarantine_and_the_run_is_reported(tmp_path: Path, produced):
    raw, warehouse = write_raw(tmp_path / "raw", RAW), tmp_path / "warehouse"
    state = ingest_news(str(raw), str(warehouse), processes=1, return_state=True)
    state.result()
    wh = Warehouse(warehouse)
    quarantine = wh.read("quarantine").to_pylist()

    for table in FACT_TABLES:
        quarantined = sum(q["table_name"] == table for q in quarantine)
        assert produced[table] == wh.read(table).num_rows + quarantined, table
    articles = set(wh.read("articles")["source_file"].to_pylist())
    rejected = {q["source_file"] for q in quarantine if q["table_name"] in (None, "articles")}
    assert articles == {"good.txt", "tagged.txt"} and rejected == {"anniversary.txt", "no-header.txt"}
    ledger = dict(zip(*wh.read("source_files", ["source_file", "outcome"]).to_pydict().values(), strict=True))
    assert ledger == {n: "loaded" if n in articles else "quarantined" for n in RAW}

    by_reason = Counter((q["reason"], q["expectation"]) for q in quarantine if q["stage"] == "validate")
    assert by_reason == {
        ("failed_expectation", "expect_column_values_to_be_in_set(category)"): 1,
        ("failed_expectation", "expect_column_values_to_be_null(check_anniversary_year)"): 1,
        ("article_failed_validation", "expect_column_values_to_be_null(check_anniversary_year)"): 2,
    }

    (page,) = (warehouse / "_data_docs" / "runs").glob("*.html")
    html = page.read_text()
    assert "expect_column_values_to_be_in_set(category)" in html and "check_anniversary_year" in html
    assert "&lt;script&gt;" in html and "<script>" not in html
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(
                flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id])
            ),
            flow_run_filter=FlowRunFilter(),  # this server wants every field of the request set
            task_run_filter=TaskRunFilter(),
            limit=50,
            offset=0,
            sort=ArtifactSort.CREATED_DESC,
        )
    data = {a.key: a.data for a in artifacts if a.key}
    assert page.resolve().as_uri() in data["newsfacts-data-docs"]
    assert "| counts | 4 | 2 | 1 | 2 |" in data["newsfacts-validation"]
    assert "&lt;script&gt;" in data["newsfacts-validation"] and "<script>" not in data["newsfacts-validation"]


def test_a_mostly_bad_batch_stops_the_run_and_writes_none_of_it(tmp_path: Path, produced):
    files = {"good.txt": RAW["good.txt"], "mostly.txt": " date 2026-03-02 MOSTLY BAD numbers everywhere.\n"}
    raw, warehouse = write_raw(tmp_path / "raw", files), tmp_path / "warehouse"

    state = ingest_news(str(raw), str(warehouse), processes=1, return_state=True)
    assert state.is_failed()
    with pytest.raises(ValidationFailed) as failure:
        state.result()
    message = str(failure.value)
    assert "counts.json" in message and "expect_column_values_to_be_between(value)" in message
    assert "_data_docs" in message
    assert Warehouse(warehouse).count_rows()["articles"] == 0
    assert Warehouse(warehouse).known_files().num_rows == 0  # so the next run loads these files again

    (raw / "mostly.txt").unlink()
    assert ingest_news(str(raw), str(warehouse), processes=1).articles_loaded == 1
