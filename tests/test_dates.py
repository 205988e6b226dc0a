"""Calendar days named in words, against the day an article was published."""

from datetime import date

import pytest

from claimwatch.dates import resolve_date

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
    ],
)
def test_resolve_date(text: str, ahead: bool, expected: date | None) -> None:
    assert resolve_date(text, WEDNESDAY, ahead=ahead) == expected
