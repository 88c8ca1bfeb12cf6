"""Table-driven cases for a numbered article of a rulebook as a source: "ووفقاً للمادة 62 من الدستور، …" credits
"المادة 62 من الدستور" with the figures it fixes, also before a later clause in which someone gives an opinion
("…، وهي نسبة يرى مراقبون أنها …").

Written by hand (parliament, elections, labour); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

THE_ARTICLE_FIXES_THE_FIGURES = [  # (text, figure, claimants)
    ("ووفقاً للمادة 62 من الدستور، يتألف المجلس من 120 عضواً.", "120", ["المادة 62 من الدستور"]),
    ("وبحسب المادة 12 من قانون الانتخابات، لا يقل عدد المرشحين في القائمة عن 5 مرشحين.", "5",
     ["المادة 12 من قانون الانتخابات"]),
    ("ووفقاً للمادة 62 من الدستور، تُخصص للنساء 30% من المقاعد، وهي نسبة يرى مراقبون أنها غير كافية.", "30%",
     ["المادة 62 من الدستور"]),
    ("وبحسب قانون العمل، لا تتجاوز ساعات العمل 48 ساعة أسبوعياً، وهو رقم يرى نقابيون أنه مرتفع.", "48",
     ["قانون العمل"]),
    # must not change: a speaker who cites the rule, a chapter of a book
    ("وقال الوزير إن ساعات العمل لا تتجاوز 48 ساعة، وفق قانون العمل.", "48", ["الوزير"]),
    ("ووفقاً للفصل 3 من الرواية، هزم البطل 40 فارساً.", "40", [None]),
]


@table("text, figure, expected", THE_ARTICLE_FIXES_THE_FIGURES)
def test_the_article_fixes_the_figures(text, figure, expected):
    assert claimants(text, figure) == expected
