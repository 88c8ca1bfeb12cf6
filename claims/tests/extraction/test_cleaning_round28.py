"""Table-driven cases for round 28: page furniture above the headline taken for it, a source credit written as an
abbreviation with spaces, and furniture left in the body.

- Over the headline: a line led by a pictograph ("🔍 بحث", "🎧 استمع …") or holding bracketed buttons ("[تحميل]"); a
  ticker of three figures or more; the weather; a breadcrumb split by spaced slashes; the page's date beside a ticker
  or the weather (it goes, and gives the date); a radio station's name in two scripts beside its frequency.

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "بلدية صفاقس تطلق حملة لتنظيف الشواطئ قبل موسم الاصطياف"
LEAD = ("أطلقت بلدية صفاقس، صباح اليوم السبت، حملة واسعة لتنظيف الشواطئ بمشاركة متطوعين وجمعيات بيئية، استعداداً "
        "لموسم الاصطياف الذي ينطلق مطلع الشهر المقبل.")
SECOND = ("وأوضح رئيس البلدية أن الحملة ستشمل 14 شاطئاً على امتداد الساحل، وأن البلدية خصصت 60 عاملاً ومعدات لرفع "
          "النفايات البلاستيكية.")
THIRD = ("وقالت ناشطة في جمعية حماية البيئة إن تنظيف الشواطئ يجب أن يتحول إلى عمل دائم، داعية المصطافين إلى "
         "احترام نظافة المكان.")


def page(*head: str, title: str = TITLE, middle: str = "", foot: str = "") -> str:
    return "\n".join([*head, "", title, "", LEAD, "", SECOND, "", middle, "", THIRD, "", foot])


def assert_article_kept(cleaned) -> None:
    assert cleaned.title == TITLE
    for paragraph in (LEAD, SECOND, THIRD):
        assert paragraph in cleaned.body


# --- furniture over the headline ----------------------------------------------------------------------------------

HEAD_FURNITURE = [
    "🔍 ابحث في الموقع",
    "📱 نزّل تطبيقنا وتابع الأخبار أولاً بأول على هاتفك",
    "🎙 استمع إلى موجز الأخبار (10 دقائق)",
    "فعّل التنبيهات لتصلك أهم الأخبار   [نعم]   [ليس الآن]",
    "أسعار الذهب اليوم: عيار 24  312 دينار / عيار 21  276 دينار / عيار 18  236 دينار",
    "نابل  29°  غائم جزئياً",
    "أخبار / جهات / صفاقس",
    "الجمعة 6 يونيو 2025   |   تونس  27°C  رطوبة 64%",
    "Radio Sfax  |  إذاعة صفاقس — 91.6",
]


@table("furniture", HEAD_FURNITURE)
def test_head_furniture_is_no_title(furniture):
    cleaned = clean_checked(page("صحيفة الساحل", furniture))
    assert_article_kept(cleaned)
    assert furniture not in cleaned.body


def test_a_date_beside_a_widget_gives_the_date():
    cleaned = clean_checked(page("صحيفة الساحل", "الجمعة 6 يونيو 2025   |   تونس  27°C  رطوبة 64%"))
    assert cleaned.published == "2025-06-06"


# Headlines that share a shape with the furniture and stay the title.
HEADLINES = [
    "ارتفاع أسعار الذهب في تونس إلى 312 ديناراً للغرام",
    "درجات الحرارة تتجاوز 45 في الجنوب التونسي",
    "بلدية صفاقس / حملة لتنظيف الشواطئ قبل موسم الاصطياف",
    "إذاعة صفاقس تحتفل بعيدها الـ64",
]


@table("headline", HEADLINES)
def test_a_headline_of_the_same_shape_stays(headline):
    raw = page(title=headline)
    cleaned = clean_checked(raw)
    assert cleaned.title == headline


# --- an agency's initials spelled letter by letter, in brackets after the city ------------------------------------

CREDITS = [
    ("القاهرة (أ ش أ)", "أ ش أ"),
    ("الرياض (و ا س)", "و ا س"),
    ("الدوحة (ق ن ا)", "ق ن ا"),
    ("الكويت (كونا)", "كونا"),
]


@table("line,credit", CREDITS)
def test_a_city_and_agency_line_credits_the_agency(line, credit):
    cleaned = clean_checked(page(title=TITLE) .replace(LEAD, line + "\n" + LEAD))
    assert cleaned.source_credit == credit
    assert line not in cleaned.body
    assert_article_kept(cleaned)


def test_a_wire_editors_initials_at_the_foot_are_no_credit():
    cleaned = clean_checked(page(foot="ع ه ب"))
    assert cleaned.source_credit is None
    assert_article_kept(cleaned)


def test_a_bracketed_word_after_a_city_is_no_credit():
    line = "القاهرة (العاصمة)"
    cleaned = clean_checked(page(title=TITLE).replace(LEAD, line + "\n" + LEAD))
    assert cleaned.source_credit is None


# --- furniture in the body ----------------------------------------------------------------------------------------

BODY_FURNITURE = [
    "تغريدة مضمنة من إكس — اضغط لعرض المحتوى الخارجي",
    "منشور مضمّن من إنستغرام",
    "👁 1,870 مشاهدة   💬 12 تعليقاً",
    "⏱ 5 دقائق للقراءة",
    "قراءة 4 دقائق",
    "قبل 3 ساعات   |   🔗 نسخ الرابط   🖨 طباعة",
    "شارك   |   🖨   |   ✉   |   حجم الخط  A  A",
    "▶ شاهد الفيديو (02:10) – لقطات من الشاطئ بعد الحملة",
    "1.2 ألف مشاهدة | 4 تعليقات",
    "شارك عبر:  f  x  in",
]


@table("furniture", BODY_FURNITURE)
def test_body_furniture_leaves(furniture):
    for raw in (page(middle=furniture), page(foot=furniture)):
        cleaned = clean_checked(raw)
        assert furniture not in cleaned.body
        assert_article_kept(cleaned)


FOOT_BOXES = [
    "عن الكاتب: ليلى بن عمر، صحفية تغطي الشؤون البيئية في الموقع منذ عام 2018.",
    "نبذة عن المؤلف: باحث في التنمية المحلية، صدر له كتابان منذ 2012.",
    "عن نواة: منصة إعلامية مستقلة تأسست في تونس منذ 2011.",
    "من نحن: موقع إخباري مستقل يغطي الجنوب التونسي.",
    "* أُنجز هذا التقرير بدعم من صندوق دعم الصحافة البيئية.",
    "أعدّت هذه المادة بالتعاون مع شبكة أريج.",
    "للتواصل مع المحرر: newsroom@example.org",
]


@table("box", FOOT_BOXES)
def test_a_box_at_the_foot_leaves(box):
    cleaned = clean_checked(page(foot=box))
    assert box not in cleaned.body
    assert_article_kept(cleaned)


# Body sentences shaped like the furniture, which stay.
BODY_NEAR_MISSES = [
    "وقال المنظمون إن 2,431 شخصاً شاهدوا العرض الأول في الهواء الطلق، وهو رقم قياسي في المدينة.",
    "عن الكاتب المصري نجيب محفوظ قال الناقد إن رواياته صورت الحارة الشعبية بدقة نادرة.",
    "وأُنجز هذا التقرير الرسمي بعد زيارات ميدانية شملت 14 شاطئاً، بحسب البلدية.",
    "عن المشروع: قال رئيس البلدية إن الحملة ستتواصل طيلة الصيف بمشاركة المتطوعين.",
    "ونشرت البلدية على صفحتها منشوراً يدعو المصطافين إلى المشاركة في الحملة.",
    "نُشر هذا التقرير بعد أسابيع من جولات ميدانية على الشواطئ، وكشف حجم التلوث في المدينة.",
    "وتضمن الفيديو المنشور على صفحة البلدية مشاهد من الحملة، وحصد 2,431 مشاهدة خلال يوم واحد.",
]


@table("sentence", BODY_NEAR_MISSES)
def test_a_body_sentence_of_the_same_shape_stays(sentence):
    cleaned = clean_checked(page(middle=sentence))
    assert sentence in cleaned.body
    assert_article_kept(cleaned)


# --- a story glued with no headline under the article's close ------------------------------------------------------

GLUED = ("أعلنت وزارة الصحة أن حملة التلقيح ضد الحصبة ستنطلق في المدارس الابتدائية مطلع الشهر القادم، مشيرة إلى أن "
         "عدد الأطفال المعنيين يفوق 400 ألف طفل. ودعت الوزارة الأولياء إلى الاطلاع على الرزنامة عبر موقعها الرسمي.")
CLOSE = "كلمات مفتاحية: صفاقس، الشواطئ، البيئة\n\nشارك:  f  x  in  ✉"


def test_a_paragraph_glued_under_the_close_is_cut():
    cleaned = clean_checked(page(foot=CLOSE + "\n" + GLUED + "\n\nإذاعة الساحل © 2025 — كل الحقوق محفوظة"))
    assert GLUED not in cleaned.body
    assert "شارك:" not in cleaned.body
    assert_article_kept(cleaned)


def test_the_articles_own_paragraph_under_a_share_bar_stays():
    own = ("وأكدت البلدية أن حملة تنظيف الشواطئ ستتواصل كل أسبوع طيلة موسم الاصطياف، داعية المتطوعين والجمعيات البيئية "
           "في صفاقس إلى المشاركة في رفع النفايات البلاستيكية من الشواطئ.")
    cleaned = clean_checked(page(foot="شارك:  f  x  in  ✉\n" + own))
    assert own in cleaned.body
    assert_article_kept(cleaned)
