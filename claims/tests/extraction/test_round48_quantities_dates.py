"""Table-driven cases for round 48's quantities and dates: a band "زائد أو ناقص", the signs of a range's two ends, the
whole after "N من (أصل)" with its counted noun, a season of the publication year ("هذا الصيف"، "الشتاء الحالي") and
"الشهر السابق" after a month named in the same sentence.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import dates_found, quantities_found, table

PLUS_OR_MINUS_BAND = [  # (text, expected): "زائد أو ناقص N" is a band either way (±), not a negative value
    ("وتتوقع الهيئة أن يبلغ النمو 4% (زائد أو ناقص 1%) في العام المقبل.",
     [("4%", 4.0, "exact"), ("1%", 1.0, "exact")]),
    ("وحدد المختبر هامش الخطأ في قياس الحرارة عند زائد أو ناقص 0.5 درجة.", [("0.5 درجة", 0.5, "exact")]),
    ("وحدد المختبر هامش الخطأ في قياس الحرارة بزائد أو ناقص 0.5 درجة.", [("0.5 درجة", 0.5, "exact")]),
    # must not change: a minus word alone signs a temperature or a rate; "±" is a band already
    ("وهبطت الحرارة إلى ناقص 6 درجات فجراً.", [("ناقص 6 درجات", -6.0, "exact")]),
    ("وسجل الاقتصاد نمواً بلغ سالب 1.5% في الربع الأخير.", [("سالب 1.5%", -1.5, "exact")]),
    ("وتتوقع الهيئة أن يبلغ النمو 4% (± 1%) في العام المقبل.", [("4%", 4.0, "exact"), ("1%", 1.0, "exact")]),
]


@table("text, expected", PLUS_OR_MINUS_BAND)
def test_plus_or_minus_is_a_band_not_a_sign(text, expected):
    assert quantities_found(text) == expected


SIGNED_RANGE_ENDS = [  # (text, expected): each end of a range keeps its own sign, the unit after the high end
    ("وتراوحت الحرارة في المرتفعات بين ناقص 4 وزائد 2 درجة مئوية.",
     [("ناقص 4", -4.0, "at_least"), ("2 درجة مئوية", 2.0, "up_to")]),
    ("وتتراوح درجات الحرارة الليلة من ناقص 7 إلى ناقص 3 درجات.",
     [("ناقص 7", -7.0, "at_least"), ("ناقص 3 درجات", -3.0, "up_to")]),
    ("وتراوحت الحرارة بين -5 و3 درجات.", [("-5", -5.0, "at_least"), ("3 درجات", 3.0, "up_to")]),
    ("وتراوح نمو الصادرات بين سالب 2% وموجب 3% خلال العام.",
     [("سالب 2%", -2.0, "at_least"), ("3%", 3.0, "up_to")]),
    ("وتراوح نمو الصادرات بين سالب 3% وسالب 1% خلال العام.",
     [("سالب 3%", -3.0, "at_least"), ("سالب 1%", -1.0, "up_to")]),
    # must not change: an unsigned range; below zero by a range; a range of money
    ("وتراوحت الحرارة بين 3 و5 درجات.", [("3", 3.0, "at_least"), ("5 درجات", 5.0, "up_to")]),
    ("وستنخفض الحرارة إلى ما دون الصفر بثلاث إلى أربع درجات.",
     [("ما دون الصفر بثلاث", 3.0, "at_least"), ("أربع درجات", 4.0, "up_to")]),
    ("وتراوحت نسبة النمو ما بين 14% و15%.", [("14%", 14.0, "at_least"), ("15%", 15.0, "up_to")]),
]


@table("text, expected", SIGNED_RANGE_ENDS)
def test_each_end_of_a_range_keeps_its_sign(text, expected):
    assert quantities_found(text) == expected


WHOLE_WITH_ITS_NOUN = [  # (text, expected): "N من (أصل) M <counted noun>" counts the whole too
    ("وصوت 14 من أصل 20 عضواً في المجلس لصالح القرار.", [("14", 14.0, "exact"), ("20 عضواً", 20.0, "exact")]),
    ("ورأى 7 من 10 أطباء شملهم المسح أن العدوى تراجعت.", [("7", 7.0, "exact"), ("10 أطباء", 10.0, "exact")]),
    ("وتأهل 5 من 8 فرق إلى الدور الثاني.", [("5", 5.0, "exact"), ("8 فرق", 8.0, "exact")]),
    # must not change: the top of a grade's or a rating's scale
    ("ونال المتسابق 48 من أصل 50 نقطة.", [("48", 48.0, "exact")]),
    ("وحصلت الطالبة على 17 من 20 في الرياضيات.", [("17", 17.0, "exact")]),
    ("وحصل الفيلم على 4 من 5 نجوم في تقييم النقاد.", [("4", 4.0, "exact")]),
]


@table("text, expected", WHOLE_WITH_ITS_NOUN)
def test_the_whole_with_its_counted_noun_counts(text, expected):
    assert quantities_found(text) == expected


SEASON_OF_THIS_YEAR = [  # (text, published, expected): "هذا الصيف"، "الصيف الحالي": the season of the publication year
    ("وتشهد الشواطئ إقبالاً كبيراً هذا الصيف.", "2025-07-10", [("هذا الصيف", "2025")]),
    ("وتعتزم البلدية تشجير الحدائق العامة هذا الربيع.", "2025-02-20", [("هذا الربيع", "2025")]),
    ("وارتفعت أسعار الفواكه في الصائفة الجارية.", "2025-08-01", [("الصائفة الجارية", "2025")]),
    ("وتفتح المخيمات الصيفية أبوابها مطلع هذا الصيف.", "2025-05-03", [("مطلع هذا الصيف", "2025")]),
    ("وتراجعت مبيعات المعاطف خلال الشتاء الحالي.", "2026-01-15", [("الشتاء الحالي", "2025-12/2026-02")]),
    # a winter: the one under way, else the nearer one, just over or to come
    ("وأغلقت الثلوج الطرق الجبلية مرات عدة هذا الشتاء.", "2025-04-02", [("هذا الشتاء", "2024-12/2025-02")]),
    ("وتتوقع الأرصاد أن يكون هذا الشتاء أكثر برودة.", "2025-10-01", [("هذا الشتاء", "2025-12/2026-02")]),
    # must not change: no publication date; a season alone; a season with its year; last summer
    ("وتشهد الشواطئ إقبالاً كبيراً هذا الصيف.", None, []),
    ("وتزدحم الشواطئ عادة في الصيف.", "2025-07-10", []),
    ("وتراجعت المبيعات في صيف 2023 بعد موجة الغلاء.", "2025-07-10", [("صيف 2023", "2023")]),
    ("وتراجعت مبيعات المكيفات في الصيف الماضي بعد موجة الغلاء.", "2025-03-10", [("الصيف الماضي", "2024")]),
]


@table("text, published, expected", SEASON_OF_THIS_YEAR)
def test_a_season_of_the_publication_year_is_dated(text, published, expected):
    assert dates_found(text, published) == expected


MONTH_BEFORE_THE_MONTH_NAMED = [  # (text, published, expected): "الشهر السابق" after a month named in the sentence
    ("وارتفع عدد السياح إلى 1.2 مليون في يوليو مقابل 900 ألف في الشهر السابق.", "2025-09-10",
     [("يوليو", "2025-07"), ("الشهر السابق", "2025-06")]),
    ("وتراجعت مبيعات السيارات في يناير 2025 بنسبة 8% عن مستواها في الشهر السابق.", "2025-02-15",
     [("يناير 2025", "2025-01"), ("الشهر السابق", "2024-12")]),
    ("وبلغ عجز الميزان التجاري 2.1 مليار دولار الشهر الماضي مقابل 1.8 مليار الشهر السابق.", "2025-09-10",
     [("الشهر الماضي", "2025-08"), ("الشهر السابق", "2025-07")]),
    # must not change: no month named in the sentence (nor before it in the same one); the base of a comparison;
    # the month before an event; a day named last
    ("وارتفع عدد السياح إلى 1.2 مليون مقابل 900 ألف في الشهر السابق.", "2025-09-10", []),
    ("وارتفع عدد السياح في يوليو. وبلغ 900 ألف في الشهر السابق.", "2025-09-10", [("يوليو", "2025-07")]),
    ("وارتفعت أسعار المستهلكين 0.4% في يوليو مقارنة بالشهر السابق.", "2025-09-10", [("يوليو", "2025-07")]),
    ("وزار الوزير المدينة في مارس، وكان قد زارها في الشهر السابق للانتخابات.", "2025-09-10",
     [("مارس", "2025-03")]),
    ("وافتتح المعرض في 5 يوليو بعد تأجيله في الشهر السابق.", "2025-09-10", [("5 يوليو", "2025-07-05")]),
]


@table("text, published, expected", MONTH_BEFORE_THE_MONTH_NAMED)
def test_the_month_before_the_month_named_is_dated(text, published, expected):
    assert dates_found(text, published) == expected
