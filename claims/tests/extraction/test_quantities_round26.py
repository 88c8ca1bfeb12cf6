"""Round-26 quantity rules: a year after "من" is no low end of a range when a period names it or the other end is a
thousand times larger; two years with nothing counted after them are a span of years; a noun of change or of
results after a year is no counted noun; a verb of exceeding reaches its measure past a short "في …" phrase after
its subject ("خلال" included); a decimal, scaled or percent figure after a month name is no year.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import quantities_found, table

# "الربع الأول من 2025 إلى 3.2 مليار": after a period (an ordinal, a month, الربع، النصف، مطلع …) "من" names the year
# the period is of, and "إلى" tells what the figure rose or fell to: one exact figure, no range. Ends a thousand times
# apart are no range either. Ranges of one magnitude, and changes "من X إلى Y", stay as they were.
YEAR_THEN_AMOUNT_CASES = [
    ("وارتفعت أرباح المصرف خلال الربع الأول من 2025 إلى 3.2 مليار درهم.", [("3.2 مليار درهم", 3.2e9, "exact")]),
    ("وارتفعت نسبة الإشغال الفندقي في النصف الأول من 2024 إلى 68%.", [("68%", 68.0, "exact")]),
    ("وتراجعت مبيعات الإسمنت في الأشهر الخمسة الأولى من ٢٠٢٥ إلى ٤٫٥ مليون طن.", [("٤٫٥ مليون طن", 4.5e6, "exact")]),
    ("وتراجع عدد المسافرين في شهر مايو من 2024 إلى 1200 مسافر.", [("1200 مسافر", 1200.0, "exact")]),
    ("وارتفعت الإيرادات من 2023 إلى 4 مليارات دولار.", [("4 مليارات دولار", 4e9, "exact")]),
    # near misses: a range of one magnitude; a range to thousands; a change from a year-like count to another
    ("وتتراوح أسعار الشقق من 1500 إلى 2000 دينار.", [("1500", 1500.0, "at_least"), ("2000 دينار", 2000.0, "up_to")]),
    ("وتتراوح الغرامة من 2000 إلى 5 آلاف دينار.", [("2000", 2000.0, "at_least"), ("5 آلاف دينار", 5000.0, "up_to")]),
    ("وتراجع عدد العمال من 2010 إلى 1800 عامل.", [("2010", 2010.0, "exact"), ("1800 عامل", 1800.0, "exact")]),
    ("وتراجعت الإصابات من 2000 إلى 50 حالة.", [("2000", 2000.0, "exact"), ("50 حالة", 50.0, "exact")]),
]


@table("text,expected", YEAR_THEN_AMOUNT_CASES)
def test_a_year_after_a_period_is_no_end_of_a_range(text, expected):
    assert quantities_found(text) == expected


# Two ascending years at most fifty apart with no counted noun after them are a span of years ("بين 2019 و2023"),
# not two figures; with a counted noun or a currency they stay a range.
YEAR_SPAN_CASES = [
    ("وارتفعت صادرات التمور من 2019 إلى 2023 بنسبة 12%.", [("12%", 12.0, "exact")]),
    ("وتضاعف عدد سكان المدينة بين 2010 و2020.", []),
    # near misses: a counted noun or a currency after the high end
    ("وتتراوح الأسعار من 1950 إلى 2000 ريال.", [("1950", 1950.0, "at_least"), ("2000 ريال", 2000.0, "up_to")]),
    ("وصعد المؤشر من 1980 إلى 2010 نقاط.", [("1980", 1980.0, "exact"), ("2010 نقاط", 2010.0, "exact")]),
]


@table("text,expected", YEAR_SPAN_CASES)
def test_two_years_with_nothing_counted_are_a_span(text, expected):
    assert quantities_found(text) == expected


# After a time preposition, a year-like number followed by a noun of change or of results (نمواً، انكماشاً، أرباحاً) is
# a year: such nouns are never what a number counts. A countable noun keeps the count.
RESULT_NOUN_CASES = [
    ("وسجل قطاع السياحة خلال ٢٠٢٥ نمواً بنسبة ٩٪.", [("٩٪", 9.0, "exact")]),
    ("وسجل الاقتصاد في 2023 انكماشاً بنسبة 1.2%.", [("1.2%", 1.2, "exact")]),
    ("وحققت الشركة في 2024 أرباحاً قياسية بلغت 3 ملايين دينار.", [("3 ملايين دينار", 3e6, "exact")]),
    # near misses: a counted noun after the number
    ("ووزعت الجمعية في 2000 سلة غذائية.", [("2000 سلة", 2000.0, "exact")]),
    ("ونقلت الشاحنات خلال اليومين الماضيين 1900 طن من الطحين.", [("1900 طن", 1900.0, "exact")]),
]


@table("text,expected", RESULT_NOUN_CASES)
def test_a_noun_of_change_after_a_year_is_not_counted(text, expected):
    assert quantities_found(text) == expected


# "يتجاوز الطلب في ذروة الصيف 48 ألف ميغاواط": a short phrase of where or when ("في …", up to three words) after a
# short subject does not hide the measure the verb exceeds: more than, negated up to. Counted rivals stay exact,
# and "في" right after the verb is where, not what exceeds.
EXCEEDS_PAST_WHERE_CASES = [
    ("ويتجاوز استهلاك المياه في أشهر الصيف 600 مليون متر مكعب.",
     [("600 مليون متر مكعب", 6e8, "more_than")]),
    ("ويتجاوز الطلب في ساعات الذروة 900 ميغاواط.", [("900 ميغاواط", 900.0, "more_than")]),
    ("وفاق الإنتاج في المصنع الجديد 3 ملايين طن.", [("3 ملايين طن", 3e6, "more_than")]),
    ("ولم يتجاوز الاستهلاك في فصل الشتاء 30 ألف ميغاواط.", [("30 ألف ميغاواط", 30000.0, "up_to")]),
    # near misses: counted rivals; "في" right after the verb; a long phrase between
    ("وتجاوز المنتخب في البطولة 3 منافسين.", [("3 منافسين", 3.0, "exact")]),
    ("وتجاوز في المدينة 35 حالة.", [("35 حالة", 35.0, "exact")]),
    ("وتجاوز الطلب في ذروة موسم الصيف الحار 48 ألف ميغاواط.", [("48 ألف ميغاواط", 48000.0, "exact")]),
]


@table("text,expected", EXCEEDS_PAST_WHERE_CASES)
def test_a_verb_of_exceeding_reaches_past_where(text, expected):
    assert quantities_found(text) == expected


# A number right after a month name is the month's year (or day) only as a bare digit string: a decimal, a scaled or
# spelled number, or a percentage after the month is a figure ("بلغ التضخم في مارس ٢٫٨٪"). "خلال" closes a subject
# as "في" does, so a negated verb reaches its cap past "خلال يناير" (up to).
FIGURE_AFTER_MONTH_CASES = [
    ("وبلغ معدل التضخم في مارس ٢٫٨٪.", [("٢٫٨٪", 2.8, "exact")]),
    ("وارتفعت أسعار الأغذية في أبريل 12 في المئة.", [("12 في المئة", 12.0, "exact")]),
    ("وتجاوزت صادرات السيارات في يونيو 1.5 مليار دولار.", [("1.5 مليار دولار", 1.5e9, "more_than")]),
    ("وأعلن المكتب أن البطالة لم تتجاوز خلال يناير 6%.", [("6%", 6.0, "up_to")]),
    ("وتجاوز عدد المسافرين خلال الصيف 3 ملايين مسافر.", [("3 ملايين مسافر", 3e6, "more_than")]),
    # near misses: a year after the month, with and without its م
    ("وصدر القانون في يونيو 2024 بعد نقاش طويل.", []),
    ("وافتتح الجسر في أكتوبر ٢٠٢٥م أمام حركة السير.", []),
]


@table("text,expected", FIGURE_AFTER_MONTH_CASES)
def test_a_figure_after_a_month_name(text, expected):
    assert quantities_found(text) == expected
