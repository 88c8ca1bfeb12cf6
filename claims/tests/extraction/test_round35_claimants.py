"""Round-35 claimant rules, on invented sentences of other topics, with near misses.

- "أصدرت المحكمة أحكاماً …، وفق ما أفاد به الناطق باسم المحاكم": a ruling or an issued act with a source phrase
  after it is told by the source, who states its figures, as with a decision ("قررت الحكومة …، بحسب بيان").
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

# (text, speaker)
ACT_TOLD_BY_SOURCE = [
    ("أصدرت محكمة الجنايات حكماً بسجن المتهم 7 سنوات، وفق ما أفاد به المتحدث باسم النيابة العامة، سامي خليل.",
     "المتحدث باسم النيابة العامة، سامي خليل"),
    ("قضت المحكمة الإدارية بتعويض 40 عاملاً، حسب مصدر قضائي.", "مصدر قضائي"),
    ("وأصدرت هيئة الرقابة، أمس، قراراً بتغريم الشركة 2 مليون درهم، بحسب ما أعلنه محامي الشركة.", "محامي الشركة"),
    # near misses: no source phrase; a law is no source
    ("قضت المحكمة بسجن المتهمين 5 سنوات.", "المحكمة"),
    ("قضت المحكمة بسجن المتهمين 5 سنوات وفق المادة 12 من القانون.", "المحكمة"),
    ("أصدرت الشركة سندات بقيمة 300 مليون دولار، بحسب مصادر مصرفية.", "مصادر مصرفية"),
]


@table("text, expected", ACT_TOLD_BY_SOURCE)
def test_act_told_by_source(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# (text, figure, claimant)
ACT_TOLD_CLAIMANTS = [
    ("أصدرت محكمة الجنايات حكماً بتغريم المتهم 50 ألف دينار، وفق ما أفاد به المتحدث باسم النيابة، سامي خليل.",
     "50", "المتحدث باسم النيابة، سامي خليل"),
    ("قضت المحكمة الإدارية بتعويض 40 عاملاً، حسب مصدر قضائي.", "40", "مصدر قضائي"),
    ("قضت المحكمة بتغريم المتهمين 5 آلاف دينار.", "5", "المحكمة"),
]


@table("text, figure, expected", ACT_TOLD_CLAIMANTS)
def test_act_told_by_source_claims_figures(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]

