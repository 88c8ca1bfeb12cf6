"""Table-driven cases for round 24: the headline among the first lines of a page (furniture printed above it
shares next to nothing with the article), and page shapes left in the body: a skip link, a site's search box, an
estimated reading time, readers' comments as the widget heads them, a cookie notice asking for consent, and the
read-also marker addressing both readers ("اقرأ/ي أيضًا").

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "ارتفاع مخزون السدود في المغرب إلى 45% بعد أمطار الأسبوع الماضي"
BYLINE = "الرباط - خاص"
LEAD = ("أعلنت وزارة التجهيز والماء، اليوم الاثنين، أن نسبة ملء السدود في المغرب ارتفعت إلى 45% بعد التساقطات "
        "المطرية التي شهدتها المملكة خلال الأسبوع الماضي، مقابل 28% في الفترة ذاتها من العام الماضي.")
SECOND = ("وأوضحت الوزارة في بلاغ أن حقينة السدود بلغت نحو 7.3 مليارات متر مكعب، وأن سد الوحدة سجل أعلى نسبة ملء "
          "في شمال المملكة.")
DECK = "الوزارة: حقينة السدود تبلغ 7.3 مليارات متر مكعب وسد الوحدة يسجل أعلى نسبة ملء"


def page(*head: str, title: str = TITLE) -> str:
    return "\n".join([*head, title, BYLINE, "", LEAD, "", SECOND, ""])


# --- the headline among the first lines: what the page prints above it echoes nothing of the article ---------

FURNITURE = [
    "الأورو 10.85 درهم | الدولار 9.98 درهم | الذهب 1020 درهم",  # a currency ticker
    "الريال 3.75 | الدرهم 3.67 | الدينار 0.31",
    "طنجة 16° ممطر",  # the weather, with the sky
    "فاس 14° غائم جزئيا | أكادير 23° مشمس",
    "الصفحة الأولى  مال وأعمال  ملاعب  منوعات  مرئيات  كتاب وآراء",  # a menu of items the tables do not know
    "شبكة المدار  المدار رياضة  المدار اقتصاد  المدار فن  المدار English",  # the network's sister sites
    "عاجل: انقطاع التيار الكهربائي عن أحياء في مراكش",  # another story's breaking bar
    "الوداد 2 - 0 الرجاء",  # a match's score box
    "Français | English | ⵜⴰⵎⴰⵣⵉⵖⵜ",
    "آخر الأخبار: مقتل 3 في حادث سير بطريق المطار | ارتفاع أسعار الخبز في عدن | وزير الصحة يزور المستشفى",
]


@table("furniture", FURNITURE)
def test_furniture_above_the_headline_is_never_the_title(furniture):
    for head in ([furniture], [furniture, "مجتمع"], ["انتقل إلى المحتوى", furniture, "موقع المدار"],
                 [furniture, FURNITURE[6]] if furniture != FURNITURE[6] else [furniture],
                 [furniture, "صوت الجبل | Sawt Aljabal", "مجتمع"]):  # over the masthead and its label
        cleaned = clean_checked(page(*head))
        assert cleaned.title == TITLE, head
        assert all(line not in cleaned.body for line in head), head
        assert LEAD in cleaned.body and SECOND in cleaned.body


def test_a_ticker_in_the_currency_the_article_names_is_never_the_title():
    title = "بنك المغرب يبقي سعر الفائدة الرئيسي عند 2.25%"
    lead = ("قرر مجلس بنك المغرب، الثلاثاء، الإبقاء على سعر الفائدة الرئيسي دون تغيير عند 2.25%، مشيرا إلى أن "
            "الدرهم حافظ على استقراره أمام الدولار والأورو خلال الفصل الأخير.")
    second = "وتوقع البنك أن يبلغ التضخم 1.8% في المتوسط خلال العام الجاري، قبل أن يتراجع إلى 1.6% العام المقبل."
    for ticker in ("الدولار 9.98 درهم | الأورو 10.85 درهم", "الأورو: 10.85 | الدولار: 9.98", "الدولار 9.98 الأورو 10.85"):
        cleaned = clean_checked(f"{ticker}\n{title}\n{BYLINE}\n{lead}\n{second}\n")
        assert cleaned.title == title and ticker not in cleaned.body and lead in cleaned.body


SCORE_PAGE = """موقع الملاعب
الرئيسية  النتائج  الأخبار  الفيديو  البطولات  تسجيل الدخول
الدوري الممتاز لكرة السلة
انتهت
الوحدات 88 - 79 الأهلي
الرئيسية › الأردن › الدوري الممتاز
الوحدات يتغلب على الأهلي ويعزز صدارة الدوري الممتاز لكرة السلة
عمّان - الملاعب

