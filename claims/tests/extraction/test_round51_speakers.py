"""Table-driven cases for round 51's speakers and claimants: a university deanship (عمادة) as a body that issues
results and speaks ("النتائج التي أعلنتها عمادة القبول"، "بحسب العمادة، التي أشارت"); "ذات/نفس + a title", the Maghreb
order of "المتحدث ذاته"; a post owned by the topic, then its holder's name ("فقد أقرّ منسقها العام X بأن"); اعتماد
followed by على is reliance, not a body adopting a measure; a body that, in a كان … قد frame, issued a decree
whose figures it sets ("وكانت الوزارة قد أصدرت في مارس قراراً يفرض غرامة قدرها …").

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import claimants, clause_speakers, table

DEANSHIP_AS_A_BODY = [  # (text, figure, claimants): عمادة is an institution and a recorder
    ("وتأهل 45 طالباً إلى النهائي، وفقاً للنتائج الرسمية التي أعلنتها عمادة شؤون الطلبة فجر اليوم.", "45",
     ["عمادة شؤون الطلبة"]),
    ("وبلغ عدد المقبولين 900 طالب، وفق القائمة التي نشرتها عمادة القبول والتسجيل.", "900",
     ["عمادة القبول والتسجيل"]),
    ("وبلغ عدد الخريجين 3400 خريج، بحسب بيان لعمادة البحث العلمي.", "3400", ["عمادة البحث العلمي"]),
    ("وبلغ عدد المشاركين 1200 عداء، بنسبة إكمال بلغت 80 في المئة، بحسب العمادة، التي أشارت إلى انسحاب 30 عداءً.",
     "1200", ["العمادة"]),
    ("وبلغ عدد المشاركين 1200 عداء، بنسبة إكمال بلغت 80 في المئة، بحسب العمادة، التي أشارت إلى انسحاب 30 عداءً.",
     "30", ["العمادة"]),
    # must not change: results a college announced, and results no one is said to have announced
    ("وتأهل 120 طالباً إلى المرحلة الثانية، بحسب النتائج التي أعلنتها كلية الطب أمس.", "120", ["كلية الطب"]),
    ("وتأهل 120 طالباً إلى المرحلة الثانية، بحسب النتائج الرسمية.", "120", ["النتائج الرسمية"]),
]


@table("text, figure, expected", DEANSHIP_AS_A_BODY)
def test_a_deanship_is_a_body(text, figure, expected):
    assert claimants(text, figure) == expected


_EARLIER = "وقال المدرب سامي العلي إن 3 لاعبين أصيبوا. "

SAME_BEFORE_ITS_NOUN = [  # (text, speakers): "ذات المتحدث" = "المتحدث ذاته", the one who spoke before
    (_EARLIER + "ودعا ذات المتحدث الجماهير إلى الحضور بكثافة.", ["المدرب سامي العلي", "المدرب سامي العلي"]),
    (_EARLIER + "وأضاف ذات المصدر أن الفريق جاهز.", ["المدرب سامي العلي", "المدرب سامي العلي"]),
    (_EARLIER + "وأوضح نفس المسؤول أن الملعب سيفتح أبوابه.", ["المدرب سامي العلي", "المدرب سامي العلي"]),
    # must not change: the usual order, and a bare title
    (_EARLIER + "وأضاف المتحدث ذاته أن الفريق جاهز.", ["المدرب سامي العلي", "المدرب سامي العلي"]),
    (_EARLIER + "وأضاف المتحدث أن الفريق جاهز.", ["المدرب سامي العلي", "المدرب سامي العلي"]),
]


@table("text, expected", SAME_BEFORE_ITS_NOUN)
def test_same_before_its_noun_is_the_last_speaker(text, expected):
    assert clause_speakers(text) == expected


OWNED_POST_THEN_NAME = [  # (text, speakers): the topic's own post, then its holder's name, then إن/أن/بأن
    ("أما قائمة المستقبل، فقد أقرّ منسقها العام خالد السعدي بأن النتيجة «دون الطموح».",
     ["منسقها العام خالد السعدي"]),
    ("أما الجمعية، فقد أقرت رئيستها سعاد الكبيسي بأن التبرعات تراجعت 20%.", ["رئيستها سعاد الكبيسي"]),
    ("وقال مدربها سامي الحداد إن الفريق خسر 3 مباريات.", ["مدربها سامي الحداد"]),
    # must not change: a post with "his" and a name, a post with a name and no إن/أن (its object follows)
    ("أما نادي الشرطة، فقد أقرّ مدربه سامي الحداد بأن الأداء «دون المستوى».", ["مدربه سامي الحداد"]),
    ("وكرم مديرها سامي الحداد المتفوقين.", []),
]


@table("text, expected", OWNED_POST_THEN_NAME)
def test_an_owned_post_then_a_name(text, expected):
    assert clause_speakers(text) == expected


RELIANCE_IS_NO_DECISION = [  # (text, figure, claimants): "اعتماد X على" is X's reliance, the speaker's words
    ('وقال مدرب الفريق، سامي الحداد، إن "الحفاظ على اللياقة أولوية، بالنظر إلى اعتماد المنتخب الوطني شبه الكلي '
     'على المحترفين"، مؤكداً أن الفريق يحتاج إلى ما يزيد على 3 أسابيع من التحضير.', "3",
     ["مدرب الفريق، سامي الحداد"]),
    ('وقال الخبير سامي الحداد إن "اعتماد وزارة الصحة على المستشفيات الخاصة كبير"، مؤكداً أن الانتظار يزيد على '
     '4 أشهر.', "4", ["الخبير سامي الحداد"]),
    # must not change: a body adopting a plan, adopting it at once
    ("وبعد أسبوعين على اعتماد مجلس الوزراء خطة بكلفة 120 مليون دولار، بدأ التنفيذ.", "120", ["مجلس الوزراء"]),
    ("وبعد اعتماد وزارة الصحة على الفور خطة بكلفة 120 مليون دولار، بدأ التنفيذ.", "120", ["وزارة الصحة"]),
]


@table("text, figure, expected", RELIANCE_IS_NO_DECISION)
def test_reliance_is_no_decision(text, figure, expected):
    assert claimants(text, figure) == expected


DECREE_ISSUED_IN_A_KANA_FRAME = [  # (text, figure, claimants): "وكانت X قد أصدرت … قراراً": X sets its figures
    ("وكانت وزارة الصحة قد أصدرت في 3 مايو الماضي قراراً يمنع التدخين في المقاهي، ويفرض غرامة قدرها 200 دينار "
     "على المخالفين.", "200", ["وزارة الصحة"]),
    ("وكانت وزارة الصحة قد أصدرت قراراً يفرض غرامة قدرها 200 دينار على المخالفين.", "200", ["وزارة الصحة"]),
    # must not change: the verb first, something issued that is no decree, and no body
    ("وأصدرت وزارة الصحة قراراً يفرض غرامة قدرها 200 دينار على المخالفين.", "200", ["وزارة الصحة"]),
    ("وكان المطرب قد أصدر في 2020 ألبوماً بيع منه 300 ألف نسخة.", "300", [None]),
    ("وكانت وزارة الصحة قد أصدرت في مارس قائمة تضم 40 دواءً.", "40", [None]),
    ("أما البلدية، فقد أصدرت قراراً يفرض غرامة قدرها 200 دينار على المخالفين.", "200", [None]),
]


@table("text, figure, expected", DECREE_ISSUED_IN_A_KANA_FRAME)
def test_a_decree_issued_in_a_kana_frame(text, figure, expected):
    assert claimants(text, figure) == expected
