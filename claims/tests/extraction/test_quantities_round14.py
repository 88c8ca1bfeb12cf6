"""Round-14 quantity rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from claims.extraction.quantities import find_quantities

from .helpers import table


def _found(text: str) -> list[tuple[float, str, str | None]]:
    return [(q.value, q.qualifier, q.unit) for q in find_quantities(text)]


CASES = [
    # A span equated with a stock measures it: days of imports, weeks of salary, days the reserve lasts.
    ("بلغ مخزون القمح 1,2 مليون طن، أي ما يعادل 95 يوما من الاستهلاك",
     [(1.2e6, "exact", "طن"), (95.0, "exact", "يوم")]),
    ("ستصرف الشركة مكافأة تعادل 8 أسابيع من الراتب", [(8.0, "exact", "أسابيع")]),
    ("وأكد المدير أن احتياطي الوقود يكفي 40 يوماً", [(40.0, "exact", "يوم")]),
    # ... and so does a span joined by و right after the stock it goes with.
    ("تراجعت الاحتياطيات إلى 9 مليارات دولار و70 يوما من الواردات",
     [(9e9, "exact", "دولار"), (70.0, "exact", "يوم")]),
    # near misses: a span that frames an event stays out
    ("استمر الإضراب 5 أيام في الموانئ", []),
    ("اعتقلت الشرطة 5 أشخاص وخلال 3 أيام أفرجت عنهم", [(5.0, "exact", "أشخاص")]),
    ("أنجز المقاول الجسر خلال 40 يوما و3 أيام أخرى للتشطيب", []),
    # A bounded count of times is a figure; a bare one may be a tripling and stays out.
    ("وأجلت المحكمة النطق بالحكم أكثر من 4 مرات", [(4.0, "more_than", "مرات")]),
    ("زار المفتشون المصنع ما يزيد على 10 مرات هذا العام", [(10.0, "more_than", "مرات")]),
    ("ارتفع سعر الإسمنت 3 مرات خلال العام", []),
    ("زار الوزير المخيم 3 مرات", []),
]


@table("text,expected", CASES)
def test_quantities_round14(text, expected):
    assert _found(text) == expected
