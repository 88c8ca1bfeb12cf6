"""Table-driven cases for round 30's cleaning and metadata rules.

- A masthead giving the name in two scripts and the slogan ("<name> | <Latin name> — <slogan>") is no title.
- A short head line repeating an item of the site's menu above it is the section's label, whatever it is called.
- A breaking bar with the site's menu under it is page chrome, not the headline.
- The outlet asking readers for tips at the foot ("هل لديكم صور …؟ أرسلوها إلينا عبر واتساب") goes.
- A date line labelled "تاريخ الإضافة" / "تاريخ الإدراج" is the publication date.
- An agency's dateline on its own page credits the agency, as written (diacritics kept).
- A story glued under "المزيد من الأخبار" whose dateline names the month twice ("2 يوليو تموز") is cut; so is a story
  glued with no heading under the keywords, though it shares the article's weekday words.

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "بلدية الساحل تطلق حملة لتنظيف الشواطئ قبل موسم الاصطياف"
LEAD = ("أطلقت بلدية الساحل، صباح أمس السبت، حملة واسعة لتنظيف الشواطئ الشمالية بمشاركة أكثر من 300 متطوع من "
        "الجمعيات البيئية والكشافة، استعداداً لموسم الاصطياف الذي ينطلق مطلع الشهر المقبل.")
SECOND = ("وأوضح رئيس البلدية أن الحملة تشمل رفع النفايات البلاستيكية وتركيب حاويات جديدة على طول الكورنيش، إلى جانب "
          "تهيئة المداخل المؤدية إلى الشواطئ وتوفير مرشدين للسباحة.")
THIRD = ("وأشار إلى أن البلدية رصدت ميزانية قدرها 2.4 مليون دينار لتأهيل الشواطئ هذا العام، داعياً المصطافين إلى "
         "الحفاظ على نظافة الرمال واحترام المساحات المخصصة للعائلات.")


def page(*foot: str, head: tuple[str, ...] = ("جريدة الساحل",), title: str = TITLE, middle: tuple[str, ...] = ()) -> str:
    return "\n".join([*head, title, LEAD, SECOND, *middle, THIRD, *foot])


def assert_article_kept(cleaned, title: str = TITLE) -> None:
    assert cleaned.title == title
    for paragraph in (LEAD, SECOND, THIRD):
        assert paragraph in cleaned.body


# --- a masthead in two scripts with its slogan ------------------------------------------------------------------

MASTHEADS_WITH_SLOGAN = [
    "الوسط | Alwasat — صحيفة ليبية يومية مستقلة",
    "Al Sahel | الساحل - جريدة الناس",
    "النهار الرياضي | Ennahar Sport — كل الرياضة الجزائرية",
]


@table("masthead", MASTHEADS_WITH_SLOGAN)
def test_a_masthead_with_its_latin_name_and_slogan_is_no_title(masthead):
    cleaned = clean_checked(page(head=(masthead,)))
    assert_article_kept(cleaned)
    assert masthead not in cleaned.body


HEADLINES_WITH_A_LATIN_NAME = [
    # a clause after the names: no slogan (too long, a figure)
    "الزمالك | Zamalek — الفريق يفوز على الأهلي بهدفين نظيفين في نهائي الكأس ويحرز اللقب",
    "أبل | Apple — هاتف جديد بسعر 999 دولاراً",
]


@table("headline", HEADLINES_WITH_A_LATIN_NAME)
def test_must_not_change_a_headline_naming_a_brand_in_two_scripts(headline):
    cleaned = clean_checked(page(head=(), title=headline))
    assert cleaned.title == headline


# --- a section label repeating an item of the menu ---------------------------------------------------------------

MENU_HEADS = [
    # (the label echoes the article: a faint label would go anyway)
    ("جريدة الساحل", "الرئيسية | شؤون الناس | شواطئ الساحل | رياضة | رأي", "شواطئ الساحل"),
    ("Sahel Post | ساحل بوست", "محليات › مدن وقرى › حملات البلدية", "حملات البلدية"),
    ("جريدة الساحل", "بيئة | متطوعون وجمعيات | مواسم الاصطياف | مناخ", "مواسم الاصطياف"),
]


@table("masthead, menu, label", MENU_HEADS)
def test_a_label_repeating_a_menu_item_is_no_title(masthead, menu, label):
    cleaned = clean_checked(page(head=(masthead, menu, label)))
    assert_article_kept(cleaned)
    assert not cleaned.body.startswith(label)


def test_must_not_change_a_short_headline_the_menu_does_not_name():
    title = "الشواطئ تستعيد زوارها"
    cleaned = clean_checked(page(head=("جريدة الساحل", "الرئيسية | شؤون الناس | بيئة الساحل | رياضة | رأي"),
                                 title=title))
    assert cleaned.title == title


# --- a breaking bar over the site's menu --------------------------------------------------------------------------

def test_a_breaking_bar_over_the_menu_is_no_title():
    # (on the same beat: it echoes the article as much as a headline would)
    bar = "عاجل | البلدية تعلن إغلاق الشواطئ الشمالية أمام المصطافين يوم الجمعة لاستكمال حملة التنظيف"
    menu = "البث الحي | برامج | أخبار الساحل | عربي ودولي | رياضة"
    cleaned = clean_checked(page(head=("قناة الساحل الفضائية", bar, menu, "أخبار الساحل")))
    assert_article_kept(cleaned)
    assert bar not in cleaned.body


def test_must_not_change_a_breaking_headline_over_its_lead():
    title = "عاجل | بلدية الساحل تطلق حملة لتنظيف الشواطئ"
    cleaned = clean_checked(page(head=(), title=title))
    assert cleaned.title == title


# --- the outlet asking readers for tips ------------------------------------------------------------------------

TIP_PROMPTS = [
    "هل لديك معلومات حول هذه القضية؟ تواصل مع فريق التحرير عبر البريد الإلكتروني.",
    "لديكم صور أو فيديو من الشاطئ؟ أرسلوها إلينا عبر واتساب",
    "هل عندك شكوى من خدمات البلدية؟ راسلنا على البريد tips@sahel.example",
]


@table("prompt", TIP_PROMPTS)
def test_a_tip_prompt_at_the_foot_goes(prompt):
    cleaned = clean_checked(page(prompt))
    assert_article_kept(cleaned)
    assert prompt not in cleaned.body


QUESTIONS_IN_THE_TEXT = [
    # a question in the story, no channel to send anything to
    "وسأل أحد المتطوعين: «هل لديك معلومات عن موعد وصول الحاويات؟»، فأجابه المسؤول بأنها ستصل خلال أيام.",
    "هل لديكم خطة لما بعد الموسم؟ يجيب رئيس البلدية بأن الحملة ستتواصل حتى نهاية الصيف.",
]


@table("question", QUESTIONS_IN_THE_TEXT)
def test_must_not_change_a_question_in_the_text(question):
    cleaned = clean_checked(page(middle=(question,)))
    assert_article_kept(cleaned)
    assert question in cleaned.body


# --- a date line labelled "تاريخ الإضافة" -----------------------------------------------------------------------

DATE_LINES = [
    ("تاريخ الإضافة: 2025/09/14 - 10:32 م", "2025-09-14"),
    ("تاريخ الإدراج: 03-02-2024", "2024-02-03"),
]


@table("line, published", DATE_LINES)
def test_a_labelled_date_line_gives_the_date(line, published):
    cleaned = clean_checked(page(head=("جريدة الساحل",)).replace(TITLE, TITLE + "\n" + line))
    assert_article_kept(cleaned)
    assert cleaned.published == published
    assert line not in cleaned.body


def test_must_not_change_a_sentence_naming_a_date_of_addition():
    sentence = "وأوضح أن تاريخ الإضافة إلى قائمة الشواطئ المحمية كان 2024/05/01، بعد تقييم دام عامين."
    cleaned = clean_checked(page(middle=(sentence,)))
    assert sentence in cleaned.body and cleaned.published is None


# --- an agency's own dateline -----------------------------------------------------------------------------------

AGENCY_LEAD = ("الدوحة، 5 أبريل نيسان (وكالة أنباء الخليج) - أطلقت بلدية الساحل، صباح أمس السبت، حملة واسعة لتنظيف "
               "الشواطئ الشمالية بمشاركة أكثر من 300 متطوع.")


def test_an_agencys_dateline_on_its_own_page_credits_it():
    cleaned = clean_checked(page(head=("وكالة أنباء الخليج | GNA", "اقتصاد | قطر")).replace(LEAD, AGENCY_LEAD))
    assert cleaned.source_credit == "وكالة أنباء الخليج"


def test_a_credit_is_given_as_written_past_the_lines_diacritics():
    lead = "مسقط، 5 أبريل (العُمانية) - أطلقت بلدية الساحل، صباح أمس السبت، حملةً واسعة لتنظيف الشواطئ الشمالية."
    cleaned = clean_checked(page(head=()).replace(LEAD, lead))
    assert cleaned.source_credit == "العُمانية"


# --- glued stories ------------------------------------------------------------------------------------------

GLUED_WIRE = ("عمّان، 2 يوليو تموز (وكالة أنباء الخليج) - أظهرت بيانات دائرة الإحصاءات العامة اليوم الثلاثاء أن معدل "
              "البطالة تراجع إلى 21.4% في الربع الأول، مدفوعاً بزيادة التوظيف في قطاع الخدمات.")


def test_a_story_under_more_news_with_a_twice_named_month_is_cut():
    cleaned = clean_checked(page("المزيد من الأخبار", GLUED_WIRE))
    assert_article_kept(cleaned)
    assert GLUED_WIRE not in cleaned.body


def test_must_not_change_a_paragraph_carrying_on_under_more_news_links():
    link = "البلدية تفتتح مسبحاً جديداً"
    goes_on = ("وكانت البلدية قد أعلنت الأسبوع الماضي عن تخصيص فرق لمراقبة الشواطئ طيلة موسم الاصطياف وتنظيم حركة "
               "السير على الكورنيش.")
    cleaned = clean_checked(page(head=("جريدة الساحل",), middle=("المزيد من الأخبار", link, goes_on)))
    assert_article_kept(cleaned)
    assert goes_on in cleaned.body


GLUED_NO_HEADING = ("حددت وزارة الصحة يوم الأحد الأول من الشهر المقبل موعداً لانطلاق حملة التلقيح ضد الحصبة، بمشاركة "
                    "أكثر من ألفي ممرض في مختلف المحافظات.")


def test_a_story_glued_under_the_keywords_is_cut_though_it_shares_weekday_words():
    second = ("وكان رئيس البلدية قد أعلن يوم الأحد الماضي عن الحملة، مؤكداً أن المتطوعين سيعملون كل يوم أحد حتى "
              "نهاية الشهر.")
    cleaned = clean_checked(page("الوسوم: #الشواطئ #البلدية #البيئة", GLUED_NO_HEADING, middle=(second,)))
    assert_article_kept(cleaned)
    assert second in cleaned.body
    assert GLUED_NO_HEADING not in cleaned.body


def test_must_not_change_a_last_paragraph_on_the_story_under_the_keywords():
    last = ("أعلن رئيس بلدية الساحل يوم الأحد أن حملة تنظيف الشواطئ الشمالية ستتواصل حتى موسم الاصطياف بمشاركة "
            "المتطوعين والجمعيات البيئية.")
    cleaned = clean_checked(page("الوسوم: #الشواطئ #البلدية #البيئة", last))
    assert_article_kept(cleaned)
    assert last in cleaned.body
