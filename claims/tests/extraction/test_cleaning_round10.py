"""Table-driven cases for round 10: a wire story closed by its editors' sign-off or a share bar with other
stories' links and teasers under it, a teaser under an inline "اقرأ أيضاً: <headline>", a glued headline
and lead at the foot of the page with no marker, and breadcrumb lines above the headline.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

import pytest

from claims.extraction.cleaning import clean_text

from .test_cleaning import assert_lines_of_input

TITLE = "البلدية تطلق حملة لتنظيف شواطئ المدينة قبل موسم الصيف"
ARTICLE = (
    f"{TITLE}\n\n"
    "أطلقت بلدية المدينة، صباح اليوم السبت، حملة واسعة لتنظيف الشواطئ الشمالية بمشاركة 400 متطوع من "
    "طلاب الجامعات والجمعيات الأهلية.\n\n"
    "وقال مدير إدارة النظافة في البلدية إن فرق الحملة جمعت في يومها الأول نحو 12 طنا من النفايات "
    "البلاستيكية، معظمها عبوات مياه وأكياس تسوق.\n\n"
    "وأضاف أن البلدية ستنشر 60 حاوية جديدة على طول الكورنيش، وستفرض غرامات على المخالفين ابتداء من "
    "الشهر المقبل.\n\n"
)
TAIL_START = "وأضاف أن البلدية ستنشر 60 حاوية جديدة"

# (name, text after the article, must stay, must leave)
CLOSED_ARTICLE_TAILS = [
    ("editors' initials between slashes (QNA style), then related stories with a teaser",
     "/م ح/ س ع\n\nمواضيع ذات صلة\nالبلدية تفتتح حديقة عامة جديدة في حي الشاطئ\n"
     "افتتحت البلدية مساء اليوم حديقة عامة جديدة في حي الشاطئ على مساحة 20 ألف متر مربع.",
     [], ["/م ح/ س ع", "مواضيع ذات صلة", "حديقة عامة", "20 ألف متر"]),
    ("a labelled share bar, then related stories with a teaser on the same beat",
     "شارك الخبر: فيسبوك | إكس | واتساب\n\nأخبار ذات صلة\nالبلدية تغرم 30 مطعما على الكورنيش\n"
     "حررت فرق البلدية مخالفات بحق 30 مطعما على الكورنيش لعدم التزامها بشروط النظافة.",
     [], ["شارك الخبر", "أخبار ذات صلة", "30 مطعما"]),
    ("a sign-off, then 'اقرأ أيضاً: <headline>' and its teaser",
     "ع.ب/ م.ن\n\nاقرأ أيضاً: ارتفاع أسعار الخضار في الأسواق المركزية\n"
     "سجلت أسعار الخضار ارتفاعا جديدا في الأسواق المركزية هذا الأسبوع.",
     [], ["اقرأ أيضاً", "أسعار الخضار"]),
    # must not change: with no close above them, the related links' next paragraph carries on the story
    ("a paragraph after related links with no close before them",
     "مواضيع ذات صلة\nالبلدية تفتتح حديقة عامة جديدة\n"
     "وأوضح المدير أن الحملة ستشمل في مرحلتها الثانية شواطئ الجنوب، وأن البلدية ستنشر حاويات إضافية.",
     ["ستشمل في مرحلتها الثانية شواطئ الجنوب"], ["مواضيع ذات صلة"]),
]


@pytest.mark.parametrize("name, tail, keep, gone", CLOSED_ARTICLE_TAILS, ids=[c[0] for c in CLOSED_ARTICLE_TAILS])
def test_stories_below_a_closed_article_leave_the_body(name, tail, keep, gone):
    raw = ARTICLE + tail
    cleaned = clean_text(raw)
    assert cleaned.title == TITLE
    assert TAIL_START in cleaned.body and "400 متطوع" in cleaned.body
    for text in keep:
        assert text in cleaned.body
    for text in gone:
        assert text not in cleaned.body
    assert_lines_of_input(cleaned.body, raw)


@pytest.mark.parametrize("line, stays", [
    ("/م ح/ س ع", False),
    ("/ع ب/", False),
    ("ع ب/ ع ا/", False),
    # must not change: a short sentence with a slash, an abbreviated title with a name
    ("سعر الصرف 3.75/دولار.", True),
    ("د. سامي/ الخطيب", True),
])
def test_editors_initials_between_slashes_leave_the_body(line, stays):
    raw = ARTICLE + line
    body = clean_text(raw).body
    assert (line in body) == stays
    assert TAIL_START in body


# (name, text after the article, must stay, must leave): the link's headline on the marker's own line.
INLINE_READ_ALSO = [
    ("a teaser at the foot echoing the inline headline",
     "اقرأ أيضاً: تراجع أسعار الذهب في السوق المحلية\n\n"
     "انخفضت أسعار الذهب في السوق المحلية صباح اليوم بمقدار 3 دنانير للغرام عيار 21.",
     [], ["اقرأ أيضاً", "3 دنانير"]),
    ("a teaser with a keyword list under it",
     "إقرأ أيضا: المنتخب يفوز على ضيفه بثلاثية نظيفة في التصفيات\n\n"
     "حقق المنتخب فوزا كبيرا على ضيفه بثلاثية نظيفة في التصفيات المؤهلة لكأس آسيا.\n\n"
     "الكلمات المفتاحية: شواطئ، بلدية، نظافة",
     [], ["ثلاثية نظيفة", "الكلمات المفتاحية"]),
    # must not change: the article goes on under the link
    ("a continuing paragraph sharing the article's words",
     "اقرأ أيضاً: البلدية تفتتح حديقة عامة جديدة في حي الشاطئ\n\n"
     "وأشار مدير إدارة النظافة إلى أن الحملة ستمتد إلى شواطئ الجنوب، وأن البلدية ستزيد عدد الحاويات.",
     ["ستمتد إلى شواطئ الجنوب"], ["اقرأ أيضاً"]),
    ("a paragraph on a related topic with the article resuming after it",
     "اقرأ أيضاً: ارتفاع درجات الحرارة في عطلة نهاية الأسبوع\n\n"
     "من جهتها، دعت جمعية حماية البيئة المواطنين إلى التطوع في الحملة وعدم ترك النفايات على الرمال.\n\n"
     "وأكد مدير إدارة النظافة أن البلدية ستنشر فرق مراقبة على الشواطئ طوال موسم الصيف.",
     ["جمعية حماية البيئة", "فرق مراقبة"], ["اقرأ أيضاً"]),
]


@pytest.mark.parametrize("name, tail, keep, gone", INLINE_READ_ALSO, ids=[c[0] for c in INLINE_READ_ALSO])
def test_teaser_under_an_inline_read_also_link_leaves_the_body(name, tail, keep, gone):
    raw = ARTICLE + tail
    cleaned = clean_text(raw)
    assert cleaned.title == TITLE
    assert TAIL_START in cleaned.body
    for text in keep:
        assert text in cleaned.body
    for text in gone:
        assert text not in cleaned.body
    assert_lines_of_input(cleaned.body, raw)


POLICE_STORY = (
    "الشرطة تضبط شبكة لتزوير العملات في العاصمة\n\n"
    "ضبطت الشرطة مساء أمس شبكة لتزوير العملات في أحد أحياء العاصمة، وعثرت بحوزة أفرادها على 40 ألف دولار "
    "مزورة.\n\n"
    "وقال المتحدث باسم الشرطة إن الشبكة تضم خمسة أشخاص، وإنها الأكبر من نوعها منذ مطلع العام الجاري، مشيرا "
    "إلى أن المتهمين أحيلوا إلى النيابة.\n\n"
    "وأضاف أن الأجهزة الأمنية سجلت خلال الأشهر الماضية 12 قضية تزوير مماثلة في المدن الكبرى.\n\n"
)


@pytest.mark.parametrize("tail, stays", [
    # the teaser shares with the article only a place and time words ("مساء", "الجاري"), which count for nothing
    ("مواضيع ذات صلة\nوزير الصحة يفتتح مستشفى جديدا للأطفال في العاصمة\n"
     "افتتح وزير الصحة مساء اليوم مستشفى للأطفال في العاصمة، ويستقبل المرضى حتى نهاية الشهر الجاري.", False),
    # must not change: a paragraph going on with the article's own words after the links
    ("مواضيع ذات صلة\nوزير الصحة يفتتح مستشفى جديدا للأطفال في العاصمة\n"
     "وأوضح المتحدث باسم الشرطة مساء اليوم أن التحقيقات مع أفراد الشبكة مستمرة حتى نهاية الشهر الجاري.", True),
])
def test_time_words_shared_with_the_article_do_not_keep_a_teaser(tail, stays):
    raw = POLICE_STORY + tail
    body = clean_text(raw).body
    assert (tail.split("\n")[-1] in body) == stays
    assert "مواضيع ذات صلة" not in body and "12 قضية تزوير" in body
    assert_lines_of_input(body, raw)


LEAD = "أعلنت وزارة الطاقة، اليوم الأربعاء، رفع أسعار الوقود بنسبة 5 بالمئة ابتداء من مطلع الشهر المقبل."

# (raw head, title): breadcrumb lines above the headline are no title.
BREADCRUMBS = [
    # an outlet's name the tables do not know, and sections, joined by spaced dashes
    ("الرؤية - محليات\n\nالحكومة ترفع أسعار الوقود بنسبة 5 بالمئة\n\n", "الحكومة ترفع أسعار الوقود بنسبة 5 بالمئة"),
    ("الوسط - أخبار - اقتصاد\nالحكومة ترفع أسعار الوقود بنسبة 5 بالمئة\n", "الحكومة ترفع أسعار الوقود بنسبة 5 بالمئة"),
    ("الشرق – عربي ودولي\nالحكومة ترفع أسعار الوقود بنسبة 5 بالمئة\n", "الحكومة ترفع أسعار الوقود بنسبة 5 بالمئة"),
    # a site's name in Latin letters (with digits) over its section
    ("Akhbar24 > اقتصاد\n\nالحكومة ترفع أسعار الوقود بنسبة 5 بالمئة\n\n", "الحكومة ترفع أسعار الوقود بنسبة 5 بالمئة"),
    ("Le Desk | سياسة\nالحكومة ترفع أسعار الوقود بنسبة 5 بالمئة\n", "الحكومة ترفع أسعار الوقود بنسبة 5 بالمئة"),
    ("Medi1 - اقتصاد\nالحكومة ترفع أسعار الوقود بنسبة 5 بالمئة\n", "الحكومة ترفع أسعار الوقود بنسبة 5 بالمئة"),
    # "›" and ">" never join a headline's words: a breadcrumb of a name and a region needs no section word
    ("صوت البصرة > الجنوب\nالحكومة ترفع أسعار الوقود بنسبة 5 بالمئة\n", "الحكومة ترفع أسعار الوقود بنسبة 5 بالمئة"),
    ("مدار › الضفة › نابلس\nالحكومة ترفع أسعار الوقود بنسبة 5 بالمئة\n", "الحكومة ترفع أسعار الوقود بنسبة 5 بالمئة"),
    # must not change: headlines with a dash joining a place and a clause, two places, a section and a clause
    ("غزة - الاحتلال يقصف مستشفى\nوقالت وزارة الصحة إن القصف أوقع إصابات.\n", "غزة - الاحتلال يقصف مستشفى"),
    ("مصر - السودان: اتفاق على تشغيل معبر أرقين\n", "مصر - السودان: اتفاق على تشغيل معبر أرقين"),
    ("لبنان - إسرائيل\nمفاوضات ترسيم الحدود تتعثر\n", "لبنان - إسرائيل"),
    ("اقتصاد - الدولار يتراجع\nالبنك المركزي يتدخل\n", "اقتصاد - الدولار يتراجع"),
    ("رياضة - الأهلي يفوز على الزمالك بهدفين\n", "رياضة - الأهلي يفوز على الزمالك بهدفين"),
    ("الأهلي | الزمالك\nقمة الدوري تنتهي بالتعادل\n", "الأهلي | الزمالك"),
    ("سوريا - 3 قتلى في قصف\nالدفاع المدني يواصل البحث\n", "سوريا - 3 قتلى في قصف"),
]


@pytest.mark.parametrize("head, title", BREADCRUMBS, ids=[c[0].split("\n")[0] for c in BREADCRUMBS])
def test_breadcrumb_lines_above_the_headline_are_no_title(head, title):
    raw = head + LEAD
    cleaned = clean_text(raw)
    assert cleaned.title == title
    assert cleaned.body.endswith(LEAD)
    labels = head.split(title)[0].strip()
    assert all(line.strip() not in cleaned.body for line in labels.split("\n") if line.strip())
    assert_lines_of_input(cleaned.body, raw)


# (name, text after the article, is it a glued-on story): a headline and its lead at the foot of the page,
# with no read-also marker and no dateline.
HEADLINE_AND_LEAD_AT_THE_FOOT = [
    ("a headline and a lead on another topic",
     "وزير الصحة يفتتح مستشفى جديدا للأطفال\n\n"
     "افتتح وزير الصحة مستشفى جديدا للأطفال في الضاحية الغربية بسعة 150 سريرا وبكلفة 30 مليون دينار.", True),
    ("a headline and a lead, with a follow prompt under them",
     "المنتخب يتأهل إلى نهائيات كأس العرب\n\n"
     "تأهل المنتخب الوطني إلى نهائيات كأس العرب بعد فوزه على ضيفه بهدفين نظيفين في الجولة الأخيرة.\n\n"
     "تابعونا على تيليغرام", True),
    # must not change: a subheading over the article's last paragraph, told by the words it shares with it
    ("a subheading over a paragraph on the article's topic",
     "حاويات جديدة على الكورنيش\n\n"
     "ستوزع البلدية الحاويات الجديدة على طول الكورنيش والشواطئ الشمالية، على أن تفرغها فرق النظافة يوميا.",
     False),
    ("a short subheading over a last paragraph that echoes it",
     "مخاوف الصيادين\n\n"
     "عبر صيادون في المنطقة عن مخاوفهم من تراجع أعداد الأسماك بسبب التلوث، مطالبين بتعويضات عاجلة.", False),
    ("a subheading over a paragraph opening with a connective",
     "مستشفى جديد للأطفال\n\n"
     "وافتتح وزير الصحة مستشفى جديدا للأطفال في الضاحية الغربية بسعة 150 سريرا وبكلفة 30 مليون دينار.", False),
    ("a headline-like line and a paragraph with the article going on after them",
     "وزير الصحة يفتتح مستشفى جديدا للأطفال\n\n"
     "افتتح وزير الصحة مستشفى جديدا للأطفال في الضاحية الغربية بسعة 150 سريرا وبكلفة 30 مليون دينار.\n\n"
     "وأكد مدير إدارة النظافة أن البلدية ستنشر فرق مراقبة على الشواطئ طوال موسم الصيف.", False),
]


@pytest.mark.parametrize("name, tail, glued", HEADLINE_AND_LEAD_AT_THE_FOOT,
                         ids=[c[0] for c in HEADLINE_AND_LEAD_AT_THE_FOOT])
def test_headline_and_lead_glued_at_the_foot_leave_the_body(name, tail, glued):
    raw = ARTICLE + tail
    cleaned = clean_text(raw)
    lead = [line for line in tail.split("\n") if line.strip()][1]
    assert (lead not in cleaned.body) == glued
    assert cleaned.title == TITLE and TAIL_START in cleaned.body
    assert_lines_of_input(cleaned.body, raw)
