"""Table-driven cases for a bulletin named the Maghreb way ("نشرية", Algeria and Tunisia) and for a document described
as "خاص/خاصة" before its author: both now credit the body that issued the document, as "النشرة" and "تقرير جديد
للبنك" already did.

Written by hand in weather and economy shapes; the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

BULLETINS = [  # (text, figure, claimants)
    ("أصدر الديوان الوطني للأرصاد الجوية نشرية خاصة تحذر من موجة حر. وحسب النشرية، ستتراوح الحرارة بين 45 و47 درجة.",
     "45", ["الديوان الوطني للأرصاد الجوية"]),
    ("وحسب نشرية خاصة للديوان الوطني للأرصاد الجوية، ستبلغ الحرارة 48 درجة.", "48", ["الديوان الوطني للأرصاد الجوية"]),
    ("وحسب تقرير خاص للبنك الدولي، بلغ النمو 3%.", "3%", ["البنك الدولي"]),
    ("وأفادت نشرية للمعهد الوطني للرصد الجوي بأن الأمطار بلغت 40 مم.", "40", ["المعهد الوطني للرصد الجوي"]),
    # must not change: a document adjective already known; a bulletin with no author
    ("وحسب تقرير جديد للبنك المركزي، بلغ التضخم 3%.", "3%", ["البنك المركزي"]),
    ("وحسب النشرة، ستبلغ الحرارة 48 درجة.", "48", ["النشرة"]),
]


@table("text, figure, expected", BULLETINS)
def test_a_bulletin_credits_who_issued_it(text, figure, expected):
    assert claimants(text, figure) == expected
