"""Table-driven cases for "…، أما X فـVERB …" closing a sentence of several sources: the topic of أما is the subject
of the ف- verb and claims the figures after it, not the speaker of the clause before ("…، فيما قال المعهد إن
القوة بلغت 5,2، أما المرصد الوطني فسجّلها بـ5" → المرصد الوطني for 5).

Written by hand (seismic networks, a weather office, rating bodies); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

THE_AMMA_TOPIC_CLAIMS_ITS_FIGURES = [  # (text, figure, claimants)
    ("قدّر المعهد الجيوفيزيائي قوة الهزة بـ4.8 درجات، فيما قال المركز الأوروبي إن قوتها بلغت 4.6 درجات، أما "
     "المرصد الوطني في الرباط فسجّلها بقوة 4.5 درجات.", "4.5", ["المرصد الوطني في الرباط"]),
    ("قدّر المعهد الجيوفيزيائي قوة الهزة بـ4.8 درجات، فيما قال المركز الأوروبي إن قوتها بلغت 4.6 درجات، أما "
     "المرصد الوطني في الرباط فسجّلها بقوة 4.5 درجات.", "4.6", ["المركز الأوروبي"]),
    ("وقالت الأرصاد الجوية إن الأمطار بلغت 40 ملم، أما مصلحة الأرصاد الإقليمية فقدّرتها بنحو 55 ملم.", "55",
     ["مصلحة الأرصاد الإقليمية"]),
    # must not change: a thing as the topic goes on with the speaker's report
    ("وقالت الوزارة إن الصادرات بلغت 3 مليارات دولار، أما الواردات فقدرت بنحو 5 مليارات.", "5 مليارات",
     ["الوزارة"]),
]


@table("text, figure, expected", THE_AMMA_TOPIC_CLAIMS_ITS_FIGURES)
def test_the_amma_topic_claims_its_figures(text, figure, expected):
    assert claimants(text, figure) == expected
