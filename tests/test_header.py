"""The metadata header parser: every input becomes an article or a rejection a person can act on."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfacts.header import MAX_FILE_BYTES, REASONS, ParsedArticle, Rejection, parse_raw_article

TODAY = date(2026, 3, 10)


def parse(data: bytes) -> ParsedArticle | Rejection:
    return parse_raw_article(data, TODAY)


def test_sample_shape_parses_date_and_body():
    parsed = parse(b" date 2026-03-02 BAKU, Azerbaijan, March 2. Events were held.\n\nSecond paragraph.\n")
    assert isinstance(parsed, ParsedArticle)
    assert parsed.published == date(2026, 3, 2)
    assert parsed.body == "BAKU, Azerbaijan, March 2. Events were held.\n\nSecond paragraph.\n"


def test_bom_and_crlf_are_tolerated_and_line_ends_normalized():
    parsed = parse("\ufeff date 2026-03-02 First line.\r\nSecond line.\rThird.".encode())
    assert isinstance(parsed, ParsedArticle)
    assert parsed.body == "First line.\nSecond line.\nThird."


def test_extra_header_keys_are_kept_and_not_part_of_the_body():
    parsed = parse(b" url https://example.org/a date 2026-03-01 lang en The body starts here.")
    assert isinstance(parsed, ParsedArticle)
    assert parsed.header == {"url": "https://example.org/a", "date": "2026-03-01", "lang": "en"}
    assert parsed.body == "The body starts here."


def test_header_on_its_own_line():
    parsed = parse(b"date 2026-03-01\nBody on the next line.")
    assert isinstance(parsed, ParsedArticle)
    assert parsed.body == "Body on the next line."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty_file"),
        (b"   \n\t ", "empty_file"),
        (b"BAKU, Azerbaijan. No header at all.", "missing_date_header"),
        (b" url https://x.org Body without a date.", "missing_date_header"),
        (b" date 02/03/2026 Body.", "malformed_date"),
        (b" date 2026-3-2 Body.", "malformed_date"),
        (b" date 2026-02-30 Body.", "impossible_date"),
        (b" date 2026-13-01 Body.", "impossible_date"),
        (b" date 1850-01-01 Body.", "date_out_of_range"),
        (b" date 2031-01-01 Body.", "future_date"),
        (b" date 2026-03-01   \n  ", "empty_body"),
        (b" date 2026-03-01", "empty_body"),
        (b" date 2026-03-01 date 2026-03-02 Body.", "duplicate_header_key"),
        (b" date 2026-03-01 Caf\xe9 in Latin-1.", "not_utf8"),
        (b" date 2026-03-01 Body\x00with NUL.", "binary_content"),
    ],
)
def test_bad_input_is_rejected_with_reason_and_actionable_detail(data: bytes, reason: str):
    result = parse(data)
    assert isinstance(result, Rejection)
    assert result.reason == reason
    assert result.detail.endswith(".") and len(result.detail) > 30


def test_tomorrow_is_accepted_but_not_the_day_after():
    assert isinstance(parse(b" date 2026-03-11 Body."), ParsedArticle)
    assert parse(b" date 2026-03-12 Body.").reason == "future_date"


def test_oversized_file_is_rejected_by_its_real_size():
    result = parse_raw_article(b" date 2026-03-01 " + b"x" * 100, TODAY, size=MAX_FILE_BYTES + 10)
    assert isinstance(result, Rejection) and result.reason == "too_large"
    assert f"{MAX_FILE_BYTES + 10:,}" in result.detail


@given(st.binary(max_size=400))
def test_no_input_crashes_the_parser(data: bytes):
    result = parse(data)
    assert isinstance(result, ParsedArticle | Rejection)
    if isinstance(result, Rejection):
        assert result.reason in REASONS
    else:
        assert result.body.strip()
        assert date(1900, 1, 1) <= result.published <= date(2026, 3, 11)


TEXT = st.text(st.characters(exclude_characters="\x00\r", exclude_categories=["Cs"]))


@given(st.dates(min_value=date(1900, 1, 1), max_value=TODAY), TEXT)
def test_any_dated_body_round_trips(published: date, body: str):
    raw = f" date {published.isoformat()} X{body}".encode()
    result = parse(raw)
    assert isinstance(result, ParsedArticle)
    assert result.published == published
    assert result.body == "X" + body
