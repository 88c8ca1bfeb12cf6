"""Round-13 quantity rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from claims.extraction.quantities import find_quantities

from .helpers import table


def _found(text: str) -> list[tuple[float, str, str | None]]:
    return [(q.value, q.qualifier, q.unit) for q in find_quantities(text)]


CASES = [
    # "N منهم" counts part of a group: never the number of a name before it (غادر, a verb, reads like a name)
    ("غادر 12 منهم المخيم صباح اليوم", [(12.0, "exact", None)]),
    ("وصادر 40 منها عناصر الجمارك", [(40.0, "exact", None)]),
    ("يعمل المصنع بخط كوب 28 منذ العام الماضي", []),  # a name's number stays a name
    # a number word right after a verb goes on counting the group the sentence counted
    ("نقل 20 عاملا إلى المستشفى، فيما توفي ثلاثة", [(20.0, "exact", "عامل"), (3.0, "exact", None)]),
    ("وصل 60 مسافرا، وبقي عشرة في قاعة الانتظار", [(60.0, "exact", "مسافر"), (10.0, "exact", None)]),
    ("تسلم 15 منهم شهاداتهم، بينما لا يزال سبعة ينتظرون", [(15.0, "exact", None), (7.0, "exact", None)]),
    # near misses: no count before, a count in another sentence, or an amount before
    ("قتل خمسة في الانفجار", []),
    ("وصل 60 مسافرا. وبقي عشرة في قاعة الانتظار", [(60.0, "exact", "مسافر")]),
    ("بلغت الخسائر 8 ملايين دولار، ويعتبر أربعة", [(8e6, "exact", "دولار")]),
    ("ارتفع المؤشر 3%، وتراجع أربعة", [(3.0, "exact", "%")]),
]


@table("text,expected", CASES)
def test_quantities_round13(text, expected):
    assert _found(text) == expected
