"""Article-level facts: the opening dateline, the source agency, the anniversary being marked."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc


def extract_dateline(body: str) -> tuple[str | None, str | None]:
    return None, None  # written in the extraction issue


def extract_agency(doc: Doc) -> str | None:
    return None  # written in the extraction issue


def extract_anniversary(doc: Doc, published: date) -> tuple[int | None, int | None]:
    return None, None  # written in the extraction issue
