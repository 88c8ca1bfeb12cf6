"""Table-driven cases for rounds 44 and 45's speakers: a name set off by commas after a role's description the title
chain does not read ("التاجر بسوق المحاصيل، الطاهر إبراهيم،"، "صاحب مطعم في منطقة عين الجنة، أبو يزن القضاة،").

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import clause_speakers, table

NAMED_AFTER_DESCRIPTION = [  # (text, speakers): a role, a few words of where or what, then its holder's name
    ("وقال الباحث بمركز الدراسات الاستراتيجية، سمير العلوي، إن سعر الطماطم تجاوز 20 درهماً.",
     ["الباحث بمركز الدراسات الاستراتيجية، سمير العلوي"]),
    ('وقال صاحب مخبز في حي الزهور، أبو سليم الحداد، لـ"الصباح" إن 40 كيساً من الطحين نفدت.',
     ["صاحب مخبز في حي الزهور، أبو سليم الحداد"]),
    ("وأعلن المرشح الفائز على مقعد الدائرة، المحامي عادل النجار، أن الفارق بلغ 112 صوتاً.",
     ["المرشح الفائز على مقعد الدائرة، المحامي عادل النجار"]),
    ("ويرى أستاذ الاقتصاد بجامعة باريس 8، كريم الصغير، أن النمو لن يتجاوز 2%.",
     ["أستاذ الاقتصاد بجامعة باريس 8، كريم الصغير"]),
    # must not change: a source who asked not to be named, and a description with no name after it
    ("وقال مصدر في هيئة الجمارك، طلب حجب اسمه، إن 12 ألف طن صدرت.", ["مصدر في هيئة الجمارك"]),
    ("وقال مسؤول تنفيذي في البنك لرويترز، طالبا عدم نشر اسمه، إن 300 ألف عميل تضرروا.", ["مسؤول تنفيذي"]),
]


@table("text, expected", NAMED_AFTER_DESCRIPTION)
def test_a_name_after_a_roles_description(text, expected):
    assert clause_speakers(text) == expected
