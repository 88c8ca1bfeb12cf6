"""Counts of a group with no counted noun after the number word:

- after كنّ/كنا (forms of كان too short for the verb shape), what the group counted just before numbered earlier:
  "ارتفع عدد القاضيات إلى 12 قاضية بعدما كنّ ثماني"؛
- a definite number word after a definite plural it agrees with, a relative clause after it telling what the counted
  did: "حصد الحزب المقاعد الخمسة التي تنافس عليها" (as "المقاعد الـ5"). A verb before the noun qualifies no figure
  of it ("يتجاوز المقاعد الخمسة التي …" is exact).

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import quantities_found, table

WAS_CASES = [
    ("وارتفع عدد القاضيات إلى 12 قاضية بعدما كنّ ثماني قبل عامين.",
     [("12 قاضية", 12.0, "exact"), ("ثماني", 8.0, "exact")]),
    ("وبلغ عدد الفرق المشاركة 20 فريقاً بعدما كنا أربعة في البداية.",
     [("20 فريقاً", 20.0, "exact"), ("أربعة", 4.0, "exact")]),
    # must not change: no count before, an amount before (no group)
    ("كنا ثمانية في الغرفة.", []),
    ("وتراجعت حصة الحزب إلى 5% بعدما كانت ثمانية.", [("5%", 5.0, "exact")]),
]

DEFINITE_ADJECTIVE_CASES = [
    ("وحصد الحزب المقاعد الخمسة التي تنافس عليها في الدائرة.", [("الخمسة", 5.0, "exact")]),
    ("وراجعت الوزارة الملفات السبعة التي أحالتها النيابة.", [("السبعة", 7.0, "exact")]),
    ("وقال إن الرقم يتجاوز المقاعد الخمسة التي فاز بها الحزب.", [("الخمسة", 5.0, "exact")]),
    # must not change: a group counted before and named again, a span of time, الاثنين (also Monday)
    ("وأحالت النيابة المتهمين الستة إلى المحكمة.", []),
    ("وخلال السنوات العشر التي قضاها في المنصب.", []),
    ("وغاب عن الاجتماع الأعضاء الاثنين الذين استقالوا.", []),
]


@table("text, expected", WAS_CASES)
def test_a_group_counted_before_numbered_earlier(text, expected):
    assert quantities_found(text) == expected


@table("text, expected", DEFINITE_ADJECTIVE_CASES)
def test_a_definite_number_word_counts_the_plural_before_it(text, expected):
    assert quantities_found(text) == expected
