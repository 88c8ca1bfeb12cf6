"""Table-driven cases for round 49's cleaning: a related-stories heading under a keyword list printed one tag a line; a
story glued under a related block at the foot, its lead stamped with its day; a read-also marker naming the section its
links come from ("اقرأ أيضاً في «صحة»"); a magazine's menu printed one item a line ("شخصيات", "ذاكرة", "العدد
الجديد"); a font-size widget led by its verb ("تعديل حجم الخط:").

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "ارتفاع صادرات التمور بنسبة 18% خلال الموسم الحالي"
LEAD = ("سجلت صادرات التمور ارتفاعاً بنسبة 18 في المئة خلال الموسم الحالي مقارنة بالموسم الماضي، بحسب بيانات نشرتها "
        "وزارة الفلاحة، التي عزت الزيادة إلى وفرة الإنتاج في واحات الجنوب وتحسن الطلب في الأسواق الأوروبية.")
SECOND = ("وقال المدير العام للتجارة الخارجية إن قيمة الصادرات بلغت 320 مليون دولار، مشيراً إلى أن فرنسا وإيطاليا "
          "وألمانيا استوعبت أكثر من نصف الكميات المصدرة.")
THIRD = ("وتسعى الوزارة إلى رفع الصادرات إلى 500 مليون دولار في أفق 2028، عبر دعم وحدات التبريد والتعبئة وتوسيع "
         "شبكة النقل المبرد نحو الموانئ.")
MASTHEAD = "الواحة اليوم"
MENU = "الرئيسية | سياسة | اقتصاد | رياضة | ثقافة | منوعات"
FOOTER = ("أضف تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
          "© 2025 الواحة اليوم. جميع الحقوق محفوظة")


def _page(*, head=(), under=(), mid=(), foot=(), footer=FOOTER, title: str = TITLE) -> str:
    return "\n".join([MASTHEAD, MENU, *head, title, *under, LEAD, *mid, SECOND, THIRD, *foot, *footer])


def _body_lines(cleaned) -> list[str]:
    return [line for line in cleaned.body.split("\n") if line.strip()]


def _assert_clean(cleaned) -> None:
    assert cleaned.title == TITLE
    assert _body_lines(cleaned) == [LEAD, SECOND, THIRD]


# --- a related heading under a keyword list printed one tag a line ---------------------------------------------------

RELATED_LINKS = (  # other stories' headlines, some as long as a clause and with a figure
    "قفصة: حريق يأتي على 12 هكتاراً من الغابات دون إصابات",
    "الأرصاد: انخفاض في درجات الحرارة وأمطار رعدية بالشمال",
    "المنتخب الوطني يفوز على ضيفه بثلاثة أهداف دون رد",
)
KEYWORD_LISTS = [  # the keyword label, its tags one a line, and maybe the share bar under them
    ("الكلمات المفتاحية:", "التمور", "الصادرات", "وزارة الفلاحة"),
    ("كلمات مفتاحية:", "التمور", "الصادرات", "شارك:", "فيسبوك", "تويتر", "واتساب"),
    ("الوسوم:", "التجارة", "الفلاحة", "شارك الخبر", "فيسبوك", "واتساب"),
    ("كلمات دلالية", "التمور", "التصدير"),
]
RELATED_HEADINGS = ["مقالات ذات صلة", "أخبار ذات صلة", "مواضيع متعلقة", "الأخبار ذات الصلة", "أخبار مشابهة"]


@table("keywords", KEYWORD_LISTS)
def test_a_related_block_under_a_tag_list_is_cut(keywords):
    for heading in RELATED_HEADINGS:
        _assert_clean(clean_checked(_page(foot=(*keywords, heading, *RELATED_LINKS))))
        _assert_clean(clean_checked(_page(foot=(*keywords, heading, *RELATED_LINKS), footer=())))


def test_the_tags_under_their_label_are_still_dropped():
    # must not change: tags one a line with no related block under them, and tags of a clause's length for a list
    for keywords in KEYWORD_LISTS:
        _assert_clean(clean_checked(_page(foot=keywords)))


def test_a_related_block_in_mid_text_keeps_the_article_after_it():
    # must not change: a related heading and its links between two paragraphs, the article going on with a connective
    for heading in RELATED_HEADINGS:
        _assert_clean(clean_checked(_page(mid=(heading, *RELATED_LINKS))))


# --- a story glued under a related block at the foot, its lead stamped with its day -----------------------------------

GLUED_LEADS = [  # another story's lead: a verb, its subject and the day between commas, on another topic, sharing a
    # word or two with the article's lead by chance ("الموسم", "الجنوب", "الأسواق")
    ("فاز فريق نجم الجنوب على مضيفه الملعب التونسي بهدفين لهدف، مساء أمس، لحساب الجولة الخامسة من الموسم الكروي، "
     "ليرتقي إلى المركز الثالث برصيد 11 نقطة."),
    ("قضت المحكمة الابتدائية بقابس، اليوم الخميس، بسجن متهمين اثنين من الجنوب في قضية تهريب سجائر نحو الأسواق "
     "الموازية مدة خمس سنوات، مع تغريم كل منهما عشرين ألف دينار."),
    ("أعلن المعهد الوطني للرصد الجوي، صباح اليوم، عن نشرة خاصة تحذر من رياح قوية تتجاوز سرعتها 90 كلم في الساعة على "
     "السواحل الشمالية والوسطى."),
]


@table("glued", GLUED_LEADS)
def test_a_stamped_lead_under_related_links_at_the_foot_is_another_story(glued):
    for heading in RELATED_HEADINGS:
        _assert_clean(clean_checked(_page(foot=(heading, *RELATED_LINKS, glued))))


OWN_LAST_PARAGRAPHS = [  # must not change: the article's own last paragraph under the links
    # stamped with its day, on the article's topic (its actors and topic words again)
    ("أعلنت وزارة الفلاحة، اليوم الخميس، أن صادرات التمور نحو الأسواق الأوروبية ستتواصل إلى نهاية الموسم الحالي، "
     "مع دعم جديد لوحدات التبريد والتعبئة في واحات الجنوب."),
    # opening with a connective
    ("وكانت صادرات التمور قد تراجعت خلال الموسم الماضي بسبب الجفاف وارتفاع كلفة النقل المبرد نحو الموانئ الأوروبية، "
     "وفق الوزارة."),
]


@table("last", OWN_LAST_PARAGRAPHS)
def test_the_articles_own_last_paragraph_under_related_links_stays(last):
    for heading in RELATED_HEADINGS:
        cleaned = clean_checked(_page(foot=(heading, *RELATED_LINKS, last)))
        assert _body_lines(cleaned) == [LEAD, SECOND, THIRD, last]


def test_a_stamped_lead_in_mid_text_under_related_links_stays():
    # must not change: the article goes on after it (not the page's foot): the stamped paragraph is the article's
    stamped = ("أعلنت الغرفة التجارية، اليوم الخميس، عن تنظيم معرض دولي للتمور في شهر مارس المقبل بمشاركة 40 مصدراً "
               "من عدة دول.")
    raw = "\n".join([MASTHEAD, MENU, TITLE, LEAD, "مقالات ذات صلة", *RELATED_LINKS, stamped, SECOND, THIRD, *FOOTER])
    assert _body_lines(clean_checked(raw)) == [LEAD, stamped, SECOND, THIRD]


# --- a read-also marker naming the section its links come from --------------------------------------------------------

SECTION_MARKERS = [
    "اقرأ أيضاً في «اقتصاد»",
    "اقرأ أيضا في \"صحة\"",
    "طالع أيضاً من «ملفات»",
    "شاهد أيضاً في «تقارير ميدانية»",
    "اقرأ أيضاً في «الاقتصاد»:",
]


@table("marker", SECTION_MARKERS)
def test_the_links_under_a_marker_naming_a_section_go_at_the_foot(marker):
    _assert_clean(clean_checked(_page(foot=(marker, *RELATED_LINKS))))
    newsletter = ("اشترك في النشرة البريدية لتصلك أخبار الاقتصاد كل أسبوع", "البريد الإلكتروني", "اشترك")
    _assert_clean(clean_checked(_page(foot=(marker, *RELATED_LINKS, *newsletter))))


@table("marker", SECTION_MARKERS)
def test_the_links_under_a_marker_naming_a_section_go_in_mid_text(marker):
    _assert_clean(clean_checked(_page(mid=(marker, *RELATED_LINKS))))


NOT_SECTION_MARKERS = [  # must not change: a read-also link whose headline follows the marker on its line
    "اقرأ أيضاً في «الشروق» حوار مع وزير الفلاحة حول أزمة الأعلاف",
    "اقرأ أيضاً: في «قلب العاصفة» رواية جديدة عن حرب الخليج",
]


@table("marker", NOT_SECTION_MARKERS)
def test_a_read_also_link_with_its_headline_keeps_the_article(marker):
    # the link line goes, the article around it stays
    _assert_clean(clean_checked(_page(mid=(marker,))))


# --- a magazine's menu printed one item a line -------------------------------------------------------------------------

MAGAZINE_TITLE = "مئة عام على فيضان وادي الحطب.. ليلة غيّرت وجه القيروان"
MAGAZINE_LEAD = ("في ليلة خريفية من عام 1925 فاض وادي الحطب على أحياء القيروان الشمالية، فغمرت المياه أكثر من 300 منزل "
                 "وأتلفت محاصيل القمح في السهول المحيطة بالمدينة.")
MAGAZINE_SECOND = ("ويروي المؤرخ الهادي بن سالم أن السلطات الاستعمارية تأخرت في إغاثة السكان ثلاثة أيام كاملة، قبل أن "
                   "تقيم مخيمات مؤقتة على أطراف المدينة.")
MAGAZINE_MENUS = [
    ("الرئيسية", "ملفات", "شخصيات", "ذاكرة", "حوارات", "العدد الجديد", "اشترك"),
    ("ملفات", "شخصيات", "ذاكرة", "حوارات", "العدد الجديد"),
    ("الرئيسية", "شخصيات", "ذاكرة", "تحقيقات", "أرشيف الأعداد"),
]


@table("menu", MAGAZINE_MENUS)
def test_a_magazines_menu_one_item_a_line_is_dropped(menu):
    for label in (("ذاكرة",), ("شخصيات",), ()):
        raw = "\n".join(["مدار | Madar", "مجلة التاريخ التونسي", *menu, *label, MAGAZINE_TITLE, "هيئة التحرير",
                         MAGAZINE_LEAD, MAGAZINE_SECOND, "جميع الحقوق محفوظة لمجلة مدار"])
        cleaned = clean_checked(raw)
        assert cleaned.title == MAGAZINE_TITLE
        assert _body_lines(cleaned) == [MAGAZINE_LEAD, MAGAZINE_SECOND]


def test_a_memory_subheading_in_the_text_stays():
    # must not change: a one-word subheading under the headline's lead is the text's
    raw = "\n".join([MASTHEAD, MENU, MAGAZINE_TITLE, MAGAZINE_LEAD, "ذاكرة", MAGAZINE_SECOND])
    cleaned = clean_checked(raw)
    assert cleaned.title == MAGAZINE_TITLE
    assert _body_lines(cleaned) == [MAGAZINE_LEAD, "ذاكرة", MAGAZINE_SECOND]


# --- a font-size widget led by its verb -------------------------------------------------------------------------------

FONT_WIDGETS = [
    "تعديل حجم الخط:",
    "تعديل حجم الخط",
    "تغيير حجم الخط: أ+ أ-",
    "التحكم في حجم الخط",
    "حجم النص: A+ A-",
    "تكبير النص | تصغير النص",
    "حجم الخط:",
    "A+ A-",
    "تكبير الخط",
]


@table("widget", FONT_WIDGETS)
def test_a_font_size_widget_under_the_date_stamp_is_dropped(widget):
    cleaned = clean_checked(_page(under=("12-03-2026 10:15 AM", widget)))
    _assert_clean(cleaned)
    assert cleaned.published == "2026-03-12"
    _assert_clean(clean_checked(_page(under=(widget,))))


NOT_FONT_WIDGETS = [  # must not change: the text on fonts and sizes
    "وأتاح التحديث الجديد للمستخدمين تعديل حجم الخط في التطبيق بعد شكاوى من كبار السن.",
    "تعديل حجم الخط في الكتب المدرسية يثير جدلاً بين المعلمين",
]


@table("line", NOT_FONT_WIDGETS)
def test_a_clause_on_font_sizes_stays(line):
    cleaned = clean_checked(_page(mid=(line,)))
    assert line in _body_lines(cleaned)
