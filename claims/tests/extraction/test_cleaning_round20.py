"""Table-driven cases for round 20: an outlet's tagline printed with its masthead ("صحيفة عربية مستقلة": it is
neither the title nor the credit, and the masthead above or beside it is no title), and a source line whose label
a bar or a slash splits from the name ("المصدر | وكالة الأنباء …", "المصدر / وكالات").

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from claims.extraction.cleaning import clean_text

from .helpers import table
from .test_cleaning import assert_lines_of_input

TITLE = "افتتاح جسر جديد على النهر يختصر الرحلة بين الضفتين إلى عشر دقائق"
LEAD = ("افتتحت وزارة الأشغال العامة، صباح الأحد، جسرا جديدا على النهر بطول 1200 متر، يربط الضفتين الشرقية "
        "والغربية للمدينة ويختصر زمن الرحلة بينهما من ساعة إلى عشر دقائق.")
BODY = (
    f"{LEAD}\n\n"
    "وقال وزير الأشغال إن الجسر سيخدم نحو 40 ألف سيارة يوميا، وإن أعمال الصيانة ستجري ليلا لتفادي "
    "الازدحام في ساعات الذروة.\n"
)


def _clean(raw: str):
    cleaned = clean_text(raw)
    assert_lines_of_input(cleaned.body, raw)
    return cleaned


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
    cleaned = _clean(f"{head}\n{TITLE}\n{BODY}")
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
    cleaned = _clean(f"{head}\n{TITLE}\n{dateline}{BODY}")
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
    cleaned = _clean(f"{TITLE}\n{line}\n{BODY}")
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
    cleaned = _clean(f"{headline}\n{BODY}")
    assert cleaned.title == headline
    assert cleaned.body.startswith(LEAD)


@table("headline", TAGLINE_NEAR_MISSES)
def test_headline_about_an_outlet_under_a_masthead_stays_the_title(headline):
    cleaned = _clean(f"صوت الشمال\nصحيفة إلكترونية مستقلة\n{headline}\n{BODY}")
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
        cleaned = _clean(raw)
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
    cleaned = _clean(f"{TITLE}\n{LEAD}\n\n{sentence}\n")
    assert sentence in cleaned.body
    assert cleaned.source_credit is None
