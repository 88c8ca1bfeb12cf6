"""صفر is both the Hijri month Safar and the word for zero: a match score is no date.

Invented sentences; published on Tuesday 10 September 2024 (Hijri 6 Rabi al-Awwal 1446).
"""
from __future__ import annotations

from .helpers import dates_found, table

PUB = "2024-09-10"

SAFAR_CASES = [
    # scores: a number, then صفر, with no word that introduces a date
    ("وفاز الفريق 3 صفر على ضيفه في الجولة الأولى.", []),
    ("تغلب المنتخب على نظيره 2 صفر في المباراة الودية.", []),
    ("وانتهت المباراة بفوز الوداد 1 صفر.", []),
    # near misses: a day of Safar introduced as a date, with من or شهر between, or with its year
    ("وعاد الوفد إلى بلاده في 3 صفر.", [("3 صفر", "2024-08-07")]),
    ("ويبدأ التسجيل يوم 12 صفر المقبل.", [("12 صفر", "2025-08-06")]),
    ("وانتهت المهلة في الثالث من صفر.", [("الثالث من صفر", "2024-08-07")]),
    ("وبدأت الاحتجاجات في 7 من شهر صفر.", [("7 من شهر صفر", "2024-08-11")]),
    ("ووصل الحجاج في 3 صفر 1446هـ.", [("3 صفر 1446هـ", "2024-08-07")]),
]


@table("text,expected", SAFAR_CASES)
def test_a_score_with_zero_is_no_day_of_safar(text, expected):
    assert dates_found(text, PUB) == expected
