"""Round-23 claimant and speaker rules, on invented sentences of other topics, with near misses."""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

# (text, speaker of the last sentence or None)
SPEAKERS = [
    # "أما NAME، TITLE، فـVERB" and "أما NAME فـVERB": the named topic speaks.
    ("أما سامي نصار، رئيس جمعية المستهلكين، فقال إن الأسعار سترتفع.", "سامي نصار"),
    ("أما ليلى حداد فأكدت أن المهرجان سيقام في موعده.", "ليلى حداد"),
    # near misses: a topic that is no one does not speak; a speaker after the ف-verb does
    ("أما سوق الأسهم فأكد محللون أنه سيرتفع.", "محللون"),
    ("أما الاقتصاد فقال الوزير إنه ينمو.", "الوزير"),
    # "أما <role> <where he works> فـVERB": the role, with or without its workplace.
    ("أما مصدر أمني بمطار العاصمة فأفاد بأن الرحلات علقت.", "مصدر أمني بمطار العاصمة"),
    ("أما مسؤول في وزارة الزراعة فقال إن المحصول جيد.", "مسؤول في وزارة الزراعة"),
    # near miss: a prepositional phrase of a topic, and the speaker after the verb
    ("أما المصابون بالمستشفى فقال الطبيب إنهم بخير.", "الطبيب"),
    # Two bodies with the feminine dual: "ووصفتاه"، "وأكدتا".
    ("رحبت منظمة الصحة العالمية ونقابة الأطباء بالقرار، ووصفتاه بأنه خطوة شجاعة.",
     "منظمة الصحة العالمية ونقابة الأطباء"),
    # A second body in coordination keeps its own genitive.
    ("وقالت وزارة الزراعة ونقابة المزارعين، في بيان مشترك، إن الموسم واعد.", "وزارة الزراعة ونقابة المزارعين"),
    # Kin as a speaker's title.
    ("وقال شقيق الضحية إن العائلة لم تتلق أي اتصال.", "شقيق الضحية"),
    ("وقالت والدة اللاعب المصاب سعيد كرم إنها تنتظر خبرا من الأطباء.", "والدة اللاعب المصاب سعيد كرم"),
    # near miss: a kinship noun as the object of a verb that is no speech
    ("وتسلم والد الطفل جثمانه أمس.", None),
    # "أحدهم" is no name: the name after "ويدعى" speaks, else the group named before it.
    ("واحتشد عشرات التجار أمام البلدية، وقال أحدهم، ويدعى رامي سعد، إن المحلات أغلقت.", "رامي سعد"),
    ("وقالت إحداهن، وتدعى هالة مراد، إن المياه غمرت بيتها.", "هالة مراد"),
    ("واشتكى عدد من الصيادين من قلة الأسماك، إذ قال أحدهم إن الموسم كان الأسوأ.", "عدد من الصيادين"),
    ("من جهتهم، عبّر مزارعون بالوادي عن غضبهم، حيث قال أحدهم إن المياه انقطعت.", "مزارعون"),
    # near miss: with no group before it, the pronoun stays as written (never a carried speaker)
    ("وقال الوزير إن الطريق جاهز. وقال أحدهم إن العمل لم ينته.", "أحدهم"),
    # "يذكر أن X VERB": X speaks, not the writer's "it is noted".
    ("يذكر أن الوزارة أعلنت أن المدارس ستفتح الأحد.", "الوزارة"),
    ("ويشار إلى أن الجمعية حذرت من نقص الأدوية.", "الجمعية"),
    # near miss: background with no speech verb has no speaker
    ("يذكر أن المباراة انتهت بالتعادل.", None),
]


@table("text, speaker", SPEAKERS)
def test_speaker(text: str, speaker: str | None) -> None:
    assert last_speaker(text) == speaker


# (text, figure in the quantity's expression, claimants of the quantities with that figure)
CLAIMANTS = [
    # A setting verb right after a dateline: the body that sets the figure claims it.
    ("عمّان- رفع البنك المركزي الأردني، الأحد، سعر الفائدة بواقع 50 نقطة أساس.", "50", ["البنك المركزي الأردني"]),
    # near miss: a dateline before a plain event names no claimant
    ("عمّان- ارتفعت أسعار الخضار بنسبة 12% خلال الأسبوع.", "12", [None]),
    # The author of a survey or study conducted ("أجرته"، "أعدته"، "نفذته") claims its figures.
    ("وكان مسح أجرته جامعة الشرق العام الماضي شمل 800 أسرة قد أظهر تراجع الإنفاق.", "800", ["جامعة الشرق"]),
    ("وأظهرت دراسة أعدتها نقابة المهندسين ارتفاع البطالة إلى 14 في المئة.", "14", ["نقابة المهندسين"]),
    # near miss: data named by their topic, with no author linked by a verb
    ("وأظهرت بيانات سوق العمل ارتفاع البطالة إلى 14 في المئة.", "14", [None]),
    # A body's target: "تعمل X على"، "تسعى X إلى"، "تستهدف X".
    ("وتعمل هيئة الطيران على رفع عدد المسافرين إلى 40 مليون مسافر بحلول 2030.", "40", ["هيئة الطيران"]),
    ("وتستهدف الشركة إنتاج 5 آلاف طن من النحاس العام المقبل.", "5", ["الشركة"]),
    # near miss: where a body works is no target of its own
    ("وتعمل الشركة في 30 دولة حول العالم.", "30", [None]),
    # "بحسب المصدر نفسه" after a named person: the source named by a source phrase before.
    ("ضربت عاصفة ثلجية الإقليم، وفق ما أفادت به مديرية الأرصاد. وقال الخبير سمير عون إن البرد سيستمر. "
     "وكانت العاصفة قد أغلقت 12 طريقا، بحسب المصدر نفسه.", "12", ["مديرية الأرصاد"]),
    # near miss: after an unnamed source, "the same source" is that source
    ("وقال مصدر في الميناء إن السفن تأخرت. وتم تفريغ 30 حاوية، حسب المصدر ذاته.", "30", ["مصدر في الميناء"]),
    # "يذكر أن X VERB …، وأعلن …": X claims the figures of its announcement.
    ("يُذكر أن هيئة الرقابة حذّرت من الشركات الوهمية، وأعلنت إغلاق 25 شركة.", "25", ["هيئة الرقابة"]),
]


@table("text, figure, claimant", CLAIMANTS)
def test_claimant(text: str, figure: str, claimant: list[str | None]) -> None:
    assert claimants(text, figure) == claimant
