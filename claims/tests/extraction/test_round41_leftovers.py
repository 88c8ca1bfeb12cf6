"""Table-driven cases for round 41's leftovers: a range written without من ("3 إلى 5 جرعات") and the other side
of a vote or a seat count after مقابل ("بخمسة أصوات مقابل أربعة"), and parties or factions that speak through a
participle ("شككت قوى مقاطعة للانتخابات في الأرقام، مؤكدة أن"), names in two parts joined by a hyphen or an en dash
("مركز مالكوم كير–كارنيغي"), a minister's portfolio that is not a verbal noun ("وتكنولوجيا المعلومات"), and a weekday
ahead in what was said on an earlier day ("أعلنت يوم الأحد الماضي أن منخفضاً سيؤثر … مساء الثلاثاء").

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import clause_speakers, dates_found, quantities_found, table

BARE_RANGES = [  # (text, expected): a bare number, إلى and a number are a range's two ends
    ("يحتاج المريض 3 إلى 5 جرعات من اللقاح.", [("3", 3.0, "at_least"), ("5 جرعات", 5.0, "up_to")]),
    ("يحتاج المريض ثلاث إلى خمس جرعات.", [("ثلاث", 3.0, "at_least"), ("خمس جرعات", 5.0, "up_to")]),
    ("ارتفعت الإيجارات بنسبة 20 إلى 25 بالمئة.", [("20", 20.0, "at_least"), ("25 بالمئة", 25.0, "up_to")]),
    ("ويتراوح الإنتاج اليومي 3 إلى 5 آلاف طن.", [("3", 3000.0, "at_least"), ("5 آلاف طن", 5000.0, "up_to")]),
    ("وتستغرق الأشغال 12 إلى 18 شهراً.", [("12", 12.0, "at_least"), ("18 شهراً", 18.0, "up_to")]),
    # a duration framing an event drops both ends, as it drops "خلال 18 شهراً" alone
    ("وقد ترفع الوكالة التصنيف خلال 12 إلى 18 شهرا.", []),
    # must not change: where a price went, a date's year before إلى, a range opened by من
    ("وارتفع سعر لتر البنزين 92 إلى 17.25 جنيه.", [("17.25 جنيه", 17.25, "exact")]),
    ("وارتفع عدد القتلى منذ 7 أكتوبر 2023 إلى 40 ألفاً و223 قتيلاً.",
     [("40 ألفاً و223 قتيلاً", 40223.0, "exact")]),
    ("تتراوح الأسعار من 20 إلى 30 دولاراً.", [("20", 20.0, "at_least"), ("30 دولاراً", 30.0, "up_to")]),
    ("ونُقل 12 إلى المستشفى.", [("12", 12.0, "exact")]),
]


@table("text, expected", BARE_RANGES)
def test_a_range_without_min(text, expected):
    assert quantities_found(text) == expected


WEIGHED_AGAINST = [  # (text, expected): a number word after مقابل is the other side of the count before it
    ("وصوتت اللجنة بخمسة أصوات مقابل أربعة لصالح خفض الفائدة.",
     [("بخمسة أصوات", 5.0, "exact"), ("أربعة", 4.0, "exact")]),
    ("وحصل الحزب على سبعة مقاعد مقابل ثلاثة للمعارضة.", [("سبعة مقاعد", 7.0, "exact"), ("ثلاثة", 3.0, "exact")]),
    # must not change: مقابل with no count before it, or a number word with its own noun
    ("وجاء ذلك مقابل ثلاثة.", []),
    ("وقدم الدعم مقابل أربعة شروط.", [("أربعة شروط", 4.0, "exact")]),
]


@table("text, expected", WEIGHED_AGAINST)
def test_the_other_side_of_a_count(text, expected):
    assert quantities_found(text) == expected


PARTIES = [  # (text, speakers): a party or faction opens the clause, and a participle closes it with what it says
    ("وشككت قوى مقاطعة للانتخابات في الأرقام المعلنة، مؤكدة أن النسبة لا تتجاوز 20%.", ["قوى مقاطعة للانتخابات"]),
    ("وانتقدت أحزاب المعارضة القرار، مشيرة إلى أن 40% من العمال سيتضررون.", ["أحزاب المعارضة"]),
    ("ورفضت الأحزاب المعارضة النتائج، معتبرة أن 35% من الأصوات زورت.", ["الأحزاب المعارضة"]),
    ("وشككت المعارضة في نسبة المشاركة، مؤكدة أن الأرقام لا تتجاوز 30%.", ["المعارضة"]),
    # what the parties act on is no part of their name
    ("وانتقدت الأحزاب الحكومة، مؤكدة أن 40% من الناخبين قاطعوا.", ["الأحزاب"]),
    # must not change: a faction named before قال, and a thing, which does not speak
    ("وقالت فصائل المقاومة إن 12 مقاتلاً قتلوا.", ["فصائل المقاومة"]),
    ("وارتفعت المشاركة في الانتخابات، مؤكدة أن 40% من الناخبين صوتوا.", [None]),
]


@table("text, expected", PARTIES)
def test_parties_speak_through_a_participle(text, expected):
    assert clause_speakers(text) == expected


JOINED_NAMES = [  # (text, speakers): a hyphen or en dash with no space either side joins one name word
    ("غير أن ورقة نشرها مركز مالكوم كير–كارنيغي للشرق الأوسط حذرت من أن الطلب قد يتجاوز 20 مليون لتر.",
     ["مركز مالكوم كير–كارنيغي للشرق الأوسط"]),
    ("وقال مدير المتحف بارك سونغ-مين إن المعرض استقبل 3 آلاف زائر.", ["مدير المتحف بارك سونغ-مين"]),
    ("وقال وزير العلوم وتكنولوجيا المعلومات والاتصالات بيه كيونغ-هون إن 40% من الشركات تستخدم الذكاء الاصطناعي.",
     ["وزير العلوم وتكنولوجيا المعلومات والاتصالات بيه كيونغ-هون"]),
    ("وقالت وزيرة الشباب وشؤون المرأة إن 40% من الشباب عاطلون.", ["وزيرة الشباب وشؤون المرأة"]),
    # must not change: a spaced dash sets off what follows
    ("وقال الوزير سامي عادل - في مؤتمر صحفي - إن 40% من الشركات تستخدم الذكاء الاصطناعي.", ["الوزير سامي عادل"]),
]


@table("text, expected", JOINED_NAMES)
def test_names_joined_by_a_hyphen(text, expected):
    assert clause_speakers(text) == expected


SAID_ON_A_DAY = [  # (text, expected) in an article of Wednesday 19 February 2025: ahead of the day it was said
    ("وكانت الأرصاد قد أعلنت يوم الأحد الماضي أن منخفضاً جوياً سيؤثر على المملكة اعتباراً من الثلاثاء.",
     [("يوم الأحد الماضي", "2025-02-16"), ("الثلاثاء", "2025-02-18")]),
    ("وأعلنت الوزارة الأحد أن الامتحانات ستبدأ الثلاثاء.", [("الأحد", "2025-02-16"), ("الثلاثاء", "2025-02-18")]),
    ("وأعلنت الوزارة الأربعاء الماضي أن الامتحانات ستبدأ الثلاثاء.",
     [("الأربعاء الماضي", "2025-02-12"), ("الثلاثاء", "2025-02-18")]),
    # must not change: said the day of the report, or on no named day, it looks ahead from the report
    ("وأعلنت الوزارة الأربعاء أن الامتحانات ستبدأ الثلاثاء.", [("الأربعاء", "2025-02-19"), ("الثلاثاء", "2025-02-25")]),
    ("وقال الوزير إن الامتحانات ستبدأ الثلاثاء.", [("الثلاثاء", "2025-02-25")]),
]


@table("text, expected", SAID_ON_A_DAY)
def test_a_weekday_ahead_of_the_day_it_was_said(text, expected):
    assert dates_found(text, "2025-02-19") == expected


SIGNED_RANGES = [  # (text, expected): "بين/ما بين N% وM%", each end with its own sign, is a range
    ("ويتوقع البنك أن يسجل التضخم ما بين 14% و15% هذا العام.", [("14%", 14.0, "at_least"), ("15%", 15.0, "up_to")]),
    ("وتراوحت العلاوات بين 35% و75% من الراتب.", [("35%", 35.0, "at_least"), ("75%", 75.0, "up_to")]),
    # must not change: two figures of two things
    ("وارتفعت الأسعار 14% والأجور 15%.", [("14%", 14.0, "exact"), ("15%", 15.0, "exact")]),
]


@table("text, expected", SIGNED_RANGES)
def test_a_range_whose_ends_carry_their_sign(text, expected):
    assert quantities_found(text) == expected
