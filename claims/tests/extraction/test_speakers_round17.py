"""Round-17 speaker and claimant rules, on invented sentences of other topics, with cases that must not change."""
from __future__ import annotations

import pytest

from .helpers import claimants, last_speaker

# (text, speaker of the last sentence or None)
SPEAKERS = [
    # "بحسب ما نقلته X": a relaying verb with its object pronoun, as "بحسب ما ذكرته X".
    ("وستنطلق المرحلة الثانية من الحملة الشهر المقبل، بحسب ما نقلته وكالة \"سبوتنيك\" عن مصدر مطلع.",
     "وكالة \"سبوتنيك\""),
    ("ويصل الفريق غدا، بحسب ما نقله موقع \"كووورة\".", "موقع \"كووورة\""),
    ("ونقلته سيارة إسعاف إلى المستشفى.", None),  # a transported patient: no source phrase
    # A staff or headquarters that speaks as a body: "مقر X"؛ a place only after a preposition.
    ("وأكد مقر العمليات المشتركة أن الطريق أعيد فتحه.", "مقر العمليات المشتركة"),
    ("وعقد الوزير اجتماعا في مقر الوزارة أمس.", None),
    # A genitive after "لشؤون" is in construct with it: the body's name runs on.
    ("وقالت الهيئة العامة لشؤون أسر الشهداء إن صرف المستحقات بدأ.", "الهيئة العامة لشؤون أسر الشهداء"),
    # Data of a bulletin a body issued, with a time phrase (and its Hijri date) before أن.
    ("أظهرت بيانات نشرة التجارة الخارجية التي أصدرها البنك المركزي يوم الأحد الموافق 3 رجب 1447هـ أن "
     "الصادرات ارتفعت.", "البنك المركزي"),
    ("أظهرت بيانات مسح الأسر الذي نفذه المعهد الأسبوع الماضي أن البطالة تراجعت.", "المعهد"),
    # "وبحسب النشرة،" alone: the bulletin named before, so the body that issued it.
    ("أظهرت بيانات نشرة السياحة التي أصدرتها الهيئة أن الزوار زادوا. وبحسب النشرة، بلغت الإيرادات 3 ملايين دينار.",
     "الهيئة"),
    # near misses: a rule or a timetable after بحسب is no source
    ("وبحسب القرار، تبدأ العطلة يوم الأحد.", None),
    ("وبحسب الجدول، تنطلق الرحلة صباحا.", None),
]


@pytest.mark.parametrize("text, expected", SPEAKERS)
def test_speakers_round17(text, expected):
    assert last_speaker(text) == expected


# (text, figure, claimant of the figure)
CLAIMANTS = [
    # A source phrase that opens the sentence opens the report: the next sentence's stated figures go on with it.
    ("أظهرت بيانات نشرة السياحة التي أصدرتها الهيئة أن الزوار زادوا. وبحسب النشرة، بلغت الإيرادات 3 ملايين "
     "دينار. وفي المقابل، بلغ الإنفاق نحو مليوني دينار.", "مليوني", "الهيئة"),
    # near misses: a source phrase that closes its sentence does not carry; nor does a sentence with no stating verb
    ("ارتفع عدد الزوار. وبلغت الإيرادات 3 ملايين دينار، بحسب الهيئة. وبلغ الإنفاق نحو مليوني دينار.",
     "مليوني", None),
    ("أظهرت بيانات نشرة السياحة التي أصدرتها الهيئة أن الزوار زادوا. وبحسب النشرة، بلغت الإيرادات 3 ملايين "
     "دينار. وتراجع الدولار نحو 2% أمام اليورو.", "2%", None),
    # "إعلان/كشف X عن …": the body that announced states the figures told after عن.
    ("وارتفع سهم المصرف 6% بعد إعلان المصرف أمس عن زيادة أرباحه بنسبة 22%.", "22%", "المصرف"),
    ("وتراجعت أسعار الأرز بعد كشف الوزارة عن مخزون يبلغ 80 ألف طن.", "80 ألف", "الوزارة"),
    # near misses: an announcement with no one named, and the move the writer reports
    ("وتراجعت الأسعار بعد الإعلان عن مخزون يبلغ 80 ألف طن.", "80 ألف", None),
    ("وعرضت القناة إعلان الشركة عن 300 شقة للبيع.", "300", None),  # an advertisement, not a time of an event
    ("وارتفع سهم المصرف 6% بعد إعلان المصرف أمس عن زيادة أرباحه بنسبة 22%.", "6%", None),
]


@pytest.mark.parametrize("text, figure, expected", CLAIMANTS)
def test_claimants_round17(text, figure, expected):
    assert claimants(text, figure) == [expected]
