"""Round-22 date rules, on invented sentences of other topics, with near misses that must not change."""
from __future__ import annotations

from .helpers import dates_found, table

# A list of three or more years ("الأعوام 2019 و2020 و2021") is no span between its first two years.
YEAR_LIST_CASES = [
    ("وشمل البرنامج الأعوام 2019 و2020 و2021 دون تعديل.", "2024-05-02", []),
    ("سجلت الشركة خسائر في السنوات 2016 و2017، و2018.", "2024-05-02", []),
    # near misses: two years joined by و, and a span with من … إلى
    ("تراجعت الصادرات خلال عامي 2022 و2023.", "2024-05-02", [("عامي 2022 و2023", "2022/2023")]),
    ("ارتفعت الأسعار من 2019 إلى 2021.", "2024-05-02", [("من 2019 إلى 2021", "2019/2021")]),
]


@table("text,published,expected", YEAR_LIST_CASES)
def test_a_list_of_years_is_no_span(text, published, expected):
    assert dates_found(text, published) == expected


# "اعتباراً من شهر X": the month a measure takes effect from is the coming one when it is a month or two off.
EFFECTIVE_MONTH_CASES = [
    ("وكانت الحكومة قد أقرت زيادة الأجور اعتباراً من شهر آذار.", "2025-01-20", [("شهر آذار", "2025-03")]),
    ("صادق البرلمان على الرسوم الجديدة ابتداء من شهر فبراير.", "2025-01-20", [("شهر فبراير", "2025-02")]),
    # near misses: a month far off, or no effective start, stays in the past after a past verb
    ("وكانت الحكومة قد أقرت زيادة الأجور اعتباراً من شهر أيلول.", "2025-01-20", [("شهر أيلول", "2024-09")]),
    ("وكانت الحكومة قد أقرت زيادة الأجور في شهر آذار.", "2025-01-20", [("شهر آذار", "2024-03")]),
]


@table("text,published,expected", EFFECTIVE_MONTH_CASES)
def test_an_effective_month_is_ahead(text, published, expected):
    assert dates_found(text, published) == expected
