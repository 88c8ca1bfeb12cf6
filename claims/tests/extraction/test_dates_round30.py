"""Round-30 date rules: the n-th week of a month that starts on a Monday is a calendar week; "يُرتقب" is a future
word; an event named by its weekday ("مباراة الأحد") and told with a future verb is still ahead; two months joined
by a hyphen before a year are a span; a yearless day a few days back stays in this year under a future verb.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import dates_found, table

WEEK_CASES = [
    # 1 December 2025 and 1 September 2025 are Mondays
    ("وتُجرى الاختبارات خلال الأسبوع الأول من ديسمبر المقبل.", "2025-11-20",
     [("الأسبوع الأول من ديسمبر المقبل", "2025-W49")]),
    ("وزعت الجمعية السلال الغذائية في الأسبوع الثاني من شهر سبتمبر الجاري.", "2025-09-20",
     [("الأسبوع الثاني من شهر سبتمبر الجاري", "2025-W37")]),
    # near misses: 1 June 2025 is a Sunday, so the first week is the month; no year known, the month
    ("وينعقد المجلس في الأسبوع الأول من يونيو المقبل.", "2025-05-10", [("الأسبوع الأول من يونيو المقبل", "2025-06")]),
    ("ويبدأ التسجيل في الأسبوع الأول من سبتمبر.", None, [("الأسبوع الأول من سبتمبر", "XXXX-09")]),
    ("وتراجعت المبيعات في النصف الأول من سبتمبر الجاري.", "2025-09-20", [("النصف الأول من سبتمبر الجاري", "2025-09")]),
]


@table("text,published,expected", WEEK_CASES)
def test_weeks_of_a_month_starting_on_monday(text, published, expected):
    assert dates_found(text, published) == expected


FUTURE_CASES = [
    # يُرتقب/تُرتقب: expected, still to come
    ("ويُرتقب أن يستأنف الميناء نشاطه ابتداءً من الأسبوع الأول من يوليو.", "2025-05-20",
     [("الأسبوع الأول من يوليو", "2025-07")]),
    ("وتُرتقب عودة الرحلات الجوية في يونيو.", "2024-05-02", [("يونيو", "2024-06")]),
    # near misses: what was expected; a perfective verb
    ("وكان يُرتقب أن تفتح الحدود في مارس.", "2024-05-02", [("مارس", "2024-03")]),
    ("وافتتحت الحدود في يونيو.", "2024-05-02", [("يونيو", "2023-06")]),
]


@table("text,published,expected", FUTURE_CASES)
def test_expected_is_future(text, published, expected):
    assert dates_found(text, published) == expected


# published Saturday 2026-03-14
EVENT_WEEKDAY_CASES = [
    ("وقال المدرب: «مواجهة الأحد أمام الوداد ستكون صعبة».", [("الأحد", "2026-03-15")]),
    ("وأكد النائب أن جلسة الثلاثاء ستحسم مصير القانون.", [("الثلاثاء", "2026-03-17")]),
    # near misses: the event is over, or a new clause carries the future verb
    ("وقال إن مباراة الأحد كانت صعبة.", [("الأحد", "2026-03-08")]),
    ("وقال المدرب عقب مباراة الخميس إنه سيغادر النادي.", [("الخميس", "2026-03-12")]),
    ("وأكد أن اجتماع الخميس، الذي عقد في الوزارة، سيبقى سرياً.", [("الخميس", "2026-03-12")]),
]


@table("text,expected", EVENT_WEEKDAY_CASES)
def test_event_named_by_weekday_told_ahead(text, expected):
    assert dates_found(text, "2026-03-14") == expected


RANGE_CASES = [
    ("وبلغت الصادرات خلال الربع الثاني من العام المالي الحالي (أكتوبر-ديسمبر 2025) نحو 4 مليارات.", "2026-02-01",
     [("أكتوبر-ديسمبر 2025", "2025-10/2025-12")]),
    ("وتراجعت المبيعات خلال الفترة يناير – مارس من العام الماضي.", "2025-06-01",
     [("يناير – مارس من العام الماضي", "2024-01/2024-03")]),
    # near misses: one month under two names; no year after the pair
    ("وارتفع المؤشر في أكتوبر - تشرين الأول 2025.", None, [("أكتوبر - تشرين الأول 2025", "2025-10")]),
]


@table("text,published,expected", RANGE_CASES)
def test_hyphenated_month_spans(text, published, expected):
    assert dates_found(text, published) == expected


JUST_PAST_CASES = [
    # a day a few days back, inside a clause about what is to come
    ("وقالت الهيئة إنها ستبدأ فحص الطلبات بعد انتهاء مهلة التقديم في 28 فبراير.", "2025-03-04",
     [("28 فبراير", "2025-02-28")]),
    # near misses: a day weeks back under a future verb is next year's; a day ahead stays ahead
    ("وسيعقد المؤتمر في 15 فبراير.", "2025-03-04", [("15 فبراير", "2026-02-15")]),
    ("وسيعقد المؤتمر في 10 مارس.", "2025-03-04", [("10 مارس", "2025-03-10")]),
]


@table("text,published,expected", JUST_PAST_CASES)
def test_day_just_past_under_future_verb(text, published, expected):
    assert dates_found(text, published) == expected


NOWADAYS_CASES = [
    # a past habit (كان + imperfect) set against the present: "اليوم" is nowadays
    ("وكانت البحيرة تستقبل 900 مليون متر مكعب سنوياً، فيما لا يصلها اليوم سوى 50 مليوناً.", []),
    ("كانت القرية تعيش على الصيد، بينما يعمل أغلب شبابها اليوم في الفنادق.", []),
    # near misses: a news verb after the contrast; no past habit before it
    ("كانت اللجنة تدرس الملف، فيما أعلنت الوزارة اليوم قرارها.", [("اليوم", "2024-04-22")]),
    ("وتدرس اللجنة الملف، فيما أعلن الوزير اليوم موقفه.", [("اليوم", "2024-04-22")]),
]


@table("text,expected", NOWADAYS_CASES)
def test_today_against_a_past_habit(text, expected):
    assert dates_found(text, "2024-04-22") == expected
