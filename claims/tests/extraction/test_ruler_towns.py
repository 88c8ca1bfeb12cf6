"""Table-driven cases for a governor or mayor named by a province or town the lexicon does not know and that looks
like a feminine adjective (ملاطية، أنطاكية، قونية): after a masculine title such a word is a name, not his adjective,
so "وقال والي ملاطية إن" names "والي ملاطية", not "والي". Most such towns were already read as the first word of
his name; ملاطية, shaped like a verbal noun (مفاعلة), was not, and now is.

Written by hand in earthquake and flood shapes; the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

RULER_AND_TOWN = [  # (text, speaker)
    ("وقال والي ملاطية إن فرق الإنقاذ انتشلت 4 ناجين.", "والي ملاطية"),
    ("وأكد عمدة أنطاكية أن المياه عادت إلى 12 حياً.", "عمدة أنطاكية"),
    ("وقال محافظ قونية مراد أوزتورك إن 40 مبنى تضرر.", "محافظ قونية مراد أوزتورك"),
    ("وأوضح حاكم ماريبوسية، في مؤتمر صحفي، أن 7 جسور أغلقت.", "حاكم ماريبوسية"),
    # must not change: an adjective of the title, a town of two words, a body in construct, a known place
    ("وقال حاكم عسكري إن 14 مبنى تضرر.", "حاكم عسكري"),
    ("وأوضح والي تيرس زمور، الشيخ ولد أحمدو، أن 5 عمال نجوا.", "والي تيرس زمور"),
    ("وقال محافظ البنك المركزي إن 14 مصرفاً التزمت.", "محافظ البنك المركزي"),
    ("وقال محافظ اللاذقية إن 14 مبنى تضرر.", "محافظ اللاذقية"),
]


@table("text, speaker", RULER_AND_TOWN)
def test_a_ruler_is_named_with_his_town(text, speaker):
    assert last_speaker(text) == speaker


def test_the_ruler_and_his_town_claim_the_figure_a_source_word_gives():
    text = "ولم تسجل أي خسائر بشرية، بحسب والي ملاطية، فيما تضرر 14 مبنى بشكل طفيف."
    assert claimants(text, "14") == ["والي ملاطية"]
