"""Round-19 speaker and claimant rules, on invented sentences of other topics, with cases that must not change."""
from __future__ import annotations

import pytest

from .helpers import claimants, last_speaker

# (text, speaker of the last sentence or None)
SPEAKERS = [
    # A workplace (ميناء، مطار، متحف، سجن) heads a title's construct as a body does; the name set off by
    # commas after its own name still belongs to the title.
    ("وقال مدير ميناء عدن، سالم الحارثي، إن الحركة عادت إلى طبيعتها.", "مدير ميناء عدن، سالم الحارثي"),
    ("وقالت مديرة متحف الفن الحديث، ليلى حداد، إن المعرض يستمر شهرا.", "مديرة متحف الفن الحديث، ليلى حداد"),
    ("وأوضح مدير مطار قرطاج خالد بن علي أن الرحلات استؤنفت.", "مدير مطار قرطاج خالد بن علي"),
    # near misses: a title without a name, and a town's name as a title's complement
    ("وقال مدير مصفاة بيجي إن الإنتاج استؤنف.", "مدير مصفاة بيجي"),
    ("وقال رئيس البلدية، محمد العلي، إن الأشغال تنتهي قريبا.", "رئيس البلدية، محمد العلي"),
]


@pytest.mark.parametrize("text, expected", SPEAKERS)
def test_speakers_round19(text, expected):
    assert last_speaker(text) == expected


# (text, figure, claimant of the figure)
CLAIMANTS = [
    # An unnamed source in a workplace named after it: "مصدر في مطار عدن الدولي".
    ("وقال مصدر في مطار عدن الدولي إن 5 رحلات ألغيت.", "5", "مصدر في مطار عدن الدولي"),
    ("وقال مسؤول في ميناء الحديدة لرويترز إن 3 سفن رست.", "3", "مسؤول في ميناء الحديدة"),
    # near miss: "في" with no workplace or body after it leaves the source bare
    ("وقال مصدر في اتصال هاتفي إن 7 منازل تضررت.", "7", "مصدر"),
]


@pytest.mark.parametrize("text, figure, expected", CLAIMANTS)
def test_claimants_round19(text, figure, expected):
    assert claimants(text, figure) == [expected]
