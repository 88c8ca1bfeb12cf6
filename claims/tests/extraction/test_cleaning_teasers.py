"""Table-driven cases: numeric and Hijri+Gregorian date lines, sports section labels, teasers glued
under a read-also block (told by lexical cohesion), follow prompts and wire sign-offs.

Written by hand in the shapes of other outlets and topics (MAP, KUNA, Petra, WAFA, BNA, APS styles);
each table has cases that must not change.
"""
from __future__ import annotations

import pytest

from claims.extraction.cleaning import clean_text

from .test_cleaning import assert_lines_of_input

TITLE = "افتتاح خط جديد للسكك الحديدية بين مدينتين ساحليتين"
NEXT = "وأضاف الوزير أن الخط سيخفض مدة الرحلة إلى ساعتين بدل أربع ساعات."

# (first paragraph, published, credit): a wire dateline with a numeric date (day first) gives the date;
# the sentence it opens stays.
NUMERIC_DATELINES = [
    ("الرباط - 05/03/2026 (ومع) - أعلن المكتب الوطني للسكك الحديدية تشغيل خط جديد.", "2026-03-05", "ومع"),
    ("الكويت - 17-11-2025 (كونا) - قررت وزارة المواصلات تشغيل خط جديد للحافلات.", "2025-11-17", "كونا"),
    ("عمان 2026/01/08 (بترا) - افتتح وزير النقل خطا جديدا للقطار الخفيف.", "2026-01-08", "بترا"),
    ("رام الله 14-3-2025 وفا- أطلقت وزارة النقل خطا جديدا بين المدن.", "2025-03-14", "وفا"),
    ("المنامة، 21/04/2025 (بنا) – أقر مجلس الوزراء مشروع خط جديد للسكك الحديدية.", "2025-04-21", "بنا"),
    ("نواكشوط - 09/06/2025 - دشن وزير التجهيز خطا جديدا للسكك الحديدية.", "2025-06-09", None),
    # a month over 12 in second place: the date was written month first
    ("الدوحة - 02/13/2026 (قنا) - افتتحت وزارة المواصلات محطة جديدة للمترو.", "2026-02-13", "قنا"),
    # must not change: a sentence with a numeric date, a date with no dash closing the dateline
    ("أعلنت الوزارة في بيان صدر يوم 11/02/2026 - أي قبل أسبوع - تشغيل الخط.", None, None),
    ("تونس 11/02/2026 افتتح وزير النقل خطا جديدا بين المدينتين.", None, None),
]


@pytest.mark.parametrize("lead, published, credit", NUMERIC_DATELINES, ids=[c[0][:30] for c in NUMERIC_DATELINES])
def test_numeric_dateline_gives_the_date_and_stays(lead, published, credit):
    raw = f"{TITLE}\n\n{lead}\n\n{NEXT}"
    cleaned = clean_text(raw)
    assert (cleaned.title, cleaned.published, cleaned.source_credit) == (TITLE, published, credit)
    assert cleaned.body == f"{lead}\n\n{NEXT}"


@pytest.mark.parametrize("line, published, credit", [
    ("الجزائر - 09/06/2025 (واج) -", "2025-06-09", "واج"),
    ("الكويت - 17-11-2025 (كونا)", "2025-11-17", "كونا"),
    ("الرباط - 11/02/2026", "2026-02-11", None),
])
def test_numeric_dateline_alone_on_its_line_leaves_the_body(line, published, credit):
    raw = f"{TITLE}\n{line}\n{NEXT}"
    cleaned = clean_text(raw)
    assert (cleaned.published, cleaned.source_credit, cleaned.body) == (published, credit, NEXT)


@pytest.mark.parametrize("line", ["القاهرة - 12.5 مليون جنيه حصيلة المزاد الأول", "غزة 11/02/2026"])
def test_lines_with_numbers_under_the_title_that_are_no_dateline(line):
    raw = f"{TITLE}\n{line}\n{NEXT}"
    cleaned = clean_text(raw)
    assert cleaned.published is None
    assert cleaned.body.startswith(line)


# (date line under the title, published): a Hijri date with its Gregorian equivalent ("الموافق لـ").
HIJRI_GREGORIAN_LINES = [
    ("الخميس، 5 رجب 1447 هـ الموافق لـ 25 ديسمبر 2025 م", "2025-12-25"),
    ("الأحد 1 شوال 1446 الموافق 30 مارس 2025", "2025-03-30"),
    ("السبت 12 ربيع الأول 1447هـ الموافق ل 6 سبتمبر 2025م", "2025-09-06"),
    ("3 شعبان 1446 هجري الموافق 2 فبراير 2025 ميلادي", "2025-02-02"),
    ("2 فبراير 2025 م الموافق 3 شعبان 1446 هـ", "2025-02-02"),
    ("الأحد 3 شعبان 1446هـ", "2025-02-02"),  # a Hijri date alone
]


