"""Round-39 quantity, claimant and speaker rules, on invented sentences of other topics, with near misses.

- "لم تعد تقل عن 40 ألف ليرة": after لم the jussive of عاد ("no longer") or of كان ("was") carries the negation on
  to the comparing verb after it, which turns around as after a bare negation: no longer under = at least,
  no longer over = up to, no longer reaching = less than. "لا تزال تقل عن" ("still under") is no negation.
- "يحتاج معظمهم إلى وحدتي دم شهرياً": a feminine dual in construct (-تي, its ن dropped) with the indefinite noun it
  governs, before a rate adverb, counts two, as "رحلتين أسبوعياً" does. -تي is also "my" (سيارتي), so a definite
  word, an accusative in ا, a multiplier or a duration after it is no governed noun ("أغسل سيارتي مرتين أسبوعياً").
- "ويطالب الأهالي بمشروع، وكانت الوزارة قد أعلنت عن رصد 12 مليون دينار": a كان … قد clause after a comma has its
  own subject, which states the figures after it, whoever the sentence's speaker is. A كان … قد clause that opens
  the sentence still gives the sentence's speaker.
- "وهي تعديلات قال وزير المالية حينها إنها ستعفي …": a speech clause describing an indefinite noun keeps its
  subject as the speaker when a time adverb (حينها، آنذاك، يومها، وقتها) stands between the subject and إن.
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, quantities_found, table

# A negation before عاد/كان reaches the comparing verb after it. (text, [(expression, value, qualifier)])
NEGATED_AUXILIARY_CASES = [
    ("وقال صاحب المطعم إن كلفة الوجبة لم تعد تقل عن 15 ديناراً.",
     [("لم تعد تقل عن 15 ديناراً", 15.0, "at_least")]),
    ("ويشكو السائقون من أن رحلاتهم لم تعد تتجاوز 3 رحلات يومياً.", [("لم تعد تتجاوز 3 رحلات", 3.0, "up_to")]),
    ("وأكد مدير الفندق أن نسبة الإشغال لم تعد تزيد على 40%.", [("لم تعد تزيد على 40%", 40.0, "up_to")]),
    ("وقال المزارع إن حصته من مياه الري لم تعد تصل إلى 10 لترات.",
     [("لم تعد تصل إلى 10 لترات", 10.0, "less_than")]),
    ("ولم يكن يتجاوز عدد الطلاب 200 طالب.", [("200 طالب", 200.0, "up_to")]),
    # near misses: "still" (لا تزال، ما زالت) is no negation; لم تعد before the figure itself compares nothing
    ("وقال التاجر إن الأسعار لا تزال تقل عن 40 ديناراً.", [("تقل عن 40 ديناراً", 40.0, "less_than")]),
    ("وما زالت كلفة النقل تقل عن 15 ديناراً.", [("تقل عن 15 ديناراً", 15.0, "less_than")]),
    ("وقال إن الكلفة لم تعد 15 ديناراً بل 20.", [("15 ديناراً", 15.0, "exact"), ("20", 20.0, "exact")]),
]


@table("text,expected", NEGATED_AUXILIARY_CASES)
def test_negation_through_an_auxiliary(text, expected):
    assert quantities_found(text) == expected


# A feminine dual in construct with its indefinite genitive, before a rate adverb, counts two.
CONSTRUCT_DUAL_RATE_CASES = [
    ("ويتلقى كل طفل جرعتي لقاح سنوياً في المدارس.", [("جرعتي لقاح سنوياً", 2.0, "exact")]),
    ("وتسيّر الشركة رحلتي طيران أسبوعياً إلى الجزيرة.", [("رحلتي طيران أسبوعياً", 2.0, "exact")]),
    ("ويحصل كل لاجئ على سلتي غذاء شهرياً.", [("سلتي غذاء شهرياً", 2.0, "exact")]),
    # the و of وحدتي is the word's own, not a conjunction left out of the span
    ("ويحتاج المريض وحدتي دم على الأقل.", [("وحدتي دم على الأقل", 2.0, "at_least")]),
    # near misses: "my …" before a multiplier, a definite adjective, an adverb; a dual after بين
    ("وقال السائق: أغسل سيارتي مرتين أسبوعياً.", []),
    ("وقالت: أزور عائلتي الكبيرة شهرياً.", []),
    ("وقال: أقود سيارتي صباحاً يومياً.", []),
    ("وتقطع الحافلة المسافة بين مدينتي الساحل يومياً.", []),
    # after في the -تي word is where, "my …": "in my clinic", "in my workshop"
    ("وقال الطبيب: أستقبل في عيادتي مرضى يومياً من كل المحافظات.", []),
    ("وقال: أعمل في ورشتي ساعات يومياً.", []),
    ("ويتبرع بوحدتي دم شهرياً منذ عشر سنوات.", [("بوحدتي دم شهرياً", 2.0, "exact")]),
]


@table("text,expected", CONSTRUCT_DUAL_RATE_CASES)
def test_construct_dual_before_a_rate(text, expected):
    assert quantities_found(text) == expected


# A كان … قد clause after a comma states its own figures. (text, figure, claimant)
KANA_CLAUSE_AFTER_COMMA = [
    ("ويطالب الأولياء بترميم المدرسة، وكان المجلس البلدي قد كشف عن رصد 450 ألف دينار للأشغال.",
     "450", "المجلس البلدي"),
    ("وقال رئيس الجمعية إن الأشغال متوقفة، وكانت الوزارة قد أعلنت عن تخصيص 5 ملايين دينار للمشروع.",
     "5", "الوزارة"),
    ("ويحتج الصيادون على غلاء الوقود، وكانت النقابة قد أكدت أن 300 مركب متوقفة عن العمل.", "300", "النقابة"),
    # near misses: the كان … قد clause opens the sentence; a later clause with no كان keeps the speaker
    ("وكانت وزارة الصحة قد أعلنت عن تخصيص 12 مليون دينار للمستشفى.", "12", "وزارة الصحة"),
    ("ويطالب أهالي القرية بطريق جديدة، وقالوا إن 40 عائلة معزولة.", "40", "أهالي القرية"),
]


@table("text, figure, expected", KANA_CLAUSE_AFTER_COMMA)
def test_kana_clause_after_a_comma(text: str, figure: str, expected: str) -> None:
    assert claimants(text, figure) == [expected]


# A speech clause describing an indefinite noun, a time adverb before إن. (text, speaker)
DESCRIBED_NOUN_THEN_ADVERB = [
    ("ويأتي القرار بعد نحو عام من خطة للنقل، وهي خطة قال مهندسون حينها إنها تحتاج 4 سنوات.", "مهندسون"),
    ("وتعود الأزمة إلى اتفاقية مع الصندوق، وهي اتفاقية قالت الوزيرة وقتها إنها توفر 3 آلاف وظيفة.", "الوزيرة"),
    ("وبدأ العمل ببرنامج للمنح، وهو برنامج قال رئيس الجامعة آنذاك إنه سيشمل 500 طالب.", "رئيس الجامعة"),
    ("وقال وزير النقل آنذاك إن الخط سينقل 20 ألف راكب.", "وزير النقل"),
    # near misses: no إن after the adverb; no subject between the verb and the adverb
    ("وبدأ العمل ببرنامج للمنح، وهو برنامج قال رئيس الجامعة حينها عنه الكثير.", None),
    ("وبدأ العمل ببرنامج للمنح، وهو برنامج قال حينها إنه سيشمل 500 طالب.", None),
]


@table("text, expected", DESCRIBED_NOUN_THEN_ADVERB)
def test_described_noun_speaker_before_an_adverb(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected
