"""Table-driven cases: a news agency's masthead, its short name beside its full name ("إفي - الوكالة الإسبانية
للأنباء"), over its own story whose dateline credits the short name ("مدريد (إفي) –", "طهران / إرنا /") is no credit
line: the page is the agency's own, and its dateline credits the short name as written there (annotators credit an
outlet's own dateline; the full name of the masthead is never the credit); and a section and subsection split by a spaced slash over the headline ("آسيا / اليابان"), sharing next to nothing
with the article, is a breadcrumb: the headline under it is the title.

Written by hand on pages of other outlets and topics; the last cases of each table must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

DATE = "الثلاثاء، 14 نيسان/أبريل 2026 - 10:05"
PAGES = {  # topic: (title, lead after the dateline, second paragraph)
    "floods": (
        "فيضانات تغمر قرى في الجنوب وتجبر المئات على إخلاء منازلهم",
        "غمرت فيضانات ناجمة عن أمطار غزيرة عدداً من القرى في جنوب البلاد، ما أجبر نحو 800 شخص على إخلاء "
        "منازلهم، وفق ما أعلنته فرق الإنقاذ صباح اليوم.",
        "وقال المتحدث باسم الحماية المدنية إن منسوب النهر ارتفع مترين خلال ليلة واحدة، وإن الفرق ما زالت تبحث "
        "عن مفقودين اثنين.",
    ),
    "wheat": (
        "الحكومة ترفع سعر شراء القمح من المزارعين قبيل موسم الحصاد",
        "قررت الحكومة رفع سعر شراء القمح من المزارعين بنسبة 12 في المئة قبيل انطلاق موسم الحصاد، في خطوة "
        "قالت إنها تهدف إلى تشجيع الإنتاج المحلي.",
        "وأوضح وزير الزراعة أن الدولة تتوقع شراء ثلاثة ملايين طن هذا الموسم، مقابل مليوني طن في العام الماضي.",
    ),
}

AGENCY_MASTHEADS = [  # (masthead, the dateline opening the lead, its credit)
    ("إفي - الوكالة الإسبانية للأنباء", "مدريد (إفي) – ", "إفي"),
    ("إرنا | الوكالة الإيرانية للأنباء", "طهران / إرنا / ", "إرنا"),
    ("أنسا - وكالة الأنباء الإيطالية", "روما (أنسا) - ", "أنسا"),
]


def _page(topic: str, head: tuple[str, ...], dateline: str = "") -> str:
    title, first, second = PAGES[topic]
    return "\n".join([*head, title, DATE, "", dateline + first, "", second])


@table("masthead, dateline, credit", AGENCY_MASTHEADS)
def test_an_agency_masthead_over_its_own_dateline_credits_the_dateline_name(masthead, dateline, credit):
    for topic in PAGES:
        title, first, second = PAGES[topic]
        for head in ((masthead,), (masthead, "أوروبا / إسبانيا")):
            cleaned = clean_checked(_page(topic, head, dateline))
            assert cleaned.title == title
            assert cleaned.source_credit == credit
            assert [line for line in cleaned.body.split("\n") if line.strip()] == [dateline + first, second]


CREDIT_LINES = [  # must not change: a city, then the agency; its name never in the dateline's brackets
    ("نواكشوط – الوكالة الموريتانية للأنباء", "الوكالة الموريتانية للأنباء"),
    ("أنقرة - وكالة الأنباء التركية", "وكالة الأنباء التركية"),
]


@table("line, credit", CREDIT_LINES)
def test_a_city_and_an_agency_stay_a_credit(line, credit):
    for topic in PAGES:
        title, _, _ = PAGES[topic]
        cleaned = clean_checked(_page(topic, (line,)))
        assert cleaned.title == title
        assert cleaned.source_credit == credit


SLASH_PATHS = [
    "آسيا / اليابان",
    "أفريقيا / السنغال",
    "الشرق الأوسط / الأردن",
    "أمريكا اللاتينية / البرازيل",
]


@table("path", SLASH_PATHS)
def test_a_section_and_subsection_split_by_a_slash_is_no_title(path):
    for topic in PAGES:
        title, first, second = PAGES[topic]
        for head in ((path,), ("جريدة الأفق", path)):
            cleaned = clean_checked(_page(topic, head))
            assert cleaned.title == title
            assert [line for line in cleaned.body.split("\n") if line.strip()] == [first, second]


NEAR_MISS_FIRST_LINES = [  # (topic, first line): names the article echoes, or a clause; it stays the title
    ("wheat", "القمح / المزارعين"),
    ("floods", "الجنوب / فيضانات تغمر القرى"),
]


@table("topic, line", NEAR_MISS_FIRST_LINES)
def test_a_slash_line_the_article_echoes_stays_the_title(topic, line):
    cleaned = clean_checked(_page(topic, (line,)))
    assert cleaned.title == line
