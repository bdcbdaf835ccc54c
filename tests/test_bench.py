"""The benchmark: its corpus is dev-like and all distinct, and a tiny run produces every figure."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

from newsfacts.bench import BenchResult, append_to_markdown
from newsfacts.bench_corpus import write_corpus
from newsfacts.cli import main
from newsfacts.header import ParsedArticle, parse_raw_article

REPO = Path(__file__).resolve().parent.parent


def test_corpus_articles_parse_and_all_have_distinct_ids(tmp_path: Path):
    paths = write_corpus(tmp_path / "corpus", 60, REPO / "raw")
    ids = {hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in paths}
    assert len(ids) == 60
    parsed = [parse_raw_article(p.read_bytes(), date.today()) for p in paths]
    assert all(isinstance(a, ParsedArticle) for a in parsed)
    assert len({a.published.year for a in parsed}) > 3  # spread over partitions like a back-fill


def test_a_small_benchmark_reports_every_figure_and_appends_a_row(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.chdir(REPO)  # templates come from raw/, as for `make bench`
    output = tmp_path / "BENCHMARKS.md"
    argv = ["bench", "--articles", "24", "--workdir", str(tmp_path / "bench"), "--output", str(output)]
    assert main(argv) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["articles"] == 24 and result["rows_written"]["articles"] == 24
    for figure in (
        "e2e_articles_per_s",
        "e2e_cores_busy",
        "nlp_floor_articles_per_s",
        "nlp_floor_2proc_articles_per_s",
        "extraction_articles_per_s",
        "io_floor_articles_per_s",
        "peak_rss_mb",
        "peak_pss_mb",
        "noop_rerun_seconds",
        "noop_rerun_running_api_seconds",
    ):
        assert result[figure] > 0, figure
    assert set(result["stage_seconds"]) == {"ingest", "parse", "extract", "validate", "write"}
    assert 1 <= result["max_files_per_partition"] <= 8

    append_to_markdown(BenchResult(**result), output)
    rows = [line for line in output.read_text().splitlines() if line.startswith("| 20")]
    assert len(rows) == 2 and "| 24 |" in rows[0]


def test_a_new_row_goes_into_the_results_table_not_into_tables_of_notes_below_it(tmp_path: Path):
    output = tmp_path / "BENCHMARKS.md"
    figures = dict.fromkeys(
        ["e2e_seconds", "e2e_articles_per_s", "e2e_cores_busy", "peak_rss_mb", "peak_pss_mb"], 1.0
    ) | dict.fromkeys(
        [
            "noop_rerun_seconds",
            "io_floor_articles_per_s",
            "nlp_floor_articles_per_s",
            "nlp_floor_2proc_articles_per_s",
            "extraction_articles_per_s",
        ],
        1.0,
    )
    append_to_markdown(BenchResult(articles=100, cores=2, floor_sample=100, **figures), output)
    output.write_text(
        output.read_text() + "\n## Against the targets\n\n| target | met? |\n|---|---|\n| x | yes |\n"
    )

    append_to_markdown(BenchResult(articles=200, cores=2, floor_sample=200, **figures), output)

    lines = output.read_text().splitlines()
    results = [i for i, line in enumerate(lines) if line.startswith("| 20")]
    assert [lines[i].split(" | ")[3] for i in results] == ["100", "200"]
    assert results[1] == results[0] + 1  # adjacent rows of one table
    assert lines[-1] == "| x | yes |" and "## Against the targets" in lines
