"""Table-driven cases for rounds 44 and 45's speakers: a name set off by commas after a role's description the title
chain does not read ("التاجر بسوق المحاصيل، الطاهر إبراهيم،"، "صاحب مطعم في منطقة عين الجنة، أبو يزن القضاة،"), and the answers of a
transcript labelled س/ج spoken by whom the introduction says the outlet met ("التقينا أمين مال النادي، فلان،"); the
topic of أما named before a description with its place ("أما فلان، صاحب محل في سوق الحميدية، فأوضح"); a workplace and
an honorific before the name ("أستاذة علوم البيئة بجامعة بنغازي الدكتورة نجاة الفيتوري"); data an adjective
describes before their owner ("ووفق بيانات سابقة لوزارة الصحة"); an institute records as other bodies do
("وكان المعهد الوطني للجيوفيزياء قد سجل الهزة بقوة 6,1 درجات"); a body with its branch set off by commas before
its verb ("غير أن الجمعية …، فرع تارودانت، اعتبرت"), and the topic of أما described by a relative clause ("أما الصياد
أبو علي، الذي يعمل في الميناء …، فقال"); a kunya opening the sentence goes on speaking after "، وقالت" ("روت أم خالد،
وهي أم لأربعة أطفال، كيف …، وقالت:"); a bare "وقال" after a scene that shows a named man is his, not the last
speaker's ("وفي حي فوه، وقف سالم باعوم أمام منزله. وقال: …").

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from claims.extraction import extract_article

from .helpers import claimants, clause_speakers, table

NAMED_AFTER_DESCRIPTION = [  # (text, speakers): a role, a few words of where or what, then its holder's name
    ("وقال الباحث بمركز الدراسات الاستراتيجية، سمير العلوي، إن سعر الطماطم تجاوز 20 درهماً.",
     ["الباحث بمركز الدراسات الاستراتيجية، سمير العلوي"]),
    ('وقال صاحب مخبز في حي الزهور، أبو سليم الحداد، لـ"الصباح" إن 40 كيساً من الطحين نفدت.',
     ["صاحب مخبز في حي الزهور، أبو سليم الحداد"]),
    ("وأعلن المرشح الفائز على مقعد الدائرة، المحامي عادل النجار، أن الفارق بلغ 112 صوتاً.",
     ["المرشح الفائز على مقعد الدائرة، المحامي عادل النجار"]),
    ("ويرى أستاذ الاقتصاد بجامعة باريس 8، كريم الصغير، أن النمو لن يتجاوز 2%.",
     ["أستاذ الاقتصاد بجامعة باريس 8، كريم الصغير"]),
    # must not change: a source who asked not to be named, and a description with no name after it
    ("وقال مصدر في هيئة الجمارك، طلب حجب اسمه، إن 12 ألف طن صدرت.", ["مصدر في هيئة الجمارك"]),
    ("وقال مسؤول تنفيذي في البنك لرويترز، طالبا عدم نشر اسمه، إن 300 ألف عميل تضرروا.", ["مسؤول تنفيذي"]),
]


@table("text, expected", NAMED_AFTER_DESCRIPTION)
def test_a_name_after_a_roles_description(text, expected):
    assert clause_speakers(text) == expected


INTERVIEW = (
    "يواجه مهرجان المدينة صعوبات مالية منذ عامين. التقينا مدير المهرجان، كريم الزواري، وسألناه عن الميزانية.\n"
    "س: كم تبلغ ميزانية الدورة الحالية؟\n"
    "ج: في حدود 800 ألف دينار، أي أقل بنسبة 20% من الدورة الماضية.\n"
    "س: وهل ستستمر الدورات القادمة؟\n"
    "ج: المهرجان باق، ونحتاج فقط إلى دعم الدولة."
)


def test_answers_under_j_are_the_interviewees():
    claims = extract_article(INTERVIEW, clean=False)["claims"]
    said = {c["text"]: c["speaker"] for c in claims}
    assert said["ج: في حدود 800 ألف دينار، أي أقل بنسبة 20% من الدورة الماضية."] == "مدير المهرجان، كريم الزواري"
    assert said["ج: المهرجان باق، ونحتاج فقط إلى دعم الدولة."] == "مدير المهرجان، كريم الزواري"
    assert not any(who for text, who in said.items() if text.startswith("س:"))  # the interviewer asks


def test_answers_with_no_one_introduced_stay_unattributed():
    text = INTERVIEW.replace("التقينا مدير المهرجان، كريم الزواري، وسألناه عن الميزانية.", "")
    assert set(clause_speakers(text)) == {None}


MORE_NAMED_SPEAKERS = [  # (text, speakers)
    ("أما سعيد العمراني، صاحب مقهى في ساحة الشهداء، فأوضح أن الأسعار ارتفعت 8 بالمئة.", ["سعيد العمراني"]),
    ("وقالت رئيسة قسم التغذية بمستشفى الأمل الدكتورة سعاد المهيري إن 30 طفلاً عولجوا.",
     ["رئيسة قسم التغذية بمستشفى الأمل الدكتورة سعاد المهيري"]),
    ('وقال المدير العام لشركة "نور الطاقة" المهندس فادي حداد إن المحطة تنتج 40 ميغاواط.',
     ['المدير العام لشركة "نور الطاقة" المهندس فادي حداد']),
    ("ووفق بيانات سابقة لوزارة الصحة، سجلت المحافظة 14 وفاة.", ["وزارة الصحة"]),
    # must not change: a topic with no speech after it, and a title whose body names no person after it
    ("أما سوق الحميدية، فشهد إقبالاً بلغ 3 آلاف زائر.", [None]),
    ("وقال المدير العام لشركة الكهرباء إن المحطة تنتج 40 ميغاواط.", ["المدير العام لشركة الكهرباء"]),
]


@table("text, expected", MORE_NAMED_SPEAKERS)
def test_more_named_speakers(text, expected):
    assert clause_speakers(text) == expected


INSTITUTES_RECORD = [  # (text, figure, claimants): an institute that records a quake or a count states the figure
    ("وكان المعهد الوطني للرصد الزلزالي قد سجل الهزة بقوة 5,4 درجات على عمق 9 كيلومترات.", "5,4",
     ["المعهد الوطني للرصد الزلزالي"]),
    ("وسجل المعهد الوطني للإحصاء 312 ألف عاطل عن العمل.", "312", ["المعهد الوطني للإحصاء"]),
    # must not change: a player who "records" a goal states nothing
    ("وسجل اللاعب 3 أهداف في المباراة.", "3", [None]),
]


@table("text, figure, expected", INSTITUTES_RECORD)
def test_an_institute_records(text, figure, expected):
    assert claimants(text, figure) == expected


SET_OFF_SUBJECTS = [  # (text, speakers): the subject, then a branch or a relative clause between commas, then the verb
    ("غير أن نقابة الأطباء، فرع صفاقس، اعتبرت في بيان أن 40 طبيباً استقالوا.", ["نقابة الأطباء"]),
    ('أما الصياد أبو خليل، الذي يعمل في الميناء، فقال: "تراجع الصيد 30 في المئة".', ["الصياد أبو خليل"]),
    ('أما المزارع سعيد الورفلي، الذي يزرع القمح منذ عشرين عاماً، فقال: "خسرنا 30 طناً".', ["المزارع سعيد الورفلي"]),
    # must not change: a body with a relative clause before its verb
    ("وقالت نقابة الأطباء، التي تضم 4 آلاف عضو، إن 40 طبيباً استقالوا.", ["نقابة الأطباء"]),
]


@table("text, expected", SET_OFF_SUBJECTS)
def test_a_subject_set_off_from_its_verb(text, expected):
    assert clause_speakers(text) == expected


KUNYA_GOES_ON = [  # (text, speakers): the kunya subject of the first clause speaks in "، وقال/وقالت"
    ('وروت أم سليم، وهي أم لثلاثة أطفال، كيف انقطعت المياه عن الحي، وقالت: "ننتظر الصهريج منذ 5 أيام".', ["أم سليم"]),
    ("وروى أبو سمير كيف غمرت المياه منزله، وقال إن 30 منزلاً تضررت.", ["أبو سمير"]),
    # must not change: a bare name opening the clause may be the verb's object, so nobody is guessed
    ("واستقبل خالد الوفد، وقال إن 30 منزلاً تضررت.", [None]),
]


@table("text, expected", KUNYA_GOES_ON)
def test_a_kunya_goes_on_speaking(text, expected):
    assert clause_speakers(text) == expected


MAN_IN_SCENE = [  # (text, speakers): the story turns to a man shown in a scene; the "وقال" after it is his
    ("وقال المتحدث باسم الهلال الأحمر إن 40 قافلة وصلت. وفي حي الشيخ عثمان، جلس محمود باحميش أمام ما تبقى من متجره."
     " وقال: «خسرت بضاعة بـ3 آلاف دولار».", ["المتحدث باسم الهلال الأحمر", "محمود باحميش"]),
    # must not change: the speaker himself in the scene, and no scene between
    ("وقال الوزير إن 40 قافلة وصلت. ووقف الوزير أمام الصحفيين. وقال إن 3 قرى عزلت.", ["الوزير", "الوزير"]),
    ("وقال المتحدث باسم الهلال الأحمر إن 40 قافلة وصلت. وأضاف أن 3 قرى عزلت.",
     ["المتحدث باسم الهلال الأحمر", "المتحدث باسم الهلال الأحمر"]),
]


@table("text, expected", MAN_IN_SCENE)
def test_a_man_the_story_turns_to(text, expected):
    assert clause_speakers(text) == expected
