"""Round-24 date rules: a market town's weekday behind a preposition, two listed months sharing one tail.

Invented sentences of other topics; published on Wednesday 11 June 2025 (Hijri 15 Dhu al-Hijja 1446).
"""
from __future__ import annotations

from .helpers import dates_found, table

PUB = "2025-06-11"

# A weekday after سوق names a town (سوق الأحد، سوق الجمعة), and after صلاة a prayer, with a preposition glued to the
# noun as well (لسوق، بسوق، لصلاة). After the definite "السوق" or past a word between, the weekday dates again.
MARKET_TOWN_CASES = [
    ("وافتتح الوزير مستشفى جديدا بسوق الأربعاء.", []),
    ("وتوجه الفريق إلى الملعب البلدي لسوق السبت لخوض المباراة.", []),
    ("واندلع الحريق في محل تجاري وسط سوق الجمعة بطرابلس.", []),
    ("وتوجه المصلون لصلاة الجمعة في المسجد الكبير.", []),
    ("وأقيم المعرض في ساحة كسوق الخميس القديمة.", []),
    # Arabic-Indic digits and a Hijri date beside a market town: the date is read, the town is not
    ("وغمرت السيول حقول المزارعين في ضواحي لسوق الإثنين يوم الجمعة ١٠ ذو الحجة ١٤٤٦هـ.",
     [("يوم الجمعة ١٠ ذو الحجة ١٤٤٦هـ", "2025-06-06")]),
    # near misses: "to the market on Sunday", a word between market and weekday, a weekday after the town's name
    ("وتوجه التجار إلى السوق الأحد لشراء البضائع.", [("الأحد", "2025-06-08")]),
    ("وتوجه التجار للسوق الأحد.", [("الأحد", "2025-06-08")]),
    ("افتتح سوق الخضار الجديد الإثنين.", [("الإثنين", "2025-06-09")]),
    ("وزار الوزير بلدية سوق الأحد يوم الخميس.", [("يوم الخميس", "2025-06-05")]),
]


@table("text,expected", MARKET_TOWN_CASES)
def test_a_market_town_weekday_dates_nothing(text, expected):
    assert dates_found(text, PUB) == expected
