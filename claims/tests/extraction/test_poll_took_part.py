"""Table-driven cases for a poll's respondents counted in a clause after a semicolon, or who "took part" in it:
"…؛ إذ توقع 9 من أصل 15 محللاً شاركوا في استطلاع أجرته الغرفة ارتفاعاً بـ3%": who ran the poll claims the counts
and what it found, as "استطلعت الوكالة آراءهم" and "شملهم استطلاع أجرته" already give.

Written by hand (tourism, oil, housing); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

WHO_RAN_THE_POLL_COUNTS_ITS_RESPONDENTS = [  # (text, figure, claimants)
    ("وكان القطاع ينتظر موسماً أفضل؛ إذ توقع 9 من أصل 15 محللاً شاركوا في استطلاع أجرته غرفة السياحة "
     "ارتفاع الحجوزات بنسبة 7%.", "9", ["غرفة السياحة"]),
    ("وكان القطاع ينتظر موسماً أفضل؛ إذ توقع 9 من أصل 15 محللاً شاركوا في استطلاع أجرته غرفة السياحة "
     "ارتفاع الحجوزات بنسبة 7%.", "15", ["غرفة السياحة"]),
    ("وكان القطاع ينتظر موسماً أفضل؛ إذ توقع 9 من أصل 15 محللاً شاركوا في استطلاع أجرته غرفة السياحة "
     "ارتفاع الحجوزات بنسبة 7%.", "7%", ["غرفة السياحة"]),
    ("ورجّح 20 من أصل 31 متعاملاً شاركوا في مسح أجرته وكالة بلومبرغ صعود برنت إلى 85 دولاراً.", "85",
     ["وكالة بلومبرغ"]),
    # must not change: people who took part in a conference (no poll), a count with no poll after a
    # semicolon, a speaker who reports the poll
    ("وكان القطاع ينتظر موسماً أفضل؛ إذ توقع 9 من أصل 15 محللاً شاركوا في المؤتمر ارتفاع الحجوزات بنسبة 7%.",
     "9", ["9 من أصل 15 محللاً"]),
    ("وكان السوق هادئاً؛ إذ توقع 12 خبيراً ارتفاع الأسعار 5%.", "12", [None]),
    ("وقال رئيس الغرفة إن 9 من أصل 15 محللاً شاركوا في استطلاع أجرته الغرفة توقعوا ارتفاع الحجوزات.", "9",
     ["رئيس الغرفة"]),
]


@table("text, figure, expected", WHO_RAN_THE_POLL_COUNTS_ITS_RESPONDENTS)
def test_who_ran_the_poll_counts_its_respondents(text, figure, expected):
    assert claimants(text, figure) == expected
