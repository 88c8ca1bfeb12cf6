"""Table-driven cases for a bare year after "في" followed by what the year saw ("شهدت الانتخابات في 2021 نسبة مشاركة
بلغت 41%"): the noun after it is the verb's object, not what a number counts, so the year is dated; "في 2000 شاحنة"
stays a count.

Written by hand in election, climate and economy shapes; the last cases must not change.
"""
from __future__ import annotations

from .helpers import dates_found, table

YEAR_BEFORE_ITS_OBJECT = [  # (text, dates)
    ("وشهدت الانتخابات التشريعية في 2021 نسبة مشاركة بلغت 41%.", [("2021", "2021")]),
    ("وشهدت البلاد في 2022 موجة جفاف غير مسبوقة.", [("2022", "2022")]),
    ("وسجل الاقتصاد في 2023 زيادة في الصادرات بلغت 3%.", [("2023", "2023")]),
    # must not change: a count after في
    ("ووزعت البلدية في 2000 شاحنة مساعدات.", []),
    ("وسجلت الوزارة في 1500 حالة مضاعفات.", []),
]


@table("text, expected", YEAR_BEFORE_ITS_OBJECT)
def test_a_year_before_what_it_saw_is_dated(text, expected):
    assert dates_found(text, "2025-11-10") == expected
