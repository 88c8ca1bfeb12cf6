"""Today and the day next to it joined by "و" ("اليوم وغداً الثلاثاء"، "أمس واليوم") are one span of two days, as
"يومي الاثنين والثلاثاء" is.

Invented sentences of other topics, published on Monday 10 March 2025.
"""
from __future__ import annotations

from .helpers import dates_found, table

PUBLISHED = "2025-03-10"

CASES = [
    ("أعلنت البلدية إغلاق الحدائق العامة اليوم وغداً الثلاثاء بسبب الرياح.",
     [("اليوم وغداً الثلاثاء", "2025-03-10/2025-03-11")]),
    ("قررت الجامعة تأجيل الامتحانات اليوم وغداً.", [("اليوم وغداً", "2025-03-10/2025-03-11")]),
    ("شهدت أسواق الخضار إقبالاً كبيراً أمس واليوم.", [("أمس واليوم", "2025-03-09/2025-03-10")]),
    ("تواصل انقطاع الكهرباء مساء أمس واليوم في عدة أحياء.", [("مساء أمس واليوم", "2025-03-09/2025-03-10")]),
    # must not change: two days without today, today with another weekday, today alone
    ("يتوقع الراصد الجوي أمطاراً غداً وبعد غد.", [("غداً", "2025-03-11"), ("بعد غد", "2025-03-12")]),
    ("زار الوفد المصنع اليوم والخميس.", [("اليوم", "2025-03-10"), ("الخميس", "2025-03-06")]),
    ("وصل الوفد اليوم إلى العاصمة.", [("اليوم", "2025-03-10")]),
]


@table("text,expected", CASES)
def test_today_and_the_day_next_to_it_are_one_span(text, expected):
    assert dates_found(text, PUBLISHED) == expected
