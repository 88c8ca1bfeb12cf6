"""Table-driven cases for round 40's speakers and quantities: a report "صدر … عن" a body, a speaker named by two
coordinated titles, and the dual of تريليون.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import claimants, clause_speakers, quantities_found, table

# A report that "صدر" (was issued), a few words of time, then "عن" and the body that issued it: the body speaks.
ISSUED_REPORT = [  # (text, speakers)
    ("ويقول تقرير صدر مطلع الشهر الجاري عن معهد تشاتام هاوس إن التضخم تراجع إلى 10 بالمئة.", ["معهد تشاتام هاوس"]),
    ("وقال تقرير صدر أمس عن البنك الدولي إن 30 مليون شخص يعيشون تحت خط الفقر.", ["البنك الدولي"]),
    ("وأشارت دراسة صدرت في يونيو الماضي عن جامعة بيرزيت إلى أن 40% من الخريجين عاطلون عن العمل.", ["جامعة بيرزيت"]),
    ("وبحسب تقرير صدر الأحد عن منظمة الصحة العالمية، أصيب 300 شخص بالكوليرا.", ["منظمة الصحة العالمية"]),
    # near misses: the participle, as before; a report with no issuer named keeps no body
    ("ويقول تقرير صادر عن البنك الدولي إن 30 مليون شخص يعيشون تحت خط الفقر.", ["البنك الدولي"]),
    ("وحذر تقرير صدر حديثاً من أن 30% من الغابات مهددة بالجفاف.", ["تقرير"]),
]


@table("text, speakers", ISSUED_REPORT)
def test_a_report_issued_by_a_body_speaks_for_it(text: str, speakers: list[str]) -> None:
    assert clause_speakers(text) == speakers


# Two titles of one person, the first an adjective-shaped noun ("الجامعية" an academic): both are the title.
COORDINATED_TITLES = [  # (text, speakers)
    ("واعتبرت الجامعية والباحثة في التخطيط العمراني، سلوى بن يوسف، أن 40% من الأسر بلا سكن لائق.",
     ["الجامعية والباحثة في التخطيط العمراني، سلوى بن يوسف"]),
    ("وقالت الجامعية والباحثة سلوى بن يوسف إن 40% من الأسر بلا سكن لائق.", ["الجامعية والباحثة سلوى بن يوسف"]),
    ("وقال الحقوقي والمحامي كريم التونسي إن 12 موقوفاً أفرج عنهم.", ["الحقوقي والمحامي كريم التونسي"]),
    # near misses: titles that were read already; two bodies stay two bodies
    ("وقال الإعلامي والكاتب محمد الصغير إن 40% من الأسر بلا سكن لائق.", ["الإعلامي والكاتب محمد الصغير"]),
    ("وأعلنت الحكومة التونسية والوزارة أن 40% من الأسر بلا سكن لائق.", ["الحكومة التونسية والوزارة"]),
]


@table("text, speakers", COORDINATED_TITLES)
def test_two_coordinated_titles_name_one_speaker(text: str, speakers: list[str]) -> None:
    assert clause_speakers(text) == speakers


TRILLION_DUALS = [  # (text, expected)
    ("وبلغت التكلفة قرابة تريليوني وون.", [("قرابة تريليوني وون", 2e12, "approx")]),
    ("وتجاوز الدين العام تريليونين من الدولارات.", [("تريليونين من الدولارات", 2e12, "exact")]),
    ("وبلغت الأصول ترليوني ريال.", [("ترليوني ريال", 2e12, "exact")]),
    # must not change: the other duals and the plural
    ("وتبلغ قيمة الصفقة ملياري يورو.", [("ملياري يورو", 2e9, "exact")]),
    ("ويبلغ حجم الاقتصاد 3 تريليونات دولار.", [("3 تريليونات دولار", 3e12, "exact")]),
]


@table("text, expected", TRILLION_DUALS)
def test_the_dual_of_a_trillion_counts_two(text: str, expected: list) -> None:
    assert quantities_found(text) == expected


# A body that acts on its own flights, stock, money or registers counts what it acts on: it claims the figures.
ACTING_BODY = [  # (text, figure, claimants)
    ('شركة "إيتا إيرويز" الإيطالية ألغت 12 رحلة بين روما وكاتانيا.', "12", ['شركة "إيتا إيرويز" الإيطالية']),
    ("وألغت شركة طيران الخليج 12 رحلة بسبب العاصفة.", "12", ["شركة طيران الخليج"]),
    ("وتسلمت البلدية 40 حافلة جديدة من المصنع.", "40", ["البلدية"]),
    ("ووزعت الجمعية الخيرية 3 آلاف سلة غذائية على الأسر.", "3", ["الجمعية الخيرية"]),
    ("وكانت الهيئة قد أغلقت باب التسجيل بعد أن تجاوز عدد المتقدمين 19 ألف شخص.", "19", ["الهيئة"]),
    ("وزارة الصحة خصصت 5 ملايين دينار لتوسعة المستشفى.", "5", ["وزارة الصحة"]),
    # near misses: weather and crowds are no bodies; a person in the subject's place before the verb
    ("وأغلقت الأمطار 12 طريقاً في الريف.", "12", [None]),
    ("المواطنون استقبلوا 300 لاجئ في بيوتهم.", "300", [None]),
]


@table("text, figure, expected", ACTING_BODY)
def test_a_body_acting_on_its_own_counts_claims_them(text: str, figure: str, expected: list) -> None:
    assert claimants(text, figure) == expected


ONE_IN_EVERY = [  # (text, expected): "من كل N" is the base of a ratio, not a count
    ("وأصيب واحد من كل عشرة مرضى بالعدوى.", []),
    ("وأصيب شخص من كل خمسة أشخاص بالمرض.", []),
    ("وأصيب واحد من كل 10 أطفال بفقر الدم.", []),
    # must not change: "كل" alone before a count, and "لكل" as before
    ("ويتبرع كل 10 أشخاص بمبلغ صغير.", [("10 أشخاص", 10.0, "exact")]),
    ("وخصص طبيب لكل 500 نسمة.", []),
]


@table("text, expected", ONE_IN_EVERY)
def test_one_in_every_n_is_no_count(text: str, expected: list) -> None:
    assert quantities_found(text) == expected


# A verbal noun of the تفعّل form from a root ending in ي (التخلي، التصدي) after a body's adjectives is the
# verb's object, not one more adjective of the body.
VERBAL_NOUN_IN_YA = [  # (text, speakers)
    ("وأعلن البنك الوطني الإثيوبي التخلي عن نظام الصرف المدار، وقال إن التضخم بلغ 30%.",
     ["البنك الوطني الإثيوبي"]),
    ("وأعلنت الحكومة التونسية التصدي للمضاربة في أسعار 12 مادة أساسية.", ["الحكومة التونسية"]),
    # must not change: adjectives of origin in the same shape
    ("وقال السفير التركي إن 300 شاحنة عبرت المعبر.", ["السفير التركي"]),
]


@table("text, speakers", VERBAL_NOUN_IN_YA)
def test_a_verbal_noun_in_ya_is_no_adjective_of_the_body(text: str, speakers: list[str]) -> None:
    assert clause_speakers(text) == speakers
