"""Table-driven cases for round 26: page furniture left in the body, a site's slogan, breadcrumb or live bar taken for
the headline, another story glued under a section's related block, and an agency's dateline credit.

- A caption is told by its archive note ("صورة أرشيفية …" opening it, "(صورة من الأرشيف)" or "(أرشيفية)" closing it) or
  by a photo agency's Latin name in brackets closing a phrase with no full stop ("… (Flash 90)", "(AFP / Getty Images)").
- Widgets: share counters ("312 مشاركة"), a newsletter box, a reader poll (heading, question, answers with shares,
  voters), a ticker of match scores, a video player's label with its duration, comments closed, and a bilingual
  Maghreb site's French comment widget and disclaimer ("Commentaires : 2", "Avertissement: Les commentaires …").
- Over the headline: a spaced "»" with no "«" splits a breadcrumb; a slogan under the masthead over the menu; the page's
  date with a topic label ("12 آذار/مارس 2026 <topic>"); a live-coverage bar ("🔴 مباشر | …") as a breaking bar.
- "المزيد من <section>" heads a related block: another story under it is cut.
- Sudan's agency ("(سونا) –") is credited in a dateline, but not on its own page ("سونا | الصحة").

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "السيول تجرف طرقا زراعية في وادي حضرموت وتعزل عشرات القرى"
LEAD = ("جرفت السيول الناجمة عن أمطار غزيرة، مساء أمس السبت، طرقا زراعية في وادي حضرموت، ما أدى إلى عزل عشرات القرى "
        "عن مراكز المديريات، وفق ما أعلنته السلطة المحلية في المحافظة.")
SECOND = ("وأوضحت السلطة المحلية في بيان أن فرق الطوارئ فتحت 12 طريقا فرعيا حتى صباح اليوم، وأن الأمطار بلغت 80 ملم في "
          "بعض المناطق خلال ساعات، مشيرة إلى تضرر مئات الأفدنة من مزارع النخيل.")
THIRD = ("وقال مدير الأشغال العامة في المحافظة إن فرقه ستبدأ إصلاح الجسور المتضررة مطلع الأسبوع المقبل، داعيا المواطنين "
         "إلى تجنب عبور مجاري السيول.")
MENU = "الرئيسية | محليات | اقتصاد | رياضة | ثقافة | منوعات"


def page(*head: str, title: str = TITLE, middle: str = "", foot: str = "") -> str:
    return "\n".join([*head, "", title, "", LEAD, "", SECOND, "", middle, "", THIRD, "", foot])


# --- captions ------------------------------------------------------------------------------------------------

CAPTIONS = [
    "صورة أرشيفية لمزارعين يحصدون التمور في وادي حضرموت (رويترز)",
    "صورة من الأرشيف لجسر متضرر في مديرية سيئون",
    "سيارات عالقة في مجرى سيل قرب مدينة تريم. (صورة من الأرشيف)",
    "جلسة سابقة للسلطة المحلية في المكلا (أرشيفية)",
    "فرق الطوارئ تفتح طريقا فرعيا قرب شبام (صورة أرشيفية - أ ف ب)",
    "متطوعون يوزعون المياه على الأسر المتضررة قرب سيئون (AFP)",
    "جرافة تزيل الطمي من طريق زراعي (AFP / Getty Images)",
    "مزارعون يتفقدون نخيلهم بعد السيول (Flash 90)",
]


@table("caption", CAPTIONS)
def test_a_caption_leaves_the_body_over_or_inside_the_text(caption):
    for raw in (page(title=f"{TITLE}\n{caption}"), page(middle=caption)):
        cleaned = clean_checked(raw)
        assert caption not in cleaned.body
        assert cleaned.title == TITLE and LEAD in cleaned.body and THIRD in cleaned.body


KEPT_CAPTION_LIKE = [
    # must not change: a sentence closed by a wire credit, an organisation's acronym, a picture in a sentence
    "وقال شهود إن مياه السيول غمرت سوق المدينة القديم قبل أن تنحسر فجرا. (AFP)",
    "وأعلنت المنظمة الدولية للهجرة (IOM) عن خطة لإيواء الأسر النازحة",
    "صورة قاتمة رسمها تقرير الأمم المتحدة الأخير عن الأمن الغذائي في المحافظة.",
    "وتظهر صورة أرشيفية نشرتها الوزارة حجم الأضرار التي خلفتها سيول العام الماضي.",
]


@table("line", KEPT_CAPTION_LIKE)
def test_a_sentence_shaped_like_a_caption_stays(line):
    cleaned = clean_checked(page(middle=line))
    assert line in cleaned.body


# --- widgets in the body -------------------------------------------------------------------------------------

WIDGETS = [
    # (where: "head" under the title, "middle", "foot"; the widget's lines)
    ("head", ["1.204 مشاركة"]),
    ("head", ["عدد المشاركات: 87"]),
    ("middle", ["▶ فيديو | لحظة وصول فرق الإنقاذ إلى القرى المعزولة", "02:35"]),
    ("middle", ["🎥 مياه السيول تغمر سوق المدينة", "1:04"]),
    ("middle", ["فيديو: جرافات تفتح الطرق في مديرية تريم", "00:58"]),
    ("foot", ["التعليقات مغلقة."]),
    ("foot", ["النشرة البريدية", "اشترك ليصلك ملخص الأخبار كل صباح إلى بريدك الإلكتروني", "اشتراك"]),
    ("foot", ["استطلاع الرأي", "هل تؤيد نقل الأسواق بعيدا عن مجاري السيول؟", "نعم 71%", "لا 29%",
              "عدد المصوتين: 2,417"]),
    ("foot", ["شارك في الاستطلاع", "ما أكثر ما يقلقك في موسم الأمطار؟", "انقطاع الطرق 48%", "تضرر المنازل 35%",
              "انقطاع الكهرباء 17%"]),
    ("foot", ["نتائج الدوري اليمني: أهلي صنعاء 2-0 التلال | الصقر 1-1 وحدة عدن"]),
    ("foot", ["Commentaires : 5", "Avertissement: Les commentaires sont la propriété de leurs auteurs et ne reflètent "
              "pas l'opinion du site."]),
    ("foot", ["Réagir", "Laisser un commentaire"]),
]


@table("where, widget", WIDGETS)
def test_a_widget_leaves_the_body(where, widget):
    lines = "\n".join(widget)
    raw = (page(title=f"{TITLE}\n{lines}") if where == "head" else page(middle=lines) if where == "middle"
           else page(foot=lines))
    cleaned = clean_checked(raw)
    assert all(line not in cleaned.body for line in widget)
    assert cleaned.title == TITLE and LEAD in cleaned.body and THIRD in cleaned.body


KEPT_WIDGET_LIKE = [
    # must not change: text that only looks like a widget
    ["► ارتفاع منسوب المياه في وادي عدم إلى مستويات قياسية"],  # a list's item, no duration under it
    ["اشترك أكثر من 300 متطوع في حملة تنظيف مجاري السيول التي أطلقتها البلدية."],
    ["وأكد المحافظ أن باب التعليقات على خطة إعادة الإعمار مفتوح أمام المواطنين حتى نهاية الشهر."],
    ["وفاز أهلي صنعاء على التلال 2-0 في مباراة أقيمت رغم الأمطار."],
    # a survey told in sentences under a subheading
    ["استطلاع الرأي", "أظهر استطلاع للرأي أجراه مركز محلي أن 71% من السكان يؤيدون نقل الأسواق بعيدا عن مجاري السيول."],
]


@table("lines", KEPT_WIDGET_LIKE)
def test_a_sentence_shaped_like_a_widget_stays(lines):
    cleaned = clean_checked(page(middle="\n".join(lines)))
    assert lines[-1] in cleaned.body and THIRD in cleaned.body


# --- the headline under the site's chrome ----------------------------------------------------------------------

HEADS = [
    # (what the page prints above the headline)
    ["الوادي نيوز » أخبار محلية"],  # a breadcrumb split by a spaced "»"
    ["صوت الوادي", "صوت من لا صوت له", "بحث", MENU],  # a slogan under the masthead, over the menu
    ["صوت الوادي", MENU, "9 فبراير 2026 البيئة والمناخ"],  # the page's date and the story's topic
    ["جريدة الوادي", MENU, "🔴 مباشر | تغطية متواصلة لموسم الأمطار في المحافظات", "محليات"],  # a live bar
    ["جريدة الوادي", MENU, "● بث مباشر: جلسة البرلمان حول الموازنة", "محليات"],
]


@table("head", HEADS)
def test_the_chrome_over_the_headline_is_never_the_title(head):
    cleaned = clean_checked(page(*head))
    assert cleaned.title == TITLE
    assert all(line not in cleaned.body for line in head)
    assert LEAD in cleaned.body and THIRD in cleaned.body


def test_the_date_and_topic_line_gives_the_date():
    cleaned = clean_checked(page("صوت الوادي", MENU, "9 فبراير 2026 البيئة والمناخ"))
    assert cleaned.published == "2026-02-09"


KEPT_TITLES = [
    # must not change: a headline with a quotation, one opening with a date and a clause, a live headline at the top
    # (its live label is no part of the title, round 40)
    ('المحافظ: «لا تهاون مع البناء في مجاري السيول» بعد كارثة الوادي',
     'المحافظ: «لا تهاون مع البناء في مجاري السيول» بعد كارثة الوادي'),
    ("9 فبراير 2026 موعد فتح الطرق في وادي حضرموت", "9 فبراير 2026 موعد فتح الطرق في وادي حضرموت"),
    ("مباشر | السيول تجرف طرقا زراعية في وادي حضرموت", "السيول تجرف طرقا زراعية في وادي حضرموت"),
]


@table("headline, title", KEPT_TITLES)
def test_a_headline_shaped_like_chrome_stays_the_title(headline, title):
    cleaned = clean_checked(page(title=headline))
    assert cleaned.title == title


def test_a_short_headline_under_the_menu_stays_the_title():
    # must not change: the menu sits above the headline; nothing under the masthead is a slogan over it
    headline = "السيول تعزل قرى الوادي"
    cleaned = clean_checked(page("صوت الوادي", MENU, title=headline))
    assert cleaned.title == headline


# --- a section's related block ------------------------------------------------------------------------------

GLUED_UNDER_SECTION = ("المزيد من محليات\nالمكلا: افتتاح معرض الكتاب بمشاركة 60 دار نشر\n"
                       "افتتحت السلطة المحلية في المكلا، صباح اليوم، معرض الكتاب السنوي بمشاركة 60 دار نشر محلية "
                       "وعربية، ويستمر المعرض حتى نهاية الشهر الجاري، وسط توقعات بأن يزوره نحو 30 ألف زائر.")


def test_a_story_under_a_sections_related_block_is_cut():
    cleaned = clean_checked(page(foot=GLUED_UNDER_SECTION))
    assert "معرض الكتاب" not in cleaned.body and "المزيد من محليات" not in cleaned.body
    assert THIRD in cleaned.body


def test_more_of_something_in_the_text_stays():
    # must not change: "المزيد من" naming no section heads a paragraph of the story
    line = "المزيد من الأمطار"
    following = "وتوقعت الأرصاد الجوية هطول المزيد من الأمطار على المرتفعات الغربية خلال الأيام الثلاثة المقبلة."
    cleaned = clean_checked(page(middle=f"{line}\n{following}"))
    assert following in cleaned.body and THIRD in cleaned.body


# --- an agency's dateline credit -----------------------------------------------------------------------------

def test_sudans_agency_in_a_dateline_is_the_credit():
    lead = ("عطبرة (سونا) – جرفت السيول الناجمة عن أمطار غزيرة، مساء أمس السبت، طرقا زراعية في ولاية نهر النيل، ما أدى "
            "إلى عزل عشرات القرى، وفق ما أعلنته السلطة المحلية.")
    cleaned = clean_checked(page().replace(LEAD, lead))
    assert cleaned.source_credit == "سونا" and cleaned.title == TITLE


def test_the_agency_on_its_own_page_credits_itself_in_its_dateline():
    # as "الدوحة - <paper>" on the paper's page credits the paper (corpus gold), the agency's dateline on its own page
    # credits the agency (round 30 gold: "دبي، 2 يوليو تموز (<agency>) -" under its masthead)
    lead = ("عطبرة ١٠-٢-٢٠٢٦ (سونا) – جرفت السيول الناجمة عن أمطار غزيرة طرقا زراعية في ولاية نهر النيل، ما أدى "
            "إلى عزل عشرات القرى، وفق ما أعلنته السلطة المحلية.")
    cleaned = clean_checked(page("سونا | الأخبار").replace(LEAD, lead))
    assert cleaned.source_credit == "سونا" and cleaned.title == TITLE
