"""Round-24 quantity rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from claims.extraction.dates import HIJRI_MONTHS, MONTHS
from claims.extraction.numbers import normalize_word
from claims.extraction.quantities import _MONTHS

from .helpers import quantities_found, table

# A number before any month name the date reader knows is a day, not a count: the Maghreb and Mauritanian names
# (شتنبر، نونبر، دجنبر، غشت، يوليوز، دجمبر) with the rest, in Western or Arabic-Indic digits.
MAGHREB_MONTH_DAY_CASES = [
    ("انطلقت الحملة الوطنية للتلقيح في 3 شتنبر", []),
    ("وتنتهي مهلة التسجيل في 30 نونبر", []),
    ("ويستمر العمل بالتوقيت الصيفي حتى 31 دجنبر", []),
    ("ونظمت النقابة وقفة في ساحة 20 غشت وسط المدينة", []),
    ("وأعلنت الحكومة عطلة في ١٥ يوليوز", []),
    ("في 12 دجمبر أعلن المجلس نتائج المسابقة", []),
    # near misses: a counted noun between the number and the month, a temperature below zero (صفر is no month here)
    ("وتسلمت البلدية 20 شاحنة في شتنبر", [("20 شاحنة", 20.0, "exact")]),
    ("وحل المنتخب ثالثا بـ 12 نقطة في نونبر", [("12 نقطة", 12.0, "exact")]),
    ("وسجلت المحطة 3 درجات تحت الصفر", [("3 درجات تحت الصفر", -3.0, "exact")]),
]


@table("text,expected", MAGHREB_MONTH_DAY_CASES)
def test_a_number_before_a_maghreb_month_is_a_day(text, expected):
    assert quantities_found(text) == expected


def test_every_month_of_the_date_reader_is_a_month_here():
    """The two readers share one month family: a name added to dates.py is a month for quantities too."""
    names = {normalize_word(name.split()[0]) for name in {**MONTHS, **HIJRI_MONTHS}} - {normalize_word("صفر")}
    assert names <= _MONTHS
