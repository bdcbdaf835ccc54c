"""One article's facts from its spaCy parse: every fact kind's extractor, in the order they depend on."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from newsfacts.extract.article_meta import extract_agency, extract_anniversary, extract_dateline
from newsfacts.extract.counts import extract_counts
from newsfacts.extract.dates import extract_dates
from newsfacts.extract.entities import (
    extract_locations,
    extract_organizations,
    extract_persons,
    with_agency,
    with_dateline,
)
from newsfacts.extract.facts import ArticleFacts


def extract_article(doc: Doc, published: date) -> ArticleFacts:
    """Extract every fact kind from one parsed body."""
    place, country = extract_dateline(doc.text)
    dates = extract_dates(doc, published)
    ordinal, of_year = extract_anniversary(doc, published)
    agency = extract_agency(doc)
    return ArticleFacts(
        dateline_place=place,
        dateline_country=country,
        agency=agency,
        anniversary_ordinal=ordinal,
        anniversary_of_year=of_year,
        counts=extract_counts(doc),
        persons=extract_persons(doc),
        organizations=with_agency(extract_organizations(doc), agency, doc.text),
        locations=with_dateline(extract_locations(doc), place, doc.text, country),
        dates=dates,
    )
