"""Round-37 quantity rules, one table each (see the comment above it).

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import quantities_found, table

# "من X إلى Y" after a verb of change whose object is a long construct is a change: two exact figures.
CHANGE_CASES = [
    # a verb of change, its subject and a construct object before من
    ("رفعت الوزارة الحد الأدنى لأجر عمال البناء من 300 إلى 450 ديناراً.",
     [("300", 300.0, "exact"), ("450 ديناراً", 450.0, "exact")]),
    ("زادت البلدية في مارس 2024 عدد حافلات النقل المدرسي من 20 إلى 35 حافلة.",
     [("20", 20.0, "exact"), ("35 حافلة", 35.0, "exact")]),
    # near misses: a relative clause has its own verb, whose من is a range; no verb of change
    ("ارتفع عدد المدارس التي تضم من 300 إلى 500 تلميذ.",
     [("300", 300.0, "at_least"), ("500 تلميذ", 500.0, "up_to")]),
    ("ويستقبل المركز الحد الأدنى لعدد الزوار من 100 إلى 200 زائر يومياً.",
     [("100", 100.0, "at_least"), ("200 زائر", 200.0, "up_to")]),
]


@table("text,expected", CHANGE_CASES)
def test_a_change_of_a_long_object(text, expected):
    assert quantities_found(text) == expected


# ألا (أن + لا) negates the verb after it as لا does: "ألا يتجاوز" is up to.
NEGATED_BY_ALLA_CASES = [
    ("اشترطت البلدية ألا يتجاوز ارتفاع المباني الجديدة 12 متراً.", [("12 متراً", 12.0, "up_to")]),
    ("وتأمل الوزارة ألا تتجاوز نسبة التضخم هذا العام 4 بالمئة.", [("4 بالمئة", 4.0, "up_to")]),
    ("وأكد المدير ضرورة ألا تقل نسبة النجاح عن 60 بالمئة.", [("60 بالمئة", 60.0, "at_least")]),
    ("وطالب النواب ألا تزيد الرسوم على 20 ديناراً.", [("20 ديناراً", 20.0, "up_to")]),
    ("وطالب النواب بأن لا تزيد الرسوم على 20 ديناراً.", [("20 ديناراً", 20.0, "up_to")]),
    # near misses: إلا "except" before a number, or before a perfective, negates nothing
    ("لم يحضر الحفل إلا 40 مدعواً.", [("40 مدعواً", 40.0, "exact")]),
    ("لم تمض ساعات إلا وتجاوز عدد الموقعين 10 آلاف.", [("10 آلاف", 10000.0, "more_than")]),
    ("لم يمر شهر الا تجاوز عدد الزوار 5 آلاف.", [("5 آلاف", 5000.0, "more_than")]),
]


@table("text,expected", NEGATED_BY_ALLA_CASES)
def test_alla_negates_the_verb_after_it(text, expected):
    assert quantities_found(text) == expected


# The عشر of a compound ordinal ("القرن الثامن عشر الميلادي") is no tenth.
COMPOUND_ORDINAL_CASES = [
    ("شُيّد المسجد في القرن الثامن عشر الميلادي.", []),
    ("وتعود القطع إلى القرن الحادي عشر الهجري.", []),
    # near misses: a tenth of a definite noun; ten in a cardinal
    ("وخصصت البلدية عشر الميزانية للنظافة.", [("عشر الميزانية", 0.1, "exact")]),
    ("وتضم المجموعة خمسة عشر لاعباً.", [("خمسة عشر لاعباً", 15.0, "exact")]),
]


@table("text,expected", COMPOUND_ORDINAL_CASES)
def test_the_ten_of_a_compound_ordinal_is_no_tenth(text, expected):
    assert quantities_found(text) == expected


# The dual of a noun of kinds counts two; so does a nominative dual after بينها/منها that names the same noun as the
# group a number counted just before.
DUAL_CASES = [
    # the dual of a noun of kinds
    ("يزرع الفلاحون في الواحة صنفين من التمور.", [("صنفين", 2.0, "exact")]),
    ("ويعيش في المحمية نوعان من الغزلان.", [("نوعان", 2.0, "exact")]),
    ("وتنقسم المنح الجامعية إلى فئتين بحسب دخل الأسرة.", [("فئتين", 2.0, "exact")]),
    # near miss: after an elative, "the two best kinds"
    ("وهذا أفضل نوعين من القهوة في السوق.", []),
    # two of the group just counted, the same noun
    ("افتتحت الوزارة 9 مستشفيات ميدانية، بينها مستشفيان في الجنوب.",
     [("9 مستشفيات", 9.0, "exact"), ("مستشفيان", 2.0, "exact")]),
    ("أغلقت السلطات 6 مطاعم، منها مطعمان في وسط المدينة.", [("6 مطاعم", 6.0, "exact"), ("مطعمان", 2.0, "exact")]),
    ("أنشأت الجمعية 11 مكتبة، من بينها مكتبتان في القرى الجبلية.",
     [("11 مكتبة", 11.0, "exact"), ("مكتبتان", 2.0, "exact")]),
    # near misses: a broken plural in -ان, a name, another noun than the one counted
    ("اعتقلت الشرطة 5 أشخاص، بينهم شبان من الحي.", [("5 أشخاص", 5.0, "exact")]),
    ("حضر ممثلو 20 دولة، بينها لبنان والسودان.", [("20 دولة", 20.0, "exact")]),
    ("أدين 4 متهمين، بينهم موظفان في البلدية.", [("4 متهمين", 4.0, "exact")]),
]


@table("text,expected", DUAL_CASES)
def test_duals_that_count_two(text, expected):
    assert quantities_found(text) == expected
