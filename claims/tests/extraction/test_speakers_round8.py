"""Round-8 speaker rules that a table of exact speakers does not state well: what must NOT be carried."""
from __future__ import annotations

import pytest

from .helpers import last_speaker


@pytest.mark.parametrize(("text", "not_speaker"), [
    # Estimates of a named project may name their author: the body before is not their source.
    ("أعلن البنك المركزي تراجع التضخم. وتشير تقديرات مشروع رصد الأسعار العربية إلى أن الغذاء ارتفع.",
     "البنك المركزي"),
    # A described document ("بيانات رسمية") is not pointed back to.
    ("أعلن البنك المركزي تراجع التضخم. وأظهرت بيانات رسمية أن البطالة ارتفعت.", "البنك المركزي"),
    # "وتقول أم …" is a new speaker, never the previous one.
    ("قال الخبير المالي سمير حداد إن الأسعار سترتفع. وتقول أم سامر، وهي ربة منزل، إن الخبز صار غالياً.",
     "الخبير المالي سمير حداد"),
])
def test_not_carried(text: str, not_speaker: str) -> None:
    assert last_speaker(text) != not_speaker
