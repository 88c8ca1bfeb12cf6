"""Table-driven cases for round 44's quantities and qualifiers: a university numbered after its city's name, a long
counting subject between a verb of exceeding and its number, and the value "البالغ" gives the noun before it.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import quantities_found, table

NUMBERED_UNIVERSITY = [  # (text, expected): "جامعة <city> <number>" names a university, it counts nothing
    ("وتقول الباحثة في علم الاجتماع بجامعة البليدة 2، سامية بلقاسم، إن الظاهرة تتسع.", []),
    ("وتخرج الطبيب من جامعة الجزائر 1 قبل أن يعود إلى بلده.", []),
    ("وأكد رئيس جامعة الجزائر 3 أن التسجيلات مستمرة.", []),
    # must not change: a counted noun after the number; a university named without a number
    ("ومنحت جامعة القاهرة 300 طالب منحاً دراسية.", [("300 طالب", 300.0, "exact")]),
    ("وقالت أستاذة الاقتصاد بجامعة محمد الخامس إن 40% من الشباب عاطلون.", [("40%", 40.0, "exact")]),
]


@table("text, expected", NUMBERED_UNIVERSITY)
def test_a_university_numbered_after_its_city_is_a_name(text, expected):
    assert quantities_found(text) == expected


LONG_COUNT_EXCEEDED = [  # (text, expected): "تجاوز عدد <long subject> N" passes a count
    ("وتجاوز عدد الطلاب المسجلين في الجامعات الحكومية بالمحافظة 40 ألف طالب.",
     [("40 ألف طالب", 40000.0, "more_than")]),
    ("كما فاق عدد زوار المعرض الدولي للكتاب في دورته الأخيرة 90 ألف زائر.",
     [("90 ألف زائر", 90000.0, "more_than")]),
    # must not change: a subject that is no count; a short count subject
    ("وتجاوز المنتخب في المجموعة الثانية من التصفيات 3 منافسين.", [("3 منافسين", 3.0, "exact")]),
    ("وتجاوز عدد المصابين 200 شخص.", [("200 شخص", 200.0, "more_than")]),
]


@table("text, expected", LONG_COUNT_EXCEEDED)
def test_a_verb_of_exceeding_passes_a_long_count_subject(text, expected):
    assert quantities_found(text) == expected


AMOUNTING_TO = [  # (text, expected): "البالغ N" gives the noun before it its value: exact unless qualified itself
    ("وتخالف الشاحنة القانون إذا تجاوزت حمولتها الحد الأقصى البالغ 40 طناً.", [("40 طناً", 40.0, "exact")]),
    ("وتجاوزت الديون السقف القانوني البالغة 60% من الناتج المحلي.", [("60%", 60.0, "exact")]),
    # must not change: a qualifier after البالغ; a verb of exceeding right before the number
    ("وتجاوز الإنفاق الميزانية المعتمدة البالغة نحو 3 مليارات دينار.",
     [("نحو 3 مليارات دينار", 3000000000.0, "approx")]),
    ("وتجاوزت خسائر الشركة 5 ملايين دولار.", [("5 ملايين دولار", 5000000.0, "more_than")]),
]


@table("text, expected", AMOUNTING_TO)
def test_the_value_after_amounting_to_is_exact(text, expected):
    assert quantities_found(text) == expected
