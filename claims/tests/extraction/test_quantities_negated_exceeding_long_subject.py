"""A negated verb of exceeding caps a measured amount past a long subject of any head noun ("لم يتجاوز دعم الحكومة
المركزية للبلديات 12%": at most 12%), as it does past an amount noun or a short subject: the subject is one construct
chain (no preposition or stop word, ending on a definite word) up to eight words, the figure a measure, a currency or
a percent. A count ("3 منافسين") and the verb not negated keep exact.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import quantities_found, table

CASES = [
    ("فيما لم يتجاوز دعم الحكومة المركزية للبلديات 12% من حاجتها.", [("12%", 12.0, "up_to")]),
    ("ولم يتجاوز إنفاق وزارة الصحة الفلسطينية 4 ملايين دولار.", [("4 ملايين دولار", 4000000.0, "up_to")]),
    ("ولا يتجاوز استهلاك محطة التحلية الجديدة 30 ميغاواط.", [("30 ميغاواط", 30.0, "up_to")]),
    # must not change: a count, a verb not negated, a short subject (read as before)
    ("ولم يتجاوز لاعبو المنتخب الوطني 3 منافسين.", [("3 منافسين", 3.0, "exact")]),
    ("تجاوز دعم الحكومة المركزية للبلديات 12%.", [("12%", 12.0, "exact")]),
    ("لم يتجاوز دعم الحكومة 12%.", [("12%", 12.0, "up_to")]),
]


@table("text, expected", CASES)
def test_a_negated_verb_of_exceeding_caps_past_a_long_subject(text, expected):
    assert quantities_found(text) == expected
