"""Number mentions: digits, words, scales, and the shapes that are not head counts."""

from __future__ import annotations

import pytest

from newsfacts.extract.nlp import load_nlp
from newsfacts.extract.numbers import find_numbers, parse_number


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


def mentions(nlp, text: str) -> list[tuple[str, int]]:
    doc = nlp(text)
    return [(doc[m.start : m.end].text, m.value) for m in find_numbers(doc)]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["1,275"], 1275),
        (["1275"], 1275),
        (["eight"], 8),
        (["twenty", "-", "two"], 22),
        (["one", "hundred", "and", "five"], 105),
        (["one", "million"], 1_000_000),
        (["1.5", "million"], 1_500_000),
        (["a", "dozen"], 12),
        (["two", "dozen"], 24),
        (["a", "hundred"], 100),
        (["a", "thousand"], 1000),
        (["half", "a", "million"], 500_000),
        (["5", "lakh"], 500_000),
        (["1.2", "crore"], 12_000_000),
        (["three", "lakh"], 300_000),
        # decimals that binary floats cannot hold exactly
        (["1.1", "lakh"], 110_000),
        (["0.29", "lakh"], 29_000),
        (["1.09", "lakh"], 109_000),
        (["2.01", "million"], 2_010_000),
    ],
)
def test_parse_number(words, value):
    assert parse_number(words) == value


@pytest.mark.parametrize("words", [["3.5"], ["one", "two"], ["twenty", "thirty"], ["20", "people"], []])
def test_parse_number_rejects_non_integers_and_garbage(words):
    assert parse_number(words) is None


def test_finds_digits_words_and_scales(nlp):
    got = mentions(nlp, "Twenty-two people died, 1.5 million fled, a dozen were hurt and 2,500 homes burned.")
    assert got == [("Twenty-two", 22), ("1.5 million", 1_500_000), ("a dozen", 12), ("2,500", 2500)]


def test_over_a_thousand_and_more_than_a_dozen(nlp):
    got = mentions(nlp, "Over a thousand were held and more than a dozen escaped.")
    assert got == [("a thousand", 1000), ("a dozen", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of thousands marched while dozens of others watched.",
        "Tens of thousands of people and several hundred police were there.",
        "The 45-year-old driver of the 853-seat plane.",
        "He won 6-4 and the AK-47 rifle was found after Covid-19.",
        "The deal was worth $16 billion, or 20% of output.",
        "It measured 88.2 on the index.",
        "No one was hurt.",
    ],
)
def test_vague_compound_and_money_numbers_are_not_mentions(nlp, text):
    assert mentions(nlp, text) == []


def test_ordinals_are_not_mentions(nlp):
    assert mentions(nlp, "The 34th anniversary and the 366th regiment.") == []


@pytest.mark.parametrize(
    ("words", "value"),
    [(["1.2", "mln"], 1_200_000), (["3", "bn"], 3_000_000_000), (["2", "bln"], 2_000_000_000)],
)
def test_wire_scale_abbreviations(words, value):
    assert parse_number(words) == value


def test_scale_abbreviation_in_text(nlp):
    assert mentions(nlp, "Some 1.2 mln people were affected.") == [("1.2 mln", 1_200_000)]


def test_bare_m_is_not_million(nlp):
    # "5m" is as often five metres as five million: only the unambiguous "mln" / "mn" are read
    assert mentions(nlp, "The wave rose 5m high.") == [("5", 5)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Two and a half million people fled.", [("Two and a half million", 2_500_000)]),
        ("A quarter of a million people fled.", [("A quarter of a million", 250_000)]),
        ("Nearly a quarter million residents left.", [("a quarter million", 250_000)]),
        ("Three quarters of a million people fled.", [("Three quarters of a million", 750_000)]),
        # fractions of units of time or of a group are no numbers of their own
        ("They waited two and a half hours.", [("two", 2)]),
        ("A quarter of the 200 homes burned.", [("200", 200)]),
        ("It took a quarter of an hour.", []),
    ],
)
def test_fractions_of_scales(nlp, text, want):
    assert mentions(nlp, text) == want


def test_plus_suffix_keeps_the_number(nlp):
    # "300-plus" states a number and its qualifier; "300-seat" is a compound
    assert mentions(nlp, "Police held 300-plus fans in the 300-seat hall.") == [("300", 300)]


def test_odd_suffix_keeps_the_number(nlp):
    # "60-odd" is a rough number; "60-hour" is a compound
    assert mentions(nlp, "Some 60-odd miners worked a 60-hour week.") == [("60", 60)]


def test_dashed_range_before_a_plural_is_two_numbers(nlp):
    # "20-30 people" states a range; "won 6-4" and "the 2-1 win" are scores
    assert mentions(nlp, "Between 20-30 people fled.") == [("20", 20), ("30", 30)]
    assert mentions(nlp, "They won 6-4 and then the 2-1 win followed.") == []


def test_one_after_a_complementizer_is_a_number(nlp):
    # "that" opening a clause does not make "one" a pronoun; "that one" as a pronoun stays out
    assert mentions(nlp, "She said that one worker was hurt.") == [("one", 1)]
    assert mentions(nlp, "Of the two boats, he bought that one.") == [("two", 2)]


def test_half_a_dozen_is_six(nlp):
    assert mentions(nlp, "Half a dozen were hurt and half a million fled.") == [
        ("Half a dozen", 6),
        ("half a million", 500_000),
    ]
