"""Counts of people and things: category, value, qualifier, subject, span."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.extract.facts import Count


def extract_counts(doc: Doc) -> list[Count]:
    return []  # written in the extraction issue
