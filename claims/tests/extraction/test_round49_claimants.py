"""Table-driven cases for round 49's claimants: a document that comes out every half year or quarter ("الحصيلة نصف
السنوية للمركز") names its author; a document's "أظهر" with a change as its object ("أظهرت الميزانية … ارتفاع …");
"تحدث … عن" in a later clause; the announcer of a measure some time before ("بعد ساعات من إعلان X خفض …"); a
setter opening a clause with إذ before other setters; "كما" and "أما … فبلغت" going on with the report before them;
the forecasts of a body or its members.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import claimants, clause_speakers, table

PERIODIC_DOCUMENTS = [  # (text, figure, claimants): "نصف السنوية"، "ربع سنوي" describe the document, its author follows
    ("ويُذكر أن المطار استقبل أكثر من 4 ملايين مسافر، بحسب الحصيلة نصف السنوية للهيئة.", "4", ["الهيئة"]),
    ("وبلغت الصادرات 12 مليار درهم، وفق التقرير ربع السنوي لمكتب الصرف.", "12", ["مكتب الصرف"]),
    ("وتراجعت الحوادث بنسبة 8%، حسب الإحصائيات نصف الشهرية لمديرية المرور.", "8", ["مديرية المرور"]),
    # must not change: a half with no adjective after it, in the sentence or after the document
    ("ويُذكر أن المصنع أنتج 300 طن في نصف السنة الأول.", "300", [None]),
    ("وبلغت الصادرات 12 مليار درهم، وفق نصف التقرير.", "12", [None]),
]


@table("text, figure, expected", PERIODIC_DOCUMENTS)
def test_a_periodic_document_names_its_author(text, figure, expected):
    assert claimants(text, figure) == expected


DOCUMENT_SHOWS_A_CHANGE = [  # (text, figure, claimants): a document or data show a change as their object
    ("أظهر المسح الشهري لهيئة الإحصاء، الصادر أمس الأحد، تراجع البطالة إلى 9.1% في الربع الثاني.", "9.1",
     ["هيئة الإحصاء"]),
    ("وأظهرت بيانات وزارة السياحة ارتفاع عدد الزوار إلى نحو 2.3 مليون زائر.", "2.3", ["وزارة السياحة"]),
    ("أظهر التقرير السنوي لشركة الكهرباء زيادة الاستهلاك بنسبة 6%.", "6", ["شركة الكهرباء"]),
    # must not change: a player or a team shows a change of its own; a change with tanween; "أن" as before
    ("أظهر اللاعب تحسن مستواه بعد 3 مباريات.", "3", [None]),
    ("وأظهر الفريق تراجعاً في الأداء خلال آخر 4 مباريات.", "4", [None]),
    ("وأظهرت بيانات الجمارك أن الواردات بلغت 5 مليارات دولار.", "5", ["الجمارك"]),
    ("وأظهرت البيانات ارتفاع الواردات إلى 7 مليارات دولار.", "7", [None]),  # no author named
]


@table("text, figure, expected", DOCUMENT_SHOWS_A_CHANGE)
def test_a_document_shows_a_change(text, figure, expected):
    assert claimants(text, figure) == expected


SPOKE_OF_IN_A_LATER_CLAUSE = [  # (text, figure, claimants): "، فيما تحدث X عن …" has its own speaker
    ("وقالت الشرطة إن الحريق اندلع في مستودع، فيما تحدث شهود عن احتراق 40 سيارة.", "40", ["شهود"]),
    ("وأعلن الاتحاد تأجيل المباراة، بينما تحدثت صحيفة محلية، مساء أمس، عن غرامة قدرها 20 ألف دينار.", "20",
     ["صحيفة محلية"]),
    # must not change: a talk with someone, and تحدث with no subject of its own
    ("وقال الوزير إن الصادرات بلغت 3 ملايين طن، فيما تحدث نظيره مع الصحفيين عن الاتفاق.", "3", ["الوزير"]),
    ("وقال المدرب إن 3 لاعبين أصيبوا، وتحدث عن صعوبة المباراة.", "3", ["المدرب"]),
]


@table("text, figure, expected", SPOKE_OF_IN_A_LATER_CLAUSE)
def test_spoke_of_in_a_later_clause(text, figure, expected):
    assert claimants(text, figure) == expected


def test_spoke_of_splits_the_sentence():
    text = "وقالت الشرطة إن الحريق اندلع في مستودع، فيما تحدث شهود عن احتراق 40 سيارة."
    assert clause_speakers(text) == ["الشرطة", "شهود"]


ANNOUNCED_SOME_TIME_BEFORE = [  # (text, figure, claimants): "بعد ساعات من إعلان X خفض …" → X states the measure's figures
    ("وجاء القرار بعد أيام من إعلان وزارة الطاقة رفع سعر البنزين إلى 1.8 دينار.", "1.8", ["وزارة الطاقة"]),
    ("وتأتي الخطوة قبل 3 أسابيع من إعلان الشركة الوطنية للنقل خفض التذاكر بنسبة 15%.", "15",
     ["الشركة الوطنية للنقل"]),
    # must not change: the time of an event not announced, and an announcement with no time before it
    ("وجاء القرار بعد أيام من رفع سعر البنزين إلى 1.8 دينار.", "1.8", [None]),
    ("ونشرت الصحيفة إعلان الشركة خفض التذاكر بنسبة 15%.", "15", [None]),
]


@table("text, figure, expected", ANNOUNCED_SOME_TIME_BEFORE)
def test_announced_some_time_before(text, figure, expected):
    assert claimants(text, figure) == expected


SETTERS_AFTER_IDH = [  # (text, figure, claimants): an إذ-clause setter before other clauses' setters
    ("ورفعت شركات الطيران أسعارها، إذ رفعت شركة الخطوط الوطنية (سكاي) رسوم الأمتعة إلى 40 دولاراً، فيما قررت "
     "شركة النسيم رفع رسوم المقعد إلى 15 دولاراً.", "40", ["شركة الخطوط الوطنية (سكاي)"]),
    ("ورفعت شركات الطيران أسعارها، إذ رفعت شركة الخطوط الوطنية (سكاي) رسوم الأمتعة إلى 40 دولاراً، فيما قررت شركة "
     "النسيم رفع رسوم المقعد إلى 15 دولاراً.", "15", ["شركة النسيم"]),
    # must not change: a lone إذ-clause explains the writer's own words
    ("ويعد هذا الرفع الثاني هذا العام، إذ رفعت الشركة الأسعار بما مجموعه 12 في المائة.", "12", [None]),
]


@table("text, figure, expected", SETTERS_AFTER_IDH)
def test_setters_after_idh(text, figure, expected):
    assert claimants(text, figure) == expected


REPORT_GOES_ON = [  # (text, figure, claimants): "كما …" and "أما X فبلغت …" go on with the report before them
    ("وأعلنت الهيئة أن عدد الحجاج بلغ 1.6 مليون حاج. كما ارتفع عدد المعتمرين إلى نحو 13 مليوناً.", "13",
     ["الهيئة"]),
    ("وبحسب النقابة، بلغ عدد المنخرطين 8 آلاف عضو. أما الاشتراكات المحصلة فبلغت 2.4 مليون درهم.", "2.4",
     ["النقابة"]),
    # must not change: no report before, a body acting on its own, and a topic that is a body
    ("وافتتح الوزير المعرض أمس. كما ارتفع عدد العارضين إلى 300 عارض.", "300", [None]),
    ("وأعلنت الهيئة أن عدد الحجاج بلغ 1.6 مليون حاج. كما سجلت الوزارة 40 مخالفة.", "40", ["الوزارة"]),
    ("وبحسب النقابة، بلغ عدد المنخرطين 8 آلاف عضو. أما الوزارة فسجلت 300 شكوى.", "300", ["الوزارة"]),
]


@table("text, figure, expected", REPORT_GOES_ON)
def test_the_report_goes_on(text, figure, expected):
    assert claimants(text, figure) == expected


FORECASTS_OF_A_BODY = [  # (text, figure, claimants): the forecasts of a body, or of its members, are theirs
    ("وأشارت توقعات أعضاء المجلس الأعلى للتخطيط إلى نمو بنسبة 3.5%.", "3.5", ["أعضاء المجلس الأعلى للتخطيط"]),
    ("وأشارت توقعات أعضاء لجنة الأسعار المركزية إلى زيادة بنسبة 4%.", "4", ["أعضاء لجنة الأسعار المركزية"]),
    ("ورجحت توقعات صندوق النقد الدولي أن يبلغ العجز 6% من الناتج.", "6", ["صندوق النقد الدولي"]),
    # must not change: a forecast's topic names no maker; an estimate with ل names its author as before
    ("وأشارت توقعات النمو إلى 3%.", "3", [None]),
    ("وأشارت تقديرات سابقة للوزارة إلى نمو بنسبة 3%.", "3", ["الوزارة"]),
]


@table("text, figure, expected", FORECASTS_OF_A_BODY)
def test_forecasts_of_a_body(text, figure, expected):
    assert claimants(text, figure) == expected
