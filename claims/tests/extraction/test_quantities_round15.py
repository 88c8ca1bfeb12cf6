"""Round-15 quantity rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from claims.extraction.quantities import find_quantities

from .helpers import table


def _found(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.qualifier) for q in find_quantities(text)]


CASES = [
    # A bounded span after خلال / في غضون is the window events fall in, as "خلال 24 ساعة".
    ("وهذا ثالث حريق في الحي خلال أقل من أسبوعين", []),
    ("وتمت السيطرة على الحريق في غضون أقل من 3 ساعات", []),
    # near misses: a bounded span that measures stays a figure
    ("انتظر المرضى أكثر من أسبوعين للحصول على موعد", [(2.0, "more_than")]),
    ("عملت اللجنة على مدى أكثر من عامين لإعداد التقرير", [(2.0, "more_than")]),
    # A number after فئة names a class (a container size, a banknote), not an amount.
    ("نقلت السفينة 9 آلاف حاوية من فئة عشرين قدما", [(9000.0, "exact")]),
    ("وطرح البنك ورقة نقدية جديدة من فئة 200 جنيه", []),
    # near misses: فيه ("in it", spelt as فئة when folded) and a count in a category stay
    ("وصدر التصنيف الذي حلت فيه ثماني جامعات عربية", [(8.0, "exact")]),
    ("وسجلت 20 إصابة في فئة الأطفال", [(20.0, "exact")]),
    # A threshold a verb of exceeding passes: more than, however far the verb.
    ("تجاوزت صادرات الشركة، خلال العام الماضي، عتبة 5 مليارات دولار", [(5e9, "more_than")]),
    ("ولم يتجاوز المؤشر حاجز 12 ألف نقطة", [(12000.0, "up_to")]),
    # near misses: reaching or setting a threshold is exact
    ("وبلغ المؤشر عتبة 12 ألف نقطة", [(12000.0, "exact")]),
    ("وحددت الحكومة سقف 500 دينار للقرض", [(500.0, "exact")]),
]


@table("text,expected", CASES)
def test_quantities_round15(text, expected):
    assert _found(text) == expected
