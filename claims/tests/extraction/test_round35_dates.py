"""Round-35 date rules: a weekday with a colour or an epithet names a season or an event ("الجمعة البيضاء"); the
plural "أيام" before weekdays names the days that recur; "اليوم" set against an era long past is nowadays; a day of
a month told relative to the publication date keeps its day when there is no publication date.

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import dates_found, table

# 2025-11-04 is a Tuesday.
NAMED_WEEKDAY_CASES = [
    ("وطالب التجار بتأجيل القرار حتى نهاية موسم \"الجمعة البيضاء\".", "2025-11-04", []),
    ("وتقدم المتاجر الإلكترونية خصومات تصل إلى 70% خلال الجمعة السوداء.", "2025-11-04", []),
    ("وتراجعت البورصة بحدة فيما عرف لاحقاً بالاثنين الأسود.", "2025-11-04", []),
    ("وأحيا سكان المدينة ذكرى الأحد الدامي بمسيرة صامتة.", "2025-11-04", []),
    ("وتبدأ عروض «الجمعة البيضاء» في مراكز التسوق الأسبوع المقبل.", "2025-11-04",
     [("الأسبوع المقبل", "2025-W46")]),
    # near misses: a weekday with a relative word or a definite noun after it stays a day
    ("وأعلنت الشركة الجمعة الماضية خصومات على الأجهزة.", "2025-11-04", [("الجمعة الماضية", "2025-10-31")]),
    ("ونشرت الوزارة الجمعة البيان الختامي للمؤتمر.", "2025-11-04", [("الجمعة", "2025-10-31")]),
    ("وافتتح المحافظ السوق الأحد بحضور التجار.", "2025-11-04", [("الأحد", "2025-11-02")]),
]


@table("text,published,expected", NAMED_WEEKDAY_CASES)
def test_a_weekday_with_an_epithet_is_a_name(text, published, expected):
    assert dates_found(text, published) == expected
