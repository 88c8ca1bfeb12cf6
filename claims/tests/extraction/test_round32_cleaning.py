"""Table-driven cases for round 32's cleaning: stories glued under the article (a lead telling its day with no marker,
a read-also story with the city and outlet as its dateline, a read-also teaser above the source line and a labelled share
row), the live page's format label over its headline, and furniture left in the body (a share row labelled "انشر:", a
donation box on one line, related topics on the heading's line, a "did you like the article" prompt, the outlet's
disclaimer with no label).

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import ArticlePage, table
from .test_cleaning import clean_checked

TITLE = "بلدية الزرقاء تبدأ استبدال شبكة المياه القديمة في أربعة أحياء"
LEAD = ("بدأت بلدية الزرقاء أعمال استبدال شبكة المياه القديمة في أحياء الغويرية والمعصوم ووادي الحجر والزواهرة، "
        "بكلفة تقارب 6 ملايين دينار، ضمن مشروع يموله صندوق التنمية لتحسين التزويد المائي.")
SECOND = ("وأوضح رئيس البلدية أن المشروع يشمل تمديد 48 كيلومتراً من الأنابيب الجديدة وتركيب عدادات ذكية لقرابة 9 آلاف "
          "مشترك، مشيراً إلى أن الفاقد المائي في الأحياء المستهدفة يتجاوز 40 بالمئة بسبب تهالك الخطوط.")
THIRD = ("وقال مهندس المشروع إن الحفريات ستنفذ على مراحل لتقليل الإزعاج للسكان، وإن كل حي سيحصل على جدول زمني "
         "لانقطاع المياه يعلن مسبقاً عبر صفحة البلدية ولجان الأحياء.")
FOURTH = ("وأبدى عدد من سكان الغويرية ارتياحهم لبدء المشروع، لافتين إلى أن بيوتهم عانت لسنوات من ضعف ضغط المياه "
          "وتكرار الأعطال في الخطوط الرئيسية خلال أشهر الصيف.")
FOOT = ["شارك الخبر: فيسبوك | تويتر | واتساب | تيليجرام", "جميع الحقوق محفوظة لموقع الزرقاء اليوم 2026"]


ARTICLE = ArticlePage(TITLE, (LEAD, SECOND, THIRD, FOURTH), head=("الزرقاء اليوم",), foot=tuple(FOOT))
page, assert_article_kept = ARTICLE.page, ARTICLE.assert_kept


# --- a story glued at the foot with no marker, its lead telling its day -----------------------------------------------

FOREIGN_LEADS = [
    "أعلنت مديرية الدفاع المدني أن فرقها تمكنت فجر اليوم من إخماد حريق اندلع في مصنع للكرتون بمنطقة صناعية "
    "شمال العاصمة، من دون تسجيل إصابات، فيما فتحت الأجهزة المختصة تحقيقاً لمعرفة أسباب الحريق.",
    "فاز فريق الرمثا على ضيفه الفيصلي بهدفين نظيفين مساء أمس في المباراة التي جمعتهما على ملعب الأمير هاشم "
    "ضمن الجولة الثامنة من دوري المحترفين لكرة القدم.",
]


@table("glued", FOREIGN_LEADS)
def test_a_story_telling_its_day_glued_with_no_marker_goes(glued):
    cleaned = clean_checked(page(glued, foot=("هل أعجبك المقال؟ شاركه مع أصدقائك", *FOOT)))
    assert_article_kept(cleaned)
    assert glued not in cleaned.body


LAST_PARAGRAPHS = [
    # the day told, but the same story: its actors and topic words come back
    "أكد رئيس البلدية اليوم أن أعمال استبدال شبكة المياه في أحياء الغويرية والمعصوم ستنتهي قبل الصيف، وأن البلدية "
    "ستعلن جدول انقطاع المياه لكل حي عبر لجان الأحياء.",
    # no day told: a plain last paragraph, however far its topic
    "تعد مدينة الزرقاء ثاني أكبر المدن الأردنية من حيث عدد السكان، وتضم عدداً كبيراً من المصانع والمنشآت "
    "الصناعية التي تأسست منذ خمسينيات القرن الماضي.",
    # "اليوم" past the first clause ("nowadays" in a later one)
    "تأسست البلدية في عشرينيات القرن الماضي، ويبلغ عدد موظفيها اليوم أكثر من ألفي موظف يعملون في أقسامها المختلفة.",
]


@table("paragraph", LAST_PARAGRAPHS)
def test_a_last_paragraph_of_the_article_stays(paragraph):
    cleaned = clean_checked(page(paragraph))
    assert_article_kept(cleaned)
    assert paragraph in cleaned.body


# --- read-also stories -------------------------------------------------------------------------------------------

def test_a_read_also_story_with_the_city_and_outlet_as_its_dateline_goes():
    # (its lead shares the region's words with the article: the city, the outlet, the municipality's districts)
    story = ["الزرقاء/الزرقاء اليوم: أعلنت إدارة السير، الأربعاء، تشغيل 25 كاميرا ذكية لرصد المخالفات في أحياء "
             "الزرقاء الرئيسية بالتنسيق مع البلدية اعتباراً من مطلع الشهر المقبل.",
             "وقال مدير الإدارة إن غرامة قطع الإشارة الضوئية ستبلغ 150 ديناراً.",
             "وأضاف أن الإدارة سجلت نحو 7 آلاف مخالفة خلال الأسبوع الماضي."]
    cleaned = clean_checked(page("اقرأ أيضاً", "السير تعلن تشغيل كاميرات المخالفات على الطريق الدائري", *story))
    assert_article_kept(cleaned)
    assert all(paragraph not in cleaned.body for paragraph in story)


def test_a_read_also_teaser_above_the_source_line_and_a_share_row_goes():
    # (a teaser on the article's beat: it shares the city's and the network's words with it)
    teaser = ("ارتفعت أسعار صهاريج المياه في أحياء الزرقاء صباح اليوم، حيث سجل سعر الصهريج 25 ديناراً بسبب انقطاع "
              "المياه عن الأحياء خلال أعمال البلدية، فيما بلغ سعر المتر المكعب دينارين. وقال سكان إن الشبكة القديمة "
              "لم تكف الصيف.")
    cleaned = clean_checked(page("اقرأ أيضاً:", "أسعار صهاريج المياه تقفز في الزرقاء.. والصهريج يتجاوز 20 ديناراً للمرة الأولى", teaser,
                                 foot=("المصدر: الزرقاء اليوم", *FOOT)))
    assert_article_kept(cleaned)
    assert teaser not in cleaned.body


def test_the_article_going_on_after_a_read_also_link_stays():
    going_on = ("وكانت البلدية قد نفذت العام الماضي مشروعاً مماثلاً لاستبدال شبكة المياه في حي الأمير حسن، خفض الفاقد "
                "المائي إلى أقل من 20 بالمئة.")
    cleaned = clean_checked(page(going_on, middle=("اقرأ أيضاً", "السير تعلن تشغيل كاميرات المخالفات على الطريق الدائري")))
    assert_article_kept(cleaned)
    assert going_on in cleaned.body


# --- the live page's format label over its headline -------------------------------------------------------------

LIVE_HEADLINE = "مباشر.. بلدية الزرقاء تبدأ استبدال شبكة المياه القديمة في أربعة أحياء"


@table("label", ["تغطية مباشرة", "تغطية حية", "Live updates"])
def test_a_live_coverage_label_over_the_headline_keeps_the_headline(label):
    text = page(head=("الزرقاء اليوم", label)).replace(TITLE, LIVE_HEADLINE, 1)
    cleaned = clean_checked(text)
    assert_article_kept(cleaned, title=LIVE_HEADLINE)
    assert label not in cleaned.body


def test_a_live_coverage_heading_under_the_article_still_heads_links():
    links = ["الزرقاء: إغلاق جزئي لشارع الجيش بسبب الحفريات", "انقطاع المياه عن ثلاثة أحياء في الرصيفة"]
    cleaned = clean_checked(page("تغطية مباشرة", *links))
    assert_article_kept(cleaned)
    assert all(link not in cleaned.body for link in links)


# --- furniture ---------------------------------------------------------------------------------------------------

FOOT_FURNITURE = [
    "انشر: فيسبوك · إكس · تيليجرام",
    "انشر عبر: واتساب | فيسبوك",
    "ادعم الزرقاء اليوم: صحافتنا مستقلة وتعتمد على قرائها. ساهم الآن",
    "تبرّع لـ«الزرقاء اليوم»: كل مساهمة تحمي صحافة محلية حرة. تبرع الآن",
    "ساهم الآن",
    "مواضيع ذات صلة: المياه · البلديات · الزرقاء",
    "موضوعات ذات صلة: البنية التحتية | الخدمات",
    "هل أعجبك المقال؟ شاركه مع أصدقائك",
    "هل أعجبكم هذا الخبر؟",
    "الزرقاء اليوم تنشر المقالات والتحليلات التي تردها من الكتاب، ولا تعبر بالضرورة عن رأيها.",
    "جميع المواد المنشورة تعبر عن رأي كتابها ولا يتحمل الموقع أي مسؤولية عنها",
]


@table("furniture", FOOT_FURNITURE)
def test_furniture_under_the_article_goes(furniture):
    cleaned = clean_checked(page(furniture))
    assert_article_kept(cleaned)
    assert furniture not in cleaned.body


KEPT_LINES = [
    # a reported statement on what was published: its reporting verb
    "وأكد مدير الإعلام في البلدية أن البيانات المنشورة على مواقع التواصل لا تعبر بالضرورة عن موقف البلدية الرسمي.",
    # liking something else than the article
    "هل أعجبك أداء البلدية؟ سؤال طرحناه على عشرات السكان، فجاءت إجاباتهم متباينة بين الرضا والانتقاد.",
    # a related subject in a sentence
    "مواضيع ذات صلة بالمشروع ستطرح على المجلس البلدي في جلسته المقبلة، بحسب رئيس البلدية.",
    # support in a sentence, closed by its full stop
    "ادعم جارك في أيام الانقطاع، يقول ملصق وزعته لجان الأحياء على السكان، ساهم الآن.",
]


@table("line", KEPT_LINES)
def test_lines_of_text_stay(line):
    cleaned = clean_checked(page(middle=(line,)))
    assert_article_kept(cleaned)
    assert line in cleaned.body


# --- a byline with the colon after the name ----------------------------------------------------------------------

@table("byline", ["كتبت ريتا شمعون:", "كتب محمد الخطيب:", "بقلم سامر عبد الله:"])
def test_a_byline_with_the_colon_after_the_name_goes(byline):
    cleaned = clean_checked(page(head=("الزرقاء اليوم", TITLE, byline)).replace(TITLE + "\n\n" + TITLE, TITLE, 1))
    assert_article_kept(cleaned)
    assert byline not in cleaned.body


@table("line", [
    # the colon opens a quotation or a list after a clause: a sentence
    "كتب رئيس البلدية على صفحته في فيسبوك:",
    "كتبت الصحيفة في افتتاحيتها:",
])
def test_a_clause_before_a_quotation_stays(line):
    quote = "«المشروع سينهي معاناة السكان مع انقطاع المياه في الصيف، وسنعلن جدول الأعمال لكل حي».",
    cleaned = clean_checked(page(middle=(line, *quote)))
    assert_article_kept(cleaned)
    assert line in cleaned.body
