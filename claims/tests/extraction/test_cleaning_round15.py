"""Table-driven cases for round 15: time stamp lines behind a mark ("#", a bullet, a clock) or with no date,
"send to a friend" buttons, a "city – outlet – date" line under the headline, a "أخبار <place>" section label
over it, a tag list with no label under the last paragraph, and a story on another topic glued under the
keyword list.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "تراجع مخزون سد المسيرة إلى أدنى مستوى منذ عشر سنوات بسبب الجفاف"
LEAD = ("تراجع مخزون سد المسيرة بإقليم سطات إلى أقل من 5 في المئة من طاقته الاستيعابية، في أدنى مستوى يسجله "
        "منذ عشر سنوات، بسبب توالي سنوات الجفاف وضعف التساقطات المطرية.")
BODY = (
    f"{LEAD}\n\n"
    "وقال مسؤول في وزارة التجهيز والماء إن الوزارة قررت تقليص حصص مياه الري الموجهة إلى الفلاحين في "
    "المنطقة، مع إعطاء الأولوية لتزويد المدن بالماء الصالح للشرب.\n\n"
    "وأضاف أن أشغال ربط السد بمحطة تحلية مياه البحر في الدار البيضاء ستنطلق مطلع السنة المقبلة، بكلفة "
    "تقدر بنحو ثلاثة مليارات درهم.\n\n"
    "وطالب فلاحو منطقة الشاوية بتعويضات عن خسائر محاصيل الحبوب التي تضررت من قلة المياه خلال الموسم "
    "الفلاحي الماضي.\n"
)
LAST = "الفلاحي الماضي."


# (line under the headline, published date it gives or None)
STAMP_LINES = [
    ("# الأحد، 12 أكتوبر 2025 08:15 م بتوقيت مكة المكرمة", "2025-10-12"),
    ("# الخميس، 18 سبتمبر 2025 11:42 ص بتوقيت غرينتش", "2025-09-18"),
    ("• الأحد 12 أكتوبر 2025 - 08:15", "2025-10-12"),
    ("⏰ 12/10/2025 08:15 بتوقيت غرينتش", "2025-10-12"),
    ("🕒 12 أكتوبر 2025، 08:15 ص", "2025-10-12"),
    ("• آخر تحديث: 13 أكتوبر 2025 - 09:40 ص", "2025-10-13"),
    ("# نشر في: 12/10/2025 الساعة 08:15", "2025-10-12"),
    # a stamp with a time and no date: page furniture, it gives no date
    ("آخر تحديث: 14:35 بتوقيت مكة", None),
    ("# آخر تحديث: 09:40 ص", None),
]


@table("line, published", STAMP_LINES)
def test_stamp_lines_of_any_shape_leave_the_body(line, published):
    cleaned = clean_checked(f"{TITLE}\n{line}\n{BODY}")
    assert cleaned.title == TITLE and cleaned.published == published
    assert line not in cleaned.body and LEAD in cleaned.body and LAST in cleaned.body


# (paragraph added to the article: it must stay whole)
STAMP_NEAR_MISSES = [
    # the zone and a full date in the middle of a sentence
    "وأعلنت الوكالة أن القمر الصناعي سيطلق عند الساعة 11:42 ص بتوقيت غرينتش يوم الخميس 18 سبتمبر 2025، "
    "من قاعدة كورو في غويانا الفرنسية.",
    "وتبدأ المباراة عند الساعة الثامنة مساء بتوقيت مكة المكرمة، على أن تنقلها قناتان مفتوحتان.",
    # a hashtag line is the hashtags' rule, a bullet item of the text stays
    "• ارتفاع أسعار الأعلاف بنسبة 20 في المئة خلال الموسم الماضي بسبب قلة المراعي.",
]


@table("paragraph", STAMP_NEAR_MISSES)
def test_sentences_with_a_time_zone_stay(paragraph):
    cleaned = clean_checked(f"{TITLE}\n12 أكتوبر 2025\n{BODY}\n{paragraph}\n")
    assert cleaned.title == TITLE and cleaned.published == "2025-10-12"
    assert paragraph in cleaned.body and LAST in cleaned.body


# (widget lines above the headline)
SEND_TO_FRIEND = [
    "إرسال لصديق",
    "أرسل لصديق",
    "أرسل الخبر إلى صديق",
    "ابعث المقال لصديق",
    "Send to a friend",
    "حجم الخط\nطباعة\nإرسال لصديق",
]


@table("widgets", SEND_TO_FRIEND)
def test_send_to_a_friend_buttons_are_no_headline(widgets):
    cleaned = clean_checked(f"موقع الوادي الإخباري\nنشر بتاريخ: 12/10/2025\n{widgets}\n{TITLE}\n{BODY}")
    assert cleaned.title == TITLE and cleaned.published == "2025-10-12"
    assert all(line not in cleaned.body for line in widgets.split("\n"))
    assert LEAD in cleaned.body and LAST in cleaned.body


def test_a_sentence_about_a_friend_stays():
    paragraph = "وأرسل لصديقه رسالة يطمئنه فيها على حاله بعد أن غمرت المياه حقول القرية."
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{paragraph}\n")
    assert paragraph in cleaned.body and LAST in cleaned.body


# (line under the headline, published, credit)
CITY_OUTLET_DATE = [
    ("سطات – الصباح – الأحد 12 أكتوبر 2025", "2025-10-12", "الصباح"),
    ("سطات - الصباح - 12 أكتوبر 2025", "2025-10-12", "الصباح"),
    ("سطات — هسبريس — الأحد، 12 أكتوبر 2025", "2025-10-12", "هسبريس"),
    ("سطات – الصباح – 12/10/2025", "2025-10-12", "الصباح"),
    # a person between the city and the date is no outlet: the date is read, nobody is credited
    ("سطات – سعيد بنعلي – الأحد 12 أكتوبر 2025", "2025-10-12", None),
]


@table("line, published, credit", CITY_OUTLET_DATE)
def test_city_outlet_date_line_is_metadata(line, published, credit):
    cleaned = clean_checked(f"{TITLE}\n{line}\n{BODY}")
    assert cleaned.title == TITLE and cleaned.published == published and cleaned.source_credit == credit
    assert line not in cleaned.body and LEAD in cleaned.body


def test_a_source_line_wins_over_the_outlet_of_the_dateline():
    cleaned = clean_checked(f"{TITLE}\nسطات – الصباح – الأحد 12 أكتوبر 2025\n{BODY}المصدر: وكالة المغرب العربي للأنباء\n")
    assert cleaned.published == "2025-10-12" and cleaned.source_credit == "وكالة المغرب العربي للأنباء"


# (first lines of the page: they must stay as they are, the headline first)
DATELINE_NEAR_MISSES = [
    # a headline that starts with a place name and a dash
    ("سطات - الفلاحون يطالبون بتعويضات عن خسائر الجفاف", LEAD),
    # the same city – outlet opening of a first paragraph, with no date: the lead
    (TITLE, "سطات – الصباح – " + LEAD),
]


@table("first, second", DATELINE_NEAR_MISSES)
def test_place_name_headlines_and_leads_stay(first, second):
    cleaned = clean_checked(f"{first}\n{second}\n{BODY.replace(LEAD, '', 1)}")
    assert cleaned.title == first and second in cleaned.body and cleaned.published is None


# (label line over the headline)
SECTION_LABELS = [
    "أخبار السودان",
    "أخبار المغرب",
    "أخبار الجهات",
    "شؤون خليجية",
]


@table("label", SECTION_LABELS)
def test_news_of_a_place_label_is_no_headline(label):
    cleaned = clean_checked(f"الراصد\n{label}\n{TITLE}\n{BODY}")
    assert cleaned.title == TITLE and label not in cleaned.body and LEAD in cleaned.body


def test_a_two_word_headline_over_its_lead_stays_the_title():
    lead = "تلقى الفلاحون في إقليم سطات أخبارا سارة بعد إعلان الوزارة صرف تعويضات عن خسائر الجفاف."
    cleaned = clean_checked(f"أخبار سارة\n{lead}\n{BODY}")
    assert cleaned.title == "أخبار سارة" and lead in cleaned.body


def test_a_longer_headline_on_news_stays_the_title():
    title = "أخبار الطقس تربك الفلاحين في سطات"
    cleaned = clean_checked(f"أخبار المغرب\n{title}\n{BODY}")
    assert cleaned.title == title and "أخبار المغرب" not in cleaned.body


# (lines under the last paragraph, text that must leave the body)
TAG_LINES = [
    ("سد المسيرة الجفاف وزارة التجهيز\n", ["سد المسيرة الجفاف"]),
    ("الجفاف سطات الفلاحين\n", ["الجفاف سطات"]),
    # one tag the text does not name (the sector)
    ("سد المسيرة الجفاف الزراعة\n", ["سد المسيرة الجفاف"]),
    # under the tags, a read-also block
    ("الجفاف سطات الفلاحين\nاقرأ أيضا\nارتفاع أسعار الخضر في أسواق الرباط\n", ["الجفاف سطات", "أسعار الخضر"]),
]


@table("tail, gone", TAG_LINES)
def test_tag_line_without_a_label_leaves_the_body(tail, gone):
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{tail}")
    assert cleaned.title == TITLE and LAST in cleaned.body
    assert all(text not in cleaned.body for text in gone)


# (last line of the page: it must stay)
TAG_NEAR_MISSES = [
    # a real short last paragraph, with its full stop
    "وتستمر أشغال الصيانة.",
    # a signature that repeats a name the text gives whole
    "وزارة التجهيز والماء",
    # a short phrase with a preposition, of the text's words: a caption or a subheading
    "خسائر الفلاحين في منطقة الشاوية",
    # a name the text never gives: the author
    "محمد العلوي",
    # a single word
    "الجفاف",
]


@table("line", TAG_NEAR_MISSES)
def test_short_closing_lines_that_are_no_tags_stay(line):
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{line}\n")
    assert line in cleaned.body and LAST in cleaned.body


OTHER_HEADLINE = "الأرصاد: زخات رعدية قوية مرتقبة في المرتفعات مع هبوب رياح قوية"
OTHER_LEAD = ("توقعت المديرية العامة للأرصاد الجوية هبوب رياح قوية تصل سرعتها إلى 75 كم/ساعة مع زخات رعدية "
              "في مرتفعات الأطلس والريف، مشيرة إلى أن درجات الحرارة ستنخفض إلى 4 درجات.")


# (keyword line under the article)
KEYWORD_LINES = [
    "الكلمات المفتاحية: الجفاف، السدود، الفلاحة",
    "كلمات دلالية: الجفاف، سطات",
    "الوسوم:\nالجفاف\nالسدود",
]


@table("keywords", KEYWORD_LINES)
def test_story_of_another_topic_under_the_keywords_is_cut(keywords):
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{keywords}\n{OTHER_HEADLINE}\n{OTHER_LEAD}\n")
    assert cleaned.title == TITLE and LAST in cleaned.body
    assert "الأرصاد" not in cleaned.body and "رياح" not in cleaned.body


def test_paragraph_on_the_same_story_under_the_keywords_stays():
    subheading = "تعويضات الفلاحين في سطات"
    paragraph = ("وأكد مسؤول في وزارة التجهيز والماء أن تعويضات فلاحي سطات عن خسائر الجفاف ستصرف قبل نهاية "
                 "الموسم الفلاحي، بعد إحصاء المحاصيل المتضررة من قلة المياه.")
    cleaned = clean_checked(f"{TITLE}\n{BODY}\nالكلمات المفتاحية: الجفاف، السدود\n{subheading}\n{paragraph}\n")
    assert paragraph in cleaned.body and LAST in cleaned.body
