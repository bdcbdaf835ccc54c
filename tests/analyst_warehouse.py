"""A small warehouse built row by row, for the analyst-side tests (SQL views, report, documentation).

Two runs: the first loads three commemorations of one 1992 event from three agencies (two agree on 613
killed, one says 612) and quarantines a file at parse; the second loads a news story whose count row failed
validation. Facts are written directly through the Warehouse commit protocol, so these tests do not depend
on extraction.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from newsfacts.claims import rebuild_claims
from newsfacts.tables import to_arrow
from newsfacts.warehouse import Warehouse

RUN_1 = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)
RUN_2 = datetime(2026, 3, 7, 9, 30, tzinfo=UTC)
FEB_1992 = (date(1992, 2, 25), date(1992, 2, 26))

ARTICLES = [
    # article_id, published, agency, anniversary year, run, body
    (
        "aaaa000000000001",
        date(2026, 2, 26),
        "Report",
        1992,
        RUN_1,
        "On February 25-26, 1992, the town was attacked, killing 613 civilians. Over a thousand were "
        "taken captive.\n\nSeymur Ahmadov, chairman of the Friendship Association, spoke.",
    ),
    (
        "aaaa000000000002",
        date(2026, 3, 2),
        "Trend",
        1992,
        RUN_1,
        "BAKU, March 2. Events marked the 34th anniversary of the tragedy of February 25-26, 1992.\n\n"
        "During the killings, 613 people were murdered. 1275 were taken captive.\n\n"
        "Emin Rustamov, first secretary of the Azerbaijani Embassy, said so.",
    ),
    (
        "aaaa000000000003",
        date(2026, 3, 4),
        "AzerTag",
        1992,
        RUN_1,
        "On February 26, 1992, 612 people were killed in Khojaly, AzerTag reports.",
    ),
    (
        "aaaa000000000004",
        date(2026, 3, 6),
        None,
        None,
        RUN_2,
        "A flood killed 12 people on Friday, the Red Crescent said.",
    ),
]
COUNTS = {
    "aaaa000000000001": [
        ("613 civilians", "killed", 613, "exact", "civilians"),
        ("Over a thousand", "captured", 1000, "at_least", "people"),
    ],
    "aaaa000000000002": [
        ("613 people", "killed", 613, "exact", "people"),
        ("1275", "captured", 1275, "exact", "people"),
    ],
    "aaaa000000000003": [("612 people", "killed", 612, "exact", "people")],
    "aaaa000000000004": [("12 people", "killed", 12, "exact", "people")],
}
DATES = {
    "aaaa000000000001": [("February 25-26, 1992", *FEB_1992)],
    "aaaa000000000002": [
        ("March 2", date(2026, 3, 2), date(2026, 3, 2)),
        ("February 25-26, 1992", *FEB_1992),
    ],
    "aaaa000000000003": [("February 26, 1992", date(1992, 2, 26), date(1992, 2, 26))],
}
PERSONS = {
    "aaaa000000000001": [("Seymur Ahmadov", "chairman of the Friendship Association")],
    "aaaa000000000002": [("Emin Rustamov", "first secretary of the Azerbaijani Embassy")],
}
ORGANIZATIONS = {
    "aaaa000000000001": ["Friendship Association", "Report"],
    "aaaa000000000002": ["Azerbaijani Embassy", "Trend"],
    "aaaa000000000003": ["AzerTag"],
    "aaaa000000000004": ["Red Crescent <Society> & Co"],  # markup in a name must be shown, not parsed
}
LOCATIONS = {"aaaa000000000002": [("BAKU", "AZ")], "aaaa000000000003": [("Khojaly", "AZ")]}


def _span(body: str, phrase: str) -> dict:
    at = body.index(phrase)
    return {"char_start": at, "char_end": at + len(phrase)}


def build(root: Path) -> Path:
    """Write the warehouse under `root` and return it."""
    warehouse = Warehouse(root)
    for run, txn in ((RUN_1, "run1"), (RUN_2, "run2")):
        rows: dict[str, list[dict]] = {t: [] for t in ("articles", "counts", "persons", "organizations")}
        rows.update(locations=[], dates=[], quarantine=[], source_files=[])
        for article_id, published, agency, anniversary, article_run, body in ARTICLES:
            if article_run != run:
                continue
            part = {"year": published.year, "month": published.month}
            rows["articles"].append(
                {
                    "article_id": article_id,
                    "source_file": f"{article_id}.txt",
                    "published": published,
                    "body": body,
                    "agency": agency,
                    "anniversary_of_year": anniversary,
                    "ingested_at": run,
                    "pipeline_version": "test",
                    **part,
                }
            )
            rows["source_files"].append(_ledger(f"{article_id}.txt", article_id, "loaded", run))
            for phrase, category, value, qualifier, subject in COUNTS.get(article_id, []):
                rows["counts"].append(
                    {
                        "article_id": article_id,
                        "category": category,
                        "value": value,
                        "qualifier": qualifier,
                        "subject": subject,
                        "text": phrase,
                        **_span(body, phrase),
                        **part,
                    }
                )
            for phrase, start, end in DATES.get(article_id, []):
                rows["dates"].append(
                    {
                        "article_id": article_id,
                        "text": phrase,
                        "start": start,
                        "end": end,
                        **_span(body, phrase),
                        **part,
                    }
                )
            for name, title in PERSONS.get(article_id, []):
                rows["persons"].append(
                    {"article_id": article_id, "name": name, "title": title, **_span(body, name), **part}
                )
            for name in ORGANIZATIONS.get(article_id, []):
                span = _span(body, name) if name in body else {"char_start": 0, "char_end": 1}
                rows["organizations"].append({"article_id": article_id, "name": name, **span, **part})
            for name, code in LOCATIONS.get(article_id, []):
                rows["locations"].append(
                    {
                        "article_id": article_id,
                        "name": name,
                        "country_code": code,
                        **_span(body, name),
                        **part,
                    }
                )
        if run == RUN_1:
            rows["quarantine"].append(_quarantine("empty.txt", "parse", "empty_file", run))
            rows["source_files"].append(_ledger("empty.txt", "e3b0c44298fc1c14", "quarantined", run))
        else:
            rows["quarantine"].append(
                {
                    **_quarantine("aaaa000000000004.txt", "validate", "expectation_failed", run),
                    "article_id": "aaaa000000000004",
                    "table_name": "counts",
                    "expectation": "expect_column_values_to_be_between",
                    "failing_value": "-3",
                }
            )
        warehouse.commit(txn, {name: to_arrow(name, r) for name, r in rows.items() if r})
    rebuild_claims(root, "claims")
    return root


def _ledger(name: str, article_id: str, outcome: str, run: datetime) -> dict:
    return {
        "source_file": name,
        "content_sha256": article_id * 4,
        "article_id": article_id,
        "outcome": outcome,
        "size_bytes": 100,
        "mtime_ns": 0,
        "seen_at": run,
        "year": run.year,
        "month": run.month,
    }


def _quarantine(name: str, stage: str, reason: str, run: datetime) -> dict:
    return {
        "source_file": name,
        "stage": stage,
        "reason": reason,
        "detail": f"{name}: rejected at {stage} ({reason})",
        "quarantined_at": run,
        "year": run.year,
        "month": run.month,
    }
