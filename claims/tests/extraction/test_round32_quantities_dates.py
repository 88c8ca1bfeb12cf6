"""Round-32 date and quantity rules.

Dates: "اليوم" is nowadays when it opens a clause after a past habit (كنا نحصد …، اليوم لا نجد …), when a figure runs
from a past year to one "today" (من 120 مصنعاً عام 2015 إلى 80 مصنعاً اليوم), or after a quoted present verb of
trade, cost or hardship (نبيع اليوم، ندفع اليوم); a condition in the jussive (إذا لم، ما لم، إن لم) looks ahead, so a
bare month in it is the coming one.
Quantities: a negated verb of exceeding reaches its number past "this season" (لم يتجاوز هذا الموسم 300 طن); a
feminine dual bounded right after it counts two (صفقتي استحواذ على الأقل); a duration bounded after it is a figure
(خلال 30 يوماً كحد أقصى); a grade's scale is no amount (87 نقطة من 100); a race named by its distance (سباق 10
كيلومترات) is no amount.

Invented sentences of other topics, with near misses that must not change.
"""
from __future__ import annotations

from .helpers import dates_found, quantities_found, table

PUB = "2025-10-08"

NOWADAYS_CASES = [
    # a clause opening on اليوم after a past habit
    ("وقالت إحدى العاملات: «كنا نحصد 40 صندوقاً في الأسبوع، اليوم لا نجد ما نحصده».", []),
    ("وقال الصياد: «كنت أبيع السمك في الميناء، واليوم أبيعه على الطريق».", []),
    # a figure from a past year to one today
    ("وتراجع عدد المصانع من 120 مصنعاً عام 2015 إلى 80 مصنعاً اليوم.", [("عام 2015", "2015")]),
    ("وارتفع عدد الطلاب من 900 في 2018 إلى 1400 اليوم، بحسب الجامعة.", [("2018", "2018")]),
    # a quoted present verb of trade or cost
    ("وقال تاجر: «نبيع اليوم الصندوق بما لا يقل عن 90 ديناراً».", []),
    ("وقالت مزارعة: «ندفع اليوم ضعف ما كنا ندفعه للسماد».", []),
    # near misses: a news verb after the clause-opening اليوم, perfective or imperfect; a news verb before it
    ("كانت المصانع تشغل 3 آلاف عامل، واليوم أعلنت الشركة إغلاق آخرها.", [("اليوم", PUB)]),
    ("وقال المدير: «كنا ننتظر هذه اللحظة منذ سنوات، واليوم نعلن افتتاح المستشفى».", [("اليوم", PUB)]),
    ("كانت الأسعار ترتفع كل شهر، وقد أعلنت الوزارة اليوم تجميدها.", [("اليوم", PUB)]),
    # near misses: a figure from yesterday to today; a year with no span to today
    ("وارتفع عدد الإصابات من 40 أمس إلى 55 اليوم.", [("أمس", "2025-10-07"), ("اليوم", PUB)]),
    ("ووصل اليوم وفد بدأ جولته من تونس عام 2019.", [("اليوم", PUB), ("عام 2019", "2019")]),
    # near misses: a quoted announcement; a verb of trade outside quotes
    ("وقال الوزير: «نعلن اليوم عن حزمة دعم جديدة».", [("اليوم", PUB)]),
    ("وقال التاجر إنه يبيع اليوم آخر ما لديه من مخزون.", [("اليوم", PUB)]),
]


@table("text,expected", NOWADAYS_CASES)
def test_today_as_nowadays(text, expected):
    assert dates_found(text, PUB) == expected


CONDITION_CASES = [
    ("وقال: «إذا لم تصل الشحنة قبل فبراير، فستتوقف المصانع».", [("فبراير", "2026-02")]),
    ("وحذر من أنه ما لم يتم التوقيع في مارس فإن المشروع سيتعثر.", [("مارس", "2026-03")]),
    ("وأضاف أن الفريق إن لم يفز في أبريل فسيخرج من المنافسة.", [("أبريل", "2026-04")]),
    # near misses: a perfective verb after the condition governs the month; a month told in a past report
    ("إذا لم تخني الذاكرة، فقد وقع الاتفاق في فبراير.", [("فبراير", "2025-02")]),
    ("وقال إن الشحنة وصلت في فبراير.", [("فبراير", "2025-02")]),
]


