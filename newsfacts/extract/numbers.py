"""Cardinal numbers in running text: "1,275", "twenty-two", "a dozen", "1.5 million", "5 lakh".

Count extraction needs the value a writer states and where it stands, and must tell a stated number from
a vague quantity ("dozens", "hundreds of"), a score ("6-4"), an age ("45-year-old"), money or a decimal.
Pure word sequences go through text2num; digits, decimals, "a"/"an", "dozen" and the Indian scales
(lakh, crore), which text2num does not read, are handled here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from spacy.tokens import Doc, Token
from text_to_num import text2num

_UNIT_TEXT = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
)
_UNIT_WORDS = frozenset(_UNIT_TEXT.split())
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    # wire abbreviations ("1.2 mln", "3 bn"); a bare "m" is too often metres to read as million
    "mln": 1_000_000,
    "mn": 1_000_000,
    "bln": 1_000_000_000,
    "bn": 1_000_000_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
_TEXT2NUM_SCALES = frozenset({"hundred", "thousand", "million", "billion"})
# Words that make the quantity vague when they stand before a scale word: "several hundred people".
_VAGUE_BEFORE = frozenset({"several", "few", "many", "some", "hundreds", "thousands", "tens", "of"})
_CURRENCY = frozenset({"$", "€", "£", "¥", "₹", "rs", "rs.", "inr", "usd", "eur", "manat", "azn", "dollars"})
# "no one", "the one who", "that one": determiners that make "one" a pronoun
_PRONOUN_DETERMINERS = frozenset({"no", "every", "any", "each", "the", "this", "that"})
_INT_RE = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_DEC_RE = re.compile(r"^\d+\.\d+$")
# "20.000 people": a dot as thousands separator, as many European and Caucasus outlets write it
_DOTTED_RE = re.compile(r"^\d{1,3}(?:\.\d{3})+$")


@dataclass(frozen=True)
class NumberMention:
    """A stated cardinal: tokens [start, end) of the doc and the integer they name."""

    start: int
    end: int
    value: int


def _word(tok: Token) -> str:
    low = tok.lower_
    return low[1:] if low[:1] == "~" and low[1:2].isdigit() else low  # "~300": spaCy keeps the tilde on


def _is_num_word(text: str) -> bool:
    return text in _UNIT_WORDS or text in _SCALES or text == "dozen"


def _starts_number(low: list[str], i: int) -> bool:
    """Whether the words `low` (one per token, lower case) have a number starting at i."""
    t = low[i]
    if _INT_RE.match(t) or _DEC_RE.match(t) or t in _UNIT_WORDS:
        return True
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if t in ("a", "an") and (nxt in _SCALES or nxt == "dozen"):
        return True
    # "half a million", "half a dozen"
    return (
        t == "half"
        and nxt in ("a", "an")
        and i + 2 < len(low)
        and (low[i + 2] in _SCALES or low[i + 2] == "dozen")
    )


def _extend(doc: Doc, low: list[str], i: int) -> int:
    """Index one past the last token of the number starting at i."""
    j = i + 1
    while j < len(doc):
        t, prev = low[j], low[j - 1]
        nxt = low[j + 1] if j + 1 < len(doc) else ""
        glued = not doc[j - 1].whitespace_
        if _is_num_word(t) or (t in ("a", "an") and prev == "half"):
            j += 1
        elif t == "-" and glued and prev in _UNIT_WORDS and nxt in _UNIT_WORDS:
            j += 1  # "twenty-two"
        elif t == "and" and prev in ("hundred", "thousand") and nxt in _UNIT_WORDS:
            j += 1  # "one hundred and five"
        else:
            break
    return j


def parse_number(words: list[str]) -> int | None:
    """The integer named by a sequence of lower-case number tokens, or None when it names none.

    >>> parse_number(["1.5", "million"]), parse_number(["a", "dozen"]), parse_number(["twenty", "-", "two"])
    (1500000, 12, 22)
    """
    words = [w for w in words if w != "-"]
    if not words:
        return None
    half = words[0] == "half"
    if half:
        words = words[1:]
    if words and words[0] in ("a", "an"):
        words = ["one", *words[1:]]
    dozen = 1
    while words and words[-1] == "dozen":
        dozen *= 12
        words = words[:-1]
    if not words:
        words = ["one"]
    # exact arithmetic: in floats "1.1 lakh" is 110000.00000000001, which would read as no integer
    value: Fraction | None
    head = words[0]
    if _DOTTED_RE.match(head) and len(words) == 1:
        value = Fraction(head.replace(".", ""))
    elif _INT_RE.match(head) or _DEC_RE.match(head):
        value = Fraction(head.replace(",", ""))
        for w in words[1:]:
            if w not in _SCALES:
                return None
            value *= _SCALES[w]
    elif any(w in ("lakh", "lakhs", "crore", "crores") for w in words):
        value = None
        if words[-1] in _SCALES and all(w in _UNIT_WORDS for w in words[:-1]) and len(words) > 1:
            small = text2num(" ".join(words[:-1]), "en")
            value = Fraction(small * _SCALES[words[-1]])
    else:
        if any(w not in _UNIT_WORDS and w not in _TEXT2NUM_SCALES and w != "and" for w in words):
            return None
        try:
            value = Fraction(text2num(" ".join(words), "en"))
        except ValueError:
            return None
    if value is None:
        return None
    value *= dozen
    if half:
        value /= 2
    if value.denominator != 1:
        return None
    return int(value)


def _fraction_of_scale(low: list[str], i: int) -> tuple[int, int] | None:
    """(end, value) of a fraction of a scale word starting at i, or None.

    "two and a half million" = 2,500,000, "a quarter of a million" = 250,000, "three quarters of a
    million" = 750,000, "a quarter million" = 250,000. "half a million" is read by `parse_number`."""
    if i + 2 >= len(low) or low[i + 1] not in ("and", "quarter", "quarters"):
        return None  # the cheap test first: this runs at every token
    head = low[i]
    if head != "a" and head not in _UNIT_WORDS and not _INT_RE.match(head):
        return None
    count = 1 if head == "a" else parse_number([head]) or 0
    if low[i + 1 : i + 4] == ["and", "a", "half"]:
        amount, k = count + 0.5, i + 4
    elif low[i + 1] in ("quarter", "quarters"):
        amount, k = count / 4, i + 2
        if low[k : k + 2] in (["of", "a"], ["of", "an"]):
            k += 2
    else:
        return None
    if k >= len(low) or low[k] not in _TEXT2NUM_SCALES:
        return None
    value = amount * _SCALES[low[k]]
    return (k + 1, int(value)) if value == int(value) and value > 0 else None


