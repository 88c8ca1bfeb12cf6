"""Two weekdays right before the days they name ("يومي الأحد والاثنين 7 و8 يونيو") are one mention, those days.

Read alone, "يومي الأحد والاثنين" would be the Sunday and Monday nearest the report; with the explicit days after them
on the same days of the week, only those days are meant.
"""
from __future__ import annotations

from .helpers import dates_found, table

PUBLISHED = "2026-05-27"  # a Wednesday

CASES = [
    ("يعقد المؤتمر يومي الأحد والاثنين 7 و8 يونيو.",
     [("يومي الأحد والاثنين 7 و8 يونيو", "2026-06-07/2026-06-08")]),
    ("تجرى المباريات يومي الأحد والاثنين، 7-8 يونيو المقبل.",
     [("يومي الأحد والاثنين، 7-8 يونيو المقبل", "2026-06-07/2026-06-08")]),
    ("تقام الدورة الأحد والاثنين 7 و8 يونيو.",
     [("الأحد والاثنين 7 و8 يونيو", "2026-06-07/2026-06-08")]),
    # must not change: weekdays that are not the days after them, weekdays told apart from a later date
    ("يعقد المؤتمر يومي السبت والأحد 7 و8 يونيو.",
     [("يومي السبت والأحد", "2026-05-30/2026-05-31"), ("7 و8 يونيو", "2026-06-07/2026-06-08")]),
    ("يعقد المؤتمر يومي الأحد والاثنين المقبلين، وتعلن نتائجه في 12 يونيو.",
     [("يومي الأحد والاثنين المقبلين", "2026-05-31/2026-06-01"), ("12 يونيو", "2026-06-12")]),
    ("يعقد المؤتمر يوم الأحد 7 يونيو.", [("يوم الأحد 7 يونيو", "2026-06-07")]),
    ("يعقد المؤتمر يومي 7 و8 يونيو.", [("يومي 7 و8 يونيو", "2026-06-07/2026-06-08")]),
]


@table("text,expected", CASES)
def test_weekdays_naming_days(text, expected):
    assert dates_found(text, PUBLISHED) == expected