@pytest.mark.parametrize("line, published", HIJRI_GREGORIAN_LINES, ids=[c[0] for c in HIJRI_GREGORIAN_LINES])
def test_hijri_and_gregorian_date_line_gives_the_date_and_leaves_the_body(line, published):
    raw = f"{TITLE}\n\n{line}\n\n{NEXT}"
    cleaned = clean_text(raw)
    assert (cleaned.title, cleaned.published, cleaned.body) == (TITLE, published, NEXT)


def test_sentence_with_hijri_and_gregorian_dates_stays():
    line = "وتزامن الافتتاح مع يوم الجمعة 10 ذو الحجة 1446 هـ الموافق لـ 6 يونيو 2025 م."
    raw = f"{TITLE}\n\n{line}\n\n{NEXT}"
    cleaned = clean_text(raw)
    assert cleaned.published is None
    assert line in cleaned.body


BODY = "أعلن الاتحاد المحلي لكرة القدم، اليوم الأحد، موعد انطلاق الموسم الجديد في 20 سبتمبر المقبل."

# (raw head, title): a sports section with its sub-section above the headline is no title.
SPORTS_LABELS = [
    ("رياضة | كرة قدم عالمية\nبرشلونة يضم لاعب وسط هولنديا بعقد لخمسة مواسم\n",
     "برشلونة يضم لاعب وسط هولنديا بعقد لخمسة مواسم"),
    ("الرياضة › كرة السلة\nالمنتخب يتأهل إلى نهائيات كأس آسيا\n", "المنتخب يتأهل إلى نهائيات كأس آسيا"),
    ("كرة القدم المحلية\nالوداد يتعادل مع الجيش الملكي في قمة الجولة\n", "الوداد يتعادل مع الجيش الملكي في قمة الجولة"),
    # must not change: a headline after the sports label, a headline alone
    ("كرة القدم | الأهلي يفوز على الزمالك بهدفين\n", "كرة القدم | الأهلي يفوز على الزمالك بهدفين"),
    ("ريال مدريد يخسر أمام أتلتيكو\n", "ريال مدريد يخسر أمام أتلتيكو"),
]


@pytest.mark.parametrize("head, title", SPORTS_LABELS, ids=[c[1] for c in SPORTS_LABELS])
def test_sports_section_labels_above_the_headline_are_no_title(head, title):
    raw = head + BODY
    cleaned = clean_text(raw)
    assert cleaned.title == title
    assert cleaned.body == BODY


# (raw head, title): a site's name in Latin letters over the headline (with or without a section
# label under it) is no title.
LATIN_MASTHEADS = [
    ("Sky News Arabia\nالبنك المركزي يرفع سعر الفائدة نصف نقطة\n", "البنك المركزي يرفع سعر الفائدة نصف نقطة"),
    ("France 24\nالبنك المركزي يرفع سعر الفائدة نصف نقطة\n", "البنك المركزي يرفع سعر الفائدة نصف نقطة"),
    ("CNN Arabic\nاقتصاد\n\nالبنك المركزي يرفع سعر الفائدة نصف نقطة\n",
     "البنك المركزي يرفع سعر الفائدة نصف نقطة"),
    # must not change: an Arabic headline with a Latin name in it
    ("شركة Apple تطرح هاتفها الجديد في الأسواق العربية\n", "شركة Apple تطرح هاتفها الجديد في الأسواق العربية"),
]


@pytest.mark.parametrize("head, title", LATIN_MASTHEADS, ids=[c[0].split("\n")[0] for c in LATIN_MASTHEADS])
def test_latin_site_name_above_the_headline_is_no_title(head, title):
    lead = "أعلن البنك المركزي، اليوم الخميس، رفع سعر الفائدة الرئيسي بمقدار 50 نقطة أساس."
    cleaned = clean_text(head + lead)
    assert (cleaned.title, cleaned.body) == (title, lead)


def test_title_of_an_english_page_stays():
    raw = "Central bank raises rates\nThe central bank raised its main rate by 50 basis points on Thursday."
    assert clean_text(raw).title == "Central bank raises rates"


