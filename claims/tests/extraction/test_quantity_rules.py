"""Table-driven cases for quantity rules, one table per rule: (sentence, every quantity as (value, qualifier, unit)).

Each table mixes sentences the rule must change with sentences it must leave alone, over several topics
(economy, weather, health, elections, disasters). Spans are checked to index the sentence.
"""
from __future__ import annotations

import pytest

from claims.extraction.quantities import find_quantities

V = tuple[float, str, str | None]

# A verb that qualifies the number it governs, with its subject between them (verb-subject order) or
# right before the number, in any person and gender; negation turns it around.
VERB_QUALIFIER_CASES: list[tuple[str, list[V]]] = [
    # reach in the present or with قد: a ceiling or a forecast
    ("يتوقع الدفاع المدني أن يصل عدد الضحايا إلى 300 شخص.", [(300, "up_to", "شخص")]),
    ("حذرت الأرصاد من رياح نشطة تصل سرعتها إلى 70 كم في الساعة.", [(70, "up_to", "كم")]),
    ("قد تصل درجات الحرارة إلى 46 درجة مئوية نهاية الأسبوع.", [(46, "up_to", "درجة مئوية")]),
    ("قد تصل الأمطار إلى 80 ملم في المناطق الشمالية.", [(80, "up_to", "ملم")]),
    ("تصل الطاقة الاستيعابية للمستشفى الميداني إلى 400 سرير.", [(400, "up_to", "سرير")]),
    # the future, like the past وصل and ليصل, tells the total reached (round 33: "سيصل إلى 320 ضاغطة" exact)
    ("وستصل قيمة الاستثمارات إلى 5 مليارات دولار.", [(5e9, "exact", "دولار")]),
    ("قد يبلغ معدل الوفيات 50 في المئة.", [(50, "up_to", "%")]),
    ("قال إن معدل الوفيات قد يبلغ 50٪.", [(50, "up_to", "%")]),
    # more than: زاد على/عن، ينيف على، تجاوز، تخطى، فاق، تعدى
    ("يزيد عدد الضحايا على 1000 شخص وفق تقديرات أولية.", [(1000, "more_than", "شخص")]),
    ("تتساقط الثلوج على المرتفعات التي يزيد ارتفاعها على 1000 متر.", [(1000, "more_than", "متر")]),
    ("تزيد قيمة الصادرات النفطية عن 40 مليار دولار.", [(40e9, "more_than", "دولار")]),
    ("زاد عدد الناخبين المسجلين على مليوني ناخب.", [(2e6, "more_than", "ناخب")]),
    ("ويعيش في المخيم ما ينيف على 5000 نازح.", [(5000, "more_than", "نازح")]),
    ("تخطت أسعار الذهب 2400 دولار للأوقية.", [(2400, "more_than", "دولار")]),
    ("فاقت خسائر الشركة 3 مليارات دولار.", [(3e9, "more_than", "دولار")]),
    ("وقال إن المصابين يتجاوزون 150 شخصا.", [(150, "more_than", "شخص")]),
    ("تعدت نسبة المشاركة 60 في المئة.", [(60, "more_than", "%")]),
    # about: قارب/يقارب/تقارب/ناهز
    ("تمتد المحمية على مساحة تقارب 80 كيلومترا مربعا.", [(80, "approx", "كيلومتر مربع")]),
    ("قاربت قيمة العقد 2 مليار دولار.", [(2e9, "approx", "دولار")]),
    ("ناهزت حصيلة الفيضانات 120 قتيلا.", [(120, "approx", "قتيل")]),
    ("يقاربون 600 متطوع من مختلف المناطق.", [(600, "approx", "متطوع")]),
    # less than: قل عن
    ("تقل كميات الأمطار عن 60 في المئة من المعدل.", [(60, "less_than", "%")]),
    # negated: لم/لا/لن + more than -> up to; + less than -> at least; + reach -> less than
    ("سجلت المملكة معدلات أمطار لم تتجاوز 40 في المئة من المعدل العام.", [(40, "up_to", "%")]),
    ("لم يتعد عدد المشاركين 500 شخص.", [(500, "up_to", "شخص")]),
    ("لا تتعدى نسبة النمو 2 في المئة.", [(2, "up_to", "%")]),
    ("لن يتخطى العجز 3 مليارات دولار.", [(3e9, "up_to", "دولار")]),
    ("لم يزد عدد الحضور على 200 شخص.", [(200, "up_to", "شخص")]),
    ("لا يقل عدد الجرحى عن 40 شخصا.", [(40, "at_least", "شخص")]),
    ("لم تصل نسبة المشاركة إلى 30 في المئة.", [(30, "less_than", "%")]),
    # must NOT change: a plain figure, a past reach, a running total, a purpose clause, other verbs
    ("ارتفع عدد القتلى إلى 27 شخصا.", [(27, "exact", "شخص")]),
    ("وصل عدد القتلى إلى 300 شخص.", [(300, "exact", "شخص")]),
    ("وبذلك يصل عدد القتلى إلى 45 قتيلا.", [(45, "exact", "قتيل")]),
    ("رفع البنك الفائدة ليصل سعرها إلى 21 في المئة.", [(21, "exact", "%")]),
    ("زادت الحكومة الإنفاق على 300 مدرسة.", [(300, "exact", "مدرسة")]),
    ("تصل الشحنة إلى 3 موانئ أوروبية.", [(3, "exact", "موانئ")]),
    ("زادت الصادرات بنسبة 5%.", [(5, "exact", "%")]),
    ("تجاوز المنتخب 3 منافسين في التصفيات.", [(3, "exact", "منافسين")]),
    ("يبلغ عدد سكان مصر 105 ملايين نسمة.", [(105e6, "exact", "نسمة")]),
    ("يصل الوفد إلى العاصمة ويضم 30 عضوا.", [(30, "exact", "عضو")]),
]

# A range whose high end carries the scale word lends it to the low end: "بين 48 و58 مليار".
RANGE_SCALE_CASES: list[tuple[str, list[V]]] = [
    ("سيتراوح الإنفاق الرأسمالي بين 48 و58 مليار دولار.", [(48e9, "at_least", "دولار"), (58e9, "up_to", "دولار")]),
    ("تقدر كلفة الإعمار من 3 إلى 5 ملايين دولار.", [(3e6, "at_least", "دولار"), (5e6, "up_to", "دولار")]),
    ("يشارك ما بين 10 و15 ألف متطوع في الحملة.", [(1e4, "at_least", "متطوع"), (1.5e4, "up_to", "متطوع")]),
    ("يتراوح عدد النازحين بين 200 و300 ألف شخص.", [(2e5, "at_least", "شخص"), (3e5, "up_to", "شخص")]),
    ("بلغت الإصابات بين 1.5 و2 مليون حالة.", [(1.5e6, "at_least", "حالة"), (2e6, "up_to", "حالة")]),
    # must NOT change: no scale, a low end with its own scale, a low end larger than the high coefficient
    ("ستتراوح الحرارة بين 3 و5 درجات مئوية.", [(3, "at_least", "درجات مئوية"), (5, "up_to", "درجات مئوية")]),
    ("تراوحت الأسعار بين 10 و20 دولارا للكيلوغرام.", [(10, "at_least", "دولار"), (20, "up_to", "دولار")]),
    ("يتراوح عدد المقاتلين بين 500 ألف و1.2 مليون مقاتل.",
     [(5e5, "at_least", "مقاتل"), (1.2e6, "up_to", "مقاتل")]),
    ("يتراوح عدد الناخبين بين 800 و1.2 مليون ناخب.", [(800, "at_least", "ناخب"), (1.2e6, "up_to", "ناخب")]),
]

