"""Table-driven cases for round 23: a site's navigation menu printed as one line (items split by bars, double or
single spaces) and a live button ("البث المباشر") above the headline are page furniture, never the title.

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "افتتاح جسر جديد على النهر يختصر الرحلة بين الضفتين إلى عشر دقائق"
LEAD = ("افتتحت وزارة الأشغال العامة، صباح الأحد، جسرا جديدا على النهر بطول 1200 متر، يربط الضفتين الشرقية "
        "والغربية للمدينة ويختصر زمن الرحلة بينهما من ساعة إلى عشر دقائق.")
SECOND = ("وقال وزير الأشغال إن الجسر سيخدم نحو 40 ألف سيارة يوميا، وإن أعمال الصيانة ستجري ليلا لتفادي "
          "الازدحام في ساعات الذروة.")


# --- a site's menu on one line: never the title, dropped wherever it sits -----------------------------------

MENUS = [
    "الرئيسية سياسة اقتصاد رياضة ثقافة فيديو",
    "أخبار الأردن | محافظات | اقتصاد | رياضة | فن ومشاهير | مقالات",
    "دوليات  محليات  تكنولوجيا  صحة  منوعات  العدد الورقي",
    "أخبار عربية • اقتصاد • رياضة • تقارير • كاريكاتير",
    "محليات | الزرقاء | اقتصاد | رياضة | كتابات | أرشيف الأعداد",
    "شركات  أسواق  طاقة  عقارات  بورصة  بيانات صحفية",
]


@table("menu", MENUS)
def test_a_menu_line_above_the_headline_is_never_the_title(menu):
    for head in ("", "صحيفة الضفة | Aldiffa\n", "شبكة الوادي\n"):
        cleaned = clean_checked(f"{head}{menu}\n{TITLE}\n{LEAD}\n{SECOND}\n")
        assert cleaned.title == TITLE
        assert menu not in cleaned.body and LEAD in cleaned.body


@table("menu", MENUS)
def test_a_menu_line_under_the_text_is_dropped(menu):
    cleaned = clean_checked(f"{TITLE}\n{LEAD}\n{SECOND}\n{menu}\n")
    assert menu not in cleaned.body and SECOND in cleaned.body


# must not change: a headline with a section word or two is a clause (a figure, a preposition, other words)
HEADLINES = [
    "اقتصاد مصر ينمو 4% في الربع الثالث",
    "الرياضة والثقافة والفنون في مواجهة الأزمة الاقتصادية",
    "أخبار سارة لعشاق الرياضة والفن",
    "تقارير دولية تحذر من تراجع السياحة",
    "سياسة الاقتصاد الرقمي",
    "منوعات رمضان تتصدر المشاهدة",
]


@table("headline", HEADLINES)
def test_a_headline_with_section_words_stays_the_title(headline):
    cleaned = clean_checked(f"{headline}\n{LEAD}\n{SECOND}\n")
    assert cleaned.title == headline


# --- a live button over the menu and the headline ----------------------------------------------------------

LIVE_BUTTONS = ["البث المباشر", "بث مباشر", "استمع مباشرة", "شاهد البث المباشر", "البث الحي"]


@table("button", LIVE_BUTTONS)
def test_a_live_button_is_never_the_title(button):
    cleaned = clean_checked(f"قناة الضفة\n{button}\n{MENUS[1]}\n{TITLE}\n{LEAD}\n{SECOND}\n")
    assert cleaned.title == TITLE
    assert button not in cleaned.body


# must not change: a headline on a broadcast is a clause
@table("headline", ["البث المباشر يعود إلى القناة الأولى بعد انقطاع", "بث مباشر لجلسة البرلمان يثير الجدل"])
def test_a_headline_on_a_broadcast_stays_the_title(headline):
    cleaned = clean_checked(f"{headline}\n{LEAD}\n{SECOND}\n")
    assert cleaned.title == headline


# --- head lines read as metadata: a labelled date with the outlet and city after it, a poster's byline -------

@table("line, published", [
    ("بتاريخ 3 مارس، 2024 - صوت الجنوب - بنغازي", "2024-03-03"),
    ("بتاريخ 12 يناير 2025 - المرصد", "2025-01-12"),
    ("نشر بواسطة: الراصد | 9 مايو 2025", "2025-05-09"),
    ("نشر بواسطة: هيئة التحرير | 21 فبراير 2024", "2024-02-21"),
])
def test_a_dated_head_line_gives_the_date_and_leaves_the_body(line, published):
    cleaned = clean_checked(f"{TITLE}\n{line}\n{LEAD}\n{SECOND}\n")
    assert cleaned.published == published
    assert line not in cleaned.body and cleaned.title == TITLE


# must not change: a body sentence that opens with "بتاريخ" is text
def test_a_sentence_opening_with_a_date_label_stays():
    sentence = "بتاريخ 3 مارس 2024 - وهو يوم الافتتاح - وقع الطرفان اتفاقية لتوسيع الجسر إلى أربعة مسارات."
    cleaned = clean_checked(f"{TITLE}\n{LEAD}\n{SECOND}\n{sentence}\n")
    assert sentence in cleaned.body


# --- a follow prompt opened by "يمكنكم", a disclaimer labelled "تنويه:" ---------------------------------------

@table("line", [
    "يمكنكم متابعة آخر الأخبار عبر قناة الراصد على تلغرام",
    "يمكنك متابعة أخبارنا على فيسبوك",
    "تنويه: المقالات المنشورة تعبر عن آراء كتابها",
    "تنويه: جميع الأخبار المنشورة منقولة عن مصادرها",
])
def test_a_prompt_or_a_disclaimer_under_the_text_is_dropped(line):
    cleaned = clean_checked(f"{TITLE}\n{LEAD}\n{SECOND}\n{line}\n")
    assert line not in cleaned.body and SECOND in cleaned.body


# must not change: a sentence on following the news, or a notice named in a sentence, with no platform or colon
@table("line", [
    "يمكنكم متابعة أعمال الصيانة من خلال الجدول الذي نشرته الوزارة في الصحف.",
    "تنويه الوزارة بجهود العمال جاء في ختام حفل الافتتاح.",
])
def test_a_sentence_like_a_prompt_stays(line):
    cleaned = clean_checked(f"{TITLE}\n{LEAD}\n{SECOND}\n{line}\n")
    assert line in cleaned.body


# --- stories glued at the foot -----------------------------------------------------------------------------

LAST = ("ومن المقرر أن تفتتح الوزارة جسرا ثانيا على النهر نفسه مطلع العام المقبل، بعد استكمال أعمال الحفر "
        "في الضفة الغربية.")
GLUED_HEADLINE = "بالفيديو: طوابير طويلة أمام محطات الوقود في العاصمة بسبب نقص البنزين"
GLUED_LEAD = ("شهدت محطات الوقود في العاصمة طوابير طويلة من السيارات منذ ساعات الصباح، بسبب نقص البنزين الذي "
              "تعانيه البلاد منذ أسبوعين وتأخر وصول الشحنات.")
FOOTERS = [
    "© Aldiffa News. All rights reserved جميع الحقوق محفوظة لموقع الضفة",
    "تنويه: الأخبار المنشورة في الموقع تعبر عن مصادرها",
    "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. بمتابعة التصفح فإنك توافق على ذلك.",
]


@table("footer", FOOTERS)
def test_a_story_glued_above_the_page_footer_is_cut(footer):
    cleaned = clean_checked(f"{TITLE}\n{LEAD}\n{SECOND}\n{LAST}\n\n{GLUED_HEADLINE}\n{GLUED_LEAD}\n\n{footer}\n")
    assert LAST in cleaned.body
    assert GLUED_LEAD not in cleaned.body and GLUED_HEADLINE not in cleaned.body


# must not change: a subheading whose paragraph carries on the article (its words, a connective) stays
@table("footer", FOOTERS)
def test_a_subheading_over_the_last_paragraph_stays_above_the_footer(footer):
    subheading = "الجسر الثاني"
    paragraph = ("وأوضح وزير الأشغال أن الجسر الثاني على النهر سيختصر الرحلة بين الضفتين إلى خمس دقائق، وأن كلفته "
                 "تقارب كلفة الجسر الأول.")
    cleaned = clean_checked(f"{TITLE}\n{LEAD}\n{SECOND}\n\n{subheading}\n{paragraph}\n\n{footer}\n")
    assert paragraph in cleaned.body and subheading in cleaned.body


STAFF_CREDITS = ["(إعداد: سامر خليل، تحرير: منى الحسن)", "(تغطية صحفية: رامي نصار - تحرير: هالة يوسف)"]
CLOSE_HEADLINE = "أسعار الإسمنت في الأسواق المحلية اليوم: الطن يسجل 90 دولارا"
CLOSE_LEAD = ("تراجعت أسعار الإسمنت في الأسواق المحلية خلال تعاملات اليوم، وسجل سعر الطن نحو 90 دولارا بحسب "
              "تجار مواد البناء في العاصمة.")


@table("credit", STAFF_CREDITS)
def test_a_story_under_the_staff_credit_is_cut_even_on_a_close_topic(credit):
    cleaned = clean_checked(f"{TITLE}\n{LEAD}\n{SECOND}\n{credit}\n\n{CLOSE_HEADLINE}\n{CLOSE_LEAD}\n")
    assert SECOND in cleaned.body and CLOSE_LEAD not in cleaned.body


# must not change: with no staff credit above, a paragraph on the same topic stays; so does a paragraph
# that carries on after the credit with a connective, or one with more text under it
def test_a_closing_paragraph_with_no_credit_above_stays():
    cleaned = clean_checked(f"{TITLE}\n{LEAD}\n{SECOND}\n\n{CLOSE_HEADLINE}\n{CLOSE_LEAD}\n")
    assert CLOSE_LEAD in cleaned.body


@table("credit", STAFF_CREDITS)
def test_a_connective_paragraph_under_the_credit_stays(credit):
    paragraph = ("وكانت الوزارة قد أعلنت أن أعمال الجسر الثاني ستبدأ في الربيع المقبل بتمويل من صندوق التنمية "
                 "الوطني.")
    cleaned = clean_checked(f"{TITLE}\n{LEAD}\n{SECOND}\n{credit}\n\nالجسر الثاني\n{paragraph}\n")
    assert paragraph in cleaned.body


READ_ALSO = "اقرأ أيضاً | ارتفاع أسعار الأسماك في أسواق الساحل"
TRANSFER_HEADLINE = "نادي النجم يتعاقد مع مهاجم برازيلي لمدة ثلاثة مواسم"
TRANSFER_LEAD = ("أعلن نادي النجم، اليوم الخميس، التعاقد رسميا مع المهاجم البرازيلي لمدة ثلاثة مواسم، قادما من "
                 "الدوري البرتغالي في صفقة لم تكشف قيمتها.")


def test_a_story_glued_under_a_read_also_link_at_the_foot_is_cut():
    page = f"{TITLE}\n{LEAD}\n{SECOND}\n\n{READ_ALSO}\n\n{TRANSFER_HEADLINE}\n{TRANSFER_LEAD}\n\nشارك هذا الخبر:\n{FOOTERS[1]}\n"
    cleaned = clean_checked(page)
    assert SECOND in cleaned.body
    assert TRANSFER_LEAD not in cleaned.body and READ_ALSO not in cleaned.body


# must not change: under a read-also link in mid-text, the article goes on (more paragraphs follow)
def test_a_read_also_link_in_mid_text_keeps_the_article():
    page = f"{TITLE}\n{LEAD}\n\n{READ_ALSO}\n\n{SECOND}\n{LAST}\n"
    cleaned = clean_checked(page)
    assert SECOND in cleaned.body and LAST in cleaned.body