@table("text,expected", CONDITION_CASES)
def test_a_condition_looks_ahead(text, expected):
    assert dates_found(text, PUB) == expected


QUANTITY_CASES = [
    # a negated verb of exceeding past "this season"
    ("وقال إن محصول الجمعية لم يتجاوز هذا الموسم 300 طن.", [("300 طن", 300.0, "up_to")]),
    ("ولم يتجاوز هذا العام 4%.", [("4%", 4.0, "up_to")]),
    # near misses: not negated; a counted noun with a subject that is no amount
    ("وتجاوز هذا الموسم 300 طن.", [("300 طن", 300.0, "exact")]),
    ("ولم يتجاوز المنتخب هذا الموسم 3 منافسين.", [("3 منافسين", 3.0, "exact")]),
    # a feminine dual bounded after it, in construct or not
    ("ويتوقع أن تشهد الأشهر المقبلة صفقتي استحواذ على الأقل.", [("صفقتي استحواذ على الأقل", 2.0, "at_least")]),
    ("ونفذت الطائرات غارتين على الأقل على المنطقة.", [("غارتين على الأقل", 2.0, "at_least")]),
    ("وسيعقد المجلس جلستين على الأكثر قبل العطلة.", [("جلستين على الأكثر", 2.0, "up_to")]),
    ("وسجلت المستشفيات حالتين حرجتين على الأقل.", [("حالتين حرجتين على الأقل", 2.0, "at_least")]),
    # near misses: an unbounded construct dual; a possessive ي
    ("وأعلنت الشركة صفقتي استحواذ.", []),
    ("وقال: «هذا أقصى ما في طاقتي على الأقل».", []),
    # a duration bounded after it
    ("وتصرف التعويضات خلال 30 يوماً كحد أقصى من تقديم الطلب.", [("30 يوماً كحد أقصى", 30.0, "up_to")]),
    ("واستمرت المفاوضات ساعتين على الأقل.", [("ساعتين على الأقل", 2.0, "at_least")]),
    ("ويعمل الفريق منذ ثلاث سنوات على الأقل على المشروع.", [("ثلاث سنوات على الأقل", 3.0, "at_least")]),
    # near misses: no bound; a bound after a comma qualifies the clause
    ("وتصرف التعويضات خلال 30 يوماً من تقديم الطلب.", []),
    ("وتوقف العمل 3 أيام، على الأقل في المصانع الكبرى.", []),
    # a grade out of a scale
    ("وحصل الطالب على 18,5 درجة من 20.", [("18,5 درجة", 18.5, "exact")]),
    ("ونالت الدراسة 87 نقطة من 100 في التقييم.", [("87 نقطة", 87.0, "exact")]),
    # near misses: points from matches; a level moved from; a counted scale
    ("وجمع الفريق 41 نقطة من 18 مباراة.", [("41 نقطة", 41.0, "exact"), ("18 مباراة", 18.0, "exact")]),
    ("وارتفع المؤشر 50 نقطة من 1200 نقطة.", [("50 نقطة", 50.0, "exact"), ("1200 نقطة", 1200.0, "exact")]),
    ("وحصل على 95 درجة من 100 درجة.", [("95 درجة", 95.0, "exact"), ("100 درجة", 100.0, "exact")]),
    # a race named by its distance
    ("وتوج العداء بلقب سباق 10 كيلومترات للرجال.", []),
    ("وشارك 500 عداء في ماراثون 21 كلم وسباق 5 كيلومترات للناشئين.", [("500 عداء", 500.0, "exact")]),
    # near misses: a distance run; a race's distance told with مسافة; a count after a race noun
    ("وقطع العداؤون 10 كيلومترات في شوارع المدينة.", [("10 كيلومترات", 10.0, "exact")]),
    ("وأقيم السباق لمسافة 42 كيلومتراً.", [("42 كيلومتراً", 42.0, "exact")]),
    ("وشارك في السباق 3 سيارات من الفريق.", [("3 سيارات", 3.0, "exact")]),
]


@table("text,expected", QUANTITY_CASES)
def test_round32_quantities(text, expected):
    assert quantities_found(text) == expected
