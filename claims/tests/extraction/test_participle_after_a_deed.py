"""Table-driven cases for a statement made with a participle after a verb that reports no speech: "تعهد المرشح
بـ«…»، معلناً أن …"، "هنّأه الرئيس X، واصفاً فوزه بأنه «…»". معلناً and واصفاً go on with the opening verb's
subject as مؤكداً does; "كما" before the verb is "also"; a bare family name is someone named in full before
("فاز المرشح ماركو فيلا … تعهد فيلا …، معلناً أن"), and "وأضاف" in the next sentence goes on with him.

Written by hand (a mayor, a coach, a president); the last cases must not change.
"""
from __future__ import annotations

from .helpers import clause_speakers, last_speaker, table

A_PARTICIPLE_STATES_AFTER_A_DEED = [  # (text, speakers of the claims in order)
    ('فاز المرشح المستقل ماركو فيلا برئاسة بلدية ليما. وتعهد فيلا في أول خطاب له بـ"تنظيف المدينة"، معلناً أن '
     'بلديته ستزرع 10 آلاف شجرة خلال عام.', ["فيلا"]),
    ('كما هنّأه رئيس الوزراء الإيطالي ماريو مونتي عبر منصة "إكس"، واصفاً فوزه بأنه "يوم عظيم لأوروبا".',
     ["رئيس الوزراء الإيطالي ماريو مونتي"]),
    ('كما رحب الوزير سامي العلي بالاتفاق، مؤكداً أنه "خطوة أولى".', ["الوزير سامي العلي"]),
    # must not change: an announced price (an adjective), prices that announce nothing said
    ("وبلغت الأسعار المعلنة 40 ديناراً للطن.", [None]),
    ("وتراجعت الأسعار 5%، معلنة نهاية موجة الغلاء.", [None]),
]

GOES_ON_WITH_HIM = [  # (text, speaker of the last sentence)
    ('قالت المرشحة سارة لوبيز إنها تقبل النتيجة. فاز المرشح ماركو فيلا بالرئاسة. وتعهد فيلا في أول خطاب له '
     'بـ"تنظيف المدينة"، معلناً أن بلديته ستزرع 10 آلاف شجرة. وأضاف أن فريقه سيلتقي الرئيس السابق.', "فيلا"),
    ('فاز المرشح ماركو فيلا برئاسة البلدية. وتعهد فيلا بـ"تنظيف المدينة"، معلناً أن بلديته ستزرع 10 آلاف شجرة. '
     'وأضاف أن فريقه سيلتقي رئيس البلدية السابق.', "فيلا"),
]


@table("text, expected", A_PARTICIPLE_STATES_AFTER_A_DEED)
def test_a_participle_states_after_a_deed(text, expected):
    assert clause_speakers(text) == expected


@table("text, expected", GOES_ON_WITH_HIM)
def test_goes_on_with_him(text, expected):
    assert last_speaker(text) == expected
