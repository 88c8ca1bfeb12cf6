"""Table-driven cases for round 40's speakers and quantities: a report "صدر … عن" a body, a speaker named by two
coordinated titles, and the dual of تريليون.

Written by hand in the shapes of other outlets and topics; each table has cases that must not change.
"""
from __future__ import annotations

from .helpers import clause_speakers, quantities_found, table

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
