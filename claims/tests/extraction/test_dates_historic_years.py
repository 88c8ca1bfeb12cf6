"""A year before 1500 dates a historic event when a year word follows the event's noun: "زلزال عام 1033"،
"حريق سنة 1666م" (TIMEX3 writes four digits: 0732). Only after a noun of a catastrophe or a war, never a Hijri
year alone nor a count.

Invented sentences, with no publication date (the year is told).
"""
from __future__ import annotations

from .helpers import dates_found, table

CASES = [
    ("وشهدت المدينة زلازل مدمرة أبرزها زلزال عام 1202 الذي هدم قلعتها.", [("عام 1202", "1202")]),
    ("ويعود بناء السور إلى ما بعد حريق سنة 1666م.", [("سنة 1666م", "1666")]),
    ("وانتهى التوسع بعد معركة عام 732 في جنوب فرنسا.", [("عام 732", "0732")]),
    ("وقضى ثلث سكان المدينة في طاعون سنة 1348.", [("سنة 1348", "1348")]),
    # must not change: a Hijri year alone, a count after the number, a year with no event noun, a modern year
    ("وسقطت المدينة بعد حصار عام 656 هـ.", []),
    ("وخلفت الحرب عام 900 قتيل.", []),
    ("وبني المسجد عام 1033.", []),
    ("وذكّر بزلزال عام 1999.", [("عام 1999", "1999")]),
]


@table("text,expected", CASES)
def test_a_year_of_history_after_its_event(text, expected):
    assert dates_found(text, None) == expected
