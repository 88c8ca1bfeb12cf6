"""Round-28 (second pass) speaker and claimant rules, on invented sentences of other topics, with near misses.

- Inside the clause of a speaker carried by an opening "وأضاف أن", a relative "الذي قال إن" is still that
  speaker's report: the noun before it (a fund, a project) does not become the speaker.
- An opening phrase of place ("في ورشته بحي الميناء،") before a non-speech verb and its named subject: a later
  subject-less "، ويقول:" is that subject's.
- "وهو ما ردّت عليه الإدارة ببيان أكدت فيه أن …": who replies with a statement speaks its own clause.
- "وتُقدَّر السعة الإجمالية بنحو …": an imperfect estimate verb before a thing is passive; the source phrase
  names who estimates.
"""
from __future__ import annotations

from .helpers import claimants, clause_speakers, table

SPEAKERS = [
    # a relative speech verb inside a carried speaker's reported clause
    ("وقال رئيس البلدية سمير الخطيب إن الانتخابات جرت بهدوء. وأضاف أن أولويته إصلاح شبكة الصرف، "
     "التي قال إن كلفتها تبلغ 12 مليون دينار.",
     ["رئيس البلدية سمير الخطيب", "رئيس البلدية سمير الخطيب"]),
    # near miss: a relative clause after a named subject still gives the antecedent
    ("وانتقد النائب فارس العتوم الزعيم المعارض هشام الزين، الذي قال إن الحكومة أنفقت 30 مليون دينار.",
     ["هشام الزين"]),
    # an opening phrase of place, a non-speech verb, then "ويقول:"
    ("في ورشته الصغيرة بحي الميناء القديم، يصلح الحرفي سعيد بلقاسم محركات القوارب، ويقول: «خسرت 40% من زبائني».",
     ["الحرفي سعيد بلقاسم"]),
    # near miss: an inanimate subject after the place phrase names no speaker
    ("في السوق المركزي بالمدينة، ارتفعت الأسعار 20%، ويقول: «لم نعد نشتري اللحم».", [None]),
    # a reply made with a statement
    ("واشتكى رئيس جمعية الحي كمال ناصر من انقطاع المياه، قائلاً إن «الصهاريج لا تصل»، وهو ما ردّت عليه "
     "شركة المياه ببيان أكدت فيه أن 90% من الأحياء تتزود يومياً.",
     ["رئيس جمعية الحي كمال ناصر", "شركة المياه"]),
    # near miss: a reply with a deed says nothing
    ("وتجمع المحتجون أمام البرلمان، وهو ما ردّت عليه الشرطة بإغلاق 3 شوارع.", [None]),
    # a passive estimate and its source phrase
    ("وتُقدّر المساحة المزروعة بنحو 40 ألف هكتار، حسب المديرية الجهوية للفلاحة.",
     ["المديرية الجهوية للفلاحة"]),
]


@table("text, expected", SPEAKERS)
def test_round28b_speakers(text: str, expected: list[str | None]) -> None:
    assert clause_speakers(text) == expected


# (text, figure, claimants of the quantities with that figure)
CLAIMANTS = [
    ("وقال رئيس البلدية سمير الخطيب إن الانتخابات جرت بهدوء. وأضاف أن أولويته إصلاح شبكة الصرف، "
     "التي قال إن كلفتها تبلغ 12 مليون دينار.", "12", ["رئيس البلدية سمير الخطيب"]),
    ("وتُقدّر المساحة المزروعة بنحو 40 ألف هكتار، حسب المديرية الجهوية للفلاحة.", "40",
     ["المديرية الجهوية للفلاحة"]),
    ("ويقدّر الاحتياطي المؤكد بنحو 2 مليار برميل، وفقاً لتقديرات الشركة الوطنية.", "2", ["الشركة الوطنية"]),
    # near misses: a body or people estimate actively
    ("وتقدّر الوزارة الخسائر بنحو 3 ملايين دولار، بحسب الصحيفة.", "3", ["الوزارة"]),
    ("ويقدّر الخبراء الخسائر بنحو 3 ملايين دولار، بحسب الصحيفة.", "3", ["الخبراء"]),
]


@table("text, figure, expected", CLAIMANTS)
def test_round28b_claimants(text: str, figure: str, expected: list[str | None]) -> None:
    assert claimants(text, figure) == expected
