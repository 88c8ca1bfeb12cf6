"""Table-driven cases for round 18: a bar of tool words alone ("طباعة | إرسال | حفظ"), a masthead's date line
with the issue number after the date, and a date line between the masthead and the section label.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from claims.extraction.cleaning.dates import read_date_line

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "إطلاق خط حافلات سريع يربط الجامعة بوسط المدينة خلال سبتمبر"
LEAD = ("أعلنت هيئة النقل العام، صباح الأحد، إطلاق خط حافلات سريع يربط الحرم الجامعي بوسط المدينة بطول "
        "18 كيلومترا، على أن يبدأ التشغيل مطلع سبتمبر المقبل.")
BODY = (
    f"{LEAD}\n\n"
    "وقال مدير الهيئة إن الخط سيخدم نحو 30 ألف راكب يوميا، وإن الحافلات ستعمل بالكهرباء بالكامل "
    "لخفض الانبعاثات في الأحياء المزدحمة.\n\n"
    "وأضاف أن كلفة المشروع بلغت 45 مليون دولار بتمويل مشترك بين البلدية وصندوق التنمية.\n"
)


TOOL_BARS = [
    "طباعة | إرسال | حفظ",
    "إرسال | طباعة",
    "حفظ • البريد الإلكتروني • طباعة",
    "أرسل | حفظ | طباعة",
    "Print | Email | Save",
]


@table("bar", TOOL_BARS)
def test_bar_of_tool_words_under_the_text_is_dropped(bar):
    cleaned = clean_checked(f"{TITLE}\n{BODY}{bar}\n")
    assert bar not in cleaned.body and LEAD in cleaned.body


# (a line whose parts are phrases, not tool words: it stays)
TOOL_BAR_NEAR_MISSES = [
    "إرسال التعزيزات | حفظ الأمن",
    "الأهلي | إرسال | الزمالك",
]


@table("line", TOOL_BAR_NEAR_MISSES)
def test_line_with_tool_like_phrases_stays(line):
    raw = f"{TITLE}\n{LEAD}\n{line}\n{BODY}"
    assert line in clean_checked(raw).body


# (date line of the print edition, ISO date it gives)
ISSUE_STAMPS = [
    ("الأحد 3 رجب 1446هـ - 5 يناير 2025م - العدد 12345", "2025-01-05"),
    ("15 يوليو 2025 | العدد 812", "2025-07-15"),
    ("الخميس 6 مارس 2025 - السنة 12 - العدد 4321", "2025-03-06"),
]


@table("stamp, published", ISSUE_STAMPS)
def test_date_with_issue_number_after_it_is_a_stamp_not_the_title(stamp, published):
    cleaned = clean_checked(f"الساحل\n{stamp}\nمحليات\n{TITLE}\n{BODY}")
    assert cleaned.title == TITLE
    assert cleaned.published == published
    assert stamp not in cleaned.body and "محليات" not in cleaned.body.split("\n")


# (a headline holding a year and an issue of something: no date before the number, it stays the title)
ISSUE_NEAR_MISSES = [
    "موازنة 2025 - العدد الأكبر من المشاريع",
    "مجلة الطلبة 2025 - العدد 3",
]


@table("headline", ISSUE_NEAR_MISSES)
def test_headline_with_year_and_issue_stays_the_title(headline):
    cleaned = clean_checked(f"{headline}\n{BODY}")
    assert cleaned.title == headline
    assert cleaned.published is None


# (masthead or nothing, date line, section label)
DATE_OVER_SECTION = [
    ("جريدة الساحل", "الأربعاء ١٢ رجب ١٤٤٦هـ - ١٢ يناير ٢٠٢٥م", "محليات"),
    ("الساحل", "الثلاثاء 14 يناير 2025", "اقتصاد"),
    ("", "14/01/2025", "أخبار عربية"),
]


@table("masthead, date, section", DATE_OVER_SECTION)
def test_section_label_under_the_date_line_is_dropped(masthead, date, section):
    head = f"{masthead}\n" if masthead else ""
    cleaned = clean_checked(f"{head}{date}\n{section}\n{TITLE}\n{BODY}")
    assert cleaned.title == TITLE
    assert cleaned.published == read_date_line(date).isoformat()
    assert section not in cleaned.body.split("\n") and date not in cleaned.body


def test_date_line_over_the_headline_leaves_the_headline():
    # no label under the date: the line under it is the headline, kept as the title
    cleaned = clean_checked(f"الساحل\nالثلاثاء 14 يناير 2025\n{TITLE}\n{BODY}")
    assert cleaned.title == TITLE and cleaned.published == "2025-01-14"
