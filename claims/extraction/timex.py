"""Turn TIMEX3-style date values into the calendar days they cover."""
from __future__ import annotations

import calendar
import datetime as dt
import re

_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_WEEK = re.compile(r"(\d{4})-W(\d\d)")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_MONTH = re.compile(r"(\d{4})-(\d\d)")
_YEAR = re.compile(r"(\d{4})")

PRECISIONS = ("day", "week", "month", "quarter", "half", "year", "interval")


def timex_bounds(value: str | None) -> tuple[dt.date, dt.date, str] | None:
    """Return (first day, last day, precision) of a value, or None when its year is unknown or it is malformed.

    >>> timex_bounds("2024-06")
    (datetime.date(2024, 6, 1), datetime.date(2024, 6, 30), 'month')
    """
    if not value or "X" in value:
        return None
    try:
        if "/" in value:
            first, last = value.split("/", 1)
            a, b = timex_bounds(first), timex_bounds(last)
            if a is None or b is None or b[1] < a[0]:
                return None
            return a[0], b[1], "interval"
        if m := _DAY.fullmatch(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day, "day"
        if m := _WEEK.fullmatch(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6), "week"
        if m := _QUARTER.fullmatch(value):
            year, quarter = int(m[1]), int(m[2])
            last_month = quarter * 3
            return (dt.date(year, last_month - 2, 1),
                    dt.date(year, last_month, calendar.monthrange(year, last_month)[1]), "quarter")
        if m := _HALF.fullmatch(value):
            year, first_month = int(m[1]), 6 * int(m[2]) - 5
            return dt.date(year, first_month, 1), dt.date(year, first_month + 5, 30 if first_month == 1 else 31), "half"
        if m := _MONTH.fullmatch(value):
            year, month = int(m[1]), int(m[2])
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month"
        if m := _YEAR.fullmatch(value):
            year = int(m[1])
            return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    except ValueError:  # 2024-02-30, week 54 …
        return None
    return None
