"""Table-driven cases for round 19: page widgets above the headline (a weather strip, a bar of currency quotes, a
breaking-news bar), the masthead's Latin spelling, a home breadcrumb whose separators were lost, a two-word
section label, a one-word section under the masthead, a "place: place: date: outlet" dateline, and a radio's
tuning prompt at the foot.

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "افتتاح جسر جديد على النهر يختصر الرحلة بين الضفتين إلى عشر دقائق"
LEAD = ("افتتحت وزارة الأشغال العامة، صباح الأحد، جسرا جديدا على النهر بطول 1200 متر، يربط الضفتين الشرقية "
        "والغربية للمدينة ويختصر زمن الرحلة بينهما من ساعة إلى عشر دقائق.")
BODY = (
    f"{LEAD}\n\n"
    "وقال وزير الأشغال إن الجسر سيخدم نحو 40 ألف سيارة يوميا، وإن أعمال الصيانة ستجري ليلا لتفادي "
    "الازدحام في ساعات الذروة.\n\n"
    "وأضاف أن كلفة المشروع بلغت 85 مليون دولار بتمويل من صندوق التنمية الوطني والبلدية.\n"
)


def _lines(body: str) -> list[str]:
    return [line.strip() for line in body.split("\n")]


# (weather strip of the page: places with a temperature each)
WEATHER_STRIPS = [
    "الرباط 19° | فاس 16° | مراكش 24°",
    "عمّان ١٤° | إربد ١١°",
    "الكويت 46°",
    "بيروت: 22°/15° • طرابلس: 20°/14°",
    "بنغازي 18° طبرق 16°",
]


@table("strip", WEATHER_STRIPS)
def test_weather_strip_over_the_headline_is_dropped(strip):
    cleaned = clean_checked(f"صوت المدينة\n{strip}\nمحليات\n{TITLE}\n{BODY}")
    assert cleaned.title == TITLE
    assert strip not in cleaned.body and TITLE not in cleaned.body


@table("strip", WEATHER_STRIPS)
def test_weather_strip_under_the_text_is_dropped(strip):
    cleaned = clean_checked(f"{TITLE}\n{BODY}{strip}\n")
    assert strip not in cleaned.body and LEAD in cleaned.body


# (a headline or a sentence with a temperature: it stays)
WEATHER_NEAR_MISSES = [
    "الكويت تسجل 52° في أعلى حرارة منذ عقود",
    "البصرة 50° والكهرباء تنقطع عشر ساعات",
    "درجات الحرارة تلامس 48° في بغداد غدا",
]


@table("headline", WEATHER_NEAR_MISSES)
def test_headline_with_a_temperature_stays_the_title(headline):
    cleaned = clean_checked(f"{headline}\n{BODY}")
    assert cleaned.title == headline


# (a bar of quotes "name: figure", maybe after the market's label)
QUOTE_BARS = [
    "أسعار الصرف | الريال: 3.75 | الدرهم: 1.02 | الدينار: 0.31",
    "الدولار: 48.6 | اليورو: 52.9",
    "العملات | الليرة: 34.2 | اليورو: 37.1 | الإسترليني: 43.5",
    "المعادن | الذهب: 2650 | الفضة: 31.2",
]


@table("bar", QUOTE_BARS)
def test_bar_of_quotes_over_the_headline_is_dropped(bar):
    cleaned = clean_checked(f"الوطن اليوم\n{bar}\nاقتصاد\n{TITLE}\n{BODY}")
    assert cleaned.title == TITLE
    assert bar not in cleaned.body


# (a headline with a colon and a figure, one quote at most: it stays the title)
QUOTE_NEAR_MISSES = [
    "الليرة: 15 ألفا للدولار | والمصرف المركزي يتدخل",
    "وزير المالية: عجز الموازنة 4.5% | والديون تتراجع",
    "المركزي يرفع الفائدة إلى 27% | الأسواق تترقب",
]


@table("headline", QUOTE_NEAR_MISSES)
def test_headline_with_a_quote_stays_the_title(headline):
    cleaned = clean_checked(f"{headline}\n{BODY}")
    assert cleaned.title == headline


# (breaking-news bar, the section label under it)
BREAKING_BARS = [
    ("عاجل | وزارة الصحة: ارتفاع الإصابات بالكوليرا إلى 120", "صحة"),
    ("عاجل: انقطاع الكهرباء عن خمسة أحياء في العاصمة", "سوريا"),
    ("خبر عاجل - الرئيس يصل إلى الجزائر في زيارة رسمية", "أخبار محلية"),
    ("Breaking: زلزال بقوة 5 درجات يضرب جنوب البلاد", "اليمن"),
]


@table("bar, section", BREAKING_BARS)
def test_breaking_bar_over_a_section_label_is_dropped(bar, section):
    cleaned = clean_checked(f"الخبر نيوز\n{bar}\n{section}\n{TITLE}\n{BODY}")
    assert cleaned.title == TITLE
    assert bar not in cleaned.body and section not in _lines(cleaned.body)


# (a breaking headline with its lead, or its byline and date, under it: it is the title)
BREAKING_HEADLINES = [
    "عاجل | البرلمان يقر قانون الانتخابات الجديد بأغلبية 120 صوتا",
    "عاجل: إغلاق مطار العاصمة بسبب العاصفة الرملية",
]


@table("headline", BREAKING_HEADLINES)
def test_breaking_headline_over_the_lead_stays_the_title(headline):
    assert clean_checked(f"{headline}\n{BODY}").title == headline


@table("headline", BREAKING_HEADLINES)
def test_breaking_headline_over_its_date_stays_the_title(headline):
    cleaned = clean_checked(f"الخبر نيوز\n{headline}\nالثلاثاء 14 يناير 2025\n{BODY}")
    assert cleaned.title == headline and cleaned.published == "2025-01-14"


# (masthead in Arabic, the same name in Latin letters under it)
LATIN_SPELLINGS = [
    ("إذاعة الشمال", "Radio Al Shamal"),
    ("صوت الجنوب", "Sawt Al Janoub"),
    ("راديو الساحل", "Radio Sahel FM"),
]


@table("masthead, latin", LATIN_SPELLINGS)
def test_latin_spelling_under_the_masthead_is_dropped(masthead, latin):
    raw = f"{masthead}\n{latin}\nأخبار | ليبيا | اقتصاد\n{TITLE}\n{BODY}© 2026 {masthead}\n"
    cleaned = clean_checked(raw)
    assert cleaned.title == TITLE
    assert latin not in cleaned.body and "أخبار | ليبيا" not in cleaned.body


# (a breadcrumb from the home page whose separators were icons)
HOME_PATHS = [
    "الرئيسية  أخبار محلية",
    "الرئيسية اقتصاد",
    "الرئيسية  رياضة  كرة القدم",
    "الرئيسية أخبار اليمن",
]


@table("path", HOME_PATHS)
def test_home_breadcrumb_without_separators_is_dropped(path):
    cleaned = clean_checked(f"المشهد العربي\n{path}\n{TITLE}\n{BODY}")
    assert cleaned.title == TITLE
    assert path not in cleaned.body


# (section labels of two words: security and courts)
SECTION_LABELS = ["أمن وقضاء", "جرائم ومحاكم", "الأمن"]


@table("label", SECTION_LABELS)
def test_security_and_courts_label_is_dropped(label):
    cleaned = clean_checked(f"المستقبل\n{label}\n{TITLE}\n{BODY}")
    assert cleaned.title == TITLE
    assert label not in _lines(cleaned.body)


# (a headline opening with the same words: it stays)
SECTION_NEAR_MISSES = [
    "أمن الطاقة أولوية خليجية في قمة الرياض",
    "قضاء الإجازة في الجبال يستقطب 30 ألف زائر",
]


@table("headline", SECTION_NEAR_MISSES)
def test_headline_opening_with_a_section_word_stays_the_title(headline):
    cleaned = clean_checked(f"المستقبل\n{headline}\n{BODY}")
    assert cleaned.title == headline


# (a site's name written out with its domain)
DOT_COM_MASTHEADS = ["الشرق دوت كوم", "الوسط دوت نت"]


@table("masthead", DOT_COM_MASTHEADS)
def test_dot_com_masthead_is_not_the_title(masthead):
    cleaned = clean_checked(f"{masthead}\n{TITLE}\n{BODY}")
    assert cleaned.title == TITLE
    assert masthead not in cleaned.body


# ("place: place: date: outlet" or "place: date" on a line of its own, ISO date it gives)
COLON_DATELINES = [
    ("نيروبي: جوبا: 14 مارس 2026: إذاعة تمازج", "2026-03-14"),
    ("الرباط: 3 يونيو 2025", "2025-06-03"),
    ("باريس: الخرطوم: الأربعاء 5 نوفمبر 2025", "2025-11-05"),
]


@table("line, published", COLON_DATELINES)
def test_colon_dateline_gives_the_date_and_leaves_the_body(line, published):
    cleaned = clean_checked(f"{TITLE}\n{line}\n\n{BODY}")
    assert cleaned.title == TITLE and cleaned.published == published
    assert line not in cleaned.body and LEAD in cleaned.body


# (a headline or a sentence with a place, a colon and a date-like figure: no date, it stays)
COLON_NEAR_MISSES = [
    "القاهرة: 15 مارس موعد الانتخابات البلدية",
    "بيروت: 3 قتلى في غارة على الضاحية",
]


@table("line", COLON_NEAR_MISSES)
def test_colon_line_that_is_no_dateline_stays(line):
    cleaned = clean_checked(f"{TITLE}\n{line}\n\n{BODY}")
    assert cleaned.published is None and line in cleaned.body


# (a radio's or TV channel's tuning prompt under the text)
TUNE_PROMPTS = [
    "تابعوا راديو الساحل على الموجات القصيرة 11650 كيلوهيرتز يومياً من الساعة 7 مساءً",
    "استمعوا إلينا على 98.6 FM",
    "شاهدوا قناة الوطن على نايل سات تردد 11240 أفقي",
    "اضبطوا أجهزتكم على الموجة المتوسطة 1179 كيلوهرتز",
]


@table("prompt", TUNE_PROMPTS)
def test_tuning_prompt_under_the_text_is_dropped(prompt):
    cleaned = clean_checked(f"{TITLE}\n{BODY}{prompt}\n")
    assert prompt not in cleaned.body and LEAD in cleaned.body


# (a sentence on a broadcast, or a verb with no band after it: it stays)
TUNE_NEAR_MISSES = [
    "وتابع المستمعون البث على الموجات القصيرة حتى انقطاعه مساء أمس.",
    "استمع الوزير إلى مطالب المحتجين أمام مبنى الإذاعة",
]


@table("line", TUNE_NEAR_MISSES)
def test_sentence_on_a_broadcast_stays(line):
    cleaned = clean_checked(f"{TITLE}\n{BODY}{line}\n")
    assert line in cleaned.body


def test_outlet_gate_credit_line_leaves_the_body():
    # "بوابة X" over the headline, "X | city" under it: the outlet's name without its kind credits the story
    cleaned = clean_checked(f"بوابة الوسط\n{TITLE}\nالوسط | بنغازي\n\n{BODY}جميع الحقوق محفوظة © بوابة الوسط\n")
    assert cleaned.title == TITLE and "الوسط | بنغازي" not in cleaned.body


# (a date line with the month's name between slashes or dashes, ISO date it gives)
SLASHED_MONTH_DATES = [
    ("الأحد 3/أغسطس/2025 - 11:40 ص", "2025-08-03"),
    ("21-مارس-2024", "2024-03-21"),
    ("الخميس 9/شباط/2026", "2026-02-09"),
]


@table("line, published", SLASHED_MONTH_DATES)
def test_named_month_between_slashes_is_read(line, published):
    cleaned = clean_checked(f"{TITLE}\n{line}\n\n{BODY}")
    assert cleaned.title == TITLE and cleaned.published == published
    assert line not in cleaned.body


def test_time_alone_under_the_date_line_leaves_the_body():
    cleaned = clean_checked(f"{TITLE}\nالأربعاء 21 أيار 2025\n18:05\n\n{BODY}")
    assert cleaned.published == "2025-05-21" and "18:05" not in cleaned.body


def test_time_alone_with_no_date_above_it_stays():
    # (no date line read just above: the line is not the stamp's time)
    cleaned = clean_checked(f"{TITLE}\n{LEAD}\n18:05\n\n{BODY}")
    assert "18:05" in cleaned.body


# (a head line crediting the outlet: in quotes with its domain written out, or with an exclusive tag)
CREDIT_LINES = [
    ("", "غزة - «الأيام» دوت كوم"),
    ("المهرة بوست", "الغيضة - المهرة بوست - خاص"),
]


@table("masthead, line", CREDIT_LINES)
def test_outlet_credit_line_under_the_title_leaves_the_body(masthead, line):
    head = f"{masthead}\n" if masthead else ""
    cleaned = clean_checked(f"{head}{TITLE}\n{line}\n\n{BODY}")
    assert cleaned.title == TITLE and line not in cleaned.body
