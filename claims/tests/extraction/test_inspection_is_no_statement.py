"""Table-driven cases for "كشف على" (examined, inspected) in a later clause: the inspectors tell nothing, the figure
is the announcer's ("وأعلنت الوزارة أن …، بعد أن كشفت لجان فنية صباح أمس على 60 جسراً" → الوزارة); "كشف عن" and
"كشف أن" still tell.

Written by hand (bridges, hospitals, factories); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

AN_INSPECTION_IS_NO_STATEMENT = [  # (text, figure, claimants)
    ("وأعلنت وزارة الأشغال أن حركة السير ستعود غداً، بعد أن كشفت لجان فنية صباح أمس على 60 جسراً في المحافظة.",
     "60", ["وزارة الأشغال"]),
    ("وقالت مديرية الصحة إن العمل سيستأنف، بعد أن كشف فريق من المهندسين على 12 مستشفى.", "12", ["مديرية الصحة"]),
    # must not change: a committee that reveals or tells
    ("وأعلنت الوزارة إغلاق المصانع، بعد أن كشفت لجان التفتيش عن مخالفات في 14 مصنعاً.", "14", ["لجان التفتيش"]),
    ("وأعلنت الوزارة إغلاق المصانع، بعد أن كشفت لجنة التفتيش أن 14 مصنعاً خالفت الشروط.", "14", ["لجنة التفتيش"]),
]


@table("text, figure, expected", AN_INSPECTION_IS_NO_STATEMENT)
def test_an_inspection_is_no_statement(text, figure, expected):
    assert claimants(text, figure) == expected
