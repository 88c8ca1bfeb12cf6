"""Round-31 speaker and claimant rules (attribution), on invented sentences of other topics, with near misses.

- قدّر with a long subject and object: the بـ + figure may come ten words after the subject.
- تحدث عن: what a source speaks of is its account ("تحدثت الشرطة عن مقتل 5 أشخاص"); not "تحدث إلى الصحفيين".
- "قالت مصادر إن مصدراً أمنياً أكد أن …": a source with its own reporting verb inside the first one's إن-clause
  says what follows.
- "…، وهي فجوة قال خبراء إن …": a speech clause describing an indefinite noun gives its subject to what it
  says; the clauses before keep a source phrase that opens the sentence, even past a while-clause.
- "بدأت الوزارة التشغيل التجريبي للمحطة بقدرة 300 ميغاواط": the body that starts running or building a
  project claims its size.
- "…، فيما تستهدف الحكومة الوصول إلى 30 مليون": a body's own target in a later clause is its claim.
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

LONG_ESTIMATES = [
    ("قدّرت النقابة الوطنية للمزارعين بولاية الشمال خسائر المزارعين والمربين خلال موسم الجفاف بما يزيد على"
     " 40 مليون دولار.", "النقابة الوطنية للمزارعين"),
    # near miss: appreciation, with no بـ + figure
    ("قدّرت النقابة الوطنية للمزارعين بولاية الشمال جهود المتطوعين خلال موسم الجفاف.", None),
]


@table("text, expected", LONG_ESTIMATES)
def test_estimate_far_after_a_long_subject(text: str, expected: str | None) -> None:
    found = last_speaker(text)
    assert found == expected or (expected and found and found.startswith(expected))


SPOKE_OF = [
    ("وتحدثت الشرطة، أمس، عن مقتل 5 أشخاص في الحادث.", "الشرطة"),
    ("يتحدث التجار عن تراجع المبيعات بنسبة 30 في المئة.", "التجار"),
    # near misses: to whom, not of what; and a source phrase whose people only spoke to an outlet
    ("وتحدث الوزير إلى الصحفيين في المطار.", None),
    ("وتحدث المدير مع نظيره عن التعاون.", None),
]


@table("text, expected", SPOKE_OF)
def test_spoke_of(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


def test_spoke_of_claims_its_figure_beside_a_second_estimate() -> None:
    text = ("وتضاربت الأرقام: ففي حين تحدثت إدارة الميناء عن تفريغ 80 حاوية، قدّرت نقابة العمال العدد بنحو 50"
            " حاوية فقط.")
    assert claimants(text, "80") == ["إدارة الميناء"]
    assert claimants(text, "50") == ["نقابة العمال"]


def test_source_that_spoke_to_an_outlet_keeps_its_name() -> None:
    text = 'وارتفع سعر الكيس إلى 20 ديناراً، وفق تجار تحدثوا لـ"الصباح".'
    assert claimants(text, "20") == ["تجار"]


INNER_SPEAKERS = [
    ("وقالت مصادر محلية إن مصدراً طبياً بالمستشفى أكد أن 12 مصاباً وصلوا.", "مصدراً طبياً"),
    ("وذكرت الصحيفة أن مسؤولاً في البلدية أوضح أن الطريق سيغلق.", "مسؤولاً في البلدية"),
    ("وقالت مصادر إن وزير النقل أعلن أن الرحلات ستستأنف.", "وزير النقل"),
    # near misses: no reporting verb inside, a document, a forecast of the speaker's own firm
    ("وقال الوزير إن الأسعار ارتفعت بنسبة 5%.", "الوزير"),
    ("وقال الوزير إن التقرير أظهر أن الأسعار ارتفعت.", "الوزير"),
    ("وقال الوزير إن الحكومة قررت خفض الأسعار.", "الوزير"),
    ("وأضاف المدير أن الشركة تتوقع أن تبلغ المبيعات مليون وحدة.", "المدير"),
    ("وقال الوزير إن مصدراً للمياه جف في القرية.", "الوزير"),
]


@table("text, expected", INNER_SPEAKERS)
def test_inner_source_takes_over_its_clause(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


DESCRIBED_INDEFINITE = [
    ("وهو رقم قال خبراء إن الحكومة لن تتمكن من تحقيقه.", "خبراء"),
    ("وهو عجز قال محللون إن الموازنة لن تحتمله.", "محللون"),
    ("وسجلت البلاد 400 إصابة، في موجة قالت الوزارة إنها الأعنف.", "الوزارة"),
    # near misses: a name, then its verb; a while-clause's speaker leaves the main clause's
    ("الوزير خالد قال إن الأسعار ارتفعت.", "الوزير خالد"),
    ("وهو أمر قالت تقارير إن الحكومة نفته.", None),
    ("وبينما رأى الباحث أن الاكتشاف مهم، أبدى المرصد قلقه من تعرض الموقع للنهب.", "المرصد"),
]


@table("text, expected", DESCRIBED_INDEFINITE)
def test_speech_clause_describing_an_indefinite_noun(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


def test_opening_source_keeps_its_clauses_before_the_described_noun() -> None:
    text = ("ووفق بيانات الهيئة، يبلغ الاستهلاك اليومي 900 ألف متر مكعب، فيما لا يتجاوز الإنتاج 600 ألف متر"
            " مكعب، وهي فجوة قال مهندسون إن المحطة الجديدة لن تسد منها سوى أقل من ثلثها.")
    assert claimants(text, "900 ألف") == ["الهيئة"]
    assert claimants(text, "600 ألف") == ["الهيئة"]
    assert claimants(text, "ثلثها") == ["مهندسون"]


STARTS_RUNNING = [
    ("بدأت الشركة الوطنية، أمس، تنفيذ طريق سريع بطول 40 كيلومتراً.", "40", "الشركة الوطنية"),
    ("وبدأت هيئة المياه ضخ 20 ألف متر مكعب يومياً إلى الأحياء الشرقية.", "20 ألف", "هيئة المياه"),
    ("بدأت وزارة الطاقة التشغيل التجريبي للمحطة الشمسية بقدرة 300 ميغاواط.", "300", "وزارة الطاقة"),
    # near misses: a campaign (no project's size), people who are no body
    ("بدأت الوزارة حملة لتشغيل 500 شاب.", "500", None),
    ("بدأ المزارعون تشغيل 30 مضخة.", "30", None),
]


@table("text, figure, expected", STARTS_RUNNING)
def test_body_starting_a_project_claims_its_size(text: str, figure: str, expected: str | None) -> None:
    assert claimants(text, figure) == [expected]


TARGETS = [
    ("وبلغت صادرات التمور 120 ألف طن العام الماضي بحسب الجمارك، فيما تستهدف الوزارة رفعها إلى 200 ألف طن.",
     "200 ألف", "الوزارة"),
    ("وبلغت صادرات التمور 120 ألف طن العام الماضي بحسب الجمارك، فيما تستهدف الوزارة رفعها إلى 200 ألف طن.",
     "120 ألف", "الجمارك"),
    # near misses: a target with no subject of its own; an attack (the past of the same verb)
    ("وقال المدير إن الشركة باعت 40 ألف سيارة، فيما تستهدف بيع 60 ألف سيارة العام المقبل.", "60 ألف", "المدير"),
    ("وقال المتحدث إن 12 شخصاً قتلوا، فيما استهدفت غارة ثلاثة منازل في البلدة.", "ثلاثة", "المتحدث"),
]


@table("text, figure, expected", TARGETS)
def test_body_target_in_a_later_clause(text: str, figure: str, expected: str) -> None:
    assert claimants(text, figure) == [expected]
