"""Table-driven cases for words that stand before a name as a title does: a voter at the polls ("قالت الناخبة مريم
البلوشية إن" named only "الناخبة"), everyday witnesses (سائق، صياد، فلاح، مربية), and the Moroccan province governor
("وقال عامل إقليم الحوز إن" named only "عامل").

Written by hand in election, earthquake and livestock shapes; the last cases must not change.
"""
from __future__ import annotations

from .helpers import last_speaker, table

EVERYDAY_TITLES = [  # (text, speaker)
    ("قالت الناخبة فاطمة الزهراء إن التصويت لم يستغرق أكثر من دقيقتين.", "الناخبة فاطمة الزهراء"),
    ("وقال المقترع حسن يوسف إن الطابور امتد 200 متر.", "المقترع حسن يوسف"),
    ("وقالت مربية الأبقار سعاد الحمد إن 5 بقرات نفقت.", "مربية الأبقار سعاد الحمد"),
    ("وقال الصياد خليل منصور إن 12 قارباً غرقت.", "الصياد خليل منصور"),
    ("وقال عامل إقليم الحوز إن 40 دواراً تضرر.", "عامل إقليم الحوز"),
    ("وأكد عامل عمالة طنجة أصيلة أن 3 مدارس أغلقت.", "عامل عمالة طنجة أصيلة"),
    # must not change: عامل as a factor names no one; a source phrase still speaks
    ("وكان عامل الوقت حاسماً في إنقاذ 40 شخصاً، حسب الوقاية المدنية.", "الوقاية المدنية"),
    ("قال الناخب سالم الحوسني إن التصويت سريع.", "الناخب سالم الحوسني"),
]


@table("text, speaker", EVERYDAY_TITLES)
def test_an_everyday_title_keeps_the_name_after_it(text, speaker):
    assert last_speaker(text) == speaker
