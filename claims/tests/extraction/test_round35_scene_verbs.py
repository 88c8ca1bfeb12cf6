"""Round-35 rule: a masculine verb of scene (وقف، جلس، ظل …) and a later "وقال" share their subject.

"الحاج سعيد العمري (70 عاماً)، أقدم خبّاز في الحي، وقف يراقب الفرن، وقال: «…»": the subject named first, with
its age in brackets and a description set off by commas, then the scene verb, then "، وقال". The masculine perfect
has no ending to tell it agrees with "قال" (the feminine "وقفت … وقالت" agrees by its ت), so only listed scene verbs
are read; they also end a name ("أبو سمير جلس أمام دكانه").
A title before أم reads it as a kunya, as before أبو: "الحاجة أم محمد".
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

# (text, speaker)
SCENE_VERB_THEN_SAID = [
    ("الحاج سعيد العمري (70 عاماً)، أقدم خبّاز في الحي، وقف يراقب الفرن، وقال: «كنا نخبز 500 رغيف يومياً».",
     "الحاج سعيد العمري"),
    ("أبو سمير جلس أمام دكانه وقال: «المبيعات تراجعت 40%».", "أبو سمير"),
    ("وقف الحاج عمر خلف طاولته وقال إن المبيعات تراجعت 40%.", "الحاج عمر"),
    ("المزارع حسن الزين ظل يتفقد أشجاره المحترقة، وقال إن 200 شجرة احترقت.", "المزارع حسن الزين"),
    ("سعاد، وهي أم لثلاثة أطفال، جلست أمام دكانها، وقالت: «كل شيء غلا».", "سعاد"),
    ("أم سمير جلست أمام دكانها وقالت: «لم نبع شيئاً منذ 3 أيام».", "أم سمير"),
    # near misses: the second verb has its own subject, or disagrees with the first; وقف as a noun, an object
    ("جلس الوزير مع النواب، وقالت المصادر إن الاجتماع فشل.", "المصادر"),
    ("وطالب الوزير خالد الحربي وقف إطلاق النار فوراً.", "الوزير خالد الحربي"),
]


@table("text, expected", SCENE_VERB_THEN_SAID)
def test_scene_verb_subject_speaks(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


# (text, the subject that must not speak)
NOT_THE_SCENE_SUBJECT = [
    ("الحاج سعيد العمري وقف يراقب الفرن، وقالت: «الطحين نفد».", "الحاج سعيد العمري"),  # the verbs disagree
    ("الأسعار ظلت ترتفع، وقال التجار إن الطلب تراجع.", "الأسعار"),
    ("الحاج سعيد العمري وقف يراقب الفرن، وقالت زوجته إن الطحين نفد.", "الحاج سعيد العمري"),  # her own subject
]


@table("text, subject", NOT_THE_SCENE_SUBJECT)
def test_scene_subject_not_taken(text: str, subject: str) -> None:
    assert last_speaker(text) != subject


# (text, figure, claimant)
SCENE_CLAIMANTS = [
    ("الحاج سعيد العمري (70 عاماً)، أقدم خبّاز في الحي، وقف يراقب الفرن، وقال: «كنا نخبز 500 رغيف يومياً».",
     "500", "الحاج سعيد العمري"),
]


@table("text, figure, expected", SCENE_CLAIMANTS)
def test_scene_subject_claims_the_quote(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


# A mother's kunya after a title, as أبو after one: "الحاجة أم محمد" (أم is also "or", never before ال- or a title).
# (text, speaker)
KUNYA_AFTER_TITLE = [
    ("وقالت الحاجة أم محمد إن الخبز نفد منذ 3 أيام.", "الحاجة أم محمد"),
    ("وقالت المعلمة أم خالد الزعبي إن 30 طالباً غابوا.", "المعلمة أم خالد الزعبي"),
    ("الحاجة أم نضال (70 عاماً)، آخر الخياطات في الحي، جلست تراقب السوق، وقالت: «كنا نبيع 50 ثوباً».",
     "الحاجة أم نضال"),
    # near miss: أم "or" between two titles
    ("وقال النائب إن الوزير أم الرئيس سيقرر.", "النائب"),
]


@table("text, expected", KUNYA_AFTER_TITLE)
def test_kunya_after_title(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected
