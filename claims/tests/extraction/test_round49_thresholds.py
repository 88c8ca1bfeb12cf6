"""Table-driven cases for a round million or more named with ال as a threshold: "تخطى عدد الزوار حاجز المليون زائر"
is more than 1,000,000 visitors, as "حاجز مليون زائر" is. A definite number word is otherwise no figure. A barrier
broken (كسر، حطم) is passed, as one exceeded is.

Written by hand in other topics; the last cases must not change.
"""
from __future__ import annotations

from .helpers import quantities_found, table

DEFINITE_SCALE_AS_THRESHOLD = [  # (text, quantities)
    ("وتخطى عدد مستخدمي التطبيق حاجز المليون مستخدم.", [("المليون مستخدم", 1e6, "more_than")]),
    ("وتجاوزت صادرات التمور عتبة المليار دولار لأول مرة.", [("المليار دولار", 1e9, "more_than")]),
    ("ولم يتجاوز عدد المشتركين حاجز المليون.", [("المليون", 1e6, "up_to")]),
    ("وكسرت الإيرادات حاجز المليارين ريال.", [("المليارين ريال", 2e9, "more_than")]),
    ("وحطمت مبيعات الرواية حاجز 100 ألف نسخة.", [("100 ألف نسخة", 1e5, "more_than")]),
    # must not change: definite number words that are no threshold
    ("وفاز المتسابق بجائزة المليون.", []),
    ("وتجاوز المؤشر حاجز الألف نقطة.", []),
    ("وارتفعت الأسعار بنسبة 5 في المئة.", [("5 في المئة", 5, "exact")]),
]


@table("text, expected", DEFINITE_SCALE_AS_THRESHOLD)
def test_a_definite_million_as_a_threshold(text, expected):
    assert quantities_found(text) == expected
