"""Persons with titles, organizations, locations with country codes."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.extract.facts import Location, Organization, Person


def extract_persons(doc: Doc) -> list[Person]:
    raise NotImplementedError


def extract_organizations(doc: Doc) -> list[Organization]:
    raise NotImplementedError


def extract_locations(doc: Doc) -> list[Location]:
    raise NotImplementedError