ARTICLE = (
    "محطة جديدة لمعالجة مياه الصرف في إربد\n\n"
    "افتتح وزير المياه والري، اليوم الثلاثاء، محطة لمعالجة مياه الصرف الصحي في محافظة إربد بطاقة "
    "تصل إلى 40 ألف متر مكعب يوميا.\n\n"
    "وقال الوزير إن المحطة ستخدم نحو 300 ألف نسمة في المحافظة، وإن المياه المعالجة ستستخدم في ري "
    "المزروعات العلفية.\n\n"
    "وتعاني المملكة من شح مزمن في الموارد المائية، إذ تقل حصة الفرد السنوية عن 100 متر مكعب، وفق "
    "أرقام رسمية، فيما تسعى الحكومة إلى رفع كميات المياه المعالجة المستخدمة في الزراعة.\n\n"
)
RESUME = ("وأضاف وزير المياه أن المحطة نفذت بتمويل من الاتحاد الأوروبي، وأن الوزارة تخطط لإنشاء محطة "
          "مماثلة لمعالجة مياه الصرف الصحي في محافظة المفرق.")

# (name, text after the article's first paragraphs, must stay, must leave): a read-also block whose
# link is followed by a paragraph of the linked story, told by the words it shares with the link and
# with the article.
GLUED_TEASERS = [
    ("a teaser opening with و, closer to the link than to the article, then the article goes on",
     "اقرأ أيضاً:\nارتفاع أسعار اللحوم في أسواق عمان قبل رمضان\n"
     "وارتفعت أسعار لحوم الأغنام بنسبة 15 بالمئة في أسواق عمان خلال أسبوع، بحسب تجار تحدثوا للصحيفة.\n\n"
     + RESUME,
     ["نفذت بتمويل من الاتحاد الأوروبي"], ["أسعار لحوم الأغنام", "ارتفاع أسعار اللحوم"]),
    ("a teaser at the foot, a keyword list under it",
     "اقرأ أيضاً:\nالدولار يواصل الهبوط أمام الجنيه للأسبوع الثالث على التوالي\n"
     "تراجع سعر الدولار أمام الجنيه في البنوك صباح اليوم بمقدار 5 قروش مقارنة بختام تعاملات أمس.\n\n"
     "الكلمات المفتاحية: وزارة المياه والري، محافظة إربد، مياه الصرف الصحي، الاتحاد الأوروبي\n\n"
     "تابعونا على تيليغرام",
     [], ["سعر الدولار", "5 قروش", "الكلمات المفتاحية", "تيليغرام"]),
    ("a teaser sharing a place with the article, at the foot over a long keyword list",
     "اقرأ أيضاً:\nسعر الذهب اليوم.. عيار 21 يسجل 3900 جنيها\n"
     "ارتفعت أسعار الذهب في محلات محافظة إربد صباح اليوم بقيمة 30 جنيها للجرام.\n\n"
     "الكلمات المفتاحية: وزارة المياه والري، محافظة إربد، مياه الصرف الصحي، الاتحاد الأوروبي",
     [], ["محلات محافظة إربد", "الكلمات المفتاحية"]),
    ("a teaser echoing no link word that shares nothing with the article, which resumes after it",
     "اقرأ أيضاً:\nحفل فني في المدرج الروماني\n"
     "أحيت فرقة موسيقية شعبية أمسية غنائية حضرها جمهور غفير من العائلات والشباب، وقدمت خلالها أغاني تراثية.\n\n"
     + RESUME,
     ["نفذت بتمويل من الاتحاد الأوروبي"], ["أمسية غنائية"]),
    ("a glued story of two paragraphs running to the foot",
     "اقرأ أيضاً:\nالفيصلي يتعاقد مع مهاجم سوري لموسمين\n"
     "أعلن نادي الفيصلي ضم المهاجم القادم من نادي تشرين بعد مفاوضات استمرت أسبوعين.\n\n"
     "وسجل المهاجم 14 هدفا مع تشرين في الموسم الماضي، ليحل ثالثا في ترتيب هدافي الدوري.",
     [], ["الفيصلي", "14 هدفا"]),
    ("'اقرأ المزيد' with a link and a teaser at the foot",
     "اقرأ المزيد\nكوريا الجنوبية تطلق مسبارا نحو القمر\n"
     "أطلقت كوريا الجنوبية مسبارا غير مأهول نحو القمر في أول مهمة من نوعها للبلاد.\n\n"
     "تابعوا القناة على يوتيوب",
     [], ["مسبارا", "يوتيوب"]),
    ("a related-stories heading with a link and its teaser at the foot",
     "أخبار ذات صلة\nالمنتخب الوطني يستعد لمواجهة العراق وديا\n"
     "يخوض المنتخب الوطني مباراة ودية أمام نظيره العراقي على ستاد عمان الدولي استعدادا للتصفيات.\n\n"
     "شارك الخبر",
     [], ["المنتخب الوطني", "مباراة ودية"]),
    # must not change: the article goes on after a link on a related topic, sharing the article's words
    ("a continuing paragraph after a link on the same topic",
     "اقرأ أيضاً:\nمحطة معالجة مياه الصرف في الزرقاء تدخل الخدمة\n" + RESUME,
     [RESUME], ["تدخل الخدمة"]),
    ("a continuing paragraph after 'اقرأ المزيد'",
     "اقرأ المزيد\nالأردن يطلق استراتيجية وطنية للمياه\n" + RESUME,
     [RESUME], ["استراتيجية وطنية"]),
    # must not change: a paragraph on the link's topic that shares a word with the article, the
    # article going on after it (a related link, not a teaser)
    ("a continuing paragraph echoing a related link, sharing a word with the article",
     "اقرأ أيضاً:\nاحتجاجات في الرمثا على انقطاع المياه عن الأحياء الشرقية\n"
     "وخرج محتجون في الرمثا احتجاجا على انقطاع المياه المتكرر عن أحيائهم الشرقية، مطالبين بحلول عاجلة.\n\n"
     + RESUME,
     ["وخرج محتجون في الرمثا", RESUME], ["الأحياء الشرقية\n"]),
    ("a continuing paragraph sharing one word with the article, the article going on after it",
     "اقرأ أيضاً:\nالحكومة تقر نظاما جديدا للأبنية\n"
     "من جهتها، دعت نقابة المهندسين إلى تشديد الرقابة على شركات المقاولات المنفذة للمشاريع الكبرى "
     "في المحافظة.\n\n" + RESUME,
     ["نقابة المهندسين", RESUME], ["نظاما جديدا للأبنية"]),
    # must not change: a quote of a resident sharing few words, with no return to the article after it
    ("a resident's quote sharing few words with the article",
     "اقرأ أيضاً:\nالحكومة تقر نظاما جديدا للأبنية\n"
     "وتقول أم خالد، وهي من سكان الحي الشرقي، إن الروائح الكريهة أرهقت عائلتها لسنوات طويلة قبل الافتتاح.\n\n"
     "ويطالب السكان منذ سنوات بحل جذري لمشكلة الروائح.",
     ["الروائح الكريهة", "بحل جذري"], ["نظاما جديدا للأبنية"]),
]


