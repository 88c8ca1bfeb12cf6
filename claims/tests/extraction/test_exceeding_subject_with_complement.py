"""A verb of exceeding still bounds its figure when its subject ends in "على" and a noun with a pronoun.

"تتجاوز نسبة الفائدة على ديونها 9%": the subject "نسبة الفائدة على ديونها" stands between the verb and the figure, as
"نسبة الفائدة على القروض" does; the noun is made definite by its pronoun instead of ال.
"""
from __future__ import annotations

from .helpers import quantities_found, table

CASES = [
    ("تتجاوز نسبة الفائدة على ديونها 9 بالمائة.", [("9 بالمائة", 9.0, "more_than")]),
    ("تخطت أسعار الفائدة الحقيقية على ودائعهم 6%.", [("6%", 6.0, "more_than")]),
    ("يفوق الطلب على منتجاتها 40 ألف طن سنويا.", [("40 ألف طن", 40000.0, "more_than")]),
    ("لا تتجاوز الضريبة على أرباحهم 15 بالمائة.", [("15 بالمائة", 15.0, "up_to")]),
    # must not change: the verb's own preposition, a subject that names no amount, a lone ه (a ta marbuta)
    ("يزيد الإنفاق على مدارسها 300 مليون دينار.", [("300 مليون دينار", 300_000_000.0, "exact")]),
    ("أنفقت البلدية على حدائقها 12 مليون درهم.", [("12 مليون درهم", 12_000_000.0, "exact")]),
    ("تجاوزت الشركة على مدى عقودها 50 مشروعا.", [("50 مشروعا", 50.0, "exact")]),
    ("تجاوز الفريق على أرضه 3 منافسين.", [("3 منافسين", 3.0, "exact")]),
    ("يزيد عدد المسجلين على 300 طالب.", [("300 طالب", 300.0, "more_than")]),
]


@table("text,expected", CASES)
def test_exceeding_subject_with_complement(text, expected):
    assert quantities_found(text) == expected
