"""Table-driven cases for round 50's cleaning and metadata: a regional desk's label over the headline ("الأخبار
الجهوية"); the site's Latin name beside its tagline under its Arabic masthead ("Oasis Post – جريدة إلكترونية مستقلة");
a dateline's agency in brackets after a comma ("باكو، (أذرتاج)") winning over the masthead read as a credit line; a
wire dateline with the day and the month only ("الكويت - 30 - 10 (أ ش أ)"); a story glued at the foot under its
headline, over the share bar, the tags and a related block whose links are as long as a lead's clause.

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "ارتفاع إنتاج الحبوب بنسبة 12% في ولايات الشمال الغربي"
LEAD = ("سجل إنتاج الحبوب في ولايات الشمال الغربي ارتفاعاً بنسبة 12 في المئة خلال الموسم الحالي، بحسب بيانات "
        "نشرتها المندوبية الجهوية للفلاحة، التي عزت الزيادة إلى انتظام الأمطار في فصل الشتاء.")
SECOND = ("وقال المندوب الجهوي للفلاحة إن الكميات المجمعة بلغت 1.4 مليون قنطار، مشيراً إلى أن القمح الصلب "
          "استأثر بأكثر من نصفها.")
THIRD = ("وتسعى المندوبية إلى رفع طاقة الخزن بنحو 200 ألف قنطار قبل الموسم المقبل، عبر تهيئة مراكز التجميع "
         "في المعتمديات الريفية.")
MENU = "الرئيسية | سياسة | اقتصاد | رياضة | ثقافة | منوعات"
FOOTER = ("شارك الخبر: فيسبوك | تويتر", "© 2025 جميع الحقوق محفوظة")


def _page(head: tuple[str, ...], *, under: tuple[str, ...] = (), title: str = TITLE, footer=FOOTER,
          foot: tuple[str, ...] = ()) -> str:
    return "\n".join([*head, title, *under, LEAD, SECOND, THIRD, *foot, *footer])


def _body_lines(cleaned) -> list[str]:
    return [line for line in cleaned.body.split("\n") if line.strip()]


# --- a regional desk's label over the headline -----------------------------------------------------------------------

REGIONAL_LABELS = ["الأخبار الجهوية", "جهوي", "أخبار جهوية", "الجهوية", "الأخبار المحلية", "الأخبار الوطنية",
                   "الأخبار الدولية"]


@table("case", [(label,) for label in REGIONAL_LABELS])
def test_a_regional_desk_label_is_never_the_title(case):
    (label,) = case
    for head in (("إذاعة الكاف", MENU, label), ("صدى الجنوب", label)):
        cleaned = clean_checked(_page(head))
        assert cleaned.title == TITLE
        assert _body_lines(cleaned) == [LEAD, SECOND, THIRD]


REGIONAL_HEADLINES = [  # must not change: a headline about regional affairs is a clause, with a verb or a figure
    "المجالس الجهوية تصادق على ميزانياتها لسنة 2026",
    "الانتخابات الجهوية تنطلق الأحد في 24 ولاية",
]


@table("case", [(title,) for title in REGIONAL_HEADLINES])
def test_a_headline_about_regional_affairs_stays_the_title(case):
    (title,) = case
    cleaned = clean_checked(_page(("صدى الجنوب", MENU), title=title))
    assert cleaned.title == title


# --- the site's Latin name beside its tagline, under its Arabic masthead ---------------------------------------------

LATIN_TAGLINES = [
    "Oasis Post – جريدة إلكترونية جهوية مستقلة",
    "Sahel News | صحيفة رقمية شاملة",
    "جريدة إلكترونية مستقلة - Rif Today",
]


@table("case", [(tagline,) for tagline in LATIN_TAGLINES])
def test_a_latin_name_with_its_tagline_is_never_the_title(case):
    (tagline,) = case
    for head in (("واحة بوست", tagline, MENU, "اقتصاد"), ("واحة بوست", tagline, "اقتصاد"), ("واحة بوست", tagline)):
        cleaned = clean_checked(_page(head, footer=(*FOOTER, "جميع الحقوق محفوظة © واحة بوست 2025")))
        assert cleaned.title == TITLE
        assert _body_lines(cleaned) == [LEAD, SECOND, THIRD]


BRAND_HEADLINES = [  # must not change: a brand beside a clause is a headline
    "Apple | آبل تطلق هاتفاً جديداً بسعر 999 دولاراً",
    "Renault – رونو تفتتح مصنعاً جديداً في طنجة",
]


@table("case", [(title,) for title in BRAND_HEADLINES])
def test_a_brand_beside_a_clause_stays_the_title(case):
    (title,) = case
    cleaned = clean_checked(_page(("واحة بوست", MENU), title=title))
    assert cleaned.title == title


# --- a dateline's agency in brackets, after a comma, over the masthead read as a credit --------------------------------

AGENCY_DATELINES = [
    ("باكو، (أذرتاج)", "أذرتاج"),
    ("الكويت، (كونا)", "كونا"),
    ("عمان، (بترا)", "بترا"),
]


@table("dateline,credit", AGENCY_DATELINES)
def test_a_bracketed_dateline_credit_wins_over_the_masthead(dateline, credit):
    head = ("وكالة أنباء الشمال الرسمية – شمالنا", MENU, "اقتصاد")
    cleaned = clean_checked(_page(head, under=(dateline,)))
    assert cleaned.title == TITLE
    assert cleaned.source_credit == credit
    assert _body_lines(cleaned) == [LEAD, SECOND, THIRD]


def test_a_caption_word_in_brackets_credits_no_one():
    # must not change: a name then a caption's word in brackets under the headline is no dateline
    cleaned = clean_checked(_page(("صدى الجنوب", MENU), under=("وزير الفلاحة، (أرشيفية)",)))
    assert cleaned.source_credit is None


# --- a wire dateline with the day and the month only --------------------------------------------------------------------

DAY_MONTH_DATELINES = [
    ("القاهرة - ٢٢ - ٩ (أ ش أ)", "أ ش أ"),
    ("الرياض - 5 - 3 (واس)", "واس"),
    ("عمان - ١٢ - ١١ (بترا)", "بترا"),
]


@table("dateline,credit", DAY_MONTH_DATELINES)
def test_a_day_month_dateline_credits_its_agency(dateline, credit):
    head = ("وكالة أنباء الوادي", "اقتصاد")
    footer = (*FOOTER, "جميع الحقوق محفوظة لوكالة أنباء الوادي © 2025")
    cleaned = clean_checked(_page(head, under=(dateline,), footer=footer))
    assert cleaned.title == TITLE
    assert cleaned.source_credit == credit
    assert _body_lines(cleaned) == [LEAD, SECOND, THIRD]
    cleaned = clean_checked(_page(("صدى الجنوب", MENU), under=(dateline,)))
    assert cleaned.source_credit == credit


SCORE_LINES = [  # must not change: two numbers between dashes with no agency after them are a score, not a dateline
    "الأهلي - 3 - 1 (الشوط الأول)",
    "الوداد - ٢ - ٠ (ركلات الترجيح)",
]


@table("case", [(line,) for line in SCORE_LINES])
def test_a_score_between_dashes_credits_no_one(case):
    (line,) = case
    cleaned = clean_checked(_page(("صدى الجنوب", MENU), under=(line,)))
    assert cleaned.source_credit is None


# --- a story glued at the foot under its headline, over a related block with long link lines -------------------------

GLUED_STORIES = [  # another story's headline and lead (a verb, its subject, the day's stamp), on another topic
    ("تراجع أسعار الأسماك في سوق صفاقس المركزي",
     "شهدت سوق الأسماك بمدينة صفاقس، اليوم الجمعة، تراجعاً في أسعار السردين والتريليا، إذ بلغ سعر الكيلوغرام 6 دنانير "
     "مقابل 9 دنانير الأسبوع الماضي، وعزا الباعة ذلك إلى وفرة الصيد بعد تحسن الأحوال الجوية."),
    ("الملعب القابسي يتعاقد مع مهاجم إيفواري لموسمين",
     "أعلن نادي الملعب القابسي، مساء أمس الخميس، تعاقده مع المهاجم الإيفواري سيدو كوني لمدة موسمين، قادماً من "
     "نادي أسيك أبيدجان، على أن يلتحق بتدريبات الفريق مطلع الأسبوع المقبل."),
]
RELATED_FOOT = (  # the share bar, the tags and a related block whose links run to eight words or more
    "شارك الخبر: فيسبوك | تويتر | واتساب",
    "الكلمات المفتاحية: الحبوب، الفلاحة، الشمال الغربي",
    "أخبار ذات صلة",
    "انطلاق موسم جني الزيتون في ولايات الوسط بصابة قياسية",
    "تشغيل محطة تحلية جديدة تزود ثلاث معتمديات بمياه الشرب",
)


@table("headline,lead", GLUED_STORIES)
def test_a_story_glued_over_a_related_block_is_cut(headline, lead):
    cleaned = clean_checked(_page(("صدى الجنوب", MENU), foot=(headline, lead, *RELATED_FOOT)))
    assert cleaned.title == TITLE
    assert _body_lines(cleaned) == [LEAD, SECOND, THIRD]


def test_the_articles_last_paragraph_over_a_related_block_stays():
    # must not change: a subheading and a paragraph on the article's own topic, over the same related block
    subheading = "خطة لرفع طاقة الخزن في الشمال الغربي"
    closing = ("وأعلنت المندوبية الجهوية للفلاحة، اليوم الجمعة، أنها ستشرع في تهيئة مراكز تجميع الحبوب في ولايات "
               "الشمال الغربي قبل الموسم المقبل، لرفع طاقة الخزن بنحو 200 ألف قنطار.")
    cleaned = clean_checked(_page(("صدى الجنوب", MENU), foot=(subheading, closing, *RELATED_FOOT)))
    assert _body_lines(cleaned) == [LEAD, SECOND, THIRD, subheading, closing]


def test_long_lines_with_no_related_heading_are_no_foot():
    # must not change: with no related heading over them, lines of a link's length under a glued story may be the
    # page's own text (its full stops lost), more of them than a glued story runs to: the story above is left
    headline, lead = GLUED_STORIES[0]
    unheaded = ("انطلاق موسم جني الزيتون في ولايات الوسط بصابة قياسية",
                "تشغيل محطة تحلية جديدة تزود ثلاث معتمديات بمياه الشرب",
                "افتتاح مركز صحي جديد في معتمدية الرديف بطاقة خمسين سريراً",
                "تأجيل امتحانات الدورة الاستثنائية في جامعة قفصة إلى الأسبوع المقبل")
    cleaned = clean_checked(_page(("صدى الجنوب", MENU), foot=(headline, lead, *unheaded)))
    assert lead in _body_lines(cleaned)
