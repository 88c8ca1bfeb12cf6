"""Table-driven cases for a poll that counts its respondents: "ويتوقع 30 من أصل 40 خبيراً استطلعت الوكالة آراءهم
أن …" or "وكان 7 من أصل 10 متعاملين شملهم مسح أجرته الغرفة قد توقعوا …": who polled them claims the counts and
what the poll found, as "استطلاع أجرته رويترز" opening the sentence does.

Written by hand (housing, oil, tourism); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

THE_POLLSTER_COUNTS_THE_RESPONDENTS = [  # (text, figure, claimants)
    ("ويتوقع 30 من أصل 40 خبيراً عقارياً استطلعت وكالة بلومبرغ آراءهم أن تستقر الأسعار.", "30", ["وكالة بلومبرغ"]),
    ("ويتوقع 30 من أصل 40 خبيراً عقارياً استطلعت وكالة بلومبرغ آراءهم أن تستقر الأسعار.", "40", ["وكالة بلومبرغ"]),
    ("وكان 7 من أصل 10 متعاملين شملهم استطلاع أجرته غرفة التجارة قد توقعوا ارتفاع النفط إلى 90 دولاراً.", "7",
     ["غرفة التجارة"]),
    ("وكان 7 من أصل 10 متعاملين شملهم استطلاع أجرته غرفة التجارة قد توقعوا ارتفاع النفط إلى 90 دولاراً.", "90",
     ["غرفة التجارة"]),
    # must not change: a count with no poll, people the outlet talked to, a speaker who reports the poll
    ("وتوقع 12 خبيراً أن ترتفع الحجوزات الفندقية 5%.", "12", [None]),
    ("وتوقع 12 خبيراً تحدثت إليهم الصحيفة أن ترتفع الحجوزات 5%.", "12", [None]),
    ("وقال رئيس الجمعية إن 12 خبيراً استطلعت الجمعية آراءهم توقعوا تراجع الحجوزات.", "12", ["رئيس الجمعية"]),
]


@table("text, figure, expected", THE_POLLSTER_COUNTS_THE_RESPONDENTS)
def test_the_pollster_counts_the_respondents(text, figure, expected):
    assert claimants(text, figure) == expected
