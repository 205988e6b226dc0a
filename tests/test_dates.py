"""Calendar days named in words, against the day an article was published."""

from datetime import date

import pytest

from claimwatch.dates import period_after, resolve_date

WEDNESDAY = date(2022, 3, 2)


@pytest.mark.parametrize(
    ("text", "ahead", "expected"),
    [
        ("Tuesday", False, date(2022, 3, 1)),  # the latest Tuesday
        ("Thursday", False, date(2022, 2, 24)),
        ("Thursday", True, date(2022, 3, 3)),  # "will decide on Thursday"
        ("next Tuesday", False, date(2022, 3, 8)),  # to come, whatever the verb's tense
        ("next Wednesday", False, date(2022, 3, 9)),  # said on a Wednesday: a week on
        ("Wednesday next week", False, date(2022, 3, 9)),
        ("Friday next week", False, date(2022, 3, 11)),
        ("this coming Monday", False, date(2022, 3, 7)),
        ("Tuesday next", False, date(2022, 3, 8)),
        ("last Wednesday", False, date(2022, 2, 23)),
        ("last Wednesday", True, date(2022, 2, 23)),
        ("yesterday", False, date(2022, 3, 1)),
        ("2022-02-20", True, date(2022, 2, 20)),
        ("last year", False, None),  # a period, not a day
        ("March 20", False, date(2021, 3, 20)),  # a month-day: the latest by the report
    ],
)
def test_resolve_date(text: str, ahead: bool, expected: date | None) -> None:
    assert resolve_date(text, WEDNESDAY, ahead=ahead) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day a thing is set for ("called a strike for March 20"), a few weeks to come
        ("March 20", date(2022, 3, 20)),
        ("February 20", date(2022, 2, 20)),
        ("December 20", date(2021, 12, 20)),
        ("June 1", date(2021, 6, 1)),  # three months on: last year's
    ],
)
def test_a_day_a_thing_is_set_for_may_be_to_come(text: str, expected: date) -> None:
    assert resolve_date(text, WEDNESDAY, set_for=True) == expected


@pytest.mark.parametrize(
    ("period", "told", "after"),
    [("m11", "2031-08-11", True), ("y2032", "2031-08-11", True), ("m5", "2031-08-11", False),
     ("y2031", "2031-08-11", False), ("m8", "2031-08-11", False), ("q4", "2031-08-11", False),
     (None, "2031-08-11", False)],
)
def test_a_period_after_the_day_it_was_told_is_when_a_plan_is_due(period, told, after):
    assert period_after(period, told) is after
