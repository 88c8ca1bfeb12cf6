"""Round-18 speaker and claimant rules, on invented sentences of other topics, with cases that must not change."""
from __future__ import annotations

import pytest

from .helpers import claimants, last_speaker

# (text, speaker of the last sentence or None)
SPEAKERS = [
    # "وبيّن أن …" opening a sentence goes on with the last speaker, as "وأضاف أن" does.
    ("وقال رئيس البلدية، سالم الحارثي، إن الأعمال تسير وفق الخطة. وبين أن المرحلة الثانية تبدأ قريبا.",
     "رئيس البلدية، سالم الحارثي"),
    # near misses: "بين" as "between", and no speaker before
    ("وقال رئيس البلدية، سالم الحارثي، إن الأعمال تسير وفق الخطة. وبين المدينتين طريق سريع.", None),
    ("وبين أن المرحلة الثانية تبدأ قريبا.", None),
]


@pytest.mark.parametrize("text, expected", SPEAKERS)
def test_speakers_round18(text, expected):
    assert last_speaker(text) == expected


# (text, figure, claimant of the figure)
CLAIMANTS = [
    # A body that seizes or foils (ضبط، أحبط، صادر) counts the haul it reports.
    ("أحبطت شرطة الموانئ محاولة تهريب نحو 300 كيلوغرام من التبغ عبر الميناء.", "300", "شرطة الموانئ"),
    ("وضبطت هيئة الغذاء 12 طنا من اللحوم الفاسدة في مستودع شرق المدينة.", "12", "هيئة الغذاء"),
    # near misses: a player who is no body, and a seizure the writer tells with no subject
    ("وتم ضبط 40 كيلوغراما من الحشيش في المنطقة.", "40", None),
    ("وضبط اللاعب إيقاع المباراة بتمريرات بلغت 60 تمريرة.", "60", None),
]


@pytest.mark.parametrize("text, figure, expected", CLAIMANTS)
def test_claimants_round18(text, figure, expected):
    assert claimants(text, figure) == [expected]
