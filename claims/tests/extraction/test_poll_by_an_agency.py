"""Table-driven cases for a poll named by its agency with ل ("شملهم استطلاع لوكالة بلومبرغ"): the agency that ran
the poll claims the counts of its respondents and what they expect, as "استطلاع أجرته وكالة …" already did.

Written by hand in central-bank and election shapes; the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

POLL_BY_AN_AGENCY = [  # (text, figure, claimants)
    ("وتوقع 12 اقتصادياً من أصل 19 شملهم استطلاع لوكالة بلومبرغ خفضاً بـ300 نقطة أساس.", "19",
     ["وكالة بلومبرغ"]),
    ("وتوقع 7 محللين من أصل 10 شملهم استطلاع لوكالة الأناضول تثبيت الفائدة عند 4%.", "4%", ["وكالة الأناضول"]),
    # must not change: a poll of public opinion names no pollster; a poll "أجرته" its maker
    ("وأظهر استطلاع للرأي العام أن 40% من الناخبين مترددون.", "40", ["استطلاع للرأي العام"]),
    ("وتوقع 9 محللين من أصل 14 شملهم استطلاع أجرته وكالة رويترز خفضاً بـ100 نقطة أساس.", "100", ["وكالة رويترز"]),
]


@table("text, figure, expected", POLL_BY_AN_AGENCY)
def test_a_poll_by_an_agency_claims_its_counts(text, figure, expected):
    assert claimants(text, figure) == expected
