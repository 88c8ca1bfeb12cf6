"""A title's body with a pronoun on it ends the title: "رئيس مجلس إدارتها"، "رئيسة حكومتها"، "وزير خارجيتها".

The pronoun makes the body definite, so nothing more is in construct with it; a name may still follow.
"""
from __future__ import annotations

from .helpers import clause_speakers, table

POSSESSED_BODY = [  # (text, speaker)
    ("وقال رئيس مجلس إدارتها إن الشركة ستوظف 450 عاملاً.", "رئيس مجلس إدارتها"),
    ("وقال نائب رئيس مجلس إدارتها إن الأرباح بلغت 12 مليون دولار.", "نائب رئيس مجلس إدارتها"),
    ("وقالت رئيسة حكومتها إن 30 ألف أسرة استفادت من الدعم.", "رئيسة حكومتها"),
    ("وأكد وزير خارجيتها أن 200 دبلوماسي سيغادرون.", "وزير خارجيتها"),
    ("وقال رئيس بلديتها أحمد سالم إن 40 شارعاً أغلق.", "رئيس بلديتها أحمد سالم"),
    # near misses: a body without a pronoun goes on in construct; a pronoun on a plain noun is not a body
    ("وقال رئيس مجلس إدارة الشركة إن الأرباح بلغت 12 مليون دولار.", "رئيس مجلس إدارة الشركة"),
    ("وقال مدير مكتبه إن 30 موظفاً غادروا.", "مدير مكتبه"),
]


@table("text, speaker", POSSESSED_BODY)
def test_a_body_with_a_pronoun_ends_the_title(text: str, speaker: str) -> None:
    assert clause_speakers(text) == [speaker]
