"""Table-driven cases for round 49's head metadata: a section label beside the page's full date under the headline
("اقتصاد | 12 مارس 2026", "محليات | 2025/08/03 - 10:15") is furniture and gives the publication date, as it does over
the headline; the other head lines under the headline (a byline beside the date, a "المصدر:" credit beside it, an
update stamp, a breadcrumb) go too, and only the credit names a source.

Written by hand on pages of several topics (sport, health, courts, weather, trade); each table has cases that must not
change: a lead that opens with a section's word, a line whose "date" is a count.
"""
from __future__ import annotations

import pytest

from claims.extraction import extract_article

from .helpers import table
from .test_cleaning import clean_checked

MASTHEAD = "صوت المدينة"
MENU = "الرئيسية | سياسة | اقتصاد | رياضة | صحة | منوعات"

PAGES = {  # topic: (title, lead, second paragraph)
    "sport": (
        "المنتخب يتأهل إلى نهائي كأس آسيا بعد فوز مثير",
        "تأهل المنتخب الوطني لكرة القدم إلى المباراة النهائية لكأس آسيا بعد فوزه على منافسه بهدفين مقابل هدف "
        "في مباراة نصف النهائي التي أقيمت مساء أمس على ملعب المدينة الرياضية.",
        "وقال مدرب المنتخب في المؤتمر الصحفي إن اللاعبين قدموا أداءً كبيراً رغم الإصابات التي ضربت خط الدفاع "
        "قبل أسبوع من البطولة.",
    ),
    "health": (
        "وزارة الصحة تطلق حملة تطعيم ضد الحصبة تشمل مليون طفل",
        "أطلقت وزارة الصحة اليوم حملة وطنية للتطعيم ضد الحصبة تستهدف نحو مليون طفل دون سن الخامسة في جميع "
        "المحافظات، وتستمر أسبوعين.",
        "وأوضح المتحدث باسم الوزارة أن الفرق الطبية ستزور المدارس ورياض الأطفال، وأن اللقاح متوفر مجاناً في "
        "المراكز الصحية كافة.",
    ),
    "courts": (
        "محكمة الجنايات تقضي بسجن مسؤول سابق سبع سنوات بتهمة الرشوة",
        "قضت محكمة الجنايات في العاصمة بسجن مسؤول سابق في وزارة الأشغال سبع سنوات وتغريمه مليوني دينار بعد "
        "إدانته بتلقي رشى مقابل منح عقود حكومية.",
        "وقال محامي الدفاع إن موكله سيطعن في الحكم أمام محكمة الاستئناف خلال المهلة القانونية المحددة بثلاثين "
        "يوماً.",
    ),
    "weather": (
        "الأرصاد تحذر من عاصفة رملية وانخفاض الرؤية على الطرق السريعة",
        "حذرت هيئة الأرصاد الجوية من عاصفة رملية تضرب المناطق الشمالية بدءاً من مساء الغد، مع رياح تتجاوز "
        "سرعتها 60 كيلومتراً في الساعة وانخفاض مدى الرؤية الأفقية.",
        "ودعت الهيئة السائقين إلى تجنب السفر على الطرق السريعة خلال ساعات الذروة، والمصابين بالربو إلى البقاء "
        "في منازلهم.",
    ),
    "trade": (
        "صادرات التمور ترتفع 18% في الربع الأول من العام",
        "ارتفعت صادرات البلاد من التمور بنسبة 18 في المئة خلال الربع الأول من العام مقارنة بالفترة نفسها من "
        "العام الماضي، بحسب بيانات هيئة الإحصاء الصادرة اليوم.",
        "وعزت الهيئة الزيادة إلى فتح أسواق جديدة في شرق آسيا وتحسن الإنتاج بعد موسم أمطار جيد.",
    ),
}
TOPICS = list(PAGES)


def _page(topic: str, head=(), under=(), *, lead: str | None = None) -> str:
    title, first, second = PAGES[topic]
    return "\n".join([MASTHEAD, MENU, *head, title, *under, "", lead or first, "", second])


def _assert_clean(cleaned, topic: str, *, lead: str | None = None) -> None:
    title, first, second = PAGES[topic]
    assert cleaned.title == title
    assert [line for line in cleaned.body.split("\n") if line.strip()] == [lead or first, second]


# --- a section label beside the page's full date --------------------------------------------------------------------

