"""Round-30 quantity rules: a fraction of a group pronoun (ثلثهم، أكثر من نصفها), of a plural demonstrative (ثلاثة
أرباع هؤلاء) or, after a comparing qualifier, of what a clause names (أقل من ربع ما …) is a share; one of a measure or
a currency (متراً واحداً); a negated verb caps an amount noun with a long subject or a relative ما; the verbal noun
of a derived verb acts on the count after it (انتزاع 1126 لغماً); "أكتر من" is the spoken "أكثر من"; نصف/ربع
السنوية is an adjective (half-yearly, quarterly).

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import quantities_found, table

SHARE_CASES = [
    ("وسجلت العيادة 90 إصابة، ثلثهم من كبار السن.", [("90 إصابة", 90.0, "exact"), ("ثلثهم", 1 / 3, "exact")]),
    ("ويقيم أكثر من نصفها في الأرياف.", [("أكثر من نصفها", 0.5, "more_than")]),
    ("وتستقبل الجامعتان أكثر من ثلاثة أرباع هؤلاء.", [("أكثر من ثلاثة أرباع هؤلاء", 0.75, "more_than")]),
    ("ويتقاضى العامل أقل من ثلث ما يتقاضاه زميله في الخارج.", [("أقل من ثلث", 1 / 3, "less_than")]),
    # near misses: a half of a match; a fraction of what a clause names with no qualifier; an adjective of period
    ("وتقدم الفريق في نصفها الثاني.", []),
    ("وقال إن ثلث ما يقال غير صحيح.", []),
    ("ونشرت الشركة نتائجها ربع السنوية.", []),
    ("وتراجعت المستهدفات نصف السنوية للشركات.", []),
    ("وأنفقت البلدية نصف الميزانية السنوية.", [("نصف الميزانية", 0.5, "exact")]),
]


@table("text,expected", SHARE_CASES)
def test_shares_of_groups(text, expected):
    assert quantities_found(text) == expected


ONE_CASES = [
    ("وارتفع منسوب البحيرة بنحو متر واحد خلال الشتاء.", [("بنحو متر واحد", 1.0, "approx")]),
    ("وتراجع المؤشر بمعدل يقارب نقطةً واحدةً يومياً.", [("يقارب نقطةً واحدةً", 1.0, "approx")]),
    ("وبيعت التذكرة بدولار واحد.", [("بدولار واحد", 1.0, "exact")]),
    # near misses: the unit alone; "the one metre" (a price per unit)
    ("ووقف على بعد متر من الباب.", []),
    ("ويكلف المتر الواحد 40 ديناراً.", [("40 ديناراً", 40.0, "exact")]),
]


@table("text,expected", ONE_CASES)
def test_one_of_a_unit(text, expected):
    assert quantities_found(text) == expected


CAP_CASES = [
    ("ولا يتجاوز عدد الممرضين العاملين بالمراكز الصحية في القرى الجبلية والسهول الشرقية 340 ممرضاً.",
     [("340 ممرضاً", 340.0, "up_to")]),
    ("بينما لا يتجاوز ما يصرف اليوم 20 مليون دينار.", [("20 مليون دينار", 20000000.0, "up_to")]),
    # near misses: not negated with a long subject; a new clause in the subject
    ("وتجاوز عدد الممرضين العاملين بالمراكز الصحية في القرى الجبلية والسهول الشرقية 340 ممرضاً.",
     [("340 ممرضاً", 340.0, "exact")]),
    ("ولا يتجاوز عدد الذين غادروا المدينة خلال الصيف الماضي حسب البلدية 300 شخص.", [("300 شخص", 300.0, "exact")]),
]


@table("text,expected", CAP_CASES)
def test_negated_caps_with_long_subjects(text, expected):
    assert quantities_found(text) == expected


OTHER_CASES = [
    ("وتمكنت الفرق من انتزاع 1340 عبوة خلال شهر.", [("1340 عبوة", 1340.0, "exact")]),
    ("وأعلنت الشرطة اعتقال 1200 مشتبه به.", [("1200 مشتبه", 1200.0, "exact")]),
    ("وقال: «دفعت أكتر من 5 ملايين ليرة».", [("أكتر من 5 ملايين ليرة", 5000000.0, "more_than")]),
    # near misses: a name with its year
    ("وزار الوفد معرض إكسبو 2020 دبي.", []),
]


@table("text,expected", OTHER_CASES)
def test_verbal_nouns_and_spoken_more_than(text, expected):
    assert quantities_found(text) == expected
