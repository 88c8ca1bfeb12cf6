"""A definite compound number (الأحد عشر، الخمسة عشر) is neither Sunday nor ten.

- "الأشهر الأحد عشر الأولى"، "اللاعبون الأحد عشر": eleven, no Sunday. "الأحد" stays Sunday before "عشرة" (the
  feminine ten: eleven is أحد عشر) or before "عشر" with a counted plural ("الأحد عشر سفن").
- "الخمسة عشر لاعباً": عشر ends the compound, it is no quantity of ten on its own. The weekdays الأحد and الاثنين
  before a plain ten ("قتل الأحد عشرة أشخاص") keep both the day and the ten.

Invented sentences of other topics, published on Wednesday 20 August 2025.
"""
from __future__ import annotations

from .helpers import dates_found, quantities_found, table

PUBLISHED = "2025-08-20"

DATE_CASES = [
    ("وارتفعت الصادرات بنسبة 4% خلال الأشهر الأحد عشر الأولى من العام.", []),
    ("ودخل اللاعبون الأحد عشر أرض الملعب.", []),
    ("وتوزعت المقاعد على المحافظات الأحد عشر.", []),
    ("وشارك الأحد عشر لاعباً في التدريب.", []),
    # must not change: Sunday before another word, before the feminine ten, before ten with a plural
    ("وصل الوفد الأحد إلى العاصمة.", [("الأحد", "2025-08-17")]),
    ("قتل الأحد عشرة أشخاص في حادث سير.", [("الأحد", "2025-08-17")]),
    ("أطلقت الشركة الأحد عشر منتجات جديدة.", [("الأحد", "2025-08-17")]),
]

QUANTITY_CASES = [
    ("وشارك الخمسة عشر لاعباً في التدريب.", []),
    ("وصل الأحد عشر لاعباً إلى المطار.", []),
    ("وأبحرت الإحدى عشرة سفينة من الميناء.", []),
    ("وعاد الاثنا عشر عاملاً إلى منازلهم.", []),
    # must not change: the undefined compound, a weekday before a plain ten, ten on its own
    ("شارك خمسة عشر لاعباً في التدريب.", [("خمسة عشر لاعباً", 15, "exact")]),
    ("قتل الأحد عشرة أشخاص في حادث سير.", [("عشرة أشخاص", 10, "exact")]),
    ("قتل الاثنين عشرة أشخاص في حادث سير.", [("عشرة أشخاص", 10, "exact")]),
    ("وصل عشرة لاعبين إلى المطار.", [("عشرة لاعبين", 10, "exact")]),
]


@table("text,expected", DATE_CASES)
def test_eleven_is_not_sunday(text, expected):
    assert dates_found(text, PUBLISHED) == expected


@table("text,expected", QUANTITY_CASES)
def test_ten_ending_a_definite_compound_is_no_quantity(text, expected):
    assert quantities_found(text) == expected
