"""Round-28 (third pass) speaker and claimant rules of de52eb4, on invented sentences of other topics, with near misses.

- "أما فلان (72 عاماً)، فيقول": a short bracket after the topic of أما does not block it as the speaker.
- "لكن مصدراً مطلعاً في …": one or two accusative adjectives after the source are read with it.
- "نشرت X … تقريراً أشار إلى أن": the report speaks for whoever published it.
- "بدأت X تطبيق تعرفة/فرض رسوم …": a body that begins applying a charge sets its figures.
- أمانة is a body ("أمانة طرابلس", "أمانة الرياض"); تحليل/تحليلات are document nouns.
- "للمعهد الوطني المتخصص": a participle adjective closes a ل-body's name, but not a time word ("المقبل").
"""
from __future__ import annotations

from .helpers import claimants, clause_speakers, table

SPEAKERS = [
    # 1. an age bracket after the topic of أما
    ("وفي الحي القديم أغلقت محلات كثيرة أبوابها. أما الحاج سليم العمري (72 عاماً)، فيقول إن دخله تراجع 60%.",
     ["الحاج سليم العمري"]),
    ("أما المزارع حسن الدباغ (58 عاماً)، فيقول إن المحصول لم يتجاوز 3 أطنان.", ["المزارع حسن الدباغ"]),
    # near miss: without a bracket the topic already spoke
    ("أما المزارع حسن الدباغ، فيقول إن المحصول لم يتجاوز 3 أطنان.", ["المزارع حسن الدباغ"]),
    # 2. accusative adjectives after لكن مصدراً
    ("لكن مصدراً مطلعاً في وزارة النقل قال إن 40 حافلة جديدة ستصل الشهر المقبل.",
     ["مصدر مطلع في وزارة النقل"]),
    ("لكن مصدراً حكومياً رفيعاً في البلدية أكد أن المشروع سيكلف 8 ملايين دينار.",
     ["مصدر حكومي رفيع في البلدية"]),
    # near miss: no adjective, as before
    ("لكن مصدراً في وزارة النقل قال إن 40 حافلة جديدة ستصل الشهر المقبل.", ["مصدر في وزارة النقل"]),
    # 3. the report speaks for its publisher
    ("ونشرت منظمة الصحة العالمية الشهر الماضي تقريراً أشار إلى أن 30% من الأطفال يعانون من فقر الدم.",
     ["منظمة الصحة العالمية"]),
    ("وكانت جمعية حماية المستهلك قد أصدرت تقريراً أكد أن الأسعار ارتفعت 25%.", ["جمعية حماية المستهلك"]),
    ("وأصدرت نقابة الأطباء تقريراً أكد أن 600 طبيب هاجروا.", ["نقابة الأطباء"]),
    # near miss: a report about something, with no verb of its own, has no claim and no speaker
    ("ونشرت الصحيفة تقريراً عن الفيضانات.", []),
    # the report speaks for the body that prepared it, named right before it (test_speaker_limits)
    ("وأعدّت وزارة البيئة تقريراً أشار إلى أن التلوث ارتفع 15%.", ["وزارة البيئة"]),
    # 5. أمانة is a body, not a woman's name
    ("وقالت أمانة طرابلس إن 200 عامل يشاركون في حملة التنظيف.", ["أمانة طرابلس"]),
    ("وأعلنت أمانة الرياض إزالة 500 مبنى مخالف.", ["أمانة الرياض"]),
    # a town the lexicon does not know, in construct with a local-government noun (test_speakers_limits.py)
    ("وأعلنت أمانة جدة إزالة 500 مبنى مخالف.", ["أمانة جدة"]),
    ("وقالت أمانة مدينة حمص إن 200 عامل يشاركون في حملة التنظيف.", ["أمانة مدينة حمص"]),
    # 6. تحليل/تحليلات as documents: the body that wrote them speaks
    ("وأظهر تحليل لمركز الدراسات الاقتصادية أن البطالة بلغت 18%.", ["مركز الدراسات الاقتصادية"]),
    ("وبحسب تحليلات للبنك الدولي، فإن النمو سيبلغ 3%.", ["البنك الدولي"]),
    ("وأشار تحليل أعده معهد التخطيط إلى أن العجز بلغ 7%.", ["معهد التخطيط"]),
    # 7. a participle adjective closes a ل-body's name
    ("وبحسب تقرير للمعهد الوطني المتخصص، فإن 45 ألف شخص نزحوا.", ["المعهد الوطني المتخصص"]),
    ("وأظهر تقرير للمرصد الوطني المستقل أن 45 ألف شخص نزحوا.", ["المرصد الوطني المستقل"]),
    # near misses: a time word does not join the name
    ("وأظهر تقرير للمرصد الوطني المقبل أن 45 ألف شخص نزحوا.", ["المرصد الوطني"]),
    ("وأظهر تقرير للمرصد الوطني المستقل الماضي أن 45 ألف شخص نزحوا.", ["المرصد الوطني المستقل"]),
]


@table("text, expected", SPEAKERS)
def test_round28c_speakers(text: str, expected: list[str | None]) -> None:
    assert clause_speakers(text) == expected


# (text, figure, claimants of the quantities with that figure)
CLAIMANTS = [
    # 4. a body that begins applying a charge sets its figures
    ("وبدأت بلدية الزرقاء، مطلع الشهر الجاري، تطبيق تعرفة جديدة ترفع سعر المتر المكعب إلى 90 قرشاً.", "90",
     ["بلدية الزرقاء"]),
    ("وبدأت هيئة الموانئ فرض رسوم إضافية تبلغ 15 ديناراً على كل حاوية.", "15", ["هيئة الموانئ"]),
    ("وبدأت أمانة عمّان تطبيق أسعار جديدة تصل إلى 20 ديناراً.", "20", ["أمانة عمّان"]),
    # near misses: a body that begins a campaign sets no figure
    ("وبدأت الوزارة حملة توعية تستهدف 5 آلاف طالب.", "5", [None]),
    ("وبدأت الوزارة حملة توعية شارك فيها 300 متطوع.", "300", [None]),
    # 3, 5, 6: the speaker found above is the figure's claimant
    ("ونشرت منظمة الصحة العالمية الشهر الماضي تقريراً أشار إلى أن 30% من الأطفال يعانون من فقر الدم.", "30",
     ["منظمة الصحة العالمية"]),
    ("وقالت أمانة طرابلس إن 200 عامل يشاركون في حملة التنظيف.", "200", ["أمانة طرابلس"]),
    ("وأظهر تحليل لمركز الدراسات الاقتصادية أن البطالة بلغت 18%.", "18", ["مركز الدراسات الاقتصادية"]),
]


@table("text, figure, expected", CLAIMANTS)
def test_round28c_claimants(text: str, figure: str, expected: list[str | None]) -> None:
    assert claimants(text, figure) == expected
