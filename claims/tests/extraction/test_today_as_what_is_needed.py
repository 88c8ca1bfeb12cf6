""""اليوم" that opens what is needed ("المطلوب اليوم"، "ما نحتاجه اليوم"، "نحن بحاجة اليوم") means nowadays, not the
publication day. An adjective "المطلوبة اليوم" after its noun, or a news verb before اليوم, keeps today.

Invented sentences of other topics, published on 14 January 2025.
"""
from __future__ import annotations

from .helpers import dates_found, table

PUBLISHED = "2025-01-14"

CASES = [
    ("وقال رئيس الاتحاد: «المطلوب اليوم هو دعم الأندية الصغيرة».", []),
    ("وأضافت الخبيرة أن ما تحتاجه الزراعة اليوم هو مياه أكثر.", []),
    ("وتابع: «نحن بحاجة اليوم إلى رؤية جديدة للتعليم».", []),
    ("وشدد على أن ما نحتاج إليه اليوم خطة واضحة.", []),
    # must not change: a news verb before اليوم, an adjective after its noun, a needed act told today
    ("وأعلن الوزير اليوم عن الإجراءات المطلوبة.", [("اليوم", "2025-01-14")]),
    ("وعلى المترشحين تقديم الوثائق المطلوبة اليوم.", [("اليوم", "2025-01-14")]),
    ("وطالبت النقابة اليوم بما تحتاجه المستشفيات.", [("اليوم", "2025-01-14")]),
]


@table("text,expected", CASES)
def test_today_in_what_is_needed_is_nowadays(text, expected):
    assert dates_found(text, PUBLISHED) == expected
