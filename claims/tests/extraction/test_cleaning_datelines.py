"""Table-driven cases: wire datelines with no separator after the city (SPA, Petra, KUNA styles),
outlet-and-section lines joined by a dash above the headline, a byline before the date on one line,
definite related-topics headings, teasers at the foot of the page on the article's beat, and a
print time stamp closing the page.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

import datetime as dt

import pytest

from claims.extraction.cleaning import clean_text

from .test_cleaning import assert_lines_of_input

TITLE = "افتتاح أكبر محطة لتحلية المياه على ساحل البحر الأحمر"
LEAD = "دشنت المؤسسة العامة لتحلية المياه، اليوم، محطة جديدة بطاقة 600 ألف متر مكعب يومياً."
NEXT = "وأوضح محافظ المؤسسة أن المحطة ستخدم نحو مليوني نسمة في المنطقة."

# (dateline line of its own under the title, published, credit): city, a Hijri date with its Gregorian
# equivalent (or a Gregorian date alone), and the agency at the end, with no dash after the city.
DATELINES_OF_THEIR_OWN = [
    ("جدة 3 شوال 1446 هـ الموافق 1 أبريل 2025 م واس", "2025-04-01", "واس"),
    ("الرياض 14 رجب 1446 هـ الموافق 14 يناير 2025 م (واس)", "2025-01-14", "واس"),
    ("المدينة المنورة 9 ربيع الأول 1447 هـ الموافق 1 سبتمبر 2025 م واس", "2025-09-01", "واس"),
    ("الكويت 18 فبراير 2025 (كونا)", "2025-02-18", "كونا"),
    ("الدمام الأحد 5 يناير 2025 واس", "2025-01-05", "واس"),
    # no agency: a Hijri date "الموافق" a Gregorian one after the city
    ("تبوك 3 شوال 1446 هـ الموافق 1 أبريل 2025 م", "2025-04-01", None),
]


@pytest.mark.parametrize("line, published, credit", DATELINES_OF_THEIR_OWN, ids=[c[0] for c in DATELINES_OF_THEIR_OWN])
def test_dateline_with_no_separator_gives_date_and_credit_and_leaves_the_body(line, published, credit):
    raw = f"{TITLE}\n\n{line}\n\n{LEAD}\n\n{NEXT}"
    cleaned = clean_text(raw)
    assert (cleaned.title, cleaned.published, cleaned.source_credit) == (TITLE, published, credit)
    assert cleaned.body == f"{LEAD}\n\n{NEXT}"


def test_dateline_with_no_separator_above_the_text_is_no_title():
    raw = f"جدة 3 شوال 1446 هـ الموافق 1 أبريل 2025 م واس\n\n{LEAD}\n\n{NEXT}"
    cleaned = clean_text(raw)
    assert (cleaned.title, cleaned.published, cleaned.source_credit) == (None, "2025-04-01", "واس")
    assert cleaned.body == f"{LEAD}\n\n{NEXT}"


# (first paragraph, reference date, published, credit): the dateline opens the first sentence and stays.
DATELINES_IN_THE_LEAD = [
    ("عمان 12 شباط (بترا)- أطلقت وزارة الطاقة منصة إلكترونية لتلقي طلبات الربط الشمسي.",
     dt.date(2026, 2, 12), "2026-02-12", "بترا"),
    ("عمان 12 شباط (بترا)- أطلقت وزارة الطاقة منصة إلكترونية لتلقي طلبات الربط الشمسي.", None, None, "بترا"),
    ("الكويت 18 فبراير 2025 (كونا) -- قررت وزارة التربية تمديد العام الدراسي أسبوعا.", None, "2025-02-18", "كونا"),
    ("أبها 7 ذو الحجة 1446 هـ الموافق 3 يونيو 2025 م واس - أعلنت أمانة المنطقة خطة النظافة.",
     None, "2025-06-03", "واس"),
    # must not change: a city and a number opening a sentence, a date with no agency or dash after it
    ("تونس 11/02/2026 افتتح وزير النقل خطا جديدا بين المدينتين.", None, None, None),
    ("جدة 25 ألف زائر في اليوم الأول للمعرض بحسب المنظمين.", None, None, None),
    ("القاهرة 15 مارس 2025 موعدا لانطلاق المعرض الدولي للكتاب.", None, None, None),
]


@pytest.mark.parametrize("lead, reference, published, credit", DATELINES_IN_THE_LEAD,
                         ids=[f"{c[0][:30]}-{c[1]}" for c in DATELINES_IN_THE_LEAD])
def test_dateline_with_no_separator_opening_the_lead_stays(lead, reference, published, credit):
    raw = f"{TITLE}\n\n{lead}\n\n{NEXT}"
    cleaned = clean_text(raw, reference_date=reference)
    assert (cleaned.title, cleaned.published, cleaned.source_credit) == (TITLE, published, credit)
    assert cleaned.body == f"{lead}\n\n{NEXT}"


# (first paragraph, reference date, published, credit): "CITY في DATE /AGENCY/" opens the lead (QNA, BNA styles):
# the slashes close the credit with no dash after them.
SLASHED_CREDITS = [
    ("الدوحة في 12 أبريل 2025 /قنا/ افتتح وزير البلدية محطة جديدة لتحلية مياه البحر.", None, "2025-04-12", "قنا"),
    ("المنامة في 3 مارس / بنا / أعلنت هيئة الكهرباء والماء خطة صيانة جديدة.", dt.date(2025, 3, 3), "2025-03-03", "بنا"),
    ("الدوحة في 12 أبريل /قنا/ افتتح وزير البلدية محطة جديدة لتحلية مياه البحر.", None, None, "قنا"),
    # must not change: a month written two ways, a slash that closes no agency
    ("بيروت في 3 أيار/مايو الماضي/ أعلنت الحكومة خطة جديدة للكهرباء.", None, None, None),
]


@pytest.mark.parametrize("lead, reference, published, credit", SLASHED_CREDITS, ids=[c[0][:30] for c in SLASHED_CREDITS])
def test_dateline_credit_between_slashes_opening_the_lead(lead, reference, published, credit):
    cleaned = clean_text(f"{TITLE}\n\n{lead}\n\n{NEXT}", reference_date=reference)
    assert (cleaned.title, cleaned.published, cleaned.source_credit) == (TITLE, published, credit)
    assert cleaned.body == f"{lead}\n\n{NEXT}"


@pytest.mark.parametrize("line", [
    "غزة 11/02/2026",
    "السعودية 2034 تستضيف كأس العالم",
    "مكة 25 ألف حاج يصلون يوميا عبر المطار واس",
])
def test_city_and_numbers_under_the_title_are_no_dateline(line):
    raw = f"{TITLE}\n{line}\n{LEAD}"
    cleaned = clean_text(raw)
    assert cleaned.published is None
    assert cleaned.body.startswith(line)


# (raw head, title, published): the outlet's name and a section joined by a dash above the headline;
# "بقلم: … | نشر في: <date>" (a byline, then the publication date) under it.
DASHED_HEADS = [
    ("الشروق أونلاين - رياضة\n\nمولودية الجزائر يتوج بلقب البطولة\n\n", "مولودية الجزائر يتوج بلقب البطولة", None),
    ("اقتصاد - هبة بريس\nالمغرب يرفع الحد الأدنى للأجور\n", "المغرب يرفع الحد الأدنى للأجور", None),
    ("الخليج أونلاين — سياسة\nالبرلمان يناقش قانون الانتخابات\n", "البرلمان يناقش قانون الانتخابات", None),
    ("الشروق أونلاين - ثقافة\n\nمعرض الكتاب يفتح أبوابه للزوار\n\nبقلم: نادية حمدي | نشر في: الأحد 7 جويلية 2025\n\n",
     "معرض الكتاب يفتح أبوابه للزوار", "2025-07-07"),
    ("معرض الكتاب يفتح أبوابه للزوار\nكتب: سمير الهادي | الثلاثاء 4 مارس 2025 - 10:30\n",
     "معرض الكتاب يفتح أبوابه للزوار", "2025-03-04"),
    ("معرض الكتاب يفتح أبوابه للزوار\nبقلم: كريمة بن علي | نشر في: 12 سبتمبر 2024\n",
     "معرض الكتاب يفتح أبوابه للزوار", "2024-09-12"),
    ("معرض الكتاب يفتح أبوابه للزوار\nنشر في: الخميس 11 جوان 2026\n", "معرض الكتاب يفتح أبوابه للزوار",
     "2026-06-11"),
    ("معرض الكتاب يفتح أبوابه للزوار\nبقلم: هشام الودغيري | 22/10/2025 على الساعة 09:15\n",
     "معرض الكتاب يفتح أبوابه للزوار", "2025-10-22"),
    ("معرض الكتاب يفتح أبوابه للزوار\nكتب: سمير الهادي | 9 مارس 2025\n", "معرض الكتاب يفتح أبوابه للزوار",
     "2025-03-09"),
    # must not change: headlines with a dash between two clauses or names
    ("رياضة - الأهلي يفوز على الزمالك بهدفين\n", "رياضة - الأهلي يفوز على الزمالك بهدفين", None),
    ("الأهلي - الزمالك\n", "الأهلي - الزمالك", None),
    ("غزة - المجاعة تتفاقم\n", "غزة - المجاعة تتفاقم", None),
]


@pytest.mark.parametrize("head, title, published", DASHED_HEADS, ids=[c[1] + str(c[2]) for c in DASHED_HEADS])
def test_outlet_and_section_with_a_dash_and_byline_date_lines(head, title, published):
    body = f"{LEAD}\n{NEXT}"
    raw = head + body
    cleaned = clean_text(raw)
    assert (cleaned.title, cleaned.published) == (title, published)
    assert cleaned.body == body
    assert_lines_of_input(cleaned.body, raw)


def test_byline_with_a_date_leaves_the_body_when_the_date_is_given():
    raw = f"{TITLE}\nبقلم: نادية حمدي | نشر في: الأحد 7 جويلية 2025\n{LEAD}"
    assert clean_text(raw).body == LEAD


@pytest.mark.parametrize("line", ["بقلم: نادية حمدي | 22/10/2025 على الساعة 09:15", "كتب: سمير الهادي | 9 مارس 2025"])
def test_byline_with_a_date_below_the_head_leaves_the_body(line):
    raw = f"{TITLE}\n\n{LONG_BODY}\n\n{line}\n"
    assert clean_text(raw).body == LONG_BODY


def test_byline_with_a_bar_and_no_date_gives_no_date():
    raw = f"{TITLE}\nبقلم: نادية حمدي | كاتبة وباحثة في الشؤون الثقافية\n{LEAD}"
    cleaned = clean_text(raw)
    assert cleaned.published is None
    assert LEAD in cleaned.body


ARTICLE = (
    "الحكم بالسجن 5 سنوات على متهم بتهريب أدوية مخدرة\n\n"
    "قضت محكمة جنايات الإسكندرية، اليوم الأحد، بالسجن 5 سنوات على متهم بتهريب أدوية مخدرة عبر الميناء، "
    "بعد أن ضبطته الأجهزة الأمنية داخل مخزن بمنطقة العامرية.\n\n"
    "وكشفت تحقيقات النيابة العامة أن المتهم كان يبيع الأقراص لشبكة من الصيدليات غير المرخصة.\n\n"
    "وأكد دفاع المتهم أنه سيطعن على الحكم أمام محكمة النقض.\n\n"
)
# (name, text after the article, must stay, must leave)
FOOT_TEASERS = [
    ("a link and its teaser on the same beat, a share label and a related heading after it",
     "اقرأ أيضاً:\nضبط 7 آلاف علبة سجائر مهربة في ميناء دمياط\n"
     "تمكنت الأجهزة الأمنية بميناء دمياط من ضبط 7 آلاف علبة سجائر مهربة داخل حاوية قادمة من الخارج، "
     "وتحرر محضر بالواقعة وأحيل إلى النيابة العامة للتحقيق.\n\nشارك\nالموضوعات المتعلقة\n",
     [], ["سجائر مهربة", "الموضوعات المتعلقة", "شارك"]),
    ("the same with a definite related-topics heading and links",
     "اقرأ أيضاً:\nضبط 7 آلاف علبة سجائر مهربة في ميناء دمياط\n"
     "تمكنت الأجهزة الأمنية بميناء دمياط من ضبط 7 آلاف علبة سجائر مهربة داخل حاوية قادمة من الخارج، "
     "وتحرر محضر بالواقعة وأحيل إلى النيابة العامة للتحقيق.\n\nالمواضيع ذات الصلة\nمحاكمة عصابة سرقة الكابلات\n",
     [], ["سجائر مهربة", "المواضيع ذات الصلة", "عصابة سرقة"]),
    # must not change: the article's own last paragraph after a link (a connective, or no echo of the link)
    ("a last paragraph opening with a connective",
     "اقرأ أيضاً:\nضبط 7 آلاف علبة سجائر مهربة في ميناء دمياط\n"
     "وكانت الأجهزة الأمنية قد ضبطت 7 آلاف علبة سجائر مهربة في ميناء دمياط الشهر الماضي.\n",
     ["وكانت الأجهزة الأمنية"], ["اقرأ أيضاً"]),
    ("a last paragraph that does not echo the link",
     "اقرأ أيضاً:\nضبط 7 آلاف علبة سجائر مهربة في ميناء دمياط\n"
     "تعد هذه القضية الرابعة من نوعها التي تنظرها محكمة جنايات الإسكندرية منذ بداية العام.\n",
     ["القضية الرابعة"], ["اقرأ أيضاً"]),
]


@pytest.mark.parametrize("name, after, keep, gone", FOOT_TEASERS, ids=[c[0] for c in FOOT_TEASERS])
def test_teaser_on_the_article_beat_at_the_foot_leaves_the_body(name, after, keep, gone):
    raw = ARTICLE + after
    body = clean_text(raw).body
    assert "بالسجن 5 سنوات" in body and "سيطعن على الحكم" in body
    for text in keep:
        assert text in body
    for text in gone:
        assert text not in body
    assert_lines_of_input(body, raw)


@pytest.mark.parametrize("heading", ["الموضوعات المتعلقة", "المواضيع المتعلقة", "الأخبار ذات الصلة",
                                     "المقالات ذات الصلة", "الأخبار المرتبطة", "المواضيع المشابهة"])
def test_definite_related_headings_leave_the_body_with_their_links(heading):
    raw = f"{ARTICLE}{heading}\nمحاكمة عصابة سرقة الكابلات\nحبس موظف بتهمة الرشوة\n"
    body = clean_text(raw).body
    assert body == ARTICLE.split("\n\n", 1)[1].strip()


@pytest.mark.parametrize("line", ["الموضوعات المتعلقة بالمناخ على طاولة القمة",
                                  "وناقش المجلس الموضوعات المتعلقة بالموازنة العامة."])
def test_lines_opening_with_a_related_heading_words_stay(line):
    raw = f"{ARTICLE}{line}\n"
    assert line in clean_text(raw).body


# (closing lines of a page, credit, published): the agency's closing line with the editors' initials,
# then a print time stamp of its own.
STAMPED_FEET = [
    ("-- (بترا) ع ق/ ر ح\n15/09/2025 11:05:42", "بترا", "2025-09-15"),
    ("(بترا) ع ق/ ر ح\n2025-09-15 11:05", "بترا", "2025-09-15"),
    ("(كونا) م ع ه / س ل\n15/09/2025 11:05:42", "كونا", "2025-09-15"),
    ("15/09/2025 11:05:42", None, "2025-09-15"),
]


# Paragraphs enough that the foot lies below the head, where metadata lines are read.
LONG_BODY = "\n\n".join([LEAD, NEXT] + [
    f"وبين المحافظ أن المرحلة {n} من المشروع تشمل مد خطوط ناقلة إلى المدن المجاورة." for n in range(1, 9)])


@pytest.mark.parametrize("foot, credit, published", STAMPED_FEET, ids=[c[0][:20] for c in STAMPED_FEET])
def test_closing_agency_line_and_time_stamp_leave_the_body(foot, credit, published):
    raw = f"{TITLE}\n\n{LONG_BODY}\n\n{foot}\n"
    cleaned = clean_text(raw)
    assert (cleaned.source_credit, cleaned.published) == (credit, published)
    assert cleaned.body == LONG_BODY


def test_a_last_sentence_with_a_date_stays():
    last = "وينتهي التسجيل في 15/09/2025 عند الساعة 11:00 صباحاً."
    raw = f"{TITLE}\n\n{LONG_BODY}\n\n{last}\n"
    cleaned = clean_text(raw)
    assert cleaned.published is None
    assert cleaned.body.endswith(last)


# (head under the title, published, byline that must leave the body): "كتب <name>" with no colon (Youm7
# style) above the date line.
BARE_BYLINES = [
    ("كتب أحمد سمير الشافعي\nالأحد، 9 مارس 2025 11:20 ص\n", "2025-03-09", "أحمد سمير الشافعي"),
    ("كتبت منى عادل\n\nالأحد، 9 مارس 2025 11:20 ص\n\n", "2025-03-09", "منى عادل"),
]


@pytest.mark.parametrize("head, published, byline", BARE_BYLINES, ids=[c[2] for c in BARE_BYLINES])
def test_byline_with_no_colon_above_the_date_leaves_the_body(head, published, byline):
    raw = f"{TITLE}\n{head}{LEAD}\n{NEXT}"
    cleaned = clean_text(raw)
    assert (cleaned.title, cleaned.published) == (TITLE, published)
    assert cleaned.body == f"{LEAD}\n{NEXT}"


@pytest.mark.parametrize("line", ["كتب الوزير رسالة إلى البرلمان", "كتبت الصحيفة افتتاحية عن الأزمة"])
def test_sentence_opening_with_kataba_under_the_title_stays(line):
    raw = f"{TITLE}\n{line}\nالأحد، 9 مارس 2025 11:20 ص\n{LEAD}"
    assert clean_text(raw).body.startswith(line)


@pytest.mark.parametrize("agency", ["سبأ", "واس", "قنا", "كونا"])
def test_closing_line_with_only_the_agency_leaves_the_body(agency):
    raw = f"{TITLE}\n\n{LONG_BODY}\n\n{agency}\n"
    cleaned = clean_text(raw)
    assert (cleaned.source_credit, cleaned.body) == (agency, LONG_BODY)
