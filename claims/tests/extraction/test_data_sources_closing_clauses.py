"""Table-driven cases for a body's data cited inside or after a clause: the body gives the clause's figures.

- A source set off by commas between a subject and its verb ("أن معدل البطالة، وفق أرقام الديوان، تراجع إلى 9%")
  gives the figures of the clause it stands in, as one right before the figure does.
- A comparison set off by a comma ("، مقابل 7% في الربع الأول") goes on with the clause of the figure it is compared
  with: a source closing it gives both figures.
- A while-clause ("، فيما …"، "، في وقت …") closed by a body's data ("بحسب معطيات المصرف المركزي") is that body's; a
  bare body closing it ("بحسب البنك المركزي") may be the speaker's own source, and the speaker keeps it.

Written by hand (jobs, harvests, trade, banking); the last cases of each table must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

A_SOURCE_BEFORE_THE_CLAUSES_VERB = [  # (text, figure, claimants)
    ("وقال الخبير إن معدل البطالة، وفق أرقام الديوان الوطني للإحصاء، تراجع إلى 9 بالمائة في الربع الأخير.", "9",
     ["الديوان الوطني للإحصاء"]),
    ("وأوضحت الغرفة أن الصادرات تراجعت. وأشارت إلى أن حجم المبادلات، حسب بيانات مكتب الصرف، ارتفع إلى 40 مليار "
     "درهم، بعد أن كان قد بلغ 35 مليارا قبل عام.", "35", ["مكتب الصرف"]),
    # must not change: the figure before the insert, an insert that is the speaker's opinion
    ("وقال الخبير إن معدل البطالة تراجع إلى 9 بالمائة، وفق أرقام الديوان الوطني للإحصاء، وهي الأدنى منذ عقد.", "9",
     ["الخبير"]),
    ("وقال الخبير إن معدل البطالة، حسب رأيه، تراجع إلى 9 بالمائة.", "9", ["الخبير"]),
]

A_COMPARISON_GOES_ON_WITH_ITS_CLAUSE = [  # (text, figure, claimants)
    ("وعللت الهيئة قرارها بتحسن السوق، إذ ارتفع عدد الوظائف إلى 12 ألفا في مارس، مقابل 9 آلاف في فبراير، وفق "
     "بيانات المعهد الوطني للإحصاء.", "12", ["المعهد الوطني للإحصاء"]),
    ("وعللت الهيئة قرارها بتحسن السوق، إذ ارتفع عدد الوظائف إلى 12 ألفا في مارس، مقابل 9 آلاف في فبراير، وفق "
     "بيانات المعهد الوطني للإحصاء.", "9", ["المعهد الوطني للإحصاء"]),
    # must not change: the speaker's own clause before the comparison's, reported speech with أن
    ("وأعلنت الشركة بيع 300 سيارة، مقابل 250 سيارة العام الماضي، بحسب صحيفة الاقتصادية.", "300", ["الشركة"]),
]

A_WHILE_CLAUSE_CLOSED_BY_A_BODYS_DATA = [  # (text, figure, claimants)
    ("ويرى مراقبون أن السوق ما زال هشاً، في وقت لم تتجاوز فيه الودائع 4 مليارات دينار، بحسب معطيات المصرف المركزي.",
     "4", ["المصرف المركزي"]),
    ("وقال المحلل إن الطلب تحسن، فيما بلغت الصادرات 8 ملايين طن، وفق أرقام وزارة الزراعة.", "8", ["وزارة الزراعة"]),
    # must not change: a bare body the speaker may cite, the speaker's own figure before the while-clause
    ("وقال وزير الاقتصاد إن الصادرات بلغت 8 ملايين طن، فيما بلغ العجز 3 مليارات، بحسب المصرف المركزي.", "3",
     ["وزير الاقتصاد"]),
    ("وقال المحلل إن الطلب بلغ 6 ملايين طن، فيما بلغت الصادرات 8 ملايين طن، وفق أرقام وزارة الزراعة.", "6",
     ["المحلل"]),
]


@table("text, figure, expected", A_SOURCE_BEFORE_THE_CLAUSES_VERB)
def test_a_source_before_the_clauses_verb(text, figure, expected):
    assert claimants(text, figure) == expected


@table("text, figure, expected", A_COMPARISON_GOES_ON_WITH_ITS_CLAUSE)
def test_a_comparison_goes_on_with_its_clause(text, figure, expected):
    assert claimants(text, figure) == expected


@table("text, figure, expected", A_WHILE_CLAUSE_CLOSED_BY_A_BODYS_DATA)
def test_a_while_clause_closed_by_a_bodys_data(text, figure, expected):
    assert claimants(text, figure) == expected
