"""An outlet that learned something from its sources passes their word on: the sources speak.

- "وعلمت «الشرق الأوسط» من مصادر مطلعة أن …": the verb علم with the outlet and then من + who told it.
- "…، حسب ما علمته «الصباح» من مصادر قضائية": the same inside a source phrase (حسب/وفق/بحسب ما علم…).
Without من the outlet's own finding stays as it was ("وعلمت «الأخبار» أن …"), and "علم" the flag speaks not.
"""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

# (text, speaker)
LEARNED_FROM = [
    ("وعلمت «الشرق الأوسط» من مصادر مطلعة أن الحكومة ستعلن زيادة الأجور الشهر المقبل.", "مصادر مطلعة"),
    ('وعلم موقع "المدن" من مصدر حكومي أن الجلسة تأجلت إلى الثلاثاء.', "مصدر حكومي"),
    ("وعلمت الصحيفة من وزير المالية أحمد سالم أن العجز تراجع هذا العام.", "وزير المالية أحمد سالم"),
    ('وستنظر المحكمة في القضية الشهر المقبل، حسب ما علمته "الصباح" من مصادر قضائية.', "مصادر قضائية"),
    ("وتنطلق الأشغال في مارس المقبل، وفق ما علمه موقعنا من مصدر في الوزارة.", "مصدر في الوزارة"),
    ('ويُنتظر أن تنظر محكمة الاستئناف في الطعن خلال الشهر المقبل، بحسب ما علمته "الوطن" من مصادر قضائية.',
     "مصادر قضائية"),
    # near misses: no من (the outlet's own finding, or the passive "it was learned"), and the flag
    ("وعلمت «الأخبار» أن الحكومة ستعلن الزيادة الشهر المقبل.", "الأخبار"),
    ("وعلم أن الحكومة ستعلن الزيادة الشهر المقبل.", None),
    ("ورفع علم البلاد من جديد فوق المبنى يوم الخميس.", None),
]


@table("text, expected", LEARNED_FROM)
def test_an_outlet_that_learned_from_sources_passes_their_word_on(text: str, expected: str | None) -> None:
    assert last_speaker(text) == expected


def test_the_sources_claim_the_figures_they_told() -> None:
    text = "وعلمت «الشرق الأوسط» من مصادر مطلعة أن الحكومة ستعلن زيادة الأجور بنسبة 10% الشهر المقبل."
    assert claimants(text, "10%") == ["مصادر مطلعة"]
