"""Table-driven cases for "، مذكّراً/مذكّرةً بأن …" closing a clause of another verb: reminding goes on with the
subject's speech, as "، مؤكداً أن" does ("ونصحت الوزارة السائقين بالحذر، مذكرة بأن 40 حادثاً وقعت" → الوزارة).
"مذكرة" is also a memo: only أن right after it makes it the participle.

Written by hand (a traffic office, a health directorate, doctors); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

REMINDING_GOES_ON_WITH_THE_SUBJECT = [  # (text, speaker)
    ("ونصحت إدارة المرور السائقين بتخفيف السرعة، مذكرة بأن 40 حادثاً وقعت على الطريق خلال الشهر.",
     "إدارة المرور"),
    ("ووزعت مديرية الصحة اللقاحات على المراكز، مذكرة بأن الحملة تشمل 300 مركز.", "مديرية الصحة"),
    ("ورفض الأطباء العرض الجديد، مذكرين أن الرواتب لم تتغير منذ 6 سنوات.", "الأطباء"),
    # must not change: a memo after a comma, and no one to speak
    ("ووقع البلدان اتفاقاً للتعاون، مذكرة تفاهم تشمل 12 مجالاً.", None),
    ("وارتفع المؤشر خلال الجلسة، مذكراً بأن 3 قطاعات تقود السوق.", None),
]

ITS_FIGURES_ARE_THE_SUBJECTS = [  # (text, figure, claimants)
    ("ونصحت إدارة المرور السائقين بتخفيف السرعة، مذكرة بأن 40 حادثاً وقعت على الطريق خلال الشهر.", "40",
     ["إدارة المرور"]),
]


@table("text, expected", REMINDING_GOES_ON_WITH_THE_SUBJECT)
def test_reminding_goes_on_with_the_subject(text, expected):
    assert last_speaker(text) == expected


@table("text, figure, expected", ITS_FIGURES_ARE_THE_SUBJECTS)
def test_its_figures_are_the_subjects(text, figure, expected):
    assert claimants(text, figure) == expected
