"""The facts extraction produces, one dataclass per warehouse fact table.

These are plain values so the extraction code stays free of pandas, pyarrow and Prefect;
`newsfacts.tables` turns them into Arrow rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

COUNT_CATEGORIES = (
    "killed",
    "injured",
    "captured",
    "missing",
    "displaced",
    "arrested",
    "evacuated",
    "orphaned",
    "affected",
    "other",
)
QUALIFIERS = ("exact", "at_least", "approx", "at_most")


@dataclass(frozen=True)
class Count:
    """A stated count: "at least 22 dead" -> killed, 22, at_least, people."""

    category: str
    value: int
    qualifier: str
    subject: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Person:
    name: str
    title: str | None
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Organization:
    name: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Location:
    name: str
    country_code: str | None
    char_start: int
    char_end: int


@dataclass(frozen=True)
class DateMention:
    """A calendar expression and the inclusive range of days it names."""

    text: str
    start: date
    end: date
    char_start: int
    char_end: int


@dataclass
class ArticleFacts:
    """Everything extracted from one article body."""

    dateline_place: str | None = None
    dateline_country: str | None = None
    agency: str | None = None
    anniversary_ordinal: int | None = None
    anniversary_of_year: int | None = None
    counts: list[Count] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
