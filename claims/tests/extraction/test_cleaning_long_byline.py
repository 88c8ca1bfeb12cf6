"""A reporter's full name of four or five words alone under the title, over or under the date line, is a byline:
"محمد عبد الرحمن السيد علي". A subtitle of as many words shares its words with the story and stays.

Written by hand; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "ارتفاع أسعار الخبز في الأسواق المحلية بنسبة 20%"
DATE = "الأحد 2 مارس 2025 - 10:30 ص"
BODY = (
    "أعلنت وزارة التموين، اليوم الأحد، رفع سعر رغيف الخبز المدعم بنسبة 20% اعتباراً من الشهر المقبل، في خطوة "
    "تهدف إلى خفض عجز الموازنة العامة للدولة.\n"
    "وقال المتحدث باسم الوزارة إن القرار يشمل أكثر من 60 مليون مواطن يحملون بطاقات التموين، وإن الحكومة ستواصل "
    "دعم الأسر الأكثر احتياجاً عبر برامج الحماية الاجتماعية.\n"
    "وأضاف أن سعر الرغيف سيرتفع من 20 قرشاً إلى 24 قرشاً، مشيراً إلى أن تكلفة إنتاجه تجاوزت 1.25 جنيه بعد "
    "ارتفاع أسعار القمح والوقود خلال العام الماضي.\n"
    "وأثار القرار انتقادات واسعة على مواقع التواصل الاجتماعي، حيث طالب مستخدمون بزيادة الأجور لمواجهة موجة الغلاء.\n"
)

LONG_NAMES = [
    "محمد عبد الرحمن السيد علي",
    "فاطمة الزهراء بن عبد الله",
    "أحمد محمود عبد العزيز",
    "سارة يوسف حسن البدري",
]


@table("name", LONG_NAMES)
def test_a_long_name_over_the_date_line_is_a_byline(name):
    cleaned = clean_checked(f"{TITLE}\n{name}\n{DATE}\n{BODY}")
    assert cleaned.title == TITLE
    assert name not in cleaned.body
    assert cleaned.body.startswith("أعلنت وزارة التموين")


@table("name", LONG_NAMES)
def test_a_long_name_under_the_date_line_is_a_byline(name):
    cleaned = clean_checked(f"{TITLE}\n{DATE}\n{name}\n{BODY}")
    assert name not in cleaned.body


SUBTITLES = [  # four or five words under the title that the story takes up: a subtitle, kept
    "ارتفاع سعر رغيف الخبز المدعم",
    "رغيف الخبز يرتفع إلى 24 قرشاً",
    "قرار التموين يشمل ملايين المواطنين",
]


@table("subtitle", SUBTITLES)
def test_a_subtitle_of_as_many_words_stays(subtitle):
    cleaned = clean_checked(f"{TITLE}\n{subtitle}\n{DATE}\n{BODY}")
    assert subtitle in cleaned.body
