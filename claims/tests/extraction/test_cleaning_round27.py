"""Table-driven cases for round 27: widgets and glued blocks left in the body, head lines taken for the headline, and
an outlet's own name taken for the credit.

- Widgets dropped wherever they sit: a currency converter (its heading, "1 <currency> = <figure> <currency>" rows and
  the rates' stamp), a note that the page exists in another language, a photo gallery's counter ("(1 / 6)") and
  pager ("‹ السابق | التالي ›"), a donation box's heading and button ("ادعم المنصة", "ادعمنا الآن"), an aggregator's
  link back to its source ("اقرأ الخبر من المصدر"), and an embedded social post (from the account's name and handle
  down to "عرض المنشور على X").
- A results table printed one match a line, with its heading, is dropped; a story glued under it is cut.
- Below the article: an author box ("عن الكاتب") ends it; so does a live blog's list ("تغطية مباشرة | آخر التحديثات")
  and a related-videos carousel ("فيديوهات ذات صلة").

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "الأمطار الغزيرة تغلق طرقا جبلية في إقليم الحسيمة وتعزل دواوير نائية"
LEAD = ("أغلقت الأمطار الغزيرة التي تهاطلت، ليلة أمس الجمعة، عددا من الطرق الجبلية في إقليم الحسيمة، ما أدى إلى عزل "
        "دواوير نائية عن مراكز الجماعات، وفق ما أفادت به السلطات المحلية.")
SECOND = ("وأوضحت المديرية الإقليمية للتجهيز أن فرقها أعادت فتح 9 مقاطع طرقية حتى صباح اليوم، وأن التساقطات بلغت 95 ملم "
          "في بعض المناطق خلال ساعات، مشيرة إلى انهيار جزئي لقنطرتين.")
THIRD = ("وقال رئيس جماعة تارجيست إن السلطات ستوزع مساعدات غذائية على الأسر المعزولة مطلع الأسبوع المقبل، داعيا السكان "
         "إلى تجنب عبور الأودية.")


def page(*head: str, title: str = TITLE, middle: str = "", foot: str = "") -> str:
    return "\n".join([*head, "", title, "", LEAD, "", SECOND, "", middle, "", THIRD, "", foot])


def assert_article_kept(cleaned) -> None:
    assert cleaned.title == TITLE
    for paragraph in (LEAD, SECOND, THIRD):
        assert paragraph in cleaned.body


# --- widgets dropped wherever they sit -----------------------------------------------------------------------------

WIDGETS = [
    "محوّل العملات\n1 دولار أمريكي = 10,05 درهم مغربي\n1 يورو = 10,92 درهم مغربي\nآخر تحديث للأسعار: 09:15",
    "هذا المقال متاح أيضاً بالفرنسية",
    "هذه المادة متوفرة أيضا بـ English",
    "معرض الصور (2 / 9)",
    "‹ السابق | التالي ›",
    "ادعم المنصة\nادعمنا الآن",
    "اقرأ الخبر من المصدر",
]


@table("widget", WIDGETS)
def test_a_widget_leaves_the_body(widget):
    for raw in (page(middle=widget), page(foot=widget)):
        cleaned = clean_checked(raw)
        for line in widget.splitlines():
            assert line not in cleaned.body
        assert_article_kept(cleaned)


@table("widget", ["هذا المقال متاح أيضاً بالفرنسية", "معرض الصور (1 / 4)", "محوّل العملات"])
def test_a_widget_over_the_headline_is_no_headline(widget):
    cleaned = clean_checked(page("هسبريس", widget))
    assert_article_kept(cleaned)
    assert widget not in cleaned.body


KEPT_WIDGET_LIKE = [
    # must not change: sentences that state a rate, a language, a gallery or support
    "وبلغ سعر صرف الدولار 10,05 دراهم في تعاملات الجمعة، بحسب بنك المغرب.",
    "وقال المسؤول إن هذا التقرير متاح أيضا باللغة الأمازيغية على موقع الوزارة.",
    "وافتتح معرض الصور الفوتوغرافية في الحسيمة أبوابه أمس بمشاركة 6 مصورين.",
    "ادعم المنتخب الوطني",
    "وطالب السكان السلطات بأن تدعم المنصة الرقمية للتبليغ عن الطرق المقطوعة.",
    "وأكد أن السابق والتالي من المشاريع سيخضعان للمراقبة نفسها.",
]


@table("line", KEPT_WIDGET_LIKE)
def test_a_sentence_shaped_like_a_widget_stays(line):
    cleaned = clean_checked(page(middle=line))
    assert line in cleaned.body
    assert_article_kept(cleaned)


# --- an embedded social post ---------------------------------------------------------------------------------------

EMBED = ("وزارة التجهيز والماء\n@Equipement_ma\nفرق الوزارة تعيد فتح الطريق الوطنية رقم 2 بعد انجراف التربة.\n"
         "8:40 ص · 21 فبراير 2026\nعرض المنشور على X")


def test_an_embedded_post_leaves_the_body():
    cleaned = clean_checked(page(middle=EMBED))
    for line in EMBED.splitlines():
        assert line not in cleaned.body
    assert_article_kept(cleaned)


def test_a_post_quoted_in_a_sentence_stays():
    line = "وكتبت الوزارة على حسابها في منصة X أن فرقها أعادت فتح الطريق الوطنية رقم 2 بعد انجراف التربة."
    cleaned = clean_checked(page(middle=line))
    assert line in cleaned.body


# --- a results table, and a story glued under it ------------------------------------------------------------------

SCORES = "نتائج الجولة 20 من البطولة الاحترافية\nالرجاء 1 – 0 الوداد\nنهضة بركان 2 – 2 الجيش الملكي\nجدول الترتيب الكامل ›"
GLUED = ("وزارة الصحة تطلق حملة تلقيح ضد الحصبة في المدارس\n"
         "أطلقت وزارة الصحة والحماية الاجتماعية، أمس الخميس، حملة وطنية للتلقيح ضد الحصبة تستهدف تلاميذ المدارس "
         "الابتدائية، في إطار مواجهة ارتفاع الإصابات خلال الأشهر الأخيرة.")


def test_a_results_table_and_the_story_under_it_leave_the_body():
    cleaned = clean_checked(page(foot=f"{SCORES}\n\n{GLUED}"))
    for line in (*SCORES.splitlines(), *GLUED.splitlines()):
        assert line not in cleaned.body
    assert_article_kept(cleaned)


def test_a_match_report_with_one_scoreline_subheading_stays():
    report = "الرجاء 1 – 0 الوداد\nوسجل المهاجم هدف المباراة الوحيد في الدقيقة 70 من ضربة جزاء."
    cleaned = clean_checked(page(middle=report))
    assert "وسجل المهاجم هدف المباراة الوحيد" in cleaned.body


# --- blocks that end the article -----------------------------------------------------------------------------------

ENDINGS = [
    "عن الكاتب\nسعاد المرابط\nصحفية بمكتب الجريدة في الحسيمة منذ 2015، تغطي الشؤون المحلية.\nمقالات أخرى للكاتبة",
    "تغطية مباشرة | آخر التحديثات\n10:12 | توقيف شبكة لتهريب السجائر في الناظور\n09:50 | ارتفاع أسعار الخضر\n"
    "عرض كل التحديثات",
    "فيديوهات ذات صلة\n▶ لحظة فتح الطريق بين الحسيمة وتطوان | 01:25\n▶ الأمطار تغمر سوق إمزورن | 02:10",
]


@table("ending", ENDINGS)
def test_a_block_under_the_article_is_cut(ending):
    cleaned = clean_checked(page(foot=ending))
    for line in ending.splitlines():
        assert line not in cleaned.body
    assert_article_kept(cleaned)


def test_about_the_writer_in_a_sentence_stays():
    line = "وتحدث الكاتب عن الكاتب الراحل محمد شكري في ندوة بالحسيمة."
    cleaned = clean_checked(page(middle=line))
    assert line in cleaned.body


# --- a story of two paragraphs glued under the closing prompt ---------------------------------------------------------

APP_PROMPT = "حمّل تطبيق الموقع وتوصّل بآخر الأخبار لحظة بلحظة"
GLUED_TWO = ("حجز أطنان من السمك الفاسد بسوق الجملة في أكادير\n"
             "تمكنت لجنة المراقبة الصحية بأكادير، صباح أمس الأربعاء، من حجز كميات كبيرة من السمك غير الصالح "
             "للاستهلاك داخل مستودع تبريد بسوق الجملة، بعد شكايات متكررة من التجار.\n"
             "وأسفرت العملية عن إتلاف 2 طن من السردين والميرلا، وتحرير محاضر في حق المخالفين.")


def test_a_two_paragraph_story_under_the_closing_prompt_is_cut():
    cleaned = clean_checked(page(foot=f"{APP_PROMPT}\n{GLUED_TWO}"))
    for line in GLUED_TWO.splitlines():
        assert line not in cleaned.body
    assert_article_kept(cleaned)


def test_a_subheading_on_the_same_story_under_a_prompt_stays():
    # must not change: the article goes on under a mid-text prompt with its own places and words
    more = ("الطرق المقطوعة في إقليم الحسيمة\n"
            "وأكدت السلطات المحلية في إقليم الحسيمة أن الطرق الجبلية المقطوعة ستفتح تباعا بعد توقف الأمطار، "
            "وأن الدواوير المعزولة ستتلقى المساعدات.\n"
            "وأضافت أن فرق التجهيز تعمل على إزالة الأتربة من الطرق.")
    cleaned = clean_checked(page(foot=f"{APP_PROMPT}\n{more}"))
    for line in more.splitlines():
        assert line in cleaned.body


# --- a donation box: heading, pitch, button ---------------------------------------------------------------------------

def test_a_donation_box_leaves_the_body():
    box = ("ادعم الصحافة المستقلة\nموقعنا مؤسسة إعلامية مستقلة لا تتلقى أي تمويل حكومي. ساهم في استمرارنا باشتراك شهري "
           "يبدأ من 50 درهما.\nادعمنا الآن")
    cleaned = clean_checked(page(foot=box))
    for line in box.splitlines():
        assert line not in cleaned.body
    assert_article_kept(cleaned)


def test_a_paragraph_under_a_lone_donation_prompt_stays():
    # must not change: with no button under it, the paragraph after the prompt is the article's
    line = "وأكد رئيس الجماعة أن الأسر المتضررة ستتلقى دعما بقيمة 2000 درهم لكل أسرة."
    cleaned = clean_checked(page(middle=f"ادعم الصحافة المستقلة\n{line}"))
    assert line in cleaned.body


# --- the outlet's name over the headline ------------------------------------------------------------------------------

QUOTED = ("وقال رئيس جماعة تارجيست لـ«الريف 24» إن السلطات ستوزع مساعدات غذائية على الأسر المعزولة مطلع الأسبوع "
          "المقبل، داعيا السكان إلى تجنب عبور الأودية.")


def outlet_page(*head: str) -> str:
    return "\n".join([*head, "", TITLE, "", LEAD, "", SECOND, "", QUOTED])


@table("head", [
    ("الريف 24",),  # the name a source speaks to in the text, even with a digit
    ("طنجة 18° مشمس | تطوان 16°", "إمساكية رمضان – الحسيمة: الإمساك 05:40 | المغرب 18:55", "الريف 24", "جهات | الشمال"),
    ("قناة الريف | الموقع الرسمي",),  # the name beside "the official site"
    ("الريف", "قناة الريف | الموقع الرسمي", "جهات"),
])
def test_the_outlets_name_is_no_headline(head):
    cleaned = clean_checked(outlet_page(*head))
    assert cleaned.title == TITLE
    assert LEAD in cleaned.body and QUOTED in cleaned.body


@table("headline", [
    # must not change: a short headline with a digit the text does not quote as an outlet, a headline with a bar
    "الحسيمة 24 ساعة تحت الأمطار",
    "الريف | الموقع الرسمي للجماعة يتوقف بعد الأمطار",
])
def test_a_short_headline_stays(headline):
    raw = "\n".join([headline, "", LEAD, "", SECOND, "", QUOTED])
    assert clean_checked(raw).title == headline


# --- the outlet's own dateline and a wire credit at the foot ------------------------------------------------------------

def test_a_wire_credit_at_the_foot_beats_the_outlets_own_dateline():
    raw = "\n".join(["صوت الريف", "", TITLE, "", "صوت الريف – الحسيمة", "", LEAD, "", SECOND, "", "(وكالات)"])
    cleaned = clean_checked(raw)
    assert cleaned.source_credit == "وكالات"
    assert cleaned.title == TITLE


def test_the_outlets_own_dateline_credits_it_with_no_wire_credit():
    # must not change: with nothing at the foot the outlet's dateline stays the credit
    raw = "\n".join(["صوت الريف", "", TITLE, "", "صوت الريف – الحسيمة", "", LEAD, "", SECOND])
    assert clean_checked(raw).source_credit == "صوت الريف"
