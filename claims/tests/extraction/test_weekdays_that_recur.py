"""Weekdays joined by "و" without "يومي" that tell a habit ("الازدحام صباح الأحد والخميس"، "يقصد الزوار السوق الاثنين
والجمعة") name no days: the list shares a part of the day or stands in a clause told in the present, with no verb of a
past or coming event and no date after it.

Invented sentences of other topics, published on Monday 15 September 2025.
"""
from __future__ import annotations

from .helpers import dates_found, table

PUBLISHED = "2025-09-15"

CASES = [
    ("وقال أحد السائقين إن الطريق «يختنق بالسيارات صباح الأحد والخميس».", []),
    ("لكن التجار اشتكوا من «ضعف الإقبال مساء الاثنين والأربعاء».", []),
    ("يقصد الزوار السوق الاثنين والجمعة.", []),
    ("تفتح المكتبة أبوابها الأحد والثلاثاء والخميس.", []),
    ("ويقول السكان إن الماء ينقطع مساء السبت والثلاثاء.", []),
    # must not change: a past or coming event, the dual يومي, a date or a relative word after, one night
    ("ارتفع المؤشر الأحد والخميس.", [("الأحد", "2025-09-14"), ("الخميس", "2025-09-11")]),
    ("قال الوزير إن الوفد التقى المسؤولين مساء الأحد والخميس.",
     [("مساء الأحد", "2025-09-14"), ("الخميس", "2025-09-11")]),
    ("سيزور الوزير المدينة الأحد والخميس.", [("الأحد", "2025-09-21"), ("الخميس", "2025-09-18")]),
    ("صباح الأحد والخميس الماضيين", [("صباح الأحد", "2025-09-14"), ("الخميس الماضيين", "2025-09-11")]),
    ("ليلة السبت والأحد", [("ليلة السبت", "2025-09-13"), ("الأحد", "2025-09-14")]),
    ("اليوم الأحد والخميس", [("اليوم الأحد", "2025-09-14"), ("الخميس", "2025-09-11")]),
]


@table("text,expected", CASES)
def test_weekdays_of_a_habit_name_no_days(text, expected):
    assert dates_found(text, PUBLISHED) == expected
