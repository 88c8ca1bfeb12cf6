"""Round-11 date rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from .helpers import dates_found, table

# A bare weekday after an obligation, an effective start, or a starting noun/deadline that no perfective verb
# frames is still ahead (2025-02-27 is a Thursday).
WEEKDAY_AHEAD_CASES = [
    ("يجب على المترشحين إيداع ملفاتهم قبل نهاية يوم الأحد", "2025-02-27", [("يوم الأحد", "2025-03-02")]),
    ("وقالت الوزارة إنه يتعين على الشركات تسوية أوضاعها الاثنين", "2025-02-27", [("الاثنين", "2025-03-03")]),
    ("تطبق التعرفة الجديدة للكهرباء اعتباراً من السبت", "2025-02-27", [("السبت", "2025-03-01")]),
    ("افتتاح معرض الكتاب الدولي الجمعة", "2025-02-27", [("الجمعة", "2025-02-21")]),  # no start noun: past
    ("انطلاق حملة التلقيح ضد الحصبة الأحد", "2025-02-27", [("الأحد", "2025-03-02")]),
    ("آخر موعد لتسجيل الطلاب الجدد الأربعاء", "2025-02-27", [("الأربعاء", "2025-03-05")]),
    ("بدء امتحانات الثانوية العامة الخميس", "2025-02-27", [("الخميس", "2025-02-27")]),  # on the day
    # near misses: a perfective verb frames the start; a past obligation; past reporting verbs; منذ
    ("شهدت المدينة انطلاق المهرجان الجمعة", "2025-02-27", [("الجمعة", "2025-02-21")]),
    ("وكان يجب إخلاء المبنى يوم الأحد", "2025-02-27", [("يوم الأحد", "2025-02-23")]),
    ("قال المتحدث يوم الجمعة إن المفاوضات مستمرة", "2025-02-27", [("يوم الجمعة", "2025-02-21")]),
    ("وصل الوفد أمس الأربعاء إلى العاصمة", "2025-02-27", [("أمس الأربعاء", "2025-02-26")]),
    ("يجب القول إن الأسعار ارتفعت الاثنين", "2025-02-27", [("الاثنين", "2025-02-24")]),
    ("تتواصل الاحتجاجات منذ السبت رغم اعتبار الحكومة المطالب مشروعة", "2025-02-27", [("السبت", "2025-02-22")]),
]


@table("text,published,expected", WEEKDAY_AHEAD_CASES)
def test_weekday_after_obligation_or_start_is_ahead(text, published, expected):
    assert dates_found(text, published) == expected


# "متوقعة/متوقعاً أن …" announces what is to come, like "من المتوقع"; "كان متوقعاً" and "غير متوقع" do not.
EXPECTED_CASES = [
    ("وأصدرت الهيئة نشرتها، متوقعة أن تستقر الأسعار خلال سبتمبر", "2025-05-19", [("سبتمبر", "2025-09")]),
    ("ورفع البنك الفائدة، متوقعاً تباطؤ التضخم في أكتوبر", "2025-05-19", [("أكتوبر", "2025-10")]),
    # near misses
    ("وكان متوقعاً ارتفاع الأسعار في مارس", "2025-05-19", [("مارس", "2025-03")]),
    ("سجلت البورصة ارتفاعاً غير متوقع في فبراير", "2025-05-19", [("فبراير", "2025-02")]),
    ("أجريت الانتخابات البلدية في أبريل", "2025-05-19", [("أبريل", "2025-04")]),
]


@table("text,published,expected", EXPECTED_CASES)
def test_expected_announces_the_future(text, published, expected):
    assert dates_found(text, published) == expected


# Two months in a row joined by و with a shared tail are one stretch; months apart stay a list.
CONSECUTIVE_MONTHS_CASES = [
    ("تراجعت مبيعات السيارات في أيلول وتشرين الأول الماضيين", "2025-06-16",
     [("أيلول وتشرين الأول الماضيين", "2024-09/2024-10")]),
    ("ينظم المهرجان في يوليو وأغسطس المقبلين", "2025-03-10", [("يوليو وأغسطس المقبلين", "2025-07/2025-08")]),
    ("أغلق المتحف للترميم في مارس وأبريل 2023", None, [("مارس وأبريل 2023", "2023-03/2023-04")]),
    # near misses: months apart are two dates; a single month keeps its reading
    ("زار الوزير المدينة في يناير وآب الماضيين", "2025-10-01", [("يناير", "2025-01"), ("آب الماضيين", "2025-08")]),
    ("هطلت أمطار غزيرة في كانون الأول الماضي", "2025-06-16", [("كانون الأول الماضي", "2024-12")]),
]


@table("text,published,expected", CONSECUTIVE_MONTHS_CASES)
def test_two_months_in_a_row_are_one_span(text, published, expected):
    assert dates_found(text, published) == expected


# The imperfect of a delivery verb sets a window still to come, like a delivery noun.
DELIVERY_VERB_CASES = [
    ("تصرف منحة إضافية للمزارعين الذين يسلمون محاصيلهم قبل نهاية أغسطس", "2025-06-16",
     [("نهاية أغسطس", "2025-08")]),
    ("يحصل الموردون على خصم إذا يوردون الأسمدة قبل منتصف سبتمبر", "2025-06-16", [("منتصف سبتمبر", "2025-09")]),
    # near misses: past and negated, a month far ahead, a plain past clause
    ("لم يسلم أحد من موجة الحر في يوليو", "2025-06-16", [("يوليو", "2024-07")]),
    ("يسلم المقاول المشروع في مارس", "2025-06-16", [("مارس", "2025-03")]),
    ("أعلنت الوزارة في يوليو نتائج المسح", "2025-06-16", [("يوليو", "2024-07")]),
]


@table("text,published,expected", DELIVERY_VERB_CASES)
def test_delivery_verb_sets_a_window_to_come(text, published, expected):
    assert dates_found(text, published) == expected


# A date after a Maghreb or Levant street word names the street.
STREET_CASES = [
    ("يقع مقر الجمعية بنهج 18 جانفي في العاصمة", "2025-03-12", []),
    ("أغلقت الشرطة زنقة 20 غشت أمام السيارات", "2025-03-12", []),
    ("افتتح مقهى جديد في جادة 14 آذار", "2025-03-12", []),
    # near misses: a date after a noun that names no place; a street and then a dated event
    ("أضرب عمال النظافة في 18 جانفي الماضي", "2025-03-12", [("18 جانفي الماضي", "2025-01-18")]),
    ("أغلق النهج أمام المارة في 2 مارس الجاري", "2025-03-12", [("2 مارس الجاري", "2025-03-02")]),
]


@table("text,published,expected", STREET_CASES)
def test_street_named_after_a_date(text, published, expected):
    assert dates_found(text, published) == expected