SECTION_DATE_LINES = [  # (the line, the date it gives)
    ("اقتصاد | 12 مارس 2026", "2026-03-12"),
    ("رياضة - الأحد 3 أغسطس 2025", "2025-08-03"),
    ("محليات | 2025/08/03 - 10:15", "2025-08-03"),
    ("صحة • 14 يناير 2026", "2026-01-14"),
    ("12 مارس 2026 | اقتصاد", "2026-03-12"),
    ("الاقتصاد | الأحد 12 مارس 2026 - 10:15", "2026-03-12"),
    ("أخبار محلية | 12/03/2026", "2026-03-12"),
    ("حوادث وقضايا | الثلاثاء 3 فبراير 2026", "2026-02-03"),
    ("رياضة | كرة القدم | 5 أبريل 2026", "2026-04-05"),
    ("بيئة · 20 يناير 2026 - 08:30", "2026-01-20"),
    ("منوعات | 2026-03-12 14:05", "2026-03-12"),
    ("اقتصاد | 12 مارس 2026 | آخر تحديث: 14:35", "2026-03-12"),
]


@table("line, published", SECTION_DATE_LINES)
def test_a_section_label_beside_the_date_under_the_headline_gives_the_date(line, published):
    for topic in TOPICS:
        cleaned = clean_checked(_page(topic, under=(line,)))
        _assert_clean(cleaned, topic)
        assert cleaned.published == published
        assert cleaned.source_credit is None


@table("line, published", SECTION_DATE_LINES)
def test_a_section_label_beside_the_date_over_the_headline_gives_the_date(line, published):
    cleaned = clean_checked(_page("trade", head=(line,)))
    _assert_clean(cleaned, "trade")
    assert cleaned.published == published


@table("line, published", SECTION_DATE_LINES[:3])
def test_a_date_passed_with_the_page_wins_over_the_labels(line, published):
    for topic in ("sport", "courts"):
        result = extract_article(_page(topic, under=(line,)), published="2026-05-01")
        assert result["published"] == "2026-05-01"
        assert line not in result["body"]
        result = extract_article(_page(topic, under=(line,)))
        assert result["published"] == published


# --- other head lines under the headline: a byline, a credit, an update stamp, a breadcrumb ---------------------------

HEAD_LINES = [  # (the line, the date it gives, the credit it names: a byline's name when nothing else is credited)
    ("بقلم: سامي حداد | 12 مارس 2026", "2026-03-12", "سامي حداد"),
    ("كتبت: ليلى منصور | الأحد 3 أغسطس 2025", "2025-08-03", "ليلى منصور"),
    ("بقلم سامي حداد • 12 مارس 2026", "2026-03-12", "سامي حداد"),
    ("كتب: عادل الشريف • 2026/03/12 - 09:40", "2026-03-12", "عادل الشريف"),
    ("المصدر: وكالات | 12 مارس 2026", "2026-03-12", "وكالات"),
    ("المصدر: رويترز - 12 مارس 2026", "2026-03-12", "رويترز"),
    ("المصدر: وكالة الأنباء الأردنية (بترا) | 12/03/2026 09:40", "2026-03-12", "وكالة الأنباء الأردنية (بترا)"),
    ("المصدر: الجزيرة نت • الأحد 3 أغسطس 2025", "2025-08-03", "الجزيرة نت"),
    ("12 مارس 2026 | المصدر: وكالات", "2026-03-12", "وكالات"),
    ("آخر تحديث: 12/03/2026 09:40", "2026-03-12", None),
    ("الرئيسية > اقتصاد > بنوك", None, None),
    ("الرئيسية › أخبار › محليات", None, None),
]


@table("line, published, credit", HEAD_LINES)
def test_head_furniture_under_the_headline_is_read_and_dropped(line, published, credit):
    for topic in TOPICS:
        cleaned = clean_checked(_page(topic, under=(line,)))
        _assert_clean(cleaned, topic)
        assert cleaned.published == published
        assert cleaned.source_credit == credit


@table("line, published, credit", [case for case in HEAD_LINES if case[2] and case[0].startswith("المصدر")])
def test_a_credit_beside_the_date_over_the_headline_is_read(line, published, credit):
    cleaned = clean_checked(_page("weather", head=(line,)))
    _assert_clean(cleaned, "weather")
    assert cleaned.published == published
    assert cleaned.source_credit == credit


# --- must not change ---------------------------------------------------------------------------------------------------

NEAR_MISS_LEADS = [  # (topic, a lead that opens with a section's word or holds a bar and a figure)
    ("trade", "اقتصاد السودان تراجع بنسبة 12% في 2024، وفق تقديرات صندوق النقد الدولي الصادرة أمس."),
    ("health", "صحة الأطفال في المخيمات تدهورت خلال 2025، بحسب تقرير لمنظمة الصحة العالمية نشر في 12 مارس 2026."),
    ("sport", "رياضة المشي يومياً لمدة 30 دقيقة تخفض خطر الإصابة بأمراض القلب بنسبة 20%، وفق دراسة حديثة."),
    ("courts", "محليات البلدية عقدت جلستها الأولى في 3 أغسطس 2025 وأقرت موازنة قدرها مليونا دينار للعام المقبل."),
    ("weather", "الطقس | 12 مارس 2026 كان أبرد يوم في العاصمة منذ عقد، إذ هبطت الحرارة إلى ما دون الصفر."),
]


