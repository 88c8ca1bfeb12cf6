"""Table-driven cases for round 13: a font-size toolbar of bare letters ("A A A"), a masthead with a number
glued on ("صدى24 :"), a "<name> | <weekday date>" line over the headline, an "<outlet> - <city>" line the
foot credits again, the outlet's desk signing under the title ("<outlet> - فريق التحرير"), an exclusive tag
("خاص || <outlet>"), a market ticker glued in the page, and a brief from another province glued at the foot.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

import pytest

from .test_cleaning import clean_checked

TITLE = "انهيار جسر للمشاة فوق الطريق الدائري في مدينة الكرك"
LEAD = ("انهار جسر للمشاة فوق الطريق الدائري في مدينة الكرك، صباح اليوم الثلاثاء، ما أدى إلى إصابة أربعة "
        "أشخاص بجروح طفيفة وإغلاق الطريق أمام حركة السير لساعات.")
BODY = (
    f"{LEAD}\n\n"
    "وقال مدير الأشغال العامة في المحافظة إن فرق الصيانة باشرت رفع الأنقاض، وإن الجسر كان مدرجا على "
    "قائمة الجسور التي تحتاج إلى تدعيم منذ العام الماضي.\n\n"
    "وأضاف أن لجنة فنية ستفحص الجسور الأخرى على الطريق الدائري خلال الأسبوع المقبل، وأن نتائج الفحص "
    "ستنشر كاملة على موقع الوزارة.\n\n"
    "وطالب سكان الأحياء المجاورة بإنشاء نفق للمشاة بدلا من الجسر المنهار، مشيرين إلى أن الطريق يشهد "
    "حوادث دهس متكررة.\n"
)
ARTICLE = f"{TITLE}\n\n{BODY}"
LAST = "حوادث دهس متكررة"


# (line under the headline, leaves the body)
FONT_TOOLBARS = [
    ("A A A", True),
    ("أ أ أ", True),
    ("A A A  طباعة", True),
    ("طباعة | أ أ أ | مشاركة", True),
    ("+A A -A", True),
    # must not change: a rating written in capitals, a line that only opens with the letter
    ("تصنيف AAA", False),
    ("أ. د. سامي الخطيب يرأس لجنة الفحص الفنية", False),
]


@pytest.mark.parametrize("line, leaves", FONT_TOOLBARS, ids=[c[0] for c in FONT_TOOLBARS])
def test_font_size_toolbar_of_bare_letters(line, leaves):
    cleaned = clean_checked(ARTICLE.replace(f"{TITLE}\n", f"{TITLE}\n{line}\n", 1))
    assert cleaned.title == TITLE and LAST in cleaned.body
    assert (line not in cleaned.body) == leaves


# (head lines above the headline, tail under the article, title, published)
HEADS = [
    # a masthead with a number glued on, a colon after it, over a breadcrumb
    ("صدى24 :\nالرئيسية / محليات\n", "", TITLE, None),
    ("الساعة360\n", "", TITLE, None),
    # a short name and the full date split by a bar (the day's date is the publication date)
    ("الجمهورية | الأربعاء 3 سبتمبر 2025\n", "", TITLE, "2025-09-03"),
    ("الرأي\nمحليات | الأربعاء 3 سبتمبر 2025\n", "", TITLE, "2025-09-03"),
    # "<outlet> - <city>" credited again under the text
    ("صدى الجنوب - الكرك\n", "المصدر: صدى الجنوب\n", TITLE, None),
    ("الكرك - صدى الجنوب\n", "المصدر: صدى الجنوب\n", TITLE, None),
    # must not change: headlines with a dash, a bar or a number
    ("", "", TITLE, None),
    ("غزة - المجاعة تتفاقم في القطاع\n", "", "غزة - المجاعة تتفاقم في القطاع", None),
    ("الوحدات - الفيصلي\n", "المصدر: وكالات\n", "الوحدات - الفيصلي", None),
    ("وزير الأشغال يتفقد الجسور | الأربعاء 3 سبتمبر 2025\n", "",
     "وزير الأشغال يتفقد الجسور | الأربعاء 3 سبتمبر 2025", None),
]


@pytest.mark.parametrize("head, tail, title, published", HEADS, ids=[c[0][:30] or "none" for c in HEADS])
def test_head_lines_above_the_headline(head, tail, title, published):
    raw = head + ARTICLE + tail
    cleaned = clean_checked(raw)
    assert (cleaned.title, cleaned.published) == (title, published)
    assert LAST in cleaned.body
    assert all(line not in cleaned.body for line in head.split("\n") if line)


# (line under the headline, leaves the body, source credit)
UNDER_THE_TITLE = [
    # the outlet's desk signing the story
    ("صدى الجنوب - فريق التحرير", True, None),
    ("صدى الجنوب - فريق العمل", True, None),
    ("هيئة التحرير", True, None),
    ("محرر الشؤون الاقتصادية", True, None),
    ("الكرك - مراسلنا", True, None),
    # an exclusive tag, maybe with the outlet (credited when no "المصدر:" line says otherwise)
    ("خاص || صدى الجنوب", True, "صدى الجنوب"),
    ("حصري - صدى الجنوب", True, "صدى الجنوب"),
    ("حصريا | صدى الجنوب", True, "صدى الجنوب"),
    ("خاص بـ«صدى الجنوب»", True, "صدى الجنوب"),
    ("خاص", True, None),
    # must not change: a subheading and a place name with the same words
    ("فريق العمل الحكومي يبدأ فحص الجسور الأخرى على الطريق", False, None),
    ("ميدان التحرير", False, None),
]


@pytest.mark.parametrize("line, leaves, credit", UNDER_THE_TITLE, ids=[c[0] for c in UNDER_THE_TITLE])
def test_desk_bylines_and_exclusive_tags_under_the_title(line, leaves, credit):
    cleaned = clean_checked(ARTICLE.replace(f"{TITLE}\n", f"{TITLE}\n{line}\n", 1))
    assert cleaned.title == TITLE and LAST in cleaned.body
    assert (line not in cleaned.body.split("\n")) == leaves
    assert cleaned.source_credit == credit


def test_exclusive_tag_above_the_headline_is_the_headline():
    headline = "خاص | وزارة الأشغال تغلق الطريق الدائري"
    cleaned = clean_checked(ARTICLE.replace(TITLE, headline, 1))
    assert cleaned.title == headline


# (tail under the article, must stay, must leave)
TICKERS = [
    ("شارك الخبر:\nأسعار النفط: سجل سعر خام برنت تسليم يناير 71.20 دولار للبرميل في تعاملات اليوم\n",
     [], ["خام برنت", "71.20 دولار"]),
    ("أسعار العملات: الدولار 0.71 دينار | اليورو 0.77 دينار\n", [], ["0.77 دينار"]),
    ("الذهب 2650 دولار | الفضة 31 دولار | النحاس 9400 دولار\n", [], ["الفضة 31 دولار"]),
    # must not change: a sentence of the article with a price, a price line on the article's own topic
    ("وقدرت الوزارة كلفة بناء جسر جديد بنحو 450 ألف دينار.\n", ["450 ألف دينار"], []),
    ("كلفة الجسر الجديد: 450 ألف دينار من موازنة الأشغال\n", ["450 ألف دينار"], []),
    ("سعر الإصلاح: تقدير كلفة صيانة الجسور على الطريق الدائري 120 ألف دينار\n", ["120 ألف دينار"], []),
]


@pytest.mark.parametrize("tail, keep, gone", TICKERS, ids=[c[0][:30] for c in TICKERS])
def test_market_ticker_glued_in_the_page(tail, keep, gone):
    cleaned = clean_checked(ARTICLE + tail)
    assert cleaned.title == TITLE and LAST in cleaned.body
    assert all(text in cleaned.body for text in keep)
    assert all(text not in cleaned.body for text in gone)


def test_market_ticker_between_paragraphs():
    ticker = "أسعار الذهب: سجل سعر الأونصة 2650 دولارا في التعاملات الفورية"
    cleaned = clean_checked(ARTICLE.replace(f"{LEAD}\n", f"{LEAD}\n{ticker}\n", 1))
    assert ticker not in cleaned.body and LEAD in cleaned.body and LAST in cleaned.body


# (last paragraph under the article, leaves the body)
FOOT_BRIEFS = [
    ("وفي محافظة مادبا، افتتح وزير الزراعة أمس مهرجان الرمان السنوي بمشاركة 60 مزارعا يعرضون إنتاجهم من الفاكهة والعسل.", True),
    ("وفي مدينة العقبة، استقبل الميناء أمس أول سفينة سياحية في الموسم وعلى متنها 1200 سائح.", True),
    # must not change: the same story in another town, a town the article named, a shift in mid-text,
    # a closing paragraph with no shift to another place
    ("وفي محافظة الطفيلة، انهار جسر مماثل للمشاة العام الماضي دون تسجيل إصابات بين السكان.", False),
    ("وفي مدينة الكرك، افتتح وزير الزراعة أمس مهرجان الرمان السنوي بمشاركة 60 مزارعا يعرضون إنتاجهم من الفاكهة والعسل.", False),
    ("ويمكن للمواطنين الإبلاغ عن أي تشققات في الجسور عبر الخط الساخن للوزارة على مدار الساعة.", False),
    ("في سياق متصل، افتتح وزير الزراعة أمس مهرجان الرمان السنوي بمشاركة 60 مزارعا يعرضون إنتاجهم من الفاكهة والعسل.", False),
]


@pytest.mark.parametrize("paragraph, leaves", FOOT_BRIEFS, ids=[c[0][:30] for c in FOOT_BRIEFS])
def test_brief_from_another_place_glued_at_the_foot(paragraph, leaves):
    cleaned = clean_checked(ARTICLE + "\n" + paragraph + "\n")
    assert cleaned.title == TITLE and LAST in cleaned.body
    assert (paragraph not in cleaned.body) == leaves


def test_brief_from_another_place_in_mid_text_stays():
    brief = "وفي محافظة مادبا، افتتح وزير الزراعة أمس مهرجان الرمان السنوي بمشاركة 60 مزارعا يعرضون إنتاجهم من الفاكهة والعسل."
    cleaned = clean_checked(ARTICLE.replace(f"{LEAD}\n", f"{LEAD}\n\n{brief}\n", 1))
    assert brief in cleaned.body and LAST in cleaned.body
