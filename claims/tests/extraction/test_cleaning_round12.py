"""Table-driven cases for round 12: a toolbar line around the font-size widget, the Maghreb's ad label,
a disclaimer under the article, a story glued on below a closing follow/app prompt, masthead lines that
give the outlet's name in two scripts or with its tagline, and a section label of two words joined by و.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

import pytest

from claims.extraction.cleaning import clean_text

from .test_cleaning import assert_lines_of_input

TITLE = "وزارة التربية تعلن تمديد العام الدراسي أسبوعين في المدارس الحكومية"
LEAD = ("أعلنت وزارة التربية والتعليم، اليوم الأحد، تمديد العام الدراسي أسبوعين في جميع المدارس الحكومية، "
        "لتعويض أيام الدراسة التي فقدها الطلاب خلال موجة الأمطار الأخيرة.")
BODY = (
    f"{LEAD}\n\n"
    "وقال وزير التربية في مؤتمر صحفي إن الامتحانات النهائية ستبدأ في منتصف يونيو بدلا من نهاية مايو، "
    "وإن المعلمين سيحصلون على بدل إضافي عن أيام التمديد.\n\n"
    "وأضاف الوزير أن نحو 1.2 مليون طالب وطالبة سيستفيدون من القرار، وأن المدارس الخاصة حرة في "
    "اعتماد جدول التمديد نفسه.\n"
)
ARTICLE = f"{TITLE}\n\n{BODY}"
LAST = "وأن المدارس الخاصة حرة في"


def _clean(tail: str = "", *, head: str = "") -> tuple[object, str]:
    raw = head + ARTICLE + tail
    cleaned = clean_text(raw)
    assert_lines_of_input(cleaned.body, raw)
    return cleaned, raw


# (line under the headline, leaves the body)
WIDGET_LINES = [
    ("حجم الخط: أ- أ+ | طباعة", True),
    ("حجم الخط  طباعة  مشاركة", True),
    ("طباعة | حجم الخط: أ+ أ-", True),
    ("A- A+ | طباعة | حفظ", True),
    ("تكبير الخط تصغير الخط طباعة", True),
    ("[إشهار]", True),
    ("إشهار", True),
    ("- الإشهار -", True),
    # must not change: sentences and headlines with the same words
    ("حجم الخط الجديد للمترو يبلغ 40 كيلومترا وطباعة التذاكر مجانية", False),
    ("طباعة الكتب المدرسية تتأخر شهرا", False),
    ("إشهار جمعية جديدة لحماية المستهلك في ولاية سطيف", False),
]


@pytest.mark.parametrize("line, leaves", WIDGET_LINES, ids=[c[0] for c in WIDGET_LINES])
def test_widget_and_ad_lines_under_the_headline(line, leaves):
    raw = ARTICLE.replace(f"{TITLE}\n", f"{TITLE}\n{line}\n", 1)
    cleaned = clean_text(raw)
    assert_lines_of_input(cleaned.body, raw)
    assert cleaned.title == TITLE
    assert (line not in cleaned.body) == leaves
    assert LAST in cleaned.body


# (text after the article, must stay, must leave)
DISCLAIMERS = [
    ("إخلاء المسؤولية: الآراء الواردة في هذا المقال لا تعبر بالضرورة عن رأي الموقع.", [],
     ["إخلاء المسؤولية", "لا تعبر بالضرورة"]),
    ("إخلاء مسؤولية\nالمعلومات المنشورة لأغراض إعلامية فقط ولا تشكل نصيحة مالية.", [],
     ["إخلاء مسؤولية", "لأغراض إعلامية"]),
    ("Disclaimer: this content is for information only.", [], ["Disclaimer"]),
    # must not change: the words opening a sentence of the article
    ("وأثار إخلاء مسؤولية الشركات الخاصة عن نقل الطلاب جدلا واسعا بين أولياء الأمور.",
     ["وأثار إخلاء مسؤولية الشركات"], []),
]


@pytest.mark.parametrize("tail, keep, gone", DISCLAIMERS, ids=[c[0][:30] for c in DISCLAIMERS])
def test_disclaimer_under_the_article(tail, keep, gone):
    cleaned, _ = _clean("\n" + tail + "\n")
    assert LAST in cleaned.body
    assert all(text in cleaned.body for text in keep)
    assert all(text not in cleaned.body for text in gone)


# (text after the article, must stay, must leave)
GLUED_BELOW_A_PROMPT = [
    ("a football item under an app prompt",
     "حمّل تطبيق الصحيفة لمتابعة آخر الأخبار\n"
     "المنتخب الوطني يتعادل مع نظيره الغاني في مباراة ودية\n"
     "تعادل المنتخب الوطني لكرة القدم مع نظيره الغاني بهدف لمثله في المباراة الودية التي جرت مساء "
     "السبت على الملعب الأولمبي، ضمن استعداداته لكأس أفريقيا.",
     [], ["المنتخب الوطني", "الغاني", "حمّل تطبيق"]),
    ("a stock-market item under a follow prompt",
     "تابعونا على تلغرام وفيسبوك\n"
     "بورصة القاهرة تربح 12 مليار جنيه في ختام تعاملات الأسبوع\n"
     "ربح رأس المال السوقي للبورصة المصرية نحو 12 مليار جنيه في ختام تعاملات الأسبوع، وسط عمليات شراء "
     "من المستثمرين الأجانب، فيما ارتفع المؤشر الرئيسي 1.3% إلى 31 ألف نقطة.\n"
     "الوسوم: البورصة، الأسهم",
     [], ["بورصة القاهرة", "رأس المال السوقي", "31 ألف نقطة"]),
    # must not change: the article goes on under a follow prompt in mid-text
    ("a subheading of the article under a mid-text prompt",
     "تابعونا على تلغرام\n"
     "موعد الامتحانات النهائية للطلاب\n"
     "وستعلن الوزارة جدول الامتحانات النهائية في المدارس الحكومية الأسبوع المقبل بعد اعتماده من "
     "مجلس التربية.",
     ["موعد الامتحانات النهائية", "وستعلن الوزارة جدول"], ["تابعونا على تلغرام"]),
    ("a subheading with a lead that opens with no connective but repeats the article's words",
     "حمّل تطبيق الصحيفة\n"
     "المعلمون يطالبون ببدل أعلى عن أيام التمديد\n"
     "طالبت نقابة المعلمين وزارة التربية برفع البدل المقرر عن أيام تمديد العام الدراسي في المدارس "
     "الحكومية.",
     ["المعلمون يطالبون", "طالبت نقابة المعلمين"], ["حمّل تطبيق"]),
    ("a short line and a sentence with no prompt above them are left to the other rules",
     "المنتخب الوطني يتعادل مع نظيره الغاني في مباراة ودية\n"
     "وتعادل المنتخب الوطني لكرة القدم مع نظيره الغاني بهدف لمثله في المباراة الودية التي جرت مساء "
     "السبت على الملعب الأولمبي.",
     ["وتعادل المنتخب الوطني"], []),
]


@pytest.mark.parametrize("name, tail, keep, gone", GLUED_BELOW_A_PROMPT, ids=[c[0] for c in GLUED_BELOW_A_PROMPT])
def test_story_glued_below_a_closing_prompt(name, tail, keep, gone):
    cleaned, _ = _clean("\n" + tail + "\n")
    assert cleaned.title == TITLE and LAST in cleaned.body
    assert all(text in cleaned.body for text in keep)
    assert all(text not in cleaned.body for text in gone)


# (head lines above the headline, the line that stays as the title)
HEADS = [
    # the outlet's name in two scripts
    ("Sudan Times | سودان تايمز\n", TITLE),
    ("الجزائر تايمز | Algeria Times\n", TITLE),
    ("Maghreb Press | مغرب بريس\nتعليم / مدارس\n", TITLE),
    # the name and its tagline, over a label line or recurring in a prompt at the foot
    ("DW عربية - أخبار وتحليلات من ألمانيا\nتعليم | مدارس\n", TITLE),
    ("Gulf Times - صوت الخليج الأول\nالمحليات | تعليم\n", TITLE),
    # a section path of short names under the masthead
    ("هسبريس اونلاين\nالمغرب | مدارس\n", TITLE),
    # two section words joined by و
    ("صحة وجمال\n", TITLE),
    ("علوم وتكنولوجيا\n", TITLE),
    ("شبكة الرافدين الإخبارية\nمنوعات وسفر\n", TITLE),
    # must not change: headlines with a bar or a dash, and short clauses
    ("عاجل | الوزير يعلن تمديد العام الدراسي\n", "عاجل | الوزير يعلن تمديد العام الدراسي"),
    ("Apple | آبل تطلق هاتفاً جديداً\n", "Apple | آبل تطلق هاتفاً جديداً"),
    ("الأهلي | الزمالك\n", "الأهلي | الزمالك"),
]


@pytest.mark.parametrize("head, title", HEADS, ids=[c[0].split("\n")[0] for c in HEADS])
def test_masthead_and_section_lines_above_the_headline(head, title):
    cleaned, _ = _clean("", head=head)
    assert cleaned.title == title
    if title == TITLE:
        assert all(line not in cleaned.body for line in head.split("\n") if line)


# (the first line, over the lead with no headline between, stays the title)
SHORT_HEADLINES = [
    "سياحة وسفر بلا تأشيرة",
    "صحة وجمال",  # a two-word line over the lead itself is the headline
    "Gulf Times - التعليم يتغير",
]


@pytest.mark.parametrize("headline", SHORT_HEADLINES)
def test_short_headline_over_its_lead_stays_the_title(headline):
    raw = f"{headline}\n\n{BODY}"
    cleaned = clean_text(raw)
    assert cleaned.title == headline
    assert LEAD in cleaned.body


@pytest.mark.parametrize("tail, title", [
    ("\nتابعوا DW عربية على فيسبوك وإنستغرام\n", TITLE),  # the name recurs in the dropped prompt
    ("\n", "DW عربية - أخبار وتحليلات من ألمانيا"),  # nothing tells the tagline from a headline's clause
])
def test_tagline_masthead_told_by_its_name_recurring(tail, title):
    cleaned, _ = _clean(tail, head="DW عربية - أخبار وتحليلات من ألمانيا\n")
    assert cleaned.title == title
