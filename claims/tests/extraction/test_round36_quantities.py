"""Round-36 quantity rules: the dual of an active participle starting with ل/ب/ك ("لاعبين اثنين") is no preposition
on a word; a number word closing "ارتفع عدد X إلى …" counts X; "الواحد" after a definite noun does not end a verb's
subject; a number in a quoted title after its noun (صحيفة "…") is no amount.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import quantities_found, table

QUANTITY_CASES = [
    # the dual of an active participle starting with ل/ب/ك, stressed by اثنان
    ("واستقبل المخيم لاجئين اثنين قادمين من الحدود.", [("لاجئين اثنين", 2.0, "exact")]),
    ("وتبحث الجامعة عن باحثين اثنين على الأقل لتأطير المشروع.", [("باحثين اثنين على الأقل", 2.0, "at_least")]),
    ("وأصيب لاعبان اثنان في المباراة.", [("لاعبان اثنان", 2.0, "exact")]),
    # near misses: a preposition on a noun (a score), a verbal noun after a clitic
    ("وفاز الفريق بهدفين اثنين.", []),
    ("وعقد المجلس باجتماعين اثنين.", []),
    # a number word closing a change of "عدد X"
    ("وارتفع عدد الموقوفين في القضية إلى سبعة.", [("سبعة", 7.0, "exact")]),
    ("وأشار إلى أن عدد المتطوعين ارتفع إلى ثلاثة.", [("ثلاثة", 3.0, "exact")]),
    ("ليصل عدد المدارس المغلقة إلى خمسة، بحسب المديرية.", [("خمسة", 5.0, "exact")]),
    # near misses: no verb of change; a phrase after the number word; no عدد
    ("وأرسل المدير عدد الطلبات إلى ثلاثة.", []),
    ("وارتفع عدد المصابين إلى خمسة في المستشفى.", []),
    ("ووصلت الشحنة إلى أربعة.", []),
    # "الواحد" after a definite noun is its adjective
    ("ويتوقع أن يصل سعر اللتر الواحد إلى 12 ديناراً.", [("12 ديناراً", 12.0, "up_to")]),
    ("ولا تتجاوز حصة الأسرة الواحدة 10 لترات يومياً.", [("10 لترات", 10.0, "up_to")]),
    ("وبلغ سعر اللتر الواحد 12 ديناراً.", [("12 ديناراً", 12.0, "exact")]),
    # a number in a quoted title after its noun
    ("ونقلت صحيفة \"لا ريبوبليكا 7 جورني\" عن مصادر أن الشركة ستوظف 200 عامل.", [("200 عامل", 200.0, "exact")]),
    ("وعرض فيلم \"12 رجلاً غاضباً\" في المهرجان.", []),
    # near misses: a quotation after a definite noun; a quote after another noun
    ("ونقلت الوكالة \"أكثر من 50 قتيلاً\" عن الشهود.", [("أكثر من 50 قتيلاً", 50.0, "more_than")]),
    ("وأصدرت الرابطة بياناً من \"20 مطلباً\".", [("20 مطلباً", 20.0, "exact")]),
]


@table("text,expected", QUANTITY_CASES)
def test_round36_quantities(text, expected):
    assert quantities_found(text) == expected
