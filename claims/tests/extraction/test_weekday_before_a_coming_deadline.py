"""A bare weekday that closes a deadline ("بحلول"، "قبل"، "حتى") after a verb in the future is still ahead.

"ستنهي الشركة الصيانة بحلول مساء الجمعة" names the coming Friday, as "ستُنجز الأشغال بحلول مارس" names a March to
come. The same deadline after a perfective verb keeps the last such weekday.

Invented sentences of other topics, published on Wednesday 20 August 2025.
"""
from __future__ import annotations

from .helpers import dates_found, table

PUBLISHED = "2025-08-20"

CASES = [
    ("وقالت الشركة إنها ستنهي صيانة الجسر بحلول مساء الجمعة.", [("مساء الجمعة", "2025-08-22")]),
    ("سيبقى المعبر مغلقاً حتى الأحد.", [("الأحد", "2025-08-24")]),
    ("وأوضح أن الفرق ستفتح الطرق الجبلية قبل السبت.", [("السبت", "2025-08-23")]),
    ("ستُصرف الرواتب المتأخرة بحلول الخميس.", [("الخميس", "2025-08-21")]),
    # must not change: the same deadlines after a perfective verb are past
    ("أنهت الشركة صيانة الجسر بحلول مساء الجمعة.", [("مساء الجمعة", "2025-08-15")]),
    ("وصلت الشحنة إلى الميناء قبل السبت.", [("السبت", "2025-08-16")]),
    ("بقي المعبر مغلقاً حتى الأحد.", [("الأحد", "2025-08-17")]),
]


@table("text,expected", CASES)
def test_a_weekday_closing_a_future_deadline_is_ahead(text, expected):
    assert dates_found(text, PUBLISHED) == expected
