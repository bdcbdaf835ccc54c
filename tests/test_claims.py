"""Claims: the same figure across articles, grouped by event, with agreement that never averages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow as pa
import pytest

import newsfacts.claims
from newsfacts.claims import agreement, build_claims, partition_of, rebuild_claims, with_events
from newsfacts.extract.facts import ArticleFacts, Count, DateMention
from newsfacts.tables import CLAIMS_LOGIC_KEY, SCHEMAS, batch_schema, fact_rows, to_arrow
from newsfacts.warehouse import Warehouse

FEB_1992 = (date(1992, 2, 25), date(1992, 2, 26))


class Corpus:
    """Articles with their counts and date mentions, offsets found from the phrases themselves."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict]] = {"articles": [], "counts": [], "dates": []}

    def add(
        self,
        article_id: str,
        published: date,
        body: str,
        counts: list[tuple[str, str, int, str, str]] = (),
        dates: list[tuple[str, date, date]] = (),
        agency: str | None = None,
        anniversary_of_year: int | None = None,
    ) -> Corpus:
        part = {"year": published.year, "month": published.month}
        self.rows["articles"].append(
            {
                "article_id": article_id,
                "source_file": f"{article_id}.txt",
                "published": published,
                "body": body,
                "agency": agency,
                "anniversary_of_year": anniversary_of_year,
                "ingested_at": pa.scalar(0, pa.timestamp("us", tz="UTC")).as_py(),
                "pipeline_version": "test",
                **part,
            }
        )
        for phrase, category, value, qualifier, subject in counts:
            at = body.index(phrase)
            self.rows["counts"].append(
                {
                    "article_id": article_id,
                    "category": category,
                    "value": value,
                    "qualifier": qualifier,
                    "subject": subject,
                    "char_start": at,
                    "char_end": at + len(phrase),
                    "text": phrase,
                    **part,
                }
            )
        for phrase, start, end in dates:
            at = body.index(phrase)
            self.rows["dates"].append(
                {
                    "article_id": article_id,
                    "text": phrase,
                    "start": start,
                    "end": end,
                    "char_start": at,
                    "char_end": at + len(phrase),
                    **part,
                }
            )
        return self

    def tables(self) -> dict[str, pa.Table]:
        return {name: to_arrow(name, rows) for name, rows in self.rows.items()}

    def claims(self) -> list[dict]:
        t = self.tables()
        return build_claims(t["articles"], t["counts"], t["dates"]).to_pylist()

    def extracted_counts(self) -> pa.Table:
        """The counts as the pipeline writes them: through `fact_rows`, event columns included."""
        rows = []
        for article in self.rows["articles"]:
            aid = article["article_id"]
            facts = ArticleFacts(
                counts=[
                    Count(
                        c["category"],
                        c["value"],
                        c["qualifier"],
                        c["subject"],
                        c["char_start"],
                        c["char_end"],
                    )
                    for c in self.rows["counts"]
                    if c["article_id"] == aid
                ],
                dates=[
                    DateMention(d["text"], d["start"], d["end"], d["char_start"], d["char_end"])
                    for d in self.rows["dates"]
                    if d["article_id"] == aid
                ],
                anniversary_of_year=article["anniversary_of_year"],
            )
            rows += fact_rows(aid, article["body"], article["published"], facts)["counts"]
        return to_arrow("counts", rows)


def claim(claims: list[dict], category: str, subject: str) -> dict:
    found = [c for c in claims if (c["category"], c["subject"]) == (category, subject)]
    assert len(found) == 1, found
    return found[0]


