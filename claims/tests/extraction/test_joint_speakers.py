"""Table-driven cases for two officials who say one thing together, and for an official named by his field and an
unknown town:

- "وأكد كل من X وY أن" ("each of X and Y") names X, as "وأكد X وY أن" does; it named no one;
- an ال- surname before a second titled person joined by و ends the first name: "وزير المالية سامي العلي ووزير
  الاقتصاد …" named "وزير المالية سامي";
- an indefinite field after a title takes the town after it when the phrase ends there: "مدير سياحة دهوك، نوزاد عبد
  الله، أن" named "مدير سياحة".

Written by hand in budget, election and tourism shapes; the last cases must not change.
"""
from __future__ import annotations

from .helpers import last_speaker, table

JOINT_AND_TOWN_TITLES = [  # (text, speaker)
    ("وأكد كل من وزير المالية سامي العلي ووزير الاقتصاد خالد حسن أن العجز تراجع إلى 3%.",
     "وزير المالية سامي العلي"),
    ("وأكد وزير المالية سامي العلي ووزير الاقتصاد خالد حسن أن العجز تراجع إلى 3%.", "وزير المالية سامي العلي"),
    ("وأوضح كل من رئيس الهيئة ونائبه أن 12 طعناً قدمت.", "رئيس الهيئة ونائبه"),
    ("وقال مدير سياحة دهوك إن الفنادق امتلأت بنسبة 90%.", "مدير سياحة دهوك"),
    ("وأكد مدير زراعة ميسان، حيدر الساعدي، أن 40 ألف دونم تضررت.", "مدير زراعة ميسان، حيدر الساعدي"),
    # must not change: "كل من حضر" (everyone who attended) names no one; a definite genitive; a known town
    ("وأكد كل من حضر الاجتماع أن 40 مشروعاً تعثرت.", None),
    ("وقال رئيس تحرير الصحيفة إن 40 مدرسة أغلقت.", "رئيس تحرير الصحيفة"),
    ("وقال مدير تربية أربيل إن 40 مدرسة أغلقت.", "مدير تربية أربيل"),
]


@table("text, speaker", JOINT_AND_TOWN_TITLES)
def test_joint_speakers_and_towns_after_a_field(text, speaker):
    assert last_speaker(text) == speaker
