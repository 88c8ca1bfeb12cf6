"""Table-driven cases for a bulleted price list under a line that says a body issued a price table: "صدر عن وزارة
الاقتصاد - مديرية الأسعار جدول أسعار الخبز، وجاءت على الشكل الآتي:" → the ministry claims every item's figures
(its branch after a dash still lets the table name the issuer).

Written by hand (bread, medicines); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

INTRO = "صدر اليوم عن وزارة الاقتصاد - مديرية حماية المستهلك جدول أسعار الخبز الجديد، وجاءت الأسعار على الشكل الآتي:\n\n"
BULLETS = "- الربطة الكبيرة: 25 ألف ليرة\n- الربطة الصغيرة: 15 ألف ليرة\n"

AN_ISSUED_PRICE_TABLE_CLAIMS_ITS_LIST = [  # (text, figure, claimants)
    (INTRO + BULLETS, "25", ["وزارة الاقتصاد"]),
    (INTRO + BULLETS, "15", ["وزارة الاقتصاد"]),
    ("أصدرت نقابة الصيادلة تسعيرة جديدة للأدوية، على النحو التالي:\n\n- المسكنات: 40 ألف ليرة\n", "40",
     ["نقابة الصيادلة"]),
    # must not change: a list under a line that names no document, a book issued with no statement
    ("وجاءت الأسعار في السوق على الشكل الآتي:\n\n- الربطة الكبيرة: 25 ألف ليرة\n", "25", [None]),
    ("صدر عن دار النهضة - بيروت كتاب جديد يضم 300 صفحة.", "300", [None]),
]


@table("text, figure, expected", AN_ISSUED_PRICE_TABLE_CLAIMS_ITS_LIST)
def test_an_issued_price_table_claims_its_list(text, figure, expected):
    assert claimants(text, figure) == expected
