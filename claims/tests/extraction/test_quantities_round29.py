"""Round-29 quantity rule: a bound in years opened by the relative ما ("ما لا يقل عن 12 عاماً") measures the years
themselves; a verb whose subject is a person or an age (تجاوزوا، ألا يقل عمره عن) still states an age.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import quantities_found, table

CASES = [
    ("ويحصل على الترقية من أمضى ما لا يقل عن 8 أعوام في الوظيفة.", [("ما لا يقل عن 8 أعوام", 8.0, "at_least")]),
    ("وعمل المهندس في المشروع ما يزيد على 15 عاما.", [("ما يزيد على 15 عاما", 15.0, "more_than")]),
    # the bound stays on the years: the figure after it is exact (moved from test_quantities.test_qualifiers)
    ("يستغرق المشروع ما لا يقل عن 5 سنوات ويشغل 70 مهندسا.",
     [("ما لا يقل عن 5 سنوات", 5.0, "at_least"), ("70 مهندسا", 70.0, "exact")]),
    # near misses: an age bound by a verb of a person or of an age noun
    ("ويشترط ألا يقل عمر المتقدم عن 21 عاماً.", []),
    ("ويستفيد المتقاعدون الذين تجاوزوا 60 سنة.", []),
    ("ويقبل الطلاب الذين لا تقل أعمارهم عن 17 سنة.", []),
]


@table("text,expected", CASES)
def test_relative_bounds_in_years(text, expected):
    assert quantities_found(text) == expected
