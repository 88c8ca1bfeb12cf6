"""Table-driven cases for round 31's cleaning: a live blog's format label before its headline, a labelled headlines
ticker of two items above the headline, a mailing-list and an ad-blocker prompt, and a story glued under the closed
comment widget.

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked

TITLE = "افتتاح سوق الخضر الجديد في مدينة صور بحضور المحافظ"
LEAD = ("افتتح محافظ الجنوب، صباح اليوم الخميس، سوق الخضر الجديد في مدينة صور، بعد أشهر من أعمال التأهيل التي "
        "موّلتها البلدية بالشراكة مع اتحاد التجار.")
SECOND = ("وأوضح رئيس بلدية صور أن السوق يضم 120 محلاً مخصصاً لبيع الخضر والفواكه، وأن البلدية ستفرض رسوماً رمزية "
          "على التجار خلال السنة الأولى.")
THIRD = ("وقال أحد التجار إن الانتقال إلى السوق الجديد سيخفف الازدحام في وسط المدينة، داعياً البلدية إلى تنظيم "
         "مواقف السيارات المحيطة به.")


def page(*head: str, title: str = TITLE, foot: str = "") -> str:
    return "\n".join([*head, "", title, "", LEAD, "", SECOND, "", THIRD, "", foot])


def assert_article_kept(cleaned, title: str = TITLE) -> None:
    assert cleaned.title == title
    for paragraph in (LEAD, SECOND, THIRD):
        assert paragraph in cleaned.body


# --- a live blog's format label before the headline -------------------------------------------------------------

LIVE_LABELS = [
    ("تغطية مستمرة | افتتاح سوق الخضر الجديد في مدينة صور بحضور المحافظ", TITLE),
    ("تغطية مباشرة: افتتاح سوق الخضر الجديد في مدينة صور بحضور المحافظ", TITLE),
    ("متابعة حية | افتتاح سوق الخضر الجديد في مدينة صور بحضور المحافظ", TITLE),
    ("🔴 تغطية متواصلة – افتتاح سوق الخضر الجديد في مدينة صور بحضور المحافظ", TITLE),
    ("مباشر | افتتاح سوق الخضر الجديد في مدينة صور بحضور المحافظ", TITLE),  # round 40: the live label alone
    ("بث مباشر: افتتاح سوق الخضر الجديد في مدينة صور بحضور المحافظ", TITLE),
    # must not change: one-word tags of what the story is, a headline opening with the word itself
    ("عاجل | افتتاح سوق الخضر الجديد في مدينة صور بحضور المحافظ",
     "عاجل | افتتاح سوق الخضر الجديد في مدينة صور بحضور المحافظ"),
    ("خاص | افتتاح سوق الخضر الجديد في مدينة صور بحضور المحافظ",
     "خاص | افتتاح سوق الخضر الجديد في مدينة صور بحضور المحافظ"),
    ("تغطية مستمرة لافتتاح سوق الخضر الجديد في مدينة صور", "تغطية مستمرة لافتتاح سوق الخضر الجديد في مدينة صور"),
    ("مباشر من صور: افتتاح سوق الخضر الجديد", "مباشر من صور: افتتاح سوق الخضر الجديد"),
    ("مباشر.. افتتاح سوق الخضر الجديد في مدينة صور", "مباشر.. افتتاح سوق الخضر الجديد في مدينة صور"),
    # must not change: too little after the label to be a headline
    ("تغطية مستمرة | سوق صور", "تغطية مستمرة | سوق صور"),
]


@table("headline, title", LIVE_LABELS)
def test_live_format_label_is_no_part_of_the_title(headline, title):
    cleaned = clean_checked(page("جريدة الساحل", title=headline))
    assert_article_kept(cleaned, title)


# --- a labelled ticker of the day's headlines above the headline -------------------------------------------------

HEAD_TICKERS = [
    "أبرز العناوين: انقطاع الكهرباء عن أحياء في طرابلس | تأجيل امتحانات الجامعة اللبنانية",
    "أهم الأخبار | وفاة شاب في حادث سير على أوتوستراد الجنوب | ارتفاع سعر البنزين",
    "آخر العناوين: الجيش يفتح طريق الناقورة",
    "عناوين اليوم: الحكومة تجتمع الإثنين … البرلمان يناقش الموازنة",
]


@table("ticker", HEAD_TICKERS)
def test_labelled_headlines_ticker_is_no_title(ticker):
    cleaned = clean_checked(page("جريدة الساحل", ticker))
    assert_article_kept(cleaned)
    assert ticker not in cleaned.body


# must not change: a headline that opens with such words but has no label's colon or bar
def test_headline_opening_with_headline_words_stays():
    headline = "أبرز العناوين في صحف الجنوب تتناول افتتاح سوق الخضر في صور"
    cleaned = clean_checked(page("جريدة الساحل", title=headline))
    assert_article_kept(cleaned, headline)


# --- prompts at the foot --------------------------------------------------------------------------------------------

FOOT_PROMPTS = [
    "اشترك في القائمة البريدية ليصلك كل جديد",
    "انضم إلى قائمتنا البريدية",
    "يرجى تعطيل مانع الإعلانات لدعم الصحافة المستقلة",
    "الرجاء إيقاف حاجب الإعلانات لمواصلة القراءة",
    "Please disable your ad blocker",
]


@table("prompt", FOOT_PROMPTS)
def test_foot_prompts_leave(prompt):
    cleaned = clean_checked(page("جريدة الساحل", foot=prompt))
    assert_article_kept(cleaned)
    assert prompt not in cleaned.body


# must not change: sentences of an article on mailing lists and ad blockers
KEPT_SENTENCES = [
    "وأطلقت الشركة مانع إعلانات جديداً في متصفحها، ما أثار اعتراض الناشرين",
    "وقالت النقابة إن تعطيل مانع الإعلانات لا يعني دعم الصحف تلقائياً",
    "وتضم القائمة البريدية للجمعية أكثر من ثلاثة آلاف عضو",
]


@table("sentence", KEPT_SENTENCES)
def test_sentences_on_mailing_lists_and_blockers_stay(sentence):
    text = "\n".join(["جريدة الساحل", "", TITLE, "", LEAD, "", sentence, "", SECOND, "", THIRD])
    cleaned = clean_checked(text)
    assert_article_kept(cleaned)
    assert sentence in cleaned.body


# --- a story glued under the closed comment widget --------------------------------------------------------------

GLUED_HEADLINE = "أسعار الذهب تتراجع في أسواق عمّان مع نهاية الأسبوع"
GLUED_LEAD = ("تراجعت أسعار الذهب في أسواق عمّان، مع ختام تعاملات الأسبوع، ليسجل غرام عيار 21 نحو 54 ديناراً، فيما "
              "سجل عيار 18 قرابة 47 ديناراً.")


@table("widget", ["التعليقات مغلقة", "باب التعليقات مغلق", "لا توجد تعليقات حالياً"])
def test_story_under_the_comment_widget_is_cut(widget):
    cleaned = clean_checked(page("جريدة الساحل", foot=f"{widget}\n{GLUED_HEADLINE}\n{GLUED_LEAD}\n"))
    assert_article_kept(cleaned)
    assert GLUED_HEADLINE not in cleaned.body and "54 ديناراً" not in cleaned.body


def test_article_paragraph_under_the_comment_widget_stays():
    # must not change: the widget printed in mid-text, the article going on under it with its own words
    more = ("وأضاف رئيس البلدية أن سوق الخضر الجديد في صور سيفتح أبوابه للتجار كل يوم من السادسة صباحاً، وأن "
            "البلدية ستراقب الأسعار في المحلات.")
    cleaned = clean_checked(page("جريدة الساحل", foot=f"التعليقات مغلقة\n{more}\n"))
    assert_article_kept(cleaned)
    assert more in cleaned.body
