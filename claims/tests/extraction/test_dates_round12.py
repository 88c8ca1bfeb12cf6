"""Round-12 date rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from .helpers import dates_found, table

# A weekly cue before a list of weekdays (أيام / يومي + the list) makes them recurring days: no date.
# 2026-01-12 is a Monday.
WEEKLY_BEFORE_CASES = [
    ("تنظم الجمعية دروس محو الأمية ثلاث مرات أسبوعياً أيام الأحد والثلاثاء والخميس", "2026-01-12", []),
    ("يفتح المتحف أبوابه مجاناً أسبوعيا، يومي الجمعة والسبت", "2026-01-12", []),
    ("تعرض السلسلة كل أسبوع يوم الأربعاء", "2026-01-12", []),
    ("تقام جلسات العلاج أيام السبت والاثنين من كل أسبوع", "2026-01-12", []),
    # near misses: no weekly cue, or the cue closes another clause
    ("تشهد البلاد أمطاراً غزيرة يومي الاثنين والثلاثاء", "2026-01-12", [("يومي الاثنين والثلاثاء", "2026-01-12/2026-01-13")]),
    ("يجتمع المجلس أسبوعيا، وقد التقى يوم الأحد وزير المالية", "2026-01-12", [("يوم الأحد", "2026-01-11")]),
    ("تصدر المجلة أسبوعيا. وسيصدر عددها الخاص يوم الخميس المقبل", "2026-01-12", [("يوم الخميس المقبل", "2026-01-15")]),
]


@table("text,published,expected", WEEKLY_BEFORE_CASES)
def test_weekly_cue_before_weekday_list(text, published, expected):
    assert dates_found(text, published) == expected


# موفى (Tunisian "end of") before a month keeps month precision, as نهاية does.
END_OF_MONTH_CASES = [
    ("يتم تسليم المساكن قبل موفى مارس", "2026-01-12", [("موفى مارس", "2026-03")]),
    ("ينتهي الموسم موفى شهر أوت المقبل", "2026-01-12", [("موفى شهر أوت المقبل", "2026-08")]),
    ("يتم تسليم المساكن قبل نهاية مارس", "2026-01-12", [("نهاية مارس", "2026-03")]),
]


@table("text,published,expected", END_OF_MONTH_CASES)
def test_end_of_month_words(text, published, expected):
    assert dates_found(text, published) == expected


# A plan named by its years dates nothing, also when the years are in quotes.
PLAN_QUOTED_CASES = [
    ("عرض الوزير المخطط الخماسي للتنمية الفلاحية \"2026-2030\" أمام النواب", "2026-01-12", []),
    ("صادق البرلمان على استراتيجية الصحة «2025-2029»", "2026-01-12", []),
    ("سجلت البلاد نمواً بين 2021-2024", "2026-01-12", [("بين 2021-2024", "2021/2024")]),
]


@table("text,published,expected", PLAN_QUOTED_CASES)
def test_plan_name_with_quoted_years(text, published, expected):
    assert dates_found(text, published) == expected
