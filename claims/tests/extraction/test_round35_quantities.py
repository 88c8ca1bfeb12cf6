"""Round-35 quantity rules: a word spelt as a number word but carrying a shadda no number word has is another word
(ألفّ "I go round", ألّف "he wrote", ثمّن "he praised").

Invented sentences of other topics.
"""
from __future__ import annotations

from claims.extraction.sentences import split_sentences

from .helpers import quantities_found, table

SHADDA_CASES = [
    ("\"كل يوم ألفّ ساعة على المحلات حتى ألاقي زبون\"، يقول البائع.", []),
    ("وألّف الباحث 12 كتاباً عن تاريخ المدينة.", [("12 كتاباً", 12.0, "exact")]),
    ("وثمّن الوزير جهود 300 متطوع شاركوا في الحملة.", [("300 متطوع", 300.0, "exact")]),
    ("وربّع المهندس مساحة القاعة قبل البناء.", []),
    ("ونصّف المصنع إنتاجه بعد انقطاع الكهرباء.", []),
    # near misses: ست doubles its ت; vowels other than the shadda leave a number word as it is
    ("وقتل ستّة أشخاص في الحادث.", [("ستّة أشخاص", 6.0, "exact")]),
    ("وجمعت الحملة ثلاثة آلافٍ وستّمئة دينار.", [("ثلاثة آلافٍ وستّمئة دينار", 3600.0, "exact")]),
    ("ودفع المستأجر ألفَ دينار مقدماً.", [("ألفَ دينار", 1000.0, "exact")]),
    ("ويعيش ربع السكان في الأرياف.", [("ربع السكان", 0.25, "exact")]),
]


@table("text,expected", SHADDA_CASES)
def test_a_shadda_no_number_word_has_marks_another_word(text, expected):
    assert quantities_found(text) == expected


# A verb of exceeding still qualifies its figure when its subject is told with "in a single …" (واحد after a noun is
# its adjective, no number that ends the subject).
ONE_IN_SUBJECT_CASES = [
    ("وقد تجاوزت عائدات المزرعة في موسم واحد 60 ألف دينار.", [("60 ألف دينار", 60000.0, "more_than")]),
    ("وتجاوز عدد الزوار في يوم واحد 20 ألف زائر.", [("20 ألف زائر", 20000.0, "more_than")]),
    ("وفاقت مبيعات المعرض في أسبوع واحد 3 ملايين درهم.", [("3 ملايين درهم", 3000000.0, "more_than")]),
    ("ولا تتجاوز حصة أسرة واحدة 10 لترات يومياً.", [("10 لترات", 10.0, "up_to")]),
    # near misses: no verb of exceeding; واحد as the subject itself
    ("وسجل المتحف في يوم واحد 20 ألف زائر.", [("20 ألف زائر", 20000.0, "exact")]),
    ("وتجاوز واحد منهم 20 كيلومتراً سيراً.", [("20 كيلومتراً", 20.0, "exact")]),
]


@table("text,expected", ONE_IN_SUBJECT_CASES)
def test_a_single_in_the_subject_does_not_end_it(text, expected):
    assert quantities_found(text) == expected


# An amount noun between a qualifier and its figure carries the qualifier over: "تصل إلى غرامة 50 ألف أوقية".
AMOUNT_NOUN_BETWEEN_CASES = [
    ("وحذرت الهيئة من عقوبات تصل إلى غرامة 50 ألف أوقية.", [("تصل إلى غرامة 50 ألف أوقية", 50000.0, "up_to")]),
    ("وتباع الخضار بأقل من سعر 3 دولارات للكيلو.", [("بأقل من سعر 3 دولارات", 3.0, "less_than")]),
    ("ولا تقبل البلدية طلباً يزيد على مبلغ 500 دينار.", [("يزيد على مبلغ 500 دينار", 500.0, "more_than")]),
    ("وقد يصل سعر البرميل إلى مستوى 100 دولار.", [("100 دولار", 100.0, "up_to")]),
    # near misses: no qualifier; "even" حتى; a result ل; a past verb of rising
    ("ودفع التاجر غرامة 50 ديناراً.", [("50 ديناراً", 50.0, "exact")]),
    ("ولم يدفع حتى غرامة 50 ديناراً.", [("50 ديناراً", 50.0, "exact")]),
    ("وارتفعت البطالة لتصل إلى نسبة 21%.", [("21%", 21.0, "exact")]),
    ("وارتفع سعر الذهب إلى مستوى 2000 دولار.", [("2000 دولار", 2000.0, "exact")]),
]


@table("text,expected", AMOUNT_NOUN_BETWEEN_CASES)
def test_an_amount_noun_between_qualifier_and_figure(text, expected):
    assert quantities_found(text) == expected


# A feminine dual (-تين/-تان) counts two of anything when "only" or a rate adverb counts it.
COUNTED_DUAL_CASES = [
    ("ولم يبقَ من ورش النسيج في الحي سوى ورشتين.", [("ورشتين", 2.0, "exact")]),
    ("ولا يملك المزارع إلا بقرتين بعد الجفاف.", [("بقرتين", 2.0, "exact")]),
    ("وخفضت الشركة أسطولها إلى حافلتين فقط.", [("حافلتين", 2.0, "exact")]),
    ("وتسيّر الشركة رحلتين أسبوعياً إلى الجزيرة.", [("رحلتين أسبوعياً", 2.0, "exact")]),
    ("ويتناول النزلاء وجبتين يومياً.", [("وجبتين يومياً", 2.0, "exact")]),
    ("وتنظم البلدية حملتين سنوياً لتنظيف الشواطئ.", [("حملتين سنوياً", 2.0, "exact")]),
    # near misses: times, a duration, a definite pair, a name in -تين
    ("ويزور الطبيب القرية مرتين أسبوعياً.", []),
    ("ولم يبقَ سوى ساعتين على موعد الإغلاق.", []),
    ("ووقّعت الحكومتين فقط على الاتفاق.", []),
    ("ويتصل الرئيس ببوتين أسبوعياً.", []),
]


@table("text,expected", COUNTED_DUAL_CASES)
def test_a_dual_that_only_or_a_rate_counts(text, expected):
    assert quantities_found(text) == expected


# A bulleted list item of a label, a colon and a figure is a fact of the article, not a heading: its figure is kept.
DATA_ITEM_CASES = [
    ("- عدد المدارس المتضررة: 35 مدرسة", "body"),
    ("- متوسط سعر الشقة الجديدة: 420 ألف درهم", "body"),
    ("• نسبة البطالة بين الشباب: ٢٣٪", "body"),
    ("- تكلفة الكيلوواط ساعة: 0.45 دينار لكل كيلوواط", "body"),
    # near misses: a bulleted heading whose colon opens words; a line with no bullet
    ("- وزير الزراعة: المساحة المزروعة تراجعت إلى 2.5 مليون هكتار", "heading"),
    ("- موعد الافتتاح: الخميس المقبل", "heading"),
    ("الحصيلة: 35 قتيلا", "heading"),
]


@table("text,kind", DATA_ITEM_CASES)
def test_a_bulleted_figure_is_no_heading(text, kind):
    assert [s.kind for s in split_sentences(text)] == [kind]
