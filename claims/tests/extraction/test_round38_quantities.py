"""Round-38 quantity rules, one table each (see the comment above it).

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import quantities_found, table

# "على الأقل" after a counted noun and the bare noun it governs (a construct: "حالات غرق"), with that noun's
# adjective or not, bounds the figure. A comma, a preposition, a definite word or a dual between them, or "وأكثر
# من" (which compares the next figure), leave it alone.
CONSTRUCT_BOUND_CASES = [
    ("وسجلت الشرطة 3 حوادث سير على الأقل خلال العطلة.", [("3 حوادث سير على الأقل", 3.0, "at_least")]),
    ("ودخلت المدينة 12 شاحنة مساعدات على الأقل.", [("12 شاحنة مساعدات على الأقل", 12.0, "at_least")]),
    ("وأحصت المستشفيات 9 حالات تسمم غذائي على الأقل.", [("9 حالات تسمم غذائي على الأقل", 9.0, "at_least")]),
    ("ونفذت الفرق 20 عملية إنقاذ أو أكثر.", [("20 عملية إنقاذ أو أكثر", 20.0, "at_least")]),
    # near misses: a comma; a preposition; a definite word; a dual; "وأكثر من" before the next figure
    ("وسجلت الشرطة 3 حوادث سير، على الأقل في الطرق الرئيسية.", [("3 حوادث", 3.0, "exact")]),
    ("ونقل المسعفون 7 مصابين للمستشفى على الأقل.", [("7 مصابين", 7.0, "exact")]),
    ("وزار الوفد 5 دول الخليج على الأقل.", [("5 دول", 5.0, "exact")]),
    ("وزار الوفد 5 دول مرتين على الأقل.", [("5 دول", 5.0, "exact")]),
    ("واستعملت البلدية 8 جرافات ضخمة وأكثر من 40 شاحنة.",
     [("8 جرافات", 8.0, "exact"), ("أكثر من 40 شاحنة", 40.0, "more_than")]),
]


@table("text,expected", CONSTRUCT_BOUND_CASES)
def test_at_least_after_a_construct_noun(text, expected):
    assert quantities_found(text) == expected


# A price "starting from" a figure (تبدأ/يبدأ من، ابتداءً من، بدءاً من) is at least that figure; its subject may
# stand between the verb and من when it names an amount. Before a range the two ends keep the range's qualifiers;
# a past "بدأ من", a start from a place or a date is no floor.
STARTING_FROM_CASES = [
    ("وتعرض المحلات العباءات بأسعار تبدأ من 40 ديناراً.", [("تبدأ من 40 ديناراً", 40.0, "at_least")]),
    ("ويبدأ سعر التذكرة من 15 درهماً للطلاب.", [("15 درهماً", 15.0, "at_least")]),
    ("وتقدم الشركة باقات ابتداءً من 99 جنيهاً شهرياً.", [("ابتداءً من 99 جنيهاً", 99.0, "at_least")]),
    # near misses: a range; a past verb; a place counted; a date
    ("وتبدأ أسعار الغرف من 50 إلى 80 ديناراً.", [("50", 50.0, "at_least"), ("80 ديناراً", 80.0, "up_to")]),
    ("وبدأت الحملة من 3 مواقع في المدينة.", [("3 مواقع", 3.0, "exact")]),
    ("وتبدأ الرحلات من 4 مدن ساحلية.", [("4 مدن", 4.0, "exact")]),
    ("وتبدأ العروض من 15 مايو.", []),
    ("ويبدأ التسجيل ابتداءً من الأول من سبتمبر.", []),
]


@table("text,expected", STARTING_FROM_CASES)
def test_a_price_starting_from_is_at_least(text, expected):
    assert quantities_found(text) == expected
