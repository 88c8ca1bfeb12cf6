"""Table-driven cases for round 50's claimants: a quoted outlet's own reckoning ("بحسب حسابات «…»"، "وفق رصد «…»");
a round of the market made by an outlet ("بحسب جولة أجرتها الصحيفة"); results a committee announced, with لجنة read
as a body and not as ل + a noun, and a body named for what it oversees ("لجنة الإشراف على الانتخابات"); a body that
settles a result (حسم as قرر).

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

RECKONING_OF_A_QUOTED_OUTLET = [  # (text, figure, claimants): حسابات/رصد/إحصاء + a quoted name is the name's
    ("وبذلك ارتفعت كلفة سلة الغذاء 18% خلال عام، بحسب حسابات «الاقتصادية».", "18", ["الاقتصادية"]),
    ("وتراجع عدد الرحلات الداخلية إلى 240 رحلة، وفق رصد «مرصد الطيران».", "240", ["مرصد الطيران"]),
    ("وبلغ عدد الإصابات 75 إصابة في الجولة الأخيرة، بحسب إحصاء «كورة بلس».", "75", ["كورة بلس"]),
    # must not change: accounts that are no one's reckoning, and a reckoning with no owner
    ("وأغلقت المنصة 300 حساب، بحسب حسابات رسمية.", "300", ["حسابات رسمية"]),
    ("وبلغ سعر الكيلو 40 جنيهاً، بحسب رصد الأسواق.", "40", [None]),
]


@table("text, figure, expected", RECKONING_OF_A_QUOTED_OUTLET)
def test_a_reckoning_is_its_quoted_outlets(text, figure, expected):
    assert claimants(text, figure) == expected


ROUND_MADE_BY = [  # (text, figure, claimants): "بحسب جولة (ميدانية) أجرتها X": X made the round and found the figure
    ("وارتفع سعر كيلو اللحم إلى 420 جنيهاً، بحسب جولة أجرتها الصحيفة في الأسواق.", "420", ["الصحيفة"]),
    ("ووصل سعر طبق البيض إلى 95 ريالاً، وفق جولة ميدانية أجراها موقع «السوق اليوم».", "95",
     ["موقع «السوق اليوم»"]),
    # must not change: a round no one is said to have made, and a round of a league
    ("وبلغ سعر الكيلو 90 ديناراً، بحسب جولة في الأسواق.", "90", [None]),
    ("وخسر الفريق 3 مباريات في جولة الإياب.", "3", [None]),
]


@table("text, figure, expected", ROUND_MADE_BY)
def test_a_round_is_its_makers(text, figure, expected):
    assert claimants(text, figure) == expected


RESULTS_A_COMMITTEE_ANNOUNCED = [  # (text, figure, claimants): "النتائج التي أعلنتها لجنة …" are the committee's
    ("وفاز المرشح بـ2140 صوتاً، وفق النتائج الرسمية التي أعلنتها لجنة الانتخابات في النادي.", "2140",
     ["لجنة الانتخابات في النادي"]),
    ("وبلغت نسبة النجاح 68%، بحسب النتائج التي نشرتها لجنة الامتحانات.", "68", ["لجنة الامتحانات"]),
    ("وسحب 14 صنفاً من الأسواق، بحسب بيان هيئة الرقابة على الأدوية.", "14", ["هيئة الرقابة على الأدوية"]),
    ("وقالت الهيئة العليا للإشراف على الانتخابات إن المشاركة بلغت 41%.", "41",
     ["الهيئة العليا للإشراف على الانتخابات"]),
    ("وبلغت نسبة النجاح 68%، بحسب تقرير للجنة الامتحانات.", "68", ["لجنة الامتحانات"]),  # ل + اللجنة
    # must not change: ل + a body's noun is still its owner, and على after another verbal noun is no part of a name
    ("وبلغت نسبة النجاح 68%، بحسب تقرير لوزارة التعليم.", "68", ["وزارة التعليم"]),
    ("وبلغت المشاركة 41%، وفق أرقام الهيئة العليا للانتخابات.", "41", ["الهيئة العليا للانتخابات"]),
]


@table("text, figure, expected", RESULTS_A_COMMITTEE_ANNOUNCED)
def test_results_a_committee_announced(text, figure, expected):
    assert claimants(text, figure) == expected


A_BODY_SETTLES = [  # (text, figure, claimants): حسم with a body or an official as subject, a decision as قرر
    ("وحسمت اللجنة الأولمبية ملف المشاركة بإرسال 24 رياضياً إلى الدورة.", "24", ["اللجنة الأولمبية"]),
    ("حسمت لجنة الفرز المحلية، أمس، نتيجة الاقتراع بعد إعادة عد الأصوات في 12 مركزاً.", "12",
     ["لجنة الفرز المحلية"]),
    # must not change: a team or a player settles a match, and حسم as a discount
    ("وحسم الفريق المباراة بثلاثة أهداف مقابل هدف في الدقيقة 90.", "90", []),
    ("وحسم اللاعب الصفقة مقابل 5 ملايين يورو.", "5", [None]),
    ("وقدم المتجر حسم 20% على المشتريات.", "20", [None]),
    ("وحسمت الأرقام الجدل بعد 12 يوماً من الفرز.", "12", []),
]


@table("text, figure, expected", A_BODY_SETTLES)
def test_a_body_settles_a_result(text, figure, expected):
    assert claimants(text, figure) == expected

