"""A count of part of a group inside the subject of a verb of exceeding ("تجاوزت قوة 14 منها 4.5 درجات": the
strength of 14 of them passed 4.5) is exact, and the verb's qualifier goes to the figure after "منها": more than 4.5.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import quantities_found, table

CASES = [
    ("وسجلت المحطة 150 هزة، تجاوزت قوة 14 منها 4.5 درجات.",
     [("150 هزة", 150.0, "exact"), ("14", 14.0, "exact"), ("4.5 درجات", 4.5, "more_than")]),
    ("وحفرت الشركة 40 بئراً، تجاوز عمق 6 منها 200 متر.",
     [("40 بئراً", 40.0, "exact"), ("6", 6.0, "exact"), ("200 متر", 200.0, "more_than")]),
    # must not change: no partitive, a partitive with no verb of exceeding
    ("وتجاوزت قوة الهزة 4.5 درجات.", [("4.5 درجات", 4.5, "more_than")]),
    ("أصيب 30 شخصاً، توفي 5 منهم.", [("30 شخصاً", 30.0, "exact"), ("5", 5.0, "exact")]),
]


@table("text, expected", CASES)
def test_a_partitive_count_in_the_subject_passes_the_qualifier_on(text, expected):
    assert quantities_found(text) == expected
