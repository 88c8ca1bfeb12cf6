"""Table-driven cases for a giver's figure: a state, a body or an official that gives, sends, donates or approves
an amount is the amount's claimant ("وقدّمت قطر مليوني دولار لدعم المتضررين"), as one that allocates or pledges
it already was.

Written by hand in the three families' shapes (quake relief, a budget, a council); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

A_GIVER_COUNTS_WHAT_IT_GIVES = [  # (text, figure, claimants)
    ("وقدّمت قطر مليوني دولار لدعم المتضررين من الزلزال.", "مليوني", ["قطر"]),
    ("وأرسلت الإمارات 40 طناً من المساعدات الطبية إلى المناطق المنكوبة.", "40", ["الإمارات"]),
    ("تبرعت شركة الاتصالات الوطنية بمبلغ 5 ملايين درهم لصندوق الإغاثة.", "5", ["شركة الاتصالات الوطنية"]),
    ("واعتمد مجلس النواب الموازنة العامة بقيمة 3 مليارات دينار.", "3", ["مجلس النواب"]),
    ("وقدمت جمعية الهلال الأحمر 1200 خيمة للأسر التي فقدت منازلها.", "1200", ["جمعية الهلال الأحمر"]),
    # must not change: no giver, or someone else's figure
    ("وقدم 300 متطوع من المحافظات المجاورة للمساعدة.", "300", [None]),
    ("وأرسلت الأمطار الغزيرة 40 أسرة إلى الملاجئ.", "40", [None]),
    ("وكانت الحكومة قد أرسلت مشروع القانون إلى البرلمان بعد تأخير دام أكثر من شهرين.", "شهرين", [None]),
    ("وقدم الوزير استقالته إلى رئيس الوزراء بعد خسارة 12 مقعداً.", "12", [None]),
    ("وقدمت الحكومة، بحسب وكالة الأنباء الرسمية، 10 ملايين دولار.", "10", ["وكالة الأنباء الرسمية"]),
]


@table("text, figure, expected", A_GIVER_COUNTS_WHAT_IT_GIVES)
def test_a_giver_claims_what_it_gives(text, figure, expected):
    assert claimants(text, figure) == expected
