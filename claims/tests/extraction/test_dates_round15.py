"""Round-15 date rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from .helpers import dates_found, table

# A Hijri day range with its year is one interval, in either digits.
HIJRI_RANGE_CASES = [
    ("أقيمت الدورة خلال الفترة 10-15 شعبان 1446هـ", None, [("10-15 شعبان 1446هـ", "2025-02-09/2025-02-14")]),
    ("أقيمت الدورة خلال الفترة ١٠-١٥ شعبان ١٤٤٦هـ", None, [("١٠-١٥ شعبان ١٤٤٦هـ", "2025-02-09/2025-02-14")]),
    ("تنظم المسابقة من 3 إلى 7 رمضان 1445 هـ", None, [("من 3 إلى 7 رمضان 1445 هـ", "2024-03-13/2024-03-17")]),
    ("تنظم المسابقة بين 3 و7 رمضان 1445 هـ", None, [("بين 3 و7 رمضان 1445 هـ", "2024-03-13/2024-03-17")]),
    # near misses: one day stays a day
    ("أقيمت الدورة في 15 شعبان 1446هـ", None, [("15 شعبان 1446هـ", "2025-02-14")]),
]


@table("text,published,expected", HIJRI_RANGE_CASES)
def test_hijri_day_range(text, published, expected):
    assert dates_found(text, published) == expected


OTHER_CASES = [
    # The quarter's months in brackets between the quarter and its year.
    ("تراجع الإنتاج في الربع الثالث (يوليو - سبتمبر) من عام 2024", None,
     [("الربع الثالث (يوليو - سبتمبر) من عام 2024", "2024-Q3")]),
    ("تراجع الإنتاج في الربع الثالث من عام 2024", None, [("الربع الثالث من عام 2024", "2024-Q3")]),
    # "في أفق 2030" (Maghreb): by that year.
    ("تسعى الشركة إلى رفع الإنتاج إلى 5 ملايين طن في أفق 2030", None, [("2030", "2030")]),
    # A comparison base a relative clause tells about dates that clause.
    ("ارتفعت المبيعات 6% مقارنة بعام 2023، الذي شهد فيه السوق ركودا", None, [("عام 2023", "2023")]),
    ("ارتفعت المبيعات 6% مقارنة بعام 2023", None, [("عام 2023", "2023")]),  # an explicit base year is dated (round 47)
]


@table("text,published,expected", OTHER_CASES)
def test_dates_round15(text, published, expected):
    assert dates_found(text, published) == expected
