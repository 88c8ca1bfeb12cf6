"""Table-driven cases for a threshold (حاجز، عتبة، سقف) passed by a verb of exceeding far before it, a time or place
set off by commas standing right before the threshold: "تجاوز سعر صرف اليورو في السوق السوداء بمدينة حلب، صباح
اليوم الخميس، حاجز 15 ألف ليرة" is more than 15,000 pounds. The insert does not count against the verb's reach.

Written by hand (exchange rates, a port, ticket sales); the last cases must not change.
"""
from __future__ import annotations

from .helpers import quantities_found, table

A_THRESHOLD_PAST_AN_INSERT = [  # (text, quantities)
    ("تجاوز سعر صرف اليورو في السوق السوداء بمدينة حلب، صباح اليوم الخميس، حاجز 15 ألف ليرة.",
     [("15 ألف ليرة", 15000, "more_than")]),
    ("وتخطت مبيعات تذاكر المهرجان الصيفي في المدينة القديمة بمراكش، حتى مساء أمس، عتبة 80 ألف تذكرة.",
     [("80 ألف تذكرة", 80000, "more_than")]),
    ("لم يتجاوز سعر صرف اليورو في السوق السوداء بمدينة حلب، صباح اليوم الخميس، حاجز 15 ألف ليرة.",
     [("15 ألف ليرة", 15000, "up_to")]),
    # must not change: a verb close enough already, and one too far back past another verb
    ("وتجاوز الميناء، خلال العام، عتبة 11 مليون حاوية.", [("11 مليون حاوية", 11e6, "more_than")]),
    ("وتجاوز عدد الزوار خلال الصيف الماضي التوقعات في المدن الساحلية والجبلية وبلغ الإنفاق السياحي في المناطق، "
     "بحسب الوزارة، سقف 40 مليون دينار.", [("40 مليون دينار", 40e6, "exact")]),
]


@table("text, expected", A_THRESHOLD_PAST_AN_INSERT)
def test_a_threshold_past_an_insert(text, expected):
    assert quantities_found(text) == expected