@table("topic, lead", NEAR_MISS_LEADS)
def test_a_lead_opening_with_a_sections_word_stays(topic, lead):
    cleaned = clean_checked(_page(topic, lead=lead))
    _assert_clean(cleaned, topic, lead=lead)
    assert cleaned.published is None


NEAR_MISS_SUBTITLES = [  # a section's word beside a count or a clause, not a date: the subtitle stays
    "السياسة | 12 قتيلاً في اشتباكات الحدود",
    "رياضة - 3 أهداف في مرمى الضيوف",
    "الاقتصاد - الذي نما 3% في 2025 - يواجه تحديات",
    "صحة | 40 إصابة جديدة بالحصبة",
]


@pytest.mark.parametrize("subtitle", NEAR_MISS_SUBTITLES, ids=[line[:30] for line in NEAR_MISS_SUBTITLES])
def test_a_sections_word_beside_a_count_is_no_label(subtitle):
    for topic in ("sport", "health"):
        cleaned = clean_checked(_page(topic, under=(subtitle,)))
        assert subtitle in cleaned.body
        assert cleaned.published is None


# --- a byline or a bare section label beside the section's date line ------------------------------------------------

STACKED_HEADS = [  # (the lines under the headline, the date, the credit: a labelled byline's name)
    (("دبي – سارة المنصوري", "اقتصاد | 12 مارس 2026"), "2026-03-12", None),
    (("كتب محمود العلي", "رياضة • 3 أغسطس 2025"), "2025-08-03", "محمود العلي"),
    (("اقتصاد", "12 مارس 2026"), "2026-03-12", None),
    (("12 مارس 2026", "محليات"), "2026-03-12", None),
    (("أخبار محلية", "الثلاثاء 3 فبراير 2026 - 10:15"), "2026-02-03", None),
    (("الرياض - خاص", "تقارير"), None, None),  # under the desk's exclusive tag, read as metadata
    (("حلب - خاص", "حوادث وقضايا"), None, None),
]


@pytest.mark.parametrize("under, published, credit", STACKED_HEADS, ids=[case[0][0][:30] for case in STACKED_HEADS])
def test_a_byline_or_a_section_beside_the_date_line_goes_with_it(under, published, credit):
    for topic in TOPICS:
        cleaned = clean_checked(_page(topic, under=under))
        _assert_clean(cleaned, topic)
        assert cleaned.published == published
        assert cleaned.source_credit == credit


def test_a_lone_section_word_with_no_date_beside_it_stays():
    # must not change: with no date line beside it a one-word line under the headline may be a kicker
    cleaned = clean_checked(_page("courts", under=("قضايا",)))
    assert "قضايا" in cleaned.body


def test_a_credit_beside_a_date_at_the_foot_names_the_source_only():
    title, lead, second = PAGES["health"]
    more = ["ويأتي ذلك بعد تسجيل أكثر من 300 إصابة بالحصبة خلال الشهرين الماضيين في المحافظات الجنوبية، وفق بيانات "
            "الوزارة.", "وأشارت الوزارة إلى أن نسبة التغطية بالتطعيم تراجعت إلى 70 في المئة العام الماضي بسبب نقص "
            "الكوادر.", "ودعت منظمة الصحة العالمية إلى دعم الحملة بتمويل إضافي يغطي المناطق النائية والمخيمات."]
    page = "\n".join([MASTHEAD, title, "", lead, "", second, "", *more, "", "المصدر: وكالات | 12 مارس 2026"])
    cleaned = clean_checked(page)
    assert cleaned.source_credit == "وكالات"
    assert "المصدر" not in cleaned.body


NOT_CREDIT_STAMPS = [  # a credit whose dash joins names, not a date: the whole name is the credit
    ("المصدر: العربية نت - وكالات", "العربية نت - وكالات"),
    ("المصدر: وكالة الأنباء الأردنية (بترا)", "وكالة الأنباء الأردنية (بترا)"),
]


@table("line, credit", NOT_CREDIT_STAMPS)
def test_a_credit_with_no_date_stays_whole(line, credit):
    cleaned = clean_checked(_page("trade", under=(line,)))
    _assert_clean(cleaned, "trade")
    assert cleaned.source_credit == credit
    assert cleaned.published is None
