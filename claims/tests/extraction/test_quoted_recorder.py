"""Table-driven cases for a sentence that opens on a record verb whose subject is a quoted short name, a count
right after it: "رصدت «أفسار» 14 هزة" → أفسار claims the count (a body or an outlet the name reader does not know).

Written by hand (a seismic agency, an observatory, a monitoring outlet); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

A_QUOTED_RECORDER_CLAIMS_ITS_COUNT = [  # (text, figure, claimants)
    ('رصدت "كنديلي" 22 هزة ارتدادية خلال الليل، أقواها بلغت 3.9 درجات.', "22", ["كنديلي"]),
    ('رصدت "كنديلي" 22 هزة ارتدادية خلال الليل، أقواها بلغت 3.9 درجات.', "3.9", ["كنديلي"]),
    ("ورصد «مرصد الحريات» 40 انتهاكاً خلال الشهر الماضي.", "40", ["مرصد الحريات"]),
    # must not change: a quoted object after a subject, a quoted thing with no count after it
    ('رصدت الكاميرات "حركة غير عادية" في 3 مواقع.', "3", [None]),
    ("ورصدت «حركة غير عادية» في 3 مواقع.", "3", [None]),
]


@table("text, figure, expected", A_QUOTED_RECORDER_CLAIMS_ITS_COUNT)
def test_a_quoted_recorder_claims_its_count(text, figure, expected):
    assert claimants(text, figure) == expected
