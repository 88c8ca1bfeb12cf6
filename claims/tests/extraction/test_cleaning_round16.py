"""Table-driven cases for round 16: furniture items sharing a line (a reading time, a view counter, a tool
button, the comment section's head, split by bars or dashes), a view counter beside the date, an eye sign for
the word, a masthead of a word and a figure, a read-also marker that names where, an outlet's bare name over a
section path, a donation prompt, and a story glued under the closing prompt with its byline.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "افتتاح مستشفى جامعي جديد في صفاقس بطاقة 400 سرير"
LEAD = ("افتتح وزير الصحة، صباح الإثنين، المستشفى الجامعي الجديد بمدينة صفاقس بطاقة استيعاب تبلغ 400 سرير، "
        "بعد أشغال استمرت أكثر من ست سنوات وبكلفة ناهزت 180 مليون دينار.")
BODY = (
    f"{LEAD}\n\n"
    "وقال مدير المستشفى إن الأقسام الاستعجالية ستفتح أبوابها للمرضى بداية من الأسبوع المقبل، على أن "
    "تلتحق بقية الأقسام تدريجيا قبل نهاية السنة.\n\n"
    "وأضاف أن المستشفى سيخفف الضغط عن مستشفى الحبيب بورقيبة الذي يستقبل يوميا مرضى من ولايات الجنوب، "
    "مشيرا إلى انتداب 350 طبيبا وممرضا.\n\n"
    "وطالبت نقابة الأطباء بتوفير التجهيزات الطبية الناقصة قبل تشغيل قسم الأمراض السرطانية في "
    "المستشفى الجديد.\n"
)
LAST = "المستشفى الجديد."


# (furniture line under the headline)
FURNITURE_LINES = [
    "قراءة: 3 دقائق | 1.247 مشاهدة",
    "مدة القراءة: 5 دقائق · 980 مشاهدة",
    "4 دقائق قراءة | 12 تعليق",
    "عدد القراءات: 412 | طباعة",
    "👁 ٣٬٩٠٢ | طباعة | نسخ الرابط",
    "الزيارات: 2.315 - حجم الخط",
    # one item alone
    "قراءة: 3 دقائق",
    "وقت القراءة: دقيقتان",
    "👁 3,902",
    "👁️ 1.2 ألف",
]


@table("line", FURNITURE_LINES)
def test_furniture_items_sharing_a_line_leave_the_body(line):
    cleaned = clean_checked(f"{TITLE}\n12 أكتوبر 2025\n{line}\n{BODY}")
    assert cleaned.title == TITLE and cleaned.published == "2025-10-12"
    assert line not in cleaned.body and LEAD in cleaned.body and LAST in cleaned.body


# (a line of the text with a bar, a dash or a reading: it must stay)
FURNITURE_NEAR_MISSES = [
    "الأقسام المفتوحة | 1200 مريض في الأسبوع الأول",
    "قراءة في أرقام الميزانية الصحية",
    "3 دقائق من الصمت حدادا على الضحايا",
    "عدد القراءات في المكتبة الجامعية — ارتفاع بنسبة 12 في المئة",
]


@table("line", FURNITURE_NEAR_MISSES)
def test_text_lines_with_bars_and_figures_stay(line):
    paragraph = "وأوضح المدير أن هذه الأرقام تعكس حجم الإقبال على الخدمات الصحية الجديدة في الجهة."
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{line}\n{paragraph}\n")
    assert line in cleaned.body and paragraph in cleaned.body and LAST in cleaned.body


COMMENT = "تعليق: نتمنى أن يتم تشغيل قسم الأمراض السرطانية بسرعة لأن المرضى يتنقلون إلى العاصمة."

# (the comment section's head under the text, items sharing a line)
COMMENT_HEADS = [
    "التعليقات (4) — أضف تعليقك",
    "تعليقات القراء (12) | اترك تعليقاً",
    "أضف تعليقك · التعليقات (0)",
    "التعليقات: 7 | 1.247 مشاهدة",
]


@table("head", COMMENT_HEADS)
def test_comment_section_head_with_its_count_ends_the_article(head):
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{head}\n{COMMENT}\n")
    assert cleaned.title == TITLE and LAST in cleaned.body
    assert head not in cleaned.body and "نتمنى" not in cleaned.body


def test_a_subheading_on_comments_in_the_text_stays():
    subheading = "تعليقات الوزير — ردود النقابة"
    paragraph = "وردت نقابة الأطباء على تعليقات الوزير بالتأكيد على أن نقص التجهيزات يهدد سلامة المرضى."
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{subheading}\n{paragraph}\n")
    assert subheading in cleaned.body and paragraph in cleaned.body


# (date line under the headline with a counter, published)
DATED_COUNTERS = [
    ("٢٠٢٥/١٠/١٢ | 👁 ٣٬٩٠٢", "2025-10-12"),
    ("12/10/2025 | 1.247 مشاهدة", "2025-10-12"),
    ("الأحد 12 أكتوبر 2025 | عدد القراءات: 412", "2025-10-12"),
    ("12 أكتوبر 2025 | 10:40 | المشاهدات: 2,418", "2025-10-12"),
]


@table("line, published", DATED_COUNTERS)
def test_view_counter_beside_the_date_leaves_a_stamp(line, published):
    cleaned = clean_checked(f"{TITLE}\n{line}\n{BODY}")
    assert cleaned.title == TITLE and cleaned.published == published
    assert line not in cleaned.body and LEAD in cleaned.body


def test_a_date_beside_a_name_is_no_stamp():
    line = "12/10/2025 | مستشفى صفاقس"
    cleaned = clean_checked(f"{TITLE}\n{line}\n{BODY}")
    assert cleaned.published is None and line in cleaned.body


# (masthead, line under the headline that credits it, or None)
FIGURE_MASTHEADS = [
    ("شبكة 964", "٩٦٤ - صفاقس"),
    ("راديو 88", "صفاقس - 88"),
    ("قناة 24", None),
    ("صفاقس24", None),
]


@table("masthead, credit_line", FIGURE_MASTHEADS)
def test_masthead_of_a_word_and_a_figure_is_no_headline(masthead, credit_line):
    credit = f"{credit_line}\n" if credit_line else ""
    cleaned = clean_checked(f"{masthead}\nمحليات | صفاقس\n{TITLE}\n{credit}12 أكتوبر 2025\n{BODY}")
    assert cleaned.title == TITLE and cleaned.published == "2025-10-12"
    assert masthead not in cleaned.body and "محليات" not in cleaned.body and LEAD in cleaned.body
    assert credit_line is None or credit_line not in cleaned.body


def test_a_headline_with_a_figure_stays_the_title():
    title = "ارتفاع عدد أسرة المستشفيات في صفاقس إلى 964 سريرا"
    cleaned = clean_checked(f"{title}\n{BODY}")
    assert cleaned.title == title and LEAD in cleaned.body


# (read-also marker naming where, with its links)
PLACED_MARKERS = [
    "اقرأ أيضاً في ٩٦٤:",
    "شاهد أيضا على موقعنا:",
    "اقرأ أيضا في الموقع:",
]


@table("marker", PLACED_MARKERS)
def test_read_also_marker_that_names_where_heads_its_links(marker):
    links = "• الحماية المدنية تحذر من موجة حر جديدة في الجنوب\n• بالفيديو: طوابير أمام محطات الوقود في قابس"
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{marker}\n{links}\n")
    assert cleaned.title == TITLE and LAST in cleaned.body
    assert "موجة حر" not in cleaned.body and "طوابير" not in cleaned.body and marker not in cleaned.body


def test_read_also_line_with_a_headline_after_a_preposition_stays_a_link():
    line = "اقرأ أيضا في صفاقس: نقص الأدوية يربك الصيدليات"
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{line}\n")
    assert line not in cleaned.body and LAST in cleaned.body


# (first lines of the page over the headline)
OUTLET_OVER_PATH = [
    "البلاد.نت\nالجزائر | الوطن",
    "عرب نيوز\nتونس | صفاقس",
    "صحيفة الصباح الجديد\nالجهات | الجنوب",
]


@table("head", OUTLET_OVER_PATH)
def test_section_path_under_an_outlets_bare_name_is_no_headline(head):
    cleaned = clean_checked(f"{head}\n{TITLE}\n{BODY}")
    assert cleaned.title == TITLE and LEAD in cleaned.body
    assert head.split("\n")[1] not in cleaned.body


def test_a_headline_with_a_bar_under_an_outlet_stays_the_title():
    headline = "النجم | الصفاقسي"
    cleaned = clean_checked(f"عرب نيوز\n{headline}\n{BODY}")
    assert cleaned.title == headline and LEAD in cleaned.body


OTHER_HEADLINE = "الدينار يتراجع أمام اليورو في السوق الموازية"
OTHER_LEAD = ("سجل الدينار، اليوم الإثنين، تراجعا جديدا أمام العملة الأوروبية في السوق الموازية، إذ بلغ سعر "
              "البيع نحو 260 دينارا لليورو الواحد، وفق متعاملين في ساحة بور سعيد.")

# (closing line under the text)
DONATION_PROMPTS = [
    "ادعم الصحافة المستقلة — تبرّع لـ«المرصد»",
    "ادعموا صحافتنا المستقلة",
    "تبرع الآن لدعم الموقع",
    "Support independent journalism",
]


@table("prompt", DONATION_PROMPTS)
def test_donation_prompt_closes_the_article(prompt):
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{prompt}\n\n{OTHER_HEADLINE}\n{OTHER_LEAD}\n")
    assert cleaned.title == TITLE and LAST in cleaned.body
    assert prompt not in cleaned.body and "الدينار" not in cleaned.body


# (line in the text: it must stay)
DONATION_NEAR_MISSES = [
    "ادعم المنتخب الوطني",
    "دعم الصحافة المستقلة ضرورة",
    "تبرع بالدم لإنقاذ المرضى",
]


@table("line", DONATION_NEAR_MISSES)
def test_slogans_and_subheadings_on_support_stay(line):
    paragraph = "وأطلقت جمعيات المجتمع المدني في صفاقس حملة للتبرع بالدم لفائدة مرضى المستشفى الجديد."
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{line}\n{paragraph}\n")
    assert line in cleaned.body and paragraph in cleaned.body


# (closing prompt, byline of the glued story)
GLUED_UNDER_THE_CLOSE = [
    ("تابعوا المرصد على تطبيق واتساب", "تونس - المرصد"),
    ("تابعوا المرصد على تطبيق واتساب", "كتب: سامي الحداد"),
    ("الكلمات المفتاحية: صفاقس، المستشفى", "تونس - وات"),
]


@table("prompt, byline", GLUED_UNDER_THE_CLOSE)
def test_story_with_a_byline_under_the_closing_prompt_is_cut(prompt, byline):
    cleaned = clean_checked(f"{TITLE}\n{BODY}\n{prompt}\n\n{OTHER_HEADLINE}\n{byline}\n{OTHER_LEAD}\n")
    assert cleaned.title == TITLE and LAST in cleaned.body
    assert OTHER_HEADLINE not in cleaned.body and "الدينار" not in cleaned.body


def test_subheading_under_a_mid_text_prompt_stays():
    subheading = "نقص التجهيزات"
    paragraph = ("وأوضح مدير المستشفى أن قسم الأمراض السرطانية ينتظر وصول جهاز العلاج بالأشعة، مشيرا إلى أن "
                 "الصفقة أبرمت منذ أشهر.")
    cleaned = clean_checked(f"{TITLE}\n{BODY}\nتابعوا المرصد على تطبيق واتساب\n{subheading}\n{paragraph}\n")
    assert subheading in cleaned.body and paragraph in cleaned.body
