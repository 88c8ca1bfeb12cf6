""""اليوم" right after a verb of news and its subject is today even with a definite noun after it, the verb's object
("أعلنت وزارة الداخلية اليوم النتائج النهائية"); a word that describes a day ("اليوم الأول"، "اليوم الوطني") keeps
"the day …".

Invented sentences of other topics, published on 16 November 2026.
"""
from __future__ import annotations

from .helpers import dates_found, table

PUBLISHED = "2026-11-16"

CASES = [
    ("أعلنت هيئة الانتخابات اليوم النتائج الأولية للاقتراع.", [("اليوم", "2026-11-16")]),
    ("افتتح وزير الثقافة اليوم المعرض الدولي للكتاب.", [("اليوم", "2026-11-16")]),
    ("الرباط في 16 نوفمبر /ومع/ أطلقت الوزارة اليوم الحملة الوطنية للتلقيح.", [("اليوم", "2026-11-16")]),
    ("وقّع الطرفان اليوم الاتفاق النهائي.", [("اليوم", "2026-11-16")]),
    # must not change: a word that describes the day, or no news verb before
    ("شهدت المدينة اليوم الأول من المهرجان.", []),
    ("اختتم اليوم الدراسي حول المياه.", []),
    ("أعلنت الوزارة اليوم الوطني للسلامة المرورية.", []),
    ("تحتفل المدرسة اليوم العالمي للطفل.", []),
]


@table("text,expected", CASES)
def test_today_before_the_object_of_a_news_verb(text, expected):
    assert dates_found(text, PUBLISHED) == expected
