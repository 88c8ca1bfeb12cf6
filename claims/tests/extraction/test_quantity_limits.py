"""Table-driven cases for general limits of the quantity rules: (sentence, every quantity as (value, qualifier, unit)).

Each table mixes sentences a rule must change with near misses it must leave alone. Spans are checked to index
the sentence.
"""
from __future__ import annotations

import pytest

from claims.extraction.quantities import find_quantities

V = tuple[float, str, str | None]

# A year or a month-year between the verb of change and "من X إلى Y" is the time of the change; its من starts the
# change (both figures exact), it is not the whole of a share ("48 من 50").
CHANGE_AFTER_YEAR_CASES: list[tuple[str, list[V]]] = [
    ("وتراجع معدل البطالة في 2024 من 14% إلى 9%.", [(14, "exact", "%"), (9, "exact", "%")]),
    ("ارتفع عدد السياح خلال 2025 من 6 ملايين إلى 7.5 ملايين سائح.",
     [(6e6, "exact", "سائح"), (7.5e6, "exact", "سائح")]),
    ("قفزت الصادرات في مارس 2024 من 40 إلى 55 مليون دولار.",
     [(40e6, "exact", "دولار"), (55e6, "exact", "دولار")]),
    ("زادت مبيعات السيارات عام 2023 من 200 إلى 260 ألف سيارة.",
     [(200e3, "exact", "سيارة"), (260e3, "exact", "سيارة")]),
    ("وانخفض عدد الإصابات منذ 2020 من 900 إلى 350 إصابة.", [(900, "exact", "إصابة"), (350, "exact", "إصابة")]),
    ("انخفضت أسعار اللحوم الشهر الماضي من 90 إلى 75 جنيهاً.", [(90, "exact", "جنيه"), (75, "exact", "جنيه")]),
    # near misses: a range stays a range after a year; a grade or a share keeps its whole
    ("تتراوح الأسعار في 2024 من 10 إلى 20 دولارا.", [(10, "at_least", "دولار"), (20, "up_to", "دولار")]),
    ("حصل الطالب على 19.5 من 20 في امتحان الرياضيات.", [(19.5, "exact", None)]),
    ("ونجح 48 من 50 مرشحا في الاختبار.", [(48, "exact", None), (50, "exact", "مرشح")]),  # the whole counted too
]

# A currency's small change after its amount makes one price: the main unit plus the share of it.
SMALL_CHANGE_CASES: list[tuple[str, list[V]]] = [
    ("ارتفع سعر ربطة الخبز إلى دينارين و40 قرشاً.", [(2.4, "exact", "دينار")]),
    ("بلغ سعر لتر البنزين 3 دنانير و250 فلساً.", [(3.25, "exact", "دنانير")]),
    ("أصبحت تذكرة المترو بجنيه و50 قرشاً بدلا من جنيه.", [(1.5, "exact", "جنيه")]),
    ("يباع الكيلو بـ5 ريالات و25 هللة.", [(5.25, "exact", "ريالات")]),
    ("أغلق السهم عند 20 دولارا و43 سنتا.", [(20.43, "exact", "دولار")]),
    ("حددت الوزارة سعر الحليب بـ4 دراهم و50 سنتيما.", [(4.5, "exact", "دراهم")]),
    ("صار سعر التذكرة 12 جنيهاً و500 مليم.", [(12.5, "exact", "جنيه")]),
    ("ارتفع السعر من جنيه و50 قرشاً إلى جنيهين و25 قرشاً.", [(1.5, "exact", "جنيه"), (2.25, "exact", "جنيه")]),
    # near misses: more small units than make one main unit, another currency, no small unit
    ("خسر السهم 10 دولارات و150 سنتا.", [(10, "exact", "دولارات"), (150, "exact", "سنت")]),
    ("تبرع بـ5 دنانير و20 دولارا.", [(5, "exact", "دنانير"), (20, "exact", "دولار")]),
    ("رفعت الحكومة سعر الرغيف 50 قرشاً.", [(50, "exact", "قرش")]),
    ("وبلغ سعر الكيلو جنيه ونصف.", [(1.5, "exact", "جنيه")]),
]

