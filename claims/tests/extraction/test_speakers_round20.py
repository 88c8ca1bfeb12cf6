"""Round-20 speaker and claimant rules, on invented sentences of other topics, with cases that must not change."""
from __future__ import annotations

import pytest

from .helpers import claimants, last_speaker

# (text, speaker of the last sentence or None)
SPEAKERS = [
    # "ردّ X بأن / بالقول / قائلا / :": a reply in words.
    ("وردّ وزير النقل على الانتقادات بأن المشروع يسير وفق الجدول.", "وزير النقل"),
    ("وردّت النقابة: «لن نوقف الإضراب».", "النقابة"),
    ("وردّ رئيس النادي على المدرب قائلا إن العقد ساري.", "رئيس النادي"),
    # near misses: a reply in deeds, and ورد "was mentioned", are no speech
    ("وردت الشرطة بإطلاق الغاز المسيل للدموع.", None),
    ("وورد اسمه في قائمة المرشحين بعد أن تقدم بطلب.", None),
    ("ورد في التقرير أن الأسعار ارتفعت.", None),
    # "«…»، هكذا علّق X": هكذا stands before the verb; the subject follows it.
    ("«سنعود أقوى»، هكذا قال قائد الفريق أحمد سالم بعد المباراة.", "قائد الفريق أحمد سالم"),
    ("«الموسم لم ينته بعد»، هكذا علقت المدربة سارة منصور.", "المدربة سارة منصور"),
    ("هكذا تبدو المدينة بعد العاصفة.", None),
    # A clause describing an indefinite noun, with no relative word: its verb's subject follows it.
    ("وشهد المعرض إقبالا كثيفا، في حدث وصفته الصحافة المحلية بـ«التاريخي».", "الصحافة المحلية"),
    ("وارتفعت الأسعار بنسبة 5%، في زيادة وصفها خبراء بأنها الأعلى منذ عقد.", "خبراء"),
    # near misses: a deed done to the noun reports no speech
    ("وتسلم اللاعب جائزة قدمها الوزير في الحفل.", None),
    ("وسجل المعرض أرقاما أعلنها المنظمون أمس.", None),
    # "وهو ما عزاه / أكده X": the subject after the verb speaks.
    ("وتراجعت الصادرات 10%، وهو ما عزاه الخبير سامي يوسف إلى «ضعف الطلب».", "الخبير سامي يوسف"),
    ("وتأخرت الرحلات، وهذا ما أكده المتحدث باسم المطار بأن «الضباب كثيف».", "المتحدث باسم المطار"),
    ("وتأخرت الرحلات، وهو ما أدى إلى ازدحام المطار.", None),
    # مختار, the head of a Levantine village or quarter, is a title before a name.
    ("وقال مختار القرية فادي الخوري إن المياه انقطعت.", "مختار القرية فادي الخوري"),
    ("وقال مختار الحي إن المياه انقطعت.", "مختار الحي"),
    # A body's name in quotation marks, a gloss after it, then أن: the body speaks.
    ("وأعلنت «الرابطة الوطنية لحماية المستهلك» (ANPC) أنها تلقت شكاوى.", "الرابطة الوطنية لحماية المستهلك"),
    ("وأكدت «الهيئة المستقلة» أن التصويت جرى بهدوء.", "الهيئة المستقلة"),
    # near miss: a quotation after a speech verb is what is said
    ("وأضاف «الحكومة ستدعم المزارعين» في كلمته.", None),
    # "وكانت X (gloss) قد …، قالت فيه إن": the كان … قد subject, past its bracketed gloss.
    ("وكانت منظمة «أطباء بلا حدود» (MSF) قد نشرت تقريرا الأحد، قالت فيه إن المخيم مكتظ.",
     "منظمة «أطباء بلا حدود»"),
]


@pytest.mark.parametrize("text, expected", SPEAKERS)
def test_speakers_round20(text, expected):
    assert last_speaker(text) == expected


# (text, figure, claimant of the figure)
CLAIMANTS = [
    # A document's issuer named after its description: "صادرة عن"، "التي أعلنتها".
    ("ومن المتوقع، وفق نشرة إنذارية من المستوى الأحمر صادرة عن هيئة الأرصاد، أن تصل الأمطار إلى 90 ملم.",
     "90", "هيئة الأرصاد"),
    ("وفاز المرشح بـ5200 صوت، وفق النتائج الأولية غير الرسمية التي أعلنتها اللجنة الانتخابية.", "5200",
     "اللجنة الانتخابية"),
    # A decision of a body after ل: "بحسب قرار لمجلس الوزراء".
    ("ويبلغ سعر الطن 400 دولار، بحسب قرار لمجلس الوزراء صدر أمس.", "400", "مجلس الوزراء"),
    ("وارتفع الرسم إلى 30 دينارا، وفق قرار صادر عن وزارة المالية.", "30", "وزارة المالية"),
    # near misses: a document with no issuer after it stays the source; a clause's verb ends the description
    ("وبلغ الإنتاج 800 طن، بحسب نشرة الإصدار.", "800", "نشرة الإصدار"),
]


@pytest.mark.parametrize("text, figure, expected", CLAIMANTS)
def test_claimants_round20(text, figure, expected):
    assert claimants(text, figure) == [expected]
