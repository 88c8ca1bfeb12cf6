"""Round-12 quantity rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from claims.extraction.quantities import find_quantities

from .helpers import table


def _found(text: str) -> list[tuple[float, str, str | None]]:
    return [(q.value, q.qualifier, q.unit) for q in find_quantities(text)]


CASES = [
    # a named standard's number is a label
    ("تنتج المصانع محركات مطابقة لمعايير يورو 5 منذ العام الماضي", []),
    ("تطبق المصارف معيار بازل 3 على رؤوس أموالها", []),
    ("بلغ سعر اللتر 5 يورو", [(5.0, "exact", "يورو")]),
    # أقصاها: the highest allowed value
    ("يسمح للطلاب بالعمل مدة أقصاها 20 ساعة في الأسبوع", [(20.0, "up_to", "ساعة")]),
    ("فرضت غرامة أقصاها 500 دينار على المخالفين", [(500.0, "up_to", "دينار")]),
    # a year after the counted figure is its date, not a duration unit
    ("صدّرت البلاد ما يزيد عن 3 ملايين سنة 2019", [(3e6, "more_than", None)]),
    ("عاشت هذه الأشجار أكثر من 300 سنة", [(300.0, "more_than", "سنة")]),
    # a prison term is known by its complement, however far its verb
    ("وقضت المحكمة بسجن رئيس البلدية السابق ونائبه وأمين الصندوق 4 سنوات غيابياً", [(4.0, "exact", "سنوات")]),
    ("حكمت المحكمة على المتهمين الخمسة في قضية الاحتيال 3 سنوات مع وقف التنفيذ", [(3.0, "exact", "سنوات")]),
    ("عاش اللاعب في إسبانيا 6 سنوات مع عائلته", []),
    # a fraction after a scale may repeat the scale
    ("استقبلت المعارض مليون ونصف مليون زائر", [(1.5e6, "exact", "زائر")]),
    ("بلغ العجز مليار ونصف مليار دولار", [(1.5e9, "exact", "دولار")]),
    ("يبلغ عدد سكان المدينة مليون ونصف", [(1.5e6, "exact", None)]),
]


@table("text,expected", CASES)
def test_round12_quantities(text, expected):
    assert _found(text) == expected
