"""Table-driven cases for "مركز الزلزال الرئيسي" (the main epicentre) inside what a speaker says: a place, not a
body, so the figures of its location stay the speaker's ("وأوضح المدير أن مركز الهزة الفعلي حُدد على بعد 14
كيلومتراً" → المدير). A body named for an event keeps its own adjective ("مركز الأعاصير الوطني").

Written by hand (a seismologist, a volcano watch, a storm office); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

THE_EPICENTRE_IS_NO_CLAIMANT = [  # (text, figure, claimants)
    ("وقالت الهيئة إن الهزة شعر بها السكان. وأوضح المدير سامي الخطيب أن مركز الهزة الفعلي حُدد على بعد 14 "
     "كيلومتراً من الساحل.", "14", ["المدير سامي الخطيب"]),
    ("وقالت الهيئة إن الهزة شعر بها السكان. وأضاف الخطيب أن مركز الزلزال الرئيسي حُدد على عمق 12 كيلومتراً.",
     "12", ["الخطيب"]),
    # must not change: the bare epicentre, and a body named for storms
    ("وقالت الهيئة إن الهزة شعر بها السكان. وأضاف الخطيب أن مركز الزلزال حُدد على عمق 12 كيلومتراً.", "12",
     ["الخطيب"]),
    ("وتوقع مركز الإعصار الوطني أن تبلغ سرعة الرياح 180 كيلومتراً في الساعة.", "180", ["مركز الإعصار الوطني"]),
]


@table("text, figure, expected", THE_EPICENTRE_IS_NO_CLAIMANT)
def test_the_epicentre_is_no_claimant(text, figure, expected):
    assert claimants(text, figure) == expected
