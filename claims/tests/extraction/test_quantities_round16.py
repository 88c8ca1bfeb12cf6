"""Round-16 quantity rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from claims.extraction.quantities import find_quantities

from .helpers import table


def _found(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.qualifier) for q in find_quantities(text)]


CASES = [
    # The gap between two events ("بعد أقل من أسبوعين على …") dates one; it is no figure.
    ("ويأتي الإضراب بعد أقل من أسبوعين على توقيع الاتفاق", []),
    ("وجاء القرار قبل أكثر من شهر على موعد الانتخابات", []),
    # near misses: a bounded span that measures, or one with من, stays a figure
    ("وصلت سيارات الإسعاف بعد نحو 20 دقيقة", [(20.0, "approx")]),
    ("انتظر المرضى أكثر من أسبوعين للحصول على موعد", [(2.0, "more_than")]),
    # A number word that names a body ("شركة ألفا"، quoted alone) is no figure.
    ('وبحسب تقديرات شركة "ألفا"، تأثر 30 ألف مشترك', [(30000.0, "exact")]),
    ("وأعلنت شبكة ألفا للاتصالات عن عطل", []),
    # near misses: a count after its noun, and thousands in a phrase, stay
    ("وتضم شبكة ألف مشترك في العاصمة", [(1000.0, "exact")]),
    ("وتضم الشبكة ألف مشترك", [(1000.0, "exact")]),
    ("وشارك في السباق ألفا عداء", [(2000.0, "exact")]),
]


@table("text,expected", CASES)
def test_quantities_round16(text, expected):
    assert _found(text) == expected
