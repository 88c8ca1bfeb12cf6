"""Table-driven cases for a body named in quotation marks and described before its verb's complement: an ال-
adjective and a relative clause set off by commas ("وقالت «جبهة الخلاص» المعارضة، التي تضم ثلاثة أحزاب، إن …"),
or the object of a verb of describing ("ووصفت «جبهة الخلاص» المعارضة الاستفتاء بأنه …"). The quoted name
speaks; a front (جبهة) is a body as a movement (حركة) is.

Written by hand (fronts and movements in invented countries); the last cases must not change.
"""
from __future__ import annotations

from .helpers import clause_speakers, table

THE_QUOTED_BODY_SPEAKS = [  # (text, speakers of the claims in order)
    ('وقالت «جبهة الخلاص» المعارضة، التي تضم ثلاثة أحزاب، إن نسبة المشاركة "لم تتجاوز 15 في المائة".',
     ["جبهة الخلاص"]),
    ('ووصفت «الحركة الشعبية» المعارضة الاستفتاء بأنه "مسرحية"، وقالت إن 30 مركزاً أغلقت مبكراً.',
     ["الحركة الشعبية"]),
    ('وقالت «حركة النهضة» المعارضة إن 200 من أنصارها اعتقلوا.', ["حركة النهضة"]),
    ("وقالت جبهة الخلاص إن 200 من أنصارها اعتقلوا.", ["جبهة الخلاص"]),
    # must not change: a quotation after the verb is what is said
    ('وأضاف «الحكومة ستدعم المزارعين» بـ40 مليون دينار.', [None]),
    ('وقال الوزير إن القوات تقدمت على جبهة الجنوب 3 كيلومترات.', ["الوزير"]),
]


@table("text, expected", THE_QUOTED_BODY_SPEAKS)
def test_the_quoted_body_speaks(text, expected):
    assert clause_speakers(text) == expected
