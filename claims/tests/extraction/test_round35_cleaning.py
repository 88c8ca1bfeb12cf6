"""Table-driven cases for round 35's cleaning and metadata: an ad label of a French-language template ("Publicité",
"Annonce", "Contenu sponsorisé") on its own line.

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
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


def page(*lines: str, head: tuple[str, ...] = ("أخبار الجنوب",), middle: tuple[str, ...] = (),
         foot: tuple[str, ...] = tuple(FOOT)) -> str:
    return "\n\n".join([*head, TITLE, LEAD, SECOND, *middle, THIRD, FOURTH, *lines, *foot])


def assert_article_kept(cleaned, title: str = TITLE) -> None:
    assert cleaned.title == title
    for paragraph in (LEAD, SECOND, THIRD, FOURTH):
        assert paragraph in cleaned.body


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
