"""Table-driven cases for round 35's cleaning and metadata: an ad label of a French-language template ("Publicité",
"Annonce", "Contenu sponsorisé") on its own line, and the outlet's name over the page's date stamp over the menu,
the headline under them.

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import ArticlePage, table
from .test_cleaning import clean_checked

TITLE = "بلدية صفاقس تطلق حملة لرفع الفضلات من الأحياء الشعبية قبل موسم الأمطار"
LEAD = ("أطلقت بلدية صفاقس حملة واسعة لرفع الفضلات المتراكمة في الأحياء الشعبية، بمشاركة 40 شاحنة وأكثر من 200 عامل، "
        "على أن تتواصل الحملة إلى حين انطلاق موسم الأمطار.")
SECOND = ("وأوضح رئيس البلدية أن الحملة تشمل تنظيف مجاري تصريف مياه الأمطار في ستة أحياء، مشيراً إلى أن الفيضانات "
          "التي شهدتها المدينة في الخريف الماضي كشفت انسداد أغلب هذه المجاري.")
THIRD = ("وقال ممثل عن المجتمع المدني إن السكان طالبوا منذ سنوات بحلول دائمة لمشكلة الفضلات، وإن الحملات الظرفية لا "
         "تكفي ما لم ترافقها مراقبة يومية.")
FOURTH = ("ودعت البلدية المتساكنين إلى احترام مواعيد إخراج الفضلات، ملوّحة بتطبيق الخطايا المالية على المخالفين "
          "بداية من الشهر المقبل.")
FOOT = ["تابعونا على فيسبوك", "جميع الحقوق محفوظة 2025"]


ARTICLE = ArticlePage(TITLE, (LEAD, SECOND, THIRD, FOURTH), head=("أخبار الجنوب",), foot=tuple(FOOT))
page, assert_article_kept = ARTICLE.page, ARTICLE.assert_kept


# --- ad labels of a French-language template --------------------------------------------------------------------------

AD_LABELS = [
    "Publicité",
    "PUBLICITÉ",
    "- Publicite -",
    "Annonce",
    "Contenu sponsorisé",
    "Publireportage",
    "Advertisement",
    "Sponsored",
    "Promoted content",
    "إعلان",
    "- إشهار -",
]


@table("label", AD_LABELS)
def test_an_ad_label_in_mid_text_goes(label):
    cleaned = clean_checked(page(middle=(label,)))
    assert_article_kept(cleaned)
    assert label not in cleaned.body


@table("label", AD_LABELS)
def test_an_ad_label_at_the_foot_goes(label):
    cleaned = clean_checked(page(label))
    assert_article_kept(cleaned)
    assert label not in cleaned.body


AD_NEAR_MISSES = [
    # the words inside a sentence
    "وقالت الوكالة إن لافتات Publicité الجديدة ستعلق في محطات الحافلات بداية من الأسبوع المقبل.",
    "وأعلنت الشركة أن إعلان النتائج النهائية سيتم في ندوة صحفية يوم الاثنين.",
    # a subheading that holds the word and more
    "إعلان نتائج المناظرة الوطنية للانتداب",
]


@table("line", AD_NEAR_MISSES)
def test_ad_words_in_the_text_stay(line):
    cleaned = clean_checked(page(middle=(line,)))
    assert_article_kept(cleaned)
    assert line in cleaned.body


# --- the outlet's name over the date stamp and the menu ---------------------------------------------------------------

NAMES_OVER_STAMP_AND_MENU = [  # the head lines, one a line
    ("نبض الشمال\nالأحد 12 أكتوبر 2025\nأخبار | اقتصاد | رياضة | ثقافة", "2025-10-12"),
    ("صوت الريف\nالثلاثاء ١٣ محرم ١٤٤٧هـ الموافق ٨ يوليو ٢٠٢٥م\nمحليات | دولي | رياضة | آراء", "2025-07-08"),
    ("المشهد الآن\n2025/03/04\nالرئيسية | سياسة | مجتمع | منوعات", "2025-03-04"),
    # the menu above the stamp
    ("نبض الشمال\nأخبار | اقتصاد | رياضة | ثقافة\nالأحد 12 أكتوبر 2025", "2025-10-12"),
]


@table("head,published", NAMES_OVER_STAMP_AND_MENU)
def test_the_name_over_the_stamp_and_menu_is_no_title(head, published):
    lines = tuple(head.split("\n"))
    cleaned = clean_checked(page(head=lines))
    assert_article_kept(cleaned)
    assert lines[0] not in cleaned.body
    assert cleaned.published == published


SHORT_HEADLINES_OVER_STAMPS = [
    # a short headline over its date, no menu: the title
    ("حريق بالمرفأ", "الأحد 12 أكتوبر 2025"),
    ("غلق المعبر", "2025/03/04"),
]


@table("title,stamp", SHORT_HEADLINES_OVER_STAMPS)
def test_a_short_headline_over_its_stamp_stays_the_title(title, stamp):
    raw = "\n\n".join([title, stamp, LEAD, SECOND, THIRD, FOURTH])
    cleaned = clean_checked(raw)
    assert cleaned.title == title
