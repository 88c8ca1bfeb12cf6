"""Table-driven cases for places without ال that end a body's name: "بنك إنجلترا" is a bank named by its country, and
the construct does not run on into its object ("خفض بنك إنجلترا سعر الفائدة" is the bank's figure, not "بنك إنجلترا
سعر الفائدة"'s); and a body that keeps, fixes or trims a figure
sets it as one that moves it does ("أبقى البنك المركزي الأردني سعر الفائدة عند 5.75%").

Written by hand in other outlets' shapes; each table ends with cases that must not change.
"""
from __future__ import annotations

from .helpers import claimants, table

BODY_NAMED_BY_ITS_COUNTRY = [  # (text, figure, claimants)
    ("خفض بنك إنجلترا سعر الفائدة إلى 4.75% في ختام اجتماعه.", "4.75", ["بنك إنجلترا"]),
    ("رفع بنك كولومبيا سعر الفائدة الرئيسي إلى 9.5%.", "9.5", ["بنك كولومبيا"]),
    ("وخفضت حكومة سريلانكا أسعار الوقود بنسبة 6% اعتباراً من الشهر المقبل.", "6%", ["حكومة سريلانكا"]),
    ("ورفع اتحاد تنزانيا لكرة القدم جوائز الدوري إلى 300 ألف دولار.", "300", ["اتحاد تنزانيا لكرة القدم"]),
    ("وخفض مصرف قبرص فوائد القروض العقارية إلى 3.1%.", "3.1", ["مصرف قبرص"]),
    # must not change: countries the lexicon already knew
    ("رفع بنك كندا سعر الفائدة إلى 5%.", "5%", ["بنك كندا"]),
    ("خفض بنك اليابان مشترياته من السندات بمقدار 400 مليار ين.", "400", ["بنك اليابان"]),
]


@table("text, figure, expected", BODY_NAMED_BY_ITS_COUNTRY)
def test_a_body_named_by_its_country_ends_at_the_country(text, figure, expected):
    assert claimants(text, figure) == expected


HOLDING_A_FIGURE = [  # (text, figure, claimants): a body that keeps or fixes a rate sets it, as one that moves it does
    ("أبقى البنك المركزي الأردني سعر الفائدة عند 5.75%.", "5.75", ["البنك المركزي الأردني"]),
    ("وأبقت هيئة تنظيم الاتصالات أسعار الباقات عند 30 ديناراً حتى نهاية العام.", "30", ["هيئة تنظيم الاتصالات"]),
    ("وثبّت مصرف سوريا المركزي سعر الصرف الرسمي عند 13 ألف ليرة للدولار.", "13", ["مصرف سوريا المركزي"]),
    ("وقلّصت شركة الطيران الوطنية رحلاتها الأسبوعية إلى 14 رحلة.", "14", ["شركة الطيران الوطنية"]),
    # must not change: no body keeps anything
    ("وثبت أن 12 موظفاً تلقوا رشاوى.", "12", [None]),
    ("أبقت الأمطار الغزيرة 300 طالب في منازلهم.", "300", [None]),
]


@table("text, figure, expected", HOLDING_A_FIGURE)
def test_a_body_that_holds_a_figure_claims_it(text, figure, expected):
    assert claimants(text, figure) == expected


EPICENTRE_IS_NO_BODY = [  # (text, figure, claimants): "مركز الزلزال" is where a quake began, not a centre that counts
    ("وأوضحت الهيئة أن مركز الزلزال حُدد على بعد 18 كلم غرب المدينة.", "18", ["الهيئة"]),
    ("وأفاد المرصد بأن مركز العاصفة حُدد على بعد 300 كيلومتر من السواحل.", "300", ["المرصد"]),
    ("وحدد مركز الهزة على عمق 9 كيلومترات.", "9", [None]),
    # must not change: centres that are bodies, named with their adjective or a plural field
    ("وقال مركز الزلازل الأوروبي المتوسطي إن الهزة بلغت 5.2 درجات.", "5.2", ["مركز الزلازل الأوروبي المتوسطي"]),
    ("وأعلن مركز الإعصار الوطني أن سرعة الرياح بلغت 200 كلم في الساعة.", "200", ["مركز الإعصار الوطني"]),
    ("وأكد مركز الأبحاث أن 14 هزة سجلت منذ الصباح.", "14", ["مركز الأبحاث"]),
]


@table("text, figure, expected", EPICENTRE_IS_NO_BODY)
def test_an_epicentre_is_no_body(text, figure, expected):
    assert claimants(text, figure) == expected
