"""Cross-field rules Great Expectations has no built-in expectation for, computed as derived columns.

Each rule fills one column, named by the suite expectation that checks it, with None where the row is fine
and a sentence saying what is wrong where it is not. The suite then checks that column with the standard
`expect_column_values_to_be_null`, so the rule lives in the JSON suite, shows up in Data Docs, and its
failing value (the sentence) lands in quarantine. An expectation asks for a rule with
`"meta": {"derived": {"rule": "<name>", ...parameters}}`; deleting the expectation stops the check.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

Messages = list[str | None]


@dataclass
class RuleContext:
    """What the rules may look at beyond the row itself: the batch's articles and, for the ledger check,
    what the validation decided."""

    articles: dict[str, dict] = field(default_factory=dict)
    written_articles: set[str] = field(default_factory=set)
    quarantined_ids: set[str] = field(default_factory=set)
    _sentences: dict[str, list[int]] = field(default_factory=dict)

    def sentence_of(self, article_id: str, offset: int) -> int | None:
        """Index of the sentence of the article's body holding `offset` (None if the article is unknown)."""
        article = self.articles.get(article_id)
        if article is None or not isinstance(article.get("body"), str):
            return None
        if article_id not in self._sentences:
            self._sentences[article_id] = sentence_starts(article["body"])
        return bisect.bisect_right(self._sentences[article_id], offset)


_SENTENCE_END = re.compile(r"""[.!?]["'\u201d)\]]*\s+(?=["'\u201c(\[]?[A-Z0-9])|\n""")


def sentence_starts(body: str) -> list[int]:
    """Start offsets of the body's sentences after the first (a full stop, ! or ? then a capital; a line
    end). Abbreviations split a sentence in two: that only means fewer pairs are compared, never a false
    failure."""
    return [m.end() for m in _SENTENCE_END.finditer(body)]


def article_present(rows: list[dict], ctx: RuleContext, params: dict) -> Messages:
    """A fact must point at an article of its batch (extraction writes an article and its facts together)."""
    return [
        None if row.get("article_id") in ctx.articles else f"no article {row.get('article_id')} in this batch"
        for row in rows
    ]


def span_in_body(rows: list[dict], ctx: RuleContext, params: dict) -> Messages:
    """Offsets must index into the article's body: 0 <= char_start and char_end <= len(body)."""
    out: Messages = []
    for row in rows:
        body = ctx.articles.get(row.get("article_id"), {}).get("body")
        start, end = row.get("char_start"), row.get("char_end")
        if not isinstance(body, str) or start is None or end is None:
            out.append(None)  # a missing article or offset fails its own expectation
        elif start < 0 or end > len(body):
            out.append(f"span [{start}, {end}) outside the body of {len(body)} characters")
        else:
            out.append(None)
    return out


def subgroup_within_total(rows: list[dict], ctx: RuleContext, params: dict) -> Messages:
    """In one sentence, "613 people were killed, including 63 children": a subgroup count (children) may
    not exceed the total (people) of the same category. A total stated as `at_least` is a lower bound and
    is not compared."""
    totals = {s.lower() for s in params.get("total_subjects", [])}
    subgroups = {s.lower() for s in params.get("subgroup_subjects", [])}
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        start = row.get("char_start")
        sentence = None if start is None else ctx.sentence_of(row.get("article_id"), start)
        if sentence is not None:
            groups[(row.get("article_id"), sentence, row.get("category"))].append(i)
    out: Messages = [None] * len(rows)
    for members in groups.values():
        bounds = [
            rows[i]
            for i in members
            if str(rows[i].get("subject", "")).lower() in totals
            and rows[i].get("qualifier") != "at_least"
            and rows[i].get("value") is not None
        ]
        if not bounds:
            continue
        total = max(bounds, key=lambda r: r["value"])
        for i in members:
            row = rows[i]
            if str(row.get("subject", "")).lower() in subgroups and (row.get("value") or 0) > total["value"]:
                out[i] = (
                    f"{row['value']} {row['subject']} {row.get('category')} is more than the total "
                    f"{total['value']} {total['subject']} in the same sentence"
                )
    return out


def anniversary_year(rows: list[dict], ctx: RuleContext, params: dict) -> Messages:
    """`anniversary_of_year + anniversary_ordinal` must be the published year, give or take `tolerance`
    (an anniversary marked a little early or late, or "34 years ago" near New Year)."""
    tolerance = int(params.get("tolerance_years", 1))
    out: Messages = []
    for row in rows:
        ordinal, year, published = (
            row.get("anniversary_ordinal"),
            row.get("anniversary_of_year"),
            row.get("published"),
        )
        if ordinal is None or year is None or not isinstance(published, date):
            out.append(None)
        elif abs(year + ordinal - published.year) > tolerance:
            out.append(
                f"{year} + {ordinal} = {year + ordinal}, but the article was published in {published.year}"
            )
        else:
            out.append(None)
    return out


def ledger_outcome(rows: list[dict], ctx: RuleContext, params: dict) -> Messages:
    """The ingest ledger must agree with the tables: `loaded` means its article is written, `quarantined`
    and `duplicate` mean a quarantine row holds its content id and no article is written."""
    out: Messages = []
    for row in rows:
        outcome, article_id = row.get("outcome"), row.get("article_id")
        written = article_id in ctx.written_articles
        if outcome == "loaded" and not written:
            out.append(f"outcome loaded, but article {article_id} is not written by this batch")
        elif outcome in ("quarantined", "duplicate") and (written or article_id not in ctx.quarantined_ids):
            out.append(f"outcome {outcome}, but article {article_id} has no quarantine row in this batch")
        else:
            out.append(None)
    return out


RULES: dict[str, Callable[[list[dict], RuleContext, dict], Messages]] = {
    "article_present": article_present,
    "span_in_body": span_in_body,
    "subgroup_within_total": subgroup_within_total,
    "anniversary_year": anniversary_year,
    "ledger_outcome": ledger_outcome,
}
"""Derived-column rules by the name a suite's expectation `meta.derived.rule` uses."""