def khojaly_pair() -> Corpus:
    """Two commemorations of one 1992 event: one dates the toll in its sentence, one only by anniversary."""
    first = (
        "BAKU, March 2. Events marked the 34th anniversary of the tragedy.\n\n"
        "On the night of February 25-26, 1992, the town was attacked.\n\n"
        "During the killings, 613 people were murdered. 1275 were taken captive."
    )
    second = (
        "The town was attacked on February 25-26, 1992, killing 613 civilians. "
        "Over a thousand were taken captive."
    )
    return (
        Corpus()
        .add(
            "a1",
            date(2026, 3, 2),
            first,
            counts=[
                ("613 people", "killed", 613, "exact", "people"),
                ("1275", "captured", 1275, "exact", "people"),
            ],
            dates=[("March 2", date(2026, 3, 2), date(2026, 3, 2)), ("February 25-26, 1992", *FEB_1992)],
            agency="Trend",
            anniversary_of_year=1992,
        )
        .add(
            "a2",
            date(2026, 2, 26),
            second,
            counts=[
                ("613 civilians", "killed", 613, "exact", "civilians"),
                ("Over a thousand", "captured", 1000, "at_least", "people"),
            ],
            dates=[("February 25-26, 1992", *FEB_1992)],
            agency="Report",
            anniversary_of_year=1992,
        )
    )


def test_same_toll_from_two_agencies_is_one_claim_that_agrees():
    killed = claim(khojaly_pair().claims(), "killed", "people")

    assert killed["event_period"] == "1992-02"
    assert (killed["event_start"], killed["event_end"]) == (date(1992, 2, 1), date(1992, 2, 29))
    assert (killed["year"], killed["month"]) == (1992, 2)
    assert killed["status"] == "agree"
    assert killed["value"] == 613
    assert killed["article_ids"] == ["a1", "a2"]
    assert (killed["n_articles"], killed["n_sources"]) == (2, 2)
    by_article = {r["article_id"]: r for r in killed["reports"]}
    assert by_article["a1"]["event_basis"] == "anniversary"  # the date is two paragraphs away
    assert by_article["a2"]["event_basis"] == "sentence"
    assert by_article["a2"]["subject"] == "civilians"  # the wording each source used is kept


def test_exact_figure_within_a_stated_bound_is_a_consistent_range_not_a_conflict():
    captured = claim(khojaly_pair().claims(), "captured", "people")

    assert captured["status"] == "range"
    assert (captured["low"], captured["high"], captured["value"]) == (1275, 1275, 1275)
    assert (captured["min_stated"], captured["max_stated"]) == (1000, 1275)
    assert sorted((r["value"], r["qualifier"]) for r in captured["reports"]) == [
        (1000, "at_least"),
        (1275, "exact"),
    ]


def test_different_figures_are_flagged_as_a_conflict_with_every_value_kept():
    corpus = khojaly_pair().add(
        "a3",
        date(2026, 2, 25),
        "On February 26, 1992, 612 people were killed in the town.",
        counts=[("612 people", "killed", 612, "exact", "people")],
        dates=[("February 26, 1992", date(1992, 2, 26), date(1992, 2, 26))],
        agency="AzerTag",
    )
    killed = claim(corpus.claims(), "killed", "people")

    assert killed["status"] == "conflict"
    assert killed["value"] is None and killed["low"] is None and killed["high"] is None
    assert sorted(r["value"] for r in killed["reports"]) == [612, 613, 613]
    assert (killed["min_stated"], killed["max_stated"]) == (612, 613)
    assert killed["article_ids"] == ["a1", "a2", "a3"]


def test_tolls_of_different_events_are_different_claims():
    corpus = khojaly_pair().add(
        "b1",
        date(2026, 4, 10),
        "In April 1993, 40 people were killed in another attack.",
        counts=[("40 people", "killed", 40, "exact", "people")],
        dates=[("April 1993", date(1993, 4, 1), date(1993, 4, 30))],
    )
    killed = [c for c in corpus.claims() if c["category"] == "killed"]

    assert {c["event_period"]: c["status"] for c in killed} == {"1992-02": "agree", "1993-04": "single"}


