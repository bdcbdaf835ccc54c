"""Calendar expressions: shapes, year inference from the publication date, and what is not a date."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from newsfacts.extract.dates import extract_dates
from newsfacts.extract.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


def ranges(nlp: Language, text: str, published: date) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    found = extract_dates(doc, published)
    for d in found:
        assert text[d.char_start : d.char_end] == d.text
    return [(d.text, d.start.isoformat(), d.end.isoformat()) for d in found]


PUB = date(2023, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The siege ended on the night of March 3-4, 1994, after talks.",
            [("March 3-4, 1994", "1994-03-03", "1994-03-04")],
        ),
        (
            "The siege ended on the night of March 3\u20134, 1994, after talks.",
            [("March 3\u20134, 1994", "1994-03-03", "1994-03-04")],
        ),
        (
            "The treaty was signed on Sept. 14, 1999 in Geneva.",
            [("Sept. 14, 1999", "1999-09-14", "1999-09-14")],
        ),
        ("The blockade had lasted since November 1990.", [("November 1990", "1990-11-01", "1990-11-30")]),
        ("The fund was set up in 2011 by donors.", [("2011", "2011-01-01", "2011-12-31")]),
        (
            "Fighting resumed on 12 April 2016 near the border.",
            [("12 April 2016", "2016-04-12", "2016-04-12")],
        ),
        ("The city was held from 14 to 16 June 1998.", [("14 to 16 June 1998", "1998-06-14", "1998-06-16")]),
        ("The meeting took place on the 5th of May 2001.", [("5th of May 2001", "2001-05-05", "2001-05-05")]),
        (
            "The war lasted from 1980 to 1988 and cost many lives.",
            [("1980 to 1988", "1980-01-01", "1988-12-31")],
        ),
        ("The First Gulf War (1980-1988) is remembered.", [("1980-1988", "1980-01-01", "1988-12-31")]),
        ("The 2018-19 season was his best.", [("2018-19", "2018-01-01", "2019-12-31")]),
        (
            "Delegates will meet on February 27 \u2013 March 2, 2024 in Vienna.",
            [("February 27 \u2013 March 2, 2024", "2024-02-27", "2024-03-02")],
        ),
    ],
)
def test_calendar_shapes(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert ranges(nlp, text, PUB) == expected


def test_day_and_month_without_year_follow_publication(nlp: Language) -> None:
    published = date(2021, 2, 15)
    text = "In November, the firm bought two ships. The deal closed on Jan 28 after a long review."
    assert ranges(nlp, text, published) == [
        ("November", "2020-11-01", "2020-11-30"),
        ("Jan 28", "2021-01-28", "2021-01-28"),
    ]


def test_present_tense_range_stays_in_publication_year(nlp: Language) -> None:
    text = "The Asian Judo Cup is being held in Tashkent between March 8 and 12."
    assert ranges(nlp, text, PUB) == [("March 8 and 12", "2023-03-08", "2023-03-12")]


def test_future_tense_month_moves_to_next_year(nlp: Language) -> None:
    published = date(2022, 11, 20)
    assert ranges(nlp, "The new terminal will open in January.", published) == [
        ("January", "2023-01-01", "2023-01-31")
    ]


def test_month_with_last_year(nlp: Language) -> None:
    assert ranges(nlp, "Exports rose sharply in May last year.", PUB) == [("May", "2022-05-01", "2022-05-31")]


def test_dateline_day_counts(nlp: Language) -> None:
    text = "TBILISI, Georgia, March 9. The parliament approved the budget on Thursday."
    assert ranges(nlp, text, PUB) == [("March 9", "2023-03-09", "2023-03-09")]


def test_weekday_before_date_is_skipped(nlp: Language) -> None:
    text = "A bus crashed on Tuesday, March 7, killing four passengers."
    assert ranges(nlp, text, PUB) == [("March 7", "2023-03-07", "2023-03-07")]


def test_relative_words_and_weekdays_are_not_dates(nlp: Language) -> None:
    text = (
        "Rescuers searched on Saturday and yesterday, and last week the toll rose. It happened 12 years ago."
    )
    assert ranges(nlp, text, PUB) == []


@pytest.mark.parametrize(
    "text",
    [
        "Flowers were laid at the memorial of the March 31 Genocide in the capital.",
        "Youth groups marked the 9 May holiday with concerts.",
        "He said that October 4 is a day of pride for the nation.",
        "Concerts dedicated to June 15 - National Salvation Day were held abroad.",
        "Every year on April 24, crowds gather at the monument.",
        "A film about the victims of the 31 March tragedy was shown.",
    ],
)
def test_recurring_day_used_as_a_name_is_not_a_date(nlp: Language, text: str) -> None:
    assert ranges(nlp, text, PUB) == []


@pytest.mark.parametrize(
    "text",
    [
        "About 1500 people were evacuated from the valley.",
        "Some 1300 were wounded in the shelling.",
        "A total of 1750 homes were damaged.",
        "The Security Council passed resolution 1973 after a vote.",
        "Between 1600 and 1800 troops were deployed.",
        "The ticket costs $1999 in the first class.",
        "Unemployment fell to 2015 percent, an obvious typo.",
        "The veteran, 45, won 6-4, 7-5 against the champion.",
        "The club was founded in the 1990s by students.",
    ],
)
def test_numbers_that_are_not_years(nlp: Language, text: str) -> None:
    assert ranges(nlp, text, PUB) == []


def test_event_name_year_is_a_date(nlp: Language) -> None:
    text = "She won silver at the 2019 World Weightlifting Championships in Pattaya."
    assert ranges(nlp, text, PUB) == [("2019", "2019-01-01", "2019-12-31")]


def test_month_words_that_are_no_months(nlp: Language) -> None:
    text = "May peace prevail, the bishop said. The Black September group was banned."
    assert ranges(nlp, text, PUB) == []


def test_second_number_that_is_a_count_does_not_make_a_range(nlp: Language) -> None:
    text = "The quake struck on March 2 and 40 people died."
    assert ranges(nlp, text, PUB) == [("March 2", "2023-03-02", "2023-03-02")]


WIRE_PUB = date(2024, 6, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agreement was signed on 3 March 2024 in Geneva.",
            [("3 March 2024", "2024-03-03", "2024-03-03")],
        ),
        ("The talks began on March 3rd and ended later.", [("March 3rd", "2024-03-03", "2024-03-03")]),
        ("The summit opened on the 3rd of March.", [("3rd of March", "2024-03-03", "2024-03-03")]),
        ("The festival ran March 2-4 in the capital.", [("March 2-4", "2024-03-02", "2024-03-04")]),
        (
            "Voting took place between March 2 and March 4, 2024.",
            [("March 2 and March 4, 2024", "2024-03-02", "2024-03-04")],
        ),
        ("The talks were held on 4-6 March 2024 in Doha.", [("4-6 March 2024", "2024-03-04", "2024-03-06")]),
        ("He served as governor from 2008 to 2012.", [("2008 to 2012", "2008-01-01", "2012-12-31")]),
        ("Shares will list in early 2023.", [("2023", "2023-01-01", "2023-12-31")]),
        ("Sales fell in the first half of 2022.", [("first half of 2022", "2022-01-01", "2022-06-30")]),
        # mid-March: the month is the range the text commits to
        ("Construction will begin in mid-March.", [("March", "2025-03-01", "2025-03-31")]),
        ("The ceasefire took effect on 2024-03-12, it said.", [("2024-03-12", "2024-03-12", "2024-03-12")]),
        ("The 2022 floods killed 1,700 people.", [("2022", "2022-01-01", "2022-12-31")]),
        ("The company cancelled its 2012 orders.", [("2012", "2012-01-01", "2012-12-31")]),
        (
            "The report covers the period from January to March 2024.",
            [("January to March 2024", "2024-01-01", "2024-03-31")],
        ),
    ],
)
def test_wire_date_shapes(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert ranges(nlp, text, WIRE_PUB) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Profits rose 12% in Q3 compared with a year earlier.",
        "Prices rose last year and are expected to fall this year.",
        "The region was devastated by war in the 1990s.",
        "The 2000 people who lived there were evacuated.",
        "Some 2000 residents fled.",
        "The ceasefire took effect at midnight on 12/03/2024.",  # day-first or month-first: unknowable
    ],
)
def test_wire_non_dates(nlp: Language, text: str) -> None:
    assert ranges(nlp, text, WIRE_PUB) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # northern meteorological seasons
        ("Drought hit the valley in the summer of 2022.", [("summer of 2022", "2022-06-01", "2022-08-31")]),
        ("Trials began in spring 2019 at two sites.", [("spring 2019", "2019-03-01", "2019-05-31")]),
        ("The plant closed in the autumn of 2020.", [("autumn of 2020", "2020-09-01", "2020-11-30")]),
        ("Enrolment opens in the fall of 2025.", [("fall of 2025", "2025-09-01", "2025-11-30")]),
        ("Gas ran short in the winter of 2022-23.", [("winter of 2022-23", "2022-12-01", "2023-02-28")]),
        # a season inside a movement's name is no season: the year alone is dated
        ("Memories of the Prague Spring of 1968 endure.", [("1968", "1968-01-01", "1968-12-31")]),
        ("She skated at the Winter 2022 Olympics in Beijing.", [("2022", "2022-01-01", "2022-12-31")]),
        # a year that qualifies a measure is still a year
        (
            "The plan cuts emissions by 2035 from 2010 levels.",
            [("2035", "2035-01-01", "2035-12-31"), ("2010", "2010-01-01", "2010-12-31")],
        ),
        # after a time preposition a yearless day is a time, however the parser hangs it
        (
            "The accord signed on Oct. 2 runs until Dec. 31, 2026.",
            [("Oct. 2", "2023-10-02", "2023-10-02"), ("Dec. 31, 2026", "2026-12-31", "2026-12-31")],
        ),
    ],
)
def test_seasons_measures_and_timed_days(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert ranges(nlp, text, WIRE_PUB) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Farmers hope for a wet summer and a mild winter.",  # no year: not a calendar range
        "The summer of love is long gone.",
        "In the summer of 2090 the dam will be obsolete.",  # too far ahead to be a year
        "The index suffered a fall of 2000 points in a day.",  # a count after "fall of"
    ],
)
def test_seasons_without_a_usable_year(nlp: Language, text: str) -> None:
    assert ranges(nlp, text, WIRE_PUB) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # months joined by a dash name one span
        ("Exports for April-June 2023 fell sharply.", [("April-June 2023", "2023-04-01", "2023-06-30")]),
        (
            "Output in the January\u2013March quarter was weak.",
            [("January\u2013March", "2024-01-01", "2024-03-31")],
        ),
        ("Snow fell in December-February 2024.", [("December-February 2024", "2023-12-01", "2024-02-29")]),
        # two full dates joined by "to" are one span, with or without "from"
        (
            "The census covers Dec. 28, 2022 to Jan. 4, 2023.",
            [("Dec. 28, 2022 to Jan. 4, 2023", "2022-12-28", "2023-01-04")],
        ),
        # "of" after a time word still introduces a real date
        (
            "Storms hit over the weekend of 9-10 March 2024.",
            [("9-10 March 2024", "2024-03-09", "2024-03-10")],
        ),
    ],
)
def test_month_spans_and_joined_dates(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert ranges(nlp, text, WIRE_PUB) == expected


def test_dates_joined_by_and_need_between(nlp: Language) -> None:
    text = "Votes were held on March 3, 2024 and March 9, 2024."
    assert ranges(nlp, text, WIRE_PUB) == [
        ("March 3, 2024", "2024-03-03", "2024-03-03"),
        ("March 9, 2024", "2024-03-09", "2024-03-09"),
    ]


def test_day_set_as_a_deadline_is_a_date(nlp: Language) -> None:
    # the subject of setting a day is that day, not the name of a commemoration
    text = "The firm will pay a dividend, with March 20 fixed as the record date."
    assert ranges(nlp, text, PUB) == [("March 20", "2023-03-20", "2023-03-20")]


def test_spelled_ordinal_of_month_is_a_holiday_name(nlp: Language) -> None:
    text = "Fireworks lit up the Fourth of July parade, and the Fifth of November bonfires drew crowds."
    assert ranges(nlp, text, PUB) == []


def test_day_a_hearing_is_put_off_to_is_the_nearest_one(nlp: Language) -> None:
    # the past tense is the deferral's; the new day lies after it, here a few months after publication
    text = "The judge adjourned the trial until July 2."
    assert ranges(nlp, text, PUB) == [("July 2", "2023-07-02", "2023-07-02")]
    text = "The curfew was extended to March 2."
    assert ranges(nlp, text, PUB) == [("March 2", "2023-03-02", "2023-03-02")]


def test_early_hours_of_a_day_is_a_date(nlp: Language) -> None:
    text = "The blaze broke out in the early hours of 4 March."
    assert ranges(nlp, text, PUB) == [("4 March", "2023-03-04", "2023-03-04")]


# --------------------------------------------------------------------------- round four


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports rose 9 percent in the first half of 2021, the ministry said.",
            [("first half of 2021", "2021-01-01", "2021-06-30")],
        ),
        (
            "The plant should reopen in the second half of 2022.",
            [("second half of 2022", "2022-07-01", "2022-12-31")],
        ),
        (
            "Output fell in the third quarter of 2019 after the strike.",
            [("third quarter of 2019", "2019-07-01", "2019-09-30")],
        ),
        (
            "Sales peaked in the 4th quarter of 2020.",
            [("4th quarter of 2020", "2020-10-01", "2020-12-31")],
        ),
    ],
)
def test_half_and_quarter_of_a_year(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert ranges(nlp, text, PUB) == expected


def test_half_of_the_year_without_a_year_is_relative(nlp: Language) -> None:
    text = "Imports grew in the first half of the year and fell in the fourth quarter."
    assert ranges(nlp, text, PUB) == []


@pytest.mark.parametrize(
    "text",
    [
        "The tremor struck at 9:12 p.m. (1542 GMT) near the coast.",
        "The ferry left the jetty at 1930 hrs, officials said.",
        "The blast happened at 1615 local time on the main road.",
        "The launch was set for 2240 UTC from the pad.",
    ],
)
def test_clock_times_are_not_years(nlp: Language, text: str) -> None:
    assert ranges(nlp, text, PUB) == []


def test_day_of_a_scheduled_vote_is_a_date(nlp: Language) -> None:
    # "the <day> elections" dates the vote; the nearest such day, here just after publication
    published = date(2022, 10, 20)
    text = "The mayor, who was standing in the November 6 municipal elections, was shot outside his office."
    assert ranges(nlp, text, published) == [("November 6", "2022-11-06", "2022-11-06")]
    text = "Parties met on Monday before the April 12 deadline to file their lists."
    assert ranges(nlp, text, date(2022, 4, 2)) == [("April 12", "2022-04-12", "2022-04-12")]


def test_commemoration_named_by_its_day_stays_out(nlp: Language) -> None:
    text = "Wreaths were laid to honor the victims of the April 9 tragedy."
    assert ranges(nlp, text, PUB) == []


def test_day_in_a_past_forecast_is_the_coming_one(nlp: Language) -> None:
    # "warned" is past, but the rain it forecasts falls after publication, across the year's end
    published = date(2020, 12, 22)
    text = "The weather office warned of heavy rain in the hills from Dec 29 to Jan 3."
    assert ranges(nlp, text, published) == [("Dec 29 to Jan 3", "2020-12-29", "2021-01-03")]


def test_hyphenated_day_range_before_a_noun_is_one_range(nlp: Language) -> None:
    # a dash range is never "March 5 and 20 people": the noun after it is what the range dates
    text = "The bank kept rates on hold at its June 13-14 board meeting, the governor said."
    assert ranges(nlp, text, date(2023, 6, 20)) == [("June 13-14", "2023-06-13", "2023-06-14")]
    # but "and" before a counted noun still ends the date
    text = "On June 3 and 40 villagers fled the fighting."
    assert ranges(nlp, text, date(2023, 6, 20)) == [("June 3", "2023-06-03", "2023-06-03")]
