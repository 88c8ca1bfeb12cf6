"""قارب is a boat after a number and the verb "approached" before one: "نحو ثلاثمئة قارب توقفت" counts boats."""
from __future__ import annotations

from claims.extraction.quantities import find_quantities

from .helpers import table

CASES = [
    ("وأضاف أن نحو ثلاثمئة قارب توقفت عن العمل منذ مطلع الشهر.", "نحو ثلاثمئة قارب", "قارب"),
    ("ويعمل في الميناء أكثر من 400 قارب صيد تقليدي.", "أكثر من 400 قارب", "قارب"),
    ("وتملك التعاونية 15 قاربا وورشة صيانة.", "15 قاربا", "قارب"),
    # near misses: قارب before a number is the qualifier verb, and its own count stays its own
    ("وقال إن عدد الزوار قارب 300 ألف زائر هذا الصيف.", "قارب 300 ألف زائر", "زائر"),
]


@table("text,expression,unit", CASES)
def test_a_boat_after_a_number_is_counted(text, expression, unit):
    found = find_quantities(text)
    assert [(q.expression, q.unit) for q in found][:1] == [(expression, unit)]
