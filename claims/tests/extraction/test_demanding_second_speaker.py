"""Table-driven cases for "…، فيما طالب X Y بـ«…»": a demand with its own subject opens a second speaker's clause,
as "فيما قال X إن" does, and its figures are X's ("قال الوزير إن 40 مدرسة افتتحت، فيما طالب النائب خالد العمري
الحكومة ببناء 12 مدرسة أخرى" → the minister, then the deputy).

Written by hand (a minister and a deputy, a union, residents); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, clause_speakers, table

A_DEMAND_OPENS_A_SECOND_SPEAKER = [  # (text, speakers of the claims in order)
    ('قال الوزير إن 40 مدرسة افتتحت، فيما طالب النائب خالد العمري الحكومة بـ"بناء مدارس أخرى في القرى".',
     ["الوزير", "النائب خالد العمري"]),
    ("قال الوزير إن الرسوم ارتفعت 10%، بينما طالبت النقابة بخفضها إلى 5%.", ["الوزير", "النقابة"]),
    # must not change: a student after a comma, and no subject of its own
    ("قال المدير إن الامتحانات شملت 300 طالب، طالب واحد منهم تغيب.", ["المدير"]),
    ("قال الوزير إن الرسوم ارتفعت 10%، وطالب بخفضها.", ["الوزير"]),
]

ITS_FIGURES_ARE_THE_SECOND_SPEAKERS = [  # (text, figure, claimants)
    ("قال الوزير إن الرسوم ارتفعت 10%، بينما طالبت النقابة بخفضها إلى 5%.", "5%", ["النقابة"]),
    ("قال الوزير إن الرسوم ارتفعت 10%، بينما طالبت النقابة بخفضها إلى 5%.", "10%", ["الوزير"]),
]


@table("text, expected", A_DEMAND_OPENS_A_SECOND_SPEAKER)
def test_a_demand_opens_a_second_speaker(text, expected):
    assert clause_speakers(text) == expected


@table("text, figure, expected", ITS_FIGURES_ARE_THE_SECOND_SPEAKERS)
def test_its_figures_are_the_second_speakers(text, figure, expected):
    assert claimants(text, figure) == expected
