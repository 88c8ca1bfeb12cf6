"""Table-driven cases for the name علي before the day a statement was made: "قال الوزير أحمد علي يوم الأربعاء إن"
keeps "علي" in the name, where "أكد الوزير علي ضرورة" (على written with ي, as many Egyptian texts do) does not; and a
kin word with the pronoun ها stays as written ("ابنها سامي" is her son, not the accusative of ابنة).

Written by hand; each table ends with cases that must not change.
"""
from __future__ import annotations

from .helpers import clause_speakers, table

ALI_BEFORE_THE_DAY = [  # (text, speakers)
    ("قال وزير الزراعة سامي علي يوم الأحد إن محصول القمح بلغ 3 ملايين طن.", ["وزير الزراعة سامي علي"]),
    ("وأكد مدرب الفريق حسام علي أمس أن 4 لاعبين سيغيبون عن المباراة.", ["مدرب الفريق حسام علي"]),
    ("وأعلنت الطبيبة منى علي مساء الخميس أن 17 حالة سجلت في المستشفى.", ["الطبيبة منى علي"]),
    # must not change: على spelled with ي before what is stressed, or what is won
    ("وشدد الوزير علي ضرورة خفض العجز إلى 3%.", ["الوزير"]),
    ("وقال المدير محمود علي إن 12 مصنعاً أغلقت.", ["المدير محمود علي"]),
]


@table("text, expected", ALI_BEFORE_THE_DAY)
def test_ali_before_the_day_is_part_of_the_name(text, expected):
    assert clause_speakers(text) == expected


KIN_WITH_HER = [  # (text, speakers): "ابنها" is her son, not the accusative of ابنة; an accusative head still turns
    ("وقال ابنها سامي إن 3 أطفال أصيبوا في الحادث.", ["ابنها سامي"]),
    ("أما زوجها أحمد فقال إن المحصول تراجع بنسبة 40%.", ["زوجها أحمد"]),
    ("وأكدت شقيقتها منى أن 12 عائلة نزحت من الحي.", ["شقيقتها منى"]),
    # must not change: an accusative head after لكن is made nominative
    ("لكن مسؤولاً حكومياً قال إن 3 مدارس أغلقت.", ["مسؤول حكومي"]),
]


@table("text, expected", KIN_WITH_HER)
def test_a_kin_word_with_her_keeps_its_pronoun(text, expected):
    assert clause_speakers(text) == expected
