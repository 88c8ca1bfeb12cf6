"""Table-driven cases for a speaker named after two coordinated titles and a long workplace in ب ("ويرى المهندس
والأستاذ بالمدرسة الوطنية العليا للأشغال العمومية والبناء، كريم حداد، أن …"), and for a bare body that points back
past "كل X" (any one of them, no mention of a body: "وأن كل مصرف يحق له …" then "أعلن المصرف").

Written by hand (engineering, sociology, unions); the last cases must not change.
"""
from __future__ import annotations

from .helpers import last_speaker, table

A_NAME_AFTER_TITLES = [  # (text, expected speaker)
    ("ويرى المهندس والأستاذ بالمدرسة الوطنية العليا للأشغال العمومية والبناء، كريم حداد، أن 40% من الطرق متهالكة.",
     "المهندس والأستاذ بالمدرسة الوطنية العليا للأشغال العمومية والبناء، كريم حداد"),
    ("وتقول الباحثة والمدرّسة بالثانوية التقنية للفنون، سعاد المرزوقي، إن 12 تلميذاً تركوا الدراسة.",
     "الباحثة والمدرّسة بالثانوية التقنية للفنون، سعاد المرزوقي"),
    # must not change: a title with no name after its workplace, a title and a name
    ("وقال الخبير الاقتصادي، سمير التونسي، إن النمو بلغ 2%.", "الخبير الاقتصادي، سمير التونسي"),
    ("وأضاف الأستاذ بالجامعة أن 30 طالباً نجحوا.", "الأستاذ بالجامعة"),
]

A_BODY_PAST_ANY_ONE = [  # (text, expected speaker of the last sentence)
    ("وأوضح المصرف، في بيان، أن الرسوم بلغت 40 ديناراً، وأن كل مصرف يحق له التقدم بطلبات تصل إلى 3 ملايين "
     "دينار.\n\nفي سياق متصل، أعلن المصرف أنه سيصرف الرواتب عبر 40 فرعاً.", "المصرف"),
    ("وقالت الجامعة إن الرسوم ارتفعت 10%، وإن لكل جامعة يحق لها القبول حصة من 500 مقعد.\n\nوأضافت الجامعة "
     "أن 40 طالباً قُبلوا.", "الجامعة"),
    # must not change: a body named in full before
    ("أعلنت نقابة المعلمين الإضراب.\n\nوأكدت النقابة أن 300 مدرسة أغلقت.", "نقابة المعلمين"),
]


@table("text, expected", A_NAME_AFTER_TITLES)
def test_a_name_after_titles(text, expected):
    assert last_speaker(text) == expected


@table("text, expected", A_BODY_PAST_ANY_ONE)
def test_a_body_past_any_one(text, expected):
    assert last_speaker(text) == expected
