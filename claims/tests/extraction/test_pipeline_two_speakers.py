"""A sentence two speakers share ("X أعلن …، فيما قال Y …") becomes one claim per speaker's clause.

Invented sentences on other topics; near misses (one speaker, a quoted "فيما قال", a verb that records,
a passive verb) must keep one claim for the sentence.
"""
from __future__ import annotations

import pytest

from claims.extraction.pipeline import extract_claims

SPLITS = [
    # a later clause opened by فيما + a speech verb with its own subject
    ("وأعلنت وزارة الصحة تسجيل 120 إصابة جديدة، فيما قال مدير مستشفى الأمل إن المستشفى استقبل 40 حالة.",
     [("وزارة الصحة", "وأعلنت وزارة الصحة"), ("مدير مستشفى الأمل", "فيما قال مدير")]),
    # في حين, no figure in the first clause
    ("وقال رئيس بلدية المدينة سالم العتيبي إن الأشغال ستنتهي قريبا، في حين أكدت شركة المقاولات أن الأمطار "
     "أخرت العمل 3 أسابيع.",
     [("رئيس بلدية المدينة سالم العتيبي", "وقال رئيس"), ("شركة المقاولات", "في حين أكدت")]),
    # subject first after لكن
    ("وكانت وزارة الزراعة قد أعلنت توزيع 500 طن من البذور، لكن مصدراً في نقابة المزارعين أكد أن الكمية لم تصل.",
     [("وزارة الزراعة", "وكانت وزارة"), ("مصدر في نقابة المزارعين", "لكن مصدراً")]),
    # a while-clause before the main speaker's
    ("وبينما يرى الخبير الاقتصادي كريم منصور أن الأسعار سترتفع بنسبة 5%، تقول وزارة التجارة إن المخزون يكفي "
     "لستة أشهر.",
     [("الخبير الاقتصادي كريم منصور", "وبينما يرى"), ("وزارة التجارة", "تقول وزارة")]),
    # a source phrase opens the first clause, a speech verb the second
    ("وبحسب بيان لوزارة النقل، تقرر إغلاق الطريق السريع يوم الجمعة المقبل، فيما دعت الشرطة السائقين إلى "
     "استخدام طرق بديلة.",
     [("وزارة النقل", "وبحسب بيان"), ("الشرطة", "فيما دعت")]),
]

ONE_CLAIM = [
    # فيما joins two acts of one subject: no second speaker
    ("وأعلنت وزارة الصحة تسجيل 120 إصابة جديدة، فيما أكدت أن الوضع تحت السيطرة.", "وزارة الصحة"),
    # the same speaker again, by its title
    ("وقال وزير المالية خالد الراشد إن العجز بلغ 4%، فيما أكد الوزير أن الإصلاحات مستمرة.",
     "وزير المالية خالد الراشد"),
    # "فيما قال" inside a quotation
    ("وقال المدرب يوسف الهاشمي: «لعبنا جيدا في 3 مباريات، فيما قال مدير النادي إننا سنخسر»، مضيفا أن الفريق جاهز.",
     "المدرب يوسف الهاشمي"),
    # a clause with no speaker of its own before the speaker's: the sentence is the source's
    ("وكانت البلدية قد خصصت 3 ملايين دينار لإصلاح الطرق، لكن مصدراً في المجلس البلدي أكد أن المبلغ لم يصرف.",
     "مصدر في المجلس البلدي"),
    # a verb that records, not a speaker's
    ("وأعلن البنك المركزي خفض الفائدة، فيما سجلت البورصة ارتفاعا بنسبة 2%.", "البنك المركزي"),
    # a passive verb whose subject is results
    ("وقال مدير الامتحانات إن التصحيح ينتهي بعد 10 أيام، فيما تعلن نتائج الدورة الثانية في أغسطس.",
     "مدير الامتحانات"),
]


@pytest.mark.parametrize("body, expected", SPLITS)
def test_two_speakers_split_the_sentence(body, expected):
    claims = extract_claims(body)
    assert [(c.speaker.speaker if c.speaker else None, c.text[:len(opening)]) for c, (_, opening)
            in zip(claims, expected)] == expected
    assert len(claims) == len(expected)
    for claim in claims:
        assert body[claim.start:claim.end] == claim.text  # spans highlight the article
        assert all(claim.start <= m.start < claim.end for m in claim.dates + claim.quantities)
        assert len(claim.claimants) == len(claim.quantities)
    assert claims[0].start == 0 and claims[-1].end == len(body)


@pytest.mark.parametrize("body, speaker", ONE_CLAIM)
def test_one_speaker_keeps_one_claim(body, speaker):
    claims = extract_claims(body)
    assert [(c.speaker.speaker if c.speaker else None, c.start, c.end) for c in claims] == [(speaker, 0, len(body))]


def test_figures_go_with_their_clause():
    body = "وأعلنت وزارة الصحة تسجيل 120 إصابة جديدة، فيما قال مدير مستشفى الأمل إن المستشفى استقبل 40 حالة."
    first, second = extract_claims(body)
    assert [q.value for q in first.quantities] == [120] and [q.value for q in second.quantities] == [40]
    assert second.claimants[0].speaker == "مدير مستشفى الأمل"


def test_a_second_speaker_is_linked_to_their_name_variants():
    # The clause's speaker spoke before by full name; later only by title and name, in a shared sentence.
    body = ("وقال وزير الزراعة خالد المنصوري إن الموسم جيد.\n"
            "وأعلنت الهيئة تسجيل 40 ألف طن، فيما قال الوزير خالد المنصوري إن الإنتاج سيرتفع.")
    second = [c for c in extract_claims(body) if c.speaker and c.speaker.speaker == "الوزير خالد المنصوري"]
    assert [c.speaker.canonical for c in second] == ["خالد المنصوري"]
