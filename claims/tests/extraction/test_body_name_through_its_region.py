"""Speakers: a body's name goes on through "ل + its members + a region named by compass words and a place" up to its
bracketed acronym: "بعثة المجموعة الاقتصادية لدول وسط إفريقيا (إيكاس)، التي …، فقد وصفت" names the whole body."""
from __future__ import annotations

from .helpers import claimants, last_speaker, table

# (text, speaker of the last sentence)
SPEAKERS = [
    ('أما بعثة الاتحاد الاقتصادي لدول غرب إفريقيا (أوموا)، التي زارت 12 ولاية، فقد وصفت الحملة بأنها "منظمة".',
     "بعثة الاتحاد الاقتصادي لدول غرب إفريقيا (أوموا)"),
    ("وقالت المنظمة الإقليمية لبلدان جنوب شرق آسيا (سيامو) إن صادرات الأرز تراجعت.",
     "المنظمة الإقليمية لبلدان جنوب شرق آسيا (سيامو)"),
    ("وأكدت الهيئة التنسيقية لدول شمال أوروبا أن الاجتماع سيعقد في مارس.", "الهيئة التنسيقية لدول شمال أوروبا"),
    # must not change: ل + a place needs no compass word; a body then an addressee stays as it was
    ("وقالت الرابطة الإقليمية لكرة القدم إن البطولة ستنطلق غداً.", "الرابطة الإقليمية لكرة القدم"),
    ("وقالت المنظمة لرويترز إن صادرات الأرز تراجعت.", "المنظمة"),
]


@table("text, expected", SPEAKERS)
def test_body_name_through_its_region(text, expected):
    assert last_speaker(text) == expected


# (text, figure, its claimants)
CLAIMANTS = [
    ('أما بعثة الاتحاد الاقتصادي لدول غرب إفريقيا (أوموا)، التي نشرت 40 مراقباً، فقد وصفت الاقتراع بأنه "هادئ".',
     "40 مراقب", ["بعثة الاتحاد الاقتصادي لدول غرب إفريقيا (أوموا)"]),
]


@table("text, figure, expected", CLAIMANTS)
def test_body_name_through_its_region_claims_figures(text, figure, expected):
    assert claimants(text, figure) == expected