def test_figures_in_one_article_are_different_facts_not_a_conflict():
    body = "In March 1995, 130 children lost one parent, and 25 lost both parents."
    corpus = Corpus().add(
        "c1",
        date(2025, 3, 5),
        body,
        counts=[
            ("130 children", "orphaned", 130, "exact", "children"),
            ("25", "orphaned", 25, "exact", "children"),
        ],
        dates=[("March 1995", date(1995, 3, 1), date(1995, 3, 31))],
    )
    orphaned = claim(corpus.claims(), "orphaned", "children")

    assert orphaned["status"] == "single"
    assert (orphaned["low"], orphaned["high"], orphaned["value"]) == (25, 130, None)


def test_recent_event_meets_an_undated_report_of_the_same_day_and_the_dateline_is_not_an_event():
    corpus = (
        Corpus()
        .add(
            "q1",
            date(2025, 6, 3),
            "ANKARA, June 3. An earthquake killed at least 20 people.",
            counts=[("at least 20 people", "killed", 20, "at_least", "people")],
            dates=[("June 3", date(2025, 6, 3), date(2025, 6, 3))],
        )
        .add(
            "q2",
            date(2025, 6, 4),
            "The earthquake on June 3 killed 23 people, officials said.",
            counts=[("23 people", "killed", 23, "exact", "people")],
            dates=[("June 3", date(2025, 6, 3), date(2025, 6, 3))],
        )
    )
    killed = claim(corpus.claims(), "killed", "people")

    assert killed["event_period"] == "2025-06-03"
    assert killed["status"] == "range" and killed["value"] == 23
    assert {r["article_id"]: r["event_basis"] for r in killed["reports"]} == {
        "q1": "published",
        "q2": "sentence",
    }


def year_only() -> Corpus:
    return Corpus().add(
        "y1",
        date(2026, 2, 26),
        "Marking 34 years since 1992, speakers recalled that 613 people were killed.",
        counts=[("613 people", "killed", 613, "exact", "people")],
        dates=[("1992", date(1992, 1, 1), date(1992, 12, 31))],
        anniversary_of_year=1992,
    )


def april_1993(article_id: str, published: date) -> Corpus:
    return Corpus().add(
        article_id,
        published,
        "In April 1993, 40 people were killed in another attack.",
        counts=[("40 people", "killed", 40, "exact", "people")],
        dates=[("April 1993", date(1993, 4, 1), date(1993, 4, 30))],
    )


def test_a_report_dated_only_by_year_joins_the_one_claim_of_that_year():
    corpus = khojaly_pair()
    corpus.rows = {t: corpus.rows[t] + year_only().rows[t] for t in corpus.rows}
    killed = claim(corpus.claims(), "killed", "people")

    assert killed["event_period"] == "1992-02"
    assert killed["article_ids"] == ["a1", "a2", "y1"]
    assert killed["status"] == "agree"


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        ([("a", 600, "approx"), ("b", 613, "exact")], ("range", 613, 613)),
        ([("a", 100, "at_most"), ("b", 120, "exact")], ("conflict", None, None)),
        ([("a", 1000, "at_least"), ("b", 800, "exact")], ("conflict", None, None)),
        ([("a", 1000, "at_least"), ("b", 500, "at_least")], ("range", 1000, None)),
        ([("a", 1000, "at_least"), ("b", 1000, "at_least")], ("agree", 1000, None)),
        ([("a", 50, "at_most"), ("b", 30, "at_least")], ("range", 30, 50)),
        ([("a", 7, "exact"), ("a", 7, "exact")], ("single", 7, 7)),
    ],
)
def test_agreement_of_qualified_statements(statements, expected):
    assert agreement(statements) == expected


def commit(warehouse: Warehouse, corpus: Corpus, txn: str) -> None:
    warehouse.commit(txn, corpus.tables())