@pytest.mark.parametrize("name, after, keep, gone", GLUED_TEASERS, ids=[c[0] for c in GLUED_TEASERS])
def test_teaser_glued_under_a_read_also_block_leaves_the_body(name, after, keep, gone):
    raw = ARTICLE + after
    cleaned = clean_text(raw)
    assert cleaned.title == "محطة جديدة لمعالجة مياه الصرف في إربد"
    assert "40 ألف متر مكعب" in cleaned.body and "300 ألف نسمة" in cleaned.body
    for text in keep:
        assert text in cleaned.body
    for text in gone:
        assert text not in cleaned.body
    assert_lines_of_input(cleaned.body, raw)


# (closing line, left in the body?): follow prompts naming a platform and wire editors' initials go.
CLOSING_LINES = [
    ("تابعونا على تيليغرام", False),
    ("تابعوا «الشروق» على تيلغرام", False),
    ("انضموا إلى قناتنا على واتساب", False),
    ("تابعونا على إنستغرام ويوتيوب", False),
    ("تابعوا حسابنا على X", False),
    ("تابعونا على سناب شات", False),
    ("م.ع", False),
    ("ع.ف/ س.أ", False),
    ("ي . ط", False),
    ("هـ.ن/ ر.ب.", False),
    ("ع ه ب / م ع", False),
    ("//انتهى//", False),
    ("(النهاية)", False),
    # must not change: a sentence on a platform, an abbreviated title with a name
    ("وتابع الوزير حديثه عبر تيليغرام قائلا إن المشروع سيكتمل قريبا.", True),
    ("د. سامي الخطيب", True),
]


@pytest.mark.parametrize("line, stays", CLOSING_LINES, ids=[c[0] for c in CLOSING_LINES])
def test_follow_prompts_and_sign_offs_leave_the_body(line, stays):
    raw = ARTICLE + RESUME + "\n\n" + line
    body = clean_text(raw).body
    assert (line in body) == stays
    assert body.startswith("افتتح وزير المياه") and RESUME in body
