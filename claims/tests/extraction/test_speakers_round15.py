"""Round-15 speaker and claimant rules, on invented sentences of other topics, with cases that must not change."""
from __future__ import annotations

import pytest

from .helpers import claimants, last_speaker

# (text, speaker of the last sentence or None)
SPEAKERS = [
    # A bracketed dateline opening the sentence does not hide the verb's subject.
    ("{القاهرة:النيل نيوز} أعلنت وزارة الري، اليوم، بدء موسم الفيضان.", "وزارة الري"),
    ("عمّان (بترا) أعلنت هيئة الطيران المدني أمس استئناف الرحلات.", "هيئة الطيران المدني"),
    ("{القاهرة:النيل نيوز} ارتفعت أسعار الذهب اليوم.", None),  # no speech verb
    ("وزارة الزراعة (الوزارة) أعلنت أمس استئناف التصدير.", "وزارة الزراعة (الوزارة)"),  # a subject, as before
    # بيّن after a title with a name in apposition: the comma that closes the name comes before أن.
    ("وبيّن رئيس قسم الطوارئ في المستشفى، الدكتور سامي العلي، أن الحالات مستقرة.",
     "رئيس قسم الطوارئ في المستشفى، الدكتور سامي العلي"),
    ("وبيّن الجدول، الذي نشر أمس، أن الرحلات ستستأنف.", None),  # no one named
    # ناشد: an appeal speaks for whoever makes it, as دعا.
    ("وناشدت البلدية السكان عدم رمي النفايات في الشوارع.", "البلدية"),
    ("إلى ذلك، ناشد مكتب الزراعة في المحافظة المزارعين تأجيل الحصاد.", "مكتب الزراعة"),
    ("وجاءت مناشدة السكان بعد الحريق.", None),
    # علم: an outlet's own finding ("وعلمت «المدى» أن"); not a flag, the passive, or learning from others.
    ("وعلمت «المدى» أن الوزارة ستعلن التعديل الأسبوع المقبل.", "المدى"),
    ("وعلم Example.com أن النادي رفض العرض.", "Example.com"),
    ("ورفع المتظاهرون علم البلاد أمام البرلمان.", None),
    ("وعلم أن الاجتماع تأجل.", None),
    ("وعلمت الصحيفة من مصادر مطلعة أن الاجتماع تأجل.", "مصادر مطلعة"),  # learned from others: they tell it
    # "حسب ما أعلنت عنه X": the announcer is the source.
    ("وصدّر الميناء 3 ملايين طن، حسب ما أعلنت عنه الهيئة العامة للموانئ.", "الهيئة العامة للموانئ"),
]


@pytest.mark.parametrize("text, expected", SPEAKERS)
def test_speakers_round15(text, expected):
    assert last_speaker(text) == expected


# (text, figure, claimant of the figure)
CLAIMANTS = [
    # A rule or mechanism after وفق is no source: the body cited after it states the figures.
    ("ويحق لكل حزب 5 مقاعد وفق نظام الحصص، بحسب بيانات اللجنة.", "5", "اللجنة"),
    ("ويحق لكل حزب 5 مقاعد وفق نظام الحصص.", "5", "نظام الحصص"),  # alone, the rule fixes the figure
    # "بعد أن + verb": a clause with its own stating subject, as after بعدما.
    ("وأحيل المدير إلى القضاء، بعد أن كشفت تحقيقات هيئة الرقابة عن اختلاس 3 ملايين دينار.", "3 ملايين",
     "هيئة الرقابة"),
    ("وأحالت النيابة الملف إلى القضاء بعد أن تراجعت الأسعار بنسبة 5%.", "5%", None),
    # The results of a survey speak for whoever carried it out or published them.
    ("أظهرت نتائج مسح الإنفاق الأسري الذي نفذته دائرة الإحصاءات العامة أن 30% من الأسر تستدين.", "30%",
     "دائرة الإحصاءات العامة"),
    ("وبحسب النتائج التي نشرتها الهيئة أمس، بلغ عدد المستفيدين 200 ألف شخص.", "200 ألف", "الهيئة"),
    ("وبحسب النتائج، بلغ عدد الناجحين 200 طالب.", "200", None),
    # A sentence that goes on stating figures (سجل، بلغ) after a body's report is the body's.
    ("وأوضحت الهيئة أن الصادرات ارتفعت بنسبة 4%. وسجلت واردات القمح تراجعا بنسبة 7%.", "7%", "الهيئة"),
    ("وأكدت الشركة أن أرباحها ارتفعت 4%. وعلى صعيد النقل، بلغ عدد الركاب 3 ملايين راكب.", "3 ملايين", "الشركة"),
    # near misses: a market move, a person, a closing source, background, a source of its own, a gap
    ("وأوضحت الهيئة أن الصادرات ارتفعت بنسبة 4%. وارتفع سعر الذهب بنسبة 2%.", "2%", None),
    ("وقال الوزير إن الصادرات ارتفعت بنسبة 4%. وسجلت الواردات تراجعا بنسبة 7%.", "7%", None),
    ("وارتفعت الصادرات بنسبة 4%، بحسب الهيئة. وسجلت الواردات تراجعا بنسبة 7%.", "7%", None),
    ("وأوضحت الهيئة أن الصادرات ارتفعت بنسبة 4%. وكانت الواردات قد سجلت تراجعا بنسبة 7%.", "7%", None),
    ("وأوضحت الهيئة أن الصادرات ارتفعت بنسبة 4%. وسجلت الواردات تراجعا بنسبة 7%، وفق البنك الدولي.", "7%",
     "البنك الدولي"),
    ("وأوضحت الهيئة أن الصادرات ارتفعت بنسبة 4%. وافتتح الوزير المعرض أمس. وسجلت الواردات تراجعا بنسبة 7%.",
     "7%", None),
]


@pytest.mark.parametrize("text, figure, expected", CLAIMANTS)
def test_claimants_round15(text, figure, expected):
    assert claimants(text, figure) == [expected]
