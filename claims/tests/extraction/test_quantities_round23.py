"""Round-23 quantity rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from claims.extraction.quantities import find_quantities

from .helpers import table


def _found(text: str) -> list[tuple[str, float, str]]:
    return [(q.expression, q.value, q.qualifier) for q in find_quantities(text)]


# A verb of exceeding (تجاوز، يتجاوز، فاق، يفوق، تخطى) with a short subject of any kind before a measured amount
# (a unit, a currency, a percent): the amount is a level passed, more than.
EXCEEDS_A_MEASURE_CASES = [
    ("في حين يتجاوز الاستهلاك 900 ميغاواط في أيام الحر", [("900 ميغاواط", 900.0, "more_than")]),
    ("وفاق الإنتاج 3 ملايين طن هذا الموسم", [("3 ملايين طن", 3000000.0, "more_than")]),
    ("وتخطى الدين الخارجي 40 مليار دولار", [("40 مليار دولار", 40000000000.0, "more_than")]),
    ("ويتجاوز التضخم 30% في بعض الأشهر", [("30%", 30.0, "more_than")]),
    ("ولم تتجاوز الحرارة 12 درجة", [("12 درجة", 12.0, "up_to")]),  # negated: at most
    # near misses: counted things passed, a subject too long, a "by" difference, no verb of exceeding
    ("وتجاوز المنتخب 3 منافسين في التصفيات", [("3 منافسين", 3.0, "exact")]),
    ("وتجاوزت الشركة 12 منافسا في المناقصة", [("12 منافسا", 12.0, "exact")]),
    ("ويفوق الطلب العرض بنسبة 20%", [("20%", 20.0, "exact")]),
    ("وسجل الاستهلاك 900 ميغاواط", [("900 ميغاواط", 900.0, "exact")]),
    ("وتجاوز اللاعب الشاب في المباراة الأخيرة 3 مدافعين", [("3 مدافعين", 3.0, "exact")]),
]


@table("text,expected", EXCEEDS_A_MEASURE_CASES)
def test_exceeding_a_measure_is_more_than(text, expected):
    assert _found(text) == expected


# "موفى" (end of, in the Maghreb) and "حوالي" after a currency are no nisba adjective of it.
CURRENCY_ADJECTIVE_CASES = [
    ("وبلغت ديون البلدية نحو 12 مليار دينار موفى شهر جوان", [("نحو 12 مليار دينار", 12000000000.0, "approx")]),
    ("وقدرت الخسائر بـ 5 ملايين دينار حوالي منتصف العام", [("5 ملايين دينار", 5000000.0, "approx")]),
    # near misses: a true nisba adjective stays in the unit
    ("وبلغت الإيرادات 12 مليار دينار تونسي", [("12 مليار دينار تونسي", 12000000000.0, "exact")]),
    ("وارتفعت الصادرات إلى 3 مليارات جنيه مصرى", [("3 مليارات جنيه مصرى", 3000000000.0, "exact")]),
]


@table("text,expected", CURRENCY_ADJECTIVE_CASES)
def test_end_of_after_a_currency_is_no_adjective(text, expected):
    assert _found(text) == expected


# A feminine dual noun with its adjective in agreement (both indefinite, both in تين/تان) counts two of anything.
FEMININE_DUAL_PAIR_CASES = [
    ("وأوضح أن بين الجرحى حالتين خطيرتين", [("حالتين خطيرتين", 2.0, "exact")]),
    ("ووصلت إلى الميناء شحنتين جديدتين من القمح", [("شحنتين جديدتين", 2.0, "exact")]),
    ("وافتتحت في الحي مكتبتان عامتان", [("مكتبتان عامتان", 2.0, "exact")]),
    ("زار الوفد مدرستين ابتدائيتين في القرية", [("مدرستين ابتدائيتين", 2.0, "exact")]),
    ("ونفذت الجمعية الحملة على مرحلتين متتاليتين", [("مرحلتين متتاليتين", 2.0, "exact")]),
    # near misses: definite pairs, a masculine -ين pair (often a plural), -ستان names, durations, multipliers,
    # a clash between two, a lone feminine dual of no counted noun
    ("وأكد متانة العلاقات بين الدولتين الشقيقتين", []),
    ("ووقع الاتفاق بين الشركتين المتنافستين", []),
    ("وشارك في الحفل مواطنين مدنيين", []),
    ("وزار الوزير باكستان وأفغانستان", []),
    ("وفاز النادي باللقب مرتين متتاليتين", []),
    ("واستمر الاجتماع ساعتين كاملتين", []),
    ("وقعت مشاجرة بين عائلتين كبيرتين", []),
    ("ورفعت الجلسة بعد مداخلتين", []),
]


@table("text,expected", FEMININE_DUAL_PAIR_CASES)
def test_a_feminine_dual_with_its_adjective_counts_two(text, expected):
    assert _found(text) == expected


# The rule of exceeding a measure, continued: a percent written out, degrees; where (not what) exceeds, counted cases.
EXCEEDS_A_MEASURE_MORE_CASES = [
    ("ويتجاوز العجز 4 في المئة", [("4 في المئة", 4.0, "more_than")]),
    ("ولم تتجاوز أعلاها 5.1 درجات", [("5.1 درجات", 5.1, "up_to")]),
    ("تجاوز في الحي 20 حالة.", [("20 حالة", 20.0, "exact")]),
    ("وتجاوز المستشفى 40 حالة", [("40 حالة", 40.0, "exact")]),
]


@table("text,expected", EXCEEDS_A_MEASURE_MORE_CASES)
def test_exceeding_a_measure_more(text, expected):
    assert _found(text) == expected
