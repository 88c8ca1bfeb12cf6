"""Table-driven cases for round 48's cleaning and metadata: a newsletter box (its heading, its pitch to the reader's
mailbox, its field) over the headline, in mid-text or at the foot; a section label beside the page's age ("سياسة | منذ 3
ساعات") and a labelled age ("آخر تحديث: منذ 5 دقائق"); an update stamp whose date parts a colon splits
("تحديث: 2025:09:02.15:40").

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "الحكومة ترفع أسعار الخبز المدعوم بنسبة 10% اعتباراً من الشهر المقبل"
LEAD = ("قررت الحكومة رفع أسعار الخبز المدعوم بنسبة 10 في المئة اعتباراً من مطلع الشهر المقبل، في خطوة قالت "
        "إنها تهدف إلى تقليص عجز الموازنة العامة الذي تجاوز التوقعات خلال النصف الأول من العام.")
SECOND = ("وقال وزير التموين في مؤتمر صحفي إن الدعم سيبقى قائماً للأسر الأشد فقراً، مشيراً إلى أن البطاقات "
          "التموينية ستشمل مليوني أسرة إضافية قبل نهاية السنة الجارية.")
THIRD = ("ويأتي القرار بعد أشهر من ارتفاع أسعار القمح في الأسواق العالمية، وتراجع احتياطي البلاد من العملة "
         "الصعبة إلى أدنى مستوى له منذ خمس سنوات.")
MASTHEAD = "الوطن اليوم"
MENU = "الرئيسية | سياسة | اقتصاد | رياضة | ثقافة | منوعات"


def _page(head=(), under=(), mid=(), foot=(), *, title: str = TITLE, second: str = SECOND) -> str:
    return "\n".join([MASTHEAD, MENU, *head, title, *under, "", LEAD, "", *mid, "", second, "", THIRD, "", *foot])


def _body_lines(cleaned) -> list[str]:
    return [line for line in cleaned.body.split("\n") if line.strip()]


def _assert_clean(cleaned, *, second: str = SECOND) -> None:
    assert cleaned.title == TITLE
    assert _body_lines(cleaned) == [LEAD, second, THIRD]


# --- a newsletter box ------------------------------------------------------------------------------------------------

NEWSLETTER_LINES = [  # one line of the box: its heading, its pitch to the reader's mailbox, its field
    "النشرة البريدية: توصل بأهم أخبار الرياضة كل مساء في بريدك",
    "النشرة البريدية",
    "نشرتنا البريدية: ملخص اليوم في دقيقتين",
    "القائمة البريدية",
    "Newsletter",
    "توصل بآخر مستجدات الطقس كل صباح في بريدك",
    "سجل بريدك الإلكتروني ليصلك كل جديد عن المحاكم",
    "سجّل بريدك الإلكتروني وتوصل بالنشرة الصحية الأسبوعية",
    "أدخل بريدك الإلكتروني",
    "احصل على أهم أخبار التجارة مباشرة في بريدك الإلكتروني",
    "ليصلك أهم ما تنشره الصحيفة على بريدك الإلكتروني",
    "اشترك ليصلك ملخص الأسبوع إلى بريدك",
    "توصلوا بنشرتنا الرياضية في بريدكم كل يوم جمعة",
    "كن أول من يعرف: سجل بريدك الإلكتروني لتصلك آخر أخبار الدوري",
    "النشرة الإخبارية: أهم أخبار اليوم في بريدك كل مساء",
    "Get the day's top stories in your inbox",
]


@table("line", NEWSLETTER_LINES)
def test_a_newsletter_line_over_the_headline_is_no_title(line):
    for head in ((line,), (line, "تحليل"), (line, "اقتصاد")):
        cleaned = clean_checked(_page(head))
        _assert_clean(cleaned)


@table("line", NEWSLETTER_LINES)
def test_a_newsletter_line_in_mid_text_or_at_the_foot_is_dropped(line):
    _assert_clean(clean_checked(_page(mid=(line,))))
    _assert_clean(clean_checked(_page(foot=(line,))))


NEWSLETTER_BOXES = [  # a whole box, heading, pitch, field and button
    ("النشرة البريدية", "سجل بريدك الإلكتروني ليصلك كل جديد", "اشترك"),
    ("النشرة الإخبارية", "احصل على أهم الأخبار مباشرة في بريدك الإلكتروني", "أدخل بريدك الإلكتروني", "اشترك الآن"),
    ("نشرتنا اليومية", "توصل بأهم العناوين كل صباح في بريدك", "اشترك"),
]


@table("box", NEWSLETTER_BOXES)
def test_a_newsletter_box_is_dropped_wherever_it_stands(box):
    _assert_clean(clean_checked(_page(head=box)))
    _assert_clean(clean_checked(_page(mid=box)))
    _assert_clean(clean_checked(_page(foot=box)))


def test_the_headlines_figure_stays_out_of_the_body_under_a_newsletter_line():
    # the headline, a genre label over it and a newsletter line over that: the headline is the title, not the body's
    cleaned = clean_checked(_page(("الخميس 12 مارس 2026", "النشرة البريدية: توصل بأهم الأخبار الاقتصادية كل صباح في بريدك",
                                   "تحليل")))
    _assert_clean(cleaned)
    assert cleaned.published == "2026-03-12"


NOT_NEWSLETTER_LINES = [  # must not change: news of mail and of receiving, bulletins that are no box
    "وتوصلت المديرية بأكثر من 300 شكاية من المواطنين خلال الأسبوع الماضي حول انقطاع المياه.",
    "وأكد المدعي العام أن رسالة التهديد وصلت إلى بريده الإلكتروني قبل يومين من الجلسة.",
    "سجل المنتخب ثلاثة أهداف في الشوط الثاني",
    "واشترك في السباق أكثر من 300 عداء من عشرين دولة.",
    "وقال مدير المدرسة: \"سجل بريدك في المنصة لتصلك نتائج الامتحانات\"، داعياً الطلبة إلى الإسراع.",
    "النشرة الجوية: أمطار رعدية مرتقبة على المرتفعات",
    "البريد يطلق خدمة جديدة لتوصيل الطرود",
    "توصل الطرفان إلى اتفاق لوقف إطلاق النار",
    "سجل بريدك الإلكتروني ورقم هاتفك في منصة الدعم ثم اختر نوع المنحة",
    "احصل على شهادة التلقيح من بريدك الإلكتروني بعد يومين من الجرعة",
    "وقال مدير المدرسة: سجل بريدك في المنصة ليصلك كل جديد عن الامتحانات",
]


@table("line", NOT_NEWSLETTER_LINES)
def test_news_of_mail_or_of_receiving_stays(line):
    second = SECOND + "\n" + line
    cleaned = clean_checked(_page(second=second))
    assert cleaned.title == TITLE
    assert line in _body_lines(cleaned)


@table("headline", ["النشرة الجوية: أمطار رعدية مرتقبة على المرتفعات وانخفاض في درجات الحرارة",
                    "توصل الطرفان إلى اتفاق لوقف إطلاق النار في الجنوب",
                    "النشرة الإخبارية: الحكومة تستقيل والرئيس يكلف وزير المالية بتصريف الأعمال"])
def test_a_headline_opening_like_a_box_stays_the_title(headline):
    cleaned = clean_checked(_page(title=headline))
    assert cleaned.title == headline


# --- a section label beside the page's age, a labelled age -----------------------------------------------------------

AGE_LINES = [
    "رياضة | منذ 3 ساعات",
    "اقتصاد | منذ ساعتين",
    "محليات - قبل 3 ساعات",
    "صحة • منذ يومين",
    "أخبار عربية | منذ 45 دقيقة",
    "منذ 3 ساعات | سياسة",
    "آخر تحديث: منذ 5 دقائق",
    "آخر تحديث منذ ساعة",
    "نشر منذ 4 ساعات",
    "تم النشر: قبل يومين",
    "منذ ساعتين",
    "منذ 12 ساعة",
    "اقتصاد | منذ أسبوع",
    "رياضة - قبل 3 أشهر",
]


@table("line", AGE_LINES)
def test_a_section_label_and_the_pages_age_are_furniture(line):
    _assert_clean(clean_checked(_page(under=(line,))))
    _assert_clean(clean_checked(_page(head=(line,))))
    _assert_clean(clean_checked(_page(under=(line, "A A A"))))


NOT_AGE_LINES = [  # must not change: a clause on a time long past, a name beside an age, a headline beside one
    "وقال الوزير إن الأسعار لم ترتفع منذ 3 سنوات.",
    "مستشفى المدينة | منذ 3 ساعات بلا كهرباء",
    "منذ ساعتين والطوابير أمام المخابز",
]


@table("line", NOT_AGE_LINES)
def test_a_clause_with_an_age_stays(line):
    second = SECOND + "\n" + line
    cleaned = clean_checked(_page(second=second))
    assert line in _body_lines(cleaned)


@table("stamp", ["12 مارس 2026 | آخر تحديث: منذ 5 دقائق", "12 مارس 2026 - منذ 3 ساعات", "2026/03/12 • منذ يومين"])
def test_the_date_beside_the_pages_age_is_read(stamp):
    cleaned = clean_checked(_page(under=(stamp,)))
    _assert_clean(cleaned)
    assert cleaned.published == "2026-03-12"


# --- an update stamp with colon-separated date parts ------------------------------------------------------------------

COLON_STAMPS = [  # (the stamp, the date)
    ("تحديث: 2025:09:02.15:40", "2025-09-02"),
    ("آخر تحديث: 2026:03:12 09:12", "2026-03-12"),
    ("2026:03:12.09:12", "2026-03-12"),
]


@table("stamp, published", COLON_STAMPS)
def test_an_update_stamp_with_colons_is_read_and_dropped(stamp, published):
    for head in ((stamp,), ()):
        cleaned = clean_checked(_page(head, under=(stamp,)))
        _assert_clean(cleaned)
        assert cleaned.published == published


NOT_COLON_STAMPS = [  # must not change: a score and clock times are no date
    "النتيجة النهائية 2025:09",
    "وانطلقت المباراة عند الساعة 20:15:30 بتوقيت مكة وانتهت بفوز الفريق الضيف.",
]


@table("line", NOT_COLON_STAMPS)
def test_colons_that_split_no_date_stay(line):
    second = SECOND + "\n" + line
    cleaned = clean_checked(_page(second=second))
    assert line in _body_lines(cleaned)
    assert cleaned.published is None
