"""Table-driven cases for round 49's dates and quantities: "مقارنة بالشهر ذاته من السنة الماضية" after a month named
in the same sentence, a Hijri year with its Gregorian year marked م and no year word before it ("موسم 1445هـ
(2024م)"), a day counted from a named day of the Hijri year ("قبل يوم عرفة بأربعة أيام") and never "a day ago", and
numbers after a dual or plural document noun ("التعميمين 158 و166") as references.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import dates_found, quantities_found, table

SAME_MONTH_A_YEAR_BACK = [  # (text, published, expected): the month named before in the sentence, one year back
    ("وتراجعت مبيعات الإسمنت بـ4 في المائة خلال شهر شتنبر مقارنة بالشهر ذاته من السنة الماضية.", "2025-10-05",
     [("شهر شتنبر", "2025-09"), ("الشهر ذاته من السنة الماضية", "2024-09")]),
    ("واستقبل المطار 1.2 مليون مسافر في يوليو، بزيادة 9% عن الشهر نفسه من العام الماضي.", "2025-08-20",
     [("يوليو", "2025-07"), ("الشهر نفسه من العام الماضي", "2024-07")]),
    ("وارتفعت مبيعات السيارات الكهربائية في أبريل 2025 بنسبة 30% قياسا بالشهر ذاته من العام السابق.", "2025-06-01",
     [("أبريل 2025", "2025-04"), ("الشهر ذاته من العام السابق", "2024-04")]),
    # must not change: no month named before in the sentence; a month named in the sentence before; no earlier
    # year after "الشهر نفسه"
    ("وارتفعت الصادرات بنسبة 12% مقارنة بالشهر نفسه من العام الماضي.", "2025-03-01", []),
    ("وتحسنت مبيعات الأثاث في يوليو. وارتفعت بنسبة 5% مقارنة بالشهر نفسه من العام الماضي.", "2025-08-20",
     [("يوليو", "2025-07")]),
    ("وارتفعت أسعار الخضر في يوليو مقارنة بالشهر نفسه.", "2025-08-20", [("يوليو", "2025-07")]),
]


@table("text, published, expected", SAME_MONTH_A_YEAR_BACK)
def test_the_same_month_of_last_year_after_a_month_named(text, published, expected):
    assert dates_found(text, published) == expected


HIJRI_YEAR_MARKED_BOTH_WAYS = [  # (text, published, expected): "1445هـ (2024م)" with no year word before it
    ("وبلغ عدد الحجاج في موسم 1445هـ (2024م) نحو 1.8 مليون حاج.", None, [("1445هـ (2024م)", "2024")]),
    ("وتراجعت زراعة القمح في موسم ١٤٤٣هـ (٢٠٢٢م) بسبب الجفاف.", None, [("١٤٤٣هـ (٢٠٢٢م)", "2022")]),
    ("وسجلت ميزانية 1444هـ الموافق 2023م فائضاً للمرة الأولى.", None, [("1444هـ الموافق 2023م", "2023")]),
    ("وأعلنت الوزارة خطة موسم 1446 هـ الموافق 2025 لنقل الحجاج.", None, [("1446 هـ الموافق 2025", "2025")]),
    # must not change: years that do not agree; no م after the bracketed year; no mark at all; a year word before
    ("وتراجعت زراعة القمح في موسم 1445هـ (2030م) بسبب الجفاف.", None, []),
    ("وتراجعت زراعة القمح في موسم 1445هـ (2024) بسبب الجفاف.", None, []),
    ("وبلغ عدد الزوار 656 هـ/ 1258 زائراً.", None, []),
    ("وافتتح المسجد عام 1437هـ (2016م) بحضور الأمير.", None, [("عام 1437هـ (2016م)", "2016")]),
]


@table("text, published, expected", HIJRI_YEAR_MARKED_BOTH_WAYS)
def test_a_hijri_year_with_its_gregorian_year_marked_m(text, published, expected):
    assert dates_found(text, published) == expected


DAYS_FROM_A_NAMED_DAY = [  # (text, published, expected): "قبل/بعد يوم عرفة بـN أيام" counts from that named day
    ("وتغلق الوزارة باب التسجيل قبل يوم عرفة بأسبوع.", "2025-05-12", [("قبل يوم عرفة بأسبوع", "2025-05-29")]),
    ("وانتهى الشحن قبل يوم عرفة بأربعة أيام.", "2025-06-20", [("قبل يوم عرفة بأربعة أيام", "2025-06-01")]),
    ("وتستأنف المدارس الدروس بعد يوم عاشوراء بيومين.", "2025-05-12", [("بعد يوم عاشوراء بيومين", "2025-07-07")]),
    ("وتفتح الأسواق أبوابها بعد عيد الأضحى بثلاثة أيام.", "2025-05-12",
     [("بعد عيد الأضحى بثلاثة أيام", "2025-06-09")]),
    # must not change: a day ago; no publication date; a named day with no count is no day ago either; a named day
    # with ال
    ("وكان الوزير قد زار المدينة قبل يوم.", "2025-05-12", [("قبل يوم", "2025-05-11")]),
    ("وانتهى الشحن قبل يوم عرفة بأربعة أيام.", None, []),
    ("وتوقفت الرحلات إلى المدينة قبل يوم عاشوراء.", "2025-05-12", []),
    ("وأغلقت مراكز الاقتراع أبوابها قبل يوم الاقتراع بساعات.", "2025-05-12", []),
]


@table("text, published, expected", DAYS_FROM_A_NAMED_DAY)
def test_a_day_counted_from_a_named_day(text, published, expected):
    assert dates_found(text, published) == expected


NUMBERS_OF_DOCUMENTS = [  # (text, expected): numbers after a dual or plural document noun name the documents
    ("وطالب النواب بإلغاء القانونين 46 و47 المتعلقين بالإيجارات.", []),
    ("وأوقف البنك العمل بالتعميمين 151 و158 بعد شكاوى المودعين.", []),
    ("ونشرت الجريدة الرسمية المراسيم 12 و13 و14 الخاصة بالتعيينات.", []),
    ("وطعنت النقابة في المرسومين 5 و6 أمام مجلس الدولة.", []),
    ("وعدّل المجلس القرارات 30 و31 و32 الخاصة بالاستيراد.", []),
    ("وسحبت الوزارة التعميم 154 الخاص بالعطل المدرسية.", []),
    # must not change: a count of documents; the documents counted by عدد; a counted noun after the number
    ("وأصدرت الوزارة 12 تعميماً خلال العام.", [("12 تعميماً", 12.0, "exact")]),
    ("وبلغ عدد القرارات الصادرة هذا العام 40 قراراً.", [("40 قراراً", 40.0, "exact")]),
    ("وبلغ عدد القرارات 12.", [("12", 12.0, "exact")]),
    ("وشملت القرارات 12 مسؤولاً في البلدية.", [("12 مسؤولاً", 12.0, "exact")]),
]


@table("text, expected", NUMBERS_OF_DOCUMENTS)
def test_numbers_after_document_nouns_are_references(text, expected):
    assert quantities_found(text) == expected
