"""Table-driven cases for round 44's cleaning: the site's menu printed one item a line over the headline, an
institution's name atop its own site (it owns the page's copyright notice), a topics label ("مواضيع:") closing the
article over a story glued on, a page-feedback prompt ("هل كان المحتوى مفيداً؟ نعم لا"), and the outlet's name before
its labelled stamp ("<outlet> - نشر في <date> - 1:05م").

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked
from .test_round31_cleaning import LEAD, SECOND, THIRD, TITLE, page

# --- the site's menu printed one item a line ----------------------------------------------------------------------

VERTICAL_MENUS = [  # (the lines over the headline, the menu's items among them: "/" splits them here)
    ("صدى البلد/الرئيسية/محليات/دوليات/رياضة/فنون وثقافة", "الرئيسية/محليات/دوليات/رياضة/فنون وثقافة"),
    ("الرئيسية/أخبار الأردن/اقتصاد/تكنولوجيا/منوعات/أسرة ومجتمع", "أخبار الأردن/اقتصاد/تكنولوجيا/منوعات/أسرة ومجتمع"),
    ("صحيفة الوسط/سياسة/حوادث/صحة/عقارات/برامج", "سياسة/حوادث/صحة/عقارات/برامج"),
]


@table("head, items", VERTICAL_MENUS)
def test_a_menu_printed_one_item_a_line_is_no_title(head, items):
    cleaned = clean_checked(page(*head.split("/")))
    assert cleaned.title == TITLE
    body_lines = cleaned.body.split("\n")
    for item in items.split("/"):
        assert item not in body_lines
    assert cleaned.body.startswith(LEAD)


SHORT_LINES_THAT_STAY = [  # short lines in the text, or too few, or no sections: the text's own lines
    # a list of places under the lead
    "\n".join([TITLE, "", LEAD, "", "صور", "صيدا", "النبطية", "جزين", "", SECOND, "", THIRD]),
    # two section names over the headline are a label pass's business, not a menu: the headline stays the title
    "\n".join(["اقتصاد", "محليات", "", TITLE, "", LEAD, "", SECOND, "", THIRD]),
]


@table("raw", SHORT_LINES_THAT_STAY)
def test_short_lines_of_the_text_stay(raw):
    cleaned = clean_checked(raw)
    assert cleaned.title == TITLE
    for paragraph in (LEAD, SECOND, THIRD):
        assert paragraph in cleaned.body


NOT_MENUS = [  # short lines over a headline that are no menu: "/" splits the lines
    "صور/صيدا/النبطية/جزين",  # towns, no section among them
    "اقتصاد/رياضة/صور",  # three items only
    "اقتصاد/رياضة/صيدا/النبطية/جزين/مرجعيون",  # two sections among six items
    "اقتصاد/رياضة/منوعات/في الجنوب",  # an item with a particle: a clause
]


@table("lines", NOT_MENUS)
def test_short_lines_that_are_no_menu_are_left_to_the_other_passes(lines):
    from claims.extraction.cleaning.dates import fold
    from claims.extraction.cleaning.masthead import _drop_vertical_menu
    raw = [*lines.split("/"), TITLE, LEAD, SECOND]
    keys = [fold(line) for line in raw]
    drop = [False] * len(keys)
    removed = []
    _drop_vertical_menu(keys, drop, removed.append)
    assert removed == []


def test_places_listed_under_the_lead_stay():
    cleaned = clean_checked(SHORT_LINES_THAT_STAY[0])
    assert all(place in cleaned.body.split("\n") for place in ("صور", "صيدا", "النبطية", "جزين"))


# --- an institution's name atop its own site ----------------------------------------------------------------------

OWN_SITES = [  # (the name atop the page, the copyright notice at its foot)
    ("الهيئة العامة للطيران المدني", "جميع الحقوق محفوظة للهيئة العامة للطيران المدني © 2025"),
    ("وزارة النقل والخدمات اللوجستية", "© 2024 جميع الحقوق محفوظة لوزارة النقل والخدمات اللوجستية"),
    ("بلدية صيدا الكبرى", "حقوق النشر محفوظة لبلدية صيدا الكبرى 2026 ©"),
]


@table("name, notice", OWN_SITES)
def test_the_institution_owning_the_page_is_no_title(name, notice):
    cleaned = clean_checked(page(name, "المركز الإعلامي | الأخبار | البيانات الصحفية", "English",
                                 "الرئيسية > المركز الإعلامي > الأخبار", foot=notice))
    assert cleaned.title == TITLE
    assert name not in cleaned.body.split("\n") and "English" not in cleaned.body


def test_a_headline_named_in_no_copyright_notice_stays_the_title():
    # must not change: the first line reads as a headline; the foot credits another outlet
    headline = "بلدية صور تفتتح سوق الخضر الجديد"
    cleaned = clean_checked(page(title=headline, foot="جميع الحقوق محفوظة لصحيفة الجنوب © 2025"))
    assert cleaned.title == headline


# --- a topics label closing the article, a story glued under it ------------------------------------------------------

GLUED = ("انقلاب شاحنة على طريق الساحل الجنوبي",
         "أصيب سائق شاحنة بجروح طفيفة، فجر الثلاثاء، إثر انقلاب شاحنته على طريق الساحل الجنوبي قرب بلدة الغازية، "
         "وفق ما أفاد به الصليب الأحمر الذي نقله إلى مستشفى قريب.")
TOPIC_LABELS = [
    "مواضيع: سوق الخضر صور البلدية",
    "المواضيع: الأسواق، البلديات، الجنوب",
    "موضوعات: سوق الخضر | صور",
]


@table("tags", TOPIC_LABELS)
def test_a_topics_label_and_the_story_glued_under_it_leave(tags):
    cleaned = clean_checked("\n".join([TITLE, "", LEAD, "", SECOND, "", THIRD, "شارك:", tags, *GLUED]))
    assert tags not in cleaned.body
    assert GLUED[0] not in cleaned.body and GLUED[1] not in cleaned.body
    assert THIRD in cleaned.body


def test_topics_in_a_sentence_stay():
    # must not change: "مواضيع" in the text's sentence, no label
    sentence = "وناقش المجلس مواضيع عدة، أبرزها تنظيم الأسواق الشعبية وتحسين النظافة في الأحياء القديمة."
    cleaned = clean_checked(page(foot=sentence))
    assert sentence in cleaned.body


# --- a page-feedback prompt ------------------------------------------------------------------------------------

FEEDBACK_PROMPTS = [
    "هل كان المحتوى مفيداً؟ نعم لا",
    "هل كانت هذه الصفحة مفيدة؟",
    "هل وجدت هذا المقال مفيدا؟ نعم | لا",
    "هل كانت المعلومات مفيدة؟",
]


@table("prompt", FEEDBACK_PROMPTS)
def test_a_page_feedback_prompt_leaves(prompt):
    cleaned = clean_checked(page(foot=prompt))
    assert prompt not in cleaned.body
    assert THIRD in cleaned.body


QUESTIONS_THAT_STAY = [  # the text's questions on whether something else was of use
    "هل كان القرار مفيداً للاقتصاد؟ يجيب الخبراء بأن الأثر لن يظهر قبل عام.",
    "هل كانت الزيارة مفيدة؟ يقول التجار إنها حركت السوق لأيام قليلة فقط.",
]


@table("question", QUESTIONS_THAT_STAY)
def test_the_texts_own_question_stays(question):
    cleaned = clean_checked(page(foot=question))
    assert question in cleaned.body


# --- the outlet's name before its labelled stamp ----------------------------------------------------------------

NAMED_STAMPS = [  # (the stamp line under the headline, published)
    ("صوت الجنوب - نشر في 3 آذار 2025 - 9:40ص", "2025-03-03"),
    ("الشرق الجديد | تاريخ النشر: 12 مايو 2024", "2024-05-12"),
    ("جريدة الصباح - نشر في 21 يناير 2026 - 11:15م", "2026-01-21"),
]


@table("stamp, published", NAMED_STAMPS)
def test_the_outlets_name_before_its_stamp_leaves_with_it(stamp, published):
    cleaned = clean_checked("\n".join([TITLE, stamp, "", LEAD, "", SECOND, "", THIRD]))
    assert cleaned.title == TITLE
    assert cleaned.published == published
    assert stamp not in cleaned.body


def test_a_dateline_with_a_bare_date_is_no_named_stamp():
    # must not change: a city before a bare date opens the lead's dateline reading, not this rule
    line = "صور - 3 آذار 2025"
    from claims.extraction.cleaning.dates import fold
    from claims.extraction.cleaning.metadata import _outlet_before_stamp
    assert not _outlet_before_stamp([fold("صور"), fold("3 آذار 2025")])
    assert not _outlet_before_stamp([fold("قال الوزير إن"), fold("نشر في 3 آذار 2025")])
    assert line  # (the line itself is read elsewhere)
