"""Round-13 date rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from .helpers import dates_found, table

# A place or an institution named on a date stays a name, with the year written out or the date quoted.
NAMED_PLACE_CASES = [
    ("نقل الجرحى إلى مستشفى \"20 أوت 1955\" بالمدينة", "2026-01-12", []),
    ("نقل الجرحى إلى مستشفى 20 أوت 1955 بالمدينة", "2026-01-12", []),
    ("تقع الصيدلية في شارع «14 يوليو» وسط البلدة", "2026-01-12", []),
    ("يدرس التلاميذ في ثانوية 5 جويلية 1962 بالحي الجديد", "2026-01-12", []),
    # near misses: an event named on a date keeps its explicit date; a date after a definite noun is a date
    ("اندلعت ثورة 14 يناير 2011 في العاصمة", "2026-01-12", [("14 يناير 2011", "2011-01-14")]),
    ("افتتح المستشفى يوم 20 أوت 2025", "2026-01-12", [("يوم 20 أوت 2025", "2025-08-20")]),
    ("نقل الجرحى إلى المستشفى في 3 يناير 2026", "2026-01-12", [("3 يناير 2026", "2026-01-03")]),
]


@table("text,published,expected", NAMED_PLACE_CASES)
def test_place_named_on_a_date(text, published, expected):
    assert dates_found(text, published) == expected


# A plan named for the year it aims at (plan noun, 0-4 words, then لعام/لسنة) dates no event.
PLAN_TARGET_CASES = [
    ("وتندرج الخطوة ضمن استراتيجية البنك لعام 2035", "2026-01-12", []),
    ("أعلنت الوزارة خطة التحول الرقمي لسنة 2030", "2026-01-12", []),
    ("وقال المدير إن المشروع جزء من رؤية المدينة لعام 2040", "2026-01-12", []),
    # near misses: no ل (the year of the launch), a budget, or a time preposition
    ("أطلقت الوزارة الاستراتيجية عام 2024", "2026-01-12", [("عام 2024", "2024")]),
    ("صادق البرلمان على موازنة لعام 2026", "2026-01-12", [("عام 2026", "2026")]),
    ("وضعت الشركة خطة لتوسيع الإنتاج في عام 2030", "2026-01-12", [("عام 2030", "2030")]),
]


@table("text,published,expected", PLAN_TARGET_CASES)
def test_plan_target_year(text, published, expected):
    assert dates_found(text, published) == expected
