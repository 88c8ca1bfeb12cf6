"""Round-35 quantity rules: a word spelt as a number word but carrying a shadda no number word has is another word
(ألفّ "I go round", ألّف "he wrote", ثمّن "he praised").

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import quantities_found, table

SHADDA_CASES = [
    ("\"كل يوم ألفّ ساعة على المحلات حتى ألاقي زبون\"، يقول البائع.", []),
    ("وألّف الباحث 12 كتاباً عن تاريخ المدينة.", [("12 كتاباً", 12.0, "exact")]),
    ("وثمّن الوزير جهود 300 متطوع شاركوا في الحملة.", [("300 متطوع", 300.0, "exact")]),
    ("وربّع المهندس مساحة القاعة قبل البناء.", []),
    ("ونصّف المصنع إنتاجه بعد انقطاع الكهرباء.", []),
    # near misses: ست doubles its ت; vowels other than the shadda leave a number word as it is
    ("وقتل ستّة أشخاص في الحادث.", [("ستّة أشخاص", 6.0, "exact")]),
    ("وجمعت الحملة ثلاثة آلافٍ وستّمئة دينار.", [("ثلاثة آلافٍ وستّمئة دينار", 3600.0, "exact")]),
    ("ودفع المستأجر ألفَ دينار مقدماً.", [("ألفَ دينار", 1000.0, "exact")]),
    ("ويعيش ربع السكان في الأرياف.", [("ربع السكان", 0.25, "exact")]),
]


@table("text,expected", SHADDA_CASES)
def test_a_shadda_no_number_word_has_marks_another_word(text, expected):
    assert quantities_found(text) == expected
