"""Table-driven cases for the head of a page: label lines above the headline, "date | last updated"
stamps, BBC's "more on this story" block and wire lead-ins with several cities or no closing dash.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

import datetime as dt

import pytest

from claims.extraction.cleaning import clean_text

from .test_cleaning import assert_lines_of_input

LEAD = "أعلنت وزارة الزراعة، اليوم الخميس، توزيع 12 ألف طن من البذور المحسنة على المزارعين في 7 محافظات."

# (raw page head, title, published): section and outlet label lines above the headline are no title.
HEAD_LABELS = [
    # a section word with a country or a second section, split by a bar, a slash, "›" or ">"
    ("أخبار السعودية | رياضة\n\nالنصر يتعاقد مع مدافع برازيلي لمدة ثلاثة مواسم\n\n",
     "النصر يتعاقد مع مدافع برازيلي لمدة ثلاثة مواسم", None),
    ("السياسة | العراق\nالبرلمان العراقي يصوت على قانون الموازنة الاتحادية\n",
     "البرلمان العراقي يصوت على قانون الموازنة الاتحادية", None),
    ("محليات / الكويت\nالبلدية تغلق 12 مطعما مخالفا في حولي\n", "البلدية تغلق 12 مطعما مخالفا في حولي", None),
    ("أخبار › عربي ودولي\nالأمم المتحدة تحذر من مجاعة وشيكة في غزة\n",
     "الأمم المتحدة تحذر من مجاعة وشيكة في غزة", None),
    ("اقتصاد > أسواق\nالبورصة المصرية تربح 20 مليار جنيه في ختام التعاملات\n",
     "البورصة المصرية تربح 20 مليار جنيه في ختام التعاملات", None),
    # a section label with the date: the date is the publication date
    ("مجتمع | 2025/02/14\n\nافتتاح أكبر مكتبة عامة في المدينة بعد سنوات من الانتظار\n\n",
     "افتتاح أكبر مكتبة عامة في المدينة بعد سنوات من الانتظار", "2025-02-14"),
    # an outlet's name the tables do not know, told by the section label under it
    ("الجزائر اليوم\nوطني\n\nالحكومة تقر زيادة في منحة البطالة ابتداء من يناير\n\n",
     "الحكومة تقر زيادة في منحة البطالة ابتداء من يناير", None),
    ("صوت بيروت\nسياسة\nمجلس النواب يفشل مجددا في انتخاب رئيس للجمهورية\n",
     "مجلس النواب يفشل مجددا في انتخاب رئيس للجمهورية", None),
    ("صدى الجنوب\nمحليات\nالأحد 9 مارس 2025\n\nانقطاع المياه عن أحياء المدينة لمدة يومين\n\n",
     "انقطاع المياه عن أحياء المدينة لمدة يومين", "2025-03-09"),
    ("النبأ الإخبارية\nثقافة | 03/11/2024\n\nمعرض الكتاب يستقبل زواره بمشاركة 300 دار نشر\n\n",
     "معرض الكتاب يستقبل زواره بمشاركة 300 دار نشر", "2024-11-03"),
    # an outlet's name shaped "… الإخبارية" alone above the headline
    ("شبكة النبأ الإخبارية\n\nالحكومة تعلن عطلة رسمية بمناسبة العيد الوطني\n\n",
     "الحكومة تعلن عطلة رسمية بمناسبة العيد الوطني", None),
    # must not change: a headline with a label before a bar, a pair of names, a headline with a slash
    ("عاجل | الرئيس الفرنسي يعلن حل الجمعية الوطنية والدعوة لانتخابات مبكرة\n",
     "عاجل | الرئيس الفرنسي يعلن حل الجمعية الوطنية والدعوة لانتخابات مبكرة", None),
    ("فيديو | لحظة انهيار مبنى سكني في الإسكندرية\n", "فيديو | لحظة انهيار مبنى سكني في الإسكندرية", None),
    ("الأهلي | الزمالك\n", "الأهلي | الزمالك", None),
    ("مصر / السودان: اتفاق على تشغيل معبر أرقين\n", "مصر / السودان: اتفاق على تشغيل معبر أرقين", None),
    # must not change: a short headline above a plain headline-like line, a short headline alone
    ("أسعار الذهب اليوم\n", "أسعار الذهب اليوم", None),
    ("زلزال يضرب تركيا\nالحصيلة ترتفع إلى 40 قتيلا\n", "زلزال يضرب تركيا", None),
    # must not change: a short headline with a section label under it and the lead next
    ("زلزال يضرب تركيا\nعاجل\n", "زلزال يضرب تركيا", None),
    ("غلاء المحروقات\nالاقتصاد | لبنان\n", "غلاء المحروقات", None),
]


@pytest.mark.parametrize("head, title, published", HEAD_LABELS, ids=[c[1] for c in HEAD_LABELS])
def test_label_lines_above_the_headline_are_no_title(head, title, published):
    raw = head + LEAD
    cleaned = clean_text(raw)
    assert (cleaned.title, cleaned.published) == (title, published)
    assert cleaned.body.endswith(LEAD)
    labels = head.split(title)[0].strip()
    if labels:
        assert all(line.strip() not in cleaned.body for line in labels.split("\n") if line.strip())
    assert_lines_of_input(cleaned.body, raw)


# (raw head line under the title, published): a date with a "last updated"/"published" stamp after a bar.
STAMP_LINES = [
    ("5 يناير 2025 | آخر تحديث: 09:20", "2025-01-05"),
    ("الأحد 9 فبراير 2025 - 11:05 ص | آخر تحديث: 13:40", "2025-02-09"),
    ("14 يونيو 2024 | 10:45 | آخر تحديث: 16:00", "2024-06-14"),
    ("22/07/2024 | تاريخ النشر: 08:15", "2024-07-22"),
    ("28 أيلول 2024 | نُشر في: 7:30 م", "2024-09-28"),
    ("آخر تحديث: 21:05 | 7 أكتوبر 2024", "2024-10-07"),  # labelled time first, then the date
    ("الثلاثاء 3 ديسمبر 2024 | آخر تحديث: الثلاثاء 3 ديسمبر 2024 - 18:10", "2024-12-03"),
    # the stamp after a dash or a comma, with no bar
    ("12 نوفمبر 2024 - آخر تحديث: 14:35", "2024-11-12"),
    ("الأحد 9 فبراير 2025، آخر تحديث 13:40", "2025-02-09"),
    ("14 - 12 - 2024 – تاريخ النشر: 09:00", "2024-12-14"),
]


@pytest.mark.parametrize("stamp, published", STAMP_LINES, ids=[c[0] for c in STAMP_LINES])
def test_date_and_update_stamp_lines_leave_the_body(stamp, published):
    raw = f"عنوان الخبر عن توزيع البذور على المزارعين\n{stamp}\n\n{LEAD}"
    cleaned = clean_text(raw)
    assert cleaned.published == published
    assert cleaned.body == LEAD


@pytest.mark.parametrize("line", [
    "نتائج 12 مارس 2025 | آخر تحديث للترتيب العام",  # text after the label, not a time
    "مباراة 12 مارس 2025 - آخر تحديث: الفريق يصل الملعب",
    "وأعلنت الوزارة في 12 مارس 2025 | آخر تحديث: 14:35 أن التوزيع سيستمر حتى نهاية الشهر الجاري.",
])
def test_lines_with_a_date_and_a_bar_that_are_no_stamp(line):
    raw = f"عنوان الخبر عن توزيع البذور على المزارعين\n{LEAD}\n{line}"
    cleaned = clean_text(raw)
    assert cleaned.published is None
    assert line in cleaned.body


MORE_BODY = (f"{LEAD}\n\nوقال وزير الزراعة إن التوزيع سيستمر حتى نهاية الشهر الجاري في جميع المحافظات.\n\n")

# (name, tail after the body, text that must leave the body)
MORE_ON_THIS_STORY = [
    ("BBC Arabic: 'المزيد حول هذه القصة' with links and the copyright",
     "شارك هذا الخبر\n\nالمزيد حول هذه القصة\nالبنك الدولي: 40 مليون شخص مهددون بالجوع في الساحل\n"
     "أسعار القمح ترتفع للمرة الثالثة\n\n© 2025 بي بي سي. بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية.",
     ["المزيد حول هذه القصة", "40 مليون شخص", "أسعار القمح ترتفع", "بي بي سي ليست مسؤولة"]),
    ("'المزيد عن هذه القصة:' with one link",
     "المزيد عن هذه القصة:\nالجفاف يضرب محاصيل الشمال للعام الثاني",
     ["المزيد عن هذه القصة", "الجفاف يضرب"]),
    ("English 'More on this story'",
     "More on this story\nFarmers protest over seed prices\n",
     ["More on this story", "Farmers protest"]),
]


@pytest.mark.parametrize("name, tail, gone", MORE_ON_THIS_STORY, ids=[c[0] for c in MORE_ON_THIS_STORY])
def test_more_on_this_story_block_leaves_the_body(name, tail, gone):
    raw = "عنوان الخبر عن توزيع البذور على المزارعين\n" + MORE_BODY + tail
    body = clean_text(raw).body
    assert body == MORE_BODY.strip()
    assert all(text not in body for text in gone)


def test_more_on_this_story_inside_a_sentence_stays():
    line = "وقالت الوزارة إن المزيد حول هذه القصة سيعلن في مؤتمر صحفي غدا."
    raw = "عنوان الخبر عن توزيع البذور على المزارعين\n" + MORE_BODY + line
    assert line in clean_text(raw).body


# (first paragraph, source credit, or None): a wire lead-in credits the agency; the sentence stays.
WIRE_LEAD_INS = [
    ("بيروت/دمشق (رويترز) - قالت مصادر أمنية إن الحدود أغلقت أمام الشاحنات لمدة يومين.", "رويترز"),
    ("واشنطن/ بكين (أ ف ب) - أعلنت الحكومتان استئناف المحادثات التجارية الأسبوع المقبل.", "أ ف ب"),
    ("لندن / باريس / برلين (رويترز) - ارتفعت أسعار الغاز في أوروبا بنسبة 8 بالمئة.", "رويترز"),
    ("القاهرة - (أ ش أ) صرح مصدر مسؤول بأن الامتحانات ستبدأ في موعدها المحدد.", "أ ش أ"),
    ("صفاقس – (وات) - أعلنت الإدارة الجهوية للفلاحة انطلاق موسم جني الزيتون.", "وات"),
    ("عمان (رويترز) - قال مسؤولون إن المملكة ستستورد 300 ألف طن من الشعير.", "رويترز"),
    ("(رويترز) - قال مسؤولون إن المملكة ستستورد 300 ألف طن من الشعير.", "رويترز"),
    # must not change: cities with a slash and no agency, an agency inside a sentence
    ("بيروت/دمشق - قالت مصادر أمنية إن الحدود أغلقت أمام الشاحنات لمدة يومين.", None),
    ("وقال مسؤول لوكالة (رويترز) إن الحدود أغلقت أمام الشاحنات لمدة يومين.", None),
]


@pytest.mark.parametrize("lead, credit", WIRE_LEAD_INS, ids=[c[0][:25] for c in WIRE_LEAD_INS])
def test_wire_lead_in_credits_the_agency_and_keeps_the_sentence(lead, credit):
    raw = f"عنوان الخبر عن الحدود والأسعار\n\n{lead}\n\nوأضافت المصادر أن الوضع سيراجع يوم الأحد."
    cleaned = clean_text(raw)
    assert cleaned.source_credit == credit
    assert cleaned.body.startswith(lead)


def test_agency_line_under_the_title_leaves_the_body():
    raw = f"عنوان الخبر عن موسم الزيتون في صفاقس\nصفاقس – (وات)\n{LEAD}"
    cleaned = clean_text(raw)
    assert (cleaned.source_credit, cleaned.body) == ("وات", LEAD)


# (raw head under the title, published, source credit, byline text that must leave the body):
# the author's byline right under the title, above the date line; a city and an outlet in quotes or
# after a slash credits the outlet.
BYLINES_ABOVE_THE_DATE = [
    ("الرياض – خالد العتيبي\n14 أبريل 2025 | آخر تحديث: 10:05\n\n", "2025-04-14", None, "خالد العتيبي"),
    ("نواكشوط: محمد ولد أحمد\nالاثنين 3 فبراير 2025\n\n", "2025-02-03", None, "محمد ولد أحمد"),
    ("طرابلس - هدى الشريف\nنُشر بتاريخ: 09/06/2025\n\n", "2025-06-09", None, "هدى الشريف"),
    ("صنعاء – \"الأيام\"\nالخميس 6 مارس 2025\n\n", "2025-03-06", "الأيام", "صنعاء"),
    ("الدوحة – “الشرق”\n\n", None, "الشرق", "الدوحة"),
    ("البصرة/ المدى\n\n", None, "المدى", "البصرة"),
    # must not change: a deck (a clause) above the date, a byline with no date line after it
    ("الحكومة تعد بخطة جديدة للإسكان الشعبي\n12 مارس 2025\n\n", "2025-03-12", None, None),
]


@pytest.mark.parametrize("head, published, credit, gone", BYLINES_ABOVE_THE_DATE,
                         ids=[c[0].split("\n")[0] for c in BYLINES_ABOVE_THE_DATE])
def test_bylines_and_outlet_lines_under_the_title_leave_the_body(head, published, credit, gone):
    raw = "عنوان الخبر عن توزيع البذور على المزارعين\n" + head + LEAD
    cleaned = clean_text(raw)
    assert (cleaned.title, cleaned.published, cleaned.source_credit) == (
        "عنوان الخبر عن توزيع البذور على المزارعين", published, credit)
    if gone:
        assert cleaned.body == LEAD
    else:
        assert cleaned.body.startswith(head.split("\n")[0])


# (closing lines of the page, source credit): a last line that only names an outlet and its agency.
CLOSING_CREDITS = [
    ("الجزيرة نت/ رويترز", "الجزيرة نت/ رويترز"),
    ("فرانس24/ أ ف ب\nحمّل تطبيق فرانس 24", "فرانس24/ أ ف ب"),
    ("العربية.نت - وكالات", "العربية.نت - وكالات"),
    ("وكالات", "وكالات"),
    # must not change: a last sentence naming an agency, a lone outlet word that may be a subheading
    ("ونقلت رويترز عن مصادر أن الاجتماع المقبل سيعقد في القاهرة.", None),
]


@pytest.mark.parametrize("tail, credit", CLOSING_CREDITS, ids=[c[0][:25] for c in CLOSING_CREDITS])
def test_closing_outlet_and_agency_line_gives_the_credit(tail, credit):
    raw = "عنوان الخبر عن توزيع البذور على المزارعين\n" + MORE_BODY + tail
    cleaned = clean_text(raw)
    assert cleaned.source_credit == credit
    if credit:
        assert cleaned.body == MORE_BODY.strip()


@pytest.mark.parametrize("lead, published, credit", [
    ("باريس/هامبورغ - 15 يناير (رويترز) - قال متعاملون إن المناقصة أغلقت أمس.", "2025-01-15", "رويترز"),
    ("نيويورك / لندن - 3 يناير (رويترز) - تراجعت أسعار النفط بنحو 2 بالمئة.", "2025-01-03", "رويترز"),
    # must not change: a sentence opening with two names and a slash, no date after the dash
    ("بيروت/دمشق - قالت مصادر أمنية إن الحدود أغلقت في 15 يناير أمام الشاحنات.", None, None),
])
def test_dateline_with_several_cities_gives_date_and_credit(lead, published, credit):
    raw = f"عنوان الخبر عن الأسواق العالمية\n{lead}\nوأضافت المصادر أن الوضع سيراجع يوم الأحد."
    cleaned = clean_text(raw, reference_date=dt.date(2025, 1, 20))
    assert (cleaned.published, cleaned.source_credit) == (published, credit)
    assert cleaned.body.startswith(lead)
