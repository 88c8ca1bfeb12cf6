"""Table-driven cases for round 37's cleaning and metadata: the page's date stamp in the head taking no place among the
masthead and label lines (the section label under it still goes, the headline under it is the title).

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
