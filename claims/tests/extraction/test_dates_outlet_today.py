""""اليوم" that closes an outlet's name is not the publication day, while the same country or word before "اليوم"
in a plain sentence is today: an outlet's kind before the name ("صحيفة المصري اليوم") or a speech word before
"ل/مع/عن" and the name ("في تصريح لبيان اليوم") tells the outlet.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import dates_found, table

OUTLET_CASES = [
    ("وأضافت الباحثة في تصريح لبيان اليوم أن الفريق جمع العينات.", []),
    ("وقال المتحدث في حديث لروسيا اليوم إن القوات انسحبت.", []),
    ("وقال الناطق باسم الجيش، في مقابلة مع روسيا اليوم، إن الهدنة صامدة.", []),
    ("وقال مدير المدرسة، في تصريح لـ«المصري اليوم»، إن الطلاب عادوا.", []),
    ("وأكد الوزير لصحيفة أخبار اليوم أن الاتفاق وقع.", []),
    ("وأفادت وكالة أنباء تركيا اليوم بأن الهزة شعر بها السكان.", []),
    ("وقال لموقع سودان اليوم إن الجيش سيطر على المدينة.", []),
    ("وذكرت قناة فلسطين اليوم أن الاحتلال أغلق الحاجز.", []),
    ("ووفقاً لروسيا اليوم، أغلقت السلطات المطار.", []),
]

TODAY_CASES = [
    # the same names as a country or an adjective: today
    ("يحتفل المغرب اليوم بعيد العرش.", [("اليوم", "2025-03-10")]),
    ("ويستقبل السودان اليوم وفداً أممياً.", [("اليوم", "2025-03-10")]),
    ("استقبل الرئيس المصري اليوم نظيره الفرنسي.", [("اليوم", "2025-03-10")]),
    ("يصل الوفد بالمغرب اليوم في زيارة رسمية.", [("اليوم", "2025-03-10")]),
    # a speech word, but the name stands in what was said, or no outlet's name at all
    ("وقال الوزير إنه سيتوجه لروسيا اليوم لبحث الصفقة.", [("اليوم", "2025-03-10")]),
    ("وقال الوزير للصحفيين اليوم إن الاتفاق وقع.", [("اليوم", "2025-03-10")]),
    ("وقال الوزير في بيان اليوم إن الاتفاق وقع.", [("اليوم", "2025-03-10")]),
    ("وأفاد مراسل الجزيرة اليوم بأن الطريق أغلق.", [("اليوم", "2025-03-10")]),
]


@table("text,expected", OUTLET_CASES + TODAY_CASES)
def test_today_after_an_outlets_name_or_a_country(text, expected):
    assert dates_found(text, "2025-03-10") == expected
