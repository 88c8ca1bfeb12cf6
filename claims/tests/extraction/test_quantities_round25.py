"""Round-25 quantity rules: عُشر is a tenth and "ثلاثة أرباع/أعشار" a fraction of the unit after it; a bound in years
after a people noun (الشباب دون 35 سنة) is an age group, not a figure.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import quantities_found, table

# عُشر (a tenth) is spelt as عَشر (ten): a damma says tenth, a fatha ten. Unvowelled, ten counts a plural (عشر
# سنوات، عشر درجات) and is the second word of a teen (خمسة عشر); before an indefinite singular feminine noun
# (عشر درجة، عشر نقطة) it is a tenth. A plural fraction after a unit (ثلاثة أرباع، سبعة أعشار) is a fraction of
# the unit after it; with no measure after it (ثلاثة أرباع ساعة) it is no figure, as "نصف ساعة" is not.
FRACTION_CASES = [
    ("وارتفعت حرارة سطح البحر عُشر درجة خلال عام واحد.", [("عُشر درجة", 0.1, "exact")]),
    ("وارتفع معدل البطالة بمقدار عشر نقطة مئوية.", [("عشر نقطة مئوية", 0.1, "exact")]),
    ("وتراجع الدولار بعُشر نقطة أمام اليورو.", [("بعُشر نقطة", 0.1, "exact")]),
    ("وخفض المركزي الفائدة ثلاثة أرباع نقطة مئوية.", [("ثلاثة أرباع نقطة مئوية", 0.75, "exact")]),
    ("وارتفع التضخم الأساسي ثلاثة أعشار نقطة.", [("ثلاثة أعشار نقطة", 0.3, "exact")]),
    ("ويملك ثلاثة أرباع السكان هواتف ذكية.", [("ثلاثة أرباع السكان", 0.75, "exact")]),
    # near misses: ten with its plural, a teen, the feminine ten, a fatha, a duration, a plural fraction alone
    ("وانخفضت الحرارة عشر درجات في ليلة واحدة.", [("عشر درجات", 10.0, "exact")]),
    ("وسجل المهاجم أحد عشر هدفا هذا الموسم.", [("أحد عشر هدفا", 11.0, "exact")]),
    ("وشاركت إحدى عشرة دولة في المناورات.", [("إحدى عشرة دولة", 11.0, "exact")]),
    ("ووصلت عشرة قوارب إلى الميناء.", [("عشرة قوارب", 10.0, "exact")]),
    ("وارتفعت الحرارة عَشر درجة.", [("عَشر درجة", 10.0, "exact")]),
    ("وانتظر الركاب ثلاثة أرباع ساعة قبل الإقلاع.", []),
    ("وقضى عشر سنوات في المنفى.", []),
    ("وحسم السباق بفارق أعشار الثانية.", []),
]


@table("text,expected", FRACTION_CASES)
def test_a_tenth_and_plural_fractions(text, expected):
    assert quantities_found(text) == expected


# "دون/تحت/فوق/ما دون N سنة/عاماً" right after a people noun (or one word after it: منتخب الشباب) bounds an age
# group. After "أكثر من" or "أقل من", or with no people noun before the bound, the years stay a measured span.
AGE_GROUP_CASES = [
    ("وتراجعت نسبة البطالة بين الشباب دون 30 سنة.", []),
    ("وتستهدف حملة التطعيم الأطفال دون 5 سنوات في المناطق الريفية.", []),
    ("ويشمل الإعفاء المتقاعدين فوق 60 عاماً.", []),
    ("وخصصت الوزارة المنح للطلاب دون 25 عاماً.", []),
    ("وتأهل منتخب الناشئين تحت 17 عاماً إلى النهائيات.", []),
    ("وتقدم العيادة الفحص المجاني للأطفال ما دون 5 سنوات.", []),
    # near misses: a span after a verb and its subject, a span with no people, a bound with no people noun
    ("وانتظر المزارعون أكثر من 10 سنوات لإنجاز السد.", [("أكثر من 10 سنوات", 10.0, "more_than")]),
    ("وتوقف المصنع عن العمل أقل من 3 سنوات.", [("أقل من 3 سنوات", 3.0, "less_than")]),
    ("وظل المبنى مهجوراً دون 10 سنوات فقط.", [("دون 10 سنوات", 10.0, "less_than")]),
]


@table("text,expected", AGE_GROUP_CASES)
def test_a_bound_in_years_after_people_is_an_age_group(text, expected):
    assert quantities_found(text) == expected
