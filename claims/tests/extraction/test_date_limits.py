"""Date reader limits: اليوم before إلى، لم/لن with the imperfect, the verb لامس.

"اليوم" followed by a definite word is "the day …" (اليوم التالي، اليوم الوطني), but the preposition إلى (folded
to الي, also with a pronoun: إليه، إليهم) only looks like one, so "وصل الوفد اليوم إلى العاصمة" is today.
لم with the imperfect is a past ("لم تصل الشحنة في فبراير" is last February), also after a future word; لن with the
imperfect is a future ("لن تصل الشحنة في فبراير" is the coming February).
"لامس" is the verb "touched", not ل + أمس: yesterday takes no ل (بالأمس، وأمس).

Invented sentences of other topics, with near misses that must not change.
"""
from __future__ import annotations

from .helpers import dates_found, table

PUB = "2025-10-08"  # a Wednesday
YESTERDAY = "2025-10-07"

TODAY_BEFORE_ILA_CASES = [
    ("ووصل الوفد اليوم إلى العاصمة لبحث الاتفاق.", [("اليوم", PUB)]),
    ("وتوجه الرئيس اليوم الى الرياض في زيارة رسمية.", [("اليوم", PUB)]),
    ("وتحدث الوزير اليوم إليهم عن خطة الإصلاح.", [("اليوم", PUB)]),
    ("وارتفع المؤشر في تعاملات اليوم إلى 12 ألف نقطة.", [("اليوم", PUB)]),
    # near misses: a definite word after اليوم; اليوم after حتى
    ("وفي اليوم التالي عاد الوفد إلى العاصمة.", []),
    ("وتحتفل المدارس بمناسبة اليوم الوطني.", []),
    ("وصل الوفد في اليوم الذي أعلنت فيه الهدنة.", []),
    ("وظل الملف مفتوحاً حتى اليوم إلى أن تدخلت المحكمة.", []),
]


@table("text,expected", TODAY_BEFORE_ILA_CASES)
def test_today_before_ila(text, expected):
    assert dates_found(text, PUB) == expected


NEGATED_VERB_CASES = [
    ("لم تصل الشحنة في فبراير.", [("فبراير", "2025-02")]),
    ("وقال إن الاجتماع لم يعقد في مارس كما كان مقرراً.", [("مارس", "2025-03")]),
    ("ولم يشارك اللاعب في أي مباراة خلال يناير بسبب الإصابة.", [("يناير", "2025-01")]),
    # after a future word, لم + imperfect governs the month as a perfective verb does
    ("سيناقش المجلس الشحنة التي لم تصل في فبراير.", [("فبراير", "2025-02")]),
    # لن + imperfect looks ahead, whatever the verb
    ("لن تصل الشحنة في فبراير بسبب الإضراب.", [("فبراير", "2026-02")]),
    ("وأكد أن الفريق لن يتمكن من اللعب في مارس.", [("مارس", "2026-03")]),
    # near misses: the bare imperfect and a condition still look ahead; a perfective verb stays past
    ("تصل الشحنة في فبراير.", [("فبراير", "2026-02")]),
    ("سيناقش المجلس الشحنة في فبراير.", [("فبراير", "2026-02")]),
    ("إذا لم تصل الشحنة قبل فبراير، فستتوقف المصانع.", [("فبراير", "2026-02")]),
    ("وقالت الشركة إن الشحنة وصلت في فبراير.", [("فبراير", "2025-02")]),
]


@table("text,expected", NEGATED_VERB_CASES)
def test_negated_imperfect_sets_tense(text, expected):
    assert dates_found(text, PUB) == expected


TOUCHED_CASES = [
    ("وصعد السعر بعد أن لامس مستوى قياسياً.", []),
    ("ولامس المؤشر أعلى مستوياته منذ عامين.", []),
    # near misses: yesterday with و، بال، a time of day, after the feminine لامست
    ("وصعد السعر أمس بعد موجة شراء.", [("أمس", YESTERDAY)]),
    ("وصعد السعر بالأمس بعد موجة شراء.", [("الأمس", YESTERDAY)]),
    ("وتراجع السعر مساء أمس.", [("مساء أمس", YESTERDAY)]),
    ("لامست الأسعار الذروة أمس.", [("أمس", YESTERDAY)]),
]


@table("text,expected", TOUCHED_CASES)
def test_lamasa_is_no_yesterday(text, expected):
    assert dates_found(text, PUB) == expected
