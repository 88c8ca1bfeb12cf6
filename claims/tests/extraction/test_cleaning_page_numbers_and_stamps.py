"""Table-driven cases: the article's number or short link is page furniture ("رقم الخبر: 4471203", "رابط مختصر:
example.com/?n=8812"), also closing the page's stamp ("… | رمز الخبر: 3500121"); a stamp may print the Solar Hijri
date beside the Gregorian one ("| 13 آذر 1404", "- 3 آبان 1404 هـ.ش"), the month's two names joined by a dash
("أغسطس-آب") and the hour alone after "الساعة" ("الساعة 09 صباحاً"): it is still a date line, read and dropped.

Written by hand on a made-up page; the last cases of each table must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "افتتاح أول محطة لتحلية مياه البحر بالطاقة الشمسية في الساحل الجنوبي"
LEAD = ("افتتحت وزارة الموارد المائية اليوم أول محطة لتحلية مياه البحر تعمل بالطاقة الشمسية في الساحل الجنوبي، "
        "بطاقة إنتاجية تبلغ 20 ألف متر مكعب يومياً.")
SECOND = "وقال وزير الموارد المائية إن المحطة ستغطي حاجة نحو 80 ألف نسمة، وإن محطتين أخريين ستدخلان الخدمة العام المقبل."

FURNITURE = [  # a line under the stamp or at the foot
    "رقم الخبر: 4471203",
    "رمز الخبر: 99812",
    "News ID: 552133",
    "رابط مختصر: example-news.com/?p=88120",
    "الرابط المختصر: https://a.example.org/x7Yq",
]


@table("line", FURNITURE)
def test_the_article_number_or_short_link_is_furniture(line):
    for page in ([TITLE, "12 مارس 2026", line, "", LEAD, "", SECOND], [TITLE, "", LEAD, "", SECOND, "", line]):
        cleaned = clean_checked("\n".join(page))
        assert line not in cleaned.body
        assert LEAD in cleaned.body and SECOND in cleaned.body


KEPT_LINES = [  # must not change: a labelled number that is not the page's, a sentence naming a link
    "رقم القرار: 1245",
    "وأتاحت الوزارة رابط التسجيل على موقعها الإلكتروني للراغبين في زيارة المحطة.",
]


@table("line", KEPT_LINES)
def test_other_numbers_and_links_stay(line):
    cleaned = clean_checked("\n".join([TITLE, "", LEAD, "", line, "", SECOND]))
    assert line in cleaned.body


STAMPS = [  # (the line under the title, published)
    ("الخميس 4 ديسمبر 2025 - 09:10 | 13 آذر 1404 | رمز الخبر: 3500121", "2025-12-04"),
    ("السبت 25 أكتوبر 2025 - 3 آبان 1404 هـ.ش", "2025-10-25"),
    ("الاثنين 17 أغسطس-آب 2026 الساعة 09 صباحاً", "2026-08-17"),
    ("الاثنين 17 أغسطس-آب 2026", "2026-08-17"),
    # must not change: a stamp of the usual kind
    ("الاثنين 17 أغسطس 2026 - 09:30", "2026-08-17"),
]


@table("stamp, published", STAMPS)
def test_a_stamp_with_another_calendar_or_an_article_number_is_read(stamp, published):
    cleaned = clean_checked("\n".join([TITLE, stamp, "", LEAD, "", SECOND]))
    assert cleaned.title == TITLE
    assert cleaned.published == published
    assert stamp not in cleaned.body


SENTENCES = [  # must not change: a date and a clause on the line is no stamp
    "الاثنين 17 أغسطس-آب 2026 الساعة 09 صباحاً موعد افتتاح المرحلة الثانية من المشروع.",
]


@table("sentence", SENTENCES)
def test_a_date_in_a_sentence_stays(sentence):
    cleaned = clean_checked("\n".join([TITLE, "", LEAD, "", sentence, "", SECOND]))
    assert sentence in cleaned.body
