"""Round-34 quantity and date rules: a quarter without a year in a sentence about a game is one of its periods; a
month told by its number in speech ("من شهر عشرة"); a Hijri year with its Gregorian year beside it; a paper or a
channel named on a date.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import dates_found, quantities_found, table

GAME_QUARTER_CASES = [
    ("وتقدم أصحاب الأرض بفارق 12 نقطة في نهاية الربع الثاني قبل أن ينهار دفاعهم.", "2025-03-10", []),
    ("وحسم الضيوف المباراة في الربع الأخير بعد تعادل طويل.", "2025-03-10", []),
    ("ونجح المنتخب في تقليص الفارق إلى 4 نقاط خلال الربع الرابع بفضل رمياته الثلاثية.", "2025-03-10", []),
    ("وسجل اللاعب الأمريكي 15 نقطة في الربع الثالث وحده.", "2025-03-10", []),
    ("وعاد فريق كرة الماء في الربع الأخير ليسجل ثلاثة أهداف.", "2025-03-10", []),
    # near misses: percentage points, an index's points, a club's accounts, a quarter with its year
    ("وتراجعت البطالة بفارق نقطتين مئويتين في الربع الأول.", "2025-06-14", [("الربع الأول", "2025-Q1")]),
    ("وارتفع المؤشر العام 120 نقطة في الربع الثالث.", "2025-06-14", [("الربع الثالث", "2024-Q3")]),
    ("وأعلن النادي أن إيراداته بلغت 12 مليون دولار في الربع الثالث.", "2025-06-14", [("الربع الثالث", "2024-Q3")]),
    ("وتعاقد النادي مع اللاعب في الربع الثالث من العام الماضي.", "2025-06-14",
     [("الربع الثالث من العام الماضي", "2024-Q3")]),
]


@table("text,published,expected", GAME_QUARTER_CASES)
def test_a_quarter_of_a_game_is_no_date(text, published, expected):
    assert dates_found(text, published) == expected


SPOKEN_MONTH_CASES = [
    ("وقال أحد السكان: \"من شهر عشرة ما استلمنا الرواتب\".", "2025-11-18", [("شهر عشرة", "2025-10")]),
    ("وأضاف: \"زرعنا القمح من شهر تلاتة، والحصاد قريب\".", "2025-05-02", [("شهر تلاتة", "2025-03")]),
    ("\"من شهر 3 لحد هلق ما وصلنا شي\"، يقول التاجر.", "2025-06-14", [("شهر 3", "2025-03")]),
    ("وقالت إن الشحنة وصلت بشهر تسعة الماضي.", "2025-06-14", [("شهر تسعة الماضي", "2024-09")]),
    ("ما شفنا الكهرباء من أول شهر ستة.", "2025-07-20", [("أول شهر ستة", "2025-06")]),
    ("وفي شهر 11 من العام الماضي أغلقوا المعبر.", "2025-06-14", [("شهر 11 من العام الماضي", "2024-11")]),
    # near misses: durations and counts in one month, a yearly month
    ("واستمر الاعتصام لمدة شهر واحد.", "2025-06-14", []),
    ("واستقبل المعرض خلال شهر ثلاثة آلاف زائر.", "2025-06-14", []),
    ("وسجلت المستشفيات في شهر 7 حالات وفاة.", "2025-06-14", []),
    ("وتوقف المشروع ثلاثة أشهر.", "2025-06-14", []),
    ("ويبلغ راتب شهر عشرة آلاف دينار.", "2025-06-14", []),
    ("وتبدأ العطلة في شهر 7 من كل عام.", "2025-06-14", []),
]


@table("text,published,expected", SPOKEN_MONTH_CASES)
def test_a_month_told_by_its_number(text, published, expected):
    assert dates_found(text, published) == expected


HIJRI_WITH_GREGORIAN_CASES = [
    ("وتأسست الجمعية عام 1420 هـ الموافق 1999م.", "2025-06-14", [("عام 1420 هـ الموافق 1999م", "1999")]),
    ("وافتتح المستشفى في عام 1445هـ/2023م.", "2025-06-14", [("عام 1445هـ/2023م", "2023")]),
    ("وصدرت اللائحة سنة 1441هـ (2020م) بعد سنوات من النقاش.", "2025-06-14", [("سنة 1441هـ (2020م)", "2020")]),
    # near misses: a Gregorian year that is not the Hijri year's; a Hijri date with its Gregorian date
    ("وصدر النظام سنة 1437هـ (1990م).", "2025-06-14", []),
    ("ونشر في 9 رمضان 1446 هـ - 9 مارس 2025 م.", "2025-06-14",
     [("9 رمضان 1446 هـ", "2025-03-09"), ("9 مارس 2025 م", "2025-03-09")]),
]


@table("text,published,expected", HIJRI_WITH_GREGORIAN_CASES)
def test_a_hijri_year_with_its_gregorian_year(text, published, expected):
    assert dates_found(text, published) == expected


NAMED_PAPER_CASES = [
    ("ونقلت صحيفة 26 سبتمبر عن مصدر عسكري أن القوات تقدمت.", "2025-06-14", []),
    ("وقالت جريدة \"14 أكتوبر\" إن المحافظ أقال المدير.", "2025-06-14", []),
    ("وبثت قناة 25 يناير مقابلة مع الوزير.", "2025-06-14", []),
    # near misses: the paper published on a date; a definite noun before the date
    ("ونشرت الصحيفة في 14 أكتوبر تقريراً عن الفساد.", "2025-06-14", [("14 أكتوبر", "2024-10-14")]),
    ("وقالت الإذاعة 14 أكتوبر إن البث توقف.", "2025-06-14", [("14 أكتوبر", "2024-10-14")]),
]


@table("text,published,expected", NAMED_PAPER_CASES)
def test_a_paper_named_on_a_date(text, published, expected):
    assert dates_found(text, published) == expected


REACH_CASES = [
    ("وتصل الرسوم الجامعية في بعض الكليات الخاصة بالعاصمة إلى 4 آلاف دينار.", [("4 آلاف دينار", 4000.0, "up_to")]),
    ("ويصل إيجار الشقة في الأحياء الراقية من المدينة إلى 2000 دولار.", [("2000 دولار", 2000.0, "up_to")]),
    ("ويصل القسط الشهري للقرض إلى 300 دينار.", [("300 دينار", 300.0, "up_to")]),
    # near misses: the past tells the figure reached; a delegation reaching countries
    ("ووصل القسط الشهري للقرض إلى 300 دينار.", [("300 دينار", 300.0, "exact")]),
    ("ويصل الوفد في جولته التي تشمل عدداً من العواصم إلى 3 دول.", [("3 دول", 3.0, "exact")]),
]


@table("text,expected", REACH_CASES)
def test_reach_with_a_long_subject_is_up_to(text, expected):
    assert quantities_found(text) == expected


CHANGE_CASES = [
    ("ورفعت المطاحن سعر الكيس وزن 50 كيلوغراماً من 900 إلى 1100 جنيه.",
     [("50 كيلوغراماً", 50.0, "exact"), ("900", 900.0, "exact"), ("1100 جنيه", 1100.0, "exact")]),
    ("وخفضت الشركة سعر العبوة من 40 إلى 32 ديناراً.", [("40", 40.0, "exact"), ("32 ديناراً", 32.0, "exact")]),
    # near misses: a range, with or without a measure inside the subject
    ("ويتراوح سعر العبوة سعة 5 لترات من 40 إلى 50 ديناراً.",
     [("5 لترات", 5.0, "exact"), ("40", 40.0, "at_least"), ("50 ديناراً", 50.0, "up_to")]),
    ("وتضم القاعة من 300 إلى 400 مقعد.", [("300", 300.0, "at_least"), ("400 مقعد", 400.0, "up_to")]),
]


@table("text,expected", CHANGE_CASES)
def test_a_change_from_one_value_to_another(text, expected):
    assert quantities_found(text) == expected


BRACKET_CASES = [
    ("وتبلغ الكلفة أكثر من 500 ألف ريال (133 ألف دولار).",
     [("أكثر من 500 ألف ريال", 500000.0, "more_than"), ("133 ألف دولار", 133000.0, "more_than")]),
    ("وقد تصل الغرامة إلى 20 مليون أوقية قديمة (مليوني أوقية جديدة).",
     [("20 مليون أوقية", 20000000.0, "up_to"), ("مليوني أوقية", 2000000.0, "up_to")]),
    # near misses: a part counted in brackets; the bracket with its own bound
    ("وبلغ عدد المصابين أكثر من 50 شخصاً (30 طفلاً).",
     [("أكثر من 50 شخصاً", 50.0, "more_than"), ("30 طفلاً", 30.0, "exact")]),
    ("وتصل الغرامة إلى 10 آلاف دينار (نحو 32 ألف دولار).",
     [("10 آلاف دينار", 10000.0, "up_to"), ("نحو 32 ألف دولار", 32000.0, "approx")]),
]


@table("text,expected", BRACKET_CASES)
def test_an_amount_restated_in_brackets_keeps_its_bound(text, expected):
    assert quantities_found(text) == expected


DUAL_CASES = [
    ("وتحصل الأسرة على 5 كيلوغرامات من الأرز وكيلوغرامين من العدس.",
     [("5 كيلوغرامات", 5.0, "exact"), ("كيلوغرامين", 2.0, "exact")]),
    ("وأضافت كوباً من الماء ولترين من الحليب.", [("لترين", 2.0, "exact")]),
    ("ويحتاج البيت على الأقل كيسين من الإسمنت.", [("على الأقل كيسين", 2.0, "at_least")]),
    # near misses: a number word after the bound; a definite word after it; two homelands
    ("وقتل على الأقل عشرين شخصاً.", [("على الأقل عشرين شخصاً", 20.0, "at_least")]),
    ("ويجب على الأقل الالتزام بالقواعد.", []),
    ("وعاش الشاعر بين وطنين.", []),
]


@table("text,expected", DUAL_CASES)
def test_duals_with_a_conjunction_or_a_bound(text, expected):
    assert quantities_found(text) == expected


LABEL_CASES = [
    ("وأصدرت الوزارة الكتاب المرقم 2310 بشأن التعيينات.", []),
    ("ويسكن في المحلة 512 قرب السوق.", []),
    ("وتوزعت الفرق على القطاع 12 والقطاع 13.", []),
    ("وتتصدر رواية «1984» قائمة المبيعات.", []),
    ("وعرض فيلم \"300\" في الصالات.", []),
    ("وأعاد قراءة \"1984\" لأورويل مرات.", []),
    ("وتضم المكتبة \"كليلة ودمنة\" و\"ألف ليلة وليلة\".", []),
    # near misses: a count after the district; a figure quoted in speech; quoted figures in a list
    ("وخسر القطاع 44 مليون دولار.", [("44 مليون دولار", 44000000.0, "exact")]),
    ("وقال: «300 شخص فقدوا منازلهم».", [("300 شخص", 300.0, "exact")]),
    ("وطالب بتوفير \"200 سرير\" و\"50 سيارة إسعاف\".", [("200 سرير", 200.0, "exact"), ("50 سيارة", 50.0, "exact")]),
]


@table("text,expected", LABEL_CASES)
def test_ids_districts_and_titles_are_no_quantities(text, expected):
    assert quantities_found(text) == expected


NOT_A_SINGLE_CASES = [
    ("وقال المزارع: \"لم نقبض درهماً واحداً من الدعم\".", []),
    ("ولا نملك ديناراً واحداً لشراء الدواء.", []),
    # near misses: a negated bound; a stated price of one
    ("ولا يتجاوز الأجر اليومي دولاراً واحداً.", [("دولاراً واحداً", 1.0, "up_to")]),
    ("وبلغ سعر الرغيف جنيهاً واحداً.", [("جنيهاً واحداً", 1.0, "exact")]),
]


@table("text,expected", NOT_A_SINGLE_CASES)
def test_not_a_single_unit_is_no_amount(text, expected):
    assert quantities_found(text) == expected
