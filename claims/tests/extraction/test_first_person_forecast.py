"""A speaker's own forecast in the first person ("أتوقع"، "أرجّح") looks ahead as "يتوقع" does: a day and month with no
year after it is the coming one, not the one gone by.

Invented sentences of other topics, published on 4 October 2025.
"""
from __future__ import annotations

from .helpers import dates_found, table

PUBLISHED = "2025-10-04"

CASES = [
    ("وقال المحلل: «أتوقع أن تنخفض أسعار الذهب بحلول 20 ديسمبر».", [("20 ديسمبر", "2025-12-20")]),
    ("أتوقع أن يثبّت البنك الفائدة في اجتماع 20 نوفمبر.", [("20 نوفمبر", "2025-11-20")]),
    ("وأضاف: «أرجّح أن يرفع المجلس الرسوم في 18 نوفمبر، ثم يتوقف».", [("18 نوفمبر", "2025-11-18")]),
    ("نتوقع أن يكتفي الاتحاد بزيادة محدودة في 11 ديسمبر.", [("11 ديسمبر", "2025-12-11")]),
    # must not change: no forecast, a denied one, or the forecast after the date it does not govern
    ("خفض البنك الفائدة في 25 ديسمبر.", [("25 ديسمبر", "2024-12-25")]),
    ("لم أتوقع أن يخفض البنك الفائدة في 20 ديسمبر.", [("20 ديسمبر", "2024-12-20")]),
    ("وقال الخبير إن الأسعار ارتفعت في 20 ديسمبر كما توقع.", [("20 ديسمبر", "2024-12-20")]),
    ("اتفق الطرفان في 18 نوفمبر على الهدنة.", [("18 نوفمبر", "2024-11-18")]),
]


@table("text,expected", CASES)
def test_a_first_person_forecast_looks_ahead(text, expected):
    assert dates_found(text, PUBLISHED) == expected