def test_rebuild_publishes_claims_replaces_them_when_they_change_and_is_quiet_otherwise(tmp_path: Path):
    warehouse = Warehouse(tmp_path / "wh")
    commit(warehouse, khojaly_pair(), "t1")

    assert rebuild_claims(warehouse.root, "c1") > 0
    first_files = {f: f.read_bytes() for f in warehouse.files("claims")}
    assert [f.parent.relative_to(warehouse.root).as_posix() for f in first_files] == [
        "claims/year=1992/month=2"
    ]
    assert rebuild_claims(warehouse.root, "c2") == 0
    assert {f: f.read_bytes() for f in warehouse.files("claims")} == first_files

    conflicting = Corpus().add(
        "a3",
        date(2026, 2, 25),
        "On February 26, 1992, 612 people were killed in the town.",
        counts=[("612 people", "killed", 612, "exact", "people")],
        dates=[("February 26, 1992", date(1992, 2, 26), date(1992, 2, 26))],
    )
    commit(warehouse, conflicting, "t2")
    rebuild_claims(warehouse.root, "c3")

    assert len(warehouse.files("claims")) == 1 and not set(warehouse.files("claims")) & set(first_files)
    claims = warehouse.read("claims").to_pylist()
    assert len({c["claim_id"] for c in claims}) == len(claims)
    assert claim(claims, "killed", "people")["status"] == "conflict"
    assert warehouse.read("claims").schema.equals(batch_schema("claims"), check_metadata=False)
    assert not (warehouse.root / "_staging").exists() or not any((warehouse.root / "_staging").iterdir())


def fake_extract_many(items: list[tuple[str, date]], processes: int = 1) -> list:
    """Stands in for spaCy extraction: '<N> people were killed' and 'February 25-26, 1992' only."""
    import re

    from newsfacts.extract.facts import ArticleFacts, Count, DateMention

    results = []
    for body, _published in items:
        facts = ArticleFacts()
        for m in re.finditer(r"(\d+) people were killed", body):
            facts.counts.append(
                Count("killed", int(m[1]), "exact", "people", m.start(), m.start() + len(m[1]))
            )
        for m in re.finditer(r"February 25-26, 1992", body):
            facts.dates.append(DateMention(m[0], *FEB_1992, m.start(), m.end()))
        results.append(facts)
    return results


@pytest.mark.usefixtures("prefect_backend")
def test_flow_keeps_claims_current_and_leaves_them_alone_when_nothing_is_new(tmp_path: Path, monkeypatch):
    import newsfacts.extract.batch
    from flows.ingest_news import ingest_news

    monkeypatch.setattr(newsfacts.extract.batch, "extract_many", fake_extract_many)
    raw = tmp_path / "raw"
    raw.mkdir()
    text = " date {day} BAKU. On February 25-26, 1992, {n} people were killed in the town. Source {i}.\n"
    for i, day in enumerate(("2026-02-26", "2026-03-02")):
        (raw / f"a{i}.txt").write_text(text.format(day=day, n=613, i=i))
    warehouse = Warehouse(tmp_path / "warehouse")

    first = ingest_news(str(raw), str(warehouse.root), processes=1)
    (killed,) = warehouse.read("claims").to_pylist()
    assert (killed["event_period"], killed["status"], killed["value"], killed["n_articles"]) == (
        "1992-02",
        "agree",
        613,
        2,
    )
    assert first.rows_written["claims"] == 1
    files = {f: f.read_bytes() for f in warehouse.files("claims")}

    again = ingest_news(str(raw), str(warehouse.root), processes=1)
    assert again.rows_written.get("claims", 0) == 0
    assert {f: f.read_bytes() for f in warehouse.files("claims")} == files

    (raw / "a2.txt").write_text(text.format(day="2026-03-04", n=612, i=2))
    ingest_news(str(raw), str(warehouse.root), processes=1)
    (killed,) = warehouse.read("claims").to_pylist()
    assert killed["status"] == "conflict" and killed["n_articles"] == 3


