"""Table-driven cases for a second source in one sentence: "…، في حين تستبعد مؤسسة X أي خفض قبل يونيو" (a
forecast that rules out, with its own subject, opens the source's clause as "فيما توقع" does), and a leader
named by a quoted party with no ال- and his name in apposition: "فيما رأى رئيس «بوديموس»، خافيير لوبيث، أن"
(the party's quoted name belongs to the title, so he is no repeat of the first speaker's title).

Written by hand (banks and brokers, Spanish and Dutch parties); the last cases must not change.
"""
from __future__ import annotations

from .helpers import clause_speakers, table

A_SECOND_SOURCE_SPEAKS_IN_ITS_CLAUSE = [  # (text, speakers of the claims in order)
    ("ويتوقع بنك «الأهلي» المصري خفضاً بـ100 نقطة أساس في اجتماع مايو، في حين تستبعد شركة «نعيم القابضة» أي "
     "خفض قبل يونيو 2026.", ["بنك «الأهلي» المصري", "شركة «نعيم القابضة»"]),
    ("قال وزير المالية إن العجز تراجع إلى 4%، بينما استبعد صندوق النقد الدولي أي تحسن قبل 2027.",
     ["وزير المالية", "صندوق النقد الدولي"]),
    ('وقال رئيس الحزب الاشتراكي، بيدرو سانشيث، إن الناخبين "اختاروا الاستقرار"، فيما رأى رئيس «بوديموس»، خافيير '
     'لوبيث، المقيم في مدريد، أن حزبه "باق في البرلمان".',
     ["رئيس الحزب الاشتراكي، بيدرو سانشيث", "رئيس «بوديموس»، خافيير لوبيث"]),
    ('قال زعيم «فولت» أن حزبه "سيدخل البرلمان للمرة الأولى".', ["زعيم «فولت»"]),
    # must not change: a quoted word that is what the official said, a ruling out with no subject of its own
    ('قال مسؤول «كلا»، وأضاف أن الاجتماع انتهى بعد 3 ساعات.', ["مسؤول"]),
    ("قال وزير المالية إن العجز تراجع إلى 4%، واستبعد أي تحسن قبل 2027.", ["وزير المالية"]),
]


@table("text, expected", A_SECOND_SOURCE_SPEAKS_IN_ITS_CLAUSE)
def test_a_second_source_speaks_in_its_clause(text, expected):
    assert clause_speakers(text) == expected
