"""Table-driven cases for a body whose name opens with ل after a source word's ل: "للجنة" is spelled alike for
ل + لجنة and ل + اللجنة. In construct it is the first ("وفقاً للجنة الانتخابات المركزية" credits "لجنة الانتخابات
المركزية"); alone or before an agreeing adjective, the second ("وفقاً للجنة، بلغت" credits "اللجنة").

Written by hand in election and sport shapes; the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

LAM_BODY_AFTER_A_SOURCE_WORD = [  # (text, figure, claimants)
    ("وفقاً للجنة الانتخابات المركزية، شارك 40 مراقباً دولياً في العملية.", "40", ["لجنة الانتخابات المركزية"]),
    ("وفقا للجنة الانتخابات فإن 12 مرشحاً انسحبوا قبل يوم الاقتراع.", "12", ["لجنة الانتخابات"]),
    ("وفقا للجنة، بلغت نسبة المشاركة 41 في المئة.", "41", ["اللجنة"]),
    ("وبلغت نسبة المشاركة 38 في المئة، وفقاً للجنة.", "38", ["اللجنة"]),
    ("وفقاً للجنة المشرفة على الانتخابات، بلغت المشاركة 52%.", "52", ["اللجنة"]),
    ("وفقاً للجنة العليا للانتخابات، صوّت 2.1 مليون ناخب.", "2.1", ["اللجنة العليا للانتخابات"]),
    # must not change: an adjective makes the head definite (fixed at 278e8d0); a body with no ل of its own
    ("وفقاً للجنة الأولمبية الدولية، يشارك 206 وفود.", "206", ["اللجنة الأولمبية الدولية"]),
    ("وفقاً للهيئة الوطنية للانتخابات، صوّت 3 ملايين ناخب.", "3", ["الهيئة الوطنية للانتخابات"]),
]


@table("text, figure, expected", LAM_BODY_AFTER_A_SOURCE_WORD)
def test_a_body_opening_with_lam_reads_from_its_spelling(text, figure, expected):
    assert claimants(text, figure) == expected
