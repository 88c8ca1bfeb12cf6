"""Round-28 date rules: the same period of an earlier year is a comparison base; the start or end of a fiscal year
written with its two years; "الليلة" inside a quotation; a bare month just ahead in a sentence told in the present;
a past demand for something "before" a month; a perfective forecast under a pluperfect.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import dates_found, table

CASES = [
    # "الفترة نفسها/ذاتها/المماثلة من …": the base of a comparison dates nothing
    ("وتراجعت الصادرات 4% مقارنة بالفترة نفسها من العام الماضي.", "2025-06-10", []),
    ("وسجل الميناء 3 ملايين حاوية مقابل 2.6 مليون في الفترة ذاتها من عام 2023.", None, []),
    ("وارتفعت المبيعات مقارنة بالفترة المماثلة من 2024.", None, []),
    # near misses: a period of last year that is no comparison base; a quarter; "مقارنة بالعام الماضي" stays out
    ("وتراجعت الصادرات خلال الربع الأول من العام الماضي.", "2025-06-10", [("الربع الأول من العام الماضي", "2024-Q1")]),
    ("وافتتح الجسر في الفترة من مارس إلى مايو من العام الماضي.", "2025-06-10",
     [("من مارس إلى مايو من العام الماضي", "2024-03/2024-05")]),
    ("وزاد الإنتاج 3% مقارنة بالعام الماضي.", "2025-06-10", []),
    # the start of a fiscal year written with its two years falls in the first, its end in the second
    ("وبلغت الإيرادات 2 مليار دولار منذ بداية العام المالي 2025/2026.", "2025-10-01", [("2025/2026", "2025")]),
    ("ويستمر الدعم حتى نهاية السنة المالية 2024-2025.", None, [("2024-2025", "2025")]),
    # near miss: the fiscal year alone stays a span
    ("وارتفع العجز في العام المالي 2023/2024.", None, [("2023/2024", "2023/2024")]),
    # "الليلة" inside a quotation is the speaker's night, which the report may tell a day later
    ("وقال المدرب: «قدمنا الليلة مباراة كبيرة أمام جمهورنا».", "2025-03-02", []),
    ("وأضاف: \"ما حققناه الليلة ثمرة عمل طويل\".", "2025-03-02", []),
    # near misses: "الليلة" outside quotes; a quote closed before it
    ("وتقام المباراة النهائية الليلة في الملعب الأولمبي.", "2025-03-02", [("الليلة", "2025-03-02")]),
    ("وقال «الفوز مهم» قبل مباراة الليلة في الرباط.", "2025-03-02", [("الليلة", "2025-03-02")]),
]


@table("text,published,expected", CASES)
def test_comparison_bases_fiscal_edges_and_quoted_nights(text, published, expected):
    assert dates_found(text, published) == expected


AHEAD_CASES = [
    # a sentence that opens on an imperfect and tells nothing past: the bare month just ahead is the coming one
    ("ويتزامن افتتاح المعرض مع انطلاق العطلة الصيفية مطلع يوليو.", "2025-06-12", [("مطلع يوليو", "2025-07")]),
    ("ويبلغ الطلب على الكهرباء ذروته في أغسطس.", "2025-07-03", [("أغسطس", "2025-08")]),
    # near misses: a perfective verb; منذ; a month far ahead; a month behind
    ("ويأتي ذلك بعد أن شهدت المدينة فيضانات في يوليو.", "2025-06-12", [("يوليو", "2024-07")]),
    ("ويعاني القطاع من أزمة منذ يوليو.", "2025-06-12", [("يوليو", "2024-07")]),
    ("ويتزامن المعرض مع أعياد الميلاد في ديسمبر.", "2025-06-12", [("ديسمبر", "2024-12")]),
    ("ويتزامن المعرض مع ذكرى الافتتاح في مارس.", "2025-06-12", [("مارس", "2025-03")]),
    # a demand told in the past for something "before" a time: that time was ahead when asked
    ("وطالبت الجمعية بصرف التعويضات قبل انطلاق الموسم الدراسي في سبتمبر.", "2025-05-27", [("سبتمبر", "2025-09")]),
    ("ودعت النقابة إلى استئناف الحوار قبل عيد العمال في مايو.", "2025-03-10", [("مايو", "2025-05")]),
    # near miss: a perfective verb after the demand tells of the past
    ("وطالب النواب بمحاسبة المسؤولين عن الحادث الذي وقع قبل العيد في سبتمبر.", "2025-05-27",
     [("سبتمبر", "2024-09")]),
    # a forecast told with a perfective verb under a pluperfect has passed; a future verb in it still looks ahead
    ("وكانت الهيئة قد أصدرت تحذيراً توقعت فيه عواصف رملية يوم الجمعة.", "2025-04-15", [("يوم الجمعة", "2025-04-11")]),
    ("توقعت الهيئة عواصف رملية يوم الجمعة.", "2025-04-15", [("يوم الجمعة", "2025-04-18")]),
    ("وكان المكتب قد أصدر نشرة أكد فيها أن الأمطار ستستمر إلى غاية مساء الخميس.", "2025-04-15",
     [("مساء الخميس", "2025-04-17")]),
]


@table("text,published,expected", AHEAD_CASES)
def test_present_sentences_demands_and_pluperfect_forecasts(text, published, expected):
    assert dates_found(text, published) == expected