# Temperatures below zero are negative values, however the text writes it.
NEGATIVE_TEMPERATURE_CASES: list[tuple[str, list[V]]] = [
    ("بلغت الحرارة 5 درجات تحت الصفر.", [(-5, "exact", "درجات")]),
    ("سجلت المحطة 4 درجات مئوية تحت الصفر فجر اليوم.", [(-4, "exact", "درجات مئوية")]),
    ("تنخفض الحرارة إلى 7 درجات دون الصفر في المرتفعات.", [(-7, "exact", "درجات")]),
    ("انخفضت الحرارة إلى درجتين تحت الصفر.", [(-2, "exact", "درجة")]),
    ("سجلت سالب 4 درجات مئوية في القدس.", [(-4, "exact", "درجات مئوية")]),
    ("تصل الحرارة الصغرى إلى ناقص 3 درجات.", [(-3, "up_to", "درجات")]),
    ("انخفضت الحرارة إلى ما دون الصفر بثلاث درجات.", [(-3, "exact", "درجات")]),
    ("انكمش الاقتصاد بنسبة سالب 1.5 في المئة.", [(-1.5, "exact", "%")]),
    # must NOT change
    ("انخفضت الحرارة 5 درجات عن معدلها.", [(5, "exact", "درجات")]),
    ("انخفض التضخم إلى ما دون 3%.", [(3, "less_than", "%")]),
    ("انخفضت درجات الحرارة إلى -5 درجات ليلاً.", [(-5, "exact", "درجات")]),
]

# A clock time is no quantity, with or without الساعة before it.
CLOCK_TIME_CASES: list[tuple[str, list[V]]] = [
    ("يبدأ الدوام عند 3 عصرا.", []),
    ("دعت الوزارة إلى تجنب الشمس بين الساعة 11 صباحا و3 عصرا.", []),
    ("تفتح مراكز الاقتراع في 8 صباحا وتغلق في 7 مساء.", []),
    ("تبدأ المباراة في 9 مساءً بتوقيت مكة.", []),
    ("تنطلق الرحلة عند 6:30 صباحا.", []),
    ("تبدأ الجلسة العاشرة صباحا.", []),
    ("يعلن الحظر من 10 ليلا حتى 5 فجرا.", []),
    # must NOT change: a count before a time word that is not right after the number
    ("أصيب 3 عمال عصر اليوم في حادث.", [(3, "exact", "عمال")]),
    ("انخفضت الحرارة إلى 3 درجات فجرا.", [(3, "exact", "درجات")]),
]

# A reference number (article, clause, resolution, phone line) is no amount, with or without a clitic.
REFERENCE_CLITIC_CASES: list[tuple[str, list[V]]] = [
    ("وذلك تطبيقا للمادة 5 من قانون البنك المركزي.", []),
    ("وذلك وفقا للمادة 5 من الدستور.", []),
    ("ويلتزم الطرفان بالمادة 12 من الاتفاق.", []),
    ("وفقا للبند 3 من العقد.", []),
    ("ودعت الوزارة المواطنين إلى الاتصال بالرقم 112 للإبلاغ.", []),
    ("يمكن الاتصال بالرقم 911 في الحالات الطارئة.", []),
    ("استنادا للفصل 4 من النظام الداخلي.", []),
    ("وطالب بالالتزام بالقرار 2334 الصادر عن مجلس الأمن.", []),
    ("وعملا بقرار 2254 يجري الحوار.", []),
    # must NOT change: a counted noun after a labelled number, and numbers after other clitic words
    ("خصصت الوزارة للمدارس 300 مليون دينار.", [(3e8, "exact", "دينار")]),
    ("وللجيش 5 آلاف جندي في المنطقة.", [(5000, "exact", "جندي")]),
]

# A word carrying a preposition (ب، ل، ك) right after a number heads the next phrase, not the counted noun:
# "3 ملايين بنهاية العام", "12 مليونا لأول مرة", "5 ملايين بحلول 2030".
PREPOSITION_AFTER_NUMBER_CASES: list[tuple[str, list[V]]] = [
    ("ووصل عدد الزوار إلى 3 ملايين بنهاية العام.", [(3e6, "exact", None)]),
    ("وارتفع عدد السكان إلى 12 مليونا لأول مرة.", [(12e6, "exact", None)]),
    ("وبلغت الإيرادات 40 مليارا بزيادة 12 في المئة.", [(40e9, "exact", None), (12, "exact", "%")]),
    ("وتستهدف الخطة جذب 5 ملايين بحلول 2030.", [(5e6, "exact", None)]),
    ("سجلت البورصة 900 مليون بنهاية الجلسة.", [(9e8, "exact", None)]),
    ("تراجع عدد المواليد إلى 80 ألفا بانخفاض كبير.", [(8e4, "exact", None)]),
    ("صعد الإنتاج إلى 11 مليونا كأعلى مستوى منذ سنوات.", [(11e6, "exact", None)]),
    ("وصل عدد المشتركين إلى 7 ملايين بداية الشهر.", [(7e6, "exact", None)]),
    ("أنتجت المصفاة 3 ملايين بالمقارنة مع العام الماضي.", [(3e6, "exact", None)]),
    ("خصصت الحكومة 15 مليارا لدعم المزارعين.", [(15e9, "exact", None)]),
    # must NOT change: a counted noun or measure that starts with ب، ل or ك
    ("تنتج المملكة 9 ملايين برميل يوميا.", [(9e6, "exact", "برميل يوميا")]),
    ("استقبلت تركيا 3 ملايين لاجئ سوري.", [(3e6, "exact", "لاجئ")]),
    ("هدم الاحتلال 12 بيتا في القرية.", [(12, "exact", "بيت")]),
    ("ضبطت الجمارك 40 بندقية و3 مسدسات.", [(40, "exact", "بندقية"), (3, "exact", "مسدسات")]),
    ("بيعت 5 آلاف بطاقة خلال ساعة.", [(5000, "exact", "بطاقة")]),
    ("وزعت الجمعية 200 كيس طحين.", [(200, "exact", "كيس")]),
    ("ارتفعت الأسعار 5 آلاف بالمئة.", [(5000, "exact", "%")]),
    ("شارك 22 لاعبا في المعسكر.", [(22, "exact", "لاعب")]),
]

