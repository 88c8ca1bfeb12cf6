"""A unit's own adjective (مربع، مكعب) agrees with an accusative unit: "61 متراً مكعباً" is in cubic metres."""
from __future__ import annotations

from claims.extraction.quantities import find_quantities

from .helpers import table

CASES = [
    ("حصة الفرد لا تتجاوز 61 متراً مكعباً في السنة.", "لا تتجاوز 61 متراً مكعباً", "متر مكعب"),
    ("تبلغ مساحة المحمية 40 كيلومتراً مربعاً.", "40 كيلومتراً مربعاً", "كيلومتر مربع"),
    ("امتدت البقعة على مساحة تقارب 80 كيلومترا مربعا.", "تقارب 80 كيلومترا مربعا", "كيلومتر مربع"),
    ("ضخت المحطة 3 ملايين متر مكعب من المياه.", "3 ملايين متر مكعب", "متر مكعب"),
    # near misses: the next word is no adjective of the unit
    ("قطع المتسابق 12 كيلومتراً مشياً على الأقدام.", "12 كيلومتراً", "كيلومتر"),
    ("ارتفع الموج 4 أمتار مساء أمس.", "4 أمتار", "أمتار"),
]


@table("text,expression,unit", CASES)
def test_unit_adjective_agrees_with_an_accusative_unit(text, expression, unit):
    found = find_quantities(text)
    assert [(q.expression, q.unit) for q in found][:1] == [(expression, unit)]
