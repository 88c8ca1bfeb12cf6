"""Round-27 quantity rules: "أم" before a name word ("أم الربيع"، "أم درمان") is "mother of" opening a place name,
not the conjunction "or", so a negated cap reaches its number past it, and so does "من" + a definite noun after the
subject's first word ("عدد الحجاج القادمين من الخارج"); digits followed by a lone Arabic letter that
abbreviates no unit are a plate or an item code, not a count.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import quantities_found, table

# A qualifying verb reads its number past a subject of up to six words; "أم" + a word that is no stop word is part of
# a place name inside that subject. "أم" before the number itself, or alone, still ends the subject.
MOTHER_OF_NAME_CASES = [
    ("لم يتعدَّ عدد سكان أم درمان 3 ملايين نسمة في آخر تعداد.", [("3 ملايين نسمة", 3e6, "up_to")]),
    ("ولا تتخطى نسبة الملوحة في مياه أم قصر 4 في المئة.", [("4 في المئة", 4.0, "up_to")]),
    ("ولم تتجاوز نسبة المشاركة في دائرة أم البواقي 31%.", [("31%", 31.0, "up_to")]),
    ("لا تتجاوز سعة ميناء أم القيوين 200 ألف حاوية.", [("200 ألف حاوية", 200000.0, "up_to")]),
    # near misses: no amount noun before the name; "أم" right before the number; the cap without a name
    ("وتجاوز الفريق أم الفحم 3 مرات هذا الموسم.", []),
    ("لم تتجاوز الزيادة أم 40 مليون دولار.", [("40 مليون دولار", 40e6, "exact")]),
    ("ولم يتخطَّ عدد المسافرين 900 مسافر.", [("900 مسافر", 900.0, "up_to")]),
]


@table("text,expected", MOTHER_OF_NAME_CASES)
def test_a_place_name_with_umm_stays_inside_the_subject(text, expected):
    assert quantities_found(text) == expected


# "(بغداد 34718 أ)"، "الفقرة 5 ب": digits and a lone letter name a vehicle or an item. Letters that abbreviate a unit
# (م metres, ج pounds, د minutes or dinars …) and و ("and") are left as they were, and so are words after digits.
PLATE_CASES = [
    ("وضبطت الدورية سيارة تحمل لوحة (نينوى 52418 ط) وعلى متنها 4 مسلحين.", [("4 مسلحين", 4.0, "exact")]),
    ("وأحالت المحكمة المتهم وفق الفقرة 7 ب من المادة الثالثة.", []),
    ("ودهست حافلة رقم 2231 ع راجلاً عند الإشارة.", []),
    ("وأقلعت الرحلة SD 512 وعلى متنها 180 راكباً.", [("180 راكباً", 180.0, "exact")]),
    # near misses: a counted noun; thousands; a unit letter; "و" between two counts
    ("وأصيب 5 أشخاص في الحادث.", [("5 أشخاص", 5.0, "exact")]),
    ("وصادرت الجمارك 40 ألف علبة سجائر.", [("40 ألف علبة", 40000.0, "exact")]),
    ("وبلغ سعر الكيلو 100 ج في الأسواق الشعبية.", [("100 ج", 100.0, "exact")]),
    ("واعتقلت الشرطة 3 وأفرجت عن 2.", [("3", 3.0, "exact"), ("2", 2.0, "exact")]),
]


@table("text,expected", PLATE_CASES)
def test_digits_and_a_lone_letter_are_a_plate_or_a_code(text, expected):
    assert quantities_found(text) == expected


# "من" + a definite noun after the subject's first word tells where the counted come from, inside the subject.
FROM_WHERE_CASES = [
    ("لم يتخطَّ عدد الحجاج القادمين من الخارج 900 ألف حاج.", [("900 ألف حاج", 900000.0, "up_to")]),
    ("تجاوز عدد الفارين من المعارك 5 آلاف شخص.", [("5 آلاف شخص", 5000.0, "more_than")]),
    ("لم تتجاوز حصة البلاد من الصادرات العالمية 4%.", [("4%", 4.0, "up_to")]),
    # near misses: no amount noun; a range after من; a number right after من
    ("وتجاوز الفريق من الدور الأول 3 منافسين.", [("3 منافسين", 3.0, "exact")]),
    ("وتراوح عدد الطلاب من 200 إلى 300.", [("200", 200.0, "at_least"), ("300", 300.0, "up_to")]),
]


@table("text,expected", FROM_WHERE_CASES)
def test_where_from_stays_inside_the_subject(text, expected):
    assert quantities_found(text) == expected


# A tatweel joins a site's or a product's name to its digits ("كشـ24", "لكشـ24"): a name, no figure. The
# prefixes a tatweel also joins to a number (الـ، بـ، لـ، والـ) keep their figures.
TATWEEL_NAME_CASES = [
    ("وتعتذر كشـ24 لقرائها عن الخطأ.", []),
    ("وقال مصدر لمرصـ20 إن السد امتلأ.", []),
    ("ارتفعت الأسعار بـ30 في المئة.", [("30 في المئة", 30.0, "exact")]),
    ("ولم تتجاوز الـ50% من الأصوات.", [("لم تتجاوز الـ50%", 50.0, "up_to")]),
    ("وتوزعت المقاعد على الأحزاب والـ20 مقعدا الباقية للمستقلين.", [("20 مقعدا", 20.0, "exact")]),
]


@table("text,expected", TATWEEL_NAME_CASES)
def test_a_name_joined_to_digits_by_a_tatweel_is_no_figure(text, expected):
    assert quantities_found(text) == expected
