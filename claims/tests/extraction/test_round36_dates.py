"""Round-36 date rules: "الشهر نفسه من العام الماضي" is the month told before, a year earlier; "الأسبوع الأخير من
شباط" is the closing part of the month; what is readied "before the start" of something in a month just ahead is the
coming month; a year-like figure after "لأزيد من" counts, it dates nothing.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import dates_found, table

SAME_MONTH_EARLIER_YEAR_CASES = [
    ("وبلغت صادرات التمور في أكتوبر الماضي 900 طن، مقابل 700 طن خلال الشهر ذاته من السنة الماضية.", "2025-02-10",
     [("أكتوبر الماضي", "2024-10"), ("الشهر ذاته من السنة الماضية", "2023-10")]),
    ("واستقبلت المتاحف في يناير الماضي 40 ألف زائر، مقابل 25 ألفاً في الشهر نفسه من العام الماضي.", "2025-03-01",
     [("يناير الماضي", "2025-01"), ("الشهر نفسه من العام الماضي", "2024-01")]),
    ("وصدّرت التعاونية في مارس 2024 نحو 500 طن، مقابل 300 طن في الشهر نفسه من عام 2022.", "2025-03-01",
     [("مارس 2024", "2024-03"), ("الشهر نفسه من عام 2022", "2022-03")]),
    ("وتراجعت مبيعات السيارات في يونيو الماضي، بعد ارتفاعها خلال الشهر ذاته من العام السابق.", "2025-03-01",
     [("يونيو الماضي", "2024-06"), ("الشهر ذاته من العام السابق", "2023-06")]),
    # near misses: the same month with no year after it; a comparison base with no time preposition
    ("وشهدت المدينة أمطاراً في نوفمبر الماضي، وخلال الشهر نفسه أعلنت البلدية حالة الطوارئ.", "2025-03-01",
     [("نوفمبر الماضي", "2024-11"), ("الشهر نفسه", "2024-11")]),
    ("وارتفعت الصادرات بنسبة 12% مقارنة بالشهر نفسه من العام الماضي.", "2025-03-01", []),
]


@table("text,published,expected", SAME_MONTH_EARLIER_YEAR_CASES)
def test_the_same_month_of_an_earlier_year(text, published, expected):
    assert dates_found(text, published) == expected


LAST_PART_OF_MONTH_CASES = [
    ("وقال المدير إن المصنع سيستأنف الإنتاج في الأسبوع الأخير من شباط.", "2025-01-22",
     [("الأسبوع الأخير من شباط", "2025-02")]),
    ("وأكدت الهيئة أن المعرض سيفتتح في الأسبوع الأخير من آب.", "2025-06-10", [("الأسبوع الأخير من آب", "2025-W35")]),
    ("وتعطلت الرحلات خلال الأيام الأخيرة من ديسمبر الماضي بسبب العاصفة.", "2025-06-10",
     [("الأيام الأخيرة من ديسمبر الماضي", "2024-12")]),
    ("وتقام الدورة في الأسبوع الأخير من أغسطس 2026.", "2025-06-10", [("الأسبوع الأخير من أغسطس 2026", "2026-08")]),
    # near misses: an ordinal week reads as before; a last week with no month is none of these
    ("وتنطلق الحملة في الأسبوع الأول من سبتمبر.", "2025-06-10", [("الأسبوع الأول من سبتمبر", "2025-W36")]),
    ("وسجلت الشرطة ثلاث سرقات في الأسبوع الأخير.", "2025-06-10", []),
]


@table("text,published,expected", LAST_PART_OF_MONTH_CASES)
def test_the_last_part_of_a_month(text, published, expected):
    assert dates_found(text, published) == expected


# 2025-06-30 is a Monday.
BEFORE_A_START_CASES = [
    ("وخصصت الإدارة ميزانية لتجديد المعدات قبل انطلاق الموسم الجديد في أغسطس.", "2025-06-30",
     [("أغسطس", "2025-08")]),
    ("وأنهت المدرسة أشغال الترميم قبل بدء العام الدراسي في سبتمبر.", "2025-07-15", [("سبتمبر", "2025-09")]),
    ("وأكمل الفريق تحضيراته قبل انطلاق البطولة في الأسبوع الثاني من يوليوز.", "2025-06-30",
     [("الأسبوع الثاني من يوليوز", "2025-07")]),
    # near misses: a perfective verb after the start noun; no start noun; a month far ahead
    ("ووقع الانفجار قبل بدء المعارك التي اندلعت في أغسطس.", "2025-06-30", [("أغسطس", "2024-08")]),
    ("وارتفعت أسعار الخضر في أغسطس.", "2025-06-30", [("أغسطس", "2024-08")]),
    ("ووصل اللاعب إلى المدينة قبل انطلاق البطولة في ديسمبر.", "2025-06-30", [("ديسمبر", "2024-12")]),
]


@table("text,published,expected", BEFORE_A_START_CASES)
def test_readied_before_a_start_just_ahead(text, published, expected):
    assert dates_found(text, published) == expected


MORE_THAN_A_YEARLIKE_COUNT_CASES = [
    ("وأوضح أن عدد الأطباء لا يتجاوز 400 طبيب لأزيد من 1500 سرير.", "2025-02-11", []),
    ("ويعمل في المصنع 300 مهندس بأكثر من 1800 آلة.", "2025-02-11", []),
    # near misses: a year after a preposition and no comparative; a comparative with a year after منذ
    ("وتأسست الجمعية في 1998 بمدينة وهران.", "2025-02-11", [("1998", "1998")]),
    ("ويعيش في القرية أكثر من 300 عائلة منذ 1990.", "2025-02-11", [("1990", "1990")]),
]


@table("text,published,expected", MORE_THAN_A_YEARLIKE_COUNT_CASES)
def test_a_yearlike_count_after_a_comparative(text, published, expected):
    assert dates_found(text, published) == expected
