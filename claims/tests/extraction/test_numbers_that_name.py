"""Numbers that name something are no counts:

- a phone line's number: "مركز الاتصال الموحد 112"، "خط الطوارئ 911" (a counted noun after it still counts);
- a labelled number with a verb right after it: "رقم الطوارئ 115 استقبل …" (the label's number, then its verb);
- an assembly named by its year: "بعد حل مجلس 2023 بمرسوم"، "حل مجلس 2016 بموجب حكم";
- a name the page gives by a number ("الطريق السريعة رقم 7"، "حزب المستقلين 50 (I50)") is the name again when the
  same word and number come back later: "شهدت الطريق السريعة 7 حادثا"، "لكن المستقلين 50 حصلوا".
"""
from __future__ import annotations

from .helpers import quantities_found, table

# (text, quantities found)
NAMING_NUMBERS = [
    ("وقالت المديرية إن مركز الاتصال الموحد 112 تلقى منذ الصباح أكثر من 900 بلاغ.",
     [("أكثر من 900 بلاغ", 900.0, "more_than")]),
    ("وأفاد بأن مركز النداء 197 يستقبل المكالمات على مدار الساعة.", []),
    ("وبين أن خط الطوارئ 911 تلقى 40 بلاغا عن حرائق.", [("40 بلاغا", 40.0, "exact")]),
    ("وأوضح أن رقم الطوارئ 115 استقبل مئات المكالمات.", []),
    ("وجاءت الدعوة بعد حل مجلس 2020 بقرار من الرئيس.", []),
    ("وطعن النواب في حل مجلس 2016 بموجب حكم قضائي.", []),
    ("وقع الحادث على الطريق السريعة رقم 7 قرب المدينة. وهذه ثالث مرة تشهد فيها الطريق السريعة 7 حادثا مميتا.",
     []),
    ("تصدر حزب المستقلين 50 (I50) الاقتراع. لكن المستقلين 50 حصلوا على 30 مقعدا فقط.",
     [("30 مقعدا", 30.0, "exact")]),
    # must not change: a count after the phone line, a verb after an unlabelled count, a count after حزب,
    # another number on the named road, an assembly's members
    ("واستقبلت أقسام الطوارئ 300 حالة اختناق.", [("300 حالة", 300.0, "exact")]),
    ("وقال إن 112 تلقوا العلاج في المستشفى.", [("112", 112.0, "exact")]),
    ("ومنح الناخبون حزب العمال 26 مقعدا في البرلمان.", [("26 مقعدا", 26.0, "exact")]),
    ("وقع الحادث على الطريق السريعة رقم 7. وسجلت الطريق السريعة 12 حادثا هذا العام.",
     [("12 حادثا", 12.0, "exact")]),
    ("ويضم مجلس النواب 150 عضوا.", [("150 عضوا", 150.0, "exact")]),
    ("صوت 312 نائبا لصالح القرار مقابل 98 نائبا.", [("312 نائبا", 312.0, "exact"), ("98 نائبا", 98.0, "exact")]),
    ("وأشار البيان إلى أن الصادرات بلغت خلال العام الماضي 1450 طنا.", [("1450 طنا", 1450.0, "exact")]),
]


@table("text, expected", NAMING_NUMBERS)
def test_numbers_that_name(text, expected):
    assert quantities_found(text) == expected
