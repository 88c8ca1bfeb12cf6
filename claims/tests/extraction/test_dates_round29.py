"""Round-29 date rules: a yearless Gregorian day linked to a Hijri one takes the year that puts it nearest the Hijri
day; a weekday (framed or not by "هذا العام") names the yearless date right after it when their weekdays agree; a
regulation named with its year dates nothing; a timetable sets days a month or two ahead; figures that are the
subject of a verb of change are no data of a quarter; "ستضغط" is a future verb; a supply secured, a need covered or
a term extended "until" a month runs to the coming one.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import dates_found, table

HIJRI_CASES = [
    # the Gregorian day is the one the Hijri date falls on, the coming one when the Hijri day is ahead
    ("ويحل عيد الفطر هذا العام الأحد 1 شوال الموافق 30 مارس.", "2025-02-10",
     [("هذا العام الأحد 1 شوال الموافق 30 مارس", "2025-03-30")]),
    ("وتبدأ العطلة في 20 رمضان الموافق 20 مارس.", "2025-02-10", [("20 رمضان الموافق 20 مارس", "2025-03-20")]),
    ("وتنطلق القوافل يوم 30 مارس الموافق 1 شوال.", "2025-02-10", [("يوم 30 مارس الموافق 1 شوال", "2025-03-30")]),
    # near misses: a Gregorian year written out stays; a weekday that does not fall on the date stays apart
    ("وتبدأ العطلة في 20 رمضان الموافق 20 مارس 2025.", "2025-02-10", [("20 رمضان الموافق 20 مارس 2025", "2025-03-20")]),
    ("ووصل الوفد الجمعة 1 شوال الموافق 30 مارس.", "2025-02-10",
     [("الجمعة", "2025-02-07"), ("1 شوال الموافق 30 مارس", "2025-03-30")]),
]


@table("text,published,expected", HIJRI_CASES)
def test_hijri_links_and_weekdays(text, published, expected):
    assert dates_found(text, published) == expected


TITLE_CASES = [
    # a regulation, instructions or a decree named with its year
    ("وتنص المادة 7 من لائحة تنظيم المهنة لسنة 2019 على شروط الترخيص.", None, []),
    ("وتحدد تعليمات منح البعثات لعام 2022 عدد المقاعد.", None, []),
    # near misses: the year of an act; a regulation without ل before the year
    ("وأقرت الحكومة اللائحة التنفيذية في سنة 2021.", None, [("سنة 2021", "2021")]),
    ("وصدرت اللائحة عام 2020.", None, [("عام 2020", "2020")]),
]


@table("text,published,expected", TITLE_CASES)
def test_regulations_named_with_their_year(text, published, expected):
    assert dates_found(text, published) == expected


AHEAD_CASES = [
    # a timetable sets days a month or two ahead
    ("وبحسب الجدول الذي أعلنته اللجنة، تُوزع المقاعد من 10 إلى 12 يونيو على الفرق.", "2025-05-03",
     [("من 10 إلى 12 يونيو", "2025-06-10/2025-06-12")]),
    ("ووفق الجدول الزمني المعتمد، تبدأ المرحلة الثانية من التلقيح في 3 يوليو.", "2025-05-20", [("3 يوليو", "2025-07-03")]),
    # near misses: a perfective verb after the timetable; a league table; no timetable
    ("وبحسب الجدول، انطلقت المرحلة الأولى من 10 إلى 12 يونيو.", "2025-05-03",
     [("من 10 إلى 12 يونيو", "2024-06-10/2024-06-12")]),
    ("وتراجع الفريق في جدول الترتيب بعد خسارته في 10 يونيو.", "2025-05-03", [("10 يونيو", "2024-06-10")]),
    # figures moving in a quarter under a forecast; a future verb ستضغط
    ("متوقعاً أن ترتفع الأرقام تدريجياً في الربع الرابع.", "2025-07-09", [("الربع الرابع", "2025-Q4")]),
    ("وقال إن الرسوم الجديدة ستضغط على الأرباح بدءاً من الربع الثالث.", "2025-05-14", [("الربع الثالث", "2025-Q3")]),
    # near misses: data published for a quarter; figures that moved
    ("ومن المقرر أن تنشر الهيئة بيانات التجارة للربع الأول الأسبوع المقبل.", "2025-07-09",
     [("للربع الأول", "2025-Q1"), ("الأسبوع المقبل", "2025-W29")]),
    ("وتراجعت الأرقام في الربع الأول.", "2025-07-09", [("الربع الأول", "2025-Q1")]),
    # secured, covered or extended "until" a month: the coming one
    ("وأكد أن الشركة أمّنت حاجتها من الوقود حتى نهاية أغسطس.", "2025-01-15", [("نهاية أغسطس", "2025-08")]),
    ("ومددت الوزارة العمل بالإعفاء حتى أكتوبر.", "2025-03-02", [("أكتوبر", "2025-10")]),
    ("ويكفي مخزون الأدوية حتى يوليو.", "2025-02-11", [("يوليو", "2025-07")]),
    # near misses: a span that lasted; another event's verb between; a month too far ahead
    ("واستمرت الأشغال حتى نهاية أغسطس.", "2025-01-15", [("نهاية أغسطس", "2024-08")]),
    ("ومددت الحكومة العقد الذي انتهى حتى سبتمبر.", "2025-02-18", [("سبتمبر", "2024-09")]),
    ("ومددت الوزارة العمل بالإعفاء حتى ديسمبر.", "2025-02-18", [("ديسمبر", "2024-12")]),
]


@table("text,published,expected", AHEAD_CASES)
def test_timetables_forecast_quarters_and_coverage(text, published, expected):
    assert dates_found(text, published) == expected
