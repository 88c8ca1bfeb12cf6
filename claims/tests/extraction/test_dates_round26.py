"""Round-26 date rules: the night from one weekday to the next ("ليلة الاثنين إلى الثلاثاء") spans both dates; the dual
"شهري" binds two months in a row into one interval and cues a month after it.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import dates_found, table

# "ليلة/ليل X إلى/على/- Y" (or X and Y side by side) with Y the day after X is one night over two dates: their
# interval, resolved as "يومي X وY" is (the past unless the clause announces the future). A lone "ليلة الاثنين"
# stays Monday: in Arabic usage it may be the night before Monday or Monday night, and nothing in the phrase tells
# which. Two weekdays that are not next to each other are read one by one.
NIGHT_CASES = [
    # published Thursday 12 March 2026
    ("وشنت طائرات مسيرة غارات على المدينة ليلة الثلاثاء إلى الأربعاء.", "2026-03-12",
     [("ليلة الثلاثاء إلى الأربعاء", "2026-03-10/2026-03-11")]),
    ("وتسللت مجموعة مسلحة إلى القرية ليلة الاثنين على الثلاثاء.", "2026-03-12",
     [("ليلة الاثنين على الثلاثاء", "2026-03-09/2026-03-10")]),
    ("وسرق مجهولون محتويات المتحف ليل الأحد-الاثنين.", "2026-03-12", [("ليل الأحد-الاثنين", "2026-03-08/2026-03-09")]),
    ("واندلع الحريق في المستودع ليلة الأربعاء الخميس.", "2026-03-12",
     [("ليلة الأربعاء الخميس", "2026-03-11/2026-03-12")]),
    ("وأغلقت الشرطة الطريق السريع ليلة السبت إلى الأحد الماضية.", "2026-03-12",
     [("ليلة السبت إلى الأحد الماضية", "2026-03-07/2026-03-08")]),
    ("وتوقعت الأرصاد أن تتساقط الثلوج ليلة الجمعة إلى السبت.", "2026-03-12",
     [("ليلة الجمعة إلى السبت", "2026-03-13/2026-03-14")]),
    ("وانقطعت المياه عن الأحياء الشرقية حتى منتصف ليل الخميس – الجمعة.", "2026-03-13",
     [("منتصف ليل الخميس – الجمعة", "2026-03-12/2026-03-13")]),
    ("ووصل القارب إلى الشاطئ ليلة الثلاثاء إلى الأربعاء.", None,
     [("ليلة الثلاثاء إلى الأربعاء", "XXXX-WXX-2/XXXX-WXX-3")]),
    # near misses: a lone night stays its weekday; two days apart, and the same after من (a span from one day to another)
    ("وقصفت المدفعية مواقع المسلحين ليلة الاثنين.", "2026-03-12", [("ليلة الاثنين", "2026-03-09")]),
    ("وقصف الطيران مواقع المسلحين ليلة الخميس إلى السبت.", "2026-03-14",
     [("ليلة الخميس", "2026-03-12"), ("السبت", "2026-03-14")]),
    ("وظل المحتجون في الساحة من ليلة الخميس إلى السبت.", "2026-03-14",
     [("من ليلة الخميس إلى السبت", "2026-03-12/2026-03-14")]),
    ("وعقدت الورشة من الأحد إلى الخميس.", "2026-03-12", [("من الأحد إلى الخميس", "2026-03-08/2026-03-12")]),
]


@table("text,published,expected", NIGHT_CASES)
def test_the_night_from_one_day_to_the_next_spans_both(text, published, expected):
    assert dates_found(text, published) == expected


# "شهري X وY": "the two months X and Y". Two months in a row are one stretch, as "يومي 18 و19" is, with or without a
# year or a relative word after them; two months apart are two months, each read after "شهري" as after "في".
# Without "شهري" and without a tail ("في سبتمبر وأكتوبر") the months are still read one by one.
TWO_MONTHS_CASES = [
    ("وتراجعت مبيعات السيارات خلال شهري يناير وفبراير.", "2026-05-20", [("شهري يناير وفبراير", "2026-01/2026-02")]),
    ("وشهدت البلاد موجة حر في شهري تموز وآب.", "2025-09-10", [("شهري تموز وآب", "2025-07/2025-08")]),
    ("وتضاعف عدد السياح في شهري يوليو وأغسطس من العام الماضي.", "2026-02-01",
     [("شهري يوليو وأغسطس من العام الماضي", "2025-07/2025-08")]),
    ("وسجلت الموانئ تراجعا في شهري مارس وأبريل 2024.", "2025-02-01", [("شهري مارس وأبريل 2024", "2024-03/2024-04")]),
    # near misses: two months apart are a list; a month pair across the year end is two months; no "شهري"
    ("وأغلق المتحف أبوابه في شهري يناير ومارس.", "2026-05-20", [("يناير", "2026-01"), ("مارس", "2026-03")]),
    ("ويقام المهرجان في شهري ديسمبر ويناير المقبلين.", "2026-11-05",
     [("ديسمبر", "2026-12"), ("يناير المقبلين", "2027-01")]),
    ("وتراجعت الصادرات في سبتمبر وأكتوبر.", "2025-11-20", [("سبتمبر", "2025-09"), ("أكتوبر", "2025-10")]),
    ("ويدفع المشترك رسماً شهرياً قدره عشرة دنانير.", "2025-11-20", []),
]


@table("text,published,expected", TWO_MONTHS_CASES)
def test_two_months_told_as_a_dual(text, published, expected):
    assert dates_found(text, published) == expected
