"""Round-37 date rules, one table each (see the comment above it).

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import dates_found, table

# "اليوم" closing a figure told from a past year to one now, a qualifier before the second figure, is nowadays.
NOWADAYS_CASES = [
    ("وقال رئيس الجمعية إن عدد المكتبات العامة تراجع من نحو 300 مكتبة عام 1990 إلى قرابة 120 مكتبة اليوم.",
     "2025-05-10", [("عام 1990", "1990")]),
    ("وأضاف أن عدد الصيادين انخفض من 4 آلاف صياد في 2005 إلى حوالي 1500 صياد اليوم، بحسب النقابة.", "2025-05-10",
     [("2005", "2005")]),
    # near misses: no past year before the figures; a news verb on today
    ("وارتفعت الحصيلة من 12 قتيلاً إلى نحو 20 قتيلاً اليوم.", "2025-05-10", [("اليوم", "2025-05-10")]),
    ("وأعلنت الوزارة اليوم أن عدد المصابين ارتفع من 30 في 2024 إلى 45 هذا العام.", "2025-05-10",
     [("اليوم", "2025-05-10"), ("2024", "2024"), ("هذا العام", "2025")]),
]


@table("text,published,expected", NOWADAYS_CASES)
def test_today_against_a_past_year_is_nowadays(text, published, expected):
    assert dates_found(text, published) == expected


# "عادة" (usually) is no past verb (عاد + ه) that would send a month back a year.
USUALLY_CASES = [
    ("ويأمل الصيادون أن تتحسن الأسعار، إذ يبدأ تصدير السردين عادة في أواخر يوليو.", "2025-06-05",
     [("أواخر يوليو", "2025-07")]),
    ("وتنطلق هجرة الطيور عادة في منتصف أكتوبر.", "2025-09-10", [("منتصف أكتوبر", "2025-10")]),
    ("وستناقش اللجنة عادة المشروع في مارس.", "2025-02-10", [("مارس", "2025-03")]),
    # near miss: the perfective عاد after a future verb still governs the month
    ("وسيدرس البرلمان التقرير الذي عاد به الوفد في مارس.", "2025-02-10", [("مارس", "2024-03")]),
]


@table("text,published,expected", USUALLY_CASES)
def test_usually_is_no_past_verb(text, published, expected):
    assert dates_found(text, published) == expected


# More future verbs (سينتقل، سينقل، ستعرض، سيستقبل) put a bare month or day ahead.
FUTURE_VERB_CASES = [
    ("وبعد اختتام عروضه في تونس، سينتقل المهرجان إلى مدينة صفاقس في الفترة من 5 إلى 12 أغسطس.", "2025-03-01",
     [("الفترة من 5 إلى 12 أغسطس", "2025-08-05/2025-08-12")]),
    ("وستعرض اللوحات في متحف الفنون خلال نوفمبر.", "2025-03-01", [("نوفمبر", "2025-11")]),
    ("وسيستقبل الملعب المباراة النهائية في 20 مايو.", "2025-03-01", [("20 مايو", "2025-05-20")]),
    ("وقال المدير إن الأرشيف سينقل إلى المبنى الجديد في يناير.", "2025-03-01", [("يناير", "2026-01")]),
    # near misses: the same verbs in the past
    ("وانتقل المعرض إلى مدينة صفاقس في أغسطس.", "2025-03-01", [("أغسطس", "2024-08")]),
    ("وعرضت اللوحات في متحف الفنون خلال نوفمبر.", "2025-03-01", [("نوفمبر", "2024-11")]),
]


@table("text,published,expected", FUTURE_VERB_CASES)
def test_more_future_verbs(text, published, expected):
    assert dates_found(text, published) == expected
