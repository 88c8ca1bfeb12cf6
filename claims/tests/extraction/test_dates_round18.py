"""Round-18 date rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from .helpers import dates_found, table

CASES = [
    # An announced measure (أعلنت … إغلاق/تعليق …) sets its time still to come, the next month or the one after.
    ("أعلنت البلدية إغلاق السوق المركزي خلال الفترة من 3 إلى 10 يناير لأعمال الصيانة", "2025-12-20",
     [("الفترة من 3 إلى 10 يناير", "2026-01-03/2026-01-10")]),
    ("وقررت وزارة التعليم تعليق الدراسة في 7 ديسمبر بسبب الأمطار", "2025-11-28", [("7 ديسمبر", "2025-12-07")]),
    # near misses: the date of the announcement itself, a month far ahead, a perfective verb after the noun
    ("أعلنت الوزارة في 5 ديسمبر نتائج المسابقة", "2025-11-30", [("5 ديسمبر", "2024-12-05")]),
    ("أعلنت البلدية إغلاق السوق في 5 مارس", "2025-11-30", [("5 مارس", "2025-03-05")]),
    ("أعلنت البلدية إغلاق السوق الذي شهد حريقا في 5 ديسمبر", "2025-11-30", [("5 ديسمبر", "2024-12-05")]),
    # "سيواصل/ستواصل" announces what is still to come: a weekday after it reads forward.
    ("وقالت الشركة إن فرقها ستواصل أعمال الحفر حتى يوم الخميس", "2025-03-17", [("يوم الخميس", "2025-03-20")]),
    ("وواصلت الفرق أعمال الحفر حتى يوم الخميس", "2025-03-17", [("يوم الخميس", "2025-03-13")]),  # near miss: past
    # The data "for the quarter" are of a quarter under way or past, even when released later.
    ("ومن المقرر أن ينشر البنك بيانات الناتج المحلي للربع الأول الأسبوع المقبل", "2025-04-20",
     [("للربع الأول", "2025-Q1"), ("الأسبوع المقبل", "2025-W17")]),
    ("وستعلن الشركة نتائج الربع الثالث في أكتوبر", "2025-08-15", [("الربع الثالث", "2025-Q3"), ("أكتوبر", "2025-10")]),
    # near miss: an event planned in a quarter still reads forward
    ("ومن المقرر أن تعقد الشركة جمعيتها العمومية في الربع الثاني", "2025-07-15", [("الربع الثاني", "2026-Q2")]),
]


@table("text,published,expected", CASES)
def test_dates_round18(text, published, expected):
    assert dates_found(text, published) == expected
