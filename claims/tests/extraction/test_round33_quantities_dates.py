"""Round-33 quantity and date rules: a margin in time ("بفارق 8 ثوانٍ") is a figure; a count after a month that has
its day ("منذ غرة أوت 214 مخالفة") is no year; خُمس، سُبع، تُسع with a damma are fractions; an indefinite number noun
with its adjective ("رقماً مجانياً هو 80001010") labels the number; "سيصل إلى" gives the total foretold; a future
verb runs "until" a month still to come; without a publication date "الأسبوع الماضي" and "مطلع الشهر المقبل" keep
what they tell (XXXX-WXX, XXXX-XX).

Invented sentences of other topics.
"""
from __future__ import annotations

import pytest

from .helpers import dates_found, quantities_found, table

MARGIN_CASES = [
    ("وأنهى العداء السباق ثانياً بفارق 12 ثانية عن الفائز.", [("12 ثانية", 12.0, "exact")]),
    ("وتقدم على منافسه بفارق 3 دقائق كاملة.", [("3 دقائق", 3.0, "exact")]),
    ("وفاز القارب الأول بفارق يزيد على 5 دقائق.", [("يزيد على 5 دقائق", 5.0, "more_than")]),
    ("وحسم الفريق اللقب بفارق 6 نقاط عن ملاحقه.", [("6 نقاط", 6.0, "exact")]),
    # near misses: a duration that frames an event, a race time, a gap between two events
    ("ووصل المسعفون بعد 8 دقائق من البلاغ.", []),
    ("وقطع المسافة في 12 ثانية.", []),
    ("وأنهى المرحلة بزمن قدره 4 ساعات.", []),
]


@table("text,expected", MARGIN_CASES)
def test_a_margin_in_time_is_a_figure(text, expected):
    assert quantities_found(text) == expected


MONTH_COUNT_CASES = [
    ("وحررت الفرق منذ غرة جويلية 315 محضراً.", [("315 محضراً", 315.0, "exact")]),
    ("وسجلت المصالح منذ 1 مارس 14 حالة جديدة.", [("14 حالة", 14.0, "exact")]),
    ("وأحصت الجمعية منذ مطلع أبريل 12 إصابة.", [("12 إصابة", 12.0, "exact")]),
    ("وتلقت البلدية منذ مارس 150 شكوى.", [("150 شكوى", 150.0, "exact")]),
    # near misses: the month's year; a day after a month with no day of its own; a duration after the month
    ("ووقعت الحادثة في 5 مايو 2024 قرب الميناء.", []),
    ("وقال في يونيو 25 إن الأمر انتهى.", []),
    ("ومنذ مطلع مارس 20 يوماً لم تمطر.", []),
]


@table("text,expected", MONTH_COUNT_CASES)
def test_a_count_after_a_dated_month_is_no_year(text, expected):
    assert quantities_found(text) == expected


FRACTION_CASES = [
    ("وتمثل هذه الواردات ما يقارب خُمس إجمالي مشترياته.", [("ما يقارب خُمس إجمالي", 0.2, "approx")]),
    ("ويشكل المهاجرون سُبع سكان المدينة.", [("سُبع سكان", 1 / 7, "exact")]),
    ("وأنفقت البلدية تُسع ميزانيتها على الطرق.", [("تُسع ميزانيتها", 1 / 9, "exact")]),
    # near misses: the cardinals without a damma, with their counted noun or a definite noun (five of them)
    ("وزار الوفد خمس دول في جولته.", [("خمس دول", 5.0, "exact")]),
    ("وقتل سبعة أشخاص في الحادث.", [("سبعة أشخاص", 7.0, "exact")]),
    ("وتنتج المصانع خمس السلع الأساسية.", []),
    ("واستمر العمل خمس سنوات.", []),
]


@table("text,expected", FRACTION_CASES)
def test_fractions_marked_by_a_damma(text, expected):
    assert quantities_found(text) == [(e, pytest.approx(v), q) for e, v, q in expected]


