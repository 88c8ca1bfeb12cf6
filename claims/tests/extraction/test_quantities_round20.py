"""Round-20 quantity rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from claims.extraction.quantities import find_quantities

from .helpers import table


def _found(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.qualifier) for q in find_quantities(text)]


CASES = [
    # Rain and snow are measured: a verb of exceeding with them as subject qualifies the depth after them.
    ("وتجاوزت الأمطار في العاصمة 60 ملم خلال ليلة واحدة", [(60.0, "more_than")]),
    ("فيما تخطت الثلوج بالمرتفعات 40 سنتيمترا", [(40.0, "more_than")]),
    ("ولم تتجاوز التساقطات بالمدينة 12 ملم", [(12.0, "up_to")]),
    # near misses: a subject that is not an amount leaves the count exact
    ("وتجاوز المنتخب 3 منافسين في التصفيات", [(3.0, "exact")]),
    ("وتجاوزت القافلة 4 حواجز أمنية", [(4.0, "exact")]),
    # An estimate verb with بـ: "تقدر بـ"، "يقدّر بـ"، "مقدرة بـ" give an approximate figure.
    ("ووصلت إلى الميناء شحنة قمح تقدر بـ40 ألف طن", [(40000.0, "approx")]),
    ("وتضم المحمية قطيعا يقدّر بـ 900 رأس", [(900.0, "approx")]),
    ("بكلفة مقدرة بـ12 مليون يورو", [(12000000.0, "approx")]),
    # the phrase before the number keeps its own reading
    ("ويقدر عدد الزوار بنحو 5 آلاف زائر", [(5000.0, "approx")]),
    ("وتقدر الخسائر بما يزيد على 3 ملايين دولار", [(3000000.0, "more_than")]),
    # near misses: a budget's sums are set, not estimated; بـ without an estimate verb stays exact
    ("وتقدر النفقات في الموازنة الجديدة بـ 9 مليارات دينار", [(9000000000.0, "exact")]),
    ("ويبلغ العجز المقدر في الميزانية بـ400 مليون درهم", [(400000000.0, "exact")]),
    ("وفاز العداء بـ3 ميداليات ذهبية", [(3.0, "exact")]),
    # A ceiling something may be raised or extended to is "up to".
    ("وتحصل البلدية على حصة 10% قابلة للرفع إلى 20%", [(10.0, "exact"), (20.0, "up_to")]),
    ("ومنحت الشركة مهلة 30 يوما قابلة للتمديد إلى 60 يوما", [(30.0, "exact"), (60.0, "up_to")]),
    # near miss: a figure raised to a value states where it ended up
    ("ورفعت الحكومة الحصة إلى 20%", [(20.0, "exact")]),
]


@table("text,expected", CASES)
def test_quantities_round20(text, expected):
    assert _found(text) == expected
