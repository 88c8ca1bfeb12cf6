"""Table-driven cases for round 47's speakers and claimants: the subject of هنّأ (folded into the adverb هنا) speaks
on in "، وقال"; a co-chair ("الرئيسة المشاركة") and a field then a workplace before a name ("الباحث في شؤون الهجرة
بجامعة لايبزيغ فلان"); the Maghrebi forecast يرتقب; the Federal Reserve ("الاحتياطي الفيدرالي"، "الفيدرالي") and the
Algerian courts' "القطب الجزائي" as bodies; تساءل and برر as speech; an elected official's pledge ("الرئيس
المنتخب"); a tender put out (طرح); "، يضيف المسؤول نفسه" closing a sentence; what is announced (results, mourning) is
no speaker; "نقلت القناة عن مراسلها"; a plural participle ("معتبرين") after a group.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import claimants, clause_speakers, last_speaker, table

CONGRATULATED_THEN_SAID = [  # (text, figure, claimants): هنّأ opens the clause whose subject speaks on in "، وقال"
    ("وهنأ وزير الرياضة المنتخب الوطني، وقال إن 14 ميدالية أحرزت في البطولة.", "14", ["وزير الرياضة"]),
    ("من جهته، هنأ محافظ البنك المركزي خالد المنصوري الموظفين، وقال في بيان إن الأرباح بلغت 3 مليارات.", "3",
     ["محافظ البنك المركزي خالد المنصوري"]),
    ("وهنّأت المديرة الطالبات، وقالت إن 40 طالبة نجحن.", "40", ["المديرة"]),
    # must not change: the adverb هنا ("here"), as a connective or opening its own clause
    ("وهنا، قال المدرب إن 3 لاعبين أصيبوا.", "3", ["المدرب"]),
    ("وهنا يقع المتحف، وقال الدليل إن 300 قطعة تعرض فيه.", "300", ["الدليل"]),
]


@table("text, figure, expected", CONGRATULATED_THEN_SAID)
def test_the_subject_of_a_congratulation_speaks_on(text, figure, expected):
    assert claimants(text, figure) == expected


TITLES_BEFORE_A_NAME = [  # (text, speakers): a co-chair, and a field then a workplace in ب before the name
    ("أما الرئيس المشارك للمنتدى سامي حداد فقال إن 500 شركة ستشارك.", ["الرئيس المشارك للمنتدى سامي حداد"]),
    ("وقالت المديرة المشاركة للمهرجان ليلى نصار إن 40 فيلماً ستعرض.", ["المديرة المشاركة للمهرجان ليلى نصار"]),
    ("وقال الأستاذ في علوم البحار بجامعة صفاقس منير بن علي إن 30% من الشعاب تضررت.",
     ["الأستاذ في علوم البحار بجامعة صفاقس منير بن علي"]),
    ("وقال رئيس البلدية المنتخب خالد العمري إن 14 مشروعاً ستنفذ.", ["رئيس البلدية المنتخب خالد العمري"]),
    # must not change: a field with no name after it, and a ب- complement of the verb after the field
    ("وقال الأستاذ في علوم البحار إن 30% من الشعاب تضررت.", ["الأستاذ"]),
    ("وأشاد الخبير في شؤون المياه بجهود الوزارة، وقال إن 20 سداً بنيت.", ["الخبير"]),
    ("وقال مدرب المنتخب التونسي منذر الكبير إن 3 لاعبين أصيبوا.", ["مدرب المنتخب التونسي منذر الكبير"]),
]


@table("text, expected", TITLES_BEFORE_A_NAME)
def test_titles_before_a_name(text, expected):
    assert clause_speakers(text) == expected


FORECAST_WITH_YARTAQIB = [  # (text, figure, claimants): يرتقب + a subject + أن is a forecast, as يتوقع
    ("وترتقب المندوبية أن يبلغ محصول الزيتون 1,2 مليون طن.", "1,2", ["المندوبية"]),
    ("ويرتقب المكتب الوطني للسياحة أن يتجاوز عدد السياح 17 مليوناً هذا العام.", "17", ["المكتب الوطني للسياحة"]),
    # must not change: what is awaited, and the impersonal "it is expected"
    ("ويرتقب الجمهور مباراة الغد على ملعب يتسع لـ 45 ألف متفرج.", "45", [None]),
    ("وقال الوزير إن 5 مصانع أغلقت. ويُرتقب أن يرتفع العدد إلى 8 مصانع.", "8", [None]),
    ("وتفقد الوالي الحي المتضرر، حيث يُرتقب أن تنطلق إعادة إسكان 30 عائلة.", "30", [None]),
]


@table("text, figure, expected", FORECAST_WITH_YARTAQIB)
def test_a_forecast_with_yartaqib(text, figure, expected):
    assert claimants(text, figure) == expected


BODIES_NAMED_BY_ADJECTIVE = [  # (text, figure, claimants): the Federal Reserve and a judicial pole set figures
    ("خفض الاحتياطي الفيدرالي الأمريكي الفائدة بمقدار 50 نقطة أساس.", "50", ["الاحتياطي الفيدرالي الأمريكي"]),
    ("وأبقى الفيدرالي سعر الفائدة في نطاق بين 5.25% و5.5%.", "5.25", ["الفيدرالي"]),
    ("وكان مجلس الاحتياطي الفيدرالي قد رفع الفائدة إلى 5%، وأشار رئيسه إلى أن التضخم مرتفع.", "5",
     ["مجلس الاحتياطي الفيدرالي"]),
    ("أصدر القطب الجزائي المتخصص لدى محكمة وهران، أمس، أحكاما بحق 14 متهما.", "14",
     ["القطب الجزائي المتخصص لدى محكمة وهران"]),
    # must not change: reserves are no body, nor the pole; a federal agency named in full
    ("وخفض البنك المركزي الاحتياطي الإلزامي للمصارف إلى 8%.", "8", ["البنك المركزي"]),
    ("وارتفع الاحتياطي الأجنبي إلى 40 مليار دولار.", "40", [None]),
    ("وسجل القطب الشمالي ارتفاعا في الحرارة بـ 3 درجات.", "3", [None]),
    ("وقال مكتب التحقيقات الفيدرالي إن 5 أشخاص اعتقلوا.", "5", ["مكتب التحقيقات الفيدرالي"]),
]


@table("text, figure, expected", BODIES_NAMED_BY_ADJECTIVE)
def test_bodies_named_by_an_adjective(text, figure, expected):
    assert claimants(text, figure) == expected


SPEECH_ACTS = [  # (text, figure, claimants): a question, a justification, a pledge, a tender
    ("وتساءل مزارعون عن مصير 200 طن من القمح.", "200", ["مزارعون"]),
    ("وبرر المدرب الخسارة بغياب 4 لاعبين.", "4", ["المدرب"]),
    ("وبررت الشركة رفع الأسعار، في بيان، بارتفاع كلفة الشحن 30%.", "30", ["الشركة"]),
    ("وتعهد الرئيس المنتخب بتشييد 10 آلاف مسكن.", "10", ["الرئيس المنتخب"]),
    ("وطرحت شركة المياه مناقصة لتركيب 500 ألف عداد.", "500", ["شركة المياه"]),
    ("وطرحت البلدية، الأحد، مزايدة لتأجير 40 محلاً تجارياً.", "40", ["البلدية"]),
    # must not change: a player who raises a question, and a firm that puts out a product, set nothing
    ("وطرح اللاعب سؤالا عن غياب 3 لاعبين.", "3", [None]),
    ("وطرحت الشركة هاتفاً جديداً بسعر 300 دينار.", "300", [None]),
]


@table("text, figure, expected", SPEECH_ACTS)
def test_speech_acts(text, figure, expected):
    assert claimants(text, figure) == expected


ASKED_ON = [  # (text, speaker of the last sentence): تساءل with no subject goes on with the last speaker
    ("وقال المدرب إن الفريق جاهز. وتساءل: «كيف نخسر 3 مباريات متتالية؟»", "المدرب"),
    ("قالت أم سعيد، وهي بائعة خضار، إن السوق أغلق. وتساءلت: «من يعوضنا عن 20 يوماً؟»", "أم سعيد"),
]


@table("text, expected", ASKED_ON)
def test_a_question_goes_on_with_the_last_speaker(text, expected):
    assert last_speaker(text) == expected


CLAUSE_LEVEL_PROBES = [  # (text, figure, claimants)
    ("وقال مدير المستشفى إن 5 مصابين وصلوا. ونقل 3 منهم إلى العناية المركزة، يضيف المسؤول نفسه.", "3",
     ["مدير المستشفى"]),
    ("ونقلت الإذاعة الرسمية عن مراسلها أن 15 منزلاً انهارت.", "15", ["الإذاعة الرسمية"]),
    ("قلل مستثمرون من أثر التراجع، معتبرين أن خسارة 3% طبيعية.", "3", ["مستثمرون"]),
    ("وانتقد الأطباء القرار، معتبرين أن 40% من المرضى سيتضررون.", "40", ["الأطباء"]),
    ("وأعلنت نتائج المسابقة مساء الخميس، وأظهرت فوز 12 متسابقاً.", "12", [None]),
    ("وأعلن الحداد في البلاد لمدة 7 أيام.", "7", [None]),
    # must not change: goods carried, a body that announces results, a speaker named in the closing clause
    ("ونقلت الشاحنات البضائع عن طريقها إلى 20 مدينة.", "20", [None]),
    ("وأعلنت الهيئة نتائج المسابقة، وقالت إن 12 متسابقاً فازوا.", "12", ["الهيئة"]),
    ("وقال مدير المستشفى إن 5 مصابين وصلوا. ونقل 3 منهم إلى العناية المركزة، يضيف الطبيب المناوب.", "3",
     ["الطبيب المناوب"]),
]


@table("text, figure, expected", CLAUSE_LEVEL_PROBES)
def test_clause_level_probes(text, figure, expected):
    assert claimants(text, figure) == expected
