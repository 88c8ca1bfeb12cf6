"""Unnamed witnesses named by their workplace: "وقالت طبيبة من مستشفى الشفاء إن".

An unnamed doctor, engineer, activist, teacher or researcher is told by the body after من, as an unnamed official
is ("مسؤول من وزارة الصحة"); "من جهته" and a town are no workplace.
"""
from __future__ import annotations

from .helpers import clause_speakers, table

WITNESSES = [  # (text, speaker)
    ("وقالت طبيبة من مستشفى الشفاء إن 214 شخصا أصيبوا.", "طبيبة من مستشفى الشفاء"),
    ("وأكد مهندس من شركة الكهرباء أن 40 محطة توقفت عن العمل.", "مهندس من شركة الكهرباء"),
    ("وذكر ناشط من منظمة هيومن رايتس ووتش أن 50 شخصا اعتقلوا.", "ناشط من منظمة هيومن رايتس ووتش"),
    ("وقالت باحثة من جامعة القاهرة إن 30% من العينات ملوثة.", "باحثة من جامعة القاهرة"),
    # near misses: "من جهته" and a town are no workplace
    ("وقال مهندس من جهته إن 40 محطة توقفت.", "مهندس"),
    ("وقالت طبيبة من غزة إن 214 طفلا أصيبوا.", "طبيبة"),
]


@table("text, speaker", WITNESSES)
def test_an_unnamed_witness_is_told_by_the_workplace(text: str, speaker: str) -> None:
    assert clause_speakers(text) == [speaker]
