"""Round-14 date rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from .helpers import dates_found, table

# A present call to act "before" a time ("ندعو … قبل …"، "تحث … قبل …") puts a bare month a few months ahead.
# 2025-10-14 is a Tuesday.
CALL_AHEAD_CASES = [
    ("وقال: \"ندعو المزارعين إلى تخزين الأعلاف مبكراً، قبل موجة البرد في يناير\"", "2025-10-14",
     [("يناير", "2026-01")]),
    ("تحث الوزارة الأهالي على صيانة المزاريب قبل الأمطار الغزيرة في ديسمبر", "2025-10-14", [("ديسمبر", "2025-12")]),
    # near misses: a call with no "before", a month too far ahead for a call, a past call, a plain past clause
    ("وقال: \"ندعو إلى محاسبة المسؤولين عن الهجوم في أغسطس\"", "2025-10-14", [("أغسطس", "2025-08")]),
    ("ندعو إلى التحقيق فيما جرى قبل الانتخابات في أغسطس", "2025-10-14", [("أغسطس", "2025-08")]),
    ("حذرت الوزارة من السباحة قبل العاصفة في سبتمبر", "2025-10-14", [("سبتمبر", "2025-09")]),
    ("وافتتح المعرض في ديسمبر", "2025-10-14", [("ديسمبر", "2024-12")]),
]


@table("text,published,expected", CALL_AHEAD_CASES)
def test_call_puts_month_ahead(text, published, expected):
    assert dates_found(text, published) == expected


# "عطلة نهاية الأسبوع" is the weekend as a kind of day; "نهاية الأسبوع" alone is the end of this week.
WEEKEND_CASES = [
    ("تفتح المكتبات أبوابها خلال عطلة نهاية الأسبوع", "2025-10-14", []),
    ("يزدحم الشاطئ في عطلات نهاية الأسبوع", "2025-10-14", []),
    ("ستعمل المخابز أيام نهاية الأسبوع بدوام كامل", "2025-10-14", []),
    # near misses
    ("تعلن النتائج نهاية الأسبوع", "2025-10-14", [("نهاية الأسبوع", "2025-W42")]),
    ("تبدأ العطلة نهاية الأسبوع المقبل", "2025-10-14", [("نهاية الأسبوع المقبل", "2025-W43")]),
]


@table("text,published,expected", WEEKEND_CASES)
def test_weekend_is_no_date(text, published, expected):
    assert dates_found(text, published) == expected
