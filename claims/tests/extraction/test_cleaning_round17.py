"""Table-driven cases for round 17: a masthead with its tagline or its Latin spelling over navigation, the
keyword-list label family, a "city: reporter" or "reporter - city" byline over the lead, a page's age beside
its date, "city - خاص", a date with an Arabic comma before the year, login and listen-live prompts, and a
ticker of quotes with their change marked up or down in an article on the same market.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from claims.extraction.cleaning.dates import read_date_line

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "افتتاح محطة جديدة لتحلية مياه البحر في صور بطاقة 40 ألف متر مكعب"
LEAD = ("افتتحت وزارة الطاقة، صباح الأربعاء، محطة جديدة لتحلية مياه البحر في مدينة صور بطاقة إنتاجية تبلغ "
        "40 ألف متر مكعب يوميا، بكلفة ناهزت 90 مليون دولار.")
BODY = (
    f"{LEAD}\n\n"
    "وقال مدير المشروع إن المحطة ستغطي حاجات نحو 200 ألف نسمة في المدينة والقرى المجاورة، على أن "
    "ترتفع طاقتها إلى الضعف في المرحلة الثانية.\n\n"
    "وأضاف أن أعمال البناء استمرت ثلاث سنوات بتمويل من صندوق التنمية، مشيرا إلى أن المحطة تعمل "
    "بالطاقة الشمسية جزئيا لخفض كلفة التشغيل.\n\n"
    "وطالبت بلديات المنطقة بتوسيع شبكة التوزيع قبل الصيف المقبل لتفادي الانقطاعات المتكررة في "
    "الأحياء المرتفعة.\n"
)
LAST = "الأحياء المرتفعة."


# (masthead line, navigation under it)
MASTHEADS = [
    ("الساحل | صحيفة يومية مستقلة", "الرئيسية / محليات / صور"),
    ("الساحل | يومية وطنية مستقلة", "الرئيسية > أخبار محلية"),
    ("الميزان | Al Mizan", "أخبار لبنان › بيئة"),
    ("الميزان - Al Mizan", "اقتصاد | طاقة"),
]


@table("masthead, navigation", MASTHEADS)
def test_masthead_with_tagline_or_latin_name_over_navigation(masthead, navigation):
    cleaned = clean_checked(f"{masthead}\n{navigation}\n{TITLE}\n{BODY}")
    assert cleaned.title == TITLE
    assert masthead not in cleaned.body and navigation not in cleaned.body and LEAD in cleaned.body


# (a headline with a bar and no navigation under it: it stays the title)
MASTHEAD_NEAR_MISSES = [
    "عاجل | البرلمان يقر الموازنة العامة",
    "Apple | آبل تطلق هاتفا جديدا",
    "الأهلي | الزمالك",
]


@table("headline", MASTHEAD_NEAR_MISSES)
def test_headline_with_a_bar_stays_the_title(headline):
    cleaned = clean_checked(f"{headline}\n{BODY}")
    assert cleaned.title == headline and LEAD in cleaned.body


# (keyword line under the text, leaves the body)
KEYWORD_LINES = [
    ("الكلمات الدالة: محطة تحلية | مياه البحر | صور", True),
    ("كلمات دالة: المياه، الطاقة الشمسية، صور", True),
    ("الكلمات المرتبطة: تحلية المياه | الطاقة", True),
    # must not change: a quotation after a colon, no list
    ("الكلمات الأخيرة: لن نترك المدينة عطشى", False),
    ("كلمات الوزير: المحطة بداية مرحلة جديدة", False),
]


@table("line, leaves", KEYWORD_LINES)
def test_keyword_label_family(line, leaves):
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{line}\n")
    assert (line not in cleaned.body) == leaves and LAST in cleaned.body


# (byline under the title, over the lead)
BYLINES = [
    ("صور: ريما الحاج", True),
    ("وليد منصور - صور", True),
    ("صيدا – هالة قبيسي", True),
    # must not change: a subtitle that sums up the story, a kicker with no city
    ("صور: محطة تحلية بطاقة مضاعفة", False),
    ("صور: مياه البحر للشرب", False),
    ("ميدان الشهداء", False),
]


@table("line, leaves", BYLINES)
def test_city_and_reporter_byline_over_the_lead(line, leaves):
    cleaned = clean_checked(f"{TITLE}\n{line}\n\n{BODY}")
    assert cleaned.title == TITLE and LEAD in cleaned.body
    assert (line not in cleaned.body.split("\n")) == leaves


# (stamp line under the title, publication date)
STAMPS = [
    ("منذ 3 ساعات | 14 أيار 2025", "2025-05-14"),
    ("منذ يومين | 2025/05/14", "2025-05-14"),
    ("14 مايو، 2025", "2025-05-14"),
    ("الأربعاء، 14 مايو، 2025", "2025-05-14"),
]


@table("line, published", STAMPS)
def test_age_beside_the_date_and_comma_before_the_year(line, published):
    cleaned = clean_checked(f"{TITLE}\n{line}\n{BODY}")
    assert cleaned.published == published and line not in cleaned.body and LEAD in cleaned.body


def test_date_with_arabic_comma_still_needs_a_date_line():
    assert read_date_line("14 مايو، 2025") is not None
    assert read_date_line("14 مايو، وقال إن 2025") is None


# (exclusive tag under the title)
EXCLUSIVE = [
    ("صور - خاص", True),
    ("بيروت: حصري", True),
    # must not change: a subtitle naming what is exclusive
    ("صور - خاص بالمشتركين في الشبكة القديمة فقط", False),
]


@table("line, leaves", EXCLUSIVE)
def test_city_and_exclusive_tag_under_the_title(line, leaves):
    cleaned = clean_checked(f"{TITLE}\n{line}\n{BODY}")
    assert cleaned.title == TITLE and (line not in cleaned.body) == leaves


# (prompt under the text, leaves the body)
PROMPTS = [
    ("سجل الدخول لإضافة الخبر إلى المفضلة", True),
    ("سجّل دخولك للتعليق", True),
    ("قم بتسجيل الدخول لمتابعة القراءة", True),
    ("استمعوا إلى إذاعة الساحل مباشرة على 98.7", True),
    ("شاهد البث المباشر", True),
    # must not change: a clause with the same verbs, a sentence mentioning a station
    ("سجل الدخول إلى السوق 12 مستثمرا جديدا", False),
    ("استمع الوزير إلى مطالب الأهالي مباشرة", False),
    ("وقال المدير في حديث لإذاعة الساحل إن المحطة ستعمل بكامل طاقتها قريبا.", False),
]


@table("line, leaves", PROMPTS)
def test_login_and_listen_live_prompts(line, leaves):
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{line}\n")
    assert (line not in cleaned.body) == leaves


MARKET_TITLE = '"داكس" يرتفع 1.2% بدعم من أسهم السيارات'
MARKET_BODY = (
    "أنهى مؤشر داكس الألماني تعاملات اليوم الاثنين على ارتفاع بنسبة 1.2%، ليغلق عند 18,240.50 نقطة، "
    "بدعم من أسهم شركات السيارات والبنوك.\n\n"
    "وصعد مؤشر كاك الفرنسي 0.5%، فيما تراجع مؤشر فوتسي البريطاني 0.2% مع هبوط أسهم شركات التعدين.\n\n"
    "وقال محلل في أحد بنوك الاستثمار إن المستثمرين يترقبون بيانات التضخم الأوروبية المنتظرة نهاية "
    "الأسبوع.\n"
)

# (ticker line over the headline, in an article on the same market)
TICKERS = [
    "داكس 18,240.50 ▲ 1.2% | كاك 7,510.20 ▲ 0.5% | فوتسي 8,120.10 ▼ -0.2%",
    "داكس 18,240.50 (+1.2%) | فوتسي 8,120.10 (-0.2%)",
    "داكس 18,240.50 ▲ 1.2%",
]


@table("line", TICKERS)
def test_ticker_with_marked_changes_in_an_article_on_that_market(line):
    cleaned = clean_checked(f"{line}\n{MARKET_TITLE}\n{MARKET_BODY}")
    assert cleaned.title == MARKET_TITLE and line not in cleaned.body


# (a line of the text with prices and dashes: it must stay)
TICKER_NEAR_MISSES = [
    "الأهلي 2 - 1 الزمالك",
    "داكس 18,240 - 18,300 نقطة",
]


@table("line", TICKER_NEAR_MISSES)
def test_scores_and_ranges_are_no_ticker(line):
    cleaned = clean_checked(f"{MARKET_TITLE}\n{MARKET_BODY}\n{line}\nوأغلقت الأسواق الآسيوية على تباين في ختام التعاملات.\n")
    assert line in cleaned.body
