"""Round-27 date rules: a fiscal year named as what a forecast, an estimate or a target is for labels the figure and
dates no event; without a publication date a month with a relative year ("في أغسطس من العام الماضي") is still
that month of an unknown year.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import dates_found, table

# "توقعاته لنمو الاقتصاد في العام المالي 2025/2026": the fiscal year is what the forecast is about. A forecast noun
# or verb up to eight words before "العام/السنة المالي(ة)" blocks the span; without one the fiscal year is read.
FORECAST_FISCAL_CASES = [
    ("وخفضت وكالة التصنيف تقديراتها لعجز الموازنة للسنة المالية 2024-2025 إلى 6%.", "2025-03-02", []),
    ("ورفع البنك الدولي توقعاته لنمو الصادرات الزراعية في العام المالي 2025/2026.", "2026-01-15", []),
    ("وتتوقع الوزارة ارتفاع عدد السياح في العام المالي الجاري 2025/2026.", "2026-01-15", []),
    ("وأعلنت الهيئة مستهدفاتها لتحصيل الضرائب في السنة المالية 2026/2027.", "2026-04-10", []),
    # near misses: what happened in a fiscal year; a forecast of a calendar year
    ("وحققت شركة الطيران أرباحاً قياسية في السنة المالية 2024/2025.", "2025-08-01", [("2024/2025", "2024/2025")]),
    ("وتراجعت واردات القمح خلال العام المالي 2023/2024.", "2025-08-01", [("2023/2024", "2023/2024")]),
    ("ورفع الصندوق توقعاته للنمو في عام 2026 إلى 4%.", "2025-10-01", [("عام 2026", "2026")]),
]


@table("text,published,expected", FORECAST_FISCAL_CASES)
def test_a_forecast_fiscal_year_is_a_label(text, published, expected):
    assert dates_found(text, published) == expected


# The relative word gives the year only from the publication date; without one the month is known all the same.
NO_PUBLICATION_CASES = [
    ("وشهدت المدينة فيضانات في أغسطس من العام الماضي.", None, [("أغسطس من العام الماضي", "XXXX-08")]),
    ("وتبدأ أشغال الطريق في يناير من العام المقبل.", None, [("يناير من العام المقبل", "XXXX-01")]),
    ("وافتتح المتحف في 12 مارس من العام الجاري.", None, [("12 مارس من العام الجاري", "XXXX-03-12")]),
    ("وعاد السفير إلى بلده في مارس هذا العام.", None, [("مارس هذا العام", "XXXX-03")]),
    # near misses: with a publication date the year is resolved; a relative year alone gives nothing without one
    ("وشهدت المدينة فيضانات في أغسطس من العام الماضي.", "2026-03-01", [("أغسطس من العام الماضي", "2025-08")]),
    ("وارتفعت الأسعار خلال العام الماضي.", None, []),
]


@table("text,published,expected", NO_PUBLICATION_CASES)
def test_a_month_of_a_relative_year_without_publication(text, published, expected):
    assert dates_found(text, published) == expected