def test_counts_carry_their_event_from_extraction_and_old_counts_get_the_same_from_their_body():
    corpus = khojaly_pair()
    corpus.rows = {t: corpus.rows[t] + year_only().rows[t] for t in corpus.rows}
    t = corpus.tables()
    stored = corpus.extracted_counts()
    computed = with_events(t["counts"], t["articles"], t["dates"])

    key = [("article_id", "ascending"), ("char_start", "ascending")]
    events = ["event_start", "event_end", "event_period", "event_basis"]
    assert (
        stored.select(["article_id", "char_start", *events])
        .sort_by(key)
        .equals(computed.select(["article_id", "char_start", *events]).sort_by(key))
    )
    assert {(r["article_id"], r["event_period"], r["event_basis"]) for r in stored.to_pylist()} >= {
        ("a1", "1992-02", "anniversary"),
        ("a2", "1992-02", "sentence"),
        ("y1", "1992", "sentence"),
    }
    articles = t["articles"].drop_columns(["body"])  # with stored events, claims never need a body
    assert (
        build_claims(articles, stored).to_pylist()
        == build_claims(t["articles"], t["counts"], t["dates"]).to_pylist()
    )


def test_rebuild_rewrites_only_the_partitions_whose_statements_changed(tmp_path: Path):
    warehouse = Warehouse(tmp_path / "wh")
    commit(warehouse, khojaly_pair(), "t1")
    commit(warehouse, april_1993("b1", date(2026, 4, 10)), "t2")
    rebuild_claims(warehouse.root, "c1")
    before = {partition_of(f): (f, f.read_bytes()) for f in warehouse.files("claims")}
    assert set(before) == {(1992, 2), (1993, 4)}

    commit(warehouse, april_1993("b2", date(2026, 4, 11)), "t3")
    assert rebuild_claims(warehouse.root, "c2") == 1  # the one claim of April 1993, rewritten

    after = {partition_of(f): (f, f.read_bytes()) for f in warehouse.files("claims")}
    assert after[(1992, 2)] == before[(1992, 2)]  # same file, same bytes
    assert after[(1993, 4)][0] != before[(1993, 4)][0]
    (april,) = [c for c in warehouse.read("claims").to_pylist() if c["event_period"] == "1993-04"]
    assert (april["n_articles"], april["status"], april["value"]) == (2, "agree", 40)


def test_a_claim_that_moves_to_another_partition_leaves_no_stale_file_behind(tmp_path: Path):
    warehouse = Warehouse(tmp_path / "wh")
    commit(warehouse, year_only(), "t1")
    rebuild_claims(warehouse.root, "c1")
    assert [partition_of(f) for f in warehouse.files("claims")] == [(1992, 1)]  # the year 1992 on its own

    commit(warehouse, khojaly_pair(), "t2")  # now February 1992 is the one month of that year
    rebuild_claims(warehouse.root, "c2")

    assert [partition_of(f) for f in warehouse.files("claims")] == [(1992, 2)]
    killed = claim(warehouse.read("claims").to_pylist(), "killed", "people")
    assert killed["article_ids"] == ["a1", "a2", "y1"]


def test_claims_written_by_other_claims_logic_are_rebuilt_once(tmp_path: Path, monkeypatch):
    warehouse = Warehouse(tmp_path / "wh")
    commit(warehouse, khojaly_pair(), "t1")
    commit(warehouse, april_1993("b1", date(2026, 4, 10)), "t2")
    rebuild_claims(warehouse.root, "c1")
    old_files = set(warehouse.files("claims"))
    claims = warehouse.read("claims").num_rows

    monkeypatch.setattr(newsfacts.claims, "CLAIMS_LOGIC_VERSION", "next")
    monkeypatch.setitem(SCHEMAS, "claims", SCHEMAS["claims"].with_metadata({CLAIMS_LOGIC_KEY: "next"}))
    assert rebuild_claims(warehouse.root, "c2") == claims
    assert not set(warehouse.files("claims")) & old_files
    assert rebuild_claims(warehouse.root, "c3") == 0
