"""Table-driven cases for round 44's dates: a forecast told under the pluperfect dated by its own report, a bare
month or quarter in a clause that looks forward (a modal قد with the imperfect, a condition with لو or إذا), a
weekday that opens a full date, and a bare "الشهر" that refers back to the month just named.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import dates_found, table

PLUPERFECT_FORECAST = [  # (text, published, expected): "كان … قد توقع" dates the forecast itself to the past
    ("وكانت الوكالة قد توقعت في تقريرها الصادر في سبتمبر هطول أمطار غزيرة على الساحل.", "2026-11-20",
     [("سبتمبر", "2026-09")]),
    ("وكان المعهد قد توقع في دراسته المنشورة في أغسطس تراجع المبيعات.", "2026-10-02", [("أغسطس", "2026-08")]),
    ("وكانت شركات الطيران قد توقعت خلال مؤتمرها في يونيو زيادة الرحلات.", "2026-07-15", [("يونيو", "2026-06")]),
    # must not change: what the forecast foresaw (after أن) is ahead of it; a forecast told without the pluperfect
    ("وكان البنك قد توقع أن يتراجع التضخم في مارس.", "2026-11-12", [("مارس", "2027-03")]),
    ("وتوقع الاتحاد في تقريره أن تنتعش الصادرات في فبراير.", "2026-11-12", [("فبراير", "2027-02")]),
    ("وكانت المديرية قد أصدرت نشرة توقعت فيها أمطاراً في ديسمبر.", "2026-11-12", [("ديسمبر", "2025-12")]),
]


@table("text, published, expected", PLUPERFECT_FORECAST)
def test_a_forecast_told_under_the_pluperfect_is_dated_in_the_past(text, published, expected):
    assert dates_found(text, published) == expected


MAY_OR_IF_AHEAD = [  # (text, published, expected): a bare month or quarter after قد + imperfect, or in a condition
    ("وحذر خبراء من أن أسعار الأعلاف قد ترتفع مجدداً في يناير.", "2026-11-03", [("يناير", "2027-01")]),
    ("ويرى محللون أن الطلب على الكهرباء قد يبلغ ذروته عند 4.2 غيغاواط في أغسطس.", "2026-06-10", [("أغسطس", "2026-08")]),
    ("وقال المدير: «إذا تأخرت الأمطار حتى مارس، فإن الموسم الزراعي سيتضرر».", "2026-12-01", [("مارس", "2027-03")]),
    ("وأضاف أنه لو استمرت الصادرات على هذا النحو، فإن زيادة الرسوم في الربع الثاني تبقى واردة.", "2026-09-14",
     [("الربع الثاني", "2027-Q2")]),
    # must not change: كان/يكون … قد with a perfective in ت-، "لو كان"، a plain past
    ("وكانت القرية قد تعرضت لفيضان مماثل في 12 مارس.", "2026-11-03", [("12 مارس", "2026-03-12")]),
    ("ونفى أن يكون الفريق قد تسلم المعدات قبل شهر يوليو.", "2026-09-20", [("شهر يوليو", "2026-07")]),
    ("وتساءل عما إذا كان المصنع قد أغلق في فبراير.", "2026-11-03", [("فبراير", "2026-02")]),
    ("وارتفعت الأسعار بنسبة 3.5% في يناير.", "2026-11-03", [("يناير", "2026-01")]),
]


@table("text, published, expected", MAY_OR_IF_AHEAD)
def test_a_bare_month_after_a_modal_or_in_a_condition_looks_ahead(text, published, expected):
    assert dates_found(text, published) == expected


WEEKDAY_BEFORE_LINKED_DATE = [  # (text, published, expected): a weekday, then a Hijri date linked to its Gregorian
    ("وصلت القافلة يوم الأربعاء، 16 جمادى الأولى الموافق 28 أكتوبر.", "2026-10-22",
     [("يوم الأربعاء، 16 جمادى الأولى الموافق 28 أكتوبر", "2026-10-28")]),
    ("يفتتح المعرض أبوابه الثلاثاء 22 جمادى الأولى الموافق 3 نوفمبر.", "2026-10-22",
     [("الثلاثاء 22 جمادى الأولى الموافق 3 نوفمبر", "2026-11-03")]),
    ("أقيمت صلاة الاستسقاء يوم الخميس 10 جمادى الأولى الموافق 22 أكتوبر.", "2026-10-22",
     [("يوم الخميس 10 جمادى الأولى الموافق 22 أكتوبر", "2026-10-22")]),
    # must not change: words between the weekday and the date; a weekday the date does not fall on
    ("يغلق التسجيل يوم الخميس، وفي 17 جمادى الأولى الموافق 29 أكتوبر تبدأ الزراعة.", "2026-10-22",
     [("يوم الخميس", "2026-10-22"), ("17 جمادى الأولى الموافق 29 أكتوبر", "2026-10-29")]),
    ("وأغلق التسجيل يوم الأحد 17 جمادى الأولى الموافق 29 أكتوبر.", "2026-10-22",
     [("يوم الأحد", "2026-10-18"), ("17 جمادى الأولى الموافق 29 أكتوبر", "2026-10-29")]),
]


@table("text, published, expected", WEEKDAY_BEFORE_LINKED_DATE)
def test_a_weekday_before_a_linked_hijri_and_gregorian_date_names_it(text, published, expected):
    assert dates_found(text, published) == expected


MONTH_TOLD_BEFORE = [  # (text, published, expected): "مطلع/نهاية الشهر" right after a named month is that month
    ("وتأخر صرف رواتب شهر آب حتى نهاية الشهر بسبب نقص السيولة.", "2026-11-04",
     [("شهر آب", "2026-08"), ("نهاية الشهر", "2026-08")]),
    ("وبدأ موسم الصيد في أواخر سبتمبر الماضي، بدلا من مطلع الشهر كما هو معتاد.", "2026-11-04",
     [("أواخر سبتمبر الماضي", "2026-09"), ("مطلع الشهر", "2026-09")]),
    ("وفي 6 يونيو 2025 أعلنت الشركة أن الشحنة ستصل منتصف الشهر.", "2026-11-04",
     [("6 يونيو 2025", "2025-06-06"), ("منتصف الشهر", "2025-06")]),
    # must not change: no month named in the sentence; a month told in an earlier sentence; a name that is also a verb
    ("وتصرف المنحة للمستفيدين نهاية الشهر.", "2026-11-04", [("نهاية الشهر", "2026-11")]),
    ("وانتهت الحملة في سبتمبر. وتصرف المنحة نهاية الشهر.", "2026-11-04",
     [("سبتمبر", "2026-09"), ("نهاية الشهر", "2026-11")]),
    ("وقال إن الوزير مارس ضغوطا كبيرة لتوقيع الاتفاق قبل نهاية الشهر.", "2026-11-04", [("نهاية الشهر", "2026-11")]),
]


@table("text, published, expected", MONTH_TOLD_BEFORE)
def test_a_bare_month_word_after_a_named_month_refers_back_to_it(text, published, expected):
    assert dates_found(text, published) == expected


TODAY_AS_A_STATE = [  # (text, published, expected): "اليوم" of a present state is nowadays, not the publication day
    ("وقال رئيس الجمعية: لدينا اليوم أكثر من 3 آلاف متطوع في كل الولايات.", "2026-05-10", []),
    ("ولديها اليوم 40 فرعاً في مختلف المدن.", "2026-05-10", []),
    ("س: ما هي نسبة البطالة بين خريجي الجامعات اليوم؟", "2026-05-10", []),
    ("وما هو وضع المستشفى اليوم؟", "2026-05-10", []),
    # must not change: something one has today that is no count; a question of an act; a relative clause
    ("لدينا اليوم اجتماع مع وزير المالية.", "2026-05-10", [("اليوم", "2026-05-10")]),
    ("هل يصل الوفد اليوم؟", "2026-05-10", [("اليوم", "2026-05-10")]),
    ("ما هي الإجراءات التي اتخذتها الوزارة اليوم؟", "2026-05-10", [("اليوم", "2026-05-10")]),
    ("ما هو ردكم على ما قاله الوزير اليوم؟", "2026-05-10", [("اليوم", "2026-05-10")]),
]


@table("text, published, expected", TODAY_AS_A_STATE)
def test_today_of_a_present_state_is_nowadays(text, published, expected):
    assert dates_found(text, published) == expected
