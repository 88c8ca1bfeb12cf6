"""Maghreb (Tunisian, Algerian, Moroccan) news words: "الفارط" for "past", and month names such as أفريل and جويلية.

Invented sentences; published on Monday 10 March 2025.
"""
from __future__ import annotations

from .helpers import dates_found, last_speaker, table

PUB = "2025-03-10"

PAST_CASES = [
    ("وارتفعت الأسعار الشهر الفارط بنسبة 5%.", [("الشهر الفارط", "2025-02")]),
    ("وأعلنت الوزارة الأسبوع الفارط عن 12 إصابة جديدة.", [("الأسبوع الفارط", "2025-W10")]),
    ("وسجلت الشركة السنة الفارطة أرباحا قياسية.", [("السنة الفارطة", "2024")]),
    ("وعاد الوزير السبت الفارط إلى العاصمة.", [("السبت الفارط", "2025-03-08")]),
    # near miss: the same words with الماضي still read as before
    ("وارتفعت الأسعار الشهر الماضي بنسبة 5%.", [("الشهر الماضي", "2025-02")]),
]


@table("text,expected", PAST_CASES)
def test_al_farit_is_past(text, expected):
    assert dates_found(text, PUB) == expected


SPEAKER_CASES = [
    ("وقال الوزير أفريل الماضي إن الأسعار سترتفع.", "الوزير"),
    ("وأكد المدير جويلية الفارط أن الشركة ستغلق فرعين.", "المدير"),
    ("وصرح رئيس الجامعة في جانفي أن الامتحانات ستؤجل.", "رئيس الجامعة"),
    # near miss: a family name after the title stays
    ("وقال الوزير نبيل عمار إن المحادثات مستمرة.", "الوزير نبيل عمار"),
]


@table("text,speaker", SPEAKER_CASES)
def test_a_maghreb_month_after_the_speaker_is_no_part_of_the_name(text, speaker):
    assert last_speaker(text) == speaker
