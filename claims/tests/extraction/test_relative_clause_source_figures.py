"""Table-driven cases for a relative clause that a source closing the sentence names: its figures are the source's,
however many figures it lists, a last one joined by its و ("… مقابل 5,1% في مارس و6,3% قبل عام، وفق المعهد").

Written by hand (a statistics office, a weather service, a ministry); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

A_CLOSING_SOURCE_GIVES_ITS_RELATIVE_CLAUSE = [  # (text, figure, claimants)
    ("وأكدت الوزارة أن الخطة تأتي «بسبب ارتفاع البطالة»، التي بلغت 8,2 بالمائة في مارس مقابل 8,5 بالمائة في "
     "فبراير و9,1 بالمائة قبل عام، وفق المكتب الوطني للإحصاء.", "9,1", ["المكتب الوطني للإحصاء"]),
    ("وأكدت الوزارة أن الخطة تأتي «بسبب ارتفاع البطالة»، التي بلغت 8,2 بالمائة في مارس مقابل 8,5 بالمائة في "
     "فبراير و9,1 بالمائة قبل عام، وفق المكتب الوطني للإحصاء.", "8,2", ["المكتب الوطني للإحصاء"]),
    ("وأشارت المصلحة إلى أن الري تأثر بتراجع منسوب السدود الذي بلغ 31,4 بالمائة مقابل 36 بالمائة و42,7 بالمائة "
     "في السنتين الماضيتين، حسب وكالة الأرصاد الجوية.", "42,7", ["وكالة الأرصاد الجوية"]),
    # must not change: no relative clause, the speaker's own figures
    ("وأكدت الوزارة أن البطالة بلغت 8,2 بالمائة في مارس و9,1 بالمائة قبل عام، وفق المكتب الوطني للإحصاء.",
     "9,1", ["الوزارة"]),
    ("وأكدت الوزارة أن البطالة التي بلغت 8,2 بالمائة و9,1 بالمائة قبل عام «تراجعت»، وفق المكتب الوطني للإحصاء.",
     "9,1", ["الوزارة"]),
]


@table("text, figure, expected", A_CLOSING_SOURCE_GIVES_ITS_RELATIVE_CLAUSE)
def test_a_closing_source_gives_its_relative_clause(text, figure, expected):
    assert claimants(text, figure) == expected
