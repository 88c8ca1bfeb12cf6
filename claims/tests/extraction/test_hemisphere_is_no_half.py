""""نصف الكرة" (a hemisphere: نصف الكرة الشمالي، نصف الكرة الأرضية) names a place, not half of something.

Other shares stay: "نصف سكان الكرة الأرضية"، "ربع الكرة"، "نصف الكمية".
"""
from __future__ import annotations

from .helpers import quantities_found, table

CASES = [
    ("وقال إن بلاده شريك أساسي في نصف الكرة الغربي.", []),
    ("وسجل صيف نصف الكرة الشمالي حرارة قياسية بزيادة 1.5 درجة.", [("1.5 درجة", 1.5, "exact")]),
    ("وتنتشر هذه الطيور في نصف الكرة الجنوبي.", []),
    ("وتهاجر الحيتان إلى نصف الكرة الأرضية الجنوبي.", []),
    # must not change: a share of people, another fraction of the ball, half of a quantity
    ("ويعيش نصف سكان الكرة الأرضية في المدن.", [("نصف سكان", 0.5, "exact")]),
    ("وصدرت الشركة نصف الكمية إلى الخارج.", [("نصف الكمية", 0.5, "exact")]),
    ("وقال إن ربع الكرة مغطى بالجلد.", [("ربع الكرة", 0.25, "exact")]),
]


@table("text,expected", CASES)
def test_a_hemisphere_is_no_half(text, expected):
    assert quantities_found(text) == expected
