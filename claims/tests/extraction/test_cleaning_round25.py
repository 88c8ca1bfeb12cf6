"""Table-driven cases for round 25: the headline among a site's flashes and tickers, page widgets left in the body,
another story glued under the article, and the outlet's own name taken for a credit.

- A breaking bar printed under the page's chrome (masthead, menu) is the site's flash: over a line that echoes the
  article it is no headline, even on the same story. At the top of the text, "عاجل | …" over such a line stays the title.
- A line of three items or more split by bars (scores, other stories) is no headline over another line.
- A site's address is its masthead ("<name>.كوم"), and its name beside the page's date is no part of the stamp.
- Widgets: a news ticker ("آخر الأخبار: … …"), an audio player, comment and newsletter form fields, "حقوق النشر
  محفوظة", "هذا المحتوى نُشر على <date>", a bare reading time under the headline, a caption closed by a Latin photo
  credit.
- A share bar among a related block's links closes the article; a foot teaser restating its link's headline, on a
  topic the article's lead never names, goes with the paragraphs under it.
- The outlet's own name, claimed by its copyright footer, is no source credit; a "المصدر:" line still is.

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "الفيضانات تغمر أحياء في مدينة قسنطينة وتعطل حركة المرور لساعات"
LEAD = ("غمرت مياه الأمطار الغزيرة، مساء أمس الأحد، عدة أحياء في مدينة قسنطينة، ما أدى إلى تعطل حركة المرور لساعات "
        "وإجلاء عشرات العائلات من مساكنها، وفق ما أعلنته مصالح الحماية المدنية.")
SECOND = ("وأوضحت الحماية المدنية في بيان أن فرقها تدخلت في 42 موقعاً لشفط المياه، وأن الأمطار بلغت 65 ملم في ظرف "
          "ثلاث ساعات، مشيرة إلى عدم تسجيل خسائر بشرية.")
THIRD = ("وقال والي قسنطينة خلال زيارة ميدانية إن السلطات ستعيد تأهيل قنوات الصرف في الأحياء المتضررة قبل موسم "
         "الأمطار المقبل.")
MENU = "الرئيسية | وطني | دولي | اقتصاد | رياضة | ثقافة | مجتمع"


def page(*head: str, title: str = TITLE, foot: str = "") -> str:
    return "\n".join([*head, "", title, "", LEAD, "", SECOND, "", THIRD, "", foot])


# --- the headline among the site's flashes and tickers ---------------------------------------------------------

SAME_STORY_BAR = "عاجل | أمطار طوفانية تغرق أحياء قسنطينة وإجلاء عشرات العائلات"
HEAD_FURNITURE = [
    # (what the page prints above the headline)
    ["الشروق.كوم | أخبار الجزائر", MENU, SAME_STORY_BAR],  # a site's address and tagline, the menu, the flash
    ["جريدة المساء", MENU, "خبر عاجل: أمطار طوفانية تغرق أحياء قسنطينة"],
    ["جريدة المساء", MENU, "مولودية الجزائر 1-0 شباب بلوزداد | وفاق سطيف 2-2 اتحاد العاصمة | شبيبة القبائل 0-1 بارادو"],
    [MENU, "أحدث الأخبار: وزير الصحة يزور مستشفى وهران ... ارتفاع أسعار السردين في الموانئ ..."],
]


@table("head", HEAD_FURNITURE)
def test_a_flash_or_ticker_over_the_headline_is_never_the_title(head):
    cleaned = clean_checked(page(*head))
    assert cleaned.title == TITLE
    assert all(line not in cleaned.body for line in head)
    assert LEAD in cleaned.body and THIRD in cleaned.body


def test_a_breaking_headline_at_the_top_of_the_text_stays_the_title():
    # must not change: no chrome above it, the labelled line is the headline and the line under it a subtitle
    subtitle = "إجلاء عشرات العائلات وتعطل حركة المرور في أحياء قسنطينة"
    cleaned = clean_checked(page(SAME_STORY_BAR, title=subtitle))
    assert cleaned.title == SAME_STORY_BAR


def test_the_site_name_beside_the_date_is_read_with_the_stamp():
    raw = page("الشروق.كوم | أخبار الجزائر", MENU, SAME_STORY_BAR).replace(
        f"{TITLE}\n", f"{TITLE}\nالشروق.كوم | الاثنين 9 فبراير 2026 - 10:15\n")
    cleaned = clean_checked(raw)
    assert cleaned.title == TITLE and cleaned.published == "2026-02-09"
    assert "10:15" not in cleaned.body


# --- widgets in the body ---------------------------------------------------------------------------------------

WIDGETS = [
    # (where: "head" under the title, "foot" under the text; the widget)
    ("head", "استمع إلى هذا الخبر ▶ 02:45"),
    ("head", "Listen to this article 4:05"),
    ("head", "هذا المقال نُشر في 09 فبراير 2026 - 10:15"),
    ("head", "3 دقائق"),
    ("head", "سيول في حي بوالصوف بقسنطينة، الأحد. AFP / Farouk Batiche"),
    ("foot", "البريد الإلكتروني *"),
    ("foot", "اكتب بريدك الإلكتروني | اشترك"),
    ("foot", "جميع حقوق الطبع والنشر محفوظة لجريدة المساء"),
    ("foot", "آخر الأخبار: انطلاق امتحانات البكالوريا ... تعيين وال جديد لوهران ..."),
]


@table("where, widget", WIDGETS)
def test_a_widget_leaves_the_body(where, widget):
    raw = page(title=f"{TITLE}\n{widget}") if where == "head" else page(foot=widget)
    cleaned = clean_checked(raw)
    assert widget not in cleaned.body
    assert cleaned.title == TITLE and LEAD in cleaned.body and THIRD in cleaned.body


def test_the_comment_form_ends_the_article():
    foot = "التعليقات\nالاسم *\nالبريد الإلكتروني *\nجميع حقوق النشر محفوظة لجريدة المساء"
    cleaned = clean_checked(page(foot=foot))
    assert "الاسم" not in cleaned.body and "محفوظة" not in cleaned.body and THIRD in cleaned.body


KEPT_LINES = [
    # must not change: text that only looks like a widget
    "استمع الوزير إلى انشغالات السكان المتضررين في حي بوالصوف.",
    "وقال الوالي إن حقوق المتضررين محفوظة وإن التعويضات ستصرف قبل نهاية الشهر.",
    "آخر الأخبار تشير إلى عودة حركة المرور إلى طبيعتها في معظم الأحياء.",
    "وسجلت الأمطار خلال 3 دقائق فقط أكثر من 10 ملم في وسط المدينة.",
]


@table("line", KEPT_LINES)
def test_a_sentence_shaped_like_a_widget_stays(line):
    cleaned = clean_checked(page(foot=line))
    assert line in cleaned.body


# --- another story glued under the article -------------------------------------------------------------------

GLUED = [
    # (what follows the text, the glued story's words that must leave)
    ("الأكثر قراءة\nأسعار السردين تتراجع في موانئ الغرب\nشارك الخبر: فيسبوك | تويتر | نسخ الرابط\n\n"
     "اقرأ أيضاً: وزارة المالية تطرح سندات بقيمة 50 مليار دينار الأسبوع المقبل\n"
     "تطرح وزارة المالية سندات بقيمة 50 مليار دينار الأسبوع المقبل على آجال 5 و7 سنوات.\n"
     "وبلغ متوسط العائد في آخر طرح 6.2%، بحسب بيانات الخزينة.",
     ["50 مليار", "6.2%"]),
    ("اقرأ أيضاً:\nالدينار الجزائري يواصل التراجع أمام اليورو في السوق الموازية\n"
     "واصل الدينار الجزائري تراجعه أمام اليورو في السوق الموازية بقسنطينة، إذ بلغ سعر صرف اليورو الواحد 262 "
     "ديناراً للبيع مقابل 258 ديناراً مطلع الأسبوع، مع تسجيل عدم توفر السيولة لدى المصالح المصرفية قبل الموسم "
     "المقبل.\n"
     "وأرجع تجار العملة التراجع إلى ارتفاع الطلب مع اقتراب موسم العمرة.",
     ["262 ديناراً", "موسم العمرة"]),
]


@table("foot, gone", GLUED)
def test_a_story_glued_under_the_article_leaves_the_body(foot, gone):
    cleaned = clean_checked(page(foot=foot))
    assert all(words not in cleaned.body for words in gone)
    assert THIRD in cleaned.body


def test_a_last_paragraph_that_restates_a_link_on_the_article_topic_stays():
    # must not change: the paragraph under the link carries the lead's topic words (the rains, civil protection)
    foot = ("اقرأ أيضاً:\nالحماية المدنية تجلي العائلات المتضررة من الأمطار في قسنطينة\n"
            "وأجلت الحماية المدنية العائلات المتضررة من الأمطار في قسنطينة إلى مراكز إيواء مؤقتة، وفق ما أعلنته "
            "مصالحها.")
    cleaned = clean_checked(page(foot=foot))
    assert "مراكز إيواء مؤقتة" in cleaned.body


# --- the outlet's own name is no credit ----------------------------------------------------------------------

CREDITS = [
    # (head, foot, credit)
    ("المساء نيوز", "جميع الحقوق محفوظة © المساء نيوز 2026", None),
    ("المساء نيوز", "جميع الحقوق محفوظة لموقع المساء نيوز", None),
    # must not change: a "المصدر:" line credits whatever it names; an agency's credit stays on its own site
    ("المساء نيوز", "المصدر: المساء نيوز\nجميع الحقوق محفوظة © المساء نيوز 2026", "المساء نيوز"),
    ("المساء نيوز", "(وكالات)\nجميع الحقوق محفوظة © المساء نيوز 2026", "وكالات"),
    ("المساء نيوز", "", "المساء نيوز"),
]


@table("head, foot, credit", CREDITS)
def test_the_outlet_named_by_its_copyright_is_no_credit(head, foot, credit):
    cleaned = clean_checked(page(head, foot=foot))
    assert cleaned.source_credit == credit
    assert cleaned.title == TITLE
