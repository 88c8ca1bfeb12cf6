"""A word in ب after a definite post: does it complete the title, or open the verb's object?

"وأشاد الوزير بالاتفاق" praises the agreement: the minister speaks, not "الوزير بالاتفاق". A workplace, acting
(بالنيابة) or what a charged official is charged with (المكلف بالإعلام) still belongs to the title, and after an
indefinite title the ب word is where the holder works (مصدر بالقطاع).
"""
from __future__ import annotations

from .helpers import last_speaker, table

# (text, speaker)
BA_AFTER_A_POST = [
    ("وأشاد الوزير بالاتفاق، مؤكداً أنه سيسهم في خفض الأسعار.", "الوزير"),
    ("ورحب الرئيس بالقرار، وقال إنه خطوة مهمة نحو الاستقرار.", "الرئيس"),
    ("ونددت الرئيسة بالهجوم، ووصفته بأنه عمل جبان.", "الرئيسة"),
    ("ونوه المحافظ بالدور الذي تقوم به الجمعيات، مشيراً إلى أن الدعم سيستمر.", "المحافظ"),
    # near misses: the ب word completes the title
    ("وقال الوزير بالنيابة إن الدعم سيستمر حتى نهاية العام.", "الوزير بالنيابة"),
    ("وقال المكلف بالإعلام بالمديرية إن فرق الإنقاذ ما تزال في الموقع.", "المكلف بالإعلام بالمديرية"),
    ("وقال مصدر بالوزارة إن الدعم سيستمر حتى نهاية العام.", "مصدر بالوزارة"),
    ("وقال تاجر بالسوق الشعبي إن الأسعار ارتفعت منذ مطلع الشهر.", "تاجر بالسوق الشعبي"),
    ("وقال الباحث بالمركز، أحمد علي، إن الموسم كان جافاً.", "الباحث بالمركز، أحمد علي"),
]


@table("text, expected", BA_AFTER_A_POST)
def test_a_word_in_ba_after_a_definite_post_is_the_verbs_object(text: str, expected: str) -> None:
    assert last_speaker(text) == expected
