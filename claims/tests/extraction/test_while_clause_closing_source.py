"""Table-driven cases for a while-clause (في حين، فيما، بينما) after someone's reported speech that a source closes
who told the outlet (the writer's source, not one the speaker cites): the source gives the clause's figures, the
speaker keeps his own ("وقال الوزير إن السعر الرسمي 140 ديناراً، في حين تباع في السوق بنحو 190 ديناراً، بحسب تجار
تحدثوا للصحيفة" → تجار for 190).

Written by hand (a currency, fuel, rents); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

MINISTER = "وقال وزير التجارة سالم الرشيد إن الأسواق مستقرة. "

THE_CLOSING_SOURCE_GIVES_THE_WHILE_CLAUSE = [  # (text, figure, claimants)
    ("وقال الوزير إن السعر الرسمي للأسطوانة 140 ديناراً، في حين تباع في السوق بنحو 190 ديناراً، بحسب تجار "
     "تحدثوا للصحيفة.", "190", ["تجار"]),
    ("وقال الوزير إن السعر الرسمي للأسطوانة 140 ديناراً، في حين تباع في السوق بنحو 190 ديناراً، بحسب تجار "
     "تحدثوا للصحيفة.", "140", ["الوزير"]),
    (MINISTER + "وأضاف أن سعر اليورو الرسمي بلغ 150 ديناراً، فيما يتداول في السوق الموازية بـ240 ديناراً، وفق "
     "صرافين تحدثوا لـ«الخبر».", "240", ["صرافين"]),
    ("وأكدت الهيئة أن متوسط الإيجار بلغ 300 دولار، بينما تجاوز في الأحياء الراقية 900 دولار، حسب وسطاء عقاريين "
     "تحدثوا إلى «المدينة».", "900", ["وسطاء عقاريين"]),
    # must not change: the while-clause has its own reported speech, or the source closes the speaker's words
    ("وقال الوزير إن السعر الرسمي 140 ديناراً، في حين أكد تجار أن الأسطوانة تباع بـ190 ديناراً، بحسب الصحيفة.",
     "190", ["تجار"]),
    ("وقال الوزير إن السعر الرسمي للأسطوانة بلغ 140 ديناراً، بحسب وكالة الأنباء الرسمية.", "140", ["الوزير"]),
    ("وقال الوزير إن السعر الرسمي 140 ديناراً، في حين تباع في السوق بنحو 190 ديناراً.", "190", ["الوزير"]),
    ("وأكدت الهيئة أن متوسط الإيجار بلغ 300 دولار، بينما تجاوز في الأحياء الراقية 900 دولار، حسب وكالة عقارية.",
     "900", ["الهيئة"]),  # a source the speaker may cite for all he says
]


@table("text, figure, expected", THE_CLOSING_SOURCE_GIVES_THE_WHILE_CLAUSE)
def test_the_closing_source_gives_the_while_clause(text, figure, expected):
    assert claimants(text, figure) == expected
