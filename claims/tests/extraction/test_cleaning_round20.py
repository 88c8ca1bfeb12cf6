"""Table-driven cases for round 20: an outlet's tagline printed with its masthead ("صحيفة عربية مستقلة": it is
neither the title nor the credit, and the masthead above or beside it is no title), and a source line whose label
a bar or a slash splits from the name ("المصدر | وكالة الأنباء …", "المصدر / وكالات"); and page furniture
found in round 20's cleaned bodies: an outlet credit closed by an exclusive tag ("تعز - الصحوة نت - خاص"), bylines
("كتب <name>" over the lead, "<name> - <city of two words>" over the date), share buttons' text ("اضغط
للمشاركة على فيسبوك"), and tags run together under a bare keywords label.

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
    "الازدحام في ساعات الذروة.\n"
)


# (masthead lines: a name and the outlet's tagline, on two lines in either order or on one)
TAGLINE_HEADS = [
    "صوت الشمال\nصحيفة إلكترونية مستقلة",
    "الميزان\nجريدة يومية سياسية شاملة",
    "نبض الساحل\nموقع إخباري مستقل",
    "الرقيب\nيومية وطنية مستقلة",
    "صحيفة عربية مستقلة\nالأفق اليوم",
    "مرايا الجنوب\nمجلة ثقافية شهرية",
    "الميزان | صحيفة إلكترونية مستقلة",
    "بوابة الواحة - منصة إخبارية رقمية",
]


@table("head", TAGLINE_HEADS)
def test_masthead_and_tagline_are_neither_title_nor_credit(head):
    cleaned = clean_checked(f"{head}\n{TITLE}\n{BODY}")
    assert cleaned.title == TITLE
    assert cleaned.source_credit is None
    assert TITLE not in cleaned.body and cleaned.body.startswith(LEAD)
    for line in head.split("\n"):
        assert line not in cleaned.body


@table(("head", "dateline", "credit"), [
    ("صوت الشمال\nصحيفة إلكترونية مستقلة", "تونس (رويترز) - ", "رويترز"),
    ("الرقيب\nيومية وطنية مستقلة", "المنامة - (أ.ف.ب) - ", "أ.ف.ب"),
    ("الميزان\nجريدة يومية سياسية شاملة", "نيامي - أ ف ب - ", "أ ف ب"),
    ("نبض الساحل\nموقع إخباري مستقل", "الدوحة - (وكالات) - ", "وكالات"),
])
def test_under_a_tagline_the_wire_dateline_gives_the_credit(head, dateline, credit):
    cleaned = clean_checked(f"{head}\n{TITLE}\n{dateline}{BODY}")
    assert cleaned.title == TITLE
    assert cleaned.source_credit == credit
    assert cleaned.body.startswith(dateline.strip())


# (an outlet's name after its kind still credits the story; a headline about an outlet stays the title)
@table(("line", "credit"), [
    ("بغداد - صحيفة الصباح الجديد", "صحيفة الصباح الجديد"),
    ("صحيفة سبق", "صحيفة سبق"),
    ("الرياض - جريدة الرياض", "جريدة الرياض"),
    ("وكالة الأنباء الكويتية", "وكالة الأنباء الكويتية"),
])
def test_an_outlet_named_after_its_kind_is_still_the_credit(line, credit):
    cleaned = clean_checked(f"{TITLE}\n{line}\n{BODY}")
    assert cleaned.title == TITLE
    assert cleaned.source_credit == credit


TAGLINE_NEAR_MISSES = [
    "صحيفة بريطانية تكشف تفاصيل صفقة السلاح الجديدة",
    "موقع أثري جديد في الصحراء الغربية",
    "صحيفة أمريكية: واشنطن تدرس سحب قواتها من القاعدة",
    "قناة مائية جديدة تربط البحيرة بالنهر",
    "مجلة علمية تنشر دراسة عن الجفاف",
]


@table("headline", TAGLINE_NEAR_MISSES)
def test_headline_about_an_outlet_stays_the_title(headline):
    cleaned = clean_checked(f"{headline}\n{BODY}")
    assert cleaned.title == headline
    assert cleaned.body.startswith(LEAD)


@table("headline", TAGLINE_NEAR_MISSES)
def test_headline_about_an_outlet_under_a_masthead_stays_the_title(headline):
    cleaned = clean_checked(f"صوت الشمال\nصحيفة إلكترونية مستقلة\n{headline}\n{BODY}")
    assert cleaned.title == headline


# (a source line whose label a bar or a slash splits from the name, under the title or under the text)
@table(("line", "credit"), [
    ("المصدر | وكالة الأنباء السودانية", "وكالة الأنباء السودانية"),
    ("المصدر / وكالات", "وكالات"),
    ("المصدر/ الإذاعة الوطنية", "الإذاعة الوطنية"),
    ("المصادر | رويترز + الأناضول", "رويترز + الأناضول"),
    ("Source | Reuters", "Reuters"),
])
def test_source_line_split_by_a_bar_or_a_slash_is_read(line, credit):
    for raw in (f"{TITLE}\n{line}\n{BODY}", f"{TITLE}\n{BODY}{line}\n"):
        cleaned = clean_checked(raw)
        assert cleaned.title == TITLE
        assert cleaned.source_credit == credit
        assert line not in cleaned.body and LEAD in cleaned.body


SOURCE_NEAR_MISSES = [
    "المصدر الرئيسي للدخل هو النفط بحسب تقرير البنك المركزي.",
    "المصدر أكد أن الاجتماع سيعقد الأسبوع المقبل في العاصمة.",
    "المصادر الطبية في المستشفى أكدت وصول 12 مصابا.",
]


@table("sentence", SOURCE_NEAR_MISSES)
def test_sentence_opening_with_the_word_source_stays(sentence):
    cleaned = clean_checked(f"{TITLE}\n{LEAD}\n\n{sentence}\n")
    assert sentence in cleaned.body
    assert cleaned.source_credit is None


# A longer article: a byline is told from a subtitle by naming what the text never names again.
LONG_BODY = BODY + (
    "وأوضح المهندس المشرف على المشروع أن الأعمال استمرت ثلاث سنوات بمشاركة أكثر من 900 عامل، وأن الجسر "
    "صمم ليتحمل الفيضانات الموسمية والزلازل المتوسطة.\n\n"
    "ومن المنتظر أن تفتتح البلدية في الصيف المقبل ممرا للدراجات والمشاة على جانبي الجسر، إضافة إلى محطة "
    "للحافلات عند المدخل الشرقي تخدم سكان الأحياء الجديدة.\n"
)


# (the credit of the page's outlet under the title, closed by an exclusive tag)
@table(("line", "credit"), [
    ("المكلا - الشرق نت - خاص", "الشرق نت"),
    ("سبها – صحيفة الواحة – حصري", "صحيفة الواحة"),
    ("الحديدة / صدى نيوز / خاص", "صدى نيوز"),
])
def test_outlet_credit_with_an_exclusive_tag_is_read(line, credit):
    cleaned = clean_checked(f"{TITLE}\n{line}\n{BODY}")
    assert cleaned.title == TITLE and cleaned.source_credit == credit
    assert line not in cleaned.body and cleaned.body.startswith(LEAD)


# (bylines under the title: "كتب <name>" over the lead, "<name> - <city of two words>" over the date)
@table("byline", ["كتب سامي نصر", "كتبت ليلى حداد", "بقلم يوسف بن عمر"])
def test_written_by_line_over_the_lead_is_dropped(byline):
    cleaned = clean_checked(f"{TITLE}\n{byline}\n{LONG_BODY}")
    assert cleaned.title == TITLE
    assert byline not in cleaned.body and cleaned.body.startswith(LEAD)


@table("byline", ["خالد العمري - المدينة المنورة", "منى الزهراني – الدار البيضاء", "أحمد سالم - أبو ظبي"])
def test_name_and_city_of_two_words_over_the_date_is_dropped(byline):
    cleaned = clean_checked(f"{TITLE}\n{byline}\nالأحد 20 يوليو 2025\n{BODY}")
    assert cleaned.title == TITLE and cleaned.published == "2025-07-20"
    assert byline not in cleaned.body and cleaned.body.startswith(LEAD)


# (a subtitle of the same shapes, whose words the text carries: it stays)
@table("subtitle", ["كتب الأطفال الجديدة على رفوف المكتبة", "كتب مدرسية جديدة", "الجسر الجديد - عشر دقائق فقط"])
def test_subtitle_of_a_byline_shape_stays(subtitle):
    body = LONG_BODY + "ووزعت البلدية كتب مدرسية جديدة على أطفال الأحياء الجديدة بمناسبة الافتتاح، ومنها كتب الأطفال عن الجسر.\n"
    cleaned = clean_checked(f"{TITLE}\n{subtitle}\n{body}")
    assert subtitle in cleaned.body


# (share buttons whose text the scraper kept, under the text)
SHARE_BUTTONS = [
    "اضغط للمشاركة على فيسبوك",
    "انقر للمشاركة على واتساب",
    "اضغط هنا للمشاركة عبر تلغرام",
    "Click to share on X",
]


@table("button", SHARE_BUTTONS)
def test_share_button_text_is_dropped(button):
    cleaned = clean_checked(f"{TITLE}\n{BODY}{button}\n{button}\n")
    assert button not in cleaned.body and LEAD in cleaned.body


@table("sentence", [
    "اضغط على زر الطوارئ عند سماع صفارة الإنذار.",
    "وانقر المتطوعون للمشاركة في حملة التشجير على فيسبوك أمس.",
])
def test_sentence_like_a_share_button_stays(sentence):
    cleaned = clean_checked(f"{TITLE}\n{LEAD}\n\n{sentence}\n")
    assert sentence in cleaned.body


# (a bare keywords label with the tags run together on the next line: their separators were lost)
@table("tags", [
    "الجسر الجديد وزارة الأشغال النهر الضفتين",
    "وزارة الأشغال العامة الجسر صندوق التنمية",
])
def test_tags_run_together_under_a_bare_label_are_dropped(tags):
    cleaned = clean_checked(f"{TITLE}\n{BODY}الكلمات المفتاحية\n{tags}\n")
    assert tags not in cleaned.body and "الكلمات المفتاحية" not in cleaned.body and LEAD in cleaned.body


@table("line", ["الدينار يتراجع أمام اليورو في السوق الموازية", "منتخب الشباب يتأهل إلى نهائي البطولة القارية"])
def test_line_of_another_topic_under_a_bare_keywords_label_is_not_read_as_tags(line):
    # (the tags name the article's topics; a line that shares none of its words is left to the other rules)
    cleaned = clean_checked(f"{TITLE}\n{BODY}وسوم\n{line}\n")
    assert "وسوم" not in cleaned.body and line in cleaned.body
