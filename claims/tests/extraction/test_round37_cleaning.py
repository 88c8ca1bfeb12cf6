"""Table-driven cases for round 37's cleaning and metadata: the page's date stamp in the head taking no place among the
masthead and label lines (the section label under it still goes, the headline under it is the title), and the teaser
of a link printed on the read-also marker's line at the foot, sharing the article's common words.

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import ArticlePage, table
from .test_cleaning import clean_checked

TITLE = "وزارة الصحة تطلق حملة تلقيح ضد الحصبة في المدارس الابتدائية بداية من الأسبوع المقبل"
LEAD = ("أعلنت وزارة الصحة عن إطلاق حملة وطنية للتلقيح ضد الحصبة في المدارس الابتدائية، تستهدف أكثر من 900 ألف تلميذ، "
        "على أن تنطلق الحملة بداية من الأسبوع المقبل وتتواصل لمدة شهر كامل.")
SECOND = ("وأوضحت الوزارة في بيان أن الحملة تأتي بعد تسجيل 140 حالة إصابة بالحصبة منذ مطلع السنة في ثلاث ولايات، "
          "داعية الأولياء إلى تقديم دفاتر التلقيح لأبنائهم قبل موعد الحملة.")
THIRD = ("وقال المدير الفرعي للوقاية إن فرقاً طبية متنقلة ستزور المدارس النائية، مشيراً إلى أن نسبة التغطية باللقاح "
         "تراجعت خلال السنوات الأخيرة إلى أقل من 80 بالمائة في بعض المناطق.")
FOURTH = ("ودعت نقابة الأطباء إلى مرافقة الحملة بحملات توعية في وسائل الإعلام، بعد انتشار معلومات مغلوطة حول "
          "اللقاحات على مواقع التواصل الاجتماعي.")
FOOT = ("تابعونا على فيسبوك وتلغرام", "جميع الحقوق محفوظة 2025")

ARTICLE = ArticlePage(TITLE, (LEAD, SECOND, THIRD, FOURTH), head=(), foot=FOOT)
page, assert_article_kept = ARTICLE.page, ARTICLE.assert_kept


# --- the page's date stamp in the head ----------------------------------------------------------------------------------

DATED_HEADS = [  # (the head lines over the headline, one a line; the section label that must go with them)
    # the outlet's name, its slogan, the date stamp (Hijri and Gregorian), the menu, the section
    ("الشروق المغاربي\nجريدة يومية مستقلة\nالخميس 12 رجب 1446 هـ الموافق لـ 12 جانفي 2025\n"
     "الوطني | اقتصاد | مجتمع | رياضة | دولي\nمجتمع", "مجتمع"),
    ("صدى الجنوب\nصحيفة إلكترونية مستقلة\nالثلاثاء 4 آذار 2025\nمحليات | اقتصاد | صحة | رياضة | منوعات\nصحة", "صحة"),
    ("النهار العربي\nيومية سياسية مستقلة\n2025/03/04\nسياسة | اقتصاد | مجتمع | ثقافة | رياضة\nمجتمع", "مجتمع"),
]


@table("head,label", DATED_HEADS)
def test_a_date_stamp_in_the_head_leaves_room_for_the_section_label(head, label):
    cleaned = clean_checked(page(head=tuple(head.split("\n"))))
    assert_article_kept(cleaned)
    assert label not in cleaned.body.split("\n")


SHORT_HEADLINES = [
    # a short headline right under the date stamp, its byline under it: the headline stays the title
    "الحصبة تعود",
    "تلقيح إجباري",
]


@table("title", SHORT_HEADLINES)
def test_a_short_headline_under_a_date_stamp_stays_the_title(title):
    head = ("الشروق المغاربي", "جريدة يومية مستقلة", "الخميس 12 رجب 1446 هـ الموافق لـ 12 جانفي 2025",
            "الوطني | اقتصاد | مجتمع | رياضة | دولي")
    cleaned = clean_checked(page(head=head, title=title))
    assert_article_kept(cleaned, title)


def test_a_date_stamp_over_the_headline_alone_stays_out_of_the_title():
    cleaned = clean_checked(page(head=("الأحد 2 فبراير 2025",)))
    assert_article_kept(cleaned)
    assert cleaned.published == "2025-02-02"


# --- a link's teaser under the read-also marker's own line, at the foot ------------------------------------------------

GLUED_TEASERS = [  # (the marker with its link, the link's teaser): another story of the same desk, sharing the article's
    # common words (the ministry, "أعلنت", the schools, the pupils, the week): a quarter to a half of its stems
    ("اقرأ أيضاً: توزيع الكتب المدرسية مجاناً على تلاميذ الأرياف ابتداء من الأسبوع المقبل",
     "أعلنت وزارة التربية توزيع الكتب المدرسية مجاناً على تلاميذ المدارس الابتدائية في الأرياف ابتداء من الأسبوع "
     "المقبل، لفائدة أكثر من 300 ألف تلميذ."),
    ("طالع أيضا: تمديد آجال التسجيل في مسابقة توظيف الممرضين إلى نهاية الشهر",
     "قررت وزارة الصحة تمديد آجال التسجيل في مسابقة توظيف الممرضين إلى نهاية الشهر الجاري، بعد تسجيل أعطال في "
     "المنصة الرقمية، داعية المترشحين إلى تقديم ملفاتهم قبل موعد المسابقة."),
]


@table("marker,teaser", GLUED_TEASERS)
def test_a_teaser_under_its_link_on_the_marker_line_goes(marker, teaser):
    cleaned = clean_checked(page(marker, teaser))
    assert_article_kept(cleaned)
    assert teaser not in cleaned.body


ARTICLE_AFTER_LINK = [
    # the article's own last paragraph after the link, opening with a connective, echoing the link
    ("اقرأ أيضاً: حملة تلقيح ضد الحصبة في المدارس الإعدادية الشهر المقبل",
     "وكانت الوزارة قد أعلنت أن حملة ثانية للتلقيح ضد الحصبة ستشمل المدارس الإعدادية الشهر المقبل، بعد انتهاء "
     "حملة المدارس الابتدائية."),
    # no connective, but the article's own names and words: it shares more than half of them
    ("اقرأ أيضاً: نقابة الأطباء تحذر من الإشاعات حول اللقاحات",
     "نقابة الأطباء حذرت بدورها من الإشاعات حول اللقاحات والحصبة، ودعت الأولياء إلى تلقيح أبنائهم في المدارس "
     "الابتدائية خلال الحملة."),
]


@table("marker,paragraph", ARTICLE_AFTER_LINK)
def test_the_articles_paragraph_after_a_link_on_the_marker_line_stays(marker, paragraph):
    cleaned = clean_checked(page(marker, paragraph))
    assert_article_kept(cleaned)
    assert paragraph in cleaned.body


@table("marker,teaser", GLUED_TEASERS)
def test_a_teaser_on_the_marker_line_in_mid_text_stays_with_the_article_after_it(marker, teaser):
    # not at the foot: the article's paragraphs follow the paragraph under the link, which is not cut (in doubt,
    # never lose text)
    cleaned = clean_checked(page(middle=(marker, teaser)))
    assert_article_kept(cleaned)
    assert teaser in cleaned.body
