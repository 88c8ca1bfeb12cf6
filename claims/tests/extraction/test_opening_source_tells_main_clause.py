"""Speakers: "وبحسب مصادر مصرفية …، فإن السعر …، فيما نقلت وكالة عن جمعية أن …" — the source phrase that opens the
sentence tells its main clause (فإن), not the source of a side clause after فيما/بينما (whose clause keeps it)."""
from __future__ import annotations

from .helpers import clause_speakers, table

# (text, speaker of each claim)
CASES = [
    ("وبحسب مصادر في الميناء تحدثت للصحيفة، فإن 14 سفينة تنتظر التفريغ، فيما نقلت الإذاعة الرسمية عن نقابة "
     "الحمالين أن 300 عامل توقفوا عن العمل.", ["مصادر في الميناء", "نقابة الحمالين"]),
    ("ووفق مسؤول في البلدية، فإن الأشغال ستنتهي في مايو، بينما نقل موقع محلي عن شركة المقاولات أنها تحتاج إلى "
     "3 أشهر إضافية.", ["مسؤول في البلدية", "شركة المقاولات"]),
    # must not change: a side clause with a speech verb of its own was split off already
    ("وبحسب مصادر في الميناء، فإن 14 سفينة تنتظر التفريغ، فيما قال وزير النقل إن الأزمة ستنتهي خلال أسبوع.",
     ["مصادر في الميناء", "وزير النقل"]),
    # must not change: with no later speaker, the source speaks as before
    ("وبحسب مصادر في الميناء، فإن 14 سفينة تنتظر التفريغ، فيما تراجعت حركة الشحن 20%.", ["مصادر في الميناء"]),
    # must not change: a source phrase that does not open the sentence, or no فإن after it
    ("قال وزير النقل إن الأزمة ستنتهي خلال أسبوع، بحسب ما نقلت عنه الصحيفة.", ["وزير النقل"]),
    ("وبحسب مصادر في الميناء، تنتظر 14 سفينة التفريغ، فيما قال وزير النقل إن الأزمة ستنتهي خلال أسبوع.",
     ["مصادر في الميناء", "وزير النقل"]),
]


@table("text, expected", CASES)
def test_opening_source_tells_main_clause(text, expected):
    assert clause_speakers(text) == expected
