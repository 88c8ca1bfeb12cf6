"""Table-driven cases for round 46's cleaning: a credit joining the outlet's own name to unnamed agencies
("المصدر: <outlet> + وكالات") and a closing prompt to subscribe to the outlet's newsletter.

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked
from .test_cleaning_round29 import assert_article_kept, page

# --- the outlet's own name joined to unnamed agencies -------------------------------------------------------------

OWN_NAME_WITH_AGENCIES = [  # (the credit line, the credit): the outlet wrote it from the wires; it stays whole
    ("المصدر: الشمال + وكالات", "الشمال + وكالات"),
    ("المصدر: جريدة الشمال - وكالات", "جريدة الشمال - وكالات"),
    ("المصدر: الشمال / الوكالات", "الشمال / الوكالات"),
    # must not change: a named agency beside the outlet's own name is the source; no own name, all stays
    ("المصدر: وات + الشمال", "وات"),
    ("المصدر: الشمال + رويترز + وكالات", "رويترز + وكالات"),
    ("المصدر: وات + وكالات", "وات + وكالات"),
]


@table("line, credit", OWN_NAME_WITH_AGENCIES)
def test_the_outlets_own_name_joined_to_unnamed_agencies_stays_in_the_credit(line, credit):
    cleaned = clean_checked(page(line, head=("الشمال", "جريدة الشمال")))
    assert_article_kept(cleaned)
    assert cleaned.source_credit == credit


# --- a prompt to subscribe to the outlet's newsletter, closed by a full stop ---------------------------------------

NEWSLETTER_PROMPTS = [
    "لمتابعة آخر أخبار الرياضة المحلية، اشترك في نشرة الشمال المسائية مجاناً.",
    "للاطلاع على أسعار الأسواق يومياً، اشتركوا في نشرتنا الصباحية.",
    "ليصلك ملخص الأسبوع كل جمعة، سجل في نشرتنا البريدية.",
    "اشترك الآن في نشرة الشمال الاقتصادية مجاناً.",
    "اشتركوا في نشرتنا الأسبوعية لتصلكم أهم الأخبار.",
]


@table("prompt", NEWSLETTER_PROMPTS)
def test_a_newsletter_prompt_closed_by_a_full_stop_goes(prompt):
    cleaned = clean_checked(page(prompt))
    assert_article_kept(cleaned)
    assert prompt not in cleaned.body


NOT_NEWSLETTER_PROMPTS = [  # sentences of the story that tell of subscribing or taking part: they stay
    "واشترك 300 متسابق في السباق الذي نظمته البلدية على كورنيش المدينة صباح أمس.",
    "اشترك في نشرة الأخبار الرئيسية عدد من المذيعين الذين انتقلوا من القناة الأولى.",
    "للمرة الأولى اشترك في نشرة الأرصاد الجوية خبراء من الجامعة لشرح أسباب الموجة.",
    "ولمتابعة حالة المرضى اشترك الأطباء في نشرة يومية تصدرها وزارة الصحة.",
]


@table("sentence", NOT_NEWSLETTER_PROMPTS)
def test_a_sentence_on_subscribing_stays(sentence):
    cleaned = clean_checked(page(middle=(sentence,)))
    assert_article_kept(cleaned)
    assert sentence in cleaned.body
