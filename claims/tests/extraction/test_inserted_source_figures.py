"""Table-driven cases for a source set off by commas right before a figure inside someone's statement: it gives the
figure ("وقال الخبير إن البطالة بلغت، وفق أرقام البنك الدولي، قرابة 18 بالمائة" → البنك الدولي), the speaker
keeps the rest.

Written by hand (unemployment, harvests, tourism); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

EXPERT = "وقال الخبير الزراعي منير الحداد إن الموسم تأخر. "

AN_INSERTED_SOURCE_GIVES_THE_FIGURE_AFTER_IT = [  # (text, figure, claimants)
    ("وقال الخبير إن نسبة البطالة بلغت، وفق أرقام البنك الدولي، قرابة 18 بالمائة.", "18", ["البنك الدولي"]),
    ("ويرى المحلل سامي بركات أن «الأزمة عابرة»، مشيراً إلى أن عدد السياح تراجع، بحسب وزارة السياحة، بنحو "
     "40 ألف سائح.", "40", ["وزارة السياحة"]),
    (EXPERT + "وأضاف أن إنتاج القمح وصل، حسب تقديرات المنظمة العربية للتنمية الزراعية، إلى 3 ملايين طن.", "3",
     ["المنظمة العربية للتنمية الزراعية"]),
    (EXPERT + "وأضاف أن إنتاج القمح بلغ، حسب وزارة الفلاحة، أكثر من 3 ملايين طن.", "3", ["وزارة الفلاحة"]),
    # must not change: the speaker's own figure, or a source that opens no figure
    ("وقال الخبير إن نسبة البطالة بلغت 18 بالمائة، وفق أرقام البنك الدولي، وهي الأعلى منذ عقد.", "18", ["الخبير"]),
    ("وقال الوزير إن الحكومة، وفق الخطة، ستوفر 300 وظيفة.", "300", ["الوزير"]),
    ("وقال الخبير إن نسبة البطالة، بحسب رأيه، ستبلغ 18 بالمائة.", "18", ["الخبير"]),
    ("وأكد مدير المصنع، سالم حداد، أن الإنتاج سيرتفع. ويعمل في المصنع، حسب مديره، 450 عاملاً.", "450",
     ["مدير المصنع، سالم حداد"]),
]


@table("text, figure, expected", AN_INSERTED_SOURCE_GIVES_THE_FIGURE_AFTER_IT)
def test_an_inserted_source_gives_the_figure_after_it(text, figure, expected):
    assert claimants(text, figure) == expected
