"""An estimate with its estimator named is that body's own figure, exact, whether the body stands after the verb
("قدّر المعهد الوطني للرصد قوة الهزة بـ5.1 درجات") or before it, the verb's object between it and the figure
("غير أن المعهد الوطني للرصد قدّر قوة الهزة بـ5.1 درجات"، "وكانت الوكالة قد قدّرت …"). With no subject before it the
verb is the passive, an estimate (approx): "وقُدّرت قيمة الأضرار بـ3 ملايين"، "صفقة قُدّرت قيمتها بـ…"، "وفي المقابل
قُدّرت …".

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import quantities_found, table

CASES = [
    ("غير أن المعهد الوطني للرصد قدّر قوة الهزة بـ5.1 درجات.", [("5.1 درجات", 5.1, "exact")]),
    ("وكانت الوكالة الأوروبية قد قدّرت عمق الهزة بـ12 كيلومتراً.", [("12 كيلومتراً", 12.0, "exact")]),
    ("وأكد الاتحاد أن اللجنة المستقلة قدرت نسبة المشاركة بـ61%.", [("61%", 61.0, "exact")]),
    ("قدّر المعهد الوطني للرصد قوة الهزة بـ5.1 درجات.", [("5.1 درجات", 5.1, "exact")]),
    # must not change: the passive, an indefinite noun before the verb, a preposition before the noun, نحو
    ("وقُدّرت قيمة الأضرار بـ3 ملايين دولار.", [("3 ملايين دولار", 3000000.0, "approx")]),
    ("وأبرم النادي صفقة قدرت قيمتها بـ400 ألف دولار.", [("400 ألف دولار", 400000.0, "approx")]),
    ("وفي المقابل قدرت قيمة الأضرار بـ3 ملايين دولار.", [("3 ملايين دولار", 3000000.0, "approx")]),
    ("غير أن اللجنة قدّرت قيمة الأضرار بنحو 3 ملايين دولار.", [("بنحو 3 ملايين دولار", 3000000.0, "approx")]),
]


@table("text, expected", CASES)
def test_an_estimate_by_a_named_body_is_exact(text, expected):
    assert quantities_found(text) == expected
