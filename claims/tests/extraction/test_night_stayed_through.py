""""الليلة" after a perfective verb of staying on and طيلة/طوال is the night just gone, not tonight.

"ظل المسعفون في حالة استنفار طيلة الليلة" tells of a night that ran over two dates and has passed: no date is
given for it (as for "قضت الأسرة الليلة في العراء"). The future or the present of the verb keeps tonight.

Invented sentences of other topics, published on 20 August 2025.
"""
from __future__ import annotations

from .helpers import dates_found, table

PUBLISHED = "2025-08-20"

CASES = [
    ("ظل المسعفون في حالة استنفار طيلة الليلة.", []),
    ("وأفاد شهود بأن الطرق الرئيسية بقيت مغلقة طوال الليلة.", []),
    ("واصل الدفاع المدني عمليات البحث عن المفقودين طوال الليلة.", []),
    ("وقال إن العائلات مكثت في الملاجئ طيلة الليلة.", []),
    # must not change: the future, a night without a verb of staying, a verb in another clause, the night named
    ("ستظل الفرق في الميدان طوال الليلة.", [("الليلة", "2025-08-20")]),
    ("يعقد المجلس جلسته الطارئة الليلة.", [("الليلة", "2025-08-20")]),
    ("ظل الطريق مغلقاً، وسيُفتح الليلة.", [("الليلة", "2025-08-20")]),
    ("سهر المشجعون في الساحات طيلة الليلة الماضية.", [("الليلة الماضية", "2025-08-19")]),
]


@table("text,expected", CASES)
def test_a_night_stayed_through_is_not_tonight(text, expected):
    assert dates_found(text, PUBLISHED) == expected