def _is_counted_range(doc: Doc, low: int, high: int) -> bool:
    """ "20-30 people": two plain integers joined by a dash, rising, before a plural noun, state a range
    of a count; "won 6-4", "the 2-1 win" and "1990-95" do not."""
    if low < 0 or high + 1 >= len(doc):
        return False
    a, b, noun = doc[low].text, doc[high].text, doc[high + 1]
    if not (_INT_RE.match(a) and _INT_RE.match(b)) or noun.tag_ not in ("NNS", "NNPS"):
        return False
    return int(a.replace(",", "")) < int(b.replace(",", ""))


def _is_shape_excluded(doc: Doc, start: int, end: int) -> bool:
    """Numbers that are part of a compound, score, range, code, money or percentage."""
    first, last = doc[start], doc[end - 1]
    if start > 0:
        prev = doc[start - 1]
        # "AK-47", "Covid-19", "6-4" (second half), "$16", "Rs 40"
        dashed = prev.text in ("-", "\u2013") and _is_counted_range(doc, start - 2, start)
        if prev.text in ("-", "\u2013", "/", ":") and not prev.whitespace_ and start > 1 and not dashed:
            return True
        if prev.lower_ in _CURRENCY or prev.text in ("#", "No.", "no."):
            return True
    if end < len(doc):
        nxt = doc[end]
        # "45-year-old", "853-seat", "6-4", "2/3", "20%", but "300-plus" and "40-odd" are numbers with
        # their qualifier
        plus = end + 1 < len(doc) and doc[end + 1].lower_ in ("plus", "odd")
        dashed = nxt.text in ("-", "\u2013") and _is_counted_range(doc, end - 1, end + 1)
        if nxt.text in ("-", "\u2013", "/", ":", "%") and not last.whitespace_ and not (plus or dashed):
            return True
        if nxt.lower_ in ("percent", "per", "pc", "percentage"):
            return True
    # a bare decimal ("88.2", "3.5") is a measurement, not a head count
    return bool(_DEC_RE.match(first.lower_) and not _DOTTED_RE.match(first.lower_) and end - start == 1)


def _is_complementizer(doc: Doc, i: int) -> bool:
    """ "said that one officer was hurt": "that" opens a clause, and the "one" after it is a number."""
    return i >= 0 and doc[i].lower_ == "that" and doc[i].dep_ == "mark"


def find_numbers(doc: Doc) -> list[NumberMention]:
    """Every stated cardinal in the doc, left to right, without vague or compound numbers."""
    out: list[NumberMention] = []
    low = [_word(t) for t in doc]
    i, n = 0, len(doc)
    while i < n:
        frac = _fraction_of_scale(low, i)
        if frac is not None:
            out.append(NumberMention(i, frac[0], frac[1]))
            i = frac[0]
            continue
        if not _starts_number(low, i):
            i += 1
            continue
        j = _extend(doc, low, i)
        words = low[i:j]
        prev = low[i - 1] if i > 0 else ""
        vague = prev in _VAGUE_BEFORE and words[0] in _SCALES
        # "1990s", ordinals and the like never start a mention; plural scales ("hundreds") are vague
        if j < n and low[j] in ("hundreds", "thousands", "millions", "billions", "dozens"):
            vague = True
        # "no one", "every one", "the one who", "one another": a pronoun, not a number
        determined = prev in _PRONOUN_DETERMINERS and not _is_complementizer(doc, i - 1)
        pronoun = words == ["one"] and (determined or (j < n and low[j] == "another"))
        value = None if vague or pronoun else parse_number(words)
        if value is not None and not _is_shape_excluded(doc, i, j):
            out.append(NumberMention(i, j, value))
        i = j
    return out
