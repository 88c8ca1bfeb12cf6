"""Table-driven cases for round 42's qualifiers and quantities: a verb of exceeding or reaching whose subject, a
number adjective or an adverb stands before the figure, "أكثر من" after a negated verb and its object's words, a
bound after the من-phrase of what is counted, days set against measured days, a figure "العدد" reaches, a count
after "هذا العام", digits inside a name and the "one unit" a rate is counted per.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import quantities_found, table


LONG_SUBJECTS = [  # (text, expected): a verb of exceeding or reaching, its subject, then the figure
    ("وتجاوزت العائدات السنوية لمهرجان الموسيقى الدولي 12 مليون درهم.",
     [("12 مليون درهم", 12_000_000.0, "more_than")]),
    ("ولم تتجاوز المشاركة في الجهات الثلاث 35%.", [("35%", 35.0, "up_to")]),
    ("ولا تتعدى الحصة في المحافظات الأربع 20%.", [("20%", 20.0, "up_to")]),
    ("وتصل كلفة الإقامة الليلية للسائح الواحد إلى 90 دولاراً.", [("90 دولاراً", 90.0, "up_to")]),
    ("والأسراب تضم أحياناً إلى جانب الجراد قطعاناً تصل أحياناً إلى 40 مليون حشرة.",
     [("40 مليون حشرة", 40_000_000.0, "up_to")]),
    ("وكانت فترات الانتظار تزيد أحياناً على 45 يوماً.", [("45 يوماً", 45.0, "more_than")]),
    # must not change: a new clause inside (و before a verb), a count of rivals, a past verb of reaching
    ("تجاوزت الشركة التوقعات وحققت الأرباح 5 ملايين دولار.", [("5 ملايين دولار", 5_000_000.0, "exact")]),
    ("تجاوز المنتخب الوطني لكرة القدم 3 منافسين.", [("3 منافسين", 3.0, "exact")]),
    ("ووصلت أحياناً إلى 30 شاحنة.", [("30 شاحنة", 30.0, "exact")]),
    ("وكانت الأمواج تبلغ أحياناً 6 أمتار.", [("6 أمتار", 6.0, "exact")]),
]


@table("text, expected", LONG_SUBJECTS)
def test_a_verb_reaches_past_its_subject_or_an_adverb(text, expected):
    assert quantities_found(text) == expected


NEGATED_MORE_THAN = [  # (text, expected): "لا/لم <verb> <words> أكثر من N" caps N
    ("وقال إن الخلية لا تجني في الموسم أكثر من 5 كيلوغرامات من العسل.",
     [("أكثر من 5 كيلوغرامات", 5.0, "up_to")]),
    ("ولم تسجل المستشفيات أكثر من 12 حالة.", [("أكثر من 12 حالة", 12.0, "up_to")]),
    # must not change: the figure as subject, after a preposition, in a new clause, after "لا يزال"
    ("لم يتمكن أكثر من 100 طالب من دخول القاعة.", [("أكثر من 100 طالب", 100.0, "more_than")]),
    ("وهذا ما لم يحدث في أكثر من 30 بلدية.", [("أكثر من 30 بلدية", 30.0, "more_than")]),
    ("ولا يعرف السكان أن أكثر من 40% من الآبار ملوثة.", [("أكثر من 40%", 40.0, "more_than")]),
    ("ولا يزال في المخيمات أكثر من 200 عائلة.", [("أكثر من 200 عائلة", 200.0, "more_than")]),
]


@table("text, expected", NEGATED_MORE_THAN)
def test_more_than_after_a_negated_verb_and_its_words_is_a_cap(text, expected):
    assert quantities_found(text) == expected


BOUND_AFTER_PART = [  # (text, expected): "N من <definite noun> على الأقل" bounds N
    ("ويجب أن يتلقى 80 بالمئة من التلاميذ على الأقل الجرعة الثانية.",
     [("80 بالمئة من التلاميذ على الأقل", 80.0, "at_least")]),
    # must not change: the من-phrase already read with the noun, and a bound after a comma (the clause's)
    ("وأصيب 15 من المتظاهرين على الأقل.", [("15 من المتظاهرين على الأقل", 15.0, "at_least")]),
    ("ونقل 20 مريضاً من المستشفى، على الأقل.", [("20 مريضاً", 20.0, "exact")]),
]


@table("text, expected", BOUND_AFTER_PART)
def test_a_bound_after_what_the_figure_counts(text, expected):
    assert quantities_found(text) == expected


DAYS_AGAINST_DAYS = [  # (text, expected): days after مقابل set against days that measure a stock
    ("ويغطي المخزون ما يعادل 95 يوماً من الاستهلاك، مقابل 80 يوماً قبل عام.",
     [("95 يوماً", 95.0, "exact"), ("80 يوماً", 80.0, "exact")]),
    ("أي ما يعادل 4 أشهر واردات مقابل 6 أشهر في 2024.",
     [("4 أشهر", 4.0, "exact"), ("6 أشهر", 6.0, "exact")]),
    # must not change: a plain duration against another, and days against months
    ("وانتظر المرضى 30 يوماً مقابل 20 يوماً العام الماضي.", []),
    ("أي ما يعادل 95 يوماً من الاستهلاك، مقابل 3 أشهر سابقاً.", [("95 يوماً", 95.0, "exact")]),
]


@table("text, expected", DAYS_AGAINST_DAYS)
def test_days_set_against_measured_days_are_measured(text, expected):
    assert quantities_found(text) == expected


COUNT_REACHES = [  # (text, expected): a bare figure the count reaches, a year-like one too
    ("ومن المقرر أن يصل العدد إلى 1800 قبل نهاية الموسم.", [("1800", 1800.0, "up_to")]),
    ("وقد يصل العدد إلى 1200 في الأسابيع المقبلة.", [("1200", 1200.0, "up_to")]),
    # must not change: a label with its adjective
    ("واتصل بالرقم الموحد 1500.", []),
]


@table("text, expected", COUNT_REACHES)
def test_a_figure_the_count_reaches_is_no_label(text, expected):
    assert quantities_found(text) == expected


COUNT_AFTER_THIS_YEAR = [  # (text, expected): "هذا العام" or a tanween noun after العام: a count, no year
    ("وقال إن السوق خسر هذا العام 14 تاجراً.", [("14 تاجراً", 14.0, "exact")]),
    ("واستقبل المخيم منذ مطلع العام 40 نازحاً.", [("40 نازحاً", 40.0, "exact")]),
    # must not change: a year with a verb after it
    ("وفي العام 73 تغير كل شيء.", []),
]


@table("text, expected", COUNT_AFTER_THIS_YEAR)
def test_a_count_after_this_year_is_no_year(text, expected):
    assert quantities_found(text) == expected


NOT_FIGURES = [  # (text, expected): digits inside a name, and the one unit a rate is counted per
    ("ونقل موقع سوق24سوق أن 30 متجراً أغلقت.", [("30 متجراً", 30.0, "exact")]),
    ("وأضاف أن إنتاج لتر واحد من زيت الأرغان يحتاج 30 كيلوغراماً من الثمار.",
     [("30 كيلوغراماً", 30.0, "exact")]),
    # must not change: a missing space before a unit or after a qualifier, one unit bought
    ("وباع التاجر نحو5سيارات.", [("نحو5سيارات", 5.0, "approx")]),
    ("واشترت الأسرة كيلوغراماً واحداً من اللحم.", [("كيلوغراماً واحداً", 1.0, "exact")]),
]


@table("text, expected", NOT_FIGURES)
def test_no_figure_in_a_name_or_a_rate_base(text, expected):
    assert quantities_found(text) == expected
