"""Speakers: the topic of أما describes what follows "فقد وصفت" (its object); a body's official who speaks in the
sentence's later clause ("وقال رئيس الجمعية، فلان، إن"، "وقال منسقها العام، فلان، إن") is a speaker of his own."""
from __future__ import annotations

from .helpers import clause_speakers, last_speaker, table

# (text, speaker of the last sentence)
SPEAKERS = [
    ('أما اللجنة، التي تضم 9 قضاة، فقد وصفت الحكم بأنه "نهائي".', "اللجنة"),
    ('أما الرابطة، فوصفت القرار بأنه "مجحف".', "الرابطة"),
    # must not change: the object is a pronoun on the verb and the subject follows it
    ('أما الانتخابات، فقد وصفها الوزير بأنها "نزيهة".', "الوزير"),
    ('أما الحكم، فوصفه المحامي بأنه "قاس".', "المحامي"),
]


@table("text, expected", SPEAKERS)
def test_amma_describer(text, expected):
    assert last_speaker(text) == expected


# (text, speaker of each claim)
CLAUSES = [
    ("أعلنت نقابة المهندسين أنها قدمت طعنين، وقال رئيس النقابة، المهندس سامر العلي، إن «الفرز شابته أخطاء».",
     ["نقابة المهندسين", "رئيس النقابة، المهندس سامر العلي"]),
    ("أعلنت الرابطة أنها تلقت 40 شكوى، وقال منسقها العام، الأستاذ وليد حمدان، إن «الأرقام في ازدياد».",
     ["الرابطة", "منسقها العام، الأستاذ وليد حمدان"]),
    # must not change: the body named again speaks on; one speaker
    ("أعلنت الرابطة أنها تلقت 40 شكوى، وقالت الرابطة إن «الأرقام في ازدياد».", ["الرابطة"]),
]


@table("text, expected", CLAUSES)
def test_body_and_its_official(text, expected):
    assert clause_speakers(text) == expected
