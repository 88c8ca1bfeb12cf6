"""Round-35 claimant rules, on invented sentences of other topics, with near misses.

- "أصدرت المحكمة أحكاماً …، وفق ما أفاد به الناطق باسم المحاكم": a ruling or an issued act with a source phrase
  after it is told by the source, who states its figures, as with a decision ("قررت الحكومة …، بحسب بيان").
- "أبرز الأرقام في التقرير:" then bulleted lines: a line a colon closes that names a report or its figures opens
  a list whose figures the body or document that stated the figures before it states (not a person's).
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


_REPORT_LIST = (
    "قفزت صادرات التمور بنسبة 12% خلال العام الماضي، وفق تقرير صادر عن هيئة تنمية الصادرات.\n"
    "وأوضح التقرير أن قيمة الصادرات بلغت 900 مليون دولار.\n"
    "أبرز الأرقام في التقرير:\n"
    "- عدد الأسواق الجديدة: 14 سوقاً (مقابل 9 أسواق في 2023).\n"
    "- توزيع الصادرات: آسيا (48%)، أوروبا (31%)\n"
    "\n"
    "وقال المزارع سالم العلي إن إنتاجه بلغ 40 طناً.\n"
)
_BODY_THEN_RESULTS = (
    "أعلنت هيئة الإحصاء أن معدل التضخم بلغ 3.2% في أيلول.\n"
    "ومن أبرز نتائج المسح:\n"
    "• ارتفاع الإيجارات في المدن الكبرى: 8%.\n"
    "• ارتفاع أسعار الغذاء: 5.5%.\n"
)
_PERSON_THEN_LIST = (
    "وقال الوزير خالد سالم إن إنتاج القمح بلغ 300 ألف طن.\n"
    "أبرز الأرقام في التقرير:\n"
    "- الصادرات إلى دول الجوار: 40 ألف طن.\n"
)
_READ_ALSO = (
    "أعلنت هيئة الإحصاء أن معدل التضخم بلغ 3.2% في أيلول.\n"
    "اقرأ أيضاً:\n"
    "- ارتفاع الصادرات الزراعية 4.6% في الربع الثالث.\n"
)

# The items end in a full stop or hold a comma: a short unpunctuated line is read as a heading (sentences.py).
# (text, figure, claimant)
REPORT_LIST_ITEMS = [
    (_REPORT_LIST, "14 سوقاً", "هيئة تنمية الصادرات"),  # "وأوضح التقرير" spoke for the body that issued it
    (_REPORT_LIST, "48%", "هيئة تنمية الصادرات"),
    (_REPORT_LIST, "31%", "هيئة تنمية الصادرات"),
    (_REPORT_LIST, "40 طناً", "المزارع سالم العلي"),  # the list has ended
    (_BODY_THEN_RESULTS, "8%", "هيئة الإحصاء"),
    (_BODY_THEN_RESULTS, "5.5%", "هيئة الإحصاء"),
    # near misses: a person's figures before the list are his, not the report's; "اقرأ أيضاً:" names no report
    (_PERSON_THEN_LIST, "40 ألف طن", None),
    (_READ_ALSO, "4.6%", None),
]


@table("text, figure, expected", REPORT_LIST_ITEMS)
def test_bulleted_list_under_a_report_line(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]
