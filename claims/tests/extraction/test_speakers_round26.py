"""Round-26 claimant and speaker rules, on invented sentences of other topics, with near misses.

- A data noun in construct with its owner ("بيانات X") credits the owner, not the data: a quoted owner may have
  ال- words after its first one ("بيانات "أرامكو السعودية""), and an unquoted genitive is an owner when
  "التابع(ة) لـ" shows it to be a unit of a body ("بيانات مرصد الأوبئة التابع لوزارة الصحة"). Without that the
  genitive may be the data's topic ("بيانات سوق الأوراق المالية") and the data stay the source.
- After a first source phrase, a second one at the sentence's end states its own clause even when it is bare
  data with no owner ("…، بحسب تقديرات أممية، … التي بلغت 5 ملايين وفق أرقام رسمية"); after a speaker's
  reported speech bare data still name no one ("وقال الوزير إن …، وفق بيانات رسمية").
- A title's workplace may follow in ب ("مدير التعليم بمحافظة جدة، الدكتور …،") as it does in في: the name in
  apposition after it is read. "المتحدث باسمها، X،" (a pronoun for the body) is a title too.
- "نُقل عن X قوله": قوله makes X a speaker even as a bare surname.
- "وختم/واختتم (كلمته) بالقول/قائلاً/بأن": the last words of the speaker; "اختتم المؤتمر أعماله" says nothing.
- A clause with a verb that reports no speech, after a while-clause that opens the sentence or after
  "، فيما/بينما/لكن", is its subject's when a speech participle closes it: "وفيما شددت الوزارة على أن …، حمّل
  النائب X الحكومة المسؤولية، معتبراً أن …" → the ministry, then X.
"""
from __future__ import annotations

from .helpers import claimants, clause_speakers, last_speaker, table

# (text, figure, claimants of that figure)
CLAIMANTS = [
    # The owner of the data, named in quotes or as a unit "التابع لـ" a body.
    ('وارتفع عدد المعتمرين إلى 4 ملايين، وفق بيانات "أرامكو السعودية".', "4 ملايين", ["أرامكو السعودية"]),
    ("وسجلت البلاد 340 حالة إصابة، بحسب بيانات مرصد الأوبئة التابع لوزارة الصحة.", "340", ["مرصد الأوبئة"]),
    ("وبلغ عدد الطلاب 90 ألفا، حسب بيانات وحدة الإحصاء التابعة للجامعة.", "90", ["وحدة الإحصاء"]),
    # near misses: a genitive with no affiliation is a topic; an institution as before; an adjective before ل
    ("وبلغت الصادرات 12 مليار دولار، وفق بيانات سوق الأوراق المالية.", "12", ["بيانات"]),
    ("وبلغت الصادرات 12 مليار دولار، وفق إحصاءات البنك المركزي.", "12", ["البنك المركزي"]),
    ("وبلغ عدد المسافرين مليوني مسافر، وفق تقديرات أولية للمرصد التابع للهيئة.", "مليوني", ["المرصد"]),
    # A second source closes its own clause, bare data too.
    ("ويعيش في المخيمات نحو 300 ألف لاجئ، بحسب تقديرات أممية، ويعمل كثير منهم في الزراعة، التي بلغت "
     "صادراتها 5 ملايين دولار وفق أرقام رسمية.", "5 ملايين", ["أرقام رسمية"]),
    ("ويعيش في المخيمات نحو 300 ألف لاجئ، بحسب تقديرات أممية، ويعمل كثير منهم في الزراعة، التي بلغت "
     "صادراتها 5 ملايين دولار وفق أرقام رسمية.", "300", ["الأمم المتحدة"]),
    # near miss: after a speaker's reported speech bare data name no one
    ("وقال الوزير إن الإنتاج بلغ 40 طنا، وفق بيانات رسمية.", "40", ["الوزير"]),
    # "نُقل عن X قوله"
    ("وقال رئيس البلدية أحمد سالم إن الطريق سيفتح.\n\nونُقل عن سالم قوله إن الأشغال ستكلف 3 ملايين دينار.",
     "3 ملايين", ["سالم"]),
]


@table("text, figure, expected", CLAIMANTS)
def test_claimant(text: str, figure: str, expected: list[str | None]) -> None:
    assert claimants(text, figure) == expected


