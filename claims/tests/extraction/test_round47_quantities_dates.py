"""Table-driven cases for rounds 47-48's quantities and dates: a year-like count after a plural noun, "الـN" after a
plural noun (the N of them), a threshold something failed to pass, a first-person future verb before a bare month,
"في السادس منه" (a day of the month just named), an explicit year after "مقارنة بـ", half of a month, and a
hamza verb after و before "N من M".

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import dates_found, quantities_found, table

YEAR_LIKE_COUNT_AFTER_A_PLURAL = [  # (text, expected): a plural noun is no name; the number counts the noun after it
    ("وتنافس المرشحون على رئاسة 1320 مجلساً بلدياً وعضوية مقاعد 1320 مجلساً آخر.",
     [("1320 مجلساً", 1320.0, "exact"), ("1320 مجلساً", 1320.0, "exact")]),
    ("وصرفت المديرية رواتب 1500 معلم متعاقد.", [("1500 معلم", 1500.0, "exact")]),
    ("وتفقد الوزير منازل 1750 أسرة متضررة من السيول.", [("1750 أسرة", 1750.0, "exact")]),
    ("وراجعت الهيئة حسابات 1200 شركة ناشئة.", [("1200 شركة", 1200.0, "exact")]),
    # must not change: a name and its year; a year after a plural with no counted noun after it
    ("وزار الوفد جناح المملكة في إكسبو 2020 دبي.", []),
    ("وارتفعت مبيعات 2024 بنسبة 5% عن العام السابق.", [("5%", 5.0, "exact")]),
]


@table("text, expected", YEAR_LIKE_COUNT_AFTER_A_PLURAL)
def test_a_year_like_count_after_a_plural_noun_counts(text, expected):
    assert quantities_found(text) == expected


THE_N_AFTER_A_PLURAL = [  # (text, expected): "المقاعد الـ12" is the twelve seats, a count, not an ordinal
    ("وفاز التحالف بكامل المقاعد الـ12 في المجلس البلدي.", [("الـ12", 12.0, "exact")]),
    ("وأعلنت الوزارة نتائج المدارس الـ35 المشاركة في المسابقة.", [("الـ35", 35.0, "exact")]),
    ("واحتفظ الحزب بمقاعده الـ9 في البرلمان.", [("الـ9", 9.0, "exact")]),
    ("وتوزعت مقاعد البصرة الـ22 على سبع قوائم.", [("الـ22", 22.0, "exact"), ("سبع قوائم", 7.0, "exact")]),
    ("وأجرت الفرق الطبية فحوصات للمصابين الـ14 في المستشفى.", [("الـ14", 14.0, "exact")]),
    ("وشملت الجولة المحافظات الـ١٨ كلها.", [("الـ١٨", 18.0, "exact")]),
    # must not change: an ordinal after a singular noun; an event named by its edition; a span of hours
    ("وانطلقت منافسات الجولة الـ13 من الدوري.", []),
    ("ويحتفل المهرجان بدورته الـ45 هذا العام.", []),
    ("وتأهل المنتخب إلى بطولة أمم إفريقيا الـ27 المقامة في المغرب.", []),
    ("وشارك الرياضيون في دورة الألعاب الأولمبية الـ33 في باريس.", []),
    ("وجرت انتخابات الكنيست الـ25 في نوفمبر.", []),
    ("وتتوقع الأرصاد أمطاراً خلال الساعات الـ24 المقبلة.", []),
    ("وتوج الفريق باللقب للمرة الـ19 في تاريخه.", []),
]


@table("text, expected", THE_N_AFTER_A_PLURAL)
def test_the_n_after_a_plural_noun_counts(text, expected):
    assert quantities_found(text) == expected


THRESHOLD_NOT_PASSED = [  # (text, expected): a threshold something failed to pass is the level itself, exact
    ("وفشلت ثلاثة أحزاب صغيرة في تجاوز عتبة الـ3% اللازمة لدخول المجلس.",
     [("ثلاثة أحزاب", 3.0, "exact"), ("الـ3%", 3.0, "exact")]),
    ("وأخفق السهم في تخطي حاجز 100 دولار طوال الأسبوع.", [("100 دولار", 100.0, "exact")]),
    ("وعجزت الشركة عن تجاوز سقف 20 ألف مشترك.", [("20 ألف مشترك", 20000.0, "exact")]),
    # must not change: a threshold passed; a threshold under a plain negation (at most); a negated verb alone
    ("ولم تتجاوز نسبة المشاركة عتبة 50% اللازمة لاعتماد الاستفتاء.", [("50%", 50.0, "up_to")]),
    ("وتمكن الحزب من تجاوز عتبة 5% لأول مرة.", [("5%", 5.0, "more_than")]),
    ("وتخطى عدد زوار المعرض عتبة 200 ألف زائر.", [("200 ألف زائر", 200000.0, "more_than")]),
    ("ولم تتجاوز نسبة المشاركة 40% في الدور الأول.", [("40%", 40.0, "up_to")]),
]


@table("text, expected", THRESHOLD_NOT_PASSED)
def test_a_threshold_failed_is_the_level_itself(text, expected):
    assert quantities_found(text) == expected


HAMZA_VERB_AFTER_WA = [  # (text, expected): "وأكد 8 من 10": a verb (أكد), not a name (كوب 28)
    ("وأكد 8 من 10 مدربين أن الموسم كان صعباً.", [("8", 8.0, "exact"), ("10 مدربين", 10.0, "exact")]),
    ("فأعلن 4 من 6 أعضاء انسحابهم من اللجنة.", [("4", 4.0, "exact"), ("6 أعضاء", 6.0, "exact")]),
    # must not change: the same verb without و; a name and its number
    ("أكد 8 من 10 مدربين أن الموسم كان صعباً.", [("8", 8.0, "exact"), ("10 مدربين", 10.0, "exact")]),
    ("وحضر الوزير قمة كوب 28 في دبي.", []),
]


@table("text, expected", HAMZA_VERB_AFTER_WA)
def test_a_hamza_verb_after_wa_is_no_name(text, expected):
    assert quantities_found(text) == expected


FIRST_PERSON_FUTURE = [  # (text, published, expected): "سنتخذ"، "سأعلن": the future looks ahead, as "سيعلن" does
    ("وقال المدرب: سأعلن قائمة اللاعبين في نوفمبر.", "2025-09-24", [("نوفمبر", "2025-11")]),
    ("وقال رئيس البلدية: سنتخذ الإجراءات اللازمة في ديسمبر.", "2025-09-24", [("ديسمبر", "2025-12")]),
    ("وقالت الوزيرة إن اللجنة ستتخذ قرارها في فبراير.", "2025-09-24", [("فبراير", "2026-02")]),
    # must not change: a past act; a future verb before a perfective one that governs the month
    ("وقال رئيس البلدية إنه اتخذ الإجراءات اللازمة في ديسمبر.", "2025-09-24", [("ديسمبر", "2024-12")]),
    ("وقال: سنتخذ الإجراءات بعد أن أعلنت اللجنة نتائجها في ديسمبر.", "2025-09-24", [("ديسمبر", "2024-12")]),
]


@table("text, published, expected", FIRST_PERSON_FUTURE)
def test_a_first_person_future_looks_ahead(text, published, expected):
    assert dates_found(text, published) == expected


DAY_OF_THE_MONTH_NAMED = [  # (text, published, expected): "في العاشر منه": that day of the month just named
    ("وافتتح المعرض في مارس الماضي، وزاره الرئيس في العاشر منه.", "2025-06-01",
     [("مارس الماضي", "2025-03"), ("العاشر منه", "2025-03-10")]),
    ("وبدأ الإضراب في فبراير. وانتهى في 20 منه بعد اتفاق مع النقابة.", "2025-06-01",
     [("فبراير", "2025-02"), ("20 منه", "2025-02-20")]),
    # must not change: no month named; a month two sentences back; a part of a book
    ("وزار الوزير المصنع في الخامس منه.", "2025-06-01", []),
    ("وافتتح المعرض في مارس. وحضره آلاف الزوار. وزاره الرئيس في العاشر منه.", "2025-06-01",
     [("مارس", "2025-03")]),
    ("وصدر الكتاب في مارس، وقرأ الطالب الفصل الثاني منه.", "2025-06-01", [("مارس", "2025-03")]),
]


@table("text, published, expected", DAY_OF_THE_MONTH_NAMED)
def test_a_day_of_the_month_just_named(text, published, expected):
    assert dates_found(text, published) == expected


COMPARED_WITH_A_YEAR = [  # (text, published, expected): an explicit year after "مقارنة بـ" is dated
    ("وارتفعت صادرات الحمضيات 7% مقارنة بعام 2022.", "2025-05-01", [("عام 2022", "2022")]),
    ("وتراجعت نسبة المشاركة مقارنة بانتخابات عام 2019.", "2025-05-01", [("عام 2019", "2019")]),
    ("وزاد عدد الزوار قياساً بسنة 2021.", "2025-05-01", [("سنة 2021", "2021")]),
    # must not change: a relative year and the same period as bases; a budget named by its year
    ("وارتفعت صادرات الحمضيات 7% مقارنة بالعام الماضي.", "2025-05-01", []),
    ("وارتفعت المبيعات مقارنة بالفترة ذاتها من عام 2023.", "2025-05-01", []),
    ("وبلغ العجز 4 مليارات، بزيادة 6% مقارنة بالموازنة المعدلة لسنة 2024.", "2025-05-01", []),
]


@table("text, published, expected", COMPARED_WITH_A_YEAR)
def test_an_explicit_year_compared_with_is_dated(text, published, expected):
    assert dates_found(text, published) == expected


HALF_OF_A_MONTH = [  # (text, published, expected): "النصف الثاني من الشهر": a half, so the month, not the 2nd
    ("وتصل الدفعة الأولى في النصف الأول من مارس المقبل، والثانية في النصف الثاني من الشهر ذاته.", "2025-01-10",
     [("النصف الأول من مارس المقبل", "2025-03"), ("النصف الثاني من الشهر ذاته", "2025-03")]),
    ("وتراجعت أسعار الخضر في النصف الثاني من الشهر الماضي.", "2025-06-10", [("النصف الثاني من الشهر الماضي", "2025-05")]),
    ("وتنطلق الحملة في الأسبوع الأول من الشهر المقبل.", "2025-06-10", [("الأسبوع الأول من الشهر المقبل", "2025-07")]),
    # must not change: a day of the month; a half of the year
    ("ووصل الوفد في الثاني من الشهر الجاري.", "2025-06-10", [("الثاني من الشهر الجاري", "2025-06-02")]),
    ("وارتفعت المبيعات في النصف الأول من العام الجاري.", "2025-06-10", [("النصف الأول من العام الجاري", "2025-H1")]),
]


@table("text, published, expected", HALF_OF_A_MONTH)
def test_half_of_a_month_is_the_month(text, published, expected):
    assert dates_found(text, published) == expected
