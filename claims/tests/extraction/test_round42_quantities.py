"""Table-driven cases for round 42's qualifiers and quantities: a verb of exceeding or reaching whose subject, a
number adjective or an adverb stands before the figure, "أكثر من" after a negated verb and its object's words, a
bound after the من-phrase of what is counted, days set against measured days, a figure "العدد" reaches, a count
after "هذا العام", digits inside a name and the "one unit" a rate is counted per.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import quantities_found, table


LONG_SUBJECTS = [  # (text, expected): a verb of exceeding or reaching, its subject, then the figure
    ("وتجاوزت العائدات السنوية لمهرجان الموسيقى الدولي 12 مليون درهم.",
     [("12 مليون درهم", 12_000_000.0, "more_than")]),
    ("ولم تتجاوز المشاركة في الجهات الثلاث 35%.", [("35%", 35.0, "up_to")]),
    ("ولا تتعدى الحصة في المحافظات الأربع 20%.", [("20%", 20.0, "up_to")]),
    ("وتصل كلفة الإقامة الليلية للسائح الواحد إلى 90 دولاراً.", [("90 دولاراً", 90.0, "up_to")]),
    ("والأسراب تضم أحياناً إلى جانب الجراد قطعاناً تصل أحياناً إلى 40 مليون حشرة.",
     [("40 مليون حشرة", 40_000_000.0, "up_to")]),
    ("وكانت فترات الانتظار تزيد أحياناً على 45 يوماً.", [("45 يوماً", 45.0, "more_than")]),
    # must not change: a new clause inside (و before a verb), a count of rivals, a past verb of reaching
    ("تجاوزت الشركة التوقعات وحققت الأرباح 5 ملايين دولار.", [("5 ملايين دولار", 5_000_000.0, "exact")]),
    ("تجاوز المنتخب الوطني لكرة القدم 3 منافسين.", [("3 منافسين", 3.0, "exact")]),
    ("ووصلت أحياناً إلى 30 شاحنة.", [("30 شاحنة", 30.0, "exact")]),
    ("وكانت الأمواج تبلغ أحياناً 6 أمتار.", [("6 أمتار", 6.0, "exact")]),
]


@table("text, expected", LONG_SUBJECTS)
def test_a_verb_reaches_past_its_subject_or_an_adverb(text, expected):
    assert quantities_found(text) == expected
