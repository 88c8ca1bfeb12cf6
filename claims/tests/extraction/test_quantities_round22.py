"""Round-22 quantity rules, on invented sentences of other topics (with near misses that must not change)."""
from __future__ import annotations

from claims.extraction.quantities import find_quantities

from .helpers import table


def _found(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.qualifier) for q in find_quantities(text)]


CASES = [
    # A measured-amount noun that starts with و (وزن) is read whole, not as و + a word: the verb qualifies.
    ("ضبطت الجمارك شحنة قمح فاسد يناهز وزنها 40 طنا.", [(40.0, "approx")]),
    ("وتجاوز وزنه الإجمالي 12 طنا.", [(12.0, "more_than")]),
    ("وتخطى وزن الحمولة 3 أطنان.", [(3.0, "more_than")]),
    # near miss: a verb that qualifies nothing keeps the figure exact
    ("وسجل وزنها 40 طنا.", [(40.0, "exact")]),
    # A unit followed by و + a fraction is one and that fraction: "متر ونصف"، "طن وربع".
    ("وبلغ ارتفاع الثلوج أكثر من متر ونصف في القرى الجبلية.", [(1.5, "more_than")]),
    ("حملت الشاحنة طن وربع من الأسمدة.", [(1.25, "exact")]),
    # near misses: a unit alone or with a number before it
    ("يبلغ سعر المتر 900 دينار.", [(900.0, "exact")]),
    ("سقط الجدار على بعد متر من الطريق.", []),
    ("وغمرت المياه الشارع بعمق 3 أمتار.", [(3.0, "exact")]),
]


@table("text, expected", CASES)
def test_quantities_round22(text, expected):
    assert _found(text) == expected
