"""Table-driven cases for round 50's speakers: a title, an adjective that agrees with it, then a name ("المحامية
المتدربة ليان الزعبي، التي …، إن"); kin or a neighbour named by whose they are, then by name ("أما جارته فاطمة
فقالت"); an ال- surname named in full before as the subject of an opening verb, with its object after it ("هنّأ
الخصاونة منافسه …، وكتب:"); a quoted party after an indefinite title ("مرشح «البام»").

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import clause_speakers, table

_EARLIER = "وقال رئيس الاتحاد، المدرب خالد الرواشدة، إن 12 فريقاً تأهلت. "

DESCRIBED_TITLE_THEN_NAME = [  # (text, speakers): a participle adjective agreeing with the title, then the name
    (_EARLIER + "وقالت الطبيبة المقيمة ليان الزعبي، التي عملت ليلتين متتاليتين، إن 40 مريضاً وصلوا.",
     ["رئيس الاتحاد، المدرب خالد الرواشدة", "الطبيبة المقيمة ليان الزعبي"]),
    ("وقالت المهندسة المتدربة ريم العلي إن 30 مشروعاً تعثرت.", ["المهندسة المتدربة ريم العلي"]),
    ("وقال الطبيب المقيم سامر الحلبي، الذي استقبل المصابين، إن 15 مصاباً نقلوا إلى المستشفى.",
     ["الطبيب المقيم سامر الحلبي"]),
    # must not change: no name after the adjective, an adjective that does not agree (the object), a bare comma
    ("وقال المحامي المتدرب إن 30 قضية أجلت.", ["المحامي"]),
    ("وكرم الوزير المتفوقة سلمى الحداد، وقال إن 30 طالباً نجحوا.", ["الوزير"]),
    ("وكرم الوزير المتفوق سامي الحداد، وقال إن 30 طالباً نجحوا.", ["الوزير"]),
    ("وقال المدرب المساعد إن 3 لاعبين أصيبوا.", ["المدرب المساعد"]),
]


@table("text, expected", DESCRIBED_TITLE_THEN_NAME)
def test_a_described_title_then_a_name(text, expected):
    assert clause_speakers(text) == expected


KIN_THEN_NAME = [  # (text, speakers): a kin noun or a neighbour with a possessive, then a first name
    ("قال سعيد إن المياه غمرت 3 غرف. أما جارته فاطمة فقالت إن 5 سيارات جرفتها السيول.",
     ["سعيد", "جارته فاطمة"]),
    ("وقالت شقيقتها سلمى إن 200 شخص حضروا الجنازة.", ["شقيقتها سلمى"]),
    ("أما زميلتها هدى، فأكدت أن 4 لاعبات غبن عن التدريب.", ["زميلتها هدى"]),
    # must not change: an adjective or a place, not a name, after the kin noun; the kin noun alone
    ("وقال ابنه الأكبر إن 3 غرف تضررت.", ["ابنه الأكبر"]),
    ("أما زميله في الفريق فقال إن 3 لاعبين أصيبوا.", ["زميله"]),
    ("وقالت زوجته إن 3 غرف تضررت.", ["زوجته"]),
]


@table("text, expected", KIN_THEN_NAME)
def test_kin_then_a_name(text, expected):
    assert clause_speakers(text) == expected


_NAMED = "وفاز المرشح سامي العبيدي بـ 4312 صوتاً، مقابل 3977 صوتاً لمنافسه كمال الحمداني. "

SURNAME_OF_AN_OPENING_VERB = [  # (text, speakers): an ال- surname named in full before, then the verb's object
    (_NAMED + "من جانبه، هنّأ الحمداني منافسه في منشور على صفحته، وكتب: «حصلنا على 3977 صوتاً ونحترم النتيجة».",
     ["الحمداني"]),
    (_NAMED + "وشكر الحمداني أنصاره في مؤتمر صحفي، وقال إن 3977 ناخباً صوتوا له.", ["الحمداني"]),
    (_NAMED + "وزار العبيدي الحمداني في بيته، وقال إن 12 دائرة صوتت له.", ["العبيدي"]),
    # must not change: a surname no one wore before, and a title before the surname
    ("من جانبه، هنّأ الخطيب منافسه في منشور، وكتب: «حصلنا على 3977 صوتاً».", []),
    (_NAMED + "وهنأ رئيس البلدية المرشحين، وقال إن 12 دائرة صوتت.", ["رئيس البلدية"]),
]


@table("text, expected", SURNAME_OF_AN_OPENING_VERB)
def test_a_surname_named_before_opens_the_clause(text, expected):
    assert [s for s in clause_speakers(text) if s] == expected


QUOTED_PARTY_AFTER_TITLE = [  # (text, speakers): a short quoted name in ال- after an indefinite title
    ("وسجلت 310 مخالفات، وهو رقم اعتبره نائب «النهضة» «مبالغاً فيه».", ["نائب «النهضة»"]),
    ("وقال لاعب «الأهلي» إن 3 لاعبين أصيبوا.", ["لاعب «الأهلي»"]),
    # must not change: the speech quoted after the title, and a definite title
    ("وقال مسؤول «الأمر خطير وسقط 3 جرحى».", ["مسؤول"]),
    ("وقال المسؤول «الأمر خطير وسقط 3 جرحى».", ["المسؤول"]),
]


@table("text, expected", QUOTED_PARTY_AFTER_TITLE)
def test_a_quoted_party_after_a_title(text, expected):
    assert clause_speakers(text) == expected
