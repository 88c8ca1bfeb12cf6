"""Table-driven cases for a source phrase that names who published or traded what it cites: "بحسب نتائج المناقصة
المنشورة على موقع الهيئة" → الهيئة; "وفقاً لأسعار تداولها تجار في السوق" → تجار.

Written by hand (tenders, gold, vegetables); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

WHO_PUBLISHED_OR_TRADED_GIVES_THE_FIGURES = [  # (text, figure, claimants)
    ("ورست المناقصة على شركة محلية بقيمة 12 مليون دينار، بحسب نتائج المناقصة المنشورة على موقع هيئة الشراء العام.",
     "12", ["هيئة الشراء العام"]),
    ("وبلغ سعر غرام الذهب 95 ديناراً، وفقاً لأسعار تداولها تجار في السوق.", "95", ["تجار"]),
    ("وتراوح سعر كيلو الطماطم بين 3 و4 جنيهات، بحسب أسعار يتداولها تجار الجملة.", "3", ["تجار الجملة"]),
    # must not change: a price list with no one who trades it, results with no publisher
    ("وبلغ سعر غرام الذهب 95 ديناراً، وفقاً لأسعار السوق.", "95", [None]),
    ("وحصل المرشح على 1200 صوت، بحسب النتائج المعلنة.", "1200", ["النتائج المعلنة"]),
]


@table("text, figure, expected", WHO_PUBLISHED_OR_TRADED_GIVES_THE_FIGURES)
def test_who_published_or_traded_gives_the_figures(text, figure, expected):
    assert claimants(text, figure) == expected
