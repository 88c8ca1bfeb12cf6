"""Table-driven cases for "أقدم X على خفض …": a body or an official that undertakes a measure sets its figures,
as "خفض البنك" does, past a time set off by commas ("أقدم البنك المركزي، أمس الثلاثاء، على خفض الفائدة إلى 27%").
Only with على after the subject: "أقدم" before a noun is "the oldest".

Written by hand (central banks, a ministry, a factory); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

THE_UNDERTAKING_BODY_CLAIMS = [  # (text, figure, claimants)
    ("أقدم البنك المركزي التونسي، أمس الإثنين، على رفع سعر الفائدة الرئيسي بمقدار 75 نقطة أساس إلى 8 بالمائة.",
     "75", ["البنك المركزي التونسي"]),
    ("أقدم البنك المركزي التونسي، أمس الإثنين، على رفع سعر الفائدة الرئيسي بمقدار 75 نقطة أساس إلى 8 بالمائة.",
     "8 بالمائة", ["البنك المركزي التونسي"]),
    ("وأقدمت وزارة التجارة على تخفيض سعر الخبز إلى 190 مليماً.", "190", ["وزارة التجارة"]),
    # must not change: the oldest mosque, a body with no على after it
    ("أقدم مصنع في المدينة ينتج 40 طناً يومياً.", "40", [None]),
]


@table("text, figure, expected", THE_UNDERTAKING_BODY_CLAIMS)
def test_the_undertaking_body_claims(text, figure, expected):
    assert claimants(text, figure) == expected
