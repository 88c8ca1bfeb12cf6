"""A demand's ب- complement with a figure is what is asked for, never part of who asks.

"وطالب المحافظ بزيادة 300 عامل": a name goes on in words, so a ب- word followed by a figure closes the subject even
right after a singular title, where a ب- word is otherwise a name's first word ("النائب بشارة حداد").
"""
from __future__ import annotations

from .helpers import clause_speakers, table

DEMANDS = [  # (text, speaker)
    ("وطالب المحافظ بزيادة 300 عامل في حملة التنظيف.", "المحافظ"),
    ("طالب محافظ بغداد بزيادة 300 عامل في حملة التنظيف.", "محافظ بغداد"),
    ("وطالب رئيس النقابة بزيادة 20% في الأجور.", "رئيس النقابة"),
    ("وطالب نقيب الأطباء بحماية 300 طبيب من الاعتداءات.", "نقيب الأطباء"),
    ("وطالب مدير المستشفى بعطية 40 مليون ريال للأجهزة.", "مدير المستشفى"),
    ("ويطالب ناشطون بيئيون بتعيين 50 حارسا للمحمية.", "ناشطون بيئيون"),
    # near misses: a name in ب after a title, closed by a comma or followed by its own ب- complement
    ("وقال النائب بشارة حداد، إن 300 عامل ينتظرون رواتبهم.", "النائب بشارة حداد"),
    ("وطالب الوزير بسام العلي الحكومة بصرف 300 منحة.", "الوزير بسام العلي"),
]


@table("text, speaker", DEMANDS)
def test_a_demand_with_a_figure_is_not_its_speakers_name(text: str, speaker: str) -> None:
    assert clause_speakers(text) == [speaker]
