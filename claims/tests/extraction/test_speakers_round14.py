"""Round-14 speaker and claimant rules, on invented sentences of other topics, with cases that must not change."""
from __future__ import annotations

import pytest

from .helpers import claimants, last_speaker

# (text, speaker of the last sentence or None)
SPEAKERS = [
    # A dateline closed by a dash does not hide the opening verb's subject from "، وأعلنت".
    ("بيروت - عقدت نقابة المعلمين اجتماعا طارئا أمس، وأعلنت في بيان \"التوقف عن التدريس\".", "نقابة المعلمين"),
    ("عقدت نقابة المعلمين اجتماعا طارئا أمس، وأعلنت في بيان \"التوقف عن التدريس\".", "نقابة المعلمين"),
    ("بيروت - ارتفعت أسعار الخبز أمس، وأعلنت في بيان \"زيادة الدعم\".", None),  # an inanimate subject
    # التمس: a request in court speaks for whoever makes it.
    ("وكانت النيابة العامة قد التمست، خلال الجلسة الأولى، تشديد العقوبة على المتهم.", "النيابة العامة"),
    ("والتمس دفاع المتهمين تأجيل الملف، معتبرا أن \"الخبرة التقنية ناقصة\".", "دفاع المتهمين"),
    # "حسب/وفق + results made public" is a source; a bare definite noun is a manner.
    ("وحسب الأرقام المنشورة، صدّرت الموانئ 3 ملايين حاوية.", "الأرقام المنشورة"),
    ("ووفق النتائج المؤقتة، حصل المرشح على 54% من الأصوات.", "النتائج المؤقتة"),
    ("وحسب النتائج، تأهل الفريق إلى الدور الثاني.", None),
    ("وتوزع الأغطية على الأسر حسب الحاجة.", None),
]


@pytest.mark.parametrize("text, expected", SPEAKERS)
def test_speakers_round14(text, expected):
    assert last_speaker(text) == expected


# (text, figure, claimant of the figure)
CLAIMANTS = [
    # A monitoring body's stations or crews record for it.
    ("رصدت أجهزة المركز الوطني للأرصاد أمس رياحا بلغت سرعتها 90 كيلومترا في الساعة.", "90", "أجهزة المركز الوطني للأرصاد"),
    ("وارتفعت المبيعات 4%، فيما سجلت فرق الوزارة 30 مخالفة.", "30", "فرق الوزارة"),
    ("وسجلت فرق الدوري الممتاز 250 هدفا هذا الموسم.", "250", None),  # teams that score record nothing
    ("وسجلت محطات الوقود ارتفاعا في الطلب بنسبة 20%.", "20%", None),
    # A rulebook or a contract that fixes a figure is its claimant when no one speaks.
    ("وينال الفائز جائزة قدرها 200 ألف دولار، بحسب لائحة البطولة.", "200 ألف", "لائحة البطولة"),
    ("ويتقاضى المدرب 40 ألف يورو شهريا وفقا لعقد النادي.", "40 ألف", "عقد النادي"),
    ("ويدفع المشترك 50 دينارا وفق القانون.", "50", None),  # no document named
    ("وتوزع 300 سلة غذائية حسب الحاجة.", "300", None),
    ("وقال المدرب إن الفائز ينال 200 ألف دولار بحسب لائحة البطولة.", "200 ألف", "المدرب"),  # he speaks
    # A named body that closes a relative clause in reported speech gives its background figure.
    ("وقال الوزير إن الخطة تأتي لمواجهة البطالة التي بلغت 12% العام الماضي، بحسب المعهد الوطني للإحصاء.",
     "12%", "المعهد الوطني للإحصاء"),
    ("وقالت الشركة إن الأرباح تراجعت. وأوضحت أن ذلك يعود إلى التضخم الذي بلغ 7,5% في مارس، وفق البنك المركزي.",
     "7,5%", "البنك المركزي"),  # carried speaker
    ("وقال الوزير إن الخطة تأتي لمواجهة البطالة التي بلغت 12% العام الماضي، بحسب بيان رسمي.",
     "12%", "الوزير"),  # a document with no author
    ("وقال الوزير إن العجز تراجع إلى 4%، بحسب صندوق النقد الدولي.", "4%", "الوزير"),  # his own reported speech
    ("وقال الوزير إن \"البطالة التي بلغت 12% تبقى مرتفعة\"، بحسب المعهد الوطني للإحصاء.", "12%", "الوزير"),  # quoted
]


@pytest.mark.parametrize("text, figure, expected", CLAIMANTS)
def test_claimants_round14(text, figure, expected):
    assert claimants(text, figure) == [expected]