تغلب فريق الوحدات على ضيفه الأهلي بنتيجة 88-79، مساء السبت، في المباراة التي جمعتهما ضمن الجولة العاشرة من \
الدوري الممتاز لكرة السلة، ليعزز صدارته برصيد 19 نقطة.

وكان الأهلي قد أنهى الربع الأول متقدما بفارق ست نقاط، قبل أن يستعيد الوحدات زمام المبادرة في الربع الثالث.
"""


def test_a_sports_page_s_score_box_and_labels_are_never_the_title():
    cleaned = clean_checked(SCORE_PAGE)
    assert cleaned.title == "الوحدات يتغلب على الأهلي ويعزز صدارة الدوري الممتاز لكرة السلة"
    assert "88 - 79" not in cleaned.body and "انتهت" not in cleaned.body and "تسجيل الدخول" not in cleaned.body
    assert "بنتيجة 88-79" in cleaned.body and "الربع الثالث" in cleaned.body


def test_under_furniture_the_headline_comes_before_its_deck():
    for headline in (TITLE, "سدود المغرب تنتعش"):
        cleaned = clean_checked(page(FURNITURE[4], title=f"{headline}\n{DECK}"))
        assert cleaned.title == headline
        assert DECK in cleaned.body and FURNITURE[4] not in cleaned.body


def test_the_site_s_name_under_its_network_menu_is_never_the_title():
    second = SECOND.replace("في بلاغ", "في بلاغ تلقاه «صدى الوادي»")
    raw = f"صدى الوادي  صدى الرياضة  صدى الاقتصاد  صدى الثقافة\nصدى الوادي\n{TITLE}\n{BYLINE}\n{LEAD}\n{second}\n"
    cleaned = clean_checked(raw)
    assert cleaned.title == TITLE and cleaned.body.startswith(LEAD)


@table("furniture", [FURNITURE[0], FURNITURE[3], FURNITURE[4], FURNITURE[9]])
def test_furniture_over_a_page_with_no_headline_is_dropped(furniture):
    cleaned = clean_checked(f"{furniture}\n{LEAD}\n\n{SECOND}\n")
    assert cleaned.title is None and cleaned.body.startswith(LEAD) and SECOND in cleaned.body


def test_the_weather_under_the_headline_is_dropped():
    for strip in ("إربد 9° ماطر", "البصرة 17° غائم جزئياً", "فاس 14° غائم جزئيا | أكادير 23° مشمس"):
        cleaned = clean_checked(page(title=f"{TITLE}\n{strip}"))
        assert cleaned.title == TITLE and strip not in cleaned.body


@table("headline", ["الكويت تسجل 52° في أعلى حرارة منذ عقد", "الجهراء 52° وانقطاع الكهرباء يتواصل"])
def test_a_headline_with_a_temperature_stays_the_title(headline):
    lead = ("سجلت محطة الجهراء، أمس الأحد، درجة حرارة بلغت 52 درجة مئوية، هي الأعلى منذ عقد، فيما تواصل انقطاع "
            "الكهرباء عن عدد من المناطق السكنية لساعات.")
    for head in ("", FURNITURE[4] + "\n"):
        cleaned = clean_checked(f"{head}{headline}\n{lead}\n\n{SECOND}\n")
        assert cleaned.title == headline


# must not change: a short headline, one opening with a place, a figurative one over its deck, no headline at all
HEADLINES = [
    "سدود المغرب تنتعش",
    "الرباط: ارتفاع مخزون السدود إلى 45% بعد الأمطار",
    "طنجة وتطوان.. السدود تمتلئ بعد أسبوع ماطر",
    "مكناس 2026: ملء السدود يبلغ 45%",
    "المغرب: 45% نسبة ملء السدود",  # a list of names and figures the lead gives again
    "السدود تستقبل 1.2 مليار متر مكعب في 7 أيام",  # a figure the text does not repeat
]


@table("headline", HEADLINES)
def test_a_headline_under_furniture_or_alone_is_the_title(headline):
    for head in ([], [FURNITURE[0]], [FURNITURE[2]], [FURNITURE[4]]):
        cleaned = clean_checked(page(*head, title=headline))
        assert cleaned.title == headline, head
        assert LEAD in cleaned.body and SECOND in cleaned.body


def test_a_figurative_headline_over_its_deck_stays_the_title():
    headline = "رحلة الألف ميل تبدأ بخطوة"
    cleaned = clean_checked(page(title=f"{headline}\n{DECK}"))
    assert cleaned.title == headline and DECK in cleaned.body


def test_a_figurative_headline_under_the_outlet_s_credit_stays_the_title():
    headline = "رحلة الألف ميل تبدأ بخطوة"
    cleaned = clean_checked(f"الرباط - «المدار»\n{headline}\n{DECK}\n\n{LEAD}\n\n{SECOND}\n")
    assert cleaned.title == headline and DECK in cleaned.body


def test_a_breaking_headline_over_its_own_story_stays_the_title():
    headline = "عاجل: ارتفاع مخزون السدود في المغرب إلى 45%"
    for title in (headline, f"{headline}\n{DECK}", f"عاجل | سدود المغرب تمتلئ بنسبة 45%\n{TITLE}"):
        cleaned = clean_checked(page(title=title))
        assert cleaned.title == title.split("\n")[0]


def test_a_page_with_no_headline_keeps_its_text():
    cleaned = clean_checked(f"{LEAD}\n\n{SECOND}\n")
    assert cleaned.title is None
    assert LEAD in cleaned.body and SECOND in cleaned.body


def test_a_page_with_a_dated_head_reads_the_date_above_the_headline():
    cleaned = clean_checked(page("الاثنين 12 يناير 2026", FURNITURE[0]))
    assert cleaned.title == TITLE and cleaned.published == "2026-01-12"


# --- a skip link and a site's search box are dropped ---------------------------------------------------------

WIDGETS = ["تخطي إلى المحتوى الرئيسي", "تخطى إلى المحتوى", "انتقل إلى المحتوى", "الانتقال إلى المحتوى الرئيسي",
           "Skip to main content", "بحث عن:", "ابحث هنا", "اكتب كلمة البحث", "Search for:"]


@table("widget", WIDGETS)
def test_a_skip_link_or_a_search_box_is_dropped(widget):
    cleaned = clean_checked(page(widget))
    assert cleaned.title == TITLE and widget not in cleaned.body
    cleaned = clean_checked(page() + f"{widget}\n")
    assert widget not in cleaned.body and SECOND in cleaned.body


# must not change: headlines opening with the same words
@table("headline", ["تخطي الأزمة المائية يتطلب سدودا جديدة", "بحث علمي يكشف أسباب تراجع مخزون السدود",
                    "انتقل إلى المحتوى الرقمي: الوزارة تطلق منصة السدود"])
def test_a_headline_opening_like_a_widget_stays_the_title(headline):
    cleaned = clean_checked(page(title=headline))
    assert cleaned.title == headline


# --- an estimated reading time -------------------------------------------------------------------------------

READING_TIMES = ["الوقت المقدر للقراءة: 4 دقائق", "زمن القراءة المتوقع 6 دقائق", "المدة اللازمة للقراءة: دقيقتان",
                 "وقت القراءة التقريبي: 3 دقائق", "Estimated reading time: 5 minutes"]


@table("line", READING_TIMES)
def test_an_estimated_reading_time_under_the_headline_is_dropped(line):
    cleaned = clean_checked(page(title=f"{TITLE}\n{line}"))
    assert cleaned.title == TITLE and line not in cleaned.body and LEAD in cleaned.body


def test_a_sentence_on_reading_time_stays():
    sentence = "وقال التقرير إن الوقت المقدر للقراءة لدى الشباب تراجع إلى 4 دقائق يوميا."
    cleaned = clean_checked(page() + f"{sentence}\n")
    assert sentence in cleaned.body


# --- readers' comments as the widget heads them ----------------------------------------------------------------

COMMENT_HEADS = ["1) تعليق بواسطة : سعيد", "تعليق بواسطة: زائر", "(2) تعليق بواسطة فاطمة", "رد بواسطة: المحرر",
                 "Comment by: Karim"]


@table("entry", COMMENT_HEADS)
def test_comments_headed_by_their_author_are_cut(entry):
    comments = f"{entry}\n12-01-2026 10:14 AM\nنتمنى أن تكفي هذه المياه للصيف كله\n"
    for label in ("", "التعليقات\n"):
        cleaned = clean_checked(page() + label + comments)
        assert SECOND in cleaned.body
        assert "نتمنى أن تكفي" not in cleaned.body and entry not in cleaned.body


# must not change: a paragraph opening with a reply, and officials' comments under a bare heading
def test_a_reply_in_the_text_and_officials_comments_stay():
    reply = "رد من الوزارة على انتقادات المزارعين: السدود لا تكفي وحدها لتأمين الري في الصيف."
    comments = "التعليقات\nوقال رئيس جمعية المزارعين إن الأمطار الأخيرة أنعشت الآمال بموسم فلاحي جيد هذا العام.\n"
    cleaned = clean_checked(page() + f"{reply}\n" + comments)
    assert reply in cleaned.body and "وقال رئيس جمعية المزارعين" in cleaned.body


# --- a cookie notice asking for consent ----------------------------------------------------------------------

COOKIE_NOTICES = [
    'نحن نستخدم ملفات تعريف الارتباط. بالضغط على "قبول" فإنك توافق على سياسة الخصوصية. قبول',
    "نستخدم الكوكيز لتحسين تجربتك على الصفحات. أوافق",
    "باستمرارك في التصفح فإنك تقبل استخدام ملفات تعريف الارتباط وفق سياسة الخصوصية",
    "We use cookies to improve your experience. Accept",
]


@table("notice", COOKIE_NOTICES)
def test_a_cookie_notice_is_dropped_wherever_it_sits(notice):
    for raw in (page(notice), page(title=f"{TITLE}\n{notice}"), page() + f"{notice}\n"):
        cleaned = clean_checked(raw)
        assert cleaned.title == TITLE and notice not in cleaned.body and SECOND in cleaned.body


def test_a_sentence_on_cookies_stays():
    sentence = "وتستخدم شركات الإعلان ملفات تعريف الارتباط لتتبع المستخدمين عبر الصفحات، بحسب التقرير."
    cleaned = clean_checked(page() + f"{sentence}\n")
    assert sentence in cleaned.body


# --- the read-also marker addressing both readers ------------------------------------------------------------

MARKERS = ["اقرأ/ي أيضًا:", "اقرأ / ي أيضا", "شاهد(ي) أيضا:", "طالع/ي أيضاً:"]
LINKS = ["وزير الفلاحة يدعو إلى ترشيد مياه السقي", "أسعار الخضر ترتفع في أسواق الدار البيضاء"]
LATER = ("وأشارت الوزارة إلى أن الأمطار المرتقبة خلال الأسبوع المقبل قد ترفع النسبة إلى 50% في الحوضين المائيين "
         "لسبو وأبي رقراق.")


@table("marker", MARKERS)
def test_a_read_also_box_for_both_readers_is_dropped_in_mid_text(marker):
    raw = page() + f"\n{marker}\n" + "\n".join(LINKS) + f"\n\n{LATER}\n"
    cleaned = clean_checked(raw)
    assert LATER in cleaned.body and SECOND in cleaned.body
    assert marker not in cleaned.body and all(link not in cleaned.body for link in LINKS)
