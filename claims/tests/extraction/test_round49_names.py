"""Table-driven cases for round 49's speakers and claimants (subjects and names): a body's short name in quotes or
brackets after its full name, before its verb ("وكانت الهيئة العامة للموانئ «موانئ» قد أعلنت"); a one-word family
name shaped like a noun, named in full before, then where and when it was said up to a colon ("وقال ستوره أمام
أنصاره في أوسلو:"); a doer's noun with its complement, then the name set off by commas ("الفائزة بالمقعد …، فلانة،");
أطلق with an utterance (عبارته، تحذيراً، نداءً) that a colon, a quote or أن gives; who organises an event counts its
participants ("بمشاركة 14 باحثاً"); an ال- family name before an object in ى ("خالد العلي المستشفى الجديد").

Written by hand in other topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import claimants, clause_speakers, last_speaker, table

SHORT_NAME_AFTER_BODY = [  # (text, figure, claimants): the body, then its short name, then its verb
    ("وكانت الهيئة العامة للطيران المدني «الطيران المدني» قد أعلنت أن مطار القاهرة استقبل 12 مليون مسافر.", "12",
     ["الهيئة العامة للطيران المدني «الطيران المدني»"]),
    ("وكان المكتب الوطني للكهرباء «أونيي» قد أعلن أن الإنتاج ارتفع بنسبة 7 في المئة.", "7",
     ["المكتب الوطني للكهرباء «أونيي»"]),
    ("الهيئة العامة للموانئ «موانئ» أعلنت أن الميناء استقبل 140 ألف حاوية.", "140",
     ["الهيئة العامة للموانئ «موانئ»"]),
    # must not change: a quoted word about a one-word body, a quoted saying, a quoted verb
    ("وكانت الوزارة «الجديدة» قد أعلنت أن 40 مدرسة أغلقت.", "40", [None]),
    ("وكان الوزير قد قال «سنبني 40 مدرسة».", "40", ["الوزير"]),
    ("وكانت الهيئة العامة للرياضة «تعلن» قد أعلنت أن 40 نادياً سجلت.", "40", [None]),
]


@table("text, figure, expected", SHORT_NAME_AFTER_BODY)
def test_a_short_name_after_a_body(text, figure, expected):
    assert claimants(text, figure) == expected


SURNAME_THEN_WHERE_AND_WHEN = [  # (text, speaker of the last sentence)
    ("تولت المدربة ليزا كروزه قيادة الفريق. وقالت كروزه أمام الصحفيين عقب المباراة: «حققنا ثلاثة انتصارات».",
     "كروزه"),
    ("تولت المدربة ليزا كروزه قيادة الفريق. وقالت كروزه في المؤتمر الصحفي إن الفريق حقق ثلاثة انتصارات.",
     "كروزه"),
    ("تولت المدربة ليزا كروزه قيادة الفريق. وقالت كروزه للصحفيين في برلين إن الفريق حقق ثلاثة انتصارات.",
     "كروزه"),
    ("فاز الحزب بزعامة رئيس الوزراء هانس بروكه. وقال بروكه ليل الأحد: «منحنا الناخبون الثقة».", "بروكه"),
    # must not change: no full name before; a possessed noun after a first name is no family name; a clause
    # after the family name, not where or when
    ("وقالت كروزه أمام الصحفيين عقب المباراة: «حققنا ثلاثة انتصارات».", None),
    ("ألقى الرئيس خالد كلمته في الحفل. وقال كلمته أمام الحضور: «لدينا ثلاثة مشاريع».", None),
    ("تولت المدربة ليزا كروزه قيادة الفريق. وقالت كروزه وهي تبتسم: «حققنا ثلاثة انتصارات».", None),
]


@table("text, expected", SURNAME_THEN_WHERE_AND_WHEN)
def test_a_surname_named_before_then_where_and_when(text, expected):
    assert last_speaker(text) == expected


DOER_THEN_NAME = [  # (text, speakers): a doer's noun, its complement, then the name set off by commas
    ("وقال الفائز بجائزة أفضل لاعب في البطولة، سامي الخياط، إن الفريق سجل 40 هدفاً.",
     ["الفائز بجائزة أفضل لاعب في البطولة، سامي الخياط"]),
    ("وقالت الحائزة على الميدالية الذهبية في سباق 800 متر، ليلى بن علي، إن التحضير استغرق 3 سنوات.",
     ["الحائزة على الميدالية الذهبية في سباق 800 متر، ليلى بن علي"]),
    ("وأكد الناجي من حادث الحافلة، منير الصالح، أن 12 راكباً كانوا على متنها.",
     ["الناجي من حادث الحافلة، منير الصالح"]),
    # must not change: no name after the complement, a time or a clause between commas, a relative clause
    ("وقال الفائز بالمقعد إن 40 ألف ناخب صوتوا.", ["الفائز"]),
    ("وقال الفائز بالسباق، بعد عبوره خط النهاية، إن 3 عدائين تعثروا.", ["الفائز"]),
    ("وأكد الناجي من الحادث، الذي وقع فجراً، أن 12 راكباً كانوا على متنها.", ["الناجي"]),
    ("وقالت الشاهدة في المحكمة إن 3 رجال دخلوا المحل.", ["الشاهدة"]),
]


@table("text, expected", DOER_THEN_NAME)
def test_a_doer_then_the_name_in_commas(text, expected):
    assert clause_speakers(text) == expected


LAUNCHED_WORDS = [  # (text, figure, claimants): أطلق + an utterance given by a colon, a quote or أن
    ("وأطلق المدرب عبارته الشهيرة بعد الفوز: «سنحصد 3 ألقاب هذا الموسم».", "3", ["المدرب"]),
    ("وأطلقت وزارة الصحة تحذيراً من أن 30 مستشفى تعاني نقصاً في الأدوية.", "30", ["وزارة الصحة"]),
    ("وأطلق العاهل الأردني تصريحه أمام النواب: «سنوفر 50 ألف فرصة عمل».", "50", ["العاهل الأردني"]),
    # must not change: a campaign, missiles, a release, a pledge with no words given
    ("وأطلقت الحكومة حملة لتلقيح 3 ملايين طفل.", "3", ["الحكومة"]),
    ("وأطلق الجيش 40 صاروخاً على المدينة.", "40", ["الجيش"]),
    ("وأطلقت الشرطة سراح 12 موقوفاً.", "12", [None]),
    ("وأطلق الوزير وعداً بتوظيف 500 شاب.", "500", [None]),
]


@table("text, figure, expected", LAUNCHED_WORDS)
def test_launched_words_are_speech(text, figure, expected):
    assert claimants(text, figure) == expected


def test_a_monarch_launches_his_words_with_a_quote():
    text = "وصل الملك إلى المدينة، وأطلق العاهل الراحل عبارته الشهيرة: «سنعيد بناء المدينة حجراً حجراً»."
    assert last_speaker(text) == "العاهل الراحل"


ORGANISER_COUNTS_PARTICIPANTS = [  # (text, figure, claimants): who holds the event counts who takes part
    ("ونظمت الجامعة الأمريكية مؤتمراً دولياً حول الذكاء الاصطناعي بمشاركة أكثر من 300 خبير.", "300",
     ["الجامعة الأمريكية"]),
    ("وتنظم وزارة الثقافة معرض الكتاب في دورته الجديدة، بمشاركة 450 دار نشر.", "450", ["وزارة الثقافة"]),
    ("وتنظم رابطة «أصدقاء البيئة» يوم الأحد حملة تنظيف، تليها ندوة، بمشاركة 60 متطوعاً.", "60",
     ["رابطة «أصدقاء البيئة»"]),
    # must not change: where it is held, a guest with no figure, a player who "organises" his team
    ("ونظمت النقابة وقفة احتجاجية أمام 3 وزارات.", "3", [None]),
    ("وتنظم الجمعية ندوة بمشاركة وزير الصحة، يحضرها 200 شخص.", "200", [None]),
    ("ونظم اللاعب صفوف فريقه وسجل 3 أهداف.", "3", [None]),
]


@table("text, figure, expected", ORGANISER_COUNTS_PARTICIPANTS)
def test_the_organiser_counts_participants(text, figure, expected):
    assert claimants(text, figure) == expected


FAMILY_NAME_BEFORE_AN_OBJECT_IN_YA = [  # (text, speakers): an ال- family name, then a body in ى as the object
    ("ووصف وزير الصحة خالد العلي المستشفى الجديد بأنه الأكبر بسعة 200 سرير.", ["وزير الصحة خالد العلي"]),
    ("ووصفت الباحثة بمعهد الرصد هالة الشامي المستشفى الميداني بأنه مكتظ بـ 90 مريضاً.",
     ["الباحثة بمعهد الرصد هالة الشامي"]),
    ("وتفقد المحافظ سامي الحربي المستشفى الميداني، وقال إن 40 مريضاً يعالجون فيه.", ["المحافظ سامي الحربي"]),
    # must not change: an adjective in ي after the family name, a name with no family name
    ("ووصف المدير سامي المستشفى الجديد بأنه يتسع لـ200 سرير.", ["المدير سامي"]),
    ("وقال وزير الصحة خالد العلي الصباحي إن 200 سرير أضيفت.", ["وزير الصحة خالد العلي الصباحي"]),
]


@table("text, expected", FAMILY_NAME_BEFORE_AN_OBJECT_IN_YA)
def test_a_family_name_before_an_object_in_ya(text, expected):
    assert clause_speakers(text) == expected