# A price after ب may leave its currency out ("لو بعتها بمئتين لخسرت"); the verb after it is no counted noun.
PRICE_BEFORE_VERB_CASES: list[tuple[str, list[V]]] = [
    ("وقال التاجر إنه لو باعها بمئتين لخسر.", []),
    ("لو بعنا الطن بثلاثمئة فخسرنا.", []),
    ("فالقطعة التي تباع بخمسين يبدأ سعرها من المزرعة.", []),
    ("يباع الكيلو بعشرة دولارات وآخر بعشرين يكفي لشهر.", [(10, "exact", "دولارات")]),
    # near misses: a counted noun or a currency after ب and the number, a count not after ب
    ("فاز الفريق بثلاث نقاط ثمينة.", [(3, "exact", "نقاط")]),
    ("اشترى بعشرين ليرة خبزا.", [(20, "exact", "ليرة")]),
    ("بيعت اللوحة بخمسة ملايين يورو.", [(5e6, "exact", "يورو")]),
    ("وأوقفت الشرطة خمسة يهود متطرفين.", [(5, "exact", "يهود")]),
    ("ودفعت الوزارة بـ20 سيارة إسعاف إلى الموقع.", [(20, "exact", "سيارة")]),
    ("واكتفى الفندق بخمسة سياح طوال الموسم.", [(5, "exact", "سياح")]),
    ("رست في الميناء خمسة يخوت فاخرة.", [(5, "exact", "يخوت")]),
]


# An amount noun called estimated ("تكلفة تقديرية"، "القيمة التقديرية") a few words before the number: approx.
ESTIMATED_AMOUNT_CASES: list[tuple[str, list[V]]] = [
    ("ينفذ المشروع بتكلفة تقديرية تبلغ 21 مليار ريال.", [(21e9, "approx", "ريال")]),
    ("وبلغت الكلفة التقديرية للمشروع 450 مليون دولار.", [(450e6, "approx", "دولار")]),
    ("قدمت الشركة عرضاً بقيمة تقديرية قدرها 3 ملايين دينار.", [(3e6, "approx", "دينار")]),
    ("وتشير الحصيلة التقديرية إلى 120 قتيلا.", [(120, "approx", "قتيل")]),
    # near misses: discretion, a budget, no estimate, a range, a qualifier of its own
    ("ومنح القانون للقاضي سلطة تقديرية في 3 حالات.", [(3, "exact", "حالات")]),
    ("وخصصت الموازنة التقديرية للوزارة 2 مليار دينار.", [(2e9, "exact", "دينار")]),
    ("بلغت تكلفة المشروع 21 مليار ريال.", [(21e9, "exact", "ريال")]),
    ("وتتراوح القيمة التقديرية بين 15 و20 مليون دولار.", [(15e6, "at_least", "دولار"), (20e6, "up_to", "دولار")]),
    ("وتتجاوز القيمة التقديرية للشحنة 40 مليون يورو.", [(40e6, "more_than", "يورو")]),
]


# A definite term noun, its adjectives, then البالغة and a duration: the term stated, a quantity.
AMOUNTING_TERM_CASES: list[tuple[str, list[V]]] = [
    ("سيطعن على الحكم خلال المهلة القانونية البالغة 60 يوما.", [(60, "exact", "يوم")]),
    ("انتهت المدة المحددة البالغة 30 يوماً دون رد من الوزارة.", [(30, "exact", "يوم")]),
    ("وانقضت المهلة البالغة 48 ساعة دون اتفاق.", [(48, "exact", "ساعة")]),
    # near misses: an age, a duration with no term noun
    ("توفي الرجل البالغ 60 عاما في المستشفى.", []),
    ("وعاد الوفد بعد الزيارة البالغة 3 أيام.", []),
]


def _check(sentence: str, expected: list[V]) -> None:
    found = find_quantities(sentence)
    assert [(q.value, q.qualifier, q.unit) for q in found] == [(pytest.approx(v), q, u) for v, q, u in expected]
    for q in found:
        assert sentence[q.start:q.end] == q.expression


def _ids(cases: list[tuple[str, list[V]]]) -> list[str]:
    return [sentence[:40] for sentence, _ in cases]


@pytest.mark.parametrize(("sentence", "expected"), CHANGE_AFTER_YEAR_CASES, ids=_ids(CHANGE_AFTER_YEAR_CASES))
def test_change_after_a_year(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), SMALL_CHANGE_CASES, ids=_ids(SMALL_CHANGE_CASES))
def test_small_change_completes_a_price(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), PRICE_BEFORE_VERB_CASES, ids=_ids(PRICE_BEFORE_VERB_CASES))
def test_price_before_a_verb(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), ESTIMATED_AMOUNT_CASES, ids=_ids(ESTIMATED_AMOUNT_CASES))
def test_estimated_amount_is_approx(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), AMOUNTING_TERM_CASES, ids=_ids(AMOUNTING_TERM_CASES))
def test_term_told_by_amounting(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)
