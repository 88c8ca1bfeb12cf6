"""Round-21 speaker and claimant rules, on invented sentences of other topics, with cases that must not change."""
from __future__ import annotations

import pytest

from .helpers import claimants, last_speaker

# (text, speaker of the last sentence or None)
SPEAKERS = [
    # "أما TITLE، NAME، فـVERB": the topic of أما is a title and its name in apposition.
    ("أما مدير المستشفى، سليم الهاشمي، فأكد أن الأسرة متوفرة.", "سليم الهاشمي"),
    ("أما رئيسة اتحاد المزارعين في الإقليم، د. سعاد بنعلي، فاعتبرت أن الموسم «صعب».", "سعاد بنعلي"),
    # near miss: without أما, a clause after two commas is no topic
    ("وفي الميناء، أمس، فأعلن أن الرصيف جاهز.", None),
    # "أما X، NAME، فـVERB …، مؤكدا في تصريحات لقناة محلية أن": the participle goes on with the topic.
    ("أما قائد الفريق، مراد الزين، فرفع الكأس أمام الجماهير، مؤكدا في تصريح لإذاعة محلية أن «اللقب مستحق».",
     "مراد الزين"),
    # near miss: a participle with no speech after it
    ("أما قائد الفريق، مراد الزين، فرفع الكأس أمام الجماهير، مبتسما للمصورين.", None),
    # حيث / إذ + a speech verb with no subject: the main clause's subject speaks.
    ("وزار وزير الصحة، صباح اليوم، المستشفى الجديد، حيث أعلن عن تخصيص 300 سرير إضافي.", "وزير الصحة"),
    ("غير أن نقابة الأطباء رسمت صورة قاتمة، إذ أكدت أن النقص يتفاقم.", "نقابة الأطباء"),
    # near miss: the main clause's subject is a thing, not a speaker
    ("وارتفعت الأسعار بشكل حاد، حيث أعلن عن زيادة جديدة.", None),
    # A ب- complement after طالب / نوه is what is asked or praised, not a name.
    ("وقال رئيس البلدية إن الطريق مغلق. وطالب بتعويض عاجل للسكان المتضررين.", "رئيس البلدية"),
    # near misses: a name in ب with its own ب- complement after it
    ("وطالب بوتين الغرب بوقف الدعم.", "بوتين"),
    ("وأشاد بايدن بجهود الوسطاء.", "بايدن"),
]


@pytest.mark.parametrize("text, expected", SPEAKERS)
def test_speakers_round21(text, expected):
    assert last_speaker(text) == expected


# (text, figure, claimant of the figure)
CLAIMANTS = [
    # "وافق مجلس الإدارة على صرف …": the body that approves an amount claims it.
    ("وافق مجلس إدارة الصندوق على صرف 12 مليون درهم للمتضررين.", "12", "مجلس إدارة الصندوق"),
    ("وكانت الحكومة قد وافقت على رفع الحد الأدنى للأجور إلى 450 دينارا.", "450", "الحكومة"),
    # السلط (the Maghreb plural of سلطة) and خلية (a standing unit) are bodies.
    ("وقررت السلط المحلية غلق 4 أسواق أسبوعية.", "4", "السلط المحلية"),
    ("كشفت خلية الأزمة عن إجلاء 250 عائلة.", "250", "خلية الأزمة"),
    # near miss: a player who agrees to terms sets no figure of a body
    ("ووافق اللاعب على عقد لمدة 3 مواسم.", "3", None),
]


@pytest.mark.parametrize("text, figure, expected", CLAIMANTS)
def test_claimants_round21(text, figure, expected):
    assert claimants(text, figure) == [expected]
