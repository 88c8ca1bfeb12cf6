"""Table-driven cases for a gated speech verb (بيّن، أبرز: also "between", "most prominent") whose subject is set off
from its أن by where it spoke: "وبيّن محافظ سلطة النقد عماد الأغبر، في مؤتمر صحفي عقده في رام الله، أن …" names
the governor, as "وأكد … ، في مؤتمر صحفي …، أن" already did.

Written by hand in central-bank and election shapes; the last cases must not change.
"""
from __future__ import annotations

from .helpers import last_speaker, table

GATED_VERB_WITH_A_SET_OFF_CIRCUMSTANCE = [  # (text, speaker)
    ("وبيّن محافظ البنك المركزي سامي العلي، في مؤتمر صحفي عقده في العاصمة، أن الاحتياطيات ارتفعت 4%.",
     "محافظ البنك المركزي سامي العلي"),
    ("وبيّن رئيس لجنة الانتخابات، في بيان، أن 40 مرشحاً انسحبوا.", "رئيس لجنة الانتخابات"),
    ("وبيّنت الهيئة العامة للإحصاء، في تقريرها الشهري، أن التضخم بلغ 2.1%.", "الهيئة العامة للإحصاء"),
    # must not change: "بين" as "between"; no set-off circumstance before أن
    ("وبين الوزارة، في بيان، والنقابة خلاف على 40 بنداً.", None),
    ("وبيّن الوزير أن 40 مشروعاً أنجزت.", "الوزير"),
]


@table("text, speaker", GATED_VERB_WITH_A_SET_OFF_CIRCUMSTANCE)
def test_a_gated_verb_reaches_its_that_past_a_circumstance(text, speaker):
    assert last_speaker(text) == speaker
