"""Round-16 date rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from .helpers import dates_found, table

CASES = [
    # Mauritanian month spellings: دجمبر (December), أغشت (August).
    ("تنطلق الحملة ابتداء من فاتح دجمبر 2025", None, [("فاتح دجمبر 2025", "2025-12-01")]),
    ("أغلقت المدارس في أغشت الماضي", "2025-11-27", [("أغشت الماضي", "2025-08")]),
    ("وصل الوفد في 3 دجمبر 2024", None, [("3 دجمبر 2024", "2024-12-03")]),
    # "الربع الأخير من العام" alone, in a January report: the quarter that just ended.
    ("وسجل المصنع في الربع الأخير من العام إنتاجا قياسيا", "2026-01-20", [("الربع الأخير من العام", "2025-Q4")]),
    ("وارتفعت المبيعات في الربع الأول من العام", "2026-02-10", [("الربع الأول من العام", "2026-Q1")]),
    # near misses: a quarter still to come in a future clause, and the current year named as such
    ("وسيبدأ الإنتاج في الربع الأخير من العام", "2026-01-20", [("الربع الأخير من العام", "2026-Q4")]),
    ("وسجل المصنع في الربع الأخير من العام الجاري", "2026-01-20",
     [("الربع الأخير من العام الجاري", "2026-Q4")]),
    ("وارتفعت الصادرات في الفصل الثالث من العام", "2025-11-05", [("الفصل الثالث من العام", "2025-Q3")]),
]


@table("text,published,expected", CASES)
def test_dates_round16(text, published, expected):
    assert dates_found(text, published) == expected