PHONE_CASES = [
    ("كما خصصت الشركة رقماً مجانياً هو 80020030 لتلقي الشكاوى.", []),
    ("وأتاحت الهيئة رقماً أخضر 1919 للإبلاغ عن المخالفات.", []),
    ("ويمكن الاتصال بالرقم المجاني 80100191 على مدار الساعة.", []),
    # near misses: a record is a figure; a counted noun after the number
    ("وحقق المعرض رقماً قياسياً هو 125000 زائر.", [("125000 زائر", 125000.0, "exact")]),
    ("وسجلت البورصة رقماً قياسياً بلغ 12500 نقطة.", [("12500 نقطة", 12500.0, "exact")]),
]


@table("text,expected", PHONE_CASES)
def test_an_indefinite_number_noun_labels_a_phone_number(text, expected):
    assert quantities_found(text) == expected


REACH_CASES = [
    ("وقال إن عدد الحافلات سيصل إلى 450 حافلة بحلول 2027.", [("450 حافلة", 450.0, "exact")]),
    ("وأكد أن الطاقة الإنتاجية ستصل إلى 5 آلاف طن يومياً.", [("5 آلاف طن", 5000.0, "exact")]),
    # near misses: the present and the modal still cap; "ما يصل إلى" is "up to"; a negation
    ("وقد تصل الأمطار إلى 80 ملم.", [("80 ملم", 80.0, "up_to")]),
    ("وتصل سعة القاعة إلى 900 مقعد.", [("900 مقعد", 900.0, "up_to")]),
    ("وستوفر الخطة ما يصل إلى 300 وظيفة.", [("ما يصل إلى 300 وظيفة", 300.0, "up_to")]),
    ("وأوضح أن الإنتاج لن يصل إلى 200 طن.", [("لن يصل إلى 200 طن", 200.0, "less_than")]),
]


@table("text,expected", REACH_CASES)
def test_the_future_of_reach_gives_the_total(text, expected):
    assert quantities_found(text) == expected


UNTIL_CASES = [
    ("وقال المدير إن الفرق \"ستواصل حملاتها إلى غاية منتصف سبتمبر\".", "2025-08-20", [("منتصف سبتمبر", "2025-09")]),
    ("وأعلنت البلدية أن الطريق سيبقى مغلقاً حتى نهاية أكتوبر.", "2025-08-20", [("نهاية أكتوبر", "2025-10")]),
    # near misses: a perfective verb; a past verb between the future one and حتى; a noun that starts like a verb
    ("وقال المدير إن الفرق كثفت حملاتها حتى منتصف يوليو.", "2025-08-20", [("منتصف يوليو", "2025-07")]),
    ("وقال إنه سيتحدث عما جرى حتى يونيو.", "2025-08-20", [("يونيو", "2025-06")]),
    ("وظلت سيارات الإسعاف تتدفق حتى يونيو.", "2025-08-20", [("يونيو", "2025-06")]),
]


@table("text,published,expected", UNTIL_CASES)
def test_a_future_verb_runs_until_a_month_to_come(text, published, expected):
    assert dates_found(text, published) == expected


NO_PUBLICATION_CASES = [
    ("وكانت الأحياء قد شهدت الأسبوع الماضي انقطاعاً للمياه.", None, [("الأسبوع الماضي", "XXXX-WXX")]),
    ("وستطلق الوزارة مطلع الشهر المقبل حملة تلقيح.", None, [("مطلع الشهر المقبل", "XXXX-XX")]),
    ("وتنطلق الدورة الأسبوع المقبل.", None, [("الأسبوع المقبل", "XXXX-WXX")]),
    # near misses: the weekend is no week; a month or week with no time word; with a publication date, the value
    ("ويزدحم السوق في عطلة نهاية الأسبوع.", None, []),
    ("وهو الشهر الذي يكثر فيه الطلب.", None, []),
    ("وكانت الأحياء قد شهدت الأسبوع الماضي انقطاعاً للمياه.", "2025-03-12", [("الأسبوع الماضي", "2025-W10")]),
]


@table("text,published,expected", NO_PUBLICATION_CASES)
def test_relative_weeks_and_months_without_a_publication_date(text, published, expected):
    assert dates_found(text, published) == expected