# (text, speaker of the last sentence or None)
SPEAKERS = [
    # A workplace in ب, then the name in apposition.
    ("وقال مدير التعليم بمحافظة جدة، الدكتور سامي الزهراني، إن المدارس جاهزة.",
     "مدير التعليم بمحافظة جدة، الدكتور سامي الزهراني"),
    ("وأكد مدير الصحة بالمنطقة الشرقية، خالد العتيبي، أن المستشفيات مستعدة.",
     "مدير الصحة بالمنطقة الشرقية، خالد العتيبي"),
    # near misses: no name after the comma, or ب + a manner, leave the title as it was
    ("وقال مدير المستشفى بالخرطوم إن الأسرة ممتلئة.", "مدير المستشفى"),
    ("وأوضح مدير الشركة بوضوح أن الخطة ستنفذ.", "مدير الشركة"),
    # "المتحدث باسمها، X،"
    ("وقالت الناطقة باسمه، ليلى حداد، إن الوزير سيزور المدينة.", "الناطقة باسمه، ليلى حداد"),
    ("وقال الناطق باسمهم إن المعتصمين لن يغادروا.", "الناطق باسمهم"),
    # "نُقل عن X قوله"; near miss: goods carried
    ("ونُقل عن المصدر قوله إن المفاوضات متعثرة.", "المصدر"),
    ("ونقلت الشاحنات البضائع عن طريق البحر.", None),
    # "وختم بالقول"
    ("وقال رئيس النادي سمير حداد إن الفريق جاهز.\n\nوختم حديثه بالقول إن الجماهير ستحضر.", "سمير حداد"),
    ("وقال رئيس النادي سمير حداد إن الفريق جاهز.\n\nوختم بالقول إن الجماهير ستحضر.", "سمير حداد"),
    ("وقال رئيس النادي سمير حداد إن الفريق جاهز.\n\nواختتم المدرب كلمته قائلاً: \"سنفوز\".", "المدرب"),
    # near misses: a meeting or a season ends, no one speaks
    ("وقال رئيس النادي سمير حداد إن الفريق جاهز.\n\nواختتم المعسكر التدريبي أمس.", None),
    ("وقال الوزير إن الوضع صعب.\n\nواختتم المؤتمر أعماله أمس بعد أن ناقش ورقة العمل.", None),
    ('وقال الوزير إن الوضع صعب.\n\nواختتم المهرجان بعرض "ليالي الشرق".', None),
]


@table("text, speaker", SPEAKERS)
def test_speaker(text: str, speaker: str | None) -> None:
    found = last_speaker(text)
    assert (speaker is None and found is None) or (found is not None and speaker in found)


# (text, speakers of the claims in order)
TWO_SPEAKERS = [
    ("وفيما أكدت الحكومة أن الأسعار مستقرة، انتقدت جمعية حماية المستهلك ارتفاع الأسعار، مؤكدة أن التضخم "
     "تجاوز التقديرات.", ["الحكومة", "جمعية حماية المستهلك"]),
    ('وفيما شدد المدير على أن "المصنع آمن"، حمّل النائب سامر العلي الإدارة مسؤولية الحريق، معتبراً أن '
     "الصيانة أهملت.", ["المدير", "النائب سامر العلي"]),
    ("وقالت الوزارة إن الامتحانات ستجرى في موعدها، فيما رفضت نقابة المعلمين القرار، معتبرة أنه متسرع.",
     ["الوزارة", "نقابة المعلمين"]),
    # near misses: an inanimate subject, and a participle with no opener before its clause
    ("وقالت الوزارة إن الامتحانات ستجرى في موعدها، وارتفعت نسبة النجاح العام الماضي، مؤكدة أن ذلك ثمرة "
     "الإصلاح.", ["الوزارة"]),
    ('وفيما أكدت الوزارة أن "الوضع مستقر، والأسعار ثابتة، مؤكدة أن التموين كاف"، ارتفعت الأسعار.',
     ["الوزارة"]),
]


@table("text, speakers", TWO_SPEAKERS)
def test_two_speakers(text: str, speakers: list[str]) -> None:
    assert clause_speakers(text) == speakers
