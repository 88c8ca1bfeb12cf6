"""Lines of a list with no bullet, a label, a colon and its figures, under a line that introduces the list through
a body's source phrase ("وبحسب اللجنة، جاءت النتائج على النحو الآتي:"), are the body's figures."""
from __future__ import annotations

from .helpers import claimants, table

INTRO = "أعلنت الهيئة المستقلة للانتخابات نتائج الاقتراع البلدي.\n\nووفق الهيئة، جاءت النتائج التفصيلية كما يلي:\n"

# (text, figure, claimant of the figure)
CASES = [
    (INTRO + "قائمة النهضة: 6,210 أصوات – 9 مقاعد\nقائمة الأمل: 4,075 صوتاً – 6 مقاعد\n", "6,210",
     "الهيئة"),
    (INTRO + "قائمة النهضة: 6,210 أصوات – 9 مقاعد\nقائمة الأمل: 4,075 صوتاً – 6 مقاعد\n", "4,075",
     "الهيئة"),
    # must not change: a labelled line with no list introduced before it, and a line that is a full sentence
    ("أعلنت الهيئة المستقلة للانتخابات نتائج الاقتراع.\n\nوقال مراقب إن الإقبال كان ضعيفاً.\n"
     "قائمة النهضة: 6,210 أصوات\n", "6,210", None),
    (INTRO + "وحصلت قائمة النهضة على 6,210 أصوات بحسب مراقبين.\n", "6,210", "مراقبين"),
]


@table("text, figure, expected", CASES)
def test_list_lines(text, figure, expected):
    assert claimants(text, figure) == [expected]
