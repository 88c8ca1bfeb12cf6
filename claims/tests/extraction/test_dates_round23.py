"""Round-23 month rules: an effort or aim told in the present sets a goal still ahead.

Invented sentences of other topics; published on Wednesday 11 June 2025.
"""
from __future__ import annotations

from .helpers import dates_found, table

PUB = "2025-06-11"

# "نعمل/تسعى/نسابق … قبل <month>": the month a present effort aims at is the coming one (within a few months).
EFFORT_AHEAD_CASES = [
    ("ونعمل على مدار الساعة لإصلاح الشبكة قبل بدء الموسم في أيلول.", [("أيلول", "2025-09")]),
    ("تسعى الشركة إلى تسليم الشقق لأصحابها قبل أغسطس.", [("أغسطس", "2025-08")]),
    ("ونسابق الزمن لفتح الطريق الجبلي قبل تساقط الثلوج في أكتوبر.", [("أكتوبر", "2025-10")]),
    ("تعمل البلدية على تنظيف المجاري قبل موسم الأمطار في تشرين الأول/أكتوبر.", [("تشرين الأول/أكتوبر", "2025-10")]),
    ("يخطط النادي لضم لاعبين جدد قبل انطلاق الدوري في آب.", [("آب", "2025-08")]),
    ("ونأمل أن ننهي ترميم المدرسة قبل يوليو.", [("يوليو", "2025-07")]),
    # near misses: a past or habitual frame keeps the most recent such month
    ("كان يعمل في المصنع قبل يوليو.", [("يوليو", "2024-07")]),  # was working
    ("عمل المهندس في الميناء قبل أغسطس.", [("أغسطس", "2024-08")]),  # perfective
    ("تعمل الشركة في السوق المحلية، وأعلنت أرباحها في أغسطس.", [("أغسطس", "2024-08")]),  # no قبل after the verb
    ("نعمل على إصلاح الشبكة التي ضربها الإعصار قبل يوليو.", [("يوليو", "2024-07")]),  # a perfective verb after the effort
    ("تسعى الوزارة إلى إنهاء الأزمة قبل ديسمبر.", [("ديسمبر", "2024-12")]),  # six months off: too far to guess
]


@table("text,expected", EFFORT_AHEAD_CASES)
def test_a_present_effort_aims_at_a_coming_month(text, expected):
    assert dates_found(text, PUB) == expected


# A bare month with no tense cue stays the most recent one, even when the next one is only weeks away: "عيد العمال،
# الذي يصادف الأول من مايو" told in February is last May's (checked on the corpus: a nearest-month rule broke both cases).
NO_CUE_CASES = [
    ("وكان الوزير قد تحدث في مؤتمر عقد في يوليو عن الخطة.", [("يوليو", "2024-07")]),
    ("وقال إن المعرض الذي يصادف الأول من أغسطس جذب الزوار.", [("الأول من أغسطس", "2024-08-01")]),
]


@table("text,expected", NO_CUE_CASES)
def test_a_bare_month_without_a_cue_stays_past(text, expected):
    assert dates_found(text, PUB) == expected
