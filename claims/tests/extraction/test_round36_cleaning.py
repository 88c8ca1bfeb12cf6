"""Table-driven cases for round 36's cleaning and metadata: a radio station's masthead (its name with its frequency,
town, Latin spelling or slogan) over the headline, the site's menu told by its items split by wide spaces or bars, a
station's tuning line naming its FM frequencies, an agency's sign-off in brackets with its editors' initials, and
another story glued at the foot under its own headline with no marker.

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from claims.extraction.cleaning.masthead import _is_spaced_menu

from .helpers import ArticlePage, table
from .test_cleaning import clean_checked

TITLE = "بلدية سوسة تطلق حملة لتنظيف الشواطئ قبل انطلاق موسم الاصطياف"
LEAD = ("أطلقت بلدية سوسة حملة واسعة لتنظيف الشواطئ العمومية، بمشاركة 30 شاحنة وأكثر من 150 عاملاً، على أن تتواصل "
        "الحملة إلى حين انطلاق موسم الاصطياف.")
SECOND = ("وأوضح رئيس البلدية أن الحملة تشمل إزالة الأعشاب البحرية والفضلات البلاستيكية من ثمانية شواطئ، مشيراً إلى أن "
          "عدد المصطافين بلغ الصيف الماضي قرابة مليون زائر.")
THIRD = ("وقال ممثل عن جمعية حماية البيئة إن السكان طالبوا منذ سنوات بحاويات إضافية على الشواطئ، وإن الحملات الظرفية "
         "لا تكفي ما لم ترافقها مراقبة يومية.")
FOURTH = ("ودعت البلدية المصطافين إلى احترام نظافة الشواطئ، ملوّحة بتطبيق الخطايا المالية على المخالفين بداية من "
          "الشهر المقبل.")


ARTICLE = ArticlePage(TITLE, (LEAD, SECOND, THIRD, FOURTH), head=(), foot=("جميع الحقوق محفوظة 2025",))
page, assert_article_kept = ARTICLE.page, ARTICLE.assert_kept


# --- a radio station's masthead -----------------------------------------------------------------------------------------

STATION_MASTHEADS = [  # (the head lines, one a line; the page's copyright footer)
    # the name with its band, frequency and town
    ("موج أف أم | 98.4 – سوسة\nالرئيسية | أخبار | رياضة | ثقافة", "جميع الحقوق محفوظة 2025"),
    ("إذاعة صوت الجبل 96.2\nمحليات | دولي | رياضة | برامج", "جميع الحقوق محفوظة 2025"),
    ("Jawhara FM | جوهرة أف أم — 102.5", "جميع الحقوق محفوظة 2025"),
    # no frequency: the name proper comes back in the footer
    ("إذاعة الشروق", "جميع الحقوق محفوظة لإذاعة الشروق 2025"),
    ("راديو نسمة - Radio Nesma", "جميع الحقوق محفوظة © 2025 راديو نسمة"),
    # the name again with its frequencies under it
    ("إذاعة الشروق\nالشروق FM 101.3 | 88.7", "جميع الحقوق محفوظة لإذاعة الشروق 2025"),
    # the station's slogan under its name, over a bar of menu items
    ("راديو الأطلس 104.1\nصوت الجهة الأول\nجهوية | وطنية | رياضة | بودكاست | 🔴 مباشر", "جميع الحقوق محفوظة 2025"),
]


@table("head,footer", STATION_MASTHEADS)
def test_a_station_masthead_is_no_title(head, footer):
    lines = tuple(head.split("\n"))
    cleaned = clean_checked(page(head=lines, foot=(footer,)))
    assert_article_kept(cleaned)
    for line in lines:
        assert line not in cleaned.body


STATION_HEADLINES = [
    # a headline about a station: a clause, not its masthead
    "إذاعة دمشق تتوقف عن البث بعد انقطاع الكهرباء",
    "راديو البلد يحتفل بعيده العاشر",
    # a headline holding a figure like a frequency
    "98.5 مليون دينار لتهيئة الطرقات في الولاية",
    "سعر البنزين 95 يرتفع إلى 2.5 دينار",
]


@table("title", STATION_HEADLINES)
def test_a_headline_naming_a_station_or_a_figure_stays_the_title(title):
    cleaned = clean_checked(page(title=title))
    assert_article_kept(cleaned, title)


def test_a_station_over_a_headline_naming_no_station_again_stays():
    # "إذاعة المدينة" with no frequency and not printed again on the page: no sign it is the masthead; the label passes
    # leave it, and the title is chosen as before (see the other rules)
    cleaned = clean_checked(page(head=("إذاعة دمشق تتوقف",)))
    assert TITLE in cleaned.body or cleaned.title == TITLE


# --- the site's menu told by its items --------------------------------------------------------------------------------

SPACED_MENUS = [
    "الرئيسية  أخبار  تحقيقات  صور  اتصل بنا",
    "سياسة  اقتصاد  الخليج  اليمن  ثقافة وفنون",
    "محليات | دوليات | الشرق الأوسط | مصر | منوعات",
    "الرئيسية   قصص   تقارير   فيديو   سياسة",
]


@table("menu", SPACED_MENUS)
def test_a_menu_of_spaced_items_goes(menu):
    assert _is_spaced_menu(menu)
    cleaned = clean_checked(page(head=("نبض الساحل", menu)))
    assert_article_kept(cleaned)
    assert menu not in cleaned.body


NOT_MENUS = [
    # a headline with a wide gap: two items
    "الاقتصاد  والسياسة في مواجهة الأزمة",
    # names of no section
    "السعودية  الإمارات  قطر  الكويت  عمان",
    # a ticker: figures
    "الدولار  3.75  اليورو  4.10  الذهب",
    # a single space between the words: one item
    "سياسة اقتصاد الخليج اليمن ثقافة",
    # too long an item: a clause
    "سياسة  اقتصاد  رياضة  الحكومة تقر خطة جديدة للنقل",
]


@table("line", NOT_MENUS)
def test_lines_of_other_items_are_no_spaced_menu(line):
    assert not _is_spaced_menu(line)


# --- a station's tuning line naming its FM frequencies ----------------------------------------------------------------

TUNING_LINES = [
    "تابعوا إذاعة الساحل على الموجات 98.6 و101.2",
    "استمعوا إلينا على الموجة 94.3 في كامل الجهة",
]


@table("line", TUNING_LINES)
def test_a_tuning_line_with_frequencies_goes(line):
    cleaned = clean_checked(page(foot=(line, "جميع الحقوق محفوظة 2025")))
    assert_article_kept(cleaned)
    assert line not in cleaned.body


RADIO_PARAGRAPHS = [
    # a paragraph that tells of a station and its frequency
    "وتبث الإذاعة برامجها على الموجات 100.5 و98.2 منذ عام 2010، وفق مديرها.",
    "تابع المستمعون البث على الموجات 100.5 حتى ساعة متأخرة من الليل.",
    "وقال رئيس البلدية في تصريح لإذاعة موج أف أم إن الحملة ستشمل لاحقاً شواطئ الضاحية الشمالية.",
]


@table("line", RADIO_PARAGRAPHS)
def test_a_paragraph_naming_a_station_stays(line):
    cleaned = clean_checked(page(middle=(line,)))
    assert_article_kept(cleaned)
    assert line in cleaned.body


# --- an agency's sign-off: its name in brackets and the editors' initials ---------------------------------------------

SIGN_OFFS = [
    "(أكي) ع.ف",
    "(نوفا) س.ب/ م.ر",
    "(أنسامد) ل . ح",
]


@table("line", SIGN_OFFS)
def test_a_bracketed_agency_and_initials_at_the_foot_go(line):
    cleaned = clean_checked(page(foot=(line,)))
    assert_article_kept(cleaned)
    assert line not in cleaned.body


NOT_SIGN_OFFS = [
    # a bracketed word with no initials
    "(يتبع)",
    # initials inside a sentence
    "وأكد المدير أن الأشغال ستنتهي قبل الصيف، بحسب ما نقلته الوكالة (ع.ف).",
]


@table("line", NOT_SIGN_OFFS)
def test_other_closing_lines_are_no_sign_off(line):
    cleaned = clean_checked(page(foot=(line,)))
    assert_article_kept(cleaned)
    assert cleaned.source_credit is None


# --- another story glued at the foot under its headline -----------------------------------------------------------------

CLUB_TITLE = "الترجي يوافق على انتقال مهاجمه إلى الدوري السعودي"
CLUB_PARAGRAPHS = [
    "وافق نادي الترجي الرياضي، مساء أمس السبت، على عرض نادي الفيحاء السعودي للتعاقد مع مهاجمه، في صفقة تناهز "
    "قيمتها مليوني دولار، حسب ما علمته الإذاعة من مصادر مقربة من الهيئة المديرة.",
    "وأكدت المصادر ذاتها أن العقد يمتد لثلاثة مواسم، مع بند يمنح الترجي نسبة من قيمة أي انتقال مستقبلي للاعب.",
    "وكان المهاجم قد التحق بالترجي في صائفة 2021 قادماً من النادي البنزرتي، وسجل معه 41 هدفاً في مختلف المسابقات.",
    "ويبحث المدرب حالياً عن بديل، إذ كشف مصدر من داخل النادي أن الإدارة خصصت ميزانية للتعاقد مع مهاجمين اثنين "
    "قبل انطلاق التحضيرات.",
]


def club_page(*tail: str) -> str:
    return "\n\n".join([CLUB_TITLE, *CLUB_PARAGRAPHS, "تابعونا على: فيسبوك | إنستغرام", *tail,
                        "جميع الحقوق محفوظة 2025"])


GLUED_STORIES = [
    ("النجم الساحلي يجدد عقد مدربه الفرنسي حتى 2027",
     "أعلن النجم الرياضي الساحلي، اليوم الأحد، تجديد عقد مدربه الفرنسي لموسمين إضافيين، بعدما قاد الفريق إلى "
     "المركز الثالث في البطولة برصيد 51 نقطة."),
    ("الملعب التونسي يفتتح ملعبه الجديد بحضور الجماهير",
     "افتتح الملعب التونسي، مساء اليوم، ملعبه الجديد بطاقة استيعاب تبلغ 12 ألف متفرج، بحضور والي تونس وعدد من "
     "قدماء اللاعبين."),
]


@table("headline,lead", GLUED_STORIES)
def test_a_headed_story_glued_at_the_foot_is_cut(headline, lead):
    cleaned = clean_checked(club_page(headline, lead))
    assert cleaned.title == CLUB_TITLE
    for paragraph in CLUB_PARAGRAPHS:
        assert paragraph in cleaned.body
    assert headline not in cleaned.body and lead not in cleaned.body


ARTICLE_ENDINGS = [
    # a subheading over the article's own last paragraph, its lead-like opening naming the same club and transfer
    ("موقف الترجي من الصفقة",
     "أكد نادي الترجي الرياضي، اليوم الأحد، أن انتقال مهاجمه إلى الفيحاء السعودي لن يتم قبل استكمال الفحص الطبي "
     "للاعب، وأن الإدارة ستعلن عن بديله قبل انطلاق التحضيرات."),
]


@table("subheading,paragraph", ARTICLE_ENDINGS)
def test_a_subheading_over_the_articles_last_paragraph_stays(subheading, paragraph):
    cleaned = clean_checked(club_page(subheading, paragraph))
    assert subheading in cleaned.body and paragraph in cleaned.body
