"""Table-driven cases for round 40's cleaning: a closing agency credit under a page that prints its own name atop,
a reading time beside the date ("قراءة في 5 دقائق"), an editorial team signing ("فريق تحرير …") and a byline after
the outlet's short name ("رم - كتب: …").

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked
from .test_round31_cleaning import LEAD, SECOND, THIRD, TITLE, assert_article_kept, page


# --- the page's own name atop it, an agency credited at its foot -------------------------------------------------

FOOT_AGENCIES = [  # (first line, foot, credit)
    ("جريدة الساحل", "(وات)", "وات"),
    ("صحيفة الوادي", "(واس)", "واس"),
    ("جريدة الساحل", "المصدر: وكالة الأنباء الأردنية (بترا)", "وكالة الأنباء الأردنية (بترا)"),
]


@table("first, foot, credit", FOOT_AGENCIES)
def test_an_agency_at_the_foot_is_the_credit_over_the_page_own_name(first, foot, credit):
    cleaned = clean_checked(page(first, foot=foot))
    assert_article_kept(cleaned)
    assert cleaned.source_credit == credit


# --- a reading time beside the date; the editorial team or a byline after the outlet's short name -----------------

HEAD_FURNITURE = [  # (the lines under the title, published)
    ("29 يوليو 2025  |  قراءة في 5 دقائق", "2025-07-29"),
    ("فريق تحرير فوربس الشرق الأوسط\n29 يوليو 2025  |  قراءة في 5 دقائق", "2025-07-29"),
    ("هيئة تحرير الساحل\n12 مارس 2025", "2025-03-12"),
    ("12/03/2025 10:47:06 ص\nرم - كتب: سامر العمري", "2025-03-12"),
    ("عمان | بقلم: ليلى حداد\n12 مارس 2025", "2025-03-12"),
    # must not change: the labelled reading time, a byline alone
    ("12 مارس 2025 | مدة القراءة: 4 دقائق", "2025-03-12"),
    ("كتب: سامر العمري\n12 مارس 2025", "2025-03-12"),
]


@table("under, published", HEAD_FURNITURE)
def test_head_furniture_under_the_title_is_dropped(under, published):
    text = "\n".join(["جريدة الساحل", "", TITLE, under, "", LEAD, "", SECOND, "", THIRD])
    cleaned = clean_checked(text)
    assert_article_kept(cleaned)
    assert cleaned.published == published
    assert cleaned.body.startswith(LEAD)
