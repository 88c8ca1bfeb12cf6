"""Round-51 date rules: a bare quarter compared with a later quarter named with its year takes that year; "العام
الذي سبقه" is the year before the year just named, and "من العام" after a year told in the sentence is that year.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import dates_found, table

EARLIER_QUARTER_CASES = [
    ("ارتفعت مبيعات السيارات 8% في الربع الثالث من 2023 مقارنة بـ5% في الربع الثاني.", "2025-09-01",
     [("الربع الثالث من 2023", "2023-Q3"), ("الربع الثاني", "2023-Q2")]),
    ("بلغت صادرات التمور 40 ألف طن خلال الثلاثي الرابع من سنة 2024، مقابل 31 ألف طن في الثلاثي الثالث.", "2025-09-01",
     [("الثلاثي الرابع من سنة 2024", "2024-Q4"), ("الثلاثي الثالث", "2024-Q3")]),
    # near misses: another sentence, or a bare الثلاثي with no quarter named with a year before it
    ("ارتفعت المبيعات في الربع الثالث من 2023. وتراجعت في الربع الثاني.", "2025-09-01",
     [("الربع الثالث من 2023", "2023-Q3"), ("الربع الثاني", "2025-Q2")]),
    ("وفاز الفريق بالمباراة بعد تقدمه في الثلاثي الأول.", "2025-09-01", []),
]


@table("text,published,expected", EARLIER_QUARTER_CASES)
def test_a_bare_quarter_takes_the_year_of_the_later_quarter_named(text, published, expected):
    assert dates_found(text, published) == expected


YEAR_BEFORE_IT_CASES = [
    ("سجل النادي أرباحاً بلغت 3 ملايين دينار في عام 2019، بعد خسائر في السنة التي سبقتها.", "2025-06-26",
     [("عام 2019", "2019"), ("السنة التي سبقتها", "2018")]),
    ("بلغ عدد السياح 2.1 مليون في نهاية ديسمبر 2023، مقابل 1.8 مليون في نهاية العام السابق له.", "2025-06-26",
     [("نهاية ديسمبر 2023", "2023-12"), ("نهاية العام السابق له", "2022")]),
    # near misses: no year told before in the sentence; a bare year end counts from publication
    ("وقال المدرب إن الفريق تحسن مقارنة بالعام الذي سبقه.", "2025-06-26", []),
    ("وتراجعت الصادرات الزراعية في نهاية العام.", "2025-06-26", [("نهاية العام", "2025")]),
]


@table("text,published,expected", YEAR_BEFORE_IT_CASES)
def test_the_year_before_it_is_the_year_before_the_one_told(text, published, expected):
    assert dates_found(text, published) == expected


YEAR_OF_SENTENCE_CASES = [
    ("ارتفعت مبيعات الإسمنت 9% خلال 2024، وتراجعت صادراته في النصف الثاني من العام.", "2025-06-26",
     [("2024", "2024"), ("النصف الثاني من العام", "2024-H2")]),
    ("نمت صادرات الفوسفات في 2023، خاصة في الربع الأخير من العام.", "2025-06-26",
     [("2023", "2023"), ("الربع الأخير من العام", "2023-Q4")]),
    # near misses: a forecast, two years named, or no year in the sentence
    ("حقق النادي أرباحاً في 2023، ويتوقع أن ترتفع في النصف الثاني من العام.", "2025-06-26",
     [("2023", "2023"), ("النصف الثاني من العام", "2025-H2")]),
    ("بين 2022 و2023 تراجع الإنتاج، ثم ارتفع في الربع الأول من العام.", "2025-06-26",
     [("بين 2022 و2023", "2022/2023"), ("الربع الأول من العام", "2025-Q1")]),
    ("تراجعت أسعار القمح في النصف الثاني من العام.", "2025-06-26", [("النصف الثاني من العام", "2025-H2")]),
]


@table("text,published,expected", YEAR_OF_SENTENCE_CASES)
def test_the_bare_year_of_a_period_is_the_year_of_its_sentence(text, published, expected):
    assert dates_found(text, published) == expected
