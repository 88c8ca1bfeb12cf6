"""Table-driven cases for a body whose name opens with ل after the preposition ل: "للجنة" is ل + لجنة or ل + اللجنة,
spelled alike. A definite adjective after it shows the article ("وفق بيان للجنة العليا للانتخابات" credits "اللجنة
العليا للانتخابات"); a construct does not ("وفق تقرير للجنة الامتحانات" credits "لجنة الامتحانات"); and after
"وفقاً" the fused article is restored to the body's whole name ("اللجنة الأولمبية الدولية", not "الجنة").

Written by hand in other topics; each table ends with cases that must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

LAM_BODIES = [  # (text, figure, claimants)
    ("وبلغت نسبة الإقبال 38%، وفق بيان للجنة العليا للانتخابات.", "38", ["اللجنة العليا للانتخابات"]),
    ("وارتفعت الإصابات إلى 214 حالة، بحسب تقرير للجنة الوطنية لمكافحة الأوبئة.", "214",
     ["اللجنة الوطنية لمكافحة الأوبئة"]),
    ("ووفقاً للجنة الأولمبية الدولية، شارك 206 وفود في الدورة.", "206", ["اللجنة الأولمبية الدولية"]),
    # must not change: a construct after للجنة, and a body with ال after لل
    ("وبلغت نسبة النجاح 71%، وفق تقرير للجنة الامتحانات.", "71", ["لجنة الامتحانات"]),
    ("وفقاً للاتحاد الأفريقي، شارك 54 بلداً في القمة.", "54", ["الاتحاد الأفريقي"]),
]


@table("text, figure, expected", LAM_BODIES)
def test_a_body_opening_with_lam_after_the_preposition(text, figure, expected):
    assert claimants(text, figure) == expected