# Numbers that are part of a name, a product, an event or a service line are no amounts.
NAME_NUMBER_CASES: list[tuple[str, list[V]]] = [
    ("وتأتي الخطة في إطار رؤية 2030 لتنويع الاقتصاد.", []),
    ("شاركت المملكة في معرض إكسبو 2020 دبي.", []),
    ("انعقدت قمة كوب 28 في دبي العام الماضي.", []),
    ("تستعد ناسا لإطلاق مهمة أرتميس 3 إلى القمر.", []),
    ("طرحت الشركة هاتف آيفون 15 الجديد في الأسواق.", []),
    ("يمكن الإبلاغ عبر الخط الساخن 16528 على مدار الساعة.", []),
    ("خصصت الوزارة الرقم المجاني 800123 للاستفسارات.", []),
    ("فاز السائق بسباق فورمولا 1 في موناكو.", []),
    ("تعمل الشركة على جهاز بلايستيشن 6 منذ عامين.", []),
    # an event named with its year: كأس، بطولة، دورة، ألعاب … then a name of 1-3 words, then the year
    ("بسبب مشاركة المنتخب في كأس آسيا 2023 بقطر.", []),
    ("وأقيمت بطولة كأس العالم 2022 في قطر.", []),
    ("ويستعد الرياضيون لدورة الألعاب الأولمبية 2024 في باريس.", []),
    ("وتنطلق بطولة أمم أفريقيا 2025 بالمغرب في ديسمبر.", []),
    # must NOT change: a verb or a subject noun before the number, or a counted noun after it
    ("قتل 3 أشخاص وأصيب 28 في الانفجار.", [(3, "exact", "أشخاص"), (28, "exact", None)]),
    ("سجل المهاجم 28 هدفا هذا الموسم.", [(28, "exact", "هدف")]),
    ("وتوفي 4 وأصيب 12 آخرون.", [(4, "exact", None), (12, "exact", "آخرون")]),
    ("بلغ إجمالي المصابين 450 حتى مساء أمس.", [(450, "exact", None)]),
    ("ويبلغ عددها 35 في الوقت الحالي.", [(35, "exact", None)]),
    ("أطلقت الفصائل 40 صاروخا على المستوطنات.", [(40, "exact", "صاروخ")]),
    ("ونجا 3 بأعجوبة من الحادث.", [(3, "exact", None)]),
    ("ويبلغ سعر التذكرة للأجانب 1500 جنيه.", [(1500, "exact", "جنيه")]),
    ("وتبيع الشركة تذاكر حفلاتها بـ2000 ريال.", [(2000, "exact", "ريال")]),
    ("وحضر 2023 مشجعا نهائي كأس آسيا.", [(2023, "exact", "مشجع")]),
    ("ورصدت بطولة آسيا جوائز بقيمة 2000 دولار.", [(2000, "exact", "دولار")]),
]

# A nominative dual of a scale word in construct counts two of it: "مليونا شخص" is two million.
DUAL_SCALE_CASES: list[tuple[str, list[V]]] = [
    ("ونزح مليونا شخص منذ بداية الحرب.", [(2e6, "exact", "شخص")]),
    ("بلغت الخسائر مليارا دولار.", [(2e9, "exact", "دولار")]),
    ("وشارك ألفا متطوع في الحملة.", [(2000, "exact", "متطوع")]),
    # must NOT change: the accusative after a count, and the accusative dual
    ("بلغ عدد السكان 12 مليونا.", [(12e6, "exact", None)]),
    ("بلغ عدد الناخبين مليونا و638 ألفا و351 ناخبا.", [(1638351, "exact", "ناخب")]),
    ("خصصت الدولة مليوني دولار للإغاثة.", [(2e6, "exact", "دولار")]),
    ("وصل عدد السياح إلى ألفين في اليوم.", [(2000, "exact", None)]),
]

# "كمية" (quantity), not ك + مية (100): a noun that looks like a clitic on a number word is no number.
NOUN_NOT_NUMBER_CASES: list[tuple[str, list[V]]] = [
    ("وصادرت الشرطة كمية كبيرة من المخدرات.", []),
    ("سجلت المحطة أكبر كمية أمطار منذ عقود.", []),
    ("وضبطت الجمارك كميات من السجائر المهربة.", []),
    ("وتقدر كمية النفط المتسربة بأطنان.", []),
    ("وبكمية محدودة من الوقود.", []),
    # must NOT change: real clitic number words
    ("تراجعت المبيعات بمئة ألف وحدة.", [(1e5, "exact", "وحدة")]),
    ("ارتفع عدد الضحايا لخمسة أشخاص.", [(5, "exact", "أشخاص")]),
    ("بيعت اللوحة بمية ألف دولار.", [(1e5, "exact", "دولار")]),
]


def _check(sentence: str, expected: list[V]) -> None:
    found = find_quantities(sentence)
    assert [(q.value, q.qualifier, q.unit) for q in found] == [(pytest.approx(v), q, u) for v, q, u in expected]
    for q in found:
        assert sentence[q.start:q.end] == q.expression


def _ids(cases: list[tuple[str, list[V]]]) -> list[str]:
    return [c[0][:40] for c in cases]


@pytest.mark.parametrize(("sentence", "expected"), VERB_QUALIFIER_CASES, ids=_ids(VERB_QUALIFIER_CASES))
def test_verb_qualifiers(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), RANGE_SCALE_CASES, ids=_ids(RANGE_SCALE_CASES))
def test_range_shares_the_scale(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), NEGATIVE_TEMPERATURE_CASES, ids=_ids(NEGATIVE_TEMPERATURE_CASES))
def test_below_zero_is_negative(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), CLOCK_TIME_CASES, ids=_ids(CLOCK_TIME_CASES))
def test_clock_times_are_no_quantities(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), REFERENCE_CLITIC_CASES, ids=_ids(REFERENCE_CLITIC_CASES))
def test_references_with_a_clitic_are_no_quantities(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), PREPOSITION_AFTER_NUMBER_CASES,
                         ids=_ids(PREPOSITION_AFTER_NUMBER_CASES))
