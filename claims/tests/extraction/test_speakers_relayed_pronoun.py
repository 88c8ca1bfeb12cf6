""""نقل عنه": an outlet relays the words of someone named before; he speaks, not the outlet.

"وقال رئيس البلدية إن … . ونقلت عنه وكالة رويترز قوله إن 200 عامل …": the pronoun is the mayor, so the sentence
that opens on "نقل" carries him on, whichever side of the outlet the pronoun stands. Inside a sentence the
pronoun points to someone in it, and a named source after "عن" is the one quoted, as before.
"""
from __future__ import annotations

from .helpers import clause_speakers, table

RELAYED = [  # (text, speaker of each claim)
    ("وقال رئيس البلدية خالد منصور إن الأعمال ستنتهي في مارس. ونقلت عنه وكالة رويترز قوله إن 200 عامل يشاركون.",
     ["رئيس البلدية خالد منصور", "رئيس البلدية خالد منصور"]),
    ("وأكدت وزيرة الصحة ليلى حداد أن المستشفى جاهز. ونقلت صحيفة الشرق عنها قولها إن كلفته بلغت 30 مليون دولار.",
     ["وزيرة الصحة ليلى حداد", "وزيرة الصحة ليلى حداد"]),
    ("وحذر مدير الدفاع المدني سامر عيسى من موجة حر. ونقلت الوكالة، مساء أمس، عنه قوله إن 12 حريقاً اندلعت.",
     ["مدير الدفاع المدني سامر عيسى", "مدير الدفاع المدني سامر عيسى"]),
    # near misses: a named source after عن, goods carried
    ("ونقلت رويترز عن مصدر مطلع قوله إن الاتفاق يشمل 5 موانئ.", ["مصدر مطلع"]),
    ("ونقلت الشاحنات 400 طن من القمح إلى الميناء.", [None]),
]


@table("text, speakers", RELAYED)
def test_the_one_an_outlet_relays_is_the_speaker(text: str, speakers: list[str | None]) -> None:
    assert clause_speakers(text) == speakers


def test_a_pronoun_inside_its_sentence_does_not_carry_the_last_speaker() -> None:
    text = ("وقال مدير المصفاة ناصر علي إن الحريق أُخمد. ووجه المحافظ بتشكيل لجنة ترفع تقريرها خلال 72 ساعة، "
            "وفقاً لما نقلته عنه مصادر في البلدية.")
    assert clause_speakers(text)[1] != "مدير المصفاة ناصر علي"  # "عنه" is the governor of this sentence
