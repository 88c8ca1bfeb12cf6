"""Table-driven cases for a body that allocates a sum (رصد in the sense "allocated"): it claims the sum, also before
a later clause's speaker ("وكانت الوزارة قد رصدت للمشروع 40 مليون دينار، فيما أعلنت الشركة أن …" → الوزارة for
40 مليون); a body that records a count with رصد claims it as well.

Written by hand (a school plan, roads, a monitoring network); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

AN_ALLOCATING_BODY_CLAIMS_THE_SUM = [  # (text, figure, claimants)
    ("وكانت الحكومة قد رصدت لبناء المدارس الجديدة مبلغاً قدره 40 مليون دينار، فيما أعلنت شركة المقاولات أن "
     "أكثر من 60 مدرسة أنجزت.", "40", ["الحكومة"]),
    ("وكانت الحكومة قد رصدت لبناء المدارس الجديدة مبلغاً قدره 40 مليون دينار، فيما أعلنت شركة المقاولات أن "
     "أكثر من 60 مدرسة أنجزت.", "60", ["شركة المقاولات"]),
    ("وكانت وزارة التربية قد رصدت لتجهيز المختبرات 9 ملايين دينار، فيما أعلنت النقابة أن 300 مختبر معطلة.", "9",
     ["وزارة التربية"]),
    ("وكان المجلس البلدي قد رصد ميزانية بقيمة 3 ملايين درهم لصيانة الطرق، بينما قال السكان إن الأشغال متوقفة.",
     "3", ["المجلس البلدي"]),
    ("ورصدت الحكومة 200 مليون دولار لدعم المزارعين.", "200", ["الحكومة"]),
    # must not change: no figure in the allocating clause, no body, or a speaker who reports the sum
    ("وكانت الوزارة قد رصدت تجاوزات في المعبر، فيما أعلنت الشرطة أن 12 شخصاً أوقفوا.", "12", ["الشرطة"]),
    ("ورصدت كاميرات المراقبة سيارة تسير بسرعة 180 كيلومتراً في الساعة.", "180", [None]),
    ("وقال الوزير إن الحكومة رصدت 200 مليون دولار لدعم المزارعين.", "200", ["الوزير"]),
]


@table("text, figure, expected", AN_ALLOCATING_BODY_CLAIMS_THE_SUM)
def test_an_allocating_body_claims_the_sum(text, figure, expected):
    assert claimants(text, figure) == expected
