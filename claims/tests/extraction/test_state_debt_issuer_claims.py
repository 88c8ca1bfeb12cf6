"""Table-driven cases for a central bank or a finance ministry that issues state debt (treasury bills, government
bonds, sovereign sukuk): it states their worth and the yield in its sentence ("كما أصدرت وزارة المالية صكوكاً
سيادية بقيمة 2 مليار دينار" → وزارة المالية for 2 مليار). A firm's bond issue stays a market event.

Written by hand (a finance ministry, a central bank, a treasury); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

A_STATE_DEBT_ISSUER_CLAIMS_THE_WORTH = [  # (text, figure, claimants)
    ("كما أصدرت وزارة المالية الشهر الماضي صكوكاً سيادية بقيمة 2 مليار دينار لأجل 5 سنوات، بعائد 6.1 بالمائة.",
     "2 مليار", ["وزارة المالية"]),
    ("كما أصدرت وزارة المالية الشهر الماضي صكوكاً سيادية بقيمة 2 مليار دينار لأجل 5 سنوات، بعائد 6.1 بالمائة.",
     "6.1", ["وزارة المالية"]),
    ("وأصدر مصرف ليبيا المركزي سندات حكومية بقيمة 300 مليون دينار.", "300", ["مصرف ليبيا المركزي"]),
    ("أصدرت وزارة الخزانة، أمس، أذونات بقيمة 750 مليون جنيه.", "750", ["وزارة الخزانة"]),
    # must not change: a firm's bonds, a ruling (no worth of its own), a decision (who decides sets its figure),
    # or a speaker who reports the issue
    ("أصدرت شركة الاتصالات سندات بقيمة 900 مليون دولار.", "900", [None]),
    ("وكانت المحكمة قد أصدرت حكمها في القضية في مارس 2023، قبل أن تبرئ محكمة النقض 4 متهمين.", "4", [None]),
    ("أصدرت الوزارة قراراً برفع رسوم التسجيل إلى 40 ديناراً.", "40", ["الوزارة"]),
    ("وقال الوزير إن البنك أصدر سندات حكومية بقيمة 300 مليون دينار.", "300", ["الوزير"]),
]


@table("text, figure, expected", A_STATE_DEBT_ISSUER_CLAIMS_THE_WORTH)
def test_a_state_debt_issuer_claims_the_worth(text, figure, expected):
    assert claimants(text, figure) == expected
