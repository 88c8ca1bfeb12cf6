"""Table-driven cases for round 46's quantities, qualifiers and dates: a law or a decree that allots a counted
noun, "في حدود" after a verb that sets or keeps a rate, and a season named by the year before or after ("الصيف
الماضي").

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import dates_found, quantities_found, table

LAW_ALLOTS_A_COUNT = [  # (text, expected): "القانون/المرسوم N <counted noun>" counts; a numbered law does not
    ("ويمنح القانون 3 مقاعد للأقليات في المجلس البلدي.", [("3 مقاعد", 3.0, "exact")]),
    ("وحدد المرسوم 12 شرطاً للحصول على رخصة الصيد.", [("12 شرطاً", 12.0, "exact")]),
    ("وأتاح القرار 40 منحة دراسية لطلاب الطب.", [("40 منحة", 40.0, "exact")]),
    # must not change: a law, a decree or a resolution named by its number
    ("ويعاقب القانون 182 لسنة 1960 على حيازة المخدرات.", []),
    ("وطالب الوفد بتطبيق القرار 2254 الصادر عن مجلس الأمن.", []),
    ("ونشر المرسوم 15 في الجريدة الرسمية أمس.", []),
    ("وعملا بالقانون 12 تقرر المحكمة تأجيل الجلسة.", []),
    ("ويلزم القانون 10.21 المتعلق بحماية المستهلك التجار بإشهار الأسعار.", []),
]


@table("text, expected", LAW_ALLOTS_A_COUNT)
def test_a_law_that_allots_a_counted_noun_counts_it(text, expected):
    assert quantities_found(text) == expected


SEASON_BEFORE_OR_AFTER = [  # (text, published, expected): a season told by الماضي/المقبل, against the publication date
    # written in the autumn, last summer is this year's; written during a summer or before it, last year's
    ("وسجلت المستشفيات ضغطاً كبيراً على أقسام الطوارئ الصيف الماضي.", "2025-10-20",
     [("الصيف الماضي", "2025")]),
    ("وسجلت المستشفيات ضغطاً كبيراً على أقسام الطوارئ الصيف الماضي.", "2025-07-02",
     [("الصيف الماضي", "2024")]),
    ("وتراجعت مبيعات المكيفات في الصيف الماضي بعد موجة الغلاء.", "2025-03-10", [("الصيف الماضي", "2024")]),
    ("ويعود الفريق إلى التدريبات مطلع الخريف المقبل.", "2025-04-01", [("مطلع الخريف المقبل", "2025")]),
    ("ويفتتح الملعب الجديد في الربيع القادم.", "2025-04-01", [("الربيع القادم", "2026")]),
    ("وارتفعت أسعار الخضار خلال الصائفة الماضية.", "2025-11-05", [("الصائفة الماضية", "2025")]),
    # a winter runs over two years: its three months
    ("وأغلقت الثلوج الطريق الجبلي مرات عدة خلال الشتاء الماضي.", "2025-05-12",
     [("الشتاء الماضي", "2024-12/2025-02")]),
    ("وأغلقت الثلوج الطريق الجبلي مرات عدة خلال الشتاء الماضي.", "2025-01-20",
     [("الشتاء الماضي", "2023-12/2024-02")]),
    ("وتتوقع الأرصاد أمطاراً غزيرة في الشتاء المقبل.", "2025-10-03", [("الشتاء المقبل", "2025-12/2026-02")]),
    # must not change: no publication date; the base of a comparison; a season with its year; a season alone
    ("وسجلت المستشفيات ضغطاً كبيراً على أقسام الطوارئ الصيف الماضي.", None, []),
    ("وارتفع استهلاك الكهرباء 8% مقارنة بالصيف الماضي.", "2025-08-01", []),
    ("وتراجعت المبيعات في صيف 2023 بعد موجة الغلاء.", "2025-08-01", [("صيف 2023", "2023")]),
    ("وتزدحم الشواطئ عادة في الصيف.", "2025-08-01", []),
]


@table("text, published, expected", SEASON_BEFORE_OR_AFTER)
def test_a_season_before_or_after_the_publication_is_dated(text, published, expected):
    assert dates_found(text, published) == expected
