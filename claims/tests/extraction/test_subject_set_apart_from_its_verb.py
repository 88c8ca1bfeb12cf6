"""Table-driven cases for a subject set apart from its verb: after غير أن/لكن by a relative clause with no commas
("غير أن بعثة البنك الدولي التي زارت عمّان بين 3 و9 أيار رأت أن …"), after a dateline before كان … قد ("بيروت –
وكانت الوزارة قد أعلنت …"), and a body's acceptance after كان … قد ("وكانت اللجنة قد قبلت 14 طعناً من أصل 52").

Written by hand (a bank mission, a union, schools, an electoral committee); the last cases must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

A_SUBJECT_SET_APART = [  # (text, figure, claimants)
    ("غير أن بعثة البنك الدولي التي زارت عمّان بين 3 و9 أيار رأت في تقريرها أن النمو سيبلغ 2.6% هذا العام.",
     "2.6", ["بعثة البنك الدولي"]),
    ("لكن النقابة التي تضم آلاف المعلمين أكدت أن نسبة المشاركة في الإضراب بلغت 80%.", "80", ["النقابة"]),
    ("بيروت – وكانت الوزارة قد أعلنت، في بيان أصدرته أمس، أن 320 مدرسة أغلقت أبوابها.", "320", ["الوزارة"]),
    ("وكانت اللجنة العليا للانتخابات قد قبلت الأسبوع الماضي 14 طعناً من أصل 52.", "14", ["اللجنة العليا للانتخابات"]),
    # must not change: things after غير أن, a dash inside the subject, قبل as "before", a player's acceptance
    ("غير أن الأسعار التي ارتفعت في 3 أسواق تراجعت أمس.", "3 أسواق", [None]),
    ("وكانت بعثة فرنسية - إيطالية قد أعلنت العثور على 12 قبراً.", "12", ["بعثة فرنسية - إيطالية"]),
    ("وكان الوزير قد وصل قبل 3 أيام إلى العاصمة برفقة 40 مستثمراً.", "40", [None]),
    ("وكان اللاعب قد قبل عرضاً بقيمة 5 ملايين يورو.", "5 ملايين", [None]),
]


@table("text, figure, expected", A_SUBJECT_SET_APART)
def test_a_subject_set_apart(text, figure, expected):
    assert claimants(text, figure) == expected
