"""Table-driven cases for a speaker who goes on in his own words: a quote opened by a carried "وأضاف:" holds no
speaker of its own ("وأضاف: «…، لكن التاريخ يقول إن …»"), and a participle after a فيما-clause of an outcome inside
the speaker's statement is still the speaker's ("وأوضحت X أن …، فيما نالت كتلة Y 900 صوت، مضيفة أن …").

Written by hand (volcanoes, student and club elections); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, clause_speakers, table

A_QUOTE_OF_A_CARRIED_SPEAKER = [  # (text, speakers of the claims)
    ("وأوضح الباحث كمال الهادي أن البركان خامد منذ قرون.\n\nوأضاف: «لا أحد يعرف متى يثور، لكن التاريخ يقول إن "
     "ثوراته تتكرر كل 300 عام».", ["الباحث كمال الهادي", "الباحث كمال الهادي"]),
    # must not change: a second speaker's act in a فيما-clause, a quote with no carried speaker
    ("قال الوزير إن الخطة ستنفذ هذا العام، فيما انتقد النائب سالم العلي الخطة، مؤكداً أن كلفتها تجاوزت 40 مليوناً.",
     ["الوزير", "النائب سالم العلي"]),
    ("وقال الخبير: «الأسعار سترتفع، لكن البنك المركزي يقول إن التضخم لن يتجاوز 5%».", ["الخبير"]),
]

AN_OUTCOME_IN_THE_SPEAKERS_WORDS = [  # (text, figure, claimants)
    ("وأوضحت النمر أن كتلة التغيير حصلت على 1,200 صوت، فيما نالت كتلة الوحدة الوطنية 900 صوت، والقائمة المستقلة "
     "300 صوت، مضيفة أن الأوراق الباطلة بلغت 40 ورقة.", "40 ورقة", ["النمر"]),
    ("وقال المدرب إن فريقه فاز بـ3 مباريات، فيما حقق نادي الشباب 5 انتصارات، مضيفاً أن 12 لاعباً سيغيبون.", "12",
     ["المدرب"]),
    # must not change: the critic's own participle
    ("قال الوزير إن الخطة ستنفذ هذا العام، فيما انتقد النائب سالم العلي الخطة، مؤكداً أن كلفتها تجاوزت 40 مليوناً.",
     "40", ["النائب سالم العلي"]),
]


@table("text, expected", A_QUOTE_OF_A_CARRIED_SPEAKER)
def test_a_quote_of_a_carried_speaker(text, expected):
    assert clause_speakers(text) == expected


@table("text, figure, expected", AN_OUTCOME_IN_THE_SPEAKERS_WORDS)
def test_an_outcome_in_the_speakers_words(text, figure, expected):
    assert claimants(text, figure) == expected
