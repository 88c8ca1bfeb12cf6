"""Table-driven cases for round 41's cleaning: the page's date beside the city's weather ("الإثنين 11 أغسطس 2025 |
إسطنبول 31°"), a live blog's headline behind its format label with its update time under it, and a station's name
in two scripts atop the page ("حسنى | Husna FM").

Written by hand in the shapes of other outlets, countries and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import table
from .test_cleaning import clean_checked
from .test_round31_cleaning import LEAD, SECOND, THIRD, TITLE, page

MENU = "الرئيسية | محليات | اقتصاد | رياضة | منوعات | اتصل بنا"


DATE_AND_WEATHER = [  # (the line over the headline, published)
    ("الإثنين 11 أغسطس 2025 | إسطنبول 31°", "2025-08-11"),
    ("الأربعاء 19 شباط 2025 | عمّان 1°", "2025-02-19"),
    ("12 مارس 2025 | بيروت 18° | طرابلس 21°", "2025-03-12"),
    # must not change: the date alone, the weather alone
    ("الإثنين 11 أغسطس 2025", "2025-08-11"),
]


@table("line, published", DATE_AND_WEATHER)
def test_the_date_beside_the_weather_is_the_page_date_and_no_title(line, published):
    cleaned = clean_checked(page("جريدة الساحل", MENU, line))
    assert cleaned.title == TITLE
    assert cleaned.published == published
    assert line not in cleaned.body and cleaned.body.startswith(LEAD)


LIVE_HEADLINES = [  # (the headline as printed, the line under it)
    (f"تغطية مباشرة| {TITLE}", "آخر تحديث: 09:10 مساءً"),
    (f"مباشر | {TITLE}", "آخر تحديث: 11:05"),
    (f"تغطية مستمرة: {TITLE}", "الأربعاء 19 شباط 2025"),
]


@table("headline, under", LIVE_HEADLINES)
def test_a_live_headline_with_its_time_under_it_is_the_title(headline, under):
    cleaned = clean_checked("\n".join(["حسنى | Husna FM", MENU, "", headline, under, "", LEAD, "", SECOND, "", THIRD]))
    assert cleaned.title == TITLE


TWO_SCRIPT_NAMES = [  # a name in two scripts opening the page: the site's
    "حسنى | Husna FM",
    "الوسط | Alwasat",
    "Hawa FM | إذاعة هوا",
]


@table("name", TWO_SCRIPT_NAMES)
def test_a_name_in_two_scripts_atop_the_page_is_no_title(name):
    cleaned = clean_checked(page(name, "12 مارس 2025"))
    assert cleaned.title == TITLE
    assert name not in cleaned.body


def test_a_brand_headline_right_over_its_lead_stays_the_title():
    # must not change: a headline naming a brand in Latin letters, with its lead right under it
    headline = "Gulf Times - التعليم يتغير"
    cleaned = clean_checked("\n".join([headline, LEAD, "", SECOND, "", THIRD]))
    assert cleaned.title == headline
