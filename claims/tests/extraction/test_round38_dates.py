"""Round-38 date rules, one table each (see the comment above it).

Invented sentences of other topics.
"""
from __future__ import annotations

from .helpers import dates_found, table

# "في نهاية الأسبوع" with a verb in the present (before it, its subject between or not, or opening the clause after
# it) tells a habit, at weekends: no week. A named week, a past verb, a verb of scheduling, a future or a forecast
# of the weather keep the week.
WEEKENDS_CASES = [
    ("وقال رئيس الاتحاد إن «الملاعب البلدية تستقبل في نهاية الأسبوع ما بين 300 و500 لاعب هاو».", "2025-06-18", []),
    ("وتكتظ الأسواق الشعبية في نهاية الأسبوع بالمتسوقين القادمين من القرى.", "2025-06-18", []),
    ("وفي نهاية الأسبوع تمتلئ الحدائق العامة بالعائلات.", "2025-06-18", []),
    ("ويرتفع الطلب على الخبز في نهاية الأسبوع بنحو 30 بالمئة.", "2025-06-18", []),
    # near misses: a week named; a past verb; scheduling, a forecast, the future; the weather; حتى
    ("وتستقبل المكتبة في نهاية الأسبوع الجاري معرضاً للكتاب.", "2025-06-18",
     [("نهاية الأسبوع الجاري", "2025-W25")]),
    ("وتكتظ الأسواق في نهاية الأسبوع المقبل بالمتسوقين.", "2025-06-18", [("نهاية الأسبوع المقبل", "2025-W26")]),
    ("ووصل الوفد الوزاري في نهاية الأسبوع إلى العاصمة.", "2025-06-18", [("نهاية الأسبوع", "2025-W25")]),
    ("وبدأ تسجيل المرشحين في نهاية الأسبوع.", "2025-06-18", [("نهاية الأسبوع", "2025-W25")]),
    ("ويصل وزير الخارجية إلى الرباط في نهاية الأسبوع.", "2025-06-18", [("نهاية الأسبوع", "2025-W25")]),
    ("ومن المتوقع أن تصل الشحنة إلى الميناء في نهاية الأسبوع.", "2025-06-18", [("نهاية الأسبوع", "2025-W25")]),
    ("وقال الوزير إن المجلس سيناقش الملف في نهاية الأسبوع.", "2025-06-18", [("نهاية الأسبوع", "2025-W25")]),
    ("وترتفع درجات الحرارة في نهاية الأسبوع إلى 40 درجة.", "2025-06-18", [("نهاية الأسبوع", "2025-W25")]),
    ("وتتواصل أشغال الصيانة حتى نهاية الأسبوع.", "2025-06-18", [("نهاية الأسبوع", "2025-W25")]),
]


@table("text,published,expected", WEEKENDS_CASES)
def test_weekends_in_general_are_no_week(text, published, expected):
    assert dates_found(text, published) == expected


# "اليوم" between the subject that opens a clause (a definite noun, with its adjective or not) and a verb in the
# present is nowadays, when the subject is a kind of person or the words are quoted. A verb before "اليوم", a verb
# of news or of scheduling after it, a future or a past verb after it keep the publication day.
GENERIC_NOW_CASES = [
    ("وقال رئيس النقابة: «الصياد اليوم يشتري الوقود بضعف ثمنه».", "2025-05-10", []),
    ("المواطن اليوم لا يجد الدواء في الصيدليات الحكومية.", "2025-05-10", []),
    ("وأضاف أن المستهلك اليوم يبحث عن الأرخص قبل الأجود.", "2025-05-10", []),
    ("وقالت المديرة: «المدرسة الريفية اليوم تعاني من نقص المعلمين».", "2025-05-10", []),
    # near misses: a verb before اليوم; a verb of news or of scheduling after it; a future; a past verb; not quoted
    ("وقال الوزير اليوم إن الحكومة ستدعم الصيادين.", "2025-05-10", [("اليوم", "2025-05-10")]),
    ("وأعلنت الوزارة اليوم إطلاق حملة للتلقيح.", "2025-05-10", [("اليوم", "2025-05-10")]),
    ("وقال المتحدث: «الوزارة اليوم تطلق حملة للتلقيح».", "2025-05-10", [("اليوم", "2025-05-10")]),
    ("وقال النائب: «المجلس اليوم يناقش مشروع الميزانية».", "2025-05-10", [("اليوم", "2025-05-10")]),
    ("وقال إن المزارع اليوم سيحصل على الدعم.", "2025-05-10", [("اليوم", "2025-05-10")]),
    ("المزارعون اليوم أعلنوا الإضراب عن التسليم.", "2025-05-10", [("اليوم", "2025-05-10")]),
    ("الحكومة اليوم تواجه أزمة في البرلمان.", "2025-05-10", [("اليوم", "2025-05-10")]),
]


@table("text,published,expected", GENERIC_NOW_CASES)
def test_today_between_a_generic_subject_and_its_verb_is_nowadays(text, published, expected):
    assert dates_found(text, published) == expected
