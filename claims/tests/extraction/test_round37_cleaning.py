"""Table-driven cases for round 37's cleaning and metadata: the page's date stamp in the head taking no place among the
masthead and label lines (the section label under it still goes, the headline under it is the title), the teaser of a
link printed on the read-also marker's line at the foot, sharing the article's common words, another story glued under
the article's close with its own date stamp between its headline and its dateline, and a contact e-mail address alone
on its line.

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


# --- another story under the article's close, its date stamp between its headline and its dateline --------------------

CLOSE = "الكلمات المفتاحية: الصحة، الحصبة، التلقيح، المدارس"

GLUED_STORIES = [  # (headline, its date stamp, its dateline, its lead)
    ("الحماية المدنية: إخماد حريق بمستودع للأخشاب في المنطقة الصناعية", "2025-03-04 | 09:40 ص", "عمان/ الأنباط:",
     "تمكنت فرق الحماية المدنية، فجر اليوم الثلاثاء، من إخماد حريق اندلع في مستودع للأخشاب بالمنطقة الصناعية، "
     "دون تسجيل إصابات بشرية، فيما فتحت الشرطة تحقيقاً لمعرفة أسبابه."),
    ("الأرصاد: أمطار رعدية غزيرة على المرتفعات الغربية نهاية الأسبوع", "الثلاثاء 4 آذار 2025", "بيروت - الوطن",
     "توقعت مصلحة الأرصاد الجوية هطول أمطار رعدية غزيرة على المرتفعات الغربية نهاية الأسبوع، داعية السائقين إلى "
     "توخي الحذر على الطرقات الجبلية."),
    ("المرور: حجز 500 سيارة مخالفة في حملة على الطرق السريعة", "10:15 ص", "الرباط/ النهار:",
     "أعلنت مديرية المرور، اليوم الثلاثاء، حجز أكثر من 500 سيارة مخالفة خلال حملة على الطرق السريعة استمرت "
     "أسبوعاً، مؤكدة أن الحملة ستتواصل حتى نهاية الشهر."),
]


@table("headline,stamp,dateline,lead", GLUED_STORIES)
def test_a_story_with_its_date_stamp_under_the_close_is_cut(headline, stamp, dateline, lead):
    raw = "\n\n".join([TITLE, LEAD, SECOND, THIRD, FOURTH, CLOSE, "\n".join([headline, stamp, dateline, lead])])
    cleaned = clean_checked(raw)
    assert_article_kept(cleaned)
    for line in (headline, stamp, dateline, lead):
        assert line not in cleaned.body


def test_a_dated_story_under_the_last_paragraph_is_cut():
    headline, stamp, dateline, lead = GLUED_STORIES[1]
    cleaned = clean_checked(page(headline, stamp, dateline, lead, foot=()))
    assert_article_kept(cleaned)
    assert headline not in cleaned.body and lead not in cleaned.body


ARTICLE_ENDINGS = [  # (a subheading, the line under it, the paragraph): the article's own, kept
    # a clock time in mid-text under a subheading (a live entry), then the article's dateline-less paragraph
    ("آخر المستجدات", "11:30 ص", "وأكدت الوزارة أن الحملة ستشمل أيضاً المدارس الخاصة، وأن التلقيح مجاني في كل "
                                  "المؤسسات."),
    # a dated subheading's line, then a paragraph that carries on with a connective
    ("موعد الحملة", "الإثنين 10 مارس 2025", "وتنطلق الحملة في هذا التاريخ في كل المدارس الابتدائية، على أن تتواصل "
                                           "أربعة أسابيع."),
]


@table("subheading,stamp,paragraph", ARTICLE_ENDINGS)
def test_a_subheading_with_a_time_over_the_articles_paragraph_stays(subheading, stamp, paragraph):
    cleaned = clean_checked(page(middle=(subheading, stamp, paragraph)))
    assert_article_kept(cleaned)
    assert subheading in cleaned.body and paragraph in cleaned.body


# --- a contact e-mail address alone on its line -------------------------------------------------------------------------

EMAIL_LINES = [
    "arabic@agency.example",
    "E-mail: desk@news.example",
    "البريد الإلكتروني: redaction@journal.example",
    "m.salem@news.example, desk@news.example",
]


@table("line", EMAIL_LINES)
def test_an_email_address_alone_goes(line):
    cleaned = clean_checked(page(line, "(انتهى)"))
    assert_article_kept(cleaned)
    assert line not in cleaned.body


EMAIL_PARAGRAPHS = [
    "وخصصت الوزارة بريداً إلكترونياً لتلقي استفسارات الأولياء حول الحملة: vaccins@sante.example",
    "ويمكن للأطباء المتطوعين التسجيل عبر العنوان volontaires@sante.example قبل نهاية الأسبوع.",
]


@table("line", EMAIL_PARAGRAPHS)
def test_a_paragraph_with_an_email_address_stays(line):
    cleaned = clean_checked(page(middle=(line,)))
    assert_article_kept(cleaned)
    assert line in cleaned.body
