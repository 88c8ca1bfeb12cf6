"""Table-driven cases: the outlet's masthead printed in both scripts with its slogan on one line ("تطوان24 | Tetouan24 —
جريدة إلكترونية مستقلة") is no title, though its Arabic name carries a figure glued to a word (a masthead's shape:
"جو24", "هبة360"), even when the story is about the town the paper is named for and a source in it speaks to the
paper ("في تصريح لـ«تطوان24»"); with the site's menu under it, the headline under both is the title.

Written by hand on pages of other outlets and topics; the last cases must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

MENU = "الرئيسية  أخبار الجهة  مجتمع  اقتصاد  رياضة  ثقافة  فيديو  اتصل بنا"
DATE = "نشر في 14 أبريل 2026 على الساعة 09:15"
PAGES = {  # topic: (title, lead, second paragraph)
    "port": (
        "سفينة عملاقة ترسو في ميناء {town} وسط إجراءات تنظيمية مشددة",
        "استقبل ميناء {town} صباح اليوم أول سفينة سياحية في الموسم الجديد، وعلى متنها نحو 2400 سائح من جنسيات "
        "مختلفة، في زيارة تستمر يوماً واحداً.",
        "وقال مدير الميناء في تصريح لـ«{outlet}» إن الموسم الحالي سيعرف رسو 35 سفينة سياحية، مقابل 28 سفينة في الموسم الماضي.",
    ),
    "school": (
        "قلق في صفوف الأسر بعد إغلاق مدرسة ابتدائية في {town} خوفاً من انهيارها",
        "قررت السلطات المحلية في {town} إغلاق مدرسة ابتدائية بعد ظهور تصدعات في جدرانها إثر الأمطار الغزيرة التي "
        "شهدتها المنطقة خلال الأيام الماضية، ونقل تلاميذها إلى مؤسسة مجاورة.",
        "وأوضح مسؤول في المديرية الإقليمية للتعليم لـ«{outlet}» أن لجنة تقنية ستعاين البناية قبل اتخاذ قرار ترميمها.",
    ),
}

MASTHEADS = [  # (masthead, the town it is named for, the name a source speaks to)
    ("تطوان24 | Tetouan24 — جريدة إلكترونية مستقلة", "تطوان", "تطوان24"),
    ("سلا360 | Sala360 — موقع إخباري جهوي", "سلا", "سلا360"),
    ("الداخلة 24 | Dakhla 24 — صحيفة إلكترونية جهوية مستقلة", "الداخلة", "الداخلة 24"),
    ("Berkane24 | بركان24 - جريدة رقمية شاملة", "بركان", "بركان24"),
    # must not change: a name with no figure, already a masthead
    ("الأيام | Alayam — جريدة يومية مستقلة", "المحرق", "الأيام"),
]


def _texts(topic: str, town: str, outlet: str) -> tuple[str, str, str]:
    title, first, second = PAGES[topic]
    return title.format(town=town), first.format(town=town), second.format(outlet=outlet)


def _page(topic: str, town: str, outlet: str, *head: str) -> str:
    title, first, second = _texts(topic, town, outlet)
    return "\n".join([*head, title, DATE, "", first, "", second])


@table("masthead, town, outlet", MASTHEADS)
def test_a_masthead_in_two_scripts_with_its_slogan_is_no_title(masthead, town, outlet):
    for topic in PAGES:
        title, first, second = _texts(topic, town, outlet)
        for head in ((masthead, MENU), (masthead,)):
            cleaned = clean_checked(_page(topic, town, outlet, *head))
            assert cleaned.title == title
            assert [line for line in cleaned.body.split("\n") if line.strip()] == [first, second]


NEAR_MISS_HEADLINES = [  # a headline in two scripts with a year, or a name and a clause: the title
    ("port", "طنجة 2030 | Tanger 2030 — المدينة تستعد لاستقبال المونديال"),
    ("school", "مدرسة النور | Ecole Nour — إغلاق مؤقت بعد الأمطار الغزيرة في المنطقة"),
]


@table("topic, headline", NEAR_MISS_HEADLINES)
def test_a_headline_in_two_scripts_stays_the_title(topic, headline):
    _, first, second = _texts(topic, "طنجة", "طنجة 2030")
    cleaned = clean_checked("\n".join([headline, DATE, "", first, "", second]))
    assert cleaned.title == headline
