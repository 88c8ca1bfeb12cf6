import datetime as dt

import pytest

from claims.extraction.timex import timex_bounds

D = dt.date


@pytest.mark.parametrize("value, expected", [
    ("2024-11-06", (D(2024, 11, 6), D(2024, 11, 6), "day")),
    ("2024-W44", (D(2024, 10, 28), D(2024, 11, 3), "week")),
    ("2024-06", (D(2024, 6, 1), D(2024, 6, 30), "month")),
    ("2024-02", (D(2024, 2, 1), D(2024, 2, 29), "month")),
    ("2024-Q1", (D(2024, 1, 1), D(2024, 3, 31), "quarter")),
    ("2024-H1", (D(2024, 1, 1), D(2024, 6, 30), "half")),
    ("2023-H2", (D(2023, 7, 1), D(2023, 12, 31), "half")),
    ("2024-H1/2024-Q3", (D(2024, 1, 1), D(2024, 9, 30), "interval")),
    ("2024-H3", None),
    ("2022", (D(2022, 1, 1), D(2022, 12, 31), "year")),
    ("2024-06-18/2024-06-19", (D(2024, 6, 18), D(2024, 6, 19), "interval")),
    ("1950/1953", (D(1950, 1, 1), D(1953, 12, 31), "interval")),
    ("XXXX-06", None),
    ("XXXX-WXX-3", None),
    ("2024-02-30", None),
    ("2024-06-19/2024-06-18", None),
    ("", None),
    ("soon", None),
])
def test_bounds(value, expected):
    assert timex_bounds(value) == expected
