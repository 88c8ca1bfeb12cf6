"""Table-driven cases for calculations, a tally or a round that someone made: who made them owns the figures
("وفق حسابات أجراها «الموقع»" → الموقع, not "حسابات"), a quoted name whole, as for "جولة أجرتها الصحيفة".

Written by hand (fuel prices, a census of candidates, rents); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

WHO_MADE_THE_TALLY_OWNS_IT = [  # (text, figure, claimants)
    ("ويوفر السائق نحو 40 ديناراً شهرياً بعد خفض سعر الوقود، وفق حسابات أجراها «نبض الخليج».", "40",
     ["نبض الخليج"]),
    ("ويوفر السائق نحو 40 ديناراً شهرياً، وفق حسابات أجرتها الصحيفة على أساس الأسعار الجديدة.", "40",
     ["الصحيفة"]),
    ("وبلغ عدد المرشحين الشباب 112 مرشحاً، بحسب حصر أعدته «صوت المدينة» من القوائم الرسمية.", "112",
     ["صوت المدينة"]),
    ("وارتفعت الإيجارات بنحو 15 بالمائة، وفق جولة أجرتها «عين الحدث» في أحياء العاصمة.", "15", ["عين الحدث"]),
    ("وسُجلت 73 حالة، وفق إحصاء أعدته «شبكة الرصد المدني».", "73", ["شبكة الرصد المدني"]),
    # must not change: no one made them, or someone named as before
    ("وبلغ عدد المرشحين 112 مرشحاً، وفق حسابات الموقع.", "112", ["حسابات الموقع"]),
    ("وسُجلت 73 حالة، وفق إحصاء أعده «مرصد الجنوب».", "73", ["مرصد الجنوب"]),
    ("وتجاوز عدد الزوار 20 ألفاً، بحسب جولة أجرتها الصحيفة.", "20", ["الصحيفة"]),
]


@table("text, figure, expected", WHO_MADE_THE_TALLY_OWNS_IT)
def test_who_made_the_tally_owns_it(text, figure, expected):
    assert claimants(text, figure) == expected