def test_a_preposition_after_a_number_is_no_unit(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), NAME_NUMBER_CASES, ids=_ids(NAME_NUMBER_CASES))
def test_numbers_in_names_are_no_quantities(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), DUAL_SCALE_CASES, ids=_ids(DUAL_SCALE_CASES))
def test_dual_scale_in_construct_counts_two(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), NOUN_NOT_NUMBER_CASES, ids=_ids(NOUN_NOT_NUMBER_CASES))
def test_a_noun_that_looks_like_a_clitic_number_is_no_number(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


# A year word (العام، عام، سنة) labels only a number that can be a year: a decimal or a scaled amount after it is
# the figure of the sentence ("خلال العام 16.8 مليار درهم").
YEAR_WORD_CASES: list[tuple[str, list[V]]] = [
    ("وبلغت قيمة التداولات خلال العام 16.8 مليار درهم.", [(16.8e9, "exact", "درهم")]),
    ("وحقق البنك خلال العام 2.5 مليار دولار من الأرباح.", [(2.5e9, "exact", "دولار")]),
    ("ونما الاقتصاد خلال العام 3.4 في المئة.", [(3.4, "exact", "%")]),
    ("واستقبلت المطارات طوال العام 12 مليون مسافر.", [(12e6, "exact", "مسافر")]),
    # must NOT change: a year after a year word
    ("وبلغت الصادرات في العام 2023 نحو 16.8 مليار درهم.", [(16.8e9, "approx", "درهم")]),
    ("تأسست الشركة عام 1998 في دبي.", []),
    ("وفي سنة 2010 افتتح المتحف.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), YEAR_WORD_CASES, ids=_ids(YEAR_WORD_CASES))
def test_a_year_word_labels_only_a_year(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


# A comparing verb (قل، زاد) and its preposition (عن، على) enclose their subject whatever it names: "لا يقل الحد
# الأدنى للتعويض عن 400 دولار". Plural amount nouns (المساحات، المبالغ) qualify as their singulars do.
SUBJECT_BETWEEN_CASES: list[tuple[str, list[V]]] = [
    ("على أن لا يقل الحد الأدنى للتعويض عن 400 دولار.", [(400, "at_least", "دولار")]),
    ("ويشترط ألا يقل عمر المتقدم عن 21 عاما.", []),
    ("ولا يقل راتب المعلم المبتدئ عن 5000 ريال.", [(5000, "at_least", "ريال")]),
    ("ولا تزيد مدة الإيقاف الاحترازي على 6 أشهر.", [(6, "up_to", "أشهر")]),  # a bounded duration is a figure
    ("ولا تزيد غرامة التأخير الشهرية على 500 دينار.", [(500, "up_to", "دينار")]),
    ("تزيد مساحة الحديقة العامة الجديدة عن 40 هكتارا.", [(40, "more_than", "هكتار")]),
    ("بينما تجاوزت المساحات المتداولة 23 مليون قدم مربعة.", [(23e6, "more_than", "قدم مربعة")]),
    ("وتخطت المبالغ المحصلة 3 مليارات درهم.", [(3e9, "more_than", "درهم")]),
    # two-word square and cubic units
    ("تبلغ مساحة الشقة 110 أمتار مربعة.", [(110, "exact", "أمتار مربعة")]),
    ("تمتد الغابة على 500 كيلومتر مربع.", [(500, "exact", "كيلومتر مربع")]),
    ("ضخت المحطة 2 مليون متر مكعب من المياه.", [(2e6, "exact", "متر مكعب")]),
    ("يضم المجمع مكاتب بمساحة 40 ألف قدم مربع.", [(4e4, "exact", "قدم مربع")]),
    # a result clause: ل (after و/ف too) on the verb, the subject between verb and number
    ("وخفضت الحكومة الجنيه، ليتجاوز سعر الدولار 47 جنيها.", [(47, "more_than", "جنيه")]),
    ("وارتفعت أسعار المعادن وليتجاوز سعر الذهب 3000 دولار للأوقية.", [(3000, "more_than", "دولار")]),
    ("وهطلت أمطار غزيرة لتتجاوز كمياتها 120 ملم في بعض المناطق.", [(120, "more_than", "ملم")]),
    ("وتوسعت المدينة ليزيد عدد سكانها على 5 ملايين نسمة.", [(5e6, "more_than", "نسمة")]),
    ("وتواصل تدفق السياح فتتخطى أعداد الزوار مليون زائر.", [(1e6, "more_than", "زائر")]),
    # must NOT change: ل + reach states the result, a verbal noun after ل, an object that is no amount
    ("وارتفعت البطالة لتصل نسبتها إلى 21 في المئة.", [(21, "exact", "%")]),
    ("واستمر القصف لتبلغ حصيلة القتلى 45 قتيلا.", [(45, "exact", "قتيل")]),
    ("وسعت الحكومة لتجاوز الأزمة بإنفاق 3 مليارات دولار.", [(3e9, "exact", "دولار")]),
    ("وفاز المنتخب ليتجاوز الفريق 3 منافسين في المجموعة.", [(3, "exact", "منافسين")]),
    # must NOT change: a verb with an object before على, a plain past figure
    ("زادت الحكومة الإنفاق على 300 مدرسة.", [(300, "exact", "مدرسة")]),
    ("تجاوز المنتخب 3 منافسين في التصفيات.", [(3, "exact", "منافسين")]),
    ("وزاد البنك المركزي الفائدة 50 نقطة أساس.", [(50, "exact", "نقطة أساس")]),
]


@pytest.mark.parametrize(("sentence", "expected"), SUBJECT_BETWEEN_CASES, ids=_ids(SUBJECT_BETWEEN_CASES))
def test_verb_preposition_around_any_subject(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


# Amount nouns as the subject between a verb of exceeding and its number, feminine verb after أن and
# negated verb too: strength, pay and shipments name amounts like سعر and صادرات do.
AMOUNT_SUBJECT_CASES: list[tuple[str, list[V]]] = [
    ("ورجحت الخبيرة أن تتجاوز قوة بعض الهزات 5 درجات.", [(5, "more_than", "درجات")]),
    ("ويتوقع الأرصاد أن تتجاوز شدة الرياح 90 كيلومترا في الساعة.", [(90, "more_than", "كيلومتر")]),
    ("وتوقعت الشركة أن تتجاوز الشحنات 1.5 مليار وحدة هذا العام.", [(1.5e9, "more_than", "وحدة")]),
    ("بينما لا يتجاوز راتب المعلم 300 ألف ليرة.", [(3e5, "up_to", "ليرة")]),
    ("ولا تتجاوز رواتب العمال 200 دينار شهريا.", [(200, "up_to", "دينار")]),
    ("ويتوقع أن تتجاوز الأجور 5 آلاف درهم.", [(5000, "more_than", "درهم")]),
    ("ويرجح أن تتجاوز درجات الحرارة 45 درجة.", [(45, "more_than", "درجة")]),
    # must NOT change: a subject that is no amount, a verb of reaching that states the figure
    ("ويأمل المدرب أن يتجاوز الفريق 3 منافسين.", [(3, "exact", "منافسين")]),
    ("وتجاوزت الحافلة 4 سيارات قبل الحادث.", [(4, "exact", "سيارات")]),
    ("وبلغ راتب المدير 9 آلاف دولار.", [(9000, "exact", "دولار")]),
]


@pytest.mark.parametrize(("sentence", "expected"), AMOUNT_SUBJECT_CASES, ids=_ids(AMOUNT_SUBJECT_CASES))
def test_a_verb_of_exceeding_before_an_amount_subject(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


# Numbers that label, locate or name something are no amounts: a gold karat (عيار 18), a road marker (عند الكيلو
# 215), a version (3.0), the scale of a grade or proportion (19.81 من 20، تسعة من كل عشرة). A qualifier word after
# a number is never its unit, and it still qualifies the number after it.
LABEL_NUMBER_CASES: list[tuple[str, list[V]]] = [
    # the Maghreb "عدد N" numbers a law like رقم N
    ("ويذكر أن القانون الأساسي عدد 15 لسنة 2019 يفرض المصادقة على الميزانية.", []),
    ("وصدر الأمر الحكومي عدد 388 لسنة 2021 في الرائد الرسمي.", []),
    ("وارتفع عدد الضحايا إلى 15 شخصا.", [(15, "exact", "شخص")]),
    ("وسجل سعر عيار 24 نحو 4170 جنيها، فيما سجل عيار 18 قرابة 3130 جنيها.",
     [(4170, "approx", "جنيه"), (3130, "approx", "جنيه")]),
    ("وبلغ سعر الذهب عيار 21 حوالي 3650 جنيها.", [(3650, "approx", "جنيه")]),
    ("واشترى المستثمر سبائك من العيار 22 بقيمة مليون درهم.", [(1e6, "exact", "درهم")]),
    ("وقع الحادث عند الكيلو 215 بدائرة مركز سمالوط.", []),
    ("انقلبت الشاحنة في الكيلومتر 40 من الطريق الصحراوي.", []),
    ("وتبنت مجموعة لوك بت 3.0 مسؤوليتها عن الهجوم.", []),
    ("أطلقت الشركة منصة ويب 2.0 الجديدة.", []),
    ("وقال إن نحو تسعة من كل عشرة لاجئين يعيشون في فقر.", [(0.9, "approx", None)]),
    ("وحصلت الطالبة على معدل 19,81 من 20 في الباكالوريا.", [(19.81, "exact", None)]),
    ("ونال المتسابق 48 من أصل 50 نقطة.", [(48, "exact", None)]),
    # must NOT change: a counted noun after a number, a price per kilo, a range
    ("وبلغ سعر الكيلو 50 جنيها في الأسواق.", [(50, "exact", "جنيه")]),
    ("قطع العداء 42 كيلومترا في ساعتين.", [(42, "exact", "كيلومتر")]),
    ("تراوح التضخم من 3 إلى 5 في المئة.", [(3, "at_least", "%"), (5, "up_to", "%")]),
    ("ويعيش 3 من كل 4 أطفال في المخيمات.", [(0.75, "exact", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), LABEL_NUMBER_CASES, ids=_ids(LABEL_NUMBER_CASES))
def test_labels_markers_versions_and_scales_are_no_amounts(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


# A duration is no quantity ("منذ 10 سنوات", "خلال 24 ساعة"), except a penalty or a stated term: a prison
# sentence (بالسجن 10 سنوات، حكم عليه بـ5 سنوات) or a period named as such (لمدة، مدة، مهلة، فترة، طوال).
# The unit is the duration word as written.
TERM_CASES: list[tuple[str, list[V]]] = [
    ("قضت المحكمة بالسجن 10 سنوات على المتهم بالاختلاس.", [(10, "exact", "سنوات")]),
    ("وقضت محكمة الجنايات بالحبس عشر سنوات مع الشغل.", [(10, "exact", "سنوات")]),
    ("وعاقبت المحكمة المتهمين بالسجن المشدد 15 عاما وغرامة 50 ألف جنيه.",
     [(15, "exact", "عام"), (5e4, "exact", "جنيه")]),
    ("حكم على الرئيس السابق بالأشغال الشاقة سبع سنوات.", [(7, "exact", "سنوات")]),
    ("وصدر بحق الصحفي حكم بـ 3 سنوات نافذة.", [(3, "exact", "سنوات")]),
    ("ومنحت الحكومة الشركات مهلة 60 يوما لتسوية أوضاعها.", [(60, "exact", "يوم")]),
    ("وأعلن الرئيس الحداد الوطني لمدة ثلاثة أيام.", [(3, "exact", "أيام")]),
    ("ويستمر البرنامج لمدة ستة أشهر في المدارس الريفية.", [(6, "exact", "أشهر")]),
    ("وتعاقد النادي مع المدرب لمدة خمس سنوات.", [(5, "exact", "سنوات")]),
    ("وتغلق الطرق المؤدية إلى المطار فترة 48 ساعة.", [(48, "exact", "ساعة")]),
    ("وظل المفاعل متوقفا طوال 18 شهرا بسبب الصيانة.", [(18, "exact", "شهر")]),
    ("وتمدد الهدنة لمدة لا تقل عن 72 ساعة.", [(72, "at_least", "ساعة")]),
    # the dual is the number: two
    ("وقضت المحكمة بالسجن سنتين على المتهم.", [(2, "exact", "سنتين")]),
    ("وجمدت الحكومة التوظيف لمدة عامين.", [(2, "exact", "عامين")]),
    ("ومنح الاتحاد النادي مهلة أسبوعين لتسديد الديون.", [(2, "exact", "أسبوعين")]),
    ("ولم يظهر الفنان منذ عامين، وعاد قبل يومين.", []),
    # must NOT change: a duration that is no penalty or stated term, an age
    ("يعمل الطبيب في المستشفى منذ 10 سنوات.", []),
    ("وتعهدت البلدية بإصلاح الأعطال خلال 24 ساعة.", []),
    ("وكان الرئيس قد زار المنطقة قبل 3 أيام.", []),
    ("وتوفي الطفل البالغ من العمر سبع سنوات في الحادث.", []),
    ("واستمرت المفاوضات 48 ساعة متواصلة.", []),
    ("وعاد اللاعب إلى الملاعب بعد غياب دام ستة أشهر.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), TERM_CASES, ids=_ids(TERM_CASES))
def test_prison_terms_and_stated_periods_are_quantities(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


# A fraction word before a definite noun or a noun with a pronoun is a share of it: value the fraction, no unit.
SHARE_CASES: list[tuple[str, list[V]]] = [
    ("وقال المحلل إن السوق استعاد نحو ثلثي خسائره.", [(2 / 3, "approx", None)]),
    ("وتستحوذ الرواتب على قرابة ثلث النفقات العامة.", [(1 / 3, "approx", None)]),
    ("ويعيش ربع السكان تحت خط الفقر.", [(0.25, "exact", None)]),
    ("وخصصت الحكومة نصف الموازنة للتعليم والصحة.", [(0.5, "exact", None)]),
    ("وقالت المنظمة إن أكثر من نصف السكان يعيشون تحت خط الفقر.", [(0.5, "more_than", None)]),
    ("وفقدت البحيرة ثلاثة أرباع مياهها خلال عقدين.", [(0.75, "exact", None)]),
    ("ودمر القصف ثلثا المنازل في البلدة.", [(2 / 3, "exact", None)]),
    ("أدى القصف إلى تدمير نصف المدينة، وهي المرة الأولى منذ عقدين.", [(0.5, "exact", None)]),
    ("تتجه الأنظار إلى قمة العشرين، فيما يعيش نحو ثلث السكان تحت خط الفقر.", [(1 / 3, "approx", None)]),
    # the noun in a construct with a definite one: نصف سكان العالم
    ("واستعاد المؤشر نحو ثلثي خسائر الأسبوع الماضي.", [(2 / 3, "approx", None)]),
    ("ويعيش نصف سكان العالم في المدن.", [(0.5, "exact", None)]),
    ("وتذهب ربع ميزانية الدولة إلى الدعم.", [(0.25, "exact", None)]),
    # must NOT change: scaled amounts, durations, rounds of a cup, measures
    ("ويخوض الفريق ربع نهائي البطولة الأسبوع المقبل.", []),
    ("وتستغرق الرحلة نصف ساعة الذروة في العادة.", []),
    ("وتضم المدينة نصف مليون لاجئ.", [(5e5, "exact", "لاجئ")]),
    ("وانتظر المسافرون نصف ساعة قبل الإقلاع.", []),
    ("وتأهل المنتخب إلى ربع النهائي بعد فوزه في نصف الساعة الأخير.", []),
    ("وبلغ الفريق نصف النهائي للمرة الأولى منذ ربع قرن.", []),
    ("وخفض البنك الفائدة ربع نقطة مئوية.", [(0.25, "exact", "نقطة مئوية")]),
    ("وقال إن ثلث ما تنتجه المصانع يصدر إلى الخارج.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), SHARE_CASES, ids=_ids(SHARE_CASES))
def test_a_fraction_of_a_definite_noun_is_a_share(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


# A bare number word right after بينهم/منهم (من بينهم، ومنهم) counts part of the group just named.
AMONG_THEM_CASES: list[tuple[str, list[V]]] = [
    ("وأصيب 27 عاملا، بينهم ثلاثة في حالة حرجة.", [(27, "exact", "عامل"), (3, "exact", None)]),
    ("ونقل 40 مصابا إلى المستشفيات، منهم سبعة في العناية المركزة.", [(40, "exact", "مصاب"), (7, "exact", None)]),
    ("وتوفي 9 أشخاص، من بينهم اثنان من رجال الإطفاء.", [(9, "exact", "أشخاص"), (2, "exact", "رجال")]),
    ("وفاز 30 مرشحا بمقاعد البرلمان، ومنهم نحو عشرة مستقلين.", [(30, "exact", "مرشح"), (10, "approx", "مستقلين")]),
    # must NOT change: the number before منهم, "one of them", a counted noun after the number
    ("وقال إن ثلاثة منهم عادوا إلى ديارهم.", []),
    ("وشارك ممثلو الأحزاب، بينهم واحد من المعارضة.", []),
    ("واعتقلت الشرطة 12 شخصا، من بينهم خمسة أجانب.", [(12, "exact", "شخص"), (5, "exact", "أجانب")]),
    # a number word before منهم/منها counts part of a group counted earlier in the same sentence
    ("أفرجت السلطات عن خمسة معتقلين، وقال محاموهم إن اثنين منهم فقط عادوا.",
     [(5, "exact", "معتقلين"), (2, "exact", None)]),
    ("ونجا 40 راكبا، ثلاثة منهم في حالة خطرة.", [(40, "exact", "راكب"), (3, "exact", None)]),
    ("وتضررت 12 مدرسة، أربع منها بشكل كامل.", [(12, "exact", "مدرسة"), (4, "exact", None)]),
    # must NOT change: the group counted in another sentence
    ("ووصل 20 شخصا إلى المخيم. وقال إن ثلاثة منهم مرضى.", [(20, "exact", "شخص")]),
]


@pytest.mark.parametrize(("sentence", "expected"), AMONG_THEM_CASES, ids=_ids(AMONG_THEM_CASES))
def test_a_bare_number_after_among_them_is_a_quantity(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


# A dual noun stressed by اثنان/اثنتان ("عاملان اثنان") counts two of it; the unit is the dual as written.
DUAL_WITH_TWO_CASES: list[tuple[str, list[V]]] = [
    ("وما يزال عاملان اثنان في عداد المفقودين.", [(2, "exact", "عاملان")]),
    ("وقالت الحماية المدنية إن عاملين اثنين ما يزالان مفقودين.", [(2, "exact", "عاملين")]),
    ("وأصيبت سيدتان اثنتان بجروح طفيفة في الحادث.", [(2, "exact", "سيدتان")]),
    ("ولم ينج من الغرق سوى صيادين اثنين.", [(2, "exact", "صيادين")]),
    # must NOT change: اثنين with its noun after it, Monday, "the two", a preposition on the noun
    ("وقال إن اثنين من المصابين غادرا المستشفى.", [(2, "exact", "مصابين")]),
    ("والتقى الرئيسان يوم الاثنين في باريس.", []),
    ("وكان الاثنان قد تعارفا في الجامعة.", []),
    ("وفاز الفريق بهدفين اثنين في الشوط الثاني.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), DUAL_WITH_TWO_CASES, ids=_ids(DUAL_WITH_TWO_CASES))
def test_a_dual_noun_with_two_counts_two(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


def test_a_share_in_a_construct_leaves_the_date_after_it() -> None:
    # "خسائر الأسبوع الماضي": the date الأسبوع الماضي must not overlap the share, or the share is dropped
    [share] = find_quantities("واستعاد المؤشر نحو ثلثي خسائر الأسبوع الماضي.")
    assert share.expression == "نحو ثلثي خسائر"


# Two numbers joined by و before one unit share it: "بقوة 7.8 و7.5 درجة" is two magnitudes in degrees.
COORDINATED_UNIT_CASES: list[tuple[str, list[V]]] = [
    ("وضرب زلزالان بقوة 7.8 و7.5 درجة جنوب البلاد.", [(7.8, "exact", "درجة"), (7.5, "exact", "درجة")]),
    ("وسجلت الحرارة 45 و 47 درجة في مدينتين.", [(45, "exact", "درجة"), (47, "exact", "درجة")]),
    ("وبلغ سعر السهمين 12 و15 دولارا عند الإغلاق.", [(12, "exact", "دولار"), (15, "exact", "دولار")]),
    ("ونما الاقتصاد في البلدين بنسبة 3.5 و4%.", [(3.5, "exact", "%"), (4, "exact", "%")]),
    # must NOT change: each number with its own unit, a clause between the numbers
    ("وقتل 5 أشخاص و3 جنود في الهجوم.", [(5, "exact", "أشخاص"), (3, "exact", "جنود")]),
    ("قتل 3 وأصيب 28 شخصا في الانفجار.", [(3, "exact", None), (28, "exact", "شخص")]),
]


@pytest.mark.parametrize(("sentence", "expected"), COORDINATED_UNIT_CASES, ids=_ids(COORDINATED_UNIT_CASES))
def test_coordinated_numbers_share_the_unit_after_them(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)



# Identifier numbers: a unit's or a street's number, a resolution after its body's name, an article with مكرر,
# a number closing a quoted name, an emergency number; the base of a ratio after لكل. Parts of a counted group.
IDENTIFIER_CASES: list[tuple[str, list[V]]] = [
    ("ووقع الهجوم على مقر الفرقة 17، وفق الجيش.", []),
    ("ووقع الانفجار عند تقاطع الشارعين 12 و45 وسط المدينة.", []),
    ("وأغلقت الشرطة شارع 9 أمام السيارات.", []),
    ("ويستند الاتفاق إلى قرار مجلس الأمن 2401 بشأن الهدنة.", []),
    ("ونص الفصل 226 مكرر من المجلة الجزائية على العقوبة.", []),
    ("وافتتح الوزير مصنع \"الزرقاء 3\" للإسمنت.", []),
    ("ودعت الوزارة المواطنين إلى الاتصال برقم الطوارئ 997 عند الحاجة.", []),
    ("وحدد النظام حصة بواقع 800 مقعد لكل مليون نسمة.", [(800, "exact", "مقعد")]),
    ("وسجلت السلطات 5120 حالة مشتبه بها، تأكدت إصابة 340 منها مخبريا.",
     [(5120, "exact", "حالة"), (340, "exact", None)]),
    # must NOT change: counted nouns after a unit word, an amount per person, a quoted statement with a number
    ("وانتشرت الفرقة في 17 موقعا.", [(17, "exact", "موقع")]),
    ("ورصدت الحكومة 200 دولار لكل أسرة.", [(200, "exact", "دولار")]),
    ("وقال الخبير إن \"البلاد ستشهد نحو 250 يوما حارا سنويا بحلول 2050\".", [(250, "approx", "يوم")]),
    ("وقال إن \"المدينة ستستقبل 3 ملايين زائر\".", [(3e6, "exact", "زائر")]),
    ("واستمرت العاصفة 3 أيام متتالية.", []),
    ("ويعمل الموظفون 8 ساعات يوميا منذ 10 أيام.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), IDENTIFIER_CASES, ids=_ids(IDENTIFIER_CASES))
def test_identifier_numbers_are_no_amounts(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


# Octane ratings name a fuel grade, not an amount: "بنزين 95 أوكتان"، "أوكتان 98"، "البنزين 92". The price of the
# grade stays a quantity, and so does a number of litres after a fuel word.
OCTANE_GRADE_CASES: list[tuple[str, list[V]]] = [
    ("وارتفع سعر صفيحة البنزين 95 أوكتان 30 ألف ليرة.", [(30000, "exact", "ليرة")]),
    ("وحددت اللجنة سعر لتر البنزين 92 بـ 15 جنيها.", [(15, "exact", "جنيه")]),
    ("وبلغ سعر لتر بنزين 91 نحو 2.4 ريال.", [(2.4, "approx", "ريال")]),
    ("وتبيع المحطات وقود أوكتان 98 بسعر 1.9 دينار للتر.", [(1.9, "exact", "دينار")]),
    ("وأبقت الحكومة سعر البنزين 80 دون تغيير.", []),
    ("وسجل بنزين 95 أوكتان ارتفاعا طفيفا.", []),
    # must NOT change: litres and money after a fuel word, a count of stations
    ("واستهلكت المدينة من البنزين 95 مليون لتر العام الماضي.", [(95e6, "exact", "لتر")]),
    ("وارتفع سعر البنزين 95 قرشا للتر.", [(95, "exact", "قرش")]),
    ("وأغلقت 90 محطة بنزين أبوابها.", [(90, "exact", "محطة")]),
]


@pytest.mark.parametrize(("sentence", "expected"), OCTANE_GRADE_CASES, ids=_ids(OCTANE_GRADE_CASES))
def test_octane_grades_are_no_amounts(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


# A bare four-digit number that a qualifying verb or a comparison governs is a count, not a year: "عدد أسراها
# يتجاوز 1500"، "بلغ عدد المشاركين 1800"، "أكثر من 1200". A year after a time word stays out.
COUNT_NOT_YEAR_CASES: list[tuple[str, list[V]]] = [
    ("وأكد أن عدد المفقودين \"يتجاوز 1500\".", [(1500, "more_than", None)]),
    ("وقال المسؤول إن عدد الجرحى \"يفوق 300\" في المدينة.", [(300, "more_than", None)]),  # quoted, not a name
    ("وقال الاتحاد إن عدد المنتسبين إليه يفوق 1200.", [(1200, "more_than", None)]),
    ("وأوضح أن الطلبات المقدمة تقارب 1800.", [(1800, "approx", None)]),
    ("وبلغ عدد المشاركين 1650 في السباق.", [(1650, "exact", None)]),
    ("وقدرت البلدية عدد المتضررين بأكثر من 1300.", [(1300, "more_than", None)]),
    ("ويقيم في المخيم حوالي 1900 بحسب الأمم المتحدة.", [(1900, "approx", None)]),
    # must NOT change: years after time words, a year as a deadline
    ("وقال إن الخطة تمتد حتى 2030.", []),
    ("وتأسست الشركة في 1998.", []),
    ("ويتطلع البلد بثقة نحو 2030.", []),
    ("وافتتح الجسر قبل 2020، بحسب البلدية.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), COUNT_NOT_YEAR_CASES, ids=_ids(COUNT_NOT_YEAR_CASES))
def test_governed_four_digit_number_is_a_count(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


# A year after a time preposition stays a year when what follows starts a new phrase: a word with a preposition
# glued to it (بمدينة، بكلفة) or a plural (past ten the counted noun is singular). A singular counted noun or a known
# unit after it still makes a count.
YEAR_THEN_PHRASE_CASES: list[tuple[str, list[V]]] = [
    ("وتأسس المصرف في 1987 بمدينة صفاقس.", []),
    ("وحقق المؤشر في 2024 ارتفاعات قياسية.", []),
    ("وولد الشاعر في 1952 بقرية على ضفاف النيل.", []),
    ("وافتتح المصنع في 2019 بكلفة 20 مليون دولار.", [(20e6, "exact", "دولار")]),
    # must NOT change: a count after في, a known unit, a counted noun starting with ل
    ("ونقلت الإغاثة المواد الغذائية في 2000 شاحنة.", [(2000, "exact", "شاحنة")]),
    ("وخزنت الشركة النفط الخام في 1900 برميل.", [(1900, "exact", "برميل")]),
    ("وتوزعت المساعدات على 1950 لاجئا.", [(1950, "exact", "لاجئ")]),
]


@pytest.mark.parametrize(("sentence", "expected"), YEAR_THEN_PHRASE_CASES, ids=_ids(YEAR_THEN_PHRASE_CASES))
def test_year_then_phrase_is_no_count(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


# After a verb or noun of change, "من X إلى Y" is the value before and after: two exact figures. A range word or a
# rate between them (يتراوح، بنسبة) keeps the range (at least / up to).
CHANGE_FROM_TO_CASES: list[tuple[str, list[V]]] = [
    ("وقفز سعر تذكرة الحافلة من 40 إلى 65 قرشا.", [(40, "exact", "قرش"), (65, "exact", "قرش")]),
    ("وارتفع عدد المشتركين في الخدمة من 12 ألفاً إلى 30 ألف مشترك.",
     [(12000, "exact", "مشترك"), (30000, "exact", "مشترك")]),
    ("وخفضت الحكومة رسوم التسجيل من 500 إلى 300 دينار.", [(500, "exact", "دينار"), (300, "exact", "دينار")]),
    ("وتراجع التضخم من 9 إلى 6 في المئة.", [(9, "exact", "%"), (6, "exact", "%")]),
    # must NOT change: a range verb, a rate, no change word
    ("ويتراوح سعر الكيلو من 40 إلى 65 قرشا.", [(40, "at_least", "قرش"), (65, "up_to", "قرش")]),
    ("وارتفعت الإيجارات لتتراوح من 300 إلى 450 دينارا.", [(300, "at_least", "دينار"), (450, "up_to", "دينار")]),
    ("وارتفعت الأجور بنسبة من 10 إلى 15 في المئة.", [(10, "at_least", "%"), (15, "up_to", "%")]),
    ("ويعمل في الورشة من 30 إلى 40 عاملا.", [(30, "at_least", "عامل"), (40, "up_to", "عامل")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CHANGE_FROM_TO_CASES, ids=_ids(CHANGE_FROM_TO_CASES))
def test_change_from_to_gives_two_exact_values(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


# Smaller cases: a parent's family size (أم لأربعة أطفال) is no reported figure; a small number with its counted
# noun after "العام" is a count ("منذ مطلع العام 9 رحلات"); a qualifying verb reaches over a subject measured in a
# place (تجاوزت نسبة البطالة في بعض المحافظات 30%).
SMALL_CASES: list[tuple[str, list[V]]] = [
    ("وقال سمير، وهو سائق وأب لخمسة أبناء، إن الطريق خطرة.", []),
    ("وتعمل ليلى، وهي ممرضة وأم لثلاثة أطفال، في مستشفى المدينة.", []),
    ("وأجرت الوكالة منذ مطلع العام 9 رحلات إلى المحطة الدولية.", [(9, "exact", "رحلات")]),
    ("وباع المعرض خلال العام 450 لوحة.", [(450, "exact", "لوحة")]),
    ("وتجاوزت نسبة البطالة في بعض المحافظات 30 في المئة.", [(30, "more_than", "%")]),
    ("ولم تتجاوز نسبة المشاركة في دائرة الوسط الانتخابية 18 في المئة.", [(18, "up_to", "%")]),
    # must NOT change: a year after العام (also a short one before a verb), a count after ل with no parent word,
    # a verb with no amount noun after it
    ("وتراجعت الصادرات خلال العام 2024 بشكل حاد.", []),
    ("وفي العام 82 اجتاحت القوات المدينة.", []),
    ("ومنذ عام 67 تغيرت حدود البلدة.", []),
    ("وقدمت الجمعية منحاً دراسية لأربعة طلاب.", [(4, "exact", "طلاب")]),
    ("وتجاوز المنتخب في الدور الأول 3 منافسين.", [(3, "exact", "منافسين")]),
]


@pytest.mark.parametrize(("sentence", "expected"), SMALL_CASES, ids=_ids(SMALL_CASES))
def test_family_sizes_small_counts_after_year_and_long_subjects(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


# A duration the writer measures with a qualifier (نحو، قرابة، أكثر من، لا يتجاوز) is a figure; a bare one frames an
# event ("منذ 10 سنوات"، "بعد 20 دقيقة"), and years a verb exceeds are an age ("الذين تجاوزوا 60 سنة").
MEASURED_DURATION_CASES: list[tuple[str, list[V]]] = [
    ("وهبطت الطائرة اضطرارياً بعد نحو 40 دقيقة من إقلاعها.", [(40, "approx", "دقيقة")]),
    ("واستغرقت أعمال الترميم قرابة سبعة أشهر.", [(7, "approx", "أشهر")]),
    ("وظل الطريق مغلقاً لأكثر من 12 ساعة.", [(12, "more_than", "ساعة")]),
    ("وتوقف العمل في المصنع أكثر من عامين.", [(2, "more_than", "عامين")]),
    ("ولا تتجاوز مدة الرحلة ثلاث ساعات.", [(3, "up_to", "ساعات")]),
    # a stated figure: the service life of a machine
    ("ويبلغ العمر الافتراضي للتوربين الجديد 25 عاما.", [(25, "exact", "عام")]),
    ("وصممت البطارية بعمر تشغيلي يبلغ ثماني سنوات.", [(8, "exact", "سنوات")]),
    # must NOT change: bare durations, an age
    ("ويبلغ عمر الحارس 40 عاما.", []),
    ("ويعيش اللاجئون في المخيم منذ 10 سنوات.", []),
    ("ووصل الإسعاف بعد 20 دقيقة.", []),
    ("وارتفع عدد المتقاعدين الذين تجاوزوا 65 عاما.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), MEASURED_DURATION_CASES, ids=_ids(MEASURED_DURATION_CASES))
def test_measured_duration_is_a_figure(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


# Multipliers, counts after من, and what is no amount: a compound ordinal (الثالثة عشرة), a superlative dual
# (أعلى درجتين), a voltage class (400 ك.ف) and a span of years before the next phrase.
MULTIPLIER_COUNT_AND_NAME_CASES: list[tuple[str, list[V]]] = [
    ("وتمت تغطية السندات الحكومية بنحو 2.7 مرة.", [(2.7, "approx", "مرة")]),
    ("وارتفعت واردات الأرز بأكثر من 3 مرات خلال عقد.", [(3, "more_than", "مرات")]),
    ("وزاد الإقبال على المعرض بـ 4 مرات مقارنة بالدورة السابقة.", [(4, "exact", "مرات")]),
    ("وقال الطبيب إن خمسة من أفراد الطاقم الطبي أصيبوا بالعدوى.", [(5, "exact", "أفراد")]),
    ("واعتقلت الشرطة 12 من عناصر العصابة.", [(12, "exact", "عناصر")]),
    ("وغاب 3 من لاعبي الفريق بسبب الإصابة.", [(3, "exact", "لاعبي")]),
    ("وقتل اثنان من بين المسلحين.", []),
    # must NOT change: a count of rises, an elative after من, a part of a whole
    ("ارتفع سعر الخبز 3 مرات خلال العام.", []),
    ("وغاب ثلاثة من أبرز اللاعبين عن المباراة.", []),
    # no amount: an ordinal, a superlative, a voltage class, a span of years
    ("وتنطلق الدورة الخامسة عشرة لمعرض الكتاب الأسبوع المقبل.", []),
    ("وشارك المنتخب في النسخة الحادية عشر للبطولة.", []),
    ("وهما أعلى درجتين تسجلهما المحطة منذ إنشائها.", []),
    ("وتعمل الشركة على مد خط الجهد العالي 132 ك.ف إلى المنطقة الصناعية.", []),
    ("وتسعى الوزارة في الخطة الخماسية 2021-2025 رفعها إلى 30 بالمئة.", [(30, "exact", "%")]),
    # must NOT change: a dual that counts, ten after a cardinal, years a count is measured in
    ("وارتفعت درجة الحرارة درجتين عن المعدل.", [(2, "exact", "درجة")]),
    ("وفاز عشرة لاعبين بالجوائز.", [(10, "exact", "لاعبين")]),
    ("واستقبل المعرض بين 1500 و2000 زائر يوميا.", [(1500, "at_least", "زائر"), (2000, "up_to", "زائر")]),
]


@pytest.mark.parametrize(("sentence", "expected"), MULTIPLIER_COUNT_AND_NAME_CASES,
                         ids=_ids(MULTIPLIER_COUNT_AND_NAME_CASES))
def test_multipliers_counts_after_min_and_names(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)


# Qualifiers read past a word: "فيها" between a verb and its subject, a reach verb with a capacity or penalty noun,
# an adjective between the counted noun and على الأقل.
QUALIFIER_REACH_CASES: list[tuple[str, list[V]]] = [
    ("شهدت البلاد عاصفة تجاوزت فيها سرعة الرياح 120 كم في الساعة.", [(120, "more_than", "كم")]),
    ("وافتتح مصنع للأعلاف تصل قدرته إلى 400 طن يوميا.", [(400, "up_to", "طن")]),
    ("ويعاقب القانون المخالفين بغرامة تصل قيمتها إلى 5 آلاف دينار.", [(5000, "up_to", "دينار")]),
    ("وحذرت البلدية من مخالفات تصل غرامتها إلى 2000 درهم.", [(2000, "up_to", "درهم")]),
    ("وتعتزم الوزارة بناء أربع مستشفيات جامعية على الأقل.", [(4, "at_least", "مستشفيات")]),
    # must NOT change: a subject that names no amount, a qualifier after a comma, a past reach
    ("وتجاوز فيها المنتخب 3 منافسين.", [(3, "exact", "منافسين")]),
    ("وقتل 20 شخصا، على الأقل في رواية الشهود.", [(20, "exact", "شخص")]),
    ("ووصل عدد الزوار إلى 300 ألف زائر.", [(300000, "exact", "زائر")]),
]


@pytest.mark.parametrize(("sentence", "expected"), QUALIFIER_REACH_CASES, ids=_ids(QUALIFIER_REACH_CASES))
def test_qualifiers_past_a_word(sentence: str, expected: list[V]) -> None:
    _check(sentence, expected)
