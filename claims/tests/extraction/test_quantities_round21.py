"""Round-21 quantity rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from claims.extraction.quantities import find_quantities

from .helpers import table


def _found(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.qualifier) for q in find_quantities(text)]


CASES = [
    # A plural whose first letters look like و + ل is a counted noun: no verbal noun is written ا.ا.
    ("انقطع الإنترنت في خمس ولايات على الأقل.", [(5.0, "at_least")]),
    ("أغلقت المدارس في ثلاث ولايات.", [(3.0, "exact")]),
    # near misses: a verbal noun after ب still heads a phrase, so the number is bare
    ("أغلق المؤشر عند 5 بانخفاض 3 بالمئة.", [(5.0, "exact"), (3.0, "exact")]),
    # A negated verb, its subject told before, then where: "لم تتجاوز في المدينة 20%" is at most.
    ("بلغت المشاركة 40%، في حين لم تتجاوز في العاصمة 22%.", [(40.0, "exact"), (22.0, "up_to")]),
    ("لم يتجاوز في الموسم الماضي 300 طن.", [(300.0, "up_to")]),
    # near misses: without negation, or another verb, the number stays exact
    ("تجاوز في المدينة 35 حالة.", [(35.0, "exact")]),
    ("لم يسجل في مدينة الرباط 12 حالة.", [(12.0, "exact")]),
    # A forecast names the level it expects reached ("متوقعا أن تصل إلى"), as "لتصل إلى"; a possibility is up to.
    ("ورجح المدير ارتفاع الطلب، متوقعا أن تصل المبيعات إلى 90 ألف سيارة.", [(90000.0, "up_to")]),
    ("متوقعة أن يصل إلى 40 ألف زائر في الصيف.", [(40000.0, "exact")]),
    ("ومن المتوقع أن تصل إلى 45 درجة.", [(45.0, "exact")]),
    ("ويمكن أن تصل إلى 5 آلاف دينار.", [(5000.0, "up_to")]),
    ("وقد تصل الغرامة إلى 200 دينار.", [(200.0, "up_to")]),
]


@table("text,expected", CASES)
def test_quantities_round21(text, expected):
    assert _found(text) == expected
