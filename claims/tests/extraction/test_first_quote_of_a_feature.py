"""Table-driven cases for a feature's first quote, whose verb has no subject ("يقول لـ«…»: …") and no one spoke before
it: the person the story opened on, in a scene or as the subject of كان, says it. "لم يكن أبو خالد، مربي الأبقار،
يتوقع أن يخسر خمس بقرات. يقول لـ"شام إف إم": "…"" gave no speaker at all.

Written by hand in farming, flood and market shapes; the last cases must not change.
"""
from __future__ import annotations

from .helpers import last_speaker, table

FIRST_QUOTE = [  # (text, speaker)
    ('لم يكن أبو سامر، صاحب محل الخضار، يتوقع أن تتضاعف الأسعار. يقول لـ"الإذاعة": "خسرت 40 صندوقاً".', "أبو سامر"),
    ('كان حسن العلي يعمل في الحقل حين بدأ الفيضان. يقول: "غمرت المياه 3 دونمات خلال ساعة".', "حسن العلي"),
    ('وقف خليل منصور أمام قاربه المحطم. ويقول: "خسرت 12 شبكة".', "خليل منصور"),
    ('وقفت أم محمد في الطابور منذ الفجر. تقول: "انتظرت 5 ساعات".', "أم محمد"),
    # must not change: no one introduced; a speaker named before goes on
    ('ارتفعت الأسعار 20% هذا الشهر. يقول: "لم نعد نحتمل".', None),
    ('قال الوزير إن الوضع مستقر. وقف حسن العلي أمام منزله. يقول: "غمرت المياه 3 دونمات".', "حسن العلي"),
    ('قال الوزير إن الوضع مستقر. ويضيف: "سنعوض 40 أسرة".', "الوزير"),
]


@table("text, speaker", FIRST_QUOTE)
def test_a_features_first_quote_is_the_introduced_persons(text, speaker):
    assert last_speaker(text) == speaker
