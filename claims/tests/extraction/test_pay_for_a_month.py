"""Table-driven cases for the month a pay is for ("صرف مرتبات موظفي الدولة لشهر نوفمبر", told in December): it is the
month worked, already gone, though the paying is still ahead; a future verb no longer moves it to next year.

Written by hand in salary and pension shapes; the last cases must not change.
"""
from __future__ import annotations

from .helpers import dates_found, table

PAY_FOR_A_MONTH = [  # (text, published, dates)
    ("أعلن البنك أنه سيبدأ صرف مرتبات موظفي الدولة لشهر نوفمبر اعتباراً من الأحد.", "2025-12-15",
     [("شهر نوفمبر", "2025-11"), ("الأحد", "2025-12-21")]),
    ("وستصرف وزارة المالية رواتب المتقاعدين لشهر أيلول خلال أيام.", "2025-10-03", [("شهر أيلول", "2025-09")]),
    ("وقالت الهيئة إنها ستدفع معاشات شهر مارس الأسبوع المقبل.", "2025-04-02",
     [("شهر مارس", "2025-03"), ("الأسبوع المقبل", "2025-W15")]),
    # must not change: an event, not a pay; a month told as next
    ("ستعلن الوزارة نتائج المسابقة لشهر مارس قريباً.", "2025-12-15", [("شهر مارس", "2026-03")]),
    ("سيعقد المؤتمر في نوفمبر المقبل.", "2025-12-15", [("نوفمبر المقبل", "2026-11")]),
]


@table("text, published, expected", PAY_FOR_A_MONTH)
def test_the_month_a_pay_is_for_is_past(text, published, expected):
    assert dates_found(text, published) == expected
