"""Round-22 claimant and speaker rules (second part), on invented sentences of other topics, with near misses."""
from __future__ import annotations

from claims.extraction import extract_article

from .helpers import claimants, last_speaker, table


def speakers_of(text: str) -> list[str | None]:
    """Return the speaker of each claim of the text, in order."""
    return [c["speaker"] for c in extract_article(text, clean=False)["claims"]]


# (text, speaker of the last sentence or None)
SPEAKERS = [
    # "كانت X، <apposition>، قد VERB": X, not what a source phrase later in the sentence names.
    ("وكانت طيران الواحة، الناقل الرسمي للمملكة، قد أعلنت أنها نقلت مليوني مسافر، بحسب بيان صادر عن الشركة.",
     "طيران الواحة"),
    ("وكانت شركة النسيم، المشغل الوحيد للخط، قد أكدت أن الرحلات ستستأنف.", "شركة النسيم"),
    ("وكان وزير النقل، سالم الحربي، قد أعلن أن الطريق سيفتح.", "وزير النقل، سالم الحربي"),  # as before
    # near miss: an event between the commas is no speaker
    ("وكان الاجتماع، الذي عقد أمس، قد أكد أن الخطة نافذة.", None),
    # "أما محللو/مسؤولو <body>، فـVERB": the body's analysts or officials speak.
    ("أما محللو البنك الأهلي، فرجحوا أن تتراجع الأسعار.", "محللو البنك الأهلي"),
    ("أما محللو \"نور للاستثمار\"، فيتوقعون أن يتباطأ النمو.", "محللو \"نور للاستثمار\""),
    ("أما مسؤولو الشركة، فتوقعوا أن تنتهي الأشغال قريبا.", "مسؤولو الشركة"),
    # near miss: a topic that is no one does not speak
    ("أما الأسعار، فتوقعوا أن تتراجع قريبا.", None),
    # "«…»، بهذه العبارة لخّص X المشهد": X said the quotation; the object after X is no part of him.
    ("«المدينة لم تعد تحتمل»، بهذه العبارة لخّص رئيس بلدية الواحة الوضع.", "رئيس بلدية الواحة"),
    ("«لن نستسلم»، بهذه الكلمات لخصت المدربة سعاد ناجي المباراة.", "المدربة سعاد ناجي"),
    # near miss: a manner that is no quotation opens no speaker
    ("وبهذه الطريقة لخص الكتاب الفكرة.", None),
    # "«…»، هذا ما قاله X": X said the quotation.
    ("«لن نقبل بهذا القرار»، هذا ما قاله النائب سليم داود أمام الصحافيين.", "النائب سليم داود"),
    ("«الأسعار ستنخفض»، وهو ما أكده الوزير أحمد سالم أمس.", "الوزير أحمد سالم"),
    # near miss: "وهو ما أكده" after a plain statement is a relative remark, no speaker of the sentence
    ("ارتفعت الأسعار، وهو ما أكده الوزير أحمد سالم أمس.", None),
]


@table("text, speaker", SPEAKERS)
def test_speaker(text: str, speaker: str | None) -> None:
    assert last_speaker(text) == speaker


# (text, figure in the quantity's expression, claimants of the quantities with that figure)
CLAIMANTS = [
    # A report with its adjective (مؤقتة، محدثة) still names its author after ل.
    ("غرق 4 أشخاص في الوادي، حسب حصيلة مؤقتة للمديرية العامة للدفاع المدني.", "4",
     ["المديرية العامة للدفاع المدني"]),
    ("أصيب 12 شخصا في الحادث، وفق حصيلة محدثة لوزارة الصحة.", "12", ["وزارة الصحة"]),
    # A court that issues a verdict, past a time between commas, claims its figures.
    ("أصدرت محكمة الجنايات بالعاصمة، صباح اليوم، حكما بسجن 3 متهمين.", "3", ["محكمة الجنايات بالعاصمة"]),
    ("أصدرت محكمة الاستئناف حكما بتغريم الشركة 20 ألف دينار.", "20", ["محكمة الاستئناف"]),
    # near miss: a band that issues an album, past a time, states nothing
    ("أصدرت الفرقة، أمس، ألبوما من 12 أغنية.", "12", [None]),
    # A lead's figures go to the body whose communiqué the next sentence opens on.
    ("تمكنت عناصر الدرك من حجز 5 أطنان من القمح المهرب. وحسب بلاغ للقيادة العامة للدرك، فإن العملية أسفرت "
     "عن توقيف السائق.", "5", ["القيادة العامة للدرك"]),
    # near miss: a source phrase closing the next sentence does not reach back to the lead
    ("تمكنت عناصر الدرك من حجز 5 أطنان من القمح المهرب. وأسفرت العملية عن توقيف السائق، حسب بلاغ للقيادة.",
     "5", [None]),
    # "بحسب أرقام أممية": the United Nations' figures; other adjectives name no one body.
    ("نزح أكثر من 3 ملايين شخص، بحسب أرقام أممية.", "3", ["الأمم المتحدة"]),
    ("وبلغ عدد اللاجئين 800 ألف، وفق تقديرات أممية.", "800", ["الأمم المتحدة"]),
    ("نزح أكثر من 3 ملايين شخص، بحسب أرقام حكومية.", "3", ["أرقام حكومية"]),
    # "وهو ما نفته/رفضته Y": the denier's clause and its figures are Y's.
    ("وقال النائب إن المصنع سرّح 200 عامل، وهو ما نفته الإدارة التي أكدت أن 40 فقط غادروا.", "40", ["الإدارة"]),
    ("وقال النائب إن المصنع سرّح 200 عامل، وهو ما نفته الإدارة.", "200", ["النائب"]),
]


@table("text, figure, claimant", CLAIMANTS)
def test_claimant(text: str, figure: str, claimant: list[str | None]) -> None:
    assert claimants(text, figure) == claimant


# (text, speaker of each claim): a denial is a claim of its own, with its own speaker.
DENIALS = [
    ("وأعلنت الوزارة زيادة الأجور بنسبة 5%، وهو ما رفضته النقابة ووصفته بالهزيل.", ["الوزارة", "النقابة"]),
    ("وقال المدرب إن اللاعب سيغيب شهرين، وهو ما نفاه النادي في بيان.", ["المدرب", "النادي"]),
    # near miss: a confirmation is no answer of its own
    ("وقال المدرب إن اللاعب سيغيب شهرين، وهو ما يؤكده الأطباء.", ["المدرب"]),
]


@table("text, speakers", DENIALS)
def test_denial_clause(text: str, speakers: list[str | None]) -> None:
    assert speakers_of(text) == speakers
