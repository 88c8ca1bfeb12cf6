"""Round-51 quantity rules, on invented sentences of other topics, with near misses."""
from __future__ import annotations

from claims.extraction.quantities import find_quantities

from .helpers import table


def _found(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.qualifier) for q in find_quantities(text)]


# "ألف مليار" / "ألف مليون": ألف right before a bigger scale multiplies it, one compound scale (10^12, 10^9).
THOUSAND_BILLION_CASES = [
    ("وأعلنت الوزارة أنها رصدت 40 ألف مليار دينار لتأهيل الطرق الريفية.", [(40e12, "exact")]),
    ("بلغت مديونية أندية الدوري ألف مليون درهم.", [(1e9, "exact")]),
    ("وقدّر الخبراء خسائر المزارعين بثلاثة آلاف مليون جنيه.", [(3e9, "exact")]),
    # near misses: ألف after a bigger scale, or a count of thousands before a noun
    ("وبلغت ديون النادي مليارا و500 ألف دينار.", [(1000500000.0, "exact")]),
    ("وحضر المباراة 25 ألف مشجع.", [(25000.0, "exact")]),
    ("وبلغ عدد الزوار 3 ملايين و200 ألف زائر.", [(3200000.0, "exact")]),
]


@table("text, expected", THOUSAND_BILLION_CASES)
def test_thousand_before_a_bigger_scale_is_one_compound(text, expected):
    assert _found(text) == expected


# "تتجاوز نسبة الفائدة الفعلية على بعض القروض 11%": an amount noun phrase with its على complement (after a
# quantifier too) is the subject of the verb of exceeding, which then qualifies the number.
LONG_SUBJECT_COMPLEMENT_CASES = [
    ("وتتجاوز نسبة الإقبال الفعلية على بعض المدارس 30 في المئة.", [(30.0, "more_than")]),
    ("ويتجاوز سعر الفائدة السنوي على القروض العقارية 9 بالمائة.", [(9.0, "more_than")]),
    ("ولا تتجاوز نسبة الضريبة المفروضة على كل السلع 5 بالمائة.", [(5.0, "up_to")]),
    # near misses: no amount noun in the subject, or a team that won over a side
    ("تجاوز الفريق الفائز على الملعب 3 منافسين.", [(3.0, "exact")]),
    ("وتجاوز اللاعب المصاب على الجهة اليسرى 4 مدافعين.", [(4.0, "exact")]),
]


@table("text, expected", LONG_SUBJECT_COMPLEMENT_CASES)
def test_an_amount_phrase_with_its_complement_is_the_subject(text, expected):
    assert _found(text) == expected


# A year right after an indefinite noun of happenings names them ("إصابات 2003"، "فيضانات 2019"): no count.
HAPPENING_YEAR_CASES = [
    ("وقال الطبيب إن عدداً كبيراً من إصابات 2014 نتج عن الإهمال.", []),
    ("وقال رئيس البلدية إن فيضانات 2019 أغرقت الحي القديم.", []),
    ("وما زال السكان يتذكرون زلزال 1980 المدمر.", []),
    ("واستعاد المدرب أحداث 2011 التي أوقفت الدوري.", []),
    # near misses: the count before the noun, a definite noun before a count, a count with its unit
    ("سجلت المستشفيات 2003 إصابات جديدة.", [(2003.0, "exact")]),
    ("وبلغ عدد الإصابات 2003 إصابة.", [(2003.0, "exact")]),
    ("وخلفت الفيضانات 1500 ضحية.", [(1500.0, "exact")]),
]


@table("text, expected", HAPPENING_YEAR_CASES)
def test_a_year_after_a_noun_of_happenings_is_no_count(text, expected):
    assert _found(text) == expected
