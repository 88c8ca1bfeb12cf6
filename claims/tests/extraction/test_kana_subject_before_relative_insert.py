"""Table-driven cases for "وكان X، الذي/التي …، قد قال/وصف": a relative clause set off by commas between the
subject of كان and its قد. X is who speaks, and claims the relative clause's figures too ("وكانت النقابة، التي
تضم 12 ألف عضو، قد وصفت القرار بأنه …" → النقابة for 12 ألف).

Written by hand (a union, a publishers' body, an observer team); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

A_SUBJECT_BEFORE_A_RELATIVE_INSERT_SPEAKS = [  # (text, speaker)
    ("وكانت نقابة الأطباء الوطنية، التي تضم 12 ألف عضو في 20 فرعاً، قد وصفت القرار بأنه «خطوة متسرعة».",
     "نقابة الأطباء الوطنية"),
    ("وكان اتحاد الناشرين العرب للكتاب المدرسي، الذي شارك بـ300 دار نشر في 4 قاعات، قد أكد أن المعرض «نجح».",
     "اتحاد الناشرين العرب للكتاب المدرسي"),
    ("وكانت لجنة المراقبة الدولية، التي نشرت 25 مراقباً في 6 محافظات، قد قالت إن الاقتراع «جرى بهدوء».",
     "لجنة المراقبة الدولية"),
    # must not change: an apposition, and subjects that say nothing (prices, a conference)
    ("وكان وزير التجارة، الطيب زيتوني، قد أعلن أن الصادرات «تضاعفت».", "وزير التجارة، الطيب زيتوني"),
    ("وكانت الأسعار، التي ارتفعت 40% في 11 شهراً، قد تراجعت أمس.", None),
    ("وكان المؤتمر، الذي حضره 300 مشارك، قد أكد أن التعاون «ضروري».", None),
]

ITS_FIGURES_ARE_ITS_OWN = [  # (text, figure, claimants)
    ("وكانت نقابة الأطباء الوطنية، التي تضم 12 ألف عضو في 20 فرعاً، قد وصفت القرار بأنه «خطوة متسرعة».",
     "12 ألف", ["نقابة الأطباء الوطنية"]),
    ("وكانت لجنة المراقبة الدولية، التي نشرت 25 مراقباً في 6 محافظات، قد قالت إن الاقتراع «جرى بهدوء».", "6",
     ["لجنة المراقبة الدولية"]),
    # must not change
    ("وكانت الأسعار، التي ارتفعت 40% في 11 شهراً، قد تراجعت أمس.", "40", [None]),
]


@table("text, expected", A_SUBJECT_BEFORE_A_RELATIVE_INSERT_SPEAKS)
def test_a_subject_before_a_relative_insert_speaks(text, expected):
    assert last_speaker(text) == expected


@table("text, figure, expected", ITS_FIGURES_ARE_ITS_OWN)
def test_its_figures_are_its_own(text, figure, expected):
    assert claimants(text, figure) == expected
