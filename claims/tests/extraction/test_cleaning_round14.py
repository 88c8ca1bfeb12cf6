"""Table-driven cases for round 14: "more/related/next article" markers at the foot that end the article, view
counters in any wording, a toolbar with the print tool before the font widget, a follow prompt that leaves its
platforms to the next line, the comment section's furniture (its heading and its disclaimer), a separator rule
before the editors' initials, a short masthead over a breadcrumb, and a bulletin on another topic glued at the foot.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

import pytest

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "افتتاح محطة لتحلية مياه البحر في مدينة صور بطاقة 40 ألف متر مكعب يوميا"
LEAD = ("افتتحت وزارة الطاقة والمياه، صباح اليوم الخميس، محطة لتحلية مياه البحر في مدينة صور، بطاقة إنتاجية تبلغ "
        "40 ألف متر مكعب يوميا، تغطي حاجة نحو 150 ألف نسمة من سكان المدينة والقرى المحيطة بها.")
BODY = (
    f"{LEAD}\n\n"
    "وقال مدير مؤسسة مياه الجنوب إن المحطة تعمل بالطاقة الشمسية في ساعات النهار، وإن كلفة إنشائها بلغت "
    "نحو 28 مليون دولار بتمويل من قرض ميسر.\n\n"
    "وأضاف أن شبكة الأنابيب الجديدة ستوصل المياه المحلاة إلى الخزانات الرئيسية في الأحياء الشرقية خلال "
    "الشهرين المقبلين، بعد استكمال أعمال الحفر.\n\n"
    "وشكا سكان الأحياء القديمة من انقطاع المياه لأيام متتالية في الصيف الماضي، مطالبين بتوزيع عادل "
    "للحصص بين الأحياء.\n"
)
ARTICLE = f"{TITLE}\n\n{BODY}"
LAST = "للحصص بين الأحياء"

# A story on another topic glued under the page: its headline, a dateline, its lead.
OTHER_HEADLINE = "انطلاق موسم قطاف الزيتون في قرى الكورة وسط توقعات بإنتاج وفير"
OTHER_LEAD = ("انطلق موسم قطاف الزيتون في قرى الكورة هذا الأسبوع، وسط توقعات المزارعين بإنتاج وفير من الزيت "
              "بعد أمطار غزيرة هطلت في الربيع.")


# (tail under the article, text that must leave the body)
FOOT_MARKERS = [
    # "more news" over a headline, a dateline and a lead
    (f"المزيد من الأخبار\n{OTHER_HEADLINE}\nطرابلس - الوكالة الوطنية\n{OTHER_LEAD}\n", ["المزيد من الأخبار", "قطاف"]),
    (f"مزيد من الأخبار\n{OTHER_HEADLINE}\nطرابلس - الوكالة الوطنية\n{OTHER_LEAD}\n", ["قطاف"]),
    # related-items headings, bare or with the article, with any related noun and adjective
    (f"مواد ذات صلة\n{OTHER_HEADLINE}\n", ["مواد ذات صلة", "قطاف"]),
    (f"قصص مرتبطة\n{OTHER_HEADLINE}\n", ["قصص مرتبطة", "قطاف"]),
    (f"المواد ذات الصلة\n{OTHER_HEADLINE}\n", ["قطاف"]),
    # the next or previous article's link, alone or with its headline on the line
    (f"المقال التالي\n{OTHER_HEADLINE}\n", ["المقال التالي", "قطاف"]),
    (f"الخبر السابق: {OTHER_HEADLINE}\n", ["الخبر السابق", "قطاف"]),
    (f"المقالة التالية\n{OTHER_HEADLINE}\n{OTHER_LEAD}\n", ["قطاف"]),
    (f"Next article\n{OTHER_HEADLINE}\n", ["Next article", "قطاف"]),
    (f"السابق\n{OTHER_HEADLINE}\nالتالي\nارتفاع أسعار المحروقات للمرة الثالثة\n", ["قطاف", "المحروقات"]),
]


@table("tail, gone", FOOT_MARKERS)
def test_more_related_and_next_article_markers_end_the_article(tail, gone):
    cleaned = clean_checked(ARTICLE + tail)
    assert cleaned.title == TITLE and LAST in cleaned.body
    assert all(text not in cleaned.body for text in gone)


# (paragraphs appended to the article that must stay)
MARKER_NEAR_MISSES = [
    # the marker's words inside a sentence, or opening a sentence with no colon or dash after them
    "وقال إن المقال التالي في السلسلة سيتناول أسعار المياه في المدن الساحلية الأخرى.",
    "المقال التالي في السلسلة يتناول أسعار المياه في المدن الساحلية الأخرى.",
    "وأكدت الوزارة أن المزيد من الأخبار عن المحطات الجديدة سينشر على موقعها تباعا.",
    # a real last paragraph on the same topic
    "ومن المقرر أن تفتتح الوزارة محطة ثانية لتحلية مياه البحر في مدينة صيدا مطلع العام المقبل.",
]


@pytest.mark.parametrize("paragraph", MARKER_NEAR_MISSES, ids=[p[:40] for p in MARKER_NEAR_MISSES])
def test_marker_words_in_a_sentence_stay(paragraph):
    cleaned = clean_checked(ARTICLE + "\n" + paragraph + "\n")
    assert paragraph in cleaned.body and LAST in cleaned.body


def test_related_block_in_mid_text_keeps_the_article_going():
    block = f"مواد ذات صلة\n{OTHER_HEADLINE}\n"
    raw = ARTICLE.replace(f"{LEAD}\n", f"{LEAD}\n{block}", 1)
    cleaned = clean_checked(raw)
    assert "قطاف" not in cleaned.body and "مواد ذات صلة" not in cleaned.body
    assert LEAD in cleaned.body and LAST in cleaned.body


def test_next_article_marker_above_the_text_cuts_nothing():
    cleaned = clean_checked(ARTICLE.replace(f"{TITLE}\n", f"{TITLE}\nالمقال التالي\n", 1))
    assert cleaned.title == TITLE and LEAD in cleaned.body and LAST in cleaned.body
    assert "المقال التالي" not in cleaned.body


# (line under the article, leaves the body)
COUNTERS = [
    ("عدد المشاهدات: 2,310", True),
    ("عدد القراءات: 845", True),
    ("مشاهدات: 1.2 ألف", True),
    ("القراءات ١٢٬٤٥٠", True),
    ("980 مشاهدة", True),
    ("شوهد 4512 مرة", True),
    ("عدد الزيارات 77", True),
    # must not change: a sentence with the same words, a subheading
    ("وتجاوز عدد المشاهدات لمقطع الافتتاح 300 ألف خلال يوم واحد.", False),
    ("مشاهدات من الأحياء الشرقية", False),
]


@table("line, leaves", COUNTERS)
def test_view_counters_in_any_wording(line, leaves):
    cleaned = clean_checked(ARTICLE + line + "\n")
    assert cleaned.title == TITLE and LAST in cleaned.body
    assert (line not in cleaned.body) == leaves


# (line between two paragraphs, leaves the body)
TOOLBARS = [
    ("طباعة    حجم الخط: + -", True),
    ("طباعة | حجم الخط A+ A-", True),
    ("إرسال لصديق  طباعة  حجم الخط", True),
    ("حجم الخط  طباعة", True),
    # must not change: a subheading that opens with a tool word
    ("طباعة الكتب المدرسية تتأخر في المحافظات", False),
]


@table("line, leaves", TOOLBARS)
def test_print_tool_before_the_font_widget(line, leaves):
    cleaned = clean_checked(ARTICLE.replace(f"{LEAD}\n", f"{LEAD}\n{line}\n", 1))
    assert LEAD in cleaned.body and LAST in cleaned.body
    assert (line not in cleaned.body) == leaves


# (tail under the article, lines that must leave, lines that must stay)
FOLLOW_PROMPTS = [
    ("تابعوا صدى الجنوب على\nفيسبوك   تويتر   تلغرام\n", ["تابعوا صدى الجنوب على", "تلغرام"], []),
    ("تابعونا عبر:\nإكس | يوتيوب | إنستغرام\n", ["تابعونا عبر", "يوتيوب"], []),
    ("تابعوا آخر الأخبار على\nواتساب\n", ["تابعوا آخر الأخبار على"], []),
    # must not change: the platforms' line is missing, the line is a sentence
    ("تابعوا صدى الجنوب على\nوأكد المدير أن المحطة ستعمل بكامل طاقتها مطلع الشهر المقبل بعد انتهاء الاختبارات.\n",
     [], ["تابعوا صدى الجنوب على", "بكامل طاقتها"]),
]


@table("tail, gone, kept", FOLLOW_PROMPTS)
def test_follow_prompt_with_its_platforms_on_the_next_line(tail, gone, kept):
    cleaned = clean_checked(ARTICLE + tail)
    assert cleaned.title == TITLE and LAST in cleaned.body
    assert all(text not in cleaned.body for text in gone)
    assert all(text in cleaned.body for text in kept)


READER_COMMENT = "ممتاز، نتمنى أن تصل المياه إلى قريتنا أيضا قبل الصيف المقبل."

# (tail under the article, text that must leave the body)
COMMENT_SECTIONS = [
    (f"أضف تعليقك\n{OTHER_HEADLINE}\n{OTHER_LEAD}\n", ["أضف تعليقك", "قطاف"]),
    (f"تعليقات القراء\nجميع التعليقات تعبر عن رأي كاتبيها ولا تعبر عن رأي الموقع\n{READER_COMMENT}\n",
     ["تعليقات القراء", "رأي كاتبيها", "قريتنا"]),
    (f"تعليقات الزوار\n{READER_COMMENT}\n", ["تعليقات الزوار", "قريتنا"]),
    (f"اترك تعليقاً\n{READER_COMMENT}\n", ["اترك تعليقاً", "قريتنا"]),
    (f"Leave a comment\n{READER_COMMENT}\n", ["Leave a comment", "قريتنا"]),
    (f"التعليقات المنشورة لا تمثل وجهة نظر الصحيفة\n{READER_COMMENT}\n", ["وجهة نظر الصحيفة", "قريتنا"]),
    # a bare "التعليقات" below the article's close (a share bar)
    (f"شارك الخبر\nالتعليقات (2)\n{READER_COMMENT}\n", ["التعليقات", "قريتنا"]),
]


@table("tail, gone", COMMENT_SECTIONS)
def test_comment_section_ends_the_article(tail, gone):
    cleaned = clean_checked(ARTICLE + tail)
    assert cleaned.title == TITLE and LAST in cleaned.body
    assert all(text not in cleaned.body for text in gone)


def test_comment_words_in_the_text_stay():
    sentence = "وقال إن التعليقات تعبر عن رأي كاتبيها فقط، وإن الوزارة ستدرس كل الشكاوى الواردة إليها."
    reactions = "وتوالت ردود فعل البلديات على افتتاح المحطة، ورحب رؤساؤها بالخطوة ودعوا إلى تعميمها."
    raw = ARTICLE.replace(f"{LEAD}\n", f"{LEAD}\n{sentence}\nالتعليقات\n{reactions}\n", 1)
    cleaned = clean_checked(raw)
    # a bare "التعليقات" in mid-text (no close above it) heads the officials' reactions: only the label goes
    assert sentence in cleaned.body and reactions in cleaned.body and LAST in cleaned.body


def test_comment_prompt_under_the_title_cuts_nothing():
    cleaned = clean_checked(ARTICLE.replace(f"{TITLE}\n", f"{TITLE}\nأضف تعليق\n", 1))
    assert cleaned.title == TITLE and LEAD in cleaned.body and LAST in cleaned.body
    assert "أضف تعليق" not in cleaned.body


# (line under the article, leaves the body)
RULES = [
    ("================ ز.ح", True),
    ("———————— م.ع/ س.ف", True),
    ("================", True),
    ("* * *", True),
    ("------ انتهى ------", True),
    # must not change: a rule before a note of the article
    ("*** ملاحظة: تغلق الطرق المؤدية إلى المحطة من السادسة صباحا حتى الظهر", False),
]


@table("line, leaves", RULES)
def test_separator_rule_and_initials(line, leaves):
    cleaned = clean_checked(ARTICLE + line + "\n")
    assert cleaned.title == TITLE and LAST in cleaned.body
    assert (line not in cleaned.body) == leaves


# (head lines above the article's headline, title)
MASTHEADS = [
    ("ملاعب اليوم\nالرئيسية > أخبار > الكرة المحلية\n", TITLE),
    ("صوت الساحل\nالرئيسية / محليات\n", TITLE),
    ("منبر الجنوب الحر\nالرئيسية | أخبار | بيئة\n", TITLE),
    # must not change: no masthead, a breadcrumb straight above the headline
    ("", TITLE),
    ("الرئيسية > أخبار > محليات\n", TITLE),
]


@table("head, title", MASTHEADS)
def test_short_masthead_over_a_breadcrumb(head, title):
    cleaned = clean_checked(head + ARTICLE)
    assert cleaned.title == title and LEAD in cleaned.body
    assert all(line not in cleaned.body for line in head.split("\n") if line)


# (raw page, title): a real headline of two words stays the title
TWO_WORD_HEADLINES = [
    (f"تحلية المياه\n{BODY}", "تحلية المياه"),
    (f"الرئيسية > أخبار > محليات\nتحلية المياه\n{BODY}", "تحلية المياه"),
    (f"تحلية المياه\nكتب: سامر خليل\n{BODY}", "تحلية المياه"),
]


@table("raw, title", TWO_WORD_HEADLINES)
def test_two_word_headline_stays_the_title(raw, title):
    cleaned = clean_checked(raw)
    assert cleaned.title == title and LEAD in cleaned.body


BULLETIN_HEADLINE = "نشرة جوية خاصة: رياح عاصفة وأمواج عالية على السواحل الشمالية"
BULLETIN_LEAD = ("حذرت مصلحة الأرصاد من رياح عاصفة تصل سرعتها إلى 90 كيلومترا في الساعة، يرافقها ارتفاع الموج "
                 "إلى خمسة أمتار قبالة السواحل الشمالية، من مساء السبت إلى ظهر الأحد.")

# (tail under the article, leaves the body)
GLUED_BULLETINS = [
    (f"{BULLETIN_HEADLINE}\n{BULLETIN_LEAD}\n", True),
    (f"مشاركة\n{BULLETIN_HEADLINE}\n{BULLETIN_LEAD}\n", True),
    (f"مشاركة\nأضف تعليقك\n{BULLETIN_HEADLINE}\n{BULLETIN_LEAD}\n", True),
    # must not change: a subheading and a last paragraph on the same story
    ("خطة لمحطة ثانية في الجنوب\n"
     "وكشف المدير أن الوزارة تدرس إنشاء محطة ثانية لتحلية مياه البحر في مدينة صور لتغطية حاجة القرى.\n", False),
]


@table("tail, leaves", GLUED_BULLETINS)
def test_bulletin_on_another_topic_glued_at_the_foot(tail, leaves):
    cleaned = clean_checked(ARTICLE + tail)
    assert cleaned.title == TITLE and LAST in cleaned.body
    last = tail.strip().split("\n")[-1]
    assert (last not in cleaned.body) == leaves
