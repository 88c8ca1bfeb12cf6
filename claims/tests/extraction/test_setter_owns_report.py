"""Table-driven cases for a body that sets figures "وفق" a document naming no body: "وتستهدف الهيئة رفع الطاقة
إلى 40%، وفق التقرير السنوي" — the report is the body's own, and the body claims the figures. A document of
another body keeps them: "…، وفق تقرير البنك الدولي".

Written by hand (energy, budget, aviation); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

THE_BODY_OWNS_ITS_REPORT = [  # (text, figure, claimants)
    ("وتستهدف هيئة الطاقة رفع حصة المصادر المتجددة إلى 40% بحلول 2030، وفق تقرير الاستدامة الذي عرضه رئيسها.",
     "40%", ["هيئة الطاقة"]),
    ("ويستهدف البنك المركزي خفض العجز إلى 3% العام المقبل، وإلى 2% في 2027، وفق التقرير السنوي.", "2%",
     ["البنك المركزي"]),
    # must not change: another body's report, a report with no body that sets the figures
    ("ويستهدف البنك المركزي خفض العجز إلى 3% العام المقبل، وفق تقرير صندوق النقد الدولي.", "3%",
     ["صندوق النقد الدولي"]),
    ("وارتفعت حركة المسافرين إلى 12 مليون مسافر، وفق التقرير السنوي.", "12", ["التقرير السنوي"]),
]


@table("text, figure, expected", THE_BODY_OWNS_ITS_REPORT)
def test_the_body_owns_its_report(text, figure, expected):
    assert claimants(text, figure) == expected
