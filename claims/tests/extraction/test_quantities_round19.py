"""Round-19 quantity rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from claims.extraction.quantities import find_quantities

from .helpers import table


def _found(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.qualifier) for q in find_quantities(text)]


CASES = [
    # An outlet named by a number ("قناة 24"، "لشبكة 964") is a name, not a figure.
    ("وقال المتحدث لقناة 24 إن الطريق أعيد فتحه", []),
    ("وذكرت شبكة ٩٦٤ أن 12 شخصاً أصيبوا في الحادث", [(12.0, "exact")]),
    ("وصرح مدير المستشفى لإذاعة 90 بأن الوضع مستقر", []),
    # near misses: a number with its unit or counted noun after the same words stays a figure
    ("وأضافت الشبكة 500 ميغاواط إلى الإنتاج", [(500.0, "exact")]),
    ("وبثت القناة 30 حلقة من البرنامج", [(30.0, "exact")]),
    ("ويتابع الصحيفة نحو 40 ألف قارئ يومياً", [(40000.0, "approx")]),
]


@table("text,expected", CASES)
def test_quantities_round19(text, expected):
    assert _found(text) == expected


CASES_2 = [
    # عقد after a speed word counts knots (عقدة), not decades.
    ("تتحرك العاصفة بسرعة 10 عقد تقريبا", [(10.0, "approx")]),
    ("بعد 3 عقود من الاستقلال", []),
    # No year is approximate: "الدورة … بنحو 1500" is an amount; "الدورة 2024" still names a year.
    ("ارتفع عدد المشاركين عن الدورة الماضية بنحو 1500 مشارك", [(1500.0, "approx")]),
    ("افتتحت الدورة 2024 بحضور الوزير", []),
    # A week or month framed by a time word, then a count; "في الأسبوع 12" numbers the week.
    ("وزعت الجمعية منذ مطلع الأسبوع 300 سلة غذائية", [(300.0, "exact")]),
    ("وسجلت المستشفيات خلال الشهر 40 حالة", [(40.0, "exact")]),
    ("فاز الفريق في الأسبوع 12 من الدوري", []),
    # فوق/دون مستوى bound the figure.
    ("بقي سعر الصرف فوق مستوى 4 دنانير", [(4.0, "more_than")]),
    ("ظل التضخم دون مستوى 2%", [(2.0, "less_than")]),
    # An index is an amount noun; a participle's pronoun preposition stays inside the subject.
    ("تجاوز مؤشر البورصة 12 ألف نقطة", [(12000.0, "more_than")]),
    ("تجاوزت قيمة البضائع المحجوز عليها 3 ملايين دينار", [(3000000.0, "more_than")]),
    ("تصل قدرته الإنتاجية المخطط لها إلى 500 ميغاواط", [(500.0, "exact")]),
    # A bounded multiple (بنحو N أضعاف) is a figure, as بنحو N مرات; a bare one stays out.
    ("ارتفعت الإيجارات بنحو ثلاثة أضعاف", [(3.0, "approx")]),
    ("ارتفعت الإيجارات ثلاثة أضعاف", []),
    # The outlet a statement is given to, named by a number.
    ("وقال الوزير في تصريح خاص لـ24 إن الطريق فتح", []),
    ("وقدم الوزير تصريحا لـ 3 صحف", [(3.0, "exact")]),
]


@table("text,expected", CASES_2)
def test_quantities_round19_second_pass(text, expected):
    assert _found(text) == expected
