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


# The subject of a verb of exceeding may be an amount noun told of a relative clause (متوسط ما، عدد من، نسبة ما):
# the clause's words, prepositions and adverbs included, belong to the subject. "متوسط" names an amount.
RELATIVE_SUBJECT_CASES = [
    ("ولا يتجاوز متوسط ما يتقاضاه العامل الزراعي حاليا 300 دينار",
     [("300 دينار", 300.0, "up_to")]),
    ("وتجاوز عدد من صوتوا في الاستفتاء 5 ملايين ناخب", [("5 ملايين ناخب", 5000000.0, "more_than")]),
    ("ولم يتجاوز عدد من حضروا الندوة 50 شخصا", [("50 شخصا", 50.0, "up_to")]),
    ("ولم تتجاوز نسبة ما أنجز من الطريق الدائري 40%", [("40%", 40.0, "up_to")]),
    ("ولا يتجاوز متوسط ما تنفقه الأسرة شهريا ٢٠٠ دولار", [("٢٠٠ دولار", 200.0, "up_to")]),
    ("تجاوز متوسط الأجر الشهري في القطاع 500 دولار", [("500 دولار", 500.0, "more_than")]),
    ("ولم تتجاوز قيمة ما صدرته البلاد من القمح 12 مليون دينار", [("12 مليون دينار", 12000000.0, "up_to")]),
    # near misses: no verb of exceeding, a relative clause after a noun that names no amount, a reported figure
    ("ويبلغ متوسط ما يتقاضاه العامل 400 دولار", [("400 دولار", 400.0, "exact")]),
    ("وأكد أن متوسط ما يتقاضاه العامل 400 دولار", [("400 دولار", 400.0, "exact")]),
    ("وتجاوز المنتخب ما قدمه في 3 مباريات سابقة", [("3 مباريات", 3.0, "exact")]),
    ("ولم تتجاوز الوزارة ما أعلنته سابقا 12 مشروعا", [("12 مشروعا", 12.0, "exact")]),
]


@table("text,expected", RELATIVE_SUBJECT_CASES)
def test_an_amount_told_of_a_relative_clause_is_a_subject(text, expected):
    assert quantities_found(text) == expected
