""""عن" with a pronoun between a speech verb and its subject tells what is spoken of, never who speaks.

"وقال عنه رئيس البلدية إنه يخدم 40 ألف نسمة": the subject follows the pronoun, as it follows "أيضاً" or "فيها";
so does the subject of a clause describing an indefinite noun ("خطة قالت عنها الوزيرة إنها").
"""
from __future__ import annotations

from .helpers import clause_speakers, table

ABOUT = [  # (text, speaker)
    ("وقال عنه رئيس البلدية إنه يخدم 40 ألف نسمة.", "رئيس البلدية"),
    ("وقالت عنها مديرة المدرسة إنها تضم 600 طالبة.", "مديرة المدرسة"),
    ("وأكد عنهم قائد الفرقة أنهم أنقذوا 25 شخصاً.", "قائد الفرقة"),
    ("وهي خطة قالت عنها الوزيرة سعاد بن علي إنها ستوفر 5 آلاف وظيفة.", "الوزيرة سعاد بن علي"),
    # near misses: the pronoun with no subject after it, or a plain subject with none
    ("وأشاد الرئيس بالمشروع، وقال عنه إنه يوفر 200 وظيفة.", "الرئيس"),
    ("وقال رئيس البلدية إن الجسر يخدم 40 ألف نسمة.", "رئيس البلدية"),
]


@table("text, speaker", ABOUT)
def test_a_pronoun_after_the_verb_is_not_the_speaker(text: str, speaker: str) -> None:
    assert clause_speakers(text) == [speaker]


COMPLEMENT_BEFORE_SUBJECT = [  # (text, speaker): "كشف/تحدث عن" whose عن, with its pronoun, precedes the subject
    ("وكشفت عنها الوزارة في مؤتمر صحفي، وقالت إن كلفتها تبلغ 40 مليون دينار.", "الوزارة"),
    ("وتحدث عنه مدير المستشفى في لقاء تلفزيوني، وقال إن 300 مريض استفادوا منه.", "مدير المستشفى"),
    # near miss: the same verb with its complement after the subject
    ("وكشفت الوزارة عن الخطة في مؤتمر صحفي، وقالت إن كلفتها تبلغ 40 مليون دينار.", "الوزارة"),
]


@table("text, speaker", COMPLEMENT_BEFORE_SUBJECT)
def test_a_complement_before_the_subject_still_makes_the_verb_speech(text: str, speaker: str) -> None:
    assert clause_speakers(text) == [speaker]


SAID_OF_LAUNCHED = [  # (text, speakers): a launch with a clause "قال عنه/عنها X إن" saying what was launched
    ("وأطلقت الحكومة خطة جديدة للنقل قالت عنها الوزيرة سعاد الخطيب إنها ستخفض زمن الرحلات بنسبة 30%.",
     ["الوزيرة سعاد الخطيب"]),
    ("وافتتح الرئيس أمس مستشفى جديداً قال عنه مديره الدكتور سامي علوان إنه يتسع لـ300 سرير.",
     ["مديره الدكتور سامي علوان"]),
    ("ودشنت الشركة مصنعاً قال عنه رئيس مجلس إدارتها إنه سيشغل 450 عاملاً.", ["رئيس مجلس إدارتها"]),
    # near misses: the launch's own figure before the clause stays the launcher's; no clause at all
    ("وأطلقت الجمعية حملة لجمع 5 آلاف كتاب، وقالت عنها رئيستها إنها تستهدف المدارس الريفية.", ["الجمعية"]),
    ("ودشنت بلدية المدينة منصة رقمية تضم 40 خدمة إلكترونية.", ["بلدية المدينة"]),
]


@table("text, speakers", SAID_OF_LAUNCHED)
def test_who_says_what_a_launch_is_speaks_for_its_figures(text: str, speakers: list[str]) -> None:
    assert clause_speakers(text) == speakers
