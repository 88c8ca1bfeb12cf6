"""Round-10 quantity rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

import pytest

from .helpers import quantities_found

# عُشر (a tenth) before a definite noun or a noun with a pronoun is a share; عشر (ten) counts an indefinite plural.
TENTH_CASES = [
    ("لم تستخدم المصفاة إلا أقل من عُشر قدرتها التكريرية", [("أقل من عُشر قدرتها", 0.1, "less_than")]),
    ("يشكل المهاجرون نحو عشر سكان المدينة", [("نحو عشر سكان", 0.1, "approx")]),
    ("تراجعت المساحات المزروعة إلى عشر المساحة الأصلية", [("عشر المساحة", 0.1, "exact")]),
    # near misses: ten, a compound number, ten with a fatha
    ("وزعت الجمعية عشر حقائب مدرسية", [("عشر حقائب", 10.0, "exact")]),
    ("شارك خمسة عشر فريقا في البطولة", [("خمسة عشر فريقا", 15.0, "exact")]),
    ("فاز الفريق بعَشر الجوائز", []),
]


@pytest.mark.parametrize("text,expected", TENTH_CASES, ids=[c[0][:40] for c in TENTH_CASES])
def test_tenth_is_a_share(text, expected):
    assert quantities_found(text) == expected


# A year right after a year noun and its calendar (السنة المالية 2026) names the year, it counts nothing.
CALENDAR_YEAR_CASES = [
    ("صادق البرلمان على ميزانية السنة المالية 2025 وخطة الاستثمار", []),
    ("سجل في العام الدراسي 2024 نحو 12 ألف تلميذ", [("نحو 12 ألف تلميذ", 12000.0, "approx")]),
    ("ارتفع محصول القمح في الموسم الزراعي 2023 وتجاوز التوقعات", []),
    # near misses: an amount after a financial adjective; a year noun with no calendar word
    ("بلغت المخصصات المالية 2026 مليون دينار", [("2026 مليون دينار", 2026000000.0, "exact")]),
    ("بلغ العجز المالي 1500 مليون درهم", [("1500 مليون درهم", 1500000000.0, "exact")]),
]


@pytest.mark.parametrize("text,expected", CALENDAR_YEAR_CASES, ids=[c[0][:40] for c in CALENDAR_YEAR_CASES])
def test_year_of_a_fiscal_or_school_calendar(text, expected):
    assert quantities_found(text) == expected


# A three-letter nisba adjective of the counted noun (صحي، طبي، فني) may stand before "على الأقل".
SHORT_ADJECTIVE_CASES = [
    ("انتشر في المخيم 500 عامل صحي على الأقل", [("500 عامل صحي على الأقل", 500.0, "at_least")]),
    ("يحتاج المستشفى 30 طاقما طبيا على الأقل", [("30 طاقما طبيا على الأقل", 30.0, "at_least")]),
    # near miss: after a comma the qualifier belongs to the clause
    ("أصيب 12 شخصا، على الأقل", [("12 شخصا", 12.0, "exact")]),
]


@pytest.mark.parametrize("text,expected", SHORT_ADJECTIVE_CASES, ids=[c[0][:40] for c in SHORT_ADJECTIVE_CASES])
def test_short_adjective_before_at_least(text, expected):
    assert quantities_found(text) == expected
