"""Apply extraction to a loaded batch: fill the articles' fact columns and the fact tables."""

from __future__ import annotations

from datetime import datetime

from newsfacts.extract.facts import ArticleFacts
from newsfacts.extract.parallel import extract_many
from newsfacts.ingest import Batch, quarantine_row
from newsfacts.tables import ARTICLE_FACT_FIELDS, fact_rows


def extract_batch(batch: Batch, run_started: datetime, processes: int = 1) -> Batch:
    """Return the batch with facts added; an article whose extraction fails moves to quarantine."""
    return add_facts(batch, article_facts(batch.rows.get("articles", []), processes), run_started)


def article_facts(articles: list[dict], processes: int = 1) -> list[ArticleFacts | str]:
    """The pure, expensive step: facts (or the error text) for each article row, from body and date only."""
    return extract_many([(a["body"], a["published"]) for a in articles], processes)


def add_facts(batch: Batch, results: list[ArticleFacts | str], run_started: datetime) -> Batch:
    """Fill the batch's article rows and fact tables from `article_facts` results, in article order."""
    articles = batch.rows.get("articles", [])
    out = Batch({t: rows for t, rows in batch.rows.items() if t != "articles"})
    failed: set[str] = set()
    for article, facts in zip(articles, results, strict=True):
        if not isinstance(facts, ArticleFacts):
            detail = (
                f"{article['source_file']}: extraction failed ({facts}). The article was not loaded; report "
                "the error with this file, and run again once it is fixed."
            )
            row = quarantine_row(
                article["source_file"],
                "extract",
                "extraction_error",
                detail,
                run_started,
                article["article_id"],
            )
            out.add("quarantine", row)
            failed.add(article["article_id"])
            continue
        out.add("articles", {**article, **{k: getattr(facts, k) for k in ARTICLE_FACT_FIELDS}})
        for table, rows in fact_rows(
            article["article_id"], article["body"], article["published"], facts
        ).items():
            for row in rows:
                out.add(table, row)
    for entry in out.rows.get("source_files", []):
        if entry["article_id"] in failed:
            entry["outcome"] = "quarantined"
    return out
