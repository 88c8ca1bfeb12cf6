"""A verb of exceeding keeps "more than" when only where it exceeds stands between it and a measure.

"أسعار الشقق التي تفوق في بعض الأحياء 40 بالمائة": the subject is told before the verb, "في بعض الأحياء" (في، لدى،
عند and a short noun phrase) says where; the figure it passes is still a floor. A count after such a phrase
("تجاوز في المدينة 35 حالة") stays exact, as does a place phrase before a number no verb of exceeding governs.
"""
from __future__ import annotations

from .helpers import quantities_found, table

CASES = [
    ("وطالب النائب بخفض رسوم التسجيل التي تتجاوز لدى بعض الجامعات الخاصة 30 بالمائة.", 30, "more_than"),
    ("وتشتكي الأسر من أسعار الكراء التي تفوق في بعض الأحياء 40%.", 40, "more_than"),
    ("وسجلت درجات حرارة تتخطى في المناطق الجنوبية 45 درجة.", 45, "more_than"),
    ("وحذر الخبراء من نسبة التضخم التي تتعدى عند بعض المواد 12 بالمائة.", 12, "more_than"),
    ("وهي مسافة تتجاوز في أغلب الأحيان 300 كيلومتر.", 300, "more_than"),
    # must not change: the subject after the verb, a negated verb, a count after a place phrase, no verb at all
    ("وتتجاوز نسبة البطالة في الجهة 18 بالمائة.", 18, "more_than"),
    ("ولم تتجاوز في مدينة صفاقس 20 بالمائة.", 20, "up_to"),
    ("وتجاوز في المدينة 35 حالة.", 35, "exact"),
    ("وتجاوز اللاعب في المباراة 3 منافسين.", 3, "exact"),
    ("وبلغت نسبة الفائدة لدى بعض البنوك 11 بالمائة.", 11, "exact"),
]


@table("text, value, qualifier", CASES)
def test_exceeding_past_where(text, value, qualifier):
    assert [(v, q) for _, v, q in quantities_found(text) if v == value] == [(value, qualifier)]
