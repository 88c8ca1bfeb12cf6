"""Round-28 quantity rules: a negated verb of covering or representing caps "أكثر من" (up_to) and makes "حتى" "not
even" (less_than); a definite fraction right after a comparing qualifier ("أكثر من الخمس"); a share whose noun is
made definite by a demonstrative ("ربع هذه الكلفة") or by a second noun with a pronoun ("ثلثي محصول ضيعته"); an
"in it" pronoun before the subject of a verb that exceeds a percent; the dual of a unit with a qualifier after it;
a milestone place with a direction after it; a duration a work took (استغرق).

Invented sentences of other topics.
"""
from __future__ import annotations

import pytest

from .helpers import quantities_found, table

NEGATED_CASES = [
    ("وقال إن الدعم الحكومي لا يغطي أكثر من ثلث هذه النفقات.", [("أكثر من ثلث هذه النفقات", 1 / 3, "up_to")]),
    ("ولا تمثل الصادرات الزراعية في أحسن الأحوال أكثر من الربع.", [("أكثر من الربع", 0.25, "up_to")]),
    ("وأكد أن المخزون لا يكفي لأكثر من عشرة أيام.", [("لأكثر من عشرة أيام", 10.0, "up_to")]),
    ("وقالت إن المساعدات «لم تكفِ حتى نصف الأسر المسجلة».", [("حتى نصف الأسر", 0.5, "less_than")]),
    # near misses: no negation; a verb whose subject is the amount; "حتى" without a negation
    ("ويغطي الدعم أكثر من ثلث النفقات.", [("أكثر من ثلث النفقات", 1 / 3, "more_than")]),
    ("ولم يتمكن أكثر من 200 طالب من دخول الامتحان.", [("أكثر من 200 طالب", 200.0, "more_than")]),
    ("ويتسع الملعب حتى نصف سكان المدينة.", [("حتى نصف سكان", 0.5, "up_to")]),
    ("وتراجعت المبيعات بنحو الثلث.", [("بنحو الثلث", 1 / 3, "approx")]),
    ("وحصل الفريق على المركز في الربع الأول.", []),
]


@table("text,expected", NEGATED_CASES)
def test_negated_measure_verbs_and_definite_fractions(text, expected):
    assert quantities_found(text) == pytest_approx(expected)


SHARE_CASES = [
    ("وأوضح أنه خسر قرابة نصف رأس ماله في الأزمة.", [("قرابة نصف رأس", 0.5, "approx")]),
    ("وفقدت الأسرة نحو ثلثي محصول مزرعتها.", [("نحو ثلثي محصول", 2 / 3, "approx")]),
    ("وذهب ربع تلك المبالغ إلى الرواتب.", [("ربع تلك المبالغ", 0.25, "exact")]),
    # near misses: a duration after the demonstrative; a verb and a particle with a pronoun after the fraction
    ("وقضى ربع هذا الأسبوع في السفر.", []),
    ("وبينهم ما يقارب ثلث يعتقد أنهم قتلوا.", []),
    ("وأمضى نصف يوم عمله في المكتب.", []),
]


@table("text,expected", SHARE_CASES)
def test_shares_made_definite_by_a_demonstrative_or_a_pronoun(text, expected):
    assert quantities_found(text) == pytest_approx(expected)


OTHER_CASES = [
    # an "in it" pronoun between the verb and its subject; the percent written as a word
    ("وهي الدورة التي لم تتخطَّ فيها المشاركة 30 بالمئة.", [("30 بالمئة", 30.0, "up_to")]),
    ("ولم تتجاوز فيها البطالة 7 في المئة.", [("7 في المئة", 7.0, "up_to")]),
    # the dual of a unit, and a qualifier after it
    ("ويحتاج كل هكتار إلى لترين على الأقل من المبيد.", [("لترين على الأقل", 2.0, "at_least")]),
    ("واشترى المزارع فدانين في القرية.", [("فدانين", 2.0, "exact")]),
    # a milestone place placed by a direction
    ("ويقع المخيم في منطقة الكيلو 40 شمالي العاصمة.", []),
    ("وتسكن الأسرة في قرية الكيلو 12 غرب المدينة.", []),
    # near miss: the price of a kilo
    ("وبلغ سعر الكيلو 15 ديناراً.", [("15 ديناراً", 15.0, "exact")]),
    # a duration a work took is a figure; a lasting frame stays out
    ("واستغرق بناء الجسر 18 شهراً.", [("18 شهراً", 18.0, "exact")]),
    ("وستستغرق أعمال الترميم 9 أشهر.", [("9 أشهر", 9.0, "exact")]),
    ("واستمرت المفاوضات 48 ساعة متواصلة.", []),
    ("وعاد إلى منزله منذ 3 أيام.", []),
]


@table("text,expected", OTHER_CASES)
def test_in_it_subjects_dual_units_milestones_and_durations(text, expected):
    assert quantities_found(text) == pytest_approx(expected)


def pytest_approx(expected):
    """Compare fractions with a tolerance."""
    return [(e, pytest.approx(v), q) for e, v, q in expected]
