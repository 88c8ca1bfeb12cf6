"""Table-driven cases for round 42's cleaning: the outlet's own name over the headline, given with the page or quoted
in the text as the site a source speaks to ("بزنس2بزنس سورية" over the headline, with "لـ\"بزنس2بزنس\"" in the text).

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

import pytest

from .helpers import table
from .test_cleaning import clean_checked
from .test_round31_cleaning import LEAD, SECOND, TITLE, assert_article_kept, page

MENU = "الرئيسية | محليات | اقتصاد | رياضة | منوعات | اتصل بنا"


# --- the outlet's name given with the page, printed over the headline --------------------------------------------

GIVEN_OUTLETS = [  # (the line atop the page, the outlet's name the feed gives)
    ("نبض الساحل", "نبض الساحل"),
    ("إذاعة صوت الجنوب", "صوت الجنوب"),  # with its kind
    ("مرصد الاقتصاد الأردن", "مرصد الاقتصاد"),  # with its country
    ("الواحة", "جريدة الواحة"),  # without its kind
    ("ميناء7 لبنان", "ميناء7 لبنان"),  # a name with a figure
]


@table("line, outlet", GIVEN_OUTLETS)
def test_the_given_outlets_name_atop_the_page_is_no_title(line, outlet):
    cleaned = clean_checked(page(line, MENU), outlet=outlet)
    assert_article_kept(cleaned)
    assert line not in cleaned.body


OTHER_HEAD_LINES = [  # must not change: (the page as printed, the outlet's name, the title)
    # the headline alone atop the page: the title, whatever the outlet's name
    (page(), "نبض الساحل", TITLE),
    # a headline that opens with the outlet's name and says more
    (page(title="صوت الجنوب يطلق تطبيقه الجديد للأخبار المحلية"), "صوت الجنوب",
     "صوت الجنوب يطلق تطبيقه الجديد للأخبار المحلية"),
    # a short headline one word longer than the name, right over its lead
    (page(title="الواحة تزهر"), "الواحة", "الواحة تزهر"),
    # no name given
    (page(), None, TITLE),
]


@table("raw, outlet, title", OTHER_HEAD_LINES)
def test_head_lines_that_are_not_the_given_outlet_stay(raw, outlet, title):
    cleaned = clean_checked(raw, outlet=outlet)
    assert cleaned.title == title


# --- the site's name quoted in the text without its country ----------------------------------------------------------

QUOTED = ('وقال أحد التجار لـ"{name}" إن الانتقال إلى السوق الجديد سيخفف الازدحام في وسط المدينة، داعياً البلدية '
          "إلى تنظيم مواقف السيارات المحيطة به.")
QUOTED_NAMES = [  # (the line atop the page, the name a source in the text speaks to)
    ("شبكة7 الجنوب", "شبكة7"),
    ("عين24 لبنان", "عين24"),
    ("موقع جنوبيات", "جنوبيات"),
]


@table("line, name", QUOTED_NAMES)
def test_the_site_quoted_in_the_text_is_no_title_with_its_country(line, name):
    raw = "\n".join([line, MENU, "", TITLE, "", LEAD, "", SECOND, "", QUOTED.format(name=name)])
    cleaned = clean_checked(raw)
    assert cleaned.title == TITLE
    assert line not in cleaned.body


def test_a_short_headline_whose_word_is_quoted_stays_the_title():
    # must not change: a short headline over its lead; a word of it quoted as whom a source spoke to
    raw = "\n".join(["سوق صور الجديد", "", LEAD, "", SECOND, "", QUOTED.format(name="صور")])
    assert clean_checked(raw).title == "سوق صور الجديد"


# --- another story glued at the foot under its own headline, with no marker ---------------------------------------

FOOT = "شارك المقال"
GLUED_UNDER_HEADLINES = [  # (the glued story's headline, its lead), printed under the article's last paragraph
    ("أسعار الأسمنت في العراق اليوم الخميس",
     "سجل سعر طن الأسمنت المقاوم في أسواق بغداد 145 ألف دينار، بارتفاع طفيف عن الأسبوع الماضي، بحسب تجار مواد "
     "البناء في منطقة جميلة."),
    ("درجات الحرارة في الأردن غداً الجمعة",
     "تشهد المملكة ارتفاعاً ملموساً على درجات الحرارة، وتكون الأجواء حارة في معظم المناطق، فيما تهب رياح شمالية "
     "غربية معتدلة السرعة، بحسب دائرة الأرصاد الجوية."),
    ("مواعيد مباريات الدوري اللبناني لكرة السلة",
     "يلتقي فريق الرياضي بيروت مع الحكمة مساء السبت على ملعب منيف عويدات، في قمة المرحلة العاشرة من بطولة لبنان "
     "لكرة السلة، فيما يستضيف الشانفيل فريق هومنتمن."),
]


# What stands over the glued headline: the article's last paragraph alone, or a one-line read-also link under it.
ABOVE_THE_GLUED_HEADLINE = [(), ("اقرأ أيضاً: بلدية صور تطلق حملة نظافة في الأحياء القديمة",)]


@pytest.mark.parametrize("above", ABOVE_THE_GLUED_HEADLINE, ids=["under the last paragraph", "under a read-also link"])
@table("headline, lead", GLUED_UNDER_HEADLINES)
def test_a_story_on_another_topic_glued_under_its_headline_is_cut(headline, lead, above):
    cleaned = clean_checked(page(foot="\n".join([*above, headline, lead, "", FOOT])))
    assert_article_kept(cleaned)
    assert headline not in cleaned.body and lead not in cleaned.body


SUBHEADINGS = [  # must not change: (a heading, the article's last paragraph under it)
    # the article's own words in the heading
    ("مطالب التجار بمواقف للسيارات",
     "طالب عدد من التجار البلدية بإنشاء مواقف للسيارات قرب السوق، مؤكدين أن غيابها سيبعد الزبائن عن المحلات "
     "ويضر بحركة البيع."),
    # new words in the heading, the article's lead in the paragraph
    ("مخاوف من ارتفاع الإيجارات",
     "أبدى أصحاب المحلات في سوق الخضر الجديد في مدينة صور خشيتهم من رفع البلدية الإيجارات بعد انتهاء السنة "
     "الأولى من التشغيل."),
    # a heading of two words
    ("كلمة المحافظ",
     "أكد المحافظ في كلمته خلال الافتتاح أن المشروع جزء من خطة أوسع لتأهيل الأسواق الشعبية في الجنوب، واعداً "
     "بمشاريع مماثلة في النبطية."),
    # a paragraph that carries on with a connective
    ("أسعار الأسمنت في العراق اليوم الخميس",
     "وسجل سعر طن الأسمنت المقاوم في أسواق بغداد 145 ألف دينار، بارتفاع طفيف عن الأسبوع الماضي، بحسب تجار مواد "
     "البناء."),
]


@table("heading, paragraph", SUBHEADINGS)
def test_a_subheading_over_the_articles_last_paragraph_stays(heading, paragraph):
    cleaned = clean_checked(page(foot="\n".join([heading, paragraph, "", FOOT])))
    assert_article_kept(cleaned)
    assert heading in cleaned.body and paragraph in cleaned.body


# --- a party paper's name beside its slogan: the masthead, no credit --------------------------------------------

MOUTHPIECES = [  # (the masthead, the line under it: the paper's name and the party it speaks for)
    ("الميثاق", "جريدة الميثاق - لسان حزب التقدم"),
    ("النداء", "صحيفة النداء | لسان حال الحزب الشيوعي"),
    ("الوحدة", "الوحدة – لسان حال حزب الوحدة الشعبية"),
]


@table("masthead, line", MOUTHPIECES)
def test_a_party_papers_name_with_its_slogan_credits_no_one(masthead, line):
    cleaned = clean_checked(page(masthead, line, MENU))
    assert_article_kept(cleaned)
    assert cleaned.source_credit is None
    assert line not in cleaned.body


CREDIT_LINES = [  # must not change: (the line under the headline, the credit it gives)
    ("صحيفة الشمال - سامي الخطيب", "صحيفة الشمال"),  # the outlet and the author
    ("صحيفة الشمال - لسان الدين الخطيب", "صحيفة الشمال"),  # an author named لسان الدين
    ("بيروت - وكالة الأنباء المركزية", "وكالة الأنباء المركزية"),  # a city and an agency
]


@table("line, credit", CREDIT_LINES)
def test_a_credit_line_under_the_title_still_credits(line, credit):
    cleaned = clean_checked("\n".join([TITLE, line, "", LEAD, "", SECOND]))
    assert cleaned.title == TITLE
    assert cleaned.source_credit == credit
