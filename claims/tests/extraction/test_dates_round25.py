"""Round-25 date rules: the weekday of a yearless day and month picks its year; a fiscal quarter with its months in
brackets is a calendar quarter; the second of two listed months shares the first one's preposition; "قضى الليلة"
is the night just spent, not tonight.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import dates_found, table

# A day and month without a year, told with its weekday: when the weekday does not fall on that date in the year
# the clause gives (the last such date, or the next one when the clause announces the future), the year within
# half a year of the publication date where it does is meant. A written year or a relative word (الماضي، المقبل)
# decides alone; with no weekday, or a weekday that matches no nearby year, the clause's year stays.
WEEKDAY_YEAR_CASES = [
    # published Tuesday 30 December 2025: 3 and 10 January 2026 are Saturdays
    ("وتستأنف المدارس الدراسة يوم السبت 3 يناير بعد عطلة الشتاء.", "2025-12-30",
     [("يوم السبت 3 يناير", "2026-01-03")]),
    ("وتنظم الجامعة يوم الأبواب المفتوحة السبت 10 يناير.", "2025-12-30", [("السبت 10 يناير", "2026-01-10")]),
    ("وقال المتحدث إن الرحلات ستعود الخميس 8 يناير.", "2025-12-30", [("الخميس 8 يناير", "2026-01-08")]),
    # published Wednesday 28 January 2026: Monday 2 February is next week, Sunday 2 February was in 2025
    ("ويستضيف المسرح العرض الأول يوم الاثنين 2 فبراير.", "2026-01-28", [("يوم الاثنين 2 فبراير", "2026-02-02")]),
    ("ويفتح باب التسجيل الأحد 2 فبراير.", "2026-01-28", [("الأحد 2 فبراير", "2025-02-02")]),
    # published Monday 5 January 2026: the last days of December are past
    ("وكانت السلطات قد أغلقت الطريق الأربعاء 31 ديسمبر.", "2026-01-05", [("الأربعاء 31 ديسمبر", "2025-12-31")]),
    ("وأجريت القرعة الخميس 1 يناير.", "2026-01-05", [("الخميس 1 يناير", "2026-01-01")]),
    # near misses: the weekday fits the clause's year (a year back); it fits no nearby year (3 January 2025 was a
    # Friday, 2026 a Saturday); no weekday; a written year or "الماضي" wins over the weekday
    ("وافتتح المعرض أبوابه الأربعاء 8 يناير.", "2025-12-30", [("الأربعاء 8 يناير", "2025-01-08")]),
    ("وسلّمت الشحنة الأحد 3 يناير.", "2025-12-30", [("الأحد 3 يناير", "2025-01-03")]),
    ("وسلّمت الشحنة 3 يناير.", "2025-12-30", [("3 يناير", "2025-01-03")]),
    ("ووصلت البعثة السبت 3 يناير 2025.", "2025-12-30", [("السبت 3 يناير 2025", "2025-01-03")]),
    ("ووصلت البعثة السبت 3 يناير الماضي.", "2025-12-30", [("السبت 3 يناير الماضي", "2025-01-03")]),
    ("ويستضيف المسرح العرض الأول يوم الاثنين 2 فبراير.", None, [("يوم الاثنين 2 فبراير", "XXXX-02-02")]),
]


@table("text,published,expected", WEEKDAY_YEAR_CASES)
def test_the_weekday_picks_the_year_of_a_day_and_month(text, published, expected):
    assert dates_found(text, published) == expected


# "الربع الأول من العام المالي 2024/2025 (يوليو - سبتمبر)": the months in brackets, before or after the fiscal year,
# say which calendar quarter is meant; a month before the fiscal year's first month falls in its second year.
# Without the months only the fiscal year's span is known; three months off the calendar quarters are a span of
# months; a half-year of a fiscal year stays its span.
FISCAL_QUARTER_CASES = [
    ("ارتفعت صادرات الأسمدة 12% خلال الربع الأول من العام المالي 2024/2025 (يوليو - سبتمبر).",
     [("الربع الأول من العام المالي 2024/2025 (يوليو - سبتمبر)", "2024-Q3")]),
    ("وتراجع عجز الميزانية في الربع الثالث (يناير - مارس) من السنة المالية 2024/2025.",
     [("الربع الثالث (يناير - مارس) من السنة المالية 2024/2025", "2025-Q1")]),
    ("وسجلت الشركة أرباحاً في الربع الثاني من السنة المالية الحالية 2025-26 (أكتوبر/تشرين الأول - ديسمبر/كانون الأول).",
     [("الربع الثاني من السنة المالية الحالية 2025-26 (أكتوبر/تشرين الأول - ديسمبر/كانون الأول)", "2025-Q4")]),
    ("ونمت المبيعات في الربع الأول من السنة المالية 2025/2026 (أبريل - يونيو).",
     [("الربع الأول من السنة المالية 2025/2026 (أبريل - يونيو)", "2025-Q2")]),
    ("وتراجع العجز في الربع الثاني (أغسطس - أكتوبر) من العام المالي 2024/2025.",
     [("الربع الثاني (أغسطس - أكتوبر) من العام المالي 2024/2025", "2024-08/2024-10")]),
    # near misses: no months; a half-year; a calendar quarter with its months
    ("وسجل النمو 4% في الربع الأول من العام المالي 2024/2025.", [("2024/2025", "2024/2025")]),
    ("وتراجع العجز في النصف الأول من العام المالي 2024/2025 (يوليو - ديسمبر).", [("2024/2025", "2024/2025")]),
    ("وارتفعت الإيرادات في الربع الرابع (أكتوبر - ديسمبر) من العام 2024.",
     [("الربع الرابع (أكتوبر - ديسمبر) من العام 2024", "2024-Q4")]),
]


@table("text,expected", FISCAL_QUARTER_CASES)
def test_a_fiscal_quarter_with_its_months_is_a_calendar_quarter(text, expected):
    assert dates_found(text, "2026-02-12") == expected


# "في يونيو وأغسطس", "خلال يناير، مارس ومايو": the preposition before a list of months governs each month of it.
# Published Wednesday 1 October 2025.
LISTED_MONTH_CASES = [
    ("وضربت المنطقة موجتا جفاف في يونيو وأغسطس.", [("يونيو", "2025-06"), ("أغسطس", "2025-08")]),
    ("وهطلت أمطار غزيرة خلال يناير، مارس ومايو.", [("يناير", "2025-01"), ("مارس", "2025-03"), ("مايو", "2025-05")]),
    ("وارتفعت أسعار الأعلاف في تموز وآب.", [("تموز", "2025-07"), ("آب", "2025-08")]),
    ("ويتوقع الخبراء ذروة الطلب على الكهرباء في ديسمبر ويناير.", [("ديسمبر", "2025-12"), ("يناير", "2026-01")]),
    # near misses: no preposition before the list; ماي needs a number; a name after و
    ("ويناير وفبراير شهران باردان في الجبال.", []),
    ("وتراجعت المبيعات في ماي وأوت.", []),
    ("وقالت تيريزا ماي وجونسون إن الاتفاق قريب.", []),
]


@table("text,expected", LISTED_MONTH_CASES)
def test_listed_months_share_the_preposition(text, expected):
    assert dates_found(text, "2025-10-01") == expected


# "قضى/أمضى/بات الليلة": a perfective verb of spending the night tells of the night just gone, which runs over two
# dates: no day. The imperfect and the future keep "الليلة" tonight. Published Tuesday 17 March 2026.
NIGHT_SPENT_CASES = [
    ("وقضى مئات المسافرين الليلة في صالات المطار بعد إلغاء رحلاتهم.", []),
    ("وأمضى السكان الليلة في العراء خوفاً من الهزات الارتدادية.", []),
    ("وباتت العائلات الليلة في المدارس بعد ارتفاع منسوب النهر.", []),
    # near misses: the future and the imperfect; a meeting tonight
    ("وسيقضي اللاعبون الليلة في الفندق قبل السفر.", [("الليلة", "2026-03-17")]),
    ("ويمضي الوفد الليلة في العاصمة.", [("الليلة", "2026-03-17")]),
    ("وقال الوزير إن الحكومة ستجتمع الليلة.", [("الليلة", "2026-03-17")]),
]


@table("text,expected", NIGHT_SPENT_CASES)
def test_the_night_just_spent_is_no_day(text, expected):
    assert dates_found(text, "2026-03-17") == expected


# "اليوم نفسه/ذاته"، "نفس/ذات اليوم": the day of the closest day told before (months, weeks and years between are
# passed over), not the publication day; nothing when no day was told. Published Wednesday 4 March 2026.
SAME_DAY_CASES = [
    ("وافتتح الوزير المعرض الاثنين 2 مارس، وزاره في اليوم نفسه أكثر من عشرة آلاف شخص.",
     [("الاثنين 2 مارس", "2026-03-02"), ("اليوم نفسه", "2026-03-02")]),
    ("واعتقلت الشرطة المشتبه به الأحد، وأفرجت عنه مساء اليوم ذاته.",
     [("الأحد", "2026-03-01"), ("مساء اليوم ذاته", "2026-03-01")]),
    ("وفاز الفريق بالكأس في 12 فبراير، وهو أول لقب له منذ 2019، وفي ذات اليوم أعلن المدرب رحيله.",
     [("12 فبراير", "2026-02-12"), ("2019", "2019"), ("اليوم", "2026-02-12")]),
    # near misses: no day told before; today
    ("وأغلقت الحدود في فبراير، وفي اليوم ذاته أعلنت الحكومة حالة الطوارئ.", [("فبراير", "2026-02")]),
    ("وأعلنت الوزارة اليوم نتائج الامتحانات.", [("اليوم", "2026-03-04")]),
]


@table("text,expected", SAME_DAY_CASES)
def test_the_same_day_is_the_day_told_before(text, expected):
    assert dates_found(text, "2026-03-04") == expected
