"""Table-driven cases for a call made in a relative clause: "…، بحسب المحافظ خالد سعيد، الذي دعا الأهالي إلى
«…»". The relative's antecedent calls (دعا، ناشد، طالب); who is called follows the verb, as its object, and is
no speaker. With an object pronoun on the verb ("التي دعاها الوزير إلى") the subject follows it as before.

Written by hand (a governor, a health director, a union); the last cases must not change.
"""
from __future__ import annotations

from .helpers import clause_speakers, table

THE_ANTECEDENT_CALLS = [  # (text, speakers of the claims in order)
    ('وارتفعت الحصيلة إلى 12 قتيلاً، وفق المحافظ خالد سعيد، الذي دعا الأهالي إلى "الابتعاد عن مجاري السيول".',
     ["المحافظ خالد سعيد"]),
    ('وسجلت المستشفيات 40 إصابة بالتسمم، بحسب مدير الصحة، سامي فارس، الذي ناشد المواطنين "عدم شراء '
     'اللحوم من الباعة المتجولين".', ["مدير الصحة، سامي فارس"]),
    # must not change: a speaker named after the verb, an object pronoun on the verb
    ('وقال المحافظ خالد سعيد إن 12 شخصاً لقوا حتفهم، ودعا الأهالي إلى "الابتعاد عن مجاري السيول".',
     ["المحافظ خالد سعيد"]),
    ('وأعلنت النقابة إضراباً لمدة 3 أيام، وهو الإضراب الذي دعاها إليه الاتحاد العام بأنه "حق مشروع".',
     ["النقابة"]),
]


@table("text, expected", THE_ANTECEDENT_CALLS)
def test_the_antecedent_calls(text, expected):
    assert clause_speakers(text) == expected
