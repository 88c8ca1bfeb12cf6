"""Which year a bare month or day-and-month falls in when the sentence mixes the tenses.

- A past participle of a finished act right before the date (الصادر، المنشور، الموقع في) dates a document or a deed
  already done: past, whatever the sentence foretells ("يتوقع البنك في تقريره الصادر في مارس أن …").
- A relative clause opened on a perfective verb (الذي أقرّه، التي وضعتها) tells a past act of its own: a future word
  earlier in the sentence ("يبحث المجلس الأسبوع المقبل الشكوى التي رفعتها النقابة في الثالث من آذار") does not move it.
- A deadline (مهلة أقصاها، موعد أقصاه، بحد أقصى، مهلة حتى) looks ahead, a few months at most.

Invented sentences of other topics, published on 20 August 2025.
"""
from __future__ import annotations

from .helpers import dates_found, table

PUBLISHED = "2025-08-20"

PARTICIPLE_CASES = [
    ("ويتوقع البنك الدولي، في تقريره الصادر في يونيو، أن يتباطأ النمو.", [("يونيو", "2025-06")]),
    ("وتتوقع الوكالة في نشرتها المنشورة في 12 يوليو أن تتراجع الأسعار.", [("12 يوليو", "2025-07-12")]),
    ("وسيبحث الطرفان تطبيق الاتفاق الموقع في 3 مايو.", [("3 مايو", "2025-05-03")]),
    ("ومن المتوقع أن يعتمد البرلمان البرنامج المعلن مطلع أبريل.", [("مطلع أبريل", "2025-04")]),
    # must not change: a forecast with no participle, a participle that may look ahead, a month already past
    ("ويتوقع البنك الدولي أن يتباطأ النمو في يونيو.", [("يونيو", "2026-06")]),
    ("وسيحضر الوزير المؤتمر المنعقد في 3 مايو.", [("3 مايو", "2026-05-03")]),
    ("ونشرت الوكالة تقريرها في 12 يوليو.", [("12 يوليو", "2025-07-12")]),
    ("ويتوقع الاتحاد أن ترتفع الصادرات في فبراير.", [("فبراير", "2026-02")]),
]

RELATIVE_CLAUSE_CASES = [
    ("ويبحث المجلس الأسبوع المقبل الشكوى التي رفعتها النقابة في الثالث من آذار.",
     [("الأسبوع المقبل", "2025-W35"), ("الثالث من آذار", "2025-03-03")]),
    ("وسيناقش النواب مشروع القانون الذي قدمته الوزارة في 9 أبريل.", [("9 أبريل", "2025-04-09")]),
    ("ويعتزم المجلس مراجعة الاتفاقية التي وقعتها الحكومة في مايو.", [("مايو", "2025-05")]),
    # must not change: a relative clause in the imperfect or the future, or a future word after the past verb
    ("وسيناقش النواب مشروع القانون الذي تدرسه اللجنة في 9 أبريل.", [("9 أبريل", "2026-04-09")]),
    ("ويعتزم المجلس مراجعة الاتفاقية التي ستوقعها الحكومة في مايو.", [("مايو", "2026-05")]),
    ("أعلنت الوزارة التي أطلقت البرنامج أنها ستفتح باب التسجيل في 9 أبريل.", [("9 أبريل", "2026-04-09")]),
]

DEADLINE_CASES = [
    ("وطالبت النقابة الشركة بدفع المستحقات خلال مهلة أقصاها 30 سبتمبر.", [("30 سبتمبر", "2025-09-30")]),
    ("ومنحت البلدية أصحاب المحال مهلة حتى نهاية أكتوبر لتسوية أوضاعهم.", [("نهاية أكتوبر", "2025-10")]),
    ("على أن تُسلَّم الملفات في أجل أقصاه 15 نوفمبر.", [("15 نوفمبر", "2025-11-15")]),
    ("ودعت الهيئة إلى إنجاز الأشغال بحد أقصى 15 ديسمبر.", [("15 ديسمبر", "2025-12-15")]),
    # must not change: a deadline long gone, a plain month after حتى, a date after no deadline
    ("وانتهت المهلة الممنوحة للشركات في 30 أبريل.", [("30 أبريل", "2025-04-30")]),
    ("واستمرت الأشغال حتى سبتمبر.", [("سبتمبر", "2024-09")]),
    ("وطالبت النقابة الشركة بدفع المستحقات المتأخرة منذ 30 سبتمبر.", [("30 سبتمبر", "2024-09-30")]),
]


@table("text,expected", PARTICIPLE_CASES)
def test_a_past_participle_anchors_the_date_in_the_past(text, expected):
    assert dates_found(text, PUBLISHED) == expected


@table("text,expected", RELATIVE_CLAUSE_CASES)
def test_a_perfective_relative_clause_keeps_its_date_past(text, expected):
    assert dates_found(text, PUBLISHED) == expected


@table("text,expected", DEADLINE_CASES)
def test_a_deadline_looks_ahead(text, expected):
    assert dates_found(text, PUBLISHED) == expected
