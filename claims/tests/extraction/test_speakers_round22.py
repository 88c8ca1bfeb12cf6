"""Round-22 speaker rules, on invented sentences of other topics, with cases that must not change."""
from __future__ import annotations

import pytest

from .helpers import last_speaker

# (text, speaker of the last sentence or None)
SPEAKERS = [
    # A noun in ة is no verb with the pronoun ه: "قدرة الوزارة على" (ability) is not "قدّره" (estimated it).
    ("«الطلب يفوق قدرة الوزارة على التوزيع».", None),
    ("وقال المهندس إن المشروع تأخر بسبب ضعف قدرة الشركة على التمويل.", "المهندس"),
    # near misses: the verb with its pronoun, and another speech verb, still find the speaker
    ("وأكدت الهيئة أن الإنتاج يفوق قدرة الميناء على التخزين.", "الهيئة"),
    ("وقال رئيس النقابة: «العمال ينتظرون».", "رئيس النقابة"),
]


@pytest.mark.parametrize("text, expected", SPEAKERS)
def test_speakers_round22(text, expected):
    assert last_speaker(text) == expected
