"""Two qualifier rules:

- "نزل عن/دون/تحت" (to go below) is less than, and negated at least: "لن تنزل درجات الحرارة الدنيا ليلاً عن 25 درجة"،
  with the subject between the verb and its preposition as for تقل عن;
- a compared figure called recorded ("أعلى من 3.2% المسجلة العام الماضي") is the figure on record, exact.
"""
from __future__ import annotations

from .helpers import quantities_found, table

# (text, quantities found)
BELOW_AND_RECORDED = [
    ("ويتوقع أن لا تنزل درجات الحرارة الدنيا ليلاً عن 25 درجة.", [("25 درجة", 25.0, "at_least")]),
    ("وأكد أن سعر الأوقية لن ينزل عن 2000 دولار هذا العام.", [("لن ينزل عن 2000 دولار", 2000.0, "at_least")]),
    ("وبلغت نسبة البطالة 7.1 في المائة، وهي أقل من نسبة 8 في المائة المسجلة العام الماضي.",
     [("7.1 في المائة", 7.1, "exact"), ("8 في المائة", 8.0, "exact")]),
    ("وسجل التضخم 4.5%، أي أكثر من 3.2% المسجلة قبل عام.", [("4.5%", 4.5, "exact"), ("3.2%", 3.2, "exact")]),
    # must not change: a comparison with no record after it, a count that goes on after the figure, دون alone
    ("وبلغت نسبة البطالة 7.1 في المائة، وهي أقل من 8 في المائة.",
     [("7.1 في المائة", 7.1, "exact"), ("أقل من 8 في المائة", 8.0, "less_than")]),
    ("وسجلت الولاية أكثر من 300 حالة جديدة.", [("أكثر من 300 حالة", 300.0, "more_than")]),
    ("ولا تقل درجات الحرارة الدنيا عن 20 درجة.", [("20 درجة", 20.0, "at_least")]),
    ("ونزل سعر البرميل دون 60 دولارا للمرة الأولى.", [("دون 60 دولارا", 60.0, "less_than")]),
]


@table("text, expected", BELOW_AND_RECORDED)
def test_below_and_recorded(text, expected):
    assert quantities_found(text) == expected
