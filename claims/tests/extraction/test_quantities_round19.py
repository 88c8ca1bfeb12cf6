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
