"""Table-driven cases for round 33's cleaning and metadata.

- A story glued at the foot with no marker: its headline, its lead echoing it, and a paragraph or two of its own
  ("وأوضح مصدر …") before the page's footer, all sharing almost nothing with the article (see
  glued._lead_at_the_foot).
- A masthead giving the outlet's name in both scripts on one line, with no bar between them ("إذاعة الصين الدولية
  CRI Online"), over the site's menu or a section label: no title (see masthead._arabic_spelling).
- The page's stamp and the "المصدر:" credit on one line ("2025/03/12 10:46:18   المصدر: شينخوا"): the date and the
  credit are read and the line leaves the body (see metadata._stamp_and_credit).

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import ArticlePage, table
from .test_cleaning import clean_checked

TITLE = "محكمة الاستئناف تؤيد سجن مسؤولين سابقين في شركة الكهرباء بتهمة اختلاس المال العام"
LEAD = ("أيدت محكمة الاستئناف بالعاصمة، اليوم الأحد، أحكاماً بالسجن بين ثلاث وسبع سنوات بحق أربعة مسؤولين سابقين "
        "في شركة الكهرباء الوطنية، بعد إدانتهم باختلاس أموال عامة تقدر بنحو 14 مليون دينار.")
SECOND = ("وكانت المحكمة الابتدائية قد أصدرت أحكامها في القضية العام الماضي، بعد تحقيقات كشفت أن المتهمين أبرموا "
          "عقود صيانة وهمية مع شركات مقاولات يملكها أقاربهم خلال الفترة من 2019 حتى 2022.")
THIRD = ("وقال محامي المتهم الأول إن موكله سيطعن في الحكم أمام محكمة التمييز، مؤكداً أن تقارير الخبرة الفنية "
         "التي اعتمدت عليها المحكمة لم تراع شروط العقود الأصلية.")
FOURTH = ("وألزمت المحكمة المتهمين برد المبالغ المختلسة إلى خزينة الشركة، ومصادرة أرصدتهم المصرفية المجمدة منذ بدء "
          "التحقيقات.")
FOOT = ["جميع الحقوق محفوظة لصحيفة الميدان © 2025"]


ARTICLE = ArticlePage(TITLE, (LEAD, SECOND, THIRD, FOURTH), head=("صحيفة الميدان",), foot=tuple(FOOT))
page, assert_article_kept = ARTICLE.page, ARTICLE.assert_kept


# --- a story glued at the foot with no marker, running on for a paragraph of its own -----------------------------

GLUED_STORIES = [
    ("ضبط 5 أطنان من السكر المدعم قبل بيعها في السوق السوداء بمدينة الزرقاء",
     "تمكنت فرق الرقابة التموينية في مدينة الزرقاء من ضبط 5 أطنان من السكر المدعم قبل بيعها في السوق السوداء، "
     "وتحرير مخالفة لصاحب مستودع في المنطقة الصناعية.",
     "وأوضح مصدر في المديرية أن الحملة أسفرت أيضاً عن تحرير 21 مخالفة لمخابز لم تلتزم بوزن الرغيف المقرر."),
    ("افتتاح مهرجان الزيتون السنوي في قرى الجبل الأخضر بمشاركة مئات المزارعين",
     "افتتح مهرجان الزيتون السنوي في قرى الجبل الأخضر بمشاركة مئات المزارعين الذين عرضوا منتجاتهم من الزيت "
     "والمخللات والصابون البلدي في ساحة القرية الرئيسية.",
     "ويستمر المهرجان ثلاثة أيام تتخللها عروض فلكلورية ومسابقات لأفضل زيت زيتون بكر من إنتاج الموسم."),
]


@table("headline,lead,more", GLUED_STORIES)
def test_a_glued_story_with_a_paragraph_of_its_own_goes(headline, lead, more):
    for joiner in ("\n\n", "\n"):  # (blank lines between paragraphs, or none: the headline right under the text)
        cleaned = clean_checked(page(headline, lead, more, joiner=joiner))
        assert_article_kept(cleaned)
        for line in (headline, lead, more):
            assert line not in cleaned.body


STAYING_ENDINGS = [
    # a subheading over two paragraphs of the same story: they name its court, defendants and funds again
    ("طعن أمام محكمة التمييز",
     "ويحق للمتهمين الطعن في أحكام محكمة الاستئناف أمام محكمة التمييز خلال ثلاثين يوماً من تاريخ صدورها.",
     "وقالت مصادر قضائية إن النيابة العامة تدرس بدورها الطعن في الأحكام التي رأت أنها لا تتناسب مع حجم الأموال "
     "العامة المختلسة من شركة الكهرباء."),
    # a headline and a lead foreign to the article, but the paragraph after them goes back to the court case
    ("ضبط 5 أطنان من السكر المدعم قبل بيعها في السوق السوداء بمدينة الزرقاء",
     "تمكنت فرق الرقابة التموينية في مدينة الزرقاء من ضبط 5 أطنان من السكر المدعم قبل بيعها في السوق السوداء، "
     "وتحرير مخالفة لصاحب مستودع في المنطقة الصناعية.",
     "وأكدت محكمة الاستئناف أن أحكام السجن بحق المسؤولين السابقين في شركة الكهرباء نهائية بعد رفض طعون "
     "المتهمين واختلاس المال العام."),
]


@table("heading,first,second", STAYING_ENDINGS)
def test_the_article_own_paragraphs_under_a_heading_stay(heading, first, second):
    cleaned = clean_checked(page(heading, first, second))
    assert_article_kept(cleaned)
    assert second in cleaned.body


# --- the outlet's name in both scripts on one line --------------------------------------------------------------

NAV = "الصفحة الرئيسية | الصين | العالم العربي | العلوم والتكنولوجيا | الثقافة | الرياضة"
BILINGUAL_MASTHEADS = [
    "إذاعة الصين الدولية  CRI Online",
    "صوت الجبل Sawt Al Jabal",
    "Radio Tanger راديو طنجة",
]


@table("masthead", BILINGUAL_MASTHEADS)
def test_a_masthead_in_two_scripts_over_the_menu_is_no_title(masthead):
    cleaned = clean_checked(page(head=(masthead, NAV)))
    assert_article_kept(cleaned)
    assert masthead not in cleaned.body


@table("masthead", BILINGUAL_MASTHEADS[:2])
def test_a_masthead_in_two_scripts_over_a_section_label_is_no_title(masthead):
    cleaned = clean_checked(page(head=(masthead, "اقتصاد")))
    assert_article_kept(cleaned)


MIXED_HEADLINES = [
    # a headline mixing the scripts, first on the page with no menu under it: the title
    "Apple تكشف عن هاتفها الجديد",
    "شركة سامسونغ تطلق Galaxy",
]


@table("headline", MIXED_HEADLINES)
def test_a_headline_mixing_scripts_stays_the_title(headline):
    lead = ("كشفت الشركة، اليوم الثلاثاء، عن هاتفها الجديد في مؤتمر صحفي بالعاصمة، مؤكدة أنه سيطرح في الأسواق "
            "العربية مطلع الشهر المقبل بسعر يبدأ من 900 دولار.")
    cleaned = clean_checked("\n\n".join([headline, lead, SECOND]))
    assert cleaned.title == headline


# --- the page's stamp and the credit on one line --------------------------------------------------------------

STAMPS_WITH_CREDIT = [
    ("2025/03/12 10:46:18   المصدر: شينخوا", "2025-03-12", "شينخوا"),
    ("12 مارس 2025 | المصدر: وكالات", "2025-03-12", "وكالات"),
    ("الأربعاء 12 مارس 2025 - 09:15 المصدر: الأناضول", "2025-03-12", "الأناضول"),
    ("12/03/2025 Source: Reuters", "2025-03-12", "Reuters"),
]


@table("line,published,credit", STAMPS_WITH_CREDIT)
def test_a_stamp_with_the_credit_beside_it_is_read(line, published, credit):
    cleaned = clean_checked(page(head=("صحيفة الميدان", "محاكم"), joiner="\n").replace(TITLE, f"{TITLE}\n{line}"))
    assert_article_kept(cleaned)
    assert cleaned.published == published
    assert cleaned.source_credit == credit
    assert line not in cleaned.body


NOT_STAMPS = [
    # a figure, not a stamp, before the label
    "خسائر بقيمة 14 مليون دينار المصدر: تقرير ديوان المحاسبة",
    # a stamp, but a sentence after the label
    "12 مارس 2025 المصدر: قالت وزارة العدل في بيان إن المحكمة ستعقد جلسة جديدة الأسبوع المقبل للنظر في الطعون",
]


@table("line", NOT_STAMPS)
def test_a_line_that_is_no_stamp_with_a_credit_stays(line):
    cleaned = clean_checked(page(line))
    assert line in cleaned.body
    assert cleaned.published is None
