"""Round-11 quantity rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from .helpers import quantities_found, table

# A number in an address (a block, a street, a Maghreb نهج/زنقة) labels a place, whatever word follows it.
ADDRESS_CASES = [
    ("تقع الصيدلية في قطعة 7 شارع 112 مقابل الجمعية", []),
    ("افتتح فرع البنك في قطعة 3 قرب الدوار الرابع", []),
    ("يسكن المتهم في زنقة 14 بحي المحمدي", []),
    ("يقع مقر الجمعية بنهج 5 خلف السوق المركزية", []),
    # near misses: a count of streets; a number after the definite noun; pieces counted
    ("رصفت البلدية 12 شارعا هذا العام", [("12 شارعا", 12.0, "exact")]),
    ("خرج إلى الشارع 200 متظاهر", [("200 متظاهر", 200.0, "exact")]),
    ("ضبطت الجمارك 450 قطعة أثرية", [("450 قطعة", 450.0, "exact")]),
]


@table("text,expected", ADDRESS_CASES)
def test_number_in_an_address_is_a_label(text, expected):
    assert quantities_found(text) == expected


# "تدور حول" (hovers around) and "تقترب من" (approaches) give an approximate figure.
APPROX_VERB_CASES = [
    ("كانت نسبة البطالة تدور حول 11 في المئة", [("تدور حول 11 في المئة", 11.0, "approx")]),
    ("ظلت أسعار الذهب تدور حول 2000 دولار للأونصة", [("تدور حول 2000 دولار", 2000.0, "approx")]),
    ("بلغت نسبة المشاركة في الاقتراع نسبة تقترب من 40%", [("تقترب من 40%", 40.0, "approx")]),
    ("اقتربت الحصيلة من 300 قتيل", [("300 قتيل", 300.0, "approx")]),
    # near misses: حول as "about (a topic)"; دار as a house; a past reach stays exact
    ("دار نقاش حول 3 مشاريع قوانين", [("3 مشاريع", 3.0, "exact")]),
    ("شاركت 312 دار نشر في المعرض", [("312 دار", 312.0, "exact")]),
    ("وصل عدد الزوار إلى 5000 زائر", [("5000 زائر", 5000.0, "exact")]),
]


@table("text,expected", APPROX_VERB_CASES)
def test_hovering_and_approaching_verbs_are_approx(text, expected):
    assert quantities_found(text) == expected


# A year-like number after a label (قانون المالية، الخط الساخن) names it; the word after it is the next phrase.
LABELLED_YEAR_CASES = [
    ("يتوقع قانون المالية 2026 رفعها إلى 4 في المئة", [("4 في المئة", 4.0, "exact")]),
    ("للشكاوى اتصلوا بالخط الساخن 1919 يوميا", []),
    # near misses: a labelled number with a known unit; an unlabelled count
    ("خصص القرار رقم 12 مبلغ 1500 دينار للأسر", [("1500 دينار", 1500.0, "exact")]),
    ("سجلت الشرطة 1998 مخالفة مرورية", [("1998 مخالفة", 1998.0, "exact")]),
]


@table("text,expected", LABELLED_YEAR_CASES)
def test_labelled_year_counts_nothing(text, expected):
    assert quantities_found(text) == expected


# The dual of a counted noun whose -ين/-ان form can only be a dual states two.
DUAL_COUNT_CASES = [
    ("أسفر انهيار المنزل عن مقتل شخصين وإصابة 3 آخرين", [("شخصين", 2.0, "exact"), ("3 آخرين", 3.0, "exact")]),
    ("أطلقت الوكالة قمرين صناعيين للرصد", [("قمرين", 2.0, "exact")]),
    ("احترقت شاحنتان على الطريق السريع", [("شاحنتان", 2.0, "exact")]),
    ("أنقذ الدفاع المدني طفلين اثنين من الحريق", [("طفلين اثنين", 2.0, "exact")]),
    ("أطلق الجيش صاروخين على مواقع المسلحين", [("صاروخين", 2.0, "exact")]),
    # near misses: definite duals, a ratio base, an elative, a clash between two, a participle plural
    ("وقع الرئيسان اتفاق حل الدولتين", []),
    ("خصصت البلدية سريرا لكل شخصين", []),
    ("تضرر الطفلان المصابان", []),
    ("سجلت الحرارة 45 درجة في مدينتين", [("45 درجة", 45.0, "exact")]),
    ("أدى تصادم سيارتين إلى إغلاق الطريق", []),
    ("كرم النادي اللاعبين المتميزين", []),
    ("استقبل الوزير عاملين في القطاع الصحي", []),
]


@table("text,expected", DUAL_COUNT_CASES)
def test_dual_of_a_counted_noun_is_two(text, expected):
    assert quantities_found(text) == expected
