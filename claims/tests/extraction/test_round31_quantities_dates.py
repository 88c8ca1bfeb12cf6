"""Round-31 quantity and date rules: a tenth with a pronoun (أقل من عُشرها); a verb of exceeding whose subject carries
its complement (يتجاوز الطلب على الطاقة … ميغاواط); "ما يعادل" between a qualifier and its amount, and a verb of
reaching with a where-phrase before إلى (يصل في أسواق الخليج إلى ما يعادل 250 دولاراً); a number word repeating the
shape of the count before it (12 شباكاً للمغادرين وثمانية للقادمين); a bare month in a yearly cycle (موسم يبدأ في
يونيو) dates nothing.

Invented sentences of other topics, with near misses that must not change.
"""
from __future__ import annotations

from .helpers import dates_found, quantities_found, table

TENTH_CASES = [
    ("وقال مهندسون إن المحطة لن تغطي سوى أقل من عُشرها.", [("أقل من عُشرها", 0.1, "less_than")]),
    ("وخصصت البلدية عشرها للطرق الريفية.", [("عشرها", 0.1, "exact")]),
    # near misses: ten counting a noun, a compound number
    ("ووصلت عشر شاحنات إلى المعبر.", [("عشر شاحنات", 10.0, "exact")]),
    ("وفاز الفريق في خمسة عشر لقاء.", [("خمسة عشر لقاء", 15.0, "exact")]),
]


@table("text,expected", TENTH_CASES)
def test_a_tenth_with_a_pronoun(text, expected):
    assert quantities_found(text) == expected


EXCEEDING_CASES = [
    ("ويتجاوز الطلب على المياه في فصل الصيف 900 ألف متر مكعب.", "more_than"),
    ("ويتجاوز الإنفاق على التعليم 5 مليارات دينار سنوياً.", "more_than"),
    # near misses: على with the road a speed is set on, a verb's own على, a counted noun
    ("كانت الحافلة تسير بسرعة تتجاوز السرعة المحددة على الطريق البالغة 120 كيلومتراً في الساعة.", "exact"),
    ("وزادت الحكومة الإنفاق على 300 مدرسة.", "exact"),
    ("وتتخطى الطلبات على المنح 4 آلاف طلب.", "exact"),
]


@table("text,qualifier", EXCEEDING_CASES)
def test_exceeding_a_subject_with_its_complement(text, qualifier):
    assert quantities_found(text)[-1][2] == qualifier


REACH_CASES = [
    ("ويباع الكيلو محلياً بنحو 20 ديناراً، في حين يصل في الأسواق الأوروبية إلى ما يعادل 90 يورو.",
     ("90 يورو", 90.0, "up_to")),
    ("وتصل في فصل الصيف إلى 45 درجة.", ("45 درجة", 45.0, "up_to")),
    ("ويصل سعر التذكرة إلى ما يوازي 40 دولاراً.", ("40 دولاراً", 40.0, "up_to")),
    # near misses: a result ل, the past of reaching, an equation with no qualifier
    ("ليصل في نهاية العام إلى 300 موظف.", ("300 موظف", 300.0, "exact")),
    ("ووصل في نهاية العام إلى 300 موظف.", ("300 موظف", 300.0, "exact")),
    ("ودفعت الأسرة ما يعادل 250 دولاراً.", ("250 دولاراً", 250.0, "exact")),
]


@table("text,expected", REACH_CASES)
def test_reaching_past_a_place_and_an_equation(text, expected):
    assert quantities_found(text)[-1] == expected


PARALLEL_CASES = [
    ("وخصصت الجامعة 12 قاعة للامتحانات وثمانية للمراجعة.",
     [("12 قاعة", 12.0, "exact"), ("ثمانية", 8.0, "exact")]),
    ("ودخلت ثلاث شاحنات إلى المخيم وأربع إلى البلدة.",
     [("ثلاث شاحنات", 3.0, "exact"), ("أربع", 4.0, "exact")]),
    # near misses: durations are no count; a comma or a year between; a noun after the word
    ("وعمل 12 عاماً في الوزارة وثلاثة في السفارة.", []),
    ("وسجلت 12 إصابة في المدينة، وثلاثة في الريف.", [("12 إصابة", 12.0, "exact")]),
    ("وبلغت الصادرات 12 مليون طن في 2024 وعشرة في العام السابق.", [("12 مليون طن", 12000000.0, "exact")]),
    ("وخصصت 12 قاعة للامتحانات وثماني قاعات للمراجعة.",
     [("12 قاعة", 12.0, "exact"), ("ثماني قاعات", 8.0, "exact")]),
]


@table("text,expected", PARALLEL_CASES)
def test_a_number_word_repeating_the_count_before_it(text, expected):
    assert quantities_found(text) == expected


CYCLE_CASES = [
    ("وقال: «هي سنة دراسية تبدأ في سبتمبر وتنتهي في يونيو».", []),
    ("وأوضح أن للصيد موسماً يمتد عادة من أكتوبر.", []),
    ("وأضاف: «نتحدث عن موسم زراعي يبدأ في نوفمبر».", []),
    # near misses: one season named, a relative word, a past event
    ("ومن المنتظر أن يبدأ الموسم في سبتمبر.", [("سبتمبر", "2025-09")]),
    ("وقال إن الموسم الذي يبدأ في سبتمبر سيكون صعباً.", [("سبتمبر", "2025-09")]),
    ("وأعلن أن موسم الحصاد يبدأ في سبتمبر المقبل.", [("سبتمبر المقبل", "2025-09")]),
    ("وانطلق موسم الصيد في يونيو.", [("يونيو", "2025-06")]),
]


@table("text,expected", CYCLE_CASES)
def test_a_month_of_a_yearly_cycle_dates_nothing(text, expected):
    assert dates_found(text, "2025-07-16") == expected
