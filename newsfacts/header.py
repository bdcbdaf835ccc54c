"""Parse one raw file: the ` date YYYY-MM-DD ` metadata header, then the body.

Every input ends as a `ParsedArticle` or a `Rejection` with a reason code and a sentence a person can
act on; the parser never raises on bad content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

MAX_FILE_BYTES = 1_048_576
"""Largest raw file accepted (1 MiB). Long wire stories are ~50 KB; bigger files are dumps, not articles."""

EARLIEST_PUBLISHED = date(1900, 1, 1)
FUTURE_TOLERANCE = timedelta(days=1)
"""A date up to one day ahead is accepted (time zones); later is 'far in the future'."""

OPTIONAL_KEYS = frozenset({"url", "lang", "source"})
"""Extra header keys accepted before or after `date`, each `key value` with a value without spaces."""

_KEY_VALUE = re.compile(r"[ \t]*([a-z]+)[ \t]+(\S+)(?:[ \t]+|\n|$)")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

REASONS = {
    "empty_file": "The file is empty. Re-export the article or delete the file.",
    "too_large": "The file is {size:,} bytes, over the {limit:,}-byte limit for one article. "
    "Split it into one file per article.",
    "binary_content": "The file contains NUL bytes, so it is not a text article. Check that the right file was "
    "placed in raw/.",
    "not_utf8": "The file is not valid UTF-8 (first bad byte at offset {offset}). Re-save it as UTF-8.",
    "missing_date_header": "The file does not start with the metadata header ' date YYYY-MM-DD '; "
    "it starts with {start!r}. Add the header in front of the body.",
    "malformed_date": "The date header value {value!r} is not of the form YYYY-MM-DD. Fix the header.",
    "impossible_date": "The date header {value!r} is not a calendar date. Fix the header.",
    "date_out_of_range": "The date header {value} is before {earliest}. Fix the header.",
    "future_date": "The date header {value} is after {latest}, far in the future. Fix the header or wait "
    "until the article is due.",
    "duplicate_header_key": "The header key {key!r} appears twice. Keep one.",
    "empty_body": "The file has a header but no article text after it. Add the body or delete the file.",
}


@dataclass(frozen=True)
class ParsedArticle:
    published: date
    body: str
    header: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Rejection:
    reason: str
    detail: str


def _reject(reason: str, **facts: object) -> Rejection:
    return Rejection(reason, REASONS[reason].format(**facts))


def parse_raw_article(data: bytes, today: date, size: int | None = None) -> ParsedArticle | Rejection:
    """Split raw bytes into header fields and body, or say why the file cannot be an article.

    Tolerates a UTF-8 byte order mark, CRLF or CR line ends (normalized to LF in the body) and the
    extra keys in `OPTIONAL_KEYS`. `size` is the whole file's size when `data` is only its first bytes
    (callers read at most `MAX_FILE_BYTES + 1`).
    """
    size = len(data) if size is None else size
    if size > MAX_FILE_BYTES:
        return _reject("too_large", size=size, limit=MAX_FILE_BYTES)
    if not data.strip():
        return _reject("empty_file")
    if b"\x00" in data:
        return _reject("binary_content")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return _reject("not_utf8", offset=err.start)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")

    header: dict[str, str] = {}
    pos = 0
    while match := _KEY_VALUE.match(text, pos):
        key, value = match.groups()
        if key != "date" and key not in OPTIONAL_KEYS:
            break
        if key in header:
            return _reject("duplicate_header_key", key=key)
        header[key] = value
        pos = match.end()
    if "date" not in header:
        return _reject("missing_date_header", start=text.lstrip()[:30])

    value = header["date"]
    ymd = _ISO_DATE.fullmatch(value)
    if not ymd:
        return _reject("malformed_date", value=value)
    try:
        published = date(*map(int, ymd.groups()))
    except ValueError:
        return _reject("impossible_date", value=value)
    if published < EARLIEST_PUBLISHED:
        return _reject("date_out_of_range", value=value, earliest=EARLIEST_PUBLISHED)
    latest = today + FUTURE_TOLERANCE
    if published > latest:
        return _reject("future_date", value=value, latest=latest)

    body = text[pos:]
    if not body.strip():
        return _reject("empty_body")
    return ParsedArticle(published=published, body=body, header=header)
