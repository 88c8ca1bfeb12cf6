"""Table-driven cases for round 39's cleaning and metadata:

- a follow/join prompt with its button at the end, after a mark: "قناة الوادي على تلغرام.. انضم الآن" goes (a platform is
  named; a sentence on joining goes on after the verb and stays);
- a bare name under the headline over the page's age ("سلمى الورتاني" over "منذ 3 ساعات") is the byline: it goes;
- the page's date with its update time ("2025-03-14 | آخر تحديث 10:20") between the masthead and the section label is
  a stamp, so the label under it goes and the headline is the title;
- an outlet's full name with its short name in brackets ("وكالة أنباء المياه والبيئة (ومب)") over the menu is the
  masthead when the full name comes back in its footer: no title;
- an outlet's full name with its adjective ("صحيفة الوادي الإلكترونية") signs its footer without it ("جميع الحقوق
  محفوظة لصحيفة الوادي"): its own name, no credit;
- under a brief glued at the foot with no headline, the page's "المصدر:" line credits the article.

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import ArticlePage, table
from .test_cleaning import clean_checked

TITLE = "بلدية الوادي تطلق مشروعاً لتوسيع شبكة الصرف الصحي في الأحياء الشرقية"
LEAD = ("أطلقت بلدية الوادي مشروعاً لتوسيع شبكة الصرف الصحي في الأحياء الشرقية، يشمل مد 48 كيلومتراً من "
        "القنوات الجديدة وربط نحو 3500 مسكن بالشبكة، بكلفة تقارب 9 ملايين دينار.")
SECOND = ("وأوضح رئيس البلدية أن الأشغال ستنطلق في حي النخيل قبل أن تمتد إلى حي المحطة وحي السوق، على أن تستكمل "
          "المرحلة الأولى من المشروع في غضون ثمانية أشهر.")
THIRD = ("وأشار إلى أن الشبكة الحالية لا تغطي سوى نصف مساكن الأحياء الشرقية، مما يدفع السكان إلى حفر آبار "
         "تقليدية تتسرب مياهها إلى الطبقة الجوفية.")
FOURTH = ("وطالب سكان الأحياء الشرقية بتسريع الأشغال، مؤكدين أن تسرب المياه المستعملة في الأزقة تسبب في انتشار "
          "الروائح والحشرات خلال فصل الصيف الماضي.")
FOOT = ("شارك:  فيسبوك   تويتر   واتساب", "جميع الحقوق محفوظة 2025")

ARTICLE = ArticlePage(TITLE, (LEAD, SECOND, THIRD, FOURTH), head=(), foot=FOOT)
page, assert_article_kept = ARTICLE.page, ARTICLE.assert_kept


# --- a follow/join prompt with its button at the end ------------------------------------------------------------------
# "<outlet> على تلغرام.. انضم الآن": a platform named, then after a mark the button (join, follow, subscribe, maybe "now").

BUTTON_PROMPTS = [
    "قناة الوادي على تلغرام.. انضم الآن",
    "آخر أخبار الجنوب لحظة بلحظة على واتساب - تابعنا",
    "صفحتنا على فيسبوك: تابعونا",
    "نشرة الرياضة على يوتيوب… اشترك مجاناً",
]


@table("line", BUTTON_PROMPTS)
def test_a_prompt_with_its_button_at_the_end_goes(line):
    cleaned = clean_checked(page(line))
    assert_article_kept(cleaned)
    assert line not in cleaned.body


BUTTON_SENTENCES = [
    # a sentence on joining goes on after the verb
    "وأنشأت البلدية قناة على تلغرام.. انضم إليها 5 آلاف من السكان خلال أسبوع",
    # the button's words with no platform named
    "ودعا رئيس البلدية الشباب إلى التطوع في حملة النظافة.. انضموا الآن",
]


@table("line", BUTTON_SENTENCES)
def test_a_line_on_joining_with_no_prompt_stays(line):
    cleaned = clean_checked(page(middle=(line,)))
    assert_article_kept(cleaned)
    assert line in cleaned.body


# --- a bare name over the page's age, under the headline ---------------------------------------------------------------

AGE_BYLINES = [
    ("سلمى الورتاني", "منذ 3 ساعات"),
    ("رشيد آيت علي", "منذ 40 دقيقة"),
    ("هدى المنصوري", "منذ يومين"),
]


@table("name,age", AGE_BYLINES)
def test_a_name_over_the_pages_age_is_the_byline(name, age):
    cleaned = clean_checked(page(title=f"{TITLE}\n\n{name}\n{age}"))
    assert_article_kept(cleaned)
    assert name not in cleaned.body and age not in cleaned.body


NOT_BYLINES = [
    # no age under it: a kicker the text names again stays
    ("الأحياء الشرقية", ""),
    # the age line is a sentence of the text, not the page's age
    ("حي النخيل", "منذ 3 ساعات والسكان ينتظرون وصول الشاحنات إلى حي النخيل."),
]


@table("line,below", NOT_BYLINES)
def test_a_short_line_under_the_headline_without_the_pages_age_stays(line, below):
    title = f"{TITLE}\n\n{line}\n{below}" if below else f"{TITLE}\n\n{line}"
    cleaned = clean_checked(page(title=title))
    assert line in cleaned.body


# --- the page's date with its update time between the masthead and the section label -----------------------------------

MENU = "سياسة | اقتصاد | محليات | ثقافة | رياضة | أرشيف"
STAMPS = [
    ("2025-03-14 | آخر تحديث 10:20", "2025-03-14"),
    ("14/03/2025 | آخر تحديث: 10:20", "2025-03-14"),
    ("الجمعة 14 مارس 2025 | آخر تحديث 22:05", "2025-03-14"),
]
OUTLET_FOOT = (FOOT[0], "جميع الحقوق محفوظة لصحيفة الوادي © 2025")


@table("stamp,published", STAMPS)
def test_a_stamp_with_its_update_time_over_the_section_label(stamp, published):
    cleaned = clean_checked(page(head=("صحيفة الوادي", MENU, stamp, "محليات"), foot=OUTLET_FOOT))
    assert_article_kept(cleaned)
    assert cleaned.published == published
    assert "محليات" not in cleaned.body.split("\n")[0]


def test_a_headline_with_a_bar_under_the_masthead_stays_the_title():
    title = "الوادي | 3500 مسكن ينتظر الربط بشبكة الصرف الصحي"
    cleaned = clean_checked(page(head=("صحيفة الوادي", MENU, "2025-03-14 | آخر تحديث 10:20"), title=title,
                                 foot=OUTLET_FOOT))
    assert_article_kept(cleaned, title)


# --- an outlet's full name with its short name in brackets ------------------------------------------------------------

BRACKETED_MASTHEADS = [
    ("الهيئة الوطنية للإعلام السمعي (هنا)", "الهيئة الوطنية للإعلام السمعي - جميع الحقوق محفوظة"),
    ("وكالة أنباء المياه والبيئة (ومب)", "وكالة أنباء المياه والبيئة - جميع الحقوق محفوظة"),
    ("مؤسسة الوادي للصحافة والنشر (مون)", "© 2025 مؤسسة الوادي للصحافة والنشر. جميع الحقوق محفوظة"),
]


@table("masthead,footer", BRACKETED_MASTHEADS)
def test_a_full_name_with_its_short_name_in_brackets_is_masthead(masthead, footer):
    cleaned = clean_checked(page(head=(masthead, MENU, "محليات"), foot=(FOOT[0], footer)))
    assert_article_kept(cleaned)
    assert masthead not in cleaned.body


def test_a_headline_closed_by_a_short_name_stays_the_title():
    # the words before the brackets come back in no footer or credit line: a headline
    title = "البلدية تطلق البرنامج الوطني للتطهير (وطن)"
    cleaned = clean_checked(page(title=title))
    assert_article_kept(cleaned, title)


def test_a_bracketed_name_the_footer_does_not_sign_stays_the_title():
    title = "الهيئة الوطنية للإعلام السمعي (هنا)"
    cleaned = clean_checked(page(title=title))
    assert cleaned.title == title


# --- the outlet's full name with its adjective, its footer without it --------------------------------------------------

ADJECTIVE_MASTHEADS = [
    ("صحيفة الوادي الإلكترونية", "جميع الحقوق محفوظة لصحيفة الوادي 2025 ©"),
    ("موقع الجنوب الإخباري", "جميع الحقوق محفوظة لموقع الجنوب 2025"),
    ("جريدة السهل اليومية", "جميع الحقوق محفوظة لجريدة السهل"),
]


@table("masthead,footer", ADJECTIVE_MASTHEADS)
def test_the_outlets_own_name_with_its_adjective_is_no_credit(masthead, footer):
    cleaned = clean_checked(page(head=(masthead,), foot=(FOOT[0], footer)))
    assert_article_kept(cleaned)
    assert cleaned.source_credit is None


def test_another_outlets_name_stays_the_credit():
    # the footer signs another name: the masthead-shaped line stays a credit, as in round 38
    cleaned = clean_checked(page(head=("صحيفة الوادي الإلكترونية",), foot=(FOOT[0], "جميع الحقوق محفوظة لصحيفة السهل")))
    assert cleaned.source_credit == "صحيفة الوادي الإلكترونية"


# --- the page's source line under a brief glued at the foot -----------------------------------------------------------

GLUED_BRIEFS = [
    ("افتتح والي الجهة أمس معرض الزربية التقليدية في قصر المدينة بمشاركة 80 حرفية، ويستمر المعرض أسبوعاً "
     "وسط توقعات ببيع أكثر من 400 قطعة.", "المصدر: وات", "وات"),
    ("افتتح محافظ المنطقة الشمالية أمس مهرجان الزيتون في مدينة الجبل بمشاركة 60 عارضاً، ويستمر المهرجان خمسة "
     "أيام وسط توقعات ببيع 30 طناً من الزيت.", "المصدر: وكالات", "وكالات"),
    ("سجلت محطة الرصد الجوي أمس أعلى درجة حرارة في البلاد بلغت 46 درجة مئوية، فيما تتوقع المصالح المختصة "
     "انخفاضها نهاية الأسبوع.", "المصدر: سونا", "سونا"),
]


@table("brief,source,credit", GLUED_BRIEFS)
def test_the_source_line_under_a_glued_brief_credits_the_article(brief, source, credit):
    cleaned = clean_checked(page(brief, source))
    assert_article_kept(cleaned)
    assert brief not in cleaned.body
    assert cleaned.source_credit == credit


def test_the_source_line_of_a_glued_story_with_its_headline_stays_its_own():
    # a headline and its lead glued on after a read-also marker: the source line under them is that story's
    brief, source, _ = GLUED_BRIEFS[0]
    cleaned = clean_checked(page("اقرأ أيضاً", "معرض الزربية التقليدية يفتح أبوابه في قصر المدينة", brief, source))
    assert_article_kept(cleaned)
    assert cleaned.source_credit is None
