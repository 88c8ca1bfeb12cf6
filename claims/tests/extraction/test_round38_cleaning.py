"""Table-driven cases for round 38's cleaning and metadata: a radio station's masthead described by its kind and region
beside its frequencies, a Latin brand's Arabic edition as the masthead, a byline after a pen sign beside the date or
after "By", readers' prompts to share, follow or listen (in English, or in the plural imperative closed by a full stop),
an agency's dateline under the headline winning over the outlet's bare name read above it, and another story glued at
the foot with only its dateline alone on the line over its paragraph.

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from claims.extraction.cleaning import clean_text

from .helpers import ArticlePage, table
from .test_cleaning import clean_checked

TITLE = "بلدية الميناء تطلق مشروعاً لتجديد شبكة الإنارة العمومية في الأحياء القديمة"
LEAD = ("أطلقت بلدية الميناء مشروعاً لتجديد شبكة الإنارة العمومية في الأحياء القديمة، يشمل تركيب 2400 مصباح "
        "اقتصادي على امتداد 35 كيلومتراً من الشوارع، بكلفة تقارب 6 ملايين دينار.")
SECOND = ("وأوضح رئيس البلدية أن الأشغال ستنطلق في الحي العتيق قبل أن تمتد إلى حي الصيادين وحي المحطة، على أن "
          "تستكمل المرحلة الأولى من المشروع في غضون ستة أشهر.")
THIRD = ("وأشار إلى أن المصابيح الجديدة ستخفض استهلاك البلدية من الكهرباء بنحو 40 بالمائة، مما يتيح توجيه "
         "الاعتمادات الموفرة إلى صيانة الأرصفة والحدائق العمومية.")
FOURTH = ("وطالب سكان الأحياء القديمة بتسريع الأشغال، مؤكدين أن ضعف الإنارة في الأزقة الضيقة تسبب في حوادث "
          "سقوط متكررة خلال فصل الشتاء الماضي.")
FOOT = ("شارك:  فيسبوك   تويتر   واتساب", "جميع الحقوق محفوظة 2025")

ARTICLE = ArticlePage(TITLE, (LEAD, SECOND, THIRD, FOURTH), head=(), foot=FOOT)
page, assert_article_kept = ARTICLE.page, ARTICLE.assert_kept


# --- a radio station described by its kind and region, beside its frequencies ---------------------------------------
# Under the station's name, "الإذاعة الجهوية للساحل | 90.2 FM - 102.4 FM" is its masthead too (the station described,
# not named, with a frequency printed): it goes, and the headline under it is the title. With no frequency the same
# words may be a headline.

STATION_HEADS = [
    ("إذاعة صفاقس", "الإذاعة الجهوية للجنوب | 91.2 FM - 103.5 FM"),
    ("راديو الريف", "الإذاعة الجهوية بالحسيمة 98.4"),
    ("إذاعة الكاف", "الإذاعة الجهوية للشمال الغربي | 95.1 FM"),
]


def station_foot(name: str) -> tuple[str, ...]:
    return (*FOOT[:1], f"{name} © 2025 جميع الحقوق محفوظة")


@table("name,described", STATION_HEADS)
def test_a_described_station_with_its_frequencies_is_masthead(name, described):
    cleaned = clean_checked(page(head=(name, described), foot=station_foot(name)))
    assert_article_kept(cleaned)
    assert described not in cleaned.body


@table("name,described", STATION_HEADS)
def test_a_described_station_alone_over_the_headline_is_masthead(name, described):
    cleaned = clean_checked(page(head=(described,)))
    assert_article_kept(cleaned)
    assert described not in cleaned.body


STATION_HEADLINES = [
    # no frequency: a headline about the station, the title
    "الإذاعة الجهوية بقفصة تحتفل بعيدها الخمسين",
    # a frequency in a headline with a particle
    "الإذاعة الوطنية تنتقل إلى الموجة 98.2 في الشمال",
]


@table("title", STATION_HEADLINES)
def test_a_headline_about_a_station_stays_the_title(title):
    cleaned = clean_checked(page(head=("إذاعة صفاقس",), title=title, foot=station_foot("إذاعة صفاقس")))
    assert_article_kept(cleaned, title)


# --- a Latin brand's Arabic edition as the masthead ------------------------------------------------------------------
# "SBS عربي", "DW عربية", "CNN بالعربية" alone over the headline is the outlet's name: it goes and is no title.

EDITION_MASTHEADS = ["DW عربية", "CNN بالعربية", "Euronews عربي", "TRT عربي"]


@table("masthead", EDITION_MASTHEADS)
def test_an_arabic_edition_of_a_latin_brand_is_no_title(masthead):
    cleaned = clean_checked(page(head=(masthead,)))
    assert_article_kept(cleaned)
    assert masthead not in cleaned.body


def test_a_headline_mixing_scripts_stays_the_title():
    title = "Apple تطلق هاتفاً جديداً بسعر أقل في الأسواق العربية"
    cleaned = clean_checked(page(head=("DW عربية",), title=title))
    assert_article_kept(cleaned, title)


# --- a byline after a pen sign beside the date, or after "By" ---------------------------------------------------------
# "2025/03/14   ✎ سلمى الورتاني": the date is read and the line goes, the name with it; "By نادية سليم" under the
# headline is a byline.

PEN_BYLINES = [
    ("2025/03/14   ✎ سلمى الورتاني", "2025-03-14"),
    ("14 مارس 2025 ✍️ منير بن صالح", "2025-03-14"),
    ("الجمعة 14 مارس 2025 🖊 هدى الزين", "2025-03-14"),
]


@table("line,published", PEN_BYLINES)
def test_a_pen_byline_beside_the_date_is_metadata(line, published):
    cleaned = clean_checked(page(head=("إذاعة صفاقس",), title=f"{TITLE}\n\n{line}", foot=station_foot("إذاعة صفاقس")))
    assert_article_kept(cleaned)
    assert cleaned.published == published
    assert line not in cleaned.body


def test_a_pen_sign_before_a_sentence_stays():
    # a long clause after the sign is no name (four words at most)
    line = "2025/03/14 ✎ ملاحظة: تم تعديل هذا الخبر بعد نشره لتصحيح رقم المصابيح"
    cleaned = clean_checked(page(title=f"{TITLE}\n\n{line}"))
    assert cleaned.published is None


LATIN_BYLINES = ["By نادية سليم", "By سامي بن عمر"]


@table("line", LATIN_BYLINES)
def test_a_by_line_under_the_date_goes(line):
    cleaned = clean_checked(page(title=f"{TITLE}\n\nPublished 14 March 2025 10:05am\n{line}"))
    assert_article_kept(cleaned)
    assert line not in cleaned.body


# --- readers' prompts to share, follow or listen -------------------------------------------------------------------------
# "Share this with family and friends", "شارك الخبر مع أصدقائك", "Follow <outlet>" (English, naming no platform), and a
# prompt in the plural imperative closed by a full stop naming a platform ("استمعوا إلى … عبر تطبيق … مجاناً.").

READER_PROMPTS = [
    "Share this with family and friends",
    "Share this article with your friends",
    "شارك الخبر مع أصدقائك",
    "شاركوا هذا المقال مع عائلاتكم وأصدقائكم",
    "Follow Radio Monte Carlo",
    "Subscribe to Euronews Arabic",
    "استمعوا إلى راديو الشرق على الراديو الرقمي أو عبر تطبيق الإذاعة المتوفر مجاناً.",
    "حملوا تطبيق الصحيفة على هواتفكم لمتابعة الأخبار العاجلة.",
]


@table("line", READER_PROMPTS)
def test_a_readers_prompt_goes(line):
    cleaned = clean_checked(page(line))
    assert_article_kept(cleaned)
    assert line not in cleaned.body


ARTICLE_SENTENCES = [
    # who shares what with whom: a sentence
    "شاركت البلدية نتائج الدراسة مع ممثلي السكان في اجتماع عقد بمقر الولاية.",
    # a connective opens it: the article's
    "واستمعوا إلى شروحات المهندسين عبر تطبيق للاتصال المرئي قبل انطلاق الأشغال.",
    # the plural verb with no platform named
    "تابعوا سير الأشغال في الحي العتيق طيلة الأسبوع الماضي دون انقطاع.",
]


@table("line", ARTICLE_SENTENCES)
def test_a_sentence_on_sharing_or_listening_stays(line):
    cleaned = clean_checked(page(middle=(line,)))
    assert_article_kept(cleaned)
    assert line in cleaned.body


# --- an agency's dateline under the headline, the outlet's name above it ---------------------------------------------
# The outlet's bare name read as a credit line at the top of the page ("صحيفة المناطق الإلكترونية") is its masthead: a
# wire agency credited by the dateline under the headline ("الطائف – واس") is the story's source. Another outlet's name
# under the headline, or nothing, leaves the first credit as it was.

AGENCY_DATELINES = [
    ("صحيفة الشمال الإلكترونية", "تبوك – واس", "واس"),
    ("جريدة الوادي", "الكويت - كونا", "كونا"),
    ("موقع المدينة نيوز", "عمان - بترا", "بترا"),
]


@table("masthead,dateline,credit", AGENCY_DATELINES)
def test_an_agency_dateline_under_the_headline_is_the_credit(masthead, dateline, credit):
    cleaned = clean_checked(page(head=(masthead,), title=f"{TITLE}\n\n{dateline}"))
    assert_article_kept(cleaned)
    assert cleaned.source_credit == credit
    assert dateline not in cleaned.body


def test_an_agency_above_stays_the_credit():
    # an agency's own name above (its page): another agency under the headline does not replace it
    cleaned = clean_checked(page(head=("كونا",), title=f"{TITLE}\n\nعمان - بترا"))
    assert cleaned.source_credit == "كونا"


def test_a_bare_outlet_above_without_an_agency_under_the_headline_is_unchanged():
    with_outlet = clean_text(page(head=("صحيفة الشمال الإلكترونية",), title=f"{TITLE}\n\nتبوك – الوطن"))
    alone = clean_text(page(head=("صحيفة الشمال الإلكترونية",)))
    assert with_outlet.source_credit == alone.source_credit == "صحيفة الشمال الإلكترونية"


# --- another story glued at the foot under its dateline alone --------------------------------------------------------
# A dateline alone on its line ("CITY – OUTLET") over a full paragraph at the foot, with no connective, that shares at
# most one stem with the article's lead and under half of its stems with the article: another story glued on; it is cut
# with its dateline. A dateline over a paragraph on the same story, or one carried on by a connective, stays.

GLUED_UNDER_DATELINE = [
    ("قابس – الأنباء",
     "أعلنت مصالح الحماية المدنية عن إنقاذ 11 بحاراً كانوا على متن مركب صيد جنح قبالة السواحل الجنوبية، ونقل "
     "ثلاثة منهم إلى المستشفى لتلقي الإسعافات."),
    ("الزرقاء (بترا)",
     "ضبطت كوادر الرقابة الصحية 900 كيلوغرام من اللحوم المجمدة غير الصالحة للاستهلاك في مستودع غير مرخص، وأحالت "
     "صاحبه إلى القضاء."),
    ("مراكش / ومع",
     "سجلت مندوبية السياحة ارتفاعاً في عدد ليالي المبيت بالفنادق المصنفة بنسبة 18 في المائة خلال الربع الأول، "
     "مدفوعاً بعودة السياح الأوروبيين."),
]


@table("dateline,paragraph", GLUED_UNDER_DATELINE)
def test_a_story_under_its_dateline_at_the_foot_is_cut(dateline, paragraph):
    cleaned = clean_checked(page(dateline, paragraph))
    assert_article_kept(cleaned)
    assert dateline not in cleaned.body and paragraph not in cleaned.body


ARTICLE_UNDER_DATELINE = [
    # the same story told from another town: its topic words come back
    ("الحمامات – الأنباء",
     "أطلقت بلدية الحمامات بدورها مشروعاً مماثلاً لتجديد شبكة الإنارة العمومية في الأحياء القديمة بتركيب مصابيح "
     "اقتصادية في الشوارع."),
    # a connective carries the story on
    ("قابس – الأنباء",
     "وكانت مصالح الحماية المدنية قد أنقذت 11 بحاراً كانوا على متن مركب صيد جنح قبالة السواحل الجنوبية."),
]


@table("dateline,paragraph", ARTICLE_UNDER_DATELINE)
def test_the_articles_paragraph_under_a_dateline_stays(dateline, paragraph):
    cleaned = clean_checked(page(dateline, paragraph))
    assert_article_kept(cleaned)
    assert paragraph in cleaned.body


def test_a_foreign_paragraph_under_a_dateline_in_mid_text_stays():
    # not at the foot: the article's paragraphs follow (in doubt, never lose text)
    dateline, paragraph = GLUED_UNDER_DATELINE[0]
    cleaned = clean_checked(page(middle=(dateline, paragraph)))
    assert_article_kept(cleaned)
    assert paragraph in cleaned.body
