"""Table-driven cases for round 50's quantities: the singular عقد after a number of eleven or more, or any عقد before
the kind of contract ("340 عقد إيجار"، "ثلاثة عقود توريد"), counts contracts, not decades; the verbal noun of form IV
(إفعال: إلغاء، إنتاج، إجلاء) acts on the count after it as forms VII, VIII and X do, so a year-like count after it is
no name's number; a number after a grade label (عيار 21) is never the low end of "N إلى M"; a year right after an
indefinite noun of a vote or a season ("اقتراع 2021"، "انتخابات 2019") is the event's year, not an amount.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import quantities_found, table

CONTRACTS_COUNTED = [  # (text, expected)
    ("ووقّعت البلدية 340 عقد إيجار مع التجار خلال الربع الأول.", [("340 عقد", 340.0, "exact")]),
    ("وأبرمت الوزارة 1250 عقداً مع المقاولين هذا العام.", [("1250 عقداً", 1250.0, "exact")]),
    ("وكشف التفتيش 5 عقود بيع مزورة في مكتب التوثيق.", [("5 عقود", 5.0, "exact")]),
    ("ووقعت الشركة ثلاثة عقود توريد مع موانئ الخليج.", [("ثلاثة عقود", 3.0, "exact")]),
    ("وأبرم النادي 14 عقد احتراف مع لاعبين شبان.", [("14 عقد", 14.0, "exact")]),
    # must not change: decades, and a speed in knots
    ("وظل المصنع مغلقاً أربعة عقود قبل إعادة فتحه.", []),
    ("وتراجع منسوب البحيرة على مدى 3 عقود متتالية.", []),
    ("وأمضى الطبيب 4 عقود في خدمة المرضى.", []),
    ("واستمر الاحتلال 13 عقداً من الزمن.", []),
    ("وفي 2015 عقد المجلس جلسته الأولى بعد الانتخابات.", []),
    ("وأبحرت السفينة بسرعة 12 عقدة نحو الميناء.", [("12 عقدة", 12.0, "exact")]),
]


@table("text, expected", CONTRACTS_COUNTED)
def test_contracts_counted_not_decades(text, expected):
    assert quantities_found(text) == expected


FORM_IV_VERBAL_NOUNS = [  # (text, expected): إفعال acts on the count after it
    ("وقررت الوزارة إلغاء 1200 رخصة صيد بعد المخالفات.", [("1200 رخصة", 1200.0, "exact")]),
    ("وأعلن المصنع إنتاج 1850 سيارة كهربائية في الربع الثالث.", [("1850 سيارة", 1850.0, "exact")]),
    ("وتمكنت فرق الدفاع المدني من إجلاء 1340 شخصاً من الحي.", [("1340 شخصاً", 1340.0, "exact")]),
    # must not change: no counted noun after it; a small number after it
    ("وانطلق برنامج إنجاز 2024 بمشاركة الطلاب.", []),
    ("وتم إلغاء 300 رحلة جوية بسبب العاصفة.", [("300 رحلة", 300.0, "exact")]),
]


@table("text, expected", FORM_IV_VERBAL_NOUNS)
def test_a_count_after_a_form_iv_verbal_noun(text, expected):
    assert quantities_found(text) == expected


GRADE_BEFORE_TO = [  # (text, expected): "عيار 18 إلى 2800 درهم" is a grade, then where the price went
    ("وصعد سعر غرام الذهب عيار 18 إلى 2800 درهم أمس.", [("2800 درهم", 2800.0, "exact")]),
    ("وبلغ سعر الذهب عيار 24 إلى 95 دولاراً للغرام.", [("95 دولاراً", 95.0, "exact")]),
    # must not change: a bare range; a range after من
    ("وتحتاج الحالة 3 إلى 5 جرعات من اللقاح.", [("3", 3.0, "at_least"), ("5 جرعات", 5.0, "up_to")]),
    ("ويراوح سعر الكيلو من 40 إلى 60 جنيهاً.", [("40", 40.0, "at_least"), ("60 جنيهاً", 60.0, "up_to")]),
]


@table("text, expected", GRADE_BEFORE_TO)
def test_a_grade_is_never_a_range_low_end(text, expected):
    assert quantities_found(text) == expected


YEAR_OF_A_VOTE_OR_SEASON = [  # (text, expected): an indefinite vote or season noun right before a year
    ("ولم تتجاوز نسبة الإقبال خلال انتخابات 2019 حدود 38%.", [("38%", 38.0, "up_to")]),
    ("وحصد الحزب في اقتراع 2016 نحو 125 مقعداً.", [("نحو 125 مقعداً", 125.0, "approx")]),
    ("وشهدت انتخابات 2021 إقبالاً ضعيفاً في الأرياف.", []),
    ("وسجل استفتاء 2014 مشاركة 4500 ناخب في الدائرة.", [("4500 ناخب", 4500.0, "exact")]),
    # must not change: the definite noun before a count; a count with its noun after an indefinite vote noun
    ("وتابع الاقتراع 1500 مراقب محلي ودولي.", [("1500 مراقب", 1500.0, "exact")]),
    ("وشارك في انتخابات النقابة 1800 محام.", [("1800 محام", 1800.0, "exact")]),
]


@table("text, expected", YEAR_OF_A_VOTE_OR_SEASON)
def test_the_year_of_a_vote_or_a_season(text, expected):
    assert quantities_found(text) == expected
